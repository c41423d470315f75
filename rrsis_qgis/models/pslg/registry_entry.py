"""PSLG-SAM's entry in the model-type registry (see models/registry.py): zero-shot, nothing to train."""

from .config import PSLGConfig
from .predictor import load_predictor

__all__ = ["CONFIG", "load_predictor"]

CONFIG = PSLGConfig
