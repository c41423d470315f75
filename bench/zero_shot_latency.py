"""PSLG-SAM latency per 1024² view, random weights in the published models' shapes: `tiny` (Grounding
DINO tiny + SAM2.1 Hiera-T, the `pslg-sam2-tiny` model) and `large` (Grounding DINO base + SAM2.1
Hiera-L, `pslg-sam2`), each with its shipped settings and, measured in the same run, the baseline:
transformers' portable deformable attention and Grounding DINO's own 800-pixel input
(`python -m bench.zero_shot_latency [tiny large] [--device cuda]`). Targets: the tiny one <= 3 s per
view on 2 CPU cores; the large one <= 120 ms per view and expression on one H100/H200 in bf16.

The floor column is the arithmetic floor: the run's floating-point operations at the device's speed for
one large matrix product (float32 on a CPU, bf16 on a GPU)."""

from __future__ import annotations

import statistics
import time
from dataclasses import replace

import numpy as np
import torch
from torch.utils.flop_counter import FlopCounterMode

from bench.model_latency import median_ms, sync
from rrsis_qgis.foundation.model_catalog import PSLG_CONFIG, PSLG_TINY_CONFIG
from rrsis_qgis.foundation.plugin_files import plugin_file
from rrsis_qgis.models.common.checkpoint import read_config
from rrsis_qgis.models.common.deformable_attention import use_portable_deformable_attention
from rrsis_qgis.models.pslg.config import PSLGConfig
from rrsis_qgis.models.pslg.grounding import Grounder
from rrsis_qgis.models.pslg.predictor import PSLGPredictor
from rrsis_qgis.random_models.zero_shot import random_pslg_parts

VIEW = 1024
EXPRESSION = "the largest building"  # singular: the best box is segmented and refined
SHIPPED = {"tiny": PSLG_TINY_CONFIG, "large": PSLG_CONFIG}  # the catalogue's config.json folders


def matmul_gflops(device: torch.device, dtype: torch.dtype) -> float:
    """This device's speed on one 2048² matrix product in ``dtype``, the best case for these models."""
    a, b = (torch.randn(2048, 2048, device=device, dtype=dtype) for _ in range(2))
    return 2 * 2048**3 / median_ms(lambda: a @ b, device, 5) * 1e3 / 1e9


class ModuleClock:
    """Milliseconds spent inside a module's forward since the last ``reset`` (forward hooks; the GPU is
    synchronised at both ends), so that one run's stages are timed in that run."""

    def __init__(self, module: torch.nn.Module, device: torch.device) -> None:
        self.device, self.ms, self._start = device, 0.0, 0.0
        module.register_forward_pre_hook(lambda *_: self._begin())
        module.register_forward_hook(lambda *_: self._end())

    def _begin(self) -> None:
        sync(self.device)
        self._start = time.perf_counter()

    def _end(self) -> None:
        sync(self.device)
        self.ms += (time.perf_counter() - self._start) * 1e3

    def reset(self) -> None:
        self.ms = 0.0


def timed(function, device: torch.device, repeats: int, clocks: list[ModuleClock]) -> list[float]:
    """Median over ``repeats`` runs (after a warm-up) of the whole run's ms, then of each clock's."""
    function()
    runs = []
    for _ in range(repeats):
        for clock in clocks:
            clock.reset()
        sync(device)
        start = time.perf_counter()
        function()
        sync(device)
        runs.append([(time.perf_counter() - start) * 1e3, *(clock.ms for clock in clocks)])
    return [statistics.median(column) for column in zip(*runs)]


