#!/usr/bin/env bash
# WMT'14 English-German for fairseq: Europarl v7 + CommonCrawl + News Commentary v12 for
# training, newstest2013 valid, newstest2014 (full) test; joint sentencepiece (32k); binarize.
#
#   bash examples/translation/prepare-wmt14.sh [--archive-dir DIR] [--dest DIR]
#        [--src en --tgt de] [--vocab-size 32000] [--workers N]
#
# --archive-dir (or $WMT14_ARCHIVE_DIR): a directory holding the five archives of fairseq's
#   prepare-wmt14en2de.sh (training-parallel-europarl-v7.tgz, training-parallel-commoncrawl.tgz,
#   training-parallel-nc-v12.tgz, dev.tgz, test-full.tgz); otherwise they are downloaded from
#   statmt.org into DEST.work/archives/ (about 1.6 GB).
# Training pairs are cleaned like fairseq's script (1..250 words, length ratio <= 1.5); test
# segments are read exactly as `sacrebleu -t wmt14/full` reads them, so scores are comparable.
# Default DEST: data-bin/wmt14.SRC-TGT.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# the default DEST is chosen in pskd_tools/data/prepare.py
exec "$PY" -m pskd_tools.data.prepare wmt14 "$@"
