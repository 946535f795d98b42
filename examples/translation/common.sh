# Shared by the prepare-*/train-* scripts (sourced, not run).
# Picks the Python that has fairseq and fairseq_pskd: $PYTHON, else the active virtualenv, else
# the repository's .venv (made by scripts/setup.sh), else python3.
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ -n "${PYTHON:-}" ]; then
    PY="$PYTHON"
elif [ -n "${VIRTUAL_ENV:-}" ]; then
    PY="$VIRTUAL_ENV/bin/python"
elif [ -x "$REPO/.venv/bin/python" ]; then
    PY="$REPO/.venv/bin/python"
else
    PY=python3
fi
BIN="$(dirname "$("$PY" -c 'import sys; print(sys.executable)')")"
export PYTHONPATH="$REPO${PYTHONPATH:+:$PYTHONPATH}"
USER_DIR="$REPO/fairseq_pskd"
# the plugin's fairseq/torch fixes for every run, so that label smoothing and PS-KD train, resume
# and pick checkpoints under the same fairseq (docs/fairseq-notes.md)
export FAIRSEQ_PSKD_FIXES="${FAIRSEQ_PSKD_FIXES:-all}"

# parse_train_args DEFAULT_MAX_EPOCH "$@": sets DATA, SAVE_ROOT, GPUS, NGPU, MAX_EPOCH, RUNS, SEED, EXTRA
parse_train_args() {
    MAX_EPOCH="$1"; shift
    GPUS=0; RUNS="ls pskd"; SEED=1; EXTRA=()
    PSKD_ARGS="${PSKD_ARGS:---pskd-alpha 0.5 --pskd-topk 8 --pskd-eos-scale 0}"
    local pos=()
    while [ $# -gt 0 ]; do
        case "$1" in
            --gpus) GPUS="$2"; shift 2 ;;
            --max-epoch) MAX_EPOCH="$2"; shift 2 ;;
            --runs) RUNS="$2"; shift 2 ;;
            --seed) SEED="$2"; shift 2 ;;
            --) shift; EXTRA=("$@"); break ;;
            -h|--help) usage; exit 0 ;;
            -*) echo "error: unknown option $1 (fairseq-train options go after --)" >&2; exit 2 ;;
            *) pos+=("$1"); shift ;;
        esac
    done
    if [ ${#pos[@]} -ne 2 ]; then usage >&2; exit 2; fi
    DATA="${pos[0]}"; SAVE_ROOT="${pos[1]}"
    if [ ! -f "$DATA/dict.${SRC}.txt" ]; then
        echo "error: $DATA has no dict.${SRC}.txt: DATA_BIN must be the output of the prepare script" >&2
        exit 2
    fi
    for r in $RUNS; do
        case "$r" in ls|pskd) ;; *) echo "error: --runs takes 'ls' and/or 'pskd', got '$r'" >&2; exit 2 ;; esac
    done
    if [ "$GPUS" = cpu ]; then
        # everything on the CPU, scoring and calibration included, even where GPUs are
        # (tests/test_launchers.py runs both recipes this way on a tiny data-bin)
        export CUDA_VISIBLE_DEVICES=""
        NGPU=0; DEVICE_ARGS=(--cpu)
    else
        export CUDA_VISIBLE_DEVICES="$GPUS"
        NGPU=$(awk -F, '{print NF}' <<<"$GPUS"); DEVICE_ARGS=()
    fi
    # validation BLEU picks the best checkpoint (valid loss is not comparable across criteria)
    EVAL_ARGS=(--eval-bleu --eval-bleu-args '{"beam": 5, "max_len_a": 1.2, "max_len_b": 10}'
               --eval-bleu-remove-bpe sentencepiece --best-checkpoint-metric bleu
               --maximize-best-checkpoint-metric)
    if [ "$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("tokenizer","none"))' "$DATA/prepare.json" 2>/dev/null)" = moses ]; then
        EVAL_ARGS+=(--eval-bleu-detok moses --eval-bleu-detok-args "{\"target_lang\": \"$TGT\"}")
    fi
}

# train_and_evaluate RECIPE_ARGS...: one fairseq-train per run in $RUNS, then scoring,
# calibration and the comparison table. Runs already finished are resumed/skipped by fairseq.
train_and_evaluate() {
    local run save crit
    local dirs=()
    for run in $RUNS; do
        save="$SAVE_ROOT/$run"
        mkdir -p "$save"
        if [ "$run" = ls ]; then
            crit=(--criterion label_smoothed_cross_entropy --label-smoothing 0.1)
        else
            # shellcheck disable=SC2206  # PSKD_ARGS is a flag list on purpose
            crit=(--criterion pskd --label-smoothing 0.1 $PSKD_ARGS)
        fi
        echo "== $run: training into $save"
        "$BIN/fairseq-train" "$DATA" --user-dir "$USER_DIR" -s "$SRC" -t "$TGT" \
            "$@" "${crit[@]}" "${EVAL_ARGS[@]}" "${DEVICE_ARGS[@]+"${DEVICE_ARGS[@]}"}" \
            --max-epoch "$MAX_EPOCH" --seed "$SEED" --save-dir "$save" \
            --log-format simple --no-epoch-checkpoints \
            --required-batch-size-multiple 1 \
            "${EXTRA[@]+"${EXTRA[@]}"}" 2>&1 | tee -a "$save/train.log"
        # (not --log-file: fairseq adds a file handler per epoch, so every line would repeat)
        echo "== $run: scoring $save/checkpoint_best.pt"
        "$PY" -m pskd_tools.evaluation.scoring "$DATA" --path "$save/checkpoint_best.pt" -s "$SRC" -t "$TGT"
        "$PY" -m pskd_tools.evaluation.calibration "$DATA" --path "$save/checkpoint_best.pt" -s "$SRC" -t "$TGT"
        dirs+=("$save")
    done
    "$PY" -m pskd_tools.evaluation.compare "${dirs[@]}" --out-dir "$SAVE_ROOT/compare"
}
