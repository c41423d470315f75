"""A program selected once over a whole raster (or the extent segmented), after its tiles: the candidates
each tile found for each phrase (tiling.TiledCandidate, the part of an object in the tile's core) are
joined across the seams into whole objects, and `referring.select` runs over all of them in the frame
of the whole region, as it runs over a view's: positions relative to the region, relations to anchors
anywhere in it (a layer of the project over the whole extent), counts and superlatives global.

Memory: the candidates are polygons, never masks, kept on disk while the tiles run (candidate_store.py)
and read back one phrase at a time, only those a program asks for; the selection's candidates hold
their outlines as float arrays; the pixels a colour is judged on are read from the raster for that
candidate alone (`RegionPixels`)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..foundation.dependencies import require
from ..foundation.errors import Cancelled
from ..foundation.messages import QT_TRANSLATE_NOOP, Message
from ..protocol.messages import TileJob
from ..referring.inspect import frame_of
from ..referring.select import Candidate, select
from .candidate_store import Pieces, RasterCandidates
from .raster import read_pixels
from .referring import layer_candidates, understood_note
from .tiling import TiledPolygon, TiledRaster
from .vectorize import to_wkt

STRIP_PIXELS = 1 << 22  # pixels read at once for a colour: a candidate as large as a lake costs no more


@dataclass(frozen=True)
class _Placed:
    """Where the region lies on the map, as `referring.layer_candidates` reads a view."""

    crs_wkt: str
    transform: object  # affine.Affine of the region's pixels


def select_over_raster(
    raster: TiledRaster,
    job: TileJob,
    found: RasterCandidates,
    min_area: float,
    is_cancelled: Callable[[], bool] | None = None,
) -> tuple[list[TiledPolygon], list[str]]:
    """The polygons (in the raster's CRS) of the objects each program of ``job`` refers to among the
    raster's candidates (``found``: what every tile found, on disk), and the notes; parts smaller than
    ``min_area`` left out. Only the programs whose target the tiles looked for are run: the others were
    answered on each tile. A phrase's candidates are read from the disk when a program first asks for
    them, and let go after the last program that asks for them."""
    from affine import Affine
    from rasterio.crs import CRS

    column0, row0, column1, row1 = raster.region
    width, height = column1 - column0, row1 - row0
    placed = _Placed(raster.crs_wkt, Affine(*raster.transform) * Affine.translation(column0, row0))
    frame = frame_of(width, height, placed.transform, CRS.from_wkt(raster.crs_wkt))
    pixels = RegionPixels(raster)
    layers = {anchor.phrase: anchor for anchor in job.anchor_layers}
    programs = [(expression, job.program(expression)) for expression in job.expressions]
    programs = [
        (expression, program)
        for expression, program in programs
        if all(target in found for target in program.targets)
    ]
    asking = Counter(phrase for _, program in programs for phrase in _detected(program, layers))
    objects: dict[str, _Objects] = {}  # joined across seams once, for every program that asks
    polygons, notes = [], []
    for expression, program in programs:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled
        candidates, shapes = {}, {}
        said = [understood_note(program)]
        for index, phrase in enumerate(program.queries):
            if phrase in layers and phrase in program.anchors:  # a target is always looked for in the image
                candidates[phrase] = layer_candidates(layers[phrase], placed)
                said.append(_layer_note(layers[phrase]))
                continue
            if phrase not in objects:
                objects[phrase] = _objects(found.pieces(phrase), _pixel_side(raster), ~placed.transform)
            candidates[phrase] = objects[phrase].candidates(index)
            if phrase in program.targets:
                shapes[index] = objects[phrase].shapes
        selection = select(program, candidates, frame, pixels)
        notes += [note for note in [*said, *selection.notes] if note not in notes]
        polygons += _selected(expression, selection, shapes, min_area, job.min_score)
        for phrase in _detected(program, layers):
            asking[phrase] -= 1
            if not asking[phrase]:
                del objects[phrase]
    return polygons, notes


def _detected(program, layers: dict) -> set[str]:
    """The phrases of ``program`` whose candidates the detector found on the tiles."""
    return {phrase for phrase in program.queries if not (phrase in layers and phrase in program.anchors)}


@dataclass
class _Objects:
    """One phrase's whole objects: each one's shape in the raster's CRS, and as the selection sees it,
    in the region's pixels: its box, score and the outline of its largest part (as a view's candidate
    has), a read-only float array (x, y), not a tuple of tuples (a sixth of the memory)."""

    shapes: list
    boxes: list[tuple[float, float, float, float]]
    scores: list[float]
    outlines: list[np.ndarray]

    def candidates(self, index: int) -> list[Candidate]:
        """As the candidates of a program's ``index``-th phrase (their ids hold it)."""
        return [
            Candidate(f"{index}:{number}", box, score, outline)
            for number, (box, score, outline) in enumerate(
                zip(self.boxes, self.scores, self.outlines, strict=True)
            )
        ]


