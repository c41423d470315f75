#!/usr/bin/env bash
# Here, before a GPU run: the wheels of .gpu/wheels.txt for the device machine's Python 3.12 into .whl
# (ignored by git; the run carries it). fairscale is published only as a source archive: its wheel
# (pure Python) is built here.
set -euo pipefail
cd "$(dirname "$0")/.."
exclude=$(git rev-parse --git-path info/exclude)
mkdir -p "$(dirname "$exclude")"
grep -qx '/.whl/' "$exclude" 2>/dev/null || echo '/.whl/' >> "$exclude"
mkdir -p .whl
mapfile -t pins < <(grep -v -e '^#' -e '^$' .gpu/wheels.txt | grep -v '^fairscale')
python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
    --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
    --platform any -d .whl "${pins[@]}"
python3 -m pip wheel -q --no-deps -w .whl "$(grep '^fairscale' .gpu/wheels.txt)"
du -sh .whl
