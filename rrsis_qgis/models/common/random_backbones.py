"""Random-weight SigLIP + SAM2 backbones of a named size, with a word-level tokenizer.

``tiny`` (a few layers, widths <= 64) is what tests, the `tiny` training preset and the CPU benchmark
use; ``large`` has the shapes of SigLIP so400m-patch14-384 and SAM2.1 Hiera-L, for timing the real
configuration without downloading it. Saved like hub folders, they load through exactly the code that
loads the real backbones.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import torch

from ...core.dependencies import require
from .checkpoint import write_config

# Words of the synthetic referring grammar and common referring expressions; others map to <unk>.
VOCABULARY = [
    *"the a an all of to in on at from and with is are".split(),
    *"left right top bottom center middle upper lower north south east west".split(),
    *"above below near next beside first second third fourth last leftmost rightmost".split(),
    *"largest smallest one two three four five small large big long round square".split(),
    *"red white blue green grey gray yellow black dark bright".split(),
    *"building buildings tank tanks storage ship ships boat vehicle vehicles car cars".split(),
    *"tree trees road roads pond ponds lake field house roof".split(),
]
SPECIAL_TOKENS = ["<pad>", "</s>", "<unk>"]


def build_tokenizer(words=VOCABULARY):
    """A word-level fast tokenizer: lower-cased, whitespace split, end-of-sequence token appended,
    padded on the left."""
    tokenizers = require("tokenizers")
    transformers = require("transformers")
    known = [*SPECIAL_TOKENS, *sorted({word.lower() for word in words} - set(SPECIAL_TOKENS))]
    vocab = {token: index for index, token in enumerate(known)}
    tokenizer = tokenizers.Tokenizer(tokenizers.models.WordLevel(vocab, unk_token="<unk>"))
    tokenizer.normalizer = tokenizers.normalizers.Lowercase()
    tokenizer.pre_tokenizer = tokenizers.pre_tokenizers.Whitespace()
    tokenizer.post_processor = tokenizers.processors.TemplateProcessing(
        single="$A </s>", special_tokens=[("</s>", vocab["</s>"])]
    )
    # Left padding puts the end-of-sequence token last, where SigLIP's text model pools the sentence
    # embedding; a model trained from scratch cannot learn to gather the sentence into trailing padding.
    return transformers.PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        pad_token="<pad>",
        eos_token="</s>",
        unk_token="<unk>",
        padding_side="left",
    )


@dataclass(frozen=True)
class SiglipShape:
    image_size: int
    patch_size: int
    width: int
    mlp_width: int
    layers: int
    heads: int
    vocab_size: int


@dataclass(frozen=True)
class Sam2Shape:
    image_size: int
    stage_widths: tuple[int, ...]
    blocks_per_stage: tuple[int, ...]
    heads_per_stage: tuple[int, ...]
    window_per_stage: tuple[int, ...]
    global_blocks: tuple[int, ...]  # never a stage's first (pooling) block
    background_window: int
    width: int  # FPN, prompt encoder and mask decoder width
    decoder_mlp_width: int
    decoder_heads: int


PRESETS: dict[str, tuple[SiglipShape, Sam2Shape]] = {
    "tiny": (
        SiglipShape(image_size=128, patch_size=8, width=64, mlp_width=128, layers=4, heads=4, vocab_size=0),
        Sam2Shape(
            image_size=256,
            stage_widths=(16, 32, 64, 128),
            blocks_per_stage=(1, 1, 2, 1),
            heads_per_stage=(1, 1, 2, 4),
            window_per_stage=(4, 4, 4, 4),
            global_blocks=(3,),
            background_window=4,
            width=64,
            decoder_mlp_width=128,
            decoder_heads=4,
        ),
    ),
    "large": (  # google/siglip-so400m-patch14-384 and facebook/sam2.1-hiera-large shapes
        SiglipShape(
            image_size=384, patch_size=14, width=1152, mlp_width=4304, layers=27, heads=16, vocab_size=32000
        ),
        Sam2Shape(
            image_size=1024,
            stage_widths=(144, 288, 576, 1152),
            blocks_per_stage=(2, 6, 36, 4),
            heads_per_stage=(2, 4, 8, 16),
            window_per_stage=(8, 4, 16, 8),
            global_blocks=(23, 33, 43),
            background_window=7,
            width=256,
            decoder_mlp_width=2048,
            decoder_heads=8,
        ),
    ),
}


def siglip_config(shape: SiglipShape, vocab_size: int):
    transformers = require("transformers")
    # Config objects, not dicts: dicts first build a default text config, which warns about its token ids.
    return transformers.SiglipConfig(
        text_config=transformers.SiglipTextConfig(
            vocab_size=max(shape.vocab_size, vocab_size),
            hidden_size=shape.width,
            intermediate_size=shape.mlp_width,
            num_hidden_layers=shape.layers,
            num_attention_heads=shape.heads,
            max_position_embeddings=64,
            pad_token_id=0,
            bos_token_id=None,
            eos_token_id=1,
        ),
        vision_config=transformers.SiglipVisionConfig(
            image_size=shape.image_size,
            patch_size=shape.patch_size,
            hidden_size=shape.width,
            intermediate_size=shape.mlp_width,
            num_hidden_layers=shape.layers,
            num_attention_heads=shape.heads,
        ),
    )


def sam2_config(shape: Sam2Shape):
    transformers = require("transformers")
    sam2 = transformers.models.sam2.configuration_sam2
    size = shape.image_size
    backbone = sam2.Sam2HieraDetConfig(
        hidden_size=shape.stage_widths[0],
        num_attention_heads=shape.heads_per_stage[0],
        image_size=[size, size],
        blocks_per_stage=list(shape.blocks_per_stage),
        embed_dim_per_stage=list(shape.stage_widths),
        num_attention_heads_per_stage=list(shape.heads_per_stage),
        window_size_per_stage=list(shape.window_per_stage),
        global_attention_blocks=list(shape.global_blocks),
        window_positional_embedding_background_size=[shape.background_window] * 2,
    )
    vision = sam2.Sam2VisionConfig(
        backbone_config=backbone,
        backbone_channel_list=list(shape.stage_widths[::-1]),
        backbone_feature_sizes=[[size // stride, size // stride] for stride in (4, 8, 16)],
        fpn_hidden_size=shape.width,
    )
    return transformers.Sam2Config(
        vision_config=vision,
        prompt_encoder_config=sam2.Sam2PromptEncoderConfig(
            hidden_size=shape.width, image_size=size, patch_size=16
        ),
        mask_decoder_config=sam2.Sam2MaskDecoderConfig(
            hidden_size=shape.width,
            mlp_dim=shape.decoder_mlp_width,
            num_hidden_layers=2,
            num_attention_heads=shape.decoder_heads,
            iou_head_hidden_dim=shape.width,
        ),
    )


def random_backbones(preset: str = "tiny", words=VOCABULARY):
    """(SiglipModel, Sam2Model, tokenizer) with random weights, in memory; the tokenizer knows ``words``."""
    transformers = require("transformers")
    siglip_shape, sam2_shape = PRESETS[preset]
    tokenizer = build_tokenizer(words)
    siglip = transformers.SiglipModel(siglip_config(siglip_shape, len(tokenizer)))
    # SigLIP's initial temperature (t' = log 10; the library's zero keeps image-text logits within
    # (-1, 1), so grounding learns very slowly) but bias 0, not SigLIP's -10: the prompter gates features
    # with sigmoid(t * cos + b), and at -10 that gate and its gradient start closed for every patch.
    with torch.no_grad():
        siglip.logit_scale.fill_(math.log(10.0))
        siglip.logit_bias.fill_(0.0)
    return siglip, transformers.Sam2Model(sam2_config(sam2_shape)), tokenizer


def save_random_backbones(folder: Path, preset: str = "tiny") -> dict[str, Path]:
    """Both backbones as hub-like folders under ``folder``; returns {"siglip": path, "sam2": path}."""
    siglip, sam2, tokenizer = random_backbones(preset)
    paths = {"siglip": Path(folder) / "siglip", "sam2": Path(folder) / "sam2"}
    siglip.save_pretrained(paths["siglip"])
    tokenizer.save_pretrained(paths["siglip"])
    sam2.save_pretrained(paths["sam2"])
    return paths


def random_grounding_detector(words=VOCABULARY):
    """A tiny random Grounding DINO (Swin backbone, one-layer BERT) and its processor, in memory."""
    tokenizers = require("tokenizers")
    transformers = require("transformers")
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "."]
    known = [*specials, *sorted({word.lower() for word in words} - set(specials))]
    vocab = {token: index for index, token in enumerate(known)}
    tokenizer = tokenizers.Tokenizer(tokenizers.models.WordPiece(vocab, unk_token="[UNK]"))
    tokenizer.normalizer = tokenizers.normalizers.BertNormalizer(lowercase=True)
    tokenizer.pre_tokenizer = tokenizers.pre_tokenizers.BertPreTokenizer()
    tokenizer.post_processor = tokenizers.processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])]
    )
    bert_tokenizer = transformers.BertTokenizerFast(
        tokenizer_object=tokenizer,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
    )
    config = transformers.GroundingDinoConfig(
        backbone_config=transformers.SwinConfig(
            image_size=224,
            patch_size=4,
            embed_dim=16,
            depths=[1, 1, 1, 1],
            num_heads=[1, 1, 1, 2],
            window_size=7,
            out_features=["stage2", "stage3", "stage4"],
        ),
        text_config=transformers.BertConfig(
            vocab_size=len(vocab),
            hidden_size=32,
            num_hidden_layers=1,
            num_attention_heads=2,
            intermediate_size=64,
            max_position_embeddings=64,
        ),
        d_model=32,
        encoder_layers=1,
        decoder_layers=2,  # the box heads of decoder layers > 0 are tied to layer 0's: at least two
        encoder_ffn_dim=64,
        decoder_ffn_dim=64,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_n_points=2,
        decoder_n_points=2,
        num_queries=30,
        max_text_len=64,
    )
    image_processor = transformers.GroundingDinoImageProcessorPil(
        size={"shortest_edge": 256, "longest_edge": 256}
    )
    processor = transformers.GroundingDinoProcessor(image_processor=image_processor, tokenizer=bert_tokenizer)
    return transformers.GroundingDinoForObjectDetection(config), processor


def save_random_pslg(folder: Path, detector_kind: str = "grounding-dino", **settings) -> Path:
    """A PSLG-SAM folder (config.json + tiny random detector/ and sam2/) that loads like the real one;
    ``detector_kind`` is grounding-dino or owlv2."""
    from ..pslg.config import PSLGConfig

    folder = Path(folder)
    detector, processor = random_owlv2() if detector_kind == "owlv2" else random_grounding_detector()
    detector.save_pretrained(folder / "detector")
    processor.save_pretrained(folder / "detector")
    _, sam2, _ = random_backbones("tiny")
    sam2.save_pretrained(folder / "sam2")
    write_config(folder, PSLGConfig(detector="detector", sam2="sam2", **settings).to_dict())
    return folder


def clip_tokenizer(words=VOCABULARY):
    """A CLIP tokenizer (byte-pair encoding with an end-of-word suffix, as CLIPTokenizerFast requires)
    trained on ``words``."""
    tokenizers = require("tokenizers")
    transformers = require("transformers")
    bpe = tokenizers.Tokenizer(tokenizers.models.BPE(end_of_word_suffix="</w>"))
    bpe.normalizer = tokenizers.normalizers.Lowercase()
    bpe.pre_tokenizer = tokenizers.pre_tokenizers.Whitespace()
    specials = ["<|startoftext|>", "<|endoftext|>"]
    # Id 0 stays an ordinary token: OWLv2 treats a query whose first id is 0 as padding.
    trainer = tokenizers.trainers.BpeTrainer(
        vocab_size=300, special_tokens=["<unk>", *specials], end_of_word_suffix="</w>", show_progress=False
    )
    bpe.train_from_iterator(list(words), trainer)
    bpe.post_processor = tokenizers.processors.TemplateProcessing(
        single="<|startoftext|> $A <|endoftext|>",
        special_tokens=[(token, bpe.token_to_id(token)) for token in specials],
    )
    return transformers.CLIPTokenizerFast(
        tokenizer_object=bpe, bos_token=specials[0], eos_token=specials[1], pad_token=specials[1]
    )


def random_owlv2(words=VOCABULARY):
    """A tiny random OWLv2 (the alternative open-vocabulary detector) and its processor."""
    transformers = require("transformers")
    tokenizer = clip_tokenizer(words)
    ids = {"bos_token_id": tokenizer.bos_token_id, "eos_token_id": tokenizer.eos_token_id}
    config = transformers.Owlv2Config(
        text_config={
            "vocab_size": len(tokenizer),
            "hidden_size": 32,
            "intermediate_size": 64,
            "num_hidden_layers": 1,
            "num_attention_heads": 2,
            "max_position_embeddings": 16,
            "pad_token_id": tokenizer.pad_token_id,
            **ids,
        },
        vision_config={
            "hidden_size": 32,
            "intermediate_size": 64,
            "num_hidden_layers": 1,
            "num_attention_heads": 2,
            "image_size": 64,
            "patch_size": 16,
        },
        projection_dim=32,
    )
    processor = transformers.Owlv2Processor(
        image_processor=transformers.Owlv2ImageProcessor(size={"height": 64, "width": 64}),
        tokenizer=tokenizer,
    )
    model = transformers.Owlv2ForObjectDetection(config)
    # Random heads saturate (every score 0, boxes collapsed to the image's edges); zero their last layers
    # so the untrained detector answers with OWLv2's prior boxes, one per patch, at scores near 0.5.
    with torch.no_grad():
        for layer in (model.class_head.logit_shift, model.class_head.logit_scale, model.box_head.dense2):
            layer.weight.zero_()
            layer.bias.zero_()
    return model, processor


def random_sam3(words=VOCABULARY):
    """A tiny random SAM3 (2-layer ViT at 112 px, one-layer CLIP text encoder) and its processor."""
    transformers = require("transformers")
    sam3 = transformers.models.sam3.configuration_sam3
    tokenizer = clip_tokenizer(words)
    bpe = tokenizer.backend_tokenizer
    specials = [tokenizer.bos_token, tokenizer.eos_token]
    width, layers = 32, {"num_layers": 1, "num_attention_heads": 2, "intermediate_size": 64}
    config = transformers.Sam3Config(
        vision_config=sam3.Sam3VisionConfig(
            backbone_config=sam3.Sam3ViTConfig(
                hidden_size=width,
                intermediate_size=64,
                num_hidden_layers=2,
                num_attention_heads=2,
                image_size=112,
                patch_size=14,
                window_size=4,
                global_attn_indexes=[1],
                pretrain_image_size=56,
            ),
            fpn_hidden_size=width,
        ),
        text_config=transformers.CLIPTextConfig(
            vocab_size=bpe.get_vocab_size(),
            hidden_size=width,
            intermediate_size=64,
            num_hidden_layers=1,
            num_attention_heads=2,
            max_position_embeddings=32,
            projection_dim=width,
            bos_token_id=bpe.token_to_id(specials[0]),
            eos_token_id=bpe.token_to_id(specials[1]),
            pad_token_id=bpe.token_to_id(specials[1]),
        ),
        geometry_encoder_config=sam3.Sam3GeometryEncoderConfig(hidden_size=width, **layers),
        detr_encoder_config=sam3.Sam3DETREncoderConfig(hidden_size=width, **layers),
        detr_decoder_config=sam3.Sam3DETRDecoderConfig(hidden_size=width, num_queries=20, **layers),
        mask_decoder_config=sam3.Sam3MaskDecoderConfig(hidden_size=width, num_attention_heads=2),
    )
    processor = transformers.Sam3Processor(
        image_processor=transformers.Sam3ImageProcessor(size={"height": 112, "width": 112}),
        tokenizer=tokenizer,
    )
    return transformers.Sam3Model(config), processor


def save_random_sam3_text(folder: Path, **settings) -> Path:
    """A sam3-text folder (config.json + a tiny random sam3/) that loads like the real one."""
    from ..sam3text.predictor import Sam3TextConfig

    folder = Path(folder)
    model, processor = random_sam3()
    model.save_pretrained(folder / "sam3")
    processor.save_pretrained(folder / "sam3")
    write_config(folder, Sam3TextConfig(sam3="sam3", **settings).to_dict())
    return folder


def random_rs2sam2(words=VOCABULARY, preset: str = "tiny"):
    """An RS2-SAM2 with random weights and a word-level tokenizer padded on the right, as XLM-R is.
    ``tiny``: a BEiT-3-shaped union encoder of width 64 at 128 px and the tiny SAM2, all trained;
    ``large``: the paper's BEiT-3 large and SAM2 Hiera-L shapes (SAM2's image encoder frozen)."""
    from ..rs2sam2.config import RS2SAM2Config
    from ..rs2sam2.model import RS2SAM2
    from .backbones import prepare_sam2

    transformers = require("transformers")
    tokenizer = build_tokenizer(words)
    tokenizer.padding_side = "right"  # BEiT-3 numbers text positions from the first token
    sam2 = prepare_sam2(transformers.Sam2Model(sam2_config(PRESETS[preset][1])))
    if preset == "large":
        return RS2SAM2(RS2SAM2Config(tokenizer="tokenizer", sam2="sam2", sam2_weights=False), sam2, tokenizer)
    config = RS2SAM2Config(
        union_width=64,
        union_layers=4,
        union_heads=4,
        union_mlp_width=128,
        union_image_size=128,
        union_patch_size=8,
        vocab_size=len(tokenizer),
        tokenizer="tokenizer",
        text_max_length=16,
        sam2="sam2",
        sam2_weights=False,
        prompt_heads=4,
        train_backbones=True,
    )
    return RS2SAM2(config, sam2, tokenizer)
