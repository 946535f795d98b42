"""What fairseq's trainer never tells a criterion, learned by wrapping two task methods.

fairseq calls `task.begin_epoch(epoch, model)` before every epoch (also when a run resumes
mid-epoch) and `task.train_step(..., update_num, ignore_grad)` for every training forward pass,
with `ignore_grad=True` for the dummy batches that re-feed an earlier batch when a rank runs out of
data. PS-KD needs all three facts: the epoch picks the store generation and alpha, the update count
drives the 'update' schedule, and a dummy batch must never write predictions. Wrapping the methods
of the task instance (not its class) keeps `--task translation` and every other task unchanged.
"""

from __future__ import annotations

import functools
import inspect
from typing import NamedTuple


class StepInfo(NamedTuple):
    num_updates: int
    ignore_grad: bool


def install(task, criterion) -> None:
    """Make `task` report epochs and training steps to `criterion` (idempotent per criterion)."""
    if getattr(task, "_pskd_criterion", None) is criterion:
        return
    task._pskd_criterion = criterion
    begin_epoch = task.begin_epoch
    train_step = task.train_step

    def begin_epoch_hook(epoch, model):
        criterion.begin_epoch(epoch)
        return begin_epoch(epoch, model)

    # follow_wrapped: when another criterion already wrapped this task, bind against the original
    # method's signature, not the wrapper's (*args, **kwargs)
    signature = inspect.signature(train_step, follow_wrapped=True)

    @functools.wraps(train_step)
    def train_step_hook(*args, **kwargs):
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        criterion.step = StepInfo(
            int(bound.arguments["update_num"]), bool(bound.arguments["ignore_grad"])
        )
        try:
            return train_step(*args, **kwargs)
        finally:
            criterion.step = None

    task.begin_epoch = begin_epoch_hook
    task.train_step = train_step_hook
