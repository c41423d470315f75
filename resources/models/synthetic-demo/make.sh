#!/usr/bin/env bash
# How this checkpoint is made: synthetic data, training, and the score on scenes of an unseen seed.
# Usage: make.sh CHECKPOINT_DIR [WORK_DIR]   (environment: SENTENCES, STEPS, BATCH, WORKERS, DEVICE)
# Sized for one GPU (about 20 minutes on an H200 when data loading keeps up); on 2 CPU cores use
# e.g. BATCH=8 STEPS=20000 and expect hours.
set -euo pipefail
checkpoint=${1:?usage: make.sh CHECKPOINT_DIR [WORK_DIR]}
work=${2:-$(mktemp -d)}
workers=${WORKERS:-$(nproc)}
python=${PYTHON:-python3}

"$python" -m rrsis_qgis synth --out "$work/train" --seed 1 --per-scene 3 --workers "$workers" \
    --train "${SENTENCES:-120000}" --val 300 --test 0
"$python" -m rrsis_qgis train --data "$work/train" --out "$checkpoint" --preset tiny \
    --steps "${STEPS:-6000}" --batch "${BATCH:-64}" --lr 1e-3 --aux-weight 0 --contrastive-weight 1 \
    --val-every 500 --val-limit 300 --workers "$workers" --seed 0 ${DEVICE:+--device "$DEVICE"}
"$python" -m rrsis_qgis synth --out "$work/unseen" --seed 4242 --train 0 --val 0 --test 300
"$python" -m rrsis_qgis evaluate --data "$work/unseen" --split test --checkpoint "$checkpoint" \
    --json "$checkpoint/test_metrics.json"
