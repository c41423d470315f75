"""The dock driven like an analyst in real QGIS: type, Segment, wait for the task, get a layer. The
models run in the plugin's model process, as they do for an analyst."""

from __future__ import annotations

import shutil
import time
from dataclasses import replace

import numpy as np
import pytest
from osgeo import ogr
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtTest import QTest

from rrsis_qgis.qgis_ui.dock import PanelRequest
from rrsis_qgis.qgis_ui.runtime import model_process
from tests.qgis.conftest import PARK
from tests.qgis.geotiff import write_geotiff


def wait_for(condition, timeout=60.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting for the run"
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _segment_by_typing(dock, controller, text):
    dock.expression_edit.clear()
    QTest.keyClicks(dock.expression_edit, text)
    QTest.mouseClick(dock.segment_button, Qt.LeftButton)
    wait_for(lambda: not controller.busy)


def _result_layers():
    return [
        layer for layer in QgsProject.instance().mapLayers().values() if isinstance(layer, QgsVectorLayer)
    ]


def _messages(iface, level):
    return iface.messageBar().get_messages(level)


def test_segment_adds_a_layer_with_attributes_and_a_history_row(session, qgis_iface):
    dock, controller, raster, canvas = session
    _segment_by_typing(dock, controller, "the white storage tanks")
    layers = _result_layers()
    assert len(layers) == 1
    layer = layers[0]
    assert layer.name() == "the white storage tanks"
    assert layer.crs() == QgsProject.instance().crs()
    assert layer.featureCount() > 0
    assert layer.fields().names() == ["expression", "model", "score", "area_m2", "created", "prompt"]
    # The canvas widens PARK to its aspect ratio; the read window snaps outward to whole raster pixels.
    visible = canvas.extent().buffered(raster.rasterUnitsPerPixelX())
    for feature in layer.getFeatures():
        assert feature.geometry().isGeosValid()
        assert visible.contains(feature.geometry().boundingBox())
        assert feature["expression"] == "the white storage tanks" and feature["area_m2"] > 0
    assert dock.history.rowCount() == 1 and dock.history.item(0, 1).text() == layer.name()
    assert not dock.cancel_button.isEnabled() and dock.segment_button.isEnabled()
    assert any("polygon(s) for 'the white storage tanks'" in m for m in _messages(qgis_iface, Qgis.Success))
    assert dock.progress_bar.value() == 100  # a finished run reads as finished


@pytest.mark.parametrize(
    ("folder", "expression", "at_least"),
    [
        ("tiny_pslg", "all ponds", 2),  # zero-shot, a plural expression: several boxes
        ("tiny_sam3_text", "all ponds", 1),  # zero-shot
        ("tiny_rs2sam2", "the lake", 1),  # trained on referring expressions
    ],
)
def test_every_model_family_segments_from_the_dock(session, folder, expression, at_least, request):
    dock, controller, raster, canvas = session
    checkpoint = str(request.getfixturevalue(folder))
    dock.add_model(folder, checkpoint)
    _segment_by_typing(dock, controller, expression)
    layers = _result_layers()
    assert len(layers) == 1 and layers[0].featureCount() >= at_least, dock.status_label.text()
    visible = canvas.extent().buffered(raster.rasterUnitsPerPixelX())
    for feature in layers[0].getFeatures():
        assert feature.geometry().isGeosValid() and visible.contains(feature.geometry().boundingBox())
        assert feature["model"] == checkpoint


def test_area_m2_is_the_area_qgis_measures_on_the_ellipsoid(session):
    """The model side computes area_m2 (one function for every output); QGIS's own ellipsoidal measure
    of the same polygon, in the layer's CRS, agrees."""
    dock, controller, _raster, _canvas = session
    QgsProject.instance().setEllipsoid("EPSG:7030")  # WGS 84
    _segment_by_typing(dock, controller, "the lake")
    layer = _result_layers()[0]
    measure = QgsDistanceArea()
    measure.setSourceCrs(layer.crs(), QgsProject.instance().transformContext())
    measure.setEllipsoid("EPSG:7030")
    compared = 0
    for feature in layer.getFeatures():
        ellipsoidal = measure.measureArea(feature.geometry())
        if ellipsoidal > 1e4:  # specks of a few pixels are measured too coarsely by either to compare
            assert feature["area_m2"] == pytest.approx(ellipsoidal, rel=1e-3)
            compared += 1
    assert compared > 0


def test_a_run_is_a_task_in_qgis_task_manager_and_can_be_cancelled_there(session):
    dock, controller, _raster, _canvas = session
    dock.expression_edit.setText("the ship")
    dock.segment_button.click()
    manager = QgsApplication.taskManager()
    tasks = [task for task in manager.activeTasks() if "the ship" in task.description()]
    assert tasks == [controller.task]
    tasks[0].cancel()  # what the task manager's cancel button does
    wait_for(lambda: not controller.busy)
    assert _result_layers() == [] and "Cancelled" in dock.status_label.text()


def test_without_keep_model_loaded_the_model_is_freed_after_each_run(session):
    dock, controller, _raster, _canvas = session
    controller.settings.keep_model_loaded = False
    _segment_by_typing(dock, controller, "the lake")
    assert len(_result_layers()) == 1
    assert not model_process().running  # the model process ended: all its memory is back


def test_second_expression_on_the_same_view_skips_the_image_encoders(session):
    dock, controller, _raster, _canvas = session
    _segment_by_typing(dock, controller, "the road")
    assert controller.last_timings_ms["encode"] > 1.0  # SigLIP and SAM2 ran
    _segment_by_typing(dock, controller, "all buildings")
    assert controller.last_timings_ms["encode"] < 1.0  # nothing ran: the encoding was reused
    assert len(_result_layers()) == 2


def test_project_crs_other_than_the_raster_crs_works(session):
    dock, controller, _raster, canvas = session
    web_mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    QgsProject.instance().setCrs(web_mercator)
    canvas.setDestinationCrs(web_mercator)
    to_mercator = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), web_mercator, QgsProject.instance()
    )
    canvas.setExtent(to_mercator.transformBoundingBox(PARK))
    _segment_by_typing(dock, controller, "the lake")
    layer = _result_layers()[0]
    assert layer.crs() == web_mercator
    assert canvas.extent().buffered(400).contains(layer.extent())  # one raster pixel is ~220 m here


