"""The job folder beside a batch output: the job's arguments and every finished tile's polygons, each
written whole (temp file + rename) as it arrives, so a job that was killed resumes where it stopped."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from ..model_process.tiling import TileResult
from ..protocol.codec import from_text, to_text

JOB_FILE = "job.json"


class Journal:
    def __init__(self, folder: Path, arguments: dict) -> None:
        """Open the job folder for these arguments, or start one. A folder left by a job with other
        arguments holds tiles that do not belong to this output: it is started afresh, and
        ``replaced`` names the arguments that differ (the command changed them, e.g. --bands)."""
        self.folder = Path(folder)
        self.tiles = self.folder / "tiles"
        self.replaced: list[str] = []
        arguments = json.loads(json.dumps(arguments))  # as stored: tuples become lists
        job_file = self.folder / JOB_FILE
        if job_file.is_file():
            stored = json.loads(job_file.read_text(encoding="utf-8"))
            if stored != arguments:
                names = sorted(set(stored) | set(arguments))
                self.replaced = [name for name in names if stored.get(name) != arguments.get(name)]
                shutil.rmtree(self.tiles, ignore_errors=True)
                job_file.unlink()
        if not job_file.is_file():
            self.tiles.mkdir(parents=True, exist_ok=True)
            _write(job_file, json.dumps(arguments, indent=2, sort_keys=True))
        self.tiles.mkdir(exist_ok=True)

    def finished(self) -> set[str]:
        return {path.stem for path in self.tiles.glob("*.json")}

    def record(self, tile_id: str, result: TileResult) -> None:
        _write(self.tiles / f"{tile_id}.json", to_text(result))

    def result(self, tile_id: str) -> TileResult:
        return from_text(TileResult, (self.tiles / f"{tile_id}.json").read_text(encoding="utf-8"))

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _write(path: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(text)
    os.replace(temporary, path)
