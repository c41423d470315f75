"""Fit any H x W image into the square input an encoder expects, and map masks back to H x W exactly.

Two fits:
- ``resize``: the image is stretched to side x side, as the publishers' own preprocessing does for SAM2
  (Meta's SAM2Transforms, transformers' Sam2ImageProcessor), SigLIP and SAM3; logits come back by one
  resize, as Meta's SAM2 predictor returns them.
- ``letterbox``: scaled so its longer side fills the square and padded at the bottom / right (the SAM v1
  convention); what this project's checkpoints were trained with before they recorded their fit.

Resampling the 8-bit image (``resample_8bit``) gives what transformers' image processors give (they
resize the uint8 image, then rescale); resampling floats gives what Meta's SAM2Transforms give.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

FITS = ("resize", "letterbox")


@dataclass(frozen=True)
class SquareInput:
    """Geometry of one image placed on a ``side`` x ``side`` square."""

    height: int
    width: int
    side: int
    fit: str = "letterbox"

    def __post_init__(self) -> None:
        if self.fit not in FITS:
            raise ValueError(f"fit must be one of {FITS}, not {self.fit!r}")

    @property
    def scaled_size(self) -> tuple[int, int]:
        """Height and width the image covers on the square."""
        if self.fit == "resize":
            return self.side, self.side
        scale = self.side / max(self.height, self.width)
        return max(1, round(self.height * scale)), max(1, round(self.width * scale))

    @property
    def scale_xy(self) -> tuple[float, float]:
        """Factors from image pixel coordinates (x, y) to square coordinates."""
        scaled_h, scaled_w = self.scaled_size
        if self.fit == "letterbox":  # one scale for both axes (the rounding of the size aside)
            scale = self.side / max(self.height, self.width)
            return scale, scale
        return scaled_w / self.width, scaled_h / self.height

    def to_square(
        self, image: np.ndarray, device: torch.device | str = "cpu", resample_8bit: bool = False
    ) -> torch.Tensor:
        """uint8 H x W x 3 -> float 1 x 3 x side x side in [0, 1], zero (black) padded."""
        writable = np.require(image, requirements="WC")  # torch.from_numpy wants a writable array
        tensor = torch.from_numpy(writable).to(device).permute(2, 0, 1).unsqueeze(0)
        if self.scaled_size == (self.height, self.width):  # at scale 1 the resampling is the identity
            tensor = tensor.float() / 255.0
        elif resample_8bit:
            tensor = _resize_8bit(tensor, self.scaled_size).float() / 255.0
        else:
            tensor = F.interpolate(
                tensor.float() / 255.0,
                size=self.scaled_size,
                mode="bilinear",
                align_corners=False,
                antialias=True,
            )
        pad_bottom = self.side - tensor.shape[2]
        pad_right = self.side - tensor.shape[3]
        return F.pad(tensor, (0, pad_right, 0, pad_bottom))

    def from_square(self, logits: torch.Tensor) -> torch.Tensor:
        """B x 1 x h x w logits over the square (any h = w) -> B x 1 x H x W over the original image."""
        logits = logits.float()
        if self.fit == "letterbox":
            logits = F.interpolate(logits, size=(self.side, self.side), mode="bilinear", align_corners=False)
            scaled_h, scaled_w = self.scaled_size
            logits = logits[:, :, :scaled_h, :scaled_w]
        return F.interpolate(logits, size=(self.height, self.width), mode="bilinear", align_corners=False)


def _resize_8bit(tensor: torch.Tensor, size: tuple[int, int]) -> torch.Tensor:
    """Bilinear, antialiased resize of a uint8 1 x 3 x H x W tensor to uint8, as torchvision (and so
    transformers' image processors) does it: natively on the CPU, else on floats rounded back."""
    if tensor.device.type == "cpu":
        return F.interpolate(tensor, size=size, mode="bilinear", align_corners=False, antialias=True)
    resized = F.interpolate(tensor.float(), size=size, mode="bilinear", align_corners=False, antialias=True)
    return resized.round_().clamp_(0, 255).to(torch.uint8)
