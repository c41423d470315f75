"""Referring expressions in the panel, in real QGIS, with a deterministic detector in the plugin's model
process (tests.batch_models.PaintedObjects on tests.referring_scene's tanks): the dock shows how it
reads an expression as it is typed, "the two white tanks north of the road" gives exactly those two
tanks, and the layer keeps how the expression was understood."""

from __future__ import annotations

import threading

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from tests.qgis.conftest import TANKS_ORIGIN, TANKS_PIXEL
from tests.qgis.test_segment_flow import wait_for
from tests.referring_scene import TANKS

ORIGIN, PIXEL = TANKS_ORIGIN, TANKS_PIXEL


def _pixel_centres(layer: QgsVectorLayer) -> list[tuple[int, int]]:
    """The result's polygons as the scene's pixels of their centroids, sorted: the tanks they are."""
    return sorted(
        (round((c.x() - ORIGIN[0]) / PIXEL), round((ORIGIN[1] - c.y()) / PIXEL))
        for c in (feature.geometry().centroid().asPoint() for feature in layer.getFeatures())
    )


def _segment_into_one_layer(dock, controller) -> QgsVectorLayer:
    """Click Segment, wait for the run, and the one vector layer it added to the project."""
    QTest.mouseClick(dock.segment_button, Qt.LeftButton)
    wait_for(lambda: not controller.busy)
    layers = [
        layer for layer in QgsProject.instance().mapLayers().values() if isinstance(layer, QgsVectorLayer)
    ]
    assert len(layers) == 1, dock.status_label.text()
    return layers[0]


def test_the_two_white_tanks_north_of_the_road_are_exactly_those_two(tanks):
    dock, controller, _canvas = tanks
    QTest.keyClicks(dock.expression_edit, "the two white tanks north of the road")
    assert dock.understanding_label.text() == (
        "Read as: target: storage tank; count: 2; attributes: white; relation: north of road"
    )
    layer = _segment_into_one_layer(dock, controller)
    centres = _pixel_centres(layer)
    assert centres == [TANKS["a"], TANKS["b"]]  # not the gray tank (the detector's favourite), nor d
    understood = "understood as: target: storage tank; count: 2; attributes: white; relation: north of road"
    assert understood in dock.status_label.text()
    assert understood in layer.metadata().abstract()


def test_a_typing_slip_is_read_as_the_word_it_slips_from_and_said_before_and_after(tanks):
    """ "the two whiet tanks north of the road": "whiet" is read as white, said while typing (drawn as a
    warning) and with the answer, which is the two white tanks north of the road."""
    dock, controller, _canvas = tanks
    QTest.keyClicks(dock.expression_edit, "the two whiet tanks north of the road")
    assert dock.understanding_label.text() == (
        "Read as: spelled: 'whiet' as 'white'; target: storage tank; count: 2; attributes: white; relation:"
        " north of road\nTyping slips read as: 'whiet' → 'white'. If a word meant something else, retype it."
    )
    assert dock.understanding_label.isEnabled()
    layer = _segment_into_one_layer(dock, controller)
    assert _pixel_centres(layer) == [TANKS["a"], TANKS["b"]]
    assert "spelled: 'whiet' as 'white'" in layer.metadata().abstract()


def test_words_the_reading_does_not_apply_are_shown_while_typing_and_a_negation_is_kept(tanks):
    dock, _controller, _canvas = tanks
    QTest.keyClicks(dock.expression_edit, "the white tanks north of the sparkly road")
    reading = dock.understanding_label.text()
    assert "Words not understood: sparkly. They are not applied" in reading, reading
    assert dock.understanding_label.isEnabled()  # drawn as a warning, not dimmed like a hint
    dock.expression_edit.clear()
    QTest.keyClicks(dock.expression_edit, "the tanks that are not white")
    assert dock.understanding_label.text() == (
        "Read as: target: storage tank; count: all; excluded (not): white"
    )
    assert not dock.understanding_label.isEnabled()


def test_what_one_picture_cannot_show_is_said_before_segment_and_with_the_answer(tanks):
    """ "the white tanks north of the road casting long shadows": the shadows are read, shown as not
    judged while typing (drawn as a warning), and the answer is the two white tanks north of the road,
    with a note that says the shadows were not judged."""
    dock, controller, _canvas = tanks
    QTest.keyClicks(dock.expression_edit, "the white tanks north of the road casting long shadows")
    reading = dock.understanding_label.text()
    assert reading == (
        "Read as: target: storage tank; count: all; attributes: white; relation: north of road; not judged:"
        " casting long shadows (shadow)\nNot judged: casting long shadows (the detector outlines objects, not"
        " their shadows). They are not applied: what is kept fits the rest, check it."
    )
    assert dock.understanding_label.isEnabled()
    layer = _segment_into_one_layer(dock, controller)
    centres = _pixel_centres(layer)
    assert centres == [TANKS["a"], TANKS["b"]]
    said = "'casting long shadows' was not judged (the detector outlines objects, not their shadows)"
    assert said in dock.status_label.text(), dock.status_label.text()


def test_the_reading_is_shown_for_models_that_find_objects_only(tanks, tiny_checkpoint):
    dock, _controller, _canvas = tanks
    QTest.keyClicks(dock.expression_edit, "the one on the left")
    assert dock.understanding_label.text() == (
        "Not understood: the whole description goes to the detector as it is."
    )
    dock.add_model("trained", str(tiny_checkpoint))  # RSRefSeg reads the whole sentence itself
    assert dock.understanding_label.text() == ""


