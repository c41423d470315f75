"""`refer` at scale: a huge raster is read only where the selection looks, and the relations over many
candidates give exactly what the pair-by-pair definition gives."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import rasterio
from rasterio.transform import from_origin
from rasterio.windows import Window

from tests.conftest import REPO_ROOT

SIDE = 20_000  # 3 x 20,000² bytes = 1.2 GB when read whole; a few hundred kB on disk (sparse tiles)


def _sparse_raster(path):
    """A 20,000² RGB GeoTIFF whose tiles are empty but for a white and a gray square near its centre."""
    profile = dict(
        driver="GTiff", width=SIDE, height=SIDE, count=3, dtype="uint8", crs="EPSG:32613",
        transform=from_origin(450000, 4440000, 0.5, 0.5), tiled=True, blockxsize=512, blockysize=512,
        compress="deflate", sparse_ok=True,
    )  # fmt: skip
    with rasterio.open(path, "w", **profile) as dataset:
        dataset.write(np.full((3, 40, 40), 240, np.uint8), window=Window(10_000, 10_000, 40, 40))
        dataset.write(np.full((3, 40, 40), 120, np.uint8), window=Window(10_100, 10_000, 40, 40))
    return path


def test_refer_on_a_huge_raster_reads_only_what_the_colours_need(tmp_path):
    image = _sparse_raster(tmp_path / "huge.tif")
    candidates = {
        "storage tank": [
            {"id": "white", "box": [10_000, 10_000, 10_040, 10_040], "score": 0.6},
            {"id": "gray", "box": [10_100, 10_000, 10_140, 10_040], "score": 0.9},
        ]
    }
    (tmp_path / "c.json").write_text(json.dumps(candidates))
    arguments = ["refer", "the white tank", "--image", str(image), "--candidates", str(tmp_path / "c.json")]
    script = (
        "import resource, sys\n"
        "from rrsis_qgis.cli import main\n"
        f"status = main({arguments!r})\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, file=sys.stderr)\n"
        "sys.exit(status)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["selected"] == ["white"]
    peak_mib = int(result.stderr.strip().splitlines()[-1])
    assert peak_mib < 400, f"peak memory {peak_mib} MiB for a raster of {3 * SIDE**2 // 2**20} MiB"
