"""Procedural referring-expression scenes: aerial-like images, objects with known masks, and sentences
that refer unambiguously to exactly the masked object(s).

A scene holds 3-8 objects (building, storage tank, ship, vehicle, tree, pond, at most one road) on a
grass / soil texture. Each sample picks one expression type (class, attribute, absolute position,
relation, ordinal, plural), lists every expression of that type that singles out its target set in
this scene, and draws one. Everything comes from ``numpy.random.default_rng((seed, split, index))``, so
a sample does not depend on how many others were generated before it.
"""

from __future__ import annotations

import io
import json
import multiprocessing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

COLOURS: dict[str, tuple[int, int, int]] = {
    "red": (200, 45, 40),
    "white": (236, 236, 230),
    "blue": (45, 80, 205),
    "green": (60, 175, 70),
    "grey": (128, 128, 132),
    "yellow": (228, 200, 45),
}
# Classes whose colour varies (and may be named); trees, ponds and roads have their natural colour.
COLOURED_CLASSES = ("building", "tank", "ship", "vehicle")
PLURALS = {
    "building": "buildings",
    "tank": "tanks",
    "ship": "ships",
    "vehicle": "vehicles",
    "tree": "trees",
    "pond": "ponds",
    "road": "roads",
}
ORDINALS = ("first", "second", "third", "fourth")
EXPRESSION_TYPES = ("class", "attribute", "position", "relation", "ordinal", "plural")
SPLITS = ("train", "val", "test")
# Size ranges in fractions of the image side: (small, large) per class.
SIZES = {
    "building": ((0.09, 0.13), (0.17, 0.23)),
    "tank": ((0.035, 0.045), (0.065, 0.085)),
    "ship": ((0.12, 0.15), (0.2, 0.26)),
    "vehicle": ((0.05, 0.065), (0.08, 0.1)),
    "tree": ((0.035, 0.045), (0.06, 0.075)),
    "pond": ((0.06, 0.08), (0.1, 0.13)),
}
REGIONS = {  # name -> (column, row) in a 3 x 3 grid
    "top left": (0, 0),
    "top": (1, 0),
    "top right": (2, 0),
    "left": (0, 1),
    "center": (1, 1),
    "right": (2, 1),
    "bottom left": (0, 2),
    "bottom": (1, 2),
    "bottom right": (2, 2),
}


@dataclass(eq=False)  # objects are compared by identity, never by their mask arrays
class SceneObject:
    kind: str
    colour: str
    size: str  # "small" | "large"
    mask: np.ndarray  # H x W bool

    def __post_init__(self) -> None:
        per_column, per_row = self.mask.sum(axis=0), self.mask.sum(axis=1)
        columns, rows = np.flatnonzero(per_column), np.flatnonzero(per_row)
        self.top, self.bottom = int(rows[0]), int(rows[-1])
        self.left, self.right = int(columns[0]), int(columns[-1])
        area = per_column.sum()
        self.cx = float(per_column @ np.arange(per_column.size) / area)
        self.cy = float(per_row @ np.arange(per_row.size) / area)

    @property
    def box(self) -> tuple[slice, slice]:
        """Rows and columns around the object with room for its shadow."""
        height, width = self.mask.shape
        return (
            slice(max(self.top - 1, 0), min(self.bottom + 4, height)),
            slice(max(self.left - 1, 0), min(self.right + 4, width)),
        )


@dataclass
class Referral:
    sentence: str
    targets: list[SceneObject]
    kind: str  # expression type


@dataclass
class SyntheticSample:
    image: np.ndarray  # H x W x 3 uint8
    mask: np.ndarray  # H x W bool, exactly the referred objects
    sentence: str
    expression_type: str
    objects: list[SceneObject]


# ---- drawing ---------------------------------------------------------------------------------------


def _smooth_noise(rng: np.random.Generator, size: int, cells: int) -> np.ndarray:
    """Values in [0, 1], smooth at the scale size / cells (bilinear upsampling of random cells)."""
    coarse = Image.fromarray((rng.random((cells, cells)) * 255).astype(np.uint8))
    return np.asarray(coarse.resize((size, size), Image.BILINEAR), dtype=np.float32) / 255.0


