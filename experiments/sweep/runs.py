"""Run directories: the files a run leaves in OUT/runs/NAME/seedS/ and where scoring writes, the
JSON state files, a run's status, the check that a directory was started with the grid's command,
and the flocks (one per run, one per output directory)."""
from __future__ import annotations

import fcntl
import json
import os
import shlex
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from pskd_tools.evaluation import bleu, token_calibration

from .grid import Grid, GridError, RunSpec

# files in a run directory
TRAIN_LOG = "train.log"  # fairseq-train stdout+stderr, appended by every attempt
SCORE_LOG = "score.log"
RUN_STATE = "run.json"  # the run's command line and its attempts (written from the first attempt on)
TRAIN_DONE = "train.done.json"  # fairseq-train exited 0: a rerun only scores again
SCORED = "scored.json"  # checkpoint_best.pt scored and calibrated: a rerun only scores the rules
DONE = "done.json"  # that and every checkpoint rule scored (rule.RULE.SUBSET.json): the run is finished
FAILED = "failed.json"  # the last attempt failed (removed when the next one starts)
LOCK = ".lock"  # flock held while a process trains or scores the run

SWEEP_LOCK = ".sweep.lock"  # in OUT: one sweep process per output directory


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None  # a JSON cut short by a kill is as good as none
    return data if isinstance(data, dict) else None


def write_json(path: Path, data: dict[str, Any]) -> None:
    # write-then-rename: a kill never leaves a half-written marker that looks finished
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def rules_complete(grid: Grid, done: dict[str, Any] | None) -> bool:
    """done.json records every rule of the grid, scored with the grid's settings. A done.json of
    the code before the rules (or of another lenpen grid) does not: the run is scored again."""
    return (done is not None and done.get("rule_settings") == grid.rule_settings().key()
            and set(grid.rules) <= set(done.get("rules") or {}))


def primary_scored(directory: Path) -> bool:
    """checkpoint_best.pt (the grid's checkpoint) was scored: scored.json, or a done.json."""
    return (read_json(directory / SCORED) or read_json(directory / DONE)) is not None


def run_status(spec: RunSpec, grid: Grid) -> str:
    """'done', 'failed', 'scored' (the grid's checkpoint scored, a checkpoint rule not yet),
    'started' or 'new'."""
    if rules_complete(grid, read_json(spec.directory / DONE)):
        return "done"
    if (spec.directory / FAILED).exists():
        return "failed"
    if primary_scored(spec.directory):
        return "scored"
    return "started" if (spec.directory / RUN_STATE).exists() else "new"


def score_paths(grid: Grid, directory: Path) -> dict[str, Path]:
    """The checkpoint a run is scored with and the files scoring and calibration write beside it."""
    ckpt = directory / grid.checkpoint
    outs = bleu.default_outputs(ckpt, grid.subset, grid.target_lang)
    return {"checkpoint": ckpt, "scores": outs["json"], "hypotheses": outs["hyp"],
            "generate": outs["generate"],
            "calibration": token_calibration.default_output(ckpt, grid.subset, "json")}


def check_run_dirs(grid: Grid, specs: Sequence[RunSpec]) -> None:
    """Refuse to continue a run directory whose recorded command differs from the grid's: its
    checkpoints (and PS-KD store) belong to the other setting."""
    stale = []
    for spec in specs:
        state = read_json(spec.directory / RUN_STATE)
        if state is not None and state.get("args") != grid.train_args(spec):
            stale.append(f"  {spec.directory}: recorded {shlex.join(state.get('args') or [])}\n"
                         f"  {' ' * len(str(spec.directory))}  grid now {shlex.join(grid.train_args(spec))}")
    if stale:
        raise GridError(
            f"{grid.path}: {len(stale)} run director{'y was' if len(stale) == 1 else 'ies were'} "
            "started with another command than the grid now gives:\n" + "\n".join(stale) + "\n"
            "restore the grid, give the changed configuration a new name, or delete those directories")


def acquire_lock(path: Path) -> tuple[IO[str] | None, str]:
    """(open handle holding an exclusive flock on path, "") or, when another process holds it,
    (None, what that process wrote into the file). The holder writes its pid and start time."""
    handle = open(path, "a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip()
        handle.close()
        return None, holder
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()} since {now()}\n")
    handle.flush()
    return handle, ""


def lock_out_dir(out_dir: Path) -> IO[str]:
    """Hold OUT/.sweep.lock for as long as the returned handle lives. A second sweep on the same
    directory would train other runs at the same time, i.e. take another core: --jobs is the way
    to do that."""
    out_dir.mkdir(parents=True, exist_ok=True)
    handle, holder = acquire_lock(out_dir / SWEEP_LOCK)
    if handle is None:
        raise GridError(f"{out_dir} is in use by another sweep ({holder or 'another process'}); wait for it "
                        "or stop it (SIGTERM stops its runs too) — to train more runs at once, use --jobs")
    return handle
