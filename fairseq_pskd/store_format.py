"""The on-disk format of a top-k store: its files, their header and layout, the checks that accept
or refuse them, and their allocation. No torch and no fairseq here, in the spirit of fairseq's
data/indexed_dataset.py: tools read and check a store with numpy alone. The rows are read and
written through store.py; which tags survive an epoch start or a resume is tag_policy.py.

Layout of a store directory::

    index.pskd   header + int64 offsets[N + 1]: token row where each sentence starts
    gen0.pskd    header + per-sentence epoch tags and commit stamps + gold ids + top-k ids + probs
    gen1.pskd    the same
    gen2.pskd    the same; epoch t writes gen t % 3 and reads gen (t - 1) % 3
    lock         held (flock) by the one training job that owns the store; see lock.py
    watermark.json   the last checkpoint the store's rows are complete for

A teacher store (teacher_store.py) has one row file, teacher.pskd, in place of the generations.

Every file starts with the same 128-byte header (magic, format version, file kind, id dtype code,
V, K, sentence count, token count, generation, a fingerprint of the training targets, and in the
index the run id and session of the run that owns the rows), so each file can be checked on its
own, in the spirit of fairseq's MMapIndexedDataset.

Why three generations: epoch t reads epoch t - 1's rows while it writes its own, and a run resumed
from a checkpoint one epoch behind the store (killed in epoch t + 1 after a checkpoint in epoch t,
or --save-interval > 1) still needs epoch t - 1's rows to finish epoch t: with t % 3 nothing it
needs has been overwritten.
"""

from __future__ import annotations

import os
import shutil
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .fileio import replacing
from .machine import (
    COPY_ON_WRITE_FILESYSTEMS,
    describe_filesystem,
    filesystem_of,
    is_copy_on_write,
    set_nocow,
)

MAGIC = b"PSKDSTOR"
FORMAT_VERSION = 3
HEADER_BYTES = 128
# magic, version, kind, dtype code, V, K, sentences, tokens, generation, fingerprint, prefix
# (--ignore-prefix-size: positions per target the loss skips), run id, session
_HEADER = struct.Struct("<8sIIB7xQQQQQ32sQ16sQ")
assert _HEADER.size == HEADER_BYTES
RUN_FIELDS = struct.Struct("<16sQ")  # run id and session: the header's last 24 bytes
KIND_INDEX, KIND_GENERATION, KIND_TEACHER = 0, 1, 2
NUM_GENERATIONS = 3
_ALIGN = 64

# dtype codes written in the header; ids use the smallest unsigned type that holds V - 1
_DTYPE_CODES = {1: np.uint8, 2: np.uint16, 3: np.uint32}
_CODE_OF = {np.dtype(v): k for k, v in _DTYPE_CODES.items()}

INDEX = "index.pskd"
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


def _align(n: int) -> int:
    return (n + _ALIGN - 1) // _ALIGN * _ALIGN


def make_stamp(session: int, commit: int) -> int:
    """The stamp of a session's commit-th commit: later sessions and later commits sort higher."""
    return (int(session) << 32) | int(commit)


def describe_stamp(stamp: int) -> str:
    return f"session {int(stamp) >> 32}, commit {int(stamp) & 0xFFFFFFFF}"


def loss_lengths(target_sizes: np.ndarray, prefix: int) -> np.ndarray:
    """Per sentence, the target tokens the loss sees once the first `prefix` are skipped."""
    return np.maximum(np.asarray(target_sizes, dtype=np.int64) - prefix, 0)


def row_positions(starts: np.ndarray | int, lengths: np.ndarray) -> np.ndarray:
    """Rows starts[i] .. starts[i] + lengths[i] - 1 of each sentence, sentence after sentence, in
    one pass instead of one arange per sentence. starts = 0: each token's position in its own
    sentence."""
    lengths = np.asarray(lengths, dtype=np.int64)
    first = np.cumsum(lengths) - lengths  # where each sentence's tokens begin in the result
    return np.repeat(starts - first, lengths) + np.arange(int(lengths.sum()))


def token_sentences(lengths: np.ndarray) -> np.ndarray:
    """Per token of sentences laid out one after another, the index of its sentence."""
    return np.repeat(np.arange(len(lengths)), lengths)


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


@dataclass(frozen=True)
class StoreKind:
    """One kind of store directory: its row files, the file kind their headers declare, and how
    messages name it and its fixes. A directory's kind is told by its row files (kind_of)."""

    generation_names: tuple[str, ...]  # the row files, generation 0 first
    generation_kind: int
    what: str
    fix_hint: str
    space_hint: str
    other_kind: str  # why a directory of the other kind is refused, after its path

    def files(self, directory: str | os.PathLike) -> list[Path]:
        """The index, then the generations: the files every store directory of this kind holds."""
        directory = Path(directory)
        return [directory / INDEX] + [directory / name for name in self.generation_names]


