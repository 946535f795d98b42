#!/usr/bin/env bash
# Offline demo: label smoothing vs PS-KD on an English-to-X corpus built from this machine's
# gettext catalogs (/usr/share/locale), CPU only. Builds the corpus, a joint sentencepiece model
# and a fairseq data-bin, trains the same small Transformer twice (label_smoothed_cross_entropy,
# then --criterion pskd: the two runs train side by side, one core each), scores both on the test
# set (sacreBLEU BLEU/chrF with signatures; token-level ECE/NLL/Brier/AURC) and prints the
# comparison table; the plots are PNG files in OUT/compare/. See RESULTS.md for what it printed here.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

usage() {
    cat <<'USAGE'
usage: bash scripts/demo.sh [--quick] [--out DIR] [--lang X] [--pairs N] [--epochs N]
                            [--vocab N] [--pskd-args "FLAGS"] [--sequential] [--fresh]
                            [--data-only]

--out DIR        output directory (default: demo/ in the repository; env DEMO_OUT)
--lang X         target language of the en->X corpus, a /usr/share/locale directory name
                 (default: de; env DEMO_LANG)
--pairs N        training pairs sampled (seed 1) from the corpus's train split (default 4000;
                 env DEMO_PAIRS); valid and test are the corpus's full splits
--epochs N       fixed --max-epoch of both runs (default 30; env DEMO_EPOCHS); PS-KD's alpha
                 grows as alpha_T * epoch / N
--vocab N        joint sentencepiece vocabulary (default 2000; env DEMO_VOCAB)
--pskd-args F    PS-KD flags (default "--pskd-alpha 0.5 --pskd-topk 8 --pskd-eos-scale 0";
                 env DEMO_PSKD_ARGS)
--quick          smoke run (minutes, not tens of minutes): 2000 pairs, 10 epochs, valid/test
                 cut to 200 sentences; long enough that the models emit words (BLEU of a few
                 points, so BLEU-based checkpoint selection and scoring are exercised), but its
                 numbers mean nothing
--sequential     train the two runs one after the other with 2 threads each (default: side by
                 side, one thread each, which is faster for this small model on 2 cores)
--fresh          delete OUT first (default: reuse the corpus/data-bin, retrain the runs)
--data-only      stop after steps 1-2 (corpus and data-bin), e.g. to build the data of
                 experiments/demo-grid.json
PYTHON           environment: the Python with fairseq and fairseq_pskd (default: ./.venv)
USAGE
}

OUT="${DEMO_OUT:-$REPO/demo}"
LANG_X="${DEMO_LANG:-de}"
PAIRS="${DEMO_PAIRS:-4000}"
EPOCHS="${DEMO_EPOCHS:-30}"
VOCAB="${DEMO_VOCAB:-2000}"
PSKD_ARGS="${DEMO_PSKD_ARGS:---pskd-alpha 0.5 --pskd-topk 8 --pskd-eos-scale 0}"
QUICK=0; SEQUENTIAL=0; FRESH=0; DATA_ONLY=0; EVAL_CAP=0; WARMUP=100
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) QUICK=1; shift ;;
        --out) OUT="$2"; shift 2 ;;
        --lang) LANG_X="$2"; shift 2 ;;
        --pairs) PAIRS="$2"; shift 2 ;;
        --epochs) EPOCHS="$2"; shift 2 ;;
        --vocab) VOCAB="$2"; shift 2 ;;
        --pskd-args) PSKD_ARGS="$2"; shift 2 ;;
        --sequential) SEQUENTIAL=1; shift ;;
        --fresh) FRESH=1; shift ;;
        --data-only) DATA_ONLY=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "error: unknown argument $1" >&2; usage >&2; exit 2 ;;
    esac
done
if [ "$QUICK" = 1 ]; then
    PAIRS=2000; EPOCHS=10; EVAL_CAP=200; WARMUP=20
    [ -z "${DEMO_OUT:-}" ] && [ "$OUT" = "$REPO/demo" ] && OUT="$REPO/demo/quick"
fi

if [ -n "${PYTHON:-}" ]; then PY="$PYTHON"
elif [ -x "$REPO/.venv/bin/python" ]; then PY="$REPO/.venv/bin/python"
else PY=python3; fi
BIN="$(dirname "$("$PY" -c 'import sys; print(sys.executable)')")"
[ -x "$BIN/fairseq-train" ] || { echo "error: no fairseq-train next to $PY: run bash scripts/setup.sh" >&2; exit 2; }
export PYTHONPATH="$REPO${PYTHONPATH:+:$PYTHONPATH}"
export PYTHONWARNINGS="${PYTHONWARNINGS:-ignore}"   # fairseq's deprecation warnings drown the log
# the plugin's fairseq/torch fixes for both runs, so that label smoothing and PS-KD train, validate
# and pick checkpoints under the same fairseq (docs/fairseq-notes.md)
export FAIRSEQ_PSKD_FIXES=all
USER_DIR="$REPO/fairseq_pskd"

