"""On-disk top-k store of last epoch's predictions, addressed by (sentence id, target position).

Layout of a store directory::

    index.pskd   header + int64 offsets[N + 1]: token row where each sentence starts
    gen0.pskd    header + per-sentence epoch tags and commit stamps + gold ids + top-k ids + probs
    gen1.pskd    the same
    gen2.pskd    the same; epoch t writes gen t % 3 and reads gen (t - 1) % 3
    lock         held (flock) by the one training job that owns the store; see lock.py
    watermark.json   the last checkpoint the store's rows are complete for

Every file starts with the same 128-byte header (magic, format version, file kind, id dtype code,
V, K, sentence count, token count, generation, a fingerprint of the training targets, and in the
index the run id and session of the run that owns the rows), so each file can be checked on its
own, in the spirit of fairseq's MMapIndexedDataset.

Why three generations: epoch t reads epoch t - 1's rows while it writes its own, and a run resumed
from a checkpoint one epoch behind the store (killed in epoch t + 1 after a checkpoint in epoch t,
or --save-interval > 1) still needs epoch t - 1's rows to finish epoch t: with t % 3 nothing it
needs has been overwritten. Why a tag per sentence: a row is only used when its tag says it was
written in the immediately preceding epoch; anything else (never written, a resume from a
checkpoint further behind, a sentence filtered out last epoch) falls back to the hard target
instead of silently training on a stale prediction.

A tag is (epoch, stamp): the stamp orders commits (session << 32 | commit number within the
session; every rank commits at the same points, so all agree on it), and a checkpoint records the
stamp of the commit made just before it. Two rules keep every tag honest:
* tags are written after the rows they vouch for, and synced after them (RowWriter.commit), so
  even a power loss never leaves a tag on a row that is not on disk;
* a tag is removed, and synced, before its row is overwritten: an epoch untags its generation
  before its first write (untag_other_epochs), the exchange untags a row it replaces, and a resume
  keeps only the tags of its checkpoint's past (keep_lineage). A row written after the checkpoint
  (another epoch over the same generation, a re-run of an epoch) is never read as if it were older.
Why the gold id per token: a row that does not belong to the sample being trained is detected on
read, never used.

Everything is numpy memmap: process memory does not grow with the corpus, only the page cache does.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import struct
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .fairseq_internals import token_buffer
from .lineage import Lineage
from .machine import (
    COPY_ON_WRITE_FILESYSTEMS,
    describe_filesystem,
    filesystem_of,
    is_copy_on_write,
    set_nocow,
)

logger = logging.getLogger(__name__)

MAGIC = b"PSKDSTOR"
FORMAT_VERSION = 3
HEADER_BYTES = 128
# magic, version, kind, dtype code, V, K, sentences, tokens, generation, fingerprint, prefix
# (--ignore-prefix-size: positions per target the loss skips), run id, session
_HEADER = struct.Struct("<8sIIB7xQQQQQ32sQ16sQ")
assert _HEADER.size == HEADER_BYTES
_RUN_FIELDS = struct.Struct("<16sQ")  # run id and session: the header's last 24 bytes
KIND_INDEX, KIND_GENERATION, KIND_TEACHER = 0, 1, 2
NUM_GENERATIONS = 3
_ALIGN = 64

# dtype codes written in the header; ids use the smallest unsigned type that holds V - 1
_DTYPE_CODES = {1: np.uint8, 2: np.uint16, 3: np.uint32}
_CODE_OF = {np.dtype(v): k for k, v in _DTYPE_CODES.items()}

WATERMARK = "watermark.json"
SESSIONS = "sessions.json"
TEACHER_META = "teacher.json"

RESET_HINT = (
    "rerun with --pskd-reset-store to discard it and start afresh, or point --pskd-store-dir "
    "at another directory"
)


class StoreError(RuntimeError):
    """A store that cannot be used for this run; the message names the cause and the fix."""


def id_dtype(vocab_size: int) -> np.dtype:
    for code in sorted(_DTYPE_CODES):
        dtype = np.dtype(_DTYPE_CODES[code])
        if vocab_size - 1 <= np.iinfo(dtype).max:
            return dtype
    raise StoreError(f"vocabulary of {vocab_size} entries does not fit in uint32 token ids")


def _row_view(a: np.ndarray) -> np.ndarray:
    """An [N, K] array as N opaque K-element rows over the same memory: gathering or scattering
    rows is then one copy per row, not numpy's element-by-element fancy-indexing loop."""
    return a.view(np.dtype((np.void, a.shape[1] * a.itemsize))).reshape(a.shape[0])


