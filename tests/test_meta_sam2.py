"""Meta's original SAM2.1 checkpoint files, and SAM2's preprocessing, checked against independent
implementations: Meta's own `sam2` package (build_sam2 + torch.save writes the file, SAM2ImagePredictor
gives the reference numbers) and transformers' Sam2ImageProcessor."""

from __future__ import annotations

import re
import shutil

import huggingface_hub.constants
import numpy as np
import pytest
import torch
import transformers
from sam2.build_sam import build_sam2
from sam2.sam2_image_predictor import SAM2ImagePredictor

from rrsis_qgis.foundation.errors import CheckpointMismatch
from rrsis_qgis.foundation.run_settings import RunSettings
from rrsis_qgis.model_process.model_manager import ModelManager
from rrsis_qgis.models.common.backbones import SAM2_MEAN, SAM2_STD, load_sam2
from rrsis_qgis.models.common.checkpoint import write_config
from rrsis_qgis.models.common.meta_sam2 import VIDEO_ONLY
from rrsis_qgis.models.common.sam2_parts import encode_sam2_image, prompt_sam
from rrsis_qgis.models.common.square_input import SquareInput
from rrsis_qgis.models.pslg.config import PSLGConfig
from rrsis_qgis.random_models.zero_shot import save_random_detector
from tests.hub_cache import into_hub_cache

# Not square, so a letterbox and a stretch would differ; a bright block gives the box something to hold.
IMAGE = np.random.default_rng(0).integers(0, 256, size=(300, 420, 3), dtype=np.uint8)
IMAGE[80:200, 100:260] = 200
BOX = (90.0, 70.0, 270.0, 210.0)
POINTS, LABELS = np.array([[150.0, 120.0], [300.0, 250.0]]), np.array([1, 0])
META_FILE = "sam2.1_hiera_tiny.pt"
# Meta's SAM2Transforms are scripted with torch.jit, which torch now calls deprecated.
pytestmark = pytest.mark.filterwarnings("ignore:`torch.jit.script` is deprecated:FutureWarning")


@pytest.fixture(scope="module")
def meta_sam2():
    """Meta's SAM2.1 Hiera-T built from Meta's published config by Meta's code, with every weight
    perturbed (so no two tensors of a shape are alike and a misplaced one shows)."""
    torch.manual_seed(0)
    model = build_sam2("configs/sam2.1/sam2.1_hiera_t.yaml", ckpt_path=None, device="cpu", mode="eval")
    with torch.no_grad():
        for parameter in model.parameters():
            parameter.add_(torch.randn_like(parameter) * 0.02)
    return model


@pytest.fixture(scope="module")
def pslg_with_meta_file(meta_sam2, tmp_path_factory):
    """A PSLG-SAM folder whose SAM2 is Meta's checkpoint file, saved as Meta saves it."""
    folder = tmp_path_factory.mktemp("pslg-meta")
    torch.save({"model": meta_sam2.state_dict()}, folder / META_FILE)
    save_random_detector(folder / "detector")
    write_config(folder, PSLGConfig(detector="detector", sam2=META_FILE).to_dict())
    return folder


def test_a_meta_checkpoint_gives_metas_own_masks(meta_sam2, pslg_with_meta_file):
    predictor = ModelManager().load(str(pslg_with_meta_file), RunSettings(device="cpu", precision="float32"))
    view = predictor._encode(IMAGE)  # what PSLG-SAM's refinement prompts
    reference = SAM2ImagePredictor(meta_sam2)
    reference.set_image(IMAGE)

    # A box, then box + points + the previous low-resolution logits (PSLG's refinement rounds).
    masks, _, low_resolution = reference.predict(
        box=np.array(BOX), multimask_output=False, return_logits=True
    )
    probability, ours = predictor._segment(view, BOX, None, None, None)
    assert np.abs(ours.clamp(-32, 32)[0].numpy() - low_resolution).max() <= 1e-3
    assert probability.shape == IMAGE.shape[:2]
    assert ((probability > 0.5) == (masks[0] > 0)).mean() >= 0.999
    assert 0.05 < (masks[0] > 0).mean() < 0.95  # a mask with an edge, so the agreement means something

    masks, _, again = reference.predict(
        point_coords=POINTS,
        point_labels=LABELS,
        box=np.array(BOX),
        mask_input=low_resolution,
        multimask_output=False,
        return_logits=True,
    )
    probability, ours = predictor._segment(view, BOX, POINTS, LABELS, torch.from_numpy(low_resolution)[None])
    assert np.abs(ours.clamp(-32, 32)[0].numpy() - again).max() <= 1e-3
    assert ((probability > 0.5) == (masks[0] > 0)).mean() >= 0.999


