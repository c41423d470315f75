"""Files shipped beside the Python package (metadata, icons, translations, pinned requirements).

In the plugin zip they sit inside the package folder; in a source checkout, one level up.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1]


def plugin_file(relative: str) -> Path:
    """Path of a shipped file such as ``resources/icon.svg``; FileNotFoundError names both places tried."""
    candidates = [PACKAGE_DIR / relative, PACKAGE_DIR.parent / relative]
    for candidate in candidates:
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{relative} not found in {candidates[0].parent} or {candidates[1].parent}")
