"""RunSettings: where a model runs and how its probabilities become polygons, validated where they enter.

One typed value travels whole from QgsSettings (panel, Processing) or the command line to the model
manager and the vectorizer, so a bad value is refused before any model is loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "auto": the best device this machine has (cuda > mps > cpu); else a torch device name.
DEVICE_PATTERN = re.compile(r"^(auto|cpu|mps|cuda(:\d+)?)$")
# "auto": bf16 autocast on CUDA (the speed targets assume it), float32 elsewhere; "float32": always exact;
# "bfloat16": bf16 autocast on any device (less memory; on a CPU only fast with bf16 instructions).
PRECISIONS = ("auto", "float32", "bfloat16")
DEFAULT_MAX_PIXELS = 4096 * 4096


@dataclass(frozen=True)
class RunSettings:
    """How a segmentation runs; every field has the default an analyst gets without choosing."""

    device: str = "auto"
    precision: str = "auto"
    threshold: float = 0.5  # probability above which a pixel belongs to the object
    min_pixels: int = 16  # regions smaller than this are dropped as specks
    simplify_pixels: float = 0.0  # outline simplification tolerance, in pixels
    max_pixels: int = DEFAULT_MAX_PIXELS  # a larger view is read at a lower resolution
    # Outlines shaped by what the target is (right angles, circles, smooth; model_process/regularize.py),
    # the original outline kept beside them; the tolerance in metres on the ground.
    regularize: bool = False
    tolerance_m: float = 1.0

    def __post_init__(self) -> None:
        if not isinstance(self.device, str) or not DEVICE_PATTERN.match(self.device):
            raise ValueError(f"device must be auto, cpu, mps, cuda or cuda:N, not {self.device!r}")
        if self.precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}, not {self.precision!r}")
        if not isinstance(self.regularize, bool):
            raise ValueError(f"regularize must be true or false, not {self.regularize!r}")
        if isinstance(self.tolerance_m, bool) or not isinstance(self.tolerance_m, (int, float)):
            raise ValueError(f"tolerance_m must be a number, not {self.tolerance_m!r}")
        if not 0 < self.tolerance_m < float("inf"):
            raise ValueError(f"tolerance_m must be more than 0 metres, not {self.tolerance_m}")
        checks = (
            ("threshold", self.threshold, (int, float), 0.0, 1.0),
            ("min_pixels", self.min_pixels, int, 0, None),
            ("simplify_pixels", self.simplify_pixels, (int, float), 0.0, None),
            ("max_pixels", self.max_pixels, int, 1, None),
        )
        for name, value, kind, low, high in checks:
            if isinstance(value, bool) or not isinstance(value, kind) or value != value:
                raise ValueError(f"{name} must be a number, not {value!r}")
            if value < low or (high is not None and value > high):
                bounds = f"between {low} and {high}" if high is not None else f"at least {low}"
                raise ValueError(f"{name} must be {bounds}, not {value}")
