"""A TilesRequest (the Processing algorithm's run) on the model side: plan the tiles, run them on an
engine with the tiled driver (stopping on a failed tile), clip to the analyst's polygons, and give the
features as tiles finish; a run that found nothing because it searched only nodata says so."""

from __future__ import annotations

from collections.abc import Iterator

from ..foundation.dependencies import require
from ..foundation.errors import Cancelled
from ..foundation.messages import QT_TRANSLATE_NOOP, Message
from ..protocol.messages import Planned, ResultFeature, TilesDone, TilesRequest
from .engines import LocalEngine, RayEngine, WorkItem
from .features import result_features, utc_now
from .raster import read_pixels
from .tiled_driver import OnFailure, TiledRun
from .tiling import Tile, TiledRaster, open_tiled_raster, pixel_region, plan_tiles
from .vectorize import to_wkt

# pylupdate5 misses a template followed by a comma, as the formatter would write it.
# fmt: off
ONLY_NODATA = QT_TRANSLATE_NOOP("messages",
    "the raster holds no valid pixels where it was searched (only nodata): choose an extent where it "
    "has data")
# fmt: on


def tiled_features(
    request: TilesRequest, manager, progress=None, is_cancelled=None
) -> Iterator[Planned | ResultFeature | TilesDone]:
    """One `Planned` first, then every feature (in the raster's CRS) as its tile or seam is done, and
    last the `TilesDone` with the run's notes. The local engine uses ``manager``'s model, so the panel
    and the tiles share one warm model."""
    shapely = require("shapely")
    path, job = request.raster_path, request.job
    region = None if request.bounds is None else pixel_region(path, request.bounds)
    raster = open_tiled_raster(path, region, request.bands, request.stretch)
    tiles = plan_tiles(raster.width, raster.height, request.tile, request.overlap, region)
    yield Planned(len(tiles))
    within = None if request.within_wkt is None else shapely.from_wkt(request.within_wkt)
    engine = RayEngine(job, request.ray_address) if request.ray_address else LocalEngine(job, manager)
    items = [WorkItem(f"0-{number}", raster, tile) for number, tile in enumerate(tiles)]
    created = utc_now()

    def tile_done(finished: int, planned: int) -> None:
        tile = QT_TRANSLATE_NOOP("messages", "Tile {finished} of {planned}")
        progress(round(100 * finished / planned), Message(tile, finished=finished, planned=planned))

    run = TiledRun(
        engine,
        job,
        items,
        job.settings.min_pixels,
        OnFailure.STOP,
        progress=None if progress is None else tile_done,
        is_cancelled=is_cancelled,
    )
    found = False
    try:
        for _, polygon in run.polygons():
            found = True
            wkt = polygon.wkt
            if within is not None:
                clipped = _polygonal(shapely.from_wkt(wkt).intersection(within))
                if clipped is None:
                    continue
                wkt = to_wkt(clipped)
            yield from result_features(
                [wkt],
                polygon.expression,
                job.model,
                polygon.score,
                raster.crs_wkt,
                created,
                settings=job.settings,
            )
        nodata = [] if found or _holds_valid_pixels(raster, tiles, is_cancelled) else [Message(ONLY_NODATA)]
        yield TilesDone(len(tiles), run.notes + nodata)
    finally:
        engine.close()


def _holds_valid_pixels(raster: TiledRaster, tiles: list[Tile], is_cancelled=None) -> bool:
    """Whether a tile's core (the region searched) holds a valid pixel, as segment_tile judges them. Asked
    only when the run found nothing, and it stops at the first tile with data: a run that found
    something reads nothing more."""
    for tile in tiles:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled
        column0, row0, column1, row1 = tile.core
        window = read_pixels(
            raster.path, column0, row0, column1 - column0, row1 - row0, raster.bands, raster.limits
        )
        if window.valid.any():
            return True
    return False


def _polygonal(geometry):
    """The polygons of a clipped geometry (a clip can leave lines or points where edges touch); None
    when nothing with an area is left."""
    from shapely.geometry import MultiPolygon

    parts = [part for part in getattr(geometry, "geoms", [geometry]) if part.area > 0]
    polygons = [polygon for part in parts for polygon in getattr(part, "geoms", [part])]
    if not polygons:
        return None
    return polygons[0] if len(polygons) == 1 else MultiPolygon(polygons)
