"""The `pskd` criterion: label-smoothed cross-entropy against targets refined by the model's own
predictions of the previous epoch (PS-KD, Kim et al., ICCV 2021), for fairseq sequence models."""


import functools
import logging
import math
import os
import uuid
from dataclasses import dataclass, field
from typing import NamedTuple, Optional

import numpy as np
import torch
from fairseq import utils
from fairseq.criterions import FairseqCriterion, register_criterion
from fairseq.criterions.label_smoothed_cross_entropy import (
    LabelSmoothedCrossEntropyCriterion,
    label_smoothed_nll_loss,
)
from fairseq.dataclass import ChoiceEnum, FairseqDataclass
from fairseq.logging import metrics
from omegaconf import II

from . import hooks
from .distributed import RowExchange, Rows
from .schedule import AlphaSchedule
from .store import StoreError, TopKStore, targets_fingerprint

logger = logging.getLogger(__name__)

RESIDUAL_CHOICES = ChoiceEnum(["uniform", "renorm"])
SCHEDULE_CHOICES = ChoiceEnum(["epoch", "update", "constant"])


@dataclass
class PSKDCriterionConfig(FairseqDataclass):
    label_smoothing: float = field(
        default=0.0,
        metadata={"help": "epsilon for label smoothing of the hard target, 0 means none"},
    )
    report_accuracy: bool = field(default=False, metadata={"help": "report accuracy metric"})
    pskd_alpha: float = field(
        default=0.8,
        metadata={"help": "alpha_T: weight of last epoch's prediction in the target at the end"},
    )
    pskd_topk: int = field(
        default=8, metadata={"help": "predicted ids kept per target token (K = vocab keeps all)"}
    )
    pskd_residual: RESIDUAL_CHOICES = field(
        default="uniform",
        metadata={
            "help": "the probability mass outside the top-k: 'uniform' spreads it over the other "
            "V - K tokens, 'renorm' drops it and renormalizes the top-k"
        },
    )
    pskd_alpha_schedule: Optional[SCHEDULE_CHOICES] = field(
        default=None,
        metadata={
            "help": "alpha grows as alpha_T * epoch / max_epoch ('epoch'), as "
            "alpha_T * num_updates / max_update ('update') or stays alpha_T ('constant'); "
            "default: epoch when --max-epoch is set, else update"
        },
    )
    pskd_store_dir: Optional[str] = field(
        default=None,
        metadata={"help": "directory of the top-k prediction store (default: SAVE_DIR/pskd_store)"},
    )
    pskd_reset_store: bool = field(
        default=False,
        metadata={"help": "discard an existing store (e.g. made for other data) and start afresh"},
    )
    sentence_avg: bool = II("optimization.sentence_avg")
    max_epoch: int = II("optimization.max_epoch")
    max_update: int = II("optimization.max_update")
    save_dir: str = II("checkpoint.save_dir")
    train_subset: str = II("dataset.train_subset")


class Prior(NamedTuple):
    """Last epoch's top-k predictions for the tokens that have one.

    index: [m] rows of the flattened (B * T) target; ids: [m, K]; probs: [m, K] float32.
    """

    index: torch.Tensor
    ids: torch.Tensor
    probs: torch.Tensor


class Layout(NamedTuple):
    """Where a batch's non-pad target tokens are: device rows of the flattened target, and the
    host-side addressing the store needs (sentence ids, tokens per sentence, gold ids)."""

    flat: torch.Tensor
    sentence_ids: np.ndarray
    lengths: np.ndarray
    gold: np.ndarray


class PriorStats(NamedTuple):
    tokens: int
    mass: float  # sum over prior tokens of the top-k probability mass kept
    kl: float  # sum over prior tokens of KL(stored || current), nats


