"""Corrections by hand on the map (GUI thread): a map tool that collects clicks and a box, and a session
that sends them to the model process on each change, draws the answer's mask on the canvas and, when
the analyst accepts, writes its polygons as a new layer or into the result feature being refined."""

from __future__ import annotations

import itertools
from dataclasses import replace

import numpy as np
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.gui import QgsMapCanvasItem, QgsMapTool, QgsRubberBand, QgsVertexMarker
from qgis.PyQt.QtCore import QObject, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QImage, QTransform, qRgba

from ..protocol.messages import Clicks, SegmentResult
from .anchors import RESULT_PROPERTY
from .canvas import ViewPicture, build_request, is_file_backed, render_job
from .dock import PanelRequest
from .segment_task import SegmentTask

POLYGON = Qgis.GeometryType.Polygon if Qgis.QGIS_VERSION_INT >= 33000 else QgsWkbTypes.PolygonGeometry
DRAG_PIXELS = 5  # a press and release further apart than this is a box, not a click
ON, OFF = QColor(30, 200, 60), QColor(230, 40, 40)
PREVIEW_RGBA = (255, 200, 0, 130)


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
        for marker in [*self._markers, self._drag_band]:
            self.canvas().scene().removeItem(marker)
        self._markers.clear()
        self.marks.clear()

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


class MaskPreview(QgsMapCanvasItem):
    """A preview's mask drawn on the canvas as an image: its pixels placed by the mask's affine, from its
    CRS into the canvas's (an affine over the view: a projection's curvature across one view is far
    below a pixel of a preview)."""

    def __init__(self, canvas) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.image: QImage | None = None
        self.corners: list[QgsPointXY] = []  # top-left, top-right, bottom-left, in the canvas's CRS
        self.setZValue(100)

    def show_mask(self, mask: np.ndarray, affine, crs_wkt: str) -> None:
        height, width = mask.shape
        indices = np.ascontiguousarray(mask > 0, dtype=np.uint8)  # the mask's bytes are the colour indices
        image = QImage(indices.data, width, height, width, QImage.Format.Format_Indexed8)
        image.setColorTable([qRgba(0, 0, 0, 0), qRgba(*PREVIEW_RGBA)])
        self.image = image.copy()  # its own pixels: ``indices`` goes away
        a, b, c, d, e, f = affine
        corners = [(c, f), (a * width + c, d * width + f), (b * height + c, e * height + f)]
        to_canvas = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem.fromWkt(crs_wkt),
            self.canvas.mapSettings().destinationCrs(),
            QgsProject.instance(),
        )
        self.corners = [to_canvas.transform(QgsPointXY(x, y)) for x, y in corners]
        far = QgsPointXY(
            self.corners[1].x() + self.corners[2].x() - self.corners[0].x(),
            self.corners[1].y() + self.corners[2].y() - self.corners[0].y(),
        )
        extent = QgsRectangle(self.corners[0], far)
        for corner in self.corners[1:]:
            extent.combineExtentWith(corner)
        self.setRect(extent)
        self.update()

    def clear(self) -> None:
        self.image = None
        self.update()

    def paint(self, painter, *_options) -> None:
        if self.image is None:
            return
        origin = self.pos()
        top_left, top_right, bottom_left = (self.toCanvasCoordinates(c) - origin for c in self.corners)
        width, height = self.image.width(), self.image.height()
        placed = QTransform(
            (top_right.x() - top_left.x()) / width,
            (top_right.y() - top_left.y()) / width,
            (bottom_left.x() - top_left.x()) / height,
            (bottom_left.y() - top_left.y()) / height,
            top_left.x(),
            top_left.y(),
        )
        painter.save()
        painter.setTransform(placed, True)
        painter.drawImage(0, 0, self.image)
        painter.restore()


