"""RSRefSeg on tiny random backbones: shapes, what trains, LoRA, caching, save/load."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import torch

from rrsis_qgis.foundation.errors import CheckpointMismatch
from rrsis_qgis.model_process.model_manager import ModelManager
from rrsis_qgis.models.common.backbones import SAM2_MEAN, SAM2_STD
from rrsis_qgis.models.rsrefseg.config import RSRefSegConfig
from rrsis_qgis.models.rsrefseg.model import RSRefSeg
from rrsis_qgis.models.rsrefseg.prompter import AttnPrompter

TRAINED_PREFIXES = ("prompter.", "sam.prompt_encoder.", "sam.mask_decoder.")


@pytest.fixture
def model(tiny_checkpoint) -> RSRefSeg:
    return RSRefSeg.load(tiny_checkpoint, Path)


@pytest.fixture
def image() -> np.ndarray:
    return np.random.default_rng(1).integers(0, 256, size=(90, 160, 3), dtype=np.uint8)


def test_prompter_turns_a_27_grid_into_49_sparse_prompts_and_a_global_map():
    prompter = AttnPrompter(clip_width=24, prompt_width=16, downsamples=2).eval()
    vision, tokens = torch.randn(2, 24, 27, 27), torch.randn(2, 5, 24)
    token_mask = torch.tensor([[1, 1, 1, 0, 0], [1, 0, 0, 0, 0]], dtype=torch.float32)
    sparse, global_logits = prompter(
        vision,
        tokens,
        token_mask,
        torch.randn(2, 24),
        torch.tensor(2.3),
        torch.tensor(-10.0),
        torch.zeros(1, 16, 27, 27),
    )
    assert sparse.shape == (2, 49, 16)
    assert global_logits.shape == (2, 1, 27, 27)


def test_padding_tokens_do_not_change_the_prompts():
    prompter = AttnPrompter(clip_width=8, prompt_width=8, downsamples=1).eval()
    vision, pooled = torch.randn(1, 8, 9, 9), torch.randn(1, 8)
    words = torch.randn(1, 3, 8)
    args = (pooled, torch.tensor(1.0), torch.tensor(0.0), torch.zeros(1, 8, 9, 9))
    short, _ = prompter(vision, words, torch.ones(1, 3), *args)
    padded, _ = prompter(
        vision, torch.cat([words, torch.randn(1, 4, 8)], 1), torch.tensor([[1.0] * 3 + [0.0] * 4]), *args
    )
    assert torch.allclose(short, padded, atol=1e-6)


def test_forward_gives_low_resolution_logits_per_expression(model):
    input_ids, token_mask = model.tokenize(["the white tank", "all ships left of the road"])
    decoded = model(torch.rand(2, 3, 256, 256), input_ids, token_mask)
    assert decoded.mask_logits.shape == (
        2,
        1,
        64,
        64,
    )  # 4x SAM2's 16x16 embedding grid for a 256 px square input
    assert decoded.activation_logits.shape == (2, 1, 16, 16)  # the 128 px / patch 8 SigLIP grid
    assert decoded.iou.shape == (2,)
    assert token_mask.sum(dim=1).tolist() == [3.0, 6.0]  # words only: no padding, no end token


def test_only_lora_prompter_and_the_segmenters_decoder_train(model):
    trainable = [name for name, parameter in model.named_parameters() if parameter.requires_grad]
    assert trainable
    assert all(name.startswith(TRAINED_PREFIXES) or ".lora_" in name for name in trainable)
    lora_hosts = {name.split(".")[0] for name in trainable if ".lora_" in name}
    assert lora_hosts == {"siglip_vision", "siglip_text", "sam"}
    assert any(name.startswith("sam.vision_encoder.") and ".lora_" in name for name in trainable)


def test_a_training_step_leaves_base_weights_untouched(model):
    model.train()
    frozen = {
        name: parameter.detach().clone()
        for name, parameter in model.named_parameters()
        if not parameter.requires_grad
    }
    lora_before = {name: p.detach().clone() for name, p in model.named_parameters() if ".lora_A" in name}
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    input_ids, token_mask = model.tokenize(["the red building", "the ship"])
    logits = model(torch.rand(2, 3, 256, 256), input_ids, token_mask).mask_logits
    torch.nn.functional.binary_cross_entropy_with_logits(logits, torch.ones_like(logits)).backward()
    optimizer.step()
    assert all(
        torch.equal(parameter, frozen[name]) for name, parameter in model.named_parameters() if name in frozen
    )
    changed = [
        name
        for name, p in model.named_parameters()
        if name in lora_before and not torch.equal(p, lora_before[name])
    ]
    assert len(changed) == len(lora_before)


def test_merging_lora_keeps_outputs(model, image):
    model.eval()
    input_ids, token_mask = model.tokenize(["the large white tank"])
    square = torch.rand(1, 3, 256, 256)
    with torch.no_grad():
        before = model(square, input_ids, token_mask).mask_logits
        assert model.merge_lora() > 0
        after = model(square, input_ids, token_mask).mask_logits
    assert torch.allclose(before, after, atol=1e-4)


def test_save_then_load_gives_identical_predictions(model, tmp_path, image):
    model.save(tmp_path / "copy")
    manager = ModelManager()
    original = manager.load(str(tmp_path / "copy"))
    original.set_image(image)
    first = original.predict("the second ship from the left")
    manager.unload()
    reloaded = ModelManager().load(str(tmp_path / "copy"))
    reloaded.set_image(image)
    second = reloaded.predict("the second ship from the left")
    np.testing.assert_array_equal(first.probability, second.probability)


def _rewrite_weights(folder: Path, edit) -> None:
    from safetensors.torch import load_file, save_file

    weights = load_file(str(folder / "model.safetensors"))
    edit(weights)
    save_file(weights, str(folder / "model.safetensors"))


def test_checkpoint_with_missing_or_misshapen_tensors_is_rejected(model, tmp_path):
    model.save(tmp_path / "missing")
    _rewrite_weights(tmp_path / "missing", lambda w: w.pop(sorted(w)[0]))
    with pytest.raises(CheckpointMismatch, match="missing \\(1\\)"):
        RSRefSeg.load(tmp_path / "missing", Path)

    model.save(tmp_path / "shape")
    name = next(n for n in model.trained_state_dict() if n.startswith("prompter.") and n.endswith("weight"))
    _rewrite_weights(tmp_path / "shape", lambda w: w.__setitem__(name, torch.zeros(3, 3)))
    with pytest.raises(CheckpointMismatch, match="wrong shape"):
        RSRefSeg.load(tmp_path / "shape", Path)


def test_config_of_another_model_or_version_is_rejected(tiny_backbones):
    with pytest.raises(CheckpointMismatch, match="'rs2sam2' model"):
        RSRefSegConfig.from_dict({"model_type": "rs2sam2"})
    with pytest.raises(CheckpointMismatch, match="does not know"):
        RSRefSegConfig.from_dict({"model_type": "rsrefseg", "prompter_depth": 3})
    swapped = RSRefSegConfig(siglip=str(tiny_backbones["sam2"]), sam2=str(tiny_backbones["siglip"]))
    with pytest.raises(CheckpointMismatch, match="'sam2' model"):
        RSRefSeg.from_config(swapped, Path)


def test_each_encoder_sees_the_pixels_its_publishers_processor_gives(model, image):
    """Under the `resize` fit SAM2's square equals transformers' Sam2ImageProcessor and SigLIP's input its
    SiglipImageProcessor (both on a non-square image); under `letterbox` the model makes SigLIP's input from
    SAM2's square, as checkpoints from before the fit was recorded were trained."""
    import transformers

    from rrsis_qgis.models.common.backbones import SAM2_MEAN, SAM2_STD, SIGLIP_MEAN, SIGLIP_STD

    assert model.config.image_fit == "letterbox"  # config.json without image_fit: as it was trained
    square, second = model.encoder_inputs.tensors(image)
    assert second is None and square.shape[-1] == model.sam_image_size

    model.config = replace(model.config, image_fit="resize")
    square, second = model.encoder_inputs.tensors(image)

    def normalized(tensor, mean, std):
        return (tensor - torch.tensor(mean).view(1, 3, 1, 1)) / torch.tensor(std).view(1, 3, 1, 1)

    side, siglip_side = model.sam_image_size, model.siglip_image_size
    sam2 = transformers.Sam2ImageProcessor(size={"height": side, "width": side})
    siglip = transformers.SiglipImageProcessor(size={"height": siglip_side, "width": siglip_side})
    theirs = sam2(images=image, return_tensors="pt").pixel_values
    assert (normalized(square, SAM2_MEAN, SAM2_STD) - theirs).abs().max() <= 1e-5
    theirs = siglip(images=image, return_tensors="pt").pixel_values
    assert (normalized(second, SIGLIP_MEAN, SIGLIP_STD) - theirs).abs().max() <= 1e-5


