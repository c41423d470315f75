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
import rasterio
from rasterio.transform import from_origin

from rrsis_qgis.foundation.predictor import Prediction


class BrightObjects:
    """A deterministic model for the Processing tests: marks bright pixels; counts the tiles it saw."""

    name = "bright-objects"
    images = 0

    def set_image(self, image):
        type(self).images += 1
        self.image = image

    def predict(self, text, *, threshold=0.5):
        mask = self.image.mean(axis=2) > 128
        return Prediction(mask=mask, probability=mask.astype(np.float32), score=0.9)

    def predict_batch(self, texts, *, threshold=0.5):
        return [self.predict(text) for text in texts]


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

    os.environ["RRSIS_QGIS_WORKER_SETUP"] = "tests.batch_models:register"
    provider = RrsisProvider()  # referenced for as long as it is registered
    QgsApplication.processingRegistry().addProvider(provider)
    parameters = {"INPUT": raster, "EXPRESSIONS": "bright", "MODEL": model_folder, "TILE_SIZE": tile,
                  "OVERLAP": 64, "OUTPUT": "memory:"}  # fmt: skip
    # Warm up (imports, GDAL drivers) on another, small raster: none of the measured raster is cached.
    with tempfile.TemporaryDirectory() as folder:
        small = f"{folder}/small.tif"
        profile = dict(driver="GTiff", width=256, height=256, count=3, dtype="uint8", crs="EPSG:32613")
        with rasterio.open(small, "w", transform=from_origin(0, 0, 1, 1), **profile) as out:
            out.write(np.zeros((3, 256, 256), dtype=np.uint8))
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
