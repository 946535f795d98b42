"""The refined target as loss coefficients, computed where the prior is read (a data-loader worker
or the reader thread), so that the loss launches few kernels on the training thread.

For a target row r (one position of the flattened target, padding included) with log-probs
lp_r and S_r = sum_v lp_r[v], label smoothing's loss is

    ls_r = -keep_r * ((1 - eps - eps_i) * lp_r[gold_r] + eps_i * S_r),   eps_i = eps / (V - 1)

and PS-KD's target q = (1 - alpha) * y + alpha * p~ changes it linearly in alpha:

    loss_r = ls_r + alpha * g_r,
    g_r = gold_weight_r * lp_r[gold_r] + sum_k id_weights_r[k] * lp_r[ids_r[k]] + sum_weight_r * S_r

with, where p~ exists (has_r = 1; elsewhere all three are 0):
    gold_weight = 1 - eps - eps_i, id_weights = -(P_k - u), sum_weight = eps_i - u,
P the stored top-k probabilities and u the residual's mass per other token ('uniform':
(1 - sum P) / (V - K); 'renorm', 'model' and K = V: 0, P renormalized for 'renorm' and K = V).

'model' spreads the residual R = 1 - sum P over the other tokens in proportion to the current
model's own probabilities q (detached): p~_j = R * q_j / (1 - Q) off the K ids, Q = sum_k q[ids_k].
Its term of g_r, -R / (1 - Q) * sum_{j not in K} q_j lp_j, depends on the model, so the loss adds
it (`tail` holds R); the KL of that part is R * log(R / (1 - Q)), logged with the rest.

With an EOS scale s < 1 (`--pskd-eos-scale`), rows whose gold token is not end-of-sentence have
the stored EOS probability e multiplied by s and the stored distribution renormalized first
(every stored P and the residual divided by 1 - (1 - s) * e): distilling the model's own readiness
to stop at positions where the reference goes on makes its beam output short. s = 0 removes it,
s = 1 changes nothing (the flag's default is 0); an EOS outside the stored top-k is left as it is.

Since -sum_v p~_v lp_v = -sum_k (P_k - u) lp_k - u * S, the cross-entropy H(p~, p_r) is
g_r + ls_r, so KL(p~ || p) summed over the prior's rows is neg_entropy + sum_r has_r * (g_r + ls_r),
with neg_entropy = sum p~ log p~ computed here, from the prior alone.

Everything here depends on the prior, the target and the flags, never on the model: the training
thread only gathers, multiplies and adds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import torch

from .layout import BatchLayout
from .store import TopKStore


class Prior(NamedTuple):
    """Last epoch's top-k predictions for the tokens that have one.

    index: [m] rows of the flattened (B * T) target; ids: [m, K] int64; probs: [m, K] float.
    """

    index: torch.Tensor
    ids: torch.Tensor
    probs: torch.Tensor


class RefinedTargets(NamedTuple):
    """A batch's PS-KD target as coefficients over its R flattened target rows (module docstring).

    Tensors on the loss's device; `tokens` a host int (no device sync to read it)."""

    # one gather for the gold id and the K stored ids (two would cost the backward a second
    # [R, V] zero-fill, scatter and add): column 0 the target (padding rows: 0), then the ids
    # (0 where none); at K = V only the target, the ids being the vocabulary
    cols: torch.Tensor  # [R, 1 + K] int64, or [R, 1]
    col_weights: torch.Tensor  # [R, 1 + K]: gold_weight, then id_weights; or [R, 1]
    vocab_weights: torch.Tensor | None  # [R, V] id_weights by vocabulary id at K = V, else None
    neg_keep: torch.Tensor  # [R] -1 on non-pad rows, 0 on padding
    has: torch.Tensor  # [R] 1 where a stored prediction exists
    sum_weight: torch.Tensor  # [R]
    sums: torch.Tensor  # [2]: stored top-k mass (before the EOS scale) over prior rows; neg_entropy
    tokens: int  # rows with a stored prediction
    tail: torch.Tensor | None = None  # [R] 'model' residual: the mass R spread like the model

    def to(self, device: torch.device, non_blocking: bool = False) -> RefinedTargets:
        return RefinedTargets(*(
            t.to(device, non_blocking=non_blocking) if isinstance(t, torch.Tensor) else t for t in self
        ))

    def pin_memory(self) -> RefinedTargets:
        return RefinedTargets(*(t.pin_memory() if isinstance(t, torch.Tensor) else t for t in self))


