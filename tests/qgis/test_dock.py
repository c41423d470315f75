"""The dock as an analyst meets it: pickers, validation of input, the request it emits."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QHeaderView

from rrsis_qgis.core import dependencies
from rrsis_qgis.core.model_registry import REGISTRY
from rrsis_qgis.qgis_ui.dock import SegmentDock


@pytest.fixture
def raster_layer(tmp_path, qgis_new_project):
    import rasterio
    from rasterio.transform import from_origin

    path = tmp_path / "scene.tif"
    profile = dict(driver="GTiff", width=32, height=24, count=3, dtype="uint8", crs="EPSG:32633")
    with rasterio.open(path, "w", transform=from_origin(500000, 4000000, 1, 1), **profile) as dataset:
        dataset.write(np.full((3, 24, 32), 90, dtype="uint8"))
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
    assert [dock.model_combo.itemText(i) for i in range(dock.model_combo.count())] == list(REGISTRY)


def test_enter_emits_request_with_expression_layer_and_model(dock, raster_layer):
    requests = []
    dock.segmentRequested.connect(lambda *args: requests.append(args))
    QTest.keyClicks(dock.expression_edit, "  the white tanks ")
    QTest.keyClick(dock.expression_edit, Qt.Key_Return)
    assert requests == [("the white tanks", raster_layer.id(), dock.model_combo.currentData())]


def test_empty_expression_is_explained_not_sent(dock, raster_layer):
    requests = []
    dock.segmentRequested.connect(lambda *args: requests.append(args))
    dock.segment_button.click()
    assert requests == []
    assert "Type a description" in dock.status_label.text()


def test_missing_package_disables_segment_and_says_how_to_install(dock, monkeypatch):
    monkeypatch.setitem(dependencies.REQUIRED_PACKAGES, "rrsis_no_such_module", "rrsis-no-such-package")
    dock.refresh_dependencies()
    assert not dock.segment_button.isEnabled()
    assert "rrsis-no-such-package" in dock.status_label.text()
    assert "pip install -r" in dock.status_label.text()
    assert "requirements.txt" in dock.status_label.text()


def test_busy_state_swaps_segment_and_cancel(dock):
    cancels = []
    dock.cancelRequested.connect(lambda: cancels.append(True))
    dock.set_busy(True)
    assert dock.cancel_button.isEnabled() and not dock.segment_button.isEnabled()
    dock.cancel_button.click()
    assert cancels == [True]
    dock.set_busy(False)
    assert dock.segment_button.isEnabled() and not dock.cancel_button.isEnabled()


def test_history_shows_score_and_time_whole_beside_a_long_expression(dock):
    dock.show()
    dock.add_history("the two round white tanks north of the road", "layer-id", "white tanks", 0.93, 4648)
    QTest.qWait(100)
    table, header = dock.history, dock.history.horizontalHeader()
    for column in (2, 3):  # score and ms: as wide as their contents, whatever the panel's width
        assert header.sectionResizeMode(column) == QHeaderView.ResizeToContents
        assert table.columnWidth(column) >= table.sizeHintForColumn(column)
    for column in (0, 1):  # expression and layer share the rest, so nothing runs off to the right
        assert header.sectionResizeMode(column) == QHeaderView.Stretch
