"""Whole-raster segmentation on overlapping tiles, with objects on tile seams merged into one polygon.

Each tile is read with an overlap around the cells it *owns* (its core); the model sees the overlap as
context, but only the core's pixels of the mask are kept, so every raster pixel is decided by exactly
one tile. A polygon that reaches a core edge shared with another tile may continue there: those are
held back and dissolved with their neighbours at the end; all others are final at once.

Memory, besides the model's, is one tile's arrays (its pixels, and a mask and a probability for each
expression) plus the seam pieces held back: polygons, not pixels, but more of them the larger the raster
(as many as the objects that reach a seam). The final polygons leave as their tile finishes: into
Processing's layer, or into a batch job's folder, whose output is then assembled in memory, every
raster's polygons at once.

A program that a model reads is not answered on a tile: each tile gives what the detector found for
every phrase (`TiledCandidate`: an object's part in the tile's core, a polygon, never a mask), and the
program selects once among the whole raster's candidates after the tiles (whole_raster.py).

segment_tile and merge_seams are the two steps; the tiled driver (tiled_driver.py) runs them on an engine
(engines.py), in this process or on a Ray cluster, for Processing (tiled_run.py) and for batch jobs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

from ..foundation.cancellation import check_cancelled
from ..foundation.dependencies import require
from ..foundation.model_types import ModelType
from ..foundation.predictor import Instance, Prediction, Predictor, check_finite
from ..foundation.run_settings import RunSettings
from ..protocol.messages import check_tiling
from ..referring.parse import parse_expression
from ..referring.program import Program
from .answer import answer, phrases_to_find, whole_raster_programs
from .raster import bounds_window, check_bands, check_georeferenced, read_pixels, stretch_limits
from .vectorize import mask_to_polygons, to_wkt


@dataclass(frozen=True)
class Tile:
    column: int  # read window, in raster pixels
    row: int
    width: int
    height: int
    core: tuple[int, int, int, int]  # column0, row0, column1, row1: the pixels this tile decides


@dataclass
class TiledPolygon:
    expression: str
    wkt: str  # in the raster's CRS
    score: float


@dataclass
class TiledCandidate:
    """What the detector found for a phrase on one tile: the object's part in the tile's core."""

    wkt: str  # in the raster's CRS
    score: float
    seam: bool  # it reaches a core edge shared with a neighbour: it may go on in the next tile


def plan_tiles(
    width: int, height: int, tile: int, overlap: int, region: tuple[int, int, int, int] | None = None
) -> list[Tile]:
    """Tiles of at most ``tile`` pixels a side whose cores split ``region`` (column0, row0, column1, row1;
    default the whole raster) into a grid of ``tile - overlap`` cells."""
    check_tiling(tile, overlap)
    column0, row0, column1, row1 = region or (0, 0, width, height)
    stride, margin = tile - overlap, overlap // 2
    tiles = []
    for top in range(row0, row1, stride):
        for left in range(column0, column1, stride):
            core = (left, top, min(left + stride, column1), min(top + stride, row1))
            read_left, read_top = max(0, core[0] - margin), max(0, core[1] - margin)
            read_right, read_bottom = min(width, core[2] + margin), min(height, core[3] + margin)
            tiles.append(Tile(read_left, read_top, read_right - read_left, read_bottom - read_top, core))
    return tiles


def pixel_region(path: str, bounds: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
    """The raster pixels (column0, row0, column1, row1) covering ``bounds`` in the raster's CRS;
    ValueError when they miss the raster."""
    rasterio = require("rasterio")

    with rasterio.open(path) as dataset:
        check_georeferenced(dataset)
        window = bounds_window(dataset, bounds)  # already whole pixels
    return window.col_off, window.row_off, window.col_off + window.width, window.row_off + window.height


@dataclass(frozen=True)
class TiledRaster:
    """What every tile of one raster needs from the whole raster, found once before the first tile."""

    path: str
    width: int
    height: int
    transform: tuple[float, ...]  # affine a, b, c, d, e, f (pixel -> raster CRS)
    crs_wkt: str
    region: tuple[int, int, int, int]  # column0, row0, column1, row1 being segmented
    bands: tuple[int, int, int] | None
    limits: dict[int, tuple[float, float]] | None  # the raster's stretch, the same for every tile

    @property
    def pixel_area(self) -> float:
        a, b, _, d, e, _ = self.transform
        return abs(a * e - b * d)


@dataclass
class TileResult:
    """One tile's polygons: ``final`` ones are done; ``seam`` pieces touch a core edge shared with a
    neighbour and wait for merge_seams. ``notes``: what the analyst should know about how the tile was
    read (the same for every tile of a job, so a run keeps each once). ``found``: for the programs
    selected over the whole raster, each phrase's candidates in the tile (the phrase with none when
    nothing was found)."""

    final: list[TiledPolygon]
    seam: list[TiledPolygon]
    notes: list[str] = field(default_factory=list)
    found: dict[str, list[TiledCandidate]] = field(default_factory=dict)


def open_tiled_raster(
    path: str,
    region: tuple[int, int, int, int] | None = None,
    bands: tuple[int, int, int] | None = None,
    renderer_stretch: dict[int, tuple[float, float]] | None = None,
) -> TiledRaster:
    """The raster's size, georeferencing and stretch (`raster.stretch_limits`, with the QGIS layer
    renderer's limits when given); ValueError when it has no CRS."""
    rasterio = require("rasterio")
    with rasterio.open(path) as dataset:
        check_georeferenced(dataset)
        check_bands(dataset, bands)  # found now, not on the raster's first tile
        width, height = dataset.width, dataset.height
        transform, crs_wkt = tuple(dataset.transform)[:6], dataset.crs.to_wkt()
    return TiledRaster(
        path,
        width,
        height,
        transform,
        crs_wkt,
        region or (0, 0, width, height),
        bands,
        stretch_limits(path, bands, renderer_stretch),
    )


