"""Deterministic model types for the batch tests, registered in the test process and, through Ray's
worker setup hook (``tests.batch_models.register``), in every Ray worker."""

from __future__ import annotations

import json
import os
import time

from rrsis_qgis.models.registry import register_model_type
from tests.qgis.processing_memory_probe import BrightObjects


class DiesOnce(BrightObjects):
    """Bright objects, but the process dies (as a native crash would end it) on its first tile ever."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def set_image(self, image):
        if not os.path.exists(self.marker):
            open(self.marker, "w").close()
            os._exit(1)
        super().set_image(image)


class Slow(BrightObjects):
    def set_image(self, image):
        time.sleep(0.25)
        super().set_image(image)


def _settings(context) -> dict:
    return json.loads((context.folder / "config.json").read_text())


def start_local_ray():
    """A Ray cluster of this machine (2 CPUs, 127.0.0.1) whose workers register these model types."""
    import ray

    from tests.conftest import REPO_ROOT

    ray.init(
        num_cpus=2,
        include_dashboard=False,
        logging_level="ERROR",
        _node_ip_address="127.0.0.1",
        # The workers import the test model types from this checkout.
        runtime_env={
            "worker_process_setup_hook": "tests.batch_models.register",
            "env_vars": {"PYTHONPATH": str(REPO_ROOT)},
        },
    )
    return ray


def register() -> None:
    register_model_type("bright-objects", lambda context: BrightObjects())
    register_model_type("dies-once", lambda context: DiesOnce(_settings(context)["marker"]))
    register_model_type("slow-bright-objects", lambda context: Slow())
