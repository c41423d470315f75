"""The panel's "Check with another model": the request that made a result of this session runs again
with a second model, in the model process (model_process/second_opinion.py), and the answer is
written into the result layer through its edit buffer, as one undo step: each polygon's
``agreement``, and the polygons only the second model found as unreviewed suggestions."""

from __future__ import annotations

from dataclasses import replace

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QObject

from ..foundation.messages import QT_TRANSLATE_NOOP, Message
from ..foundation.model_types import runs_the_program
from ..foundation.review_fields import AGREEMENT, REVIEW, SUGGESTED_BY, UNREVIEWED
from ..protocol.messages import SecondOpinionRequest, SecondOpinionResult, SegmentRequest
from .anchors import WithAnchors, anchor_sources
from .layers import REAL, TEXT
from .runtime import model_process, release_model_process
from .segment_task import SegmentTask

KEPT = 20  # results whose request is remembered: a rendered view's request holds its picture


class SecondOpinionRun:
    """A segmenter for a SegmentTask: runs the request with the second model in the model process and
    compares its polygons with ``polygons`` (WKT in ``crs_wkt``) there."""

    REQUESTER = QT_TRANSLATE_NOOP("messages", "the panel's check with another model")

    def __init__(self, polygons: tuple[str, ...], crs_wkt: str) -> None:
        self.polygons, self.crs_wkt = polygons, crs_wkt

    def run(self, request: SegmentRequest, progress=None, is_cancelled=None) -> SecondOpinionResult:
        asked = SecondOpinionRequest(request, self.polygons, self.crs_wkt)
        return model_process().request(asked, progress, is_cancelled, requester=Message(self.REQUESTER))


class SecondOpinions(QObject):
    """Remembers the request behind each result layer the panel adds, and checks a result with another
    model on request (one check at a time)."""

    def __init__(self, controller) -> None:
        super().__init__(controller)
        self.controller = controller
        self.made_by: dict[str, SegmentRequest] = {}  # result layer id -> the request that made it
        self.task: SegmentTask | None = None
        self.checked: tuple[str, list[int]] | None = None  # the running check's layer id and feature ids

    def remember(self, layer_id: str, request: SegmentRequest) -> None:
        self.made_by[layer_id] = request
        while len(self.made_by) > KEPT:
            del self.made_by[next(iter(self.made_by))]

    def check(self, layer_id: str, model: str) -> None:
        """Run ``model`` on the view and expression that made the result layer ``layer_id``."""
        layer = QgsProject.instance().mapLayer(layer_id)
        made = self.made_by.get(layer_id)
        if layer is None:
            self._warn(self.tr("That result layer was removed from the project."))
            return
        if made is None or not made.expression:
            self._warn(
                self.tr(
                    "Only a described result segmented in this session can be checked: run the description "
                    "again, then check it."
                )
            )
            return
        if self.task is not None:
            self._warn(self.tr("A check with another model is under way; wait for it to end."))
            return
        features = list(layer.getFeatures())
        polygons = tuple(feature.geometry().asWkt() for feature in features)
        segmenter = SecondOpinionRun(polygons, layer.crs().toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED))
        request = replace(made, model=model, anchor_layers=())
        if runs_the_program(model):  # the project's layers that its anchors name, around the same view
            extent, crs = _view(made)
            sources = anchor_sources(made.expression, QgsProject.instance(), extent, crs)
            if sources:
                segmenter = WithAnchors(segmenter, sources)
        self.checked = (layer_id, [feature.id() for feature in features])
        self.task = SegmentTask(segmenter, request)
        self.task.progressed.connect(self._progress)
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self.controller.dock.show_status(
            self.tr("Checking '{layer}' with {model}…").format(layer=layer.name(), model=model)
        )
        QgsApplication.taskManager().addTask(self.task)

    def stop(self) -> None:
        """Plugin unload: stop a running check and wait for it; nothing is written."""
        if self.task is None:
            return
        for signal in (self.task.progressed, self.task.succeeded, self.task.failed, self.task.cancelled):
            signal.disconnect()
        self.task.cancel()
        self.task.waitForFinished(30000)
        self._done()

    def _progress(self, percent: int, message: str) -> None:
        self.controller.dock.progress_bar.setValue(percent)
        self.controller.dock.show_status(message)

    def _warn(self, message: str) -> None:
        self.controller.dock.show_status(message)
        self.controller.iface.messageBar().pushMessage(self.tr("Text segmentation"), message, Qgis.Warning, 8)

    def _done(self) -> tuple[str, list[int]]:
        checked, self.task, self.checked = self.checked, None, None
        if not self.controller.settings.keep_model_loaded:
            release_model_process()
        return checked

    def _failed(self, message: str) -> None:
        self._done()
        self._warn(message)

    def _cancelled(self) -> None:
        self._done()
        self.controller.dock.show_status(self.tr("Check cancelled; nothing was written."))

    def _succeeded(self, result: SecondOpinionResult) -> None:
        layer_id, feature_ids = self._done()
        layer = QgsProject.instance().mapLayer(layer_id)
        if layer is None:
            self._warn(self.tr("That result layer was removed from the project."))
            return
        if not write_opinion(
            layer, feature_ids, result, self.tr("Check with {model}").format(model=result.model)
        ):
            self._warn(
                self.tr("'{layer}' did not take the check; it is unchanged.").format(layer=layer.name())
            )
            return
        self.controller.iface.setActiveLayer(layer)  # QGIS's Undo (Ctrl+Z) acts on the active layer
        agreement = result.agreement
        message = self.tr(
            "Checked with {model}: agreement {mean:.2f} on average, {low} of {count} polygon(s) below 0.5; "
            "{suggested} suggestion(s) added. Ctrl+Z undoes it, Save Layer Edits keeps it."
        ).format(
            model=result.model,
            mean=sum(agreement) / len(agreement) if agreement else 0.0,
            low=sum(value < 0.5 for value in agreement),
            count=len(agreement),
            suggested=len(result.suggestions),
        )
        self.controller.dock.show_status(message)
        self.controller.iface.messageBar().pushMessage(self.tr("Text segmentation"), message, Qgis.Success, 8)


