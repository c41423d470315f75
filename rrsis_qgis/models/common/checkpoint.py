"""Checkpoint folders: config.json + model.safetensors holding only the trained tensors.

Loading never executes code: safetensors, or torch.load(weights_only=True) for .pt/.pth files.
"""

from __future__ import annotations

import json
import os
import pickle
import tempfile
from dataclasses import asdict, fields
from pathlib import Path
from typing import ClassVar

import torch
from torch import nn

from ...foundation.dependencies import require
from ...foundation.errors import CheckpointMismatch, ModelNotFound
from .config_checks import check_sizes, check_types

CONFIG_FILE = "config.json"
WEIGHTS_FILE = "model.safetensors"
# transformers' save_pretrained splits a large model into model-0000N-of-0000M.safetensors and lists them here
SHARD_INDEX_FILE = "model.safetensors.index.json"
MAX_LISTED = 5


class ModelConfig:
    """Base of a model's settings dataclass, stored as config.json with its ``model_type``; reading
    refuses another model's config, and settings this version does not know unless
    ``ignore_unknown_settings`` (the zero-shot models' shipped configs, which newer versions may extend)."""

    model_type: ClassVar[str]
    ignore_unknown_settings: ClassVar[bool] = False

    def to_dict(self) -> dict:
        return {"model_type": self.model_type, **asdict(self)}

    @classmethod
    def from_dict(cls, data: dict):
        """The config from config.json's values; every value is checked (type, and bounds for sizes)
        before anything is built from it."""
        data = dict(data)
        model_type = data.pop("model_type", None)
        if model_type != cls.model_type:
            raise CheckpointMismatch(f"config.json describes a '{model_type}' model, not '{cls.model_type}'")
        known = {field.name for field in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown and not cls.ignore_unknown_settings:
            raise CheckpointMismatch(f"config.json has settings this version does not know: {unknown}")
        values = {key: value for key, value in data.items() if key in known}
        check_types(cls, values, CONFIG_FILE)
        check_sizes(values, CONFIG_FILE)
        return cls(**values)


def read_config(folder: Path) -> dict:
    path = Path(folder) / CONFIG_FILE
    if not path.is_file():
        raise ModelNotFound(f"{folder} is not a checkpoint folder: it has no {CONFIG_FILE}")
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:  # UTF-16 from an editor, or not text at all
        raise CheckpointMismatch(
            f"{path} is not UTF-8 text (byte {error.start}): save it as UTF-8"
        ) from error
    except json.JSONDecodeError as error:
        raise CheckpointMismatch(f"{path} is not valid JSON: {error}") from error
    if not isinstance(config, dict) or "model_type" not in config:
        raise CheckpointMismatch(f"{path} does not say which model it is (no 'model_type')")
    return config


def save_checkpoint(folder: Path, config: dict, tensors: dict[str, torch.Tensor]) -> None:
    """Write both files atomically (temp file + rename), so an interrupted save never leaves half a file."""
    safetensors_torch = require("safetensors.torch")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    # A copy of each: safetensors refuses tensors that share memory (SAM ties its two positional tables).
    weights = {name: tensor.detach().cpu().clone().contiguous() for name, tensor in tensors.items()}
    _atomic_write(folder / WEIGHTS_FILE, lambda path: safetensors_torch.save_file(weights, str(path)))
    write_config(folder, config)


def write_config(folder: Path, config: dict) -> None:
    """config.json (sorted, indented), written atomically; also for folders without trained weights."""
    text = json.dumps(config, indent=2, sort_keys=True) + "\n"
    _atomic_write(Path(folder) / CONFIG_FILE, lambda path: Path(path).write_text(text, encoding="utf-8"))


def _atomic_write(target: Path, write) -> None:
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(handle)
    try:
        write(temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_weights(folder: Path) -> dict[str, torch.Tensor]:
    """model.safetensors (or the shards its index lists), else a single .pt / .pth / .bin state dict
    loaded with weights_only=True."""
    folder = Path(folder)
    safetensors_file = folder / WEIGHTS_FILE
    if safetensors_file.is_file():
        return _read_safetensors(safetensors_file)
    if (folder / SHARD_INDEX_FILE).is_file():
        weights = {}
        for shard in _shards(folder / SHARD_INDEX_FILE):
            weights.update(_read_safetensors(shard))
        return weights
    pickles = sorted([*folder.glob("*.pt"), *folder.glob("*.pth"), *folder.glob("*.bin")])
    if len(pickles) == 1:
        state = load_pickled_tensors(pickles[0])
        return state.get("state_dict", state) if isinstance(state, dict) else state
    raise ModelNotFound(f"{folder} has no {WEIGHTS_FILE} (nor exactly one .pt/.pth/.bin file)")


def _read_safetensors(path: Path) -> dict[str, torch.Tensor]:
    try:
        return require("safetensors.torch").load_file(str(path))
    except FileNotFoundError as error:
        raise ModelNotFound(f"{path} is missing: copy or download it again") from error
    except Exception as error:  # safetensors raises its own error types for damaged files
        raise CheckpointMismatch(
            f"{path} is damaged or not a safetensors file ({error}); copy it again"
        ) from error


def _shards(index: Path) -> list[Path]:
    """The shard files an index names (its weight_map's values), in order."""
    try:
        weight_map = json.loads(index.read_text(encoding="utf-8"))["weight_map"]
        names = sorted(set(weight_map.values()))
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise CheckpointMismatch(f"{index} is not a shard index (no weight_map of file names)") from error
    if not all(isinstance(name, str) and Path(name).name == name for name in names):
        raise CheckpointMismatch(f"{index} names shard files outside its folder")
    return [index.parent / name for name in names]


def load_pickled_tensors(path: Path):
    """A .pt / .pth / .bin file read with ``weights_only=True``: tensors and plain containers only. A
    file that holds code is refused as it is; the protection is never turned off. Every refusal is one
    line naming the file (torch's own text would invite turning the protection off)."""
    try:
        return torch.load(path, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as error:
        if "global" in str(error).lower():  # torch names the class or function it would have to import
            raise CheckpointMismatch(
                f"{path} holds Python code besides tensors, so it is refused: rrsis_qgis reads only "
                "tensors from such files. Use the model's .safetensors file, or a checkpoint from a "
                "source you trust that holds tensors only."
            ) from error
        raise CheckpointMismatch(
            f"{path} is damaged or not a PyTorch file (no pickled tensors in it)"
        ) from error
    except Exception as error:  # a truncated or foreign file: torch.load's unpickler may raise anything
        detail = str(error).strip().splitlines()[0] if str(error).strip() else "no detail"
        raise CheckpointMismatch(
            f"{path} is damaged or not a PyTorch file ({type(error).__name__}: {detail})"
        ) from error


def load_trained_weights(
    model: nn.Module,
    folder: Path,
    expected: dict[str, torch.Tensor],
    renamed_prefixes: dict[str, str] | None = None,
) -> None:
    """Load the checkpoint's tensors into ``model``; every expected key must be there with its shape.
    ``renamed_prefixes`` (old -> new) reads tensors of checkpoints written before a module was renamed."""
    weights = read_weights(folder)
    for old, new in (renamed_prefixes or {}).items():
        weights = {new + name[len(old) :] if name.startswith(old) else name: t for name, t in weights.items()}
    missing = sorted(set(expected) - set(weights))
    unexpected = sorted(set(weights) - set(expected))
    wrong_shape = sorted(
        f"{name}: checkpoint {tuple(weights[name].shape)} vs model {tuple(tensor.shape)}"
        for name, tensor in expected.items()
        if name in weights and weights[name].shape != tensor.shape
    )
    check_tensor_names(f"checkpoint {folder}", missing, unexpected, wrong_shape)
    model.load_state_dict(weights, strict=False)


def check_tensor_names(
    source: str, missing: list[str], unexpected: list[str], wrong_shape: list[str]
) -> None:
    """Refuse a checkpoint that does not fit its model, naming the first tensors of each kind of misfit."""
    problems = [
        f"{label} ({len(items)}): {', '.join(items[:MAX_LISTED])}{' …' if len(items) > MAX_LISTED else ''}"
        for label, items in (("missing", missing), ("unexpected", unexpected), ("wrong shape", wrong_shape))
        if items
    ]
    if problems:
        raise CheckpointMismatch(f"{source} does not fit its model: " + "; ".join(problems))
