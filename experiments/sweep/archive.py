"""The results archive: a finished run's small files (logs, scores, rule results, hypotheses),
without its checkpoints or PS-KD store, kept in a directory that can be committed, and copied
back into OUT by a later sweep. A sweep on a fresh checkout then skips every run the archive
holds and reports them beside the new ones, so a grid too long for one machine's session grows
across sessions.

Absolute paths in the archived JSON and logs are written as ${OUT}, ${DATA_BIN} and ${REPO}
(the grid's out_dir and data_bin, and the checkout this code runs from) and put back on restore,
so the archive restores into another checkout or out_dir.

The archive is a directory, or that directory packed into one file, NAME.tar.xz (a tar of its
files, xz-compressed; this repository's archives in experiments/results/ are). A packed archive
is read through a private copy unpacked into a temporary directory (unpacked again when the file
changes), and written by packing that copy again, under a lock, into the same file: every
function here sees a directory either way (`directory`)."""
from __future__ import annotations

import atexit
import fcntl
import functools
import hashlib
import logging
import os
import shutil
import tarfile
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pskd_tools import PLUGIN_DIR

from .grid import Grid, RunSpec, Teacher
from .results import keep_references
from .runs import DONE, RUN_STATE, read_json, rules_complete, run_status, write_json
from .teachers import TEACHER_DONE, scores_file

logger = logging.getLogger("experiments.sweep")

# left out: checkpoints; fairseq-generate's raw output, large and only an intermediate step (the
# hypotheses and references the paired tests compare are kept in files of their own); plots,
# which the report draws again
LEFT_OUT_SUFFIXES = (".pt", ".generate.txt", ".tmp", ".png")
LEFT_OUT_NAMES = {".lock", "failed.json"}
REWRITTEN_SUFFIXES = (".json", ".log")  # the files that record paths


DATA_FILE = "data_bin.json"  # in the archive: the sha256 of the data-bin files its runs were trained on

PACKED_SUFFIX = ".tar.xz"  # an archive whose name ends so is one packed file, not a directory


def is_packed(path: Path) -> bool:
    return path.name.endswith(PACKED_SUFFIX)


def pack(source: Path, target: Path) -> None:
    """Write the files under directory source into target (NAME.tar.xz), named relative to source,
    in sorted order, with no owner, mode bits or time of their own: the same files give the same
    bytes, so repacking an unchanged archive changes nothing a commit would show. Written beside
    target, then renamed: an interrupted pack leaves the old file whole."""
    tmp = target.with_name(target.name + ".tmp")
    target.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(tmp, "w:xz", preset=9) as tar:
        for path in sorted(source.rglob("*")):
            if path.is_file() and not path.is_symlink():
                info = tarfile.TarInfo(path.relative_to(source).as_posix())
                info.size, info.mode, info.mtime = path.stat().st_size, 0o644, 0
                with open(path, "rb") as f:
                    tar.addfile(info, f)
    os.replace(tmp, target)


def unpack(source: Path, target: Path) -> None:
    """Extract source (NAME.tar.xz) into directory target. tarfile's "data" filter refuses members
    outside target, links out of it and device files: a packed archive is data, nothing more."""
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(source, "r:xz") as tar:
        tar.extractall(target, filter="data")


# a packed archive's private unpacked copy: packed file -> (temporary directory, the file's
# (inode, size, mtime) when it was unpacked, None if it did not exist yet)
_unpacked: dict[Path, tuple[Path, tuple[int, int, int] | None]] = {}
_lock = threading.RLock()  # the copies, and the writers (runner threads archive teachers)
_writing_depth = 0  # nested writes (save_all -> save_run) take the file lock once


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


@atexit.register
def _drop_copies() -> None:
    for work, _ in _unpacked.values():
        shutil.rmtree(work, ignore_errors=True)
    _unpacked.clear()


def directory(grid: Grid) -> Path:
    """The archive as a directory: the grid's archive itself, or, for a packed one, its unpacked
    copy (empty while the file does not exist yet), unpacked again when the file has changed."""
    assert grid.archive is not None
    if not is_packed(grid.archive):
        return grid.archive
    with _lock:
        stamp = _stamp(grid.archive)
        copy = _unpacked.get(grid.archive)
        if copy is not None and copy[1] == stamp:
            return copy[0]
        work = Path(tempfile.mkdtemp(prefix="sweep-archive-"))
        if stamp is not None:
            unpack(grid.archive, work)
        if copy is not None:
            shutil.rmtree(copy[0], ignore_errors=True)
        _unpacked[grid.archive] = (work, stamp)
        return work


def _listing(root: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(root).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in root.rglob("*") if p.is_file()}


