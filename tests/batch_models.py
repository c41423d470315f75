"""Deterministic model types for the batch, Processing and referring tests, registered in the test
process, in the plugin's model process (RRSIS_QGIS_MODEL_SETUP=tests.batch_models:register) and, through
Ray's worker setup hook, in every Ray worker. A model folder whose config.json names a ``log`` file gets
a model that writes there what reached it (its load settings, each image), for tests in another process
to read."""

from __future__ import annotations

import json
import os
import threading
import time

import numpy as np

from rrsis_qgis.foundation.predictor import Instance, Prediction, prediction_from_instances
from rrsis_qgis.models.registry import register_model_type


class BrightObjects:
    """A deterministic model for the Processing tests: marks bright pixels; counts the tiles it saw."""

    name = "bright-objects"
    images = 0
    image_key = None

    def set_image(self, image, key=None):
        type(self).images += 1
        self.image, self.image_key = image, key

    def predict(self, text, *, threshold=0.5):
        mask = self.image.mean(axis=2) > 128
        return Prediction(mask=mask, probability=mask.astype(np.float32), score=0.9)

    def predict_batch(self, texts, *, threshold=0.5):
        return [self.predict(text) for text in texts]


class Recorded(BrightObjects):
    """Bright objects that append what reached them to a JSON-lines file."""

    def __init__(self, log: str, context) -> None:
        self.log = log
        settings = context.settings
        self._write(
            load={"device": context.device, "precision": settings.precision, "threshold": settings.threshold,
                  "min_pixels": settings.min_pixels}
        )  # fmt: skip

    def set_image(self, image, key=None):
        self._write(image=list(image.shape))
        super().set_image(image, key)

    def _write(self, **record) -> None:
        with open(self.log, "a") as stream:
            stream.write(json.dumps(record) + "\n")


def records(log, kind: str) -> list:
    """What a Recorded model wrote of one kind ("load" or "image"), oldest first."""
    if not os.path.exists(log):
        return []
    with open(log) as stream:
        lines = [json.loads(line) for line in stream.read().splitlines()]
    return [line[kind] for line in lines if kind in line]


def _broken(context):
    raise TypeError("unsupported operand type(s) for +: 'int' and 'str'")  # a bug in a model's code


def _bright_objects(context):
    log = _settings(context).get("log")
    return Recorded(log, context) if log else BrightObjects()


class SavesImages:
    """Saves every image it is given (as .npy, numbered, in the folder config.json names); finds nothing."""

    name = "saves-images"
    image_key = None

    def __init__(self, folder: str) -> None:
        self.folder = folder

    def set_image(self, image, key=None):
        self.image, self.image_key = image, key
        np.save(os.path.join(self.folder, f"{len(os.listdir(self.folder)):04d}.npy"), image)

    def predict(self, text, *, threshold=0.5):
        empty = np.zeros(self.image.shape[:2], dtype=bool)
        return Prediction(mask=empty, probability=empty.astype(np.float32), score=0.0)

    def predict_batch(self, texts, *, threshold=0.5):
        return [self.predict(text) for text in texts]


