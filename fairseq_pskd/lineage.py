"""Which committed rows belong to a checkpoint's past: its lineage, recorded in the checkpoint.

A stamp names a commit (session << 32 | commit number). Stamps alone order commits in time, which
is the lineage only while a store has one history. A store restored from a backup, a save
directory copied to branch an experiment, or a store copied while a run wrote it breaks that: the
same session number can then mean two different runs, and a later stamp need not be a later
commit of this checkpoint's past. So every session draws a random nonce, the store records the
nonce of each session that wrote it (store_format.SESSIONS), and a checkpoint records, per session of
its past, the nonce and the last commit it saw. A tag belongs to the checkpoint's past exactly
when its session is in that record with the same nonce on both sides, and its commit is no later.

Checkpoints written before the record existed carry only a stamp: for them every stamp up to it
counts (`Lineage.up_to`), the rule earlier releases applied.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import numpy as np

COMMIT_BITS = 32


@dataclass(frozen=True)
class Segment:
    session: int
    nonce: str
    last_commit: int


@dataclass(frozen=True)
class Lineage:
    """The commits a checkpoint's rows may come from; see the module docstring."""

    segments: tuple[Segment, ...] = ()
    legacy_stamp: int | None = None  # a checkpoint without the record: every stamp up to this

    @classmethod
    def up_to(cls, stamp: int) -> Lineage:
        return cls(legacy_stamp=int(stamp))

    @classmethod
    def from_record(cls, record: list | None, stamp: int) -> Lineage:
        if not record:
            return cls.up_to(stamp)
        return cls(tuple(Segment(int(s), str(n), int(c)) for s, n, c in record))

    def record(self) -> list[list]:
        return [[s.session, s.nonce, s.last_commit] for s in self.segments]

    @property
    def sessions(self) -> dict[int, str]:
        return {s.session: s.nonce for s in self.segments}

    def then(self, session: int, nonce: str) -> Lineage:
        """This lineage continued by a new session (no commit of it yet)."""
        return Lineage((*self.segments, Segment(session, nonce, 0)))

    def committed(self, commit: int) -> Lineage:
        """The last session's commits up to `commit` belong to the lineage."""
        *past, last = self.segments
        return Lineage((*past, Segment(last.session, last.nonce, int(commit))))

    def permits(self, stamps: np.ndarray, store_nonces: dict[int, str]) -> np.ndarray:
        """Which of these commit stamps belong to the lineage, given the nonce the store recorded
        for each session that wrote it."""
        stamps = np.asarray(stamps, dtype=np.int64)
        if self.legacy_stamp is not None:
            return stamps <= self.legacy_stamp
        sessions = stamps >> COMMIT_BITS
        commits = stamps & ((1 << COMMIT_BITS) - 1)
        ok = np.zeros(stamps.shape, bool)
        for seg in self.segments:
            if store_nonces.get(seg.session) == seg.nonce:
                ok |= (sessions == seg.session) & (commits <= seg.last_commit)
        return ok


def new_nonce() -> str:
    return uuid.uuid4().hex[:16]


def session_of(stamp: int) -> int:
    return int(stamp) >> COMMIT_BITS
