"""The plugin's Processing provider: its algorithms in the toolbox, batch mode, models and qgis_process."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..foundation.plugin_files import plugin_file
from .segment_raster import SegmentRasterByText


class RrsisProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "rrsis"

    def name(self) -> str:
        return QCoreApplication.translate("RrsisProvider", "Text segmentation (RRSIS)")

    def icon(self) -> QIcon:
        return QIcon(str(plugin_file("resources/icon.svg")))

    def loadAlgorithms(self) -> None:
        self.addAlgorithm(SegmentRasterByText())
