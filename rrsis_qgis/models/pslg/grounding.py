"""PSLG-SAM stage 1: an open-vocabulary detector (Grounding DINO, or OWLv2, through transformers) turns
a phrase into boxes."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from ..common.deformable_attention import use_gathered_deformable_attention
from .config import PSLGConfig


@dataclass(frozen=True)
class Detection:
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 in image pixels
    score: float


def box_iou(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """IoU of every box in a (N x 4) with every box in b (M x 4)."""
    top_left = np.maximum(a[:, None, :2], b[None, :, :2])
    bottom_right = np.minimum(a[:, None, 2:], b[None, :, 2:])
    overlap = np.clip(bottom_right - top_left, 0, None).prod(2)
    area_a = (a[:, 2:] - a[:, :2]).clip(0).prod(1)
    area_b = (b[:, 2:] - b[:, :2]).clip(0).prod(1)
    return overlap / np.maximum(area_a[:, None] + area_b[None, :] - overlap, 1e-9)


def non_maximum_suppression(detections: list[Detection], threshold: float) -> list[Detection]:
    """Best-first; drops boxes overlapping a kept one by more than ``threshold`` IoU."""
    kept: list[Detection] = []
    for detection in sorted(detections, key=lambda d: -d.score):
        box = np.array([detection.box])
        if not kept or box_iou(box, np.array([k.box for k in kept])).max() <= threshold:
            kept.append(detection)
    return kept


def tiles(height: int, width: int, tile: int, overlap: float) -> list[tuple[int, int, int, int]]:
    """Windows (top, left, bottom, right) covering the image; the whole image when it is small enough."""
    if max(height, width) <= 2 * tile:
        return [(0, 0, height, width)]
    stride = max(1, int(tile * (1 - overlap)))

    def starts(size: int) -> list[int]:
        last = max(0, size - tile)
        return sorted({*range(0, last + 1, stride), last})

    return [
        (top, left, min(height, top + tile), min(width, left + tile))
        for top in starts(height)
        for left in starts(width)
    ]


class Grounder:
    """Grounding DINO from a local folder (model + processor files), on one device."""

    def __init__(self, model, processor, config: PSLGConfig, device: torch.device) -> None:
        self.model = model.to(device).eval()
        use_gathered_deformable_attention(self.model)  # the same boxes, several times faster without CUDA
        self.processor = processor
        self.config = config
        self.device = device

    def detect(self, image: np.ndarray, expression: str) -> list[Detection]:
        """Every box above the threshold for the expression, best first."""
        height, width = image.shape[:2]
        found: list[Detection] = []
        for top, left, bottom, right in tiles(
            height, width, self.config.detector_tile, self.config.tile_overlap
        ):
            for detection in self._detect_window(image[top:bottom, left:right], expression):
                x0, y0, x1, y1 = detection.box
                found.append(Detection((x0 + left, y0 + top, x1 + left, y1 + top), detection.score))
        return non_maximum_suppression(found, self.config.nms_iou)

    def _detect_window(self, window: np.ndarray, expression: str) -> list[Detection]:
        height, width = window.shape[:2]
        if self.model.config.model_type == "owlv2":
            inputs = self.processor(text=[[expression.strip()]], images=window, return_tensors="pt").to(
                self.device
            )
            with torch.inference_mode():
                outputs = self.model(**inputs)
            # OWLv2 pads the image to a square (bottom / right) before resizing: boxes are on that square.
            side = max(height, width)
            result = self.processor.post_process_grounded_object_detection(
                outputs, threshold=self.config.box_threshold, target_sizes=[(side, side)]
            )[0]
        else:
            # Grounding DINO reads lower-case phrases ending with a period.
            text = expression.strip().lower().rstrip(".") + "."
            inputs = self.processor(images=window, text=text, return_tensors="pt", **self._input_size()).to(
                self.device
            )
            with torch.inference_mode():
                outputs = self.model(**inputs)
            result = self.processor.post_process_grounded_object_detection(
                outputs,
                inputs["input_ids"],
                threshold=self.config.box_threshold,
                text_threshold=self.config.text_threshold,
                target_sizes=[(height, width)],
            )[0]
        boxes = result["boxes"].float().cpu().numpy().reshape(-1, 4)
        boxes[:, [0, 2]] = boxes[:, [0, 2]].clip(0, width)
        boxes[:, [1, 3]] = boxes[:, [1, 3]].clip(0, height)
        scores = result["scores"].float().cpu().numpy()
        return [
            Detection(tuple(float(v) for v in box), float(score))
            for box, score in zip(boxes, scores)
            if box[2] - box[0] >= 1 and box[3] - box[1] >= 1
        ]

    def _input_size(self) -> dict:
        """The processor's ``size`` for ``detector_size``: that shortest side, the longest scaled as the
        processor's own; nothing (its own sizes) when unset."""
        if self.config.detector_size is None:
            return {}
        own = self.processor.image_processor.size
        longest = round(self.config.detector_size * own.longest_edge / own.shortest_edge)
        return {"size": {"shortest_edge": self.config.detector_size, "longest_edge": longest}}
