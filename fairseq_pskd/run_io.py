"""What a training step asks of a run (StoreRun, TeacherRun): last epoch's targets for a batch, and
a record of the predictions it made. The run decides where a batch's targets come from (refined
by a data-loader worker and shipped with the batch, or read on the reader thread while the forward
runs) and keeps a failure on either path for the end of the step, where every rank raises it
together (hooks.py); the criterion sees targets or none."""

from __future__ import annotations

import logging
from concurrent.futures import Future
from typing import NamedTuple

import torch

from .layout import BatchLayout
from .loader import ShippedPrior
from .pipeline import PriorReader, RowWriter, staged
from .store_format import StoreError
from .targets import RefinedTargets

logger = logging.getLogger(__name__)


class PriorRequest(NamedTuple):
    """Asked before the forward, answered after it: a read in flight, or targets already here."""

    read: Future | None
    targets: RefinedTargets | None


class RunIO:
    reader: PriorReader | None = None
    writer: RowWriter | None = None
    _reads: dict[str, int] | None = None

    def ask_prior(self, layout: BatchLayout, epoch: int, shipped: ShippedPrior | None,
                  device: torch.device) -> PriorRequest:
        """Start getting the batch's targets for `epoch` on `device`: the ones a worker shipped
        for this epoch (copied without blocking), else a read on the reader thread."""
        reads = self._read_counts()
        if shipped is not None and shipped.epoch == epoch:
            reads["loader"] += 1
            if shipped.error is not None:
                # as a failed read on the reader thread: every rank raises at the end of this step
                self.reader.report(StoreError(f"in a data-loader worker: {shipped.error}"))
                return PriorRequest(None, None)
            targets = None if shipped.targets is None else staged(shipped.targets, device)
            return PriorRequest(None, targets)
        read = self.reader.submit(layout, epoch)
        reads["thread"] += read is not None
        return PriorRequest(read, None)

    def prior(self, request: PriorRequest | None) -> RefinedTargets | None:
        """The targets asked for, on the device; none where the batch has none or a read failed
        (kept for the end of the step). A device out-of-memory error is raised here."""
        if request is None:
            return None
        if request.read is not None:
            return self.reader.result(request.read)
        return request.targets

    def record(self, layout: BatchLayout, lprobs: torch.Tensor, epoch: int) -> None:
        """Keep the batch's predictions for the next epoch (written behind); a run that only
        reads (a stored teacher) keeps nothing."""
        if self.writer is not None:
            self.writer.put(layout, lprobs, epoch)

    def log_prior_reads(self, epoch: int | None) -> None:
        """Say where the last epoch's batches got their targets, and start counting afresh."""
        reads = self._read_counts()
        loader, thread = reads["loader"], reads["thread"]
        if loader + thread:
            logger.info(
                "PS-KD epoch %s: the prior of %d of %d batches was read by the data loader's "
                "workers, %d on the training process", epoch, loader, loader + thread, thread,
            )
        self._reads = {"loader": 0, "thread": 0}

    @property
    def prior_reads(self) -> dict[str, int]:
        """Where this epoch's batches got their targets so far: {'loader': n, 'thread': m}."""
        return self._read_counts()

    def _read_counts(self) -> dict[str, int]:
        if self._reads is None:
            self._reads = {"loader": 0, "thread": 0}
        return self._reads
