"""sam3-text's entry in the model-type registry (see models/registry.py): zero-shot, nothing to train."""

from .predictor import Sam3TextConfig, load_predictor

__all__ = ["CONFIG", "load_predictor"]

CONFIG = Sam3TextConfig
