"""Every message between QGIS and the model process, one dataclass each; `codec` turns any of them into
a JSON header with raw frames and back, from the type hints alone (no field is listed twice).

A request is answered by its ``Reply`` type or by a `Failure`; `Event`s may come before the answer.
Adding an operation is one `Request` subclass (and its reply, if it returns something), listed in
`MESSAGES`, plus one ``on_<kind>`` handler in the model process's server.
"""

from __future__ import annotations

import dis
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from ..foundation import errors
from ..foundation.messages import QT_TRANSLATE_NOOP, Message
from ..foundation.plugin_files import PACKAGE_DIR
from ..foundation.run_settings import RunSettings
from ..foundation.text import clean_text
from ..referring.parse import parse_expression
from ..referring.program import Program

PROTOCOL_VERSION = 4
MAX_EXPRESSION_LENGTH = 500
Bounds = tuple[float, float, float, float]  # xmin, ymin, xmax, ymax
Bands = tuple[int, int, int]  # the raster bands shown as red, green, blue
Stretch = dict[int, tuple[float, float]]  # band -> the low and high values stretched to 0..255


def check_program(program: dict, expression: str) -> Program:
    """The reading that came with a request, checked as it is made, and that it is the reading of this
    expression: a program of another one would run under this one's name."""
    made = Program.from_json(program)
    if clean_text(made.expression) != clean_text(expression):
        raise ValueError(f"the reading sent is of {made.expression!r}, not of {expression!r}")
    return made


def check_expression(text: str) -> str:
    """The expression as the analyst meant it (foundation.text.clean_text: no escape sequences or control
    characters, NFC, single spaces); ValueError with the reason when it cannot be used."""
    expression = clean_text(text)
    if not expression:
        empty = QT_TRANSLATE_NOOP(
            "messages", "the description is empty: type what to segment, e.g. 'the white tanks'"
        )
        raise ValueError(Message(empty))
    if len(expression) > MAX_EXPRESSION_LENGTH:
        long = QT_TRANSLATE_NOOP("messages", "the description has {length} characters; keep it under {limit}")
        raise ValueError(Message(long, length=len(expression), limit=MAX_EXPRESSION_LENGTH))
    return expression


def parse_bands(text: str) -> Bands:
    """ "4,3,2" -> (4, 3, 2): the bands shown as red, green and blue; ValueError with the reason."""
    try:
        bands = tuple(int(part) for part in text.split(","))
    except ValueError:
        bands = ()
    if len(bands) != 3 or min(bands) < 1:
        three = QT_TRANSLATE_NOOP(
            "messages", "bands must be three band numbers for red, green and blue, e.g. 4,3,2, not '{text}'"
        )
        raise ValueError(Message(three, text=text))
    return bands


MIN_TILE = 64  # pixels a side; smaller tiles only multiply the work (a 65,536-tile job for 256² px)
RAY_CONNECT_TIMEOUT_S = 30.0  # how long a Ray cluster's address may stay silent before a job gives up


def check_tiling(tile: int, overlap: int) -> None:
    """The one check of a tiled run's tile size and overlap (Processing, batch jobs); ValueError with the
    reason."""
    if isinstance(tile, bool) or not isinstance(tile, int) or tile < MIN_TILE:
        raise ValueError(f"a tile must be at least {MIN_TILE} px a side, not {tile!r}")
    if isinstance(overlap, bool) or not isinstance(overlap, int) or not 0 <= overlap <= tile // 2:
        raise ValueError(
            f"a tile overlap of {overlap} px on {tile} px tiles is not allowed: keep it between 0 and half "
            f"the tile ({tile // 2} px); more overlap multiplies the tiles without finding more"
        )


class Request:
    """QGIS -> model process. ``kind`` names it on the wire; ``Reply`` is what answers it."""

    kind: ClassVar[str]
    Reply: ClassVar[type]


class Event:
    """Model process -> QGIS while a request runs, before its answer."""

    kind: ClassVar[str]


@dataclass(frozen=True)
class Done:
    """The answer of a request that returns nothing."""

    kind: ClassVar[str] = "done"


# ---- the pieces of a segmentation -----------------------------------------------------------------


@dataclass(frozen=True)
class RenderedView:
    """A picture of a layer that has no file behind it (WMS, XYZ, virtual), rendered by QGIS."""

    rgba: np.ndarray  # H x W x 4 uint8; alpha 0 = nothing drawn there
    bounds: Bounds  # of the picture, in ``crs_wkt``
    crs_wkt: str


