"""Tools that make training data: prepare (download, sentencepiece, fairseq-preprocess for IWSLT'14,
IWSLT'15, WMT'14 or plain text) and gettext_corpus (an offline corpus from the machine's gettext
catalogs).

Not part of the plugin: `--user-dir fairseq_pskd` never imports this package.
"""
