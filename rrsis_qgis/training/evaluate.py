"""Evaluation: score a Predictor on a dataset split; print, and optionally save metrics and masks."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

from ..foundation.predictor import Predictor
from ..foundation.run_settings import RunSettings
from .datasets import Sample, read_dataset
from .metrics import SegmentationScores, format_table


@dataclass
class EvaluateSettings:
    data: Path
    data_format: str
    checkpoint: str
    split: str = "test"
    run: RunSettings = field(default_factory=RunSettings)  # device, precision and threshold
    json_out: Path | None = None
    save_masks: Path | None = None
    strict_threshold: bool = False  # Pr@X counts IoU > X instead of IoU >= X
    resize_to: int | None = None  # score masks resized to this square size instead of natively


def score_predictor(
    predictor: Predictor,
    samples: Sequence[Sample],
    scores: SegmentationScores | None = None,
    threshold: float = 0.5,
    save_masks: Path | None = None,
    show_progress: bool = False,
) -> dict:
    """Segment each sample's sentence on its image and return the metric summary."""
    from tqdm.auto import tqdm

    scores = scores or SegmentationScores()
    if save_masks is not None:
        Path(save_masks).mkdir(parents=True, exist_ok=True)
    for index in tqdm(range(len(samples)), desc="evaluate", unit="sample", disable=not show_progress):
        sample = samples[index]
        predictor.set_image(sample.image)
        prediction = predictor.predict(sample.sentence, threshold=threshold)
        scores.add(prediction.mask, sample.mask)
        if save_masks is not None:
            Image.fromarray(prediction.mask.astype(np.uint8) * 255).save(Path(save_masks) / f"{index}.png")
    return scores.summary()


def evaluate(settings: EvaluateSettings) -> dict:
    from ..model_process.model_manager import ModelManager

    predictor = ModelManager().load(settings.checkpoint, settings.run)
    samples = read_dataset(settings.data, settings.data_format, settings.split)
    scores = SegmentationScores(inclusive=not settings.strict_threshold, resize_to=settings.resize_to)
    summary = score_predictor(
        predictor, samples, scores, settings.run.threshold, settings.save_masks, show_progress=True
    )
    print(f"{settings.checkpoint} on {settings.data} ({settings.split}):")
    print(format_table(summary))
    if settings.json_out is not None:
        Path(settings.json_out).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return summary
