"""The Processing algorithm "Segment raster by text" in real QGIS, through processing.run, on a 4096 x 4096
GeoTIFF whose bright discs sit across tile seams, with a deterministic model that the plugin's model
process registers (tests.batch_models) and that logs what reached it to a file the test reads."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import processing
import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsRasterLayer,
    QgsVectorLayer,
)

from rrsis_qgis.qgis_ui.runtime import close_model_process
from tests.batch_models import records
from tests.conftest import REPO_ROOT
from tests.qgis.geotiff import read_bands, write_geotiff
from tests.runtime import RUNTIME_PYTHON

SIDE, RADIUS, PIXEL = 4096, 60, 0.5
# Stride of 1024-pixel tiles with 128 pixels of overlap: 896. Discs centred on seams and on a corner.
DISCS = [(896, 400), (1792, 1792), (2300, 896), (3500, 3000), (600, 2600)]


@pytest.fixture(scope="module")
def model_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bright-model")
    log = folder / "log.jsonl"
    (folder / "config.json").write_text(json.dumps({"model_type": "bright-objects", "log": str(log)}))
    return folder


def _images(model_folder) -> int:
    return len(records(model_folder / "log.jsonl", "image"))


def _loads(model_folder) -> list:
    return records(model_folder / "log.jsonl", "load")


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    path = tmp_path_factory.mktemp("scene") / "discs.tif"
    rows, columns = np.ogrid[:SIDE, :SIDE]
    band = np.full((SIDE, SIDE), 40, dtype=np.uint8)
    for column, row in DISCS:
        band[(rows - row) ** 2 + (columns - column) ** 2 <= RADIUS**2] = 220
    return write_geotiff(path, np.stack([band] * 3), (450000, 4440000), PIXEL, "EPSG:32613", tiled=True)


def _run(scene, model_folder, feedback=None, **parameters):
    defaults = {
        "INPUT": scene,
        "EXPRESSIONS": "the bright discs",
        "MODEL": str(model_folder),
        "TILE_SIZE": 1024,
        "OVERLAP": 128,
        "OUTPUT": "memory:",
    }
    result = processing.run("rrsis:segmentrasterbytext", {**defaults, **parameters}, feedback=feedback)
    return result["OUTPUT"]


def test_objects_on_tile_seams_come_out_whole(provider, scene, model_folder):
    before = _images(model_folder)
    output = _run(scene, model_folder, EXPRESSIONS="the bright discs\nall white circles")
    assert _images(model_folder) - before == 25  # 5 x 5 tiles, each encoded once for both expressions
    features = list(output.getFeatures())
    disc_area = np.pi * RADIUS**2 * PIXEL**2
    for expression in ("the bright discs", "all white circles"):
        polygons = [f for f in features if f["expression"] == expression]
        assert len(polygons) == len(DISCS)  # one polygon per disc, never two halves
        for feature in polygons:
            assert feature.geometry().isGeosValid()
            assert feature["area_m2"] == pytest.approx(disc_area, rel=0.02)
    assert output.crs().authid() == "EPSG:32613"


def test_an_extent_and_a_polygon_mask_limit_the_search(provider, scene, model_folder):
    x0, y0 = 450000, 4440000
    # The extent covers the top 1000 rows (discs at rows 400 and 896); the mask keeps the one at column 896.
    extent = f"{x0},{x0 + SIDE * PIXEL},{y0 - 1000 * PIXEL},{y0} [EPSG:32613]"
    mask = QgsVectorLayer("Polygon?crs=EPSG:32613", "mask", "memory")
    square = QgsFeature()
    square.setGeometry(
        QgsGeometry.fromWkt(
            f"POLYGON(({x0} {y0},{x0 + 600} {y0},{x0 + 600} {y0 - 600},{x0} {y0 - 600},{x0} {y0}))"
        )
    )
    mask.dataProvider().addFeatures([square])
    output = _run(scene, model_folder, EXTENT=extent)
    assert output.featureCount() == 2  # the other three discs lie below the extent
    masked = _run(scene, model_folder, EXTENT=extent, MASK=mask)
    assert masked.featureCount() == 1
    geometry = next(masked.getFeatures()).geometry()
    assert geometry.boundingBox().xMaximum() <= x0 + 600 + 1e-6  # clipped to the mask square


def test_device_and_precision_come_from_the_plugin_settings_and_the_threshold_from_here(
    provider, scene, model_folder
):
    from qgis.core import QgsSettings

    from rrsis_qgis.foundation.run_settings import RunSettings
    from rrsis_qgis.qgis_ui.settings import RrsisSettings

    RrsisSettings().run_settings = RunSettings(device="cpu", precision="float32", threshold=0.9)
    try:
        _run(scene, model_folder, THRESHOLD=0.3, MIN_PIXELS=5, EXTENT=None)
        load = _loads(model_folder)[-1]
        assert (load["device"], load["precision"]) == ("cpu", "float32")
        assert (load["threshold"], load["min_pixels"]) == (pytest.approx(0.3), 5)
        RrsisSettings().run_settings = RunSettings(device="cuda:99")  # a GPU this machine does not have
        with pytest.raises(Exception, match="no 'cuda:99' device"):
            _run(scene, model_folder)
    finally:
        QgsSettings().remove("rrsis_qgis")


def test_an_overlap_that_would_multiply_the_tiles_is_refused_before_the_model_loads(
    provider, scene, model_folder
):
    close_model_process()  # a fresh model process: a load would be logged again
    loads = len(_loads(model_folder))
    with pytest.raises(Exception, match="keep it between 0 and half the tile"):
        _run(scene, model_folder, TILE_SIZE=128, OVERLAP=127)
    assert len(_loads(model_folder)) == loads


def test_the_planned_tile_count_is_reported_before_the_run(provider, scene, model_folder):
    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):
            self.lines.append(info)
            super().pushInfo(info)

    feedback = Recorder()
    _run(scene, model_folder, feedback=feedback)
    assert "25 tiles of 1024 px with 128 px overlap" in feedback.lines


def test_a_raster_without_a_crs_is_refused_instead_of_labelled_wrongly(provider, model_folder, tmp_path):
    path = write_geotiff(tmp_path / "plain.tif", np.full((3, 64, 64), 200, dtype=np.uint8))
    with pytest.raises(Exception, match=r"plain\.tif has no coordinate reference system"):
        _run(str(path), model_folder)


def test_tiles_below_the_score_threshold_are_left_out(provider, scene, model_folder):
    assert _run(scene, model_folder, MIN_SCORE=0.95).featureCount() == 0  # the model scores 0.9
    assert _run(scene, model_folder, MIN_SCORE=0.85).featureCount() == len(DISCS)


def test_cancel_stops_within_one_tile(provider, scene, model_folder):
    before = _images(model_folder)

    class CancelAfterFirstTile(QgsProcessingFeedback):
        def setProgress(self, progress):
            super().setProgress(progress)
            if _images(model_folder) > before:
                self.cancel()

    output = _run(scene, model_folder, feedback=CancelAfterFirstTile())
    # The model process hears of the cancel while it may already run the next tile; none after that.
    assert 1 <= _images(model_folder) - before <= 2
    assert output.featureCount() < 2 * len(DISCS)


def _peak_memory_growth_mib(raster, model_folder, tile):
    """Peak resident memory added by one run, measured in a fresh QGIS process."""
    probe = [sys.executable, "-m", "tests.qgis.processing_memory_probe"]
    run = subprocess.run(
        [*probe, str(raster), str(model_folder), str(tile)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(run.stdout.strip().splitlines()[-1])["growth_mib"]


def test_memory_scales_with_the_tile_not_the_raster(scene, model_folder, tmp_path, capsys):
    quarter = tmp_path / "quarter.tif"  # the same kind of raster with a quarter of the pixels
    pixels = read_bands(scene, width=SIDE // 2, height=SIDE // 2)
    write_geotiff(quarter, pixels, (450000, 4440000), PIXEL, "EPSG:32613", tiled=True)
    growth = {tile: _peak_memory_growth_mib(scene, model_folder, tile) for tile in (256, 512, 1024)}
    quarter_growth = _peak_memory_growth_mib(quarter, model_folder, 512)
    raster_mib = SIDE * SIDE * 3 / 2**20
    with capsys.disabled():
        print(f"\npeak memory growth (MiB) by tile size, {SIDE}² raster of {raster_mib:.0f} MiB: {growth}")
        print(f"tile 512 on a raster of a quarter the size: {quarter_growth:.1f} MiB")
    assert growth[256] < growth[512] < growth[1024]  # follows the tile
    assert growth[512] < 1.6 * quarter_growth  # 4x the pixels, about the same memory
    assert growth[512] < raster_mib / 2  # never the whole raster in memory


def test_a_raster_that_is_not_a_file_is_refused_with_a_message(provider, model_folder):
    layer = QgsRasterLayer("type=xyz&url=file:///nowhere/{z}/{x}/{y}.png", "tiles", "wms")
    with pytest.raises(Exception, match="read from a file"):
        _run(layer, model_folder)


def test_a_ray_cluster_address_runs_the_same_tiles_on_ray(provider, scene, model_folder):
    """A cluster started beside QGIS, as an analyst would (`ray start`), joined by the model process;
    its workers register the test's model types through the model process's setup hook."""
    ray = str(Path(RUNTIME_PYTHON).parent / "ray")
    start = [ray, "start", "--head", "--node-ip-address", "127.0.0.1", "--num-cpus", "2"]
    subprocess.run([*start, "--include-dashboard", "false", "--disable-usage-stats"], check=True, timeout=120)
    try:
        on_ray = _run(scene, model_folder, RAY_ADDRESS="auto")  # joins the cluster started above
    finally:
        subprocess.run([ray, "stop", "--force"], check=True, timeout=120)
    here = _run(scene, model_folder)

    def normalised(layer):
        rows = []
        for feature in layer.getFeatures():
            geometry = feature.geometry()
            geometry.normalize()
            rows.append((feature["expression"], round(feature["area_m2"], 6), geometry.asWkt(3)))
        return sorted(rows)

    assert len(normalised(on_ray)) == len(DISCS)
    assert normalised(on_ray) == normalised(here)


def test_bands_can_be_chosen_and_a_band_the_raster_lacks_is_refused(provider, scene, model_folder):
    assert _run(scene, model_folder, BANDS="3,2,1").featureCount() == len(DISCS)
    with pytest.raises(Exception, match=r"band 9 requested, but the raster has 3 band\(s\)"):
        _run(scene, model_folder, BANDS="9,9,9")
    with pytest.raises(Exception, match="three band numbers for red, green and blue"):
        _run(scene, model_folder, BANDS="red")


def test_an_expression_too_long_is_refused_before_the_model_loads(provider, scene, model_folder):
    close_model_process()  # a fresh model process: a load would be logged again
    loads = len(_loads(model_folder))
    with pytest.raises(Exception, match="keep it under 500"):
        _run(scene, model_folder, EXPRESSIONS="tank " * 120)
    assert len(_loads(model_folder)) == loads


def test_a_panel_run_behind_a_processing_run_says_what_it_waits_for_and_cancel_works_in_both(
    provider, scene, session, tmp_path
):
    """One model process serves the panel and Processing (one model in memory): the panel's run waits
    its turn, says so, and can be cancelled while it waits; Processing's Cancel stops the tiles."""
    from qgis.core import QgsProcessingAlgRunnerTask, QgsProcessingContext

    from tests.qgis.test_segment_flow import wait_for

    slow = tmp_path / "slow"
    slow.mkdir()
    (slow / "config.json").write_text(json.dumps({"model_type": "slow-bright-objects"}))
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("rrsis:segmentrasterbytext")
    parameters = {"INPUT": scene, "EXPRESSIONS": "the bright discs", "MODEL": str(slow), "OUTPUT": "memory:"}
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    processing_task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
    QgsApplication.taskManager().addTask(processing_task)
    wait_for(lambda: feedback.progress() > 0)  # its tiles are running in the model process

    dock, controller, _raster, _canvas = session
    dock.add_model("slow", str(slow))
    dock.expression_edit.setText("the lake")
    dock.segment_button.click()
    wait_for(lambda: "Waiting for a Processing run to finish" in dock.status_label.text())
    assert controller.busy and dock.cancel_button.isEnabled()
    dock.cancel_button.click()
    wait_for(lambda: not controller.busy, timeout=5)  # at once, not when Processing is done
    assert "Cancelled" in dock.status_label.text() and feedback.progress() < 100

    feedback.cancel()  # Processing's own Cancel button
    wait_for(lambda: processing_task.status() in (processing_task.Complete, processing_task.Terminated))
    dock.segment_button.click()  # the model process is free again: the panel runs
    wait_for(lambda: not controller.busy)
    assert (
        "polygon(s) for 'the lake'" in dock.status_label.text() or "Nothing found" in dock.status_label.text()
    )


