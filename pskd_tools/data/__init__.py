"""Tools that make training data: the commands prepare (``pskd-prepare``: download, sentencepiece,
fairseq-preprocess for IWSLT'14, IWSLT'15, WMT'14 or plain text) and gettext_corpus
(``pskd-gettext-corpus``: an offline corpus from the machine's gettext catalogs); the libraries
train_data (a data-bin's training split as fairseq-train loads it) and teacher_fill (a teacher
store filled from trained checkpoints, run by ``pskd-store fill``).

Not part of the plugin: `--user-dir fairseq_pskd` never imports this package.
"""
