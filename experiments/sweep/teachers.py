"""Grid teachers: a teacher store filled once from finished runs of the grid (`pskd-store fill`
over the ensemble of their checkpoints), then the ensemble's own test score, both recorded in
OUT/teachers/NAME/teacher.done.json. The runs that learn from it wait until it is there."""
from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path
from typing import Any

from pskd_tools import PLUGIN_DIR

from .grid import Grid, GridError, Teacher
from .runs import now, read_json, run_status

TEACHER_DONE = "teacher.done.json"
FILL_LOG = "fill.log"


def ensemble_path(grid: Grid, teacher: Teacher) -> str:
    """fairseq's ensemble syntax: the source runs' checkpoints joined by os.pathsep."""
    return os.pathsep.join(str(spec.directory / teacher.checkpoint) for spec in grid.teacher_sources(teacher))


def scores_file(teacher: Teacher, subset: str) -> Path:
    return teacher.directory / f"ensemble.{subset}.scores.json"


def fill_command(grid: Grid, teacher: Teacher) -> list[str]:
    cpu = ["--cpu"] if "--cpu" in grid.recipe else []
    return [sys.executable, "-m", "pskd_tools.evaluation.inspect_store", "fill", str(grid.data_bin),
            "--path", ensemble_path(grid, teacher), "--store-dir", str(teacher.store),
            "--topk", str(teacher.topk), "-s", grid.source_lang, "-t", grid.target_lang,
            *cpu, "--no-progress", *teacher.flags]


def score_command(grid: Grid, teacher: Teacher) -> list[str]:
    """The ensemble scored as the runs are (beam, subset), at fairseq's default lenpen."""
    return [sys.executable, "-m", "pskd_tools.evaluation.scoring", str(grid.data_bin),
            "--path", ensemble_path(grid, teacher), "--gen-subset", grid.subset,
            "--beam", str(grid.beam), "-s", grid.source_lang, "-t", grid.target_lang,
            "--user-dir", str(PLUGIN_DIR), "--out-json", str(scores_file(teacher, grid.subset))]


def fill_args(grid: Grid, teacher: Teacher) -> str:
    """What defines the teacher: the fill's arguments, not the interpreter that runs them."""
    cmd = fill_command(grid, teacher)
    return shlex.join(cmd[cmd.index("fill"):])


def teacher_done(grid: Grid, teacher: Teacher) -> dict[str, Any] | None:
    """teacher.done.json, when it records this very fill."""
    done = read_json(teacher.directory / TEACHER_DONE)
    return done if done is not None and done.get("fill_args") == fill_args(grid, teacher) else None


def check_teacher_dirs(grid: Grid) -> None:
    """Refuse a teacher directory filled with another command than the grid now gives (other
    sources, checkpoint or K): the students trained from it learned another teacher."""
    for teacher in grid.teachers:
        done = read_json(teacher.directory / TEACHER_DONE)
        if done is not None and teacher_done(grid, teacher) is None:
            raise GridError(
                f"{grid.path}: teacher {teacher.name!r} in {teacher.directory} was filled with\n"
                f"  {done.get('fill_args')}\nthe grid now gives\n  {fill_args(grid, teacher)}\n"
                "restore the grid, give the changed teacher a new name, or delete that directory "
                "and the runs that learned from it")


def sources_state(grid: Grid, teacher: Teacher) -> tuple[list[str], list[str]]:
    """(keys of the source runs not yet done, keys of those that failed)."""
    specs = grid.teacher_sources(teacher)
    statuses = {spec.key: run_status(spec, grid) for spec in specs}
    return ([k for k, s in statuses.items() if s != "done"],
            [k for k, s in statuses.items() if s == "failed"])


def done_record(grid: Grid, teacher: Teacher, fill_seconds: float, score_seconds: float) -> dict[str, Any]:
    meta = read_json(teacher.store / "teacher.json") or {}
    scores = read_json(scores_file(teacher, grid.subset)) or {}
    return {
        "teacher": teacher.name, "finished": now(), "fill": shlex.join(fill_command(grid, teacher)),
        "fill_args": fill_args(grid, teacher),
        "score": shlex.join(score_command(grid, teacher)),
        "sources": [spec.key for spec in grid.teacher_sources(teacher)],
        "checkpoint": teacher.checkpoint, "topk": teacher.topk, "store": str(teacher.store),
        "fill_seconds": round(fill_seconds, 1), "score_seconds": round(score_seconds, 1),
        "tokens_per_second": meta.get("tokens_per_second"), "fill_meta": meta,
        "scores": str(scores_file(teacher, grid.subset)),
        "bleu": scores.get("bleu"), "chrf": scores.get("chrf"), "length_ratio": scores.get("length_ratio"),
    }
