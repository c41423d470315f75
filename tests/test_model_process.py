"""The model process (python -m rrsis_qgis.model_process) through its client, as real subprocesses: the same
results as a run in this process, typed errors, and every way it can fail: killed, hung, out of protocol,
another version, cancelled while loading, its parent gone."""

from __future__ import annotations

import json
import os
import signal
import struct
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from rrsis_qgis.client.environment import Runtime
from rrsis_qgis.client.process import ModelProcess, RemoteSegmenter
from rrsis_qgis.foundation.errors import Cancelled, ModelNotFound, ModelProcessFailed
from rrsis_qgis.foundation.plugin_files import plugin_version
from rrsis_qgis.foundation.run_settings import RunSettings
from rrsis_qgis.model_process.segmenter import Segmenter
from rrsis_qgis.protocol import codec
from rrsis_qgis.protocol.messages import PROTOCOL_VERSION, Hello, Load, RenderedView, SegmentRequest, Unload
from rrsis_qgis.protocol.shared_memory import SHARED_BYTES
from tests.conftest import REPO_ROOT
from tests.runtime import process_gone

RGB = str(REPO_ROOT / "tests" / "data" / "rmnp-rgb.tif")
RUNTIME = Runtime(sys.executable)


@pytest.fixture
def process():
    worker = ModelProcess(RUNTIME, cancel_grace_s=2.0)
    yield worker
    worker.close()


def _fake_worker(tmp_path, body: str) -> list[str]:
    """A stand-in model process written in a few lines of Python."""
    script = tmp_path / "fake_worker.py"
    script.write_text(textwrap.dedent(body))
    return [sys.executable, str(script)]


def test_hello_names_the_versions_and_the_runtime(process):
    reply = process.request(Hello())
    assert reply.protocol == PROTOCOL_VERSION and reply.plugin_version == plugin_version()
    assert reply.executable == sys.executable and reply.devices is None
    assert reply.packages["torch"] and reply.packages["numpy"] == np.__version__


@pytest.fixture(scope="module")
def demo_request(tmp_path_factory) -> SegmentRequest:
    """The demo's scene and expression: the demo model finds objects there."""
    from rrsis_qgis.cli import DEMO_SCENE
    from rrsis_qgis.training.synthetic import generate_sample, write_geotiff

    sample = generate_sample(*DEMO_SCENE)
    raster = write_geotiff(sample, tmp_path_factory.mktemp("demo") / "scene.tif")
    return SegmentRequest(str(raster), sample.sentence, "synthetic-demo")


def test_a_run_gives_what_a_run_in_this_process_gives_and_keeps_the_model_warm(process, demo_request):
    request = demo_request
    here = Segmenter().run(request)
    assert here.features
    remote = RemoteSegmenter(lambda: process)
    seen = []
    there = remote.run(request, lambda percent, message: seen.append(percent))
    assert [f.wkt for f in there.features] == [f.wkt for f in here.features]
    assert [f.area_m2 for f in there.features] == [f.area_m2 for f in here.features]
    assert there.score == pytest.approx(here.score) and there.crs_wkt == here.crs_wkt
    assert seen[0] == 5 and seen[-1] == 100  # the stages' progress arrives as it happens
    pid = process.pid
    again = remote.run(request)
    assert process.pid == pid  # the same process, model still loaded: no load, no encode
    assert again.timings_ms["load"] < 100


def test_progress_and_notes_arrive_with_their_templates_for_qgis_to_translate(process, demo_request):
    request = replace(demo_request, settings=replace(demo_request.settings, max_pixels=64 * 64))
    here = Segmenter().run(request)
    seen = []
    there = RemoteSegmenter(lambda: process).run(request, lambda percent, message: seen.append(message))
    assert there.notes == here.notes and there.notes[0].startswith("read at 1/")
    assert there.notes[0].template == "read at 1/{factor:.1f} resolution to fit the size limit"
    assert there.notes[0].fields["factor"] > 1
    assert [m.template for m in seen[:2]] == ["Reading the raster…", "Loading {model}…"]
    assert seen[1].fields == {"model": "synthetic-demo"} and seen[-1] == "Done"


