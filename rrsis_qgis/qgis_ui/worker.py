"""SegmentWorker: runs one SegmentRequest on a QThread (which waits on the model process); only plain
data goes in and out."""

from __future__ import annotations

import traceback

from qgis.core import Qgis, QgsMessageLog
from qgis.PyQt.QtCore import QThread, pyqtSignal

from ..core.segmentation import Cancelled, SegmentRequest
from ..foundation.errors import RrsisError
from .messages import error_text, translated
from .settings import LOG_TAG


class SegmentWorker(QThread):
    """Emits ``progress(percent, message)`` while it runs, then exactly one of ``finished(result)``,
    ``failed(message)`` or ``cancelled()``. It never touches a widget or a QGIS layer."""

    progress = pyqtSignal(int, str)
    finished = pyqtSignal(object)  # SegmentationResult
    failed = pyqtSignal(str)
    cancelled = pyqtSignal()

    def __init__(self, segmenter, request: SegmentRequest, parent=None) -> None:
        super().__init__(parent)
        self.segmenter = segmenter
        self.request = request
        self._cancel_requested = False

    def cancel(self) -> None:
        """Stop at the next stage boundary; the result of this run is then discarded."""
        self._cancel_requested = True

    def run(self) -> None:
        try:
            result = self.segmenter.run(
                self.request,
                lambda percent, message: self.progress.emit(percent, translated(message)),
                lambda: self._cancel_requested,
            )
        except Cancelled:
            self.cancelled.emit()
        except (RrsisError, ValueError, OSError) as error:
            self.failed.emit(error_text(error))
        except Exception:  # the GUI must hear about anything, never a silent dead thread
            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.Critical)
            self.failed.emit(
                self.tr(
                    "The model stopped with an unexpected error, so nothing was added. The details are in "
                    "the log (View ▸ Panels ▸ Log Messages, tab {tag}); another model or checkpoint may "
                    "work."
                ).format(tag=LOG_TAG)
            )
        else:
            if self._cancel_requested:
                self.cancelled.emit()
            else:
                self.finished.emit(result)
