"""``RRSIS_QGIS_MODEL_SETUP=module:function`` (SETUP_VARIABLE) names a function called once wherever models
run, before the first one loads: in the model process (server.py) and in every Ray worker (engines.py
passes it to Ray as the workers' setup hook). It may register more model types
(models.registry.register_model_type), for extensions and tests. Its own module, so that a Ray worker
does not import the model process's server to read one name."""

from __future__ import annotations

import importlib
import os

SETUP_VARIABLE = "RRSIS_QGIS_MODEL_SETUP"


def run_setup_hook() -> None:
    """Call the function SETUP_VARIABLE names, if any (model types of extensions and tests)."""
    setup = os.environ.get(SETUP_VARIABLE)
    if setup:
        module, _, function = setup.partition(":")
        getattr(importlib.import_module(module), function)()
