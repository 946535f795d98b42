"""Grid teachers: a sweep fills a teacher store from its own finished runs, scores the ensemble,
trains the students from it, and refuses a grid whose teacher changed after the fill."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from test_sweep import LS, RECIPE, run_cli, write_grid

from pskd_tools.evaluation.sweep.cli import main
from pskd_tools.evaluation.sweep.grid import load_grid

pytestmark = pytest.mark.slow  # every test uses data_bin

KD = "--criterion pskd --label-smoothing 0.1 --pskd-teacher-store {teacher:ens} --pskd-alpha 0.5"
TEACHER = {"name": "ens", "from": "ls", "seeds": [1, 2], "topk": 4}


def teacher_grid(tmp_path, data_bin, teacher=None, **extra):
    return write_grid(tmp_path / "grid.json", data_bin=str(data_bin), out_dir="out",
                      recipe=RECIPE + ["--max-epoch", "2"], teachers=[teacher or TEACHER],
                      configs=[{"name": "ls", "flags": LS, "seeds": [1, 2]},
                               {"name": "kd", "label": "student", "flags": KD, "seeds": [1]}], **extra)


def test_a_grid_teacher_is_filled_after_its_runs_and_its_students_learn_from_it(data_bin, tmp_path):
    grid_path = teacher_grid(tmp_path, data_bin)
    grid = load_grid(grid_path)
    # the students come last, whatever the order of the configurations
    assert [s.key for s in grid.runs()] == ["ls/seed1", "ls/seed2", "kd/seed1"]
    proc = run_cli(grid_path, "--jobs", "2")
    assert proc.returncode == 0, proc.stderr[-4000:]

    out = tmp_path / "out"
    done = json.loads((out / "teachers" / "ens" / "teacher.done.json").read_text())
    store = out / "teachers" / "ens" / "store"
    meta = json.loads((store / "teacher.json").read_text())
    assert meta["complete"] and meta["topk"] == 4
    # the ensemble of both label-smoothing runs' best checkpoints, nothing else
    assert [c["path"] for c in meta["checkpoints"]] == [
        str(out / "runs" / "ls" / f"seed{s}" / "checkpoint_best.pt") for s in (1, 2)]
    # filled only once both sources had finished
    fill_started = datetime.fromisoformat(
        (out / "teachers" / "ens" / "fill.log").read_text().split("\n", 1)[0].split()[2].rstrip(":"))
    for s in (1, 2):
        finished = json.loads((out / "runs" / "ls" / f"seed{s}" / "done.json").read_text())["finished"]
        assert datetime.fromisoformat(finished) <= fill_started
    # the ensemble's own score, decoded like the runs
    scores = json.loads((out / "teachers" / "ens" / "ensemble.test.scores.json").read_text())
    assert scores["sentences"] == 60 and done["bleu"] == scores["bleu"] and scores["beam"] == 5
    assert ":" in scores["checkpoint"]

    student = json.loads((out / "runs" / "kd" / "seed1" / "done.json").read_text())
    assert f"--pskd-teacher-store {store}" in student["command"]
    log = (out / "runs" / "kd" / "seed1" / "train.log").read_text()
    assert "stored teacher" in log and "pskd_kl" in log

    report = json.loads((out / "report" / "sweep.json").read_text())
    assert report["teachers"]["ens"]["bleu"] == scores["bleu"]
    md = (out / "report" / "sweep.md").read_text()
    assert "## Teachers" in md and "| ens | ls/seed1, ls/seed2 | checkpoint_best.pt | 4 |" in md

    # a rerun fills nothing again
    before = (store / "teacher.pskd").stat().st_mtime_ns
    again = run_cli(grid_path, "--jobs", "2")
    assert again.returncode == 0, again.stderr[-4000:]
    assert again.stderr.count("finished earlier, skipped") == 3
    assert (store / "teacher.pskd").stat().st_mtime_ns == before

    # the teacher changed after its students learned from it: refused, naming it
    changed = teacher_grid(tmp_path, data_bin, {**TEACHER, "topk": 8})
    refused = run_cli(changed)
    assert refused.returncode == 2 and "teacher 'ens'" in refused.stderr and "--topk 4" in refused.stderr


def test_a_student_whose_teacher_runs_are_not_in_the_sweep_fails_with_the_fix(data_bin, tmp_path):
    grid_path = teacher_grid(tmp_path, data_bin)
    proc = run_cli(grid_path, "--configs", "kd")
    assert proc.returncode == 1
    assert "teacher ens learns from ls/seed1, which is not finished" in proc.stderr
    assert "--configs ls" in proc.stderr
    assert not (tmp_path / "out" / "teachers" / "ens" / "store").exists()


@pytest.mark.parametrize("teacher, flags, message", [
    ({**TEACHER, "from": "nope"}, KD, "teachers[0].from: 'nope' is not a configuration name"),
    ({**TEACHER, "seeds": [1, 5]}, KD, "teachers[0].seeds: [5] are not seeds of configuration 'ls'"),
    ({**TEACHER, "topk": 0}, KD, "teachers[0].topk: expected a positive integer"),
    ({**TEACHER, "k": 8}, KD, "teachers[0]: unknown field 'k'"),
    (TEACHER, KD.replace("{teacher:ens}", "{teacher:other}"), "{teacher:other}: no such teacher"),
    (TEACHER, KD.replace("--pskd-teacher-store {teacher:ens}", "--pskd-store-dir {teacher:ens}"),
     "{teacher:ens} is not the value of --pskd-teacher-store"),
])
def test_bad_teachers_name_the_field(data_bin, tmp_path, capsys, teacher, flags, message):
    path = write_grid(tmp_path / "bad.json", data_bin=str(data_bin), out_dir="out", recipe=RECIPE,
                      teachers=[teacher], configs=[{"name": "ls", "flags": LS, "seeds": [1, 2]},
                                                   {"name": "kd", "flags": flags}])
    assert main([str(path)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and message in err, err
    assert not (tmp_path / "out").exists()
