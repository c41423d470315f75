"""Pretrained encoders from `transformers`, loaded from local folders (hub ids are resolved before)."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path

from torch import nn

from ...foundation.dependencies import require
from ...foundation.errors import CheckpointMismatch, ModelNotFound
from .checkpoint import load_pickled_tensors
from .config_checks import check_sizes
from .meta_sam2 import load_meta_sam2, meta_checkpoint_file

# Normalisation each family was pretrained with (their image processors' defaults).
SIGLIP_MEAN, SIGLIP_STD = (0.5, 0.5, 0.5), (0.5, 0.5, 0.5)
SAM2_MEAN, SAM2_STD = (0.485, 0.456, 0.406), (0.229, 0.224, 0.225)


@dataclass
class Siglip:
    """The parts of a SigLIP / SigLIP2 (fixed resolution) model that RSRefSeg uses."""

    config: object  # the full SiglipConfig, to save with a checkpoint that holds its weights
    vision: nn.Module
    text: nn.Module
    logit_scale: nn.Parameter
    logit_bias: nn.Parameter
    tokenizer: object
    image_size: int
    patch_size: int
    hidden_size: int


def _check_model_type(folder: Path, expected: set[str], what: str) -> None:
    """The folder holds a model of an expected type whose sizes are sane (checked before transformers
    builds anything from them)."""
    config_file = Path(folder) / "config.json"
    if config_file.is_file():
        try:
            raw = json.loads(config_file.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise CheckpointMismatch(f"{config_file} is not valid JSON: {error}") from error
        check_sizes(raw, str(config_file))
    transformers = require("transformers")
    config = transformers.AutoConfig.from_pretrained(folder)
    if config.model_type not in expected:
        raise CheckpointMismatch(
            f"{folder} holds a '{config.model_type}' model, but {what} needs one of {sorted(expected)}"
        )


@contextlib.contextmanager
def _quiet_transformers():
    """No per-tensor progress bars and no config chatter in QGIS's log or the CLI while loading."""
    logging = require("transformers").utils.logging
    verbosity = logging.get_verbosity()
    logging.set_verbosity_error()
    logging.disable_progress_bar()
    try:
        yield
    finally:
        logging.set_verbosity(verbosity)
        logging.enable_progress_bar()


def pretrained(model_class, folder: Path) -> nn.Module:
    """``model_class.from_pretrained(folder)`` that reads only tensors: the folder's .safetensors, as the
    hub publishes them; a folder with pickled weights only (pytorch_model*.bin, older conversions) is
    read by `load_pickled_tensors`, whose refusal of code names the file in one line (transformers'
    own would suggest turning the protection off)."""
    folder = Path(folder)
    if any(folder.glob("*.safetensors")):
        return model_class.from_pretrained(folder, use_safetensors=True)
    pickles = sorted(folder.glob("pytorch_model*.bin"))
    if not pickles:
        raise ModelNotFound(f"{folder} has no model.safetensors (nor pytorch_model.bin)")
    state = {}
    for path in pickles:  # one file, or the shards an index lists
        state.update(load_pickled_tensors(path))
    config = require("transformers").AutoConfig.from_pretrained(folder)
    if not hasattr(model_class, "config_class"):  # an Auto class, which needs a folder: its concrete class
        model_class = model_class._model_mapping[type(config)]
    return model_class.from_pretrained(None, config=config, state_dict=state)


def _build(model_class, folder: Path, with_weights: bool) -> nn.Module:
    """Pretrained weights from ``folder``, or (when a checkpoint carries them) just its architecture."""
    if with_weights:
        return pretrained(model_class, folder)
    return model_class(model_class.config_class.from_pretrained(folder))


def load_siglip(folder: Path, with_weights: bool = True) -> Siglip:
    """SigLIP or fixed-resolution SigLIP2 (both are `model_type: siglip`) with its own tokenizer."""
    transformers = require("transformers")
    with _quiet_transformers():
        _check_model_type(folder, {"siglip"}, "the SigLIP text/vision encoder")
        model = _build(transformers.SiglipModel, folder, with_weights)
        tokenizer = transformers.AutoTokenizer.from_pretrained(folder)
    return siglip_parts(model, tokenizer)


