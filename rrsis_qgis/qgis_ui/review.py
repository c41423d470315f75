"""Review mode (GUI thread): a result layer's polygons one at a time, the most doubtful first, the map
zoomed to each and the polygon highlighted; the reviewer's keys accept, reject, refine, move and skip.

Decisions are attributes of the layer (``review``, ``reviewed_at``), written into its edit buffer as one
undo step each, like QGIS's own editing tools: Ctrl+Z undoes a decision, and nothing reaches the file
until the analyst saves. The queue is made again from the layer, so a review stopped in one session of
QGIS resumes in another at the first polygon not yet decided."""

from __future__ import annotations

from datetime import datetime, timezone

from qgis.core import QgsFeatureRequest, QgsField, QgsVectorLayer
from qgis.gui import QgsDockWidget, QgsRubberBand
from qgis.PyQt.QtCore import QObject, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QKeySequence
from qgis.PyQt.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

try:  # Qt6 (QGIS 4) has QShortcut in QtGui
    from qgis.PyQt.QtGui import QShortcut
except ImportError:  # Qt5 (QGIS 3) in QtWidgets
    from qgis.PyQt.QtWidgets import QShortcut

from ..foundation.review_fields import (
    ACCEPTED,
    AGREEMENT,
    REJECTED,
    REVIEW,
    REVIEWED_AT,
    UNREVIEWED,
    decision,
)
from .layers import TEXT, style_for_review
from .refine import POLYGON

RESULT_FIELDS = ("expression", "model", "score")  # what makes a layer one of the plugin's results
HIGHLIGHT = QColor(0, 230, 255)
MARGIN = 3.0  # the view around a polygon: this many times its extent, so its neighbourhood shows


def is_result_layer(layer) -> bool:
    return (
        isinstance(layer, QgsVectorLayer)
        and layer.geometryType() == POLYGON
        and all(layer.fields().indexOf(name) >= 0 for name in RESULT_FIELDS)
    )


def _number(value) -> float:
    """A score or agreement; an empty one (NULL) counts as 0, the most doubtful."""
    return float(value) if isinstance(value, (int, float)) else 0.0


def doubt_order(layer: QgsVectorLayer) -> list[int]:
    """The layer's feature ids, the most doubtful first: where a second opinion wrote ``agreement``, the
    lowest agreement first, then the lowest score; ties keep the features' order."""
    fields = layer.fields()
    names = ["score", AGREEMENT] if fields.indexOf(AGREEMENT) >= 0 else ["score"]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(names, fields)
    keys = [
        (*(_number(feature[name]) for name in reversed(names)), feature.id())
        for feature in layer.getFeatures(request)
    ]
    return [key[-1] for key in sorted(keys)]


def decisions(layer: QgsVectorLayer) -> dict[int, str]:
    """Every feature's state: accepted, rejected, else unreviewed (a layer never reviewed has no field)."""
    if layer.fields().indexOf(REVIEW) < 0:
        return {feature_id: UNREVIEWED for feature_id in layer.allFeatureIds()}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes([REVIEW], layer.fields())
    return {feature.id(): decision(feature[REVIEW]) for feature in layer.getFeatures(request)}


