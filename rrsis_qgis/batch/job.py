"""A batch job: many rasters (or one mosaic) by text into one GeoPackage, on the local engine or Ray.

The plan is the Processing algorithm's: each raster in overlapping tiles (model_process.tiling.plan_tiles),
the model on each tile, seam pieces dissolved per raster and expression (tiling.merge_seams), and a
program that a model reads selected once per raster after its tiles (model_process/whole_raster.py), run
by the tiled driver that Processing uses too, recording a failed tile and going on. Tiles become work items;
finished tiles go to the job folder as they arrive; the output is written last, with the job folder's
earlier tiles, so an interrupted job re-run with the same arguments gives the same file.
"""

from __future__ import annotations

import errno
import math
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..foundation.dependencies import require
from ..foundation.run_settings import RunSettings
from ..foundation.vector_files import check_target
from ..model_process.engines import LocalEngine, RayEngine, WorkItem
from ..model_process.export import Feature, write_features
from ..model_process.features import original_path, originals, result_features, utc_now
from ..model_process.raster import parse_crs
from ..model_process.tiled_driver import OnFailure, TiledRun
from ..model_process.tiling import TiledPolygon, TiledRaster, open_tiled_raster, plan_tiles
from ..model_process.vectorize import to_wkt
from ..protocol.messages import RAY_CONNECT_TIMEOUT_S, TileJob, check_expression, check_tiling
from .identity import file_identity, model_identity
from .journal import Journal


@dataclass
class BatchSettings:
    rasters: list[str]
    texts: list[str]
    model: str
    out: Path
    engine: str = "local"  # or "ray"
    address: str | None = None  # Ray: None starts a cluster of this machine; "auto", "ray://host:10001"
    tile: int = 1024
    overlap: int = 128
    workers: int = 1
    gpus_per_worker: float = 0.0
    cpus_per_worker: float = 1.0
    connect_timeout: float = RAY_CONNECT_TIMEOUT_S  # seconds a cluster address may stay silent
    crs: str | None = None  # the output's CRS; default: the rasters' own (they must share it then)
    bands: tuple[int, int, int] | None = None  # shown as red, green, blue; default: each raster's own
    run: RunSettings = field(default_factory=RunSettings)
    min_score: float = 0.0
    overwrite: bool = False

    def __post_init__(self) -> None:
        """Refused before any raster is opened or any job folder made."""
        out = Path(self.out)
        try:
            folder = out.is_dir()
        except OSError as error:  # a name longer than the file system keeps
            raise ValueError(f"--out {out}: {error.strerror}") from error
        if folder:
            raise ValueError(
                f"--out {out} is a folder: give the GeoPackage to write, e.g. {out / 'out.gpkg'}"
            )
        if out.suffix.lower() != ".gpkg":
            raise ValueError(f"--out {out.name}: a batch job writes a GeoPackage (.gpkg)")
        check_tiling(self.tile, self.overlap)
        if not 0.0 <= self.min_score <= 1.0:
            raise ValueError(f"--min-score is a model score between 0 and 1, not {self.min_score}")
        if self.engine not in ("local", "ray"):
            raise ValueError(f"unknown engine {self.engine!r}: choose local or ray")
        if not self.connect_timeout > 0:
            raise ValueError(
                f"--connect-timeout must be a positive number of seconds, not {self.connect_timeout}"
            )
        if self.workers < 1 or self.cpus_per_worker <= 0 or self.gpus_per_worker < 0:
            raise ValueError(
                f"a Ray job needs at least one worker with some CPU (workers {self.workers}, "
                f"CPUs {self.cpus_per_worker}, GPUs {self.gpus_per_worker} per worker)"
            )
        ray_only = {
            "--address": self.address is not None,
            "--workers": self.workers != 1,
            "--gpus-per-worker": self.gpus_per_worker != 0,
            "--cpus-per-worker": self.cpus_per_worker != 1,
            "--connect-timeout": self.connect_timeout != RAY_CONNECT_TIMEOUT_S,
        }
        given = [option for option, set_here in ray_only.items() if set_here]
        if self.engine == "local" and given:
            raise ValueError(f"{', '.join(given)} only apply to --engine ray; the local engine runs here")