def test_a_model_process_killed_mid_run_leaves_a_geopackage_gdal_opens(
    provider, scene, model_folder, tmp_path
):
    """The tiles done before the failure are in a whole GeoPackage, as after Cancel; never a broken one."""
    from osgeo import ogr

    from rrsis_qgis.qgis_ui.runtime import model_process

    class KillAtSixtyPercent(QgsProcessingFeedback):
        def setProgress(self, progress):
            super().setProgress(progress)
            if progress >= 60 and model_process().running:
                os.kill(model_process().pid, signal.SIGKILL)

    out = tmp_path / "discs.gpkg"
    with pytest.raises(QgsProcessingException) as failure:
        _run(scene, model_folder, feedback=KillAtSixtyPercent(), OUTPUT=str(out))
    assert "ended by signal 9" in str(failure.value)
    assert "The output holds the polygons found before the failure." in str(failure.value)
    dataset = ogr.Open(str(out))
    assert dataset is not None and dataset.GetLayerCount() == 1
    assert dataset.GetLayer(0).GetFeatureCount() >= 1  # the disc that no seam crosses (tile 11 of 25)


def test_an_output_that_refuses_features_stops_the_run_with_qgis_words(
    provider, scene, model_folder, tmp_path
):
    """Another program (sqlite3) takes the output GeoPackage's table name while the tiles run (GDAL
    creates the table with the first feature): the sink refuses the features, and the run stops with
    QGIS's "Could not write feature" instead of handing over an output without them. The model process
    stops as on Cancel, and serves the next run."""
    import sqlite3

    slow = tmp_path / "slow"  # 0.25 s a tile: the run is still going when the first polygon is refused
    slow.mkdir()
    (slow / "config.json").write_text(json.dumps({"model_type": "slow-bright-objects"}))
    out = tmp_path / "discs.gpkg"

    class TakeTheTableWhenPlanned(QgsProcessingFeedback):
        def pushInfo(self, info):  # the tiles are planned: the output exists, no polygon is in it yet
            super().pushInfo(info)
            if "tiles of" in info:
                with sqlite3.connect(out) as other:
                    other.execute("CREATE TABLE discs (taken INTEGER)")

    feedback = TakeTheTableWhenPlanned()
    with pytest.raises(QgsProcessingException, match="Could not write feature into"):
        _run(scene, slow, feedback=feedback, OUTPUT=str(out))
    assert feedback.progress() < 100  # stopped after the first refused polygon, not at the end
    assert _run(scene, model_folder).featureCount() == len(DISCS)


def test_a_raster_opened_with_options_is_read_from_its_file(provider, scene, model_folder):
    """QGIS keeps a raster's open options in its source ("path|option:..."): Processing reads the file,
    through the same helper as the panel."""
    from rrsis_qgis.qgis_ui.canvas import raster_path

    layer = QgsRasterLayer(f"{scene}|option:NUM_THREADS=2", "discs", "gdal")
    assert layer.isValid() and raster_path(layer) == scene
    assert _run(layer, model_folder).featureCount() == len(DISCS)
