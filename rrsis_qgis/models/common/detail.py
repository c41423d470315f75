"""Detail in large views for the zero-shot models: a box too small for the model's view of the whole
image is segmented again on a crop of the image at native resolution around it."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in image pixels


@dataclass(frozen=True)
class DetailSettings:
    """Settings of a zero-shot model's config (a mixin). In a view larger than the model's square input,
    a box whose longer side covers fewer than ``detail_box`` pixels of that input is segmented on a crop
    ``detail_context`` times its size, at least ``detail_crop`` pixels a side. The model sees the whole
    view shrunk to its input and answers at about a quarter of that (SAM2: 1024 px in, 256 px masks), so
    a small object in a large view would otherwise be a few mask pixels; 48 input pixels are 12 of those."""

    detail_box: int = 48
    detail_context: float = 4.0
    detail_crop: int = 256

    def detail_region(
        self, shape: tuple[int, int], box: Box, input_side: int
    ) -> tuple[int, int, int, int] | None:
        """top, left, bottom, right of the native-resolution crop for ``box``; None when the box is large
        enough on the model's input of the whole image, or the crop would be the whole image."""
        height, width = shape
        box_side = max(box[2] - box[0], box[3] - box[1], 1.0)
        if max(height, width) <= input_side or box_side * input_side / max(height, width) >= self.detail_box:
            return None
        side = max(self.detail_crop, round(box_side * self.detail_context))
        if side >= max(height, width):
            return None
        crop_h, crop_w = min(side, height), min(side, width)
        centre_y, centre_x = (box[1] + box[3]) / 2, (box[0] + box[2]) / 2
        top = int(np.clip(round(centre_y - crop_h / 2), 0, height - crop_h))
        left = int(np.clip(round(centre_x - crop_w / 2), 0, width - crop_w))
        return top, left, top + crop_h, left + crop_w


def paste(plane: np.ndarray, crop: tuple[int, int, int, int], shape: tuple[int, int]) -> np.ndarray:
    """A plane computed on ``crop``, placed into an image of ``shape`` (zero outside the crop)."""
    top, left, bottom, right = crop
    whole = np.zeros(shape, dtype=plane.dtype)
    whole[top:bottom, left:right] = plane
    return whole
