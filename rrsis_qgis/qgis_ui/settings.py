"""The plugin's settings, stored with QgsSettings in the user's QGIS profile."""

from __future__ import annotations

from dataclasses import asdict, fields
from pathlib import Path

from qgis.core import QgsMessageLog, QgsSettings

from ..foundation.run_settings import RunSettings

PREFIX = "rrsis_qgis/"
LOG_TAG = "rrsis_qgis"  # the plugin's tab in QGIS's Log Messages panel


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
    def runtime_folder(self) -> str:
        """The Python environment (venv or conda folder) the models run in; empty: the one the installer
        makes in the QGIS profile (qgis_ui.runtime.default_runtime_folder)."""
        return self._get("runtime_folder", "", str)

    @runtime_folder.setter
    def runtime_folder(self, folder: str) -> None:
        self._set("runtime_folder", folder)

    @property
    def keep_model_loaded(self) -> bool:
        """Keep the last model in memory between runs (fast) or free it after each run (memory)."""
        return self._get("keep_model_loaded", True, bool)

    @keep_model_loaded.setter
    def keep_model_loaded(self, keep: bool) -> None:
        self._set("keep_model_loaded", keep)

    @property
    def run_settings(self) -> RunSettings:
        """Device, precision, threshold and sizes, read once per use; a stored value that is no longer
        valid (edited by hand, or from an older version) falls back to its own default, with a log line;
        the other values are kept."""
        values = {}
        for field in fields(RunSettings):
            default = getattr(RunSettings(), field.name)
            value = self._get(field.name, default, type(default))
            if field.name == "device" and value == "":  # versions before 0.4 stored "automatic" as ""
                value = default
            try:
                RunSettings(**{field.name: value})  # each value checked on its own
            except ValueError as error:
                QgsMessageLog.logMessage(f"Stored setting ignored: {error}", LOG_TAG)
                value = default
            values[field.name] = value
        return RunSettings(**values)

    @run_settings.setter
    def run_settings(self, settings: RunSettings) -> None:
        for name, value in asdict(settings).items():
            self._set(name, value)


def checkpoint_label(folder: str) -> str:
    return f"{Path(folder).name} (folder)"