@dataclass
class BatchReport:
    tiles: int = 0  # in the plan
    skipped_tiles: int = 0  # finished by an earlier run of the same job
    polygons: int = 0
    skipped_rasters: list[tuple[str, str]] = field(default_factory=list)  # (raster, reason)
    failed_tiles: list[tuple[str, str]] = field(default_factory=list)  # (tile id, reason)
    replaced_job: list[str] = field(default_factory=list)  # arguments of an unfinished job, now dropped
    changed: list[tuple[str, int]] = field(default_factory=list)  # (a raster or the model, tiles again)
    damaged_tiles: list[tuple[str, str]] = field(default_factory=list)  # (tile id, reason): run again
    notes: list[str] = field(default_factory=list)  # duplicates dropped; how the tiles read the texts
    seconds: float = 0.0
    startup_seconds: float = 0.0  # until the first tile came back: cluster start and model loads


Progress = Callable[[int, int], None]  # (tiles done, tiles in the plan)


def job_folder(out: Path) -> Path:
    return Path(out).with_name(Path(out).name + ".job")


def run_batch(settings: BatchSettings, progress: Progress | None = None, is_cancelled=None) -> BatchReport:
    """Run the job (resuming from its job folder) and write the GeoPackage when every tile is done."""
    started = time.perf_counter()
    report = BatchReport()
    if not settings.texts:
        raise ValueError("give at least one --text")
    texts = _distinct(settings.texts, check_expression, "--text {!r} repeats {!r}", report)
    # Each text checked and read once, here: every tile and the selection over each raster use this.
    job = TileJob(settings.model, tuple(texts), settings.run, settings.min_score)
    out = Path(settings.out)
    check_target(out, settings.overwrite)
    paths = _distinct(settings.rasters, _file_key, "{} is the same file as {}", report)
    rasters = _open_rasters(paths, settings.bands, report)
    crs_wkt = _output_crs(rasters, settings.crs, report)
    items = [
        WorkItem(f"{index}-{number}", raster, tile)
        for index, raster in rasters.items()
        for number, tile in enumerate(
            plan_tiles(raster.width, raster.height, settings.tile, settings.overlap)
        )
    ]
    report.tiles = len(items)
    try:
        journal = Journal(
            job_folder(out),
            _arguments(settings, paths, job),
            model_identity(settings.model),
            [file_identity(path) for path in paths],
        )
    except OSError as error:
        raise ValueError(_unusable(out, error)) from error
    report.replaced_job = journal.replaced
    report.changed = [
        (f"The model {settings.model}" if number is None else paths[number], tiles)
        for number, tiles in journal.changed
    ]
    finished = journal.finished()
    report.damaged_tiles = journal.damaged
    done = [item for item in items if item.tile_id in finished]
    earlier = ((item, journal.result(item.tile_id)) for item in done)  # each read as the run reaches it
    todo = [item for item in items if item.tile_id not in finished]
    report.skipped_tiles = len(done)
    if progress is not None:
        progress(report.skipped_tiles, report.tiles)

    def tile_done(ran: int, _planned: int) -> None:
        if not report.startup_seconds:
            report.startup_seconds = time.perf_counter() - started
        if progress is not None:
            progress(report.skipped_tiles + ran, report.tiles)

    engine = _engine(settings, job) if todo else None
    run = TiledRun(
        engine,
        job,
        todo,
        settings.run.min_pixels,
        OnFailure.RECORD,
        earlier=earlier,
        record=journal.record,
        progress=tile_done,
        is_cancelled=is_cancelled,
    )
    polygons: dict[int, list[TiledPolygon]] = {id(raster): [] for raster in rasters.values()}
    try:
        for raster, polygon in run.polygons():
            polygons[id(raster)].append(polygon)
    finally:
        if engine is not None:
            engine.close()
    report.failed_tiles = run.failed
    report.notes.extend(run.notes)
    if not report.failed_tiles:
        features, originals = _features(rasters, polygons, crs_wkt, settings.model, settings.run)
        write_features(out, features, crs_wkt, overwrite=settings.overwrite)
        if originals:  # regularized: the traced outlines beside them
            write_features(original_path(out), originals, crs_wkt, overwrite=True)
        report.polygons = len(features)
        journal.remove()
    report.seconds = time.perf_counter() - started
    return report


