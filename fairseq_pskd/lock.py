"""One training job owns a store directory: an exclusive flock held for the life of the run.

Two jobs on one store would silently train on each other's predictions (same data, so the gold-id
check cannot tell), and a job starting from scratch would untag the other's rows. The lock makes
the second job stop at startup, naming the first. flock is released by the kernel when its holder
dies, so a job killed with -9 never blocks its own resume (forked children, such as fairseq's
data-loader workers, drop their inherited copy of the descriptor at once). The lock file holds
the owner's host, machine, pid, start time, job token and a token of the process itself, for the
error message, for `cat`, and to notice a filesystem whose flock does not reach across machines.
"""

from __future__ import annotations

import json
import os
import time
import uuid
import weakref
from pathlib import Path

from .fileio import flocked, lock_exclusive
from .machine import describe_filesystem, host_name, machine_id

LOCK_NAME = "lock"


class StoreBusy(RuntimeError):
    """The store directory belongs to another live process; the message says which."""


class LockUnsupported(RuntimeError):
    """The filesystem refuses flock; the message names it and the fix."""


# the locks this process holds, for the fork hook below
_HELD: weakref.WeakSet[StoreLock] = weakref.WeakSet()


def _forget_in_child() -> None:
    """A forked child (a data-loader worker) inherits the lock's descriptor, and with it the flock:
    a worker that outlives a trainer killed with -9, for the seconds it takes to notice, would hold
    the store against the trainer's own resume. The child closes its copy; the parent's lock stays
    (flock is released only when every descriptor of it is closed, or by LOCK_UN, never used here)."""
    for lock in list(_HELD):
        if lock._fd is not None:
            os.close(lock._fd)
            lock._fd = None


os.register_at_fork(after_in_child=_forget_in_child)


class StoreLock:
    def __init__(self, directory: str | os.PathLike):
        self.path = Path(directory) / LOCK_NAME
        self.token = uuid.uuid4().hex  # this holder, whatever its host name or pid
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

    def probe(self) -> tuple[bool | None, dict]:
        """(held by a live process now, what the current or last holder wrote), without taking
        the lock: held is None when there is no lock file. Tried on a descriptor of its own with
        LOCK_NB and released at once, so looking at a store (`pskd-store info`) never blocks the
        job that owns it, nor a job about to start on it."""
        try:
            with flocked(self.path, wait=False, create=False):
                held = False
        except FileNotFoundError:
            return None, {}
        except BlockingIOError:
            held = True
        return held, self.owner()

    def acquire(self, job: str) -> None:
        """Take the lock for job `job`; StoreBusy names the holder, LockUnsupported the filesystem."""
        if self._fd is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            lock_exclusive(fd, wait=False)
        except BlockingIOError:
            os.close(fd)
            raise StoreBusy(describe_owner(self.owner())) from None
        except OSError as e:
            # ENOLCK, ENOSYS, EOPNOTSUPP: NFS without lockd, some Lustre and FUSE mounts
            os.close(fd)
            raise LockUnsupported(
                f"cannot lock {self.path} ({e.strerror or e}); it is on "
                f"{describe_filesystem(self.path.parent)}, which does not support flock. Point "
                f"--pskd-store-dir at node-local storage (for example /tmp/pskd_store or "
                f"$SLURM_TMPDIR/pskd_store), or mount the filesystem with locking (NFS: lockd "
                f"running, or the local_lock=flock option; Lustre: -o flock)"
            ) from e
        info = {
            "host": host_name(),
            "machine": machine_id(),
            "pid": os.getpid(),
            "started": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
            "job": job,
            "token": self.token,
        }
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode(), 0)
        os.fsync(fd)
        self._fd = fd
        _HELD.add(self)

    def written_by_me(self) -> bool:
        """Whether the lock file still names this holder: on a filesystem whose flock does not
        reach across machines, another machine's holder overwrites it."""
        return self.owner().get("token") == self.token

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = None
            _HELD.discard(self)


def describe_owner(owner: dict) -> str:
    if not owner:
        return "another process (its lock file is empty)"
    return (
        f"host {owner.get('host', '?')}, pid {owner.get('pid', '?')}, started "
        f"{owner.get('started', '?')}"
    )
