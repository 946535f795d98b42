"""End to end through the real fairseq CLI: epoch 2 trains on what epoch 1 predicted."""

import re

import numpy as np
import pytest
import sacrebleu
import torch

from fairseq_pskd.store import TopKStore
from fairseq_pskd.store_format import read_header

from conftest import MODEL_ARGS, USER_DIR, epoch_stats, fairseq
from reference import ALPHA_T, EPOCHS, EPS, frozen_pskd_args, reference_losses

pytestmark = pytest.mark.slow  # every test uses pskd_run (fairseq-train)


def test_epoch_two_trains_on_epoch_one_predictions(pskd_run, data_bin):
    save, log = pskd_run
    train = epoch_stats(log)
    assert sorted(train) == [1, 2, 3]
    # epoch 1: no prediction exists yet, the target is the hard one
    assert float(train[1]["pskd_prior"]) == 0.0
    # epoch 2: every token has one, and alpha is alpha_T * 2 / T
    assert float(train[2]["pskd_prior"]) == 1.0
    alpha2 = ALPHA_T * 2 / EPOCHS
    assert float(train[2]["pskd_alpha"]) == pytest.approx(alpha2, abs=1e-4)
    assert 0.0 < float(train[2]["pskd_coverage"]) <= 1.0

    ref = reference_losses(save / "checkpoint1.pt", data_bin, alpha2)
    # the distilled target must matter at this alpha, or this test could not tell them apart
    assert abs(ref["pskd"] - ref["ls"]) > 0.05
    assert float(train[2]["loss"]) == pytest.approx(ref["pskd"], abs=2e-3)
    # and epoch 1 is plain label smoothing against the same weights
    assert float(train[1]["loss"]) == pytest.approx(ref["ls"], abs=2e-3)
    # KL(stored || current) is logged too; here only the top-K truncation separates the two
    assert float(train[2]["pskd_kl"]) == pytest.approx(ref["kl"], abs=2e-3)


def _as_label_smoothing(checkpoint, out):
    """A copy of a PS-KD checkpoint that names fairseq's label smoothing (same epsilon) as its
    criterion: fairseq-validate builds the criterion the checkpoint names (a --criterion flag only
    reaches that criterion's fields), so this is how it validates the same weights with label
    smoothing's own code instead of PS-KD's."""
    # a checkpoint this test's own run wrote: its argparse/omegaconf objects need the full
    # unpickler, which torch >= 2.6 only uses when asked (the plugin trusts fairseq's loaders only)
    state = torch.load(checkpoint, map_location="cpu", weights_only=False)
    assert state["cfg"]["criterion"]["_name"] == "pskd"
    state["cfg"]["criterion"] = {
        "_name": "label_smoothed_cross_entropy", "label_smoothing": EPS, "report_accuracy": False,
        "ignore_prefix_size": 0, "sentence_avg": False,
    }
    torch.save(state, out)
    return out


def test_validation_loss_is_the_hard_target_loss(pskd_run, data_bin, tmp_path):
    save, log = pskd_run
    valid = epoch_stats(log, "valid")
    assert sorted(valid) == [1, 2, 3]
    # each epoch's checkpoint holds the weights that epoch was validated with. In epochs 2 and 3
    # every training sentence has a row and alpha > 0, and the distilled target moves this model's
    # loss by more than 0.05 (on the training set: test_epoch_two_trains_on_epoch_one_predictions),
    # far beyond the printed digits: a validation against it would not match label smoothing's
    for epoch in (1, 2, 3):
        ls = _as_label_smoothing(save / f"checkpoint{epoch}.pt", tmp_path / f"ls{epoch}.pt")
        # --user-dir and the fix asked for only let fairseq's loader read the checkpoint on
        # torch >= 2.6; the criterion is fairseq's own
        proc = fairseq(
            "fairseq-validate", data_bin, "--task", "translation", "--user-dir", USER_DIR,
            "--path", ls, "--valid-subset", "valid", "--cpu", "--max-tokens", 800,
            "--log-format", "simple", fixes="trust-checkpoints",
        )
        out = proc.stdout + proc.stderr
        assert "'criterion': {'_name': 'label_smoothed_cross_entropy'" in out
        m = re.search(r"valid on 'valid' subset \| loss (\S+) \| nll_loss (\S+) ", out)
        assert m, out[-3000:]
        assert (valid[epoch]["loss"], valid[epoch]["nll_loss"]) == m.groups(), epoch


