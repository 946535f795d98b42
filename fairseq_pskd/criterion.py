"""The `pskd` criterion: label-smoothed cross-entropy against targets refined by the model's own
predictions of the previous epoch (PS-KD, Kim et al., ICCV 2021), for fairseq sequence models."""


import logging
import math
import os
from dataclasses import dataclass, field
from typing import Optional

import torch
from fairseq import utils
from fairseq.criterions import register_criterion
from fairseq.criterions.label_smoothed_cross_entropy import (
    LabelSmoothedCrossEntropyCriterion,
    LabelSmoothedCrossEntropyCriterionConfig,
)
from fairseq.dataclass import ChoiceEnum
from fairseq.logging import metrics
from omegaconf import II

from . import hooks
from .compat import fixes_for_criterion
from .layout import LAYOUT_KEY, batch_layout
from .lifecycle import ResumePoint, StoreRun
from .loader import PRIOR_KEY, LoaderPriors
from .loss import pskd_loss, rdrop_kl, refined_loss
from .schedule import SCHEDULES, AlphaSchedule, resumed_course
from .target_flags import check_resumed_targets, target_settings
from .targets import Prior, Refiner

# the loss functions beside the criterion, importable from here as from fairseq's criterions
__all__ = ["DistillationCriterion", "DistillationConfig", "PSKDCriterion", "PSKDCriterionConfig",
           "Prior", "pskd_loss", "rdrop_kl", "refined_loss"]

logger = logging.getLogger(__name__)

RESIDUAL_CHOICES = ChoiceEnum(["uniform", "renorm", "model"])
SCHEDULE_CHOICES = ChoiceEnum(list(SCHEDULES))


@dataclass
class DistillationConfig(LabelSmoothedCrossEntropyCriterionConfig):
    """The flags of every criterion that distills stored predictions (`pskd` and `stored_kd`)."""

    # label_smoothing, report_accuracy, ignore_prefix_size and sentence_avg: label smoothing's own
    pskd_alpha: float = field(
        default=0.5,
        metadata={"help": "alpha_T: weight of last epoch's prediction in the target at the end"},
    )
    pskd_residual: RESIDUAL_CHOICES = field(
        default="uniform",
        metadata={
            "help": "the probability mass outside the top-k: 'uniform' spreads it over the other "
            "V - K tokens, 'renorm' drops it and renormalizes the top-k, 'model' spreads it over "
            "the other tokens in proportion to the current model's own (detached) probabilities"
        },
    )
    pskd_eos_scale: float = field(
        default=0.0,
        metadata={
            "help": "where the gold token is not end-of-sentence, scale the distilled EOS "
            "probability by this (then renormalize): 0 (the default) drops it, 1 keeps it; below "
            "1 counters the short output that distilling the model's own EOS uncertainty causes"
        },
    )
    rdrop_alpha: float = field(
        default=0.0,
        metadata={
            "help": "R-Drop on top of PS-KD, as label_smoothed_cross_entropy_with_rdrop: each "
            "training batch runs twice (two dropout masks), both passes take the PS-KD loss, and "
            "this weight times their symmetric KL is added; 0 (the default) is off"
        },
    )
    # Optional[...], not X | None, in this config: fairseq builds its argparse flags from these
    # annotations and rejects a types.UnionType ('... | None is not callable')
    pskd_alpha_schedule: Optional[SCHEDULE_CHOICES] = field(  # noqa: UP045
        default=None,
        metadata={
            "help": "alpha grows as alpha_T * epoch / max_epoch ('epoch'), as "
            "alpha_T * num_updates / max_update ('update') or stays alpha_T ('constant'); "
            "default: the larger of the two fractions ('epoch+update') when both --max-epoch and "
            "--max-update are set, else epoch when only --max-epoch is, update when only "
            "--max-update is"
        },
    )
    pskd_reset_schedule: bool = field(
        default=False,
        metadata={
            "help": "on a resume whose update count fairseq restarted (--reset-optimizer), count "
            "alpha's updates from fairseq's new count too; by default alpha keeps its course"
        },
    )
    model_parallel_size: int = II("common.model_parallel_size")
    pipeline_model_parallel: bool = II("distributed_training.pipeline_model_parallel")
    bf16: bool = II("common.bf16")
    tpu: bool = II("common.tpu")
    fix_batches_to_gpus: bool = II("distributed_training.fix_batches_to_gpus")
    max_epoch: int = II("optimization.max_epoch")
    max_update: int = II("optimization.max_update")
    save_dir: str = II("checkpoint.save_dir")
    train_subset: str = II("dataset.train_subset")


