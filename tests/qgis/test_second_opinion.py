"""The panel's "Check with another model" in real QGIS: a result of the tests' painted model is checked by a
second painted model that disagrees on known tanks (tests.second_opinion_models), through the plugin's
model process; the agreement and the suggestions go into the result layer's edit buffer as one undo
step, and Ctrl+Z takes them out again."""

from __future__ import annotations

from qgis.core import QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QInputDialog

from tests.qgis.conftest import TANKS_ORIGIN, TANKS_PIXEL
from tests.qgis.test_segment_flow import wait_for
from tests.referring_scene import TANKS
from tests.second_opinion_models import EXPRESSION, model_folders


def _named(geometry) -> str:
    """The tank whose centre the polygon holds, else the strip or the road (wider than 100 px)."""
    for name, (x, y) in TANKS.items():
        if geometry.contains(_on_map(x, y)):
            return name
    box = geometry.boundingBox()
    return "road" if box.width() > 100 * TANKS_PIXEL else "strip"


def _on_map(x, y):
    return QgsPointXY(TANKS_ORIGIN[0] + TANKS_PIXEL * x, TANKS_ORIGIN[1] - TANKS_PIXEL * y)


def _answer_the_model_dialog(label: str) -> None:
    """Pick ``label`` in the model dialog once it is open, and press OK, as the analyst would."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        assert label in dialog.comboBoxItems()
        dialog.setTextValue(label)
        dialog.accept()

    QTimer.singleShot(0, answer)


def _agreements(layer) -> dict:
    return {_named(feature.geometry()): feature for feature in layer.getFeatures()}


def test_checking_with_another_model_writes_agreement_and_suggestions_that_undo_takes_back(
    tanks, tmp_path, monkeypatch, qgis_iface
):
    dock, controller, _canvas = tanks
    monkeypatch.setenv("RRSIS_QGIS_MODEL_SETUP", "tests.second_opinion_models:register")
    first, second = model_folders(tmp_path)
    dock.add_model("second painted", second)
    dock.add_model("first painted", first)  # selected: the model of the run
    QTest.keyClicks(dock.expression_edit, EXPRESSION)
    QTest.mouseClick(dock.segment_button, Qt.LeftButton)
    wait_for(lambda: not controller.busy)
    (layer,) = [
        item for item in QgsProject.instance().mapLayers().values() if isinstance(item, QgsVectorLayer)
    ]
    assert sorted(_agreements(layer)) == ["a", "b", "c", "d", "strip"], dock.status_label.text()

    _answer_the_model_dialog("second painted")
    QTest.mouseClick(dock.check_button, Qt.LeftButton)
    wait_for(lambda: controller.second_opinions.task is None and layer.fields().indexOf("agreement") >= 0)

    features = _agreements(layer)
    assert sorted(features) == ["a", "b", "c", "d", "road", "strip"], dock.status_label.text()
    agreement = {name: feature["agreement"] for name, feature in features.items()}
    assert agreement["a"] == agreement["d"] == agreement["strip"] == 1.0
    assert abs(agreement["b"] - 0.5192) < 1e-3 and agreement["c"] == 0.0 and agreement["road"] == 0.0
    road = features["road"]
    assert road["review"] == "unreviewed" and road["suggested_by"] == "moved-painted-objects"
    assert road["model"] == "moved-painted-objects" and road["expression"] == EXPRESSION
    assert "Checked with moved-painted-objects" in dock.status_label.text()
    # In the edit buffer only, the layer left editing and active: nothing written behind the analyst's back.
    assert layer.isEditable() and qgis_iface.activeLayer() is layer
    assert layer.dataProvider().fields().indexOf("agreement") < 0 and layer.dataProvider().featureCount() == 5

    layer.undoStack().undo()  # what Ctrl+Z does on the active layer: the whole check in one step
    assert layer.fields().indexOf("agreement") < 0 and layer.fields().indexOf("suggested_by") < 0
    assert sorted(_agreements(layer)) == ["a", "b", "c", "d", "strip"]


def test_a_result_of_clicks_alone_is_not_offered_to_another_model(tanks):
    dock, _controller, _canvas = tanks
    dock.add_history("", "some-layer-id", "Clicked objects", 1.0, 10.0)
    QTest.mouseClick(dock.check_button, Qt.LeftButton)  # no dialog opens: the test would hang on it
    assert (
        dock.status_label.text() == "A result of clicks alone has no description for another model to check."
    )
