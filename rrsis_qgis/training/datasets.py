"""Readers for the three dataset formats (README: Training and evaluation) into one ``Sample`` type, plus
text-aware augmentation.

- jsonl (the project's own): ``{split}.jsonl`` lines ``{"image": ..., "mask": ..., "sentence": ...}``.
- RRSIS-D: ``refs(unc).p`` (read with an unpickler that only builds builtin containers), COCO
  ``instances.json`` with RLE or polygon masks (decoded here, no pycocotools needed), ``images/``.
- RefSegRS: ``images/<id>.tif``, ``masks/<id>.tif``, ``output_phrase_{split}.txt`` lines ``<id> <sentence>``.
"""

from __future__ import annotations

import functools
import json
import pickle
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

FORMATS = ("jsonl", "rrsisd", "refsegrs")


@dataclass
class Sample:
    image: np.ndarray  # H x W x 3 uint8 RGB
    mask: np.ndarray  # H x W bool
    sentence: str
    meta: dict = field(default_factory=dict)


def read_rgb(path: Path) -> np.ndarray:
    with Image.open(path) as image:
        return np.asarray(image.convert("RGB"))


def read_mask(path: Path) -> np.ndarray:
    with Image.open(path) as image:
        array = np.asarray(image)
    return (array.max(axis=2) if array.ndim == 3 else array) > 0


class _LazySamples(Sequence):
    """A list of sample descriptions; images are read when a sample is asked for."""

    def __init__(self, records: list, sentences: list[str], load) -> None:
        # ``load`` is a module-level function (partially applied), never a closure: data-loading
        # processes receive it pickled (Python 3.14 starts them with forkserver, not fork).
        self.records = records
        self.sentences = sentences
        self._load = load

    def __len__(self) -> int:
        return len(self.records)

    def __getitem__(self, index: int) -> Sample:
        return self._load(self.records[index], index)


# ---- jsonl -----------------------------------------------------------------------------------------


def read_jsonl(root: Path, split: str) -> _LazySamples:
    root = Path(root)
    path = root / f"{split}.jsonl"
    if not path.is_file():
        raise FileNotFoundError(f"{path} does not exist: a jsonl dataset has one {{split}}.jsonl per split")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return _LazySamples(records, [record["sentence"] for record in records], functools.partial(_jsonl, root))


def _jsonl(root: Path, record: dict, index: int) -> Sample:
    meta = {key: value for key, value in record.items() if key not in ("image", "mask", "sentence")}
    return Sample(
        read_rgb(root / record["image"]),
        read_mask(root / record["mask"]),
        record["sentence"],
        {**meta, "index": index},
    )


# ---- RRSIS-D ---------------------------------------------------------------------------------------

_SAFE_BUILTINS = {"dict", "list", "tuple", "set", "frozenset", "str", "bytes", "int", "float", "bool"}


class _ContainersOnlyUnpickler(pickle.Unpickler):
    """Refuses every class and function: a refs file can only ever give lists, dicts and scalars."""

    def find_class(self, module: str, name: str):
        if module in ("builtins", "__builtin__") and name in _SAFE_BUILTINS:
            return super().find_class("builtins", name)
        raise pickle.UnpicklingError(f"refusing to load {module}.{name} from a refs file")


def load_refs(path: Path) -> list[dict]:
    with open(path, "rb") as stream:
        return _ContainersOnlyUnpickler(stream, encoding="latin1").load()


def decode_coco_rle(counts: str | bytes | list[int], height: int, width: int) -> np.ndarray:
    """COCO run-length encoding (compressed string or list of counts), column-major, to a bool mask."""
    if isinstance(counts, (str, bytes)):
        text = counts.encode() if isinstance(counts, str) else counts
        values: list[int] = []
        position = 0
        while position < len(text):
            value, shift, more = 0, 0, True
            while more:
                chunk = text[position] - 48
                value |= (chunk & 0x1F) << (5 * shift)
                more = bool(chunk & 0x20)
                position += 1
                shift += 1
                if not more and chunk & 0x10:
                    value |= -1 << (5 * shift)
            if len(values) > 2:
                value += values[-2]
            values.append(value)
        counts = values
    flat = np.zeros(height * width, dtype=bool)
    position = 0
    for run, length in enumerate(counts):
        if run % 2:
            flat[position : position + length] = True
        position += length
    return flat.reshape((width, height)).T


