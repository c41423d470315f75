"""Latency, memory, parameters and FLOPs of the trainable models per size and device (random weights).

RSRefSeg runs its image encoders once per view (set_image); each expression then costs one text encode,
AttnPrompter and SAM2 decode. RS2-SAM2 caches only the patch embeddings: the expression enters its union
encoder and SAM2's image encoder, so each expression runs both. Targets (README): per-prompt <= 10 ms and
image + prompt <= 40 ms for RSRefSeg `large` in bf16 on one H100; `tiny` <= 3 s for a 1024² view on 2
CPU cores.
"""

from __future__ import annotations

import contextlib
import resource
import statistics
import time

import numpy as np
import torch
from torch.utils.flop_counter import FlopCounterMode

from rrsis_qgis.foundation.model_types import MODEL_TYPES
from rrsis_qgis.models.registry import trainable_types

VIEW = 1024
EXPRESSIONS = ["the two round white tanks north of the road", "all vehicles", "the second ship from the left"]


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize()


def median_ms(function, device: torch.device, repeats: int) -> float:
    function()  # warm-up
    times = []
    for _ in range(repeats):
        sync(device)
        start = time.perf_counter()
        function()
        sync(device)
        times.append((time.perf_counter() - start) * 1e3)
    return statistics.median(times)


# Model types whose predictor has the compiled, static-shape expression path (`optimise`).
OPTIMISABLE = {"rsrefseg"}


def random_predictor(model_type: str, preset: str, device: str, optimise: bool = False):
    """The type's Predictor over random weights of the preset's real shapes."""
    entry = MODEL_TYPES[model_type].entry()
    extra = {"optimise": True} if optimise else {}
    return entry.PREDICTOR(entry.random_model(preset), preset, device, **extra)


def measure(model_type: str, preset: str, device: str, repeats: int, optimise: bool = False) -> dict:
    torch.manual_seed(0)
    predictor = random_predictor(model_type, preset, device, optimise)
    model, device = predictor.model, predictor.device
    image = np.random.default_rng(0).integers(0, 256, size=(VIEW, VIEW, 3), dtype=np.uint8)

    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats()
    # FLOPs on the plain path only: counting them while compiling would compile for the counter.
    flops = None if optimise else FlopCounterMode(display=False)
    with flops or contextlib.nullcontext():
        predictor.set_image(image)
        predictor.predict(EXPRESSIONS[0])
    encode_ms = median_ms(lambda: predictor.set_image(image), device, repeats)

    def fresh_prompt():  # a new expression each time: the text encoder runs, the image encoder not
        if hasattr(predictor, "clear_text_cache"):
            predictor.clear_text_cache()
        predictor.predict(EXPRESSIONS[1])

    prompt_ms = median_ms(fresh_prompt, device, repeats)
    if device.type == "cuda":
        peak_mb = torch.cuda.max_memory_allocated() / 2**20
    else:  # the whole process's peak resident memory (kilobytes on Linux)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "model": model_type,
        "size": preset,
        "device": torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu",
        "dtype": "bf16" if predictor.autocast_dtype else "fp32",
        "path": "optimised" if optimise else "plain",
        "params_m": sum(p.numel() for p in model.parameters()) / 1e6,
        "gflops": None if flops is None else flops.get_total_flops() / 1e9,
        "encode_ms": encode_ms,
        "prompt_ms": prompt_ms,
        "total_ms": encode_ms + prompt_ms,
        "peak_mb": peak_mb,
    }


def profile(model_type: str, preset: str, device: str, rows: int = 15) -> None:
    """The operators the image path (set_image) spends its time in, after a warm-up: GPU time on a GPU."""
    torch.manual_seed(0)
    predictor = random_predictor(model_type, preset, device)
    device = predictor.device
    image = np.random.default_rng(0).integers(0, 256, size=(VIEW, VIEW, 3), dtype=np.uint8)
    predictor.set_image(image)
    predictor.predict(EXPRESSIONS[0])
    activities = [torch.profiler.ProfilerActivity.CPU]
    if device.type == "cuda":
        activities.append(torch.profiler.ProfilerActivity.CUDA)
    with torch.profiler.profile(activities=activities) as profiler:
        predictor.set_image(image)
        sync(device)
    order = "self_device_time_total" if device.type == "cuda" else "self_cpu_time_total"
    print(f"{model_type} {preset}: set_image on a {VIEW}² view, by operator ({order})")
    print(profiler.key_averages().table(sort_by=order, row_limit=rows))


def main(sizes: list[str] | None = None, repeats: int = 5, device: str | None = None) -> None:
    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    sizes = sizes or (["tiny", "large"] if device == "cuda" else ["tiny"])
    print(
        f"Random weights, {VIEW}x{VIEW} view, median of {repeats} after warm-up "
        f"(torch {torch.__version__}, {torch.get_num_threads()} CPU threads)"
    )
    header = (
        "model",
        "size",
        "device",
        "dtype",
        "path",
        "params (M)",
        "GFLOPs",
        "image ms",
        "prompt ms",
        "total ms",
        "peak MB",
    )
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for model_type in trainable_types():
        for size in sizes:
            _print_row(measure(model_type, size, device, repeats))
            if model_type in OPTIMISABLE:  # the same model compiled, measured in the same run
                _print_row(measure(model_type, size, device, repeats, optimise=True))
    print("* peak MB: CUDA memory allocated on a GPU; on the CPU the whole process's peak resident memory.")
    print("* optimised: text encoder, AttnPrompter and decoder compiled for static shapes (CUDA graphs).")


def _print_row(row: dict) -> None:
    cells = (
        row["model"],
        row["size"],
        row["device"],
        row["dtype"],
        row["path"],
        f"{row['params_m']:.1f}",
        "as plain" if row["gflops"] is None else f"{row['gflops']:.1f}",
        f"{row['encode_ms']:.1f}",
        f"{row['prompt_ms']:.1f}",
        f"{row['total_ms']:.1f}",
        f"{row['peak_mb']:.0f}",
    )
    print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(prog="python -m bench.model_latency", description=__doc__)
    parser.add_argument("--sizes", nargs="+", choices=["tiny", "large"])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--device", help="cuda, cuda:N or cpu (default: cuda when there is one)")
    parser.add_argument("--profile", action="store_true", help="the image path's operators instead")
    args = parser.parse_args()
    if args.profile:
        device = args.device or ("cuda" if torch.cuda.is_available() else "cpu")
        for model_type in trainable_types():
            for size in args.sizes or ["tiny"]:
                profile(model_type, size, device)
    else:
        main(args.sizes, args.repeats, args.device)
