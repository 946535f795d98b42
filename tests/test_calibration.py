"""Calibration metrics (ECE, NLL, Brier, AURC/E-AURC) and the teacher-forced checkpoint run."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
import torch

from pskd_tools.evaluation import calibration
from pskd_tools.evaluation import token_calibration as cal


def test_ece_is_zero_when_every_bin_is_exactly_calibrated():
    # 10 bins, 100 tokens per bin at the bin's centre c, exactly round(100 c) of them correct
    conf, correct = [], []
    for c in np.arange(0.05, 1.0, 0.1):
        k = int(round(100 * c))
        conf += [c] * 100
        correct += [1] * k + [0] * (100 - k)
    assert cal.expected_calibration_error(conf, correct, n_bins=10) == pytest.approx(0.0, abs=1e-12)


def test_ece_of_sampled_calibrated_predictions_is_near_zero():
    rng = np.random.default_rng(0)
    conf = rng.uniform(0.0, 1.0, 200_000)
    correct = rng.uniform(0.0, 1.0, conf.shape) < conf  # P(correct | conf) = conf
    assert cal.expected_calibration_error(conf, correct, 15) < 0.01


def test_ece_of_overconfident_predictions_matches_hand_computation():
    # bin (0.867, 0.933]: 100 tokens at 0.92, 70 correct -> gap 0.22
    # bin (0.533, 0.6]: 100 tokens at 0.55, 50 correct -> gap 0.05
    conf = [0.92] * 100 + [0.55] * 100
    correct = [1] * 70 + [0] * 30 + [1] * 50 + [0] * 50
    expected = 0.5 * 0.22 + 0.5 * 0.05
    assert cal.expected_calibration_error(conf, correct, 15) == pytest.approx(expected, abs=1e-12)
    assert cal.maximum_calibration_error(conf, correct, 15) == pytest.approx(0.22, abs=1e-12)


def test_bins_are_right_closed_like_the_pskd_code():
    # 0.2 belongs to (0.1, 0.2], 0.0 to the first bin, 1.0 to the last
    bins = cal.reliability_bins([0.2, 0.0, 1.0, 0.2000001], [1, 1, 1, 1], n_bins=10)
    assert bins.count.tolist() == [1, 1, 1, 0, 0, 0, 0, 0, 0, 1]
    assert np.isnan(bins.accuracy[3]) and bins.accuracy[1] == 1.0


def test_metrics_accept_torch_tensors_and_reject_mismatched_lengths():
    conf = torch.tensor([0.9, 0.8])
    corr = torch.tensor([True, False])
    assert cal.expected_calibration_error(conf, corr) == pytest.approx(
        cal.expected_calibration_error(conf.numpy(), corr.numpy()))
    with pytest.raises(ValueError, match="differ in length"):
        cal.expected_calibration_error([0.9, 0.8], [1])
    with pytest.raises(ValueError, match="empty"):
        cal.negative_log_likelihood([])


def _direct_aurc(conf, correct):
    pairs = sorted(zip(conf, correct), key=lambda x: x[0], reverse=True)  # the paper's code
    errors, risks = 0, []
    for i, (_, ok) in enumerate(pairs, 1):
        errors += 0 if ok else 1
        risks.append(errors / i)
    return sum(risks) / len(risks), risks[-1]


def test_aurc_and_eaurc_equal_a_direct_computation():
    rng = np.random.default_rng(1)
    conf = rng.uniform(size=500).round(2)  # rounding makes ties: order must stay stable
    correct = rng.uniform(size=500) < conf
    aurc, eaurc = cal.aurc_eaurc(conf, correct)
    direct, r = _direct_aurc(conf.tolist(), correct.tolist())
    assert aurc == pytest.approx(direct, abs=1e-12)
    n, n_ok = len(conf), int(correct.sum())
    optimal = sum(max(0, k - n_ok) / k for k in range(1, n + 1)) / n
    assert eaurc == pytest.approx(direct - optimal, abs=1e-12)
    _, eaurc_paper = cal.aurc_eaurc(conf, correct, optimal="closed_form")
    assert eaurc_paper == pytest.approx(direct - (r + (1 - r) * math.log(1 - r)), abs=1e-12)


def test_eaurc_is_zero_for_a_perfect_ranking_and_positive_otherwise():
    conf = np.array([0.9, 0.8, 0.7, 0.6, 0.5])
    assert cal.aurc_eaurc(conf, [1, 1, 1, 0, 0])[1] == pytest.approx(0.0, abs=1e-15)
    assert cal.aurc_eaurc(conf, [0, 0, 1, 1, 1])[1] > 0.3


def test_brier_without_one_hot_equals_the_dense_formula():
    rng = np.random.default_rng(2)
    logits = rng.normal(size=(300, 50)) * 3
    probs = np.exp(logits) / np.exp(logits).sum(-1, keepdims=True)
    gold = rng.integers(0, 50, size=300)
    onehot = np.eye(50)[gold]
    dense = ((probs - onehot) ** 2).sum(-1).mean()
    p_gold = probs[np.arange(300), gold]
    assert cal.brier_score(p_gold, (probs ** 2).sum(-1)) == pytest.approx(dense, rel=1e-12)


def test_batch_statistics_skip_padding_and_match_dense_numpy():
    torch.manual_seed(0)
    pad = 1
    lprobs = torch.log_softmax(torch.randn(3, 4, 11) * 2, dim=-1)
    target = torch.tensor([[5, 6, 2, pad], [7, 2, pad, pad], [3, 4, 8, 2]])
    stats = cal.token_stats_from_lprobs(lprobs, target, pad)
    mask = (target != pad).numpy()
    p = lprobs.exp().numpy()[mask]
    gold = target.numpy()[mask]
    assert stats["confidence"].shape[0] == int(mask.sum()) == 9
    np.testing.assert_allclose(stats["confidence"].numpy(), p.max(-1), rtol=1e-5)
    np.testing.assert_array_equal(stats["correct"].numpy(), p.argmax(-1) == gold)
    np.testing.assert_allclose(stats["logp_gold"].numpy(), np.log(p[np.arange(9), gold]), rtol=1e-5)
    np.testing.assert_allclose(stats["sum_sq"].numpy(), (p ** 2).sum(-1), rtol=1e-5)


def test_nll_is_mean_negative_log_gold_probability():
    assert cal.negative_log_likelihood(np.log([0.5, 0.25])) == pytest.approx((math.log(2) + math.log(4)) / 2)


def test_reliability_bins_survive_a_json_round_trip():
    bins = cal.reliability_bins([0.1, 0.95, 0.97], [0, 1, 0], 10)
    back = cal.ReliabilityBins.from_json(json.loads(json.dumps(bins.to_json())))
    np.testing.assert_array_equal(back.count, bins.count)
    np.testing.assert_array_equal(np.isnan(back.accuracy), np.isnan(bins.accuracy))


@pytest.mark.slow
def test_cli_on_a_trained_checkpoint_counts_every_test_token(pretrained, data_bin, tmp_path):
    out_json, out_png = tmp_path / "cal.json", tmp_path / "cal.png"
    rc = calibration.main([str(data_bin), "--path", str(pretrained), "--out-json", str(out_json),
                   "--out-png", str(out_png), "--no-progress", "--cpu"])
    assert rc == 0
    result = json.loads(out_json.read_text())
    # every non-pad target token of the test split, EOS included: tgt_sizes from the binarized data
    from fairseq.data import Dictionary, data_utils

    d = Dictionary.load(str(data_bin / "dict.tgt.txt"))
    ds = data_utils.load_indexed_dataset(str(data_bin / "test.src-tgt.tgt"), d)
    assert result["tokens"] == int(ds.sizes.sum())
    assert result["sentences"] == len(ds) and result["skipped_sentences"] == 0
    assert result["accuracy"] > 0.5  # the fixture model learned its word-for-word corpus
    assert 0.0 <= result["ece"] <= 1.0 and result["nll"] > 0
    assert sum(result["bins"]["count"]) == result["tokens"]
    assert out_png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.slow
def test_cli_names_the_missing_checkpoint(data_bin, tmp_path, capsys):
    rc = calibration.main([str(data_bin), "--path", str(tmp_path / "nope.pt"), "--no-progress"])
    assert rc == 2
    assert "--path" in capsys.readouterr().err
