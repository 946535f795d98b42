"""What fairseq's trainer never tells a criterion, learned by wrapping a few fairseq methods.

Task methods (wrapped on the task instance, so `--task translation` and every other task stay as
they are):
* `begin_epoch(epoch, model)` before every epoch (also when a run resumes mid-epoch): the epoch
  picks the store generation and alpha;
* `train_step(..., update_num, ignore_grad)` for every training forward pass: the update count
  drives the 'update' schedule, and `ignore_grad` marks the dummy batches that re-feed an earlier
  batch when a rank runs out of data, which must never write predictions;
* the training set's `collater`, so that each batch carries its layout, computed on the host
  (layout.batch_layout) before fairseq moves the batch to the device, and, made in a
  data-loader worker, last epoch's rows for it (loader.py);
* `reduce_metrics(logging_outputs, criterion)`, which every rank calls once per step with the
  outputs fairseq already summed across ranks: a store failure on any rank (`pskd_errors`) is
  raised there on every rank at once.

Checkpoint functions (wrapped when the first PS-KD criterion of the process is built, which
fairseq-train does before it loads a checkpoint; they act only when the trainer's criterion is
PS-KD's, so nothing changes for a process that never builds one):
* `checkpoint_utils.load_checkpoint` (every rank, once, at startup): the store is claimed before
  the checkpoint loads, so a busy or unusable store fails before any work, and the loaded
  checkpoint says whether this run resumes the store's rows or starts afresh;
* `checkpoint_utils.save_checkpoint` (every rank): every rank's rows are committed before the
  checkpoint is written, so a checkpoint never gets ahead of the store;
* that trainer's `save_checkpoint` (wrapped on the instance, when the checkpoint loads; it writes
  on the saving rank): the store's run id and the step go into the checkpoint's extra state.
"""

from __future__ import annotations

import functools
import inspect
from typing import NamedTuple

from .layout import LAYOUT_KEY, batch_layout
from .loader import PRIOR_KEY


class StepInfo(NamedTuple):
    num_updates: int
    ignore_grad: bool


def install(task, criterion) -> None:
    """Make `task` report epochs, training steps and batch layouts to `criterion` (idempotent per
    criterion)."""
    if getattr(task, "_pskd_criterion", None) is criterion:
        return
    task._pskd_criterion = criterion
    begin_epoch = task.begin_epoch
    train_step = task.train_step
    load_dataset = task.load_dataset
    reduce_metrics = task.reduce_metrics

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

    @functools.wraps(load_dataset)
    def load_dataset_hook(split, *args, **kwargs):
        out = load_dataset(split, *args, **kwargs)
        if split == criterion.cfg.train_subset:
            _add_layout(task.datasets[split], criterion)
        return out

    @functools.wraps(reduce_metrics)
    def reduce_metrics_hook(logging_outputs, *args, **kwargs):
        if sum(log.get("pskd_errors", 0) for log in logging_outputs) > 0:
            criterion.pskd_raise_failure()
        return reduce_metrics(logging_outputs, *args, **kwargs)

    task.begin_epoch = begin_epoch_hook
    task.train_step = train_step_hook
    task.load_dataset = load_dataset_hook
    task.reduce_metrics = reduce_metrics_hook
    train = getattr(task, "datasets", {}).get(criterion.cfg.train_subset)
    if train is not None:  # loaded before the criterion was built (tools, tests)
        _add_layout(train, criterion)


def _add_layout(dataset, criterion) -> None:
    """Wrap the dataset's collater (on the instance) to attach each batch's host-side layout and,
    in a data-loader worker, its prior (loader.py)."""
    if getattr(dataset, "_pskd_layout", False):
        return
    collater = dataset.collater
    pad, prefix, priors = criterion.padding_idx, criterion.ignore_prefix_size, criterion.loader

    @functools.wraps(collater)
    def collate_with_layout(samples, *args, **kwargs):
        batch = collater(samples, *args, **kwargs)
        if isinstance(batch, dict) and "target" in batch and batch["target"] is not None:
            layout = batch_layout(batch, pad, prefix)
            batch[LAYOUT_KEY] = layout
            prior = priors.read(layout)
            if prior is not None:
                batch[PRIOR_KEY] = prior
        return batch

    dataset.collater = collate_with_layout
    dataset._pskd_layout = True


def _pskd(trainer):
    criterion = trainer.get_criterion()
    return criterion if hasattr(criterion, "pskd_claim_store") else None


def _save_with_store_state(trainer, criterion) -> None:
    """Wrap this trainer's save_checkpoint (on the instance) to add the store's state."""
    if getattr(trainer, "_pskd_saves_state", False):
        return
    save = trainer.save_checkpoint

    @functools.wraps(save)
    def save_checkpoint(filename, extra_state):
        state = criterion.pskd_checkpoint_state(trainer.get_num_updates())
        return save(filename, {**extra_state, "pskd": state})

    trainer.save_checkpoint = save_checkpoint
    trainer._pskd_saves_state = True


def install_checkpoint_hooks() -> None:
    """Wrap fairseq's checkpoint load and save functions (once per process)."""
    from fairseq import checkpoint_utils

    if getattr(checkpoint_utils.load_checkpoint, "_pskd", False):
        return
    load_checkpoint = checkpoint_utils.load_checkpoint
    save_checkpoint = checkpoint_utils.save_checkpoint

    @functools.wraps(load_checkpoint)
    def load_checkpoint_hook(cfg, trainer, **kwargs):
        criterion = _pskd(trainer)
        if criterion is not None:
            criterion.pskd_claim_store()
            _save_with_store_state(trainer, criterion)
        extra_state, epoch_itr = load_checkpoint(cfg, trainer, **kwargs)
        if criterion is not None:
            criterion.pskd_resume(
                extra_state, epoch_itr.epoch, epoch_itr.iterations_in_epoch, trainer.get_num_updates()
            )
        return extra_state, epoch_itr

    # fairseq keeps the best validation score as an attribute of `save_checkpoint`, always looked
    # up through the module (checkpoint_utils.save_checkpoint.best), so it lives on the wrapper now;
    # the wrapper goes in before fairseq-train's first load or save, so no score is left behind
    @functools.wraps(save_checkpoint)
    def save_checkpoint_hook(cfg, trainer, epoch_itr, val_loss):
        criterion = _pskd(trainer)
        if criterion is not None:
            criterion.pskd_before_checkpoint(
                epoch_itr.epoch, trainer.get_num_updates(), epoch_itr.end_of_epoch()
            )
        return save_checkpoint(cfg, trainer, epoch_itr, val_loss)

    load_checkpoint_hook._pskd = True
    checkpoint_utils.load_checkpoint = load_checkpoint_hook
    checkpoint_utils.save_checkpoint = save_checkpoint_hook