@dataclass
class PSKDCriterionConfig(DistillationConfig):
    pskd_topk: int = field(
        default=8, metadata={"help": "predicted ids kept per target token (K = vocab keeps all)"}
    )
    pskd_store_dir: Optional[str] = field(  # noqa: UP045
        default=None,
        metadata={"help": "directory of the top-k prediction store (default: SAVE_DIR/pskd_store)"},
    )
    pskd_reset_store: bool = field(
        default=False,
        metadata={"help": "discard an existing store (e.g. made for other data) and start afresh"},
    )
    pskd_teacher_store: Optional[str] = field(  # noqa: UP045
        default=None, metadata={"help": "not for this criterion: see --criterion stored_kd"},
    )


class DistillationCriterion(LabelSmoothedCrossEntropyCriterion):
    """Label smoothing's criterion with refined targets: its flags, its get_lprobs_and_target
    (so --ignore-prefix-size drops a language-tag prefix from the loss, and the store addresses
    the tokens the loss sees), its logging. Where the stored predictions come from is the
    subclass's run (`_make_run`): the model's own last epoch (`pskd`) or a teacher (`stored_kd`)."""

    name = "pskd"  # its --criterion, for messages
    default_schedule: str | None = None  # --pskd-alpha-schedule when not given
    source = ""  # what the startup line adds after "PS-KD"

    def __init__(self, task, cfg: DistillationConfig):
        super().__init__(
            task, cfg.sentence_avg, cfg.label_smoothing, cfg.ignore_prefix_size, cfg.report_accuracy
        )
        self.cfg = cfg
        if self.ignore_prefix_size < 0:
            raise ValueError(f"--ignore-prefix-size must be >= 0, got {self.ignore_prefix_size}")
        self.vocab_size = len(task.target_dictionary)
        self.k: int | None = None  # the run's K, once its store is open
        if not 0.0 <= self.eps < 1.0:
            raise ValueError(f"--label-smoothing must lie in [0, 1), got {self.eps}")
        schedule = cfg.pskd_alpha_schedule or self.default_schedule
        self.schedule = AlphaSchedule.from_config(cfg.pskd_alpha, schedule, cfg.max_epoch, cfg.max_update)
        _refuse_unsupported(task, cfg, self.name)
        if not 0.0 <= cfg.pskd_eos_scale <= 1.0:
            raise ValueError(f"--pskd-eos-scale must lie in [0, 1], got {cfg.pskd_eos_scale}")
        if cfg.rdrop_alpha < 0.0:
            raise ValueError(f"--rdrop-alpha must be >= 0 (0 is off), got {cfg.rdrop_alpha}")
        refiner = Refiner(self.padding_idx, self.vocab_size, self.eps, cfg.pskd_residual,
                          task.target_dictionary.eos(), cfg.pskd_eos_scale)
        # nothing touches the store directory here: fairseq-validate, fairseq-generate and
        # fairseq-interactive build this criterion from a checkpoint whose save dir may not exist
        self.run = self._make_run(cfg, refiner)
        self.epoch: int | None = None
        self.step: hooks.StepInfo | None = None
        # added to fairseq's update count for alpha: non-zero once a resume restarted that count
        self.update_offset = 0
        # the prior read in the data loader's workers (loader.py)
        self.loader = LoaderPriors(refiner)
        fixes_for_criterion(task)
        hooks.install(task, self)
        hooks.install_checkpoint_hooks()

    def _make_run(self, cfg: DistillationConfig, refiner: Refiner):
        raise NotImplementedError

    # -- the store's life in the run (lifecycle.py), driven by fairseq's hooks (hooks.py) ------

    def pskd_claim_store(self) -> None:
        if not self.run.claimed:
            self.run.claim()

    def pskd_resume(
        self, extra_state: dict | None, epoch: int, iterations_in_epoch: int, num_updates: int | None = None
    ) -> None:
        state = (extra_state or {}).get("pskd")
        point = ResumePoint(epoch, iterations_in_epoch)
        if not point.restarted:
            check_resumed_targets((state or {}).get("targets"), target_settings(self.cfg), state is not None)
        if not point.restarted and state is not None:
            recorded = state.get("updates")
            course = resumed_course(
                state.get("schedule"), self.schedule, epoch, recorded,
                recorded if num_updates is None else num_updates, self.cfg.pskd_reset_schedule,
            )
            self.update_offset = course.update_offset
            for note in course.notes:
                logger.warning(note)
        self.pskd_claim_store()
        self.run.open(self.task.dataset(self.cfg.train_subset), self.task.target_dictionary.symbols)
        self.run.resume(extra_state, point)
        self.k = self.run.k
        # at K = V a batch's targets are [R, V] floats: read on the training process, one batch
        # at a time, not held by the data loader's prefetch queue in every worker
        self.loader.attach(self.run.store, enabled=self.schedule.alpha_T > 0.0 and self.k < self.vocab_size)
        logger.info(
            "PS-KD%s: K=%d (%s residual, EOS scale %g), alpha_T=%g (%s schedule)", self.source,
            self.k, self.cfg.pskd_residual, self.cfg.pskd_eos_scale, self.schedule.alpha_T,
            self.schedule.kind,
        )

    def pskd_before_checkpoint(self, epoch: int, updates: int, end_of_epoch: bool) -> None:
        if self.run.ready:
            self.run.before_checkpoint(epoch, updates, end_of_epoch)

    def pskd_checkpoint_state(self, updates: int) -> dict | None:
        if not self.run.ready:
            return None
        return {
            **self.run.checkpoint_state(self.epoch or 0, updates),
            "targets": target_settings(self.cfg),
            "schedule": self.schedule.record(self.update_offset),
        }

    def pskd_raise_failure(self) -> None:
        self.run.raise_failure()

    @property
    def store(self):
        return self.run.store

    def begin_epoch(self, epoch: int) -> None:
        if not self.run.ready:
            # driven without fairseq's checkpoint loading (the task API alone): a fresh run
            self.pskd_resume(None, epoch, 0)
        self.run.log_prior_reads(self.epoch)
        # workers read nothing while the boundary commits, withdraws and exchanges rows
        self.loader.gate.close()
        self.run.begin_epoch(epoch)
        self.epoch = int(epoch)
        self.loader.gate.open(self.epoch)

    @property
    def prior_reads(self) -> dict[str, int]:
        """Where this epoch's batches got their prior so far: {'loader': n, 'thread': m}."""
        return self.run.prior_reads

    # -- the loss --------------------------------------------------------------------------

    def forward(self, model, sample, reduce=True):
        alpha, request = 0.0, None
        if self.training:
            epoch, step = self._training_state()
            alpha = self.schedule.alpha(epoch, step.num_updates + self.update_offset)
            layout = sample.get(LAYOUT_KEY)
            if layout is None:  # a batch not made by the wrapped collater: layout it here
                layout = batch_layout(_to_host(sample), self.padding_idx, self.ignore_prefix_size)
            layout = layout.to(sample["target"].device)
            shipped = sample.get(PRIOR_KEY)
            # a dummy batch (ignore_grad), whose loss fairseq multiplies by 0, reads nothing: after
            # a mid-epoch validation it is a validation batch, whose ids are not training sentences
            if alpha > 0.0 and not step.ignore_grad:
                request = self.run.ask_prior(layout, epoch, shipped, layout.device)
        net_input = sample["net_input"]
        rdrop = self.training and self.cfg.rdrop_alpha > 0.0
        if rdrop:  # both passes in one forward, as fairseq's R-Drop runs them; the sample is kept
            net_input = {k: torch.cat([v, v]) if torch.is_tensor(v) else v for k, v in net_input.items()}
        net_output = model(**net_input)
        lprobs, target = self.get_lprobs_and_target(model, net_output, sample)
        prior = self.run.prior(request)
        if prior is not None and lprobs.size(-1) != self.vocab_size:
            raise ValueError(
                f"--criterion {self.name}: the model predicts {lprobs.size(-1)} classes but the target "
                f"dictionary has {self.vocab_size}; the stored ids address the dictionary"
            )
        passes = lprobs.chunk(2) if rdrop else (lprobs,)
        loss, nll_loss, stats = refined_loss(
            passes[0], target, self.eps, alpha, prior, ignore_index=self.padding_idx, reduce=reduce
        )
        if rdrop:
            # the second pass learns from the same targets; losses add up over both passes and
            # are divided by one pass's tokens, as in label_smoothed_cross_entropy_with_rdrop
            loss2, nll2, _ = refined_loss(
                passes[1], target, self.eps, alpha, prior, ignore_index=self.padding_idx, reduce=reduce
            )
            kl = rdrop_kl(lprobs, target, self.padding_idx, reduce=reduce)
            loss, nll_loss = loss + loss2 + self.cfg.rdrop_alpha * kl, nll_loss + nll2
        if self.training and not step.ignore_grad:
            # fairseq's dummy batches re-feed an earlier batch: their predictions are never stored;
            # with R-Drop, the first pass's, so that the stored prediction is one dropout sample as
            # without it
            self.run.record(layout, passes[0], epoch)

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
                # summed across ranks by fairseq every step: any rank's store failure stops every
                # rank at the end of this step (hooks.py), none is left waiting in a collective
                pskd_errors=int(self.run.failure is not None),
            )
            if rdrop:
                logging_output["rdrop_kl_loss"] = kl.data
        if self.report_accuracy:
            mask = target.ne(self.padding_idx)
            logging_output["n_correct"] = (passes[0].argmax(1).eq(target) & mask).sum()
            logging_output["total"] = mask.sum()
        return loss, sample_size, logging_output

    def _training_state(self) -> tuple[int, hooks.StepInfo]:
        if self.epoch is None or self.step is None:
            raise RuntimeError(
                f"--criterion {self.name} trains only under fairseq's trainer (fairseq-train): it "
                "learns the epoch from task.begin_epoch and the update from task.train_step"
            )
        return self.epoch, self.step

    # -- logging ---------------------------------------------------------------------------

    @classmethod
    def reduce_metrics(cls, logging_outputs) -> None:
        # loss, nll_loss, ppl and accuracy exactly as label smoothing logs them
        super().reduce_metrics(logging_outputs)
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
        if any("rdrop_kl_loss" in log for log in logging_outputs):
            # the name and scale fairseq's R-Drop logs: per sample_size unit, base 2
            sample_size = sum(log.get("sample_size", 0) for log in logging_outputs)
            rdrop = sum(log.get("rdrop_kl_loss", 0) for log in logging_outputs)
            metrics.log_scalar("rdrop_kl_loss", rdrop / sample_size / math.log(2), sample_size, round=3)

    @staticmethod
    def logging_outputs_can_be_summed() -> bool:
        return True


