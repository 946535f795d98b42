"""A stored teacher in a student's training run (`--criterion stored_kd --pskd-teacher-store DIR`):
word-level knowledge distillation towards (1 - alpha) * y + alpha * p_teacher with no teacher
forward per step.

The store was filled once by `pskd-store fill` (pskd_tools/data/teacher_fill.py). Here every rank
maps it read-only (no lock: several students may share one teacher store), checks it against its
own training data at startup (the same header, fingerprint and gold-id checks as a PS-KD store),
and reads each batch's rows through the same paths as PS-KD: the data loader's workers, else the
reader thread. Nothing is written and nothing is exchanged: in a multi-node run every node needs
its own copy of the whole store (docs/teacher.md says how to copy one).
"""

from __future__ import annotations

import atexit
import logging

from .distributed import Collectives, check_same_store
from .lifecycle import AgreeingRun, ResumePoint, report_faults
from .pipeline import PriorReader
from .store import dataset_fingerprint
from .store_format import TEACHER_STORE, StoreError, loss_lengths, read_header
from .targets import Refiner
from .teacher_store import TeacherStore

logger = logging.getLogger(__name__)


class TeacherRun(AgreeingRun):
    """What the criterion needs from a teacher store during training; the same interface as
    lifecycle.StoreRun, without the writer, the lock, the commits and the exchange."""

    def __init__(self, directory: str, vocab_size: int, *, refiner: Refiner, prefix: int = 0):
        self.directory = directory
        self.vocab_size = vocab_size
        self.refiner = refiner
        self.prefix = prefix
        self.store: TeacherStore | None = None
        self._logged = False

    @property
    def claimed(self) -> bool:
        return self.comm is not None

    @property
    def ready(self) -> bool:
        return self.reader is not None

    @property
    def k(self) -> int:
        return self.store.spec.k

    def claim(self) -> None:
        self.comm = Collectives()
        report_faults()
        atexit.register(self.close)

    def open(self, dataset, symbols) -> None:
        fingerprint, sizes = dataset_fingerprint(dataset, symbols)
        sizes = loss_lengths(sizes, self.prefix)
        check_same_store(self.comm, (fingerprint, len(sizes), self.vocab_size, self.prefix))
        self._collectively(lambda: self._open(fingerprint, sizes))
        # every rank must read the same teacher: a node with another fill's copy is refused
        teachers = self.comm.all_gather_object(self.store.run_id)
        if len(set(teachers)) > 1:
            raise StoreError(
                f"the ranks of this job see different teacher stores at --pskd-teacher-store "
                f"{self.directory} (teachers {sorted({t[:8] for t in teachers})}): copy the same "
                f"filled store to every node"
            )

    def _open(self, fingerprint: bytes, sizes) -> None:
        index = f"{self.directory}/index.pskd"
        try:
            _, spec, _ = read_header(index)
        except FileNotFoundError:
            raise StoreError(f"--pskd-teacher-store {self.directory}: no teacher store there (no "
                             f"index.pskd); {TEACHER_STORE.fix_hint}") from None
        self.store = TeacherStore.open(
            self.directory, sizes, self.vocab_size, spec.k, fingerprint, writable=False,
            prefix=self.prefix,
        )
        meta = self.store.read_meta()
        if not meta.get("complete"):
            c = self.store.census(1)
            raise StoreError(
                f"--pskd-teacher-store {self.directory}: the fill is not finished ({c.usable} of "
                f"{c.total} sentences filled); rerun the same `pskd-store fill` command, it "
                f"continues where it stopped"
            )

    def resume(self, extra_state: dict | None, point: ResumePoint) -> None:
        """A resumed student must keep its teacher: a checkpoint trained from another teacher store
        is refused rather than silently switching the targets halfway."""
        state = (extra_state or {}).get("pskd") or {}
        teacher = state.get("teacher")
        if teacher and not point.restarted and teacher != self.store.run_id:
            raise StoreError(
                f"this checkpoint was trained from teacher {teacher[:8]}, but --pskd-teacher-store "
                f"{self.directory} holds teacher {self.store.run_id[:8]} ({self._describe()}): point "
                f"--pskd-teacher-store at the store the run started with, or start the student "
                f"afresh (another --save-dir, or --reset-dataloader)"
            )
        self.reader = PriorReader(self.store, self.refiner)

    def _describe(self) -> str:
        meta = self.store.read_meta()
        paths = ", ".join(c.get("path", "?") for c in meta.get("checkpoints", []))
        return f"filled from {paths or 'an unknown teacher'}, K={self.store.spec.k}"

    def begin_epoch(self, epoch: int) -> None:
        if self._logged:
            return
        self._logged = True
        c = self.store.census(epoch)
        logger.info(
            "PS-KD teacher store %s: teacher %s (%s); %d of %d training sentences have a teacher "
            "row%s", self.directory, self.store.run_id[:8], self._describe(), c.usable, c.total,
            f", the other {c.missing} train on the hard target" if c.missing else "",
        )

    def before_checkpoint(self, epoch: int, updates: int, end_of_epoch: bool) -> None:
        pass  # nothing is written: no commit, no exchange

    def checkpoint_state(self, epoch: int, updates: int) -> dict:
        return {"teacher": self.store.run_id, "epoch": int(epoch), "updates": int(updates)}

    def close(self) -> None:
        if self.reader is not None:
            self.reader.close()
