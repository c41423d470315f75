"""Batch throughput: tiles per second of the local engine and of a local Ray cluster with 1 and 2 model
workers, the demo model on this machine's CPU, measured in the same run (`python -m bench.batch_throughput`).

Steady speed counts from the first finished tile (after the cluster started and each worker loaded its
model, which the start column shows); Ray's overhead per tile is its 1-worker steady time per tile
minus the local one; the scaling efficiency is the 2-worker steady speed over twice the 1-worker one.

Then the memory of a whole-raster selection's candidates (`candidate_memory`; this table alone:
`python -m bench.batch_throughput memory`): the peak memory Python traced (tracemalloc) while the tiles
of a run give many synthetic candidates and then at the selection, held the way the tiled driver held
them before (every tile's WKT in a dict, outlines as tuples of tuples) and the way it does now (on disk,
read back for the phrase; outlines as float arrays), measured in the same run.
"""

from __future__ import annotations

import sys
import tempfile
import tracemalloc
from pathlib import Path

import numpy as np

from rrsis_qgis.batch.job import BatchSettings, run_batch
from rrsis_qgis.foundation.run_settings import RunSettings

SCENES, SIZE, TILE, OVERLAP = 4, 1024, 512, 64
# A city's cars: 50,000 detections of 250 a tile, each traced on 0.3 m pixels.
CANDIDATES, PER_TILE, PIXEL, ORIGIN = 50_000, 250, 0.3, (450000.0, 4440000.0)


def _rasters(folder: Path) -> list[str]:
    from rrsis_qgis.training.synthetic import generate_sample, write_geotiff

    return [
        str(write_geotiff(generate_sample(2026, "test", index, size=SIZE), folder / f"scene{index}.tif"))
        for index in range(SCENES)
    ]


def main() -> None:
    import torch

    folder = Path(tempfile.mkdtemp())
    rasters = _rasters(folder)
    runs = [("local", 1), ("ray", 1), ("ray", 2)]
    rows = []
    for engine, workers in runs:
        # Each worker gets one core: two Ray workers share this machine's cores as two torch threads.
        settings = BatchSettings(
            rasters=rasters,
            texts=["all ponds", "the largest building"],
            model="synthetic-demo",
            out=folder / f"{engine}-{workers}.gpkg",
            engine=engine,
            workers=workers,
            tile=TILE,
            overlap=OVERLAP,
            run=RunSettings(device="cpu"),
        )
        report = run_batch(settings)
        steady = (report.tiles - 1) / (report.seconds - report.startup_seconds)
        rows.append((engine, workers, report.tiles, report.startup_seconds, steady))
    tiles, local_speed, one_worker = rows[0][2], rows[0][4], rows[1][4]
    print(
        f"Batch: {SCENES} rasters of {SIZE}² px in {TILE} px tiles ({tiles} tiles, 2 expressions), "
        f"synthetic-demo on the CPU ({torch.get_num_threads()} threads)"
    )
    print("| engine | workers | tiles | start s | steady tiles/s | scaling efficiency | overhead per tile |")
    print("|---|---|---|---|---|---|---|")
    for engine, workers, count, start, speed in rows:
        efficiency = f"{speed / (workers * one_worker):.2f}" if engine == "ray" else "-"
        overhead = (
            f"{(1 / one_worker - 1 / local_speed) * 1e3:.0f} ms" if (engine, workers) == ("ray", 1) else "-"
        )
        print(f"| {engine} | {workers} | {count} | {start:.1f} | {speed:.2f} | {efficiency} | {overhead} |")
    print(
        "(a Ray worker has one CPU, so torch runs one thread in it; the local engine runs "
        f"{torch.get_num_threads()}: the overhead holds that difference too)"
    )
    print()
    candidate_memory()


