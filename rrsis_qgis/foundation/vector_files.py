"""Vector files written safely, by either process: the model side writes with pyogrio
(model_process/export.py), QGIS with its own writer (qgis_ui/layers.py); both go through `write_staged`.

The file set is written into a temporary folder beside the target and moved into place only when
complete, so an interrupted export never damages an existing one. An existing target (for a shapefile:
any file of its set, .qix and .dbf included) is kept unless ``overwrite`` is asked for. A shapefile's set
appears at once: the old .shp goes first (the old set is no longer a shapefile), the new sidecars follow,
the new .shp comes last. Ctrl-C and SIGTERM wait until the move is over (it takes microseconds), so
they leave the whole old or the whole new set, and `written_files()` says which the process wrote. Only
a process killed outright within those microseconds leaves no .shp at the path (a set of several files
cannot be swapped in one step); its marker lets the next check or export of that name finish the move.
Shapefiles get a .prj and a .cpg (UTF-8), so non-ASCII expressions survive.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

DRIVERS = {".shp": "ESRI Shapefile", ".gpkg": "GPKG", ".geojson": "GeoJSON", ".json": "GeoJSON"}
# What we write, in the order it moves into place: the .shp last, so the new set appears at once.
SHAPEFILE_PARTS = (".shx", ".dbf", ".prj", ".cpg", ".shp")
# Sidecars that GIS software keeps beside a shapefile; stale ones would describe the old data.
SHAPEFILE_SIDECARS = (
    ".qix",
    ".sbn",
    ".sbx",
    ".fbn",
    ".fbx",
    ".ain",
    ".aih",
    ".atx",
    ".ixs",
    ".mxs",
    ".shp.xml",
)
SHAPEFILE_TEXT_BYTES = 254  # the dBASE limit of a text field
# Signals that ask a process to stop; they wait while a file set moves into place (SIGHUP: not on Windows).
STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)

_written: list[Path] = []  # what this process has moved into place, for an interrupted run's last word


@dataclass
class WrittenFile:
    path: Path
    notes: list[str] = field(default_factory=list)  # what the analyst should know about the file


def written_files() -> list[Path]:
    """The files this process has written whole so far (an interrupted CLI run names them)."""
    return list(_written)


@contextmanager
def _stop_signals_held() -> Iterator[None]:
    """Deliver Ctrl-C and SIGTERM that arrive inside the block only after it, by the handlers in place
    before (Python's KeyboardInterrupt, the default exit, the CLI's own). Only the main thread can hold
    them; in another thread (a QGIS task) the block runs as it is."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = {}
    for number in STOP_SIGNALS:
        handler = signal.getsignal(number)
        if handler is not None:  # None: installed outside Python, which cannot put it back
            previous[number] = handler
            signal.signal(number, lambda number, _frame: received.append(number))
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        for number in received:
            signal.raise_signal(number)


def _shapefile_set(target: Path) -> list[Path]:
    return [target.with_name(target.stem + suffix) for suffix in SHAPEFILE_PARTS + SHAPEFILE_SIDECARS]


def _marker(target: Path) -> Path:
    return target.with_name(f".{target.name}.replacing")


def finish_interrupted_move(target: Path) -> bool:
    """Complete a shapefile move that a dying process left half done (its marker names the complete
    staged set); True when there was one."""
    marker = _marker(target)
    if not marker.is_file():
        return False
    try:
        plan = json.loads(marker.read_text(encoding="utf-8"))
        staging = target.parent / plan["staging"]
    except (ValueError, KeyError, TypeError):  # the process died while writing the marker itself
        marker.unlink()
        return True
    if staging.is_dir():  # the staged set was whole when the move began: finish it as planned
        _move_shapefile_set(staging, target, plan["parts"])
    shutil.rmtree(staging, ignore_errors=True)
    marker.unlink()
    return True


def _move_shapefile_set(staging: Path, target: Path, new_parts: list[str]) -> None:
    """Move the staged ``new_parts`` (file names) in, the .shp last; remove the old set's other files.
    Safe to run again after an interruption: a part already moved is left where it is."""
    old_shp = target.with_suffix(".shp")
    if (staging / old_shp.name).exists() and old_shp.exists():
        old_shp.unlink()  # from here the old set is no longer a shapefile anyone opens
    for part in _shapefile_set(target):
        staged = staging / part.name
        if part.name in new_parts:
            if staged.exists():
                os.replace(staged, part)
        elif part.exists():
            part.unlink()  # a stale sidecar of the old data (an index, metadata)


def check_target(path: str | Path, overwrite: bool = False) -> Path:
    """The target as a Path when it can be written: a known format, a writable folder, and no existing
    file of its set unless ``overwrite``; ValueError, FileExistsError or PermissionError otherwise. Run it
    before a long job too, so that the job is not lost at the end."""
    target = Path(path)
    driver_name = DRIVERS.get(target.suffix.lower())
    if driver_name is None:
        raise ValueError(f"cannot write {target.name}: use .shp, .gpkg or .geojson")
    shapefile = driver_name == "ESRI Shapefile"
    if shapefile:
        finish_interrupted_move(target)
    existing = [part for part in (_shapefile_set(target) if shapefile else [target]) if part.exists()]
    if existing and not overwrite:
        names = ", ".join(part.name for part in existing)
        raise FileExistsError(f"{names} already exists; choose another name or allow overwriting")
    if not target.parent.is_dir() or not os.access(target.parent, os.W_OK):
        raise PermissionError(f"cannot write into {target.parent}: the folder is missing or read-only")
    return target


def write_staged(
    path: str | Path, writer: Callable[[Path, str], None], rows: list[dict], overwrite: bool = False
) -> WrittenFile:
    """Write a file to ``path`` with ``writer(staged_path, driver_name)``, which writes the file set into a
    staging folder; the format comes from the suffix. ``rows`` (the attributes written) say what the
    analyst should know about the file."""
    target = check_target(path, overwrite)
    driver_name = DRIVERS[target.suffix.lower()]
    shapefile = driver_name == "ESRI Shapefile"
    notes = _shapefile_notes(rows) if shapefile else []
    staging = Path(tempfile.mkdtemp(prefix=f".{target.stem}.", dir=target.parent))
    try:
        staged = staging / target.name
        writer(staged, driver_name)
        with _stop_signals_held():
            if shapefile:
                new_parts = sorted(path.name for path in staging.iterdir())
                marker = _marker(target)
                plan = {"staging": staging.name, "parts": new_parts}
                marker.write_text(json.dumps(plan), encoding="utf-8")
                _move_shapefile_set(staging, target, new_parts)
                shutil.rmtree(staging)  # empty now; gone before the marker, so nothing is left behind
                marker.unlink()
            else:
                os.replace(staged, target)
            _written.append(target)
    finally:
        if not _marker(target).exists():  # else the next export finishes the move from the staged set
            shutil.rmtree(staging, ignore_errors=True)
    return WrittenFile(target, notes)


def _shapefile_notes(rows: list[dict]) -> list[str]:
    cut = {
        name
        for row in rows
        for name, value in row.items()
        if isinstance(value, str) and len(value.encode("utf-8")) > SHAPEFILE_TEXT_BYTES
    }
    return [
        f"the shapefile keeps only the first {SHAPEFILE_TEXT_BYTES} bytes of '{name}' (a dBASE limit); "
        "GeoPackage or GeoJSON keep the whole text"
        for name in sorted(cut)
    ]
