"""The one interface every segmentation model offers: set an image once, then ask many questions.

No torch here: the GUI and the CLI only ever see numpy arrays.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import numpy as np

from .errors import CheckpointMismatch


@dataclass
class Prediction:
    """The answer to one referring expression on the current image.

    ``score`` is the model's confidence that the mask is the referred object(s); for RSRefSeg it is the
    mean probability inside the predicted mask (0 for an empty mask).
    """

    mask: np.ndarray  # H x W bool, the exact size of the image given to set_image
    probability: np.ndarray  # H x W float32 in [0, 1]
    score: float
    instances: list[np.ndarray] = field(default_factory=list)  # per-object masks, when the model gives them
    # x0, y0, x1, y1 in image pixels of each instance, for models that find objects by boxes first
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)


def prediction_from_probability(probability: np.ndarray, threshold: float) -> Prediction:
    """One Prediction from a probability map: the mask above ``threshold``, scored by the mean
    probability inside it (0 for an empty mask)."""
    mask = probability > threshold
    score = float(probability[mask].mean()) if mask.any() else 0.0
    return Prediction(mask=mask, probability=probability.astype(np.float32), score=score)


@dataclass
class Instance:
    """One object a model found for a phrase: its probability (H x W float32 in [0, 1], the size of the
    image), its box (x0, y0, x1, y1 in pixels) and the model's confidence."""

    probability: np.ndarray
    box: tuple[float, float, float, float]
    score: float


def prediction_from_instances(
    shape: tuple[int, int], instances: list[Instance], threshold: float
) -> Prediction:
    """One Prediction from per-object answers, for models that find objects one by one: the union of the
    instances that keep any pixel above ``threshold``, the highest probability anywhere, and the mean
    score of the kept instances (0 when none is left)."""
    probability = np.zeros(shape, dtype=np.float32)
    masks, boxes, scores = [], [], []
    for instance in instances:
        np.maximum(probability, instance.probability, out=probability)
        mask = instance.probability > threshold
        if mask.any():
            masks.append(mask)
            boxes.append(instance.box)
            scores.append(instance.score)
    mask = np.logical_or.reduce(masks) if masks else np.zeros(shape, dtype=bool)
    score = float(np.mean(scores)) if scores else 0.0
    return Prediction(mask=mask, probability=probability, score=score, instances=masks, boxes=boxes)


def check_finite(prediction: Prediction, model: str) -> Prediction:
    """The prediction, or CheckpointMismatch when its numbers are not finite: a broken model must not
    look like an empty scene ("nothing found")."""
    if not (np.isfinite(prediction.score) and np.isfinite(prediction.probability).all()):
        raise CheckpointMismatch(
            f"the model {model} gave numbers that are not finite (NaN or infinity): its weights are damaged, "
            "or it cannot run at this precision; download or train it again, or try float32 in the settings"
        )
    return prediction


class Predictor(Protocol):
    """``set_image`` runs the image encoders once; ``predict`` reuses their cached output. The predictor
    owns that cache, as Meta's SAM2ImagePredictor does: each ``set_image`` replaces it, and
    ``image_key`` says which image it holds."""

    name: str
    # The side of the square the model sees the whole image at, so detail finer than the image's longer
    # side / input_side pixels is lost; None when the model keeps native detail itself.
    input_side: int | None
    # What the caller said the encoded image is (where its pixels came from), None when it said nothing:
    # a caller may skip reading and encoding an image whose key is this one.
    image_key: object

    def set_image(self, image: np.ndarray, key: object = None) -> None:
        """Encode an H x W x 3 uint8 RGB image of any size; replaces the previous one, and ``image_key``
        becomes ``key``."""

    def predict(self, text: str, *, threshold: float = 0.5) -> Prediction:
        """Segment what ``text`` refers to in the current image."""

    def predict_batch(self, texts: list[str], *, threshold: float = 0.5) -> list[Prediction]:
        """Several expressions on the current image in one pass."""


@runtime_checkable
class FindsObjects(Protocol):
    """A model that finds objects for a phrase one by one (a detector, SAM3's instances): the zero-shot
    models. Referring expressions are run over what it finds (`model_process.referring`)."""

    def find(self, phrase: str, limit: int | None = None) -> list[Instance]:
        """The objects ``phrase`` names in the current image, most confident first (at most ``limit``)."""


@runtime_checkable
class TakesClicks(Protocol):
    """A model with a SAM decoder, which segments what an analyst marks by hand on the current image:
    only the prompt encoder and the mask decoder run, on the cached image encoding."""

    def click(
        self,
        points: np.ndarray,
        labels: np.ndarray,
        box: tuple[float, float, float, float] | None = None,
        *,
        threshold: float = 0.5,
    ) -> Prediction:
        """The object that ``points`` (N x 2, x, y in image pixels; ``labels`` N: 1 on the object, 0 off
        it) and ``box`` (x0, y0, x1, y1 in pixels) mark; at least one point or the box."""


def validate_rgb_image(image: np.ndarray) -> np.ndarray:
    """Check the set_image contract and return the image as a contiguous array."""
    if not isinstance(image, np.ndarray) or image.ndim != 3 or image.shape[2] != 3:
        shape = getattr(image, "shape", None)
        raise ValueError(f"expected an H x W x 3 RGB array, got shape {shape}")
    if image.dtype != np.uint8:
        raise ValueError(f"expected dtype uint8, got {image.dtype}; stretch the raster to 0..255 first")
    if min(image.shape[:2]) < 1:
        raise ValueError(f"image is empty: shape {image.shape}")
    return np.ascontiguousarray(image)
