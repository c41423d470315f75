"""Command line: ``python -m rrsis_qgis <command>`` (also installed as ``rrsis``). No QGIS needed."""

from __future__ import annotations

import argparse
import sys

from .core.model_registry import REGISTRY


def _list_models(_args: argparse.Namespace) -> int:
    width = max(len(name) for name in REGISTRY)
    for spec in REGISTRY.values():
        print(f"{spec.name:<{width}}  {spec.method:<9}  {spec.description}")
    return 0


def _demo(_args: argparse.Namespace) -> int:
    print("rrsis demo: no model yet: the demo segmentation arrives with the first trained checkpoint.")
    return 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rrsis", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("models", help="list the registered models").set_defaults(run=_list_models)
    commands.add_parser("demo", help="segment the bundled example raster into a shapefile").set_defaults(
        run=_demo
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
