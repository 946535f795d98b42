#!/usr/bin/env bash
# The GPU check, one command that fits a 10-minute call, run ON the GPU machine from the
# repository root with .whl/ carried (benchmarks/gpu/prepare.sh fills it here):
#   1. installs fairseq there (install.sh; about a minute);
#   2. bench_gpu_step.py: label smoothing vs PS-KD through fairseq's own Trainer and data loader,
#      --fp16 and --amp, 4k and 16k tokens per batch, the prior read on the reader thread
#      (--num-workers 0) and by the data-loader worker (--num-workers 1): step time ratio, peak
#      memory, blocking CUDA calls of the training thread, one CUDA context per process;
#   3. time left, fairseq-train --fp16 of each criterion for 3 epochs (time-boxed).
# Everything runs against one deadline, BUDGET_S seconds after the start (default 540, install
# included): what does not fit is skipped and named in the report, and the results written so far
# are kept. Results in $OUT (default /tmp/pskd-gpu), at most 5 files: run.log (all output),
# gpu_step.md (the tables), gpu_step.json (every figure), train-ls.log, train-pskd.log.
#   bash benchmarks/gpu/run.sh                            # the whole plan
#   bash benchmarks/gpu/run.sh --precisions fp16 --tokens 4096 --train-epochs 0   # a part
#   bash benchmarks/gpu/run.sh --device cpu               # the dry run, here, in a minute or two
set -uo pipefail
cd "$(dirname "$0")/../.."
T0=$(date +%s)
BUDGET_S=${BUDGET_S:-540}
OUT="${OUT:-/tmp/pskd-gpu}"
mkdir -p "$OUT"
exec > >(tee -a "$OUT/run.log") 2>&1
TEE_PID=$!
echo "run.sh: $(date -u '+%F %T') UTC, budget ${BUDGET_S} s, out $OUT, args: $*"
command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv
python3 --version
if [[ " $* " == *" --device cpu "* ]]; then
    PY=${PYTHON:-python3}  # the dry run: this machine's environment (e.g. PYTHON=.venv/bin/python)
else
    # shellcheck source=benchmarks/gpu/install.sh
    source benchmarks/gpu/install.sh || { echo "run.sh: install failed"; exit 1; }
    PY=python3
fi
DEADLINE=$(( T0 + BUDGET_S ))
LEFT=$(( DEADLINE - $(date +%s) ))
# the benchmark stops itself before the deadline; timeout is the backstop
timeout -k 10 $(( LEFT + 20 )) "$PY" benchmarks/gpu/bench_gpu_step.py --out "$OUT" --deadline "$DEADLINE" "$@"
rc=$?
echo "run.sh: benchmark rc=$rc, $(( $(date +%s) - T0 )) s in all; results in $OUT: $(ls "$OUT" | tr '\n' ' ')"
exec >&- 2>&-
wait "$TEE_PID" 2>/dev/null  # run.log complete before the call returns
exit $rc
