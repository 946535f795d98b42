"""Checkpoint rules: which checkpoint of a finished fairseq-train run each rule scores.

The one place that says what a rule picks, read by ``pskd-score --rules`` and by the sweep:

* ``valid_loss``: the epoch with the lowest valid loss in the train log (fairseq's default
  ``--best-checkpoint-metric loss``), i.e. ``checkpoint{E}.pt``;
* ``valid_bleu``: the epoch with the highest valid ``bleu`` in the log (``--eval-bleu``);
* ``last``: ``checkpoint_last.pt``;
* ``avg5``: the average of the last five epoch checkpoints (the five highest ``checkpoint{E}.pt``,
  as fairseq's ``scripts/average_checkpoints.py --num-epoch-checkpoints 5`` picks them), written
  once as ``checkpoint_avg5.pt`` by ``pskd_tools.evaluation.averaging``.

Ties go to the later epoch, as fairseq keeps a new best when it is >= (<=) the best so far. The
log prints losses to 3 decimals and BLEU to 2, so the rule is defined on the log as printed. A rule
whose file is missing (``--no-epoch-checkpoints``, ``--keep-last-epochs``) is unavailable, with the
reason, rather than an error; except that ``checkpoint_best.pt`` stands in for the epoch file when
the run's own ``--best-checkpoint-metric`` is the rule's metric (fairseq picked it the same way).

No fairseq import here: the sweep's report reads this module too.
"""
from __future__ import annotations

import filecmp
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .fairseq_log import TrainLog, find_log, parse_train_log

RULES = ("valid_loss", "valid_bleu", "last", "avg5")
AVERAGE_LAST = 5
AVERAGED = f"checkpoint_avg{AVERAGE_LAST}.pt"
BEST, LAST = "checkpoint_best.pt", "checkpoint_last.pt"

HOW = {  # one line per rule, for reports
    "valid_loss": "the epoch of the lowest valid loss in the train log (ties: the later epoch)",
    "valid_bleu": "the epoch of the highest valid BLEU in the train log (ties: the later epoch)",
    "last": "checkpoint_last.pt",
    "avg5": f"the parameters of the last {AVERAGE_LAST} epoch checkpoints averaged",
}
_RULE_METRIC = {"valid_loss": ("loss", False), "valid_bleu": ("bleu", True)}
_EPOCH_FILE = re.compile(r"checkpoint(\d+)\.pt")
# fairseq-train logs its whole config at start: "... 'best_checkpoint_metric': 'bleu', ..."
_METRIC_RE = re.compile(r"'best_checkpoint_metric': '([^']+)'")
_MAXIMIZE_RE = re.compile(r"'maximize_best_checkpoint_metric': (True|False)")


@dataclass(frozen=True)
class Choice:
    """What a rule picks in one save dir: the file to score (for avg5 the averaged file, which may
    not be written yet), the epochs it comes from, and the epoch files averaged; or why not."""

    rule: str
    checkpoint: Path | None
    epochs: tuple[int, ...] = ()
    inputs: tuple[Path, ...] = field(default_factory=tuple)
    reason: str = ""

    @property
    def available(self) -> bool:
        return self.checkpoint is not None


def best_epoch(log: TrainLog | None, metric: str, maximize: bool) -> int | None:
    """The epoch of the best valid ``metric``; ties to the later epoch (fairseq keeps a new best
    when it is >= / <= the best so far)."""
    if log is None:
        return None
    epochs, values = log.valid_series(metric)
    best: tuple[int, float] | None = None
    for epoch, value in zip(epochs, values):
        if best is None or (value >= best[1] if maximize else value <= best[1]):
            best = (epoch, value)
    return best[0] if best else None


def epoch_checkpoints(save_dir: Path) -> dict[int, Path]:
    """{epoch: checkpoint{epoch}.pt} of the files present."""
    found = {}
    for p in Path(save_dir).glob("checkpoint*.pt"):
        m = _EPOCH_FILE.fullmatch(p.name)
        if m:
            found[int(m.group(1))] = p
    return found


