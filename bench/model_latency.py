"""Latency, memory, parameters and FLOPs of the trainable models per size and device (random weights).

RSRefSeg runs its image encoders once per canvas (set_image); each expression then costs one text encode,
AttnPrompter and SAM2 decode. RS2-SAM2 caches only the patch embeddings: the expression enters its union
encoder and SAM2's image encoder, so each expression runs both. Targets (README): per-prompt <= 10 ms and
image + prompt <= 40 ms for RSRefSeg `large` in bf16 on one H100; `tiny` <= 3 s for a 1024² canvas on 2
CPU cores.
"""

from __future__ import annotations

import resource
import statistics
import time

import numpy as np
import torch
from torch.utils.flop_counter import FlopCounterMode

from rrsis_qgis.models.common.backbones import prepare_sam2, siglip_parts
from rrsis_qgis.models.common.random_backbones import random_backbones, random_rs2sam2
from rrsis_qgis.models.rs2sam2.predictor import RS2SAM2Predictor
from rrsis_qgis.models.rsrefseg.config import RSRefSegConfig
from rrsis_qgis.models.rsrefseg.model import RSRefSeg
from rrsis_qgis.models.rsrefseg.predictor import RSRefSegPredictor

CANVAS = 1024
EXPRESSIONS = ["the two round white tanks north of the road", "all vehicles", "the second ship from the left"]


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize()


def _median_ms(function, device: torch.device, repeats: int) -> float:
    function()  # warm-up
    times = []
    for _ in range(repeats):
        _sync(device)
        start = time.perf_counter()
        function()
        _sync(device)
        times.append((time.perf_counter() - start) * 1e3)
    return statistics.median(times)


def rsrefseg_predictor(preset: str, device: str) -> RSRefSegPredictor:
    siglip, sam2, tokenizer = random_backbones(preset)
    model = RSRefSeg(RSRefSegConfig(), siglip_parts(siglip, tokenizer), prepare_sam2(sam2))
    model.merge_lora()
    return RSRefSegPredictor(model, preset, device)


def rs2sam2_predictor(preset: str, device: str) -> RS2SAM2Predictor:
    return RS2SAM2Predictor(random_rs2sam2(preset=preset), preset, device)


MODELS = {"RSRefSeg": rsrefseg_predictor, "RS2-SAM2": rs2sam2_predictor}


def measure(model_name: str, preset: str, device: str, repeats: int) -> dict:
    torch.manual_seed(0)
    predictor = MODELS[model_name](preset, device)
    model, device = predictor.model, predictor.device
    image = np.random.default_rng(0).integers(0, 256, size=(CANVAS, CANVAS, 3), dtype=np.uint8)

    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats()
    with FlopCounterMode(display=False) as flops:
        predictor.set_image(image)
        predictor.predict(EXPRESSIONS[0])
    encode_ms = _median_ms(lambda: predictor.set_image(image), device, repeats)

    def fresh_prompt():  # a new expression each time: the text encoder runs, the image encoder not
        if isinstance(predictor, RSRefSegPredictor):
            predictor.clear_text_cache()
        predictor.predict(EXPRESSIONS[1])

    prompt_ms = _median_ms(fresh_prompt, device, repeats)
    if device.type == "cuda":
        peak_mb = torch.cuda.max_memory_allocated() / 2**20
    else:  # the whole process's peak resident memory (kilobytes on Linux)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "model": model_name,
        "size": preset,
        "device": torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu",
        "dtype": "bf16" if device.type == "cuda" else "fp32",
        "params_m": sum(p.numel() for p in model.parameters()) / 1e6,
        "gflops": flops.get_total_flops() / 1e9,
        "encode_ms": encode_ms,
        "prompt_ms": prompt_ms,
        "total_ms": encode_ms + prompt_ms,
        "peak_mb": peak_mb,
    }


def main(sizes: list[str] | None = None, repeats: int = 5) -> None:
    devices = ["cuda"] if torch.cuda.is_available() else ["cpu"]
    sizes = sizes or (["tiny", "large"] if torch.cuda.is_available() else ["tiny"])
    print(
        f"Random weights, {CANVAS}x{CANVAS} canvas, median of {repeats} "
        f"(torch {torch.__version__}, {torch.get_num_threads()} CPU threads)"
    )
    header = (
        "model",
        "size",
        "device",
        "dtype",
        "params (M)",
        "GFLOPs",
        "image ms",
        "prompt ms",
        "total ms",
        "peak MB",
    )
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for device in devices:
        for model_name in MODELS:
            for size in sizes:
                _print_row(measure(model_name, size, device, repeats))
    print("* peak MB: CUDA memory allocated on a GPU; on the CPU the whole process's peak resident memory.")


def _print_row(row: dict) -> None:
    cells = (
        row["model"],
        row["size"],
        row["device"],
        row["dtype"],
        f"{row['params_m']:.1f}",
        f"{row['gflops']:.1f}",
        f"{row['encode_ms']:.1f}",
        f"{row['prompt_ms']:.1f}",
        f"{row['total_ms']:.1f}",
        f"{row['peak_mb']:.0f}",
    )
    print("| " + " | ".join(cells) + " |")
