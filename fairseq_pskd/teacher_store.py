"""A trained teacher's top-k, filled once by `pskd-store fill` (pskd_tools/data/teacher_fill.py)
and read in every epoch of a student run (--pskd-teacher-store): the store's row I/O (store.py) over
one generation, with no epoch rotation.

A sentence's tag is FILLED once its rows are synced; the index header's run id names the teacher
(a hash of its checkpoints and K), so a resumed fill or a resumed student can tell another
teacher's rows. Students open it read-only: several runs may share one teacher store.
"""

from __future__ import annotations

import json
import os

import numpy as np

from .fileio import write_json_atomic
from .store import TopKStore
from .store_format import TEACHER_META, TEACHER_STORE, StoreKind, kind_of


class TeacherStore(TopKStore):
    """The teacher's rows in teacher.pskd; see the module docstring."""

    kind: StoreKind = TEACHER_STORE
    FILLED = 1
    STAMP = 1  # one constant stamp: a resumed fill writes the same bytes as an uninterrupted one

    @staticmethod
    def generation_of(epoch: int) -> int:
        return 0

    def source(self, epoch: int) -> tuple[int, int]:
        return 0, self.FILLED

    def placed(self, generation: int, tags: np.ndarray) -> np.ndarray:
        return tags == self.FILLED

    def read_meta(self) -> dict:
        """teacher.json: the teacher's checkpoints, K, the fill's progress and whether it is complete."""
        try:
            return json.loads((self.directory / TEACHER_META).read_text())
        except (OSError, ValueError):
            return {}

    def write_meta(self, meta: dict) -> None:
        write_json_atomic(self.directory / TEACHER_META, meta)


def store_class(directory: str | os.PathLike) -> type[TopKStore]:
    """The class that maps the store in `directory` (store_format.kind_of tells its kind)."""
    return TeacherStore if kind_of(directory) is TEACHER_STORE else TopKStore