@register_criterion("pskd", dataclass=PSKDCriterionConfig)
class PSKDCriterion(DistillationCriterion):
    """PS-KD: the targets of epoch t refined by the model's own predictions of epoch t - 1, kept
    as their top-k in a store this run writes (lifecycle.py)."""

    def _make_run(self, cfg: PSKDCriterionConfig, refiner: Refiner) -> StoreRun:
        if cfg.pskd_teacher_store:
            raise ValueError(
                "--pskd-teacher-store: distilling from a stored teacher is its own criterion; use "
                "--criterion stored_kd --pskd-teacher-store DIR (and drop --pskd-topk, "
                "--pskd-store-dir and --pskd-reset-store, which belong to self-distillation)"
            )
        self.k = int(cfg.pskd_topk)
        if not 1 <= self.k <= self.vocab_size:
            raise ValueError(
                f"--pskd-topk must lie in [1, {self.vocab_size}] (the target vocabulary), got {self.k}"
            )
        return StoreRun(
            cfg.pskd_store_dir or os.path.join(cfg.save_dir, "pskd_store"),
            self.vocab_size,
            self.k,
            cfg.pskd_reset_store,
            fixed_batches=bool(cfg.fix_batches_to_gpus),
            prefix=self.ignore_prefix_size,
            refiner=refiner,
        )