def _background(rng: np.random.Generator, size: int) -> np.ndarray:
    grass = (np.array([70, 105, 50]) + rng.uniform(-12, 12, 3)).astype(np.float32)
    soil = (np.array([140, 120, 85]) + rng.uniform(-12, 12, 3)).astype(np.float32)
    blend = _smooth_noise(rng, size, 4) * np.float32(rng.uniform(0.2, 0.9))
    shade = np.float32(0.85) + np.float32(0.3) * _smooth_noise(rng, size, 24)
    grain = (rng.random((size, size), dtype=np.float32) - np.float32(0.5)) * np.float32(20.0)
    image = (grass + (soil - grass) * blend[..., None]) * shade[..., None]
    image += grain[..., None]
    return image


def _window(size: int, cx: float, cy: float, half_w: float, half_h: float):
    """A full-size mask and the open grids of the box around a shape (shapes are drawn in their box)."""
    x0, x1 = max(int(cx - half_w) - 1, 0), min(int(cx + half_w) + 2, size)
    y0, y1 = max(int(cy - half_h) - 1, 0), min(int(cy + half_h) + 2, size)
    y, x = np.ogrid[y0:y1, x0:x1]
    return np.zeros((size, size), dtype=bool), (slice(y0, y1), slice(x0, x1)), y, x


def _ellipse(size: int, cx: float, cy: float, rx: float, ry: float) -> np.ndarray:
    mask, box, y, x = _window(size, cx, cy, rx, ry)
    mask[box] = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1.0
    return mask


def _rectangle(size: int, cx: float, cy: float, half_w: float, half_h: float) -> np.ndarray:
    mask, box, y, x = _window(size, cx, cy, half_w, half_h)
    mask[box] = (np.abs(x - cx) <= half_w) & (np.abs(y - cy) <= half_h)
    return mask


def _shape_mask(rng: np.random.Generator, kind: str, size_name: str, image_size: int, cx: float, cy: float):
    low, high = SIZES[kind][size_name == "large"]
    extent = rng.uniform(low, high) * image_size
    if kind == "building":
        return _rectangle(image_size, cx, cy, extent / 2, extent * rng.uniform(0.3, 0.5))
    if kind == "tank":
        return _ellipse(image_size, cx, cy, extent, extent)
    if kind == "ship":
        along, across = extent / 2, extent / 7
        horizontal = rng.random() < 0.5
        return _ellipse(image_size, cx, cy, along if horizontal else across, across if horizontal else along)
    if kind == "vehicle":
        horizontal = rng.random() < 0.5
        long_side, short_side = extent / 2, extent / 4
        return _rectangle(
            image_size,
            cx,
            cy,
            long_side if horizontal else short_side,
            short_side if horizontal else long_side,
        )
    if kind == "tree":  # a crown of three overlapping discs
        mask = _ellipse(image_size, cx, cy, extent, extent)
        for _ in range(2):
            dx, dy = rng.uniform(-0.6, 0.6, 2) * extent
            mask |= _ellipse(image_size, cx + dx, cy + dy, extent * 0.7, extent * 0.7)
        return mask
    # pond: a blobby ellipse
    mask = _ellipse(image_size, cx, cy, extent * rng.uniform(1.0, 1.5), extent)
    dx, dy = rng.uniform(-0.5, 0.5, 2) * extent
    return mask | _ellipse(image_size, cx + dx, cy + dy, extent * 0.8, extent * 0.7)


def _colour_for(rng: np.random.Generator, kind: str) -> str:
    if kind in COLOURED_CLASSES:
        return str(rng.choice(list(COLOURS)))
    return {"tree": "green", "pond": "blue", "road": "grey"}[kind]


def _paint(image: np.ndarray, obj: SceneObject, rng: np.random.Generator) -> None:
    natural = {"tree": (35, 95, 35), "pond": (40, 70, 110), "road": (105, 105, 108)}
    base = (np.array(natural.get(obj.kind, COLOURS[obj.colour])) + rng.uniform(-10, 10, 3)).astype(np.float32)
    rows, columns = obj.box
    patch, inside = image[rows, columns], obj.mask[rows, columns]
    # A soft shadow to the bottom right gives objects height.
    shadow = np.zeros_like(inside)
    shadow[2:, 2:] = inside[:-2, :-2]
    patch[shadow & ~inside] *= np.float32(0.6)
    patch[inside] = base
    y, x = np.ogrid[rows, columns]
    if obj.kind == "tank":  # a darker rim makes tanks round structures, not discs of paint
        rx, ry = (obj.right - obj.left) / 2 - 1.5, (obj.bottom - obj.top) / 2 - 1.5
        patch[inside & (((x - obj.cx) / rx) ** 2 + ((y - obj.cy) / ry) ** 2 > 1.0)] = base * np.float32(0.6)
    elif obj.kind == "building":  # a roof ridge
        patch[inside & (np.abs(y - obj.cy) < 1.0)] = base * np.float32(0.7)


