"""Two painted detectors that disagree on known objects of tests.referring_scene's tank scene, for the
second opinion's tests, in this process and in the CLI's or QGIS's model process
(RRSIS_QGIS_MODEL_SETUP=tests.second_opinion_models:register).

The first (painted-objects) finds every white and gray tank and the white strip; the second
(moved-painted-objects) finds the white objects only, tank b moved 5 px east, and the road, which it
takes for a tank: on tank a, tank d and the strip they agree (IoU 1), on b in part, c only the first
finds and the road only the second."""

from __future__ import annotations

import json

import numpy as np

from rrsis_qgis.foundation.predictor import Instance
from rrsis_qgis.models.registry import register_model_type
from tests import batch_models
from tests.referring_scene import GRAY, PAINTED, ROAD, TANKS, WHITE

EXPRESSION = "all storage tanks"
MOVE = 5  # pixels east that the second model moves tank b
FIRST = {"model_type": "painted-objects", "phrases": PAINTED}
SECOND = {
    "model_type": "moved-painted-objects",
    "phrases": {"storage tank": {"colours": [list(WHITE), list(ROAD)], "scores": [0.7, 0.5]}},
    "moves": [[*TANKS["b"], MOVE, 0]],  # the region holding this pixel (x, y) moves by (dx, dy)
}
assert GRAY in [tuple(colour) for colour in PAINTED["storage tank"]["colours"]]  # tank c: the first's only


class MovedPaintedObjects(batch_models.PaintedObjects):
    """A painted detector whose regions holding a listed pixel come out moved by whole pixels."""

    name = "moved-painted-objects"

    def __init__(self, phrases: dict, moves: list) -> None:
        super().__init__(phrases)
        self.moves = moves

    def _regions(self, phrase):
        regions = super()._regions(phrase)
        for x, y, dx, dy in self.moves:
            for index, region in enumerate(regions):
                if region.probability[int(y), int(x)] > 0:
                    moved = np.roll(region.probability, (dy, dx), axis=(0, 1))
                    x0, y0, x1, y1 = region.box
                    regions[index] = Instance(moved, (x0 + dx, y0 + dy, x1 + dx, y1 + dy), region.score)
        return regions


def model_folders(folder) -> tuple[str, str]:
    """The two models' checkpoint folders under ``folder``: (first, second)."""
    paths = []
    for name, config in (("first", FIRST), ("second", SECOND)):
        path = folder / name
        path.mkdir(exist_ok=True)
        (path / "config.json").write_text(json.dumps(config))
        paths.append(str(path))
    return paths[0], paths[1]


def register() -> None:
    batch_models.register()

    def load(context):
        config = json.loads((context.folder / "config.json").read_text())
        return MovedPaintedObjects(config["phrases"], config["moves"])

    register_model_type("moved-painted-objects", load, reads="program", takes_clicks=True)
