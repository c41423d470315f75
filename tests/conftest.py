"""Shared fixtures. QGIS itself is started by pytest-qgis (QT_QPA_PLATFORM=offscreen from the Makefile)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests import models_for_tests
from tests.runtime import RUNTIME_PYTHON

REPO_ROOT = Path(__file__).resolve().parents[1]
# The plugin's model process runs in the models' environment that `make setup` made; QGIS started by a
# test inherits the choice.
os.environ.setdefault("RRSIS_QGIS_RUNTIME", RUNTIME_PYTHON)


@pytest.fixture(scope="session")
def plugin_zip() -> Path:
    """The plugin zip exactly as `make zip` builds it for QGIS's 'Install from ZIP'."""
    subprocess.run(["make", "-s", "zip", f"SYSTEM_PYTHON={sys.executable}"], cwd=REPO_ROOT, check=True)
    path = REPO_ROOT / "dist" / "rrsis_qgis.zip"
    assert zipfile.is_zipfile(path)
    return path


def pytest_terminal_summary(terminalreporter):
    """Print how many tests ran inside real QGIS, so a run that silently lost them is visible."""
    passed = terminalreporter.stats.get("passed", [])
    qgis_passed = [report for report in passed if report.nodeid.startswith("tests/qgis/")]
    terminalreporter.write_line(f"QGIS tests passed in real QGIS (offscreen): {len(qgis_passed)}")


def pytest_sessionfinish(session, exitstatus):
    """A skipped test is an untested feature: fail the run instead of reporting green."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped and exitstatus == pytest.ExitCode.OK:
        reporter.write_line(f"FAILED: {len(skipped)} test(s) skipped; every test must run here.", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def tiny_backbones(tmp_path_factory) -> dict[str, Path]:
    return models_for_tests.backbones(tmp_path_factory.mktemp("backbones"))


@pytest.fixture(scope="session")
def tiny_checkpoint(tiny_backbones, tmp_path_factory) -> Path:
    return models_for_tests.checkpoint(tmp_path_factory.mktemp("checkpoint"), tiny_backbones)


@pytest.fixture(scope="session")
def tiny_pslg(tmp_path_factory) -> Path:
    return models_for_tests.pslg(tmp_path_factory.mktemp("pslg"))


@pytest.fixture(scope="session")
def tiny_sam3_text(tmp_path_factory) -> Path:
    return models_for_tests.sam3_text(tmp_path_factory.mktemp("sam3"))


@pytest.fixture(scope="session")
def tiny_rs2sam2(tmp_path_factory) -> Path:
    return models_for_tests.rs2sam2(tmp_path_factory.mktemp("rs2sam2"))


@pytest.fixture
def painted_model(tmp_path):
    """A checkpoint folder of the tests' deterministic detector (tests.batch_models.PaintedObjects) on
    tests.referring_scene's paints, its model type registered in this process."""
    import json

    from tests import batch_models
    from tests.referring_scene import PAINTED

    batch_models.register()
    folder = tmp_path / "painted"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"model_type": "painted-objects", "phrases": PAINTED}))
    return folder


@pytest.fixture
def failing_painted_model(tmp_path) -> tuple[Path, Path]:
    """A checkpoint folder of the painted detector whose fourth image raises while the marker file (made
    here) exists, and the marker."""
    import json

    from tests import batch_models
    from tests.referring_scene import PAINTED

    batch_models.register()
    marker = tmp_path / "fail"
    marker.touch()
    folder = tmp_path / "failing-painted"
    folder.mkdir()
    config = {"model_type": "painted-fails-while-marked", "phrases": PAINTED, "marker": str(marker)}
    (folder / "config.json").write_text(json.dumps(config))
    return folder, marker


@pytest.fixture
def painted_encodings(monkeypatch) -> list:
    """The keys of the images the painted detector is given, as they are given: what encoding costs
    counted where it happens, not read from progress text."""
    from tests.batch_models import PaintedObjects

    given: list = []
    set_image = PaintedObjects.set_image

    def counted(self, image, key=None):
        given.append(key)
        set_image(self, image, key)

    monkeypatch.setattr(PaintedObjects, "set_image", counted)
    return given
