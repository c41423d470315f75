"""A referring expression run by a model that finds objects one by one (the zero-shot models): the
detector is asked for the target and each anchor phrase, and the program selects among what it found
(referring.select), in the view's own georeferencing. An anchor that names a vector layer of the
analyst's project comes as that layer's features instead of from the image. The polygons' score is how
well each matched."""

from __future__ import annotations

import numpy as np

from ..foundation.cancellation import check_cancelled
from ..foundation.dependencies import require
from ..foundation.messages import QT_TRANSLATE_NOOP, Message
from ..foundation.predictor import FindsObjects, Instance, Prediction, prediction_from_instances
from ..protocol.messages import AnchorLayer
from ..referring.inspect import frame_of
from ..referring.program import Program
from ..referring.select import Candidate, select
from .raster import RasterWindow
from .vectorize import mask_to_polygons


def refer(
    predictor: FindsObjects,
    program: Program,
    window: RasterWindow,
    threshold: float,
    anchor_layers: tuple[AnchorLayer, ...] = (),
) -> tuple[Prediction, list[str]]:
    """The prediction of the objects ``program`` refers to in ``window`` (already set on the predictor),
    and what the analyst should know: how the expression was understood, which anchors are layers of
    the project, what could not be applied."""
    from rasterio.crs import CRS

    height, width = window.rgb.shape[:2]
    crs = CRS.from_wkt(window.crs_wkt) if window.crs_wkt else None
    frame = frame_of(width, height, window.transform, crs)
    layers = {anchor.phrase: anchor for anchor in anchor_layers}
    notes = [understood_note(program)]
    found: dict[str, list[Instance]] = {}
    candidates: dict[str, list[Candidate]] = {}
    for index, phrase in enumerate(program.queries):
        check_cancelled()  # each phrase is a detector run: seconds on a CPU
        if phrase in layers and phrase in program.anchors:  # a target is always looked for in the image
            candidates[phrase] = layer_candidates(layers[phrase], window)
            notes.append(
                Message(
                    QT_TRANSLATE_NOOP("messages", "'{phrase}' is the layer '{layer}' ({count} features)"),
                    phrase=phrase,
                    layer=layers[phrase].layer,
                    count=len(layers[phrase].wkt),
                )
            )
            continue
        found[phrase] = predictor.find(phrase)
        candidates[phrase] = [
            _candidate(f"{index}:{n}", instance, threshold) for n, instance in enumerate(found[phrase])
        ]
    selection = select(program, candidates, frame, window.rgb)
    by_id = {
        candidate.id: instance
        for phrase in program.targets
        for candidate, instance in zip(candidates[phrase], found[phrase], strict=True)
    }
    chosen = [
        Instance(by_id[identifier].probability, by_id[identifier].box, selection.matches[identifier])
        for identifier in selection.selected
    ]
    return prediction_from_instances((height, width), chosen, threshold), notes + selection.notes


def understood_note(program: Program) -> Message:
    """How the expression was understood, for the panel's notes and the CLI."""
    return Message(QT_TRANSLATE_NOOP("messages", "understood as: {program}"), program=program.explain())


def _candidate(identifier: str, instance: Instance, threshold: float) -> Candidate:
    """The instance as the selection sees it: its box, score and the outline of its largest region,
    traced as the result's polygons are (`mask_to_polygons`), in the view's pixels."""
    shapely = require("shapely")
    from rasterio.transform import Affine

    x0, y0, x1, y1 = instance.box
    top, left = max(int(y0) - 1, 0), max(int(x0) - 1, 0)
    mask = instance.probability[top : int(np.ceil(y1)) + 1, left : int(np.ceil(x1)) + 1] > threshold
    regions = mask_to_polygons(mask, Affine.translation(left, top), min_pixels=0)  # largest first
    outline: tuple = ()
    if regions:  # a region made valid may come as several polygons: the largest one's outline
        largest = shapely.from_wkt(regions[0].wkt)
        largest = max(getattr(largest, "geoms", [largest]), key=lambda part: part.area)
        outline = tuple(largest.exterior.coords)[:-1]
    return Candidate(identifier, instance.box, instance.score, outline)


def layer_candidates(anchor: AnchorLayer, window: RasterWindow) -> list[Candidate]:
    """The layer's geometries in the view's pixels; lines and points as thin polygons around them."""
    shapely = require("shapely")
    from rasterio.crs import CRS
    from rasterio.warp import transform_geom
    from shapely.affinity import affine_transform
    from shapely.geometry import mapping, shape

    source, target = CRS.from_wkt(anchor.crs_wkt), CRS.from_wkt(window.crs_wkt)
    inverse = ~window.transform
    to_pixels = [inverse.a, inverse.b, inverse.d, inverse.e, inverse.c, inverse.f]
    candidates = []
    for wkt in anchor.wkt:
        geometry = shapely.from_wkt(wkt)
        if source != target:
            geometry = shape(transform_geom(source, target, mapping(geometry)))
        geometry = affine_transform(geometry, to_pixels)
        if geometry.is_empty:
            continue
        if geometry.area == 0:  # a road drawn as a line, a well as a point
            geometry = geometry.buffer(0.5)
        for part in getattr(geometry, "geoms", [geometry]):
            outline = tuple(part.exterior.coords)[:-1]
            candidates.append(Candidate(f"layer:{len(candidates)}", part.bounds, 1.0, outline))
    return candidates
