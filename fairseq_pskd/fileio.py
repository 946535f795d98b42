"""The project's one way to replace a file atomically and its one way to take an flock.

A file that other processes read, or that a killed process leaves behind, is written under a
temporary name of this process's own, synced, then renamed over the old one: a reader, or the next
run, sees the old file or the new, never half of one, and two processes writing the same file
never share a temporary. flock is taken on a descriptor and released by closing it, so the kernel
releases it for a holder that dies.
"""

from __future__ import annotations

import fcntl
import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def temp_name(path: str | os.PathLike) -> Path:
    """A sibling of `path` no other process or call uses: renaming it over `path` is atomic."""
    path = Path(path)
    return path.with_name(f"{path.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}")


@contextmanager
def replacing(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary name to write the new `path` under; once the block returns, sync it and
    rename it into place. A block that raises leaves `path` as it was and no temporary behind."""
    path = Path(path)
    tmp = temp_name(path)
    try:
        yield tmp
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_atomic(path: str | os.PathLike, text: str) -> None:
    with replacing(path) as tmp:
        tmp.write_text(text, encoding="utf-8")


def write_json_atomic(path: str | os.PathLike, obj: object) -> None:
    write_text_atomic(path, json.dumps(obj, indent=1))


def lock_exclusive(fd: int, wait: bool = True) -> None:
    """flock `fd` exclusively; without `wait`, BlockingIOError while another descriptor holds it.
    Other OSErrors (ENOLCK, EOPNOTSUPP) mean the filesystem does not support flock."""
    fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)


@contextmanager
def flocked(path: str | os.PathLike, wait: bool = True, create: bool = True) -> Iterator[int]:
    """Hold an exclusive flock on `path` for the block (lock_exclusive); yields the descriptor.
    Without `create`, FileNotFoundError when there is no such file."""
    flags = os.O_RDWR | os.O_CREAT if create else os.O_RDONLY
    fd = os.open(path, flags, 0o644)
    try:
        lock_exclusive(fd, wait)
        yield fd
    finally:
        os.close(fd)
