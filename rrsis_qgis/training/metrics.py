"""Referring-segmentation metrics: gIoU, cIoU and Pr@0.5-0.9, in both conventions the papers use.

- gIoU: mean of per-sample IoU.  cIoU: total intersection / total union over the split. The RRSIS papers
  (RRSIS-D, RefSegRS) call them mIoU and oIoU: both names are in the summary and the table.
- Pr@X: fraction of samples with IoU >= X (``inclusive``, as LAVT-style code computes it) or IoU > X.
- Masks are scored at their native size, or both resized (nearest) to a fixed size first.
- Empty target and empty prediction: IoU 1 (a correct "nothing"); either empty alone: IoU 0.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PIL import Image

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def _resized(mask: np.ndarray, size: int | None) -> np.ndarray:
    if size is None or mask.shape == (size, size):
        return mask
    return np.asarray(Image.fromarray(mask.astype(np.uint8)).resize((size, size), Image.NEAREST), dtype=bool)


@dataclass
class SegmentationScores:
    """Accumulates per-sample intersections and unions; ``summary()`` gives the metrics."""

    inclusive: bool = True
    resize_to: int | None = None
    intersections: list[int] = field(default_factory=list)
    unions: list[int] = field(default_factory=list)

    def add(self, prediction: np.ndarray, target: np.ndarray) -> float:
        """Score one sample; returns its IoU."""
        prediction, target = np.asarray(prediction, dtype=bool), np.asarray(target, dtype=bool)
        if prediction.shape != target.shape and self.resize_to is None:
            raise ValueError(f"prediction {prediction.shape} and target {target.shape} differ in size")
        prediction, target = _resized(prediction, self.resize_to), _resized(target, self.resize_to)
        intersection = int(np.logical_and(prediction, target).sum())
        union = int(np.logical_or(prediction, target).sum())
        self.intersections.append(intersection)
        self.unions.append(union)
        return iou(intersection, union)

    @property
    def ious(self) -> np.ndarray:
        return np.array([iou(i, u) for i, u in zip(self.intersections, self.unions)], dtype=np.float64)

    def summary(self) -> dict[str, float | int | str]:
        ious = self.ious
        n = len(ious)
        total_union = sum(self.unions)
        result: dict[str, float | int | str] = {
            "gIoU": float(ious.mean()) if n else 0.0,
            "cIoU": sum(self.intersections) / total_union if total_union else 1.0,
        }
        result |= {"mIoU": result["gIoU"], "oIoU": result["cIoU"]}
        for threshold in THRESHOLDS:
            hits = ious >= threshold if self.inclusive else ious > threshold
            result[f"Pr@{threshold:.1f}"] = float(hits.mean()) if n else 0.0
        result["n"] = n
        result["convention"] = f"Pr@X counts IoU {'>=' if self.inclusive else '>'} X; masks scored " + (
            f"resized to {self.resize_to}x{self.resize_to}" if self.resize_to else "at native size"
        )
        return result


def iou(intersection: int, union: int) -> float:
    return intersection / union if union else 1.0


def format_table(summary: dict) -> str:
    """The metrics as a two-row Markdown table, in percent, followed by the convention line."""
    keys = ["gIoU", "cIoU", *(f"Pr@{t:.1f}" for t in THRESHOLDS)]
    names = {"gIoU": "gIoU (mIoU)", "cIoU": "cIoU (oIoU)"}
    header = "| " + " | ".join(names.get(key, key) for key in keys) + " | n |"
    rule = "|" + "|".join("---" for _ in range(len(keys) + 1)) + "|"
    values = "| " + " | ".join(f"{100 * summary[key]:.2f}" for key in keys) + f" | {summary['n']} |"
    return "\n".join([header, rule, values, summary["convention"]])
