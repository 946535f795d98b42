"""Row I/O of a top-k store of last epoch's predictions, addressed by (sentence id, target position):
the store's files (store_format.py) mapped with numpy, read and written a batch of whole sentences
at a time. Which tags survive an epoch start or a resume is tag_policy.py; the teacher store,
one generation filled once, is teacher_store.py.

Why the gold id per token: a row that does not belong to the sample being trained is detected on
read, never used. A row is usable only under a tag of the epoch that reads it (tag_policy.py says
why, and the two rules that keep every tag honest).

Everything is numpy memmap: process memory does not grow with the corpus, only the page cache does.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .fairseq_internals import token_buffer
from .fileio import write_json_atomic
from .store_format import (
    HEADER_BYTES,
    INDEX,
    NUM_GENERATIONS,
    PSKD_STORE,
    RUN_FIELDS,
    SESSIONS,
    WATERMARK,
    StoreError,
    StoreKind,
    StoreSpec,
    check_files,
    check_rewrite_room,
    create_files,
    id_dtype,
    kind_of,
    row_positions,
    token_sentences,
)
from .tag_policy import EpochTagPolicy

# what callers import from here, the format's StoreError, StoreSpec and id_dtype among them
# (criterion.py, benchmarks/)
__all__ = [
    "EpochCensus", "StoreError", "StoreSpec", "TopKStore", "dataset_fingerprint", "id_dtype",
    "targets_fingerprint",
]

logger = logging.getLogger(__name__)


def _row_view(a: np.ndarray) -> np.ndarray:
    """An [N, K] array as N opaque K-element rows over the same memory: gathering or scattering
    rows is then one copy per row, not numpy's element-by-element fancy-indexing loop."""
    return a.view(np.dtype((np.void, a.shape[1] * a.itemsize))).reshape(a.shape[0])


def _as_rows(x: np.ndarray, dtype, row_dtype: np.dtype) -> np.ndarray:
    x = np.ascontiguousarray(x, dtype=dtype)
    return x.view(row_dtype).reshape(x.shape[0])




def targets_fingerprint(
    tgt_sizes: np.ndarray, src_sizes: np.ndarray | None, symbols: Iterable[str], tgt_bytes=None
) -> bytes:
    """A hash of what the stored predictions depend on: target lengths and tokens, source lengths,
    the target dictionary. `tgt_bytes` is the raw token buffer when the dataset exposes one."""
    h = hashlib.blake2b(digest_size=32)
    h.update(np.ascontiguousarray(tgt_sizes, dtype=np.int64).tobytes())
    if src_sizes is not None:
        h.update(b"src")
        h.update(np.ascontiguousarray(src_sizes, dtype=np.int64).tobytes())
    h.update("\n".join(symbols).encode("utf-8"))
    if tgt_bytes is not None:
        h.update(b"tokens")
        h.update(tgt_bytes)
    return h.digest()


def dataset_fingerprint(dataset, symbols: Iterable[str]) -> tuple[bytes, np.ndarray]:
    """(fingerprint, target sizes) of a fairseq LanguagePairDataset: what training (lifecycle.py)
    and `pskd-store verify` both compute, so a store verified against a data-bin is the store a run
    on that data-bin accepts."""
    tgt_sizes = getattr(dataset, "tgt_sizes", None)
    if tgt_sizes is None:
        raise StoreError(
            f"--criterion pskd needs a training set with per-sentence target sizes "
            f"(fairseq's LanguagePairDataset); got {type(dataset).__name__}"
        )
    buffer = token_buffer(getattr(dataset, "tgt", None))  # the mapped .bin file's tokens, if any
    fingerprint = targets_fingerprint(tgt_sizes, getattr(dataset, "src_sizes", None), symbols, buffer)
    return fingerprint, np.asarray(tgt_sizes)


@dataclass
class EpochCensus:
    """How many sentences have a usable row for an epoch: logged at each epoch start."""

    epoch: int
    usable: int
    total: int

    @property
    def missing(self) -> int:
        return self.total - self.usable


