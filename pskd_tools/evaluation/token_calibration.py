"""Token-level calibration of a translation model under teacher forcing: the metrics, the
teacher-forced predictions of a checkpoint, the reliability diagram, and ``calibrate``, which
runs them all (what ``pskd-calibrate`` and ``pskd-score --rules`` do).

Each non-pad target token of a split is one prediction: the model sees the gold prefix and the
source, predicts a distribution p over the vocabulary, and we record

* confidence  = max_v p_v            (the probability of the argmax token)
* correct     = argmax_v p_v == gold
* log p_gold  (for NLL, kept in log space so tiny probabilities are not rounded to 0)
* sum_v p_v^2 (so the multiclass Brier score needs no dense one-hot: see ``brier``)

From those arrays: ECE (equal-width bins), NLL, Brier, AURC and E-AURC. The metric functions
take numpy arrays or torch tensors, so the tests and other tools can call them directly.

Conventions (chosen to match the PS-KD paper's released code where it has one):

* ECE bins are right-closed, ``(lo, hi]``, with ``lo, hi`` from ``linspace(0, 1, n_bins + 1)``
  (Guo et al. 2017 / PS-KD ``metric.py``); confidence 0 falls in the first bin.
  15 bins by default; the JSON also reports 10 bins, the setting of the PS-KD code.
* AURC: sort by confidence descending (stable, ties keep data order), risk at coverage k/N is
  errors among the first k / k, AURC is the mean risk over k = 1..N. E-AURC = AURC - AURC of the
  optimal order (all correct tokens first). The optimal AURC is computed exactly on the finite
  set; the paper's code uses the continuous approximation r + (1 - r) ln(1 - r) (r = error rate),
  which differs by O(log N / N): pass ``optimal="closed_form"`` for that. Both are reported
  x1000, as in the paper's tables.

Outputs default to ``<checkpoint dir>/<checkpoint stem>.<subset>.calibration.{json,png}``.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .report import pyplot

ArrayLike = Any  # numpy array, torch tensor, or sequence of numbers


def _np(x: ArrayLike, dtype=np.float64) -> np.ndarray:
    if hasattr(x, "detach"):  # torch tensor: no torch import needed for numpy-only callers
        x = x.detach().cpu().numpy()
    return np.asarray(x, dtype=dtype).reshape(-1)


def _check_same_length(**arrays: np.ndarray) -> int:
    lengths = {name: a.shape[0] for name, a in arrays.items()}
    if len(set(lengths.values())) != 1:
        raise ValueError(f"arrays differ in length: {lengths}")
    n = next(iter(lengths.values()))
    if n == 0:
        raise ValueError("no predictions: every input array is empty")
    return n


# --------------------------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------------------------
@dataclass
class ReliabilityBins:
    lower: np.ndarray  # (n_bins,)
    upper: np.ndarray
    count: np.ndarray  # tokens per bin (int)
    accuracy: np.ndarray  # mean correctness per bin, NaN for empty bins
    confidence: np.ndarray  # mean confidence per bin, NaN for empty bins

    def to_json(self) -> dict[str, list]:
        def clean(a: np.ndarray) -> list:
            return [None if np.isnan(v) else float(v) for v in a]

        return {
            "lower": self.lower.tolist(),
            "upper": self.upper.tolist(),
            "count": self.count.astype(int).tolist(),
            "accuracy": clean(self.accuracy),
            "confidence": clean(self.confidence),
        }

    @classmethod
    def from_json(cls, d: dict[str, list]) -> ReliabilityBins:
        def arr(key: str) -> np.ndarray:
            return np.array([np.nan if v is None else v for v in d[key]], dtype=np.float64)

        return cls(arr("lower"), arr("upper"), np.asarray(d["count"], dtype=np.int64),
                   arr("accuracy"), arr("confidence"))


def reliability_bins(confidence: ArrayLike, correct: ArrayLike, n_bins: int = 15) -> ReliabilityBins:
    """Equal-width, right-closed bins ``(lo, hi]`` over [0, 1] with per-bin accuracy/confidence."""
    if n_bins < 1:
        raise ValueError(f"n_bins must be >= 1, got {n_bins}")
    conf = _np(confidence)
    corr = _np(correct)
    _check_same_length(confidence=conf, correct=corr)
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    # first upper edge >= conf  <=>  conf in (lower, upper]; same float edges as the PS-KD code
    idx = np.clip(np.searchsorted(edges[1:], conf, side="left"), 0, n_bins - 1)
    count = np.bincount(idx, minlength=n_bins).astype(np.int64)
    sum_conf = np.bincount(idx, weights=conf, minlength=n_bins)
    sum_corr = np.bincount(idx, weights=corr, minlength=n_bins)
    with np.errstate(invalid="ignore", divide="ignore"):
        acc = np.where(count > 0, sum_corr / count, np.nan)
        mean_conf = np.where(count > 0, sum_conf / count, np.nan)
    return ReliabilityBins(edges[:-1], edges[1:], count, acc, mean_conf)


def expected_calibration_error(confidence: ArrayLike, correct: ArrayLike, n_bins: int = 15) -> float:
    """ECE = sum_b |B_b|/N * |acc(B_b) - conf(B_b)|, as a fraction (x100 for percent)."""
    bins = reliability_bins(confidence, correct, n_bins)
    filled = bins.count > 0
    weights = bins.count[filled] / bins.count.sum()
    return float(np.sum(weights * np.abs(bins.accuracy[filled] - bins.confidence[filled])))


def maximum_calibration_error(confidence: ArrayLike, correct: ArrayLike, n_bins: int = 15) -> float:
    bins = reliability_bins(confidence, correct, n_bins)
    filled = bins.count > 0
    return float(np.max(np.abs(bins.accuracy[filled] - bins.confidence[filled])))


def negative_log_likelihood(logp_gold: ArrayLike) -> float:
    """Mean -log p(gold) in nats per token."""
    lp = _np(logp_gold)
    _check_same_length(logp_gold=lp)
    return float(-lp.mean())


def brier_score(p_gold: ArrayLike, sum_sq_probs: ArrayLike) -> float:
    """Multiclass Brier score, mean over tokens of sum_v (p_v - y_v)^2.

    With y one-hot at the gold token, sum_v (p_v - y_v)^2 = sum_v p_v^2 - 2 p_gold + 1, so only
    two numbers per token are needed instead of a (tokens x vocab) one-hot.
    """
    pg = _np(p_gold)
    sq = _np(sum_sq_probs)
    _check_same_length(p_gold=pg, sum_sq_probs=sq)
    return float(np.mean(sq - 2.0 * pg + 1.0))


def risk_coverage_curve(confidence: ArrayLike, correct: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    """(coverage, risk) with predictions sorted by confidence descending (stable on ties)."""
    conf = _np(confidence)
    corr = _np(correct, dtype=bool)
    n = _check_same_length(confidence=conf, correct=corr)
    order = np.argsort(-conf, kind="stable")
    k = np.arange(1, n + 1, dtype=np.float64)
    risk = np.cumsum(~corr[order]) / k
    return k / n, risk


def aurc_eaurc(
    confidence: ArrayLike, correct: ArrayLike, optimal: str = "exact"
) -> tuple[float, float]:
    """(AURC, E-AURC) as fractions; multiply by 1000 for the paper's units.

    optimal="exact": AURC of the best possible order of these very predictions (all correct
    ones first). optimal="closed_form": r + (1 - r) ln(1 - r), as in the PS-KD code.
    """
    coverage, risk = risk_coverage_curve(confidence, correct)
    n = risk.shape[0]
    aurc = float(risk.mean())
    n_err = risk[-1] * n
    r = n_err / n
    if optimal == "exact":
        k = np.arange(1, n + 1, dtype=np.float64)
        n_correct = n - n_err
        best = float((np.maximum(0.0, k - n_correct) / k).mean())
    elif optimal == "closed_form":
        best = float(r + (1.0 - r) * np.log(1.0 - r)) if r < 1.0 else 1.0
    else:
        raise ValueError(f"optimal must be 'exact' or 'closed_form', got {optimal!r}")
    return aurc, aurc - best


@dataclass
class TokenStats:
    """Per-token teacher-forced predictions of one split (float64 numpy arrays)."""

    confidence: np.ndarray
    correct: np.ndarray  # bool
    logp_gold: np.ndarray
    sum_sq: np.ndarray
    sentences: int = 0
    skipped_sentences: int = 0

    @property
    def p_gold(self) -> np.ndarray:
        return np.exp(self.logp_gold)


def summarize(stats: TokenStats, n_bins: int = 15) -> dict[str, Any]:
    """All calibration metrics of one split as a JSON-ready dict."""
    aurc, eaurc = aurc_eaurc(stats.confidence, stats.correct)
    ece = expected_calibration_error(stats.confidence, stats.correct, n_bins)
    return {
        "tokens": int(stats.confidence.shape[0]),
        "sentences": int(stats.sentences),
        "skipped_sentences": int(stats.skipped_sentences),
        "n_bins": n_bins,
        "ece": ece,
        "ece_percent": 100.0 * ece,
        "ece_10_bins": expected_calibration_error(stats.confidence, stats.correct, 10),
        "mce": maximum_calibration_error(stats.confidence, stats.correct, n_bins),
        "nll": negative_log_likelihood(stats.logp_gold),
        "brier": brier_score(stats.p_gold, stats.sum_sq),
        "accuracy": float(np.mean(stats.correct)),
        "avg_confidence": float(np.mean(stats.confidence)),
        "aurc_x1000": 1000.0 * aurc,
        "eaurc_x1000": 1000.0 * eaurc,
        "bins": reliability_bins(stats.confidence, stats.correct, n_bins).to_json(),
    }


# --------------------------------------------------------------------------------------------
# running a checkpoint
# --------------------------------------------------------------------------------------------
def token_stats_from_lprobs(lprobs, target, pad: int) -> dict[str, Any]:
    """Per-token statistics of one batch, vectorized: lprobs (B, T, V) log-probs, target (B, T).

    Returns torch tensors over the non-pad target positions, in row-major order.
    """
    import torch

    lprobs = lprobs.float()  # fp16 models: compute the statistics in float32
    mask = target.ne(pad)
    lp = lprobs[mask]  # (M, V)
    gold = target[mask]
    max_lp, argmax = lp.max(dim=-1)
    logp_gold = lp.gather(-1, gold.unsqueeze(-1)).squeeze(-1)
    sum_sq = torch.exp(2.0 * lp).sum(dim=-1)  # sum_v p_v^2
    return {
        "confidence": max_lp.exp(),
        "correct": argmax.eq(gold),
        "logp_gold": logp_gold,
        "sum_sq": sum_sq,
    }


def load_checkpoint(checkpoint: str | Path, data_bin: str | Path, user_dir: str | None = None,
                    overrides: dict[str, Any] | None = None):
    """(model, cfg, task) from a fairseq checkpoint, with the data path pointed at ``data_bin``."""
    from fairseq import checkpoint_utils, utils

    from fairseq_pskd.compat import apply_fixes

    # through fairseq's own loader, which the fix lets read fairseq checkpoints on torch >= 2.6
    # (weights_only=False inside it only)
    apply_fixes(["trust-checkpoints"])
    if user_dir:
        utils.import_user_module(argparse.Namespace(user_dir=user_dir))
    checkpoint = Path(checkpoint)
    if not checkpoint.is_file():
        raise FileNotFoundError(f"--path {checkpoint}: no such checkpoint file")
    if not Path(data_bin).is_dir():
        raise FileNotFoundError(f"DATA_BIN {data_bin}: not a directory (the fairseq-preprocess --destdir)")
    arg_overrides = {"data": str(data_bin)}
    arg_overrides.update(overrides or {})
    models, cfg, task = checkpoint_utils.load_model_ensemble_and_task(
        [str(checkpoint)], arg_overrides=arg_overrides
    )
    return models[0], cfg, task


def collect_token_stats(
    model,
    task,
    subset: str = "test",
    max_tokens: int | None = 4096,
    batch_size: int | None = None,
    device: str | None = None,
    progress: bool = True,
) -> TokenStats:
    """Teacher-forced predictions of ``model`` over ``task``'s ``subset``."""
    import torch
    from fairseq import utils
    from tqdm import tqdm

    if device is None:
        device = "cuda" if torch.cuda.is_available() else "cpu"
    try:
        task.load_dataset(subset, combine=False, epoch=1)
    except FileNotFoundError as e:
        raise FileNotFoundError(
            f"--gen-subset {subset}: no such split in {task.cfg.data} ({e}); "
            "use one of the prefixes that fairseq-preprocess wrote (train, valid, test)"
        ) from e
    dataset = task.dataset(subset)
    model = model.to(device).eval()
    pad = task.target_dictionary.pad()
    itr = task.get_batch_iterator(
        dataset=dataset,
        max_tokens=max_tokens,
        max_sentences=batch_size,
        max_positions=utils.resolve_max_positions(task.max_positions(), model.max_positions()),
        ignore_invalid_inputs=True,  # over-long pairs are counted as skipped, not fatal
        # 1, not fairseq's default 8: batch_by_size drops a last batch whose size is not a
        # multiple (facebookresearch/fairseq#5036), i.e. the longest sentences of the split
        required_batch_size_multiple=1,
        seed=1,
        num_workers=0,
    ).next_epoch_itr(shuffle=False)

    parts: dict[str, list] = {"confidence": [], "correct": [], "logp_gold": [], "sum_sq": []}
    sentences = 0
    with torch.no_grad():
        for sample in tqdm(itr, desc=f"calibration {subset}", unit="batch", disable=not progress,
                           file=sys.stderr):
            if not sample or "net_input" not in sample:
                continue
            sample = utils.move_to_cuda(sample) if device == "cuda" else sample
            net_output = model(**sample["net_input"])
            lprobs = model.get_normalized_probs(net_output, log_probs=True)
            batch = token_stats_from_lprobs(lprobs, sample["target"], pad)
            for key, value in batch.items():
                parts[key].append(value.cpu())
            sentences += int(sample["nsentences"])
    if not parts["confidence"]:
        raise ValueError(f"--gen-subset {subset}: no sentences to score (empty or all too long)")
    cat = {k: torch.cat(v).numpy() for k, v in parts.items()}
    return TokenStats(
        confidence=cat["confidence"].astype(np.float64),
        correct=cat["correct"].astype(bool),
        logp_gold=cat["logp_gold"].astype(np.float64),
        sum_sq=cat["sum_sq"].astype(np.float64),
        sentences=sentences,
        skipped_sentences=len(dataset) - sentences,
    )


