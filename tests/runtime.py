"""The models' environment of the tests (`make setup` makes it in .runtime; RRSIS_QGIS_RUNTIME may name
another), and a way to run code there from a test whose interpreter lacks the model packages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def _runtime_python() -> str:
    chosen = os.environ.get("RRSIS_QGIS_RUNTIME")
    if chosen:
        path = Path(chosen)
        return str(path if path.is_file() else path / "bin" / "python3")
    made = REPO_ROOT / ".runtime" / "bin" / "python3"
    return str(made) if made.exists() else sys.executable


RUNTIME_PYTHON = _runtime_python()


def in_runtime(*arguments: str, timeout: float = 600):
    """Run ``python ARGUMENTS`` in the models' environment (from the repository root) and return what
    it printed last, as JSON."""
    run = subprocess.run(
        [RUNTIME_PYTHON, *arguments], cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout
    )
    if run.returncode:
        raise RuntimeError(f"{' '.join(arguments)} failed in the models' environment:\n{run.stderr[-3000:]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def made_in_runtime(kind: str, folder: Path, *arguments: str):
    """A tests.models_for_tests ``kind`` made in ``folder`` by the models' environment."""
    return in_runtime("-m", "tests.models_for_tests", kind, str(folder), *arguments)
