"""Files shipped beside the Python package (metadata, icons, translations, pinned requirements).

In the plugin zip they sit inside the package folder; in a source checkout, one level up.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1]
# Where downloaded model weights are kept (besides the Hugging Face cache): a folder that plugin
# upgrades leave alone. QGIS sets it to a folder of the QGIS profile for its model process.
MODELS_VARIABLE = "RRSIS_QGIS_MODELS"


def plugin_file(relative: str) -> Path:
    """Path of a shipped file such as ``resources/icon.svg``; FileNotFoundError names both places tried."""
    candidates = [PACKAGE_DIR / relative, PACKAGE_DIR.parent / relative]
    for candidate in candidates:
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{relative} not found in {candidates[0].parent} or {candidates[1].parent}")


def plugin_version() -> str:
    """The ``version`` of metadata.txt: what QGIS shows, and what the model process must match."""
    for line in plugin_file("metadata.txt").read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("=")
        if key.strip() == "version":
            return value.strip()
    raise ValueError("metadata.txt has no version line")


def models_folder() -> Path:
    """The folder of model weights that outlives the plugin's own folder (which the plugin manager
    replaces on every upgrade): RRSIS_QGIS_MODELS, else the user's data folder. NotADirectoryError when
    RRSIS_QGIS_MODELS names a file."""
    chosen = os.environ.get(MODELS_VARIABLE)
    if chosen:
        folder = Path(chosen).expanduser()
        # Else every path under it would be download advice that fails.
        if folder.exists() and not folder.is_dir():
            raise NotADirectoryError(
                f"{MODELS_VARIABLE}={chosen} is a file, not a folder: set {MODELS_VARIABLE} to the folder "
                "that keeps model weights (it is made when missing), or unset it"
            )
        if folder.is_symlink() and not folder.exists():
            raise NotADirectoryError(
                f"{MODELS_VARIABLE}={chosen} is a symbolic link that leads to no folder (it points nowhere, "
                f"or round in a loop): set {MODELS_VARIABLE} to a folder, or unset it"
            )
        existing = next((path for path in (folder, *folder.parents) if path.exists()), None)
        if existing is not None and not os.access(existing, os.W_OK | os.X_OK):
            raise PermissionError(
                f"{MODELS_VARIABLE}={chosen} cannot be written ({existing} is not writable): set "
                f"{MODELS_VARIABLE} to a folder you can write to, or unset it"
            )
        return folder
    data = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data) / "rrsis_qgis" / "models"
