"""The "Install dependencies" dialog: the models' own virtual environment, made with a Python found here
and filled by pip in a background thread, in the plugin's folder of the QGIS profile, with pip's output
in a log pane. Built of Qt alone (QGIS's profile is asked only when no plan is given), so that it is
built under PyQt6 too (tests/qgis/test_qt6.py)."""

from __future__ import annotations

from qgis.PyQt.QtCore import QThread, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..client.installer import Installation, InstallPlan, detect_variant


class InstallThread(QThread):
    """Runs one Installation; ``line`` per line of pip's output, then ``done(succeeded)``."""

    line = pyqtSignal(str)
    done = pyqtSignal(bool)

    def __init__(self, plan: InstallPlan) -> None:
        super().__init__()
        self.installation = Installation(plan, self.line.emit)

    def run(self) -> None:
        succeeded = False
        try:
            succeeded = self.installation.run()
        finally:  # whatever happens, the dialog leaves "Installing…"
            self.done.emit(succeeded)


class InstallerDialog(QDialog):
    """Choose CPU / CUDA / Apple GPU, install, watch the log; ``installed`` is emitted on success."""

    installed = pyqtSignal()

    def __init__(self, parent: QWidget | None = None, plan: InstallPlan | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Install the segmentation models' Python packages"))
        if plan is None:
            from .runtime import default_runtime_folder  # QGIS's profile: the one thing here not of Qt

            plan = InstallPlan(target=default_runtime_folder())
        self.plan = plan
        self.install_thread: InstallThread | None = None

        self.variant_combo = QComboBox()
        for label, value in (
            (self.tr("CPU only"), "cpu"),
            (self.tr("NVIDIA GPU (CUDA)"), "cuda"),
            (self.tr("Apple GPU (MPS)"), "mps"),
        ):
            self.variant_combo.addItem(label, value)
        self.variant_combo.setCurrentIndex(self.variant_combo.findData(detect_variant()))
        self.log_view = QPlainTextEdit()
        self.log_view.setReadOnly(True)
        self.log_view.setMinimumSize(640, 240)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.status_label = QLabel(
            self.tr(
                "The models' environment is made in {folder}; QGIS's own Python is left as it is."
            ).format(folder=self.plan.target)
        )
        self.status_label.setWordWrap(True)
        self.install_button = QPushButton(self.tr("Install"))
        self.install_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.copy_button = QPushButton(self.tr("Copy log"))
        self.copy_button.clicked.connect(
            lambda: QApplication.clipboard().setText(self.log_view.toPlainText())
        )
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Run the models on"), self.variant_combo)
        buttons = QHBoxLayout()
        for button in (self.install_button, self.cancel_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.log_view, 1)
        layout.addLayout(buttons)

    @property
    def busy(self) -> bool:
        return self.install_thread is not None

    def start(self) -> None:
        if self.busy:
            return
        self.plan.variant = self.variant_combo.currentData()
        self.log_view.clear()
        self.progress_bar.setRange(0, 0)  # pip does not say how far it is: a busy indicator
        self.status_label.setText(self.tr("Installing… this downloads up to a few GB and can take minutes."))
        self.install_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.install_thread = InstallThread(self.plan)
        self.install_thread.line.connect(self.log_view.appendPlainText)
        self.install_thread.done.connect(self._finished)
        self.install_thread.start()

    def cancel(self) -> None:
        if self.install_thread is not None:
            self.status_label.setText(self.tr("Cancelling…"))
            self.install_thread.installation.cancel()

    def _finished(self, succeeded: bool) -> None:
        installation = self.install_thread.installation
        self.install_thread.wait()
        self.install_thread.deleteLater()
        self.install_thread = None
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(100 if succeeded else 0)
        self.install_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if succeeded:
            from .runtime import close_model_process

            close_model_process()  # the next run starts with the new packages
            self.status_label.setText(self.tr("Installed. The models can be used now."))
            self.installed.emit()
        elif installation.cancelled:
            self.status_label.setText(self.tr("Cancelled; nothing was changed."))
        else:
            self.status_label.setText(
                self.tr("The installation failed; nothing was changed. pip said:\n{error}").format(
                    error=installation.error_summary()
                )
            )

    def reject(self) -> None:
        if self.busy:  # never leave a pip process behind a closed dialog
            self.cancel()
            self.install_thread.wait()
        super().reject()