def pskd_loss(
    lprobs: torch.Tensor,
    target: torch.Tensor,
    epsilon: float,
    alpha: float,
    prior: Optional[Prior],
    residual: str = "uniform",
    ignore_index: Optional[int] = None,
) -> tuple[torch.Tensor, torch.Tensor, PriorStats]:
    """Summed cross-entropy of `lprobs` [N, V] against q = (1 - alpha) * y + alpha * p~.

    y is the label-smoothed hard target in fairseq's convention; p~ is the stored top-k prediction
    where `prior` has one and y elsewhere. p~ puts the mass outside its top-k uniformly on the other
    V - K tokens ('uniform') or renormalizes the top-k ('renorm'); with K = V it is the stored
    distribution renormalized. No [N, V] target is built: the cross-entropy of p~ is a gather over
    K ids plus the sum of log-probs that label smoothing already uses.
    Returns (loss, nll_loss, stats), both losses summed over non-padding tokens.
    """
    if prior is None or alpha == 0.0 or prior.index.numel() == 0:
        # bit-for-bit label_smoothed_cross_entropy: epoch 1 and alpha = 0 must not differ from it
        loss, nll_loss = label_smoothed_nll_loss(
            lprobs, target, epsilon, ignore_index=ignore_index, reduce=True
        )
        return loss, nll_loss, PriorStats(0, 0.0, 0.0)

    n, vocab = lprobs.shape
    k = prior.ids.size(-1)
    idx = prior.index
    eps_i = epsilon / (vocab - 1)
    with torch.no_grad():
        keep = torch.ones(n, dtype=lprobs.dtype, device=lprobs.device)
        if ignore_index is not None:
            keep = target.ne(ignore_index).to(lprobs.dtype)
        hard = keep.clone()  # weight of the label-smoothed target: 1 - alpha where p~ exists
        hard[idx] = hard[idx] * (1.0 - alpha)
        mass = prior.probs.sum(-1)
        if residual == "renorm" or k >= vocab:
            weights = prior.probs / mass.clamp_min(1e-12).unsqueeze(-1)
            spread = None
        else:
            # p~ = P on the K ids, u = residual / (V - K) elsewhere, so
            # -sum_v p~_v lp_v = -sum_k (P_k - u) lp_k - u * sum_v lp_v
            spread = (1.0 - mass).clamp_min(0.0) / (vocab - k)
            weights = prior.probs - spread.unsqueeze(-1)
        # every term is a coefficient times sum_v lp_v or times one gathered column
        # (gold, then the K stored ids): one pass over [N, V] each way, as label smoothing
        coef_sum = -eps_i * hard
        if spread is not None:
            coef_sum[idx] -= alpha * spread
        cols = target.unsqueeze(-1).repeat(1, 1 + k)
        cols[idx, 1:] = prior.ids
        coef_cols = torch.zeros(n, 1 + k, dtype=lprobs.dtype, device=lprobs.device)
        coef_cols[:, 0] = -(1.0 - epsilon - eps_i) * hard
        coef_cols[idx, 1:] = -alpha * weights

    row_sum = lprobs.sum(-1)
    picked = lprobs.gather(-1, cols)
    loss = (coef_sum * row_sum).sum() + (coef_cols * picked).sum()

    with torch.no_grad():
        nll_loss = -(picked[:, 0] * keep).sum()
        cross_entropy = -(weights * picked[idx, 1:]).sum(-1)  # H(p~, p) per prior token
        p = prior.probs if spread is not None else weights
        neg_entropy = (p * p.clamp_min(1e-12).log()).sum(-1)
        if spread is not None:
            cross_entropy -= spread * row_sum[idx]
            neg_entropy += spread * (vocab - k) * spread.clamp_min(1e-30).log()
        stats = PriorStats(idx.numel(), float(mass.sum()), float((neg_entropy + cross_entropy).sum()))
    return loss, nll_loss, stats