@pytest.mark.parametrize(
    "prompt",
    [
        {"point_coords": POINTS[:1], "point_labels": LABELS[:1]},  # one click on the object
        {"point_coords": POINTS, "point_labels": LABELS},  # a positive and a negative click
        {"box": np.array(BOX)},  # a dragged box
        {"point_coords": POINTS, "point_labels": LABELS, "box": np.array(BOX)},  # all together
    ],
    ids=["positive", "positive+negative", "box", "box+points"],
)
def test_clicks_give_metas_own_low_resolution_logits(meta_sam2, pslg_with_meta_file, prompt):
    """A correction by hand (`click`) is SAM2ImagePredictor.predict with the same points and box."""
    predictor = ModelManager().load(str(pslg_with_meta_file), RunSettings(device="cpu", precision="float32"))
    predictor.set_image(IMAGE)
    reference = SAM2ImagePredictor(meta_sam2)
    reference.set_image(IMAGE)
    masks, _, theirs = reference.predict(**prompt, multimask_output=False, return_logits=True)

    points = prompt.get("point_coords", np.zeros((0, 2)))
    labels = prompt.get("point_labels", np.zeros(0, dtype=int))
    box = tuple(prompt["box"]) if "box" in prompt else None
    prediction = predictor.click(points, labels, box)
    with torch.no_grad():
        ours = predictor._prompt(predictor._whole_view, box, points, labels, None)
    assert np.abs(ours.clamp(-32, 32)[0].numpy() - theirs).max() <= 1e-3
    assert (prediction.mask == (masks[0] > 0)).mean() >= 0.999
    assert 0.01 < prediction.mask.mean() < 0.99  # a mask with an edge, so the agreement means something


def test_sam2_sees_the_pixels_metas_and_transformers_preprocessing_give():
    geometry = SquareInput(*IMAGE.shape[:2], 1024, fit="resize")
    mean, std = torch.tensor(SAM2_MEAN).view(1, 3, 1, 1), torch.tensor(SAM2_STD).view(1, 3, 1, 1)
    # transformers' processor resamples the 8-bit image (the hub folders' reference) ...
    theirs = transformers.Sam2ImageProcessor()(images=IMAGE, return_tensors="pt").pixel_values
    ours = (geometry.to_square(IMAGE, resample_8bit=True) - mean) / std
    assert ours.shape == theirs.shape and (ours - theirs).abs().max() <= 1e-5
    # ... Meta's SAM2Transforms the float image (the reference for Meta's files).
    theirs = SAM2ImagePredictor(build_sam2("configs/sam2.1/sam2.1_hiera_t.yaml", device="cpu"))._transforms(
        IMAGE
    )
    ours = (geometry.to_square(IMAGE, resample_8bit=False) - mean) / std
    assert (ours[0] - theirs).abs().max() <= 1e-5
    # Logits over the square come back at the exact input size.
    assert geometry.from_square(torch.zeros(1, 1, 256, 256)).shape[-2:] == IMAGE.shape[:2]


def test_every_tensor_of_a_meta_file_is_placed_or_named(meta_sam2, pslg_with_meta_file, tmp_path):
    state = meta_sam2.state_dict()
    loaded = load_sam2(pslg_with_meta_file / META_FILE).state_dict()
    image_path = {name: tensor for name, tensor in state.items() if not VIDEO_ONLY.search(name)}
    # Every image-path tensor of Meta's is in ours, once (the prompt encoder's point table is four of
    # Meta's, and its Fourier matrix is also the image's positional encoding).
    placed = [
        name for name, tensor in image_path.items() if any(torch.equal(tensor, t) for t in loaded.values())
    ]
    stacked = [name for name in image_path if re.match(r"sam_prompt_encoder\.point_embeddings\.\d", name)]
    assert sorted(placed + stacked) == sorted(image_path)
    assert len(loaded) == len(image_path) - len(stacked) + 2

    missing = {k: v for k, v in state.items() if k != "sam_mask_decoder.conv_s0.weight"}
    torch.save({"model": missing}, tmp_path / "missing.pt")
    with pytest.raises(CheckpointMismatch, match=r"missing \(1\): mask_decoder\.conv_s0\.weight"):
        load_sam2(tmp_path / "missing.pt")
    torch.save(
        {"model": {**state, "sam_mask_decoder.extra_head.weight": torch.zeros(2)}}, tmp_path / "extra.pt"
    )
    with pytest.raises(CheckpointMismatch, match=r"unexpected \(1\): mask_decoder\.extra_head\.weight"):
        load_sam2(tmp_path / "extra.pt")
    trunk = {k: v for k, v in state.items() if not k.startswith("image_encoder.trunk.blocks.11.")}
    torch.save({"model": trunk}, tmp_path / "other-size.pt")
    with pytest.raises(CheckpointMismatch, match=r"Hiera-T, Hiera-S, Hiera-B\+, Hiera-L.*11 blocks"):
        load_sam2(tmp_path / "other-size.pt")
    torch.save(state, tmp_path / "bare.pt")  # a state dict without Meta's {"model": ...} wrapper
    with pytest.raises(CheckpointMismatch, match="as Meta publishes it"):
        load_sam2(tmp_path / "bare.pt")
    (tmp_path / "truncated.pt").write_bytes((pslg_with_meta_file / META_FILE).read_bytes()[:1000])
    with pytest.raises(CheckpointMismatch, match="damaged or not a PyTorch file"):
        load_sam2(tmp_path / "truncated.pt")