def test_export_round_trips_through_ogr_with_non_ascii_text(session, tmp_path):
    dock, controller, _raster, _canvas = session
    _segment_by_typing(dock, controller, "die weiße Scheune")
    layer = _result_layers()[0]
    target = tmp_path / "scheune.shp"
    assert controller.export(layer.id(), str(target))
    source = ogr.Open(str(target))
    features = list(source.GetLayer(0))
    assert len(features) == layer.featureCount()
    assert features[0]["expression"] == "die weiße Scheune"
    assert (tmp_path / "scheune.prj").is_file() and (tmp_path / "scheune.cpg").is_file()
    before = target.read_bytes()
    assert not controller.export(layer.id(), str(target))  # exists: refused, old file kept
    assert target.read_bytes() == before


def test_cancel_discards_the_run(session):
    dock, controller, _raster, _canvas = session
    dock.expression_edit.setText("the ship")
    dock.segment_button.click()
    assert controller.busy and dock.cancel_button.isEnabled()
    dock.cancel_button.click()
    wait_for(lambda: not controller.busy)
    assert _result_layers() == []
    assert "Cancelled" in dock.status_label.text()
    assert dock.progress_bar.value() == 0


def test_a_new_request_while_running_supersedes_it_and_only_the_latest_result_arrives(session):
    dock, controller, _raster, _canvas = session
    dock.expression_edit.setText("the ship")
    dock.segment_button.click()
    first = controller.task
    assert first is not None and dock.segment_button.isEnabled()  # a new ask may supersede the run
    dock.expression_edit.setText("the tree")
    dock.segment_button.click()
    # Never two runs: the new one waits until the first stopped (at once when it had not started yet).
    running = [task for task in QgsApplication.taskManager().activeTasks() if "'the " in task.description()]
    assert len(running) == 1 and controller.task is running[0]
    status = dock.status_label.text()
    assert ("'the tree' follows" in status) if controller.task is first else ("'the tree'" in status)
    wait_for(lambda: not controller.busy and controller.pending is None)
    assert [layer.name() for layer in _result_layers()] == ["the tree"]
    assert dock.history.rowCount() == 1 and dock.history.item(0, 0).text() == "the tree"


