"""Shared fixtures. QGIS itself is started by pytest-qgis (QT_QPA_PLATFORM=offscreen from the Makefile)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
# The plugin's model process runs in this interpreter's environment, which has the model packages
# (set up by `make setup`); QGIS started by a test inherits the choice.
os.environ.setdefault("RRSIS_QGIS_RUNTIME", sys.executable)


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
    """Random tiny SigLIP + SAM2 saved like hub folders (loaded back through the real loaders)."""
    from rrsis_qgis.random_models.encoders import save_random_backbones

    return save_random_backbones(tmp_path_factory.mktemp("backbones"), "tiny")


@pytest.fixture(scope="session")
def tiny_checkpoint(tiny_backbones, tmp_path_factory) -> Path:
    """An RSRefSeg checkpoint folder whose LoRA, prompter and decoder weights are all non-trivial."""
    import torch

    from rrsis_qgis.models.rsrefseg.config import RSRefSegConfig
    from rrsis_qgis.models.rsrefseg.model import RSRefSeg

    torch.manual_seed(0)
    config = RSRefSegConfig(siglip=str(tiny_backbones["siglip"]), sam2=str(tiny_backbones["sam2"]))
    model = RSRefSeg.from_config(config, Path)
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            if "lora_B" in name:  # peft starts B at zero; a trained adapter is not
                parameter.normal_(std=0.05)
    folder = tmp_path_factory.mktemp("checkpoint")
    model.save(folder)
    return folder


@pytest.fixture(scope="session")
def tiny_pslg(tmp_path_factory) -> Path:
    """A PSLG-SAM folder with a tiny random Grounding DINO and SAM2 (low thresholds: random scores)."""
    import torch

    from rrsis_qgis.random_models.zero_shot import save_random_pslg

    torch.manual_seed(0)
    return save_random_pslg(tmp_path_factory.mktemp("pslg"), box_threshold=0.3, text_threshold=0.0)


@pytest.fixture(scope="session")
def tiny_sam3_text(tmp_path_factory) -> Path:
    """A sam3-text folder with a tiny random SAM3 (score threshold 0: random scores keep every query)."""
    import torch

    from rrsis_qgis.random_models.zero_shot import save_random_sam3_text

    torch.manual_seed(0)
    return save_random_sam3_text(tmp_path_factory.mktemp("sam3"), score_threshold=0.0)


@pytest.fixture(scope="session")
def tiny_rs2sam2(tmp_path_factory) -> Path:
    """An RS2-SAM2 checkpoint folder: a tiny random model with its SAM2 config and tokenizer inside."""
    import torch

    from rrsis_qgis.random_models.trainable import random_rs2sam2

    torch.manual_seed(0)
    folder = tmp_path_factory.mktemp("rs2sam2")
    random_rs2sam2().save(folder)
    return folder
