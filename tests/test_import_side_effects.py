"""Importing the plugin registers `--criterion pskd` and replaces nothing in fairseq or torch; a run
with fairseq's own criterion and `--user-dir fairseq_pskd` runs fairseq and torch as they ship;
each fix applies only where a PS-KD criterion is built or where FAIRSEQ_PSKD_FIXES asks for it.

Each case runs in a fresh Python (tests/fairseq_state.py), which compares every attribute of
fairseq's modules and classes, and torch's functions, before and after."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fairseq_pskd.compat import FIXES_VARIABLE

from conftest import MODEL_ARGS, USER_DIR

pytestmark = pytest.mark.slow

DRIVER = Path(__file__).with_name("fairseq_state.py")
TRAIN = [*MODEL_ARGS, "--optimizer", "adam", "--lr", "1e-3",
         "--max-tokens", "800", "--max-epoch", "1", "--label-smoothing", "0.1", "--eval-bleu",
         "--eval-bleu-args", '{"beam": 1, "max_len_a": 1.2, "max_len_b": 10}',
         "--best-checkpoint-metric", "bleu", "--maximize-best-checkpoint-metric"]
CHECKPOINT_FUNCTIONS = {"fairseq.checkpoint_utils.load_checkpoint",
                        "fairseq.checkpoint_utils.save_checkpoint"}
TRANSLATION_REDUCE = "fairseq.tasks.translation.TranslationTask.reduce_metrics"


def _replaced(tmp_path: Path, *train_args, fixes: str | None = None) -> list[str]:
    """What a fresh process had replaced after importing the plugin (or running fairseq-train)."""
    env = {k: v for k, v in os.environ.items()
           if k not in (FIXES_VARIABLE, "TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD")}
    if fixes is not None:
        env[FIXES_VARIABLE] = fixes
    tmp_path.mkdir(parents=True, exist_ok=True)
    out = tmp_path / "replaced.json"
    proc = subprocess.run([sys.executable, str(DRIVER), str(out), *map(str, train_args)],
                          capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr[-4000:]
    return json.loads(out.read_text())


def test_importing_the_plugin_replaces_nothing_in_fairseq_or_torch(tmp_path):
    assert _replaced(tmp_path) == []


def test_a_fix_asked_for_replaces_only_what_it_fixes(tmp_path):
    assert _replaced(tmp_path, fixes="empty-bleu") == [TRANSLATION_REDUCE]
    every = set(_replaced(tmp_path, fixes="all"))
    assert {"torch.load", "fairseq.trainer.Trainer.load_checkpoint",
            "fairseq.criterions.label_smoothed_cross_entropy_with_rdrop."
            "RdropLabelSmoothedCrossEntropyCriterion.forward"} <= every
    assert not every & CHECKPOINT_FUNCTIONS  # the store's hooks are the criterion's, not fixes


def test_a_label_smoothing_run_with_the_plugin_runs_unpatched_fairseq(data_bin, tmp_path):
    def run(name: str, *args) -> set[str]:
        return set(_replaced(tmp_path / name, data_bin, *TRAIN, *args, "--save-dir", tmp_path / name))

    ls = ["--criterion", "label_smoothed_cross_entropy"]
    # what fairseq replaces itself in a run (torch's LR scheduler wraps the optimizer's step, ...)
    plain = run("plain", *ls)
    assert run("ls", "--user-dir", USER_DIR, *ls) == plain
    # the same run with the PS-KD criterion: the snapshot sees what building it installs
    pskd = run("pskd", "--user-dir", USER_DIR, "--criterion", "pskd") - plain
    assert CHECKPOINT_FUNCTIONS | {"torch.load"} <= pskd
    # its task's BLEU fix is on the task it trains, not on fairseq's class
    assert TRANSLATION_REDUCE not in pskd