# ---- scenes ----------------------------------------------------------------------------------------


def _place_objects(rng: np.random.Generator, size: int) -> list[SceneObject]:
    occupied = np.zeros((size, size), dtype=bool)
    objects: list[SceneObject] = []
    if rng.random() < 0.35:
        width = rng.uniform(0.04, 0.06) * size
        centre = rng.uniform(0.25, 0.75) * size
        horizontal = rng.random() < 0.5
        band = _rectangle(
            size,
            centre if not horizontal else size / 2,
            centre if horizontal else size / 2,
            size if horizontal else width / 2,
            width / 2 if horizontal else size,
        )
        objects.append(SceneObject("road", "grey", "large", band))
        occupied |= band
    total = int(rng.integers(3, 9))
    kinds = list(SIZES)
    # Several objects of a class make positions, ordinals and plurals meaningful.
    favourite = str(rng.choice(kinds))
    for _ in range(total * 20):
        if len(objects) >= total:
            break
        kind = favourite if rng.random() < 0.4 else str(rng.choice(kinds))
        size_name = "large" if rng.random() < 0.5 else "small"
        cx, cy = rng.uniform(0.08, 0.92, 2) * size
        mask = _shape_mask(rng, kind, size_name, size, cx, cy)
        if mask.sum() < 12:
            continue
        candidate = SceneObject(kind, _colour_for(rng, kind), size_name, mask)
        # Keep a few pixels between objects (their boxes) and away from the border.
        halo = (
            slice(max(candidate.top - 3, 0), candidate.bottom + 4),
            slice(max(candidate.left - 3, 0), candidate.right + 4),
        )
        touches_border = (
            min(candidate.top, candidate.left) == 0 or max(candidate.bottom, candidate.right) == size - 1
        )
        if touches_border or occupied[halo].any():
            continue
        occupied[halo] = True
        objects.append(candidate)
    return objects


def _same_kind(objects: list[SceneObject], kind: str) -> list[SceneObject]:
    return [obj for obj in objects if obj.kind == kind]


def _class_referrals(objects: list[SceneObject], size: int) -> Iterator[Referral]:
    for obj in objects:
        if len(_same_kind(objects, obj.kind)) == 1:
            yield Referral(f"the {obj.kind}", [obj], "class")


def _attribute_referrals(objects: list[SceneObject], size: int) -> Iterator[Referral]:
    for obj in objects:
        peers = _same_kind(objects, obj.kind)
        if len(peers) < 2:
            continue
        options = (
            [("size",), ("colour",), ("size", "colour")] if obj.kind in COLOURED_CLASSES else [("size",)]
        )
        for attributes in options:
            matching = [p for p in peers if all(getattr(p, a) == getattr(obj, a) for a in attributes)]
            if len(matching) == 1:
                words = " ".join(getattr(obj, a) for a in attributes)
                yield Referral(f"the {words} {obj.kind}", [obj], "attribute")


