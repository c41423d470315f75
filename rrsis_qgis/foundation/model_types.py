"""The one table of model types, as plain data that both processes read: a checkpoint's ``config.json``
names its ``model_type``, and this table says what such a model reads, whether it takes clicks, and
where the code that loads, builds and trains it lives (`models/registry.py` turns an entry into that
code; QGIS never imports it).

What a model reads decides how an expression reaches it:
- ``program``: a model that finds objects one by one for a phrase (a detector, SAM3's instances). The
  expression is parsed into a program (referring/), the model is asked for each of its phrases, and the
  program selects among what it found; the panel shows the reading and sends the layers its anchors name.
- ``sentence``: a model trained on referring expressions, which reads the whole sentence as it was
  trained to.
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import CheckpointMismatch
from .model_catalog import CATALOG

READS = ("program", "sentence")


@dataclass(frozen=True)
class ModelType:
    name: str
    description: str
    reads: str  # one of READS
    takes_clicks: bool  # it has a SAM decoder that segments what an analyst marks by hand
    entry_module: str | None = None  # its registry entry, imported on first use (model process only)
    trainable: bool = False
    entry_object: Any = None  # for types registered at run time with their entry in memory

    def __post_init__(self) -> None:
        if self.reads not in READS:  # a type must say how an expression reaches it
            raise ValueError(f"model type {self.name!r} reads {self.reads!r}: choose one of {READS}")

    @property
    def runs_the_program(self) -> bool:
        return self.reads == "program"

    def entry(self):
        """The type's registry entry: CONFIG, load_predictor and, when trainable, the training hooks."""
        if self.entry_object is not None:
            return self.entry_object
        return importlib.import_module(self.entry_module)


def _package(name: str, description: str, reads: str, trainable: bool = False) -> ModelType:
    return ModelType(name, description, reads, True, f"rrsis_qgis.models.{name}.registry_entry", trainable)


MODEL_TYPES: dict[str, ModelType] = {
    entry.name: entry
    for entry in (
        _package("rsrefseg", "RSRefSeg: SigLIP + AttnPrompter + SAM2 decoder, LoRA", "sentence", True),
        _package("rs2sam2", "RS2-SAM2: BEiT-3 union encoder + fusion adapters in SAM2", "sentence", True),
        _package("pslg", "PSLG-SAM zero-shot: grounding box, SAM2, clustered points, refinement", "program"),
        _package("sam3_text", "SAM3 text prompts (promptable concept segmentation), zero-shot", "program"),
    )
}
# config.json model_type values that other writers use for one of our types.
ALIASES = {"evf": "rs2sam2"}  # the RS2-SAM2 authors' released folders are saved with EVF-SAM's config


def model_type(name: str) -> ModelType:
    """The entry for a config.json ``model_type``; CheckpointMismatch when this version has none."""
    entry = MODEL_TYPES.get(ALIASES.get(name, name))
    if entry is None:
        known = ", ".join(sorted(MODEL_TYPES))
        raise CheckpointMismatch(f"a '{name}' model cannot be run by this version (it runs: {known})")
    return entry


def model_type_of(source: str) -> ModelType | None:
    """The type of the model a catalogue name or a checkpoint folder (its config.json) names; None when
    it cannot be told here (a hub id, a folder not yet downloaded, a type only the model process knows)."""
    if source in CATALOG:
        name = CATALOG[source].model_type
    else:
        try:
            name = json.loads((Path(source) / "config.json").read_text(encoding="utf-8")).get("model_type")
        except (OSError, ValueError, AttributeError):
            return None
    return MODEL_TYPES.get(ALIASES.get(name, name)) if isinstance(name, str) else None


def runs_the_program(source: str) -> bool:
    """Whether the model ``source`` names runs the parsed program, so that the panel shows its reading
    and sends the layers its anchors name. A model whose type cannot be told here is taken to run it:
    showing a reading the model then does not use costs nothing, while hiding one it uses would."""
    found = model_type_of(source)
    return found is None or found.runs_the_program