def test_the_authors_text_encoding_is_each_expression_alone_pooled_at_its_end_token(model, image):
    """`text_pooling: end_token` (KyanChen/RSRefSeg): a batch equals each expression encoded alone without
    padding by SigLIP's text model, the sentence embedding its end token's, the local activation over all
    of its tokens."""
    from rrsis_qgis.models.rsrefseg.predictor import RSRefSegPredictor

    model.config = replace(model.config, text_pooling="end_token")
    model.eval()  # no LoRA dropout
    texts = ["the ship", "all the large white tanks near the road", "two round tanks"]
    input_ids, token_mask = model.tokenize(texts)
    with torch.no_grad():
        batch = model.encode_text(input_ids, token_mask)
        for index, text in enumerate(texts):
            alone = model.tokenizer(text, return_tensors="pt").input_ids
            theirs = model.siglip_text(input_ids=alone)
            length = alone.shape[1]
            assert token_mask[index].sum() == length
            torch.testing.assert_close(
                batch.tokens[index, :length], theirs.last_hidden_state[0], atol=1e-5, rtol=0
            )
            torch.testing.assert_close(batch.pooled[index], theirs.pooler_output[0], atol=1e-5, rtol=0)

    predictor = RSRefSegPredictor(model, "authors", "cpu", "float32")
    predictor.set_image(image)
    together = predictor.predict_batch(texts)
    predictor.clear_text_cache()
    for text, prediction in zip(texts, together):  # cached texts of other lengths batch with new ones
        np.testing.assert_allclose(predictor.predict(text).probability, prediction.probability, atol=1e-5)