class ReviewPanel(QgsDockWidget):
    """The review's counter, the polygon shown, and a button for every key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RrsisReviewDock")
        self.setWindowTitle(self.tr("Review"))
        self.counter_label = QLabel()
        self.polygon_label = QLabel()
        self.polygon_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Accept (A)"))
        self.reject_button = QPushButton(self.tr("Reject (R)"))
        self.refine_button = QPushButton(self.tr("Refine (F)"))
        self.previous_button = QPushButton(self.tr("Previous (P)"))
        self.skip_button = QPushButton(self.tr("Skip (S)"))
        self.next_button = QPushButton(self.tr("Next (N)"))
        self.save_button = QPushButton(self.tr("Save edits"))
        self.save_button.setToolTip(self.tr("Write the decisions into the layer's file (Save Layer Edits)"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("End the review; it resumes at the first polygon not decided"))
        buttons = QGridLayout()
        for index, button in enumerate(
            (
                self.accept_button,
                self.reject_button,
                self.refine_button,
                self.previous_button,
                self.skip_button,
                self.next_button,
                self.save_button,
                self.stop_button,
            )
        ):
            buttons.addWidget(button, index // 3, index % 3)
        layout = QVBoxLayout()
        layout.addWidget(self.counter_label)
        layout.addWidget(self.polygon_label)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        body = QWidget()
        body.setLayout(layout)
        self.setWidget(body)


class ReviewSession(QObject):
    """One review of one layer, from Review to Stop. ``controller`` is the panel's SegmentController
    (its refine tool, its status line); ``finished`` comes once, when the review ends."""

    finished = pyqtSignal()

    def __init__(self, controller, layer: QgsVectorLayer) -> None:
        super().__init__(controller)
        self.controller, self.layer = controller, layer
        self.iface = controller.iface
        self.canvas = self.iface.mapCanvas()
        self.refining = None  # the RefineSession of the polygon shown, while the analyst clicks
        self.stopped = False
        self._writing = False  # a decision of this review is being written (not an undo or redo)
        self.order = doubt_order(layer)
        self.states = decisions(layer)
        # Resume where the review stopped: the first polygon not decided, in order of doubt.
        self.position = next((i for i, fid in enumerate(self.order) if self._open(fid)), 0)
        self.band = QgsRubberBand(self.canvas, POLYGON)
        self.band.setColor(QColor(0, 0, 0, 0))
        self.band.setStrokeColor(HIGHLIGHT)
        self.band.setWidth(3)
        self.panel = ReviewPanel(self.iface.mainWindow())
        self.panel.setWindowTitle(self.tr("Review: {layer}").format(layer=layer.name()))
        actions = {
            self.accept: (self.panel.accept_button, ("A",)),
            self.reject: (self.panel.reject_button, ("R",)),
            self.refine: (self.panel.refine_button, ("F",)),
            self.previous: (self.panel.previous_button, ("P", "Left")),
            self.skip: (self.panel.skip_button, ("S",)),
            self.next: (self.panel.next_button, ("N", "Right")),
        }
        # The keys work on the map (where the reviewer looks) and on the review panel.
        self.shortcuts: list[QShortcut] = []
        for action, (button, keys) in actions.items():
            button.clicked.connect(action)
            for widget in (self.canvas, self.panel):
                for key in keys:
                    shortcut = QShortcut(QKeySequence(key), widget)
                    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                    shortcut.activated.connect(action)
                    self.shortcuts.append(shortcut)
        self.panel.save_button.clicked.connect(self.save)
        self.panel.stop_button.clicked.connect(self.stop)
        self.panel.closed.connect(self.stop)  # closing the panel ends the review, keys and highlight too
        self._connections = [
            (layer.attributeValueChanged, self._value_changed),
            (layer.geometryChanged, self._geometry_changed),
            (layer.attributeAdded, self._reload),
            (layer.attributeDeleted, self._reload),
            (layer.featureAdded, self._reload),
            (layer.featureDeleted, self._reload),
            (layer.afterRollBack, self._reload),
            (layer.willBeDeleted, self.stop),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        style_for_review(layer)
        layer.triggerRepaint()
        self.iface.setActiveLayer(layer)  # QGIS's Undo (Ctrl+Z) acts on the active layer
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.show()
        self.canvas.setFocus()
        self._show()

    @property
    def current(self) -> int | None:
        return self.order[self.position] if self.order else None

    def _open(self, feature_id: int) -> bool:
        return self.states.get(feature_id, UNREVIEWED) == UNREVIEWED

    def counter(self) -> str:
        states = list(self.states.values())
        reviewed = len(states) - states.count(UNREVIEWED)
        return self.tr("{reviewed} of {total} reviewed, {rejected} rejected").format(
            reviewed=reviewed, total=len(states), rejected=states.count(REJECTED)
        )

    # ---- the reviewer's keys ------------------------------------------------------------------------

    def accept(self) -> None:
        self._decide(ACCEPTED, self.tr("Accept polygon"))

    def reject(self) -> None:
        self._decide(REJECTED, self.tr("Reject polygon"))

    def next(self) -> None:
        self._go(min(self.position + 1, len(self.order) - 1))

    def previous(self) -> None:
        self._go(max(self.position - 1, 0))

    def skip(self) -> None:
        """Leave this polygon undecided and go to the next one not decided (it comes round again)."""
        self._go_to_open()

    def refine(self) -> None:
        """Correct the polygon shown with clicks on the map (the Refine tool, seeded with it); the review
        comes back to it when the refinement is accepted or cancelled."""
        if self.current is None:
            return
        session = self.controller.refine_feature(self.layer, self.current)
        if session is None:
            return
        self.refining = session
        self._keys_enabled(False)  # Enter, Esc and Ctrl+Z are the clicks' now
        self.band.hide()  # the preview of the clicks shows alone
        session.finished.connect(self._refined)

    def _refined(self) -> None:
        self.refining = None
        self._keys_enabled(True)
        self.band.show()
        self._show()  # the polygon as the refinement left it, still to be decided
        self.canvas.setFocus()

    def _keys_enabled(self, enabled: bool) -> None:
        for shortcut in self.shortcuts:
            shortcut.setEnabled(enabled)

    def _decide(self, state: str, command: str) -> None:
        """Write the decision into the layer's edit buffer as one undo step (the review's fields added
        in the same step when missing), then go to the next polygon not decided."""
        feature_id, layer = self.current, self.layer
        if feature_id is None:
            return
        if not (layer.isEditable() or layer.startEditing()):
            self._say(
                self.tr("'{layer}' cannot be edited, so the decision was not written.").format(
                    layer=layer.name()
                )
            )
            return
        layer.beginEditCommand(command)
        added = all(
            layer.fields().indexOf(name) >= 0 or layer.addAttribute(QgsField(name, TEXT))
            for name in (REVIEW, REVIEWED_AT)
        )
        fields = layer.fields()
        values = {
            fields.indexOf(REVIEW): state,
            fields.indexOf(REVIEWED_AT): datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }
        self._writing = True
        try:
            written = added and layer.changeAttributeValues(feature_id, values)
        finally:
            self._writing = False
        if not written:
            layer.destroyEditCommand()  # nothing of it stays in the buffer
            self._say(self.tr("'{layer}' did not take the decision.").format(layer=layer.name()))
            return
        layer.endEditCommand()
        self.states[feature_id] = state
        layer.triggerRepaint()
        self._go_to_open()

    # ---- moving through the queue -------------------------------------------------------------------

    def _go_to_open(self) -> None:
        """To the next polygon not decided after this one, round to the start; all decided: stay."""
        count = len(self.order)
        for step in range(1, count + 1):
            position = (self.position + step) % count
            if self._open(self.order[position]):
                self._go(position)
                return
        self._show()

    def _go(self, position: int) -> None:
        if self.order:
            self.position = position
        self._show()

    def _show(self) -> None:
        """Highlight the polygon, zoom the map around it, and say where the review stands."""
        self.panel.counter_label.setText(self.counter())
        if self.current is None:
            self.band.reset(POLYGON)
            self.panel.polygon_label.setText(self.tr("No polygons to review."))
            return
        feature = self.layer.getFeature(self.current)
        geometry = feature.geometry()
        self.band.setToGeometry(geometry, self.layer)
        if not geometry.isEmpty():
            extent = self.canvas.mapSettings().layerExtentToOutputExtent(self.layer, geometry.boundingBox())
            extent.scale(MARGIN)
            self.canvas.setExtent(extent)
            self.canvas.refresh()
        state = self.states.get(self.current, UNREVIEWED)
        shown = {ACCEPTED: self.tr("accepted"), REJECTED: self.tr("rejected")}.get(
            state, self.tr("unreviewed")
        )
        text = self.tr("Polygon {number} of {total} by doubt: score {score:.2f}").format(
            number=self.position + 1, total=len(self.order), score=_number(feature["score"])
        )
        if self.layer.fields().indexOf(AGREEMENT) >= 0:
            agreement = _number(feature[AGREEMENT])
            text += ", " + self.tr("agreement {agreement:.2f}").format(agreement=agreement)
        self.panel.polygon_label.setText(f"{text} - {shown}")
        decided = not any(self._open(fid) for fid in self.order)
        self._say(self.tr("Every polygon is decided: Save edits keeps the decisions.") if decided else "")

    # ---- the layer changed under the review ---------------------------------------------------------

    def _value_changed(self, feature_id: int, index: int, value) -> None:
        if index != self.layer.fields().indexOf(REVIEW):
            return
        self.states[feature_id] = decision(value)
        if not self._writing and feature_id in self.order:  # an undo or redo: show what it changed
            self._go(self.order.index(feature_id))

    def _geometry_changed(self, feature_id: int, geometry) -> None:
        if feature_id == self.current and self.refining is None:  # e.g. a refinement undone
            self.band.setToGeometry(geometry, self.layer)

    def _reload(self, *_changed) -> None:
        """Fields or features came or went (an undo, a rollback, an edit by hand): read the queue again,
        staying on the polygon shown while it exists."""
        shown = self.current
        self.order, self.states = doubt_order(self.layer), decisions(self.layer)
        self.position = (
            self.order.index(shown) if shown in self.order else min(self.position, len(self.order) - 1)
        )
        self.position = max(self.position, 0)
        self._show()

    # ---- saving and stopping ------------------------------------------------------------------------

    def save(self) -> None:
        if not self.layer.isModified():
            self._say(self.tr("Nothing to save."))
            return
        if self.layer.commitChanges():
            self._say(self.tr("Saved: {counter}.").format(counter=self.counter()))
        else:
            self._say(
                self.tr("'{layer}' could not be saved: {errors}").format(
                    layer=self.layer.name(), errors="; ".join(self.layer.commitErrors())
                )
            )

    def stop(self) -> None:
        """End the review: the highlight, the keys and the panel go; decisions not saved stay in the
        layer's edit buffer for the analyst to save or discard."""
        if self.stopped:
            return
        self.stopped = True
        if self.refining is not None:
            self.refining.finished.disconnect(self._refined)
            self.refining.cancel()
            self.refining = None
        for signal, slot in self._connections:
            signal.disconnect(slot)
        for shortcut in self.shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self.shortcuts.clear()
        self.canvas.scene().removeItem(self.band)
        message = self.tr("Review stopped: {counter}.").format(counter=self.counter())
        if self.layer.isModified():
            message += " " + self.tr("Save Layer Edits keeps the decisions.")
        self.controller.dock.show_status(message)
        self.iface.removeDockWidget(self.panel)
        self.panel.deleteLater()
        self.finished.emit()

    def _say(self, message: str) -> None:
        self.panel.status_label.setText(message)