def _tile_cars(tile: int) -> dict:
    """One tile's synthetic cars for the phrase "car", as segment_tile gives them: outlines on the pixel
    grid (a traced mask's corners), in the raster's CRS, as full-precision WKT."""
    import shapely

    from rrsis_qgis.model_process.tiling import TiledCandidate
    from rrsis_qgis.model_process.vectorize import to_wkt

    rng = np.random.default_rng(tile)
    x, y, turn = (rng.uniform(0, high, (PER_TILE, 1)) for high in (4000, 4000, np.pi))
    angles = np.linspace(0, 2 * np.pi, 48, endpoint=False)
    u, v = 8 * np.cos(angles), 3.5 * np.sin(angles)  # a car of 16 x 7 pixels
    columns = np.round(x + u * np.cos(turn) - v * np.sin(turn))
    rows = np.round(y + u * np.sin(turn) + v * np.cos(turn))
    corners = np.stack([ORIGIN[0] + PIXEL * columns, ORIGIN[1] - PIXEL * rows], axis=2)
    outlines = shapely.buffer(shapely.remove_repeated_points(shapely.polygons(corners)), 0)
    scores = rng.uniform(0.3, 0.9, PER_TILE).tolist()
    return {"car": [TiledCandidate(to_wkt(o), s, False) for o, s in zip(outlines, scores, strict=True)]}


def _old_way() -> tuple[int, int]:
    """Before: every tile's candidates kept in a dict until the selection, which made each one's outline
    a tuple of tuples of floats. The peak traced while the tiles ran, and at the selection."""
    import shapely

    from rrsis_qgis.referring.select import Candidate

    found: dict[str, list] = {}
    for tile in range(CANDIDATES // PER_TILE):
        for phrase, candidates in _tile_cars(tile).items():
            found.setdefault(phrase, []).extend((f"0-{tile}", candidate) for candidate in candidates)
    _, tiles_peak = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    given = []  # what select is given, held as it runs
    for number, (_, piece) in enumerate(found["car"]):
        shape = shapely.from_wkt(piece.wkt)
        given.append(Candidate(f"0:{number}", shape.bounds, piece.score, tuple(shape.exterior.coords)[:-1]))
    _, selection_peak = tracemalloc.get_traced_memory()
    return tiles_peak, selection_peak


def _new_way() -> tuple[int, int, int]:
    """Now: the tiled driver's store on disk, read back for the phrase at the selection
    (whole_raster._objects: the same joining, outlines as float arrays). The peaks, and the file's size."""
    from affine import Affine

    from rrsis_qgis.model_process.candidate_store import CandidateStore
    from rrsis_qgis.model_process.whole_raster import _objects

    store = CandidateStore()
    try:
        for tile in range(CANDIDATES // PER_TILE):
            store.add(0, f"0-{tile}", _tile_cars(tile))
        _, tiles_peak = tracemalloc.get_traced_memory()
        size = Path(store.path).stat().st_size
        tracemalloc.reset_peak()
        to_pixels = ~Affine(PIXEL, 0, ORIGIN[0], 0, -PIXEL, ORIGIN[1])
        given = _objects(store.of_raster(0).pieces("car"), PIXEL, to_pixels).candidates(0)
        assert len(given) == CANDIDATES
        _, selection_peak = tracemalloc.get_traced_memory()
    finally:
        store.close()
    return tiles_peak, selection_peak, size


def candidate_memory() -> None:
    import shapely

    sizes = [len(shapely.from_wkt(car.wkt).exterior.coords) - 1 for car in _tile_cars(0)["car"]]
    rows = []
    for name, way in [("before: in memory, tuples", _old_way), ("now: on disk, arrays", _new_way)]:
        tracemalloc.start()
        try:
            peaks = way()
        finally:
            tracemalloc.stop()
        rows.append((name, *peaks[:2], peaks[2] if len(peaks) > 2 else None))
    mib = 2**20
    print(
        f"Whole-raster candidates: {CANDIDATES:,} synthetic cars of {np.mean(sizes):.0f} vertices "
        f"({PER_TILE} a tile), peak memory traced by Python (tracemalloc)"
    )
    print("| held | while the tiles run MiB | at the selection MiB | on disk MiB |")
    print("|---|---|---|---|")
    for name, tiles, selection, size in rows:
        disk = "-" if size is None else f"{size / mib:.1f}"
        print(f"| {name} | {tiles / mib:.1f} | {selection / mib:.1f} | {disk} |")
    print(
        "(not traced: shapely's geometries, which the selection holds for the phrase either way; SQLite's "
        "page cache, at most 2 MiB, is all the store holds in memory)"
    )


if __name__ == "__main__":
    if sys.argv[1:] == ["memory"]:
        candidate_memory()
    else:
        main()
