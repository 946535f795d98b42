"""`--eval-bleu --best-checkpoint-metric bleu` when validation hypotheses are empty (issue 12).

fairseq's TranslationTask logs no `bleu` for a validation whose hypotheses hold no word, and
fairseq-train then stops with KeyError: 'bleu' (fairseq issue #3338). The plugin carries a fix,
`empty-bleu` (fairseq_pskd/compat.py), which a PS-KD criterion applies to its task and any other
run asks for with FAIRSEQ_PSKD_FIXES. The CLI tests reproduce the crash with plain fairseq and with
a label-smoothing run that loads the plugin but asks for nothing, and show that the same run
completes where the fix applies; the in-process tests check the BLEU the fix reports against
sacreBLEU when only some validation batches are empty.
"""

import logging
import subprocess
import sys

import pytest
import sacrebleu
from fairseq.criterions.label_smoothed_cross_entropy import LabelSmoothedCrossEntropyCriterion
from fairseq.data import Dictionary
from fairseq.logging import metrics
from fairseq.tasks.translation import EVAL_BLEU_ORDER, TranslationConfig, TranslationTask

from fairseq_pskd import compat

from conftest import MODEL_ARGS, USER_DIR, epoch_stats, fairseq

# Greedy decoding that must end at step 0: every hypothesis is empty (EOS only), which is what an
# untrained or collapsed model produces and what made `bash scripts/demo.sh --quick` fail at epoch 2.
EMPTY_HYPOTHESES = ["--eval-bleu",
                    "--eval-bleu-args", '{"beam": 1, "max_len_a": 0, "max_len_b": 0, "min_len": 0}',
                    "--best-checkpoint-metric", "bleu", "--maximize-best-checkpoint-metric"]


def _train(data_bin, save_dir, *extra, fixes=None):
    return fairseq(
        "fairseq-train", data_bin, *MODEL_ARGS, "--optimizer", "adam", "--lr", "1e-3",
        "--max-tokens", "800", "--max-epoch", "2", "--save-dir", save_dir,
        "--no-epoch-checkpoints", *EMPTY_HYPOTHESES, *extra, check=False, fixes=fixes,
    )


@pytest.mark.slow
@pytest.mark.parametrize("plugin", [[], ["--user-dir", USER_DIR]], ids=["plain", "plugin_loaded"])
def test_fairseq_crashes_on_empty_hypotheses_unless_the_fix_applies(data_bin, tmp_path, plugin):
    proc = _train(data_bin, tmp_path, *plugin, "--criterion", "label_smoothed_cross_entropy")
    assert proc.returncode != 0, (
        "fairseq no longer fails here: either the plugin changed fairseq without being asked, or "
        "fairseq logs bleu for empty hypotheses itself now and the empty-bleu fix is obsolete"
    )
    assert "KeyError: 'bleu'" in proc.stderr, proc.stderr[-3000:]


@pytest.mark.slow
@pytest.mark.parametrize(("criterion", "fixes"), [
    (["--criterion", "label_smoothed_cross_entropy", "--label-smoothing", "0.1"], "empty-bleu"),
    (["--criterion", "pskd", "--label-smoothing", "0.1"], None),
], ids=["label_smoothing_asks", "pskd_applies_it"])
def test_where_the_fix_applies_the_run_completes_with_bleu_zero(data_bin, tmp_path, criterion, fixes):
    proc = _train(data_bin, tmp_path, "--user-dir", USER_DIR, *criterion, fixes=fixes)
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, log[-4000:]
    valid = epoch_stats(log, "valid")
    assert sorted(valid) == [1, 2]
    # epoch 1 failed in validate(), epoch 2 in get_valid_stats(): both now see bleu 0
    assert valid[1]["bleu"] == valid[2]["bleu"] == "0"
    assert valid[2]["best_bleu"] == "0"
    assert (tmp_path / "checkpoint_best.pt").exists()
    assert "bleu" not in epoch_stats(log, "train")[1]  # training steps carry no BLEU statistics
    assert log.count("fairseq issue #3338") == 1  # one warning for the whole run


# ---- in process: fairseq's own reduce_metrics and the real criterion, fed logging outputs as
# TranslationTask.valid_step builds them from sacreBLEU's statistics -----------------------------

def _valid_output(hyps: list[str], refs: list[str]) -> dict:
    bleu = sacrebleu.corpus_bleu(hyps, [refs])
    out = {"loss": 5.0, "nll_loss": 5.0, "ntokens": 10, "nsentences": len(refs), "sample_size": 10,
           "_bleu_sys_len": bleu.sys_len, "_bleu_ref_len": bleu.ref_len}
    for i in range(EVAL_BLEU_ORDER):
        out[f"_bleu_counts_{i}"] = bleu.counts[i]
        out[f"_bleu_totals_{i}"] = bleu.totals[i]
    return out


WORDS = (["the cat sat on the mat", "a dog ran", "it is raining today here"],
         ["the cat sat on a mat", "a dog ran away", "it is raining here today"])
