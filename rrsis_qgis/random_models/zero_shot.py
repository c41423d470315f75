"""Tiny random zero-shot models (Grounding DINO, OWLv2, SAM3) with their processors, and the PSLG-SAM and
sam3-text folders built from them, saved with the publishers' own classes so that they load through the
real loading code."""

from __future__ import annotations

from pathlib import Path

import torch

from ..foundation.dependencies import require
from ..models.common.checkpoint import write_config
from ..models.common.sam2_config import SAM2_HIERA_TINY, sam2_config
from .encoders import PRESETS, VOCABULARY


def random_grounding_detector(words=VOCABULARY, kind: str = "grounding-dino"):
    """A tiny random Grounding DINO, or MM Grounding DINO (``kind`` mm-grounding-dino), with a Swin
    backbone and a one-layer BERT, and its processor, in memory."""
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
    mm = kind == "mm-grounding-dino"
    config_class = transformers.MMGroundingDinoConfig if mm else transformers.GroundingDinoConfig
    config = config_class(
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
    model_class = (
        transformers.MMGroundingDinoForObjectDetection if mm else transformers.GroundingDinoForObjectDetection
    )
    return model_class(config), processor


def save_random_detector(folder: Path, kind: str = "grounding-dino") -> Path:
    """A tiny random open-vocabulary detector saved as the hub publishes it: the model's
    save_pretrained and its processor's (image processor + tokenizer files); ``kind`` is
    grounding-dino, mm-grounding-dino or owlv2."""
    model, processor = random_owlv2() if kind == "owlv2" else random_grounding_detector(kind=kind)
    model.save_pretrained(folder)
    processor.save_pretrained(folder)
    return Path(folder)


def random_sam2_video():
    """A tiny random SAM2.1 as facebook/sam2.1-hiera-* are published: a Sam2VideoModel (config
    `sam2_video`, memory modules included) around the tiny image encoder, prompt encoder and decoder."""
    transformers = require("transformers")
    image_model = sam2_config(PRESETS["tiny"][1])
    config = transformers.Sam2VideoConfig(
        vision_config=image_model.vision_config.to_dict(),
        prompt_encoder_config=image_model.prompt_encoder_config.to_dict(),
        mask_decoder_config=image_model.mask_decoder_config.to_dict(),
    )
    return transformers.Sam2VideoModel(config)


def save_random_pslg(folder: Path, detector_kind: str = "grounding-dino", **settings) -> Path:
    """A PSLG-SAM folder (config.json + tiny random detector/ and sam2/) that loads like the real one:
    the detector (``detector_kind``: grounding-dino, mm-grounding-dino or owlv2) and SAM2.1 saved with the
    publishers' classes."""
    from ..models.pslg.config import PSLGConfig

    folder = Path(folder)
    save_random_detector(folder / "detector", detector_kind)
    random_sam2_video().save_pretrained(folder / "sam2")
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


def random_sam3_video(detector):
    """A Sam3VideoModel around a tiny random SAM3 ``detector``, as facebook/sam3 is published, with a
    tracker (prompt encoder, mask decoder, memory) sized to the detector's 112-px features."""
    transformers = require("transformers")
    width = detector.config.vision_config.fpn_hidden_size
    side, patch = 112, 14
    grid = side // patch
    tracker = transformers.Sam3TrackerVideoConfig(
        vision_config={
            **detector.config.vision_config.to_dict(),
            "backbone_feature_sizes": [[4 * grid, 4 * grid], [2 * grid, 2 * grid], [grid, grid]],
        },
        prompt_encoder_config={"hidden_size": width, "image_size": side, "patch_size": patch},
        mask_decoder_config={
            "hidden_size": width,
            "mlp_dim": 64,
            "num_attention_heads": 2,
            "iou_head_hidden_dim": width,
        },
        memory_attention_hidden_size=width,
        memory_attention_num_layers=1,
        memory_attention_feed_forward_hidden_size=64,
        memory_attention_rope_feat_sizes=[grid, grid],
        memory_encoder_hidden_size=width,
        memory_encoder_output_channels=16,
        mask_downsampler_embed_dim=width,
        memory_fuser_embed_dim=width,
        memory_fuser_intermediate_dim=64,
    )
    config = transformers.Sam3VideoConfig(
        detector_config=detector.config.to_dict(), tracker_config=tracker.to_dict()
    )
    config.image_size = side  # given to both the detector and the tracker
    return transformers.Sam3VideoModel(config)


def save_random_sam3_text(folder: Path, layout: str = "sam3_video", **settings) -> Path:
    """A sam3-text folder (config.json + a tiny random sam3/) that loads like the real one. ``layout``
    sam3_video saves it as facebook/sam3 is published (a Sam3VideoModel around the detector); sam3 saves
    the single-image Sam3Model."""
    from ..models.sam3_text.predictor import Sam3TextConfig

    folder = Path(folder)
    model, processor = random_sam3()
    if layout == "sam3_video":
        model = random_sam3_video(model)
    model.save_pretrained(folder / "sam3")
    processor.save_pretrained(folder / "sam3")
    write_config(folder, Sam3TextConfig(sam3="sam3", **settings).to_dict())
    return folder


def random_pslg_parts(preset: str):
    """(detector, processor, SAM2) with random weights in the shapes of the published PSLG-SAM models:
    ``tiny`` is Grounding DINO tiny (Swin-T, BERT base) + SAM2.1 Hiera-T, ``large`` Grounding DINO base
    (Swin-B) + SAM2.1 Hiera-L; the processor resizes as Grounding DINO's own (800-1333 px)."""
    transformers = require("transformers")
    _, small_processor = random_grounding_detector()
    backbone = None
    if preset == "large":
        backbone = transformers.SwinConfig(
            image_size=384,
            embed_dim=128,
            depths=[2, 2, 18, 2],
            num_heads=[4, 8, 16, 32],
            window_size=12,
            out_features=["stage2", "stage3", "stage4"],
        )
    detector = transformers.GroundingDinoForObjectDetection(
        transformers.GroundingDinoConfig(backbone_config=backbone)
    )
    processor = transformers.GroundingDinoProcessor(
        image_processor=transformers.GroundingDinoImageProcessorPil(), tokenizer=small_processor.tokenizer
    )
    shape = SAM2_HIERA_TINY if preset == "tiny" else PRESETS["large"][1]
    sam2 = transformers.Sam2Model(sam2_config(shape))
    return detector, processor, sam2