class TopKStore(EpochTagPolicy):
    """Three generations of per-token top-k predictions (store_format.py: the files, and why three).

    Several processes may open one store at once (the ranks of a node): the files are mapped
    MAP_SHARED, each process writes only the rows of the sentences it trained, and a sentence is
    trained by one rank per epoch, so writes never overlap.
    """

    kind: StoreKind = PSKD_STORE  # its files, and how messages name it

    def __init__(self, directory: Path, spec: StoreSpec, writable: bool = True):
        self.directory = Path(directory)
        self.spec = spec
        self.writable = writable
        mode = "r+" if writable else "r"
        self._maps: dict[tuple[int, str], np.memmap] = {}
        # a descriptor of each mapped file, to see its size: a file truncated under a mapping makes
        # the next access to a page past its end kill the process with SIGBUS, with no message
        self._fds = {
            name: os.open(self.directory / name, os.O_RDONLY)
            for name in (INDEX, *self.kind.generation_names)
        }
        self.offsets = self._map(INDEX, HEADER_BYTES, np.int64, (spec.num_sentences + 1,), "r")
        self._gens = []
        for g, file in enumerate(self.kind.generation_names):
            arrays = {}
            for name, (offset, dtype, shape) in spec.generation_layout().items():
                if name.startswith("_") or 0 in shape:
                    continue
                arrays[name] = self._map(file, offset, dtype, shape, mode, key=(g, name))
            for name in ("ids", "probs"):
                if name in arrays:
                    arrays[name] = _row_view(arrays[name])
            self._gens.append(arrays)
        self.run_id, self.session = self.run_fields()

    def __del__(self):
        for fd in getattr(self, "_fds", {}).values():
            try:
                os.close(fd)
            except OSError:
                pass

    def check_size(self, generation: int | None = None) -> None:
        """StoreError, naming the file, when a mapped file is shorter than the store needs (index
        and all generations, or the index and one): reading or writing it would fault."""
        rows = self.kind.generation_names
        names = [INDEX] + (list(rows) if generation is None else [rows[generation]])
        for name in names:
            need = self.spec.index_bytes() if name == INDEX else self.spec.generation_bytes()
            size = os.fstat(self._fds[name]).st_size
            if size < need:
                raise StoreError(
                    f"the {self.kind.what} file {self.directory / name} is {size} bytes, {need} expected: "
                    f"it was truncated while this run had it mapped (a disk cleaner, another job, a "
                    f"restore over it). The run stops here rather than touch the missing pages, "
                    f"which would kill it with SIGBUS; {self.kind.fix_hint}"
                )

    def _map(self, name: str, offset: int, dtype, shape, mode: str, key=None) -> np.ndarray:
        mm = np.memmap(self.directory / name, dtype=dtype, mode=mode, offset=offset, shape=shape)
        if key is not None:
            self._maps[key] = mm
        # plain ndarray views of the mapping: np.memmap's subclass hooks cost more than the copy
        return mm.view(np.ndarray)

    # -- opening ---------------------------------------------------------------------------

    @property
    def num_generations(self) -> int:
        return len(self.kind.generation_names)

    @classmethod
    def open(
        cls,
        directory: str | os.PathLike,
        sizes: np.ndarray,
        vocab_size: int,
        k: int,
        fingerprint: bytes,
        reset: bool = False,
        writable: bool = True,
        prefix: int = 0,
    ) -> TopKStore:
        """Open the store for this training data, creating it if absent.

        A store made for other data, another dictionary or another K is refused with a message
        naming the mismatch, unless `reset` discards it.
        """
        directory = Path(directory)
        sizes = np.asarray(sizes, dtype=np.int64)
        spec = StoreSpec(int(vocab_size), int(k), len(sizes), int(sizes.sum()), fingerprint, int(prefix))
        kind = cls.kind
        files = kind.files(directory)
        if kind_of(directory) is not kind and (directory / INDEX).exists():
            raise StoreError(f"{directory} {kind.other_kind}")
        if reset and writable:
            for f in files + [directory / WATERMARK, directory / SESSIONS]:
                f.unlink(missing_ok=True)
        present = [f.exists() for f in files]
        if all(present):
            problems = check_files(directory, spec)
            if problems:
                raise StoreError(problems[0])
            if writable:
                check_rewrite_room(directory, kind, spec)
            return cls(directory, spec, writable)
        if present[0]:
            missing = [f.name for f, p in zip(files, present) if not p]
            raise StoreError(
                f"the {kind.what} {directory} is incomplete (missing {missing}); {kind.fix_hint}"
            )
        # no index: any generation files are left from a creation that never finished (the index
        # is renamed into place last), so they hold no rows and are made anew below
        if not writable:
            raise StoreError(f"no {kind.what} in {directory}; {kind.fix_hint}")
        need = create_files(directory, kind, spec, sizes)
        logger.info(
            "created %s %s: %d sentences, %d tokens, K=%d, %s ids, %.1f MiB on disk", kind.what,
            directory, spec.num_sentences, spec.num_tokens, spec.k, spec.id_dtype.name, need / 2**20,
        )
        return cls(directory, spec, writable)

    # -- ownership: which run's rows these are ---------------------------------------------

    def run_fields(self) -> tuple[str, int]:
        with open(self.directory / INDEX, "rb") as f:
            raw = f.read(HEADER_BYTES)
        run_id, session = RUN_FIELDS.unpack(raw[-RUN_FIELDS.size :])
        return (run_id.hex() if any(run_id) else ""), int(session)

    def set_run(self, run_id: str, session: int) -> None:
        """Record which run owns the rows, and its session (one per start or resume)."""
        raw = RUN_FIELDS.pack(bytes.fromhex(run_id), session)
        fd = os.open(self.directory / INDEX, os.O_WRONLY)
        try:
            os.pwrite(fd, raw, HEADER_BYTES - RUN_FIELDS.size)
            os.fsync(fd)
        finally:
            os.close(fd)
        self.run_id, self.session = run_id, session

    def start_run(self, session: int | None = None) -> str:
        """Untag every row and make the store a new run's: nothing an earlier run wrote is read."""
        self.forget_all()
        run_id = uuid.uuid4().hex
        self.set_run(run_id, 1 if session is None else session)
        (self.directory / WATERMARK).unlink(missing_ok=True)
        (self.directory / SESSIONS).unlink(missing_ok=True)
        return run_id

    def read_sessions(self) -> dict:
        """sessions.json: the nonce of every session that wrote this store (lineage.py), the
        inode of the index it was written through (a copy has another), and whether a run holds
        it now or was killed holding it ("writing")."""
        try:
            record = json.loads((self.directory / SESSIONS).read_text())
        except (OSError, ValueError):
            return {}
        return record if record.get("run_id") == self.run_id else {}

    def session_nonces(self) -> dict[int, str]:
        return {int(k): v for k, v in self.read_sessions().get("sessions", {}).items()}

    def index_inode(self) -> int:
        return os.stat(self.directory / INDEX).st_ino

    def write_sessions(self, nonces: dict[int, str], writing: bool) -> None:
        write_json_atomic(self.directory / SESSIONS, {
            "run_id": self.run_id, "sessions": {str(k): v for k, v in sorted(nonces.items())},
            "index_inode": self.index_inode(), "directory": str(self.directory.resolve()),
            "writing": bool(writing),
        })

    def read_watermark(self) -> dict | None:
        try:
            return json.loads((self.directory / WATERMARK).read_text())
        except (OSError, ValueError):
            return None

    def write_watermark(self, **fields) -> None:
        """Atomically record the checkpoint the rows are complete for (after RowWriter.commit has
        synced their rows and tags)."""
        write_json_atomic(self.directory / WATERMARK, {"run_id": self.run_id, **fields})

    # -- addressing ------------------------------------------------------------------------

    def _rows(self, sentence_ids: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Token rows of the given sentences' first `lengths` positions, sentence after sentence."""
        starts = self.offsets[sentence_ids]
        sizes = self.offsets[sentence_ids + 1] - starts
        if not np.array_equal(sizes, lengths):
            bad = np.flatnonzero(sizes != lengths)[0]
            raise StoreError(
                f"sentence {int(sentence_ids[bad])} has {int(lengths[bad])} target tokens in this "
                f"batch but {int(sizes[bad])} in the store's index: the store does not belong to "
                f"this training data (or targets are truncated); {self.kind.fix_hint}"
            )
        return row_positions(starts, lengths)

    @staticmethod
    def generation_of(epoch: int) -> int:
        return epoch % NUM_GENERATIONS

    def source(self, epoch: int) -> tuple[int, int] | None:
        """(generation, tag) of the rows epoch `epoch` reads: last epoch's; none in epoch 1."""
        return None if epoch <= 1 else (self.generation_of(epoch - 1), epoch - 1)

    def placed(self, generation: int, tags: np.ndarray) -> np.ndarray:
        """Which non-zero tags belong in `generation` (an epoch's rows sit in epoch % 3)."""
        return tags % NUM_GENERATIONS == generation

    # -- reading and writing ---------------------------------------------------------------

    def read(
        self, sentence_ids: np.ndarray, lengths: np.ndarray, gold: np.ndarray, epoch: int
    ) -> tuple[np.ndarray, np.ndarray | None, np.ndarray | None]:
        """Rows written in epoch `epoch - 1` for these sentences.

        Returns (usable per token: bool[n], ids [n, K], probs float16 [n, K]) for the n tokens of
        the sentences, sentence after sentence; ids and probs are None when no token is usable, and
        rows of unusable tokens hold arbitrary values.
        """
        sentence_ids = np.asarray(sentence_ids, dtype=np.int64)
        lengths = np.asarray(lengths, dtype=np.int64)
        rows = self._rows(sentence_ids, lengths)
        source = self.source(epoch)
        if source is None:
            return np.zeros(len(rows), bool), None, None
        self.check_size(source[0])
        gen = self._gens[source[0]]
        usable = np.repeat(gen["epochs"][sentence_ids] == source[1], lengths)
        if not usable.any():
            return usable, None, None
        stored_gold = gen["gold"].take(rows)
        wrong = usable & (stored_gold != gold)
        if wrong.any():
            t = int(np.flatnonzero(wrong)[0])
            owner = token_sentences(lengths)[t]
            pos = int(row_positions(0, lengths)[t])
            raise StoreError(
                f"the stored prediction for sentence {int(sentence_ids[owner])}, position {pos} was "
                f"made for token {int(stored_gold[t])}, but the sample's target there is "
                f"{int(gold[t])}: the store {self.directory} does not belong to this training data; "
                f"{self.kind.fix_hint}"
            )
        n, k = len(rows), self.spec.k
        ids = gen["ids"].take(rows).view(self.spec.id_dtype).reshape(n, k)
        probs = gen["probs"].take(rows).view(np.float16).reshape(n, k)
        return usable, ids, probs

    def write_rows(
        self,
        sentence_ids: np.ndarray,
        lengths: np.ndarray,
        gold: np.ndarray,
        ids: np.ndarray,
        probs: np.ndarray,
        epoch: int,
    ) -> int:
        """Store epoch `epoch`'s top-k rows of whole sentences, untagged: tag() makes them usable.

        A sentence whose row in this generation is still tagged (committed before a mid-epoch
        checkpoint, and trained again after the resume because fairseq re-batches a resumed epoch)
        has its tag withdrawn and synced first, so that a kill before the next commit, or inside
        this write, never leaves a tag over a row it was not committed with. Returns how many tags
        were withdrawn."""
        if not self.writable:
            raise StoreError(f"the PS-KD store {self.directory} was opened read-only")
        sentence_ids = np.asarray(sentence_ids, dtype=np.int64)
        lengths = np.asarray(lengths, dtype=np.int64)
        if len(sentence_ids) == 0:
            return 0
        rows = self._rows(sentence_ids, lengths)
        self.check_size(self.generation_of(epoch))
        gen = self._gens[self.generation_of(epoch)]
        tagged = sentence_ids[gen["epochs"][sentence_ids] != 0]
        if len(tagged):
            self.untag(tagged, epoch)
            self.flush_tags(epoch)
        gen["gold"][rows] = gold
        gen["ids"][rows] = _as_rows(ids, self.spec.id_dtype, gen["ids"].dtype)
        gen["probs"][rows] = _as_rows(probs, np.float16, gen["probs"].dtype)
        return len(tagged)

    def write_raw(
        self, sentence_ids: np.ndarray, gold: np.ndarray, id_rows: np.ndarray, prob_rows: np.ndarray,
        epoch: int,
    ) -> None:
        """write_rows for rows as rows_of() returns them (whole sentences, opaque row records)."""
        sentence_ids = np.asarray(sentence_ids, dtype=np.int64)
        rows = self._rows(sentence_ids, self.lengths_of(sentence_ids))
        self.check_size(self.generation_of(epoch))
        gen = self._gens[self.generation_of(epoch)]
        gen["gold"][rows] = gold
        gen["ids"][rows] = id_rows
        gen["probs"][rows] = prob_rows

    def tag(self, sentence_ids: np.ndarray, epoch: int, stamp: int | np.ndarray) -> None:
        """Mark the sentences' rows of `epoch` as complete, committed with `stamp`."""
        self.check_size(self.generation_of(epoch))
        gen = self._gens[self.generation_of(epoch)]
        gen["stamps"][sentence_ids] = stamp
        gen["epochs"][sentence_ids] = epoch

    def untag(self, sentence_ids: np.ndarray, epoch: int) -> None:
        """Withdraw the tags of these sentences in `epoch`'s generation (sync before rewriting)."""
        gen = self._gens[self.generation_of(epoch)]
        gen["epochs"][sentence_ids] = 0
        gen["stamps"][sentence_ids] = 0

    def write(self, sentence_ids, lengths, gold, ids, probs, epoch: int, stamp: int = 1 << 32) -> None:
        """write_rows, then tag: rows usable at once (tools and tests; training commits tags
        through RowWriter, after the rows are synced)."""
        self.write_rows(sentence_ids, lengths, gold, ids, probs, epoch)
        self.tag(np.asarray(sentence_ids, dtype=np.int64), epoch, stamp)

    # -- epochs ----------------------------------------------------------------------------

    def census(self, epoch: int) -> EpochCensus:
        """Count the sentences that have a usable row for `epoch`."""
        source = self.source(epoch)
        usable = 0 if source is None else int(np.count_nonzero(self._gens[source[0]]["epochs"] == source[1]))
        return EpochCensus(epoch, usable, self.spec.num_sentences)

    def forget_all(self) -> None:
        """Untag every row: a run that starts from scratch must not read rows of an earlier run."""
        for gen in self._gens:
            gen["epochs"][:] = 0
            gen["stamps"][:] = 0
        self.flush()

    def epoch_tags(self, generation: int) -> np.ndarray:
        return self._gens[generation]["epochs"]

    def stamp_tags(self, generation: int) -> np.ndarray:
        return self._gens[generation]["stamps"]

    def token_rows(self, generation: int, start: int, stop: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(gold [n], ids [n, K], probs float16 [n, K]) of token rows start..stop of one generation,
        tagged or not: views of the mapped file, for tools that scan a store in chunks."""
        gen = self._gens[generation]
        n, k = stop - start, self.spec.k
        ids = gen["ids"][start:stop].view(self.spec.id_dtype).reshape(n, k)
        probs = gen["probs"][start:stop].view(np.float16).reshape(n, k)
        return gen["gold"][start:stop], ids, probs

    def rows_of(self, sentence_ids: np.ndarray, epoch: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(gold [n], ids rows [n], probs rows [n]) of whole sentences in epoch's generation, as the
        opaque row records the epoch-boundary exchange ships between nodes."""
        sentence_ids = np.asarray(sentence_ids, dtype=np.int64)
        rows = self._rows(sentence_ids, self.lengths_of(sentence_ids))
        gen = self._gens[self.generation_of(epoch)]
        return gen["gold"].take(rows), gen["ids"].take(rows), gen["probs"].take(rows)

    def lengths_of(self, sentence_ids: np.ndarray) -> np.ndarray:
        sentence_ids = np.asarray(sentence_ids, dtype=np.int64)
        return self.offsets[sentence_ids + 1] - self.offsets[sentence_ids]

    def flush_rows(self, epoch: int | None = None) -> None:
        """msync the row arrays (of one epoch's generation, or all)."""
        self._flush(("gold", "ids", "probs"), epoch)

    def flush_tags(self, epoch: int | None = None) -> None:
        self._flush(("epochs", "stamps"), epoch)

    def _flush(self, names, epoch: int | None) -> None:
        if not self.writable:
            return
        gens = range(len(self._gens)) if epoch is None else [self.generation_of(epoch)]
        for g in gens:
            for name in names:
                mm = self._maps.get((g, name))
                if mm is not None:
                    mm.flush()

    def flush(self) -> None:
        self.flush_rows()
        self.flush_tags()