@register_criterion("pskd", dataclass=PSKDCriterionConfig)
class PSKDCriterion(FairseqCriterion):
    def __init__(self, task, cfg: PSKDCriterionConfig):
        super().__init__(task)
        self.cfg = cfg
        self.sentence_avg = cfg.sentence_avg
        self.eps = cfg.label_smoothing
        self.report_accuracy = cfg.report_accuracy
        self.vocab_size = len(task.target_dictionary)
        self.k = int(cfg.pskd_topk)
        if not 1 <= self.k <= self.vocab_size:
            raise ValueError(
                f"--pskd-topk must lie in [1, {self.vocab_size}] (the target vocabulary), got {self.k}"
            )
        if not 0.0 <= self.eps < 1.0:
            raise ValueError(f"--label-smoothing must lie in [0, 1), got {self.eps}")
        self.schedule = AlphaSchedule.from_config(
            cfg.pskd_alpha, cfg.pskd_alpha_schedule, cfg.max_epoch, cfg.max_update
        )
        data = str(getattr(getattr(task, "cfg", None), "data", "") or "")
        if os.pathsep in data:
            raise ValueError(
                f"--criterion pskd stores predictions by sentence id of one training set, but the "
                f"data path {data!r} has several shards (one per epoch); binarize the training "
                f"data as one shard"
            )
        self.store_dir = cfg.pskd_store_dir or os.path.join(cfg.save_dir, "pskd_store")
        _check_writable(self.store_dir)
        self.store: Optional[TopKStore] = None
        self.exchange: Optional[RowExchange] = None
        self.is_writer = True
        self.epoch: Optional[int] = None
        self.step: Optional[hooks.StepInfo] = None
        self._fresh_run_checked = False
        hooks.install(task, self)

    # -- fairseq hooks (see hooks.py) ----------------------------------------------------------

    def begin_epoch(self, epoch: int) -> None:
        if self.store is None:
            self.store = self._open_store()
        elif self.is_writer:
            self.store.flush()
        # every rank starts epoch t only after every writer finished epoch t - 1's rows
        self.exchange.barrier()
        self.epoch = int(epoch)
        if epoch > 1:
            c = self.store.census(epoch)
            stale = (
                f"; {c.stale} hold rows of another epoch (e.g. resumed from an older checkpoint) "
                "and train on the hard target"
                if c.stale
                else ""
            )
            logger.info(
                "PS-KD epoch %d: %d of %d training sentences have a prediction from epoch %d%s",
                epoch, c.usable, c.total, epoch - 1, stale,
            )

    def _open_store(self) -> TopKStore:
        dataset = self.task.dataset(self.cfg.train_subset)
        tgt_sizes = getattr(dataset, "tgt_sizes", None)
        if tgt_sizes is None:
            raise StoreError(
                f"--criterion pskd needs a training set with per-sentence target sizes "
                f"(fairseq's LanguagePairDataset); got {type(dataset).__name__}"
            )
        tgt = getattr(dataset, "tgt", None)
        buffer = getattr(tgt, "_bin_buffer", None)  # MMapIndexedDataset's raw tokens, if exposed
        fingerprint = targets_fingerprint(
            tgt_sizes,
            getattr(dataset, "src_sizes", None),
            self.task.target_dictionary.symbols,
            buffer,
        )
        self.exchange = RowExchange()
        self.is_writer = self.exchange.is_writer(self.store_dir)
        opened = functools.partial(
            TopKStore.open, self.store_dir, np.asarray(tgt_sizes), self.vocab_size, self.k, fingerprint
        )
        store, error = None, None
        if self.is_writer:
            if self.cfg.pskd_reset_store:
                logger.warning(
                    "--pskd-reset-store: discarding the PS-KD store in %s. Drop the flag before "
                    "resuming this run, or the resumed epochs lose last epoch's predictions",
                    self.store_dir,
                )
            try:
                store = opened(reset=self.cfg.pskd_reset_store)
            except StoreError as e:
                error = e
        # the writer creates or checks the store; the others wait, then open it read-only
        if not self.exchange.all_true(error is None):
            raise error or StoreError(
                f"rank {self.exchange.rank}: the PS-KD store could not be opened by another rank "
                f"(see its log)"
            )
        if not self.is_writer:
            store = opened(writable=False)
        if self.exchange.distributed:
            logger.info(
                "PS-KD data parallel: rank %d of %d, %s for %s; each step all-gathers %d bytes per "
                "target token (+8 per sentence) from every rank",
                self.exchange.rank,
                self.exchange.world_size,
                "the writer" if self.is_writer else "a reader",
                self.store_dir,
                Rows.payload_bytes(0, 1, self.k),
            )
        logger.info(
            "PS-KD store %s: %d sentences, %d target tokens, K=%d (%s residual), alpha_T=%g "
            "(%s schedule)",
            self.store_dir,
            store.spec.num_sentences,
            store.spec.num_tokens,
            self.k,
            self.cfg.pskd_residual,
            self.schedule.alpha_T,
            self.schedule.kind,
        )
        return store

    # -- the loss --------------------------------------------------------------------------

    def forward(self, model, sample, reduce=True):
        net_output = model(**sample["net_input"])
        lprobs, target = self.get_lprobs_and_target(model, net_output, sample)
        alpha, prior = 0.0, None
        if self.training:
            epoch, step = self._training_state()
            alpha = self.schedule.alpha(epoch, step.num_updates)
            layout = self._sentence_layout(sample, target)
            prior = self._read_prior(layout, epoch)
        loss, nll_loss, stats = pskd_loss(
            lprobs,
            target,
            self.eps,
            alpha,
            prior,
            residual=self.cfg.pskd_residual,
            ignore_index=self.padding_idx,
        )
        if self.training:
            self._store_predictions(layout, lprobs, epoch, dummy=step.ignore_grad)

        sample_size = sample["target"].size(0) if self.sentence_avg else sample["ntokens"]
        logging_output = {
            "loss": loss.data,
            "nll_loss": nll_loss.data,
            "ntokens": sample["ntokens"],
            "nsentences": sample["target"].size(0),
            "sample_size": sample_size,
        }
        if self.training:
            logging_output.update(
                pskd_alpha=alpha * sample["ntokens"],
                pskd_prior_tokens=stats.tokens,
                pskd_mass=stats.mass,
                pskd_kl=stats.kl,
            )
        if self.report_accuracy:
            mask = target.ne(self.padding_idx)
            logging_output["n_correct"] = utils.item(
                lprobs.argmax(1).masked_select(mask).eq(target.masked_select(mask)).sum()
            )
            logging_output["total"] = utils.item(mask.sum())
        return loss, sample_size, logging_output

    def get_lprobs_and_target(self, model, net_output, sample):
        lprobs = model.get_normalized_probs(net_output, log_probs=True)
        target = model.get_targets(sample, net_output)
        return lprobs.view(-1, lprobs.size(-1)), target.view(-1)

    def _training_state(self) -> tuple[int, hooks.StepInfo]:
        if self.epoch is None or self.step is None:
            raise RuntimeError(
                "--criterion pskd trains only under fairseq's trainer (fairseq-train): it learns "
                "the epoch from task.begin_epoch and the update from task.train_step"
            )
        if not self._fresh_run_checked:
            self._fresh_run_checked = True
            if self.epoch == 1 and self.step.num_updates == 0 and self.is_writer:
                # a run from scratch must never read rows that an earlier run left in the store
                self.store.forget_all()
        return self.epoch, self.step

    def _sentence_layout(self, sample, target) -> Layout:
        mask = target.ne(self.padding_idx)
        flat = mask.nonzero().squeeze(1)  # row-major: sentence after sentence, positions ascending
        lengths = mask.view(sample["target"].size(0), -1).sum(1)
        return Layout(
            flat,
            sample["id"].cpu().numpy().astype(np.int64),
            lengths.cpu().numpy().astype(np.int64),
            target[flat].cpu().numpy(),
        )

    def _read_prior(self, layout: Layout, epoch: int) -> Optional[Prior]:
        if epoch <= 1:
            return None
        usable, ids, probs = self.store.read(layout.sentence_ids, layout.lengths, layout.gold, epoch)
        if ids is None:
            return None
        device = layout.flat.device
        return Prior(
            index=layout.flat[torch.from_numpy(usable).to(device)],
            ids=torch.from_numpy(ids[usable].astype(np.int64)).to(device),
            probs=torch.from_numpy(probs[usable]).to(device=device, dtype=torch.float32),
        )

    @torch.no_grad()
    def _prediction_rows(self, layout: Layout, lprobs: torch.Tensor) -> Rows:
        """This step's top-k predictions of whole sentences, host-side, ready for the store."""
        if self.k >= self.vocab_size:
            # K = V: no top-k (a full partition of every row); the ids are the vocabulary
            top_lp = lprobs.detach()[layout.flat]
            top_ids = torch.arange(self.vocab_size, device=lprobs.device).expand(len(layout.flat), -1)
        else:
            top_lp, top_ids = lprobs.detach().topk(self.k, dim=-1, sorted=False)
            top_lp, top_ids = top_lp[layout.flat], top_ids[layout.flat]
        id_dtype = self.store.spec.id_dtype
        rows = Rows(
            layout.sentence_ids,
            layout.lengths,
            layout.gold.astype(id_dtype),
            top_ids.cpu().numpy().astype(id_dtype),
            top_lp.exp().to(torch.float16).cpu().numpy(),
        )
        # an fp16 overflow can make a step's predictions non-finite; such sentences keep no row
        # and train on the hard target next epoch, rather than on garbage
        finite = np.isfinite(rows.probs).all(-1)
        if not finite.all():
            owner = np.repeat(np.arange(len(rows.lengths)), rows.lengths)
            good = np.ones(len(rows.lengths), bool)
            good[owner[~finite]] = False
            keep = good[owner]
            rows = Rows(
                rows.sentence_ids[good], rows.lengths[good], rows.gold[keep], rows.ids[keep], rows.probs[keep]
            )
        return rows

    def _store_predictions(self, layout: Layout, lprobs, epoch: int, dummy: bool) -> None:
        # every rank takes part in the exchange, a dummy batch with no rows: fairseq's dummy
        # batches re-feed an earlier batch, whose predictions must never be stored
        rows = (
            Rows.empty(self.k, self.store.spec.id_dtype)
            if dummy
            else self._prediction_rows(layout, lprobs)
        )
        for r in self.exchange.gather(rows):
            if self.is_writer:
                self.store.write(r.sentence_ids, r.lengths, r.gold, r.ids, r.probs, epoch)

    # -- logging ---------------------------------------------------------------------------

    @classmethod
    def reduce_metrics(cls, logging_outputs) -> None:
        # loss, nll_loss, ppl and accuracy exactly as label smoothing logs them
        LabelSmoothedCrossEntropyCriterion.reduce_metrics(logging_outputs)
        ntokens = sum(log.get("ntokens", 0) for log in logging_outputs)
        if any("pskd_alpha" in log for log in logging_outputs) and ntokens > 0:
            alpha_sum = sum(log.get("pskd_alpha", 0) for log in logging_outputs)
            prior_tokens = utils.item(sum(log.get("pskd_prior_tokens", 0) for log in logging_outputs))
            metrics.log_scalar("pskd_alpha", alpha_sum / ntokens, ntokens, round=4)
            metrics.log_scalar("pskd_prior", prior_tokens / ntokens, ntokens, round=3)
            if prior_tokens > 0:
                mass = sum(log.get("pskd_mass", 0) for log in logging_outputs)
                kl = sum(log.get("pskd_kl", 0) for log in logging_outputs)
                metrics.log_scalar("pskd_coverage", mass / prior_tokens, prior_tokens, round=3)
                metrics.log_scalar("pskd_kl", kl / prior_tokens / math.log(2), prior_tokens, round=3)

    @staticmethod
    def logging_outputs_can_be_summed() -> bool:
        return True


def _check_writable(directory: str) -> None:
    """Fail at startup, naming the flag, when the store directory cannot be written."""
    try:
        os.makedirs(directory, exist_ok=True)
        probe = os.path.join(directory, f".probe-{uuid.uuid4().hex}")
        with open(probe, "wb") as f:
            f.write(b"ok")
        os.unlink(probe)
    except OSError as e:
        raise ValueError(
            f"the PS-KD store directory {directory} is not writable ({e.strerror}): set "
            f"--pskd-store-dir to a writable directory"
        ) from e
