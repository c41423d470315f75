"""Training: AdamW, warm-up + cosine schedule, BCE + Dice, AMP on CUDA, accumulation, best-on-val, resume.

The checkpoint folder (``--out``) always holds the best model on the validation split (never chosen on
test); ``--out/last/`` holds the latest model plus optimizer, schedule and random state for ``--resume``.
"""

from __future__ import annotations

import contextlib
import json
import math
import random
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from ..foundation.model_types import MODEL_TYPES, model_type
from ..model_process.model_manager import ModelManager, pick_device
from ..models.common.checkpoint import load_pickled_tensors, read_config
from ..models.common.square_input import EncoderInputs
from ..models.registry import trainable_types
from ..models.rsrefseg.model import ImageFeatures, TextFeatures
from .datasets import Sample, augment, read_dataset
from .evaluate import score_predictor

TRAINING_STATE = "training_state.pt"


@dataclass
class TrainSettings:
    data: Path
    data_format: str
    out: Path
    preset: str = "tiny"
    model: str = "rsrefseg"
    epochs: int | None = None
    steps: int | None = None
    batch: int = 8
    accumulate: int = 1
    lr: float = 1e-4
    weight_decay: float = 0.05
    warmup_fraction: float = 0.05
    device: str = "auto"
    seed: int = 0
    resume: bool = False
    val_every: int | None = None  # steps between validations; default: once per epoch
    val_limit: int | None = None  # validate on the first N val samples only (faster)
    aux_weight: float = 0.0  # weight of a Dice loss on the dense prompt (activation map / pseudo-mask)
    contrastive_weight: float = 0.0  # weight of the region-text contrastive loss (from-scratch training)
    workers: int = 0  # DataLoader processes reading and augmenting samples (0: the main process)
    init: Path | None = None  # start from this checkpoint's weights (fine-tuning; a fresh optimizer)
    beit3: Path | None = None  # folder with BEiT-3's release files (rs2sam2 --preset large)
    segmenter: str = "sam2"  # rsrefseg: SAM2, or the original SAM as in the authors' RSRefSeg-b / -l


def build_model(settings: TrainSettings, train_sentences: list[str], manager: ModelManager) -> nn.Module:
    """A fresh model of ``settings.model`` in ``settings.preset``, built by its type's training hook."""
    if settings.model not in trainable_types():
        raise ValueError(f"unknown model {settings.model!r}; choose one of {trainable_types()}")
    entry = MODEL_TYPES[settings.model].entry()
    if settings.preset not in entry.PRESETS:
        raise ValueError(f"{settings.model} has the presets {', '.join(entry.PRESETS)}")
    words = sorted({word for sentence in train_sentences for word in sentence.lower().split()})
    model = entry.build_for_training(settings, words, manager.resolve)
    # A new checkpoint sees images as each pretrained encoder's publishers prepare them, and records it.
    model.config = replace(model.config, image_fit="resize")
    return model


