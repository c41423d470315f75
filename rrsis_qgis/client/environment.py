"""The Python environment the model process runs in, seen from QGIS (nothing of it is imported here)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..foundation.dependencies import missing_packages
from ..foundation.plugin_files import MODELS_VARIABLE, PACKAGE_DIR


@dataclass(frozen=True)
class Runtime:
    """Where the model process runs: the Python of an environment that has the model packages (the
    installer's, or one chosen in the settings); this plugin's own code is put on its path."""

    python: str
    models_folder: str | None = None  # where it keeps downloaded weights (MODELS_VARIABLE), if set here

    def command(self) -> list[str]:
        return [self.python, "-m", "rrsis_qgis.model_process"]

    def environment(self) -> dict[str, str]:
        """QGIS's environment, but the path holds only this plugin: QGIS's own PYTHONPATH (its bindings)
        stays out of the model process."""
        environment = dict(os.environ)
        environment["PYTHONPATH"] = str(PACKAGE_DIR.parent)
        if self.models_folder and MODELS_VARIABLE not in environment:  # an administrator's choice wins
            environment[MODELS_VARIABLE] = self.models_folder
        return environment

    def site_packages(self) -> list[str]:
        """The environment's package folders, found beside its Python (venv, conda, a Python install)."""
        root = Path(self.python).parent
        root = root.parent if root.name in ("bin", "Scripts") else root
        folders = [*root.glob("lib/python3*/site-packages"), root / "Lib" / "site-packages"]
        return [str(folder) for folder in folders]

    def missing_packages(self, names: list[str]) -> list[str]:
        """Of the import ``names``, those not in the environment's package folders (found without
        starting it or importing anything)."""
        return missing_packages(names, self.site_packages())
