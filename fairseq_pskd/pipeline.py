"""Store I/O off the training thread: a batch layout made with the batch, a prior read while the
forward runs, and rows written behind the step.

On a GPU every `.cpu()`, `.item()`, `nonzero` or pageable copy inside `forward()` waits for the
device, and host work between the forward and the backward leaves it idle. So:

* `batch_layout` runs in fairseq's collater (its data-loading thread or worker), on host tensors:
  sentence ids, target lengths, gold ids and the flat positions of the non-pad targets. fairseq
  moves the positions to the device with the rest of the batch.
* `PriorReader` reads last epoch's rows on a background thread, submitted at the start of
  `forward()`, turns them into the loss's coefficients (targets.py) and stages those in pinned
  memory for a non-blocking copy; the training thread only enqueues device work. With
  `--num-workers` >= 1 the data loader's workers do the same before the batch arrives (loader.py),
  and this thread reads only the batches they could not.
* `RowWriter` takes the step's top-k on the device, copies it into pinned memory without blocking,
  and hands it to a writer thread through a queue bounded in bytes (a slow disk slows training down
  rather than filling memory); on CPU the writer thread takes the top-k itself. The thread waits
  for the copy, writes the rows, and remembers which sentences it wrote; `commit()` syncs the
  rows, then tags them, then syncs the tags. Tags are only committed at checkpoints and epoch
  boundaries, so a tag on disk always vouches for rows on disk.
"""

from __future__ import annotations

import queue
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import NamedTuple

import numpy as np
import torch

from .layout import BatchLayout
from .store import TopKStore
from .store_format import StoreError, token_sentences
from .targets import RefinedTargets, Refiner


def use_device(device: torch.device) -> None:
    """Make `device` this thread's current CUDA device (nothing on CPU). A new thread starts on
    device 0: its first CUDA call there would create a context on GPU 0 in every rank (about
    500 MB each), as fairseq's own background thread avoids by the same call."""
    if device.type == "cuda":
        torch.cuda.set_device(device)


def is_oom(error: BaseException) -> bool:
    """A device out-of-memory error, recognized as fairseq's trainer recognizes one."""
    return isinstance(error, RuntimeError) and "out of memory" in str(error)


def staged(targets: RefinedTargets, device: torch.device) -> RefinedTargets:
    """Host tensors on `device`: through pinned memory and non-blocking copies on a GPU (the
    caching host allocator keeps each pinned block until its copy is done; tensors torch's
    pin-memory thread already pinned are not copied again)."""
    if device.type == "cuda":
        return targets.pin_memory().to(device, non_blocking=True)
    return targets


class PriorReader:
    """Reads a batch's prior on a background thread while the training thread runs the forward,
    and turns it into the loss's coefficients there (targets.py): a few hundred kB per step over
    PCIe, copied asynchronously, instead of kernels launched from the training thread."""

    def __init__(self, store: TopKStore, refiner: Refiner):
        self.store = store
        self.refiner = refiner
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="pskd-read")
        self.failure: BaseException | None = None  # as RowWriter.failure

    def submit(self, layout: BatchLayout, epoch: int) -> Future | None:
        """Start reading the batch's prior for the device its layout is on (the model's)."""
        if self.store.source(epoch) is None:  # epoch 1 of PS-KD: no last epoch yet
            return None
        return self._pool.submit(self._read, layout, epoch, layout.device)

    def _read(self, layout: BatchLayout, epoch: int, device: torch.device) -> RefinedTargets | None:
        use_device(device)
        targets = self.refiner.read(self.store, layout, epoch)
        return None if targets is None else staged(targets, device)

    def result(self, future: Future | None) -> RefinedTargets | None:
        """The refined targets on the device: waits for the read (not for the device). A failed
        read gives none and is kept in `failure` (raised on every rank at the end of the step,
        never alone in the middle of it). A device out-of-memory error is raised here, on the
        training thread, where fairseq's trainer recovers from it as from an OOM in the forward."""
        if future is None:
            return None
        try:
            return future.result()
        except Exception as e:
            if is_oom(e):
                raise
            self.report(e)
            return None

    def report(self, error: BaseException) -> None:
        """Keep a failed read (the first one) for `failure`."""
        self.failure = self.failure or error

    def close(self) -> None:
        self._pool.shutdown(wait=True)


