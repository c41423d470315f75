"""tests.batch_models's painted objects that write each image they are given to a log (config.json's
"log": one JSON line per image, its shape), so that a QGIS test counts what its model process encodes.
Registered in the model process with RRSIS_QGIS_MODEL_SETUP=tests.logged_painted:register."""

from __future__ import annotations

import json

from rrsis_qgis.models.registry import register_model_type
from tests import batch_models


class LoggedPaintedObjects(batch_models.PaintedObjects):
    name = "logged-painted-objects"

    def __init__(self, phrases: dict, log: str) -> None:
        super().__init__(phrases)
        self.log = log

    def set_image(self, image, key=None):
        with open(self.log, "a") as stream:
            stream.write(json.dumps(list(image.shape)) + "\n")
        super().set_image(image, key)


def register() -> None:
    batch_models.register()

    def load(context):
        settings = json.loads((context.folder / "config.json").read_text())
        return LoggedPaintedObjects(settings["phrases"], settings["log"])

    register_model_type("logged-painted-objects", load, reads="program", takes_clicks=True)