def _to_host(sample: dict) -> dict:
    return {"id": sample["id"].cpu(), "target": sample["target"].cpu()}


def _refuse_unsupported(task, cfg: DistillationConfig, name: str = "pskd") -> None:
    """Setups whose targets PS-KD cannot address, refused at startup with the flag to change;
    `name`: the criterion, for the messages."""
    data = str(getattr(getattr(task, "cfg", None), "data", "") or "")
    if os.pathsep in data:
        raise ValueError(
            f"--criterion {name} stores predictions by sentence id of one training set, but the "
            f"data path {data!r} has several shards (one per epoch); binarize the training "
            f"data as one shard"
        )
    if int(getattr(getattr(task, "cfg", None), "num_batch_buckets", 0) or 0) > 0:
        raise ValueError(
            f"--criterion {name} addresses stored predictions by each sentence's real target length, "
            "and --num-batch-buckets pads targets to bucket lengths: drop --num-batch-buckets"
        )
    if int(cfg.model_parallel_size or 1) > 1:
        raise ValueError(
            f"--criterion {name} needs the full target distribution on each rank, but "
            f"--model-parallel-size {cfg.model_parallel_size} splits the vocabulary across ranks: "
            "train data-parallel only"
        )
    if cfg.pipeline_model_parallel:
        raise ValueError(
            f"--criterion {name} addresses each batch's stored rows with a layout that stays with the "
            "batch on one device, but --pipeline-model-parallel moves only the target to the last "
            "stage: drop --pipeline-model-parallel and train data-parallel"
        )
    if cfg.bf16 or cfg.tpu:
        raise ValueError(
            f"{'--bf16' if cfg.bf16 else '--tpu'}: fairseq 0.12 trains bfloat16 only on TPUs "
            f"(--bf16 and --memory-efficient-bf16 set --tpu), and --criterion {name}'s store threads "
            "run on CUDA or CPU, not XLA; on GPUs use --fp16 or --amp"
        )
    if "Levenshtein" in type(task).__name__ or getattr(task.cfg, "_name", None) == "translation_lev":
        raise ValueError(
            f"--criterion {name} distills an autoregressive decoder's per-position predictions; "
            f"--task {getattr(task.cfg, '_name', type(task).__name__)} trains a non-autoregressive "
            f"model: use --task translation"
        )

