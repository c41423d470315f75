"""Every size and switch of an RSRefSeg model; stored as config.json in each checkpoint folder."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ...foundation.errors import CheckpointMismatch
from ..common.checkpoint import ModelConfig
from ..common.square_input import check_fit

# The modules the authors adapt with LoRA (rank 16, alpha 16, dropout 0.1; KyanChen/RSRefSeg,
# configs_RSRefSeg): SigLIP's attention projections, and in the text encoder also its head; in the SAM
# image encoder the attention (qkv, proj), the MLP (SAM's lin1 / lin2: Hiera's proj_in / proj_out) and the
# neck's convolutions.
SIGLIP_ATTENTION = r".*encoder\.layers\.\d+\.self_attn\.(q_proj|k_proj|v_proj|out_proj)"
SIGLIP_TEXT = rf"{SIGLIP_ATTENTION}|head"
SAM2_IMAGE_ENCODER = r"backbone\.blocks\.\d+\.(attn\.(qkv|proj)|mlp\.(proj_in|proj_out))|neck\.convs\.\d+"
SAM_IMAGE_ENCODER = r"layers\.\d+\.(attn\.(qkv|proj)|mlp\.(lin1|lin2))|neck\.(conv1|conv2)"
SEGMENTERS = ("sam2", "sam")
TEXT_POOLINGS = ("padded", "end_token")


@dataclass
class RSRefSegConfig(ModelConfig):
    model_type: ClassVar[str] = "rsrefseg"

    siglip: str = "google/siglip-so400m-patch14-384"
    """SigLIP / fixed-resolution SigLIP2 weights: hub id or local folder (text + vision encoders)."""
    segmenter: str = "sam2"
    """The segmenter whose image encoder and mask decoder RSRefSeg prompts: ``sam2`` (SAM2 / SAM2.1, the
    default) or ``sam``, the original SAM the authors' published RSRefSeg-b / -l use."""
    sam2: str = "facebook/sam2.1-hiera-large"
    """SAM2 weights in `transformers` format: hub id or local folder (image encoder at 1024², decoder)."""
    sam: str = "facebook/sam-vit-base"
    """SAM weights (`transformers` SamModel: facebook/sam-vit-base, -large, -huge) with ``segmenter: sam``."""
    image_fit: str = "letterbox"
    """How an image becomes the encoders' square inputs (`models/common/square_input.py`): ``resize``,
    each encoder's own publishers' preprocessing (what `train` records for new checkpoints);
    ``letterbox``, what checkpoints written before this setting were trained with (its absence means it)."""
    text_max_length: int = 64
    """Tokens per expression; SigLIP is trained with 64, padded to full length."""
    text_pooling: str = "padded"
    """How an expression is encoded. ``end_token``, the authors': no padding (a batch is padded on the
    right with the padding hidden), the sentence embedding is the end token's state, and the local
    activation averages over every token of the expression. ``padded``: padded to ``text_max_length`` and
    pooled at the last position, as SigLIP is pretrained, the local activation over the words only; what
    checkpoints from before this setting use, and the `tiny` preset, whose word-level encoder trained from
    scratch learns faster so."""
    text_attention_mask: bool = False
    """Hide padding from the text encoder. Pretrained SigLIP attends to its padding (it was trained
    so); a text encoder trained from scratch learns far faster without it."""
    prompter_downsamples: int = 2
    """Conv-BN-GELU stride-2 blocks after the 1x1 conv: 27x27 SigLIP grid -> 7x7 = 49 sparse prompts."""
    dense_prompt: bool = True
    """Feed the global activation map, upsampled, to SAM2 as the dense (mask) prompt."""
    train_backbones: bool = False
    """Train the encoders fully (the `tiny` preset's random encoders) instead of through LoRA; the
    checkpoint then holds every weight, with the backbones' configs (and tokenizer) in siglip/ and sam2/."""
    lora_rank: int = 16
    lora_alpha: int = 16
    lora_dropout: float = 0.1
    lora_siglip_vision: str | None = SIGLIP_ATTENTION
    """Regex over SigLIP vision module names to adapt; None freezes the encoder without LoRA."""
    lora_siglip_text: str | None = SIGLIP_TEXT
    lora_sam2_image: str | None = SAM2_IMAGE_ENCODER
    lora_sam_image: str | None = SAM_IMAGE_ENCODER
    """The same for SAM's ViT image encoder (with ``segmenter: sam``)."""

    def __post_init__(self) -> None:
        check_fit(self.image_fit)
        if self.segmenter not in SEGMENTERS:
            raise CheckpointMismatch(f"segmenter must be one of {SEGMENTERS}, not {self.segmenter!r}")
        if self.text_pooling not in TEXT_POOLINGS:
            raise CheckpointMismatch(
                f"text_pooling must be one of {TEXT_POOLINGS}, not {self.text_pooling!r}"
            )

    @property
    def segmenter_weights(self) -> str:
        """Where the chosen segmenter's weights come from (``sam2`` or ``sam``)."""
        return self.sam if self.segmenter == "sam" else self.sam2

    @property
    def lora_segmenter_image(self) -> str | None:
        return self.lora_sam_image if self.segmenter == "sam" else self.lora_sam2_image
