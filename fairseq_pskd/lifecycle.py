"""The store's life in one training job: claim, open, resume or start afresh, commit, exchange.

Startup (every rank, in fairseq's checkpoint loading, before any training work):
1. claim: the directory is writable; ranks are grouped by the directory they share; one rank per
   directory takes its lock, so a second job on the same store stops here, naming the first; a
   directory seen by several nodes is refused.
2. open: that rank creates or checks the store, then the others map it.
3. resume: the loaded checkpoint says whether this run continues the store's rows. It must carry
   the store's run id, and the data loader must not have been reset; otherwise the run starts
   afresh and the store is untagged, whatever counters say. Each start gets a new session number,
   so rows written again after a resume win over copies written before it.

   The rows a run from the loaded checkpoint may read are exactly those committed up to its
   stamp (tag_policy.keep_lineage): every other tag is withdrawn before any write.

Epoch boundaries and checkpoints: every rank commits its rows (RowWriter.commit); an epoch
untags what its generation held of other epochs before its first write; at an epoch boundary the
directories then exchange the finished epoch's rows (distributed.py).

Failures: a failure on one rank becomes every rank's, with that rank's message, at the next point
where the ranks meet anyway: the collective that closes each startup step and each commit (the
`_agree` calls below), and, during steps, the sum of the logging outputs that fairseq makes every
step (the criterion logs `pskd_errors`; hooks.py raises on every rank from reduce_metrics). No
collective is added per step, and no rank is left waiting in one that another rank never reaches.
"""

from __future__ import annotations

import atexit
import faulthandler
import logging
import os
import uuid
from typing import NamedTuple

import numpy as np

from .distributed import Collectives, StoreGroups, check_same_store, exchange_epoch, timed
from .lineage import Lineage, new_nonce
from .lock import LockUnsupported, StoreBusy, StoreLock
from .machine import describe_filesystem
from .pipeline import PriorReader, RowWriter
from .run_io import RunIO
from .store import TopKStore, dataset_fingerprint
from .store_format import StoreError, describe_stamp, loss_lengths, make_stamp
from .targets import Refiner

logger = logging.getLogger(__name__)


class ResumePoint(NamedTuple):
    """Where fairseq's checkpoint loading left the epoch iterator."""

    epoch: int
    iterations_in_epoch: int

    @property
    def restarted(self) -> bool:
        # no checkpoint, or --reset-dataloader: the run keeps nothing of an earlier one, whatever
        # the checkpoint's extra state says
        return self.epoch == 1 and self.iterations_in_epoch == 0


def check_writable(directory: str) -> None:
    """Fail at startup, naming the flag, when the store directory cannot be written."""
    try:
        os.makedirs(directory, exist_ok=True)
        probe = os.path.join(directory, f".probe-{uuid.uuid4().hex}")
        with open(probe, "wb") as f:
            f.write(b"ok")
        os.unlink(probe)
    except OSError as e:
        raise ValueError(
            f"the PS-KD store directory {directory} is not writable ({e.strerror}): set "
            f"--pskd-store-dir to a writable directory"
        ) from e


def report_faults() -> None:
    """Have a fault in the store's mapped files (SIGBUS: an I/O error under a mapped page, a full
    copy-on-write disk) print every thread's Python stack, which names the store's function and
    file, instead of ending the process without a word. The store checks file sizes and free space
    itself; this is for what no check can foresee."""
    if not faulthandler.is_enabled():
        faulthandler.enable(all_threads=True)