class _Batch(NamedTuple):
    device: torch.device  # where the predictions were made
    ready: torch.cuda.Event | None
    layout: BatchLayout
    ids: torch.Tensor | None  # [n, K] int64 host (pinned on a GPU); None when K = V or `whole`
    log_probs: torch.Tensor  # [n, K] host; the step's [B * T, V] when `whole`
    epoch: int
    whole: bool = False  # the writer thread takes the top-k (CPU, see RowWriter.put)

    @property
    def nbytes(self) -> int:
        return (0 if self.ids is None else self.ids.nbytes) + self.log_probs.nbytes


class RowWriter:
    """Writes each step's top-k rows on a background thread; see the module docstring.

    The queue is bounded in bytes of pinned host memory, not in batches: at K = V one batch is
    [n, V] floats (half a gigabyte at 4k tokens and V = 32k), at K = 8 it is a few hundred kB. One
    batch is always admitted, however large.

    A failure on the writer thread never raises on the training thread in the middle of a step
    (the other ranks would wait for this one in their next collective): `failure` reports it, the
    criterion puts it into the step's logging output, which fairseq sums across ranks, and every
    rank raises together (lifecycle.StoreRun.raise_failure). `commit()` raises it."""

    def __init__(self, store: TopKStore, max_pending_bytes: int = 256 << 20):
        self.store = store
        self.max_pending_bytes = max_pending_bytes
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._room = threading.Condition()
        self._pending = 0  # bytes queued or being written
        self._error: BaseException | None = None
        self._written: dict[int, list[np.ndarray]] = {}  # epoch -> sentence ids not yet tagged
        # sentences whose committed row of the running epoch was withdrawn to be written again
        self.rewritten = 0
        self._thread = threading.Thread(target=self._run, name="pskd-write", daemon=True)
        self._thread.start()

    @property
    def failure(self) -> BaseException | None:
        return self._error

    @torch.no_grad()
    def put(self, layout: BatchLayout, lprobs: torch.Tensor, epoch: int) -> None:
        """Queue this step's predictions (log-probs [B * T, V]) for the batch's non-pad tokens.

        On a GPU the top-k is one kernel, enqueued here. On CPU it is compute that label smoothing
        does not have (7 ms for [300, 10k] on one thread: a tenth of a small step), so the writer
        thread takes it, with the GIL released while torch runs it, whenever the predictions fit
        in the queue's byte bound: keeping them past the step costs their memory, and the bound
        is what caps it."""
        if self._error is not None:
            return
        if lprobs.device.type == "cpu" and lprobs.nbytes <= self.max_pending_bytes:
            self._enqueue(_Batch(lprobs.device, None, layout, None, lprobs.detach(), epoch, whole=True))
        else:
            self.put_topk(layout, *device_topk(lprobs, layout.flat, self.store.spec.k), epoch)

    @torch.no_grad()
    def put_topk(
        self, layout: BatchLayout, top_lp: torch.Tensor, top_ids: torch.Tensor | None, epoch: int
    ) -> None:
        """Queue top-k log-probs and ids ([n, K], on the device) of the batch's n non-pad tokens.

        The training thread only enqueues their copy to the host; exp, float16 and the id dtype are
        the writer thread's work. Waits while the queue holds too many bytes (a slow disk slows
        training down rather than filling memory); does nothing once the writer has failed."""
        if self._error is not None:
            return
        on_gpu = top_lp.device.type == "cuda"
        log_probs = _to_host(top_lp, on_gpu)
        ids = None if top_ids is None else _to_host(top_ids, on_gpu)
        ready = None
        if on_gpu:
            # blocking: the writer thread sleeps in synchronize() instead of spinning a core
            ready = torch.cuda.Event(blocking=True)
            ready.record()
        self._enqueue(_Batch(top_lp.device, ready, layout, ids, log_probs, epoch))

    def _enqueue(self, batch: _Batch) -> None:
        with self._room:
            self._room.wait_for(
                lambda: self._pending == 0 or self._pending + batch.nbytes <= self.max_pending_bytes
            )
            self._pending += batch.nbytes
        self._queue.put(batch)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            try:
                if self._error is None:
                    self._write(item)
            except BaseException as e:  # reported by `failure`, raised by commit()
                self._error = e
            finally:
                with self._room:
                    self._pending -= item.nbytes
                    self._room.notify_all()

    def _write(self, b: _Batch) -> None:
        if b.ready is not None:
            use_device(b.device)
            b.ready.synchronize()
        spec = self.store.spec
        top_lp, top_ids = b.log_probs, b.ids
        if b.whole:
            top_lp, top_ids = device_topk(b.log_probs, b.layout.flat, spec.k)
        probs = np.exp(top_lp.float().numpy()).astype(np.float16)
        n = probs.shape[0]
        if top_ids is None:
            ids = np.broadcast_to(np.arange(spec.k, dtype=spec.id_dtype), (n, spec.k))
        else:
            ids = top_ids.numpy().astype(spec.id_dtype)
        sent, lengths, gold = b.layout.sentence_ids, b.layout.lengths, b.layout.gold
        # an fp16 overflow can make a step's predictions non-finite; such sentences keep no row
        # and train on the hard target next epoch, rather than on garbage
        finite = np.isfinite(probs).all(-1)
        if not finite.all():
            owner = token_sentences(lengths)
            good = np.ones(len(lengths), bool)
            good[owner[~finite]] = False
            keep = good[owner]
            sent, lengths, gold, ids, probs = sent[good], lengths[good], gold[keep], ids[keep], probs[keep]
        withdrawn = self.store.write_rows(sent, lengths, gold.astype(spec.id_dtype), ids, probs, b.epoch)
        with self._room:
            self._written.setdefault(b.epoch, []).append(sent)
            self.rewritten += withdrawn

    def drain(self) -> None:
        """Wait until every queued batch is written; raise the writer's failure, if any."""
        with self._room:
            self._room.wait_for(lambda: self._pending == 0)
        if self._error is not None:
            raise StoreError(f"the PS-KD store writer failed: {self._error}") from self._error

    def commit(self, stamp: int) -> int:
        """Drain, sync the rows, tag them with `stamp`, sync the tags: afterwards every row written
        so far is usable and durable. Returns the number of sentences tagged."""
        self.drain()
        with self._room:
            written, self._written = self._written, {}
        tagged = 0
        for epoch, parts in sorted(written.items()):
            sent = np.concatenate(parts)
            self.store.flush_rows(epoch)
            self.store.tag(sent, epoch, stamp)
            self.store.flush_tags(epoch)
            tagged += len(sent)
        return tagged

    def close(self, timeout: float = 60.0) -> None:
        """Stop the thread once the queue is written (rows stay untagged until a commit)."""
        self._queue.put(None)
        self._thread.join(timeout)


