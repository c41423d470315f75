"""PSLG-SAM latency per 1024² view on this machine, random weights in the published models' shapes:
`tiny` (Grounding DINO tiny + SAM2.1 Hiera-T, the `pslg-sam2-tiny` model) and `large` (Grounding DINO
base + SAM2.1 Hiera-L, `pslg-sam2`), each with its shipped settings and, measured in the same run, the
baseline: transformers' portable deformable attention and Grounding DINO's own 800-pixel input.
Target: the tiny one <= 3 s per view on 2 CPU cores (`python -m bench.zero_shot_latency [tiny large]`).

The last column is the arithmetic floor: the run's floating-point operations at the speed of this
machine's best case, one large float32 matrix product."""

from __future__ import annotations

import statistics
import sys
import time
from dataclasses import replace

import numpy as np
import torch
from torch.utils.flop_counter import FlopCounterMode

from rrsis_qgis.core.model_catalog import PSLG_CONFIG, PSLG_TINY_CONFIG
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


def matmul_gflops() -> float:
    """This machine's float32 speed on one 2048² matrix product, the best case for these models."""
    a, b = torch.randn(2048, 2048), torch.randn(2048, 2048)
    a @ b
    times = []
    for _ in range(5):
        start = time.perf_counter()
        a @ b
        times.append(time.perf_counter() - start)
    return 2 * 2048**3 / min(times) / 1e9


def measure(preset: str, baseline: bool, gflops: float) -> dict:
    torch.manual_seed(0)
    detector, processor, sam2 = random_pslg_parts(preset)
    shipped = PSLGConfig.from_dict(read_config(plugin_file(SHIPPED[preset])))
    # Every box passes: random scores must not skip the segmentation and refinement being timed.
    config = replace(shipped, box_threshold=0.0, text_threshold=0.0)
    if baseline:
        config = replace(config, detector_size=None)
    grounder = Grounder(detector, processor, config, torch.device("cpu"))
    if baseline:
        use_portable_deformable_attention(grounder.model)
    predictor = PSLGPredictor(grounder, sam2, config, preset, "cpu")
    image = np.random.default_rng(0).integers(0, 256, size=(VIEW, VIEW, 3), dtype=np.uint8)
    predictor.set_image(image)
    predictor.predict(EXPRESSION)  # warm-up
    # SAM2 encodes the view when the first box needs it: the first expression on a view pays for it.
    start = time.perf_counter()
    predictor.set_image(image)
    predictor.predict(EXPRESSION)
    first_ms = (time.perf_counter() - start) * 1e3
    start = time.perf_counter()
    predictor.predict(EXPRESSION)
    expression_ms = (time.perf_counter() - start) * 1e3
    grounding = []
    for _ in range(2):
        start = time.perf_counter()
        grounder.detect(image, EXPRESSION)
        grounding.append((time.perf_counter() - start) * 1e3)
    with FlopCounterMode(display=False) as counter:
        predictor.set_image(image)
        predictor.predict(EXPRESSION)
    return {
        "size": preset,
        "variant": "baseline" if baseline else "shipped",
        "detector_side": config.detector_size or processor.image_processor.size.shortest_edge,
        "params_m": sum(p.numel() for p in [*detector.parameters(), *sam2.parameters()]) / 1e6,
        "grounding_ms": statistics.median(grounding),
        "first_ms": first_ms,
        "expression_ms": expression_ms,
        "rounds": max((len(r.steps) for r in predictor.last_refinements), default=0),
        "gflop": counter.get_total_flops() / 1e9,
        "floor_ms": counter.get_total_flops() / 1e9 / gflops * 1e3,
    }


def main(sizes: list[str] | None = None) -> None:
    sizes = sizes or ["tiny"]
    gflops = matmul_gflops()
    print(
        f"PSLG-SAM on a {VIEW}² view, random weights of the published shapes, CPU "
        f"({torch.get_num_threads()} threads, float32 matrix product {gflops:.0f} GFLOP/s)"
    )
    print(
        "| size | variant | grounding side px | grounding ms | view + first expression ms "
        "| each further expression ms | SAM2 calls | GFLOP (first) | floor ms |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for size in sizes:
        for baseline in (False, True):
            row = measure(size, baseline, gflops)
            print(
                f"| {size} | {row['variant']} | {row['detector_side']} | {row['grounding_ms']:.0f} "
                f"| {row['first_ms']:.0f} | {row['expression_ms']:.0f} | {row['rounds']} "
                f"| {row['gflop']:.0f} | {row['floor_ms']:.0f} |"
            )
    print(
        "(shipped: gathered deformable attention, the preset's grounding side; baseline: transformers' "
        "portable attention at Grounding DINO's own 800 px. The first expression includes SAM2's image "
        "encoding; further ones ground and refine only. Floor: the first expression's operations at the "
        "matrix-product speed.)"
    )


if __name__ == "__main__":
    main(sys.argv[1:] or None)