@contextmanager
def _writing(grid: Grid) -> Iterator[Path]:
    """The archive's directory, to change. A packed archive: its copy, refreshed under an exclusive
    lock on the file's folder (another sweep may have packed runs into it since), and packed into
    the file again afterwards if anything in it changed."""
    global _writing_depth
    assert grid.archive is not None
    if not is_packed(grid.archive):
        yield grid.archive
        return
    with _lock:
        handle = None
        if _writing_depth == 0:
            grid.archive.parent.mkdir(parents=True, exist_ok=True)
            handle = os.open(grid.archive.parent, os.O_RDONLY)
            fcntl.flock(handle, fcntl.LOCK_EX)
        _writing_depth += 1
        try:
            root = directory(grid)
            before = _listing(root)
            yield root
            if _writing_depth == 1 and _listing(root) != before:  # the outermost write packs
                pack(root, grid.archive)
                _unpacked[grid.archive] = (root, _stamp(grid.archive))
        finally:
            _writing_depth -= 1
            if handle is not None:
                os.close(handle)  # releases the flock


def where(grid: Grid, path: Path) -> str:
    """A path of the archive's directory as the user knows it: for a packed archive, the file and
    the member (NAME.tar.xz, member runs/CONFIG/seedS)."""
    assert grid.archive is not None
    if not is_packed(grid.archive):
        return str(path)
    return f"{grid.archive} (member {path.relative_to(directory(grid)).as_posix()})"


def data_digest(grid: Grid) -> dict[str, str]:
    """sha256 of what fairseq reads from data_bin (dictionaries, .bin and .idx); not its logs."""
    return dict(_digest(str(grid.data_bin)))


@functools.lru_cache(maxsize=4)
def _digest(data_bin: str) -> tuple[tuple[str, str], ...]:
    # once per process: a WMT data-bin's .bin files are gigabytes
    files = sorted(p for p in Path(data_bin).iterdir() if p.is_file()
                   and (p.suffix in (".bin", ".idx") or (p.name.startswith("dict.") and p.suffix == ".txt")))
    digests = []
    for path in files:
        with open(path, "rb") as f:
            digests.append((path.name, hashlib.file_digest(f, "sha256").hexdigest()))
    return tuple(digests)


def data_mismatch(grid: Grid) -> str | None:
    """How the archive's data-bin differs from the grid's, or None (same files, or no record yet)."""
    recorded = read_json(directory(grid) / DATA_FILE) if grid.archive is not None else None
    if recorded is None:
        return None
    now = data_digest(grid)
    differ = sorted(n for n in set(recorded) | set(now) if recorded.get(n) != now.get(n))
    if not differ:
        return None
    return (f"the runs in {grid.archive} were trained on another data-bin than {grid.data_bin} "
            f"({', '.join(differ[:4])}{' ...' if len(differ) > 4 else ''} differ): rebuild the data the "
            f"grid's data_command gives, or give this data another archive")


def _roots(grid: Grid) -> list[tuple[str, str]]:
    """(placeholder, absolute path), the longest path first, so that OUT inside the checkout is
    written as ${OUT}/..., not ${REPO}/demo/..."""
    roots = [("${OUT}", str(grid.out_dir)), ("${DATA_BIN}", str(grid.data_bin)),
             ("${REPO}", str(PLUGIN_DIR.parent))]
    return sorted(roots, key=lambda r: len(r[1]), reverse=True)


def _portable(text: str, grid: Grid) -> str:
    for token, path in _roots(grid):
        text = text.replace(path, token)
    return text


def _local(text: str, grid: Grid) -> str:
    for token, path in _roots(grid):
        text = text.replace(token, path)
    return text


def _archived(path: Path) -> bool:
    return (path.is_file() and not path.is_symlink() and path.name not in LEFT_OUT_NAMES
            and not path.name.endswith(LEFT_OUT_SUFFIXES))


def _copy_file(src: Path, dst: Path, convert: Callable[[str], str]) -> None:
    if src.name.endswith(REWRITTEN_SUFFIXES):
        text = src.read_text(encoding="utf-8", errors="surrogateescape")
        dst.write_text(convert(text), encoding="utf-8", errors="surrogateescape")
    else:
        shutil.copyfile(src, dst)