def segment_tile(
    raster: TiledRaster,
    planned: Tile,
    expressions: list[str],
    predictor: Predictor,
    model_type: ModelType,
    settings: RunSettings,
    min_score: float = 0.0,
    programs: dict[str, Program] | None = None,
    layer_phrases: tuple[str, ...] = (),
) -> TileResult:
    """Encode one tile once and keep what lies in its core: the polygons of the expressions answered on
    the tile (`answer.answer`, as a view of the panel is answered), and the candidates of every phrase of
    the programs selected over the whole raster (``programs``: each expression's reading, read here when
    None; ``layer_phrases``: anchors that are layers of the project, not looked for here)."""
    from affine import Affine

    shapely = require("shapely")
    result = TileResult([], [])
    # Each tile opens the file anew (a few ms): kept open, GDAL's block cache would grow towards the
    # whole raster (measured: 120 MiB instead of 5-42 MiB on a 48 MiB raster).
    window = read_pixels(
        raster.path, planned.column, planned.row, planned.width, planned.height, raster.bands, raster.limits
    )
    if not window.valid.any():
        return result
    core = np.zeros_like(window.valid)
    column0, row0, column1, row1 = planned.core
    core[row0 - planned.row : row1 - planned.row, column0 - planned.column : column1 - planned.column] = True
    transform = Affine(*raster.transform)
    seams = _seam_lines(planned.core, raster.region, transform)
    predictor_name = getattr(predictor, "name", "")

    def on_seam(shape) -> bool:
        return seams is not None and shape.distance(seams) < 0.5 * abs(transform.a)

    if programs is None:
        programs = {expression: parse_expression(expression) for expression in expressions}
    whole = whole_raster_programs(model_type, programs)
    alone = [expression for expression in expressions if expression not in whole]
    predictor.set_image(window.rgb)  # a tile is no view of the panel's: it replaces any cached one
    answers = answer(
        predictor, model_type, window, alone, settings.threshold, programs=[programs[e] for e in alone]
    )
    for expression, (prediction, notes) in zip(alone, answers, strict=True):
        result.notes.extend(note for note in notes if note not in result.notes)
        check_finite(prediction, predictor_name)
        if prediction.score < min_score:
            continue  # the model doubts this tile holds what the expression describes
        kept = prediction.mask & window.valid & core
        # No speck filter yet: a speck at a seam may be the tip of an object in the next tile.
        for polygon in mask_to_polygons(kept, window.transform, min_pixels=0):
            piece = TiledPolygon(expression, polygon.wkt, prediction.score)
            if on_seam(shapely.from_wkt(polygon.wkt)):
                result.seam.append(piece)
            elif polygon.pixels >= settings.min_pixels:
                result.final.append(piece)
    searched = window.valid & core
    for phrase in phrases_to_find(whole.values(), layer_phrases):
        check_cancelled()  # each phrase is a detector run: seconds on a CPU
        result.found[phrase] = []
        for instance in predictor.find(phrase):  # one at a time: a tile-sized array each
            # A broken model must not look like an empty scene.
            check_finite(Prediction(core, instance.probability, instance.score), predictor_name)
            shape = _core_part(instance, window, searched, settings.threshold)
            if shape is not None:
                result.found[phrase].append(TiledCandidate(to_wkt(shape), instance.score, on_seam(shape)))
    return result


