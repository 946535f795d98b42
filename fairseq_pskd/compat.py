"""Checks and fixes for the fairseq and torch versions this plugin runs on."""

from __future__ import annotations

import functools
import logging
import os
import warnings
from collections.abc import Callable
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


def allow_fairseq_checkpoints() -> None:
    """Let fairseq load its own checkpoints on torch >= 2.6.

    torch 2.6 made `torch.load` default to weights_only=True, which refuses the argparse and
    omegaconf objects every fairseq checkpoint pickles; fairseq's checkpoint_utils calls torch.load
    without the argument, so `fairseq-generate --path`, `--restore-file` and resumes fail. Trusting
    fairseq checkpoints is what fairseq did before; a user who set the variable keeps their value.
    """
    if "TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD" not in os.environ:
        os.environ["TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD"] = "1"
        # torch warns at every load that the variable is set; we set it on purpose
        warnings.filterwarnings("ignore", message=".*TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD.*")


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


def log_bleu_for_empty_hypotheses() -> None:
    """Make `--eval-bleu` validation log `bleu` even when no hypothesis holds a word.

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
    import numpy as np
    from fairseq.logging import metrics
    from fairseq.tasks.translation import EVAL_BLEU_ORDER, TranslationTask

    original = TranslationTask.reduce_metrics
    if getattr(original, "_pskd_empty_bleu", False):
        return

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
    TranslationTask.reduce_metrics = reduce_metrics


def _bleu_or_zero(meters: Any) -> float:
    """`bleu` for a validation whose first batch had no hypothesis words (see above)."""
    if _fairseq_bleu is not None and max(meters["_bleu_totals"].sum) > 0:
        return _fairseq_bleu(meters)  # a later batch had words: fairseq's BLEU over all batches
    return 0.0  # no hypothesis word in the whole validation set: BLEU is 0 (brevity penalty 0)
