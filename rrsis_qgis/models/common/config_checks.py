"""Checks of a checkpoint's configs before anything is built from them.

A config.json edited by hand, damaged, or made to harm must fail with one line naming the key and its
value, not abort the process inside a tokenizer (a text length of a billion) or try to allocate
terabytes (a hidden size of a million). Our own configs and the encoders' transformers configs (with
their nested sub-configs) go through the same bounds; a model that would not fit in this machine's
memory is refused too.
"""

from __future__ import annotations

import os
import re
import types
import typing

from ...foundation.errors import CheckpointMismatch

# Size-like keys (lower case) and the largest value any published model of these families comes near,
# with a wide margin. The first pattern that matches a key decides.
SIZE_BOUNDS: list[tuple[re.Pattern, int]] = [
    (re.compile(r"vocab"), 2_000_000),
    (re.compile(r"(_length|_len|max_position_embeddings|_tokens)$"), 65_536),
    (re.compile(r"(layers|depths?|blocks|iterations|clusters|points|queries)"), 4_096),
    (re.compile(r"heads"), 1_024),
    (re.compile(r"(image_size|patch_size|_tile|_side|window)"), 16_384),
    (re.compile(r"(hidden|width|_dim|dim_|_size|channels|d_model|ffn)"), 131_072),
]
PARAMETER_BYTES = 4  # float32 while loading


def size_bound(key: str) -> int | None:
    key = key.lower()
    return next((bound for pattern, bound in SIZE_BOUNDS if pattern.search(key)), None)


def check_sizes(config: dict, source: str) -> None:
    """Every size-like number in ``config`` and its nested sub-configs is a whole number within its
    bound, and the transformer stacks it describes fit in this machine's memory."""
    for path, key, value in _items(config):
        bound = size_bound(key)
        if bound is None:
            continue
        for number in _flat(value):
            # Only whole numbers are sizes: floats are ratios or dropouts, strings are activation names.
            if isinstance(number, int) and not isinstance(number, bool) and not 0 <= number <= bound:
                raise CheckpointMismatch(
                    f"{source}: {path} = {number} is out of range (0 to {bound}); the file is damaged or "
                    "not a checkpoint of this model"
                )
    needed = sum(_parameters(part) for part in _dicts(config)) * PARAMETER_BYTES
    memory = _physical_memory()
    if memory and needed > memory:
        raise CheckpointMismatch(
            f"{source}: the model it describes needs about {needed / 2**30:.0f} GiB, more than this "
            f"machine's {memory / 2**30:.0f} GiB; the file is damaged or meant for another machine"
        )


def check_types(config_class, values: dict, source: str) -> None:
    """Each value has the type its dataclass field declares (a "sixteen" where a number belongs fails
    here, naming the key, instead of at predict time)."""
    hints = typing.get_type_hints(config_class)
    for key, value in values.items():
        hint = hints.get(key)
        if hint is not None and not _matches(value, hint):
            name = getattr(hint, "__name__", None) or str(hint).replace("typing.", "")
            raise CheckpointMismatch(f"{source}: {key} = {value!r} should be of type {name}")


def _matches(value, hint) -> bool:
    origin, arguments = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_matches(value, argument) for argument in arguments)
    if hint is type(None):
        return value is None
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is str:
        return isinstance(value, str)
    if origin in (tuple, list):
        return isinstance(value, (tuple, list)) and all(_matches(item, arguments[0]) for item in value)
    return True


def _items(config: dict, prefix: str = ""):
    for key, value in config.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            yield from _items(value, path + ".")
        else:
            yield path, key, value


def _flat(value):
    if isinstance(value, (list, tuple)):
        for item in value:
            yield from _flat(item)
    else:
        yield value


def _dicts(config: dict):
    yield config
    for value in config.values():
        if isinstance(value, dict):
            yield from _dicts(value)


def _first(config: dict, *keys: str) -> int:
    return next((config[key] for key in keys if isinstance(config.get(key), int)), 0)


def _parameters(config: dict) -> int:
    """A transformer stack's parameter count from its sizes (attention 4·H², MLP 2·H·I, embeddings V·H)."""
    width = _first(config, "hidden_size", "union_width", "d_model", "width")
    layers = (
        _first(config, "num_hidden_layers", "union_layers", "num_layers")
        + _first(config, "encoder_layers")
        + _first(config, "decoder_layers")
    )
    mlp = _first(config, "intermediate_size", "union_mlp_width", "encoder_ffn_dim") or 4 * width
    vocabulary = _first(config, "vocab_size")
    return layers * (4 * width * width + 2 * width * mlp) + vocabulary * width


def _physical_memory() -> int | None:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):  # not every platform has these
        return None
