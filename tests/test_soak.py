"""Random kills: a run killed with SIGKILL at random moments (a random milestone, a random delay
after it), restarted with the same command until it finishes, must train every epoch as an
uninterrupted run does: on a corpus without length ties (so that fairseq's re-batching cannot move
sentences) every epoch's `loss`, `pskd_prior` and `pskd_kl` as printed. A kill inside fairseq's
copy of a checkpoint to checkpoint_last.pt cuts that file short (fairseq's own, for any
criterion); the test then does what a user does, and restores the newest whole checkpoint.

`PSKD_SOAK_TRIALS` (default 1) sets the trials per layout and `PSKD_SOAK_SEED` the first seed;
each failure names its seed and kill points, so it can be replayed.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
import torch
from epoch_compare import assert_same_epochs
from test_distributed import _env, _free_port, _two_ranks, rank_commands

from conftest import BIN, epoch_stats, resume_args

pytestmark = pytest.mark.slow

TRIALS = int(os.environ.get("PSKD_SOAK_TRIALS", "1"))
FIRST_SEED = int(os.environ.get("PSKD_SOAK_SEED", "1"))
KEYS = ("loss", "pskd_prior", "pskd_kl")
# milestones of a fairseq-train log (resume_args: 3 epochs of 10 updates, a checkpoint every 4)
MILESTONES = {
    "checkpoint saved": r"Saved checkpoint",
    "validation begins": r"begin validation on",
    "epoch begins": r"begin training epoch",
    "mid-commit": r"Preparing to save checkpoint",
    "a step": r"train_inner",
}


def _kill_point(rng: random.Random) -> tuple[str, int, float]:
    name = rng.choice(list(MILESTONES))
    return name, rng.randint(1, 6 if name == "a step" else 2), rng.choice([0.0, 0.05, 0.3])


def _run_killed(cmds: list[tuple[list[str], dict]], point, watch: int = 0) -> tuple[str, bool]:
    """Start one process per command, SIGKILL them all at `point` (seen in process `watch`'s
    output); (that output, whether the run finished before the kill point came)."""
    name, count, delay = point
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              env=env) for cmd, env in cmds]
    lines, seen, killed = [], 0, False
    for line in procs[watch].stdout:
        lines.append(line)
        if re.search(MILESTONES[name], line):
            seen += 1
            if seen == count:
                time.sleep(delay)
                for p in procs:
                    p.send_signal(signal.SIGKILL)
                killed = True
                break
    for p in procs:
        out = p.communicate(timeout=600)[0]
        if p is procs[watch]:
            lines.append(out)
    log = "".join(lines)
    if not killed:
        for i, p in enumerate(procs):
            if p.returncode != 0 and _CUT_SHORT in log:
                return log, None
            assert p.returncode == 0, f"process {i} failed:\n{log[-4000:]}"
    return log, not killed


# fairseq writes a checkpoint's first file atomically, then copies it to checkpoint_last.pt with a
# plain copy: a kill inside that copy leaves checkpoint_last.pt cut short, for every criterion
_CUT_SHORT = "PytorchStreamReader failed reading zip archive"


def _recover(save_dir: Path) -> str:
    """What a user does when checkpoint_last.pt is cut short: put the newest whole checkpoint in
    its place (fairseq wrote that one through a temporary file and a rename)."""
    numbered = [c for c in save_dir.glob("checkpoint*.pt") if re.fullmatch(r"checkpoint[\d_]+\.pt", c.name)]
    newest = max(numbered, key=lambda c: c.stat().st_mtime)
    last = save_dir / "checkpoint_last.pt"
    shutil.copy(newest, last)
    return newest.name


def _summary_lost_with(save_dir: Path, got: dict[int, dict[str, str]]) -> dict[int, dict[str, str]]:
    """The summary of the epoch that checkpoint_last.pt ends, as fairseq would print it from the
    training meters saved in it, when no log printed it (the kill came between the checkpoint and
    the summary line); {} otherwise."""
    from fairseq.logging.meters import MetersDict
    from fairseq.logging.progress_bar import format_stat

    last = save_dir / "checkpoint_last.pt"
    if not last.exists():
        return {}
    extra = torch.load(last, map_location="cpu", weights_only=False)["extra_state"]
    position = extra["train_iterator"]
    ended = position["epoch"] - 1  # fairseq saves an ended epoch as the next one at iteration 0
    if position["iterations_in_epoch"] != 0 or ended < 1 or ended in got:
        return {}
    meters = MetersDict()
    meters.load_state_dict(extra["metrics"]["train"])
    return {ended: {k: format_stat(v) for k, v in meters.get_smoothed_values().items()}}


def _soak(commands, save_dir, straight_log, seed, max_kills=3):
    """Kill and restart `commands()` (fresh command lines for each start) up to `max_kills` times,
    then let it finish; its epochs must be the straight run's."""
    rng = random.Random(seed)
    got, points = {}, []
    for _ in range(2 * max_kills + 1):
        kills = sum(isinstance(p, tuple) for p in points)
        point = _kill_point(rng) if kills < max_kills else ("a step", 10**9, 0.0)
        log, finished = _run_killed(commands(), point)
        if finished is None:  # fairseq's checkpoint_last.pt was cut short by the last kill
            points.append(f"checkpoint_last.pt cut short, restored from {_recover(save_dir)}")
        else:
            got.update(epoch_stats(log))
            if finished:
                break
            points.append(point)
        lost = _summary_lost_with(save_dir, got)
        if lost:
            points.append(f"epoch {next(iter(lost))} summary read from checkpoint_last.pt")
            got.update(lost)
    else:
        pytest.fail(f"seed {seed}: the run never finished ({points})")
    try:
        assert_same_epochs(got, epoch_stats(straight_log), (1, 2, 3), KEYS)
    except AssertionError as e:
        raise AssertionError(f"seed {seed}, killed at {points}: {e}") from None
    print(f"soak seed {seed}: killed at {points}, then finished; every epoch exact")  # pytest -s
    return points