@dataclass(frozen=True)
class ResultFeature:
    """One output polygon with the attributes every output has (the panel's layers, Processing, the CLI
    and batch files), computed once on the model side (model_process/features.py)."""

    wkt: str  # in the result's CRS
    expression: str
    model: str
    score: float
    area_m2: float  # on the WGS 84 ellipsoid, as QGIS measures areas
    created: str  # UTC, ISO 8601
    prompt: str = "text"  # what made it: "text", "clicks" (marked by hand) or "text + clicks"
    # The traced outline (WKT) when this one was regularized (RunSettings.regularize), else empty: kept
    # beside the result (a companion layer), so that regularizing is never a loss. Not an attribute.
    original: str = ""

    FIELDS: ClassVar[tuple[str, ...]] = ("expression", "model", "score", "area_m2", "created", "prompt")

    def attributes(self) -> dict:
        return {name: getattr(self, name) for name in self.FIELDS}


@dataclass(frozen=True)
class TileJob:
    """What every tile of a tiled run and its selection over the whole raster need, made once: the
    model, the expressions (checked here, the one check wherever a job is made), how to run, the
    smallest score kept, each expression's program and the project's layers its anchors name.

    ``programs``: each expression's reading (`Program.as_json`), parsed once where the job is made (in
    QGIS for Processing) and carried as it is to the model process and every Ray worker, so that the
    run uses exactly that reading; empty when made: parsed here. ``anchor_layers``: used for their
    anchors over the whole raster, and never looked for in the tiles."""

    model: str
    expressions: tuple[str, ...]
    settings: RunSettings
    min_score: float = 0.0
    programs: tuple[dict[str, Any], ...] = ()
    anchor_layers: tuple[AnchorLayer, ...] = ()

    def __post_init__(self) -> None:
        expressions = tuple(check_expression(text) for text in self.expressions)
        object.__setattr__(self, "expressions", expressions)
        programs = self.programs or tuple(parse_expression(text).as_json() for text in expressions)
        if len(programs) != len(expressions):
            raise ValueError(f"{len(programs)} programs for {len(expressions)} expressions")
        for text, program in zip(
            expressions, programs, strict=True
        ):  # refused where it arrives, not on a tile
            check_program(program, text)
        # As JSON gives them back (lists, not tuples): a job that crossed equals the one sent.
        object.__setattr__(self, "programs", tuple(json.loads(json.dumps(program)) for program in programs))

    def program(self, expression: str) -> Program:
        return Program.from_json(self.programs[self.expressions.index(expression)])


# ---- requests -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Devices:
    cuda: str | None = None
    gpus: list[str] = field(default_factory=list)
    mps: bool = False


@dataclass(frozen=True)
class HelloReply:
    kind: ClassVar[str] = "hello_reply"
    protocol: int
    plugin_version: str
    python: str
    executable: str
    pid: int
    packages: dict[str, str | None]
    devices: Devices | None = None  # only when asked: it imports torch


@dataclass(frozen=True)
class Hello(Request):
    """The first request to a new process: versions (checked by the client), devices when asked."""

    kind: ClassVar[str] = "hello"
    Reply: ClassVar[type] = HelloReply
    devices: bool = False


@dataclass(frozen=True)
class Loaded:
    kind: ClassVar[str] = "loaded"
    name: str


@dataclass(frozen=True)
class Load(Request):
    """Load a model now, reporting download progress, before any view is sent. The plugin does not ask
    for it yet (a run loads its model itself); it is the protocol's way to warm a model up."""

    kind: ClassVar[str] = "load"
    Reply: ClassVar[type] = Loaded
    model: str
    settings: RunSettings = field(default_factory=RunSettings)


@dataclass(frozen=True)
class SegmentResult:
    """The answer to a SegmentRequest: the polygons with their attributes, and what the analyst should
    know about the run (``notes``: a lower resolution, other bands, a CPU fallback)."""

    kind: ClassVar[str] = "segment_result"
    expression: str
    model: str
    features: list[ResultFeature]
    score: float
    crs_wkt: str
    timings_ms: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    # A preview's answer (SegmentRequest.preview): the mask over the view's pixels (uint8, 1 on the
    # object) and the affine from its pixels to ``crs_wkt`` (a, b, c, d, e, f: x = a·col + b·row + c,
    # y = d·col + e·row + f); ``features`` is then empty.
    mask: np.ndarray | None = None
    mask_transform: tuple[float, float, float, float, float, float] | None = None