class DiesOnce(BrightObjects):
    """Bright objects, but the process dies (as a native crash would end it) on its first tile ever."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def set_image(self, image, key=None):
        if not os.path.exists(self.marker):
            open(self.marker, "w").close()
            os._exit(1)
        super().set_image(image, key)


class Slow(BrightObjects):
    def set_image(self, image, key=None):
        time.sleep(0.25)
        super().set_image(image, key)


class Hangs(BrightObjects):
    """A model whose encoder never returns (a deadlock in native code looks like this from outside)."""

    def set_image(self, image, key=None):
        threading.Event().wait()


class PaintedObjects:
    """A deterministic detector for referring expressions: the objects of a phrase are the connected
    regions painted in one of its colours (config.json: {"phrases": {"storage tank": {"colours":
    [[235, 235, 230], ...], "scores": [0.6, ...]}}}, a score per colour), found like a detector finds
    them, most confident first; a whole sentence (the old way) is read as the phrase whose last word
    it holds."""

    name = "painted-objects"
    input_side = None
    image_key = None

    def __init__(self, phrases: dict, seconds: float = 0.0) -> None:
        self.phrases = phrases
        self.seconds = seconds  # how long each search takes (to click while a text run is under way)

    def set_image(self, image, key=None):
        self.image, self.image_key = image, key

    def find(self, phrase, limit=None):
        time.sleep(self.seconds)
        return self._regions(phrase)[:limit]

    def _regions(self, phrase):
        from rasterio.features import rasterize, shapes

        found = []
        spec = self.phrases.get(phrase, {"colours": [], "scores": []})
        for colour, score in zip(spec["colours"], spec["scores"], strict=True):
            painted = (np.abs(self.image.astype(int) - colour).max(axis=2) <= 12).astype(np.uint8)
            for shape, _ in shapes(painted, mask=painted.astype(bool)):
                region = rasterize([shape], out_shape=painted.shape).astype(bool)
                rows, columns = np.nonzero(region)
                box = (
                    float(columns.min()),
                    float(rows.min()),
                    float(columns.max() + 1),
                    float(rows.max() + 1),
                )
                found.append(Instance(region.astype(np.float32), box, score))
        found.sort(key=lambda instance: -instance.score)
        return found

    def predict(self, text, *, threshold=0.5):
        from rrsis_qgis.referring.parse import is_plural

        named = [phrase for phrase in self.phrases if phrase.split()[-1] in text.lower()]
        instances = self.find(named[0], None if is_plural(text) else 1) if named else []
        return prediction_from_instances(self.image.shape[:2], instances, threshold)

    def predict_batch(self, texts, *, threshold=0.5):
        return [self.predict(text, threshold=threshold) for text in texts]

    def click(self, points, labels, box=None, *, threshold=0.5):
        """Deterministic clicks: the painted objects under the positive points (all inside the box
        when there are none), less those under a negative point; the box alone keeps what lies in it."""
        objects = [
            instance.probability > 0
            for phrase in self.phrases
            for instance in self._regions(phrase)
            if box is None or _inside(instance.box, box)
        ]

        def under(mask, point) -> bool:
            x, y = int(point[0]), int(point[1])
            return 0 <= y < mask.shape[0] and 0 <= x < mask.shape[1] and bool(mask[y, x])

        positive = [point for point, label in zip(points, labels, strict=True) if label == 1]
        negative = [point for point, label in zip(points, labels, strict=True) if label == 0]
        kept = [
            mask
            for mask in objects
            if (not positive or any(under(mask, point) for point in positive))
            and not any(under(mask, point) for point in negative)
        ]
        shape = self.image.shape[:2]
        mask = np.logical_or.reduce(kept) if kept else np.zeros(shape, dtype=bool)
        return Prediction(mask=mask, probability=mask.astype(np.float32), score=1.0 if kept else 0.0)


class PaintedFailsWhileMarked(PaintedObjects):
    """The painted detector, but its fourth image raises (a bug in a model's code) while the marker file
    exists: a tile fails once, and runs when the job runs again."""

    def __init__(self, phrases: dict, marker: str) -> None:
        super().__init__(phrases)
        self.marker, self.seen = marker, 0

    def set_image(self, image, key=None):
        self.seen += 1
        if self.seen == 4 and os.path.exists(self.marker):
            raise TypeError("unsupported operand type(s) for +: 'int' and 'str'")
        super().set_image(image, key)


def _inside(box, outer) -> bool:
    return box[0] >= outer[0] and box[1] >= outer[1] and box[2] <= outer[2] and box[3] <= outer[3]


def _settings(context) -> dict:
    return json.loads((context.folder / "config.json").read_text())


def start_local_ray():
    """A Ray cluster of this machine (2 CPUs, 127.0.0.1) whose workers register these model types."""
    import ray

    from tests.conftest import REPO_ROOT

    ray.init(
        num_cpus=2,
        include_dashboard=False,
        logging_level="ERROR",
        _node_ip_address="127.0.0.1",
        # The workers import the test model types from this checkout.
        runtime_env={
            "worker_process_setup_hook": "tests.batch_models.register",
            "env_vars": {"PYTHONPATH": str(REPO_ROOT)},
        },
    )
    return ray


def register() -> None:
    register_model_type("bright-objects", _bright_objects)
    register_model_type("broken", _broken)
    register_model_type("saves-images", lambda context: SavesImages(_settings(context)["images"]))
    register_model_type("dies-once", lambda context: DiesOnce(_settings(context)["marker"]))
    register_model_type("slow-bright-objects", lambda context: Slow())
    register_model_type("hangs", lambda context: Hangs())
    register_model_type(
        "painted-objects",
        lambda context: PaintedObjects(_settings(context)["phrases"], _settings(context).get("seconds", 0.0)),
        reads="program",
        takes_clicks=True,
    )
    register_model_type(
        "painted-fails-while-marked",
        lambda context: PaintedFailsWhileMarked(_settings(context)["phrases"], _settings(context)["marker"]),
        reads="program",
    )
