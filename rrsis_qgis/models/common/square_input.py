"""Fit any H x W image into the square input an encoder expects, and map masks back to H x W exactly.

Two fits:
- ``resize``: the image is stretched to side x side, as the publishers' own preprocessing does for SAM2
  (Meta's SAM2Transforms, transformers' Sam2ImageProcessor), SigLIP and SAM3; logits come back by one
  resize, as Meta's SAM2 predictor returns them.
- ``letterbox``: scaled so its longer side fills the square and padded at the bottom / right (the SAM v1
  convention); what this project's checkpoints were trained with before they recorded their fit.

Resampling the 8-bit image (``resample_8bit``) gives what transformers' image processors give (they
resize the uint8 image with torchvision, then rescale); resampling floats gives what Meta's SAM2Transforms
and torchvision's float transforms give.

`EncoderInputs` says how one image becomes all of a model's image inputs; a trained checkpoint records
its fit in config.json, so it is always run as it was trained.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from ...foundation.dependencies import require
from ...foundation.errors import CheckpointMismatch

FITS = ("resize", "letterbox")


def check_fit(fit: str) -> None:
    """A config's image fit is one this version knows (refused as a checkpoint that does not fit)."""
    if fit not in FITS:
        raise CheckpointMismatch(f"image_fit must be one of {FITS}, not {fit!r}")


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
        self,
        image: np.ndarray,
        device: torch.device | str = "cpu",
        resample_8bit: bool = False,
        mode: str = "bilinear",
    ) -> torch.Tensor:
        """uint8 H x W x 3 -> float 1 x 3 x side x side in [0, 1], zero (black) padded; resampled
        (``mode``: bilinear or bicubic, antialiased) in 8 bits or as floats."""
        writable = np.require(image, requirements="WC")  # torch.from_numpy wants a writable array
        tensor = torch.from_numpy(writable).to(device).permute(2, 0, 1).unsqueeze(0)
        if self.scaled_size == (self.height, self.width):  # at scale 1 the resampling is the identity
            tensor = tensor.float() / 255.0
        elif resample_8bit:
            functional = require("torchvision.transforms.v2.functional")
            interpolation = functional.InterpolationMode(mode)
            tensor = functional.resize(tensor, list(self.scaled_size), interpolation, antialias=True)
            tensor = tensor.float() / 255.0
        else:
            tensor = F.interpolate(
                tensor.float() / 255.0, size=self.scaled_size, mode=mode, align_corners=False, antialias=True
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

    def probabilities(self, logits: torch.Tensor) -> np.ndarray:
        """B x 1 x h x w logits over the square -> B x H x W probabilities (float32) over the image."""
        return torch.sigmoid(self.from_square(logits))[:, 0].float().cpu().numpy()


@dataclass(frozen=True)
class EncoderInputs:
    """How one image becomes a model's image inputs: SAM2's square (``side``) and, for a second image
    encoder (SigLIP, BEiT-3), its own square (``second_side``).

    With the ``resize`` fit every encoder gets the image stretched to its own input as its publishers'
    preprocessing does: SAM2 as transformers' Sam2ImageProcessor, the second encoder resampled with
    ``second_mode`` in 8 bits (``second_resample_8bit``: transformers' processors) or as floats. With
    ``letterbox`` (checkpoints from before the fit was recorded) the second encoder's input is made from
    SAM2's square by the model itself, as those checkpoints were trained."""

    fit: str
    side: int
    second_side: int | None = None
    second_mode: str = "bicubic"
    second_resample_8bit: bool = True

    def geometry(self, height: int, width: int) -> SquareInput:
        return SquareInput(height, width, self.side, self.fit)

    def tensors(self, image: np.ndarray, device: torch.device | str = "cpu"):
        """(SAM2's square 1 x 3 x S x S, the second encoder's 1 x 3 x s x s or None), in [0, 1]."""
        height, width = image.shape[:2]
        resize = self.fit == "resize"
        square = self.geometry(height, width).to_square(image, device, resample_8bit=resize)
        second = None
        if resize and self.second_side:
            second = SquareInput(height, width, self.second_side, "resize").to_square(
                image, device, resample_8bit=self.second_resample_8bit, mode=self.second_mode
            )
        return square, second