def _copy_dir(src: Path, dst: Path, convert: Callable[[str], str]) -> None:
    """Copy src's archived files into dst, replaced whole: written beside it, then renamed, so an
    interrupted copy never leaves a half archive (or a half-restored run) behind."""
    tmp = dst.with_name(dst.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for path in sorted(src.iterdir()):
        if _archived(path):
            _copy_file(path, tmp / path.name, convert)
    old = dst.with_name(dst.name + ".old")
    if dst.exists():
        os.replace(dst, old)
    os.replace(tmp, dst)
    shutil.rmtree(old, ignore_errors=True)


def _in_archive(grid: Grid, local: Path) -> Path:
    """Where a directory of OUT (a run's, a teacher's) is kept in the archive's directory."""
    return directory(grid) / local.relative_to(grid.out_dir)


def run_dir(grid: Grid, spec: RunSpec) -> Path:
    return _in_archive(grid, spec.directory)


def _holds(grid: Grid, archived: Path, local: Path) -> bool:
    """The archive already holds this very record (done.json, teacher.done.json)."""
    return archived.is_file() and archived.read_text(encoding="utf-8") == _portable(
        local.read_text(encoding="utf-8"), grid)


def save_run(grid: Grid, spec: RunSpec) -> bool:
    """Archive a finished run unless the archive already holds this very result (its done.json)."""
    if grid.archive is None or run_status(spec, grid) != "done":
        return False
    with _writing(grid):
        mismatch = data_mismatch(grid)
        if mismatch is not None:  # never mix runs of two data-bins in one archive
            logger.error("%s: not archived: %s", spec.key, mismatch)
            return False
        target = run_dir(grid, spec)
        if _holds(grid, target / DONE, spec.directory / DONE):
            return False
        keep_references(grid, spec.directory)
        _copy_dir(spec.directory, target, lambda text: _portable(text, grid))
        _record_data(grid)
    logger.info("%s: archived in %s", spec.key, where(grid, target))
    return True


def _record_data(grid: Grid) -> None:
    assert grid.archive is not None
    with _writing(grid) as root:
        if (root / "runs").is_dir() and not (root / DATA_FILE).is_file():
            write_json(root / DATA_FILE, data_digest(grid))


def save_teacher(grid: Grid, teacher: Teacher) -> bool:
    """Archive a teacher's record (teacher.done.json, the ensemble's scores): the report's table."""
    done = teacher.directory / TEACHER_DONE
    if grid.archive is None or not done.is_file():
        return False
    with _writing(grid):
        target = _in_archive(grid, teacher.directory)
        if _holds(grid, target / TEACHER_DONE, done):
            return False
        target.mkdir(parents=True, exist_ok=True)
        for path in (scores_file(teacher, grid.subset), done):  # the record last: it marks the copy whole
            if path.is_file():
                _copy_file(path, target / path.name, lambda text: _portable(text, grid))
    return True


def restorable(grid: Grid, spec: RunSpec) -> str | None:
    """Why the archived copy of spec cannot be restored, or None when it can: it must be finished
    under the grid's scoring settings and trained with the command the grid gives now."""
    source = run_dir(grid, spec)
    done = read_json(source / DONE)
    if done is None:
        return "not in the archive"
    mismatch = data_mismatch(grid)
    if mismatch is not None:
        return mismatch
    if not rules_complete(grid, done):
        return "scored with other settings (rules, beam or lenpens) than the grid gives now"
    state = read_json(source / RUN_STATE) or {}
    args = [_local(a, grid) for a in state.get("args") or []]
    if args != grid.train_args(spec):
        return "trained with another command than the grid gives now"
    return None


def restore(grid: Grid) -> list[str]:
    """Copy every archived finished run that OUT does not have (no directory yet) into OUT, and
    the teachers' records; returns the keys restored. A run OUT has started is left alone: its
    own files win. An archived run made with another command is named in the log, not restored."""
    if grid.archive is None or not (grid.archive.is_file() if is_packed(grid.archive)
                                     else grid.archive.is_dir()):
        return []
    mismatch = data_mismatch(grid)
    if mismatch is not None:
        logger.warning("nothing restored: %s", mismatch)
        return []
    restored = []
    for spec in grid.runs():
        if spec.directory.exists() and any(spec.directory.iterdir()):
            continue
        why = restorable(grid, spec)
        if why == "not in the archive":
            continue
        if why is not None:
            logger.warning("%s: not restored from %s: %s", spec.key, where(grid, run_dir(grid, spec)), why)
            continue
        _copy_dir(run_dir(grid, spec), spec.directory, lambda text: _local(text, grid))
        restored.append(spec.key)
    for teacher in grid.teachers:
        source = _in_archive(grid, teacher.directory)
        if (teacher.directory / TEACHER_DONE).exists() or not (source / TEACHER_DONE).is_file():
            continue
        teacher.directory.mkdir(parents=True, exist_ok=True)
        for path in sorted(source.iterdir(), key=lambda p: p.name == TEACHER_DONE):
            if path.is_file():
                _copy_file(path, teacher.directory / path.name, lambda text: _local(text, grid))
    if restored:
        logger.info("restored %d finished run(s) from %s: %s", len(restored), grid.archive,
                    ", ".join(restored))
    return restored


def save_all(grid: Grid) -> list[str]:
    """Archive every finished run and teacher record the archive lacks or holds an older copy of."""
    if grid.archive is None:
        return []
    with _writing(grid):  # a packed archive: packed once, at the end
        saved = [spec.key for spec in grid.runs() if save_run(grid, spec)]
        for teacher in grid.teachers:
            save_teacher(grid, teacher)
        if data_mismatch(grid) is None:
            _record_data(grid)
    return saved
