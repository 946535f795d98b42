"""A batch's layout: where its non-pad target tokens are, computed once on the host in fairseq's
collater (hooks.py), and what the store and the refined targets address them by."""

from __future__ import annotations

import numpy as np
import torch

LAYOUT_KEY = "pskd_layout"  # the sample key the wrapped collater puts it under


class BatchLayout:
    """Where a collated batch's non-pad target tokens are, computed on the host: the tokens the
    loss sees, after the first `prefix` positions (--ignore-prefix-size).

    flat: positions in the flattened [B * (T - prefix)] target, a tensor the criterion moves to the
    loss's device (`to`); flat_host, target (flattened), sentence_ids, lengths, gold: numpy, for
    the store and the refined targets, always on the host. fairseq's sample preparation (the device
    move, the half-precision cast) does not enter this object; torch's pin-memory thread pins it
    (`pin_memory`), so that the move does not block."""

    __slots__ = ("flat", "flat_host", "target", "sentence_ids", "lengths", "gold")

    def __init__(self, flat: torch.Tensor, flat_host: np.ndarray, target: np.ndarray,
                 sentence_ids: np.ndarray, lengths: np.ndarray, gold: np.ndarray):
        self.flat = flat
        self.flat_host = flat_host
        self.target = target
        self.sentence_ids = sentence_ids
        self.lengths = lengths
        self.gold = gold

    @property
    def device(self) -> torch.device:
        return self.flat.device

    def to(self, device: torch.device) -> BatchLayout:
        """This layout with `flat` on `device` (itself when it is there already)."""
        if self.flat.device == torch.device(device):
            return self
        return self._with_flat(self.flat.to(device, non_blocking=True))

    def pin_memory(self) -> BatchLayout:
        """Called by torch's pin-memory thread."""
        return self._with_flat(self.flat.pin_memory())

    def _with_flat(self, flat: torch.Tensor) -> BatchLayout:
        return BatchLayout(flat, self.flat_host, self.target, self.sentence_ids, self.lengths, self.gold)


def batch_layout(sample: dict, pad: int, prefix: int = 0) -> BatchLayout:
    """The BatchLayout of a collated batch whose tensors are on the host."""
    target = sample["target"][:, prefix:]
    mask = target.ne(pad)
    flat = mask.reshape(-1).nonzero().squeeze(1)
    return BatchLayout(
        flat,
        # copies, not views: a worker moves the batch's tensors into shared memory, which frees
        # the buffers a view would point into
        flat.numpy().copy(),
        target.reshape(-1).numpy().copy(),
        sample["id"].numpy().astype(np.int64),
        mask.sum(1).numpy().astype(np.int64),
        target.reshape(-1)[flat].numpy(),
    )
