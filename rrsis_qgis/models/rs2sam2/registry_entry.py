"""RS2-SAM2's entry in the model-type registry (see models/registry.py)."""

from __future__ import annotations

from pathlib import Path

from ..registry import LoadContext, Resolver
from .config import RS2SAM2Config
from .model import RS2SAM2
from .predictor import RS2SAM2Predictor
from .union import BEIT3_LARGE_WEIGHTS, BEIT3_PAGE, BEIT3_TOKENIZER

__all__ = ["CONFIG", "MODEL", "PREDICTOR", "PRESETS", "build_for_training", "load_predictor", "random_model"]

CONFIG, MODEL, PREDICTOR = RS2SAM2Config, RS2SAM2, RS2SAM2Predictor

PRESETS = ("tiny", "large")


def load_predictor(context: LoadContext) -> RS2SAM2Predictor:
    model = RS2SAM2.load(context.folder, context.resolve)
    if model.conversion_report:  # the authors' checkpoint: say what was loaded and what not
        context.report(0.5, model.conversion_report)
    return RS2SAM2Predictor(model, context.name, context.device, context.settings.precision)


def build_for_training(settings, words: list[str], resolve: Resolver) -> RS2SAM2:
    """`tiny`: random weights; `large`: the paper's BEiT-3 large (from unilm's release files in
    ``settings.beit3``) and SAM2.1 Hiera-L (from the hub)."""
    if settings.preset == "tiny":
        from ...random_models.trainable import random_rs2sam2

        return random_rs2sam2(words)
    if settings.beit3 is None:
        raise ValueError(
            f"rs2sam2 --preset large starts from BEiT-3 large: download {BEIT3_LARGE_WEIGHTS} and "
            f"{BEIT3_TOKENIZER} from {BEIT3_PAGE} into one folder and pass it with --beit3"
        )
    config = RS2SAM2Config(
        union_weights=str(Path(settings.beit3) / BEIT3_LARGE_WEIGHTS),
        tokenizer=str(Path(settings.beit3) / BEIT3_TOKENIZER),
    )
    return RS2SAM2.from_config(config, resolve, Path(config.tokenizer))


def random_model(preset: str) -> RS2SAM2:
    """Random weights of the preset's real shapes (`large`: BEiT-3 large and SAM2 Hiera-L)."""
    from ...random_models.trainable import random_rs2sam2

    return random_rs2sam2(preset=preset)
