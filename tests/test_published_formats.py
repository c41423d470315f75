"""Weights in the layouts their publishers ship, written by the publishers' own classes, load through the
real loaders: SAM2.1 as facebook/sam2.1-hiera-* (Sam2VideoModel, `sam2_video`) and as a single-image
Sam2Model (`sam2`); SAM3 as facebook/sam3 (Sam3VideoModel, `sam3_video`) and as Sam3Model; Grounding DINO,
MM Grounding DINO and OWLv2 with their processor files; and hub ids served from an offline hub cache."""

from __future__ import annotations

import huggingface_hub.constants
import numpy as np
import pytest
import torch
from safetensors.torch import load_file

from rrsis_qgis.foundation.run_settings import RunSettings
from rrsis_qgis.model_process.model_manager import ModelManager
from rrsis_qgis.models.common.backbones import load_sam2
from rrsis_qgis.models.common.checkpoint import write_config
from rrsis_qgis.models.pslg.config import PSLGConfig
from rrsis_qgis.random_models.zero_shot import random_sam2_video, save_random_detector, save_random_sam3_text
from tests.hub_cache import into_hub_cache

IMAGE = np.random.default_rng(3).integers(0, 256, size=(90, 120, 3), dtype=np.uint8)


def test_sam2_as_the_hub_publishes_it_loads_with_every_image_weight(tmp_path):
    torch.manual_seed(0)
    published = random_sam2_video()
    published.save_pretrained(tmp_path / "sam2.1-hiera-tiny")
    assert '"model_type": "sam2_video"' in (tmp_path / "sam2.1-hiera-tiny" / "config.json").read_text()
    loaded = load_sam2(tmp_path / "sam2.1-hiera-tiny")
    theirs = published.state_dict()
    ours = loaded.state_dict()
    assert ours and all(torch.equal(tensor, theirs[name]) for name, tensor in ours.items())


@pytest.mark.parametrize("detector_kind", ["grounding-dino", "mm-grounding-dino", "owlv2"])
def test_pslg_by_hub_ids_from_an_offline_hub_cache(detector_kind, tmp_path, monkeypatch):
    torch.manual_seed(0)
    detector_id = {"owlv2": "google/owlv2-base-patch16-ensemble"}.get(
        detector_kind, f"IDEA-Research/{detector_kind}-tiny"
    )
    save_random_detector(tmp_path / "detector", detector_kind)
    sam2 = random_sam2_video()
    sam2.save_pretrained(tmp_path / "sam2")
    cache = tmp_path / "hub"
    into_hub_cache(cache, detector_id, tmp_path / "detector")
    into_hub_cache(cache, "facebook/sam2.1-hiera-tiny", tmp_path / "sam2")
    folder = tmp_path / "pslg"
    folder.mkdir()
    settings = {"box_threshold": 0.05 if detector_kind == "owlv2" else 0.3, "text_threshold": 0.0}
    write_config(
        folder, PSLGConfig(detector=detector_id, sam2="facebook/sam2.1-hiera-tiny", **settings).to_dict()
    )
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)

    predictor = ModelManager(cache_dir=cache).load(str(folder), RunSettings(device="cpu"))
    assert type(predictor.grounder.model).__name__.lower().startswith(detector_kind.replace("-", ""))
    theirs = sam2.state_dict()
    assert all(torch.equal(tensor, theirs[name]) for name, tensor in predictor.sam2.state_dict().items())
    predictor.set_image(IMAGE)
    prediction = predictor.predict("all ponds")
    assert prediction.mask.shape == IMAGE.shape[:2]


def test_the_referring_detector_model_loads_mm_grounding_dino_all_from_the_hub_cache(tmp_path, monkeypatch):
    """`pslg-sam2-refer` as shipped names MM Grounding DINO base 'all' (RefCOCO/+/g in its pretraining):
    a tiny one written by transformers' MMGroundingDino classes, in an offline hub cache under that id,
    loads through the catalogue entry and answers a whole sentence."""
    torch.manual_seed(0)
    save_random_detector(tmp_path / "detector", "mm-grounding-dino")
    random_sam2_video().save_pretrained(tmp_path / "sam2")
    cache = tmp_path / "hub"
    into_hub_cache(cache, "openmmlab-community/mm_grounding_dino_base_all", tmp_path / "detector")
    into_hub_cache(cache, "facebook/sam2.1-hiera-large", tmp_path / "sam2")
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    monkeypatch.setenv("RRSIS_QGIS_MODELS", str(tmp_path / "no-models-folder"))

    predictor = ModelManager(cache_dir=cache).load("pslg-sam2-refer", RunSettings(device="cpu"))
    assert type(predictor.grounder.model).__name__ == "MMGroundingDinoForObjectDetection"
    predictor.set_image(IMAGE)
    assert predictor.predict("the pond left of the road").mask.shape == IMAGE.shape[:2]


@pytest.mark.parametrize("layout", ["sam3_video", "sam3"])
def test_sam3_in_both_published_layouts_segments_by_text(layout, tmp_path):
    torch.manual_seed(0)
    folder = save_random_sam3_text(tmp_path, layout=layout, score_threshold=0.0)
    assert f'"model_type": "{layout}"' in (folder / "sam3" / "config.json").read_text()
    predictor = ModelManager().load(str(folder), RunSettings(device="cpu"))
    saved = load_file(folder / "sam3" / "model.safetensors")
    prefix = "detector_model." if layout == "sam3_video" else ""  # the video model wraps the detector
    loaded = predictor.model.state_dict()
    assert all(torch.equal(tensor, saved[prefix + name]) for name, tensor in loaded.items())
    predictor.set_image(IMAGE)
    prediction = predictor.predict("all ponds")
    assert prediction.mask.shape == IMAGE.shape[:2] and prediction.instances