PSKD_STORE = StoreKind(
    generation_names=tuple(f"gen{g}.pskd" for g in range(NUM_GENERATIONS)),
    generation_kind=KIND_GENERATION,
    what="PS-KD store",
    fix_hint=RESET_HINT,
    space_hint="point --pskd-store-dir at a larger disk or lower --pskd-topk",
    other_kind=(
        "is a teacher store (filled by `pskd-store fill`), not the store of a PS-KD run: pass it as "
        "--criterion stored_kd --pskd-teacher-store, or give --pskd-store-dir a directory of its own"
    ),
)
TEACHER_STORE = StoreKind(
    generation_names=("teacher.pskd",),
    generation_kind=KIND_TEACHER,
    what="teacher store",
    fix_hint="fill it with `pskd-store fill DATA_BIN --path TEACHER.pt --store-dir DIR`",
    space_hint="point --store-dir at a larger disk or lower --topk",
    other_kind=(
        "is the store of a PS-KD run (the model's own last-epoch predictions), not a teacher store: "
        "fill a teacher store with `pskd-store fill` in a directory of its own"
    ),
)


def kind_of(directory: str | os.PathLike) -> StoreKind:
    """The kind of store in `directory`, told by its row files (a teacher store has teacher.pskd)."""
    return TEACHER_STORE if (Path(directory) / TEACHER_STORE.generation_names[0]).exists() else PSKD_STORE


def pack_header(kind: int, spec: StoreSpec, generation: int = 0) -> bytes:
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
    kind = kind_of(directory)
    for g, f in enumerate(kind.files(directory), start=-1):  # the index is "generation" -1
        try:
            file_kind, found, gen = read_header(f)
        except (StoreError, OSError) as e:
            problems.append(str(e))
            continue
        specs[f.name] = found
        want_kind = KIND_INDEX if g < 0 else kind.generation_kind
        if file_kind != want_kind or (g >= 0 and gen != g):
            problems.append(
                f"{f} has file kind {file_kind}, generation {gen}: not what its name says; {kind.fix_hint}"
            )
        need = found.index_bytes() if g < 0 else found.generation_bytes()
        size = f.stat().st_size
        if size < need:
            problems.append(f"{f} is truncated: {size} bytes, its header needs {need}; {kind.fix_hint}")
    if len(set(specs.values())) > 1:
        problems.append("the files' headers disagree: " + ", ".join(
            f"{name}: V={s.vocab_size} K={s.k} {s.num_sentences} sentences {s.num_tokens} tokens "
            f"fingerprint {s.fingerprint.hex()[:12]}" for name, s in specs.items()) + f"; {kind.fix_hint}")
    # against the index's spec: the one TopKStore maps the files with
    found = specs.get(INDEX)
    if spec is not None and found is not None and found != spec:
        problems.append(
            f"the {kind.what} {Path(directory)} was made for {_describe_mismatch(found, spec)}; "
            f"{kind.fix_hint}"
        )
    return problems


def check_rewrite_room(directory: Path, kind: StoreKind, spec: StoreSpec) -> None:
    """On a copy-on-write filesystem a preallocated file still needs new blocks for each
    rewrite, and a mapped write that cannot get them kills the process with SIGBUS: refuse at
    startup unless a generation's rewrite fits in the free space."""
    cow = [f for f in kind.files(directory)[1:] if is_copy_on_write(f)]
    if not cow:
        return
    free = shutil.disk_usage(directory).free
    need = spec.generation_bytes()
    if free < need:
        raise StoreError(
            f"the {kind.what} {directory} is on {describe_filesystem(directory)}, a copy-on-write "
            f"filesystem: rewriting a generation ({need / 2**30:.2f} GiB) needs that much free "
            f"space again, and {free / 2**30:.2f} GiB are free; a write that finds none would "
            f"kill the run with SIGBUS. Free space, point --pskd-store-dir at a disk that "
            f"overwrites in place (ext4, xfs), or on btrfs create the store in a directory marked "
            f"`chattr +C` (new stores there are made no-copy-on-write)"
        )


def _allocate(path: Path, nbytes: int, header: bytes, fill: Callable[[Path], None] | None = None) -> None:
    """Create `path` at its full size, blocks reserved now so that a full disk fails here, at
    startup, rather than hours into training; written (header, then `fill(tmp_path)`) under a
    temporary name and renamed last, so a crash never leaves a half-made file that looks valid."""
    with replacing(path) as tmp:
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
        finally:
            os.close(fd)


def create_files(directory: Path, kind: StoreKind, spec: StoreSpec, sizes: np.ndarray) -> int:
    """Make the files of an empty store of `kind` for `spec`, whose sentences have `sizes` target
    tokens; returns the bytes they take. StoreError, before any file is made, when the directory
    cannot be made or the disk lacks the room."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(
            f"cannot create the PS-KD store directory {directory} ({e.strerror}); "
            "set --pskd-store-dir to a writable directory"
        ) from e
    free = shutil.disk_usage(directory).free
    generations = len(kind.generation_names)
    need = spec.total_bytes(generations)
    if need > free:
        raise StoreError(
            f"the {kind.what} needs {need / 2**30:.2f} GiB in {directory} "
            f"({spec.num_tokens} target tokens x {generations} generation(s) x "
            f"(K={spec.k} ids + probs + gold)), but only {free / 2**30:.2f} GiB are free: "
            f"{kind.space_hint}"
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
    for g, name in enumerate(kind.generation_names):
        header = pack_header(kind.generation_kind, spec, generation=g)
        _allocate(directory / name, spec.generation_bytes(), header)
    _allocate(directory / INDEX, spec.index_bytes(), pack_header(KIND_INDEX, spec), write_offsets)
    return need