def _unusable(out: Path, error: OSError) -> str:
    """Why the job folder beside ``out`` cannot hold the job: one left odd (a file where a folder
    belongs), or none can be made there."""
    folder = job_folder(out)
    if os.path.lexists(folder):
        return (
            f"the job folder {folder} is not usable ({error.strerror}): delete it, and the job starts afresh"
        )
    return f"--out {out}: the job folder beside it, {folder.name}, cannot be made ({error.strerror})"


def _distinct(values: list[str], key, repeats: str, report: BatchReport) -> list[str]:
    """``values`` without repeats (the same ``key``: one file, one description), each dropped one
    noted (``repeats`` formatted with it and the one kept)."""
    kept: dict = {}
    for value in values:
        if key(value) in kept:
            report.notes.append(repeats.format(value, kept[key(value)]) + ": it is segmented once")
        else:
            kept[key(value)] = value
    return list(kept.values())


def _file_key(path: str):
    """What makes two paths one raster: the same file (device and inode, so that a hard link counts
    too), or for a path that is no file here (a GDAL URL) the same absolute path."""
    try:
        stat = os.stat(path)
    except OSError:
        return os.path.realpath(path)
    return (stat.st_dev, stat.st_ino)


def _open_rasters(
    paths: list[str], bands: tuple[int, int, int] | None, report: BatchReport
) -> dict[int, TiledRaster]:
    """Every raster that can be read and placed, by its position in the list; the others are reported."""
    rasterio = require("rasterio")
    rasters = {}
    for index, path in enumerate(paths):
        try:
            _check_links(path)
            rasters[index] = open_tiled_raster(str(path), bands=bands)
        except (OSError, ValueError, rasterio.errors.RasterioError) as error:
            report.skipped_rasters.append((str(path), str(error).splitlines()[0]))
    if not rasters:
        raise ValueError(
            "none of the rasters can be read: " + "; ".join(r for _, r in report.skipped_rasters)
        )
    return rasters


def _check_links(path: str) -> None:
    """ValueError for links that go round in a loop, which GDAL would report as a file that is missing."""
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise ValueError(error.strerror.lower()) from error


def _output_crs(rasters: dict[int, TiledRaster], requested: str | None, report: BatchReport) -> str:
    from rasterio.crs import CRS

    if requested:
        output = parse_crs(requested, "--crs")
        # A vertical, geocentric or engineering CRS would label map coordinates with what they are not
        # (a compound CRS is its horizontal part here, and rasterio says whether that is 2D).
        if not (output.is_projected or output.is_geographic):
            raise ValueError(
                f"--crs {requested!r} is not a map coordinate reference system (projected or "
                "geographic, e.g. EPSG:4326 or a UTM zone): the polygons cannot be written in it"
            )
        for raster in rasters.values():
            corners = _transformed_corners(raster, output, requested)
            _note_far_outside(raster, output, requested, corners, report)
        return output.to_wkt()
    first = next(iter(rasters.values())).crs_wkt
    reference = CRS.from_wkt(first)
    for raster in rasters.values():
        if CRS.from_wkt(raster.crs_wkt) != reference:
            raise ValueError(
                f"the rasters are in different coordinate reference systems ({Path(raster.path).name} is "
                "not in the first one's); choose the output's with --crs, e.g. --crs EPSG:4326"
            )
    return first


# Farther from a projection's origin than half the equator: a place outside the area it is made for,
# where its areas and shapes are stretched many times over (Web Mercator's 85 degrees are 20,037 km).
FAR_OUTSIDE_M = 2.1e7


