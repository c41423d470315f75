"""The candidates of a whole-raster run, on disk while its tiles run (tiled_driver.TiledRun) and read
back one phrase at a time for the selection after the tiles (whole_raster.py): a city's tens of
thousands of detections cost a file, not the process's memory.

One SQLite file in a temporary folder of the run's own, removed by ``close`` (the run's end, a failed
tile that stops it, a cancel); outlines as WKB, the exact coordinates, never pickled. Only the process
that runs the tiles reads it."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass

import numpy as np

from ..foundation.dependencies import require
from .tiling import TiledCandidate

# A scratch file: nothing to recover after a crash, so no journal and no waiting for the disk; SQLite's
# page cache (2 MiB) is all it holds in memory.
_SCHEMA = """
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -2048;
CREATE TABLE candidate (raster INTEGER, phrase TEXT, tile TEXT, score REAL, seam INTEGER, wkb BLOB);
CREATE INDEX of_phrase ON candidate (raster, phrase);
"""


@dataclass
class Pieces:
    """One phrase's candidates over one raster, in the order the tiles gave them."""

    tiles: list[str]  # the tile each came from
    scores: np.ndarray  # float64
    seam: np.ndarray  # bool: it reaches a core edge shared with a neighbour
    shapes: np.ndarray  # shapely geometries, in the raster's CRS

    def __len__(self) -> int:
        return len(self.tiles)


class CandidateStore:
    """The candidates of every raster of a run, by the raster's key (any hashable the run gives)."""

    def __init__(self) -> None:
        self.folder = tempfile.mkdtemp(prefix="rrsis-candidates-")
        self.path = os.path.join(self.folder, "candidates.sqlite")
        try:
            # Used by one thread at a time, but closed by whichever ends the run.
            self._db = sqlite3.connect(self.path, check_same_thread=False)
            self._db.executescript(_SCHEMA)
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise
        self._rasters: dict = {}  # key -> its number in the file
        self._phrases: dict[int, set[str]] = {}  # each raster's phrases the tiles looked for

    def add(self, raster, tile_id: str, found: dict[str, list[TiledCandidate]]) -> None:
        """One tile's candidates: phrase -> its candidates (none: the phrase was looked for all the same)."""
        shapely = require("shapely")
        number = self._rasters.setdefault(raster, len(self._rasters))
        rows = []
        for phrase, candidates in found.items():
            self._phrases.setdefault(number, set()).add(phrase)
            if not candidates:
                continue
            wkbs = shapely.to_wkb(shapely.from_wkt([candidate.wkt for candidate in candidates]))
            rows += [
                (number, phrase, tile_id, float(candidate.score), candidate.seam, wkb)
                for candidate, wkb in zip(candidates, wkbs.tolist(), strict=True)
            ]
        with self._db:
            self._db.executemany("INSERT INTO candidate VALUES (?, ?, ?, ?, ?, ?)", rows)

    def of_raster(self, raster) -> RasterCandidates | None:
        """What the tiles found over ``raster``; None when they looked for no phrase there."""
        number = self._rasters.get(raster)
        return (
            None if number is None else RasterCandidates(self._db, number, self._phrases.get(number, set()))
        )

    def count(self) -> int:
        """The candidates in the file, of every raster."""
        return self._db.execute("SELECT COUNT(*) FROM candidate").fetchone()[0]

    def close(self) -> None:
        self._db.close()
        shutil.rmtree(self.folder, ignore_errors=True)


class RasterCandidates:
    """One raster's candidates, as the selection reads them: ``phrase in`` it when the tiles looked for
    the phrase, and its ``pieces``."""

    def __init__(self, db: sqlite3.Connection, number: int, phrases: set[str]) -> None:
        self._db, self.number, self.phrases = db, number, phrases

    def __contains__(self, phrase: str) -> bool:
        return phrase in self.phrases

    def pieces(self, phrase: str) -> Pieces:
        """The phrase's candidates (none for a phrase not looked for), read from the file now."""
        shapely = require("shapely")
        rows = self._db.execute(
            "SELECT tile, score, seam, wkb FROM candidate WHERE raster = ? AND phrase = ? ORDER BY rowid",
            (self.number, phrase),
        ).fetchall()
        tiles, scores, seam, wkbs = zip(*rows) if rows else ((), (), (), ())
        return Pieces(
            list(tiles),
            np.array(scores, dtype=float),
            np.array(seam, dtype=bool),
            shapely.from_wkb(np.array(wkbs, dtype=object)),
        )
