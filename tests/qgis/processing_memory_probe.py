"""Run by test_processing.py in a fresh process: processing.run on a raster with a given tile size, then
print how far the model process's resident memory rose above its level before the run (MiB; Linux
/proc). The tiles are read and segmented there, so that is where memory could follow the raster."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import numpy as np


def main(raster: str, model_folder: str, tile: int) -> None:
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(QgsApplication.pkgDataPath() + "/python/plugins")  # QGIS's own processing plugin
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    from rrsis_qgis.processing.provider import RrsisProvider
    from rrsis_qgis.qgis_ui.runtime import model_process
    from tests.qgis.geotiff import write_geotiff

    os.environ["RRSIS_QGIS_MODEL_SETUP"] = "tests.batch_models:register"
    provider = RrsisProvider()  # referenced for as long as it is registered
    QgsApplication.processingRegistry().addProvider(provider)
    parameters = {"INPUT": raster, "EXPRESSIONS": "bright", "MODEL": model_folder, "TILE_SIZE": tile,
                  "OVERLAP": 64, "OUTPUT": "memory:"}  # fmt: skip
    # Warm up (imports, GDAL drivers) on another, small raster: none of the measured raster is cached.
    with tempfile.TemporaryDirectory() as folder:
        small = write_geotiff(
            f"{folder}/small.tif", np.zeros((3, 256, 256), np.uint8), (0, 0), 1, "EPSG:32613"
        )
        processing.run("rrsis:segmentrasterbytext", {**parameters, "INPUT": small, "TILE_SIZE": 128})
    # Reset the kernel's peak-RSS mark (Linux: "5" to clear_refs), so start-up peaks do not count.
    worker = Path(f"/proc/{model_process().pid}")
    (worker / "clear_refs").write_text("5")
    before = _status_kib(worker, "VmRSS")
    output = processing.run("rrsis:segmentrasterbytext", parameters)["OUTPUT"]
    growth = (_status_kib(worker, "VmHWM") - before) / 1024
    print(json.dumps({"growth_mib": growth, "features": output.featureCount()}))


def _status_kib(process: Path, field: str) -> int:
    for line in (process / "status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
