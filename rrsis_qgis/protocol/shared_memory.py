"""Large images cross to the model process through one file in shared memory instead of the pipe."""

from __future__ import annotations

import contextlib
import mmap
import os
import tempfile

import numpy as np

SHARED_BYTES = 1 << 22  # pixels of at least this size cross in shared memory


class SharedPixels:
    """One file in shared memory (/dev/shm where there is one) that a client reuses for every large image
    it sends: an image crosses with one copy into memory already mapped, where a pipe would take it in
    many small ones. One request at a time uses it; ``close`` removes it."""

    def __init__(self) -> None:
        self.path: str | None = None
        self._map: mmap.mmap | None = None

    def put(self, array: np.ndarray) -> dict:
        """Copy ``array`` in and return its header (shape, dtype and the file's name); OSError when shared
        memory cannot hold it (full, read-only), and then nothing was written: send it another way."""
        if self._map is None or len(self._map) < array.nbytes:
            self.close()
            folder = "/dev/shm" if os.path.isdir("/dev/shm") else None
            descriptor, self.path = tempfile.mkstemp(prefix="rrsis-pixels-", dir=folder)
            try:
                # Reserve the space before anything is written: a file merely made long (ftruncate) on a
                # full tmpfs kills the writer with SIGBUS at the first page that has no memory behind it.
                _reserve(descriptor, array.nbytes)
                self._map = mmap.mmap(descriptor, array.nbytes)
            except OSError:
                self.close()
                raise
            finally:
                os.close(descriptor)
        np.copyto(np.ndarray(array.shape, array.dtype, buffer=self._map), array)
        return {"shape": list(array.shape), "dtype": array.dtype.str, "file": self.path}

    def close(self) -> None:
        if self._map is not None:
            self._map.close()
            self._map = None
        if self.path is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            self.path = None


def _reserve(descriptor: int, size: int) -> None:
    """Make the file ``size`` bytes long with its memory allocated now (ENOSPC if there is none)."""
    if hasattr(os, "posix_fallocate"):
        os.posix_fallocate(descriptor, 0, size)
    else:  # no sparse files in shared memory there (Windows' temporary folder, macOS): a plain length
        os.ftruncate(descriptor, size)
