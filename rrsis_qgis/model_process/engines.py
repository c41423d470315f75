"""Engines that run tiles: here in this process (the default), or on a Ray cluster.

Both run the same work: one tile of one raster (tiling.segment_tile) with one model loaded once per
worker. What travels to and from Ray's workers is the protocol's codec as JSON text (the job, a work
item, a tile's result), so no object of ours is rebuilt from a pickle; a tile that failed comes back as
Ray's error, of which only the text is read. An engine gives each tile's outcome as it finishes, a
failed tile's too: what a failure does to the run is the tiled driver's policy (tiled_driver.py).
"""

from __future__ import annotations

import os
import signal
import socket
import sys
import threading
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..foundation.dependencies import require
from ..foundation.errors import Cancelled, RrsisError
from ..foundation.plugin_files import PACKAGE_DIR
from ..protocol.codec import from_text, to_text
from ..protocol.messages import RAY_CONNECT_TIMEOUT_S, TileJob
from .setup_hook import SETUP_VARIABLE
from .tiling import Tile, TiledRaster, TileResult, segment_tile

RAY_REQUIREMENT = "ray==2.60.0"


@dataclass(frozen=True)
class WorkItem:
    tile_id: str  # "<raster index>-<tile index>", the journal's name for it
    raster: TiledRaster
    tile: Tile


class TileRunner:
    """One warm model and the tiles it runs; the same in this process and inside a Ray actor."""

    def __init__(self, job_text: str, manager=None) -> None:
        from .model_manager import ModelManager

        self.job = from_text(TileJob, job_text)
        # The readings the job was made with (the panel's, or the CLI's): run exactly these on every tile.
        self.programs = {expression: self.job.program(expression) for expression in self.job.expressions}
        manager = manager or ModelManager()
        self.predictor = manager.load(self.job.model, self.job.settings)
        self.model_type = manager.loaded_type

    def segment(self, item: WorkItem) -> TileResult:
        job = self.job
        return segment_tile(
            item.raster,
            item.tile,
            list(job.expressions),
            self.predictor,
            self.model_type,
            job.settings,
            job.min_score,
            self.programs,
            tuple(layer.phrase for layer in job.anchor_layers),  # anchors that are layers: not searched
        )

    def run(self, item_text: str) -> str:
        """The Ray actor's entry: JSON text in, JSON text out."""
        return to_text(self.segment(from_text(WorkItem, item_text)))


@dataclass(frozen=True)
class TileFailure:
    """A tile that raised: ``reason`` in one line, and ``error`` when it was raised in this process (the
    run that stops on it raises it as itself, traceback and type kept); None when it came from a Ray
    worker, whose error arrives as text."""

    reason: str
    error: Exception | None = None


# A tile's outcome, by its tile id: its result, or why it failed.
Outcome = tuple[str, "TileResult | TileFailure"]


class LocalEngine:
    """Tiles one after another in this process, with ``manager``'s model when given (one warm model
    for the panel and the tiles)."""

    def __init__(self, job: TileJob, manager=None) -> None:
        self.job = job
        self.manager = manager

    def run(self, items: list[WorkItem], is_cancelled=None) -> Iterator[Outcome]:
        if not items:
            return
        runner = TileRunner(to_text(self.job), self.manager)
        for item in items:
            if is_cancelled is not None and is_cancelled():
                raise Cancelled
            try:
                result = runner.segment(item)
            except Cancelled:
                raise
            except Exception as error:  # one tile's failure, as a Ray worker's would be
                reason = traceback.format_exception_only(error)[-1].strip()
                yield item.tile_id, TileFailure(reason, error)
            else:
                yield item.tile_id, result

    def close(self) -> None:
        """Nothing to stop: the model goes with the engine."""


