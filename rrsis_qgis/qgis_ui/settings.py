"""The plugin's settings, stored with QgsSettings in the user's QGIS profile."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsSettings

from ..core.raster import DEFAULT_MAX_PIXELS

PREFIX = "rrsis_qgis/"


class RrsisSettings:
    """Typed access to the stored values; every getter has a sensible default."""

    def __init__(self) -> None:
        self._store = QgsSettings()

    def _get(self, key: str, default, kind):
        return self._store.value(PREFIX + key, default, type=kind)

    def _set(self, key: str, value) -> None:
        self._store.setValue(PREFIX + key, value)

    @property
    def checkpoint_folders(self) -> list[str]:
        return [folder for folder in self._get("checkpoint_folders", [], list) if folder]

    @checkpoint_folders.setter
    def checkpoint_folders(self, folders: list[str]) -> None:
        self._set("checkpoint_folders", list(dict.fromkeys(folder for folder in folders if folder)))

    def add_checkpoint_folder(self, folder: str) -> None:
        self.checkpoint_folders = [*self.checkpoint_folders, folder]

    @property
    def output_geopackage(self) -> str:
        """A GeoPackage that receives every result as a new table; empty: temporary memory layers."""
        return self._get("output_geopackage", "", str)

    @output_geopackage.setter
    def output_geopackage(self, path: str) -> None:
        self._set("output_geopackage", path)

    @property
    def last_model(self) -> str:
        return self._get("last_model", "", str)

    @last_model.setter
    def last_model(self, source: str) -> None:
        self._set("last_model", source)

    @property
    def keep_model_loaded(self) -> bool:
        """Keep the last model in memory between runs (fast) or free it after each run (memory)."""
        return self._get("keep_model_loaded", True, bool)

    @keep_model_loaded.setter
    def keep_model_loaded(self, keep: bool) -> None:
        self._set("keep_model_loaded", keep)

    def request_options(self) -> dict:
        """SegmentRequest options: threshold, speck size, simplification, size limit, device, precision."""
        device = self._get("device", "", str)
        return {
            "threshold": self._get("threshold", 0.5, float),
            "min_pixels": self._get("min_pixels", 16, int),
            "simplify_pixels": self._get("simplify_pixels", 0.0, float),
            "max_pixels": self._get("max_pixels", DEFAULT_MAX_PIXELS, int),
            "device": device or None,
            "precision": self._get("precision", "auto", str),
        }

    def set_option(self, key: str, value) -> None:
        if key not in self.request_options():
            raise KeyError(f"unknown option {key!r}")
        self._set(key, "" if key == "device" and value is None else value)


def checkpoint_label(folder: str) -> str:
    return f"{Path(folder).name} (folder)"
