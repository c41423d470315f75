"""A Message is its English text wherever a str goes (CLI, logs, errors) and keeps its template and fields
through the model process's pipe and through pickling (Ray sends errors pickled); every protocol message
crosses the one codec and comes back equal."""

import io
import pickle

import numpy as np
import pytest

from rrsis_qgis.foundation.errors import Cancelled, ModelNotFound, ModelProcessFailed
from rrsis_qgis.foundation.messages import Message
from rrsis_qgis.foundation.run_settings import RunSettings
from rrsis_qgis.model_process.engines import WorkItem
from rrsis_qgis.model_process.tiling import Tile, TiledPolygon, TiledRaster, TileResult
from rrsis_qgis.protocol import codec
from rrsis_qgis.protocol import messages as m
from rrsis_qgis.protocol.shared_memory import SharedPixels

FEATURE = m.ResultFeature(
    "POLYGON ((0 0,1 0,1 1,0 0))", "the pond", "demo", 0.75, 12.5, "2026-12-04T00:00:00Z"
)
JOB = m.TileJob("demo", ("the pond", "all tanks"), RunSettings(device="cpu", threshold=0.3), 0.1)
NOTE = Message("read at 1/{factor:.1f} resolution to fit the size limit", factor=2.5)


def _through_a_pipe(message, shared=None):
    stream = io.BytesIO()
    codec.send(stream, message, shared, request_id=7)
    stream.seek(0)
    request_id, back = codec.receive(stream)
    assert request_id == 7  # every message carries its request's id
    return back


def _examples():
    rgba = np.arange(5 * 7 * 4, dtype=np.uint8).reshape(5, 7, 4)
    view = m.RenderedView(rgba, (0.0, 1.0, 7.0, 6.0), "EPSG:32613")
    return [
        m.Hello(devices=True),
        m.HelloReply(
            2, "0.4.0", "3.11", "/usr/bin/python3", 7, {"torch": "2.14.1", "ray": None}, m.Devices()
        ),
        m.Load("pslg-sam2", RunSettings(precision="bfloat16")),
        m.Loaded("pslg-sam2"),
        m.SegmentRequest(
            "a.tif", "the pond", "demo", (1.0, 2.0, 3.0, 4.0), "EPSG:4326", (3, 2, 1), {1: (0.0, 9.5)}
        ),
        m.SegmentRequest("", "the pond", "demo", rendered=view, request_id=4),
        m.SegmentResult("the pond", "demo", [FEATURE], 0.75, "EPSG:32613", {"read": 1.5}, [NOTE]),
        m.SecondOpinionRequest(
            m.SegmentRequest("a.tif", "the pond", "demo", (1.0, 2.0, 3.0, 4.0)),
            ("POLYGON ((0 0, 1 0, 1 1, 0 0))",),
            "EPSG:32613",
        ),
        m.SecondOpinionResult("demo", [0.5, 0.0], [FEATURE], "EPSG:32613", 0.75, {"predict": 2.0}, [NOTE]),
        m.TilesRequest(JOB, "a.tif", 512, 64, within_wkt="POLYGON ((0 0,1 0,1 1,0 0))", ray_address="auto"),
        m.TilesDone(9),
        m.Unload(),
        m.Shutdown(),
        m.Cancel(),
        m.Done(),
        m.Progress(40, Message("Loading {model}…", model="demo")),
        m.Progress(50, "Tile 3 of 9"),
        m.Alive(),
        m.Planned(9),
        m.Polygons([FEATURE, FEATURE]),
        m.Failure("ValueError", NOTE),
    ]


def _same(a, b) -> bool:
    if isinstance(a, m.SegmentRequest) and a.rendered is not None:
        return np.array_equal(a.rendered.rgba, b.rendered.rgba) and a == type(a)(
            **{**vars(b), "rendered": a.rendered}
        )
    return a == b


def test_every_kind_of_message_is_listed_once():
    assert len(m.MESSAGES) == len({cls.kind for cls in m.MESSAGES.values()})
    assert {type(example).kind for example in _examples()} == set(m.MESSAGES)


@pytest.mark.parametrize("message", _examples(), ids=lambda message: type(message).__name__)
def test_every_message_comes_back_equal_with_its_types(message):
    back = _through_a_pipe(message)
    assert type(back) is type(message) and _same(back, message)
    if isinstance(back, m.SegmentRequest) and back.bounds:
        assert isinstance(back.bounds, tuple) and list(back.stretch) == [1]  # band numbers, not text


def test_a_large_image_crosses_in_shared_memory_and_comes_back_equal():
    rgba = np.random.default_rng(0).integers(0, 255, (1100, 1000, 4), dtype=np.uint8)
    request = m.SegmentRequest(
        "", "the pond", "demo", rendered=m.RenderedView(rgba, (0, 0, 1, 1), "EPSG:4326")
    )
    shared = SharedPixels()
    try:
        header, frames = codec.encode(request, shared)
        assert frames == [] and header["fields"]["rendered"]["rgba"]["file"] == shared.path
        assert np.array_equal(_through_a_pipe(request, shared).rendered.rgba, rgba)
    finally:
        shared.close()


def test_a_message_is_its_english_text_and_keeps_its_template():
    message = Message("band {band} requested, but the raster has {count} band(s)", band=5, count=3)
    assert message == "band 5 requested, but the raster has 3 band(s)" and isinstance(message, str)
    for copy in (
        _through_a_pipe(m.Progress(1, message)).message,
        pickle.loads(pickle.dumps(ValueError(message))).args[0],
    ):
        assert isinstance(copy, Message)
        assert (
            copy == message and copy.template == message.template and copy.fields == {"band": 5, "count": 3}
        )