T0=$(date +%s)
banner() {
    local s=$(( $(date +%s) - T0 ))
    printf '\n==== [%02d:%02d elapsed] %s\n' $((s / 60)) $((s % 60)) "$*"
}

[ "$FRESH" = 1 ] && rm -rf "$OUT"
mkdir -p "$OUT"
TEXT_ALL="$OUT/text.en-$LANG_X"
TEXT="$OUT/text.en-$LANG_X.$PAIRS"
DATA="$OUT/data-bin.en-$LANG_X.$PAIRS"

echo "demo: en->$LANG_X, $PAIRS training pairs, $EPOCHS epochs, sentencepiece $VOCAB, PS-KD: $PSKD_ARGS"
echo "demo: output in $OUT ($(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'))"

# ---- 1. corpus ------------------------------------------------------------------------------
banner "1/5 corpus: en-$LANG_X pairs from the gettext catalogs in /usr/share/locale"
if [ -s "$TEXT_ALL/test.$LANG_X" ]; then
    echo "reusing $TEXT_ALL"
else
    "$PY" -m pskd_tools.data.gettext_corpus "$TEXT_ALL" --lang "$LANG_X" 2>&1 | grep -v tensorboardX
fi
"$PY" - "$TEXT_ALL" "$TEXT" "$LANG_X" "$PAIRS" "$EVAL_CAP" <<'EOF'
import random, sys
from pathlib import Path
src, dst, lang, n, cap = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
dst.mkdir(parents=True, exist_ok=True)
read = lambda p: p.read_text(encoding="utf-8").splitlines()
en, xx = read(src / "train.en"), read(src / f"train.{lang}")
if n > len(en):
    sys.exit(f"error: --pairs {n} but the corpus has only {len(en)} training pairs")
idx = sorted(random.Random(1).sample(range(len(en)), n))
for name, lines in (("en", en), (lang, xx)):
    (dst / f"train.{name}").write_text("".join(lines[i] + "\n" for i in idx), encoding="utf-8")
for split in ("valid", "test"):
    for name in ("en", lang):
        lines = read(src / f"{split}.{name}")
        (dst / f"{split}.{name}").write_text("".join(l + "\n" for l in (lines[:cap] if cap else lines)),
                                            encoding="utf-8")
print(f"training subset: {n} of {len(en)} pairs (random, seed 1); valid/test: "
      + ", ".join(f"{s} {len(read(dst / f'{s}.en'))}" for s in ("valid", "test")) + f" -> {dst}")
EOF

# ---- 2. sentencepiece + binarize --------------------------------------------------------------
banner "2/5 joint sentencepiece ($VOCAB) + fairseq-preprocess --joined-dictionary"
if [ -s "$DATA/test.en-$LANG_X.$LANG_X.bin" ] && [ "$DATA/prepare.json" -nt "$TEXT/train.en" ]; then
    echo "reusing $DATA"
else
    rm -rf "$DATA" "$DATA.work"
    "$PY" -m pskd_tools.data.prepare plain --text-dir "$TEXT" --dest "$DATA" --src en --tgt "$LANG_X" \
        --vocab-size "$VOCAB" --workers 2 2>&1 | grep -E "^prepare|sents,|error|Error" | sed "s/^INFO:fairseq_cli.preprocess://"
fi

if [ "$DATA_ONLY" = 1 ]; then
    banner "done: data-bin in $DATA (--data-only: no training)"
    exit 0
fi

# ---- 3. train --------------------------------------------------------------------------------
# Transformer 2+2 layers, d 128, ffn 256, 4 heads, shared embeddings, dropout 0.1: small enough to
# train to convergence (and overfit a few thousand pairs) on 2 CPU cores. Best checkpoint by valid
# BLEU (greedy); both runs use label smoothing 0.1, the same seed and batches.
RECIPE=(--task translation -s en -t "$LANG_X" --user-dir "$USER_DIR"
        --arch transformer --encoder-layers 2 --decoder-layers 2
        --encoder-embed-dim 128 --decoder-embed-dim 128
        --encoder-ffn-embed-dim 256 --decoder-ffn-embed-dim 256
        --encoder-attention-heads 4 --decoder-attention-heads 4 --share-all-embeddings
        --dropout 0.1 --optimizer adam --adam-betas '(0.9, 0.98)' --lr 2e-3
        --lr-scheduler inverse_sqrt --warmup-updates "$WARMUP" --max-tokens 2048
        --required-batch-size-multiple 1 --max-epoch "$EPOCHS" --seed 1 --cpu --num-workers 0
        --eval-bleu --eval-bleu-args '{"beam": 1, "max_len_a": 1.2, "max_len_b": 10}'
        --eval-bleu-remove-bpe sentencepiece --best-checkpoint-metric bleu
        --maximize-best-checkpoint-metric
        --no-epoch-checkpoints --log-format simple --log-interval 1000)
