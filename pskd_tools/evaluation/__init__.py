"""Tools that evaluate and inspect PS-KD runs.

The commands, each a thin module over the libraries below (no library imports a command; the
import graph is checked by tests/test_imports.py):

* ``scoring`` (``pskd-score``): sacreBLEU BLEU/chrF of a checkpoint, or of every checkpoint rule;
* ``calibration`` (``pskd-calibrate``): token ECE, NLL, Brier, AURC under teacher forcing;
* ``compare`` (``pskd-compare``): a table and plots over run directories;
* ``inspect_store`` (``pskd-store``): read, verify or fill a store without training.

The libraries, each importing only those before it: ``text`` (sentence files, sentencepiece
and Moses detokenization), ``fairseq_log`` (fairseq-train logs), ``run_dir`` (a run directory
read back), ``report`` (table cells and plots), ``generate`` (fairseq-generate: command, runners,
output), ``data_bin`` (what a data-bin says about decoding and references), ``bleu`` (sacreBLEU
scores of a decode), ``token_calibration`` (the calibration metrics and their computation),
``averaging`` (checkpoint averaging), ``rules`` (which checkpoint each rule picks), ``lenpen``
(length penalty by re-ranking), ``rule_scoring`` (a run scored under every rule).

Not part of the plugin: `--user-dir fairseq_pskd` never imports this package, so training does not
load matplotlib or sacreBLEU on its account.
"""