def test_plain_text_crosses_the_pipe_as_plain_text():
    assert not isinstance(_through_a_pipe(m.Progress(1, "Tile 3 of 9")).message, Message)
    error = _through_a_pipe(m.Failure.of(ValueError("plain"))).error()
    assert type(error) is ValueError and not isinstance(error.args[0], Message)


@pytest.mark.parametrize("error", [ModelNotFound("no such model"), Cancelled(), OSError("disk full")])
def test_known_errors_come_back_as_their_own_type(error):
    back = _through_a_pipe(m.Failure.of(error)).error()
    assert type(back) is type(error) and str(back) == (str(error) or type(error).__name__)


def test_a_bug_comes_back_as_one_sentence_pointing_at_the_log():
    back = _through_a_pipe(m.Failure.of(KeyError("internal"))).error()
    assert isinstance(back, ModelProcessFailed) and "log" in str(back) and "internal" not in str(back)


def test_what_ray_actors_exchange_is_the_same_codec_as_text():
    raster = TiledRaster(
        "a.tif",
        10,
        20,
        (0.5, 0.0, 100.0, 0.0, -0.5, 200.0),
        "EPSG:32613",
        (0, 0, 10, 20),
        None,
        {1: (0.0, 1.0)},
    )
    item = WorkItem("0-3", raster, Tile(0, 0, 10, 20, (0, 0, 10, 20)))
    result = TileResult([TiledPolygon("the pond", "POLYGON ((0 0,1 0,1 1,0 0))", 0.5)], [])
    for value, cls in ((JOB, m.TileJob), (item, WorkItem), (result, TileResult)):
        assert codec.from_text(cls, codec.to_text(value)) == value


def test_a_message_of_another_kind_is_a_protocol_error():
    with pytest.raises(codec.ProtocolError, match="unknown kind 'teleport'"):
        codec.decode({"kind": "teleport", "fields": {}}, [])
    with pytest.raises(codec.ProtocolError, match="do not fit"):
        codec.decode({"kind": "planned", "fields": {"tiles": "many"}}, [])


LARGE_IMAGE_THROUGH_SMALL_SHM = """
import io, os, sys
import numpy as np
from rrsis_qgis.protocol import codec
from rrsis_qgis.protocol import messages as m
from rrsis_qgis.protocol.shared_memory import SharedPixels

rgba = np.random.default_rng(0).integers(0, 255, (1100, 1000, 4), dtype=np.uint8)  # 4.4 MB
request = m.SegmentRequest("", "the pond", "demo", rendered=m.RenderedView(rgba, (0, 0, 1, 1), "EPSG:4326"))
shared = SharedPixels()
header, frames = codec.encode(request, shared)
stream = io.BytesIO()
codec.write_message(stream, header, frames)
stream.seek(0)
_, back = codec.receive(stream)
print(len(frames), np.array_equal(back.rendered.rgba, rgba), os.listdir("/dev/shm"))
"""


@pytest.mark.parametrize("options", ["size=1m", "ro,size=1m"], ids=["full", "read-only"])
def test_an_image_that_shared_memory_cannot_hold_crosses_the_pipe_instead(options):
    """A 1 MiB /dev/shm (Docker's default is 64 MiB, one 4096² view) or a read-only one, in a mount
    namespace of the test's own: the image goes through the pipe; nothing dies of SIGBUS."""
    import subprocess
    import sys

    from tests.conftest import REPO_ROOT

    # The namespace's own copy of /dev is made private before anything is mounted on it, so nothing
    # reaches the machine's /dev/shm; it works where / is no mount point (a chroot), unlike `unshare -m`.
    mount = f"mount --make-rprivate /dev && mount -t tmpfs -o {options} tmpfs /dev/shm"
    script = f"{mount} && exec {sys.executable} -c '{LARGE_IMAGE_THROUGH_SMALL_SHM}'"
    command = ["unshare", "--mount", "--propagation", "unchanged", "sh", "-c", script]
    run = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True)
    assert run.returncode == 0, (run.returncode, run.stderr[-2000:])
    assert run.stdout.split() == ["1", "True", "[]"]  # one frame, the same pixels, no file left behind


def test_a_librarys_error_comes_back_as_the_known_type_it_derives_from():
    """rasterio's RasterioIOError (a raster deleted or unreadable when the model process reads it) is an
    OSError: the panel shows its text, not "unexpected error" with an empty log."""
    from rasterio.errors import RasterioIOError

    back = _through_a_pipe(m.Failure.of(RasterioIOError("/data/gone.tif: No such file or directory"))).error()
    assert type(back) is OSError and "/data/gone.tif" in str(back)


def test_a_libraries_value_error_is_a_bug_and_the_plugins_own_is_the_analysts():
    """numpy's broadcast error is not something the analyst did: it is reported as unexpected (and the
    model process logs its traceback); a ValueError the plugin raised is shown as it is."""
    with pytest.raises(ValueError) as numpy_error:
        np.zeros((128, 128)) + np.zeros((256, 256))
    assert m.Failure.of(numpy_error.value).type == "unexpected"
    with pytest.raises(ValueError) as ours:
        m.check_expression("   ")
    failure = m.Failure.of(ours.value)
    assert failure.type == "ValueError" and failure.message.startswith("the description is empty")


def test_a_message_whose_fields_are_messages_crosses_whole():
    """A note listing translatable words ("its {parts} apply…") keeps each word's template across the
    pipe, so that QGIS shows every part in its language."""
    parts = Message("{part0}, {part1}", part0=Message("count"), part1=Message("relations"))
    note = Message("its {parts} apply within each tile", parts=parts)
    back = _through_a_pipe(m.TilesDone(4, [note])).notes[0]
    assert back == "its count, relations apply within each tile"
    assert back.fields["parts"].fields["part1"].template == "relations"
