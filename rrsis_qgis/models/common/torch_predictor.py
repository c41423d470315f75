"""TorchPredictor: what every model's Predictor shares: its name, device and precision, and the one way it
runs inference (no autograd; bf16 autocast where the precision asks for it)."""

from __future__ import annotations

import contextlib

import torch

from ...foundation.predictor import Prediction
from ...foundation.run_settings import PRECISIONS


class TorchPredictor:
    def __init__(self, name: str, device: torch.device | str, precision: str = "auto") -> None:
        if precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}, not {precision!r}")
        self.name = name
        self.device = torch.device(device)
        self.precision = precision
        self.input_side: int | None = None  # see Predictor.input_side

    @property
    def autocast_dtype(self) -> torch.dtype | None:
        """bf16 on CUDA by default (the speed targets assume it) or anywhere when asked for; else None:
        exact float32."""
        if self.precision == "bfloat16" or (self.precision == "auto" and self.device.type == "cuda"):
            return torch.bfloat16
        return None

    @contextlib.contextmanager
    def inference(self):
        dtype = self.autocast_dtype
        autocast = torch.autocast(self.device.type, dtype=dtype) if dtype else contextlib.nullcontext()
        with torch.inference_mode(), autocast:
            yield

    def predict(self, text: str, *, threshold: float = 0.5) -> Prediction:
        raise NotImplementedError

    def predict_batch(self, texts: list[str], *, threshold: float = 0.5) -> list[Prediction]:
        return [self.predict(text, threshold=threshold) for text in texts]
