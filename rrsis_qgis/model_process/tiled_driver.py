"""The one tiled driver, for Processing (tiled_run.py) and batch jobs (batch/job.py): work items run on an
engine (engines.py), each tile's final polygons given as the tile finishes, its seam pieces held back and
dissolved per raster at the end (tiling.merge_seams), and each raster's candidates kept on disk
(candidate_store.py, removed when the run ends however it ends) for the programs that select once over
the whole raster after the tiles (whole_raster.py).

What a failed tile does is the caller's policy: Processing stops on it (a layer missing a tile would
look whole), a batch job records it and goes on, so that running the job again retries only the tiles
that failed. Cancellation is checked between tiles (by the engine)."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator

from ..foundation.errors import RrsisError
from ..protocol.messages import TileJob
from .candidate_store import CandidateStore
from .engines import TileFailure, WorkItem
from .tiling import TiledPolygon, TiledRaster, TileResult, merge_seams
from .whole_raster import select_over_raster


class OnFailure(enum.Enum):
    STOP = "stop"  # the first failed tile ends the run with its error
    RECORD = "record"  # failed tiles are listed in TiledRun.failed and the other tiles run on


class TiledRun:
    """Iterate ``polygons()`` for (raster, polygon) pairs in the raster's CRS: final ones as their tile
    finishes, then each raster's seams dissolved and the objects that ``job``'s programs select over it
    (not for a raster with a failed tile: pieces of its objects are missing).

    ``earlier``: (item, result) of tiles finished before (a resumed job), given first and merged with the
    others; ``record(tile_id, result)`` is called for each tile that finishes (the job's journal);
    ``progress(finished, planned)`` after each tile of ``items``, failed or not."""

    def __init__(
        self,
        engine,
        job: TileJob,
        items: list[WorkItem],
        min_pixels: int,
        on_failure: OnFailure,
        earlier: Iterable[tuple[WorkItem, TileResult]] = (),
        record: Callable[[str, TileResult], None] | None = None,
        progress: Callable[[int, int], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.engine = engine
        self.job = job
        self.items = items
        self.min_pixels = min_pixels
        self.on_failure = on_failure
        self.earlier = earlier
        self.record = record
        self.progress = progress
        self.is_cancelled = is_cancelled
        self.failed: list[tuple[str, str]] = []  # (tile id, reason), under OnFailure.RECORD
        self.notes: list[str] = []  # the tiles' notes, each once
        # The candidates of the programs selected over whole rasters, on disk while the run goes on.
        self.candidates: CandidateStore | None = None

    def polygons(self) -> Iterator[tuple[TiledRaster, TiledPolygon]]:
        try:
            yield from self._polygons()
        finally:  # the run's end, a failed tile that stops it, a cancel, or a caller that stopped reading
            if self.candidates is not None:
                self.candidates.close()
                self.candidates = None

    def _polygons(self) -> Iterator[tuple[TiledRaster, TiledPolygon]]:
        # By id(): a TiledRaster holds a dict (unhashable); every item of a raster shares its object.
        seams: dict[int, tuple[TiledRaster, list[TiledPolygon]]] = {}
        spoiled: set[int] = set()  # rasters with a failed tile
        for item, result in self.earlier:
            yield from self._finished(item, result, seams)
        by_id = {item.tile_id: item for item in self.items}
        outcomes = self.engine.run(self.items, self.is_cancelled) if self.items else ()
        for finished, (tile_id, outcome) in enumerate(outcomes, start=1):
            item = by_id[tile_id]
            if isinstance(outcome, TileFailure):
                self._failed(tile_id, outcome)
                spoiled.add(id(item.raster))
            else:
                if self.record is not None:
                    self.record(tile_id, outcome)
                yield from self._finished(item, outcome, seams)
            if self.progress is not None:
                self.progress(finished, len(self.items))
        for key, (raster, pieces) in seams.items():
            if key in spoiled:
                continue
            min_area = self.min_pixels * raster.pixel_area
            for polygon in merge_seams(pieces, min_area):
                yield raster, polygon
            found = None if self.candidates is None else self.candidates.of_raster(key)
            if found is not None:
                polygons, notes = select_over_raster(raster, self.job, found, min_area, self.is_cancelled)
                self.notes.extend(note for note in notes if note not in self.notes)
                for polygon in polygons:
                    yield raster, polygon

    def _finished(self, item: WorkItem, result: TileResult, seams: dict) -> Iterator:
        self.notes.extend(note for note in result.notes if note not in self.notes)
        seams.setdefault(id(item.raster), (item.raster, []))[1].extend(result.seam)
        if result.found:
            if self.candidates is None:
                self.candidates = CandidateStore()
            self.candidates.add(id(item.raster), item.tile_id, result.found)
        for polygon in result.final:
            yield item.raster, polygon

    def _failed(self, tile_id: str, failure: TileFailure) -> None:
        if self.on_failure is OnFailure.RECORD:
            self.failed.append((tile_id, failure.reason))
        elif failure.error is not None:
            raise failure.error  # raised in this process: as itself, so a bug is logged as one
        else:
            raise RrsisError(f"tile {tile_id} failed: {failure.reason}")