@torch.no_grad()
def device_topk(
    lprobs: torch.Tensor, flat: torch.Tensor, k: int
) -> tuple[torch.Tensor, torch.Tensor | None]:
    """Top-k log-probs and ids of the rows `flat` of lprobs [B * T, V]; K = V keeps the whole
    distribution, with no top-k and no ids (they are the vocabulary).

    The top-k runs over every row, padding included, and the non-pad rows are selected after it.
    Selecting them first would copy n x V log-probs: 1.6 GB more memory at 25k tokens and a 32k
    vocabulary in float16, and on CPU the copy costs more than the top-k it saves
    (benchmarks/bench_topk.py)."""
    lprobs = lprobs.detach()
    if k >= lprobs.size(-1):
        return lprobs.index_select(0, flat), None
    top_lp, top_ids = lprobs.topk(k, dim=-1, sorted=False)
    return top_lp.index_select(0, flat), top_ids.index_select(0, flat)


def _to_host(t: torch.Tensor, on_gpu: bool) -> torch.Tensor:
    """A non-blocking device-to-host copy into pinned memory on a GPU; the tensor itself on CPU."""
    if not on_gpu:
        return t.contiguous()
    host = torch.empty(t.shape, dtype=t.dtype, pin_memory=True)
    host.copy_(t, non_blocking=True)
    return host