# --------------------------------------------------------------------------------------------
# plots
# --------------------------------------------------------------------------------------------
def plot_reliability(bins: ReliabilityBins, out_png: str | Path, title: str = "",
                     ece: float | None = None) -> None:
    """Reliability diagram (accuracy per confidence bin vs the diagonal) over a histogram."""
    plt = pyplot()

    width = bins.upper - bins.lower
    filled = bins.count > 0
    acc = np.where(filled, np.nan_to_num(bins.accuracy), 0.0)
    # empty bins draw nothing: neither a bar nor a gap
    conf = np.where(filled, np.nan_to_num(bins.confidence), 0.0)
    fig, (ax, axh) = plt.subplots(2, 1, figsize=(5, 6), sharex=True,
                                  gridspec_kw={"height_ratios": [3, 1]})
    ax.bar(bins.lower, acc, width=width, align="edge", edgecolor="black", color="tab:blue",
           label="accuracy")
    # the gap between the bar and the bin's mean confidence is what ECE averages
    ax.bar(bins.lower, conf - acc, bottom=acc, width=width, align="edge", color="tab:red",
           alpha=0.3, edgecolor="tab:red", hatch="//", label="gap to confidence")
    ax.plot([0, 1], [0, 1], "k--", linewidth=1, label="perfect calibration")
    ax.set_ylim(0, 1)
    ax.set_ylabel("accuracy")
    label = title + (f"  ECE {100 * ece:.2f}%" if ece is not None else "")
    ax.set_title(label.strip())
    ax.legend(loc="upper left", fontsize=8)
    axh.bar(bins.lower, bins.count / max(1, bins.count.sum()), width=width, align="edge",
            edgecolor="black", color="tab:gray")
    axh.set_xlim(0, 1)
    axh.set_xlabel("confidence (max probability)")
    axh.set_ylabel("fraction of tokens")
    fig.tight_layout()
    Path(out_png).parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out_png, dpi=120)
    plt.close(fig)


