"""Print the benchmark tables of one side: `python -m bench models [--sizes tiny large] [--repeats N]
[--device D]` in the models' environment, `python -m bench qgis` in QGIS's (`make bench` runs both)."""

import argparse

parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
parser.add_argument("part", choices=["models", "qgis"])
parser.add_argument(
    "--sizes", nargs="+", choices=["tiny", "large"], help="default: tiny on CPU, both on CUDA"
)
parser.add_argument("--repeats", type=int, default=5)
parser.add_argument(
    "--device", help="for the model rows: cuda, cuda:N or cpu (default: cuda when there is one)"
)
args = parser.parse_args()

if args.part == "models":
    from bench import (
        batch_throughput,
        click_latency,
        model_latency,
        model_process,
        referring_reading,
        referring_selection,
        zero_shot_latency,
    )

    model_latency.main(args.sizes, args.repeats, args.device)
    print()
    zero_shot_latency.main(args.sizes, args.device, args.repeats)
    print()
    click_latency.models(args.sizes, args.device)
    print()
    batch_throughput.main()
    print()
    model_process.boundary()
    print()
    referring_selection.main()
    print()
    referring_reading.main()
else:
    import subprocess
    import sys

    from bench import model_process, plugin_load, qgis_flow

    plugin_load.main()
    print()
    model_process.stall()
    print()
    # Its own QGIS application, in its own process: a process holds one.
    subprocess.run([sys.executable, "-m", "bench.click_latency", "qgis", *(args.sizes or [])], check=True)
    print()
    qgis_flow.main()  # last: it closes QGIS down, and GDAL's drivers with it