def _core_part(instance: Instance, window, kept: np.ndarray, threshold: float):
    """The instance's pixels above ``threshold`` among ``kept`` (the tile's valid core), as one shapely
    geometry in the raster's CRS; None when none is left."""
    from affine import Affine

    shapely = require("shapely")
    mask = (instance.probability > threshold) & kept
    rows, columns = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    if not rows.size:
        return None
    top, left = int(rows[0]), int(columns[0])
    cropped = mask[top : int(rows[-1]) + 1, left : int(columns[-1]) + 1]
    offset = window.transform * Affine.translation(left, top)
    parts = [shapely.from_wkt(polygon.wkt) for polygon in mask_to_polygons(cropped, offset, min_pixels=0)]
    return shapely.union_all(parts) if parts else None


def merge_seams(pieces: list[TiledPolygon], min_area: float) -> Iterator[TiledPolygon]:
    """Dissolve the seam pieces of one raster, per expression, into whole polygons (speck filter now)."""
    shapely = require("shapely")
    by_expression: dict[str, list] = {}
    for piece in pieces:
        by_expression.setdefault(piece.expression, []).append((shapely.from_wkt(piece.wkt), piece.score))
    for expression, shapes in by_expression.items():
        yield from _dissolve(shapely, expression, shapes, min_area)


def _seam_lines(core, region, transform):
    """The core's edges that border another tile (inside ``region``, not its outer edge), in CRS
    coordinates; None when the tile has no neighbour."""
    from shapely.geometry import MultiLineString

    column0, row0, column1, row1 = core
    edges = [
        ((column0, row0), (column1, row0), row0 > region[1]),  # top
        ((column0, row1), (column1, row1), row1 < region[3]),  # bottom
        ((column0, row0), (column0, row1), column0 > region[0]),  # left
        ((column1, row0), (column1, row1), column1 < region[2]),  # right
    ]
    lines = [[transform * start, transform * end] for start, end, shared in edges if shared]
    return MultiLineString(lines) if lines else None


def _dissolve(shapely, expression: str, pieces: list, min_area: float) -> Iterator[TiledPolygon]:
    """Union the seam pieces of one expression and yield each connected part (speck filter applied now)."""
    if not pieces:
        return
    merged = shapely.union_all([shape for shape, _ in pieces])
    for part in getattr(merged, "geoms", [merged]):
        if part.area < min_area:
            continue
        score = max(score for shape, score in pieces if shape.intersects(part))
        yield TiledPolygon(expression, to_wkt(part), score)
