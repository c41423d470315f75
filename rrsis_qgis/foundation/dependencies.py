"""Which heavy Python packages are importable, found without importing them (plugin start stays fast)."""

from __future__ import annotations

import importlib.util
import os
import shlex
import subprocess

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


def missing_packages() -> list[str]:
    """Distribution names of required packages that cannot be imported, in a stable order."""
    return [dist for module, dist in REQUIRED_PACKAGES.items() if importlib.util.find_spec(module) is None]


def install_command() -> str:
    """The pip command that installs the pinned requirements for QGIS's own Python, quoted for the
    user's shell (a folder name with quotes, $ or spaces is pasted as it is, never run)."""
    arguments = ["python3", "-m", "pip", "install", "-r", str(plugin_file("requirements.txt"))]
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