def refine(
    prior: Prior,
    target: torch.Tensor,
    pad: int | None,
    vocab: int,
    epsilon: float,
    residual: str = "uniform",
    eos: int | None = None,
    eos_scale: float = 0.0,  # --pskd-eos-scale's default
) -> RefinedTargets:
    """The coefficients of the refined target for the flattened `target` [R]: `prior.index` rows
    of it have last epoch's top-k (`prior.ids` [m, K], `prior.probs` [m, K] float), on any device.

    float16 rows can sum a little above 1: those are scaled to 1, or the
    target would hold 1 + alpha * (mass - 1)."""
    target = target.reshape(-1)
    rows, dev = target.numel(), target.device
    index, ids = prior.index, prior.ids
    # float32 from the store (its float16 widened); float64 where a test gives it
    probs = prior.probs if prior.probs.dtype == torch.float64 else prior.probs.float()
    fp = {"dtype": probs.dtype, "device": dev}
    m, k = probs.shape
    eps_i = epsilon / (vocab - 1)

    # pskd_coverage: how much of the prediction its stored top-k kept, whatever the EOS scale does
    kept = probs.sum(-1).clamp_max(1.0).sum()
    if eos is not None and eos_scale != 1.0:
        scaled = ids.eq(eos) & target[index].ne(eos).unsqueeze(-1)
        removed = (1.0 - eos_scale) * (probs * scaled).sum(-1)
        probs = torch.where(scaled, probs * eos_scale, probs) / (1.0 - removed).clamp_min(1e-6).unsqueeze(-1)
    mass = probs.sum(-1)
    over = mass.clamp_min(1.0)
    probs, mass = probs / over.unsqueeze(-1), mass / over
    tail = None
    if residual == "model" and k < vocab:
        spread = torch.zeros(m, **fp)
        neg_entropy = (probs * probs.clamp_min(1e-12).log()).sum()  # the tail's: in the loss
        tail = torch.zeros(rows, **fp)
        tail[index] = (1.0 - mass).clamp_min(0.0)
    elif residual in ("renorm", "model") or k >= vocab:
        probs = probs / mass.clamp_min(1e-12).unsqueeze(-1)
        spread = torch.zeros(m, **fp)
        neg_entropy = (probs * probs.clamp_min(1e-12).log()).sum()
    else:
        spread = (1.0 - mass).clamp_min(0.0) / (vocab - k)
        neg_entropy = (probs * probs.clamp_min(1e-12).log()).sum() + (
            spread * (vocab - k) * spread.clamp_min(1e-30).log()
        ).sum()

    keep = target.ne(pad) if pad is not None else torch.ones(rows, dtype=torch.bool, device=dev)
    has = torch.zeros(rows, **fp)
    has[index] = 1.0
    sum_weight = torch.zeros(rows, **fp)
    sum_weight[index] = eps_i - spread
    weights = -(probs - spread.unsqueeze(-1))
    gold = torch.where(keep, target, 0).long()
    gold_weight = has * (1.0 - epsilon - eps_i)
    if k >= vocab:
        # the stored ids are the vocabulary, in any order: the weights go to their columns
        vocab_weights = torch.zeros(rows, vocab, **fp)
        vocab_weights[index] = torch.zeros(m, vocab, **fp).scatter_(1, ids, weights)
        cols, col_weights = gold.unsqueeze(-1), gold_weight.unsqueeze(-1)
    else:
        vocab_weights = None
        cols = torch.zeros(rows, 1 + k, dtype=torch.int64, device=dev)
        cols[:, 0] = gold
        cols[index, 1:] = ids.long()
        col_weights = torch.zeros(rows, 1 + k, **fp)
        col_weights[:, 0] = gold_weight
        col_weights[index, 1:] = weights
    return RefinedTargets(
        cols=cols,
        col_weights=col_weights,
        vocab_weights=vocab_weights,
        neg_keep=-keep.to(probs.dtype),
        has=has,
        sum_weight=sum_weight,
        sums=torch.stack([kept, neg_entropy]),
        tokens=int(m),
        tail=tail,
    )


@dataclass(frozen=True)
class Refiner:
    """The flags `refine` needs, and the read that feeds it: one object for the reader thread and
    the data-loader workers (picklable, for workers that are spawned rather than forked)."""

    pad: int | None
    vocab: int
    epsilon: float
    residual: str
    eos: int | None = None
    eos_scale: float = 0.0  # --pskd-eos-scale's default

    def read(self, store: TopKStore, layout: BatchLayout, epoch: int) -> RefinedTargets | None:
        """Last epoch's rows for a batch (layout.batch_layout), refined, on the host; None where
        no token of the batch has one."""
        usable, ids, probs = store.read(layout.sentence_ids, layout.lengths, layout.gold, epoch)
        if ids is None:
            return None
        positions = np.flatnonzero(usable)
        # widened here (int64 ids, float32 probabilities), off the training thread
        prior = Prior(
            torch.from_numpy(layout.flat_host[positions]),
            torch.from_numpy(ids[positions].astype(np.int64)),
            torch.from_numpy(probs[positions].astype(np.float32)),
        )
        return refine(prior, torch.from_numpy(layout.target), self.pad, self.vocab, self.epsilon,
                      self.residual, self.eos, self.eos_scale)