def same_weights(checkpoint: Path) -> Path:
    """The epoch checkpoint checkpoint is a byte-for-byte copy of, else checkpoint itself.
    fairseq writes checkpoint{E}.pt and copies it to checkpoint_best.pt / checkpoint_last.pt, so
    decoding the copy again would only repeat the work (a third of a run's rule scoring)."""
    if _EPOCH_FILE.fullmatch(checkpoint.name) or not checkpoint.is_file():
        return checkpoint
    size = checkpoint.stat().st_size
    for _, path in sorted(epoch_checkpoints(checkpoint.parent).items(), reverse=True):
        if path.stat().st_size == size and filecmp.cmp(path, checkpoint, shallow=False):
            return path
    return checkpoint


def recipe_best_metric(log_text: str) -> tuple[str, bool] | None:
    """(--best-checkpoint-metric, --maximize-best-checkpoint-metric) as fairseq-train logged its
    config; None when the log does not say (then checkpoint_best.pt never stands in)."""
    metric, maximize = _METRIC_RE.findall(log_text), _MAXIMIZE_RE.findall(log_text)
    if not metric:
        return None
    return metric[-1], bool(maximize) and maximize[-1] == "True"


def _last_epoch(log: TrainLog | None) -> int | None:
    if log is None:
        return None
    epochs = set(log.train) | {e for records in log.valid.values() for e in records}
    return max(epochs) if epochs else None


def choose(rule: str, save_dir: Path, log: TrainLog | None,
           best_metric: tuple[str, bool] | None = None) -> Choice:
    """The checkpoint ``rule`` scores in ``save_dir``, given the run's train log."""
    save_dir = Path(save_dir)
    files = epoch_checkpoints(save_dir)
    if rule in _RULE_METRIC:
        metric, maximize = _RULE_METRIC[rule]
        epoch = best_epoch(log, metric, maximize)
        if epoch is None:
            why = "no train log" if log is None else f"the train log has no valid {metric}"
            if log is not None and metric == "bleu":
                why += " (the recipe has no --eval-bleu)"
            return Choice(rule, None, reason=why)
        if epoch in files:
            return Choice(rule, files[epoch], (epoch,))
        if best_metric == (metric, maximize) and (save_dir / BEST).is_file():
            return Choice(rule, save_dir / BEST, (epoch,))
        return Choice(rule, None, (epoch,),
                      reason=f"checkpoint{epoch}.pt is not in {save_dir} (trained with "
                      "--no-epoch-checkpoints or --keep-last-epochs?)")
    if rule == "last":
        if (save_dir / LAST).is_file():
            last = _last_epoch(log)
            return Choice(rule, save_dir / LAST, (last,) if last is not None else ())
        return Choice(rule, None, reason=f"no {LAST} in {save_dir}")
    if rule == "avg5":
        if len(files) < AVERAGE_LAST:
            return Choice(rule, None, tuple(sorted(files)),
                          reason=f"{len(files)} epoch checkpoint{'s' if len(files) != 1 else ''} in "
                          f"{save_dir}, {AVERAGE_LAST} needed (trained with --no-epoch-checkpoints "
                          "or --keep-last-epochs?)")
        epochs = tuple(sorted(files)[-AVERAGE_LAST:])
        return Choice(rule, save_dir / AVERAGED, epochs, tuple(files[e] for e in epochs))
    raise ValueError(f"unknown checkpoint rule {rule!r} (rules: {', '.join(RULES)})")


def choose_all(save_dir: str | Path, rules: Sequence[str] = RULES) -> list[Choice]:
    """Every rule's choice in a save dir, from the train log found there (fairseq_log.find_log)."""
    save_dir = Path(save_dir)
    log_path = find_log(save_dir)
    text = log_path.read_text(encoding="utf-8", errors="replace") if log_path else ""
    log = parse_train_log(text.splitlines()) if log_path else None
    best_metric = recipe_best_metric(text)
    return [choose(rule, save_dir, log, best_metric) for rule in rules]