def _objects(pieces: Pieces, pixel: float, to_pixels) -> _Objects:
    """The phrase's pieces joined across the seams (``to_pixels``: the region's CRS to its pixels)."""
    shapely = require("shapely")
    from shapely.affinity import affine_transform

    joined = _joined(pieces, pixel)
    objects = _Objects([shape for shape, _ in joined], [], [score for _, score in joined], [])
    matrix = [to_pixels.a, to_pixels.b, to_pixels.d, to_pixels.e, to_pixels.c, to_pixels.f]
    for shape in objects.shapes:
        inside = affine_transform(shape, matrix)
        largest = max(getattr(inside, "geoms", [inside]), key=lambda part: part.area)
        outline = shapely.get_coordinates(largest.exterior)[:-1]
        outline.flags.writeable = False  # shared by every program's candidates of the phrase
        objects.boxes.append(inside.bounds)
        objects.outlines.append(outline)
    return objects


def _joined(pieces: Pieces, pixel: float) -> list[tuple[object, float]]:
    """The whole objects of one phrase: pieces of different tiles that meet across a seam (an object
    cut by it, or seen by both tiles of an overlap: each kept its own core's part) are one object, their
    union, with the best score of its pieces. Most confident first, as a detector gives them."""
    shapely = require("shapely")
    shapes = pieces.shapes
    parents = list(range(len(pieces)))

    def root(index: int) -> int:
        while parents[index] != index:
            parents[index] = parents[parents[index]]
            index = parents[index]
        return index

    on_seam = np.flatnonzero(pieces.seam)
    if on_seam.size:
        seam_shapes = shapes[on_seam]
        # Pieces along one seam share an edge of pixels: within half a pixel of each other.
        pairs = shapely.STRtree(seam_shapes).query(seam_shapes, predicate="dwithin", distance=0.5 * pixel)
        for first, second in on_seam[pairs].T.tolist():
            if pieces.tiles[first] != pieces.tiles[second]:  # two of one tile are two objects
                parents[root(first)] = root(second)
    groups: dict[int, list[int]] = {}
    for index in range(len(pieces)):
        groups.setdefault(root(index), []).append(index)
    objects = [
        (shapely.union_all([shapes[i] for i in members]), max(float(pieces.scores[i]) for i in members))
        for members in groups.values()
    ]
    objects.sort(key=lambda item: (-item[1], item[0].bounds))  # the same order from any engine
    return objects


def _selected(expression: str, selection, shapes: dict, min_area: float, min_score: float) -> list:
    """The selected objects (the targets', each ``index:number`` of ``shapes[index]``) as polygons:
    overlapping ones as one, as a view's mask joins them; their score the mean of their matches (a
    view's result's); none when below ``min_score``."""
    shapely = require("shapely")
    if not selection.selected:
        return []
    score = float(np.mean([selection.matches[identifier] for identifier in selection.selected]))
    if score < min_score:
        return []
    chosen = [identifier.split(":") for identifier in selection.selected]
    merged = shapely.union_all([shapes[int(index)][int(number)] for index, number in chosen])
    parts = [part for part in getattr(merged, "geoms", [merged]) if part.area >= min_area]
    return [TiledPolygon(expression, to_wkt(part), score) for part in parts]


def _layer_note(anchor) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("messages", "'{phrase}' is the layer '{layer}' ({count} features)"),
        phrase=anchor.phrase,
        layer=anchor.layer,
        count=len(anchor.wkt),
    )


class RegionPixels:
    """The region's pixels as `select` reads them for colours (``image[y0:y1:step, x0:x1:step]``, in
    the region's pixels), read from the file when sliced, a strip of rows at a time: never the whole
    raster."""

    def __init__(self, raster: TiledRaster) -> None:
        self.raster = raster
        column0, row0, column1, row1 = raster.region
        self.shape = (row1 - row0, column1 - column0, 3)

    def __getitem__(self, key: tuple[slice, slice]) -> np.ndarray:
        rows, columns = key
        raster, (height, width, _) = self.raster, self.shape
        y0, y1, y_step = rows.indices(height)
        x0, x1, x_step = columns.indices(width)
        if y1 <= y0 or x1 <= x0:
            return np.empty((0, 0, 3), np.uint8)
        column0, row0 = raster.region[0], raster.region[1]
        rows_at_once = max(y_step, (STRIP_PIXELS // (x1 - x0)) // y_step * y_step)
        strips = []
        for top in range(y0, y1, rows_at_once):
            bottom = min(top + rows_at_once, y1)
            window = read_pixels(
                raster.path, column0 + x0, row0 + top, x1 - x0, bottom - top, raster.bands, raster.limits
            )
            strips.append(window.rgb[::y_step, ::x_step])
        return np.concatenate(strips) if len(strips) > 1 else strips[0]


def _pixel_side(raster: TiledRaster) -> float:
    a, b, _, d, e, _ = raster.transform
    return math.sqrt(abs(a * e - b * d))
