"""Data-parallel training with the store: no collective per step, one exchange per epoch.

Each rank writes the rows of the sentences it trained, and only those, into its store directory.
Ranks of one node that point at one directory share the store's files (MAP_SHARED memory maps): a
sentence is trained by one rank per epoch, so their writes never overlap, and every rank's rows
are in the node's store when the epoch ends. So within a node nothing is sent at all, and the work
per rank stays flat as the number of GPUs grows.

Nodes with their own disks (one directory group per node) swap the rows written in an epoch once,
at the epoch boundary, in chunked all_gathers between the i-th ranks of every directory (each
handles the sentences with id % ranks_per_node == i, so a node's ranks share the work); every node
then starts the next epoch with the complete generation. Bytes per node and epoch: about the
generation's size x (nodes - 1) / nodes. With fairseq's --fix-batches-to-gpus on a dataset that
supports prefetching a sentence stays on its rank, and the exchange is skipped once a process has
trained a whole epoch (fairseq ignores the flag for other datasets, and so does lifecycle.py).

Which ranks share a directory is decided from an all_gather of (machine, device and inode of the
directory), never from listing files (directory listings are cached on network filesystems) nor
from host names (containers on several machines often share one). The machine is the kernel's
boot id (machine.py): ranks of one machine that see one directory share it, whatever their
containers are called. One directory seen by several machines (a shared network filesystem) is
refused at startup (lifecycle.py, through the lock): memory-mapped writes from two machines into
one file are not coherent there.

The exchange keeps the store's tag rules (tag_policy.py): received rows are written where they win (the
sentence has no committed row of that epoch here, or the received one carries a later stamp),
after the local tag they replace is withdrawn and synced; all received rows are synced before any
of their tags is written. Directories whose tags for the epoch are equal hold the same rows, so a
restart after an exchange exchanges nothing.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.distributed as dist

from .machine import host_name, machine_id
from .store import TopKStore
from .store_format import StoreError

logger = logging.getLogger(__name__)

CHUNK_BYTES = 64 << 20  # per all_gather round of the epoch exchange


@dataclass(frozen=True)
class DirectoryIdentity:
    machine: str
    host: str  # for messages only
    path: str
    device: int
    inode: int

    @classmethod
    def of(cls, directory: str | os.PathLike) -> DirectoryIdentity:
        path = Path(directory).resolve()
        st = path.stat()
        return cls(machine_id(), host_name(), str(path), st.st_dev, st.st_ino)

    @property
    def key(self) -> tuple:
        """Ranks with one key share one directory through one kernel's page cache."""
        return (self.machine, self.device, self.inode)


def group_ranks(identities: list[DirectoryIdentity]) -> list[list[int]]:
    """Ranks grouped by the directory they share on their machine, ordered by leader rank."""
    groups: dict[tuple, list[int]] = {}
    for rank, ident in enumerate(identities):
        groups.setdefault(ident.key, []).append(rank)
    return sorted(groups.values())


