"""The models' environment of the tests (`make setup` makes it in .runtime; RRSIS_QGIS_RUNTIME may name
another), a way to run code there from a test whose interpreter lacks the model packages, and a wait for
a model process to be gone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from rrsis_qgis.client.installer import runtime_python

REPO_ROOT = Path(__file__).resolve().parents[1]


def _runtime_python() -> str:
    chosen = os.environ.get("RRSIS_QGIS_RUNTIME")
    if chosen:
        path = Path(chosen)
        return str(path if path.is_file() else runtime_python(path))
    made = REPO_ROOT / ".runtime"
    return str(runtime_python(made)) if made.is_dir() else sys.executable


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


def process_gone(pid: int, within_s: float) -> bool:
    """True once process ``pid`` no longer exists, waiting at most ``within_s`` seconds."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False
