#!/usr/bin/env bash
# Label smoothing vs PS-KD on the full gettext en-de corpus (40k pairs) with a
# transformer_iwslt_de_en model, trained to convergence on one GPU, then scored (sacreBLEU BLEU and
# chrF, token calibration). Run ON the GPU machine from the repository root, carrying .whl/
# (benchmarks/gpu/prepare.sh) and the data-bin made here by
#   bash scripts/demo.sh --data-only --pairs 40229 --vocab 8000 --out gpu-data
# (carry gpu-data/data-bin.en-de.40229). Both runs train at once on the one GPU (the model is small
# for an H100/H200), about 25 epochs each within ~8 minutes, in fp16 (`--fp16`; fairseq 0.12's
# bf16 flag sets tpu=True and asks torch_xla for a device). A call of its own, not part of
# run.sh's 10-minute plan; with the install in the same call, lower EPOCHS to fit.
# Results in $OUT (default /tmp/pskd-40k).
#   bash benchmarks/gpu/train_gettext40k.sh gpu-data/data-bin.en-de.40229 ["--pskd-alpha 0.5 ..."]
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=${1:?usage: $0 DATA_BIN [PSKD_FLAGS]}
PSKD_FLAGS=${2:---pskd-alpha 0.5 --pskd-topk 8 --pskd-residual uniform}
OUT="${OUT:-/tmp/pskd-40k}"
EPOCHS=${EPOCHS:-25}
mkdir -p "$OUT"
source benchmarks/gpu/install.sh
RECIPE=(--task translation -s en -t de --user-dir fairseq_pskd --arch transformer_iwslt_de_en
        --share-all-embeddings --dropout 0.3 --weight-decay 0.0001 --optimizer adam
        --adam-betas '(0.9, 0.98)' --lr 5e-4 --lr-scheduler inverse_sqrt --warmup-updates 1000
        --max-tokens 8192 --fp16 --max-epoch "$EPOCHS" --seed 1 --num-workers 2
        --required-batch-size-multiple 1 --eval-bleu
        --eval-bleu-args '{"beam": 1, "max_len_a": 1.2, "max_len_b": 10}'
        --eval-bleu-remove-bpe sentencepiece --best-checkpoint-metric bleu
        --maximize-best-checkpoint-metric --no-epoch-checkpoints --log-format simple
        --log-interval 200)
# shellcheck disable=SC2086  # PSKD_FLAGS is a flag list on purpose
python3 -m fairseq_cli.train "$DATA" "${RECIPE[@]}" --criterion label_smoothed_cross_entropy \
    --label-smoothing 0.1 --save-dir "$OUT/ls" > "$OUT/ls.log" 2>&1 &
ls_pid=$!
python3 -m fairseq_cli.train "$DATA" "${RECIPE[@]}" --criterion pskd --label-smoothing 0.1 \
    $PSKD_FLAGS --save-dir "$OUT/pskd" > "$OUT/pskd.log" 2>&1 &
pskd_pid=$!
wait "$ls_pid"; wait "$pskd_pid"
cp "$OUT/ls.log" "$OUT/ls/train.log"; cp "$OUT/pskd.log" "$OUT/pskd/train.log"
for run in ls pskd; do
    python3 -m pskd_tools.evaluation.scoring "$DATA" --path "$OUT/$run/checkpoint_best.pt" --gen-subset test \
        --beam 5 -s en -t de > "$OUT/$run/score.log" 2>&1
    python3 -m pskd_tools.evaluation.calibration "$DATA" --path "$OUT/$run/checkpoint_best.pt" \
        --gen-subset test -s en -t de --no-progress >> "$OUT/$run/score.log" 2>&1
    grep -E "^(BLEU|chrF)|ECE" "$OUT/$run/score.log" | sed "s/^/[$run] /"
done
python3 -m pskd_tools.evaluation.compare "$OUT/ls" "$OUT/pskd" --labels "label smoothing 0.1" "PS-KD ($PSKD_FLAGS)" \
    --out-dir "$OUT/compare"
