#!/usr/bin/env bash
# Run HERE (a machine with PyPI access) before a GPU session: fills .whl/ (git-ignored, ~25 MB) with
# what the GPU machine may lack for fairseq on its Python 3.12 (it has CUDA torch, but no fairseq
# and no network): fairseq-fixed's and antlr4's sdists, and cp312 wheels of fairseq's import-time
# dependencies. install.sh, there, installs each wheel only where its module does not import already.
# Carry .whl to the GPU machine (the run tool's `carry: [".whl"]`).
set -euo pipefail
cd "$(dirname "$0")/../.."
PY="${PYTHON:-.venv/bin/python}"
mkdir -p .whl
"$PY" -m pip download -q --no-deps --no-build-isolation --no-binary :all: -d .whl \
    fairseq-fixed==0.12.3.1 antlr4-python3-runtime==4.9.3
# the import names install.sh checks: yaml tqdm packaging typing_extensions regex Cython bitarray
# omegaconf hydra portalocker tabulate colorama lxml sacrebleu wheel setuptools (the last three for
# the builds)
"$PY" -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
    --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
    -d .whl hydra-core==1.3.2 omegaconf==2.3.0 bitarray PyYAML tqdm packaging typing_extensions regex \
    "Cython>=3,<4" sacrebleu portalocker tabulate colorama lxml wheel "setuptools<81"
ls .whl
du -sh .whl
