"""`python -m rrsis_qgis refer`: an expression's program, and its selection among candidates given in a
JSON file, without any model (no torch): for analysts debugging an expression, and for tests."""

from __future__ import annotations

import functools
import json
import math
import warnings
from pathlib import Path

import numpy as np

from .parse import parse_expression
from .select import Candidate, Frame, select

WGS84_RADIUS, WGS84_FLATTENING = 6_378_137.0, 1 / 298.257223563  # the ellipsoid distances are measured on


def read_candidates(path: Path) -> dict[str, list[Candidate]]:
    """{phrase: [{"id", "box": [x0, y0, x1, y1], "score", "polygon": [[x, y], ...]}]}, checked."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as error:  # a folder, a missing file: said with the option, not as "[Errno 21]"
        raise ValueError(f"--candidates {path} cannot be read: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise ValueError(f"{path} is not UTF-8 text (byte {error.start}): save it as UTF-8") from error
    except json.JSONDecodeError as error:
        raise ValueError(f"{path} is not a JSON file: {error}") from error
    if not isinstance(raw, dict):
        raise ValueError(f"{path} must hold an object mapping each phrase to a list of candidates")
    candidates = {}
    for phrase, items in raw.items():
        if not isinstance(items, list):
            raise ValueError(f"{path}: the candidates of '{phrase}' must be a list")
        candidates[phrase] = [_candidate(path, phrase, item) for item in items]
        seen: set[str] = set()
        for candidate in candidates[phrase]:
            if candidate.id in seen:  # a selection names candidates by id: two would be one
                raise ValueError(
                    f"{path}: two candidates of '{phrase}' have the id '{candidate.id}'; give each its own"
                )
            seen.add(candidate.id)
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
    if isinstance(item["id"], bool) or not isinstance(item["id"], (str, int)):
        # str() would make null "None" and 1.0 an id apart from 1
        raise ValueError(
            f"{path}: the candidate of '{phrase}' with the id {json.dumps(item['id'])} needs an id that is "
            "a string or an integer"
        )
    what = f"{path}: candidate '{candidate.id}' of '{phrase}'"
    if polygon and len(polygon) < 3:
        raise ValueError(f"{what} has a polygon of {len(polygon)} point(s): an outline needs at least 3")
    if len(box) != 4 or not all(map(math.isfinite, box)) or box[0] >= box[2] or box[1] >= box[3]:
        raise ValueError(f"{what} has no finite box x0 < x1, y0 < y1")
    if not math.isfinite(candidate.score):
        raise ValueError(f"{what} has a score that is not a finite number ({candidate.score})")
    if not all(math.isfinite(value) for point in polygon for value in point):
        raise ValueError(f"{what} has a polygon point that is not a finite number")
    return candidate


OVERVIEW = 1024  # pixels a side of the decimated read that finds a raster's range for its stretch


class RasterPixels:
    """A view's pixels (height x width x 3, uint8) as `select` reads them, ``image[rows, columns]`` with
    slices, read from the open raster only there: the colour tests look at the candidates' boxes, so a
    60,000² raster is never read whole. Bands 1-3 (band 1 as grey); other than 8-bit, stretched to 0..255
    between the raster's finite minimum and maximum, found on a read decimated to `OVERVIEW` a side."""

    dtype = np.dtype(np.uint8)

    def __init__(self, dataset):
        self.dataset = dataset
        self.shape = (dataset.height, dataset.width, 3)
        self.indexes = [1, 2, 3] if dataset.count >= 3 else [1, 1, 1]

    @functools.cached_property
    def limits(self) -> tuple[float, float] | None:
        dataset = self.dataset
        if all(dataset.dtypes[index - 1] == "uint8" for index in self.indexes):
            return None
        scale = max(1.0, max(dataset.width, dataset.height) / OVERVIEW)
        shape = (3, max(1, round(dataset.height / scale)), max(1, round(dataset.width / scale)))
        data = dataset.read(self.indexes, out_shape=shape)
        finite = data[np.isfinite(data)]
        return (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)

    def __getitem__(self, key) -> np.ndarray:
        from rasterio.windows import Window

        (row0, row1, row_step), (column0, column1, column_step) = (
            part.indices(size) for part, size in zip(key, self.shape[:2], strict=True)
        )
        rows, columns = len(range(row0, row1, row_step)), len(range(column0, column1, column_step))
        if rows == 0 or columns == 0:
            return np.empty((rows, columns, 3), self.dtype)
        window = Window(column0, row0, column1 - column0, row1 - row0)
        # A step (select samples a large outline on a grid) reads decimated, each pixel the nearest.
        bands = self.dataset.read(self.indexes, window=window, out_shape=(3, rows, columns))
        pixels = np.moveaxis(bands, 0, -1)
        if self.limits is None:
            return pixels
        low, high = self.limits
        stretched = np.nan_to_num((pixels.astype(np.float64) - low) / max(high - low, 1e-9) * 255)
        return np.clip(stretched, 0, 255).astype(np.uint8)


