"""One segmentation run, as the model process (and the CLI) runs it: a raster window and an expression
-> a SegmentResult with its features, notes and stage timings."""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import replace

import numpy as np

from ..foundation.errors import Cancelled
from ..foundation.messages import QT_TRANSLATE_NOOP, Message
from ..foundation.model_types import ModelType
from ..foundation.predictor import Predictor, check_finite
from ..foundation.run_settings import RunSettings
from ..protocol.codec import to_text
from ..protocol.messages import (
    AnchorLayer,
    Clicks,
    RenderedView,
    SegmentRequest,
    SegmentResult,
    check_expression,
)
from ..referring.program import Program
from .answer import answer
from .clicks import clicks_on_pixels
from .features import result_features
from .raster import RasterWindow, read_window
from .vectorize import mask_to_polygons


def segment_window(
    predictor: Predictor,
    model_type: ModelType,
    window: RasterWindow,
    expression: str,
    settings: RunSettings | None = None,
    image_key: object = None,
    step=None,
    anchor_layers: tuple[AnchorLayer, ...] = (),
    clicks: Clicks | None = None,
    clicks_crs: str | None = None,
    preview: bool = False,
    program: Program | None = None,
) -> SegmentResult:
    """Run the model on ``window`` (encoded unless the predictor holds ``image_key``'s image already: a
    None key always encodes) and vectorize;
    ``step(percent, message)``, when given, hears when the search for the expression starts (the longer
    part for the zero-shot models, which ground the expression before they encode anything). With
    ``clicks`` (map coordinates in ``clicks_crs``, the window's CRS when None) the model's decoder
    segments what they mark; an expression then runs first and its result's extent is the box, unless
    the clicks have one. ``preview`` answers with the mask instead of polygons (vectorizing a click's
    mask would cost more than the click). ``program``: the expression's reading as the panel showed it;
    None: read here."""
    settings = settings or RunSettings()
    timings = {}
    start = time.perf_counter()
    if clicks is not None and not model_type.takes_clicks:
        # fmt: off
        cannot = QT_TRANSLATE_NOOP("messages",
            "{model} cannot take clicks (it has no SAM decoder to prompt here); choose a PSLG-SAM, SAM3, "
            "RSRefSeg or RS2-SAM2 model")
        # fmt: on
        raise ValueError(Message(cannot, model=predictor.name))
    if image_key is None or predictor.image_key != image_key:
        predictor.set_image(window.rgb, image_key)
    timings["encode"] = (time.perf_counter() - start) * 1e3
    if step is not None:
        step(60, Message(QT_TRANSLATE_NOOP("messages", "Looking for the described objects…")))
    start = time.perf_counter()
    notes, prompt = [], "text"
    if expression:
        programs = None if program is None else [program]
        [(prediction, notes)] = answer(
            predictor, model_type, window, [expression], settings.threshold, anchor_layers, programs
        )
    if clicks is not None:
        points, labels, box = clicks_on_pixels(
            clicks, clicks_crs or window.crs_wkt, window, window.raster_bounds
        )
        if box is None and expression and prediction.mask.any():
            rows, columns = np.nonzero(prediction.mask)
            box = (float(columns.min()), float(rows.min()), float(columns.max() + 1), float(rows.max() + 1))
        prediction = predictor.click(points, labels, box, threshold=settings.threshold)
        prompt = "text + clicks" if expression else "clicks"
    check_finite(prediction, predictor.name)
    timings["predict"] = (time.perf_counter() - start) * 1e3
    if preview:
        mask = (prediction.mask & window.valid).astype(np.uint8)
        affine = tuple(float(value) for value in tuple(window.transform)[:6])
        return SegmentResult(
            expression, predictor.name, [], prediction.score, window.crs_wkt, timings, notes, mask, affine
        )
    start = time.perf_counter()
    polygons = mask_to_polygons(
        prediction.mask & window.valid, window.transform, settings.min_pixels, settings.simplify_pixels
    )
    features = result_features(
        [polygon.wkt for polygon in polygons],
        expression,
        predictor.name,
        prediction.score,
        window.crs_wkt,
        prompt=prompt,
        settings=settings,
    )
    timings["vectorize"] = (time.perf_counter() - start) * 1e3
    return SegmentResult(
        expression, predictor.name, features, prediction.score, window.crs_wkt, timings, notes
    )


def view_key(request: SegmentRequest) -> str | None:
    """What identifies the pixels a request's view holds, and nothing else (not the expression, the
    anchors, the clicks or the model): a digest of a rendered picture, or the raster file's identity
    (its real path, size and modification time: a file rewritten in place is another view) with the
    window, bands, stretch and size limit. None when the file cannot be identified (it is then read and
    encoded every time)."""
    if request.rendered is not None:
        view = request.rendered
        digest = hashlib.blake2b(view.rgba.tobytes(), digest_size=16).hexdigest()
        return to_text([digest, list(view.rgba.shape), list(view.bounds), view.crs_wkt])
    try:
        real = os.path.realpath(request.raster_path)
        status = os.stat(real)
    except (OSError, ValueError):
        return None
    stretch = None if request.stretch is None else sorted(request.stretch.items())
    source = [real, status.st_size, status.st_mtime_ns, status.st_ino]
    window = [request.bounds, request.bounds_crs, request.bands, stretch, request.settings.max_pixels]
    return to_text([source, window])


