"""Grid teachers: a sweep fills a teacher store from its own finished runs, scores the ensemble,
trains the students from it, and refuses a grid whose teacher changed after the fill."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from test_sweep import LS, RECIPE, run_cli, write_grid

from experiments.sweep.archive import pack
from experiments.sweep.cli import main
from experiments.sweep.grid import load_grid

pytestmark = pytest.mark.slow  # every test uses data_bin

KD = "--criterion stored_kd --label-smoothing 0.1 --pskd-teacher-store {teacher:ens} --pskd-alpha 0.5"
TEACHER = {"name": "ens", "from": "ls", "seeds": [1, 2], "topk": 4}


def teacher_grid(tmp_path, data_bin, teacher=None, **extra):
    return write_grid(tmp_path / "grid.json", data_bin=str(data_bin), out_dir="out",
                      recipe=RECIPE + ["--max-epoch", "2"], teachers=[teacher or TEACHER],
                      configs=[{"name": "ls", "flags": LS, "seeds": [1, 2]},
                               {"name": "kd", "label": "student", "flags": KD, "seeds": [1]}], **extra)


def test_a_grid_teacher_is_filled_after_its_runs_and_its_students_learn_from_it(data_bin, tmp_path):
    grid_path = teacher_grid(tmp_path, data_bin, archive="archive")
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

    check_the_archive_restores_the_sweep(grid_path, tmp_path, report)

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


def _numbers(report: dict, out) -> dict:
    """What a report concludes, with its out_dir written as OUT and no paths of its files."""
    report = json.loads(json.dumps(report).replace(str(out), "OUT"))
    keep = ("config", "seed", "status", "bleu", "chrf", "ece_percent", "nll", "best_epoch", "epochs")
    return {"runs": [{k: r.get(k) for k in keep} for r in report["runs"]],
            "significance": report["significance"], "rules": report.get("rules"),
            "teachers": {n: {k: t.get(k) for k in ("bleu", "chrf", "length_ratio", "sources")}
                         for n, t in report["teachers"].items()}}


def check_the_archive_restores_the_sweep(grid_path, tmp_path, report):
    """The grid's archive holds every finished run without checkpoints, in portable paths; copied
    elsewhere and restored into another out_dir it gives the same report, and a sweep there trains
    nothing; a run the grid now trains differently is not restored."""
    archive = tmp_path / "archive"
    for key in ("ls/seed1", "ls/seed2", "kd/seed1"):
        run = archive / "runs" / key
        assert (run / "done.json").is_file() and (run / "rule.last.test.json").is_file(), key
        assert not list(run.glob("*.pt")) and not list(run.glob("*.generate.txt")), key
        assert str(tmp_path / "out") not in (run / "done.json").read_text()
        assert "${OUT}/runs/" + key in (run / "done.json").read_text()
    assert (archive / "teachers" / "ens" / "teacher.done.json").is_file()
    assert not (archive / "teachers" / "ens" / "store").exists()

    moved = tmp_path / "moved-archive"
    archive.rename(moved)  # the archive as a fresh checkout has it: elsewhere, with no out_dir
    out2 = tmp_path / "out2"
    restored = run_cli(grid_path, "--out-dir", out2, "--archive", moved, "--report-only")
    assert restored.returncode == 0, restored.stderr[-4000:]
    assert "restored 3 finished run(s)" in restored.stderr
    assert (_numbers(json.loads((out2 / "report" / "sweep.json").read_text()), out2)
            == _numbers(report, tmp_path / "out"))
    assert not list(out2.glob("runs/*/*/*.pt"))

    again = run_cli(grid_path, "--out-dir", out2, "--archive", moved)
    assert again.returncode == 0, again.stderr[-4000:]
    assert again.stderr.count("finished earlier, skipped") == 3 and not list(out2.glob("runs/*/*/*.pt"))

    # the same archive packed into one file, as experiments/results/ keeps them: the same report,
    # and a sweep from it trains nothing and leaves the file as it was
    packed = tmp_path / "moved-archive.tar.xz"
    pack(moved, packed)
    packed_bytes = packed.read_bytes()
    out5 = tmp_path / "out5"
    from_file = run_cli(grid_path, "--out-dir", out5, "--archive", packed, "--report-only")
    assert from_file.returncode == 0, from_file.stderr[-4000:]
    assert f"restored 3 finished run(s) from {packed.resolve()}" in from_file.stderr
    assert (_numbers(json.loads((out5 / "report" / "sweep.json").read_text()), out5)
            == _numbers(report, tmp_path / "out"))
    again = run_cli(grid_path, "--out-dir", tmp_path / "out6", "--archive", packed)
    assert again.returncode == 0, again.stderr[-4000:]
    assert again.stderr.count("finished earlier, skipped") == 3 and packed.read_bytes() == packed_bytes
    # the directory's name reads the packed file once only that exists
    assert load_grid(grid_path, archive=moved).archive == moved
    assert load_grid(grid_path, archive=tmp_path / "gone").archive == tmp_path / "gone"
    moved.rename(tmp_path / "unpacked")
    assert load_grid(grid_path, archive=moved).archive == packed
    (tmp_path / "unpacked").rename(moved)

    # a configuration whose flags changed since: its archived runs are named and left out
    changed = json.loads(grid_path.read_text())
    changed["configs"][0]["flags"] = LS.replace("0.1", "0.2")
    changed_path = write_grid(tmp_path / "changed.json", **changed)
    refused = run_cli(changed_path, "--out-dir", tmp_path / "out3", "--archive", moved, "--dry-run")
    assert refused.returncode == 0 and "ls/seed1: new\n" in refused.stdout
    assert "kd/seed1: new; finished in" in refused.stdout
    partial = run_cli(changed_path, "--out-dir", tmp_path / "out3", "--archive", moved, "--report-only")
    assert "ls/seed1: not restored" in partial.stderr and "another command" in partial.stderr
    assert not (tmp_path / "out3" / "runs" / "ls" / "seed1").exists()

    # runs trained on another data-bin (here: a dictionary that differs) are never mixed in
    digests = json.loads((moved / "data_bin.json").read_text())
    assert set(digests) >= {"dict.src.txt", "dict.tgt.txt", "train.src-tgt.tgt.bin"}, digests
    (moved / "data_bin.json").write_text(json.dumps({**digests, "dict.tgt.txt": "0" * 64}))
    other = run_cli(grid_path, "--out-dir", tmp_path / "out4", "--archive", moved, "--report-only")
    assert "nothing restored" in other.stderr and "dict.tgt.txt" in other.stderr, other.stderr[-3000:]
    assert not (tmp_path / "out4" / "runs").exists()
