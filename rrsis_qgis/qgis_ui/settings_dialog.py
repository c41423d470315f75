"""The plugin's settings dialog (Plugins / Raster menu and the panel's Settings… button)."""

from __future__ import annotations

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QThread, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..foundation.errors import ModelProcessFailed
from ..foundation.model_catalog import CATALOG
from ..foundation.run_settings import RunSettings
from .runtime import current_runtime, describe_runtime, runtime_label
from .settings import RrsisSettings, checkpoint_label

RUNNING: set = set()  # probes still asking, referenced until they end


class RuntimeProbe(QThread):
    """Asks an environment for its Python, torch and devices; ``described(text)`` when it answered.
    A probe outlives a dialog closed before the answer: it is kept in RUNNING until it ends."""

    described = pyqtSignal(str)

    def __init__(self, folder: str) -> None:
        super().__init__()
        self.folder = folder

    def run(self) -> None:
        try:
            text = describe_runtime(current_runtime(self.folder))
        except ModelProcessFailed as error:
            text = str(error)
        self.described.emit(text)


class SettingsDialog(QDialog):
    """Edits RrsisSettings; nothing is stored until OK."""

    def __init__(self, settings: RrsisSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Text Segmentation settings"))
        self.settings = settings
        run = settings.run_settings

        self.device_combo = QComboBox()
        for label, value in (
            (self.tr("Automatic (CUDA GPU, then Apple GPU, then CPU)"), "auto"),
            (self.tr("CUDA GPU"), "cuda"),
            (self.tr("Apple GPU (MPS)"), "mps"),
            (self.tr("CPU"), "cpu"),
        ):
            self.device_combo.addItem(label, value)
        self.device_combo.setCurrentIndex(max(0, self.device_combo.findData(run.device)))

        self.precision_combo = QComboBox()
        self.precision_combo.addItem(self.tr("Automatic (bfloat16 on a CUDA GPU)"), "auto")
        self.precision_combo.addItem(self.tr("float32 everywhere (slower, exact)"), "float32")
        self.precision_combo.addItem(self.tr("bfloat16 everywhere (less memory)"), "bfloat16")
        self.precision_combo.setCurrentIndex(max(0, self.precision_combo.findData(run.precision)))

        self.folder_list = QListWidget()
        self.folder_list.addItems(settings.checkpoint_folders)
        add_folder = QPushButton(self.tr("Add…"))
        add_folder.clicked.connect(self._add_folder)
        remove_folder = QPushButton(self.tr("Remove"))
        remove_folder.clicked.connect(lambda: self.folder_list.takeItem(self.folder_list.currentRow()))
        folder_buttons = QVBoxLayout()
        folder_buttons.addWidget(add_folder)
        folder_buttons.addWidget(remove_folder)
        folder_buttons.addStretch(1)
        folders = QHBoxLayout()
        folders.addWidget(self.folder_list, 1)
        folders.addLayout(folder_buttons)

        self.model_combo = QComboBox()
        self._fill_models(settings.last_model)
        self.folder_list.model().rowsInserted.connect(lambda *_: self._fill_models(self.default_model()))
        self.folder_list.model().rowsRemoved.connect(lambda *_: self._fill_models(self.default_model()))

        self.size_limit = QSpinBox()
        self.size_limit.setRange(1, 400)
        self.size_limit.setSuffix(self.tr(" megapixels"))
        self.size_limit.setValue(max(1, round(run.max_pixels / 1e6)))
        self.size_limit.setToolTip(self.tr("Larger views are read at a lower resolution (with a notice)"))

        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setValue(run.threshold)

        self.min_pixels = QSpinBox()
        self.min_pixels.setRange(0, 1_000_000)
        self.min_pixels.setSuffix(self.tr(" pixels"))
        self.min_pixels.setValue(run.min_pixels)

        self.simplify = QDoubleSpinBox()
        self.simplify.setRange(0.0, 100.0)
        self.simplify.setSuffix(self.tr(" pixels"))
        self.simplify.setValue(run.simplify_pixels)

        self.regularize = QCheckBox(self.tr("Outlines that look like the objects"))
        self.regularize.setToolTip(
            self.tr(
                "Right-angled buildings, round tanks, smooth ponds and fields, from what the description "
                "asks for; the traced outlines are kept beside them"
            )
        )
        self.regularize.setChecked(run.regularize)
        self.tolerance = QDoubleSpinBox()
        self.tolerance.setRange(0.01, 1000.0)
        self.tolerance.setSuffix(self.tr(" m on the ground"))
        self.tolerance.setValue(run.tolerance_m)
        self.tolerance.setEnabled(run.regularize)
        self.regularize.toggled.connect(self.tolerance.setEnabled)

        self.output = QgsFileWidget()
        self.output.setStorageMode(QgsFileWidget.SaveFile)
        self.output.setFilter(self.tr("GeoPackage (*.gpkg)"))
        self.output.setFilePath(settings.output_geopackage)
        self.output.setToolTip(self.tr("Empty: results go to temporary layers in the project"))

        self.keep_loaded = QCheckBox(self.tr("Keep the model in memory between runs"))
        self.keep_loaded.setChecked(settings.keep_model_loaded)

        # Where the models run: the environment the installer makes, or one chosen here.
        self.runtime_folder = settings.runtime_folder
        self.runtime_label = QLabel()
        self.runtime_label.setWordWrap(True)
        self.runtime_versions = QLabel()
        self.runtime_versions.setWordWrap(True)
        choose_runtime = QPushButton(self.tr("Choose environment…"))
        choose_runtime.setToolTip(self.tr("A virtual or conda environment that has the model packages"))
        choose_runtime.clicked.connect(self._choose_runtime)
        default_runtime = QPushButton(self.tr("Use the installer's environment"))
        default_runtime.clicked.connect(lambda: self.set_runtime_folder(""))
        self.reinstall_button = QPushButton(self.tr("Reinstall…"))
        self.reinstall_button.clicked.connect(self._reinstall)
        runtime_buttons = QHBoxLayout()
        for button in (choose_runtime, default_runtime, self.reinstall_button):
            runtime_buttons.addWidget(button)
        runtime_buttons.addStretch(1)
        runtime = QVBoxLayout()
        runtime.addWidget(self.runtime_label)
        runtime.addWidget(self.runtime_versions)
        runtime.addLayout(runtime_buttons)
        self.probes: list[RuntimeProbe] = []

        form = QFormLayout()
        form.addRow(self.tr("Device"), self.device_combo)
        form.addRow(self.tr("Precision"), self.precision_combo)
        form.addRow(self.tr("Default model"), self.model_combo)
        form.addRow(self.tr("Checkpoint folders"), folders)
        form.addRow(self.tr("Largest view read at full resolution"), self.size_limit)
        form.addRow(self.tr("Mask threshold"), self.threshold)
        form.addRow(self.tr("Smallest polygon"), self.min_pixels)
        form.addRow(self.tr("Simplification tolerance"), self.simplify)
        form.addRow("", self.regularize)
        form.addRow(self.tr("Their tolerance"), self.tolerance)
        form.addRow(self.tr("Save results in GeoPackage"), self.output)
        form.addRow("", self.keep_loaded)
        form.addRow(self.tr("Model environment"), runtime)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.set_runtime_folder(self.runtime_folder)

    def set_runtime_folder(self, folder: str) -> None:
        """Show ``folder`` ("" = the installer's) as the environment, and ask it for its versions."""
        self.runtime_folder = folder
        self.runtime_label.setText(runtime_label(folder))
        self.runtime_versions.setText(self.tr("Asking the environment for its versions…"))
        probe = RuntimeProbe(folder)
        probe.described.connect(lambda text: self._described(probe, text))
        probe.finished.connect(lambda: RUNNING.discard(probe))
        self.probes.append(probe)
        RUNNING.add(probe)
        probe.start()

    def _described(self, probe: RuntimeProbe, text: str) -> None:
        self.probes.remove(probe)
        if probe.folder == self.runtime_folder:  # not an answer about an environment left since
            self.runtime_versions.setText(text)

    def _choose_runtime(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder of a Python environment (venv or conda) with the model packages")
        )
        if folder:
            self.set_runtime_folder(folder)

    def _reinstall(self) -> None:
        from .installer import InstallerDialog

        InstallerDialog(self).exec()
        self.set_runtime_folder(self.runtime_folder)

    def done(self, result: int) -> None:
        for probe in self.probes:  # still asking: its answer has nowhere to go (closing does not wait)
            probe.described.disconnect()
        self.probes.clear()
        super().done(result)

    def folders(self) -> list[str]:
        return [self.folder_list.item(row).text() for row in range(self.folder_list.count())]

    def default_model(self) -> str:
        return self.model_combo.currentData() or ""

    def _fill_models(self, selected: str) -> None:
        self.model_combo.clear()
        for name in CATALOG:
            self.model_combo.addItem(name, name)
        for folder in self.folders():
            self.model_combo.addItem(checkpoint_label(folder), folder)
        self.model_combo.setCurrentIndex(max(0, self.model_combo.findData(selected)))

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a checkpoint folder (with config.json)")
        )
        if folder and folder not in self.folders():
            self.folder_list.addItem(folder)

    def accept(self) -> None:
        """Store every value, then close."""
        settings = self.settings
        settings.run_settings = RunSettings(
            device=self.device_combo.currentData(),
            precision=self.precision_combo.currentData(),
            threshold=self.threshold.value(),
            min_pixels=self.min_pixels.value(),
            simplify_pixels=self.simplify.value(),
            max_pixels=self.size_limit.value() * 1_000_000,
            regularize=self.regularize.isChecked(),
            tolerance_m=self.tolerance.value(),
        )
        settings.checkpoint_folders = self.folders()
        settings.last_model = self.default_model()
        settings.output_geopackage = self.output.filePath()
        settings.keep_model_loaded = self.keep_loaded.isChecked()
        settings.runtime_folder = self.runtime_folder
        super().accept()
