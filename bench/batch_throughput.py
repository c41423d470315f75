"""Batch throughput: tiles per second of the local engine and of a local Ray cluster with 1 and 2 model
workers, the demo model on this machine's CPU, measured in the same run (`python -m bench.batch_throughput`).

Steady speed counts from the first finished tile (after the cluster started and each worker loaded its
model, which the start column shows); Ray's overhead per tile is its 1-worker steady time per tile
minus the local one; the scaling efficiency is the 2-worker steady speed over twice the 1-worker one.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from rrsis_qgis.batch.job import BatchSettings, run_batch
from rrsis_qgis.foundation.run_settings import RunSettings

SCENES, SIZE, TILE, OVERLAP = 4, 1024, 512, 64


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


if __name__ == "__main__":
    main()
