"""The train / evaluate commands on a small synthetic set: checkpoints, exact resume, metrics and masks."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
import torch
from PIL import Image
from safetensors.torch import load_file

from rrsis_qgis.cli import main
from rrsis_qgis.models.rsrefseg.model import ImageFeatures, TextFeatures
from rrsis_qgis.training.synthetic import write_dataset
from rrsis_qgis.training.train import TrainSettings, lr_factor, region_text_contrastive, train


class Interrupted(Exception):
    pass


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synthetic")
    write_dataset(folder, {"train": 12, "val": 3, "test": 3}, seed=5, size=96)
    return folder


def _settings(dataset, out, **overrides):
    defaults = dict(data=dataset, data_format="jsonl", out=out, steps=4, batch=2, lr=1e-3, val_every=2)
    return TrainSettings(**{**defaults, **overrides})


def test_warmup_then_cosine_schedule():
    factors = [lr_factor(step, total=10, warmup=2) for step in range(10)]
    assert factors[:2] == [0.5, 1.0]
    assert factors[2] == pytest.approx(1.0) and factors[-1] < 0.05
    assert all(a >= b for a, b in zip(factors[2:], factors[3:]))


def _contrastive(vision, pooled, targets, sentences):
    image = ImageFeatures(sam=[], siglip=vision)
    text = TextFeatures(tokens=pooled[:, None], token_mask=torch.ones(len(pooled), 1), pooled=pooled)
    return region_text_contrastive(image, text, targets, sentences, torch.tensor(math.log(10.0))).item()


def test_region_text_contrastive_rewards_sentences_that_match_their_own_region():
    # Two images on a 2 x 2 feature grid; the target of image 0 is its top-left cell, of image 1 the rest.
    vision = torch.zeros(2, 2, 2, 2)
    vision[:, 0] = 1.0  # background direction everywhere
    vision[0, :, 0, 0] = torch.tensor([0.0, 1.0])  # image 0's target cell points along channel 1
    targets = torch.zeros(2, 1, 4, 4)
    targets[0, :, :2, :2] = 1
    targets[1, :, 2:, :] = 1
    matched = torch.tensor([[0.0, 1.0], [1.0, 0.0]])  # each sentence points at its own region
    assert _contrastive(vision, matched, targets, ["a", "b"]) < 0.01
    assert _contrastive(vision, matched.flip(0), targets, ["a", "b"]) > 5
    # Collapsed sentence embeddings cannot tell the regions apart: log 2 at best.
    collapsed = torch.tensor([[0.6, 0.8], [0.6, 0.8]])
    assert _contrastive(vision, collapsed, targets, ["a", "b"]) == pytest.approx(math.log(2), abs=1e-4)
    # The same sentence about two images is no negative: nothing to tell apart, loss 0.
    assert _contrastive(vision, collapsed, targets, ["a", "a"]) == pytest.approx(0.0, abs=1e-4)


def test_interrupted_training_resumes_to_the_same_weights(dataset, tmp_path):
    best = train(_settings(dataset, tmp_path / "straight"), log=lambda _: None)
    assert best["step"] in (2, 4) and 0.0 <= best["gIoU"] <= 1.0
    assert (tmp_path / "straight" / "model.safetensors").is_file()  # best on val
    assert (tmp_path / "straight" / "siglip" / "tokenizer.json").is_file()  # tokenizer of the training words
    config = json.loads((tmp_path / "straight" / "config.json").read_text())
    assert config["image_fit"] == "resize"  # a new checkpoint records how it saw its images

    def crash_after_first_save(message):
        if message.startswith("step 2"):
            raise Interrupted

    with pytest.raises(Interrupted):
        train(_settings(dataset, tmp_path / "resumed"), log=crash_after_first_save)
    messages = []
    train(_settings(dataset, tmp_path / "resumed", resume=True), log=messages.append)
    assert messages[0].startswith("Resumed at step 2 of 4")

    straight = load_file(str(tmp_path / "straight" / "last" / "model.safetensors"))
    resumed = load_file(str(tmp_path / "resumed" / "last" / "model.safetensors"))
    assert straight.keys() == resumed.keys()
    assert all(np.allclose(straight[name].numpy(), resumed[name].numpy(), atol=1e-6) for name in straight)


def test_data_loading_workers_do_not_change_what_is_learned(dataset, tmp_path):
    train(_settings(dataset, tmp_path / "main", steps=2), log=lambda _: None)
    train(_settings(dataset, tmp_path / "workers", steps=2, workers=2), log=lambda _: None)
    in_main = load_file(str(tmp_path / "main" / "last" / "model.safetensors"))
    in_workers = load_file(str(tmp_path / "workers" / "last" / "model.safetensors"))
    assert all(np.allclose(in_main[name].numpy(), in_workers[name].numpy(), atol=1e-6) for name in in_main)


def test_init_starts_from_a_checkpoints_weights(dataset, tmp_path):
    train(_settings(dataset, tmp_path / "first", steps=2), log=lambda _: None)
    train(
        _settings(dataset, tmp_path / "tuned", steps=2, lr=0.0, init=tmp_path / "first"), log=lambda _: None
    )
    first = load_file(str(tmp_path / "first" / "model.safetensors"))
    tuned = load_file(str(tmp_path / "tuned" / "last" / "model.safetensors"))
    weights = [name for name in first if "running_" not in name and "num_batches" not in name]  # not BN stats
    assert all(np.allclose(first[name].numpy(), tuned[name].numpy()) for name in weights)  # lr 0: unchanged


def test_resume_without_a_previous_run_is_explained(dataset, tmp_path):
    with pytest.raises(FileNotFoundError, match="nothing to resume"):
        train(_settings(dataset, tmp_path / "fresh", resume=True))


def test_cli_trains_then_evaluates_with_json_and_masks(dataset, tmp_path, capsys):
    checkpoint = tmp_path / "checkpoint"
    assert (
        main(["train", "--data", str(dataset), "--out", str(checkpoint), "--steps", "2", "--batch", "2"]) == 0
    )
    assert "Best on val" in capsys.readouterr().out
    metrics_file, masks = tmp_path / "metrics.json", tmp_path / "masks"
    arguments = [
        "evaluate",
        "--data",
        str(dataset),
        "--checkpoint",
        str(checkpoint),
        "--json",
        str(metrics_file),
    ]
    assert main([*arguments, "--save-masks", str(masks)]) == 0
    printed = capsys.readouterr().out
    assert "| gIoU (mIoU) | cIoU (oIoU) | Pr@0.5 | Pr@0.6 | Pr@0.7 | Pr@0.8 | Pr@0.9 | n |" in printed
    metrics = json.loads(metrics_file.read_text())
    assert metrics["n"] == 3
    assert all(0.0 <= metrics[key] <= 1.0 for key in ("gIoU", "cIoU", "Pr@0.5", "Pr@0.9"))
    written = sorted(path.name for path in masks.iterdir())
    assert written == ["0.png", "1.png", "2.png"]
    mask = np.asarray(Image.open(masks / "0.png"))
    assert mask.shape == (96, 96) and set(np.unique(mask)) <= {0, 255}


def test_cli_reports_a_missing_dataset_instead_of_a_traceback(tmp_path, capsys):
    assert main(["evaluate", "--data", str(tmp_path), "--checkpoint", str(tmp_path)]) == 2
    assert "rrsis evaluate:" in capsys.readouterr().err


def test_rsrefseg_trains_and_runs_on_the_original_sam(dataset, tmp_path):
    """`train --segmenter sam`: RSRefSeg on SAM (a ViT, one feature level), as in the authors' RSRefSeg."""
    from rrsis_qgis.foundation.run_settings import RunSettings
    from rrsis_qgis.model_process.model_manager import ModelManager

    out = tmp_path / "on-sam"
    code = main(
        [
            "train",
            "--data",
            str(dataset),
            "--out",
            str(out),
            "--segmenter",
            "sam",
            "--steps",
            "2",
            "--batch",
            "2",
        ]
    )
    assert code == 0
    config = json.loads((out / "config.json").read_text())
    assert config["segmenter"] == "sam" and config["sam"] == "sam"
    assert json.loads((out / "sam" / "config.json").read_text())["model_type"] == "sam"
    predictor = ModelManager().load(str(out), RunSettings(device="cpu"))
    assert type(predictor.model.sam).__name__ == "SamModel"
    image = np.random.default_rng(0).integers(0, 256, size=(80, 120, 3), dtype=np.uint8)
    predictor.set_image(image)
    assert predictor.predict("the red building").mask.shape == (80, 120)
