"""Fit any H x W image into the square input the encoders expect, and map masks back exactly.

The image is scaled so its longer side fills the square and padded at the bottom / right (the SAM
convention), so every encoder sees the same geometry and a mask maps back by crop + resize.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F


@dataclass(frozen=True)
class Letterbox:
    """Geometry of one image placed on a ``side`` x ``side`` square."""

    height: int
    width: int
    side: int

    @property
    def scaled_size(self) -> tuple[int, int]:
        scale = self.side / max(self.height, self.width)
        return max(1, round(self.height * scale)), max(1, round(self.width * scale))

    def to_square(self, image: np.ndarray, device: torch.device | str = "cpu") -> torch.Tensor:
        """uint8 H x W x 3 -> float 1 x 3 x side x side in [0, 1], zero (black) padded."""
        writable = np.require(image, requirements="WC")  # torch.from_numpy wants a writable array
        tensor = torch.from_numpy(writable).to(device).permute(2, 0, 1).unsqueeze(0).float() / 255.0
        if self.scaled_size != (self.height, self.width):  # at scale 1 the resampling is the identity
            tensor = F.interpolate(
                tensor, size=self.scaled_size, mode="bilinear", align_corners=False, antialias=True
            )
        pad_bottom = self.side - tensor.shape[2]
        pad_right = self.side - tensor.shape[3]
        return F.pad(tensor, (0, pad_right, 0, pad_bottom))

    def from_square(self, logits: torch.Tensor) -> torch.Tensor:
        """B x 1 x h x w logits over the square (any h = w) -> B x 1 x H x W over the original image."""
        logits = F.interpolate(
            logits.float(), size=(self.side, self.side), mode="bilinear", align_corners=False
        )
        scaled_h, scaled_w = self.scaled_size
        logits = logits[:, :, :scaled_h, :scaled_w]
        return F.interpolate(logits, size=(self.height, self.width), mode="bilinear", align_corners=False)
