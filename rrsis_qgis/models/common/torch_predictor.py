"""TorchPredictor: what every model's Predictor shares: its name, device and precision, and the one way it
runs inference (no autograd; bf16 autocast where the precision asks for it)."""

from __future__ import annotations

import contextlib

import torch
import torch.nn.functional as F

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
        self.image_key: object = None  # see Predictor.image_key

    def set_image(self, image, key: object = None) -> None:
        """Encode ``image`` (see Predictor.set_image); it replaces whatever was encoded before, and
        ``key`` names it until the next call."""
        self.image_key = None  # an encoding that fails half-way belongs to no key
        self._encode_image(image)
        self.image_key = key

    def _encode_image(self, image) -> None:
        raise NotImplementedError

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


TEXT_BUCKETS = (8, 16, 32, 64)  # token lengths a compiled text path is specialised for


def compiled(module: torch.nn.Module, device: torch.device) -> torch.nn.Module:
    """``module`` compiled for static shapes: on a GPU as CUDA graphs (``reduce-overhead``: one launch
    for the whole module instead of one per kernel), on the CPU as fused kernels. The first call with a
    new shape compiles (seconds); later calls replay."""
    mode = "reduce-overhead" if device.type == "cuda" else "default"
    return torch.compile(module, mode=mode, dynamic=False)


def pad_to_bucket(input_ids: torch.Tensor, mask: torch.Tensor, pad_id: int, limit: int):
    """Token ids and their mask padded on the right to the next of `TEXT_BUCKETS` (at most ``limit``), so
    a compiled text path sees a few fixed shapes; the padding is masked, so nothing else changes."""
    length = input_ids.shape[1]
    bucket = min(next((b for b in TEXT_BUCKETS if b >= length), limit), max(limit, length))
    extra = bucket - length
    if extra <= 0:
        return input_ids, mask
    return F.pad(input_ids, (0, extra), value=pad_id), F.pad(mask, (0, extra))