def _annotation_mask(annotation: dict, height: int, width: int) -> np.ndarray:
    segmentation = annotation["segmentation"]
    if isinstance(segmentation, dict):
        return decode_coco_rle(segmentation["counts"], *segmentation["size"])
    drawing = Image.new("L", (width, height), 0)
    draw = ImageDraw.Draw(drawing)
    for polygon in segmentation:
        draw.polygon([(polygon[i], polygon[i + 1]) for i in range(0, len(polygon), 2)], fill=1)
    return np.asarray(drawing, dtype=bool)


def read_rrsisd(root: Path, split: str) -> _LazySamples:
    root = Path(root)
    refs_path = next((p for p in (root / "refs(unc).p", root / "refs.p") if p.is_file()), None)
    if refs_path is None:
        raise FileNotFoundError(f"{root} has no refs(unc).p: not an RRSIS-D folder")
    coco = json.loads((root / "instances.json").read_text(encoding="utf-8"))
    annotations = {annotation["id"]: annotation for annotation in coco["annotations"]}
    images = {image["id"]: image for image in coco["images"]}
    files = {path.name: path for path in (root / "images").rglob("*") if path.is_file()}
    records = [
        (ref, sentence["sent"] if isinstance(sentence, dict) else str(sentence))
        for ref in load_refs(refs_path)
        if ref.get("split") == split
        for sentence in ref["sentences"]
    ]

    load = functools.partial(_rrsisd, images, annotations, files)
    return _LazySamples(records, [sentence for _, sentence in records], load)


def _rrsisd(images: dict, annotations: dict, files: dict, record, index: int) -> Sample:
    ref, sentence = record
    image_info = images[ref["image_id"]]
    name = Path(image_info.get("file_name", ref.get("file_name", ""))).name
    mask = _annotation_mask(annotations[ref["ann_id"]], image_info["height"], image_info["width"])
    return Sample(read_rgb(files[name]), mask, sentence, {"ref_id": ref.get("ref_id"), "index": index})


# ---- RefSegRS --------------------------------------------------------------------------------------


def read_refsegrs(root: Path, split: str) -> _LazySamples:
    root = Path(root)
    path = root / f"output_phrase_{split}.txt"
    if not path.is_file():
        raise FileNotFoundError(f"{path} does not exist: not a RefSegRS folder (or no '{split}' split)")
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            image_id, sentence = line.strip().split(maxsplit=1)
            records.append((image_id, sentence))

    return _LazySamples(records, [sentence for _, sentence in records], functools.partial(_refsegrs, root))


def _refsegrs(root: Path, record, index: int) -> Sample:
    image_id, sentence = record
    return Sample(
        read_rgb(root / "images" / f"{image_id}.tif"),
        read_mask(root / "masks" / f"{image_id}.tif"),
        sentence,
        {"image_id": image_id, "index": index},
    )


def read_dataset(root: Path, data_format: str, split: str) -> _LazySamples:
    readers = {"jsonl": read_jsonl, "rrsisd": read_rrsisd, "refsegrs": read_refsegrs}
    if data_format not in readers:
        raise ValueError(f"unknown dataset format {data_format!r}; choose one of {', '.join(FORMATS)}")
    return readers[data_format](root, split)


# ---- augmentation ----------------------------------------------------------------------------------

HORIZONTAL_SWAPS = {"left": "right", "leftmost": "rightmost", "west": "east"}
VERTICAL_SWAPS = {"top": "bottom", "above": "below", "upper": "lower", "north": "south"}


def _swap_words(sentence: str, pairs: dict[str, str]) -> str:
    table = {**pairs, **{b: a for a, b in pairs.items()}}
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, table)) + r")\b", re.IGNORECASE)
    return pattern.sub(lambda match: table[match.group(0).lower()], sentence)


def flip(sample: Sample, horizontal: bool) -> Sample:
    """Mirror the scene and swap the direction words, so the sentence stays true."""
    axis = 1 if horizontal else 0
    return replace(
        sample,
        image=np.ascontiguousarray(np.flip(sample.image, axis)),
        mask=np.ascontiguousarray(np.flip(sample.mask, axis)),
        sentence=_swap_words(sample.sentence, HORIZONTAL_SWAPS if horizontal else VERTICAL_SWAPS),
    )


def augment(sample: Sample, rng: np.random.Generator) -> Sample:
    """Random text-consistent flips and a mild brightness change (colours are referred to: no hue shift)."""
    if rng.random() < 0.5:
        sample = flip(sample, horizontal=True)
    if rng.random() < 0.5:
        sample = flip(sample, horizontal=False)
    gain = rng.uniform(0.9, 1.1)
    image = np.clip(sample.image.astype(np.float32) * gain, 0, 255).astype(np.uint8)
    return replace(sample, image=image)
