"""The model side of the table of model types (foundation.model_types.MODEL_TYPES): what a type's
registry entry provides, the context it loads in, and types registered at run time.

No torch here: each type's registry entry (``<package>/registry_entry.py``) is imported the first time
that type is used. An entry provides

- ``CONFIG``: the ModelConfig subclass of its config.json;
- ``load_predictor(context: LoadContext) -> Predictor``: a checkpoint folder, ready to segment;

and, for a type that ``python -m rrsis_qgis train`` can train (``trainable``), also

- ``PRESETS``: the sizes it can be built in, ``tiny`` first;
- ``MODEL``: the nn.Module class, with ``MODEL.load(folder, resolve)`` (a checkpoint to resume or
  fine-tune) and ``model.save(folder)``;
- ``PREDICTOR``: ``PREDICTOR(model, name, device, precision)`` puts a model in memory behind the
  Predictor (validation during training, the benchmark);
- ``build_for_training(settings, words, resolve) -> nn.Module``: a fresh model of ``settings.preset``;
- ``random_model(preset) -> nn.Module``: random weights of the preset's real shapes (the benchmark).

Adding a model type is one package with a ``registry_entry.py`` plus one line in MODEL_TYPES
(foundation/model_types.py), which says what it reads and whether it takes clicks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from ..foundation import model_types
from ..foundation.model_types import ModelType
from ..foundation.plugin_files import models_folder
from ..foundation.run_settings import RunSettings

Resolver = Callable[[str], Path]  # a hub id, registry name or path -> a local folder
ProgressCallback = Callable[[float, str], None]


@dataclass(frozen=True)
class LoadContext:
    """What a type's ``load_predictor`` gets: the checkpoint folder and how to run it."""

    folder: Path
    name: str  # what the analyst chose (shown with results)
    device: str  # a concrete torch device: "cpu", "cuda", "cuda:1", "mps"
    settings: RunSettings
    resolve: Resolver
    report: ProgressCallback

    def component(self, source: str) -> Path:
        """A component the config names (a backbone folder, a tokenizer file): inside the checkpoint
        folder when it is there, else resolved (a hub id or a path)."""
        return find_component(self.folder, source, self.resolve)


def find_component(folder: Path, source: str, resolve: Resolver) -> Path:
    """The one way to find what a checkpoint's config names: ``folder / source`` if that exists (a
    checkpoint that carries its backbones or tokenizer), else the same name in the models folder that
    upgrades leave alone (weights copied there for an offline machine), else ``resolve(source)``."""
    for candidate in (Path(folder) / source, models_folder() / source):
        if candidate.exists():
            return candidate
    return resolve(source)


def offline_download_hint(hub_ids: list[str]) -> str:
    """The commands that put hub models where find_component looks, for a machine that is offline."""
    return " and ".join(
        f"`hf download {hub_id} --local-dir {models_folder() / hub_id}`" for hub_id in hub_ids
    )


def trainable_types() -> list[str]:
    return [name for name, entry in model_types.MODEL_TYPES.items() if entry.trainable]


def register_model_type(
    name: str,
    load_predictor: Callable[[LoadContext], Any],
    description: str = "",
    reads: str = "sentence",
    takes_clicks: bool = False,
) -> None:
    """Make checkpoints of another ``model_type`` loadable (extensions, and deterministic test models),
    saying what it reads and whether it takes clicks (see foundation.model_types)."""
    entry = SimpleNamespace(load_predictor=load_predictor)
    model_types.MODEL_TYPES[name] = ModelType(
        name, description or name, reads, takes_clicks, entry_object=entry
    )
