#!/usr/bin/env bash
# IWSLT'15 (TED, WIT3 release 2015-01) for fairseq: sentencepiece (joint 10k) + binarize.
#
#   bash examples/translation/prepare-iwslt15.sh --archive de-en.tgz [--src en --tgt de]
#        [--dest DIR] [--valid-sets TED.tst2012] [--test-sets TED.tst2013] [--vocab-size 10000]
#
# --archive (or $IWSLT15_ARCHIVE): the WIT3 texts archive of the pair (de-en.tgz holds
#   train.tags.de-en.{de,en} and IWSLT15.TED.{dev2010,tst2010..tst2013}.de-en.{de,en}.xml).
#   WIT3's old download URL is tried when no archive is given ($IWSLT15_URL overrides it); the
#   site has moved, so expect to pass --archive.
# Default split: valid TED.tst2012, test TED.tst2013 (Luong & Manning 2015, most IWSLT'15 papers).
# Output layout as in prepare-iwslt14.sh; default DEST data-bin/iwslt15.SRC-TGT.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# the default DEST is chosen in pskd_tools/data/prepare.py
exec "$PY" -m pskd_tools.data.prepare iwslt15 "$@"
