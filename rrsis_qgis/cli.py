"""Command line: ``python -m rrsis_qgis <command>`` (also installed as ``rrsis``). No QGIS needed."""

from __future__ import annotations

import argparse
import math
import signal
import sys
import threading
from pathlib import Path

from .foundation.errors import RrsisError
from .foundation.model_catalog import CATALOG
from .foundation.run_settings import PRECISIONS, RunSettings
from .foundation.vector_files import written_files
from .protocol.messages import RAY_CONNECT_TIMEOUT_S, parse_bands

DATA_FORMATS = ("jsonl", "rrsisd", "refsegrs")


def _refer(args: argparse.Namespace) -> int:
    """How an expression is understood, and what it selects among given candidates (no model)."""
    import json

    from .protocol.messages import check_expression
    from .referring.inspect import refer

    expression = check_expression(args.expression)
    print(json.dumps(refer(expression, args.image, args.candidates), indent=2, ensure_ascii=False))
    return 0


def _list_models(_args: argparse.Namespace) -> int:
    width = max(len(name) for name in CATALOG)
    for spec in CATALOG.values():
        print(f"{spec.name:<{width}}  {spec.model_type:<9}  {spec.description}")
    return 0


DEMO_SCENE = (2026, "test", 5)  # (seed, split, index): a scene the demo model never saw in training


def _demo(args: argparse.Namespace) -> int:
    """Segment a synthetic GeoTIFF scene by text with the shipped demo checkpoint into a shapefile."""
    from .training.synthetic import generate_sample, write_geotiff

    args.out.mkdir(parents=True, exist_ok=True)
    sample = generate_sample(*DEMO_SCENE)
    raster = write_geotiff(sample, args.out / "scene.tif")
    shapefile = args.out / "segmentation.shp"
    print(f"Demo scene: {raster} (synthetic, 256 x 256 px at 0.5 m, EPSG:32613)")
    print(f"Expression: '{sample.sentence}'")
    segment = ["segment", "--raster", str(raster), "--text", sample.sentence, "--model", "synthetic-demo"]
    status = main([*segment, "--out", str(shapefile), "--overwrite"])
    if status == 0:
        print(f"Shapefile: {shapefile.resolve()}")
    return status


# argparse reports a type function's ValueError with the function's name ("invalid _parse_point value");
# these raise ArgumentTypeError, whose text argparse prints as it is.


def _numbers(text: str, count: int, meaning: str) -> list[float]:
    try:
        values = [float(value) for value in text.split(",")]
    except ValueError:
        values = []
    if len(values) != count:
        raise argparse.ArgumentTypeError(f"{meaning}, not {text!r}")
    return values


def _finite(values: tuple, text: str) -> tuple:
    """A click's coordinates: NaN would reach the model as a pixel number, inf as "outside". (An extent is
    checked on the model side, which says which of its numbers are not finite.)"""
    if not all(math.isfinite(value) for value in values):
        raise argparse.ArgumentTypeError(f"coordinates must be finite numbers, not {text!r}")
    return values


def _parse_extent(text: str) -> tuple[float, float, float, float]:
    values = _numbers(text, 4, "give four numbers xmin,ymin,xmax,ymax")
    if values[0] >= values[2] or values[1] >= values[3]:
        raise argparse.ArgumentTypeError(
            f"give xmin,ymin,xmax,ymax with xmin < xmax and ymin < ymax, not {text!r}"
        )
    return values[0], values[1], values[2], values[3]


def _parse_point(text: str) -> tuple[float, float]:
    values = _numbers(text, 2, "a point is X,Y in map coordinates, e.g. 481200.5,4452010")
    return _finite((values[0], values[1]), text)


def _parse_box(text: str) -> tuple[float, float, float, float]:
    return _finite(_parse_extent(text), text)


