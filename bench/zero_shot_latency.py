"""PSLG-SAM latency per 1024² view on this machine, random weights in the published models' shapes:
`tiny` (Grounding DINO tiny + SAM2.1 Hiera-T, the `pslg-sam2-tiny` model) and `large` (Grounding DINO
base + SAM2.1 Hiera-L, `pslg-sam2`). Target: the tiny one <= 3 s per view on 2 CPU cores
(`python -m bench.zero_shot_latency [tiny large]`)."""

from __future__ import annotations

import sys
import time

import numpy as np
import torch

from rrsis_qgis.models.pslg.config import PSLGConfig
from rrsis_qgis.models.pslg.grounding import Grounder
from rrsis_qgis.models.pslg.predictor import PSLGPredictor
from rrsis_qgis.random_models.zero_shot import random_pslg_parts

VIEW = 1024
EXPRESSION = "the largest building"  # singular: the best box is segmented and refined


def measure(preset: str, device: str = "cpu") -> dict:
    torch.manual_seed(0)
    detector, processor, sam2 = random_pslg_parts(preset)
    # Every box passes: random scores must not skip the segmentation and refinement being timed.
    config = PSLGConfig(box_threshold=0.0, text_threshold=0.0)
    predictor = PSLGPredictor(
        Grounder(detector, processor, config, torch.device(device)), sam2, config, preset, device
    )
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
    parameters = sum(p.numel() for p in [*detector.parameters(), *sam2.parameters()]) / 1e6
    calls = max((len(r.steps) for r in predictor.last_refinements), default=0)
    return {
        "size": preset,
        "params_m": parameters,
        "first_ms": first_ms,
        "expression_ms": expression_ms,
        "rounds": calls,
    }


def main(sizes: list[str] | None = None) -> None:
    sizes = sizes or ["tiny"]
    print(
        f"PSLG-SAM on a {VIEW}² view, random weights of the published shapes, "
        f"CPU ({torch.get_num_threads()} threads)"
    )
    print("| size | params (M) | view + first expression ms | each further expression ms | SAM2 calls |")
    print("|---|---|---|---|---|")
    for size in sizes:
        row = measure(size)
        print(
            f"| {size} | {row['params_m']:.0f} | {row['first_ms']:.0f} | {row['expression_ms']:.0f} "
            f"| {row['rounds']} |"
        )
    print("(the first expression includes SAM2's image encoding; further ones ground and refine only)")


if __name__ == "__main__":
    main(sys.argv[1:] or None)