class RefineSession(QObject):
    """One correction by hand, from the first click to Accept or Esc. Every change of the marks runs the
    model's decoder on the view's cached encoding (one request at a time; marks made meanwhile are sent
    together when it is done) and draws its mask as a preview; Accept asks for the polygons once.
    ``seed`` is the result feature being refined (its layer and id): its extent is the box until one is
    drawn, and Accept replaces its geometry; without one, Accept adds a new layer. ``finished`` comes
    once, when the session ends.

    A layer without a file (XYZ, WMS, WMTS, virtual) is rendered once per view (`ViewPicture`), when the
    session starts and again after a pan or zoom; marks made while it renders go with the first request,
    and every request names that picture, so the model encodes it once."""

    finished = pyqtSignal()
    previewed = pyqtSignal(object)  # SegmentResult, the preview now shown

    def __init__(self, controller, raster, model: str, seed=None) -> None:
        super().__init__(controller)
        self.controller = controller
        self.canvas = controller.iface.mapCanvas()
        self.raster, self.model, self.seed = raster, model, seed
        self.tool = ClickTool(self.canvas)
        self.preview = MaskPreview(self.canvas)
        self.result: SegmentResult | None = None  # the preview of the current marks
        self.task: SegmentTask | None = None
        self._stale = False  # the marks changed while a request was running
        self._accepting = False  # the polygons were asked for
        self._request_ids = itertools.count(1)
        self.picture = None if is_file_backed(raster) else ViewPicture(raster)
        self.render_job = None  # a QgsMapRendererParallelJob while the picture is being rendered
        self.tool.changed.connect(self._marks_changed)
        self.tool.accepted.connect(self.accept)
        self.tool.cancelled.connect(self.cancel)
        self.canvas.setMapTool(self.tool)
        self.canvas.mapToolSet.connect(self._tool_changed)
        if self.picture is not None:  # rendered while the analyst aims the first click
            self._render()

    @property
    def expression(self) -> str:
        """The text of the result being refined; empty when segmenting what is clicked. A result layer
        added from its file (to review it, say) lacks the panel's property: its feature's field says."""
        if not self.seed:
            return ""
        layer, feature_id = self.seed
        return layer.customProperty(RESULT_PROPERTY, "") or (layer.getFeature(feature_id)["expression"] or "")

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
        if self._accepting:  # the polygons of the accepted marks are on their way
            return
        self.result = None
        if self.task is not None or self.render_job is not None:
            self._stale = True
            return
        clicks = self._clicks()
        if clicks is None:
            self.preview.clear()
            return
        self._send(clicks, preview=True)

    def _clicks(self) -> Clicks | None:
        """The marks as the model's prompt, with the seed's part: its box while the clicks stay inside it
        (SAM's box keeps the mask on the object being corrected), a point on each of its parts once a
        click on the object lands outside it. That click adds what the text run missed, as a SAM user
        expects of a point; the box would keep the answer inside the old extent."""
        crs = self.canvas.mapSettings().destinationCrs()
        clicks = self.tool.clicks(crs)
        if self.seed is None or (clicks is not None and clicks.box is not None):  # a drawn box wins
            return clicks
        layer, feature_id = self.seed
        to_canvas = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance())
        seed = layer.getFeature(feature_id).geometry()
        extent = to_canvas.transformBoundingBox(seed.boundingBox())
        positive, negative = (clicks.positive, clicks.negative) if clicks else ((), ())
        crs_wkt = crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)
        if all(extent.contains(QgsPointXY(*point)) for point in positive):
            box = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
            return Clicks(positive, negative, box, crs_wkt)
        view = self.canvas.extent()  # a point off the view is one the model cannot see
        parts = [to_canvas.transform(part.pointOnSurface().asPoint()) for part in seed.asGeometryCollection()]
        on_seed = tuple((point.x(), point.y()) for point in parts if view.contains(point))
        return Clicks(on_seed + positive, negative, None, crs_wkt)

    def _send(self, clicks: Clicks, preview: bool) -> None:
        asked = PanelRequest(next(self._request_ids), "", self.raster.id(), self.model)
        settings = self.controller.run_settings
        try:
            if self.picture is None:
                request = build_request(self.raster, self.canvas, asked, settings, clicks)
            elif self.picture.shows(self.canvas):
                request = self.picture.request(asked, settings, clicks)
            else:  # another view since the picture was made: render it, then send the marks as they are
                self._stale = True
                self._render()
                return
        except ValueError as error:
            self._accepting = False
            self.controller.dock.show_status(str(error))
            return
        self.task = SegmentTask(self.controller.segmenter, replace(request, preview=preview))
        self.task.succeeded.connect(self._answered)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._ended)
        QgsApplication.taskManager().addTask(self.task)

    def _render(self) -> None:
        self.controller.dock.show_status(self.tr("Rendering '{layer}'…").format(layer=self.raster.name()))
        self.render_job = render_job(self.raster, self.canvas)
        self.render_job.finished.connect(self._rendered)
        self.render_job.start()

    def _rendered(self) -> None:
        job, self.render_job = self.render_job, None
        try:
            self.picture.keep(job)
        except (ValueError, OSError) as error:
            self._accepting = self._stale = False
            self.controller.dock.show_status(str(error))
            return
        if not self._stale:  # nothing waits for the picture yet
            self.controller.dock.show_status(self.status())
        elif self._accepting:
            self._stale = False
            self._send(self._clicks(), preview=False)
        else:
            self._stale = False
            self._marks_changed()

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
        if self._accepting:
            self._write(result)
            return
        self.result = result
        self.preview.show_mask(result.mask, result.mask_transform, result.crs_wkt)
        self.controller.dock.show_status(
            self.tr("Preview: score {score:.2f}; Enter accepts, Esc cancels").format(score=result.score)
        )
        self.previewed.emit(result)

    def _failed(self, message: str) -> None:
        self._accepting = False
        if self._ended():
            self.controller.dock.show_status(message)

    def accept(self) -> None:
        """Ask for the polygons of the previewed marks; they go into the feature being refined, or into a
        new layer, and the session ends."""
        if self.task is not None or self.render_job is not None or self._stale:
            self.controller.dock.show_status(
                self.tr("Still segmenting the last click; accept when it shows.")
            )
            return
        if self.result is None or not self.result.mask.any():
            self.controller.dock.show_status(self.tr("Nothing to accept: click on an object first."))
            return
        self._accepting = True
        self.controller.dock.show_status(self.tr("Writing the polygons…"))
        self._send(self._clicks(), preview=False)

    def _write(self, result: SegmentResult) -> None:
        self._accepting = False
        if not result.features:
            self.controller.dock.show_status(self.tr("Nothing to accept: click on an object first."))
            return
        if self.seed is not None:
            self.controller.replace_feature(*self.seed, result)
        else:
            self.controller.add_result(result, self.tr("Clicked objects"))
        self.end()

    def _tool_changed(self, tool, _previous=None) -> None:
        """Another map tool was chosen (pan, identify, a digitizing tool): the clicks end unwritten, as
        QGIS's own tools drop an edit in progress when another tool takes the canvas."""
        if tool is not self.tool:
            self.cancel()

    def cancel(self) -> None:
        self.controller.dock.show_status(self.tr("Refining cancelled; nothing was changed."))
        self.end()

    def end(self) -> None:
        if self.task is not None:
            for signal in (self.task.succeeded, self.task.failed, self.task.cancelled):
                signal.disconnect()
            self.task.cancel()
            self.task = None
        if self.render_job is not None:
            self.render_job.finished.disconnect()
            self.render_job.cancelWithoutBlocking()
            self.render_job = None
        if self.picture is not None:
            self.picture.remove()
        self.canvas.mapToolSet.disconnect(self._tool_changed)
        self.tool.clear()
        self.preview.clear()
        self.canvas.scene().removeItem(self.preview)
        if self.canvas.mapTool() is self.tool:
            self.canvas.unsetMapTool(self.tool)
        self.finished.emit()
