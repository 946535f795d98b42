"""pskd_loss as it was before the one-gather rewrite of fairseq_pskd/loss.py, kept only so
that bench_loss.py can time the rewrite against it (before/after). Not used elsewhere.

It calls label_smoothed_nll_loss (one gather, one sum over V), then gathers the top-k with advanced
indexing and sums lprobs over V a second time: two gathers and two sums, each its own autograd
node, hence two zero-filled [N, V] scatter buffers and extra [N, V] additions in the backward.
"""

from __future__ import annotations

import torch
from fairseq.criterions.label_smoothed_cross_entropy import label_smoothed_nll_loss

from fairseq_pskd.loss import PriorStats
from fairseq_pskd.targets import Prior


def pskd_loss_twopass(
    lprobs: torch.Tensor,
    target: torch.Tensor,
    epsilon: float,
    alpha: float,
    prior: Prior | None,
    residual: str = "uniform",
    ignore_index: int | None = None,
) -> tuple[torch.Tensor, torch.Tensor, PriorStats]:
    if prior is None or alpha == 0.0 or prior.index.numel() == 0:
        loss, nll_loss = label_smoothed_nll_loss(
            lprobs, target, epsilon, ignore_index=ignore_index, reduce=True
        )
        return loss, nll_loss, PriorStats(0, 0.0, 0.0)

    vocab = lprobs.size(-1)
    k = prior.ids.size(-1)
    tok_loss, tok_nll = label_smoothed_nll_loss(
        lprobs, target, epsilon, ignore_index=ignore_index, reduce=False
    )
    mass = prior.probs.sum(-1)
    lp_topk = lprobs[prior.index.unsqueeze(-1), prior.ids]  # [m, K], no [m, V] copy
    if residual == "renorm" or k >= vocab:
        weights = prior.probs / mass.clamp_min(1e-12).unsqueeze(-1)
        kd = -(weights * lp_topk).sum(-1)
        spread = None
    else:
        spread = (1.0 - mass).clamp_min(0.0) / (vocab - k)
        weights = prior.probs - spread.unsqueeze(-1)
        kd = -(weights * lp_topk).sum(-1) - spread * lprobs.sum(-1)[prior.index]
    loss = tok_loss.sum() + alpha * (kd - tok_loss.view(-1)[prior.index]).sum()

    with torch.no_grad():
        if spread is None:
            p = weights
            neg_entropy = (p * p.clamp_min(1e-12).log()).sum(-1)
        else:
            p = prior.probs
            rest = spread * (vocab - k)
            neg_entropy = (p * p.clamp_min(1e-12).log()).sum(-1) + rest * spread.clamp_min(
                1e-30
            ).log()
        kl = (neg_entropy + kd.detach()).sum()
        stats = PriorStats(prior.index.numel(), float(mass.sum()), float(kl))
    return loss, tok_nll.sum(), stats
