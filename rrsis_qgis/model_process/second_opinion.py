"""A second opinion on a result: a second model runs on the same view with the same expression, and
each polygon of the result gets its ``agreement``, the IoU with the second model's best-matching polygon
(0 when none overlaps it); the second model's polygons that overlap none of the result's are
suggestions, for the analyst to review. The CLI's ``segment --second-opinion`` and the panel's "Check
with another model" (a `SecondOpinionRequest` to the model process) both run `second_opinion`."""

from __future__ import annotations

from ..foundation.dependencies import require
from ..foundation.review_fields import AGREEMENT, REVIEW, SUGGESTED_BY, UNREVIEWED
from ..protocol.messages import ResultFeature, SecondOpinionRequest, SecondOpinionResult

# The attributes a checked result gains, with their values for a polygon of the result itself; a
# suggestion gets agreement 0, review "unreviewed" and the second model's name in suggested_by.


def iou(first, second) -> float:
    """Intersection over union of two shapely polygons (0 when they do not meet)."""
    if not first.intersects(second):
        return 0.0
    union = first.union(second).area
    return float(first.intersection(second).area / union) if union > 0 else 0.0


def agreements(first: list, second: list) -> tuple[list[float], list[int]]:
    """Each ``first`` polygon's IoU with its best-matching ``second`` polygon (0 when none overlaps it),
    and the indices of the ``second`` polygons that overlap no ``first`` polygon (shapely geometries in
    one CRS)."""
    shapely = require("shapely")

    tree = shapely.STRtree(second)
    best = []
    matched = set()
    for polygon in first:
        near = [int(index) for index in tree.query(polygon, predicate="intersects")]
        scores = [iou(polygon, second[index]) for index in near]
        best.append(round(max(scores, default=0.0), 4))
        matched.update(index for index, score in zip(near, scores, strict=True) if score > 0)
    return best, [index for index in range(len(second)) if index not in matched]


def second_opinion(segmenter, request: SecondOpinionRequest, progress=None, is_cancelled=None):
    """Run ``request.segment`` (the result's view and expression, with the second model) through
    ``segmenter`` (a model_process.segmenter.Segmenter) and compare its polygons with
    ``request.polygons``: a `SecondOpinionResult` in the second run's CRS."""
    shapely = require("shapely")

    result = segmenter.run(request.segment, progress, is_cancelled)
    first = [_reprojected(wkt, request.polygons_crs, result.crs_wkt) for wkt in request.polygons]
    second = [shapely.from_wkt(feature.wkt) for feature in result.features]
    agreement, only_second = agreements(first, second)
    return SecondOpinionResult(
        model=result.model,
        agreement=agreement,
        suggestions=[result.features[index] for index in only_second],
        crs_wkt=result.crs_wkt,
        score=result.score,
        timings_ms=result.timings_ms,
        notes=result.notes,
    )


def checked_attributes(feature: ResultFeature, agreement: float, suggested_by: str = "") -> dict:
    """A feature's attributes with those of a checked result (what the CLI writes)."""
    return {
        **feature.attributes(),
        AGREEMENT: agreement,
        REVIEW: UNREVIEWED,
        SUGGESTED_BY: suggested_by,
    }


def _reprojected(wkt: str, source: str, target: str):
    """The WKT polygon in ``target``'s CRS (WKT or authority ids), as a shapely geometry."""
    shapely = require("shapely")
    from rasterio.crs import CRS
    from rasterio.warp import transform_geom
    from shapely.geometry import mapping, shape

    geometry = shapely.from_wkt(wkt)
    source_crs, target_crs = CRS.from_user_input(source), CRS.from_user_input(target)
    if source_crs == target_crs:
        return geometry
    return shape(transform_geom(source_crs, target_crs, mapping(geometry)))
