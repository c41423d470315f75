"""Detail in large views for the zero-shot models: a box too small for the model's view of the whole
image is segmented again on a crop of the image at native resolution around it."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in image pixels
Crop = tuple[int, int, int, int]  # top, left, bottom, right in image pixels


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

    def detail_region(self, shape: tuple[int, int], box: Box, input_side: int) -> Crop | None:
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


def paste(plane: np.ndarray, crop: Crop, shape: tuple[int, int]) -> np.ndarray:
    """A plane computed on ``crop``, placed into an image of ``shape`` (zero outside the crop)."""
    top, left, bottom, right = crop
    whole = np.zeros(shape, dtype=plane.dtype)
    whole[top:bottom, left:right] = plane
    return whole


class CropEncodings:
    """The encodings of a view's most recent ``kept`` detail crops: every expression on the same view that
    finds a box there again reuses its crop's encoding. ``clear`` when the view changes."""

    def __init__(self, encode: Callable[[np.ndarray], object], kept: int = 8) -> None:
        self.encode = encode
        self.kept = kept  # about 16 MB each at SAM2's 1024 px
        self._encoded: OrderedDict[Crop, object] = OrderedDict()  # most recent last

    def get(self, crop: Crop, pixels: np.ndarray):
        """The encoding of ``crop``, whose ``pixels`` the caller has cut out; encoded now only if it is
        not kept."""
        if crop not in self._encoded:
            self._encoded[crop] = self.encode(pixels)
            while len(self._encoded) > self.kept:
                self._encoded.popitem(last=False)
        self._encoded.move_to_end(crop)
        return self._encoded[crop]

    def clear(self) -> None:
        self._encoded.clear()
