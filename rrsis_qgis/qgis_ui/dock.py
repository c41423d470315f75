"""SegmentDock: the panel where the analyst describes objects and starts a segmentation."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from qgis.core import QgsMapLayerProxyModel, QgsProject
from qgis.gui import QgsDockWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..client.installer import detect_variant
from ..foundation.messages import Message
from ..foundation.model_catalog import CATALOG, default_model
from ..foundation.model_types import runs_the_program
from ..protocol.messages import check_expression
from ..referring.conditions_said import WHY_NOT_JUDGED
from ..referring.parse import parse_expression
from .anchors import layers_named
from .messages import error_text, translated
from .runtime import runtime_problem
from .settings import RrsisSettings

EXPRESSION_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # a history row's expression; empty for clicks alone


@dataclass(frozen=True)
class PanelRequest:
    """What the analyst asked for with one click or Enter; ``request_id`` grows with every ask, so the
    controller can tell the latest from one that was superseded."""

    request_id: int
    expression: str
    layer_id: str
    model: str
    result_layer_id: str = ""  # for Refine: the result whose feature the clicks correct


class SegmentDock(QgsDockWidget):
    """Expression box, raster and model pickers, Segment / Cancel, progress and status.

    The dock only collects input and shows state; it emits ``segmentRequested(PanelRequest)`` and leaves
    the work to a controller. Segment stays available during a run: a new ask supersedes the running one.
    """

    segmentRequested = pyqtSignal(object)  # PanelRequest
    cancelRequested = pyqtSignal()
    zoomRequested = pyqtSignal(str)  # result layer id
    exportRequested = pyqtSignal(str)  # result layer id
    reviewRequested = pyqtSignal(str)  # result layer id; empty: the active layer
    secondOpinionRequested = pyqtSignal(str, str)  # result layer id, the model that checks it
    addCheckpointRequested = pyqtSignal()
    settingsRequested = pyqtSignal()
    installRequested = pyqtSignal()
    refineRequested = pyqtSignal(object)  # PanelRequest, starting or ending clicks on the map

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._request_ids = itertools.count(1)
        self.setWindowTitle(self.tr("Text Segmentation (RRSIS)"))
        self.setObjectName("RrsisSegmentDock")

        self.expression_edit = QLineEdit()
        self.expression_edit.setPlaceholderText(self.tr("e.g. the two round white tanks north of the road"))
        self.expression_edit.returnPressed.connect(self._request_segment)
        # How the model will read the expression, as it is typed (not for models trained to read it whole).
        self.understanding_label = QLabel()
        self.understanding_label.setWordWrap(True)
        self.understanding_label.setEnabled(False)  # drawn dimmed: a hint, not a control
        self.expression_edit.textChanged.connect(lambda _text: self._show_understanding())

        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(QgsMapLayerProxyModel.RasterLayer)
        self.layer_combo.setAllowEmptyLayer(False)

        self.model_combo = QComboBox()
        for spec in CATALOG.values():
            self.model_combo.addItem(spec.name, spec.name)
            self.model_combo.setItemData(
                self.model_combo.count() - 1, spec.description, Qt.ItemDataRole.ToolTipRole
            )
        # Until the analyst picks one, the zero-shot model that suits this machine (the small one on a CPU).
        self.select_model(default_model(RrsisSettings().run_settings.device, detect_variant()))
        self.model_combo.currentIndexChanged.connect(lambda _index: self._show_understanding())

        self.add_checkpoint_button = QPushButton(self.tr("Add…"))
        self.add_checkpoint_button.setToolTip(self.tr("Add a trained checkpoint folder to the model list"))
        self.add_checkpoint_button.clicked.connect(self.addCheckpointRequested)
        self.settings_button = QPushButton(self.tr("Settings…"))
        self.settings_button.setToolTip(self.tr("Device, precision, checkpoint folders, output and more"))
        self.settings_button.clicked.connect(self.settingsRequested)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_combo, 1)
        model_row.addWidget(self.add_checkpoint_button)

        self.segment_button = QPushButton(self.tr("Segment"))
        self.segment_button.setToolTip(self.tr("Segment the visible extent of the raster layer"))
        self.segment_button.clicked.connect(self._request_segment)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.refine_button = QPushButton(self.tr("Refine"))
        self.refine_button.setCheckable(True)
        self.refine_button.setToolTip(
            self.tr(
                "Correct the selected result with clicks on the map, or segment what you click when no "
                "result is selected (Ctrl+Alt+R)"
            )
        )
        self.refine_button.clicked.connect(lambda _checked: self.request_refine())

        self.install_button = QPushButton(self.tr("Install dependencies…"))
        self.install_button.setToolTip(
            self.tr("Install torch, transformers and the rest into the models' own environment")
        )
        self.install_button.clicked.connect(self.installRequested)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(0)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Expression"), self.tr("Layer"), self.tr("Score"), "ms"]
        )
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Expression and layer share the width; score and time always show whole.
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.history.cellDoubleClicked.connect(self._rerun_row)
        self.zoom_button = QPushButton(self.tr("Zoom to"))
        self.zoom_button.clicked.connect(lambda: self._emit_for_selected(self.zoomRequested))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the selected result as Shapefile, GeoPackage or GeoJSON"))
        self.export_button.clicked.connect(lambda: self._emit_for_selected(self.exportRequested))
        self.accepted_only_check = QCheckBox(self.tr("Accepted only"))
        self.accepted_only_check.setToolTip(self.tr("Export only the polygons accepted in a review"))
        self.review_button = QPushButton(self.tr("Review"))
        self.review_button.setToolTip(
            self.tr(
                "Accept or reject the polygons of the selected result (else of the active layer), the most "
                "doubtful first: A accepts, R rejects, F refines, N and P move, S skips"
            )
        )
        self.review_button.clicked.connect(self._request_review)
        self.check_button = QPushButton(self.tr("Check…"))
        self.check_button.setToolTip(
            self.tr(
                "Check the selected result with another model on the same view: each polygon gets its "
                "agreement (IoU) with the other model's, and what only the other model finds is added "
                "as suggestions"
            )
        )
        self.check_button.clicked.connect(self.ask_second_opinion)

        form = QFormLayout()
        form.addRow(self.tr("Describe"), self.expression_edit)
        form.addRow("", self.understanding_label)
        form.addRow(self.tr("Raster"), self.layer_combo)
        form.addRow(self.tr("Model"), model_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.segment_button)
        buttons.addWidget(self.refine_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout()
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.install_button)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.history, 1)
        result_buttons = QHBoxLayout()
        result_buttons.addWidget(self.zoom_button)
        result_buttons.addWidget(self.export_button)
        result_buttons.addWidget(self.accepted_only_check)
        result_buttons.addWidget(self.review_button)
        result_buttons.addWidget(self.check_button)
        result_buttons.addWidget(self.settings_button)
        layout.addLayout(result_buttons)
        body = QWidget()
        body.setLayout(layout)
        self.setWidget(body)

        self.refresh_dependencies()

    def _show_understanding(self) -> None:
        text = self.expression_edit.text().strip()
        if not text or not runs_the_program(self.model_combo.currentData()):
            self.understanding_label.clear()
            self.understanding_label.setEnabled(False)
            self.understanding_label.setStyleSheet("")
            return
        try:
            check_expression(text)  # what Segment would refuse is not read, on every key (a paste of pages)
        except ValueError as error:
            self.understanding_label.setEnabled(True)
            self.understanding_label.setStyleSheet("color: #b35c00;")
            self.understanding_label.setText(error_text(error))
            return
        program = parse_expression(text)
        # A partial reading, one with words not judged or with a typing slip read as another word, is a
        # warning, drawn as one: what it names is not applied, or not as typed.
        warned = program.partial or bool(program.unjudged) or bool(program.respelled)
        self.understanding_label.setEnabled(warned)
        self.understanding_label.setStyleSheet("color: #b35c00;" if warned else "")
        if program.understood:
            reading = self.tr("Read as: {program}").format(program=program.explain())
            for phrase, layer in layers_named(program, QgsProject.instance()).items():
                reading += "; " + self.tr("{phrase}: the layer '{layer}'").format(
                    phrase=phrase, layer=layer.name()
                )
            if program.respelled:
                reading += "\n" + self.tr(
                    "Typing slips read as: {words}. If a word meant something else, retype it."
                ).format(words=", ".join(f"'{typed}' → '{read}'" for typed, read in program.respelled))
            if program.unjudged:
                said = [
                    f"{item.said} ({translated(Message(WHY_NOT_JUDGED[item.kind]))})"
                    for item in program.unjudged
                ]
                reading += "\n" + self.tr(
                    "Not judged: {words}. They are not applied: what is kept fits the rest, check it."
                ).format(words="; ".join(said))
            if program.partial:
                reading += "\n" + self.tr(
                    "Words not understood: {words}. They are not applied: rephrase them, or check the result."
                ).format(words=", ".join(program.unread))
            self.understanding_label.setText(reading)
        else:
            self.understanding_label.setText(
                self.tr("Not understood: the whole description goes to the detector as it is.")
            )

    def add_model(self, label: str, source: str) -> None:
        """Offer another model (a checkpoint folder from settings); selects it."""
        self.model_combo.addItem(label, source)
        self.model_combo.setCurrentIndex(self.model_combo.count() - 1)

    def set_checkpoint_models(self, folders: list[tuple[str, str]]) -> None:
        """Replace the checkpoint entries (label, folder) after the registry's models; keeps the selection
        when it is still offered."""
        selected = self.model_combo.currentData()
        while self.model_combo.count() > len(CATALOG):
            self.model_combo.removeItem(self.model_combo.count() - 1)
        for label, folder in folders:
            self.model_combo.addItem(label, folder)
        self.select_model(selected)

    def select_model(self, source: str) -> None:
        """Select the model with this source if the list has it (e.g. the one used last time)."""
        index = self.model_combo.findData(source)
        if index >= 0:
            self.model_combo.setCurrentIndex(index)

    def refresh_dependencies(self) -> None:
        """Disable Segment and Refine and offer the installer while the model environment cannot run a
        model."""
        problem = runtime_problem()
        self.segment_button.setEnabled(problem is None)
        self.refine_button.setEnabled(problem is None)
        self.install_button.setVisible(problem is not None)
        self.show_status(problem or "")

    def show_status(self, message: str) -> None:
        self.status_label.setText(message)

    def set_busy(self, busy: bool) -> None:
        """While a run is in flight Cancel is on (Segment stays on: a new ask supersedes the run). The
        progress bar starts from zero and stays where the run left it (full after a success)."""
        self.cancel_button.setEnabled(busy)
        if busy:
            self.progress_bar.setValue(0)

    def add_history(
        self, expression: str, layer_id: str, layer_name: str, score: float, total_ms: float
    ) -> None:
        """A row per run; the layer id and the expression ride along in the first cell for zoom / export
        / re-run. Objects segmented by clicks alone have no expression: their row shows the layer's name."""
        row = self.history.rowCount()
        self.history.insertRow(row)
        cells = (expression or layer_name, layer_name, f"{score:.2f}", f"{total_ms:.0f}")
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, layer_id)
                item.setData(EXPRESSION_ROLE, expression)
            self.history.setItem(row, column, item)
        self.history.selectRow(row)

    def set_refining(self, refining: bool) -> None:
        self.refine_button.setChecked(refining)

    def request_refine(self) -> None:
        """Start (or end) clicks on the map, for the selected result when there is one."""
        layer = self.layer_combo.currentLayer()
        if layer is None:
            self.show_status(self.tr("Add a raster layer to the project and pick it first."))
            self.set_refining(False)
            return
        rows = self.history.selectionModel().selectedRows()
        result = self.history.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else ""
        request = PanelRequest(
            next(self._request_ids), "", layer.id(), self.model_combo.currentData(), result
        )
        self.refineRequested.emit(request)

    def _emit_for_selected(self, signal) -> None:
        rows = self.history.selectionModel().selectedRows()
        if not rows:
            self.show_status(self.tr("Select a result in the list first."))
            return
        signal.emit(self.history.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    def _request_review(self) -> None:
        """Review the selected history row's layer; with no row selected (a project opened again), the
        controller takes the active layer."""
        rows = self.history.selectionModel().selectedRows()
        selected = self.history.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else ""
        self.reviewRequested.emit(selected)

    def ask_second_opinion(self) -> None:
        """Ask which model checks the selected result (a result of clicks alone has no description to
        give it)."""
        rows = self.history.selectionModel().selectedRows()
        if not rows:
            self.show_status(self.tr("Select a result in the list first."))
            return
        item = self.history.item(rows[0].row(), 0)
        if not item.data(EXPRESSION_ROLE):
            self.show_status(
                self.tr("A result of clicks alone has no description for another model to check.")
            )
            return
        labels = [self.model_combo.itemText(index) for index in range(self.model_combo.count())]
        label, chosen = QInputDialog.getItem(
            self,
            self.tr("Check with another model"),
            self.tr("The same description on the same view, run by:"),
            labels,
            self.model_combo.currentIndex(),
            False,
        )
        if chosen:
            model = self.model_combo.itemData(labels.index(label))
            self.secondOpinionRequested.emit(item.data(Qt.ItemDataRole.UserRole), model)

    def _rerun_row(self, row: int, _column: int) -> None:
        """Double-click: the same expression again on what is visible now; clicks cannot be run again on
        another view, so a row of clicks alone zooms to its layer instead."""
        item = self.history.item(row, 0)
        expression = item.data(EXPRESSION_ROLE)
        if not expression:
            self.zoomRequested.emit(item.data(Qt.ItemDataRole.UserRole))
            return
        self.expression_edit.setText(expression)
        self._request_segment()

    def _request_segment(self) -> None:
        expression = self.expression_edit.text().strip()
        layer = self.layer_combo.currentLayer()
        if not self.segment_button.isEnabled():
            return
        if not expression:
            self.show_status(self.tr("Type a description of the objects to segment first."))
            return
        if layer is None:
            self.show_status(self.tr("Add a raster layer to the project and pick it first."))
            return
        request = PanelRequest(
            next(self._request_ids), expression, layer.id(), self.model_combo.currentData()
        )
        self.segmentRequested.emit(request)