def test_an_anchor_named_by_a_layer_of_the_project_is_that_layer(tanks):
    """A line layer "Roads" (in WGS 84) south of every tank: "north of the road" takes the layer, not the
    road painted in the image, and the panel says so before and after the run."""
    dock, controller, _canvas = tanks
    roads = QgsVectorLayer("LineString?crs=EPSG:4326", "Roads", "memory")
    to_wgs84 = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:32613"), roads.crs(), QgsProject.instance().transformContext()
    )
    row = ORIGIN[1] - 185 * PIXEL
    line = QgsGeometry.fromPolylineXY([QgsPointXY(ORIGIN[0], row), QgsPointXY(ORIGIN[0] + 120, row)])
    line.transform(to_wgs84)
    feature = QgsFeature()
    feature.setGeometry(line)
    roads.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(roads)

    QTest.keyClicks(dock.expression_edit, "the round white tanks north of the road")
    assert dock.understanding_label.text().endswith("; road: the layer 'Roads'")
    QTest.mouseClick(dock.segment_button, Qt.LeftButton)
    wait_for(lambda: not controller.busy)
    results = [layer for layer in QgsProject.instance().mapLayers().values() if layer is not roads]
    results = [layer for layer in results if isinstance(layer, QgsVectorLayer)]
    assert len(results) == 1, dock.status_label.text()
    centres = _pixel_centres(results[0])
    assert centres == sorted([TANKS["a"], TANKS["b"], TANKS["d"]])  # d is north of the layer's road
    assert "'road' is the layer 'Roads' (1 features)" in dock.status_label.text()
    # A result layer is never taken as an anchor: its name reads as "storage tank".
    dock.expression_edit.clear()
    QTest.keyClicks(dock.expression_edit, "the road next to the storage tanks")
    assert "the layer" not in dock.understanding_label.text()


def test_an_anchor_layer_is_read_in_the_task_not_on_the_gui_thread(tanks, monkeypatch):
    """A layer read on the GUI thread stalls QGIS while a PostGIS or WFS server answers: its features are
    read (anchors.read_anchors, which iterates the layer's feature source) in the task's thread. (A
    Python expression function in a subset filter cannot tell: QGIS 3.40 evaluates those on the main
    thread only.)"""
    from rrsis_qgis.qgis_ui import anchors

    dock, controller, _canvas = tanks
    read_on_gui_thread = []
    read_anchors = anchors.read_anchors

    def recorded(*args, **kwargs):
        read_on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return read_anchors(*args, **kwargs)

    monkeypatch.setattr(anchors, "read_anchors", recorded)
    roads = QgsVectorLayer("LineString?crs=EPSG:32613", "Roads", "memory")
    feature = QgsFeature()
    row = ORIGIN[1] - 185 * PIXEL
    feature.setGeometry(
        QgsGeometry.fromPolylineXY([QgsPointXY(ORIGIN[0], row), QgsPointXY(ORIGIN[0] + 120, row)])
    )
    roads.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(roads)
    QTest.keyClicks(dock.expression_edit, "the round white tanks north of the road")
    QTest.mouseClick(dock.segment_button, Qt.LeftButton)
    wait_for(lambda: not controller.busy)
    assert "'road' is the layer 'Roads' (1 features)" in dock.status_label.text()
    assert read_on_gui_thread == [False]  # read once, in the task's thread


def test_an_anchor_layer_past_the_bound_gives_its_first_features_and_says_so_in_the_log(qgis_new_project):
    from qgis.core import QgsApplication, QgsRectangle

    from rrsis_qgis.qgis_ui.anchors import MAX_FEATURES, anchor_sources, read_anchors

    roads = QgsVectorLayer("LineString?crs=EPSG:32613", "Roads", "memory")
    features = []
    for number in range(MAX_FEATURES + 1):
        feature = QgsFeature()
        x = ORIGIN[0] + number * 0.01
        feature.setGeometry(
            QgsGeometry.fromPolylineXY([QgsPointXY(x, ORIGIN[1]), QgsPointXY(x, ORIGIN[1] - 50)])
        )
        features.append(feature)
    roads.dataProvider().addFeatures(features)
    project = QgsProject.instance()
    project.addMapLayer(roads)
    logged = []
    QgsApplication.messageLog().messageReceived.connect(lambda message, _tag, _level: logged.append(message))
    view = QgsRectangle(ORIGIN[0], ORIGIN[1] - 100, ORIGIN[0] + 100, ORIGIN[1])
    sources = anchor_sources("the tanks north of the road", project, view, roads.crs())
    (anchor,) = read_anchors(sources)
    assert (anchor.phrase, anchor.layer, len(anchor.wkt)) == ("road", "Roads", MAX_FEATURES)
    assert f"'Roads' has over {MAX_FEATURES} features near the view" in " ".join(logged)


def test_a_description_too_long_to_run_is_not_read_on_every_key_and_says_why(tanks):
    """Pasted pages: Segment would refuse them, so the panel says so instead of parsing them on the GUI
    thread at each key (a reading of thousands of words took seconds)."""
    dock, _controller, _canvas = tanks
    dock.expression_edit.setText("the white tank " * 400)
    assert dock.understanding_label.text() == "the description has 5999 characters; keep it under 500"
    assert dock.understanding_label.isEnabled()


def test_an_empty_answer_says_in_the_panel_which_condition_no_candidate_met(tanks):
    """ "the red tank" among white and gray ones: nothing, and the panel says that no tank is red, not
    only that nothing was found."""
    dock, controller, _canvas = tanks
    QTest.keyClicks(dock.expression_edit, "the red tank")
    QTest.mouseClick(dock.segment_button, Qt.LeftButton)
    wait_for(lambda: not controller.busy)
    status = dock.status_label.text()
    assert "Nothing found for 'the red tank'" in status and "no 'storage tank' is red" in status, status
