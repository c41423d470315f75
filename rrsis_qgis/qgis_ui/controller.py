"""SegmentController: turns dock requests into segmentation tasks and their results into layers (GUI
thread)."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QFileDialog

from ..client.process import RemoteSegmenter
from ..foundation.model_types import runs_the_program
from ..protocol.messages import SegmentRequest, SegmentResult, check_expression
from ..referring.parse import parse_expression
from .anchors import RESULT_PROPERTY, WithAnchors, anchor_sources
from .canvas import build_request, check_layer, is_file_backed, render_job, rendered_view
from .dock import PanelRequest
from .installer import InstallerDialog
from .layers import (
    accepted_polygons,
    export_layer,
    result_fields,
    result_layer,
    store_in_geopackage,
    traced_outlines_layer,
)
from .messages import error_text, translated
from .refine import RefineSession
from .review import ReviewSession, is_result_layer
from .runtime import close_model_process, model_process, release_model_process
from .second_opinion import SecondOpinions
from .segment_task import SegmentTask
from .settings import RrsisSettings, checkpoint_label
from .settings_dialog import SettingsDialog

EXPORT_FILTERS = "ESRI Shapefile (*.shp);;GeoPackage (*.gpkg);;GeoJSON (*.geojson)"


class SegmentController(QObject):
    """One task at a time; the dock shows progress; results become layers and history rows.

    The latest request wins: a new one while a run is in flight cancels that run, drops whatever it
    still delivers, and starts as soon as it has stopped."""

    def __init__(self, iface, dock) -> None:
        super().__init__(dock)
        self.iface = iface
        self.dock = dock
        self.segmenter = RemoteSegmenter(model_process)  # runs in the model process
        self.task: SegmentTask | None = None
        self.render_job = None  # a QgsMapRendererParallelJob while a non-file layer is being rendered
        self.last_timings_ms: dict[str, float] = {}  # stages of the last run that added a layer
        self.settings = RrsisSettings()
        self.run_settings = self.settings.run_settings
        self.current_request_id = 0  # the request whose result is wanted; older ones are dropped
        self.pending: PanelRequest | None = None  # the request that starts once the running one stopped
        self.refine_session: RefineSession | None = None  # clicks on the map, while the analyst makes them
        self.second_opinions = SecondOpinions(self)  # results checked with another model
        self.review_session: ReviewSession | None = None  # a result layer's polygons, decided one by one
        for folder in self.settings.checkpoint_folders:
            dock.add_model(checkpoint_label(folder), folder)
        dock.select_model(self.settings.last_model)
        dock.segmentRequested.connect(self.segment)
        dock.cancelRequested.connect(self.cancel)
        dock.zoomRequested.connect(self.zoom_to)
        dock.exportRequested.connect(self.ask_export)
        dock.addCheckpointRequested.connect(self.ask_checkpoint_folder)
        dock.settingsRequested.connect(self.open_settings)
        dock.installRequested.connect(self.open_installer)
        dock.refineRequested.connect(self.refine)
        dock.secondOpinionRequested.connect(self.second_opinions.check)
        dock.reviewRequested.connect(self.review)

    def segment(self, request: PanelRequest) -> None:
        self.current_request_id = request.request_id
        if self.busy:  # latest wins: stop the running request, then start this one
            self.pending = request
            self._stop_running()
            self.dock.show_status(
                self.tr("Stopping the previous run; '{expression}' follows…").format(
                    expression=request.expression
                )
            )
            if not self.busy:  # only a rendering was under way: it stopped at once
                self._start_pending()
            return
        self._begin(request)

    def _begin(self, request: PanelRequest) -> None:
        layer = QgsProject.instance().mapLayer(request.layer_id)
        canvas = self.iface.mapCanvas()
        try:
            if is_file_backed(layer):
                self._start(build_request(layer, canvas, request, self.run_settings))
                return
            check_layer(layer)
            expression = check_expression(request.expression)
        except ValueError as error:
            self._warn(error_text(error))
            return
        # A web or virtual layer: render what is visible (asynchronously), then segment that picture.
        self.dock.set_busy(True)
        self.dock.show_status(self.tr("Rendering '{layer}'…").format(layer=layer.name()))
        self.render_job = render_job(layer, canvas)
        self.render_job.finished.connect(lambda: self._rendered(expression, request))
        self.render_job.start()

    def _start_pending(self) -> None:
        request, self.pending = self.pending, None
        if request is not None:
            self._begin(request)

    @property
    def busy(self) -> bool:
        return self.task is not None or self.render_job is not None

    def _rendered(self, expression: str, request: PanelRequest) -> None:
        view = rendered_view(self.render_job)
        self.render_job = None
        raster_path = ""  # nothing to read: the picture travels with the request
        self._start(
            SegmentRequest(
                raster_path,
                expression,
                request.model,
                settings=self.run_settings,
                rendered=view,
                request_id=request.request_id,
            )
        )

    def _start(self, request: SegmentRequest) -> None:
        segmenter = self.segmenter
        if runs_the_program(request.model):  # a trained model reads the sentence whole: no anchors
            if request.expression:  # the reading the panel shows is the one that runs
                request = replace(request, program=parse_expression(request.expression).as_json())
            canvas = self.iface.mapCanvas()
            extent, crs = canvas.extent(), canvas.mapSettings().destinationCrs()
            sources = anchor_sources(request.expression, QgsProject.instance(), extent, crs)
            if sources:  # their features are read in the task's thread, never here
                segmenter = WithAnchors(segmenter, sources)
        self.settings.last_model = request.model
        self.task = SegmentTask(segmenter, request)
        self.task.progressed.connect(self._on_progress)
        self.task.succeeded.connect(self._on_finished)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(self._on_cancelled)
        self.dock.set_busy(True)
        self.dock.show_status(self.tr("Segmenting '{expression}'…").format(expression=request.expression))
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self) -> None:
        self.pending = None
        if not self.busy:
            return
        self._stop_running()
        if self.task is not None:
            self.dock.show_status(self.tr("Cancelling after the current step…"))
        else:  # only a rendering was under way: it stopped at once
            self.dock.set_busy(False)
            self.dock.show_status(self.tr("Cancelled; nothing was added."))

    def _stop_running(self) -> None:
        if self.render_job is not None:
            self._stop_render()
        if self.task is not None:
            self.task.cancel()

    def _stop_render(self) -> None:
        self.render_job.finished.disconnect()
        self.render_job.cancelWithoutBlocking()
        self.render_job = None

    def shutdown(self) -> None:
        """Plugin unload: stop a running task, wait for it, and free the model's memory."""
        self.pending = None
        self.second_opinions.stop()
        if self.review_session is not None:
            self.review_session.stop()
        if self.refine_session is not None:
            self.refine_session.end()
        self._stop_running()
        if self.task is not None:
            for signal in (self.task.progressed, self.task.succeeded, self.task.failed, self.task.cancelled):
                signal.disconnect()  # its last word, still queued, must not reach a panel being removed
            self.task.waitForFinished(30000)
            self.task = None
        close_model_process()  # never raises, even when the chosen environment has no Python

    def _on_progress(self, percent: int, message: str) -> None:
        self.dock.progress_bar.setValue(percent)
        self.dock.show_status(message)

    def _done(self) -> bool:
        """Clean up after the task (the task manager deletes it); True when its request is still the one
        wanted. A superseded request's outcome is dropped and the waiting request starts."""
        current = self.task.request.request_id == self.current_request_id
        self.task = None
        if not self.settings.keep_model_loaded:
            release_model_process()  # all its memory, the GPU's included, goes back once no run uses it
        self.dock.set_busy(False)
        if not current:
            self._start_pending()
        return current

    def open_installer(self) -> None:
        dialog = InstallerDialog(self.dock)
        dialog.installed.connect(self.dock.refresh_dependencies)
        dialog.exec()

    def open_settings(self) -> None:
        if SettingsDialog(self.settings, self.dock).exec():
            self.apply_settings()

    def apply_settings(self) -> None:
        """Take the stored settings into use: settings of the next run, model list, default model, and
        the model environment checked again (another one may have been chosen)."""
        self.run_settings = self.settings.run_settings
        self.dock.refresh_dependencies()
        self.dock.set_checkpoint_models([(checkpoint_label(f), f) for f in self.settings.checkpoint_folders])
        if self.settings.last_model:
            self.dock.select_model(self.settings.last_model)

    def _on_finished(self, result: SegmentResult) -> None:
        request = self.task.request
        if not self._done():
            return
        if not result.features:  # with the condition no candidate met ("no 'car' is red"), when one was
            message = self.tr("Nothing found for '{expression}'.").format(expression=result.expression)
            notes = "; ".join(translated(note) for note in result.notes)
            self._warn(f"{message} - {notes}" if notes else message)
            return
        self.second_opinions.remember(self.add_result(result).id(), request)  # to check it on the same view

    def add_result(self, result: SegmentResult, name: str | None = None) -> QgsVectorLayer:
        """The result as a layer of the project (``name``, else its expression) and a history row; the
        layer back."""
        project = QgsProject.instance()
        start = time.perf_counter()
        layer = result_layer(result, project, name)
        if self.settings.output_geopackage:
            try:
                layer = store_in_geopackage(layer, self.settings.output_geopackage, project)
            except OSError as error:
                self._warn(self.tr("{reason}; the result stays in a temporary layer").format(reason=error))
        notes = [translated(note) for note in result.notes]
        metadata = layer.metadata()  # the layer keeps how it was made (Layer Properties ▸ Metadata)
        metadata.setAbstract("\n".join([result.expression, *notes]))
        layer.setMetadata(metadata)
        layer.setCustomProperty(RESULT_PROPERTY, result.expression)  # never an anchor for a later run
        traced = traced_outlines_layer(result, project, layer.name())
        if traced is not None:  # shaped outlines: the traced ones beside them, hidden, never lost
            traced.setCustomProperty(RESULT_PROPERTY, result.expression)
            project.addMapLayer(traced)
            project.layerTreeRoot().findLayer(traced.id()).setItemVisibilityChecked(False)
        layer = project.addMapLayer(layer)
        self.last_timings_ms = {**result.timings_ms, "add layer": (time.perf_counter() - start) * 1e3}
        total_ms = sum(self.last_timings_ms.values())
        described = result.expression or layer.name()  # clicks alone have no expression
        self.dock.add_history(result.expression, layer.id(), layer.name(), result.score, total_ms)
        notes = "; ".join(notes)
        message = self.tr("{count} polygon(s) for '{expression}' (score {score:.2f}, {ms:.0f} ms)").format(
            count=len(result.features), expression=described, score=result.score, ms=total_ms
        )
        if notes:
            message += f" - {notes}"
        self.dock.show_status(message)
        level = Qgis.Info if notes else Qgis.Success  # downsampled or CPU fallback: worth knowing
        self.iface.messageBar().pushMessage(self.tr("Text segmentation"), message, level, 5)
        return layer

    # ---- corrections by hand ------------------------------------------------------------------------

    def refine(self, request: PanelRequest) -> None:
        """Start clicking on the map: on the feature selected in ``request.result_layer_id``'s layer (or
        its only feature), else on nothing (segment what is clicked). A second call ends the session."""
        if self.refine_session is not None:
            self.refine_session.cancel()
            return
        raster = QgsProject.instance().mapLayer(request.layer_id)
        seed = None
        results = QgsProject.instance().mapLayer(request.result_layer_id) if request.result_layer_id else None
        if results is not None:
            chosen = results.selectedFeatureIds()
            if not chosen and results.featureCount() == 1:  # a layer of one result: that one
                chosen = [next(results.getFeatures()).id()]
            if len(chosen) == 1:
                seed = (results, chosen[0])
        self._start_refine(raster, request.model, seed)

    def refine_feature(self, layer, feature_id: int) -> RefineSession | None:
        """Clicks that correct one feature of a result layer (the review's Refine), on the panel's raster
        with the panel's model; None when they cannot start."""
        if self.refine_session is not None:
            self.refine_session.cancel()
        raster = self.dock.layer_combo.currentLayer()
        return self._start_refine(raster, self.dock.model_combo.currentData(), (layer, feature_id))

    def _start_refine(self, raster, model: str, seed) -> RefineSession | None:
        try:
            check_layer(raster)  # a layer without a file (XYZ, WMS) is rendered once per view by the session
        except ValueError as error:
            self._warn(error_text(error))
            self.dock.set_refining(False)
            return None
        self.refine_session = RefineSession(self, raster, model, seed)
        self.refine_session.finished.connect(self._refine_ended)
        self.dock.set_refining(True)
        self.dock.show_status(self.refine_session.status())
        return self.refine_session

    def _refine_ended(self) -> None:
        self.refine_session = None
        self.dock.set_refining(False)

    # ---- review -------------------------------------------------------------------------------------

    def review(self, layer_id: str) -> None:
        """Review a result layer (the history row's, else the active layer) polygon by polygon; a review
        already under way ends first."""
        layer = QgsProject.instance().mapLayer(layer_id) if layer_id else self.iface.activeLayer()
        if not is_result_layer(layer):
            self._warn(
                self.tr(
                    "Select a result in the list, or make a layer of results the active layer, to review it."
                )
            )
            return
        if not layer.featureCount():
            self._warn(self.tr("'{layer}' has no polygons to review.").format(layer=layer.name()))
            return
        if self.review_session is not None:
            self.review_session.stop()
        self.review_session = ReviewSession(self, layer)
        self.review_session.finished.connect(self._review_ended)
        self.dock.show_status(
            self.tr("Reviewing '{layer}': A accepts, R rejects, F refines, N and P move, S skips.").format(
                layer=layer.name()
            )
        )

    def _review_ended(self) -> None:
        self.review_session = None

    def replace_feature(self, layer, feature_id: int, result: SegmentResult) -> None:
        """The refined feature gets the clicks' polygons (one multipolygon), their score, area and time;
        its expression and model stay, and ``prompt`` says it was refined by hand.

        Written as QGIS's own editing tools write: into the layer's edit buffer as one undo step, the
        layer left in editing mode (it is started when needed) and made the active layer, so that Ctrl+Z
        undoes the refinement and Save Layer Edits keeps it."""
        transform = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem.fromWkt(result.crs_wkt), layer.crs(), QgsProject.instance()
        )
        parts = [QgsGeometry.fromWkt(feature.wkt) for feature in result.features]
        geometry = QgsGeometry.unaryUnion(parts)
        geometry.transform(transform)
        geometry.convertToMultiType()
        if not (layer.isEditable() or layer.startEditing()):
            self._warn(
                self.tr("'{layer}' cannot be edited, so the refinement was not written.").format(
                    layer=layer.name()
                )
            )
            return
        layer.beginEditCommand(self.tr("Refine by hand"))
        added = layer.fields().indexOf("prompt") >= 0 or layer.addAttribute(result_fields().field("prompt"))
        values = {
            "score": result.score,
            "area_m2": round(sum(feature.area_m2 for feature in result.features), 4),
            "created": result.features[0].created,
            "prompt": "text + clicks",
        }
        fields = layer.fields()
        if not (
            added
            and layer.changeGeometry(feature_id, geometry)
            and layer.changeAttributeValues(feature_id, {fields.indexOf(k): v for k, v in values.items()})
        ):
            layer.destroyEditCommand()  # nothing of it stays in the buffer
            self._warn(
                self.tr("'{layer}' did not take the refinement; it is unchanged.").format(layer=layer.name())
            )
            return
        layer.endEditCommand()
        layer.triggerRepaint()
        self.iface.setActiveLayer(layer)  # QGIS's Undo (Ctrl+Z) acts on the active layer
        message = self.tr(
            "The result in '{layer}' was refined by hand: Ctrl+Z undoes it, Save Layer Edits keeps it."
        ).format(layer=layer.name())
        self.dock.show_status(message)
        self.iface.messageBar().pushMessage(self.tr("Text segmentation"), message, Qgis.Success, 5)

    def _on_failed(self, message: str) -> None:
        if not self._done():
            return
        self.dock.progress_bar.setValue(0)
        self._warn(message)

    def _on_cancelled(self) -> None:
        if not self._done():
            return
        self.dock.progress_bar.setValue(0)
        self.dock.show_status(self.tr("Cancelled; nothing was added."))

    def _warn(self, message: str) -> None:
        self.dock.show_status(message)
        self.iface.messageBar().pushMessage(self.tr("Text segmentation"), message, Qgis.Warning, 8)

    def zoom_to(self, layer_id: str) -> None:
        layer = QgsProject.instance().mapLayer(layer_id)
        if layer is None:
            self._warn(self.tr("That result layer was removed from the project."))
            return
        canvas = self.iface.mapCanvas()
        canvas.setExtent(canvas.mapSettings().layerExtentToOutputExtent(layer, layer.extent()))
        canvas.refresh()

    def ask_checkpoint_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.dock, self.tr("Choose a checkpoint folder (with config.json)")
        )
        if folder:
            self.add_checkpoint_folder(folder)

    def add_checkpoint_folder(self, folder: str) -> bool:
        """Remember a trained checkpoint folder and offer it in the model list."""
        if not (Path(folder) / "config.json").is_file():
            self._warn(
                self.tr("{folder} is not a checkpoint folder: it has no config.json").format(folder=folder)
            )
            return False
        self.settings.add_checkpoint_folder(folder)
        self.dock.add_model(checkpoint_label(folder), folder)
        return True

    def ask_export(self, layer_id: str) -> None:
        layer = QgsProject.instance().mapLayer(layer_id)
        if layer is None:
            self._warn(self.tr("That result layer was removed from the project."))
            return
        path, _ = QFileDialog.getSaveFileName(
            self.dock, self.tr("Export result"), layer.name(), EXPORT_FILTERS
        )
        if path:  # the file dialog already asked about replacing
            self.export(
                layer_id, path, overwrite=True, accepted_only=self.dock.accepted_only_check.isChecked()
            )

    def export(self, layer_id: str, path: str, overwrite: bool = False, accepted_only: bool = False) -> bool:
        """Write the result layer (its edits not yet saved included), or only the polygons accepted in a
        review."""
        layer = QgsProject.instance().mapLayer(layer_id)
        if accepted_only:
            name, layer = layer.name(), accepted_polygons(layer)
            if not layer.featureCount():
                self._warn(
                    self.tr(
                        "No polygon of '{layer}' is accepted: review it first, or export them all."
                    ).format(layer=name)
                )
                return False
        try:
            notes = export_layer(layer, path, overwrite=overwrite)
        except (OSError, ValueError) as error:
            self._warn(self.tr("Export failed: {reason}").format(reason=error))
            return False
        message = self.tr("Saved {path}").format(path=path)
        if notes:
            message += " - " + "; ".join(notes)
        self.dock.show_status(message)
        self.iface.messageBar().pushMessage(
            self.tr("Text segmentation"), message, Qgis.Warning if notes else Qgis.Success, 8
        )
        return True