@pytest.mark.parametrize("trial", range(TRIALS))
def test_random_kills_on_one_rank_resume_every_epoch_exactly(uninterrupted, distinct_bin, tmp_path, trial):
    _, straight_log = uninterrupted
    cmd = [str(BIN / "fairseq-train"), *map(str, resume_args(distinct_bin, tmp_path))]
    _soak(lambda: [(cmd, {**_env(), "OMP_NUM_THREADS": "1"})], tmp_path, straight_log, FIRST_SEED + trial)


@pytest.mark.distributed
@pytest.mark.parametrize("trial", range(max(1, TRIALS // 2)))
def test_random_kills_of_two_ranks_resume_every_epoch_exactly(distinct_bin, tmp_path, trial):
    """One store per rank (two nodes), so the epoch exchange is killed and resumed too."""
    straight = _two_ranks(resume_args(distinct_bin, tmp_path / "a"), [tmp_path / "a0", tmp_path / "a1"])
    args = resume_args(distinct_bin, tmp_path / "b")
    stores = [tmp_path / "b0", tmp_path / "b1"]

    _soak(lambda: rank_commands(args, stores, _free_port()), tmp_path / "b", straight[0],
          FIRST_SEED + 100 + trial)


def test_a_summary_read_from_an_epochs_last_checkpoint_is_the_one_printed(uninterrupted, tmp_path):
    """What _summary_lost_with puts in place of a lost summary line equals the printed line."""
    save, straight_log = uninterrupted
    shutil.copy(save / "checkpoint1.pt", tmp_path / "checkpoint_last.pt")
    printed = epoch_stats(straight_log)
    assert _summary_lost_with(tmp_path, {1: printed[1]}) == {}
    read = _summary_lost_with(tmp_path, {})
    assert_same_epochs(read, printed, (1,), KEYS)
