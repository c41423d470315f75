"""The QGIS-side benchmark script, run as its own program in QGIS's environment, closes QGIS down cleanly."""

import os
import subprocess
import sys

from tests.conftest import REPO_ROOT


def test_the_qgis_flow_benchmark_runs_and_exits_cleanly():
    script = "from bench import qgis_flow; qgis_flow.main(runs=1)"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "| 1 |" in result.stdout