class Collectives:
    """The few collectives PS-KD makes, over fairseq's data-parallel group, with a byte count;
    a world of one when torch.distributed is not running."""

    def __init__(self):
        self.world_size, self.rank, self.group = 1, 0, None
        if dist.is_available() and dist.is_initialized():
            from fairseq.distributed import utils as dist_utils

            self.group = dist_utils.get_data_parallel_group()
            self.world_size = dist_utils.get_data_parallel_world_size()
            self.rank = dist_utils.get_data_parallel_rank()
        self.device = torch.device("cpu")
        if self.world_size > 1 and dist.get_backend(self.group) == "nccl":
            self.device = torch.device("cuda", torch.cuda.current_device())
        self.bytes_received = 0

    @property
    def distributed(self) -> bool:
        return self.world_size > 1

    def all_gather_object(self, obj, group=None, size: int | None = None) -> list:
        if not self.distributed:
            return [obj]
        out = [None] * (size or self.world_size)
        dist.all_gather_object(out, obj, group=group or self.group)
        return out

    def all_gather_bytes(self, payload: np.ndarray, group, size: int) -> list[np.ndarray]:
        """Every member's uint8 payload (of any length), on every member of `group`."""
        n = torch.tensor([payload.size], dtype=torch.int64, device=self.device)
        sizes = [torch.empty_like(n) for _ in range(size)]
        dist.all_gather(sizes, n, group=group)
        sizes = [int(s.item()) for s in sizes]
        longest = max(sizes)
        if longest == 0:
            return [payload[:0] for _ in sizes]
        mine = torch.zeros(longest, dtype=torch.uint8, device=self.device)
        mine[: payload.size] = torch.from_numpy(payload).to(self.device)
        everyone = [torch.empty_like(mine) for _ in range(size)]
        dist.all_gather(everyone, mine, group=group)
        self.bytes_received += longest * (size - 1)
        return [buf[:s].cpu().numpy() for buf, s in zip(everyone, sizes)]


class StoreGroups:
    """The ranks that share this rank's store directory, and the other directories of the job."""

    def __init__(self, comm: Collectives, directory: str | os.PathLike):
        self.comm = comm
        self.groups = group_ranks(comm.all_gather_object(DirectoryIdentity.of(directory)))
        self.members = next(g for g in self.groups if comm.rank in g)
        self.leader = self.members[0]
        self.index = self.groups.index(self.members)
        # the epoch exchange runs in columns: the i-th rank of every directory swaps the rows of
        # the sentences with id % columns == i, so all ranks of a node share the work
        self.columns = min(len(g) for g in self.groups)
        self.local_index = self.members.index(comm.rank)
        self.column_group = None
        if len(self.groups) > 1:
            for i in range(self.columns):
                # every rank must take part in creating each group, members or not
                group = dist.new_group([g[i] for g in self.groups])
                if i == self.local_index:
                    self.column_group = group

    @property
    def is_leader(self) -> bool:
        return self.comm.rank == self.leader

    @property
    def exchanges(self) -> bool:
        """Whether this rank takes part in the epoch exchange."""
        return self.column_group is not None

    def describe(self) -> str:
        return (
            f"{len(self.groups)} store director{'y' if len(self.groups) == 1 else 'ies'} "
            f"({', '.join(str(len(g)) for g in self.groups)} ranks each)"
        )


def _chunk_payloads(store: TopKStore, epoch: int, sentence_ids: np.ndarray):
    """This directory's rows of `epoch` for `sentence_ids`, as byte payloads of at most about
    CHUNK_BYTES each: int64 [s, n], sentence ids, stamps, gold ids, id rows, prob rows."""
    spec = store.spec
    per_token = spec.id_dtype.itemsize * (1 + spec.k) + 2 * spec.k
    lengths = store.lengths_of(sentence_ids)
    stamps = store.stamp_tags(store.generation_of(epoch))
    cum = np.cumsum(lengths * per_token + 16)
    start = 0
    while start < len(sentence_ids):
        base = cum[start - 1] if start else 0
        stop = max(start + 1, int(np.searchsorted(cum, base + CHUNK_BYTES, side="right")))
        sent = sentence_ids[start:stop]
        gold, ids, probs = store.rows_of(sent, epoch)
        parts = [
            np.array([len(sent), len(gold)], np.int64),
            sent.astype(np.int64),
            stamps[sent].astype(np.int64),
            gold,
            ids,
            probs,
        ]
        yield np.concatenate([np.ascontiguousarray(p).view(np.uint8).ravel() for p in parts])
        start = stop


