"""Run every benchmark and print its table: `python -m bench [--sizes tiny large] [--repeats N]`."""

import argparse

from bench import batch_throughput, model_latency, model_process, plugin_load, qgis_flow, zero_shot_latency

parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
parser.add_argument(
    "--sizes", nargs="+", choices=["tiny", "large"], help="default: tiny on CPU, both on CUDA"
)
parser.add_argument("--repeats", type=int, default=5)
parser.add_argument(
    "--device", help="for the model rows: cuda, cuda:N or cpu (default: cuda when there is one)"
)
args = parser.parse_args()

plugin_load.main()
print()
model_latency.main(args.sizes, args.repeats, args.device)
print()
zero_shot_latency.main(args.sizes)
print()
batch_throughput.main()
print()
model_process.main()
print()
qgis_flow.main()  # last: it closes QGIS down, and GDAL's drivers with it
