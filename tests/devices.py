"""The devices the model tests that compare two paths run on: the CPU, and a CUDA GPU where the machine
has one (`.gpu/latency.sh` runs them there)."""

import torch

DEVICES = ["cpu", *(["cuda"] if torch.cuda.is_available() else [])]
