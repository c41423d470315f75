"""PSLG-SAM stage 2, train-free: a box-prompted mask, foreground points from clustering, then iterative
boundary optimisation.

Everything here is numpy over one image; the segmenter (SAM2) is passed in as a function, so the
logic is testable on arrays whose right answer is known. Our choices where the paper is silent:
- Clusters: k-means on colour + position inside the box. A cluster is foreground by how much of it the
  box-only mask covers, weighted towards the box centre (a grounding box is centred on its object, and
  a loose box-only mask can cover the whole box).
- Points: the member pixel nearest each chosen cluster's centroid, positive for foreground clusters and
  negative for background ones.
- Boundary rounds: where the mask and the foreground clusters disagree over more than a small part of
  the box, one corrective point at the most interior pixel of that disagreement (positive where
  the mask misses foreground, negative where it spills into background), with the previous low-resolution
  logits as SAM2's mask prompt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from ...foundation.cancellation import check_cancelled
from ..common.detail import Box
from .config import PSLGConfig

# (box, points N x 2 as x, y in image pixels or None, labels N (1 = object, 0 = background) or None,
#  previous low-resolution logits or None) -> (probability H x W float32, low-resolution logits)
Segment = Callable[[Box, "np.ndarray | None", "np.ndarray | None", object], tuple[np.ndarray, object]]


@dataclass
class Refinement:
    mask: np.ndarray  # H x W bool, the final mask (inside the box's allowed region)
    probability: np.ndarray  # H x W float32
    steps: list[np.ndarray] = field(default_factory=list)  # the mask after each SAM2 call, for inspection
    points: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))  # x, y of every prompt point
    labels: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))


def kmeans(features: np.ndarray, k: int, iterations: int = 20, seed: int = 0) -> np.ndarray:
    """Cluster labels (N) of ``features`` (N x D); k-means++ start, deterministic for a seed."""
    count = len(features)
    k = max(1, min(k, count))
    rng = np.random.default_rng(seed)
    centres = [features[rng.integers(count)]]
    for _ in range(1, k):
        distance = np.min([((features - centre) ** 2).sum(1) for centre in centres], axis=0)
        if distance.sum() <= 0:
            break
        centres.append(features[rng.choice(count, p=distance / distance.sum())])
    centres = np.array(centres)
    labels = np.zeros(count, dtype=np.int64)
    for _ in range(iterations):
        labels = ((features[:, None, :] - centres[None]) ** 2).sum(2).argmin(1)
        moved = np.array(
            [
                features[labels == c].mean(0) if np.any(labels == c) else centres[c]
                for c in range(len(centres))
            ]
        )
        if np.allclose(moved, centres):
            break
        centres = moved
    return labels


def allowed_region(shape: tuple[int, int], box: Box, margin: float) -> np.ndarray:
    """The box grown by ``margin`` of its size, as an H x W bool mask."""
    x0, y0, x1, y1 = box
    grow_x, grow_y = (x1 - x0) * margin, (y1 - y0) * margin
    region = np.zeros(shape, dtype=bool)
    region[_box_slices(shape, (x0 - grow_x, y0 - grow_y, x1 + grow_x, y1 + grow_y))] = True
    return region


def _box_slices(shape: tuple[int, int], box: Box) -> tuple[slice, slice]:
    x0, y0, x1, y1 = box
    top, left = max(0, int(np.floor(y0))), max(0, int(np.floor(x0)))
    bottom, right = (
        min(shape[0], max(top + 1, int(np.ceil(y1)))),
        min(shape[1], max(left + 1, int(np.ceil(x1)))),
    )
    return slice(top, bottom), slice(left, right)


@dataclass
class Clusters:
    foreground: np.ndarray  # H x W bool: pixels of the foreground clusters (inside the box)
    points: np.ndarray  # N x 2, x, y in image pixels
    labels: np.ndarray  # N, 1 = object, 0 = background


def foreground_clusters(image: np.ndarray, box: Box, mask: np.ndarray, config: PSLGConfig) -> Clusters:
    """Cluster the box's pixels and choose foreground clusters and their points (see the module text)."""
    rows, cols = _box_slices(mask.shape, box)
    height, width = rows.stop - rows.start, cols.stop - cols.start
    step = max(1, int(np.ceil(max(height, width) / config.cluster_side)))
    ys, xs = np.mgrid[rows.start : rows.stop : step, cols.start : cols.stop : step]
    colour = image[ys, xs].reshape(-1, 3).astype(np.float64) / 255.0
    position = np.stack([(ys - rows.start) / max(height, 1), (xs - cols.start) / max(width, 1)], -1).reshape(
        -1, 2
    )
    labels = kmeans(np.hstack([colour, config.position_weight * position]), config.clusters)

    centre_distance = ((position - 0.5) ** 2).sum(1)
    centre_weight = np.exp(-centre_distance / (2 * 0.25**2))
    inside = mask[ys, xs].reshape(-1).astype(np.float64)
    clusters = np.unique(labels)
    score = np.array([np.mean(inside[labels == c] * centre_weight[labels == c]) for c in clusters])
    chosen = clusters[score >= 0.7 * score.max()] if score.max() > 0 else clusters[[np.argmax(score)]]

    def nearest_to_centroid(cluster: int) -> tuple[float, float]:
        members = np.flatnonzero(labels == cluster)
        centroid = position[members].mean(0)
        best = members[np.argmin(((position[members] - centroid) ** 2).sum(1))]
        return float(xs.reshape(-1)[best]), float(ys.reshape(-1)[best])

    by_size = sorted(clusters, key=lambda c: -np.sum(labels == c))
    positives = [nearest_to_centroid(c) for c in by_size if c in chosen][: config.positive_points]
    negatives = [nearest_to_centroid(c) for c in by_size if c not in chosen][: config.negative_points]

    foreground = np.zeros(mask.shape, dtype=bool)
    small = np.isin(labels, chosen).reshape(ys.shape)
    upsampled = np.repeat(np.repeat(small, step, 0), step, 1)[:height, :width]
    foreground[rows, cols] = upsampled
    points = np.array(positives + negatives, dtype=np.float64).reshape(-1, 2)
    point_labels = np.array([1] * len(positives) + [0] * len(negatives), dtype=np.int64)
    return Clusters(foreground=foreground, points=points, labels=point_labels)