def _region_of(obj: SceneObject, size: int) -> tuple[int, int] | None:
    """The 3 x 3 cell holding the object's centre, or None when the centre is near a cell border."""
    cell = size / 3
    column, row = int(obj.cx // cell), int(obj.cy // cell)
    margin = 0.08 * cell
    if min(obj.cx % cell, cell - obj.cx % cell, obj.cy % cell, cell - obj.cy % cell) < margin:
        return None
    return column, row


def _position_referrals(objects: list[SceneObject], size: int) -> Iterator[Referral]:
    for name, cell in REGIONS.items():
        for obj in objects:
            if obj.kind == "road" or _region_of(obj, size) != cell:
                continue
            rivals = [o for o in _same_kind(objects, obj.kind) if o is not obj]
            # Unambiguous: the only one of its class there, and its peers are clearly elsewhere.
            if all(_region_of(o, size) not in (cell, None) for o in rivals) and rivals:
                preposition = {"top": "at", "bottom": "at", "left": "on", "right": "on"}.get(name, "in")
                yield Referral(f"the {obj.kind} {preposition} the {name}", [obj], "position")


RELATIONS: dict[str, Callable[[SceneObject, SceneObject, float], bool]] = {
    # target is <relation> anchor, with a gap so that "left of" is plain to see
    "left of": lambda t, a, gap: t.right + gap < a.left,
    "right of": lambda t, a, gap: t.left > a.right + gap,
    "above": lambda t, a, gap: t.bottom + gap < a.top,
    "below": lambda t, a, gap: t.top > a.bottom + gap,
}


def _relation_referrals(objects: list[SceneObject], size: int) -> Iterator[Referral]:
    gap = 0.02 * size
    anchors = [o for o in objects if len(_same_kind(objects, o.kind)) == 1]
    for anchor in anchors:
        for relation, holds in RELATIONS.items():
            for kind in {o.kind for o in objects if o is not anchor}:
                peers = _same_kind(objects, kind)
                if len(peers) < 2:  # with one of a kind, "the ship" alone would do
                    continue
                satisfied = [p for p in peers if holds(p, anchor, gap)]
                # The others must clearly fail (not be borderline cases of the relation).
                clearly_not = [p for p in peers if p not in satisfied and not holds(p, anchor, -gap)]
                if len(satisfied) == 1 and len(clearly_not) == len(peers) - 1:
                    yield Referral(f"the {kind} {relation} the {anchor.kind}", satisfied, "relation")


def _ordinal_referrals(objects: list[SceneObject], size: int) -> Iterator[Referral]:
    gap = 0.03 * size
    for kind in {o.kind for o in objects if o.kind != "road"}:
        peers = _same_kind(objects, kind)
        if len(peers) < 2:
            continue
        for side, key, reverse in (
            ("left", "cx", False),
            ("right", "cx", True),
            ("top", "cy", False),
            ("bottom", "cy", True),
        ):
            ordered = sorted(peers, key=lambda o: getattr(o, key), reverse=reverse)
            positions = [getattr(o, key) for o in ordered]
            if min(abs(a - b) for a, b in zip(positions, positions[1:])) < gap:
                continue
            for index, obj in enumerate(ordered[: len(ORDINALS)]):
                yield Referral(f"the {ORDINALS[index]} {kind} from the {side}", [obj], "ordinal")


def _plural_referrals(objects: list[SceneObject], size: int) -> Iterator[Referral]:
    for kind in {o.kind for o in objects if o.kind != "road"}:
        peers = _same_kind(objects, kind)
        if len(peers) >= 2:
            yield Referral(f"all {PLURALS[kind]}", peers, "plural")
            if kind in COLOURED_CLASSES:
                for colour in {p.colour for p in peers}:
                    same = [p for p in peers if p.colour == colour]
                    if 2 <= len(same) < len(peers):
                        yield Referral(f"all {colour} {PLURALS[kind]}", same, "plural")


REFERRERS = {
    "class": _class_referrals,
    "attribute": _attribute_referrals,
    "position": _position_referrals,
    "relation": _relation_referrals,
    "ordinal": _ordinal_referrals,
    "plural": _plural_referrals,
}


def referrals(objects: list[SceneObject], size: int, expression_type: str) -> list[Referral]:
    """Every unambiguous expression of one type for this scene, in a deterministic order."""
    return sorted(REFERRERS[expression_type](objects, size), key=lambda r: r.sentence)


def generate_scene(
    seed: int, split: str, index: int, size: int = 256, expressions: int = 1
) -> list[SyntheticSample]:
    """One scene and up to ``expressions`` sentences about it, each with a different target set.

    Several sentences per image make the text matter: the same picture asks for different objects."""
    rng = np.random.default_rng((seed, SPLITS.index(split), index))
    start = EXPRESSION_TYPES.index(EXPRESSION_TYPES[index % len(EXPRESSION_TYPES)])  # balanced types
    order = EXPRESSION_TYPES[start:] + EXPRESSION_TYPES[:start]
    for attempt in range(100):
        objects = _place_objects(rng, size)
        # A few fresh scenes for the preferred type before settling for another one.
        if attempt < 4 and not referrals(objects, size, order[0]):
            continue
        chosen: list[Referral] = []
        for expression_type in order:
            candidates = [
                r
                for r in referrals(objects, size, expression_type)
                if all({id(t) for t in r.targets} != {id(t) for t in c.targets} for c in chosen)
            ]
            if candidates:
                chosen.append(candidates[int(rng.integers(len(candidates)))])
            if len(chosen) == expressions:
                break
        if chosen:
            image = _background(rng, size)
            for obj in objects:
                _paint(image, obj, rng)
            image = np.clip(image, 0, 255).astype(np.uint8)
            return [
                SyntheticSample(
                    image, _union(referral.targets, size), referral.sentence, referral.kind, objects
                )
                for referral in chosen
            ]
    raise RuntimeError(f"no referring expression found for scene {split} {index} of seed {seed}")


def generate_sample(seed: int, split: str, index: int, size: int = 256) -> SyntheticSample:
    """The first sentence of scene ``index`` (of the preferred expression type when the scene allows)."""
    return generate_scene(seed, split, index, size, expressions=1)[0]


def _union(targets: list[SceneObject], size: int) -> np.ndarray:
    mask = np.zeros((size, size), dtype=bool)
    for target in targets:
        mask |= target.mask
    return mask


def _png(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(array).save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()


def _encoded_scene(job: tuple[int, str, int, int, int]) -> list[tuple[bytes, bytes, str, str]]:
    """One scene as PNG bytes (image, mask, sentence, type) per sentence (encoded in the worker)."""
    seed, split, scene, size, expressions = job
    samples = generate_scene(seed, split, scene, size, expressions)
    image = _png(samples[0].image)
    return [
        (image, _png(sample.mask.astype(np.uint8) * 255), sample.sentence, sample.expression_type)
        for sample in samples
    ]


def write_dataset(
    out: Path,
    counts: dict[str, int],
    seed: int,
    size: int = 256,
    expressions_per_scene: int = 1,
    workers: int = 1,
) -> None:
    """A jsonl dataset (the README's format): images/, masks/ and one {split}.jsonl per split with ``counts``
    sentences each; up to ``expressions_per_scene`` of them share one image. ``workers`` processes
    generate scenes in parallel; the files are the same for any number of workers."""
    out = Path(out)
    (out / "images").mkdir(parents=True, exist_ok=True)
    (out / "masks").mkdir(parents=True, exist_ok=True)
    pool = multiprocessing.get_context("spawn").Pool(workers) if workers > 1 else None
    try:
        for split, count in counts.items():
            lines: list[str] = []
            scene = 0
            while len(lines) < count:
                # Scenes may hold fewer sentences than asked for: issue another round until the count is met.
                first, scene = scene, scene + -(-(count - len(lines)) // expressions_per_scene)
                jobs = [(seed, split, index, size, expressions_per_scene) for index in range(first, scene)]
                encoded_scenes = (
                    pool.imap(_encoded_scene, jobs, chunksize=8) if pool else map(_encoded_scene, jobs)
                )
                for index, encoded in zip(range(first, scene), encoded_scenes):
                    stem = f"{split}_{index:06d}"
                    encoded = encoded[: count - len(lines)]
                    if not encoded:
                        break
                    (out / "images" / f"{stem}.png").write_bytes(encoded[0][0])
                    for number, (_, mask, sentence, kind) in enumerate(encoded):
                        mask_name = f"masks/{stem}_{number}.png"
                        (out / mask_name).write_bytes(mask)
                        record = {"image": f"images/{stem}.png", "mask": mask_name, "sentence": sentence}
                        lines.append(json.dumps({**record, "type": kind}))
            text = "\n".join(lines) + ("\n" if lines else "")
            (out / f"{split}.jsonl").write_text(text, encoding="utf-8")
    finally:
        if pool:
            pool.terminate()


def write_geotiff(
    sample: SyntheticSample, path: Path, crs: str = "EPSG:32613", pixel_size: float = 0.5
) -> Path:
    """The scene as a georeferenced RGB GeoTIFF (UTM 13N near Rocky Mountain NP by default)."""
    import rasterio
    from rasterio.transform import from_origin

    height, width = sample.mask.shape
    profile = dict(driver="GTiff", width=width, height=height, count=3, dtype="uint8", crs=crs)
    with rasterio.open(
        path, "w", transform=from_origin(450000, 4440000, pixel_size, pixel_size), **profile
    ) as dst:
        dst.write(np.moveaxis(sample.image, -1, 0))
    return Path(path)
