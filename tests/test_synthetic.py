"""Synthetic referring scenes: deterministic, balanced, and every sentence means exactly its mask.

The sentences are checked by an interpreter written here from the grammar's plain meaning (not from the
generator's code): it finds every object the sentence can describe and must find exactly the target set.
"""

from __future__ import annotations

import json
import re

import numpy as np
import pytest
from PIL import Image

from rrsis_qgis.cli import main
from rrsis_qgis.training.synthetic import EXPRESSION_TYPES, PLURALS, REGIONS, generate_sample, generate_scene

SIZE = 256
SINGULAR = {plural: kind for kind, plural in PLURALS.items()}
ORDINAL_INDEX = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _cell(obj):
    return int(obj.cx // (SIZE / 3)), int(obj.cy // (SIZE / 3))


def interpret(sentence: str, objects) -> list:
    """Every object the sentence describes, read with the grammar's plain meaning."""
    if match := re.fullmatch(r"all (?:(\w+) )?(\w+)", sentence):
        colour, kind = match.group(1), SINGULAR[match.group(2)]
        return [o for o in objects if o.kind == kind and colour in (None, o.colour)]
    if match := re.fullmatch(r"the (\w+) (\w+) from the (left|right|top|bottom)", sentence):
        peers = [o for o in objects if o.kind == match.group(2)]
        key = {
            "left": lambda o: o.cx,
            "right": lambda o: -o.cx,
            "top": lambda o: o.cy,
            "bottom": lambda o: -o.cy,
        }
        return [sorted(peers, key=key[match.group(3)])[ORDINAL_INDEX[match.group(1)]]]
    if match := re.fullmatch(r"the (\w+) (?:in|at|on) the ([\w ]+)", sentence):
        return [o for o in objects if o.kind == match.group(1) and _cell(o) == REGIONS[match.group(2)]]
    if match := re.fullmatch(r"the (\w+) (left of|right of|above|below) the (\w+)", sentence):
        anchors = [o for o in objects if o.kind == match.group(3)]
        assert len(anchors) == 1, f"anchor of {sentence!r} is ambiguous"
        anchor = anchors[0]
        relation = {
            "left of": lambda o: o.right < anchor.left,
            "right of": lambda o: o.left > anchor.right,
            "above": lambda o: o.bottom < anchor.top,
            "below": lambda o: o.top > anchor.bottom,
        }[match.group(2)]
        return [o for o in objects if o.kind == match.group(1) and relation(o)]
    words = sentence.split()
    assert words[0] == "the", sentence
    kind, attributes = words[-1], words[1:-1]
    return [o for o in objects if o.kind == kind and all(word in (o.size, o.colour) for word in attributes)]


@pytest.mark.parametrize("index", range(240))
def test_sentence_refers_to_exactly_the_masked_objects(index):
    sample = generate_sample(seed=7, split="train", index=index, size=SIZE)
    referred = interpret(sample.sentence, sample.objects)
    assert referred, f"{sample.sentence!r} refers to nothing"
    if not sample.sentence.startswith("all "):
        assert len(referred) == 1, f"{sample.sentence!r} is ambiguous: {len(referred)} objects fit"
    expected = np.zeros((SIZE, SIZE), dtype=bool)
    for obj in referred:
        expected |= obj.mask
    assert sample.mask.any()
    np.testing.assert_array_equal(sample.mask, expected)


@pytest.mark.parametrize("index", range(40))
def test_sentences_about_one_scene_each_mean_their_own_targets(index):
    samples = generate_scene(seed=9, split="val", index=index, size=SIZE, expressions=3)
    assert len({s.sentence for s in samples}) == len(samples)
    masks = [s.mask.tobytes() for s in samples]
    assert len(set(masks)) == len(masks)  # different objects each time
    for sample in samples:
        assert np.array_equal(sample.image, samples[0].image)
        expected = np.zeros((SIZE, SIZE), dtype=bool)
        for obj in interpret(sample.sentence, sample.objects):
            expected |= obj.mask
        np.testing.assert_array_equal(sample.mask, expected)


def test_same_seed_same_sample_other_seed_other_sample():
    first, again = generate_sample(3, "val", 5), generate_sample(3, "val", 5)
    assert first.sentence == again.sentence
    np.testing.assert_array_equal(first.image, again.image)
    np.testing.assert_array_equal(first.mask, again.mask)
    other = generate_sample(4, "val", 5)
    assert not np.array_equal(first.image, other.image)


def test_expression_types_are_balanced_and_scenes_hold_3_to_8_objects():
    samples = [generate_sample(11, "train", index) for index in range(60)]
    counts = {kind: sum(s.expression_type == kind for s in samples) for kind in EXPRESSION_TYPES}
    assert all(count >= 6 for count in counts.values()), counts
    assert all(3 <= len(s.objects) <= 8 for s in samples)


def test_synth_command_writes_a_jsonl_dataset(tmp_path):
    assert (
        main(["synth", "--out", str(tmp_path), "--train", "4", "--val", "2", "--test", "2", "--size", "128"])
        == 0
    )
    lines = [json.loads(line) for line in (tmp_path / "train.jsonl").read_text().splitlines()]
    assert len(lines) == 4 and len((tmp_path / "test.jsonl").read_text().splitlines()) == 2
    image = np.asarray(Image.open(tmp_path / lines[0]["image"]))
    mask = np.asarray(Image.open(tmp_path / lines[0]["mask"]))
    assert image.shape == (128, 128, 3) and mask.shape == (128, 128)
    assert set(np.unique(mask)) == {0, 255}
    assert lines[0]["sentence"] == generate_sample(0, "train", 0, 128).sentence


def test_synth_per_scene_shares_images(tmp_path):
    assert (
        main(
            ["synth", "--out", str(tmp_path), "--train", "7", "--val", "0", "--test", "0", "--per-scene", "3"]
        )
        == 0
    )
    lines = [json.loads(line) for line in (tmp_path / "train.jsonl").read_text().splitlines()]
    assert len(lines) == 7
    assert len({line["image"] for line in lines}) == 3  # 3 + 3 + 1
    assert len({line["mask"] for line in lines}) == 7


def test_synth_workers_write_the_same_files(tmp_path):
    arguments = ["synth", "--train", "10", "--val", "2", "--test", "0", "--per-scene", "3", "--size", "96"]
    assert main([*arguments, "--out", str(tmp_path / "one")]) == 0
    assert main([*arguments, "--out", str(tmp_path / "two"), "--workers", "2"]) == 0
    one = sorted(path.relative_to(tmp_path / "one") for path in (tmp_path / "one").rglob("*.*"))
    two = sorted(path.relative_to(tmp_path / "two") for path in (tmp_path / "two").rglob("*.*"))
    assert one == two and len(one) == 3 + 5 + 12  # jsonl files, images (4 + 1 scenes), masks
    assert all(
        (tmp_path / "one" / path).read_bytes() == (tmp_path / "two" / path).read_bytes() for path in one
    )
