"""The job folder beside a batch output: the job's arguments, what its model and rasters were when it
started, and every finished tile's polygons, each written whole (temp file + rename) as it arrives, so a
job that was killed resumes where it stopped."""

from __future__ import annotations

import json
import math
import os
import shutil
import tempfile
from pathlib import Path

from ..foundation.dependencies import require
from ..model_process.tiling import TileResult
from ..protocol.codec import from_text, to_text

JOB_FILE = "job.json"


class Journal:
    def __init__(self, folder: Path, arguments: dict, model, rasters: list) -> None:
        """Open the job folder for these arguments, or start one. A folder left by a job with other
        arguments holds tiles that do not belong to this output: it is started afresh, and
        ``replaced`` names the arguments that differ (the command changed them, e.g. --bands).

        ``model`` and ``rasters`` (one per raster number of the tile ids) are the files' identities now:
        a tile of a raster that changed since the job started, or every tile when the model changed,
        runs again; ``changed`` lists whose tiles (the raster's number, None for the model) and how
        many."""
        self.folder = Path(folder)
        self.tiles = self.folder / "tiles"
        self.replaced: list[str] = []
        self.changed: list[tuple[int | None, int]] = []
        self.damaged: list[tuple[str, str]] = []  # (tile id, why its file could not be read)
        self.expressions = set(arguments.get("texts", []))  # a tile's polygons answer these alone
        job = json.loads(json.dumps({"arguments": arguments, "model": model, "rasters": rasters}))
        job_file = self.folder / JOB_FILE
        stored = _read_job(job_file)
        if stored is not None and stored.get("arguments") != job["arguments"]:
            self.replaced = _differences(stored.get("arguments"), job["arguments"])
            shutil.rmtree(self.tiles, ignore_errors=True)
        elif stored is not None and stored.get("model") != job["model"]:
            self._drop(None, "*")
        elif stored is not None:
            before = stored.get("rasters") or []
            for number, identity in enumerate(job["rasters"]):
                if number >= len(before) or before[number] != identity:
                    self._drop(number, f"{number}-*")
        self.tiles.mkdir(parents=True, exist_ok=True)
        for part in self.tiles.glob(".*.part"):  # a write that a kill interrupted
            part.unlink(missing_ok=True)
        if stored != job:
            _write(job_file, json.dumps(job, indent=2, sort_keys=True))

    def _drop(self, whose: int | None, pattern: str) -> None:
        files = list(self.tiles.glob(f"{pattern}.json"))
        for path in files:
            path.unlink()
        if files:
            self.changed.append((whose, len(files)))

    def finished(self) -> dict[str, Path]:
        """The finished tiles' files by tile id, each read and checked now, its results then let go
        (``result`` reads them again when the run reaches the tile: a resumed job holds no more tiles'
        candidates at once than a fresh one). A tile file that cannot be read (written when the machine
        went down, or the disk filled), whose polygons do not parse or answer other texts, or that is
        another tile's (copied by hand) is removed, so that its tile runs again, and listed in
        ``damaged``."""
        files = {}
        for path in sorted(self.tiles.glob("*.json")):
            try:
                self._read_tile(path)
            except (OSError, ValueError, KeyError, TypeError) as error:
                reason = str(error).splitlines()[0] if str(error) else type(error).__name__
                self.damaged.append((path.stem, reason))
                path.unlink(missing_ok=True)
            else:
                files[path.stem] = path
        return files

    def result(self, tile_id: str) -> TileResult:
        """A finished tile's results, from its file (one that ``finished`` listed)."""
        return self._read_tile(self.tiles / f"{tile_id}.json")

    def _read_tile(self, path: Path) -> TileResult:
        shapely = require("shapely")

        stored = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(stored, dict) or stored.get("tile") != path.stem:
            raise ValueError(f"it holds tile {stored.get('tile') if isinstance(stored, dict) else None!r}")
        result = from_text(TileResult, json.dumps(stored["result"]))
        for polygon in result.final + result.seam:
            if polygon.expression not in self.expressions:
                raise ValueError(f"a polygon answers {polygon.expression!r}, not one of the job's texts")
        # The candidates a whole-raster selection reads later, checked as the polygons are.
        candidates = [candidate for found in result.found.values() for candidate in found]
        for item in [*result.final, *result.seam, *candidates]:
            if not math.isfinite(item.score):
                raise ValueError(f"a polygon's score is {item.score}")
            try:
                shape = shapely.from_wkt(item.wkt)
            except shapely.errors.ShapelyError as error:
                raise ValueError(f"a polygon's WKT does not parse ({error})") from error
            if shape is None or shape.geom_type not in ("Polygon", "MultiPolygon"):
                raise ValueError("a polygon's WKT is no polygon")
        return result

    def record(self, tile_id: str, result: TileResult) -> None:
        # The tile id inside the file too: a file copied under another tile's name is not taken for it.
        _write(
            self.tiles / f"{tile_id}.json",
            json.dumps({"tile": tile_id, "result": json.loads(to_text(result))}),
        )

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _read_job(path: Path) -> dict | None:
    """The job file's contents; {} when it cannot be read (its job then starts afresh), None when none."""
    if not path.is_file():
        return None
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stored if isinstance(stored, dict) else {}


def _differences(stored, arguments: dict) -> list[str]:
    if not isinstance(stored, dict):  # a damaged job file, or one of an earlier version
        return ["arguments (its job.json is damaged or of another version)"]
    names = sorted(set(stored) | set(arguments))
    return [name for name in names if stored.get(name) != arguments.get(name)]


def _write(path: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except OSError:  # e.g. a folder where the file belongs: no staged file is left beside it
        os.unlink(temporary)
        raise