class RayEngine:
    """Tiles on a Ray cluster: ``workers`` actors, each with its model loaded once (on one GPU each when
    ``gpus_per_worker`` is 1). A worker process that dies is restarted and its tile retried by Ray (a
    bounded number of times); a tile that still fails is reported with the reason."""

    RETRIES = 2

    def __init__(
        self,
        job: TileJob,
        address: str | None = None,
        workers: int = 1,
        cpus_per_worker: float = 1.0,
        gpus_per_worker: float = 0.0,
        connect_timeout: float = RAY_CONNECT_TIMEOUT_S,
    ) -> None:
        self.job = job
        self.ray = require_ray()
        self._connected_here = False
        self._connect(address, connect_timeout)
        remote = self.ray.remote(TileRunner).options(
            num_cpus=cpus_per_worker,
            num_gpus=gpus_per_worker,
            max_restarts=self.RETRIES,
            max_task_retries=self.RETRIES,
        )
        self.actors = [remote.remote(to_text(job)) for _ in range(max(1, workers))]

    def _connect(self, address: str | None, timeout: float) -> None:
        """Join the cluster at ``address``, or start one of this machine; a Ray already started in this
        process (by the caller) is used as it is."""
        ray = self.ray
        if ray.is_initialized():
            return
        if address not in (None, "", "local", "auto"):
            wait_for_listener(address, timeout)
        # The workers import this copy of the plugin (on a cluster of other machines it must be
        # installed there too), and model types an extension registers in the model process (its setup
        # hook) are registered in every Ray worker as well.
        runtime_env = {"env_vars": {"PYTHONPATH": str(PACKAGE_DIR.parent)}}
        setup = os.environ.get(SETUP_VARIABLE)
        if setup:
            runtime_env["worker_process_setup_hook"] = setup.replace(":", ".")
        main_thread = threading.current_thread() is threading.main_thread()
        sigterm_handler = signal.getsignal(signal.SIGTERM) if main_thread else None
        try:
            if address in (None, "", "local"):  # a cluster of this machine alone, for this job
                if not Path(sys.executable).name.lower().startswith("python"):
                    raise RrsisError(
                        "a Ray cluster cannot be started from inside QGIS: start one beside it with "
                        "`ray start --head --node-ip-address 127.0.0.1` and give the address auto"
                    )
                ray.init(
                    runtime_env=runtime_env,
                    include_dashboard=False,
                    logging_level="ERROR",
                    _node_ip_address="127.0.0.1",
                )
            else:
                ray.init(address=address, runtime_env=runtime_env, logging_level="ERROR")
        except (ConnectionError, RuntimeError, TimeoutError, ValueError) as error:
            first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            raise RrsisError(f"cannot reach the Ray cluster at '{address}': {first_line}") from error
        finally:
            if sigterm_handler is not None:  # Ray's own exits at once; the caller's cleans up first
                signal.signal(signal.SIGTERM, sigterm_handler)
        # ray.init ran here: shutdown then stops the cluster it started, or leaves a cluster it joined
        # (it only disconnects from one); a Ray the caller had started is the caller's to end.
        self._connected_here = True

    def run(self, items: list[WorkItem], is_cancelled=None) -> Iterator[Outcome]:
        ray = self.ray
        queue = list(items)
        in_flight: dict = {}  # object ref -> (tile id, actor)
        idle = list(self.actors) * 2  # two tiles per actor in flight: one runs, one waits its turn
        while queue or in_flight:
            while queue and idle:
                item, actor = queue.pop(0), idle.pop(0)
                in_flight[actor.run.remote(to_text(item))] = (item.tile_id, actor)
            done, _ = ray.wait(list(in_flight), num_returns=1, timeout=1.0)
            if is_cancelled is not None and is_cancelled():
                raise Cancelled
            for ref in done:
                tile_id, actor = in_flight.pop(ref)
                idle.append(actor)
                try:
                    yield tile_id, from_text(TileResult, ray.get(ref))
                except ray.exceptions.RayError as error:
                    yield tile_id, TileFailure(_last_line(error))

    def close(self) -> None:
        for actor in self.actors:
            self.ray.kill(actor)
        if self._connected_here:
            self.ray.shutdown()


def wait_for_listener(address: str, timeout: float) -> None:
    """Return once something listens at a Ray address (HOST:PORT or ray://HOST:PORT); RrsisError after
    ``timeout`` seconds. Ray itself retries an address where nothing listens for minutes, deaf to
    SIGTERM, so it is given only one that answers."""
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not host or not port.isdigit():
        raise RrsisError(f"'{address}' is not a Ray address: give auto, HOST:6379 or ray://HOST:10001")
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection((host.strip("[]"), int(port)), timeout=1.0):
                return
        except OSError as error:
            if time.monotonic() >= deadline:
                reason = error.strerror or type(error).__name__
                raise RrsisError(
                    f"cannot reach the Ray cluster at '{address}' within {timeout:g} s ({reason}): is it "
                    "running there? A cluster's address is HOST:6379 (`ray start --head` prints it), "
                    "or ray://HOST:10001 for Ray Client"
                ) from error
            time.sleep(0.25)  # the cluster may still be starting


def require_ray():
    try:
        return require("ray")
    except RrsisError as error:
        raise RrsisError(
            f"the Ray engine needs the 'ray' package: install it with pip install {RAY_REQUIREMENT} "
            "(the local engine, the default, needs nothing more)"
        ) from error


def _last_line(error: Exception) -> str:
    """Ray's error text is the worker's traceback: its last line holds the error and its reason."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[-1] if lines else type(error).__name__
