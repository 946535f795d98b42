#!/usr/bin/env bash
# IWSLT'14 German-English for fairseq: download (or a local copy), sentencepiece, binarize.
#
#   bash examples/translation/prepare-iwslt14.sh [--archive de-en.tgz] [--dest DIR]
#        [--variant spm|classic] [--vocab-size 10000] [--src de --tgt en] [--workers N]
#
# --archive (or $IWSLT14_ARCHIVE): fairseq's de-en.tgz, for machines without network;
#   otherwise it is downloaded from dl.fbaipublicfiles.com into DEST.work/.
# --variant spm (default): untokenized, cased text; joint unigram sentencepiece (10k); scores
#   with sacreBLEU on raw references.
# --variant classic: fairseq's classic setup (Moses tokenization + lowercasing with sacremoses,
#   clean-corpus 1..175 ratio 1.5, valid = every 23rd training pair, same five test sets); the
#   joint 10k BPE is learned with sentencepiece model_type=bpe on the tokenized text instead of
#   subword-nmt, so segmentations differ slightly from fairseq's published binaries. Scoring
#   then also reports tokenized BLEU, the number papers on this variant quote.
# Output: DEST (default data-bin/iwslt14.de-en[.classic]) with the binarized splits, spm.model,
# raw/{valid,test}.{de,en} (sacreBLEU references) and prepare.json. Logic: pskd_tools/data/prepare.py.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# the default DEST is chosen in pskd_tools/data/prepare.py
exec "$PY" -m pskd_tools.data.prepare iwslt14 "$@"
