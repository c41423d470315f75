"""The model process of this QGIS session, shared by the panel and the Processing algorithm, and the
Python environment it runs in."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication

from ..client.environment import Runtime
from ..client.installer import default_target, runtime_python, venv_python
from ..client.process import ModelProcess
from ..foundation.dependencies import REQUIRED_PACKAGES
from ..foundation.errors import ModelProcessFailed
from ..protocol.messages import Devices, Hello
from .settings import LOG_TAG, RrsisSettings

# An environment folder (or its Python) that overrides the setting: for administrators and the tests.
RUNTIME_VARIABLE = "RRSIS_QGIS_RUNTIME"

_shared: ModelProcess | None = None
_shared_lock = threading.Lock()  # the panel's and Processing's task threads ask for it at the same time


def default_runtime_folder() -> Path:
    """Where the installer makes the models' environment: the plugin's folder in the QGIS profile."""
    return default_target(QgsApplication.qgisSettingsDirPath())


def default_models_folder() -> Path:
    """Where the model process keeps downloaded weights: the QGIS profile, which plugin upgrades (they
    replace the plugin's own folder) leave alone."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "rrsis_qgis" / "models"


def current_runtime(folder: str | None = None) -> Runtime:
    """The environment chosen by RRSIS_QGIS_RUNTIME or ``folder`` (default: the setting), else the one
    the installer makes (its Python may not be there yet); ModelProcessFailed when a chosen folder holds no
    Python."""
    chosen = os.environ.get(RUNTIME_VARIABLE) or (
        RrsisSettings().runtime_folder if folder is None else folder
    )
    models = str(default_models_folder())
    if chosen:
        path = Path(chosen).expanduser()
        return Runtime(str(path if path.is_file() else runtime_python(path)), models)
    return Runtime(str(venv_python(default_runtime_folder())), models)


def runtime_problem() -> str | None:
    """Why no model can run now (no environment yet, no Python in the chosen folder, packages missing),
    or None."""
    try:
        runtime = current_runtime()
    except ModelProcessFailed as error:
        return str(error)
    # pylupdate5 misses a translate() call whose last argument ends in a comma, as the formatter writes it.
    # fmt: off
    if not Path(runtime.python).exists():
        return QCoreApplication.translate("runtime",
            "The models' Python environment is not installed yet. Click 'Install dependencies…', or choose "
            "an environment that has the model packages in the settings.")
    missing = runtime.missing_packages(list(REQUIRED_PACKAGES))
    if missing:
        packages = ", ".join(REQUIRED_PACKAGES[name] for name in missing)
        return QCoreApplication.translate("runtime",
            "The model packages are missing: {packages}. Click 'Install dependencies…', or choose a Python "
            "environment that has them in the settings.").format(packages=packages)
    # fmt: on
    return None


def model_process() -> ModelProcess:
    """The session's model process (started on its first request), for the runtime set now: a changed
    setting ends the old process. ModelProcessFailed saying what is missing when that environment cannot
    run the models (no Python, packages missing): the one check for the panel and Processing."""
    global _shared
    problem = runtime_problem()
    if problem is not None:
        raise ModelProcessFailed(problem)
    runtime = current_runtime()
    with _shared_lock:
        if _shared is not None and _shared.runtime != runtime:
            _shared.close()
            _shared = None
        if _shared is None:
            _shared = ModelProcess(runtime, log=_log)
        return _shared


def close_model_process() -> None:
    """End the model process (plugin unload, a new runtime, an install): its memory goes back. A run in
    progress then fails saying the process was closed."""
    global _shared
    with _shared_lock:
        if _shared is not None:
            _shared.close()
            _shared = None


def release_model_process() -> None:
    """The panel's run is done and the model need not stay loaded: end the process once no run uses it
    (a Processing run may still be using it)."""
    with _shared_lock:
        if _shared is not None:
            _shared.close_when_idle()


def _log(line: str) -> None:
    QgsMessageLog.logMessage(line, LOG_TAG, Qgis.Info)


def describe_runtime(runtime: Runtime) -> str:
    """One line about an environment: its Python, torch and devices, asked of a short-lived model
    process (it imports torch: seconds; call it off the GUI thread). ModelProcessFailed when it cannot run."""
    process = ModelProcess(runtime)
    try:
        hello = process.request(Hello(devices=True))
    finally:
        process.close()
    devices = hello.devices or Devices()
    if devices.gpus:
        device = QCoreApplication.translate("runtime", "CUDA {cuda}: {gpus}").format(
            cuda=devices.cuda, gpus=", ".join(devices.gpus)
        )
    elif devices.mps:
        device = QCoreApplication.translate("runtime", "Apple GPU (MPS)")
    else:
        device = QCoreApplication.translate("runtime", "no GPU found, models run on the CPU")
    torch = hello.packages.get("torch") or QCoreApplication.translate("runtime", "missing")
    return QCoreApplication.translate("runtime", "Python {python} · torch {torch} · {device}").format(
        python=hello.python, torch=torch, device=device
    )


def runtime_label(folder: str) -> str:
    """Where the models run, in words, for a runtime folder setting ("" = the default)."""
    chosen = os.environ.get(RUNTIME_VARIABLE)
    if chosen:
        return QCoreApplication.translate("runtime", "{path} (set by {variable})").format(
            path=chosen, variable=RUNTIME_VARIABLE
        )
    if folder:
        return folder
    return QCoreApplication.translate("runtime", "The environment the installer makes: {folder}").format(
        folder=default_runtime_folder()
    )