def test_generate_with_the_plugin_and_score_with_sacrebleu(pskd_run, data_bin):
    save, _ = pskd_run
    out = fairseq(
        "fairseq-generate", data_bin, "--user-dir", USER_DIR, "--path", save / "checkpoint_best.pt",
        "--gen-subset", "test", "--beam", "5", "--cpu", "--batch-size", "64",
        # fairseq main silently drops a last batch smaller than this multiple (default 8)
        "--required-batch-size-multiple", "1", fixes="trust-checkpoints",
    ).stdout
    hyps = {int(m.group(1)): m.group(2) for m in re.finditer(r"^H-(\d+)\t\S+\t(.*)$", out, re.M)}
    refs = {int(m.group(1)): m.group(2) for m in re.finditer(r"^T-(\d+)\t(.*)$", out, re.M)}
    assert len(hyps) == len(refs) == 60
    order = sorted(hyps)
    bleu = sacrebleu.corpus_bleu([hyps[i] for i in order], [[refs[i] for i in order]])
    fairseq_bleu = float(re.search(r"BLEU4 = ([\d.]+)", out).group(1))
    assert bleu.score > 30, bleu
    # whitespace-tokenized ids: sacreBLEU's 13a tokenization leaves them alone
    assert bleu.score == pytest.approx(fairseq_bleu, abs=0.05)


def test_ignore_prefix_size_leaves_the_prefix_out_of_the_loss_and_the_store(data_bin, pretrained, tmp_path):
    # a multilingual model's target starts with a language tag the loss skips: PS-KD must store
    # and distill exactly the tokens label smoothing's loss sees
    save = tmp_path / "prefix"
    log = fairseq(
        "fairseq-train", *frozen_pskd_args(data_bin, pretrained, save), "--ignore-prefix-size", "1"
    ).stdout
    train = epoch_stats(log)
    alpha2 = ALPHA_T * 2 / EPOCHS
    ref = reference_losses(save / "checkpoint1.pt", data_bin, alpha2, prefix=1)
    whole = reference_losses(save / "checkpoint1.pt", data_bin, alpha2)
    assert abs(ref["pskd"] - whole["pskd"]) > 0.05  # the prefix matters here
    assert float(train[1]["loss"]) == pytest.approx(ref["ls"], abs=2e-3)
    assert float(train[2]["loss"]) == pytest.approx(ref["pskd"], abs=2e-3)
    assert float(train[2]["pskd_kl"]) == pytest.approx(ref["kl"], abs=2e-3)
    assert float(train[2]["pskd_prior"]) < 1.0  # the prefix tokens have no row
    _, spec, _ = read_header(save / "pskd_store" / "index.pskd")
    sizes = TopKStore(save / "pskd_store", spec, writable=False).lengths_of(np.arange(spec.num_sentences))
    assert spec.prefix == 1 and int(sizes.min()) >= 0
    # the store inspector reads the prefix from the header: every row checks out against the data
    out = fairseq("pskd-store", "verify", save / "pskd_store", "--data", data_bin).stdout
    assert "--ignore-prefix-size" in fairseq("pskd-store", "info", save / "pskd_store").stdout, out


def test_the_model_residual_trains_towards_the_dense_reference(data_bin, pretrained, tmp_path):
    """--pskd-residual model: the stored top-K, and the rest of the mass spread like the current
    model's own distribution off those K ids (the weights are frozen: the current model is the
    epoch-1 checkpoint's)."""
    args = [*map(str, frozen_pskd_args(data_bin, pretrained, tmp_path)), "--pskd-residual", "model"]
    train = epoch_stats(fairseq("fairseq-train", *args).stdout)
    alpha2 = ALPHA_T * 2 / EPOCHS
    ref = reference_losses(tmp_path / "checkpoint1.pt", data_bin, alpha2, residual="model")
    uniform = reference_losses(tmp_path / "checkpoint1.pt", data_bin, alpha2)
    assert abs(ref["pskd"] - uniform["pskd"]) > 0.01  # the two residuals are told apart here
    assert float(train[2]["loss"]) == pytest.approx(ref["pskd"], abs=2e-3)
    assert float(train[2]["pskd_kl"]) == pytest.approx(ref["kl"], abs=2e-3)


