"""PS-KD's loss beside the criterion, as fairseq keeps label_smoothed_nll_loss beside its
criterion: pure functions of log-probabilities and refined targets (targets.py)."""

from __future__ import annotations

from typing import NamedTuple

import torch
from fairseq.criterions.label_smoothed_cross_entropy import label_smoothed_nll_loss

from .targets import Prior, RefinedTargets, refine


class PriorStats(NamedTuple):
    tokens: int
    mass: torch.Tensor  # sum over prior tokens of the top-k probability mass kept
    kl: torch.Tensor  # sum over prior tokens of KL(stored || current), nats


def refined_loss(
    lprobs: torch.Tensor,
    target: torch.Tensor,
    epsilon: float,
    alpha: float,
    prior: RefinedTargets | None,
    ignore_index: int | None = None,
    reduce: bool = True,
) -> tuple[torch.Tensor, torch.Tensor, PriorStats]:
    """Summed cross-entropy of `lprobs` [N, V] against q = (1 - alpha) * y + alpha * p~.

    y is the label-smoothed hard target in fairseq's convention; p~ is the stored top-k prediction
    where the prior has one and y elsewhere, as `prior` (targets.py) encodes it: the mass outside
    the top-k spread uniformly on the other V - K tokens ('uniform'), renormalized over the top-k
    ('renorm') or spread as the model spreads it ('model'); with K = V the stored distribution. No
    [N, V] target is built: the loss is label smoothing's plus alpha times a gather over the K
    stored ids and the sum of log-probs label smoothing already uses, with coefficients computed
    where the prior was read. Returns (loss, nll_loss, stats), both losses summed over non-padding
    tokens, or with `reduce=False` per token ([N, 1], 0 at padding), as label_smoothed_nll_loss
    returns them.
    """
    if prior is None or alpha == 0.0 or prior.tokens == 0:
        # bit-for-bit label_smoothed_cross_entropy: epoch 1 and alpha = 0 must not differ from it
        loss, nll_loss = label_smoothed_nll_loss(
            lprobs, target, epsilon, ignore_index=ignore_index, reduce=reduce
        )
        # zeros on the loss's device, as with a prior: fairseq sums logging outputs across ranks
        # in one buffer per device, so every rank's values must sit where the others' do
        zero = lprobs.new_zeros(())
        return loss, nll_loss, PriorStats(0, zero, zero)

    eps_i = epsilon / (lprobs.size(-1) - 1)
    row_sum = lprobs.sum(-1)
    picked = lprobs.gather(-1, prior.cols)  # the gold id's log-prob, then the K stored ids'
    gold_lp = picked[:, 0]
    ls = torch.add(gold_lp * (1.0 - epsilon - eps_i), row_sum, alpha=eps_i) * prior.neg_keep
    g = (prior.col_weights * picked).sum(-1)
    if prior.vocab_weights is not None:  # K = V
        g = g + (prior.vocab_weights * lprobs).sum(-1)
    g = torch.addcmul(g, prior.sum_weight, row_sum)
    tail_ce = None
    if prior.tail is not None:  # the 'model' residual (targets.py)
        id_lp = picked[:, 1:]
        q_ids = id_lp.detach().exp()
        off_k = (1.0 - q_ids.sum(-1)).clamp_min(1e-6)  # the model's mass off the stored ids
        # H_tail = -R / (1 - Q) * sum_{j not in K} q_j lp_j, q detached: the full expectation
        # minus the K ids' share
        tail_ce = (prior.tail / off_k) * ((q_ids * id_lp).sum(-1) - _ExpectedLogProb.apply(lprobs))
        g = g + tail_ce
    loss = torch.add(ls, g, alpha=alpha)

    with torch.no_grad():
        nll_loss = gold_lp * prior.neg_keep
        # H(p~, p) = g + ls on the prior's rows (targets.py); tensors, not floats: a float()
        # here would wait for the device
        kl = prior.sums[1] + ((g + ls) * prior.has).sum()
        if tail_ce is not None:
            # g + ls holds the tail's cross-entropy; the tail's KL is R log(R / (1 - Q))
            tail_kl = prior.tail * (prior.tail.clamp_min(1e-30) / off_k).log()
            kl = kl + (tail_kl - tail_ce * prior.has).sum()
        stats = PriorStats(prior.tokens, prior.sums[0], kl)
    if reduce:
        return loss.sum(), nll_loss.sum(), stats
    return loss.unsqueeze(-1), nll_loss.unsqueeze(-1), stats



def pskd_loss(
    lprobs: torch.Tensor,
    target: torch.Tensor,
    epsilon: float,
    alpha: float,
    prior: Prior | RefinedTargets | None,
    residual: str = "uniform",
    ignore_index: int | None = None,
    reduce: bool = True,
    eos: int | None = None,
    eos_scale: float = 0.0,
) -> tuple[torch.Tensor, torch.Tensor, PriorStats]:
    """refined_loss outside a training run: a raw `Prior` (index, ids, probs) is refined first
    with `residual`, `eos` and `eos_scale` (defaults: those of --pskd-residual and
    --pskd-eos-scale), as a run's reader refines it; refined targets pass through."""
    if isinstance(prior, Prior):
        prior = refine(prior, target, ignore_index, lprobs.size(-1), epsilon, residual, eos, eos_scale)
    return refined_loss(lprobs, target, epsilon, alpha, prior, ignore_index, reduce)


def rdrop_kl(lprobs: torch.Tensor, target: torch.Tensor, ignore_index: int | None = None,
             reduce: bool = True) -> torch.Tensor:
    """R-Drop's term for `lprobs` [2N, V], two passes over the same N target tokens `target` [N]:
    the symmetric KL 1/2 (KL(p||q) + KL(q||p)) = 1/2 sum_v (p_v - q_v)(log p_v - log q_v) per token,
    gradient through both passes, 0 at padding; summed, or per token ([N, 1]) with reduce=False.
    The same value as fairseq's compute_kl_loss (label_smoothed_cross_entropy_with_rdrop)."""
    lp, lq = lprobs.chunk(2)
    kl = 0.5 * torch.linalg.vecdot(lp.exp() - lq.exp(), lp - lq)
    if ignore_index is not None:
        kl = kl.masked_fill(target.eq(ignore_index), 0.0)
    return kl.sum() if reduce else kl.unsqueeze(-1)


class _ExpectedLogProb(torch.autograd.Function):
    """sum_v q_v lp_v per row with q = exp(lp) held constant: its gradient is q. Recomputes q in
    the backward instead of saving a second [N, V] tensor."""

    @staticmethod
    def forward(ctx, lprobs: torch.Tensor) -> torch.Tensor:
        ctx.save_for_backward(lprobs)
        return torch.linalg.vecdot(lprobs.exp(), lprobs)

    @staticmethod
    def backward(ctx, grad: torch.Tensor) -> torch.Tensor:
        (lprobs,) = ctx.saved_tensors
        return lprobs.exp() * grad.unsqueeze(-1)