def _apply_payload(store: TopKStore, epoch: int, payload: np.ndarray, written: np.ndarray) -> int:
    """Write another directory's rows where they win over what this directory holds: no committed
    row of `epoch`, or one with an earlier stamp (a row written again after a resume). Every
    directory applies the same rule to the same rows, so every one ends with the same bytes.
    `written` holds the stamp of each row this exchange has written here (tagged at its end)."""
    s, n = (int(v) for v in payload[:16].view(np.int64))
    spec = store.spec
    pos = 16

    def take(dtype, count):
        nonlocal pos
        nbytes = np.dtype(dtype).itemsize * count
        out = payload[pos : pos + nbytes].view(dtype)
        pos += nbytes
        return out

    sent = take(np.int64, s)
    stamps = take(np.int64, s)
    gold = take(spec.id_dtype, n)
    ids = take(np.dtype((np.void, spec.id_dtype.itemsize * spec.k)), n)
    probs = take(np.dtype((np.void, 2 * spec.k)), n)
    g = store.generation_of(epoch)
    local_epochs = store.epoch_tags(g)[sent]
    tagged = local_epochs == epoch
    held = np.maximum(np.where(tagged, store.stamp_tags(g)[sent], 0), written[sent])
    win = stamps > held
    if not win.any():
        return 0
    replaced = win & (local_epochs != 0)
    if replaced.any():  # no tag, of this epoch or any, may vouch for a row while it is rewritten
        store.untag(sent[replaced], epoch)
        store.flush_tags(epoch)
    lengths = store.lengths_of(sent)
    token_win = np.repeat(win, lengths)
    store.write_raw(sent[win], gold[token_win], ids[token_win], probs[token_win], epoch)
    written[sent[win]] = stamps[win]
    return int(win.sum())


def exchange_epoch(
    comm: Collectives, groups: StoreGroups, store: TopKStore, epoch: int
) -> tuple[int, int, BaseException | None]:
    """Give every directory the rows of `epoch` that the other directories hold, this rank's
    column of them (the caller agrees on the error afterwards, which is also the barrier).
    Returns (rows applied, bytes received, this rank's failure). A rank that fails keeps taking
    part in every round, so no other rank waits for it in a collective."""
    if not groups.exchanges:
        return 0, 0, None
    n = len(groups.groups)
    error: BaseException | None = None
    chunks: list[np.ndarray] = []
    written = np.zeros(0, np.int64)
    try:
        tags = store.epoch_tags(store.generation_of(epoch))
        mine = np.flatnonzero(tags == epoch)
        mine = mine[mine % groups.columns == groups.local_index]
        chunks = list(_chunk_payloads(store, epoch, mine))
        written = np.zeros(store.spec.num_sentences, np.int64)
    except Exception as e:
        error, chunks = e, []
    rounds = max(comm.all_gather_object(len(chunks), group=groups.column_group, size=n))
    before = comm.bytes_received
    applied = 0
    for r in range(rounds):
        payload = chunks[r] if r < len(chunks) else np.zeros(0, np.uint8)
        received = comm.all_gather_bytes(payload, groups.column_group, n)
        if error is not None:
            continue
        try:
            for index, got in enumerate(received):
                if index != groups.index and got.size:
                    applied += _apply_payload(store, epoch, got, written)
        except Exception as e:
            error = e
    if error is None:
        try:
            # rows first, then their tags: a tag on disk always vouches for a row on disk
            store.flush_rows(epoch)
            done = np.flatnonzero(written)
            store.tag(done, epoch, written[done])
            store.flush_tags(epoch)
        except Exception as e:
            error = e
    return applied, comm.bytes_received - before, error


def check_same_store(comm: Collectives, spec_key: tuple) -> None:
    """Every rank must build the store for the same data, dictionary and K."""
    keys = comm.all_gather_object(spec_key)
    if any(k != keys[0] for k in keys):
        bad = next(r for r, k in enumerate(keys) if k != keys[0])
        raise StoreError(
            f"ranks 0 and {bad} see different training data, dictionaries or --pskd-topk: every "
            f"rank must train on the same data-bin with the same flags"
        )


def timed(fn, *args):
    start = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - start
