"""fairseq's R-Drop criterion validated with `--eval-bleu` (the baseline arm of issue 16).

`label_smoothed_cross_entropy_with_rdrop` doubles the batch inside the caller's sample, and
fairseq's validation then decodes that sample for BLEU with twice as many sources as targets
(fairseq issue #5410). The plugin carries a fix, `rdrop-eval-bleu` (fairseq_pskd/compat.py), which
a run asks for with FAIRSEQ_PSKD_FIXES; these runs show the crash with plain fairseq and with the
plugin loaded but nothing asked for, and the same run completing, with R-Drop's KL term in its log,
with the fix asked for.
"""

import pytest

from conftest import MODEL_ARGS, USER_DIR, epoch_stats, fairseq

RDROP = ["--criterion", "label_smoothed_cross_entropy_with_rdrop", "--label-smoothing", "0.1",
         "--rdrop-alpha", "5"]
EVAL_BLEU = ["--eval-bleu", "--eval-bleu-args", '{"beam": 1, "max_len_a": 1.2, "max_len_b": 10}',
             "--best-checkpoint-metric", "bleu", "--maximize-best-checkpoint-metric"]


def _train(data_bin, save_dir, *extra, fixes=None):
    return fairseq(
        "fairseq-train", data_bin, *MODEL_ARGS, *RDROP, *EVAL_BLEU, "--optimizer", "adam",
        "--lr", "1e-3", "--max-tokens", "800", "--max-epoch", "1", "--save-dir", save_dir,
        "--no-epoch-checkpoints", *extra, check=False, fixes=fixes,
    )


@pytest.mark.slow
@pytest.mark.parametrize("plugin", [[], ["--user-dir", USER_DIR]], ids=["plain", "plugin_loaded"])
def test_fairseq_rdrop_crashes_when_validation_decodes_for_bleu_unless_asked(data_bin, tmp_path, plugin):
    proc = _train(data_bin, tmp_path, *plugin)
    assert proc.returncode != 0, (
        "fairseq's R-Drop no longer fails with --eval-bleu: either the plugin changed fairseq "
        "without being asked, or fairseq fixed issue #5410 and the rdrop-eval-bleu fix is obsolete"
    )
    assert "IndexError" in proc.stderr, proc.stderr[-3000:]


@pytest.mark.slow
def test_with_the_fix_asked_for_rdrop_validates_with_bleu_and_trains_its_kl_term(data_bin, tmp_path):
    proc = _train(data_bin, tmp_path, "--user-dir", USER_DIR, fixes="rdrop-eval-bleu,empty-bleu")
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, log[-4000:]
    assert "bleu" in epoch_stats(log, "valid")[1]
    assert float(epoch_stats(log, "train")[1]["rdrop_kl_loss"]) > 0
