"""Run a grid of fairseq-train configurations x seeds, score every run, and report the results.

A grid is a JSON file (format: ``experiments/README.md``): one data-bin, one fairseq-train
recipe, and named configurations (criterion flags) each trained with a list of seeds. For every
(configuration, seed) the runner

1. trains ``fairseq-train DATA_BIN RECIPE FLAGS --seed S --save-dir OUT/runs/NAME/seedS`` (stdout
   and stderr appended to ``train.log`` there), one torch thread per run, ``--jobs`` runs at once;
2. scores ``checkpoint_best.pt`` with ``pskd_tools.evaluation.scoring`` (sacreBLEU BLEU/chrF) and
   ``pskd_tools.evaluation.calibration`` (token ECE/NLL), as ``scripts/demo.sh`` does;
3. scores it under every checkpoint rule too (``pskd-score --rules``: valid loss, valid BLEU, last,
   average of the last five; lenpen tuned on valid), one ``rule.RULE.SUBSET.json`` per rule;
4. writes ``done.json`` into the run directory, only after all of that succeeded.

Rerunning the same command continues a stopped sweep: runs with ``done.json`` are skipped, and an
unfinished run is started again with the same command line, so fairseq resumes it from its
``checkpoint_last.pt`` (PS-KD keeps its state on disk and resumes exactly). Each run directory
records its command line; a grid edited afterwards is refused rather than silently mixing two
settings in one directory. A grid with an ``archive`` keeps every finished run there without its
checkpoints, to be committed (a directory, or one NAME.tar.xz file: ``experiments/results/``), and
restores them into an out_dir that lacks them.

After every finished run the report in ``OUT/report/`` is rewritten from what has finished:
``sweep.md`` (mean ± sd over seeds, paired significance against the baseline with sacreBLEU's
paired bootstrap and approximate randomization, the same under each checkpoint rule and where the
rules agree, every run), ``sweep.json`` and PNG plots.

CLI::

    python -m experiments.sweep GRID.json [--jobs N] [--data-bin DIR] [--out-dir DIR]
               [--archive DIR|FILE.tar.xz] [--configs NAME ...] [--dry-run | --report-only]

run from the repository root (the package is not installed: it is this repository's experiment
manager, not one of the shipped ``pskd-*`` tools). The modules, in the order they build on each other:
``grid`` (the schema, ``load_grid``), ``runs`` (run directories, state files, locks), ``results``
(finished runs read back), ``archive`` (finished runs kept without checkpoints, restored into a
fresh out_dir), ``stats`` (mean ± sd, paired tests), ``report`` (sweep.md, sweep.json,
plots), ``runner`` (the subprocesses, resume, ``--jobs``), ``cli`` (``main``).

This package builds on ``pskd_tools`` (and trains with the plugin, ``--user-dir fairseq_pskd``);
neither ever imports it, and the wheel leaves it out (tests/test_imports.py checks both).
"""
from .cli import main

__all__ = ["main"]
