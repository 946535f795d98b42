"""Which machine this process runs on, and what kind of filesystem a path lives on.

Ranks that share a store directory must be on one machine: memory-mapped writes are coherent
between processes of one kernel, never between machines. A hostname cannot tell machines apart
(containers are often started with one fixed `--hostname` everywhere, and containers of one machine
can have different ones), so the machine is the running kernel's boot id, which every container of
one machine shares and no two machines do.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

BOOT_ID = Path("/proc/sys/kernel/random/boot_id")
MOUNTS = Path("/proc/mounts")
# Filesystems whose files several machines can map at once, without coherence between them.
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs", "nfs4", "lustre", "gpfs", "cifs", "smb3", "smbfs", "beegfs", "ceph", "cephfs",
        "glusterfs", "fuse.glusterfs", "fuse.sshfs", "fuse.cephfs", "fuse.s3fs", "fuse.gcsfuse",
        "fuse.juicefs", "9p", "afs", "panfs", "wekafs", "orangefs", "pvfs2", "virtiofs",
    }
)


def machine_id() -> str:
    """This machine's identity: PSKD_MACHINE_ID if set (tests; kernels without a boot id), else
    the kernel's boot id, else /etc/machine-id, else the hostname."""
    override = os.environ.get("PSKD_MACHINE_ID")
    if override:
        return override
    for path in (BOOT_ID, Path("/etc/machine-id")):
        try:
            value = path.read_text().strip()
        except OSError:
            continue
        if value:
            return value
    return socket.gethostname()


def host_name() -> str:
    """For messages only: never used to tell machines apart."""
    return socket.gethostname()


def filesystem_of(path: str | os.PathLike) -> tuple[str, str]:
    """(filesystem type, mount point) of the mount holding `path`; ("unknown", "") when
    /proc/mounts cannot be read."""
    target = os.path.realpath(path)
    best = ("unknown", "")
    try:
        lines = MOUNTS.read_text().splitlines()
    except OSError:
        return best
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        # /proc/mounts escapes spaces and tabs in mount points as octal
        mount = fields[1].encode().decode("unicode_escape")
        inside = target == mount or target.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) >= len(best[1]):
            best = (fields[2], mount)
    return best


def describe_filesystem(path: str | os.PathLike) -> str:
    """'nfs4 at /shared, a network filesystem' or 'ext4 at /': for error messages."""
    fstype, mount = filesystem_of(path)
    network = ", a network filesystem" if is_network_filesystem(fstype) else ""
    return f"{fstype} at {mount or '?'}{network}"


# Filesystems that write an overwritten block to a new place (copy-on-write): rewriting a file that
# was preallocated still needs free space, and a mapped page that cannot get it faults (SIGBUS).
COPY_ON_WRITE_FILESYSTEMS = frozenset({"btrfs", "zfs", "bcachefs"})
_FS_IOC_GETFLAGS, _FS_IOC_SETFLAGS, _FS_NOCOW_FL = 0x80086601, 0x40086602, 0x00800000


def is_copy_on_write(path: str | os.PathLike) -> bool:
    """Whether writes into the existing blocks of the file `path` need new space: on a
    copy-on-write filesystem, unless the file is marked no-copy-on-write (btrfs `chattr +C`)."""
    if filesystem_of(path)[0] not in COPY_ON_WRITE_FILESYSTEMS:
        return False
    return not _nocow(path)


def set_nocow(fd: int) -> bool:
    """Mark an empty file no-copy-on-write (btrfs: overwrites then stay in place, needing no new
    space); False where the filesystem has no such flag."""
    import array
    import fcntl

    flags = array.array("l", [0])
    try:
        fcntl.ioctl(fd, _FS_IOC_GETFLAGS, flags, True)
        flags[0] |= _FS_NOCOW_FL
        fcntl.ioctl(fd, _FS_IOC_SETFLAGS, flags, True)
    except OSError:
        return False
    return True


def _nocow(path: str | os.PathLike) -> bool:
    import array
    import fcntl

    flags = array.array("l", [0])
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.ioctl(fd, _FS_IOC_GETFLAGS, flags, True)
    except OSError:
        return False
    finally:
        os.close(fd)
    return bool(flags[0] & _FS_NOCOW_FL)


def is_network_filesystem(fstype: str) -> bool:
    return fstype in NETWORK_FILESYSTEMS or fstype.startswith("nfs")