def _as_rows(x: np.ndarray, dtype, row_dtype: np.dtype) -> np.ndarray:
    x = np.ascontiguousarray(x, dtype=dtype)
    return x.view(row_dtype).reshape(x.shape[0])


def _align(n: int) -> int:
    return (n + _ALIGN - 1) // _ALIGN * _ALIGN


@dataclass(frozen=True)
class StoreSpec:
    """What a store was made for; two specs must be equal for a store to be reused."""

    vocab_size: int
    k: int
    num_sentences: int
    num_tokens: int
    fingerprint: bytes  # 32 bytes
    prefix: int = 0  # --ignore-prefix-size: the store holds each target's tokens after it

    @property
    def id_dtype(self) -> np.dtype:
        return id_dtype(self.vocab_size)

    def generation_layout(self) -> dict[str, tuple[int, np.dtype, tuple[int, ...]]]:
        """Byte offset, dtype and shape of each array in a generation file."""
        layout = {}
        pos = HEADER_BYTES
        for name, dtype, shape in (
            ("epochs", np.dtype(np.int32), (self.num_sentences,)),
            ("stamps", np.dtype(np.int64), (self.num_sentences,)),
            ("gold", self.id_dtype, (self.num_tokens,)),
            ("ids", self.id_dtype, (self.num_tokens, self.k)),
            ("probs", np.dtype(np.float16), (self.num_tokens, self.k)),
        ):
            pos = _align(pos)
            layout[name] = (pos, dtype, shape)
            pos += dtype.itemsize * int(np.prod(shape))
        layout["_end"] = (pos, np.dtype(np.uint8), (0,))
        return layout

    def generation_bytes(self) -> int:
        return self.generation_layout()["_end"][0]

    def index_bytes(self) -> int:
        return HEADER_BYTES + 8 * (self.num_sentences + 1)

    def total_bytes(self, generations: int = NUM_GENERATIONS) -> int:
        return self.index_bytes() + generations * self.generation_bytes()


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


def loss_lengths(target_sizes: np.ndarray, prefix: int) -> np.ndarray:
    """Per sentence, the target tokens the loss sees once the first `prefix` are skipped."""
    return np.maximum(np.asarray(target_sizes, dtype=np.int64) - prefix, 0)


def _pack_header(kind: int, spec: StoreSpec, generation: int = 0) -> bytes:
    return _HEADER.pack(
        MAGIC,
        FORMAT_VERSION,
        kind,
        _CODE_OF[spec.id_dtype],
        spec.vocab_size,
        spec.k,
        spec.num_sentences,
        spec.num_tokens,
        generation,
        spec.fingerprint,
        spec.prefix,
        b"\0" * 16,
        0,
    )