def test_a_result_of_a_superseded_request_is_dropped(session):
    dock, controller, _raster, _canvas = session
    dock.expression_edit.setText("the ship")
    dock.segment_button.click()
    controller.current_request_id += 1  # another request became current (its run not started yet)
    wait_for(lambda: not controller.busy)
    assert _result_layers() == [] and dock.history.rowCount() == 0


def test_nothing_found_adds_no_layer(session, qgis_iface):
    dock, controller, _raster, _canvas = session
    controller.run_settings = replace(controller.run_settings, threshold=1.0)
    _segment_by_typing(dock, controller, "the purple submarine")
    assert _result_layers() == []
    assert "Nothing found for 'the purple submarine'" in dock.status_label.text()


def test_extent_away_from_the_raster_is_explained(session, qgis_iface):
    dock, controller, _raster, canvas = session
    canvas.setExtent(QgsRectangle(10, 50, 11, 51))
    _segment_by_typing(dock, controller, "the ship")
    assert "does not intersect the raster" in dock.status_label.text()
    assert any("does not intersect" in m for m in _messages(qgis_iface, Qgis.Warning))
    assert not controller.busy and _result_layers() == []


def test_a_vector_layer_is_refused(session):
    dock, controller, _raster, _canvas = session
    vector = QgsVectorLayer("Point?crs=EPSG:4326", "points", "memory")
    QgsProject.instance().addMapLayer(vector)
    controller.segment(PanelRequest(1, "the ship", vector.id(), dock.model_combo.currentData()))
    assert "pick a raster layer" in dock.status_label.text()


def test_missing_model_reports_the_model_manager_message(session, tmp_path):
    dock, controller, _raster, _canvas = session
    dock.add_model("gone", str(tmp_path / "deleted-checkpoint"))
    _segment_by_typing(dock, controller, "the ship")
    assert "neither a local folder or file" in dock.status_label.text()
    assert _result_layers() == []


def test_nodata_only_view_and_other_raster_kinds(session, tmp_path):
    dock, controller, _raster, canvas = session
    rng = np.random.default_rng(0)
    kinds = {
        "one_band_uint16": rng.integers(0, 4000, (1, 60, 80)).astype(np.uint16),
        "four_band": rng.integers(0, 255, (4, 60, 80)).astype(np.uint8),
        "float32": rng.normal(0, 1, (3, 60, 80)).astype(np.float32),
    }
    for name, array in kinds.items():
        path = write_geotiff(tmp_path / f"{name}.tif", array, (-105.7, 40.4), 0.001, "EPSG:4326")
        layer = QgsRasterLayer(str(path), name)
        QgsProject.instance().addMapLayer(layer)
        dock.layer_combo.setLayer(layer)
        canvas.setExtent(layer.extent())
        _segment_by_typing(dock, controller, f"the ship in {name}")
        assert any(lyr.name() == f"the ship in {name}" for lyr in _result_layers()), dock.status_label.text()

    empty = tmp_path / "nodata.tif"
    write_geotiff(empty, np.zeros((3, 20, 20), dtype=np.uint8), (-105.7, 40.4), 0.001, "EPSG:4326", nodata=0)
    layer = QgsRasterLayer(str(empty), "nodata")
    QgsProject.instance().addMapLayer(layer)
    dock.layer_combo.setLayer(layer)
    canvas.setExtent(layer.extent())
    _segment_by_typing(dock, controller, "the ship")
    assert "only nodata" in dock.status_label.text()


def test_damaged_checkpoint_is_reported(session, tiny_checkpoint, tmp_path):
    dock, controller, _raster, _canvas = session
    damaged = tmp_path / "damaged"
    shutil.copytree(tiny_checkpoint, damaged)
    weights = damaged / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:1000])
    dock.add_model("damaged", str(damaged))
    _segment_by_typing(dock, controller, "the ship")
    assert "is damaged or not a safetensors file" in dock.status_label.text()
    assert _result_layers() == []


def test_large_view_is_downsampled_and_the_analyst_is_told(session, qgis_iface):
    dock, controller, _raster, _canvas = session
    controller.run_settings = replace(controller.run_settings, max_pixels=2_000)  # far below any view
    _segment_by_typing(dock, controller, "the lake")
    assert "read at 1/" in dock.status_label.text()
    assert len(_result_layers()) == 1
    assert any("read at 1/" in m for m in _messages(qgis_iface, Qgis.Info))


