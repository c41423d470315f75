"""The selection's notes in QGIS's language, the conditions they name included (issue #36): in real QGIS,
a Processing run over tests.referring_scene's tanks with the tests' deterministic detector, the German
catalogue compiled from the shipped i18n/rrsis_qgis_de.ts and installed as QGIS installs the plugin's."""

from __future__ import annotations

import subprocess

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from tests.conftest import REPO_ROOT
from tests.qgis.conftest import Warnings
from tests.qgis.test_right_answers import _processing_run


def test_the_condition_no_tank_meets_is_said_in_german(tanks, qgis_processing, tmp_path):
    """No tank is red; the gray tank is north of the road and the white ones south of it are not gray."""
    dock, _controller, _canvas = tanks
    dock.select_model(dock.model_combo.itemData(dock.model_combo.findText("painted")))
    compiled = tmp_path / "rrsis_qgis_de.qm"
    subprocess.run(
        ["lrelease", "-silent", str(REPO_ROOT / "i18n" / "rrsis_qgis_de.ts"), "-qm", str(compiled)],
        check=True,
    )
    german = QTranslator()
    assert german.load(str(compiled))
    QCoreApplication.installTranslator(german)
    try:
        feedback = Warnings()
        found = _processing_run(dock, "the red tanks\nthe gray tanks south of the road", feedback)
    finally:
        QCoreApplication.removeTranslator(german)
    assert found.featureCount() == 0
    assert "kein 'storage tank' ist rot" in feedback.warnings, feedback.warnings
    assert "kein 'storage tank' ist zugleich grau, südlich von road" in feedback.warnings, feedback.warnings
