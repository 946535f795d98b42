#!/usr/bin/env bash
# Label smoothing vs PS-KD on IWSLT'14 De-En with fairseq's IWSLT recipe, then BLEU/chrF
# (sacreBLEU, with signatures), token-level calibration and a comparison table.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() {
    cat <<'USAGE'
usage: train-iwslt14.sh DATA_BIN SAVE_ROOT [--gpus 0|0,1|cpu] [--max-epoch 100] [--runs "ls pskd"]
                        [--seed 1] [-- extra fairseq-train args]

DATA_BIN   output of prepare-iwslt14.sh (either variant)
SAVE_ROOT  gets ls/ and pskd/ (checkpoints, train.log, scores, calibration) and compare/
--gpus     CUDA device ids (all listed GPUs train data-parallel) or "cpu"
--runs     which runs: ls (label_smoothed_cross_entropy) and/or pskd (--criterion pskd)
PSKD_ARGS  environment: the PS-KD flags (default "--pskd-alpha 0.5 --pskd-topk 8 --pskd-eos-scale 0")

Recipe (fairseq examples/translation): transformer_iwslt_de_en, shared decoder in/out
embeddings, adam (0.9, 0.98), lr 5e-4, inverse_sqrt with 4000 warmup updates, dropout 0.3,
weight decay 1e-4, label smoothing 0.1 (both runs), max 4096 tokens per GPU, a fixed number of
epochs (PS-KD's schedule needs one), best checkpoint by validation BLEU (beam 5).
PS-KD targets a regime trained to convergence: keep --max-epoch large.
USAGE
}

SRC="${SRC:-de}"; TGT="${TGT:-en}"
parse_train_args 100 "$@"
train_and_evaluate \
    --arch transformer_iwslt_de_en --share-decoder-input-output-embed \
    --optimizer adam --adam-betas '(0.9, 0.98)' --clip-norm 0.0 \
    --lr 5e-4 --lr-scheduler inverse_sqrt --warmup-updates 4000 \
    --dropout 0.3 --weight-decay 0.0001 --max-tokens 4096
