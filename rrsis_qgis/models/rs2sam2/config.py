"""Every size and switch of an RS2-SAM2 model; stored as config.json in each checkpoint folder.

Defaults are the paper's configuration: BEiT-3 large (224 px, patch 16) as the union encoder and SAM2
Hiera-L at 1024 px, with fusion adapters in every Hiera block.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ...foundation.errors import CheckpointMismatch
from ..common.checkpoint import ModelConfig
from ..common.square_input import check_fit

MASK_OUTPUTS = ("sigmoid", "two_class")


@dataclass
class RS2SAM2Config(ModelConfig):
    model_type: ClassVar[str] = "rs2sam2"

    # ---- union encoder (BEiT-3, torchscale) ----
    union_width: int = 1024
    union_layers: int = 24
    union_heads: int = 16
    union_mlp_width: int = 4096
    union_image_size: int = 224
    union_patch_size: int = 16
    vocab_size: int = 64010
    """BEiT-3's XLM-R sentencepiece vocabulary (64 010 entries)."""
    union_weights: str | None = None
    """BEiT-3 pretrained weights (the unilm release's .pth) for training from them; None when the
    checkpoint carries the union encoder (it is trained fully, as in the paper)."""
    tokenizer: str = "beit3.spm"
    """XLM-R sentencepiece model (`beit3.spm`) or a folder with a saved tokenizer, relative to the
    checkpoint folder when it is there."""
    image_fit: str = "letterbox"
    """How an image becomes the encoders' square inputs (`models/common/square_input.py`): ``resize``,
    each encoder's own publishers' preprocessing (what `train` records for new checkpoints);
    ``letterbox``, what checkpoints written before this setting were trained with (its absence means it)."""
    text_max_length: int = 64
    # ---- SAM2 ----
    sam2: str = "facebook/sam2.1-hiera-large"
    """SAM2 in `transformers` format (hub id or folder). The authors' code builds Hiera-L from SAM2's
    first config file; for single images SAM2 and SAM2.1 Hiera-L have the same modules, so their
    checkpoint (which carries its SAM2 weights) loads into either; training starts from SAM2.1."""
    sam2_weights: bool = True
    """Load SAM2's pretrained weights from ``sam2``; False when the checkpoint carries all of SAM2."""
    # ---- bidirectional hierarchical fusion ----
    fusion_stages: tuple[int, ...] = (0, 1, 2, 3)
    """Hiera stages whose blocks get fusion adapters (the authors: every block of every stage)."""
    adapter_ratio: float = 0.25
    """Adapter bottleneck width as a fraction of the block width."""
    adapter_heads: int = 4
    text_mix: float = 0.2
    """How much of the vision-aware text replaces the text at each block (the authors' alpha)."""
    mlp_adapter_scale: float = 0.5
    text_to_vision: bool = True
    """Visual tokens attend to the text (text-aware visual features)."""
    vision_to_text: bool = True
    """The text attends to the visual tokens (vision-aware text features), passed on to later blocks."""
    decoder_text_fusion: bool = True
    """Gate SAM2's image embedding with the text before the mask decoder, as the authors' decoder does."""
    # ---- mask prompt generator ----
    prompt_heads: int = 8
    dense_prompt: bool = True
    """Feed the pseudo-mask to SAM2 as its dense prompt (the mask prompt generator's purpose)."""
    mask_output: str = "sigmoid"
    """How SAM2's mask output x becomes a probability: ``sigmoid`` σ(x), as models trained here start;
    ``two_class``, the authors' rule: they train and evaluate softmax / argmax over [1 − x, x], so the
    object is x > 0.5 with probability σ(2x − 1). Loading the authors' weights sets it (and fine-tuning
    them keeps it)."""
    # ---- training ----
    train_backbones: bool = False
    """Train SAM2's image encoder too (the `tiny` preset's random encoders) instead of freezing it
    behind the adapters; the checkpoint then holds every weight, with configs and tokenizer inside."""

    def __post_init__(self) -> None:
        self.fusion_stages = tuple(self.fusion_stages)  # a list after a JSON round trip
        check_fit(self.image_fit)
        if self.mask_output not in MASK_OUTPUTS:
            raise CheckpointMismatch(f"mask_output must be one of {MASK_OUTPUTS}, not {self.mask_output!r}")