class AgreeingRun(RunIO):
    """Failures on one rank become every rank's: the agreement StoreRun and TeacherRun share."""

    comm: Collectives | None = None

    def _agree(self, error: BaseException | None) -> None:
        """A collective (so also a barrier): raise on every rank when any rank failed, with the
        first failing rank's message, the same on every rank (fairseq shows rank 0's log first,
        whichever rank found the problem)."""
        if not self.comm.distributed:
            if error is not None:
                raise error
            return
        errors = self.comm.all_gather_object(None if error is None else str(error))
        failed = [(rank, e) for rank, e in enumerate(errors) if e is not None]
        if failed:
            rank, message = failed[0]
            raise StoreError(f"rank {rank}: {message}") from error

    def _collectively(self, work) -> None:
        """Run `work` on this rank, then agree on whether every rank's succeeded."""
        error = None
        try:
            work()
        except Exception as e:  # any failure, not only ours: no rank may go on alone
            error = e
        self._agree(error)

    @property
    def failure(self) -> BaseException | None:
        """This rank's store failure during steps (a write or a read), if any."""
        return (self.writer and self.writer.failure) or (self.reader and self.reader.failure)

    def raise_failure(self) -> None:
        """Called on every rank once a step's summed logging outputs say that some rank failed."""
        failure, error = self.failure, None
        if failure is not None:
            which = "writer" if self.writer is not None and failure is self.writer.failure else "reader"
            error = StoreError(f"the PS-KD store {which} failed: {failure}")
            error.__cause__ = failure
        self._agree(error)
        raise StoreError("a PS-KD store failure was reported, but no rank holds its message")


