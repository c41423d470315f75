"""A referring expression run by a model that finds objects one by one (the zero-shot models): the
detector is asked for the target and each anchor phrase, and the program selects among what it found
(referring.select), in the view's own georeferencing. The polygons' score is how well each matched."""

from __future__ import annotations

import numpy as np

from ..foundation.dependencies import require
from ..foundation.messages import QT_TRANSLATE_NOOP, Message
from ..foundation.predictor import FindsObjects, Instance, Prediction, prediction_from_instances
from ..referring.inspect import frame_of
from ..referring.program import Program
from ..referring.select import Candidate, select
from .raster import RasterWindow


def refer(
    predictor: FindsObjects, program: Program, window: RasterWindow, threshold: float
) -> tuple[Prediction, list[str]]:
    """The prediction of the objects ``program`` refers to in ``window`` (already set on the predictor),
    and what the analyst should know: how the expression was understood, what could not be applied."""
    from rasterio.crs import CRS

    height, width = window.rgb.shape[:2]
    frame = frame_of(
        width, height, window.transform, CRS.from_wkt(window.crs_wkt) if window.crs_wkt else None
    )
    found: dict[str, list[Instance]] = {phrase: predictor.find(phrase) for phrase in program.queries}
    candidates = {
        phrase: [
            _candidate(f"{index}:{number}", instance, threshold) for number, instance in enumerate(instances)
        ]
        for index, (phrase, instances) in enumerate(found.items())
    }
    selection = select(program, candidates, frame, window.rgb)
    targets = dict(zip((c.id for c in candidates[program.target]), found[program.target], strict=True))
    chosen = [
        Instance(targets[identifier].probability, targets[identifier].box, selection.matches[identifier])
        for identifier in selection.selected
    ]
    notes = [understood_note(program), *selection.notes]
    return prediction_from_instances((height, width), chosen, threshold), notes


def understood_note(program: Program) -> Message:
    """How the expression was understood, for the panel's notes and the CLI."""
    return Message(QT_TRANSLATE_NOOP("messages", "understood as: {program}"), program=program.explain())


def _candidate(identifier: str, instance: Instance, threshold: float) -> Candidate:
    """The instance as the selection sees it: its box, score and the outline of its largest region."""
    features = require("rasterio.features")
    x0, y0, x1, y1 = instance.box
    top, left = max(int(y0) - 1, 0), max(int(x0) - 1, 0)
    mask = instance.probability[top : int(np.ceil(y1)) + 1, left : int(np.ceil(x1)) + 1] > threshold
    outline: tuple = ()
    if mask.any():
        rings = [
            shape["coordinates"][0]
            for shape, value in features.shapes(mask.astype(np.uint8), mask=mask)
            if value
        ]
        ring = np.asarray(max(rings, key=_area)[:-1], dtype=float)
        outline = tuple((x + left, y + top) for x, y in ring)
    return Candidate(identifier, instance.box, instance.score, outline)


def _area(ring) -> float:
    x, y = np.asarray(ring, dtype=float).T
    return abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))) / 2