def _note_far_outside(raster: TiledRaster, output, requested: str, corners, report: BatchReport) -> None:
    _, metres = output.linear_units_factor if output.is_projected else (None, 0.0)
    farthest = max(abs(value) for value in corners) * metres
    if farthest > FAR_OUTSIDE_M:
        report.notes.append(
            f"{Path(raster.path).name} lies far outside the area that --crs {requested!r} is made for "
            f"({farthest / 1e3:,.0f} km from its origin): the polygons' shapes and areas are badly "
            "distorted there"
        )


def _transformed_corners(raster: TiledRaster, output, requested: str) -> tuple[float, ...]:
    """The raster's bounds in ``output``; ValueError naming --crs when they cannot be carried there (no
    operation between the two CRSs, or numbers that are not finite), found before any tile runs."""
    import rasterio
    from affine import Affine
    from rasterio._err import CPLE_BaseError  # PROJ's refusal; no public module of rasterio names it
    from rasterio.crs import CRS
    from rasterio.errors import RasterioError
    from rasterio.transform import array_bounds
    from rasterio.warp import transform_bounds

    west, south, east, north = array_bounds(raster.height, raster.width, Affine(*raster.transform[:6]))
    try:
        with rasterio.Env():  # GDAL's error goes to Python's logging, not printed above the message
            corners = transform_bounds(CRS.from_wkt(raster.crs_wkt), output, west, south, east, north)
    except (CPLE_BaseError, RasterioError, ValueError):
        reason = "PROJ knows no way from its CRS to that one"
    else:
        if all(math.isfinite(value) for value in corners):
            return corners
        reason = "its corners have no coordinates there"
    raise ValueError(
        f"--crs {requested!r}: {Path(raster.path).name} cannot be transformed into it ({reason}); "
        "choose another output CRS"
    )


def _arguments(settings: BatchSettings, rasters: list[str], job: TileJob) -> dict:
    """What the job's tiles depend on: a re-run with these resumes, any other starts afresh (what the
    model's and the rasters' files hold is the journal's to compare). The texts' readings too: a tile
    holds what was found for the phrases of a reading, which another version of the parser may not ask."""
    return {
        "rasters": [os.path.realpath(path) for path in rasters],
        "texts": list(job.expressions),
        "programs": list(job.programs),
        "model": settings.model,
        "tile": settings.tile,
        "overlap": settings.overlap,
        "bands": settings.bands,
        "run": asdict(settings.run),
        "min_score": settings.min_score,
    }


def _engine(settings: BatchSettings, job: TileJob):
    if settings.engine == "local":
        return LocalEngine(job)
    return RayEngine(
        job,
        settings.address,
        settings.workers,
        settings.cpus_per_worker,
        settings.gpus_per_worker,
        settings.connect_timeout,
    )


def _features(
    rasters: dict[int, TiledRaster],
    polygons: dict[int, list[TiledPolygon]],
    crs_wkt: str,
    model: str,
    run: RunSettings,
) -> tuple[list[Feature], list[Feature]]:
    """Every raster's polygons as features in the output CRS, with the raster's name and the attributes
    of every result, in a stable order (so that any engine, and a resumed job, write the same file);
    and when they were regularized, their traced outlines with the same attributes."""
    shapely = require("shapely")
    from rasterio.crs import CRS
    from rasterio.warp import transform_geom
    from shapely.geometry import mapping, shape

    output = CRS.from_wkt(crs_wkt)
    created = utc_now()
    features, traced = [], []
    for raster in rasters.values():
        source = CRS.from_wkt(raster.crs_wkt)
        name = Path(raster.path).name

        def moved(wkt: str, source=source) -> str:
            if source == output:
                return wkt
            return to_wkt(shape(transform_geom(source, output, mapping(shapely.from_wkt(wkt)))))

        for polygon in sorted(polygons[id(raster)], key=lambda p: (p.expression, p.wkt)):
            (feature,) = result_features(
                [polygon.wkt], polygon.expression, model, polygon.score, raster.crs_wkt, created, settings=run
            )
            features.append(Feature(moved(feature.wkt), {"raster": name, **feature.attributes()}))
            for original in originals([feature], raster.crs_wkt):
                traced.append(Feature(moved(original.wkt), {"raster": name, **original.attributes()}))
    return features, traced