# shellcheck disable=SC2206  # PSKD_ARGS is a flag list on purpose
PSKD_FLAGS=($PSKD_ARGS)
RUNS=(ls pskd)
declare -A CRIT=([ls]="--criterion label_smoothed_cross_entropy --label-smoothing 0.1"
                 [pskd]="--criterion pskd --label-smoothing 0.1 ${PSKD_FLAGS[*]}")
declare -A LABEL=([ls]="label smoothing 0.1"
                  [pskd]="PS-KD (${PSKD_ARGS//--pskd-/})")

# one run: the full fairseq log goes to RUN/train.log (what compare.py parses; stdout rather than
# --log-file, which fairseq re-opens every epoch and so writes each line several times); the
# console gets the per-epoch train/valid lines, the PS-KD notes and the plugin's warning about
# empty validation hypotheses (fairseq issue #3338, docs/fairseq-notes.md), prefixed with the
# run's name
train_one() {
    local run="$1" threads="$2" save="$OUT/$1"
    rm -rf "$save"; mkdir -p "$save"
    # shellcheck disable=SC2086  # CRIT holds a flag list
    OMP_NUM_THREADS="$threads" MKL_NUM_THREADS="$threads" \
        "$BIN/fairseq-train" "$DATA" "${RECIPE[@]}" ${CRIT[$run]} --save-dir "$save" \
        > "$save/train.log" 2>&1 &
    local pid=$!
    tail -n +1 -F --pid="$pid" "$save/train.log" 2>/dev/null \
        | grep --line-buffered -E "\| epoch [0-9]+ \||PS-KD|issue #3338|Error|error:|Traceback" \
        | sed -u -E -e "s/^[0-9-]+ ([0-9:]+) \| [A-Z]+ \| ([a-z_.]+) \| /\1 \2 | /" \
              -e "s/\| (ppl|wps|ups|wpb|bsz|gnorm|clip|loss_scale|train_wall|lr) [^|]*//g" \
              -e "s/^/[$run] /" &
    local tailer=$!
    if wait "$pid"; then wait "$tailer"; return 0; fi
    wait "$tailer" || true
    echo "[$run] fairseq-train failed; the last lines of $save/train.log:" >&2
    tail -n 30 "$save/train.log" >&2
    return 1
}

if [ "$SEQUENTIAL" = 1 ]; then
    for run in "${RUNS[@]}"; do
        banner "3/5 train $run: ${LABEL[$run]}, $EPOCHS epochs"
        train_one "$run" 2
    done
else
    banner "3/5 train both runs side by side (one core each), $EPOCHS epochs: ${LABEL[ls]} | ${LABEL[pskd]}"
    train_one ls 1 & p_ls=$!
    train_one pskd 1 & p_pskd=$!
    fail=0
    wait "$p_ls" || fail=1
    wait "$p_pskd" || fail=1
    [ "$fail" = 0 ] || { echo "error: training failed (logs above)" >&2; exit 1; }
fi

# ---- 4. score --------------------------------------------------------------------------------
banner "4/5 score checkpoint_best.pt of both runs on test: sacreBLEU (beam 5) + token calibration"
score_one() {
    local run="$1" save="$OUT/$1"
    {
        OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 "$PY" -m pskd_tools.evaluation.scoring "$DATA" \
            --path "$save/checkpoint_best.pt" --gen-subset test --beam 5 -s en -t "$LANG_X" \
            > "$save/score.log" 2>&1
        OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 "$PY" -m pskd_tools.evaluation.calibration "$DATA" \
            --path "$save/checkpoint_best.pt" --gen-subset test -s en -t "$LANG_X" --cpu \
            --no-progress >> "$save/score.log" 2>&1
    } || { echo "[$run] scoring failed; the last lines of $save/score.log:" >&2
           tail -n 30 "$save/score.log" >&2; return 1; }
    grep -E "^(BLEU|chrF|ECE|wrote)|ECE" "$save/score.log" | sed "s/^/[$run] /"
}
score_one ls & s_ls=$!
score_one pskd & s_pskd=$!
fail=0
wait "$s_ls" || fail=1
wait "$s_pskd" || fail=1
[ "$fail" = 0 ] || { echo "error: scoring failed (logs above)" >&2; exit 1; }

# ---- 5. compare ------------------------------------------------------------------------------
banner "5/5 comparison (test set; best checkpoint by valid BLEU)"
"$PY" -m pskd_tools.evaluation.compare "$OUT/ls" "$OUT/pskd" --labels "${LABEL[ls]}" "${LABEL[pskd]}" \
    --out-dir "$OUT/compare" 2>&1 | grep -v tensorboardX
banner "done: $OUT (runs in ls/ and pskd/, table and plots in compare/)"
