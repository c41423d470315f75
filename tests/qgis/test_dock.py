"""The dock as an analyst meets it: pickers, validation of input, the request it emits."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from rrsis_qgis.foundation.model_catalog import CATALOG
from rrsis_qgis.qgis_ui.dock import SegmentDock


@pytest.fixture
def raster_layer(tmp_path, qgis_new_project):
    from tests.qgis.geotiff import write_geotiff

    scene = np.full((3, 24, 32), 90, "uint8")
    path = write_geotiff(tmp_path / "scene.tif", scene, (500000, 4000000), 1, "EPSG:32633")
    layer = QgsRasterLayer(str(path), "scene")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    return layer


@pytest.fixture
def dock(qgis_iface):
    widget = SegmentDock(qgis_iface.mainWindow())
    yield widget
    widget.deleteLater()


def test_layer_picker_offers_only_rasters(dock, raster_layer):
    vector = QgsVectorLayer("Point?crs=EPSG:4326", "points", "memory")
    QgsProject.instance().addMapLayer(vector)
    offered = [dock.layer_combo.layer(row) for row in range(dock.layer_combo.count())]
    assert offered == [raster_layer]


def test_model_picker_lists_registry(dock):
    assert [dock.model_combo.itemText(i) for i in range(dock.model_combo.count())] == list(CATALOG)


def test_enter_emits_one_request_with_a_new_id_each_time(dock, raster_layer):
    requests = []
    dock.segmentRequested.connect(requests.append)
    QTest.keyClicks(dock.expression_edit, "  the white tanks ")
    QTest.keyClick(dock.expression_edit, Qt.Key_Return)
    dock.segment_button.click()
    model = dock.model_combo.currentData()
    assert [(r.expression, r.layer_id, r.model) for r in requests] == [
        ("the white tanks", raster_layer.id(), model)
    ] * 2
    assert requests[1].request_id > requests[0].request_id


def test_empty_expression_is_explained_not_sent(dock, raster_layer):
    requests = []
    dock.segmentRequested.connect(requests.append)
    dock.segment_button.click()
    assert requests == []
    assert "Type a description" in dock.status_label.text()


def test_busy_state_offers_cancel_and_keeps_segment_for_a_new_request(dock):
    cancels = []
    dock.cancelRequested.connect(lambda: cancels.append(True))
    dock.progress_bar.setValue(100)
    dock.set_busy(True)
    assert dock.cancel_button.isEnabled() and dock.segment_button.isEnabled()
    assert dock.progress_bar.value() == 0  # a new run starts from zero
    dock.cancel_button.click()
    assert cancels == [True]
    dock.set_busy(False)
    assert dock.segment_button.isEnabled() and not dock.cancel_button.isEnabled()


def test_history_shows_score_and_time_whole_beside_a_long_expression(dock):
    dock.show()
    dock.add_history("the two round white tanks north of the road", "layer-id", "white tanks", 0.93, 4648)
    QTest.qWait(100)
    table = dock.history
    for column in (2, 3):  # score and ms: as wide as their contents, whatever the panel's width
        assert table.columnWidth(column) >= table.sizeHintForColumn(column)
    # Expression and layer share the rest equally: the long expression does not push the others away.
    assert table.sizeHintForColumn(0) > table.columnWidth(0)
    assert abs(table.columnWidth(0) - table.columnWidth(1)) <= 1
