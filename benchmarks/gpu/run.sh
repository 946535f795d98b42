#!/usr/bin/env bash
# The prepared GPU check, run ON the GPU machine from the repository root with .whl/ carried
# (benchmarks/gpu/prepare.sh fills it): installs fairseq there (no network; its CUDA extensions
# are not built, translation does not use them), then times label smoothing vs PS-KD step by
# step and profiles the criterion (bench_gpu_step.py). Results go to $OUT (default /tmp/pskd-gpu).
#   bash benchmarks/gpu/run.sh                      # transformer_wmt_en_de, bf16, 4k and 16k tokens
#   bash benchmarks/gpu/run.sh --steps 10           # shorter
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT="${OUT:-/tmp/pskd-gpu}"
SITE=/tmp/pskd-site
t0=$(date +%s)
python3 -m pip install -q --no-index --no-deps --no-compile --target "$SITE" .whl/*.whl
python3 -m pip install -q --no-index --no-deps --no-build-isolation --target "$SITE" \
    .whl/antlr4-python3-runtime-4.9.3.tar.gz
export PYTHONPATH="$SITE:$PWD${PYTHONPATH:+:$PYTHONPATH}"
(unset CUDA_HOME; MAX_JOBS="$(nproc)" python3 -m pip install -q --no-index --no-deps \
    --no-build-isolation --target "$SITE" .whl/fairseq_fixed-0.12.3.1.tar.gz)
python3 -c "import fairseq, torch; print('fairseq', fairseq.__version__, 'torch', torch.__version__, torch.cuda.get_device_name())"
echo "install took $(( $(date +%s) - t0 )) s"
python3 benchmarks/gpu/bench_gpu_step.py --out "$OUT" "$@"