@pytest.mark.parametrize("shape", [(300, 420), (1100, 1000)], ids=["as-a-frame", "in-shared-memory"])
def test_a_rendered_view_crosses_as_raw_pixels(process, shape):
    rng = np.random.default_rng(0)
    rgba = rng.integers(0, 255, (*shape, 4), dtype=np.uint8)
    rgba[..., 3] = 255
    view = RenderedView(rgba, (0.0, 0.0, float(shape[1]), float(shape[0])), "EPSG:32613")
    request = SegmentRequest("", "the lake", "synthetic-demo", rendered=view)
    header, frames = codec.encode(request, process.shared_pixels)
    large = rgba.nbytes >= SHARED_BYTES
    assert ("file" in header["fields"]["rendered"]["rgba"]) == large and len(frames) == (not large)
    here = Segmenter().run(request)
    remote = RemoteSegmenter(lambda: process)
    for shade in (0, 1):  # another picture each time: the second reuses the same shared memory
        rgba[0, 0, 0] = shade
        there = remote.run(request)
        assert [f.wkt for f in there.features] == [f.wkt for f in here.features]
        assert there.score == pytest.approx(here.score)
        assert there.timings_ms["encode"] > 0.5  # a new picture is encoded, not served from the cache
    shared = process.shared_pixels.path
    assert (shared is not None) == large
    process.close()
    assert shared is None or not Path(shared).exists()  # gone with the process


def test_load_reports_progress_and_unload_frees_the_model_in_a_process_that_stays(process):
    seen = []
    load = Load("synthetic-demo", RunSettings(device="cpu"))
    reply = process.request(load, progress=lambda percent, message: seen.append(message))
    assert reply.name and any("is ready on cpu" in message for message in seen)
    pid = process.pid
    process.request(Unload())
    assert process.pid == pid
    assert process.request(load).name


def test_errors_arrive_as_their_own_type_and_the_process_stays(process):
    remote = RemoteSegmenter(lambda: process)
    with pytest.raises(ModelNotFound, match="neither a local folder"):
        remote.run(SegmentRequest(RGB, "the lake", "no-such-model"))
    pid = process.pid
    with pytest.raises(ValueError, match="the description is empty") as raised:
        remote.run(SegmentRequest(RGB, "   ", "synthetic-demo"))
    # Said with its template, so that QGIS can show it translated.
    assert raised.value.args[0].template.startswith("the description is empty: type what to segment")
    with pytest.raises(ValueError, match="band 5 requested, but the raster has 3 band") as raised:
        remote.run(SegmentRequest(RGB, "the lake", "synthetic-demo", bands=(5, 2, 1)))
    assert raised.value.args[0].fields == {"band": 5, "count": 3}
    with pytest.raises(OSError, match=r"gone\.tif: No such file"):  # rasterio's own error, mapped
        remote.run(SegmentRequest(str(REPO_ROOT / "gone.tif"), "the lake", "synthetic-demo"))
    assert process.pid == pid


def test_a_killed_process_is_reported_within_two_seconds_and_the_next_run_starts_a_new_one(process):
    remote = RemoteSegmenter(lambda: process)
    process.request(Hello())
    pid = process.pid
    timer = threading.Timer(1.0, os.kill, (pid, signal.SIGKILL))  # mid-run: loading the model
    timer.start()
    started = time.monotonic()
    with pytest.raises(ModelProcessFailed, match="ended by signal 9") as failure:
        remote.run(SegmentRequest(RGB, "the lake", "synthetic-demo"))
    assert time.monotonic() - started < 1.0 + 2.0
    assert "the next run starts it again" in str(failure.value)
    result = remote.run(SegmentRequest(RGB, "the lake", "synthetic-demo"))
    assert process.pid != pid and result.model


def test_output_that_is_not_the_protocol_is_refused_with_what_was_said(tmp_path):
    command = _fake_worker(
        tmp_path, "print('Welcome to my Python!', flush=True)\nimport time; time.sleep(30)\n"
    )
    worker = ModelProcess(RUNTIME, command=command)
    started = time.monotonic()
    with pytest.raises(ModelProcessFailed, match=r"not a reply .*Welcome to my Python"):
        worker.request(Hello())
    assert time.monotonic() - started < 5 and not worker.running


