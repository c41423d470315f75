"""What a batch job's finished tiles were made from, cheap to find without reading a pixel or loading a
model: a raster file's size and modification time, and a local model folder's files'. A resumed job
compares them with the job folder's (journal.py), so that a raster rewritten, or a model replaced in its
folder, since the job started has its tiles run again instead of mixed with the new ones."""

from __future__ import annotations

import os
from pathlib import Path

from ..foundation.model_catalog import CATALOG
from ..model_process.model_manager import HUB_PATTERNS, PICKLED_PATTERNS


def file_identity(path: str) -> list[int] | None:
    """Size and modification time (ns) of the file ``path`` names, links followed; None when it is no
    file here (a GDAL URL such as /vsicurl/…)."""
    try:
        stat = os.stat(os.path.realpath(path))
    except (OSError, ValueError):
        return None
    return [stat.st_size, stat.st_mtime_ns]


def model_identity(source: str) -> dict:
    """The model's name, and for a local folder (or file, or a catalogue name whose weights are one)
    the size and modification time of every file its loader reads. A hub id is its name alone: which
    revision it stands for would need the hub."""
    local = _local_source(source)
    paths: list[Path] = []
    if local is not None and local.is_dir():  # a checkpoint folder, with the components it carries
        paths = [path for pattern in HUB_PATTERNS + PICKLED_PATTERNS for path in local.rglob(pattern)]
    elif local is not None:  # a weights file: it and the config beside it, not whatever else is there
        local, paths = local.parent, [local, local.parent / "config.json"]
    files = {path.relative_to(local).as_posix(): file_identity(str(path)) for path in paths if path.is_file()}
    return {"name": source, "files": dict(sorted(files.items()))}


def _local_source(source: str) -> Path | None:
    """The folder or file ModelManager.resolve would find for ``source`` without the hub (in its
    order)."""
    spec = CATALOG.get(source)
    for candidate in (source, spec.weights if spec is not None else None):
        path = Path(candidate).expanduser() if candidate else None
        if path is not None and path.exists():
            return path.resolve()
    return None
