"""A Hugging Face hub cache filled the way the hub's own tools leave it, for offline loading tests."""

from __future__ import annotations

import shutil
from pathlib import Path

REVISION = "0123456789abcdef0123456789abcdef01234567"


def into_hub_cache(cache: Path, repo_id: str, folder: Path) -> None:
    """Put ``folder``'s files into ``cache`` as the snapshot of ``repo_id`` (as `hf download` and
    `hf_hub_download` leave them: snapshots/<revision>/…, refs/main)."""
    repo = Path(cache) / ("models--" + repo_id.replace("/", "--"))
    shutil.copytree(folder, repo / "snapshots" / REVISION)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(REVISION)