def test_a_process_that_never_answers_is_ended_after_the_timeout(tmp_path):
    command = _fake_worker(tmp_path, "import sys, time\nprint('starting', file=sys.stderr)\ntime.sleep(60)\n")
    worker = ModelProcess(RUNTIME, reply_timeout_s=1.0, command=command)
    started = time.monotonic()
    with pytest.raises(ModelProcessFailed, match=r"did not answer within 1 s.*\nstarting"):
        worker.request(Hello())
    assert time.monotonic() - started < 3 and not worker.running


def test_a_process_of_another_plugin_version_is_refused(tmp_path):
    command = _fake_worker(
        tmp_path,
        f"""
        import sys
        sys.path.insert(0, {str(REPO_ROOT)!r})
        from rrsis_qgis.protocol import codec
        codec.read_message(sys.stdin.buffer)
        reply = {{"protocol": {PROTOCOL_VERSION}, "plugin_version": "0.0.1", "python": "3", "executable": "",
                  "pid": 1, "packages": {{}}}}
        codec.write_message(sys.stdout.buffer, {{"kind": "hello_reply", "fields": reply}})
        sys.stdin.read()
        """,
    )
    worker = ModelProcess(RUNTIME, command=command)
    with pytest.raises(
        ModelProcessFailed, match=rf"runs rrsis_qgis 0\.0\.1 .*this plugin is {plugin_version()}"
    ):
        worker.request(Hello())
    assert not worker.running


def test_a_python_that_does_not_exist_is_a_clear_message(tmp_path):
    worker = ModelProcess(Runtime(str(tmp_path / "no-python")))
    with pytest.raises(ModelProcessFailed, match="cannot be started"):
        worker.request(Hello())


def test_cancel_while_the_model_loads_ends_within_the_grace_period(process):
    process.request(Hello())
    pid = process.pid
    cancel_at = time.monotonic() + 0.5
    started = time.monotonic()
    with pytest.raises(Cancelled):
        RemoteSegmenter(lambda: process).run(
            SegmentRequest(RGB, "the lake", "synthetic-demo"),
            is_cancelled=lambda: time.monotonic() > cancel_at,
        )
    assert time.monotonic() - started < 0.5 + process.cancel_grace_s + 1.0
    # The demo model honours cancel at its next loading step: the warm process is kept, not killed.
    assert process.request(Hello()).pid == pid == process.pid


def test_close_ends_the_process_and_its_memory_goes_with_it(process):
    process.request(Hello())
    pid = process.pid
    process.close()
    assert process_gone(pid, 3.0) and not process.running


def test_the_process_exits_when_its_parent_dies_without_closing_it():
    """QGIS killed (or crashed) leaves no model process behind: its stdin closes, it exits."""
    parent = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys, json\n"
            f"sys.path.insert(0, {str(REPO_ROOT)!r})\n"
            "from rrsis_qgis.client.environment import Runtime\n"
            "from rrsis_qgis.client.process import ModelProcess\n"
            "from rrsis_qgis.protocol.messages import Hello\n"
            "worker = ModelProcess(Runtime(sys.executable))\n"
            "print(json.dumps(worker.request(Hello()).pid), flush=True)\n"
            "os._exit(0)\n",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert process_gone(json.loads(parent.stdout), 5.0)


def test_a_request_behind_another_says_whose_run_it_waits_for_and_stops_waiting_on_cancel(process):
    from rrsis_qgis.foundation.messages import Message

    process.request(Hello())
    holder = threading.Thread(
        target=process.request,
        args=(Load("synthetic-demo", RunSettings(device="cpu")),),
        kwargs={"requester": Message("a Processing run")},
    )
    holder.start()
    time.sleep(0.3)  # the load holds the process now
    heard = []
    started = time.monotonic()
    with pytest.raises(Cancelled):
        process.request(
            Hello(),
            progress=lambda percent, message: heard.append(message),
            is_cancelled=lambda: time.monotonic() - started > 0.5,
        )
    assert time.monotonic() - started < 1.0  # cancelled while waiting, not after the load
    assert heard == ["Waiting for a Processing run to finish…"]
    assert heard[0].fields["holder"].template == "a Processing run"  # translated in QGIS, field included
    holder.join()
    assert process.request(Hello()).pid == process.pid  # the waiting one never touched the process


@pytest.fixture
def painted_process(painted_model, monkeypatch):
    """A model process that knows the tests' model types (the painted detector among them)."""
    monkeypatch.setenv("RRSIS_QGIS_MODEL_SETUP", "tests.batch_models:register")
    worker = ModelProcess(RUNTIME)
    yield worker
    worker.close()


