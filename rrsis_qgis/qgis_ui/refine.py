"""Corrections by hand on the map (GUI thread): a map tool that collects clicks and a box, and a session
that sends them to the model process on each change, previews the answer on the canvas and, when the
analyst accepts, writes it as a new layer or into the result feature being refined."""

from __future__ import annotations

import itertools

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.gui import QgsMapTool, QgsRubberBand, QgsVertexMarker
from qgis.PyQt.QtCore import QObject, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..protocol.messages import Clicks, SegmentResult
from .anchors import RESULT_PROPERTY
from .canvas import build_request
from .dock import PanelRequest
from .segment_task import SegmentTask

POLYGON = Qgis.GeometryType.Polygon if Qgis.QGIS_VERSION_INT >= 33000 else QgsWkbTypes.PolygonGeometry
DRAG_PIXELS = 5  # a press and release further apart than this is a box, not a click
ON, OFF = QColor(30, 200, 60), QColor(230, 40, 40)
PREVIEW_FILL, PREVIEW_LINE = QColor(255, 200, 0, 70), QColor(255, 200, 0)


class ClickTool(QgsMapTool):
    """Left click: a point on the object; right click or Shift+click: a point off it; drag: a box (one,
    the latest). Ctrl+Z takes the last mark back, Enter accepts, Esc cancels. ``changed`` follows every
    change of the marks; the marks are in the canvas's CRS."""

    changed = pyqtSignal()
    accepted = pyqtSignal()
    cancelled = pyqtSignal()

    def __init__(self, canvas) -> None:
        super().__init__(canvas)
        self.marks: list[tuple[str, object]] = []  # ("on" | "off", QgsPointXY) or ("box", QgsRectangle)
        self._markers: list = []  # the canvas items drawn for the marks, in the same order
        self._press = None  # where the left button went down (pixels, map point)
        self._drag_band = QgsRubberBand(canvas, POLYGON)
        self._drag_band.setColor(QColor(30, 120, 230, 40))
        self._drag_band.setStrokeColor(QColor(30, 120, 230))

    def clicks(self, crs: QgsCoordinateReferenceSystem) -> Clicks | None:
        """The marks as the message the model process takes (None when there are none)."""
        if not self.marks:
            return None
        boxes = [mark for kind, mark in self.marks if kind == "box"]
        box = boxes[-1] if boxes else None
        return Clicks(
            positive=tuple((point.x(), point.y()) for kind, point in self.marks if kind == "on"),
            negative=tuple((point.x(), point.y()) for kind, point in self.marks if kind == "off"),
            box=(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()) if box else None,
            crs=crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED),
        )

    def canvasPressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = (event.pixelPoint(), event.mapPoint())

    def canvasMoveEvent(self, event) -> None:
        if self._press is not None and self._dragged(event):
            self._drag_band.setToGeometry(
                QgsGeometry.fromRect(QgsRectangle(self._press[1], event.mapPoint())), None
            )

    def canvasReleaseEvent(self, event) -> None:
        press, self._press = self._press, None
        self._drag_band.reset(POLYGON)
        if event.button() == Qt.MouseButton.RightButton:
            self._add("off", event.mapPoint())
        elif event.button() == Qt.MouseButton.LeftButton and press is not None:
            if self._dragged(event, press):
                box = QgsRectangle(press[1], event.mapPoint())
                box.normalize()
                self._add("box", box)
            elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self._add("off", event.mapPoint())
            else:
                self._add("on", event.mapPoint())

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key.Key_Z and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.undo()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accepted.emit()
        elif key == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            event.ignore()
            return
        event.accept()

    def undo(self) -> None:
        if self.marks:
            self.marks.pop()
            self.canvas().scene().removeItem(self._markers.pop())
            self.changed.emit()

    def clear(self) -> None:
        """Remove every mark and what is drawn for it (when the session ends)."""
        for marker in self._markers:
            self.canvas().scene().removeItem(marker)
        self._markers.clear()
        self.marks.clear()
        self._drag_band.reset(POLYGON)

    def deactivate(self) -> None:
        self._press = None
        self._drag_band.reset(POLYGON)
        super().deactivate()

    def _dragged(self, event, press=None) -> bool:
        start = (press or self._press)[0]
        moved = event.pixelPoint() - start
        return abs(moved.x()) + abs(moved.y()) > DRAG_PIXELS

    def _add(self, kind: str, mark) -> None:
        canvas = self.canvas()
        if kind == "box":
            marker = QgsRubberBand(canvas, POLYGON)
            marker.setColor(QColor(0, 0, 0, 0))
            marker.setStrokeColor(QColor(30, 120, 230))
            marker.setWidth(2)
            marker.setToGeometry(QgsGeometry.fromRect(mark), None)
        else:
            marker = QgsVertexMarker(canvas)
            marker.setCenter(mark)
            marker.setColor(ON if kind == "on" else OFF)
            marker.setIconSize(14)
            marker.setPenWidth(3)
        self.marks.append((kind, mark))
        self._markers.append(marker)
        self.changed.emit()


