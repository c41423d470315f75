"""Inference precision: bf16 autocast on CUDA by default (the speed targets assume it), exact float32
everywhere else or when asked for."""

from __future__ import annotations

import contextlib

import torch

PRECISIONS = ("auto", "float32")


def inference_autocast(device: torch.device, precision: str = "auto"):
    if precision not in PRECISIONS:
        raise ValueError(f"precision must be one of {PRECISIONS}, got {precision!r}")
    if device.type == "cuda" and precision == "auto":
        return torch.autocast("cuda", dtype=torch.bfloat16)
    return contextlib.nullcontext()
