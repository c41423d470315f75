"""A batch job: many rasters (or one mosaic) by text into one GeoPackage, on the local engine or Ray.

The plan is the Processing algorithm's: each raster in overlapping tiles (model_process.tiling.plan_tiles),
the model on each tile, seam pieces dissolved per raster and expression (tiling.merge_seams). Tiles
become work items; finished tiles go to the job folder as they arrive; the merge and the output come
last, from the job folder, so an interrupted job re-run with the same arguments gives the same file.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..foundation.dependencies import require
from ..foundation.run_settings import RunSettings
from ..foundation.vector_files import check_target
from ..model_process.engines import LocalEngine, RayEngine, WorkItem
from ..model_process.export import Feature, write_features
from ..model_process.features import result_features, utc_now
from ..model_process.tiling import TiledPolygon, TiledRaster, merge_seams, open_tiled_raster, plan_tiles
from ..model_process.vectorize import to_wkt
from ..protocol.messages import RAY_CONNECT_TIMEOUT_S, TileJob, check_tiling
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
        check_tiling(self.tile, self.overlap)
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
    seconds: float = 0.0
    startup_seconds: float = 0.0  # until the first tile came back: cluster start and model loads


Progress = Callable[[int, int], None]  # (tiles done, tiles in the plan)


def job_folder(out: Path) -> Path:
    return Path(out).with_name(Path(out).name + ".job")


def run_batch(settings: BatchSettings, progress: Progress | None = None, is_cancelled=None) -> BatchReport:
    """Run the job (resuming from its job folder) and write the GeoPackage when every tile is done."""
    started = time.perf_counter()
    job = TileJob(settings.model, tuple(settings.texts), settings.run, settings.min_score)  # checks them
    if not job.expressions:
        raise ValueError("give at least one --text")
    out = Path(settings.out)
    if out.suffix.lower() != ".gpkg":
        raise ValueError(f"{out.name}: a batch job writes a GeoPackage (.gpkg)")
    check_target(out, settings.overwrite)
    report = BatchReport()
    rasters = _open_rasters(settings.rasters, settings.bands, report)
    crs_wkt = _output_crs(rasters, settings.crs)
    items = [
        WorkItem(f"{index}-{number}", raster, tile)
        for index, raster in rasters.items()
        for number, tile in enumerate(
            plan_tiles(raster.width, raster.height, settings.tile, settings.overlap)
        )
    ]
    report.tiles = len(items)
    journal = Journal(job_folder(out), _arguments(settings, list(job.expressions)))
    report.replaced_job = journal.replaced
    finished = journal.finished()
    todo = [item for item in items if item.tile_id not in finished]
    report.skipped_tiles = len(items) - len(todo)
    engine = _engine(settings, job) if todo else None
    done = report.skipped_tiles
    if progress is not None:
        progress(done, report.tiles)
    try:
        for tile_id, outcome in engine.run(todo, is_cancelled) if engine else ():
            if not report.startup_seconds:
                report.startup_seconds = time.perf_counter() - started
            if isinstance(outcome, str):
                report.failed_tiles.append((tile_id, outcome))
            else:
                journal.record(tile_id, outcome)
            done += 1
            if progress is not None:
                progress(done, report.tiles)
    finally:
        if engine is not None:
            engine.close()
    if not report.failed_tiles:
        features = _merge(rasters, items, journal, crs_wkt, settings.run.min_pixels, settings.model)
        write_features(out, features, crs_wkt, overwrite=settings.overwrite)
        report.polygons = len(features)
        journal.remove()
    report.seconds = time.perf_counter() - started
    return report


def _open_rasters(
    paths: list[str], bands: tuple[int, int, int] | None, report: BatchReport
) -> dict[int, TiledRaster]:
    """Every raster that can be read and placed, by its position in the list; the others are reported."""
    rasterio = require("rasterio")
    rasters = {}
    for index, path in enumerate(paths):
        try:
            rasters[index] = open_tiled_raster(str(path), bands=bands)
        except (OSError, ValueError, rasterio.errors.RasterioError) as error:
            report.skipped_rasters.append((str(path), str(error).splitlines()[0]))
    if not rasters:
        raise ValueError(
            "none of the rasters can be read: " + "; ".join(r for _, r in report.skipped_rasters)
        )
    return rasters


def _output_crs(rasters: dict[int, TiledRaster], requested: str | None) -> str:
    from rasterio.crs import CRS
    from rasterio.errors import CRSError

    if requested:
        try:
            return CRS.from_user_input(requested).to_wkt()
        except CRSError as error:
            raise ValueError(
                f"--crs {requested!r} is not a coordinate reference system GDAL knows"
            ) from error
    first = next(iter(rasters.values())).crs_wkt
    reference = CRS.from_wkt(first)
    for raster in rasters.values():
        if CRS.from_wkt(raster.crs_wkt) != reference:
            raise ValueError(
                f"the rasters are in different coordinate reference systems ({Path(raster.path).name} is "
                "not in the first one's); choose the output's with --crs, e.g. --crs EPSG:4326"
            )
    return first


def _arguments(settings: BatchSettings, texts: list[str]) -> dict:
    """What the job's tiles depend on: a re-run with these resumes, any other starts afresh."""
    return {
        "rasters": [str(Path(path).resolve()) for path in settings.rasters],
        "texts": texts,
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


def _merge(
    rasters: dict[int, TiledRaster],
    items: list[WorkItem],
    journal: Journal,
    crs_wkt: str,
    min_pixels: int,
    model: str,
) -> list[Feature]:
    """The final polygons of every raster, seams dissolved, as features in the output CRS with the
    raster's name and the attributes of every result, in a stable order (so that any engine, and a
    resumed job, write the same geometries)."""
    shapely = require("shapely")
    from rasterio.crs import CRS
    from rasterio.warp import transform_geom
    from shapely.geometry import mapping, shape

    output = CRS.from_wkt(crs_wkt)
    created = utc_now()
    features = []
    for raster in rasters.values():
        final: list[TiledPolygon] = []
        seam: list[TiledPolygon] = []
        for item in items:
            if item.raster is raster:
                result = journal.result(item.tile_id)
                final.extend(result.final)
                seam.extend(result.seam)
        polygons = final + list(merge_seams(seam, min_pixels * raster.pixel_area))
        source = CRS.from_wkt(raster.crs_wkt)
        name = Path(raster.path).name
        for polygon in sorted(polygons, key=lambda p: (p.expression, p.wkt)):
            (feature,) = result_features(
                [polygon.wkt], polygon.expression, model, polygon.score, raster.crs_wkt, created
            )
            wkt = polygon.wkt
            if source != output:
                wkt = to_wkt(shape(transform_geom(source, output, mapping(shapely.from_wkt(wkt)))))
            features.append(Feature(wkt, {"raster": name, **feature.attributes()}))
    return features