def read_header(path: Path) -> tuple[int, StoreSpec, int]:
    """(file kind, spec, generation) of a store file; StoreError if it is not one."""
    with open(path, "rb") as f:
        raw = f.read(HEADER_BYTES)
    if len(raw) < HEADER_BYTES or raw[:8] != MAGIC:
        raise StoreError(f"{path} is not a PS-KD store file (bad magic); {RESET_HINT}")
    magic, version, kind, code, vocab, k, n_sent, n_tok, gen, fp, prefix, _, _ = _HEADER.unpack(raw)
    if version != FORMAT_VERSION:
        raise StoreError(
            f"{path} has store format version {version}, this fairseq_pskd reads version "
            f"{FORMAT_VERSION}; {RESET_HINT}"
        )
    spec = StoreSpec(vocab, k, n_sent, n_tok, fp, prefix)
    if code not in _DTYPE_CODES or np.dtype(_DTYPE_CODES[code]) != spec.id_dtype:
        raise StoreError(f"{path} has an invalid id dtype code {code}; {RESET_HINT}")
    return kind, spec, gen


def _describe_mismatch(found: StoreSpec, wanted: StoreSpec) -> str:
    # worded for both callers of check_files: training (TopKStore.open) and `pskd-store verify`
    parts = []
    if found.vocab_size != wanted.vocab_size:
        parts.append(
            f"vocabulary size {found.vocab_size} (the training data's dictionary has {wanted.vocab_size})"
        )
    if found.k != wanted.k:
        parts.append(f"top-k {found.k} (this run has --pskd-topk {wanted.k})")
    if found.prefix != wanted.prefix:
        seen = f"targets without their first {found.prefix} tokens" if found.prefix else "whole targets"
        parts.append(f"{seen} (this run has --ignore-prefix-size {wanted.prefix})")
    elif found.num_sentences != wanted.num_sentences or found.num_tokens != wanted.num_tokens:
        parts.append(
            f"sentence count {found.num_sentences}, {found.num_tokens} target tokens (the training "
            f"data has {wanted.num_sentences} sentences, {wanted.num_tokens} target tokens)"
        )
    if not parts and found.fingerprint != wanted.fingerprint:
        parts.append(
            f"a fingerprint of other training targets or another dictionary "
            f"({found.fingerprint.hex()[:16]}..., the training data's is {wanted.fingerprint.hex()[:16]}...)"
        )
    return ", ".join(parts)


def check_files(directory: str | os.PathLike, spec: StoreSpec | None = None) -> list[str]:
    """Every problem with the headers and sizes of a store's files, each message naming the file
    and the fix; [] for a usable store. The one check both training (TopKStore.open) and
    `pskd-store verify` make: magic, format version, id dtype, each file's kind and generation, one
    spec across the files, no file shorter than its header says, and, given `spec`, a store made
    for that spec (V, K, sentences, tokens, fingerprint of the training data)."""
    problems: list[str] = []
    specs: dict[str, StoreSpec] = {}
    cls = store_class(directory)
    for g, f in enumerate(cls.files(directory), start=-1):  # the index is "generation" -1
        try:
            kind, found, gen = read_header(f)
        except (StoreError, OSError) as e:
            problems.append(str(e))
            continue
        specs[f.name] = found
        want_kind = KIND_INDEX if g < 0 else cls.generation_kind
        if kind != want_kind or (g >= 0 and gen != g):
            problems.append(
                f"{f} has file kind {kind}, generation {gen}: not what its name says; {cls.fix_hint}"
            )
        need = found.index_bytes() if g < 0 else found.generation_bytes()
        size = f.stat().st_size
        if size < need:
            problems.append(f"{f} is truncated: {size} bytes, its header needs {need}; {cls.fix_hint}")
    if len(set(specs.values())) > 1:
        problems.append("the files' headers disagree: " + ", ".join(
            f"{name}: V={s.vocab_size} K={s.k} {s.num_sentences} sentences {s.num_tokens} tokens "
            f"fingerprint {s.fingerprint.hex()[:12]}" for name, s in specs.items()) + f"; {cls.fix_hint}")
    # against the index's spec: the one TopKStore maps the files with
    found = specs.get("index.pskd")
    if spec is not None and found is not None and found != spec:
        problems.append(
            f"the {cls.what} {Path(directory)} was made for {_describe_mismatch(found, spec)}; {cls.fix_hint}"
        )
    return problems


