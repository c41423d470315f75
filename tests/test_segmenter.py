"""Segmenter: the run of the model process and the CLI (stages, encoding cache, cancel, memory fallback)."""

from __future__ import annotations

import shutil

import huggingface_hub.constants
import numpy as np
import pytest

from rrsis_qgis.foundation.errors import Cancelled
from rrsis_qgis.foundation.model_types import ModelType
from rrsis_qgis.foundation.predictor import Prediction
from rrsis_qgis.foundation.run_settings import RunSettings
from rrsis_qgis.model_process.model_manager import ModelManager
from rrsis_qgis.model_process.segmenter import Segmenter
from rrsis_qgis.protocol.messages import SegmentRequest
from tests.conftest import REPO_ROOT

RGB = str(REPO_ROOT / "tests" / "data" / "rmnp-rgb.tif")
KEEP_EVERYTHING = RunSettings(threshold=0.0)  # a random model: keep every valid pixel


class ScriptedPredictor:
    """A Predictor of our own that marks the image's left half and can fail like a full GPU."""

    image_key = None

    def __init__(self, name, fail_with=None):
        self.name = name
        self.fail_with = fail_with
        self.images = []

    def set_image(self, image, key=None):
        if self.fail_with:
            raise self.fail_with
        self.images.append(image.shape)
        self.image_key = key

    def predict(self, text, *, threshold=0.5):
        height, width = self.images[-1][:2]
        mask = np.zeros((height, width), dtype=bool)
        mask[:, : width // 2] = True
        return Prediction(mask=mask, probability=mask.astype(np.float32), score=0.9)

    def predict_batch(self, texts, *, threshold=0.5):
        return [self.predict(text, threshold=threshold) for text in texts]


class ScriptedManager:
    """Hands out a GPU predictor that runs out of memory, then a working CPU one."""

    def __init__(self):
        self.loads, self.unloads = [], 0
        self.loaded_type = ModelType("scripted", "a model reading the sentence", "sentence", False)

    def load(self, source, settings):
        self.loads.append(settings.device)
        if settings.device == "cpu":
            return ScriptedPredictor(source)
        return ScriptedPredictor(
            source, fail_with=RuntimeError("CUDA out of memory. Tried to allocate 2 GiB")
        )

    def unload(self):
        self.unloads += 1


def test_out_of_gpu_memory_retries_once_on_the_cpu_and_says_so():
    manager = ScriptedManager()
    segmenter = Segmenter(manager)
    result = segmenter.run(SegmentRequest(RGB, "the lake", "any"))
    assert manager.loads == ["auto", "cpu"] and manager.unloads == 1
    assert result.notes == ["the GPU ran out of memory; this run used the CPU"]
    assert result.features


def test_other_errors_are_not_retried():
    class Broken(ScriptedManager):
        def load(self, source, settings):
            return ScriptedPredictor(source, fail_with=RuntimeError("shape mismatch"))

    with pytest.raises(RuntimeError, match="shape mismatch"):
        Segmenter(Broken()).run(SegmentRequest(RGB, "the lake", "any"))


def test_stages_report_progress_and_cancel_stops_between_them(tiny_checkpoint):
    seen = []
    segmenter = Segmenter()
    request = SegmentRequest(RGB, "the lake", str(tiny_checkpoint), settings=KEEP_EVERYTHING)
    result = segmenter.run(request, progress=lambda percent, message: seen.append(percent))
    assert seen == [5, 20, 20, 39, 40, 60, 100] and result.features  # the model manager reports loading
    assert set(result.timings_ms) == {"read", "load", "encode", "predict", "vectorize"}
    with pytest.raises(Cancelled):
        segmenter.run(request, is_cancelled=lambda: True)
    # Cancelled once the image is encoded: the search for the expression (60 %) does not start.
    heard = []
    with pytest.raises(Cancelled):
        segmenter.run(
            request,
            progress=lambda percent, message: heard.append(percent),
            is_cancelled=lambda: heard[-1:] == [40],
        )
    assert heard[-1] == 40


def test_same_view_reuses_the_encoding_a_new_view_does_not(tiny_checkpoint):
    segmenter = Segmenter()
    first = SegmentRequest(RGB, "the lake", str(tiny_checkpoint), bounds=(-105.8, 40.2, -105.6, 40.4))
    segmenter.run(first)
    calls = []
    segmenter.manager.loaded.model.sam.vision_encoder.backbone.register_forward_hook(
        lambda *_: calls.append(1)
    )
    segmenter.run(SegmentRequest(RGB, "the road", str(tiny_checkpoint), bounds=first.bounds))
    assert calls == []
    segmenter.run(SegmentRequest(RGB, "the road", str(tiny_checkpoint), bounds=(-105.9, 40.2, -105.6, 40.4)))
    assert calls == [1]


class CountingManager(ModelManager):
    """The real manager, counting the images its predictors encode."""

    def __init__(self) -> None:
        super().__init__()
        self.encoded: list[str] = []

    def load(self, source, settings=None):
        predictor = super().load(source, settings)
        if not hasattr(predictor, "counted"):
            encode = predictor.set_image
            predictor.set_image = lambda image, key=None: (
                self.encoded.append(predictor.precision),
                encode(image, key),
            )[1]
            predictor.counted = True
        return predictor


def test_a_model_reloaded_between_two_runs_encodes_the_same_view_again(tiny_checkpoint):
    """The encoding is the predictor's own, named by the view it holds: a predictor rebuilt with another
    precision (whatever id() Python gives it) holds no image, so it never predicts on one it did not
    encode."""
    manager = CountingManager()
    segmenter = Segmenter(manager)
    view = (-105.8, 40.2, -105.6, 40.4)
    exact = RunSettings(device="cpu", precision="float32")
    segmenter.run(SegmentRequest(RGB, "the lake", str(tiny_checkpoint), bounds=view, settings=exact))
    segmenter.run(SegmentRequest(RGB, "the road", str(tiny_checkpoint), bounds=view, settings=exact))
    assert manager.encoded == ["float32"]  # the same view and model: encoded once
    smaller = RunSettings(device="cpu", precision="bfloat16")
    segmenter.run(SegmentRequest(RGB, "the road", str(tiny_checkpoint), bounds=view, settings=smaller))
    assert manager.encoded == ["float32", "bfloat16"]
    segmenter.run(SegmentRequest(RGB, "the road", str(tiny_checkpoint), bounds=view, settings=exact))
    assert manager.encoded == ["float32", "bfloat16", "float32"]


def test_large_view_is_downsampled_with_a_note(tiny_checkpoint):
    result = Segmenter().run(
        SegmentRequest(RGB, "the lake", str(tiny_checkpoint), settings=RunSettings(max_pixels=20_000))
    )
    assert result.notes and result.notes[0].startswith("read at 1/3.")


def test_a_view_much_larger_than_the_models_input_is_noted(tiny_checkpoint, tmp_path):
    import rasterio
    from rasterio.transform import from_origin

    path = tmp_path / "large.tif"
    profile = dict(driver="GTiff", width=600, height=600, count=3, dtype="uint8", crs="EPSG:32613")
    with rasterio.open(path, "w", transform=from_origin(440000, 4450000, 1, 1), **profile) as dataset:
        dataset.write(np.random.default_rng(0).integers(0, 256, (3, 600, 600), dtype=np.uint8))
    segmenter = Segmenter()
    result = segmenter.run(SegmentRequest(str(path), "the lake", str(tiny_checkpoint)))
    # the tiny model's square input is 256 px: the 600 px view reaches it at 1/2.3
    assert result.notes == [
        "the model sees this view at 1/2.3 of its resolution (256 px); zoom in for small objects, or run "
        "the Processing algorithm, which works at native resolution"
    ]
    result = segmenter.run(SegmentRequest(RGB, "the lake", str(tiny_checkpoint)))  # 485 px: under twice 256
    assert result.notes == []


def _hub_cache_with(checkpoint, cache):
    """A Hugging Face cache holding ``checkpoint`` as rrsis/tiny-demo, as if downloaded before."""
    revision = "0123456789abcdef0123456789abcdef01234567"
    repo = cache / "models--rrsis--tiny-demo"
    shutil.copytree(checkpoint, repo / "snapshots" / revision)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(revision)


def test_model_fetching_reports_progress_and_can_be_cancelled(tiny_checkpoint, tmp_path, monkeypatch):
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    _hub_cache_with(tiny_checkpoint, tmp_path)
    manager = ModelManager(cache_dir=tmp_path)
    request = SegmentRequest(RGB, "the lake", "rrsis/tiny-demo", settings=KEEP_EVERYTHING)
    seen = []

    def cancel_once_fetching():
        return any("Fetching rrsis/tiny-demo" in message for _, message in seen)

    with pytest.raises(Cancelled):
        Segmenter(manager).run(request, lambda *update: seen.append(update), cancel_once_fetching)
    assert manager.loaded is None and manager.progress is None

    seen.clear()
    Segmenter(manager).run(request, lambda *update: seen.append(update))
    fetching = [percent for percent, message in seen if "rrsis/tiny-demo" in message]
    assert fetching and all(20 <= percent < 40 for percent in fetching)