@dataclass(frozen=True)
class AnchorLayer:
    """A vector layer of the analyst's project that an expression's anchor names ("north of the road" and
    a layer called Roads): its features near the view, used instead of looking for the anchor in the
    image."""

    phrase: str  # the anchor as the program reads it ("road")
    layer: str  # the layer's name, for the notes
    crs_wkt: str  # the CRS of ``wkt``
    wkt: tuple[str, ...]  # its geometries near the view


@dataclass(frozen=True)
class Clicks:
    """What the analyst marked by hand, in map coordinates: points on the object, points off it, and a
    box around it. The model process places them on the view's pixels."""

    positive: tuple[tuple[float, float], ...] = ()
    negative: tuple[tuple[float, float], ...] = ()
    box: Bounds | None = None
    crs: str | None = None  # WKT or authority id; None = the request's bounds_crs, else the raster's

    def __post_init__(self) -> None:
        if not (self.positive or self.negative or self.box):
            raise ValueError(
                Message(QT_TRANSLATE_NOOP("messages", "click on the object or drag a box around it"))
            )

    @property
    def count(self) -> int:
        return len(self.positive) + len(self.negative) + (self.box is not None)


@dataclass(frozen=True)
class SegmentRequest(Request):
    """One run on what the analyst sees, as plain data: the image comes from ``raster_path`` (read by
    the model process) or, for layers without a file, from ``rendered``. ``request_id`` tells a
    current request from one that was superseded."""

    kind: ClassVar[str] = "segment"
    Reply: ClassVar[type] = SegmentResult
    raster_path: str
    expression: str
    model: str
    bounds: Bounds | None = None  # None = the whole raster
    bounds_crs: str | None = None  # WKT or authority id of ``bounds``; None = the raster's CRS
    bands: Bands | None = None
    stretch: Stretch | None = None  # the QGIS layer renderer's limits per band
    settings: RunSettings = field(default_factory=RunSettings)
    rendered: RenderedView | None = None
    request_id: int = 0
    anchor_layers: tuple[AnchorLayer, ...] = ()
    clicks: Clicks | None = None  # with an empty expression: segment what was clicked
    preview: bool = False  # answer with the mask to draw, not polygons (each click of a correction)
    # The reading of ``expression`` that the panel showed (`Program.as_json`), run as it is by a model
    # that reads the program; None: read in the model process.
    program: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        if self.program is not None:  # refused where it arrives, not when a model runs it
            check_program(self.program, self.expression)


@dataclass(frozen=True)
class SecondOpinionResult:
    """The answer to a SecondOpinionRequest: ``agreement`` for each polygon sent (in their order: the IoU
    with the second model's best-matching polygon, 0 when none overlaps it) and ``suggestions``, the
    second model's polygons that overlap none of them (in ``crs_wkt``)."""

    kind: ClassVar[str] = "second_opinion_result"
    model: str  # the second model's name
    agreement: list[float]
    suggestions: list[ResultFeature]
    crs_wkt: str
    score: float
    timings_ms: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SecondOpinionRequest(Request):
    """A result checked by another model (model_process/second_opinion.py): ``segment`` is the request
    that made it, naming the second model; ``polygons`` are the result's (WKT in ``polygons_crs``)."""

    kind: ClassVar[str] = "second_opinion"
    Reply: ClassVar[type] = SecondOpinionResult
    segment: SegmentRequest
    polygons: tuple[str, ...]
    polygons_crs: str


@dataclass(frozen=True)
class TilesDone:
    kind: ClassVar[str] = "tiles_done"
    tiles: int
    notes: list[str] = field(default_factory=list)  # what the analyst should know about the run


@dataclass(frozen=True)
class TilesRequest(Request):
    """A whole raster (or the part inside ``bounds``) on overlapping tiles; polygons come back as
    `Polygons` events while tiles finish, clipped to ``within_wkt`` when given."""

    kind: ClassVar[str] = "tiles"
    Reply: ClassVar[type] = TilesDone
    job: TileJob
    raster_path: str
    tile: int
    overlap: int
    bounds: Bounds | None = None  # in the raster's CRS
    bands: Bands | None = None
    stretch: Stretch | None = None
    within_wkt: str | None = None  # polygons in the raster's CRS that limit the output
    ray_address: str | None = None  # None: this process's model; else a Ray cluster

    def __post_init__(self) -> None:
        check_tiling(self.tile, self.overlap)


@dataclass(frozen=True)
class Unload(Request):
    kind: ClassVar[str] = "unload"
    Reply: ClassVar[type] = Done