def most_interior_pixel(region: np.ndarray) -> tuple[float, float]:
    """x, y of a pixel of ``region`` farthest from its border (by repeated 4-neighbour erosion)."""
    current = region
    while True:
        eroded = current.copy()
        eroded[1:, :] &= current[:-1, :]
        eroded[:-1, :] &= current[1:, :]
        eroded[:, 1:] &= current[:, :-1]
        eroded[:, :-1] &= current[:, 1:]
        eroded[[0, -1], :] = False
        eroded[:, [0, -1]] = False
        if not eroded.any():
            break
        current = eroded
    ys, xs = np.nonzero(current)
    middle = len(ys) // 2
    return float(xs[middle]), float(ys[middle])


def iou(a: np.ndarray, b: np.ndarray) -> float:
    union = np.logical_or(a, b).sum()
    return float(np.logical_and(a, b).sum() / union) if union else 1.0


def refine(image: np.ndarray, box: Box, segment: Segment, config: PSLGConfig) -> Refinement:
    """Box → mask → clustered foreground points → up to ``config.iterations`` corrective rounds."""
    region = allowed_region(image.shape[:2], box, config.box_margin)
    box_area = max(1.0, (box[2] - box[0]) * (box[3] - box[1]))

    def run(points, labels, previous):
        probability, low_resolution = segment(box, points, labels, previous)
        probability = np.where(region, probability, 0.0).astype(np.float32)
        return probability, low_resolution, probability > 0.5

    probability, low_resolution, mask = run(None, None, None)
    steps = [mask]
    clusters = foreground_clusters(image, box, mask, config)
    points, labels = clusters.points, clusters.labels
    if len(points):
        probability, low_resolution, mask = run(points, labels, low_resolution)
        steps.append(mask)

    for _ in range(config.iterations):
        check_cancelled()
        corrections = []
        for disagreement, label in (
            (clusters.foreground & ~mask, 1),
            (mask & ~clusters.foreground & region, 0),
        ):
            if disagreement.sum() >= config.min_correction_fraction * box_area:
                corrections.append((most_interior_pixel(disagreement), label))
        if not corrections:
            break
        corrections.sort(key=lambda item: -item[1])
        points = np.vstack([points, np.array([xy for xy, _ in corrections], dtype=np.float64)])
        labels = np.concatenate([labels, np.array([label for _, label in corrections], dtype=np.int64)])
        previous_mask = mask
        probability, low_resolution, mask = run(points, labels, low_resolution)
        steps.append(mask)
        if 1.0 - iou(previous_mask, mask) < config.stop_iou_change:
            break
    return Refinement(mask=mask, probability=probability, steps=steps, points=points, labels=labels)
