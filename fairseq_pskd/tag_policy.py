"""Which of a store's tags stay true across an epoch start and a resume: the policy the store's life
in a training job (lifecycle.py) applies at those points, over the tags that store.py maps.

Why a tag per sentence: a row is only used when its tag says it was written in the immediately
preceding epoch; anything else (never written, a resume from a checkpoint further behind, a
sentence filtered out last epoch) falls back to the hard target instead of silently training on a
stale prediction.

A tag is (epoch, stamp): the stamp orders commits (session << 32 | commit number within the
session, store_format.make_stamp; every rank commits at the same points, so all agree on it), and
a checkpoint records the stamp of the commit made just before it. Two rules keep every tag honest:
* tags are written after the rows they vouch for, and synced after them (RowWriter.commit), so
  even a power loss never leaves a tag on a row that is not on disk;
* a tag is removed, and synced, before its row is overwritten: an epoch untags its generation
  before its first write (untag_other_epochs), the exchange untags a row it replaces, and a resume
  keeps only the tags of its checkpoint's past (keep_lineage). A row written after the checkpoint
  (another epoch over the same generation, a re-run of an epoch) is never read as if it were older.
"""

from __future__ import annotations

import hashlib

import numpy as np

from .lineage import Lineage


class EpochTagPolicy:
    """The tag policy, mixed into store.TopKStore: it reads and withdraws tags through the store's
    generation_of, num_generations, epoch_tags, stamp_tags, untag, flush_tags and session_nonces."""

    def untag_other_epochs(self, epoch: int) -> int:
        """Before `epoch` writes its first row: withdraw every tag of its generation that vouches
        for another epoch's row (the epoch three before, or another timeline's), and sync, so no
        tag ever vouches for a row this epoch overwrites. Returns how many were withdrawn."""
        tags = self.epoch_tags(self.generation_of(epoch))
        stale = np.flatnonzero((tags != epoch) & (tags != 0))
        if len(stale):
            self.untag(stale, epoch)
            self.flush_tags(epoch)
        return len(stale)

    def keep_lineage(self, epoch: int, mid_epoch: bool, lineage: Lineage) -> np.ndarray:
        """For a resume at `epoch` from a checkpoint of `lineage` (lineage.py): keep only the tags
        a run from that checkpoint reads or still needs, i.e. epoch - 1's rows and, when the
        checkpoint is inside `epoch`, the rows that epoch committed up to it, each committed in
        the checkpoint's past; withdraw every other tag and sync. A commit outside that past (an
        epoch that ran past the checkpoint over the same generation, a re-run of an epoch,
        another timeline's session) vouches for rows this checkpoint never saw. Returns the stamps
        of the withdrawn tags that were outside the past (older rows no epoch from here reads go
        too, unreported)."""
        keep = {self.generation_of(epoch - 1): epoch - 1}
        if mid_epoch:
            keep[self.generation_of(epoch)] = epoch
        nonces = self.session_nonces()
        outside = []
        for g in range(self.num_generations):
            tags, stamps = self.epoch_tags(g), self.stamp_tags(g)
            tagged = np.flatnonzero(tags != 0)
            permitted = lineage.permits(stamps[tagged], nonces)
            ok = permitted & (tags[tagged] == keep[g]) if g in keep else np.zeros(len(tagged), bool)
            drop = tagged[~ok]
            outside.append(stamps[tagged[~permitted]])
            tags[drop] = 0
            stamps[drop] = 0
        self.flush_tags()
        return np.concatenate(outside)

    def tags_digest(self, epoch: int) -> bytes:
        """A hash of `epoch`'s generation's tags: equal on two stores exactly when they hold the
        same committed rows of that epoch (a row's stamp names the commit that wrote it)."""
        g = self.generation_of(epoch)
        tags, stamps = self.epoch_tags(g), self.stamp_tags(g)
        h = hashlib.blake2b(digest_size=16)
        h.update(np.ascontiguousarray(tags == epoch).tobytes())
        h.update(np.where(tags == epoch, stamps, 0).tobytes())
        return h.digest()