@pytest.fixture
def xyz_layer(tmp_path):
    """A web-tile (XYZ) layer served from local files: no file raster behind it, so it is rendered."""
    from PIL import Image

    for x in range(2):
        for y in range(2):
            tile = np.zeros((256, 256, 3), dtype=np.uint8)
            tile[..., 0], tile[..., 1] = 60 + 90 * x, 60 + 90 * y
            tile[96:160, 96:160] = 250
            (tmp_path / "1" / str(x)).mkdir(parents=True, exist_ok=True)
            Image.fromarray(tile).save(tmp_path / "1" / str(x) / f"{y}.png")
    url = f"file://{tmp_path}/%7Bz%7D/%7Bx%7D/%7By%7D.png"
    layer = QgsRasterLayer(f"type=xyz&url={url}&zmin=1&zmax=1", "tiles", "wms")
    assert layer.isValid()
    return layer


@pytest.fixture
def shown_canvas(qgis_iface):
    """The canvas at its real size, as in QGIS: a hidden widget keeps a stale output size."""
    window = qgis_iface.mainWindow()
    window.show()
    QCoreApplication.processEvents()
    yield qgis_iface.mapCanvas()
    window.hide()


def test_web_tile_layer_is_rendered_and_segmented(session, xyz_layer, shown_canvas):
    dock, controller, _raster, canvas = session
    QgsProject.instance().addMapLayer(xyz_layer)
    mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    QgsProject.instance().setCrs(mercator)
    canvas.setDestinationCrs(mercator)
    canvas.setExtent(QgsRectangle(-15e6, -10e6, 15e6, 10e6))
    dock.layer_combo.setLayer(xyz_layer)
    _segment_by_typing(dock, controller, "the white squares")
    layers = _result_layers()
    assert len(layers) == 1, dock.status_label.text()
    assert layers[0].crs() == mercator
    assert canvas.extent().buffered(1e5).contains(layers[0].extent())


def test_cancel_while_rendering(session, xyz_layer):
    dock, controller, _raster, _canvas = session
    QgsProject.instance().addMapLayer(xyz_layer)
    dock.layer_combo.setLayer(xyz_layer)
    dock.expression_edit.setText("the white squares")
    dock.segment_button.click()
    assert controller.render_job is not None and dock.cancel_button.isEnabled()
    dock.cancel_button.click()
    assert not controller.busy and controller.task is None
    assert dock.segment_button.isEnabled()
    QCoreApplication.processEvents()
    assert _result_layers() == []


def test_results_go_into_the_geopackage_set_in_settings(session, tmp_path):
    dock, controller, _raster, _canvas = session
    geopackage = tmp_path / "results.gpkg"
    controller.settings.output_geopackage = str(geopackage)
    _segment_by_typing(dock, controller, "the white tanks")
    _segment_by_typing(dock, controller, "the white tanks")
    layers = _result_layers()
    assert [layer.providerType() for layer in layers] == ["ogr", "ogr"]
    source = ogr.Open(str(geopackage))
    tables = sorted(source.GetLayer(index).GetName() for index in range(source.GetLayerCount()))
    assert tables == ["the_white_tanks", "the_white_tanks_2"]
    assert source.GetLayer(0).GetFeatureCount() == layers[0].featureCount() > 0
    assert next(iter(source.GetLayer(0)))["expression"] == "the white tanks"


def test_an_unexpected_model_error_is_a_sentence_with_the_detail_in_the_log(session, tmp_path, monkeypatch):
    from qgis.core import QgsApplication

    from rrsis_qgis.qgis_ui.runtime import close_model_process

    monkeypatch.setenv("RRSIS_QGIS_MODEL_SETUP", "tests.batch_models:register")  # "broken" among them
    close_model_process()
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "config.json").write_text('{"model_type": "broken"}')
    logged = []
    QgsApplication.messageLog().messageReceived.connect(lambda text, tag, _level: logged.append((tag, text)))
    dock, controller, _raster, _canvas = session
    dock.add_model("broken", str(folder))
    _segment_by_typing(dock, controller, "the lake")
    status = dock.status_label.text()
    assert "The model stopped with an unexpected error" in status and "TypeError" not in status
    # The traceback comes on the process's stderr, read by its own thread: it may follow the answer.
    wait_for(
        lambda: any(tag == "rrsis_qgis" and "TypeError: unsupported operand" in text for tag, text in logged)
    )
    assert _result_layers() == []
    close_model_process()


