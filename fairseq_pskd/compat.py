"""Checks and fixes for the fairseq and torch versions this plugin runs on.

Importing the plugin applies none of the fixes. The `pskd` criterion applies, for its own run, the
ones a PS-KD run needs (`fixes_for_criterion`). Any other process asks for them by name, in the
environment variable FAIRSEQ_PSKD_FIXES (read once, when the plugin is imported) or by calling
`apply_fixes`; docs/fairseq-notes.md says which upstream change each one stands for.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import logging
import os
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

logger = logging.getLogger(__name__)

MIN_FAIRSEQ = (0, 12, 2)


def _version_tuple(version: str) -> tuple[int, ...]:
    parts = []
    for piece in version.split("+")[0].split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def check_fairseq() -> str:
    """Import fairseq, or fail with what this plugin needs and how to get it."""
    hint = (
        "fairseq_pskd needs fairseq >= 0.12.2 importable on this Python; on Python 3.11 that is "
        "fairseq's main branch (e.g. `pip install --no-deps fairseq-fixed==0.12.3.1`, see "
        "scripts/setup.sh), since the 0.12.2 release does not import on 3.11"
    )
    try:
        import fairseq
    except Exception as e:  # fairseq 0.12.2 on 3.11 raises ValueError at import, not ImportError
        raise ImportError(f"{hint} (importing fairseq failed: {e!r})") from e
    version = getattr(fairseq, "__version__", "0")
    if _version_tuple(version) < MIN_FAIRSEQ:
        raise ImportError(f"{hint}; found fairseq {version}")
    return version


# True while one of fairseq's checkpoint loaders (FAIRSEQ_CHECKPOINT_LOADERS) runs in this thread;
# a ContextVar, so a thread started meanwhile (a new thread starts with an empty context) and
# everything else in the process load with torch's own default
_in_fairseq_checkpoint_load: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "fairseq_pskd_in_fairseq_checkpoint_load", default=False
)

# (module, attribute) of every fairseq function that torch.loads a fairseq checkpoint: a checkpoint
# file (load_checkpoint_to_cpu: fairseq-generate, -interactive, -validate, -eval-lm, hub models and
# load_model_ensemble*, pretrained components; load_ema_from_checkpoint: --ema-seed-model), and
# fairseq-train's --restore-file, resume and --finetune-from-model (Trainer.load_checkpoint: rank 0
# reads the file through load_checkpoint_to_cpu and, in data-parallel training, broadcasts the
# unpickled state to the other ranks, which torch.load it from the received bytes)
FAIRSEQ_CHECKPOINT_LOADERS = (
    ("fairseq.checkpoint_utils", "load_checkpoint_to_cpu"),
    ("fairseq.checkpoint_utils", "load_ema_from_checkpoint"),
    ("fairseq.trainer", "Trainer.load_checkpoint"),
)


@contextlib.contextmanager
def fairseq_checkpoint_load() -> Iterator[None]:
    """Within this block, in this thread, a `torch.load` that does not pass `weights_only` loads
    with weights_only=False (see allow_fairseq_checkpoints). For fairseq checkpoints only."""
    token = _in_fairseq_checkpoint_load.set(True)
    try:
        yield
    finally:
        _in_fairseq_checkpoint_load.reset(token)


def _trusting(loader: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(loader)
    def trusted_loader(*args, **kwargs):
        with fairseq_checkpoint_load():
            return loader(*args, **kwargs)

    trusted_loader._pskd_trusted = True
    return trusted_loader


def allow_fairseq_checkpoints() -> None:
    """Let fairseq load its own checkpoints on torch >= 2.6, and nothing else (idempotent).

    torch 2.6 made `torch.load` default to weights_only=True, which refuses the argparse and
    omegaconf objects every fairseq checkpoint pickles; fairseq calls torch.load without the
    argument, so `fairseq-generate --path`, `--restore-file` and resumes would fail. Each of
    FAIRSEQ_CHECKPOINT_LOADERS is wrapped to run inside fairseq_checkpoint_load(), and torch.load is
    wrapped to pass weights_only=False only there, only when its caller passed no weights_only.
    Every other torch.load (the user's, another library's, another thread's) keeps torch's default,
    and nothing goes into the environment, so child processes inherit no trust either. A
    TORCH_FORCE_WEIGHTS_ONLY_LOAD=1 the user set still wins (torch then refuses fairseq's
    checkpoints); a TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD the user set works as torch documents it.
    """
    import importlib

    import torch

    if not getattr(torch.load, "_pskd_trusted", False):
        torch_load = torch.load

        @functools.wraps(torch_load)
        def load(f, *args, weights_only=None, **kwargs):
            if weights_only is None and _in_fairseq_checkpoint_load.get():
                weights_only = False  # a fairseq checkpoint, read by fairseq's own loader
            return torch_load(f, *args, weights_only=weights_only, **kwargs)

        load._pskd_trusted = True
        torch.load = load

    for module, name in FAIRSEQ_CHECKPOINT_LOADERS:
        owner = importlib.import_module(module)
        *path, attr = name.split(".")
        for part in path:
            owner = getattr(owner, part)
        loader = getattr(owner, attr, None)  # None: a fairseq without it never calls it
        if loader is not None and not getattr(loader, "_pskd_trusted", False):
            setattr(owner, attr, _trusting(loader))


# fairseq's own BLEU formula: the derived-meter function its TranslationTask.reduce_metrics
# registers for a validation batch with hypothesis words, taken from such a batch so that a `bleu`
# meter we registered first (an empty batch came first) still reports fairseq's BLEU
_fairseq_bleu: Callable[[Any], float] | None = None
_warned = False

EMPTY_BLEU_WARNING = (
    "fairseq logs no 'bleu' for validation batches whose hypotheses are all empty (fairseq issue "
    "#3338), so --best-checkpoint-metric bleu would fail with KeyError: 'bleu'; fairseq_pskd logs "
    "them as BLEU statistics with no hypothesis words: bleu is 0 when every batch is empty and "
    "counts the empty batches' references otherwise. This warning is shown once."
)


def log_bleu_for_empty_hypotheses(task: Any = None) -> None:
    """Make `--eval-bleu` validation log `bleu` even when no hypothesis holds a word: for `task`
    only, or for every TranslationTask of the process when `task` is None.

    fairseq's TranslationTask.reduce_metrics logs BLEU statistics and the derived `bleu` only when
    the batch's hypotheses hold at least one word (`max(totals) > 0`). A model that emits only
    end-of-sentence tokens (early in training, or a bad learning rate) therefore gets no `bleu` key,
    and fairseq_cli/train.py, which indexes the validation stats with --best-checkpoint-metric,
    stops the run with KeyError: 'bleu' (fairseq issues #3338, #3881; PR #3778 was never merged).

    The wrapper below runs fairseq's method unchanged and steps in only where it really logged
    nothing: a validation batch that carries BLEU statistics (`_bleu_totals_*`) and has no `bleu`
    afterwards. For such a batch it logs the statistics fairseq's own branch would have logged
    (zero n-grams, the references' length), so that the batch counts in the corpus BLEU like any
    other: fairseq leaves the references of an all-empty batch out of the brevity penalty, which
    overstates the BLEU of a model that emits nothing for some batches. It then registers `bleu`:
    fairseq's own formula over the summed statistics once any batch had words, else 0.0. On a
    fairseq that logs `bleu` for empty hypotheses itself, the wrapper never steps in. Idempotent.
    """
    from fairseq.tasks.translation import TranslationTask

    if task is None:
        original = TranslationTask.reduce_metrics
        if not getattr(original, "_pskd_empty_bleu", False):
            TranslationTask.reduce_metrics = _logging_bleu_for_empty_hypotheses(original)
        return
    if getattr(task.reduce_metrics, "_pskd_empty_bleu", False):
        return
    bound = task.reduce_metrics

    def reduce_metrics(self, logging_outputs, criterion):
        return bound(logging_outputs, criterion)

    task.reduce_metrics = types.MethodType(_logging_bleu_for_empty_hypotheses(reduce_metrics), task)


def _logging_bleu_for_empty_hypotheses(original: Callable[..., Any]) -> Callable[..., Any]:
    """`original(task, logging_outputs, criterion)` followed by the step above."""
    import numpy as np
    from fairseq.logging import metrics
    from fairseq.tasks.translation import EVAL_BLEU_ORDER

    @functools.wraps(original)
    def reduce_metrics(self, logging_outputs, criterion):
        # a throwaway aggregator nested inside the active ones records exactly what fairseq logs
        # for this batch; the active ones receive everything as before
        with metrics.aggregate() as logged:
            original(self, logging_outputs, criterion)
        if not getattr(self.cfg, "eval_bleu", False):
            return
        if not any("_bleu_totals_0" in log for log in logging_outputs):
            return  # a training step: only validation batches carry BLEU statistics
        global _fairseq_bleu, _warned
        if "bleu" in logged:
            _fairseq_bleu = getattr(logged["bleu"], "fn", _fairseq_bleu)
            return
        if not _warned:
            _warned = True
            logger.warning(EMPTY_BLEU_WARNING)

        def total(key: str) -> Any:
            result = sum(log.get(key, 0) for log in logging_outputs)
            return result.cpu() if hasattr(result, "cpu") else result  # as fairseq's sum_logs

        # what fairseq's branch logs, with every n-gram count and total 0
        zeros = np.zeros(EVAL_BLEU_ORDER, dtype=np.int64)
        metrics.log_scalar("_bleu_counts", zeros)
        metrics.log_scalar("_bleu_totals", zeros)
        metrics.log_scalar("_bleu_sys_len", total("_bleu_sys_len"))
        metrics.log_scalar("_bleu_ref_len", total("_bleu_ref_len"))
        metrics.log_derived("bleu", _bleu_or_zero)  # a no-op where fairseq's `bleu` is registered

    reduce_metrics._pskd_empty_bleu = True
    return reduce_metrics


def _bleu_or_zero(meters: Any) -> float:
    """`bleu` for a validation whose first batch had no hypothesis words (see above)."""
    if _fairseq_bleu is not None and max(meters["_bleu_totals"].sum) > 0:
        return _fairseq_bleu(meters)  # a later batch had words: fairseq's BLEU over all batches
    return 0.0  # no hypothesis word in the whole validation set: BLEU is 0 (brevity penalty 0)


def keep_rdrop_sample_intact() -> None:
    """Let fairseq's R-Drop (`--criterion label_smoothed_cross_entropy_with_rdrop`) validate with
    `--eval-bleu`.

    Its forward doubles the batch by writing `torch.cat([x, x])` into the caller's
    `sample["net_input"]`. In a validation step fairseq's TranslationTask then decodes that same
    sample for BLEU, with twice as many sources as targets, and stops with an IndexError in the
    sequence generator (fairseq issue #5410, open). The wrapper hands fairseq's forward a copy of
    the two dicts it writes into, so the loss is computed exactly as before and the caller's
    sample keeps its batch. Idempotent; a no-op where the criterion does not exist.
    """
    try:
        from fairseq.criterions.label_smoothed_cross_entropy_with_rdrop import (
            RdropLabelSmoothedCrossEntropyCriterion as RDrop,
        )
    except ImportError:
        return
    original = RDrop.forward
    if getattr(original, "_pskd_keeps_sample", False):
        return

    @functools.wraps(original)
    def forward(self, model, sample, reduce=True, net_output=None):
        if net_output is None and "net_input" in sample:
            sample = {**sample, "net_input": dict(sample["net_input"])}
        return original(self, model, sample, reduce=reduce, net_output=net_output)

    forward._pskd_keeps_sample = True
    RDrop.forward = forward


# every fix, by the name FAIRSEQ_PSKD_FIXES and apply_fixes take
FIXES: Mapping[str, Callable[[], None]] = {
    "trust-checkpoints": allow_fairseq_checkpoints,
    "empty-bleu": log_bleu_for_empty_hypotheses,
    "rdrop-eval-bleu": keep_rdrop_sample_intact,
}
FIXES_VARIABLE = "FAIRSEQ_PSKD_FIXES"


def requested_fixes(environ: Mapping[str, str] = os.environ) -> list[str]:
    """The fixes FAIRSEQ_PSKD_FIXES names (`all`, or a comma list of FIXES' names); none if unset."""
    value = environ.get(FIXES_VARIABLE, "").strip()
    names = [n.strip() for n in value.split(",") if n.strip()]
    if names == ["all"]:
        return list(FIXES)
    unknown = [n for n in names if n not in FIXES]
    if unknown:
        raise ValueError(
            f"{FIXES_VARIABLE}={value!r}: unknown fix {', '.join(unknown)}; use 'all' or a comma "
            f"list of {', '.join(FIXES)} (docs/fairseq-notes.md says what each one fixes)"
        )
    return names


def apply_fixes(names: Iterable[str]) -> None:
    """Apply the named fixes to this process (each idempotent)."""
    for name in names:
        if name not in FIXES:
            raise ValueError(f"unknown fairseq_pskd fix {name!r}; known: {', '.join(FIXES)}")
        FIXES[name]()


def fixes_for_criterion(task: Any) -> None:
    """What a PS-KD run needs, applied when its criterion is built: fairseq's own checkpoint loaders
    may read fairseq checkpoints (a resume, --restore-file), and this task's validation logs
    `bleu` when every hypothesis is empty. The R-Drop fix is not needed: the criterion's own
    R-Drop keeps the caller's sample."""
    from fairseq.tasks.translation import TranslationTask

    allow_fairseq_checkpoints()
    if isinstance(task, TranslationTask):
        log_bleu_for_empty_hypotheses(task)