EMPTY = (["", ""], ["one more reference sentence", "and the last one of them"])


@pytest.fixture
def task_and_criterion(monkeypatch):
    """A translation task with the fix on it (as a PS-KD criterion applies it: this task only)."""
    monkeypatch.setattr(compat, "_warned", False)
    monkeypatch.setattr(compat, "_fairseq_bleu", None)
    d = Dictionary()
    task = TranslationTask(TranslationConfig(eval_bleu=True), d, d)
    compat.log_bleu_for_empty_hypotheses(task)
    return task, LabelSmoothedCrossEntropyCriterion(task, sentence_avg=False, label_smoothing=0.1)


# fairseq's own method, without the plugin's wrapper
FAIRSEQ_REDUCE = getattr(TranslationTask.reduce_metrics, "__wrapped__", TranslationTask.reduce_metrics)


def _validate(task, criterion, batches, reduce=None) -> dict:
    """One validation as fairseq_cli.train.validate runs it: one reduce_metrics per batch."""
    with metrics.aggregate(new_root=True) as agg:
        for hyps, refs in batches:
            with metrics.aggregate():  # as Trainer._reduce_and_log_stats
                if reduce is None:
                    task.reduce_metrics([_valid_output(hyps, refs)], criterion)
                else:
                    reduce(task, [_valid_output(hyps, refs)], criterion)
        return agg.get_smoothed_values()


def test_installed_fairseq_logs_no_bleu_for_empty_hypotheses(task_and_criterion):
    """The bug the fix is for; if this fails, fairseq fixed it and compat's fix never triggers."""
    task, criterion = task_and_criterion
    assert "bleu" in _validate(task, criterion, [WORDS], FAIRSEQ_REDUCE)
    assert "bleu" not in _validate(task, criterion, [EMPTY], FAIRSEQ_REDUCE)


def test_empty_validation_logs_bleu_zero_and_warns_once(task_and_criterion, caplog):
    task, criterion = task_and_criterion
    with caplog.at_level(logging.WARNING, logger="fairseq_pskd.compat"):
        assert _validate(task, criterion, [EMPTY])["bleu"] == 0.0
        assert _validate(task, criterion, [EMPTY, EMPTY])["bleu"] == 0.0
    assert [r.message for r in caplog.records] == [compat.EMPTY_BLEU_WARNING]


@pytest.mark.parametrize("order", ["empty_first", "words_first"])
def test_some_empty_batches_give_corpus_bleu_of_all_sentences(task_and_criterion, order):
    task, criterion = task_and_criterion
    batches = [EMPTY, WORDS] if order == "empty_first" else [WORDS, EMPTY]
    hyps = [h for b in batches for h in b[0]]
    refs = [r for b in batches for r in b[1]]
    expected = round(sacrebleu.corpus_bleu(hyps, [refs]).score, 2)
    # the empty batch's references count in the brevity penalty, as in a corpus BLEU
    fairseq_alone = _validate(task, criterion, [WORDS], FAIRSEQ_REDUCE)
    assert 0 < expected < fairseq_alone["bleu"]
    assert _validate(task, criterion, batches)["bleu"] == pytest.approx(expected)


def test_validation_with_words_is_fairseqs_own(task_and_criterion, caplog):
    task, criterion = task_and_criterion
    with caplog.at_level(logging.WARNING, logger="fairseq_pskd.compat"):
        ours = _validate(task, criterion, [WORDS, WORDS])
        theirs = _validate(task, criterion, [WORDS, WORDS], FAIRSEQ_REDUCE)
    assert ours.keys() == theirs.keys()
    assert ours["bleu"] == theirs["bleu"] > 0
    assert not caplog.records


def test_the_fix_is_installed_once_per_task_and_leaves_fairseqs_class_alone(task_and_criterion):
    task, _ = task_and_criterion
    wrapper = task.reduce_metrics
    compat.log_bleu_for_empty_hypotheses(task)  # a second criterion on the same task: a no-op
    assert task.reduce_metrics == wrapper
    assert TranslationTask.reduce_metrics is FAIRSEQ_REDUCE
    other = TranslationTask(TranslationConfig(eval_bleu=True), Dictionary(), Dictionary())
    assert other.reduce_metrics.__func__ is FAIRSEQ_REDUCE


@pytest.mark.slow
def test_importing_the_plugin_imports_nothing_fairseq_does_not():
    # fairseq's own submodules may load (the criterion builds on fairseq's label smoothing, and its
    # hooks wrap fairseq's checkpoint functions, which fairseq-train imports anyway); no other
    # package may
    code = ("import sys, fairseq; before = set(sys.modules); import fairseq_pskd; "
            "print(sorted({m.split('.')[0] for m in set(sys.modules) - before} - {'fairseq'}))")
    added = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert added.stdout.strip() == "['fairseq_pskd']", added.stdout