def test_lora_adapts_the_modules_the_authors_adapt():
    from rrsis_qgis.random_models.trainable import random_rsrefseg

    adapted = {
        name.rsplit(".lora_", 1)[0] for name, _ in random_rsrefseg().named_parameters() if ".lora_" in name
    }
    for module in (
        "sam.vision_encoder.backbone.blocks.0.attn.qkv",
        "sam.vision_encoder.backbone.blocks.0.mlp.proj_in",  # SAM's lin1
        "sam.vision_encoder.backbone.blocks.0.mlp.proj_out",  # SAM's lin2
        "sam.vision_encoder.neck.convs.0",
        "siglip_text.head",
        "siglip_text.encoder.layers.0.self_attn.q_proj",
        "siglip_vision.encoder.layers.0.self_attn.out_proj",
    ):
        assert module in adapted, module


def test_sam_as_the_hub_publishes_it_is_a_segmenter_with_the_authors_lora(tiny_backbones, tmp_path, image):
    """facebook/sam-vit-* folders (SamModel.save_pretrained and SamProcessor's files) load as RSRefSeg's
    segmenter; LoRA adapts what the authors adapt in SAM's ViT: qkv, proj, lin1, lin2, the neck's convs."""
    import transformers

    from rrsis_qgis.models.rsrefseg.predictor import RSRefSegPredictor
    from rrsis_qgis.random_models.encoders import random_sam

    torch.manual_seed(0)
    random_sam().save_pretrained(tmp_path / "sam-vit-base")
    transformers.SamProcessor(transformers.SamImageProcessor()).save_pretrained(tmp_path / "sam-vit-base")
    config = RSRefSegConfig(
        siglip=str(tiny_backbones["siglip"]), segmenter="sam", sam=str(tmp_path / "sam-vit-base")
    )
    model = RSRefSeg.from_config(config, Path)
    adapted = {name.rsplit(".lora_", 1)[0] for name, _ in model.named_parameters() if ".lora_" in name}
    for module in ("attn.qkv", "attn.proj", "mlp.lin1", "mlp.lin2"):
        assert f"sam.vision_encoder.layers.0.{module}" in adapted
    assert {"sam.vision_encoder.neck.conv1", "sam.vision_encoder.neck.conv2"} <= adapted

    model.save(tmp_path / "checkpoint")
    loaded = RSRefSeg.load(tmp_path / "checkpoint", Path)
    assert set(loaded.trained_state_dict()) == set(model.trained_state_dict())
    predictor = RSRefSegPredictor(loaded, "on-sam", "cpu", "float32")
    predictor.set_image(image)
    assert predictor.predict("the ship").probability.shape == image.shape[:2]

    # Clicks go to SAM's own prompt encoder and decoder: what transformers' SamModel.forward gives.
    points, labels = np.array([[20.0, 30.0], [5.0, 8.0]]), np.array([1, 0])
    scale = torch.tensor(predictor._geometry.scale_xy)
    mean, std = torch.tensor(SAM2_MEAN).view(1, 3, 1, 1), torch.tensor(SAM2_STD).view(1, 3, 1, 1)
    with torch.no_grad():
        ours = predictor._click_logits(points, labels, None)
        square, _ = predictor.inputs.tensors(image, "cpu")
        theirs = loaded.sam(
            pixel_values=(square - mean) / std,
            input_points=torch.tensor(points, dtype=torch.float32)[None, None] * scale,
            input_labels=torch.tensor(labels)[None, None],
            multimask_output=False,
        ).pred_masks
    torch.testing.assert_close(ours, theirs[:, 0], atol=1e-4, rtol=1e-4)