class StoreRun(AgreeingRun):
    """Everything the criterion needs from its store during training; see the module docstring."""

    def __init__(
        self, directory: str, vocab_size: int, k: int, reset: bool, *, refiner: Refiner,
        fixed_batches: bool = False, prefix: int = 0,
    ):
        self.directory = directory
        self.refiner = refiner  # how the reader thread turns rows into targets (targets.py)
        self.prefix = prefix  # --ignore-prefix-size: the store holds the tokens after it
        self.fixed_batches = fixed_batches  # --fix-batches-to-gpus: sentences keep their rank
        self.vocab_size = vocab_size
        self.k = k
        self.reset = reset
        self.comm: Collectives | None = None
        self.groups: StoreGroups | None = None
        self.lock: StoreLock | None = None
        self.store: TopKStore | None = None
        self.reader: PriorReader | None = None
        self.writer: RowWriter | None = None
        self.stamp = 0  # the stamp of this session's last commit (store_format.make_stamp)
        self._commits = 0  # commits made in this session: the same count on every rank
        self.lineage = Lineage()  # the commits this run's rows come from (lineage.py)
        self._exchanged = 0  # the last epoch whose rows the directories exchanged
        self._first_epoch: int | None = None  # the first epoch this process trained
        self._bytes_mark = 0

    @property
    def claimed(self) -> bool:
        return self.comm is not None

    @property
    def ready(self) -> bool:
        return self.writer is not None

    # -- startup ---------------------------------------------------------------------------

    def claim(self) -> None:
        self.comm = Collectives()
        report_faults()
        self._collectively(lambda: check_writable(self.directory))
        self.groups = StoreGroups(self.comm, self.directory)
        job = self.comm.all_gather_object(uuid.uuid4().hex)[0]
        error = None
        if self.groups.is_leader:
            self.lock = StoreLock(self.directory)
            try:
                self.lock.acquire(job)
            except StoreBusy as e:
                owner = self.lock.owner()
                error = self._shared_by_machines(owner) if owner.get("job") == job else StoreError(
                    f"the PS-KD store {self.directory} is in use by another training run "
                    f"({e}); two runs on one store would train on each other's predictions: wait "
                    f"for that run to end, or give this run its own --pskd-store-dir (default: "
                    f"SAVE_DIR/pskd_store)"
                )
            except LockUnsupported as e:
                error = StoreError(str(e))
            except OSError as e:
                error = StoreError(
                    f"cannot open the lock file in {self.directory} ({e.strerror or e}): set "
                    f"--pskd-store-dir to a writable directory"
                )
        self._agree(error)
        # where flock does not reach across machines (some network filesystems), two machines of
        # this job can both hold it: the lock file then names the other holder
        error = None
        if self.groups.is_leader and not self.lock.written_by_me():
            error = self._shared_by_machines(self.lock.owner())
        self._agree(error)
        atexit.register(self.close)

    def _shared_by_machines(self, other: dict) -> StoreError:
        return StoreError(
            f"--pskd-store-dir {self.directory} is one directory seen by several machines (this "
            f"job's ranks on host {other.get('host', '?')}, machine {str(other.get('machine', '?'))[:8]}, "
            f"hold it too; it is on {describe_filesystem(self.directory)}): memory-mapped writes "
            f"from several machines into one file are not coherent. Point --pskd-store-dir at "
            f"node-local storage (for example /tmp/pskd_store or $SLURM_TMPDIR/pskd_store); the "
            f"machines exchange their rows at each epoch boundary"
        )

    def open(self, dataset, symbols) -> None:
        if self.fixed_batches and not getattr(dataset, "supports_prefetch", False):
            # fairseq's EpochBatchIterator fixes batches to ranks only for a dataset that supports
            # prefetching (not the binarized mmap data of fairseq-preprocess); elsewhere the flag
            # changes nothing, the batches move between ranks, and skipping the exchange would
            # leave each directory without the rows the other ranks wrote
            self.fixed_batches = False
            logger.info(
                "PS-KD: --fix-batches-to-gpus does not fix batches to ranks for this dataset "
                "(fairseq needs one that supports prefetching), so the store directories "
                "exchange last epoch's rows at every epoch boundary"
            )
        fingerprint, sizes = dataset_fingerprint(dataset, symbols)
        sizes = loss_lengths(sizes, self.prefix)
        check_same_store(self.comm, (fingerprint, len(sizes), self.k, self.vocab_size, self.prefix))

        def opened():
            self.store = TopKStore.open(
                self.directory, sizes, self.vocab_size, self.k, fingerprint,
                reset=self.reset and self.groups.is_leader, prefix=self.prefix,
            )

        if self.groups.is_leader and self.reset:
            logger.warning(
                "--pskd-reset-store: discarding the PS-KD store in %s. Drop the flag before "
                "resuming this run, or the resumed epochs lose last epoch's predictions",
                self.directory,
            )
        # the leader creates or checks the store; the others wait, then map it
        self._collectively(opened if self.groups.is_leader else lambda: None)
        self._collectively(lambda: None if self.groups.is_leader else opened())

    def resume(self, extra_state: dict | None, point: ResumePoint) -> None:
        """Continue the store's rows when the loaded checkpoint belongs to them, else start afresh."""
        state = (extra_state or {}).get("pskd")
        epoch = point.epoch
        resumes = (
            state is not None and not point.restarted and state.get("run_id") == self.store.run_id
            and "stamp" in state
        )
        past = Lineage.from_record(state.get("lineage"), int(state["stamp"])) if resumes else Lineage()
        # one run id, session and nonce for the whole job; the session above every session the
        # stores and the checkpoint know of (so that this session's stamps sort after all of
        # them), its nonce telling it from any other timeline's session of the same number. A
        # node whose store is not this run's (a node that lost its disk) starts its store afresh,
        # and the next epoch exchange refills it
        known = max([self.store.session, *self.store.session_nonces(), *past.sessions]) if resumes else 0
        session = 1 + max(self.comm.all_gather_object(known))
        run_id = self.comm.all_gather_object(state["run_id"] if resumes else uuid.uuid4().hex)[0]
        nonce = self.comm.all_gather_object(new_nonce())[0]
        withdrawn = np.empty(0, np.int64)
        nonces: dict[int, str] = {}

        def take_over():
            nonlocal withdrawn, nonces
            if not self.groups.is_leader:
                return
            if resumes:
                nonces = self.store.session_nonces()
                copied = self._copied_while_written()
                if copied:
                    logger.warning(copied)
                elif past.legacy_stamp is not None:
                    self._check_watermark(state)
                else:
                    self._check_sessions(past, nonces)
                withdrawn = self.store.keep_lineage(
                    epoch, point.iterations_in_epoch > 0, Lineage() if copied else past
                )
            else:
                self._explain_fresh_start(state, point.restarted, epoch)
                self.store.start_run()
            self.store.set_run(run_id, session)
            self.store.write_sessions({**nonces, session: nonce}, writing=True)

        self._collectively(take_over)
        if not self.groups.is_leader:
            self.store.run_id, self.store.session = self.store.run_fields()
        self.lineage = past.then(session, nonce) if resumes else Lineage().then(session, nonce)
        self._commits, self.stamp = 0, make_stamp(session, 0)
        self.reader = PriorReader(self.store, self.refiner)
        self.writer = RowWriter(self.store)
        logger.info(
            "PS-KD store %s: run %s, session %d (%s); %d sentences, %d target tokens, K=%d",
            self.directory, self.store.run_id[:8], session,
            "resumed" if resumes else "started afresh",
            self.store.spec.num_sentences, self.store.spec.num_tokens, self.k,
        )
        if len(withdrawn):
            self._explain_withdrawn(withdrawn, past, nonces, state)
        if self.comm.distributed:
            logger.info(
                "PS-KD data parallel: %d ranks, %s; no store traffic during steps%s",
                self.comm.world_size, self.groups.describe(),
                ", one exchange per epoch between directories" if len(self.groups.groups) > 1 else "",
            )

    def _copied_while_written(self) -> str | None:
        """A message when this store is a copy (its index is another file than the one its
        sessions were recorded through) of a store that a run held, or was killed holding."""
        record = self.store.read_sessions()
        if not record or record.get("index_inode") == self.store.index_inode() or not record.get("writing"):
            return None
        return (
            f"PS-KD: the store {self.directory} is a copy of {record.get('directory', '?')} made while "
            f"a run held that store, or after one was killed holding it: a copy taken while rows are "
            f"written can pair one epoch's tags with another epoch's rows, so none of its rows is "
            f"used. This epoch trains on the hard target where it has no row, the next one on "
            f"PS-KD targets again. Copy a store only after its run has ended"
        )

    def _check_sessions(self, past: Lineage, nonces: dict[int, str]) -> None:
        missing = sorted(s for s in past.sessions if s not in nonces)
        if missing:
            logger.warning(
                "PS-KD: the store %s has no record of session(s) %s of the loaded checkpoint's "
                "past (was it restored from an older copy?): the rows those sessions committed "
                "are missing, and their sentences train on the hard target until the next epoch",
                self.directory, ", ".join(map(str, missing)),
            )

    def _explain_withdrawn(self, withdrawn: np.ndarray, past: Lineage, nonces: dict[int, str],
                           state: dict) -> None:
        sessions = withdrawn >> 32
        other = [s for s, n in past.sessions.items() if s in nonces and nonces[s] != n]
        foreign = int(np.isin(sessions, other).sum())
        later = len(withdrawn) - foreign
        if foreign:
            logger.warning(
                "PS-KD: %d of the store's rows were committed by another timeline under the "
                "session number(s) %s of the loaded checkpoint's past (the store was restored "
                "from a copy and trained on, or a copied save directory's store and checkpoints "
                "were mixed). Their tags are withdrawn; sentences without last epoch's row train "
                "on the hard target. Give each copy of a run its own --save-dir and store",
                foreign, ", ".join(map(str, sorted(set(other)))),
            )
        if later:
            logger.warning(
                "PS-KD: %d of the store's rows were committed after the loaded checkpoint (%s): "
                "a later epoch wrote over their generation, or an epoch ran again. Their tags are "
                "withdrawn, so no sentence trains on a prediction this checkpoint never saw; "
                "sentences without last epoch's row train on the hard target",
                later, describe_stamp(int(state["stamp"])),
            )

    def _explain_fresh_start(self, state: dict | None, restarted: bool, epoch: int) -> None:
        if restarted:
            if self.store.run_id:
                logger.info(
                    "PS-KD: a run from epoch 1 (no checkpoint, --reset-dataloader or "
                    "--finetune-from-model): the rows of run %s in %s are discarded",
                    self.store.run_id[:8], self.directory,
                )
            return
        if state is None:
            why = "the checkpoint has no PS-KD state (another criterion, or an older fairseq_pskd)"
        else:
            why = (
                f"the checkpoint was trained with store run {str(state.get('run_id'))[:8]}, but "
                f"{self.directory} holds run {self.store.run_id[:8] or '(none)'}"
            )
        logger.warning(
            "PS-KD: resuming at epoch %d without the store's rows: %s. Sentences without a row "
            "from the previous epoch train on the hard target until the next epoch",
            epoch, why,
        )

    # -- during training ---------------------------------------------------------------------

    def commit(self) -> None:
        """Tag every row this rank wrote so far with the next stamp (every rank takes the same)."""
        self.store.check_size()  # a file truncated under the run is reported by the next commit
        self._commits += 1
        self.stamp = make_stamp(self.store.session, self._commits)
        self.writer.commit(self.stamp)

    def begin_epoch(self, epoch: int) -> None:
        if self._first_epoch is None:
            self._first_epoch = epoch

        def commit_and_untag():
            self.commit()
            if self.groups.is_leader:
                self.store.untag_other_epochs(epoch)

        # afterwards every rank's rows of the last epoch are tagged on disk, and this epoch's
        # generation holds no tag that vouches for another epoch's row, before its first write
        self._collectively(commit_and_untag)
        rewritten, self.writer.rewritten = self.writer.rewritten, 0
        if rewritten:
            logger.info(
                "PS-KD epoch %d: %d sentences this rank trained again after the mid-epoch "
                "checkpoint it resumed from (fairseq batches a resumed epoch anew, with seed + "
                "epoch) had their committed rows withdrawn before being written again",
                epoch - 1, rewritten,
            )
        if epoch > 1 and self._exchanged != epoch - 1:
            self._exchange(epoch - 1)
        if epoch > 1:
            c = self.store.census(epoch)
            logger.info(
                "PS-KD epoch %d: %d of %d training sentences have a prediction from epoch %d%s",
                epoch, c.usable, c.total, epoch - 1,
                f"; the other {c.missing} train on the hard target" if c.missing else "",
            )

    def _exchange(self, epoch: int) -> None:
        """Give every store directory the rows of `epoch` (after every rank committed them)."""
        self._exchanged = epoch
        if len(self.groups.groups) == 1:
            return
        if self.fixed_batches and self._first_epoch is not None and epoch > self._first_epoch:
            # fairseq dealt this process the same batches all epoch long: every row is already
            # where it will be read (after a restart, the batches may be new: exchange once)
            return
        # one digest per directory (its ranks map the same tags): the leaders hash, the rest send None
        mine = self.store.tags_digest(epoch) if self.groups.is_leader else None
        digests = self.comm.all_gather_object(mine)
        if len({d for d in digests if d is not None}) == 1:
            # equal tags mean equal rows (a stamp names the commit that wrote a row): a restart
            # after the exchange, or a run whose directories already agree
            logger.info(
                "PS-KD epoch %d exchange: skipped, every store directory already holds the same "
                "rows of epoch %d", epoch, epoch,
            )
            return
        step_bytes = self.comm.bytes_received - self._bytes_mark
        (applied, nbytes, error), seconds = timed(exchange_epoch, self.comm, self.groups, self.store, epoch)
        self._agree(error)
        self._bytes_mark = self.comm.bytes_received
        logger.info(
            "PS-KD epoch %d exchange: %d rows received from %d other store director%s, "
            "%d bytes in %.1f s (this rank's share); store traffic during the epoch's steps: %d bytes",
            epoch, applied, len(self.groups.groups) - 1,
            "y" if len(self.groups.groups) == 2 else "ies", nbytes, seconds, step_bytes,
        )

    def before_checkpoint(self, epoch: int, updates: int, end_of_epoch: bool) -> None:
        """Commit every rank's rows before a checkpoint is written: a checkpoint never gets ahead
        of the store. At an epoch's end the directories exchange its rows here, so that the
        checkpoint finds every node's store complete."""
        self._collectively(self.commit)
        if end_of_epoch:
            self._exchange(epoch)

        def mark():
            if self.groups.is_leader:
                self.store.write_watermark(
                    epoch=int(epoch), updates=int(updates), session=self.store.session, stamp=self.stamp
                )

        self._collectively(mark)

    def checkpoint_state(self, epoch: int, updates: int) -> dict:
        return {
            "run_id": self.store.run_id,
            "session": self.store.session,
            "stamp": self.stamp,
            "lineage": self.lineage.committed(self.stamp & 0xFFFFFFFF).record(),
            "epoch": int(epoch),
            "updates": int(updates),
        }

    def close(self) -> None:
        """Stop the reader and writer threads and drop the lock (at the end of training)."""
        if self.writer is not None:
            self.writer.close()
            if self.groups is not None and self.groups.is_leader and self.lock is not None:
                # no run writes it now: a copy from here on is a consistent one
                try:
                    self.store.write_sessions(self.store.session_nonces(), writing=False)
                except OSError:
                    pass
        if self.reader is not None:
            self.reader.close()
        if self.lock is not None:
            self.lock.release()