def load_model(folder: Path, expected_type: str, manager: ModelManager) -> nn.Module:
    """A checkpoint to continue or fine-tune; it must be of the model type being trained."""
    entry = model_type(read_config(folder)["model_type"])
    if entry.name != expected_type:
        raise ValueError(f"{folder} holds a '{entry.name}' model, but --model is '{expected_type}'")
    return entry.entry().MODEL.load(folder, manager.resolve)


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def dice_loss(logits: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    probability = torch.sigmoid(logits).flatten(1)
    target = target.flatten(1)
    overlap = (probability * target).sum(1)
    return (1 - (2 * overlap + 1) / (probability.sum(1) + target.sum(1) + 1)).mean()


def mask_loss(decoded, targets: torch.Tensor, aux_weight: float) -> torch.Tensor:
    """BCE + Dice on the mask at the size of the square input; optionally Dice of the global activation
    map against the target's coverage of each SigLIP patch (a direct grounding signal, useful when training
    from scratch)."""
    logits = F.interpolate(
        decoded.mask_logits.float(), size=targets.shape[-2:], mode="bilinear", align_corners=False
    )
    loss = F.binary_cross_entropy_with_logits(logits, targets) + dice_loss(logits, targets)
    if aux_weight:
        # Dice, not BCE: with a few target patches among many, BCE is satisfied by switching the whole
        # activation map off, which collapses every sentence embedding to one direction.
        activation = decoded.activation_logits.float()
        coverage = F.adaptive_avg_pool2d(targets, activation.shape[-2:])
        loss = loss + aux_weight * dice_loss(activation, coverage)
    return loss


def region_text_contrastive(
    image: ImageFeatures, text: TextFeatures, targets: torch.Tensor, sentences: list[str], scale: torch.Tensor
) -> torch.Tensor:
    """Cross-entropy that makes each target region match its own sentence better than the batch's other
    sentences (identical sentences are not negatives). Without it, a model trained from scratch settles
    on the text-independent answer "the most salient object" and every sentence embedding collapses
    onto one direction; this gives the text encoder a reason to tell expressions apart."""
    vision = F.normalize(image.siglip.float(), dim=1)  # B x C x g x g
    coverage = F.adaptive_avg_pool2d(targets, vision.shape[-2:]).flatten(1)  # B x g*g
    weights = coverage / coverage.sum(1, keepdim=True).clamp(min=1e-6)
    regions = F.normalize(torch.einsum("bp,bcp->bc", weights, vision.flatten(2)), dim=1)  # B x C
    logits = scale.float().exp() * regions @ F.normalize(text.pooled.float(), dim=1).T  # region i x text j
    same_text = torch.tensor(
        [[a == b for b in sentences] for a in sentences], device=logits.device, dtype=torch.bool
    )
    logits = logits.masked_fill(
        same_text & ~torch.eye(len(sentences), dtype=torch.bool, device=logits.device), -1e4
    )
    has_target = coverage.sum(1) > 0
    labels = torch.arange(len(sentences), device=logits.device)
    return F.cross_entropy(logits[has_target], labels[has_target]) if has_target.any() else logits.sum() * 0


def batch_tensors(samples: list[Sample], inputs: EncoderInputs):
    """The model's inputs for a batch, fitted as ``inputs`` says: SAM2's squares (B x 3 x S x S in
    [0, 1]), the second encoder's own squares (or None) and the masks on SAM2's square (B x 1 x S x S)."""
    squares, seconds, masks = [], [], []
    for sample in samples:
        square, second = inputs.tensors(sample.image)
        squares.append(square)
        seconds.append(second)
        mask = np.repeat(sample.mask[..., None], 3, axis=2).astype(np.uint8) * 255
        masks.append(inputs.geometry(*sample.mask.shape).to_square(mask)[:, :1])
    second = None if seconds[0] is None else torch.cat(seconds)
    return torch.cat(squares), second, (torch.cat(masks) > 0.5).float()


class PlannedBatches(torch.utils.data.Dataset):
    """Batches planned in the main process as (sample indices, augmentation seed), loaded and augmented
    in DataLoader workers: the data order does not depend on the number of workers."""

    def __init__(self, samples, plan: list[tuple[list[int], int]], inputs: EncoderInputs) -> None:
        self.samples, self.plan, self.inputs = samples, plan, inputs

    def __len__(self) -> int:
        return len(self.plan)

    def __getitem__(self, number: int):
        indices, seed = self.plan[number]
        rng = np.random.default_rng(seed)
        samples = [augment(self.samples[index], rng) for index in indices]
        return (*batch_tensors(samples, self.inputs), [sample.sentence for sample in samples])


def lr_factor(step: int, total: int, warmup: int) -> float:
    """Linear warm-up, then cosine decay to zero."""
    if step < warmup:
        return (step + 1) / warmup
    progress = (step - warmup) / max(1, total - warmup)
    return 0.5 * (1 + math.cos(math.pi * min(progress, 1.0)))


def train(settings: TrainSettings, log=print) -> dict:
    """Train and return the best validation metrics; progress goes to a tqdm bar and ``log``."""
    from tqdm.auto import tqdm

    seed_everything(settings.seed)
    manager = ModelManager()
    device = torch.device(pick_device(settings.device))
    train_set = read_dataset(settings.data, settings.data_format, "train")
    val_set = read_dataset(settings.data, settings.data_format, "val")
    if settings.val_limit:
        val_samples = [val_set[i] for i in range(min(settings.val_limit, len(val_set)))]
    else:
        val_samples = val_set
    out, last = Path(settings.out), Path(settings.out) / "last"

    if settings.resume:
        if not (last / TRAINING_STATE).is_file():
            raise FileNotFoundError(f"nothing to resume: {last / TRAINING_STATE} does not exist")
        model = load_model(last, settings.model, manager)
    elif settings.init is not None:
        model = load_model(settings.init, settings.model, manager)
    else:
        model = build_model(settings, train_set.sentences, manager)
    if settings.contrastive_weight and not hasattr(model, "encode_text"):
        raise ValueError("--contrastive-weight needs separate image and text embeddings: rsrefseg only")
    model.to(device).train()

    steps_per_epoch = max(1, len(train_set) // (settings.batch * settings.accumulate))
    total_steps = settings.steps or (settings.epochs or 1) * steps_per_epoch
    val_every = settings.val_every or steps_per_epoch
    warmup = max(1, int(settings.warmup_fraction * total_steps))
    trainable = [parameter for parameter in model.parameters() if parameter.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=settings.lr, weight_decay=settings.weight_decay)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: lr_factor(step, total_steps, warmup)
    )
    step, best, history = 0, {"gIoU": -1.0}, []
    order_rng = np.random.default_rng(settings.seed)

    if settings.resume:
        state = load_pickled_tensors(last / TRAINING_STATE)
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        step, best, history = state["step"], json.loads(state["best"]), json.loads(state["history"])
        order_rng = np.random.default_rng(state["order_seed"])
        torch.set_rng_state(state["torch_rng"])
        log(f"Resumed at step {step} of {total_steps} (best val gIoU so far {best['gIoU']:.4f})")

    autocast = (
        torch.autocast("cuda", dtype=torch.bfloat16) if device.type == "cuda" else contextlib.nullcontext()
    )
    inputs = model.encoder_inputs
    progress = tqdm(total=total_steps, initial=step, desc="train", unit="step", dynamic_ncols=True)
    order: list[int] = []

    def next_batch() -> tuple[list[int], int]:
        nonlocal order
        if len(order) < settings.batch:
            order.extend(order_rng.permutation(len(train_set)).tolist())
        indices, order = order[: settings.batch], order[settings.batch :]
        return indices, int(order_rng.integers(2**63))

    started, seen = time.perf_counter(), 0
    while step < total_steps:
        # One loader per stretch between validations, planned up front, so a save point is a clean cut.
        stretch = min(total_steps, (step // val_every + 1) * val_every) - step
        plan = [next_batch() for _ in range(stretch * settings.accumulate)]
        batches = iter(
            torch.utils.data.DataLoader(
                PlannedBatches(train_set, plan, inputs),
                batch_size=None,
                num_workers=settings.workers,
                pin_memory=device.type == "cuda",
            )
        )
        for _ in range(stretch):
            optimizer.zero_grad(set_to_none=True)
            running = 0.0
            for _ in range(settings.accumulate):
                images, seconds, targets, sentences = next(batches)
                images = images.to(device, non_blocking=True)
                if seconds is not None:
                    seconds = seconds.to(device, non_blocking=True)
                targets = targets.to(device, non_blocking=True)
                input_ids, text_mask = model.tokenize(sentences)
                with autocast:
                    if settings.contrastive_weight:
                        image = model.encode_image(images, seconds)
                        text = model.encode_text(input_ids, text_mask)
                        decoded = model.decode(image, text)
                    else:
                        decoded = model(images, input_ids, text_mask, seconds)
                loss = mask_loss(decoded, targets, settings.aux_weight)
                if settings.contrastive_weight:
                    loss = loss + settings.contrastive_weight * region_text_contrastive(
                        image, text, targets, sentences, model.logit_scale
                    )
                (loss / settings.accumulate).backward()
                running += loss.item() / settings.accumulate
                seen += len(sentences)
            torch.nn.utils.clip_grad_norm_(trainable, 1.0)
            optimizer.step()
            scheduler.step()
            step += 1
            progress.update(1)
            progress.set_postfix(
                loss=f"{running:.4f}", samples_s=f"{seen / (time.perf_counter() - started):.1f}"
            )

        validation = MODEL_TYPES[settings.model].entry().PREDICTOR(model, "validation", device)
        metrics = score_predictor(validation, val_samples)
        model.train()
        history.append({"step": step, "loss": running, **metrics})
        improved = metrics["gIoU"] > best["gIoU"]
        if improved:
            best = {"step": step, **metrics}
            model.save(out)
        model.save(last)
        # The data order restarts from a stored seed at each save, so a resumed run continues exactly.
        order_seed = int(order_rng.integers(2**31))
        torch.save(
            {
                "optimizer": optimizer.state_dict(),
                "scheduler": scheduler.state_dict(),
                "step": step,
                "best": json.dumps(best),
                "history": json.dumps(history),
                "order_seed": order_seed,
                "torch_rng": torch.get_rng_state(),
            },
            last / TRAINING_STATE,
        )
        order_rng, order = np.random.default_rng(order_seed), []
        log(
            f"step {step}: loss {running:.4f}, val gIoU {metrics['gIoU']:.4f}, cIoU {metrics['cIoU']:.4f}"
            + (" (best, saved)" if improved else "")
        )
    progress.close()
    (out / "training_log.json").write_text(json.dumps({"best": best, "history": history}, indent=2) + "\n")
    return best