def test_keeping_the_eos_probability_trains_towards_the_dense_reference(data_bin, pretrained, tmp_path):
    """--pskd-eos-scale 1: the stored distribution as it was predicted, EOS included, where the
    default (0) drops the stored EOS probability wherever the gold token goes on (weights frozen,
    as above; every other test against the reference runs the default)."""
    args = [*map(str, frozen_pskd_args(data_bin, pretrained, tmp_path)), "--pskd-eos-scale", "1"]
    train = epoch_stats(fairseq("fairseq-train", *args).stdout)
    alpha2 = ALPHA_T * 2 / EPOCHS
    ref = reference_losses(tmp_path / "checkpoint1.pt", data_bin, alpha2, eos_scale=1.0)
    dropped = reference_losses(tmp_path / "checkpoint1.pt", data_bin, alpha2)
    assert abs(ref["pskd"] - dropped["pskd"]) > 2e-3  # the rule is told apart here
    assert float(train[2]["loss"]) == pytest.approx(ref["pskd"], abs=2e-3)
    assert float(train[2]["pskd_kl"]) == pytest.approx(ref["kl"], abs=2e-3)


def test_rdrop_on_pskd_gives_both_passes_the_dense_reference_targets(data_bin, pretrained, tmp_path):
    """--rdrop-alpha: both passes learn from the same refined targets and their losses add up,
    divided by one pass's tokens as fairseq's R-Drop divides them. Without dropout the passes
    agree, so the loss is twice the reference and the R-Drop term is 0."""
    args = [*map(str, frozen_pskd_args(data_bin, pretrained, tmp_path)), "--rdrop-alpha", "5"]
    train = epoch_stats(fairseq("fairseq-train", *args).stdout)
    ref = reference_losses(tmp_path / "checkpoint1.pt", data_bin, ALPHA_T * 2 / EPOCHS)
    assert float(train[1]["loss"]) == pytest.approx(2 * ref["ls"], abs=4e-3)
    assert float(train[2]["loss"]) == pytest.approx(2 * ref["pskd"], abs=4e-3)
    assert float(train[2]["pskd_kl"]) == pytest.approx(ref["kl"], abs=2e-3)
    assert float(train[2]["rdrop_kl_loss"]) == pytest.approx(0.0, abs=1e-3)


def test_rdrop_on_pskd_is_fairseqs_rdrop_until_a_prior_exists(data_bin, tmp_path):
    """Epoch 1 has no stored prediction yet: PS-KD with --rdrop-alpha must train exactly as
    label_smoothed_cross_entropy_with_rdrop does, dropout masks, R-Drop term and all."""
    common = [
        data_bin, *MODEL_ARGS, "--label-smoothing", EPS, "--rdrop-alpha", "5", "--dropout", "0.1",
        "--optimizer", "adam", "--lr", "1e-3", "--max-tokens", "800", "--max-epoch", "1",
    ]
    ours = epoch_stats(fairseq(
        "fairseq-train", *common, "--user-dir", USER_DIR, "--criterion", "pskd",
        "--save-dir", tmp_path / "pskd",
    ).stdout)[1]
    theirs = epoch_stats(fairseq(
        "fairseq-train", *common, "--criterion", "label_smoothed_cross_entropy_with_rdrop",
        "--save-dir", tmp_path / "rdrop",
    ).stdout)[1]
    assert float(theirs["rdrop_kl_loss"]) > 0.01  # dropout makes the two passes differ
    for key in ("loss", "nll_loss", "rdrop_kl_loss"):
        assert float(ours[key]) == pytest.approx(float(theirs[key]), abs=2e-3), key
