"""Command line: ``python -m rrsis_qgis <command>`` (also installed as ``rrsis``). No QGIS needed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .core.errors import RrsisError
from .core.model_registry import REGISTRY

DATA_FORMATS = ("jsonl", "rrsisd", "refsegrs")


def _list_models(_args: argparse.Namespace) -> int:
    width = max(len(name) for name in REGISTRY)
    for spec in REGISTRY.values():
        print(f"{spec.name:<{width}}  {spec.method:<9}  {spec.description}")
    return 0


def _demo(_args: argparse.Namespace) -> int:
    print("rrsis demo: no model yet: the demo segmentation arrives with the first trained checkpoint.")
    return 1


def _synth(args: argparse.Namespace) -> int:
    import time

    from .training.synthetic import write_dataset

    counts = {"train": args.train, "val": args.val, "test": args.test}
    started = time.perf_counter()
    write_dataset(args.out, counts, seed=args.seed, size=args.size)
    total = sum(counts.values())
    elapsed = time.perf_counter() - started
    print(
        f"Wrote {total} samples ({counts}) to {args.out} in {elapsed:.1f} s ({total / elapsed:.0f} samples/s)"
    )
    return 0


def _train(args: argparse.Namespace) -> int:
    from .training.train import TrainSettings, train

    settings = TrainSettings(
        data=args.data,
        data_format=args.format,
        out=args.out,
        preset=args.preset,
        model=args.model,
        epochs=args.epochs,
        steps=args.steps,
        batch=args.batch,
        accumulate=args.accumulate,
        lr=args.lr,
        device=args.device,
        seed=args.seed,
        resume=args.resume,
        val_every=args.val_every,
        val_limit=args.val_limit,
    )
    best = train(settings)
    print(f"Best on val (step {best.get('step')}): gIoU {best['gIoU']:.4f}, cIoU {best.get('cIoU', 0):.4f}")
    print(f"Checkpoint: {args.out}")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from .training.evaluate import EvaluateSettings, evaluate

    evaluate(
        EvaluateSettings(
            data=args.data,
            data_format=args.format,
            checkpoint=args.checkpoint,
            split=args.split,
            device=args.device,
            threshold=args.threshold,
            json_out=args.json,
            save_masks=args.save_masks,
            strict_threshold=args.strict_threshold,
            resize_to=args.resize_to,
        )
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rrsis", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("models", help="list the registered models").set_defaults(run=_list_models)
    commands.add_parser("demo", help="segment the bundled example raster into a shapefile").set_defaults(
        run=_demo
    )

    synth = commands.add_parser("synth", help="write a synthetic referring-segmentation dataset (jsonl)")
    synth.add_argument("--out", type=Path, required=True)
    synth.add_argument("--train", type=int, default=2000)
    synth.add_argument("--val", type=int, default=200)
    synth.add_argument("--test", type=int, default=200)
    synth.add_argument("--seed", type=int, default=0)
    synth.add_argument("--size", type=int, default=256, help="image side in pixels")
    synth.set_defaults(run=_synth)

    train = commands.add_parser("train", help="train a model; keeps the best checkpoint on the val split")
    train.add_argument("--data", type=Path, required=True)
    train.add_argument("--format", choices=DATA_FORMATS, default="jsonl")
    train.add_argument("--model", default="rsrefseg", choices=["rsrefseg"])
    train.add_argument("--preset", default="tiny", choices=["tiny", "base", "large"])
    train.add_argument("--out", type=Path, required=True, help="checkpoint folder to write")
    length = train.add_mutually_exclusive_group()
    length.add_argument("--epochs", type=int)
    length.add_argument("--steps", type=int)
    train.add_argument("--batch", type=int, default=8)
    train.add_argument("--accumulate", type=int, default=1, help="gradient accumulation steps")
    train.add_argument("--lr", type=float, default=1e-4)
    train.add_argument("--device", help="cuda, mps or cpu (default: the best available)")
    train.add_argument("--seed", type=int, default=0)
    train.add_argument("--resume", action="store_true", help="continue from OUT/last/")
    train.add_argument("--val-every", type=int, help="steps between validations (default: each epoch)")
    train.add_argument("--val-limit", type=int, help="validate on the first N val samples only")
    train.set_defaults(run=_train)

    evaluate = commands.add_parser("evaluate", help="score a checkpoint: gIoU, cIoU, Pr@0.5-0.9")
    evaluate.add_argument("--data", type=Path, required=True)
    evaluate.add_argument("--format", choices=DATA_FORMATS, default="jsonl")
    evaluate.add_argument("--split", default="test")
    evaluate.add_argument("--checkpoint", required=True, help="checkpoint folder, registry name or hub id")
    evaluate.add_argument("--device")
    evaluate.add_argument("--threshold", type=float, default=0.5, help="probability threshold of a mask")
    evaluate.add_argument("--json", type=Path, help="write the metrics (fractions) to this file")
    evaluate.add_argument("--save-masks", type=Path, help="write the predicted mask of line i as DIR/<i>.png")
    evaluate.add_argument("--strict-threshold", action="store_true", help="Pr@X counts IoU > X (default >=)")
    evaluate.add_argument("--resize-to", type=int, help="score masks resized to NxN (default: native size)")
    evaluate.set_defaults(run=_evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except (RrsisError, FileNotFoundError, ValueError) as error:
        print(f"rrsis {args.command}: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
