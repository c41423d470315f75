"""One segmentation run as plain data: raster window + expression -> polygons, with stage timings.

Shared by the CLI's `segment` command and the QGIS worker thread; nothing here touches QGIS.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from .predictor import Predictor
from .raster import RasterWindow
from .vectorize import Polygon, mask_to_polygons

MAX_EXPRESSION_LENGTH = 500


def check_expression(text: str) -> str:
    """The expression, stripped; ValueError with the reason when it cannot be used."""
    expression = " ".join(text.split())
    if not expression:
        raise ValueError("the description is empty: type what to segment, e.g. 'the white tanks'")
    if len(expression) > MAX_EXPRESSION_LENGTH:
        raise ValueError(
            f"the description has {len(expression)} characters; keep it under {MAX_EXPRESSION_LENGTH}"
        )
    return expression


@dataclass
class SegmentationResult:
    expression: str
    model: str
    polygons: list[Polygon]
    score: float
    crs_wkt: str
    timings_ms: dict[str, float] = field(default_factory=dict)


def segment_window(
    predictor: Predictor,
    window: RasterWindow,
    expression: str,
    threshold: float = 0.5,
    min_pixels: int = 16,
    simplify_pixels: float = 0.0,
    encode: bool = True,
) -> SegmentationResult:
    """Run the model on ``window`` (``encode=False`` reuses the predictor's cached image) and vectorize."""
    timings = {}
    start = time.perf_counter()
    if encode:
        predictor.set_image(window.rgb)
    timings["encode"] = (time.perf_counter() - start) * 1e3
    start = time.perf_counter()
    prediction = predictor.predict(expression, threshold=threshold)
    timings["predict"] = (time.perf_counter() - start) * 1e3
    start = time.perf_counter()
    polygons = mask_to_polygons(prediction.mask & window.valid, window.transform, min_pixels, simplify_pixels)
    timings["vectorize"] = (time.perf_counter() - start) * 1e3
    return SegmentationResult(
        expression=expression,
        model=predictor.name,
        polygons=polygons,
        score=prediction.score,
        crs_wkt=window.crs_wkt,
        timings_ms=timings,
    )