def siglip_parts(model: nn.Module, tokenizer) -> Siglip:
    """Split a SiglipModel into the parts RSRefSeg uses."""
    vision_config, text_config = model.config.vision_config, model.config.text_config
    if vision_config.hidden_size != text_config.hidden_size:
        raise CheckpointMismatch(
            f"SigLIP vision width {vision_config.hidden_size} != text width {text_config.hidden_size}; "
            "RSRefSeg correlates the two and needs them equal"
        )
    return Siglip(
        config=model.config,
        vision=model.vision_model,
        text=model.text_model,
        logit_scale=model.logit_scale,
        logit_bias=model.logit_bias,
        tokenizer=tokenizer,
        image_size=vision_config.image_size,
        patch_size=vision_config.patch_size,
        hidden_size=vision_config.hidden_size,
    )


# The layouts the hub publishes: facebook/sam2.1-hiera-* are saved by Sam2VideoModel (`sam2_video`), whose
# single-image modules Sam2Model loads by their own names; converted single-image folders say `sam2`.
SAM2_MODEL_TYPES = {"sam2", "sam2_video"}
# facebook/sam3 is saved by Sam3VideoModel (`sam3_video`): Sam3Model loads its detector.
SAM3_MODEL_TYPES = {"sam3", "sam3_video"}


def load_sam2(folder: Path, with_weights: bool = True, single_mask_token: bool = True) -> nn.Module:
    """SAM2 / SAM2.1 (`transformers` Sam2Model: Hiera image encoder, prompt encoder, mask decoder) from a
    transformers folder, or from one of Meta's original checkpoint files (`meta_sam2`).

    ``single_mask_token``: always answer with the single-mask output, as the models trained here are
    trained to; otherwise SAM2 decides as published (Meta's and transformers' predictors fall back to
    the best of the multi-mask outputs when the single mask is unstable)."""
    meta_file = meta_checkpoint_file(folder)
    if meta_file is not None:
        model = load_meta_sam2(meta_file)
    else:
        transformers = require("transformers")
        with _quiet_transformers():
            _check_model_type(folder, SAM2_MODEL_TYPES, "the SAM2 segmenter")
            model = _build(transformers.Sam2Model, folder, with_weights)
    return prepare_sam2(model) if single_mask_token else model


def load_sam(folder: Path, with_weights: bool = True) -> nn.Module:
    """The original SAM (`transformers` SamModel: ViT image encoder, prompt encoder, mask decoder), as the
    hub publishes it (facebook/sam-vit-base|large|huge), for RSRefSeg as its authors built it."""
    transformers = require("transformers")
    with _quiet_transformers():
        _check_model_type(folder, {"sam"}, "the SAM segmenter")
        return _build(transformers.SamModel, folder, with_weights)


def prepare_sam2(model: nn.Module) -> nn.Module:
    """The trained models' SAM2: a single mask is trained and wanted; never swap in another output token."""
    model.mask_decoder.dynamic_multimask_via_stability = False
    return model


def load_grounding_detector(folder: Path):
    """Grounding DINO, MM Grounding DINO or OWLv2, and its processor (image processor + tokenizer)."""
    transformers = require("transformers")
    with _quiet_transformers():
        _check_model_type(folder, {"grounding-dino", "mm-grounding-dino", "owlv2"}, "the grounding detector")
        model = pretrained(transformers.AutoModelForZeroShotObjectDetection, folder)
        processor = transformers.AutoProcessor.from_pretrained(folder)
    return model, processor


def load_sam3(folder: Path):
    """SAM3 (promptable concept segmentation: the detector), its processor, and the whole Sam3VideoModel
    when the folder is one (as facebook/sam3 is published): its tracker takes clicks on the detector's
    vision features; None for a folder of the detector alone (Sam3Model). Needs torchvision."""
    require("torchvision")
    transformers = require("transformers")
    with _quiet_transformers():
        _check_model_type(folder, SAM3_MODEL_TYPES, "SAM3 text prompts")
        config = transformers.AutoConfig.from_pretrained(folder)
        video = pretrained(transformers.Sam3VideoModel, folder) if config.model_type == "sam3_video" else None
        model = video.detector_model if video is not None else pretrained(transformers.Sam3Model, folder)
        processor = transformers.Sam3Processor.from_pretrained(folder)
    return model, processor, video