def test_a_request_left_by_a_raising_callback_never_answers_the_next_one(painted_process, painted_model):
    """A callback that raises leaves request 1 running in the process; request 2 gets its own answer."""
    scene = _tank_scene(painted_model.parent)
    first = SegmentRequest(scene, "all storage tanks", str(painted_model))

    def broken_progress(_percent, _message):
        raise KeyError("a translated template with a bad {field}")

    with pytest.raises(KeyError):
        painted_process.request(first, progress=broken_progress)
    second = painted_process.request(replace(first, expression="the road"))
    assert second.expression == "the road" and len(second.features) == 1


def test_close_during_a_request_says_the_process_was_closed(painted_process, painted_model):
    scene = _tank_scene(painted_model.parent)
    slow = painted_model.parent / "slow"
    slow.mkdir()
    config = json.loads((painted_model / "config.json").read_text())
    (slow / "config.json").write_text(json.dumps({**config, "seconds": 2.0}))
    painted_process.request(Hello())
    threading.Timer(0.5, painted_process.close).start()
    with pytest.raises(ModelProcessFailed, match="was closed while this run was under way"):
        painted_process.request(SegmentRequest(scene, "all storage tanks", str(slow)))
    assert painted_process.request(Hello()).pid  # the next request starts a fresh one


def test_cancel_stops_between_phrases_and_keeps_the_model_warm(painted_process, painted_model):
    """Each phrase is a detector run (1.5 s here): a cancel lands before the next phrase, well inside the
    grace period, and the process with its loaded model stays."""
    scene = _tank_scene(painted_model.parent)
    slow = painted_model.parent / "slow"
    slow.mkdir()
    config = json.loads((painted_model / "config.json").read_text())
    (slow / "config.json").write_text(json.dumps({**config, "seconds": 1.5}))
    painted_process.cancel_grace_s = 3.0
    request = SegmentRequest(scene, "the white tanks north of the road", str(slow))  # two phrases
    painted_process.request(Load(str(slow)))
    pid = painted_process.pid
    started = time.monotonic()
    with pytest.raises(Cancelled):
        painted_process.request(request, is_cancelled=lambda: time.monotonic() - started > 0.3)
    assert time.monotonic() - started < 2.5  # after the first phrase, not after both and the rest
    assert painted_process.pid == pid


def test_a_model_that_hangs_is_ended_although_its_process_still_says_it_is_alive(
    painted_process, painted_model
):
    hangs = painted_model.parent / "hangs"
    hangs.mkdir()
    (hangs / "config.json").write_text(json.dumps({"model_type": "hangs"}))
    painted_process.hang_timeout_s = 3.0
    outcome: list = []

    def run() -> None:
        try:
            painted_process.request(SegmentRequest(RGB, "the lake", str(hangs)))
        except ModelProcessFailed as error:
            outcome.append(error)

    worker = threading.Thread(target=run, daemon=True)
    started = time.monotonic()
    worker.start()
    worker.join(20)
    assert not worker.is_alive(), "the client still waits on a hung model"
    assert "made no progress for 3 s (it hangs)" in str(outcome[0])
    assert time.monotonic() - started < 10 and not painted_process.running


@pytest.mark.parametrize(
    "frame",
    [
        codec.MAGIC + struct.pack("<I", 200_001) + b"[" * 100_000 + b"]" * 100_001,  # JSON 100,000 deep
        codec.MAGIC
        + struct.pack("<I", 40)
        + json.dumps({"kind": "hello", "frames": [1 << 34]}).encode().ljust(40),  # a 16 GiB frame
    ],
    ids=["nested-json", "16-gib-frame"],
)
def test_a_frame_the_process_cannot_read_ends_it_with_one_line(frame):
    process = subprocess.Popen(
        [sys.executable, "-m", "rrsis_qgis.model_process"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO_ROOT,
    )
    process.stdin.write(frame + b"RRSW")  # a few bytes of the frame, then the input ends
    process.stdin.close()
    code = process.wait(30)
    lines = process.stderr.read().decode().strip().splitlines()
    assert code == 2 and len(lines) == 1 and "unreadable request" in lines[0]


def _tank_scene(folder: Path) -> str:
    from tests import referring_scene

    return str(referring_scene.write_tank_scene(folder / "tanks.tif"))
