"""A failure on one rank stops every rank at once, with that rank's message (gloo on CPU, one
process per rank, through the real CLI); machines are told apart by their kernel, not their name."""

import os
import re
import signal
import time
from pathlib import Path

import pytest
from test_distributed import _free_port, _launch
from test_resume import _args as resume_args

from conftest import USER_DIR
from reference import frozen_pskd_args

pytestmark = [pytest.mark.slow, pytest.mark.distributed]

FAULTS = str(Path(__file__).parent / "plugins" / "pskd_faults")  # fails on purpose, see there


def _wait_all(procs, timeout=600):
    """{rank: (returncode, log, seconds until it exited)} once every process has exited."""
    start, out = time.time(), {}
    for rank, p in procs.items():
        log = p.communicate(timeout=timeout)[0]
        out[rank] = (p.returncode, log, time.time() - start)
    return out


@pytest.mark.parametrize(
    "variable,rank,message",
    [
        ("PSKD_FAIL_AFTER_WRITES", 1, "writer failed: [Errno 28] No space left on device"),
        ("PSKD_FAIL_AFTER_READS", 0, "reader failed: [Errno 5] Input/output error"),
    ],
    ids=["writer-on-rank-1", "reader-on-rank-0"],
)
def test_a_store_failure_on_one_rank_stops_every_rank_with_its_message(
    variable, rank, message, distinct_bin, tmp_path
):
    args = [FAULTS if a == USER_DIR else a for a in resume_args(distinct_bin, tmp_path / "ckpt")]
    procs = _launch(args, [tmp_path / "s0", tmp_path / "s1"], _free_port(), {rank: {variable: "3"}})
    done = _wait_all(procs)
    for r, (code, log, _) in done.items():
        assert code != 0, f"rank {r} did not stop:\n{log[-3000:]}"
        # the same words on every rank, naming the rank that failed
        assert f"rank {rank}: the PS-KD store {message} (injected by the test)" in log, log[-3000:]
    # both stop at the same step, not one at a gloo or NCCL timeout
    assert abs(done[0][2] - done[1][2]) < 30


def test_two_machines_with_one_hostname_on_one_directory_are_refused(data_bin, pretrained, tmp_path):
    # the ranks share the hostname (as containers started with one --hostname do) but run on two
    # machines (PSKD_MACHINE_ID stands in for two kernels' boot ids), pointed at one directory as
    # on a shared network filesystem: refused at startup, before any training
    shared = tmp_path / "nfs-store"
    args = frozen_pskd_args(data_bin, pretrained, tmp_path / "ckpt")
    envs = {0: {"PSKD_MACHINE_ID": "machine-a"}, 1: {"PSKD_MACHINE_ID": "machine-b"}}
    done = _wait_all(_launch(args, [shared, shared], _free_port(), envs))
    for code, log, _ in done.values():
        assert code != 0
        # whichever rank found it, every rank says why
        assert "is one directory seen by several machines" in log and "node-local storage" in log
        assert "begin training epoch" not in log


def _with_hostname(name):
    # a UTS namespace of its own (root, as on CI): the process's hostname differs, its kernel not
    return ["unshare", "--uts", "sh", "-c", 'hostname "$0" && exec "$@"', name]


def test_ranks_of_one_machine_share_a_directory_whatever_their_hostnames(data_bin, pretrained, tmp_path):
    # containers of one machine with their own hostnames, bind-mounting one directory: one store
    shared = tmp_path / "store"
    args = frozen_pskd_args(data_bin, pretrained, tmp_path / "ckpt")
    names = {0: _with_hostname("container-1"), 1: _with_hostname("container-2")}
    done = _wait_all(_launch(args, [shared, shared], _free_port(), prefixes=names))
    for code, log, _ in done.values():
        assert code == 0, log[-3000:]
    assert "PS-KD data parallel: 2 ranks, 1 store directory (2 ranks each)" in done[0][1]


def test_a_generation_file_truncated_under_a_running_rank_stops_every_rank_naming_the_file(
    distinct_bin, tmp_path
):
    """A mapped file cut short under a running process would kill it with SIGBUS at the next
    access to a missing page, with no message and the other ranks left waiting."""
    stores = [tmp_path / "s0", tmp_path / "s1"]
    args = [*resume_args(distinct_bin, tmp_path / "save"), "--max-epoch", "4"]
    procs = _launch(args, stores, _free_port())
    lines = []
    for line in procs[0].stdout:
        lines.append(line)
        if "begin training epoch 2" in line:
            # epoch 2 reads epoch 1's rows, in generation 1
            os.truncate(stores[1] / "gen1.pskd", 128)
            break
    rest = {rank: p.communicate(timeout=600)[0] for rank, p in procs.items()}
    log0 = "".join(lines) + rest[0]
    for rank, p in procs.items():
        assert p.returncode not in (0, -signal.SIGBUS), f"rank {rank}: {rest[rank][-3000:]}"
    assert re.search(rf"rank 1: .*{stores[1] / 'gen1.pskd'} is 128 bytes, \d+ expected: it was "
                     r"truncated while this run had it mapped", log0), log0[-3000:]