@pytest.mark.parametrize(
    "content",
    [
        b"a text file named as the weights\n",
        b"hello, I am text\n",
        b"",
        b"PK\x03\x04not a zip",
        bytes(range(256)),
    ],
    ids=["text", "other-text", "empty", "broken-zip", "binary"],
)
def test_any_damaged_pt_file_is_named_in_one_line(content, tmp_path):
    """Whatever torch's unpickler raises for a file that is no checkpoint (IndexError, KeyError,
    EOFError, RuntimeError…), the analyst reads one line naming the file."""
    path = tmp_path / "sam2.1_hiera_tiny.pt"
    path.write_bytes(content)
    with pytest.raises(CheckpointMismatch, match="damaged or not a PyTorch file") as raised:
        load_sam2(path)
    assert str(path) in str(raised.value) and "\n" not in str(raised.value)


def test_a_hub_id_whose_cached_snapshot_holds_only_metas_file_loads_it(
    meta_sam2, pslg_with_meta_file, tmp_path, monkeypatch
):
    """Meta's `build_sam2_hf` downloads only `sam2.1_hiera_tiny.pt` from facebook/sam2.1-hiera-tiny into the
    Hugging Face cache; a PSLG config naming that hub id then loads it offline, as Meta's file."""
    cache, only_the_file = tmp_path / "hub", tmp_path / "downloaded"
    only_the_file.mkdir()
    shutil.copy(pslg_with_meta_file / META_FILE, only_the_file / META_FILE)
    into_hub_cache(cache, "facebook/sam2.1-hiera-tiny", only_the_file)
    folder = tmp_path / "pslg"
    shutil.copytree(pslg_with_meta_file / "detector", folder / "detector")
    write_config(folder, PSLGConfig(detector="detector", sam2="facebook/sam2.1-hiera-tiny").to_dict())
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)

    predictor = ModelManager(cache_dir=cache).load(str(folder), RunSettings(device="cpu"))
    assert not predictor.resample_8bit  # Meta's file: Meta's preprocessing
    expected = load_sam2(pslg_with_meta_file / META_FILE).state_dict()
    assert all(torch.equal(tensor, expected[name]) for name, tensor in predictor.sam2.state_dict().items())


@pytest.mark.parametrize(
    ("config", "file_name"),
    [
        ("sam2.1_hiera_s.yaml", "sam2.1_hiera_small.pt"),
        ("sam2.1_hiera_b+.yaml", "sam2.1_hiera_base_plus.pt"),
        ("sam2.1_hiera_l.yaml", "sam2.1_hiera_large.pt"),
    ],
)
def test_every_published_size_is_read_with_metas_architecture(config, file_name, tmp_path):
    """Heads, windows and global-attention blocks leave no trace in a file's tensor shapes: the logits of
    each size Meta publishes, built from Meta's own config, show that they are read right."""
    torch.manual_seed(0)
    meta = build_sam2(f"configs/sam2.1/{config}", ckpt_path=None, device="cpu", mode="eval")
    torch.save({"model": meta.state_dict()}, tmp_path / file_name)
    ours = load_sam2(tmp_path / file_name, single_mask_token=False)
    geometry = SquareInput(*IMAGE.shape[:2], 1024, fit="resize")
    with torch.no_grad():
        levels = encode_sam2_image(ours, geometry.to_square(IMAGE))
        logits, _ = prompt_sam(ours, levels, geometry, BOX)
    reference = SAM2ImagePredictor(meta)
    reference.set_image(IMAGE)
    _, _, theirs = reference.predict(box=np.array(BOX), multimask_output=False, return_logits=True)
    assert np.abs(logits.clamp(-32, 32)[0].numpy() - theirs).max() <= 1e-3
