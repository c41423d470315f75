"""Tiny random models and scenes for the tests, made through the real saving code. tests/conftest.py's
fixtures call these in the test process; the QGIS tests, whose interpreter has no torch or rasterio, run
this module in the models' environment: ``python -m tests.models_for_tests KIND FOLDER [ARGUMENTS]``
prints what it made as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def backbones(folder: Path) -> dict[str, Path]:
    """Random tiny SigLIP + SAM2 saved like hub folders (loaded back through the real loaders)."""
    from rrsis_qgis.random_models.encoders import save_random_backbones

    return save_random_backbones(folder, "tiny")


def checkpoint(folder: Path, backbone_folders: dict[str, Path] | None = None) -> Path:
    """An RSRefSeg checkpoint folder whose LoRA, prompter and decoder weights are all non-trivial."""
    import torch

    from rrsis_qgis.models.rsrefseg.config import RSRefSegConfig
    from rrsis_qgis.models.rsrefseg.model import RSRefSeg

    backbone_folders = backbone_folders or backbones(folder / "backbones")
    torch.manual_seed(0)
    config = RSRefSegConfig(siglip=str(backbone_folders["siglip"]), sam2=str(backbone_folders["sam2"]))
    model = RSRefSeg.from_config(config, Path)
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            if "lora_B" in name:  # peft starts B at zero; a trained adapter is not
                parameter.normal_(std=0.05)
    target = folder / "checkpoint"
    target.mkdir(parents=True, exist_ok=True)
    model.save(target)
    return target


def pslg(folder: Path) -> Path:
    """A PSLG-SAM folder with a tiny random Grounding DINO and SAM2 (low thresholds: random scores)."""
    import torch

    from rrsis_qgis.random_models.zero_shot import save_random_pslg

    torch.manual_seed(0)
    return save_random_pslg(folder, box_threshold=0.3, text_threshold=0.0)


def sam3_text(folder: Path) -> Path:
    """A sam3-text folder with a tiny random SAM3 (score threshold 0: random scores keep every query)."""
    import torch

    from rrsis_qgis.random_models.zero_shot import save_random_sam3_text

    torch.manual_seed(0)
    return save_random_sam3_text(folder, score_threshold=0.0)


def rs2sam2(folder: Path) -> Path:
    """An RS2-SAM2 checkpoint folder: a tiny random model with its SAM2 config and tokenizer inside."""
    import torch

    from rrsis_qgis.random_models.trainable import random_rs2sam2

    torch.manual_seed(0)
    random_rs2sam2().save(folder)
    return folder


def pslg_sized(folder: Path, preset: str = "tiny") -> Path:
    """A PSLG-SAM folder whose SAM2.1 has the published ``preset``'s shape (tiny: Hiera-T, large: Hiera-L)
    with random weights, beside a tiny random detector: what clicks run on, at their real cost."""
    import torch
    import transformers

    from rrsis_qgis.models.common.checkpoint import write_config
    from rrsis_qgis.models.common.sam2_config import SAM2_HIERA_TINY, sam2_config
    from rrsis_qgis.models.pslg.config import PSLGConfig
    from rrsis_qgis.random_models.encoders import PRESETS
    from rrsis_qgis.random_models.zero_shot import save_random_detector

    torch.manual_seed(0)
    save_random_detector(folder / "detector")
    shape = SAM2_HIERA_TINY if preset == "tiny" else PRESETS["large"][1]
    transformers.Sam2Model(sam2_config(shape)).save_pretrained(folder / "sam2")
    write_config(folder, PSLGConfig(detector="detector", sam2="sam2").to_dict())
    return folder


def demo_scene(folder: Path, size: str = "256", pixel_size: str = "0.5") -> dict:
    """The demo's synthetic GeoTIFF scene (``size`` pixels a side) and its expression (the demo model
    finds objects there)."""
    from rrsis_qgis.cli import DEMO_SCENE
    from rrsis_qgis.training.synthetic import generate_sample, write_geotiff

    sample = generate_sample(*DEMO_SCENE, size=int(size))
    path = write_geotiff(sample, folder / "scene.tif", pixel_size=float(pixel_size))
    return {"path": str(path), "sentence": sample.sentence}


BUILDERS = {
    "checkpoint": checkpoint,
    "pslg": pslg,
    "sam3_text": sam3_text,
    "rs2sam2": rs2sam2,
    "pslg_sized": pslg_sized,
    "demo_scene": demo_scene,
}

if __name__ == "__main__":
    kind, folder = sys.argv[1], Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    made = BUILDERS[kind](folder, *sys.argv[3:])
    print(json.dumps(made if isinstance(made, dict) else str(made)))