def _parse_bands(text: str) -> tuple[int, int, int]:
    try:
        return parse_bands(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def _clicks(args: argparse.Namespace):
    """The --point, --negative-point and --box options as the panel's clicks; None when none is given."""
    from .protocol.messages import Clicks

    if not (args.point or args.negative_point or args.box):
        return None
    return Clicks(tuple(args.point), tuple(args.negative_point), args.box)


def _segment(args: argparse.Namespace) -> int:
    """The same run as the panel's (Segmenter: nodata check, GPU memory fallback), into a vector file."""
    import time

    from .foundation.vector_files import check_target
    from .model_process.export import Feature, write_features
    from .model_process.features import original_path, originals
    from .model_process.segmenter import Segmenter
    from .protocol.messages import SegmentRequest, check_expression

    settings = _run_settings(args)
    clicks = _clicks(args)
    if clicks is None and args.text is None:
        raise ValueError("say what to segment: --text, or clicks (--point, --negative-point, --box)")
    expression = check_expression(args.text) if args.text is not None else ""
    check_target(args.out, args.overwrite)  # refused now, not after the model has run
    if args.extent_crs is not None:
        from .model_process.raster import check_transformable, parse_crs

        crs = parse_crs(args.extent_crs, "--extent-crs")
        check_transformable(crs, str(args.raster), "--extent-crs")
    program = None
    if expression:  # read once, here: what --explain prints is what runs
        from .referring.parse import parse_expression

        program = parse_expression(expression)
        if args.explain:
            print(f"Understood as: {program.explain()}")
    request = SegmentRequest(
        raster_path=str(args.raster),
        expression=expression,
        model=args.checkpoint or args.model,
        bounds=args.extent,
        bounds_crs=args.extent_crs,
        bands=args.bands,
        settings=settings,
        clicks=clicks,
        program=None if program is None else program.as_json(),
    )
    segmenter = Segmenter()  # one model in memory at a time, the second opinion's too
    result = segmenter.run(request)
    for note in result.notes:
        print(f"Note: {note}")
    what = "the clicks" if not expression else f"'{expression}'" + (" and the clicks" if clicks else "")
    if not result.features:
        print(f"Nothing found for {what} (score {result.score:.3f}); no file written.")
        return 1
    features = [Feature(feature.wkt, feature.attributes()) for feature in result.features]
    if args.second_opinion:
        features = _second_opinion(segmenter, args.second_opinion, request, result)
    start = time.perf_counter()
    written = write_features(args.out, features, result.crs_wkt, overwrite=args.overwrite)
    traced = originals(result.features, result.crs_wkt)
    if traced:  # regularized: the traced outlines beside the file, which they belong to
        companion = original_path(args.out)
        write_features(companion, [Feature(f.wkt, f.attributes()) for f in traced], result.crs_wkt, True)
        print(f"Traced outlines (before --regularize) -> {companion}")
    timings = {**result.timings_ms, "write": (time.perf_counter() - start) * 1e3}
    print(f"{len(features)} polygon(s) for {what}, score {result.score:.3f} -> {args.out}")
    for note in written.notes:
        print(f"Note: {note}")
    print("Timings: " + ", ".join(f"{stage} {ms:.0f} ms" for stage, ms in timings.items()))
    return 0


def _second_opinion(segmenter, model: str, request, result) -> list:
    """The result's features with their agreement with ``model`` on the same view, and the polygons only
    ``model`` found as suggestions (model_process/second_opinion.py); prints what it found."""
    from dataclasses import replace

    from .model_process.export import Feature
    from .model_process.second_opinion import checked_attributes, second_opinion
    from .protocol.messages import SecondOpinionRequest

    polygons = tuple(feature.wkt for feature in result.features)
    asked = SecondOpinionRequest(replace(request, model=model), polygons, result.crs_wkt)
    opinion = second_opinion(segmenter, asked)
    for note in opinion.notes:
        print(f"Note ({opinion.model}): {note}")
    agreement = opinion.agreement
    features = [
        Feature(feature.wkt, checked_attributes(feature, value))
        for feature, value in zip(result.features, agreement, strict=True)
    ]
    features += [Feature(f.wkt, checked_attributes(f, 0.0, opinion.model)) for f in opinion.suggestions]
    print(
        f"Second opinion of {opinion.model}: agreement {sum(agreement) / len(agreement):.2f} on average, "
        f"{sum(value < 0.5 for value in agreement)} of {len(agreement)} polygon(s) below 0.5; "
        f"{len(opinion.suggestions)} suggestion(s) only it found"
    )
    return features


def _review_stats(args: argparse.Namespace) -> int:
    """Accepted, rejected and unreviewed polygons of a result layer; precision and recall against a
    reference layer."""
    import json

    from .model_process.review_stats import review_stats

    stats = review_stats(args.layer, args.layer_name, args.reference, args.reference_layer)
    if args.json:
        print(json.dumps(stats.as_json(), indent=2, ensure_ascii=False))
    else:
        print("\n".join(stats.lines()))
    return 0


def _batch(args: argparse.Namespace) -> int:
    """Many rasters (or a mosaic) by text into one GeoPackage, resumable, on the local engine or Ray."""
    from tqdm.auto import tqdm

    from .batch.job import BatchSettings, job_folder, run_batch

    rasters = list(args.raster or [])
    if args.raster_list is not None:
        try:  # utf-8-sig: the byte-order mark that Windows' Notepad writes is no part of the first path
            lines = args.raster_list.read_text(encoding="utf-8-sig").splitlines()
        except UnicodeDecodeError as error:
            raise ValueError(
                f"--raster-list {args.raster_list} is not UTF-8 text (byte {error.start}): save it as UTF-8"
            ) from error
        except OSError as error:
            raise ValueError(f"--raster-list {args.raster_list} cannot be read ({error.strerror})") from error
        listed = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
        if not listed:
            raise ValueError(f"--raster-list {args.raster_list} lists no raster (only blank or # lines)")
        if any("\0" in line for line in listed):
            raise ValueError(f"--raster-list {args.raster_list} holds a NUL byte: it is no list of paths")
        rasters += listed
    if not rasters:
        raise ValueError("give the rasters with --raster or --raster-list")
    settings = BatchSettings(
        rasters=rasters,
        texts=args.text,
        model=args.model,
        out=args.out,
        engine=args.engine,
        address=args.address,
        tile=args.tile,
        overlap=args.overlap,
        workers=args.workers,
        gpus_per_worker=args.gpus_per_worker,
        connect_timeout=args.connect_timeout,
        crs=args.crs,
        bands=args.bands,
        run=_run_settings(args),
        min_score=args.min_score,
        overwrite=args.overwrite,
    )
    bars = []  # made at the first tile count: a job refused before it leaves no empty bar above its message

    def progress(done: int, total: int) -> None:
        if not bars:
            bars.append(tqdm(desc="tiles", unit="tile", total=total, dynamic_ncols=True))
        bars[0].total = total
        bars[0].update(done - bars[0].n)

    try:
        report = run_batch(settings, progress)
    finally:
        for bar in bars:
            bar.close()
    if report.replaced_job:
        print(
            f"Started afresh: {job_folder(args.out)} held the tiles of an unfinished job with other "
            f"{', '.join(report.replaced_job)}"
        )
    for note in report.notes:
        print(f"Note: {note}")
    for what, tiles in report.changed:
        print(f"{what} changed since the job started: its {tiles} finished tile(s) run again")
    for tile_id, reason in report.damaged_tiles:
        print(f"Tile {tile_id} runs again: its file in {job_folder(args.out)} was damaged ({reason})")
    for raster, reason in report.skipped_rasters:
        print(f"Skipped {raster}: {reason}")
    if report.skipped_tiles:
        print(f"Resumed: {report.skipped_tiles} of {report.tiles} tiles were done by an earlier run")
    for tile_id, reason in report.failed_tiles:
        print(f"Tile {tile_id} failed: {reason}")
    if report.failed_tiles:
        print(
            f"{len(report.failed_tiles)} tile(s) failed; run the same command again to retry them "
            f"(finished tiles are kept in {job_folder(args.out)})"
        )
        return 1
    ran = report.tiles - report.skipped_tiles
    print(
        f"{report.polygons} polygon(s) from {report.tiles} tiles -> {args.out} "
        f"({report.seconds:.1f} s, {ran / max(report.seconds, 1e-9):.2f} tiles/s)"
    )
    return 0


def _synth(args: argparse.Namespace) -> int:
    import time

    from .training.synthetic import write_dataset

    counts = {"train": args.train, "val": args.val, "test": args.test}
    started = time.perf_counter()
    write_dataset(
        args.out,
        counts,
        seed=args.seed,
        size=args.size,
        expressions_per_scene=args.per_scene,
        workers=args.workers,
    )
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
        segmenter=args.segmenter,
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
        aux_weight=args.aux_weight,
        contrastive_weight=args.contrastive_weight,
        workers=args.workers,
        init=args.init,
        beit3=args.beit3,
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
            run=RunSettings(device=args.device, precision=args.precision, threshold=args.threshold),
            json_out=args.json,
            save_masks=args.save_masks,
            strict_threshold=args.strict_threshold,
            resize_to=args.resize_to,
        )
    )
    return 0