def write_opinion(layer, feature_ids: list[int], result: SecondOpinionResult, command: str) -> bool:
    """``agreement`` on the features ``feature_ids`` (those of them still in the layer) and the
    suggestions added, into the layer's edit buffer as one undo step named ``command`` (editing is
    started when needed and left on); False, with nothing changed, when the layer refuses any of it."""
    if not (layer.isEditable() or layer.startEditing()):
        return False
    layer.beginEditCommand(command)
    added = all(
        layer.fields().indexOf(name) >= 0 or layer.addAttribute(QgsField(name, kind))
        for name, kind in ((AGREEMENT, REAL), (REVIEW, TEXT), (SUGGESTED_BY, TEXT))
    )
    fields = layer.fields()
    at = fields.indexOf(AGREEMENT)
    changed = added and all(
        layer.changeAttributeValue(feature_id, at, value)
        for feature_id, value in zip(feature_ids, result.agreement, strict=True)
        if layer.getFeature(feature_id).isValid()
    )
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem.fromWkt(result.crs_wkt), layer.crs(), QgsProject.instance()
    )
    suggestions = []
    for suggested in result.suggestions:
        values = {
            **suggested.attributes(),
            AGREEMENT: 0.0,
            REVIEW: UNREVIEWED,
            SUGGESTED_BY: result.model,
        }
        feature = QgsFeature(fields)
        geometry = QgsGeometry.fromWkt(suggested.wkt)
        geometry.transform(transform)
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        for name, value in values.items():
            if fields.indexOf(name) >= 0:
                feature[name] = value
        suggestions.append(feature)
    if not (changed and (not suggestions or layer.addFeatures(suggestions))):
        layer.destroyEditCommand()  # nothing of it stays in the buffer
        return False
    layer.endEditCommand()
    layer.triggerRepaint()
    return True


def _view(request: SegmentRequest) -> tuple[QgsRectangle, QgsCoordinateReferenceSystem]:
    """The extent a request's view covers, and its CRS."""
    if request.rendered is not None:
        view = request.rendered
        return QgsRectangle(*view.bounds), QgsCoordinateReferenceSystem.fromWkt(view.crs_wkt)
    raster = QgsRasterLayer(request.raster_path, "", "gdal")
    crs = raster.crs()
    if request.bounds_crs:
        crs = QgsCoordinateReferenceSystem()
        crs.createFromUserInput(request.bounds_crs)
    return (QgsRectangle(*request.bounds) if request.bounds else raster.extent()), crs
