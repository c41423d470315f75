"""`python -m rrsis_qgis refer`: an expression's program, and its selection among candidates given in a
JSON file, without any model (no torch): for analysts debugging an expression, and for tests."""

from __future__ import annotations

import json
import math
import warnings
from pathlib import Path

import numpy as np

from .parse import parse_expression
from .select import Candidate, Frame, select

METRES_PER_DEGREE = 111_320.0  # along a meridian; across one, times the cosine of the latitude


def read_candidates(path: Path) -> dict[str, list[Candidate]]:
    """{phrase: [{"id", "box": [x0, y0, x1, y1], "score", "polygon": [[x, y], ...]}]}, checked."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"{path} is not a JSON file: {error}") from error
    if not isinstance(raw, dict):
        raise ValueError(f"{path} must hold an object mapping each phrase to a list of candidates")
    candidates = {}
    for phrase, items in raw.items():
        if not isinstance(items, list):
            raise ValueError(f"{path}: the candidates of '{phrase}' must be a list")
        candidates[phrase] = [_candidate(path, phrase, item) for item in items]
    return candidates


def _candidate(path: Path, phrase: str, item) -> Candidate:
    try:
        box = tuple(float(value) for value in item["box"])
        polygon = tuple((float(x), float(y)) for x, y in item.get("polygon") or ())
        candidate = Candidate(str(item["id"]), box, float(item.get("score", 1.0)), polygon)
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(
            f"{path}: a candidate of '{phrase}' needs an id, a box [x0, y0, x1, y1], a score and "
            f"optionally a polygon [[x, y], ...] ({type(error).__name__}: {error})"
        ) from error
    values = [*box, candidate.score, *(v for point in polygon for v in point)]
    if len(box) != 4 or box[0] >= box[2] or box[1] >= box[3] or not all(map(math.isfinite, values)):
        raise ValueError(
            f"{path}: candidate '{candidate.id}' of '{phrase}' has no finite box x0 < x1, y0 < y1"
        )
    return candidate


def read_view(path: Path) -> tuple[np.ndarray, Frame]:
    """The image's pixels (height x width x 3, uint8) and its frame: the map's north from its
    geotransform, or up for an image without georeferencing."""
    import rasterio
    from rasterio.errors import NotGeoreferencedWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGeoreferencedWarning)
        with rasterio.open(path) as dataset:
            bands = dataset.read(indexes=[1, 2, 3] if dataset.count >= 3 else [1, 1, 1])
            transform, crs = dataset.transform, dataset.crs
            width, height = dataset.width, dataset.height
    pixels = np.moveaxis(bands, 0, -1)
    if pixels.dtype != np.uint8:  # stretched to 0..255 for the colour tests
        low, high = float(np.nanmin(pixels)), float(np.nanmax(pixels))
        pixels = ((pixels - low) / max(high - low, 1e-9) * 255).astype(np.uint8)
    return pixels, frame_of(width, height, transform, crs)


def frame_of(width: int, height: int, transform, crs) -> Frame:
    """The frame of a view with a rasterio ``transform`` and ``crs`` (None: not georeferenced, north up)."""
    if crs is None:
        return Frame(width, height)
    if crs.is_geographic:
        latitude = (transform * (width / 2, height / 2))[1]
        metres = METRES_PER_DEGREE * math.sqrt(max(math.cos(math.radians(latitude)), 1e-6))
    else:
        metres = crs.linear_units_factor[1]
    return Frame.from_transform(width, height, transform, metres)


def refer(expression: str, image: Path | None = None, candidates: Path | None = None) -> dict:
    """The program as JSON, and with an image and candidates, which of them it selects."""
    program = parse_expression(expression)
    if image is None and candidates is None:
        return {**program.as_json(), "explanation": program.explain()}
    if image is None or candidates is None:
        raise ValueError("give both --image and --candidates to select, or neither to see the program")
    pixels, frame = read_view(image)
    selection = select(program, read_candidates(candidates), frame, pixels)
    return {
        "selected": selection.selected,
        "matches": selection.matches,
        "notes": selection.notes,
        "program": program.as_json(),
        "explanation": program.explain(),
    }