@dataclass(frozen=True)
class Shutdown(Request):
    kind: ClassVar[str] = "shutdown"
    Reply: ClassVar[type] = Done


@dataclass(frozen=True)
class Cancel(Request):
    """Stop the request whose id this message carries at its next step; it then ends with the error
    Cancelled. No answer of its own; a Cancel for a request that is not running is ignored."""

    kind: ClassVar[str] = "cancel"
    Reply: ClassVar[type] = type(None)


# ---- events ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Progress(Event):
    kind: ClassVar[str] = "progress"
    percent: int
    message: str  # a foundation.messages.Message crosses with its template, to be shown translated


@dataclass(frozen=True)
class Alive(Event):
    """Every second while a request runs: a silent process is known to hang. ``steps`` counts the
    checks for cancellation the running request has made so far: a model that no longer makes them
    is hung even though the process still answers."""

    kind: ClassVar[str] = "alive"
    steps: int = 0


@dataclass(frozen=True)
class Planned(Event):
    kind: ClassVar[str] = "planned"
    tiles: int


@dataclass(frozen=True)
class Polygons(Event):
    """Features of a tiled run as tiles finish (a few messages a second, not one per polygon)."""

    kind: ClassVar[str] = "polygons"
    features: list[ResultFeature]


# ---- failures -------------------------------------------------------------------------------------

# The errors the model process reports by type; they are raised again, as themselves, in QGIS.
KNOWN_ERRORS = {
    cls.__name__: cls
    for cls in (*vars(errors).values(), ValueError, OSError)
    if isinstance(cls, type) and issubclass(cls, Exception)
}


@dataclass(frozen=True)
class Failure:
    """The answer of a request that failed: the error's type (one of KNOWN_ERRORS, else
    ``unexpected``) and what it said, as a Message when it can be shown translated."""

    kind: ClassVar[str] = "failure"
    type: str
    message: str

    @classmethod
    def of(cls, error: BaseException) -> Failure:
        """The one place where any error becomes a typed answer: a library's error is reported as the
        nearest known type it derives from (rasterio's RasterioIOError is an OSError), anything else
        as a bug. A ValueError is the analyst's doing only when this plugin raised it: one that a
        library raised (numpy's broadcast, shapely's geometry) is a bug, logged with its traceback."""
        known = [kind.__name__ for kind in type(error).__mro__ if kind.__name__ in KNOWN_ERRORS]
        kind = known[0] if known else "unexpected"
        if kind == "ValueError" and not _raised_here(error):
            kind = "unexpected"
        said = error.args[0] if error.args and isinstance(error.args[0], Message) else None
        return cls(kind, said if said is not None else (str(error) or type(error).__name__))

    def error(self) -> Exception:
        kind = KNOWN_ERRORS.get(self.type)
        if kind is None:  # a bug, not the analyst's doing: the traceback is in the process's log
            return errors.ModelProcessFailed(
                "The model stopped with an unexpected error, so nothing was added. The model process's "
                "log has the details (in QGIS: View ▸ Panels ▸ Log Messages, tab rrsis_qgis); another "
                "model or checkpoint may work."
            )
        return kind(self.message)


def _raised_here(error: BaseException) -> bool:
    """Whether ``error`` came from a ``raise`` statement of this plugin's code: the innermost frame of its
    traceback is ours and stopped at a raise. numpy's operators add no frame of their own, so a
    broadcast error inside our code stops at the operator, not at a raise."""
    if isinstance(error.args[0] if error.args else None, Message):  # an everyday error, said to translate
        return True
    traceback = error.__traceback__
    if traceback is None:  # made, not raised (a Failure read back from the wire): take it as it says
        return True
    while traceback.tb_next is not None:
        traceback = traceback.tb_next
    code = traceback.tb_frame.f_code
    if PACKAGE_DIR not in Path(code.co_filename).resolve().parents:
        return False
    at = next((i for i in dis.get_instructions(code) if i.offset == traceback.tb_lasti), None)
    return at is not None and at.opname == "RAISE_VARARGS"


MESSAGES: dict[str, type] = {
    cls.kind: cls
    for cls in (
        Hello,
        HelloReply,
        Load,
        Loaded,
        SegmentRequest,
        SegmentResult,
        SecondOpinionRequest,
        SecondOpinionResult,
        TilesRequest,
        TilesDone,
        Unload,
        Shutdown,
        Cancel,
        Done,
        Progress,
        Alive,
        Planned,
        Polygons,
        Failure,
    )
}
