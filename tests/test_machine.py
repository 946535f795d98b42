"""Ranks are grouped by the machine they run on, never by its name; lock failures name the
filesystem."""

import errno

import pytest

from fairseq_pskd import fileio as lock_mod
from fairseq_pskd.distributed import DirectoryIdentity, group_ranks
from fairseq_pskd.lock import LockUnsupported, StoreLock
from fairseq_pskd.machine import filesystem_of, machine_id


def _ident(machine, host, device=2049, inode=131):
    return DirectoryIdentity(machine, host, "/tmp/pskd_store", device, inode)


def test_two_machines_with_one_hostname_and_colliding_inodes_are_two_groups():
    # containers started with one fixed --hostname on two machines, each with a node-local
    # /tmp/pskd_store that happens to have the same device and inode number
    ids = [_ident("boot-a", "trainer"), _ident("boot-a", "trainer"),
           _ident("boot-b", "trainer"), _ident("boot-b", "trainer")]
    assert group_ranks(ids) == [[0, 1], [2, 3]]


def test_containers_of_one_machine_with_other_hostnames_share_one_directory():
    ids = [_ident("boot-a", "container-1"), _ident("boot-a", "container-2")]
    assert group_ranks(ids) == [[0, 1]]


def test_the_machine_is_the_kernels_boot_id_unless_overridden(monkeypatch):
    monkeypatch.delenv("PSKD_MACHINE_ID", raising=False)
    boot = open("/proc/sys/kernel/random/boot_id").read().strip()
    assert machine_id() == boot
    monkeypatch.setenv("PSKD_MACHINE_ID", "machine-x")
    assert machine_id() == "machine-x"


def test_the_filesystem_of_a_path_is_its_longest_mount(tmp_path):
    fstype, mount = filesystem_of(tmp_path)
    mounts = [line.split() for line in open("/proc/mounts")]
    assert [fstype, mount] in [[m[2], m[1]] for m in mounts]
    assert str(tmp_path).startswith(mount)


@pytest.mark.parametrize("code", [errno.ENOLCK, errno.ENOSYS, errno.EOPNOTSUPP])
def test_a_filesystem_without_flock_is_a_clear_error_naming_it_and_the_fix(tmp_path, monkeypatch, code):
    def no_flock(fd, op):
        raise OSError(code, "simulated")

    monkeypatch.setattr(lock_mod.fcntl, "flock", no_flock)
    with pytest.raises(LockUnsupported) as err:
        StoreLock(tmp_path).acquire("job")
    message = str(err.value)
    assert f"on {filesystem_of(tmp_path)[0]} at " in message
    assert "--pskd-store-dir" in message and "node-local storage" in message
