#!/usr/bin/env bash
# The prepared GPU check of the hot path, run ON the GPU machine from the repository root with .whl/
# carried (benchmarks/gpu/prepare.sh fills it): installs fairseq there (install.sh), then times
# label smoothing vs PS-KD step by step and profiles the criterion (bench_gpu_step.py). Results go
# to $OUT (default /tmp/pskd-gpu).
#   bash benchmarks/gpu/run.sh                      # transformer_wmt_en_de, bf16, 4k and 16k tokens
#   bash benchmarks/gpu/run.sh --steps 10           # shorter
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT="${OUT:-/tmp/pskd-gpu}"
source benchmarks/gpu/install.sh
python3 benchmarks/gpu/bench_gpu_step.py --out "$OUT" "$@"
