#!/usr/bin/env bash
# Label smoothing vs PS-KD on WMT'14 En-De with the Transformer base recipe, then BLEU/chrF
# (sacreBLEU, with signatures), token-level calibration and a comparison table.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() {
    cat <<'USAGE'
usage: train-wmt14.sh DATA_BIN SAVE_ROOT [--gpus 0,1,2,3,4,5,6,7] [--max-epoch 40] [--runs "ls pskd"]
                      [--seed 1] [-- extra fairseq-train args]

DATA_BIN   output of prepare-wmt14.sh
SAVE_ROOT  gets ls/ and pskd/ (checkpoints, train.log, scores, calibration) and compare/
--gpus     CUDA device ids; --update-freq is set to 8 / #GPUs (at least 1) so that every
           update sees about 8 x 4096 tokens, the batch of the Transformer base setup;
           "cpu": everything on the CPU, still in fp16 (plus --fp16-no-flatten-grads, which
           fairseq's fp16 optimizer needs there), --update-freq 8
PSKD_ARGS  environment: the PS-KD flags (default "--pskd-alpha 0.5 --pskd-topk 8 --pskd-eos-scale 0")

Recipe: transformer_wmt_en_de (base), shared embeddings, --fp16, adam (0.9, 0.98), lr 7e-4,
inverse_sqrt with 4000 warmup updates, dropout 0.1, label smoothing 0.1 (both runs), a fixed
number of epochs, best checkpoint by validation BLEU on newstest2013.
USAGE
}

SRC="${SRC:-en}"; TGT="${TGT:-de}"
parse_train_args 40 "$@"
if [ "$NGPU" -eq 0 ]; then
    # --gpus cpu keeps the recipe's fp16 (the same fp16 optimizer and loss scaling as on GPUs):
    # fairseq's flattened fp32 master copy calls torch.cuda.current_device(), which fails without
    # CUDA, so on the CPU the master copies stay one per parameter (slow: a CPU's fp16 matrix
    # products are; this mode is for tests, not for training WMT'14)
    UPDATE_FREQ=8; PRECISION=(--fp16 --fp16-no-flatten-grads)
else
    UPDATE_FREQ=$(( NGPU >= 8 ? 1 : 8 / NGPU )); PRECISION=(--fp16)
fi
train_and_evaluate \
    --arch transformer_wmt_en_de --share-all-embeddings "${PRECISION[@]+"${PRECISION[@]}"}" \
    --optimizer adam --adam-betas '(0.9, 0.98)' --clip-norm 0.0 \
    --lr 7e-4 --lr-scheduler inverse_sqrt --warmup-updates 4000 --warmup-init-lr 1e-07 \
    --dropout 0.1 --weight-decay 0.0 --max-tokens 4096 --update-freq "$UPDATE_FREQ"
