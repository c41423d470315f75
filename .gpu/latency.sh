#!/usr/bin/env bash
# The GPU check in one run, on the device machine from the repository's root (its python3 has torch with
# CUDA): the wheels of .whl (`.gpu/fetch_wheels.sh`), then the tests that compare the fast paths with
# the plain ones on CUDA, every latency row (plain and optimised in the same run; median of 20 after
# warm-up, bf16) and where the large models' image path spends its time. About 8 minutes on an H200.
#   run: bash .gpu/latency.sh   (carry: .whl)
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONUNBUFFERED=1 PYTHONPATH="$PWD"
if compgen -G ".whl/*.whl" >/dev/null; then
    python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl
    export PYTHONPATH="/tmp/site:$PYTHONPATH"
fi
python3 -c "import torch, transformers; print('torch', torch.__version__, '· transformers', transformers.__version__, '·', torch.cuda.get_device_name())"
python3 -m pytest -q -p no:cacheprovider tests/test_deformable_attention.py tests/test_rsrefseg_predictor.py -k "gathered or optimised"
python3 -m bench.model_latency --device cuda --sizes tiny large --repeats 20
python3 -m bench.zero_shot_latency tiny large --device cuda --repeats 20
python3 -m bench.model_latency --device cuda --sizes large --profile