# The option that sets each RunSettings field, so that a refusal names what the analyst typed.
OPTION_OF_SETTING = {
    "device": "--device",
    "precision": "--precision",
    "threshold": "--threshold",
    "min_pixels": "--min-pixels",
    "simplify_pixels": "--simplify",
    "tolerance_m": "--tolerance-m",
}


def _run_settings(args: argparse.Namespace) -> RunSettings:
    """The run settings of `segment` and `batch`, validated before any work; a refusal names the option."""
    try:
        return RunSettings(
            device=args.device,
            precision=args.precision,
            threshold=args.threshold,
            min_pixels=args.min_pixels,
            simplify_pixels=getattr(args, "simplify", 0.0),
            regularize=args.regularize,
            tolerance_m=args.tolerance_m,
        )
    except ValueError as error:
        field, _, rest = str(error).partition(" ")
        if field not in OPTION_OF_SETTING:
            raise
        raise ValueError(f"{OPTION_OF_SETTING[field]} {rest}") from error


def _add_regularize_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--regularize",
        action="store_true",
        help="shape outlines by what they are (right-angled buildings, round tanks, smooth ponds); the "
        "traced outlines go to NAME_original beside the output",
    )
    parser.add_argument(
        "--tolerance-m",
        type=float,
        default=1.0,
        help="--regularize's tolerance in metres on the ground (default 1)",
    )


