#!/usr/bin/env bash
# How this checkpoint is made: synthetic data, training from scratch, three fine-tuning stages on fresh
# scenes (each keeps its best model on val), and the score on scenes of an unseen seed.
# Usage: make.sh CHECKPOINT_DIR [WORK_DIR]   (environment: WORKERS, DEVICE, PYTHON)
# Sized for one GPU (about 25 minutes on an H200; data loading gives about 1 000 samples/s with 14
# loader processes). The shipped checkpoint ran these stages with time limits; see README.md.
set -euo pipefail
checkpoint=${1:?usage: make.sh CHECKPOINT_DIR [WORK_DIR]}
work=${2:-$(mktemp -d)}
workers=${WORKERS:-$(nproc)}
python=${PYTHON:-python3}
common=(--aux-weight 0 --contrastive-weight 1 --val-every 500 --val-limit 300 --workers "$workers"
        ${DEVICE:+--device "$DEVICE"})

synth() {  # synth DIR SEED SENTENCES
    "$python" -m rrsis_qgis synth --out "$1" --seed "$2" --per-scene 3 --workers "$workers" \
        --train "$3" --val 300 --test 0
}
synth "$work/data1" 1 120000
"$python" -m rrsis_qgis train --data "$work/data1" --out "$work/stage1" --preset tiny \
    --steps 6000 --batch 64 --lr 1e-3 --seed 0 "${common[@]}"
synth "$work/data2" 2 60000
"$python" -m rrsis_qgis train --data "$work/data2" --out "$work/stage2" --init "$work/stage1" \
    --steps 2500 --batch 64 --lr 5e-4 --seed 1 "${common[@]}"
synth "$work/data3" 3 120000
"$python" -m rrsis_qgis train --data "$work/data3" --out "$work/stage3" --init "$work/stage2" \
    --steps 4000 --batch 160 --lr 5e-4 --seed 2 "${common[@]}"
"$python" -m rrsis_qgis train --data "$work/data3" --out "$checkpoint" --init "$work/stage3" \
    --steps 1400 --batch 160 --lr 3e-4 --seed 2 "${common[@]}" --val-every 350

"$python" -m rrsis_qgis synth --out "$work/unseen" --seed 4242 --train 0 --val 0 --test 1000
"$python" -m rrsis_qgis evaluate --data "$work/unseen" --split test --checkpoint "$checkpoint" \
    --json "$checkpoint/test_metrics.json"
