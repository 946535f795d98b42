"""Data-parallel training with the store: every rank's predictions reach every store directory.

fairseq deals batches to ranks anew each epoch (seed + epoch), so a sentence trained on rank 3 in
epoch t - 1 is usually trained elsewhere in epoch t, and that rank must find its row in its own
store directory. So each training step all-gathers the step's top-k rows of all ranks, and in each
store directory exactly one process (the lowest rank that sees the directory) writes all of them:
one writer per node when nodes have their own disks, one writer in all when every rank points at
one shared directory. No shared filesystem is required, and no row is written twice.

Which ranks share a directory is found, not configured: every rank drops a marker file named with a
run token into its directory, and the ranks whose markers a rank can see are its sharers.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import NamedTuple

import numpy as np
import torch
import torch.distributed as dist


class Rows(NamedTuple):
    """Top-k rows of whole sentences, sentence after sentence (see TopKStore.write)."""

    sentence_ids: np.ndarray  # [S] int64
    lengths: np.ndarray  # [S] int64
    gold: np.ndarray  # [n]
    ids: np.ndarray  # [n, K]
    probs: np.ndarray  # [n, K] float16

    @classmethod
    def empty(cls, k: int, id_dtype) -> "Rows":
        return cls(
            np.zeros(0, np.int64),
            np.zeros(0, np.int64),
            np.zeros(0, id_dtype),
            np.zeros((0, k), id_dtype),
            np.zeros((0, k), np.float16),
        )

    @staticmethod
    def payload_bytes(num_sentences: int, num_tokens: int, k: int) -> int:
        """Bytes one rank contributes to a step's all-gather (int32 words, see RowExchange)."""
        return 4 * (2 * num_sentences + num_tokens * (1 + 2 * k))


class RowExchange:
    """The collectives PS-KD needs; a no-op world of one when torch.distributed is not running."""

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

    @property
    def distributed(self) -> bool:
        return self.world_size > 1

    def barrier(self) -> None:
        if self.distributed:
            # an all-reduce rather than dist.barrier: it honours the data-parallel group on every
            # backend fairseq uses
            self.all_true(True)

    def all_true(self, ok: bool) -> bool:
        """True when `ok` holds on every rank (a collective: every rank must call it)."""
        if not self.distributed:
            return ok
        flag = torch.tensor([1 if ok else 0], dtype=torch.int32, device=self.device)
        dist.all_reduce(flag, op=dist.ReduceOp.MIN, group=self.group)
        return bool(flag.item())

    def is_writer(self, directory: str | os.PathLike) -> bool:
        """Elect one writer among the ranks that see the same directory: its lowest rank."""
        if not self.distributed:
            return True
        from fairseq.distributed import utils as dist_utils

        token = dist_utils.broadcast_object(
            uuid.uuid4().hex if self.rank == 0 else None, src_rank=0, group=self.group
        )
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        marker = directory / f".pskd-member-{token}-{self.rank}"
        marker.touch()
        self.barrier()
        sharers = sorted(int(p.name.rsplit("-", 1)[1]) for p in directory.glob(f".pskd-member-{token}-*"))
        self.barrier()
        marker.unlink()
        return sharers[0] == self.rank

    def gather(self, rows: Rows) -> list[Rows]:
        """Every rank's rows of this step, on every rank (a collective: every rank calls it,
        with empty rows for a dummy batch)."""
        if not self.distributed:
            return [rows]
        k = rows.ids.shape[1]
        id_dtype = rows.ids.dtype
        sizes = torch.tensor([len(rows.lengths), len(rows.gold)], dtype=torch.int64, device=self.device)
        all_sizes = [torch.empty_like(sizes) for _ in range(self.world_size)]
        dist.all_gather(all_sizes, sizes, group=self.group)
        all_sizes = [tuple(int(v) for v in s.tolist()) for s in all_sizes]

        # one int32 word per value: sentence ids (< 2^31), lengths, gold, K ids, K probabilities as
        # float32 bits; a few bytes per token next to a Transformer's gradient all-reduce
        words = np.concatenate(
            [
                rows.sentence_ids.astype(np.int32),
                rows.lengths.astype(np.int32),
                rows.gold.astype(np.int32),
                rows.ids.astype(np.int32).ravel(),
                rows.probs.astype(np.float32).view(np.int32).ravel(),
            ]
        )
        longest = max(2 * s + n * (1 + 2 * k) for s, n in all_sizes)
        mine = torch.zeros(longest, dtype=torch.int32, device=self.device)
        mine[: len(words)] = torch.from_numpy(words).to(self.device)
        everyone = [torch.empty_like(mine) for _ in range(self.world_size)]
        dist.all_gather(everyone, mine, group=self.group)

        out = []
        for (s, n), buf in zip(all_sizes, everyone):
            w = buf.cpu().numpy()
            cuts = np.cumsum([s, s, n, n * k, n * k])
            sent, lengths, gold, ids, probs = np.split(w[: cuts[-1]], cuts[:-1])
            out.append(
                Rows(
                    sent.astype(np.int64),
                    lengths.astype(np.int64),
                    gold.astype(id_dtype),
                    ids.reshape(n, k).astype(id_dtype),
                    probs.view(np.float32).reshape(n, k).astype(np.float16),
                )
            )
        return out
