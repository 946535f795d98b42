"""The prior read where the batch is made: in fairseq's data-loader workers (`--num-workers` >= 1,
separate processes), so the training process makes no store read and its GIL stays free.

Why it cannot give a wrong target. A worker reads last epoch's rows only for the epoch the gate
names, and the gate names epoch t only between the end of the training process's `begin_epoch(t)`
(every rank's rows of epoch t - 1 committed, tagged and exchanged between machines) and the start
of `begin_epoch(t + 1)`. Each shipped prior carries the epoch it was read for, and the criterion
uses it only in that epoch; any other batch (collated before its epoch's boundary, for instance
with `--data-buffer-size 0`, a dummy batch fairseq kept from an earlier epoch, a batch collated by
the training process itself) falls back to the reader thread, which reads the same rows. So every
path fairseq has (a checkpoint at the end of the epoch, `--save-interval` > 1, `--no-save`, a
mid-epoch resume, `--fix-batches-to-gpus`) gets the rows it would get from the thread reader, and
only the place of the read differs. The rows read for epoch t (generation (t - 1) % 3) are not
written again before epoch t + 2, so a read is never torn.

Workers are forked from the training process (fairseq's DataLoader uses the platform's default
start method, fork on Linux) after the store opened; under spawn they open it again, read-only.
A read that fails in a worker is shipped as a message, never raised there: the criterion reports
it like any store failure, so every rank stops together.

The prior travels as a `ShippedPrior`, not a dict or tuple: fairseq's `utils.apply_to_sample`
descends into dicts, lists and tuples only, and with `--fp16` or `--memory-efficient-fp16` the
trainer casts every float32 tensor it finds there to half, which would round the loss's
coefficients and overflow the sums the metrics are made of. Left alone by fairseq, the prior stays
float32 and on the host; torch's pin-memory thread still pins it (it calls `pin_memory()` on any
object that has one), and the criterion copies it to the device without blocking.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import torch

from .layout import BatchLayout
from .store import TopKStore
from .store_format import StoreSpec
from .targets import RefinedTargets, Refiner

PRIOR_KEY = "pskd_prior"


class ShippedPrior:
    """A batch's refined targets as a data-loader worker read them for `epoch` (None where no
    token of the batch has a row), or the `error` the read raised."""

    __slots__ = ("epoch", "targets", "error")

    def __init__(self, epoch: int, targets: RefinedTargets | None = None, error: str | None = None):
        self.epoch = epoch
        self.targets = targets
        self.error = error

    def pin_memory(self) -> ShippedPrior:
        """Called by torch's pin-memory thread, so that the copy to the device need not block."""
        targets = None if self.targets is None else self.targets.pin_memory()
        return ShippedPrior(self.epoch, targets, self.error)


class EpochGate:
    """The epoch whose prior workers may read (0: none), in memory shared with forked workers."""

    def __init__(self):
        # a RawValue: shared with the worker processes, no lock (one writer, one aligned int64)
        self._value = multiprocessing.RawValue("q", 0)

    @property
    def epoch(self) -> int:
        return int(self._value.value)

    def open(self, epoch: int) -> None:
        self._value.value = int(epoch)

    def close(self) -> None:
        self._value.value = 0


class LoaderPriors:
    """Reads a batch's prior inside a data-loader worker, refines it (targets.py) and ships it
    with the batch.

    `attach(store)` (the training process, once the store is open) and the gate decide whether
    workers read; in the training process itself `read` does nothing (the reader thread does
    that work there, overlapped with the forward, as with `--num-workers 0`)."""

    def __init__(self, refiner: Refiner):
        self.refiner = refiner
        self.gate = EpochGate()
        self.enabled = False
        self._store: TopKStore | None = None
        self._where: tuple[type[TopKStore], Path, StoreSpec] | None = None

    def attach(self, store: TopKStore, enabled: bool) -> None:
        self._store = store
        self._where = (type(store), store.directory, store.spec)
        self.enabled = enabled

    def __getstate__(self) -> dict:
        # a spawned worker maps the store again (read-only) rather than receiving its arrays
        state = dict(self.__dict__)
        state["_store"] = None
        return state

    def _opened(self) -> TopKStore | None:
        if self._store is None and self._where is not None:
            cls, directory, spec = self._where
            self._store = cls(directory, spec, writable=False)
        return self._store

    def read(self, layout: BatchLayout) -> ShippedPrior | None:
        """What a batch being collated ships for the criterion; None where this process does not
        read."""
        if not self.enabled or torch.utils.data.get_worker_info() is None:
            return None
        epoch = self.gate.epoch
        if epoch == 0 or self._opened().source(epoch) is None:  # closed, or nothing to read yet
            return None
        try:
            return ShippedPrior(epoch, self.refiner.read(self._opened(), layout, epoch))
        except Exception as e:  # shipped, raised by the criterion on every rank at once
            return ShippedPrior(epoch, error=f"{type(e).__name__}: {e}")
