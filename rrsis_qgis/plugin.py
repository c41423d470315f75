"""RrsisPlugin: wires the dock into QGIS (toolbar button, Raster menu entries, Processing, translations).

The panel (and with it numpy and the segmentation core) is built the first time it is opened, so QGIS
starts as fast with the plugin as without it."""

from __future__ import annotations

import sys

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon

try:  # Qt6 (QGIS 4) has QAction in QtGui
    from qgis.PyQt.QtGui import QAction
except ImportError:  # Qt5 (QGIS 3) in QtWidgets
    from qgis.PyQt.QtWidgets import QAction

from .foundation.plugin_files import plugin_file
from .processing.provider import RrsisProvider

REFINE_SHORTCUT = "Ctrl+Alt+R"


def menu_name() -> str:
    return QCoreApplication.translate("RrsisPlugin", "Text Segmentation (RRSIS)")


class RrsisPlugin:
    """Created by QGIS through ``classFactory``; ``initGui`` / ``unload`` may run several times."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.translator: QTranslator | None = None
        self.toggle_action: QAction | None = None
        self.settings_action: QAction | None = None
        self.refine_action: QAction | None = None
        self.dock = None  # SegmentDock, once opened
        self.controller = None  # SegmentController, with the dock
        self.provider: RrsisProvider | None = None

    def initProcessing(self) -> None:
        """Called by QGIS (also by qgis_process, without a GUI) to register the Processing algorithms."""
        if self.provider is None:
            self.provider = RrsisProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:
        self._install_translator()
        self.initProcessing()
        main_window = self.iface.mainWindow()
        self.toggle_action = QAction(QIcon(str(plugin_file("resources/icon.svg"))), menu_name(), main_window)
        self.toggle_action.setObjectName("RrsisToggleDock")
        self.toggle_action.setCheckable(True)
        self.toggle_action.setToolTip(
            QCoreApplication.translate("RrsisPlugin", "Segment objects in a raster from a text description")
        )
        self.toggle_action.toggled.connect(self.show_panel)
        self.iface.addToolBarIcon(self.toggle_action)
        self.iface.addPluginToRasterMenu(menu_name(), self.toggle_action)
        self.settings_action = QAction(QCoreApplication.translate("RrsisPlugin", "Settings…"), main_window)
        self.settings_action.setObjectName("RrsisSettings")
        self.settings_action.triggered.connect(self.open_settings)
        self.iface.addPluginToRasterMenu(menu_name(), self.settings_action)
        self.refine_action = QAction(
            QgsApplication.getThemeIcon("/mActionCapturePoint.svg"),
            QCoreApplication.translate("RrsisPlugin", "Refine with clicks on the map"),
            main_window,
        )
        self.refine_action.setObjectName("RrsisRefine")
        self.refine_action.triggered.connect(self.refine)
        self.refine_action.setShortcut(REFINE_SHORTCUT)
        # Listed in Settings ▸ Keyboard Shortcuts, where the analyst can choose another.
        self.iface.registerMainWindowAction(self.refine_action, REFINE_SHORTCUT)
        self.iface.addToolBarIcon(self.refine_action)
        self.iface.addPluginToRasterMenu(menu_name(), self.refine_action)

    def refine(self) -> None:
        """Start or end clicks on the map (the panel's Refine button), opening the panel if needed."""
        self.show_panel(True)
        self.dock.request_refine()

    def show_panel(self, visible: bool = True) -> None:
        if visible or self.dock is not None:
            self._build_panel()
            self.dock.setUserVisible(visible)

    def open_settings(self) -> None:
        self._build_panel()
        self.controller.open_settings()

    def _build_panel(self) -> None:
        """The dock and its controller, on first use."""
        if self.dock is None:
            from .qgis_ui.controller import SegmentController
            from .qgis_ui.dock import SegmentDock

            self.dock = SegmentDock(self.iface.mainWindow())
            self.controller = SegmentController(self.iface, self.dock)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.hide()
            self.dock.visibilityChanged.connect(self.toggle_action.setChecked)

    def unload(self) -> None:
        if self.toggle_action is not None:
            self.iface.removePluginRasterMenu(menu_name(), self.toggle_action)
            self.iface.removeToolBarIcon(self.toggle_action)
            self.toggle_action.deleteLater()
            self.toggle_action = None
        if self.settings_action is not None:
            self.iface.removePluginRasterMenu(menu_name(), self.settings_action)
            self.settings_action.deleteLater()
            self.settings_action = None
        if self.refine_action is not None:
            self.iface.unregisterMainWindowAction(self.refine_action)
            self.iface.removeToolBarIcon(self.refine_action)
            self.iface.removePluginRasterMenu(menu_name(), self.refine_action)
            self.refine_action.deleteLater()
            self.refine_action = None
        if self.controller is not None:
            self.controller.shutdown()
            self.controller = None
        runtime = sys.modules.get(f"{__package__}.qgis_ui.runtime")
        if runtime is not None:  # a model process was ever asked for (panel or Processing): end it
            runtime.close_model_process()
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

    def _install_translator(self) -> None:
        """Load i18n/rrsis_qgis_<lang>.qm for QGIS's UI language, when such a file is shipped."""
        language = QgsApplication.locale()[:2]
        try:
            qm_file = plugin_file(f"i18n/rrsis_qgis_{language}.qm")
        except FileNotFoundError:
            return
        self.translator = QTranslator()
        if self.translator.load(str(qm_file)):
            QCoreApplication.installTranslator(self.translator)
        else:
            self.translator = None