def frame_of(width: int, height: int, transform, crs) -> Frame:
    """The frame of a view with a rasterio ``transform`` and ``crs`` (None: not georeferenced, north up)."""
    if crs is None:
        return Frame(width, height)
    # A local (engineering) CRS has no place on the Earth: its distances are not known to be metres.
    on_earth = crs.is_projected or crs.is_geographic
    size = ground_pixel_size(width, height, transform, crs) if on_earth else None
    return Frame.from_transform(width, height, transform, size)


def ground_pixel_size(width: int, height: int, transform, crs) -> float:
    """The side on the ground, in metres, of a pixel at the view's centre: the square root of its area on
    the WGS 84 ellipsoid, from its corners' latitudes and longitudes. A CRS's map unit is not a metre on
    the ground: in Web Mercator at 50° N one is 0.64 m."""
    from rasterio.warp import transform as reproject

    column, row = width / 2, height / 2
    corners = [transform * point for point in ((column, row), (column + 1, row), (column, row + 1))]
    longitudes, latitudes = reproject(crs, "EPSG:4326", *zip(*corners, strict=True))
    latitude = math.radians(latitudes[0])
    # The ellipsoid's radii of curvature there: along the meridian, and along the parallel's circle.
    squared_eccentricity = WGS84_FLATTENING * (2 - WGS84_FLATTENING)
    w = math.sqrt(1 - squared_eccentricity * math.sin(latitude) ** 2)
    meridian = WGS84_RADIUS * (1 - squared_eccentricity) / w**3
    parallel = WGS84_RADIUS / w * math.cos(latitude)
    sides = [
        (
            math.radians((longitude - longitudes[0] + 180) % 360 - 180)
            * parallel,  # across the antimeridian too
            math.radians(latitude_ - latitudes[0]) * meridian,
        )
        for longitude, latitude_ in zip(longitudes[1:], latitudes[1:], strict=True)
    ]
    (east_1, north_1), (east_2, north_2) = sides
    return math.sqrt(abs(east_1 * north_2 - north_1 * east_2))


def refer(expression: str, image: Path | None = None, candidates: Path | None = None) -> dict:
    """The program as JSON, and with an image and candidates, which of them it selects."""
    program = parse_expression(expression)
    if image is None and candidates is None:
        return {**program.as_json(), "explanation": program.explain()}
    if image is None or candidates is None:
        raise ValueError("give both --image and --candidates to select, or neither to see the program")
    given = read_candidates(candidates)
    import rasterio
    from rasterio.errors import NotGeoreferencedWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGeoreferencedWarning)
        with rasterio.open(image) as dataset:
            if dataset.crs is not None and abs(dataset.transform.determinant) < 1e-300:
                raise ValueError(f"{image}: its geotransform gives a pixel no area, so north is unknown")
            frame = frame_of(dataset.width, dataset.height, dataset.transform, dataset.crs)
            selection = select(program, given, frame, RasterPixels(dataset))
    return {
        "selected": selection.selected,
        "matches": selection.matches,
        "notes": selection.notes,
        "program": program.as_json(),
        "explanation": program.explain(),
    }
