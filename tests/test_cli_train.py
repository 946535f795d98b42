"""End to end through the real fairseq CLI: epoch 2 trains on what epoch 1 predicted."""

import math
import re

import numpy as np
import pytest
import sacrebleu
import torch
from conftest import MODEL_ARGS, USER_DIR, epoch_stats, fairseq

import fairseq_pskd  # noqa: F401  registers the criterion, so pskd checkpoints load here
from fairseq import checkpoint_utils

ALPHA_T, K, EPS, EPOCHS = 0.8, 4, 0.1, 3


def _pskd_run(data_bin, pretrained, save_dir):
    """PS-KD started from a sharp model with a vanishing learning rate and no dropout, so the
    weights of every epoch equal the epoch-1 checkpoint's and targets can be recomputed from it."""
    return fairseq(
        "fairseq-train", data_bin, *MODEL_ARGS, "--user-dir", USER_DIR,
        "--criterion", "pskd", "--pskd-alpha", ALPHA_T, "--pskd-topk", K, "--label-smoothing", EPS,
        "--restore-file", pretrained, "--reset-optimizer", "--reset-dataloader",
        "--reset-meters", "--reset-lr-scheduler",
        "--optimizer", "adam", "--lr", "1e-12", "--dropout", "0", "--max-tokens", "800",
        "--max-epoch", EPOCHS, "--save-dir", save_dir,
    ).stdout + ""


def _reference_losses(checkpoint, data_bin, alpha):
    """Epoch loss (base 2, per token) of a fixed model against targets built densely here:
    (1 - alpha) * label-smoothed one-hot + alpha * (own top-K prediction, rest spread uniformly)."""
    models, _, task = checkpoint_utils.load_model_ensemble_and_task(
        [str(checkpoint)], arg_overrides={"data": str(data_bin)}
    )
    model = models[0].eval()
    task.load_dataset("train")
    ds = task.dataset("train")
    pad = task.target_dictionary.pad()
    totals = {"pskd": 0.0, "ls": 0.0, "kl": 0.0}
    ntokens = 0
    with torch.no_grad():
        for start in range(0, len(ds), 100):
            sample = ds.collater([ds[i] for i in range(start, min(start + 100, len(ds)))])
            lprobs = model.get_normalized_probs(model(**sample["net_input"]), log_probs=True)
            lprobs = lprobs.double().view(-1, lprobs.size(-1))
            target = sample["target"].view(-1)
            keep = target.ne(pad)
            lprobs, target = lprobs[keep], target[keep]
            vocab = lprobs.size(-1)
            y = torch.full_like(lprobs, EPS / (vocab - 1))
            y.scatter_(1, target[:, None], 1 - EPS)
            top_p, top_i = lprobs.exp().topk(K, -1)
            top_p = top_p.float().half().double()  # as stored on disk
            ptilde = ((1 - top_p.sum(-1, keepdim=True)) / (vocab - K)).expand_as(lprobs).clone()
            ptilde.scatter_(1, top_i, top_p)
            q = (1 - alpha) * y + alpha * ptilde
            totals["pskd"] += float(-(q * lprobs).sum())
            totals["ls"] += float(-(y * lprobs).sum())
            totals["kl"] += float((ptilde * (ptilde.log() - lprobs)).sum())
            ntokens += int(keep.sum())
    return {k: v / ntokens / math.log(2) for k, v in totals.items()}


@pytest.fixture(scope="module")
def pskd_run(data_bin, pretrained, tmp_path_factory):
    save = tmp_path_factory.mktemp("pskd")
    return save, _pskd_run(data_bin, pretrained, save)


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

    ref = _reference_losses(save / "checkpoint1.pt", data_bin, alpha2)
    # the distilled target must matter at this alpha, or this test could not tell them apart
    assert abs(ref["pskd"] - ref["ls"]) > 0.05
    assert float(train[2]["loss"]) == pytest.approx(ref["pskd"], abs=2e-3)
    # and epoch 1 is plain label smoothing against the same weights
    assert float(train[1]["loss"]) == pytest.approx(ref["ls"], abs=2e-3)
    # KL(stored || current) is logged too; here only the top-K truncation separates the two
    assert float(train[2]["pskd_kl"]) == pytest.approx(ref["kl"], abs=2e-3)


def test_validation_loss_is_the_hard_target_loss(pskd_run, data_bin):
    _, log = pskd_run
    valid = epoch_stats(log, "valid")
    # with frozen weights the valid loss cannot depend on alpha: it is label smoothing's
    assert valid[1]["loss"] == valid[2]["loss"] == valid[3]["loss"]


def test_generate_with_the_plugin_and_score_with_sacrebleu(pskd_run, data_bin):
    save, _ = pskd_run
    out = fairseq(
        "fairseq-generate", data_bin, "--user-dir", USER_DIR, "--path", save / "checkpoint_best.pt",
        "--gen-subset", "test", "--beam", "5", "--cpu", "--batch-size", "64",
        # fairseq main silently drops a last batch smaller than this multiple (default 8)
        "--required-batch-size-multiple", "1",
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