def _add_device_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--device", default="auto", help="auto (the best available), cuda, cuda:N, mps or cpu"
    )
    parser.add_argument(
        "--precision",
        default="auto",
        choices=PRECISIONS,
        help="auto: bfloat16 on a CUDA GPU, float32 elsewhere; or float32 / bfloat16 everywhere",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rrsis", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("models", help="list the registered models").set_defaults(run=_list_models)
    refer = commands.add_parser(
        "refer", help="show how an expression is understood, and select among candidates (no model)"
    )
    refer.add_argument("expression", help='e.g. "the two round white tanks north of the road"')
    refer.add_argument("--image", type=Path, help="the view the candidates are in (its north, colours)")
    refer.add_argument(
        "--candidates",
        type=Path,
        help='JSON: {"phrase": [{"id", "box": [x0, y0, x1, y1], "score", "polygon": [[x, y], ...]}]}',
    )
    refer.set_defaults(run=_refer)
    demo = commands.add_parser("demo", help="segment a synthetic GeoTIFF by text into a shapefile")
    demo.add_argument("--out", type=Path, default=Path("dist/demo"), help="folder for the scene and result")
    demo.set_defaults(run=_demo)

    segment = commands.add_parser(
        "segment", help="segment a raster by text or clicks into a vector file (no QGIS)"
    )
    segment.add_argument("--raster", type=Path, required=True, help="any GDAL raster, e.g. a GeoTIFF")
    segment.add_argument("--text", help="what to segment, e.g. 'the white storage tanks'")
    segment.add_argument(
        "--point",
        type=_parse_point,
        action="append",
        default=[],
        help="X,Y on the object, in map coordinates (the raster's CRS, or --extent-crs); repeat for more",
    )
    segment.add_argument(
        "--negative-point", type=_parse_point, action="append", default=[], help="X,Y off the object"
    )
    segment.add_argument(
        "--box", type=_parse_box, help="xmin,ymin,xmax,ymax around the object, in map coordinates"
    )
    segment.add_argument(
        "--explain", action="store_true", help="print how the expression is understood before the run"
    )
    segment.add_argument(
        "--extent",
        type=_parse_extent,
        help="xmin,ymin,xmax,ymax (default: whole raster); write --extent=-105.8,40.2,… when negative",
    )
    segment.add_argument(
        "--extent-crs", help="CRS of --extent and the clicks, e.g. EPSG:4326 (default: the raster's)"
    )
    segment.add_argument(
        "--bands",
        type=_parse_bands,
        help="raster bands shown as red,green,blue, e.g. 4,3,2 (default: the raster's own red, green, blue)",
    )
    model = segment.add_mutually_exclusive_group(required=True)
    model.add_argument("--model", help="a registered model name (see `models`) or a hub id")
    model.add_argument("--checkpoint", help="a checkpoint folder")
    segment.add_argument(
        "--second-opinion",
        metavar="MODEL",
        help="check the result with another model (a name or a checkpoint folder): each polygon gets "
        "'agreement', and what only that model finds is added as suggestions",
    )
    segment.add_argument("--out", type=Path, required=True, help="output .shp, .gpkg or .geojson")
    segment.add_argument("--overwrite", action="store_true", help="replace an existing output file")
    segment.add_argument("--threshold", type=float, default=0.5)
    segment.add_argument("--min-pixels", type=int, default=16, help="drop regions smaller than this")
    segment.add_argument("--simplify", type=float, default=0.0, help="simplify outlines by N pixels")
    _add_regularize_arguments(segment)
    _add_device_arguments(segment)
    segment.set_defaults(run=_segment)

    stats = commands.add_parser(
        "review-stats",
        help="count the accepted, rejected and unreviewed polygons of a result; precision and recall "
        "against a reference",
    )
    stats.add_argument("layer", metavar="LAYER", help="a reviewed result: .gpkg, .shp or .geojson")
    stats.add_argument("--layer", dest="layer_name", help="the layer of LAYER, when the file holds several")
    stats.add_argument("--reference", help="the true objects (polygons), to score the accepted ones")
    stats.add_argument("--reference-layer", help="the layer of --reference, when the file holds several")
    stats.add_argument("--json", action="store_true", help="print the numbers as JSON, for scripts")
    stats.set_defaults(run=_review_stats)

    batch = commands.add_parser(
        "batch", help="segment many rasters or a mosaic by text into one GeoPackage (local or Ray)"
    )
    rasters = batch.add_mutually_exclusive_group(required=True)
    rasters.add_argument("--raster", nargs="+", help="one or more GDAL rasters")
    rasters.add_argument("--raster-list", type=Path, help="a text file with one raster path per line")
    batch.add_argument("--text", action="append", required=True, help="an expression; repeat for more")
    batch.add_argument("--model", required=True, help="a registered model name, a folder or a hub id")
    batch.add_argument("--out", type=Path, required=True, help="the output GeoPackage (.gpkg)")
    batch.add_argument("--overwrite", action="store_true", help="replace an existing output file")
    batch.add_argument("--engine", choices=["local", "ray"], default="local")
    batch.add_argument(
        "--address", help="Ray: auto (a running cluster) or ray://host:10001; default: this machine alone"
    )
    batch.add_argument("--tile", type=int, default=1024, help="tile size in pixels")
    batch.add_argument("--overlap", type=int, default=128, help="tile overlap in pixels")
    batch.add_argument("--workers", type=int, default=1, help="Ray: model workers (one model each)")
    batch.add_argument("--gpus-per-worker", type=float, default=0.0, help="Ray: GPUs per worker (e.g. 1)")
    batch.add_argument(
        "--connect-timeout",
        type=float,
        default=RAY_CONNECT_TIMEOUT_S,
        help=f"Ray: seconds to wait for --address to answer (default {RAY_CONNECT_TIMEOUT_S:g})",
    )
    batch.add_argument("--crs", help="output CRS (needed when the rasters' CRSs differ), e.g. EPSG:4326")
    batch.add_argument("--bands", type=_parse_bands, help="raster bands shown as red,green,blue, e.g. 4,3,2")
    batch.add_argument("--threshold", type=float, default=0.5)
    batch.add_argument("--min-pixels", type=int, default=16, help="drop regions smaller than this")
    batch.add_argument(
        "--min-score", type=float, default=0.0, help="leave out tiles the model scores below this (0-1)"
    )
    _add_regularize_arguments(batch)
    _add_device_arguments(batch)
    batch.set_defaults(run=_batch)

    synth = commands.add_parser("synth", help="write a synthetic referring-segmentation dataset (jsonl)")
    synth.add_argument("--out", type=Path, required=True)
    synth.add_argument("--train", type=int, default=2000)
    synth.add_argument("--val", type=int, default=200)
    synth.add_argument("--test", type=int, default=200)
    synth.add_argument("--seed", type=int, default=0)
    synth.add_argument("--size", type=int, default=256, help="image side in pixels")
    synth.add_argument(
        "--per-scene", type=int, default=1, help="sentences per image, each about different objects"
    )
    synth.add_argument("--workers", type=int, default=1, help="processes generating scenes (same output)")
    synth.set_defaults(run=_synth)

    train = commands.add_parser("train", help="train a model; keeps the best checkpoint on the val split")
    train.add_argument("--data", type=Path, required=True)
    train.add_argument("--format", choices=DATA_FORMATS, default="jsonl")
    train.add_argument("--model", default="rsrefseg", choices=["rsrefseg", "rs2sam2"])
    train.add_argument("--preset", default="tiny", choices=["tiny", "base", "large"])
    train.add_argument(
        "--segmenter",
        default="sam2",
        choices=["sam2", "sam"],
        help="rsrefseg: SAM2.1 (default) or the original SAM, as the authors' RSRefSeg-b / -l",
    )
    train.add_argument("--out", type=Path, required=True, help="checkpoint folder to write")
    length = train.add_mutually_exclusive_group()
    length.add_argument("--epochs", type=int)
    length.add_argument("--steps", type=int)
    train.add_argument("--batch", type=int, default=8)
    train.add_argument("--accumulate", type=int, default=1, help="gradient accumulation steps")
    train.add_argument("--lr", type=float, default=1e-4)
    train.add_argument("--device", default="auto", help="auto (the best available), cuda, cuda:N, mps or cpu")
    train.add_argument("--seed", type=int, default=0)
    train.add_argument("--resume", action="store_true", help="continue from OUT/last/")
    train.add_argument("--init", type=Path, help="start from this checkpoint's weights (fine-tune)")
    train.add_argument(
        "--beit3",
        type=Path,
        help="rs2sam2 --preset large: folder with beit3_large_patch16_224.pth and beit3.spm",
    )
    train.add_argument("--val-every", type=int, help="steps between validations (default: each epoch)")
    train.add_argument("--val-limit", type=int, help="validate on the first N val samples only")
    train.add_argument(
        "--aux-weight",
        type=float,
        default=0.0,
        help="add Dice on the dense prompt: rsrefseg's activation map, rs2sam2's pseudo-mask (paper: 0)",
    )
    train.add_argument(
        "--contrastive-weight",
        type=float,
        default=0.0,
        help="add a region-text contrastive loss (keeps from-scratch text embeddings apart; paper: 0)",
    )
    train.add_argument("--workers", type=int, default=0, help="data-loading processes (0: main process)")
    train.set_defaults(run=_train)

    evaluate = commands.add_parser("evaluate", help="score a checkpoint: gIoU, cIoU, Pr@0.5-0.9")
    evaluate.add_argument("--data", type=Path, required=True)
    evaluate.add_argument("--format", choices=DATA_FORMATS, default="jsonl")
    evaluate.add_argument("--split", default="test")
    evaluate.add_argument("--checkpoint", required=True, help="checkpoint folder, registry name or hub id")
    _add_device_arguments(evaluate)
    evaluate.add_argument("--threshold", type=float, default=0.5, help="probability threshold of a mask")
    evaluate.add_argument("--json", type=Path, help="write the metrics (fractions) to this file")
    evaluate.add_argument("--save-masks", type=Path, help="write the predicted mask of line i as DIR/<i>.png")
    evaluate.add_argument("--strict-threshold", action="store_true", help="Pr@X counts IoU > X (default >=)")
    evaluate.add_argument("--resize-to", type=int, help="score masks resized to NxN (default: native size)")
    evaluate.set_defaults(run=_evaluate)
    return parser


class Terminated(KeyboardInterrupt):
    """SIGTERM (`kill`, a job scheduler, a container stopping): stop as Ctrl-C does, exit status 143."""

    exit_status = 143


def _terminate(_number, _frame) -> None:
    raise Terminated


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    main_thread = threading.current_thread() is threading.main_thread()
    terminate = main_thread and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
    if terminate:
        signal.signal(signal.SIGTERM, _terminate)  # unwinds like Ctrl-C: staged files and workers go
    try:
        return args.run(args)
    except (RrsisError, OSError, ValueError) as error:
        print(f"rrsis {args.command}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt as interrupt:  # no traceback; each output is written whole or not at all
        written = ", ".join(str(path) for path in written_files())
        what = f"{written} was written before it stopped" if written else "nothing was written"
        print(f"rrsis {args.command}: interrupted; {what}", file=sys.stderr)
        return getattr(interrupt, "exit_status", 130)
    finally:
        if terminate:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)


if __name__ == "__main__":
    sys.exit(main())
