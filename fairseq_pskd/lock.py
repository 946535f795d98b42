"""One training job owns a store directory: an exclusive flock held for the life of the run.

Two jobs on one store would silently train on each other's predictions (same data, so the gold-id
check cannot tell), and a job starting from scratch would untag the other's rows. The lock makes
the second job stop at startup, naming the first. flock is released by the kernel when its holder
dies, so a job killed with -9 never blocks its own resume. The lock file holds the owner's host,
pid, start time and job token, for the error message and for `cat`.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import time
from pathlib import Path

LOCK_NAME = "lock"


def node_name() -> str:
    """This machine's name for grouping ranks by store directory; PSKD_NODE_NAME overrides the
    hostname (containers on different machines can share one)."""
    return os.environ.get("PSKD_NODE_NAME") or socket.gethostname()


class StoreBusy(RuntimeError):
    """The store directory belongs to another live process; the message says which."""


class StoreLock:
    def __init__(self, directory: str | os.PathLike):
        self.path = Path(directory) / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def owner(self) -> dict:
        """What the current or last holder wrote; {} when unreadable."""
        try:
            return json.loads(self.path.read_text() or "{}")
        except (OSError, ValueError):
            return {}

    def acquire(self, job: str) -> None:
        """Take the lock for job `job` or raise StoreBusy naming the holder."""
        if self._fd is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise StoreBusy(describe_owner(self.owner())) from None
        info = {
            "host": node_name(),
            "pid": os.getpid(),
            "started": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
            "job": job,
        }
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode(), 0)
        os.fsync(fd)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = None


def describe_owner(owner: dict) -> str:
    if not owner:
        return "another process (its lock file is empty)"
    return (
        f"host {owner.get('host', '?')}, pid {owner.get('pid', '?')}, started "
        f"{owner.get('started', '?')}"
    )
