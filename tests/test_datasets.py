"""Dataset readers (jsonl, RRSIS-D, RefSegRS) on small fixtures built here, and text-aware augmentation."""

from __future__ import annotations

import collections
import json
import pickle

import numpy as np
import pytest
from PIL import Image

from rrsis_qgis.training.datasets import (
    Sample,
    augment,
    decode_coco_rle,
    flip,
    load_refs,
    read_dataset,
)


def _save_rgb(path, array):
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(array).save(path)


def _scene(height=12, width=16, seed=0):
    return np.random.default_rng(seed).integers(0, 256, size=(height, width, 3), dtype=np.uint8)


def encode_coco_rle(mask: np.ndarray) -> str:
    """COCO's compressed RLE string (column-major), written from the format description."""
    flat = mask.T.reshape(-1)
    counts, value, run = [], False, 0
    for pixel in flat:
        if pixel != value:
            counts.append(run)
            value, run = pixel, 0
        run += 1
    counts.append(run)
    text = []
    for index, count in enumerate(counts):
        x = count - counts[index - 2] if index > 2 else count
        more = True
        while more:
            chunk = x & 0x1F
            x >>= 5
            more = x != -1 if chunk & 0x10 else x != 0
            text.append(chr((chunk | 0x20 if more else chunk) + 48))
    return "".join(text)


def test_coco_rle_decodes_a_hand_made_string_and_counts():
    centre = np.zeros((3, 3), dtype=bool)
    centre[1, 1] = True
    np.testing.assert_array_equal(decode_coco_rle("414", 3, 3), centre)  # runs 4 off, 1 on, 4 off
    np.testing.assert_array_equal(decode_coco_rle([4, 1, 4], 3, 3), centre)
    blob = np.random.default_rng(5).random((23, 31)) > 0.6
    np.testing.assert_array_equal(decode_coco_rle(encode_coco_rle(blob), 23, 31), blob)


def test_jsonl_reader(tmp_path):
    image = _scene()
    _save_rgb(tmp_path / "images" / "a.png", image)
    Image.fromarray((np.eye(12, 16) * 255).astype(np.uint8)).save(tmp_path / "a_mask.png")
    record = {"image": "images/a.png", "mask": "a_mask.png", "sentence": "the white tank", "type": "class"}
    (tmp_path / "val.jsonl").write_text(json.dumps(record) + "\n")
    samples = read_dataset(tmp_path, "jsonl", "val")
    assert len(samples) == 1 and samples.sentences == ["the white tank"]
    sample = samples[0]
    np.testing.assert_array_equal(sample.image, image)
    np.testing.assert_array_equal(sample.mask, np.eye(12, 16, dtype=bool))
    assert sample.meta == {"type": "class", "index": 0}
    with pytest.raises(FileNotFoundError, match=r"test\.jsonl"):
        read_dataset(tmp_path, "jsonl", "test")


def test_rrsisd_reader_with_rle_and_polygon_masks(tmp_path):
    image = _scene(20, 30)
    _save_rgb(tmp_path / "images" / "rrsisd" / "JPEGImages" / "00001.png", image)
    tank = np.zeros((20, 30), dtype=bool)
    tank[4:9, 10:16] = True
    coco = {
        "images": [{"id": 1, "file_name": "00001.png", "height": 20, "width": 30}],
        "annotations": [
            {"id": 10, "image_id": 1, "segmentation": {"size": [20, 30], "counts": encode_coco_rle(tank)}},
            {"id": 11, "image_id": 1, "segmentation": [[0, 0, 5, 0, 5, 5, 0, 5]]},
        ],
    }
    (tmp_path / "instances.json").write_text(json.dumps(coco))
    refs = [
        {
            "ref_id": 1,
            "image_id": 1,
            "ann_id": 10,
            "split": "train",
            "sentences": [{"sent": "the tank"}, {"sent": "a tank"}],
        },
        {"ref_id": 2, "image_id": 1, "ann_id": 11, "split": "train", "sentences": [{"sent": "the corner"}]},
        {"ref_id": 3, "image_id": 1, "ann_id": 11, "split": "test", "sentences": [{"sent": "held out"}]},
    ]
    (tmp_path / "refs(unc).p").write_bytes(pickle.dumps(refs))
    samples = read_dataset(tmp_path, "rrsisd", "train")
    assert samples.sentences == ["the tank", "a tank", "the corner"]
    np.testing.assert_array_equal(samples[0].mask, tank)
    np.testing.assert_array_equal(samples[0].image, image)
    assert samples[2].mask[0:5, 0:5].all() and samples[2].mask.sum() >= 25
    assert read_dataset(tmp_path, "rrsisd", "test").sentences == ["held out"]


def test_refs_pickle_with_anything_but_containers_is_refused(tmp_path):
    path = tmp_path / "refs(unc).p"
    path.write_bytes(pickle.dumps([collections.OrderedDict(a=1)]))
    with pytest.raises(pickle.UnpicklingError, match=r"refusing to load collections\.OrderedDict"):
        load_refs(path)


def test_refsegrs_reader(tmp_path):
    image, mask = _scene(8, 8), np.zeros((8, 8), dtype=np.uint8)
    mask[2:5, 3:6] = 1
    _save_rgb(tmp_path / "images" / "17.tif", image)
    (tmp_path / "masks").mkdir()
    Image.fromarray(mask).save(tmp_path / "masks" / "17.tif")
    (tmp_path / "output_phrase_train.txt").write_text("17 the road near the lake\n")
    sample = read_dataset(tmp_path, "refsegrs", "train")[0]
    assert sample.sentence == "the road near the lake"
    np.testing.assert_array_equal(sample.image, image)
    np.testing.assert_array_equal(sample.mask, mask > 0)


def test_unknown_format_is_explained(tmp_path):
    with pytest.raises(ValueError, match="jsonl, rrsisd, refsegrs"):
        read_dataset(tmp_path, "coco", "train")


def test_flips_swap_direction_words_so_the_sentence_stays_true():
    image = np.zeros((4, 6, 3), dtype=np.uint8)
    mask = np.zeros((4, 6), dtype=bool)
    mask[0, 0] = True  # the object in the top left
    sample = Sample(image, mask, "the Ship in the top left, left of the leftmost tank above the road")
    mirrored = flip(sample, horizontal=True)
    assert mirrored.sentence == "the Ship in the top right, right of the rightmost tank above the road"
    assert mirrored.mask[0, 5]
    upside_down = flip(sample, horizontal=False)
    assert upside_down.sentence == "the Ship in the bottom left, left of the leftmost tank below the road"
    assert upside_down.mask[3, 0]


def test_augment_keeps_mask_and_sentence_consistent():
    mask = np.zeros((5, 5), dtype=bool)
    mask[0, 0] = True
    sample = Sample(np.full((5, 5, 3), 100, np.uint8), mask, "the tank in the top left")
    for seed in range(8):
        out = augment(sample, np.random.default_rng(seed))
        corner = {(0, 0): "top left", (0, 4): "top right", (4, 0): "bottom left", (4, 4): "bottom right"}
        position = tuple(int(v) for v in np.argwhere(out.mask)[0])
        assert out.sentence == f"the tank in the {corner[position]}"
        assert 89 <= int(out.image[0, 0, 0]) <= 111