def rendered_window(view: RenderedView) -> RasterWindow:
    """The window of a picture QGIS rendered: its pixels, where something was drawn, its georeferencing."""
    from rasterio.transform import from_bounds

    height, width = view.rgba.shape[:2]
    return RasterWindow(
        rgb=np.ascontiguousarray(view.rgba[..., :3]),
        valid=view.rgba[..., 3] > 0,
        transform=from_bounds(*view.bounds, width, height),
        crs_wkt=view.crs_wkt,
        downsample=1.0,
        bands=(1, 2, 3),
    )


class Segmenter:
    """Runs requests with one warm model and skips reading and encoding the view when only the text or
    the clicks changed.

    ``progress(percent, message)`` is called between stages; ``is_cancelled()`` is checked there too.
    The predictor owns its encoding and says which view it holds (``image_key``): a view is known by
    where its pixels come from (the raster file's identity, the window, bands and stretch; or a digest of
    a rendered picture), so a raster rewritten in place, another view, a tile of a tiled run or a model
    loaded anew are encoded again, whatever happened between two runs.
    """

    def __init__(self, manager=None) -> None:
        from .model_manager import ModelManager

        self.manager = manager or ModelManager()
        self._window: tuple[object, RasterWindow] | None = None  # the last view read, with its key

    def unload(self) -> None:
        """Free the model's memory; the next run loads it again."""
        self.manager.unload()
        self._window = None

    def run(self, request: SegmentRequest, progress=None, is_cancelled=None) -> SegmentResult:
        def step(percent: int, message: str) -> None:
            if is_cancelled is not None and is_cancelled():
                raise Cancelled
            if progress is not None:
                progress(percent, message)

        notes: list[str] = []
        clicked_only = request.clicks is not None and not request.expression.strip()
        expression = "" if clicked_only else check_expression(request.expression)
        step(5, Message(QT_TRANSLATE_NOOP("messages", "Reading the raster…")))
        start = time.perf_counter()
        key = view_key(request)
        window = self._cached_window(request, key)
        if window is None:
            window = self._read(request)
            self._window = (key, window) if key is not None else None
        read_ms = (time.perf_counter() - start) * 1e3
        notes += _window_notes(window)
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
                "the model sees this view at 1/{factor:g} of its resolution ({side} px); zoom in for "
                "small objects, or run the Processing algorithm, which works at native resolution")
            # fmt: on
            notes.append(Message(shrunk, factor=round(longer / side, 1), side=side))  # "1/4", "1/2.3"
        encoding = QT_TRANSLATE_NOOP("messages", "Encoding the image…")
        reusing = QT_TRANSLATE_NOOP("messages", "Reusing the image encoding…")
        encode = key is None or predictor.image_key != key
        step(40, Message(encoding if encode else reusing))
        result = self._segment_with_memory_fallback(predictor, window, expression, request, key, step, notes)
        step(100, Message(QT_TRANSLATE_NOOP("messages", "Done")))
        timings = {"read": read_ms, "load": load_ms, **result.timings_ms}
        return replace(result, timings_ms=timings, notes=notes + result.notes)

    def _cached_window(self, request: SegmentRequest, key) -> RasterWindow | None:
        """The view read last time, when it is this request's and the loaded model still holds its
        encoding: a click on the same view reads nothing and encodes nothing."""
        if key is None or self._window is None or self._window[0] != key:
            return None
        predictor = self.manager.current(request.model, request.settings)
        if predictor is None or predictor.image_key != key:
            return None
        return self._window[1]

    @staticmethod
    def _read(request: SegmentRequest) -> RasterWindow:
        if request.rendered is not None:
            return rendered_window(request.rendered)
        return read_window(
            request.raster_path,
            request.bounds,
            request.bounds_crs,
            request.bands,
            request.settings.max_pixels,
            request.stretch,
        )

    def _segment_with_memory_fallback(self, predictor, window, expression, request, key, step, notes):
        settings = request.settings
        marked = (
            request.clicks,
            request.clicks and (request.clicks.crs or request.bounds_crs),
            request.preview,
            None if request.program is None else Program.from_json(request.program),
        )

        def run(predictor):
            model_type = self.manager.loaded_type
            return segment_window(
                predictor, model_type, window, expression, settings, key, step, request.anchor_layers, *marked
            )

        try:
            return run(predictor)
        except RuntimeError as error:
            if "out of memory" not in str(error).lower() or settings.device == "cpu":
                raise
        # CUDA ran out of memory: free it and run this request once more on the CPU.
        self.manager.unload()
        notes.append(
            Message(QT_TRANSLATE_NOOP("messages", "the GPU ran out of memory; this run used the CPU"))
        )
        step(45, Message(QT_TRANSLATE_NOOP("messages", "GPU out of memory: retrying on the CPU…")))
        return run(self.manager.load(request.model, replace(settings, device="cpu")))


def _window_notes(window: RasterWindow) -> list[str]:
    """What the analyst should know about how the view was read."""
    notes = []
    if window.downsample > 1:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP("messages", "read at 1/{factor:.1f} resolution to fit the size limit"),
                factor=window.downsample,
            )
        )
    if window.bands != window.natural_bands:
        shown = ",".join(map(str, window.bands))
        own = ",".join(map(str, window.natural_bands))
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "bands {shown} shown as red, green, blue (the raster's own are {own})"
                ),
                shown=shown,
                own=own,
            )
        )
    return notes