def test_a_raster_without_a_crs_is_refused_in_the_panel(session, tmp_path):
    dock, controller, _raster, canvas = session
    path = write_geotiff(tmp_path / "plain.tif", np.full((3, 40, 60), 150, dtype=np.uint8))
    layer = QgsRasterLayer(str(path), "plain")
    QgsProject.instance().addMapLayer(layer)
    dock.layer_combo.setLayer(layer)
    canvas.setDestinationCrs(layer.crs())
    canvas.setExtent(layer.extent())
    _segment_by_typing(dock, controller, "the lake")
    assert "has no coordinate reference system" in dock.status_label.text()
    assert _result_layers() == []


def test_a_shapefile_export_says_it_cut_a_long_expression(session, tmp_path):
    dock, controller, _raster, _canvas = session
    expression = "the " + "very " * 60 + "large lake"
    _segment_by_typing(dock, controller, expression)
    layer = _result_layers()[0]
    assert controller.export(layer.id(), str(tmp_path / "lake.shp"))
    assert "keeps only the first 254 bytes of 'expression'" in dock.status_label.text()
    assert controller.export(layer.id(), str(tmp_path / "lake.gpkg"))
    source = ogr.Open(str(tmp_path / "lake.gpkg"))
    assert next(iter(source.GetLayer(0)))["expression"] == expression


def test_the_panel_uses_the_layer_renderer_bands_and_says_when_they_are_not_red_green_blue(session):
    from qgis.core import QgsMultiBandColorRenderer

    dock, controller, raster, _canvas = session
    raster.setRenderer(QgsMultiBandColorRenderer(raster.dataProvider(), 3, 2, 1))
    _segment_by_typing(dock, controller, "the lake")
    assert "bands 3,2,1 shown as red, green, blue (the raster's own are 1,2,3)" in dock.status_label.text()
    assert len(_result_layers()) == 1


def test_progress_and_notes_from_the_model_process_are_shown_in_the_analysts_language(session, plugin_zip):
    from qgis.core import QgsMultiBandColorRenderer
    from qgis.PyQt.QtCore import QTranslator

    from tests.conftest import REPO_ROOT

    dock, controller, raster, _canvas = session
    raster.setRenderer(QgsMultiBandColorRenderer(raster.dataProvider(), 3, 2, 1))
    translator = QTranslator()  # plugin_zip compiled the catalogues in the checkout
    assert translator.load(str(REPO_ROOT / "i18n" / "rrsis_qgis_de.qm"))
    QCoreApplication.installTranslator(translator)
    shown = []
    show_status = dock.show_status
    dock.show_status = lambda text: (shown.append(text), show_status(text))
    try:
        _segment_by_typing(dock, controller, "the lake")
    finally:
        del dock.show_status
        QCoreApplication.removeTranslator(translator)
    # Stages sent by the model process, and its note on the bands, through the German catalogue.
    assert "Lese das Raster…" in shown and "Suche die beschriebenen Objekte…" in shown and "Fertig" in shown
    assert any(text.startswith("Lade ") for text in shown)
    assert "Kanäle 3,2,1 als Rot, Grün, Blau dargestellt (die eigenen des Rasters sind 1,2,3)" in shown[-1]
    assert len(_result_layers()) == 1


def test_an_error_from_the_model_process_is_shown_in_the_analysts_language(session, plugin_zip, tmp_path):
    from qgis.PyQt.QtCore import QTranslator

    from tests.conftest import REPO_ROOT

    dock, controller, _raster, canvas = session
    empty = tmp_path / "nodata.tif"
    write_geotiff(empty, np.zeros((3, 20, 20), dtype=np.uint8), (-105.7, 40.4), 0.001, "EPSG:4326", nodata=0)
    layer = QgsRasterLayer(str(empty), "nodata")
    QgsProject.instance().addMapLayer(layer)
    dock.layer_combo.setLayer(layer)
    canvas.setExtent(layer.extent())
    translator = QTranslator()  # plugin_zip compiled the catalogues in the checkout
    assert translator.load(str(REPO_ROOT / "i18n" / "rrsis_qgis_de.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        _segment_by_typing(dock, controller, "the ship")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "die Ansicht enthält keine gültigen Pixel (nur NoData)" in dock.status_label.text()
