"""Which heavy Python packages are importable, found without importing them (plugin start stays fast)."""

from __future__ import annotations

import importlib.util
import os
import shlex
import subprocess
import sys

from .errors import DependencyMissing
from .plugin_files import plugin_file

# import name -> pip distribution name
REQUIRED_PACKAGES: dict[str, str] = {
    "torch": "torch",
    "transformers": "transformers",
    "peft": "peft",
    "safetensors": "safetensors",
    "huggingface_hub": "huggingface-hub",
    "rasterio": "rasterio",
    "shapely": "shapely",
    "pyogrio": "pyogrio",
}


def missing_packages(names: list[str] | None = None, folders: list[str] | None = None) -> list[str]:
    """The import names, of ``names`` (default: every required package), that cannot be imported: by
    this interpreter, or from the package ``folders`` of another environment when given (found without
    importing anything). REQUIRED_PACKAGES gives a required one's distribution name."""
    from importlib.machinery import PathFinder

    names = list(REQUIRED_PACKAGES) if names is None else names
    if folders is None:
        return [name for name in names if importlib.util.find_spec(name) is None]
    return [name for name in names if PathFinder.find_spec(name, folders) is None]


def install_command() -> str:
    """The pip command that installs the pinned requirements into the Python running this code (the
    models' environment, or the command line's), quoted for the user's shell (a folder name with
    quotes, $ or spaces is pasted as it is, never run)."""
    python = sys.executable or "python3"
    arguments = [python, "-m", "pip", "install", "-r", str(plugin_file("requirements.txt"))]
    arguments += ["-c", str(plugin_file("constraints.txt"))]
    if os.name == "nt":
        return subprocess.list2cmdline(arguments)
    return shlex.join(arguments)


def require(module: str):
    """Import a required package, or raise DependencyMissing naming it and how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        top_level = module.split(".")[0]
        package = REQUIRED_PACKAGES.get(top_level, top_level)
        raise DependencyMissing(
            f"The Python package '{package}' is not installed (needed for the segmentation models). "
            f"Install the pinned requirements with: {install_command()}"
        ) from error