def measure(preset: str, baseline: bool, device: torch.device, repeats: int) -> dict:
    torch.manual_seed(0)
    detector, processor, sam2 = random_pslg_parts(preset)
    shipped = PSLGConfig.from_dict(read_config(plugin_file(SHIPPED[preset])))
    # Every box passes: random scores must not skip the segmentation and refinement being timed.
    config = replace(shipped, box_threshold=0.0, text_threshold=0.0)
    if baseline:
        config = replace(config, detector_size=None)
    grounder = Grounder(detector, processor, config, device)
    if baseline:
        use_portable_deformable_attention(grounder.model)
    predictor = PSLGPredictor(grounder, sam2, config, preset, device)
    clocks = [
        ModuleClock(grounder.model, device),
        ModuleClock(predictor.sam2.vision_encoder.backbone, device),
    ]
    image = np.random.default_rng(0).integers(0, 256, size=(VIEW, VIEW, 3), dtype=np.uint8)
    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats()

    def first_expression():  # SAM2 encodes the view when the first box needs it: the first pays for it
        predictor.set_image(image)
        predictor.predict(EXPRESSION)

    first_ms, grounding_ms, encode_ms = timed(first_expression, device, repeats, clocks)
    expression_ms = median_ms(lambda: predictor.predict(EXPRESSION), device, repeats)
    with FlopCounterMode(display=False) as counter:
        first_expression()
    return {
        "size": preset,
        "variant": "baseline" if baseline else "shipped",
        "dtype": "bf16" if predictor.autocast_dtype else "fp32",
        "detector_side": config.detector_size or processor.image_processor.size.shortest_edge,
        "grounding_ms": grounding_ms,  # Grounding DINO's forward pass
        "encode_ms": encode_ms,  # SAM2's image encoder (Hiera) on the view
        # The rest of the first expression: processors, SAM2's prompts and decoder, refinement.
        "refine_ms": first_ms - grounding_ms - encode_ms,
        "first_ms": first_ms,
        "expression_ms": expression_ms,
        "rounds": max((len(r.steps) for r in predictor.last_refinements), default=0),
        "gflop": counter.get_total_flops() / 1e9,
        "peak_mb": torch.cuda.max_memory_allocated() / 2**20 if device.type == "cuda" else None,
    }


def main(sizes: list[str] | None = None, device: str | None = None, repeats: int = 20) -> None:
    device = torch.device(device or ("cuda" if torch.cuda.is_available() else "cpu"))
    sizes = sizes or (["tiny", "large"] if device.type == "cuda" else ["tiny"])
    repeats = repeats if device.type == "cuda" else 1  # on a CPU each run takes seconds
    dtype = torch.bfloat16 if device.type == "cuda" else torch.float32
    gflops = matmul_gflops(device, dtype)
    name = torch.cuda.get_device_name(device) if device.type == "cuda" else "CPU"
    print(
        f"PSLG-SAM on a {VIEW}² view, random weights of the published shapes, {name} "
        f"({torch.get_num_threads()} threads, {dtype} matrix product {gflops:.0f} GFLOP/s), "
        f"median of {repeats} after warm-up"
    )
    header = (
        "size", "variant", "dtype", "grounding side px", "grounding ms", "SAM2 image ms",
        "other ms (first)", "view + first expression ms", "each further expression ms",
        "SAM2 calls", "GFLOP (first)", "floor ms", "peak MB",
    )  # fmt: skip
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for size in sizes:
        for baseline in (False, True):
            row = measure(size, baseline, device, repeats)
            cells = (
                row["size"], row["variant"], row["dtype"], str(row["detector_side"]),
                *(f"{row[key]:.0f}" for key in ("grounding_ms", "encode_ms", "refine_ms", "first_ms")),
                f"{row['expression_ms']:.0f}", str(row["rounds"]), f"{row['gflop']:.0f}",
                f"{row['gflop'] / gflops * 1e3:.0f}",
                "-" if row["peak_mb"] is None else f"{row['peak_mb']:.0f}",
            )  # fmt: skip
            print("| " + " | ".join(cells) + " |")
    print(
        "(shipped: gathered deformable attention, the preset's grounding side; baseline: transformers' "
        "portable attention at Grounding DINO's own 800 px. Grounding, SAM2 image: the detector's and "
        "SAM2's image encoder's forward passes within the first expression; other: the rest of it "
        "(processors, SAM2's prompts and decoder, refinement). Floor: the first expression's operations "
        "at the matrix-product speed. Peak MB: CUDA memory allocated, on a GPU.)"
    )


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(prog="python -m bench.zero_shot_latency", description=__doc__)
    parser.add_argument("sizes", nargs="*", choices=["tiny", "large"])
    parser.add_argument("--device", help="cuda, cuda:N or cpu (default: cuda when there is one)")
    parser.add_argument("--repeats", type=int, default=20, help="on a GPU; one run each on a CPU")
    args = parser.parse_args()
    main(args.sizes or None, args.device, args.repeats)
