"""One segmentation run as plain data: raster window + expression -> polygons, with stage timings.

Shared by the CLI's `segment` command and the QGIS worker thread; nothing here touches QGIS.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field, replace

import numpy as np

from ..foundation.messages import QT_TRANSLATE_NOOP, Message
from ..foundation.predictor import Predictor
from ..foundation.run_settings import RunSettings
from .raster import RasterWindow, read_window
from .vectorize import Polygon, mask_to_polygons

MAX_EXPRESSION_LENGTH = 500


def check_expression(text: str) -> str:
    """The expression, stripped; ValueError with the reason when it cannot be used."""
    expression = " ".join(text.split())
    if not expression:
        empty = QT_TRANSLATE_NOOP(
            "messages", "the description is empty: type what to segment, e.g. 'the white tanks'"
        )
        raise ValueError(Message(empty))
    if len(expression) > MAX_EXPRESSION_LENGTH:
        long = QT_TRANSLATE_NOOP("messages", "the description has {length} characters; keep it under {limit}")
        raise ValueError(Message(long, length=len(expression), limit=MAX_EXPRESSION_LENGTH))
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
    settings: RunSettings | None = None,
    encode: bool = True,
    step=None,
) -> SegmentationResult:
    """Run the model on ``window`` (``encode=False`` reuses the predictor's cached image) and vectorize;
    ``step(percent, message)``, when given, hears when the search for the expression starts (the longer
    part for the zero-shot models, which ground the expression before they encode anything)."""
    settings = settings or RunSettings()
    timings = {}
    start = time.perf_counter()
    if encode:
        predictor.set_image(window.rgb)
    timings["encode"] = (time.perf_counter() - start) * 1e3
    if step is not None:
        step(60, Message(QT_TRANSLATE_NOOP("messages", "Looking for the described objects…")))
    start = time.perf_counter()
    prediction = predictor.predict(expression, threshold=settings.threshold)
    timings["predict"] = (time.perf_counter() - start) * 1e3
    start = time.perf_counter()
    polygons = mask_to_polygons(
        prediction.mask & window.valid, window.transform, settings.min_pixels, settings.simplify_pixels
    )
    timings["vectorize"] = (time.perf_counter() - start) * 1e3
    return SegmentationResult(
        expression=expression,
        model=predictor.name,
        polygons=polygons,
        score=prediction.score,
        crs_wkt=window.crs_wkt,
        timings_ms=timings,
    )


class Cancelled(Exception):
    """The analyst cancelled the run; its partial result is discarded."""


@dataclass(frozen=True)
class RenderedView:
    """A picture of a layer that has no file behind it (WMS, XYZ, virtual), rendered by QGIS."""

    rgba: np.ndarray  # H x W x 4 uint8; alpha 0 = nothing drawn there
    bounds: tuple[float, float, float, float]  # xmin, ymin, xmax, ymax of the picture
    crs_wkt: str

    def window(self) -> RasterWindow:
        from rasterio.transform import from_bounds

        height, width = self.rgba.shape[:2]
        return RasterWindow(
            rgb=np.ascontiguousarray(self.rgba[..., :3]),
            valid=self.rgba[..., 3] > 0,
            transform=from_bounds(*self.bounds, width, height),
            crs_wkt=self.crs_wkt,
            downsample=1.0,
            bands=(1, 2, 3),
        )

    def digest(self) -> str:
        return hashlib.blake2b(self.rgba.tobytes(), digest_size=16).hexdigest()


@dataclass(frozen=True)
class SegmentRequest:
    """Everything one run needs, as plain data (it crosses from the GUI thread to a worker).

    The image comes from ``raster_path`` (read in the worker) or, for layers without a file, from
    ``rendered``. ``request_id`` tells a current request from one that was superseded."""

    raster_path: str
    expression: str
    model: str
    bounds: tuple[float, float, float, float] | None = None  # None = the whole raster
    bounds_crs: str | None = None  # WKT or authority id of ``bounds``; None = the raster's CRS
    bands: tuple[int, int, int] | None = None
    stretch: dict[int, tuple[float, float]] | None = None  # the QGIS layer renderer's limits per band
    settings: RunSettings = field(default_factory=RunSettings)
    rendered: RenderedView | None = None
    request_id: int = 0


class Segmenter:
    """Runs requests with one warm model and skips the image encoders when only the text changed.

    ``progress(percent, message)`` is called between stages; ``is_cancelled()`` is checked there too.
    """

    def __init__(self, manager=None) -> None:
        from .model_manager import ModelManager

        self.manager = manager or ModelManager()
        self._encoded_key: tuple | None = None
        self.notes: list[str] = []

    def unload(self) -> None:
        """Free the model's memory; the next run loads it again."""
        self.manager.unload()
        self._encoded_key = None

    def forget_image(self) -> None:
        """Encode the next view again even if it is unchanged (e.g. after the raster file changed)."""
        self._encoded_key = None

    def run(self, request: SegmentRequest, progress=None, is_cancelled=None) -> SegmentationResult:
        def step(percent: int, message: str) -> None:
            if is_cancelled is not None and is_cancelled():
                raise Cancelled
            if progress is not None:
                progress(percent, message)

        self.notes = []
        expression = check_expression(request.expression)
        step(5, Message(QT_TRANSLATE_NOOP("messages", "Reading the raster…")))
        start = time.perf_counter()
        if request.rendered is not None:
            window, view = request.rendered.window(), request.rendered.digest()
        else:
            max_pixels = request.settings.max_pixels
            window = read_window(
                request.raster_path,
                request.bounds,
                request.bounds_crs,
                request.bands,
                max_pixels,
                request.stretch,
            )
            stretch = tuple(sorted((request.stretch or {}).items()))
            view = (
                request.raster_path,
                request.bounds,
                request.bounds_crs,
                request.bands,
                stretch,
                max_pixels,
            )
        read_ms = (time.perf_counter() - start) * 1e3
        if window.downsample > 1:
            self.notes.append(
                Message(
                    QT_TRANSLATE_NOOP("messages", "read at 1/{factor:.1f} resolution to fit the size limit"),
                    factor=window.downsample,
                )
            )
        if window.bands != window.natural_bands:
            shown = ",".join(map(str, window.bands))
            own = ",".join(map(str, window.natural_bands))
            self.notes.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "bands {shown} shown as red, green, blue (the raster's own are {own})"
                    ),
                    shown=shown,
                    own=own,
                )
            )
        if not window.valid.any():
            nodata = QT_TRANSLATE_NOOP(
                "messages", "the view holds no valid pixels (only nodata): pan to where the raster has data"
            )
            raise ValueError(Message(nodata))
        step(20, Message(QT_TRANSLATE_NOOP("messages", "Loading {model}…"), model=request.model))
        start = time.perf_counter()
        # Downloads report bytes and can be cancelled: the step raises Cancelled inside the download.
        self.manager.progress = lambda fraction, message: step(20 + round(19 * fraction), message)
        try:
            predictor = self.manager.load(request.model, request.settings)
        finally:
            self.manager.progress = None
        load_ms = (time.perf_counter() - start) * 1e3
        side, longer = getattr(predictor, "input_side", None), max(window.rgb.shape[:2])
        if side and longer >= 2 * side:  # small objects may be lost: say so, and what keeps them
            # pylupdate5 misses a template followed by a comma, as the formatter would write it.
            # fmt: off
            shrunk = QT_TRANSLATE_NOOP("messages",
                "the model sees this view at 1/{factor:.1f} of its resolution ({side} px); zoom in for "
                "small objects, or run the Processing algorithm, which works at native resolution")
            # fmt: on
            self.notes.append(Message(shrunk, factor=longer / side, side=side))
        key = (view, id(predictor))
        encode = key != self._encoded_key
        encoding = QT_TRANSLATE_NOOP("messages", "Encoding the image…")
        reusing = QT_TRANSLATE_NOOP("messages", "Reusing the image encoding…")
        step(40, Message(encoding if encode else reusing))
        self._encoded_key = None  # until this run's encoding is complete
        result = self._segment_with_memory_fallback(predictor, window, expression, request, encode, step)
        self._encoded_key = key
        result.timings_ms = {"read": read_ms, "load": load_ms, **result.timings_ms}
        step(100, Message(QT_TRANSLATE_NOOP("messages", "Done")))
        return result

    def _segment_with_memory_fallback(self, predictor, window, expression, request, encode, step):
        settings = request.settings
        try:
            return segment_window(predictor, window, expression, settings, encode=encode, step=step)
        except RuntimeError as error:
            if "out of memory" not in str(error).lower() or settings.device == "cpu":
                raise
        # CUDA ran out of memory: free it and run this request once more on the CPU.
        self.manager.unload()
        self.notes.append(
            Message(QT_TRANSLATE_NOOP("messages", "the GPU ran out of memory; this run used the CPU"))
        )
        step(45, Message(QT_TRANSLATE_NOOP("messages", "GPU out of memory: retrying on the CPU…")))
        predictor = self.manager.load(request.model, replace(settings, device="cpu"))
        return segment_window(predictor, window, expression, settings, encode=True, step=step)