# --------------------------------------------------------------------------------------------
# one checkpoint, end to end
# --------------------------------------------------------------------------------------------
def default_output(checkpoint: str | Path, subset: str, suffix: str) -> Path:
    """Where a checkpoint's calibration goes by default: beside it, named after it and the split."""
    ckpt = Path(checkpoint)
    return ckpt.parent / f"{ckpt.stem}.{subset}.calibration.{suffix}"


def calibrate(data_bin: str | Path, checkpoint: str | Path, subset: str = "test", *,
              source_lang: str | None = None, target_lang: str | None = None,
              user_dir: str | None = None, n_bins: int = 15, max_tokens: int | None = 4096,
              batch_size: int | None = None, device: str | None = None, progress: bool = True,
              out_json: str | Path | None = None,
              out_png: str | Path | None = None) -> tuple[dict[str, Any], Path, Path]:
    """Calibration of a checkpoint on ``subset``: (summarize's result with the checkpoint, data
    and subset, the JSON file it was written to, the reliability diagram's PNG). A missing
    checkpoint, data-bin or split raises FileNotFoundError, an empty split ValueError."""
    overrides: dict[str, Any] = {}
    if source_lang:
        overrides["source_lang"] = source_lang
    if target_lang:
        overrides["target_lang"] = target_lang
    model, _cfg, task = load_checkpoint(checkpoint, data_bin, user_dir, overrides)
    stats = collect_token_stats(model, task, subset, max_tokens, batch_size, device=device,
                                progress=progress)
    result = summarize(stats, n_bins)
    result.update({"checkpoint": str(checkpoint), "data": str(data_bin), "subset": subset})
    out_json = Path(out_json) if out_json else default_output(checkpoint, subset, "json")
    out_png = Path(out_png) if out_png else default_output(checkpoint, subset, "png")
    out_json.parent.mkdir(parents=True, exist_ok=True)
    out_json.write_text(json.dumps(result, indent=2) + "\n")
    plot_reliability(ReliabilityBins.from_json(result["bins"]), out_png,
                     title=f"{Path(checkpoint).parent.name}/{Path(checkpoint).name} {subset}",
                     ece=result["ece"])
    return result, out_json, out_png


def summary_line(result: dict[str, Any]) -> str:
    """One line of calibrate's result, as pskd-calibrate prints it."""
    return (
        f"calibration {result['subset']}: {result['tokens']} tokens, {result['sentences']} sentences"
        f" | ECE {result['ece_percent']:.2f}% ({result['n_bins']} bins)"
        f" | ECE(10) {100 * result['ece_10_bins']:.2f}% | NLL {result['nll']:.4f}"
        f" | Brier {result['brier']:.4f} | acc {100 * result['accuracy']:.2f}%"
        f" | AURC {result['aurc_x1000']:.2f} | E-AURC {result['eaurc_x1000']:.2f} (x1000)"
    )
