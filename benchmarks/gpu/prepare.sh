#!/usr/bin/env bash
# Run HERE (a machine with PyPI access) before a GPU session: fills .whl/ (git-ignored) with what
# the GPU machine lacks for fairseq on its Python 3.12 (it has torch, numpy, cython, sacrebleu but
# no fairseq and no network): fairseq-fixed's sdist, hydra-core, omegaconf, antlr4, bitarray.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY="${PYTHON:-.venv/bin/python}"
mkdir -p .whl
grep -qx '/.whl/' .git/info/exclude 2>/dev/null || echo '/.whl/' >> .git/info/exclude
"$PY" -m pip download -q --no-deps --no-build-isolation --no-binary :all: -d .whl \
    fairseq-fixed==0.12.3.1 antlr4-python3-runtime==4.9.3
"$PY" -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
    --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
    -d .whl hydra-core==1.3.2 omegaconf==2.3.0 bitarray
du -sh .whl
