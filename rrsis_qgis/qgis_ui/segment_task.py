"""SegmentTask: one panel run as a QGIS task. It shows in QGIS's task manager with its progress and can be
cancelled there, and QGIS warns before closing while one runs. Only plain data goes in and out."""

from __future__ import annotations

import traceback

from qgis.core import Qgis, QgsMessageLog, QgsTask
from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal

from ..foundation.errors import Cancelled, RrsisError
from ..protocol.messages import SegmentRequest
from .messages import error_text, translated
from .settings import LOG_TAG


class SegmentTask(QgsTask):
    """``run`` waits on the model process in QGIS's task thread and emits ``progressed(percent,
    message)``; then, on the GUI thread, exactly one of ``succeeded(result)``, ``failed(message)`` or
    ``cancelled()``. It never touches a widget or a QGIS layer."""

    progressed = pyqtSignal(int, str)
    succeeded = pyqtSignal(object)  # SegmentResult
    failed = pyqtSignal(str)
    cancelled = pyqtSignal()

    def __init__(self, segmenter, request: SegmentRequest) -> None:
        if request.expression:
            description = QCoreApplication.translate("SegmentTask", "Segmenting '{expression}'").format(
                expression=request.expression
            )
        else:
            description = QCoreApplication.translate("SegmentTask", "Segmenting what was clicked")
        super().__init__(description, QgsTask.CanCancel)
        self.segmenter = segmenter
        self.request = request
        self.result = None
        self.error: str | None = None

    def run(self) -> bool:
        try:
            self.result = self.segmenter.run(self.request, self._progress, self.isCanceled)
        except Cancelled:
            return False
        except (RrsisError, ValueError, OSError) as error:
            self.error = error_text(error)
            return False
        except Exception:  # the GUI must hear about anything, never a silent dead task
            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.Critical)
            self.error = QCoreApplication.translate(
                "SegmentTask",
                "The model stopped with an unexpected error, so nothing was added. The details are in the "
                "log (View ▸ Panels ▸ Log Messages, tab {tag}); another model or checkpoint may work.",
            ).format(tag=LOG_TAG)
            return False
        return not self.isCanceled()

    def _progress(self, percent: int, message: str) -> None:
        self.setProgress(percent)
        self.progressed.emit(percent, translated(message))

    def finished(self, succeeded: bool) -> None:
        """Called by the task manager on the GUI thread."""
        if succeeded:
            self.succeeded.emit(self.result)
        elif self.error is not None:
            self.failed.emit(self.error)
        else:
            self.cancelled.emit()