class RefineSession(QObject):
    """One correction by hand, from the first click to Accept or Esc. Every change of the marks runs the
    model's decoder on the view's cached encoding (one request at a time; marks made meanwhile are sent
    together when it is done) and shows the answer as a preview. ``seed`` is the result feature being
    refined (its layer and id): its extent is the box until one is drawn, and Accept replaces its
    geometry; without one, Accept adds a new layer. ``finished`` comes once, when the session ends."""

    finished = pyqtSignal()
    previewed = pyqtSignal(object)  # SegmentResult, the preview now shown

    def __init__(self, controller, raster, model: str, seed=None) -> None:
        super().__init__(controller)
        self.controller = controller
        self.canvas = controller.iface.mapCanvas()
        self.raster, self.model, self.seed = raster, model, seed
        self.tool = ClickTool(self.canvas)
        self.preview = QgsRubberBand(self.canvas, POLYGON)
        self.preview.setColor(PREVIEW_FILL)
        self.preview.setStrokeColor(PREVIEW_LINE)
        self.preview.setWidth(2)
        self.result: SegmentResult | None = None  # the answer to the current marks
        self.task: SegmentTask | None = None
        self._stale = False  # the marks changed while a request was running
        self._request_ids = itertools.count(1)
        self.tool.changed.connect(self._marks_changed)
        self.tool.accepted.connect(self.accept)
        self.tool.cancelled.connect(self.cancel)
        self.canvas.setMapTool(self.tool)

    @property
    def expression(self) -> str:
        """The text of the result being refined; empty when segmenting what is clicked."""
        return self.seed[0].customProperty(RESULT_PROPERTY, "") if self.seed else ""

    def status(self) -> str:
        what = (
            self.tr("Refining '{expression}'").format(expression=self.expression)
            if self.seed
            else self.tr("Segmenting what you click")
        )
        return (
            what
            + ": "
            + self.tr(
                "clicks go to {model} on the visible part of '{layer}'. Click on the object, right-click (or "
                "Shift+click) off it, drag a box; Ctrl+Z undoes, Enter accepts, Esc cancels."
            ).format(model=self.model, layer=self.raster.name())
        )

    def _marks_changed(self) -> None:
        self.result = None
        if self.task is not None:
            self._stale = True
            return
        clicks = self._clicks()
        if clicks is None:
            self.preview.reset(POLYGON)
            return
        self._send(clicks)

    def _clicks(self) -> Clicks | None:
        crs = self.canvas.mapSettings().destinationCrs()
        clicks = self.tool.clicks(crs)
        if self.seed is not None and (clicks is None or clicks.box is None):
            layer, feature_id = self.seed
            to_canvas = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance())
            extent = to_canvas.transformBoundingBox(layer.getFeature(feature_id).geometry().boundingBox())
            box = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
            crs_wkt = crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)
            clicks = (
                Clicks(clicks.positive, clicks.negative, box, clicks.crs)
                if clicks
                else Clicks(box=box, crs=crs_wkt)
            )
        return clicks

    def _send(self, clicks: Clicks) -> None:
        asked = PanelRequest(next(self._request_ids), "", self.raster.id(), self.model)
        try:
            request = build_request(self.raster, self.canvas, asked, self.controller.run_settings, clicks)
        except ValueError as error:
            self.controller.dock.show_status(str(error))
            return
        self.task = SegmentTask(self.controller.segmenter, request)
        self.task.succeeded.connect(self._answered)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._ended)
        QgsApplication.taskManager().addTask(self.task)

    def _ended(self) -> bool:
        """The request is over; True when the marks are still the ones it answered."""
        self.task = None
        if self._stale:
            self._stale = False
            self._marks_changed()
            return False
        return True

    def _answered(self, result: SegmentResult) -> None:
        if not self._ended():
            return
        self.result = result
        self.preview.reset(POLYGON)
        to_canvas = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem.fromWkt(result.crs_wkt),
            self.canvas.mapSettings().destinationCrs(),
            QgsProject.instance(),
        )
        for feature in result.features:
            geometry = QgsGeometry.fromWkt(feature.wkt)
            geometry.transform(to_canvas)
            self.preview.addGeometry(geometry, None)
        self.controller.dock.show_status(
            self.tr("Preview: {count} polygon(s), score {score:.2f}; Enter accepts, Esc cancels").format(
                count=len(result.features), score=result.score
            )
        )
        self.previewed.emit(result)

    def _failed(self, message: str) -> None:
        if self._ended():
            self.controller.dock.show_status(message)

    def accept(self) -> None:
        """Write the preview: into the feature being refined, or as a new layer; then end."""
        if self.task is not None or self._stale:
            self.controller.dock.show_status(
                self.tr("Still segmenting the last click; accept when it shows.")
            )
            return
        if self.result is None or not self.result.features:
            self.controller.dock.show_status(self.tr("Nothing to accept: click on an object first."))
            return
        if self.seed is not None:
            self.controller.replace_feature(*self.seed, self.result)
        else:
            self.controller.add_result(self.result, self.tr("Clicked objects"))
        self.end()

    def cancel(self) -> None:
        self.controller.dock.show_status(self.tr("Refining cancelled; nothing was changed."))
        self.end()

    def end(self) -> None:
        if self.task is not None:
            for signal in (self.task.succeeded, self.task.failed, self.task.cancelled):
                signal.disconnect()
            self.task.cancel()
            self.task = None
        self.tool.clear()
        self.preview.reset(POLYGON)
        self.canvas.scene().removeItem(self.preview)
        if self.canvas.mapTool() is self.tool:
            self.canvas.unsetMapTool(self.tool)
        self.finished.emit()