def write_json_atomic(path: Path, obj: dict) -> None:
    """Write, sync, then rename into place: a reader sees the old file or the new, never half."""
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    with open(tmp, "w") as f:
        json.dump(obj, f, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _allocate(path: Path, nbytes: int, header: bytes, fill=None) -> None:
    """Create `path` at its full size, blocks reserved now so that a full disk fails here, at
    startup, rather than hours into training; written (header, then `fill(tmp_path)`) under a
    temporary name and renamed last, so a crash never leaves a half-made file that looks valid."""
    # a name of this process's own: two ranks creating the same store never share a temporary
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        if filesystem_of(path.parent)[0] in COPY_ON_WRITE_FILESYSTEMS:
            set_nocow(fd)  # before any block exists: btrfs then rewrites in place
        try:
            os.posix_fallocate(fd, 0, nbytes)
        except OSError as e:
            raise StoreError(
                f"cannot allocate {nbytes / 2**30:.2f} GiB for {path} ({e.strerror}): free space "
                f"on that disk or point --pskd-store-dir at a larger one"
            ) from e
        os.pwrite(fd, header, 0)
        if fill is not None:
            fill(tmp)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    os.close(fd)
    os.replace(tmp, path)


@dataclass
class EpochCensus:
    """How many sentences have a usable row for an epoch: logged at each epoch start."""

    epoch: int
    usable: int
    total: int

    @property
    def missing(self) -> int:
        return self.total - self.usable


def make_stamp(session: int, commit: int) -> int:
    """The stamp of a session's commit-th commit: later sessions and later commits sort higher."""
    return (int(session) << 32) | int(commit)


def describe_stamp(stamp: int) -> str:
    return f"session {int(stamp) >> 32}, commit {int(stamp) & 0xFFFFFFFF}"


class TopKStore:
    """Three generations of per-token top-k predictions; see the module docstring.

    Several processes may open one store at once (the ranks of a node): the files are mapped
    MAP_SHARED, each process writes only the rows of the sentences it trained, and a sentence is
    trained by one rank per epoch, so writes never overlap.
    """

    # the row files, generation 0 first, and the kind their headers declare
    generation_names: tuple[str, ...] = tuple(f"gen{g}.pskd" for g in range(NUM_GENERATIONS))
    generation_kind = KIND_GENERATION
    what = "PS-KD store"

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
            for name in ("index.pskd", *self.generation_names)
        }
        self.offsets = self._map("index.pskd", HEADER_BYTES, np.int64, (spec.num_sentences + 1,), "r")
        self._gens = []
        for g, file in enumerate(self.generation_names):
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
        names = ["index.pskd"] + (
            list(self.generation_names) if generation is None else [self.generation_names[generation]]
        )
        for name in names:
            need = self.spec.index_bytes() if name == "index.pskd" else self.spec.generation_bytes()
            size = os.fstat(self._fds[name]).st_size
            if size < need:
                raise StoreError(
                    f"the {self.what} file {self.directory / name} is {size} bytes, {need} expected: "
                    f"it was truncated while this run had it mapped (a disk cleaner, another job, a "
                    f"restore over it). The run stops here rather than touch the missing pages, "
                    f"which would kill it with SIGBUS; {self.fix_hint}"
                )

    def _map(self, name: str, offset: int, dtype, shape, mode: str, key=None) -> np.ndarray:
        mm = np.memmap(self.directory / name, dtype=dtype, mode=mode, offset=offset, shape=shape)
        if key is not None:
            self._maps[key] = mm
        # plain ndarray views of the mapping: np.memmap's subclass hooks cost more than the copy
        return mm.view(np.ndarray)

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def files(cls, directory: str | os.PathLike) -> list[Path]:
        """The index, then the generations: the files every store directory of this kind holds."""
        directory = Path(directory)
        return [directory / "index.pskd"] + [directory / name for name in cls.generation_names]

    @property
    def num_generations(self) -> int:
        return len(self.generation_names)

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
        files = cls.files(directory)
        if store_class(directory) is not cls and (directory / "index.pskd").exists():
            raise StoreError(f"{directory} {cls.other_kind}")
        if reset and writable:
            for f in files + [directory / WATERMARK, directory / SESSIONS]:
                f.unlink(missing_ok=True)
        present = [f.exists() for f in files]
        if all(present):
            problems = check_files(directory, spec)
            if problems:
                raise StoreError(problems[0])
            if writable:
                cls._check_rewrite_room(directory, spec)
            return cls(directory, spec, writable)
        if present[0]:
            missing = [f.name for f, p in zip(files, present) if not p]
            raise StoreError(f"the {cls.what} {directory} is incomplete (missing {missing}); {cls.fix_hint}")
        # no index: any generation files are left from a creation that never finished (the index
        # is renamed into place last), so they hold no rows and are made anew below
        if not writable:
            raise StoreError(f"no {cls.what} in {directory}; {cls.fix_hint}")
        cls._create(directory, spec, sizes)
        return cls(directory, spec, writable)

    fix_hint = RESET_HINT
    space_hint = "point --pskd-store-dir at a larger disk or lower --pskd-topk"
    other_kind = (
        "is a teacher store (filled by `pskd-store fill`), not the store of a PS-KD run: pass it as "
        "--pskd-teacher-store, or give --pskd-store-dir a directory of its own"
    )

    @classmethod
    def _check_rewrite_room(cls, directory: Path, spec: StoreSpec) -> None:
        """On a copy-on-write filesystem a preallocated file still needs new blocks for each
        rewrite, and a mapped write that cannot get them kills the process with SIGBUS: refuse at
        startup unless a generation's rewrite fits in the free space."""
        cow = [f for f in cls.files(directory)[1:] if is_copy_on_write(f)]
        if not cow:
            return
        free = shutil.disk_usage(directory).free
        need = spec.generation_bytes()
        if free < need:
            raise StoreError(
                f"the {cls.what} {directory} is on {describe_filesystem(directory)}, a copy-on-write "
                f"filesystem: rewriting a generation ({need / 2**30:.2f} GiB) needs that much free "
                f"space again, and {free / 2**30:.2f} GiB are free; a write that finds none would "
                f"kill the run with SIGBUS. Free space, point --pskd-store-dir at a disk that "
                f"overwrites in place (ext4, xfs), or on btrfs create the store in a directory marked "
                f"`chattr +C` (new stores there are made no-copy-on-write)"
            )

    @classmethod
    def _create(cls, directory: Path, spec: StoreSpec, sizes: np.ndarray) -> None:
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(
                f"cannot create the PS-KD store directory {directory} ({e.strerror}); "
                "set --pskd-store-dir to a writable directory"
            ) from e
        free = shutil.disk_usage(directory).free
        generations = len(cls.generation_names)
        need = spec.total_bytes(generations)
        if need > free:
            raise StoreError(
                f"the {cls.what} needs {need / 2**30:.2f} GiB in {directory} "
                f"({spec.num_tokens} target tokens x {generations} generation(s) x "
                f"(K={spec.k} ids + probs + gold)), but only {free / 2**30:.2f} GiB are free: "
                f"{cls.space_hint}"
            )

        def write_offsets(tmp: Path) -> None:
            # cumsum straight into the mapped file: no corpus-sized array in process memory
            offsets = np.memmap(tmp, np.int64, "r+", HEADER_BYTES, (spec.num_sentences + 1,))
            offsets[0] = 0
            np.cumsum(sizes, out=offsets[1:])
            offsets.flush()
            del offsets

        # generations first: the index is renamed into place last, so its presence marks a
        # complete store
        for g, name in enumerate(cls.generation_names):
            _allocate(
                directory / name,
                spec.generation_bytes(),
                _pack_header(cls.generation_kind, spec, generation=g),
            )
        _allocate(
            directory / "index.pskd", spec.index_bytes(), _pack_header(KIND_INDEX, spec), write_offsets
        )
        logger.info(
            "created %s %s: %d sentences, %d tokens, K=%d, %s ids, %.1f MiB on disk",
            cls.what,
            directory,
            spec.num_sentences,
            spec.num_tokens,
            spec.k,
            spec.id_dtype.name,
            need / 2**20,
        )

    # -- ownership: which run's rows these are ---------------------------------------------

    def run_fields(self) -> tuple[str, int]:
        with open(self.directory / "index.pskd", "rb") as f:
            raw = f.read(HEADER_BYTES)
        run_id, session = _RUN_FIELDS.unpack(raw[-_RUN_FIELDS.size :])
        return (run_id.hex() if any(run_id) else ""), int(session)

    def set_run(self, run_id: str, session: int) -> None:
        """Record which run owns the rows, and its session (one per start or resume)."""
        raw = _RUN_FIELDS.pack(bytes.fromhex(run_id), session)
        fd = os.open(self.directory / "index.pskd", os.O_WRONLY)
        try:
            os.pwrite(fd, raw, HEADER_BYTES - _RUN_FIELDS.size)
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
        return os.stat(self.directory / "index.pskd").st_ino

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
                f"this training data (or targets are truncated); {self.fix_hint}"
            )
        n = int(lengths.sum())
        first = np.cumsum(lengths) - lengths
        return np.repeat(starts - first, lengths) + np.arange(n)

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
            owner = np.repeat(np.arange(len(lengths)), lengths)[t]
            pos = t - int((np.cumsum(lengths) - lengths)[owner])
            raise StoreError(
                f"the stored prediction for sentence {int(sentence_ids[owner])}, position {pos} was "
                f"made for token {int(stored_gold[t])}, but the sample's target there is "
                f"{int(gold[t])}: the store {self.directory} does not belong to this training data; "
                f"{self.fix_hint}"
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

    def untag_other_epochs(self, epoch: int) -> int:
        """Before `epoch` writes its first row: withdraw every tag of its generation that vouches
        for another epoch's row (the epoch three before, or another timeline's), and sync, so no
        tag ever vouches for a row this epoch overwrites. Returns how many were withdrawn."""
        gen = self._gens[self.generation_of(epoch)]
        tags = gen["epochs"]
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
        for g, gen in enumerate(self._gens):
            tags, stamps = gen["epochs"], gen["stamps"]
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
        gen = self._gens[self.generation_of(epoch)]
        h = hashlib.blake2b(digest_size=16)
        h.update(np.ascontiguousarray(gen["epochs"] == epoch).tobytes())
        h.update(np.where(gen["epochs"] == epoch, gen["stamps"], 0).tobytes())
        return h.digest()

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


class TeacherStore(TopKStore):
    """A trained teacher's top-k, filled once by `pskd-store fill` (fill.py) and read in every
    epoch of a student run (--pskd-teacher-store): one generation, no epoch rotation. A sentence's
    tag is FILLED once its rows are synced; the index header's run id names the teacher (a hash of
    its checkpoints and K), so a resumed fill or a resumed student can tell another teacher's rows.
    Students open it read-only: several runs may share one teacher store."""

    generation_names = ("teacher.pskd",)
    generation_kind = KIND_TEACHER
    what = "teacher store"
    fix_hint = "fill it with `pskd-store fill DATA_BIN --path TEACHER.pt --store-dir DIR`"
    space_hint = "point --store-dir at a larger disk or lower --topk"
    other_kind = (
        "is the store of a PS-KD run (the model's own last-epoch predictions), not a teacher store: "
        "fill a teacher store with `pskd-store fill` in a directory of its own"
    )
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
    """The kind of store in `directory`, told by its row files (a teacher store has teacher.pskd)."""
    return TeacherStore if (Path(directory) / TeacherStore.generation_names[0]).exists() else TopKStore
