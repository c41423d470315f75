"""Review statistics of a result layer (`rrsis review-stats`), read with pyogrio: how many polygons the
analyst accepted, rejected or has not reviewed yet (the ``review`` field that the panel's review mode
writes; a polygon without a decision is unreviewed), and, against a reference layer of the true
objects, the precision and recall of the accepted set: an accepted polygon is a true positive when it
overlaps a reference polygon at IoU >= MATCH_IOU, each reference polygon matched at most once (the
pairs of highest IoU first)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..foundation.dependencies import require
from ..foundation.review_fields import ACCEPTED, DECISIONS, REJECTED, REVIEW, UNREVIEWED, decision
from .second_opinion import iou

MATCH_IOU = 0.5


@dataclass
class Reference:
    path: str
    polygons: int
    true_positives: int
    precision: float | None  # None when nothing was accepted
    recall: float | None  # None when the reference holds no polygon


@dataclass
class ReviewStats:
    path: str
    polygons: int
    review_field: bool  # False: the layer was never reviewed, and every polygon counts as unreviewed
    counts: dict[str, int] = field(default_factory=dict)  # DECISIONS -> how many
    reference: Reference | None = None

    def as_json(self) -> dict:
        reference = self.reference
        return {
            "layer": self.path,
            "polygons": self.polygons,
            "review_field": self.review_field,
            **self.counts,
            "reference": None if reference is None else vars(reference),
            "match_iou": MATCH_IOU,
        }

    def lines(self) -> list[str]:
        """The statistics in words, as the CLI prints them."""
        counts = self.counts
        reviewed = counts[ACCEPTED] + counts[REJECTED]
        lines = [
            f"{self.path}: {self.polygons} polygon(s): {counts['accepted']} accepted, {counts['rejected']} "
            f"rejected, {counts['unreviewed']} unreviewed ({reviewed} of {self.polygons} reviewed)"
        ]
        if not self.review_field:
            lines.append(
                f"It has no '{REVIEW}' field: it was never reviewed, so every polygon is unreviewed."
            )
        reference = self.reference
        if reference is not None:
            precision = (
                "n/a (nothing accepted)" if reference.precision is None else f"{reference.precision:.3f}"
            )
            recall = "n/a (no reference polygon)" if reference.recall is None else f"{reference.recall:.3f}"
            lines.append(
                f"Against {reference.path} ({reference.polygons} polygon(s)), the accepted polygons matched "
                f"at IoU >= {MATCH_IOU}: {reference.true_positives} true positive(s); precision {precision}, "
                f"recall {recall}"
            )
        return lines


def review_stats(
    path: str | Path, layer: str | None = None, reference: str | Path | None = None, reference_layer=None
) -> ReviewStats:
    """The review statistics of ``path`` (its ``layer``, needed when the file has several), against
    ``reference`` when given; ValueError with the reason when a file cannot be read."""
    shapes, fields, crs = _read(path, layer, "LAYER")
    column = next((name for name in fields if name.lower() == REVIEW), None)
    decisions = [decision(value) for value in fields[column]] if column else [UNREVIEWED] * len(shapes)
    stats = ReviewStats(
        str(path), len(shapes), column is not None, {name: decisions.count(name) for name in DECISIONS}
    )
    if reference is not None:
        true_shapes, _, true_crs = _read(reference, reference_layer, "--reference")
        if crs and true_crs and crs != true_crs:  # compared where the reviewed polygons lie
            true_shapes = [_reprojected(shape, true_crs, crs) for shape in true_shapes]
        accepted = [shape for shape, made in zip(shapes, decisions, strict=True) if made == ACCEPTED]
        found = _matched(accepted, true_shapes)
        stats.reference = Reference(
            str(reference),
            len(true_shapes),
            found,
            found / len(accepted) if accepted else None,
            found / len(true_shapes) if true_shapes else None,
        )
    return stats


def _matched(found: list, truth: list) -> int:
    """How many of ``found`` match a ``truth`` polygon at IoU >= MATCH_IOU, one to one."""
    shapely = require("shapely")

    tree = shapely.STRtree(truth)
    pairs = []
    for index, polygon in enumerate(found):
        for other in tree.query(polygon, predicate="intersects"):
            score = iou(polygon, truth[int(other)])
            if score >= MATCH_IOU:
                pairs.append((score, index, int(other)))
    used_found, used_truth = set(), set()
    for _score, index, other in sorted(pairs, reverse=True):
        if index not in used_found and other not in used_truth:
            used_found.add(index)
            used_truth.add(other)
    return len(used_found)


def _read(path, layer: str | None, option: str) -> tuple[list, dict, object]:
    """The polygons (valid shapely geometries; an empty one for a feature without geometry), the
    attribute columns by name and the CRS of a vector file's layer."""
    pyogrio = require("pyogrio")
    shapely = require("shapely")
    from pyogrio.errors import DataLayerError, DataSourceError
    from rasterio.crs import CRS

    try:
        layers = [str(name) for name, _ in pyogrio.list_layers(path)]
        if layer is None and len(layers) > 1:
            names = ", ".join(layers)
            which = "--layer" if option == "LAYER" else "--reference-layer"
            raise ValueError(f"{path} holds {len(layers)} layers ({names}): name one with {which}")
        meta, _fids, geometries, columns = pyogrio.raw.read(path, layer=layer)
    except (DataSourceError, DataLayerError) as error:
        raise ValueError(f"{option} {path} cannot be read: {error}") from error
    shapes = [
        shapely.make_valid(shapely.from_wkb(wkb)) if wkb is not None else shapely.Polygon()
        for wkb in geometries
    ]
    fields = {str(name): list(column) for name, column in zip(meta["fields"], columns, strict=True)}
    return shapes, fields, CRS.from_user_input(meta["crs"]) if meta["crs"] else None


def _reprojected(shape, source, target):
    from rasterio.warp import transform_geom
    from shapely.geometry import mapping
    from shapely.geometry import shape as from_mapping

    return shape if shape.is_empty else from_mapping(transform_geom(source, target, mapping(shape)))
