"""Install the models' environment: a virtual environment of its own (the runtime), made with a Python
found on this machine (QGIS's own is fine) and filled by pip from the pinned requirements. It has none of
QGIS's site-packages and QGIS never imports from it: only the model process runs there, so its numpy,
torch and the rest are independent of the versions QGIS and other plugins use.

The environment is built in a staging folder next to the target; only a complete, successful install
replaces the target, so a cancel or a failure leaves the previous state untouched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..foundation.errors import ModelProcessFailed
from ..foundation.plugin_files import plugin_file

# Where the torch builds for each choice come from (PyPI has CPU-only torch on Windows).
TORCH_INDEX = {
    "cpu": "https://download.pytorch.org/whl/cpu",
    "cuda": "https://download.pytorch.org/whl/cu130",
    "mps": None,  # PyPI's macOS wheels include Apple's Metal backend
}


def default_target(profile_folder: Path) -> Path:
    """The models' environment inside a QGIS profile."""
    return Path(profile_folder) / "rrsis_qgis" / "runtime"


def detect_variant() -> str:
    """cuda when an NVIDIA driver answers, mps on Apple silicon, else cpu."""
    if shutil.which("nvidia-smi"):
        try:
            subprocess.run(["nvidia-smi", "-L"], check=True, capture_output=True, timeout=10)
            return "cuda"
        except (OSError, subprocess.SubprocessError):
            pass
    if sys.platform == "darwin" and os.uname().machine == "arm64":
        return "mps"
    return "cpu"


def qgis_python() -> str:
    """The Python interpreter of QGIS itself (inside QGIS, sys.executable is often the qgis binary)."""
    if Path(sys.executable).name.lower().startswith("python"):
        return sys.executable
    prefix = Path(sys.exec_prefix)
    for candidate in (prefix / "python.exe", prefix / "python3.exe", prefix / "bin" / "python3"):
        if candidate.is_file():
            return str(candidate)
    return shutil.which("python3") or sys.executable


def swap_into_place(new: Path, target: Path) -> None:
    """Replace ``target`` by the folder ``new``, all or nothing: the old target is renamed aside, the new
    one moved in, and the old one deleted last; any error before that puts the old target back. A
    leftover of a deletion that failed is removed by the next install."""
    aside = target.parent / (target.name + ".old")
    shutil.rmtree(aside, ignore_errors=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    had_target = os.path.lexists(target)
    if had_target:
        os.replace(target, aside)
    try:
        os.replace(new, target)
    except BaseException:
        if had_target:
            os.replace(aside, target)
        raise
    if aside.is_dir() and not aside.is_symlink():
        shutil.rmtree(aside, ignore_errors=True)
    elif had_target:
        aside.unlink(missing_ok=True)


@dataclass
class InstallPlan:
    target: Path
    variant: str = "cpu"
    requirements: Path = field(default_factory=lambda: plugin_file("requirements.txt"))
    constraints: Path = field(default_factory=lambda: plugin_file("constraints.txt"))
    python: str = field(default_factory=qgis_python)
    extra_pip_arguments: list[str] = field(default_factory=list)  # e.g. --no-index --find-links DIR

    @property
    def staging(self) -> Path:
        return self.target.parent / (self.target.name + ".installing")

    def venv_command(self) -> list[str]:
        return [self.python, "-m", "venv", str(self.staging)]

    def pip_command(self) -> list[str]:
        command = [
            str(runtime_python(self.staging)), "-m", "pip", "install", "--no-warn-script-location",
            "--disable-pip-version-check", "--progress-bar", "off",
            "-r", str(self.requirements), "-c", str(self.constraints),
        ]  # fmt: skip
        index = TORCH_INDEX.get(self.variant)
        if index:
            command += ["--extra-index-url", index]
        return command + self.extra_pip_arguments


class Installation:
    """One pip run: ``run()`` blocks (call it from a worker thread), ``cancel()`` from anywhere."""

    def __init__(self, plan: InstallPlan, output: Callable[[str], None] | None = None) -> None:
        self.plan = plan
        self.output = output or (lambda line: None)
        self.log: list[str] = []
        self._process: subprocess.Popen | None = None
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()
        if self._process is not None and self._process.poll() is None:
            self._process.kill()

    def run(self) -> bool:
        """True when the environment is installed in the target; False when cancelled or failed (the
        log, ``self.log``, says why; ``error_summary()`` gives its last lines). Never raises: a failure at
        any step, the final move included, leaves the previous target as it was."""
        plan = self.plan
        try:
            shutil.rmtree(plan.staging, ignore_errors=True)
            plan.staging.parent.mkdir(parents=True, exist_ok=True)
            if not self._run(plan.venv_command()):
                if not self.cancelled:
                    self._say(
                        f"{plan.python} cannot make a virtual environment: install Python's venv module "
                        "(on Debian and Ubuntu: sudo apt install python3-venv), or choose an existing "
                        "environment in the plugin's settings."
                    )
                return False
            if not self._run(plan.pip_command()):
                return False
            swap_into_place(plan.staging, plan.target)
            return True
        except Exception as error:  # the dialog must always reach a done or failed state
            self._say(f"The installation could not be completed: {type(error).__name__}: {error}")
            return False
        finally:
            shutil.rmtree(plan.staging, ignore_errors=True)

    def _run(self, command: list[str]) -> bool:
        self._say("$ " + " ".join(command))
        self._process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace"
        )
        if self._cancelled.is_set():
            self._process.kill()
        for line in self._process.stdout:
            self._say(line.rstrip())
        return self._process.wait() == 0 and not self._cancelled.is_set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def error_summary(self, lines: int = 8) -> str:
        return "\n".join(line for line in self.log[-lines:] if line.strip())

    def _say(self, line: str) -> None:
        self.log.append(line)
        self.output(line)


def venv_python(folder: Path) -> Path:
    """Where ``python -m venv`` on this system puts the environment's interpreter (it may not exist yet)."""
    return folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python3")


def runtime_python(folder: Path) -> Path:
    """The interpreter of a virtual environment or conda environment folder."""
    for candidate in ("bin/python3", "bin/python", "Scripts/python.exe", "python.exe"):
        if (folder / candidate).is_file():
            return folder / candidate
    raise ModelProcessFailed(
        f"{folder} holds no Python interpreter (bin/python or Scripts\\python.exe): choose the folder of a "
        "virtual or conda environment."
    )
