"""The sweep runner: a real 2-run grid through the CLI, skipping finished runs, resuming a stopped
one, the mean ± sd table and the paired tests on hand-written run directories, grid errors."""

from __future__ import annotations

import fcntl
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sacrebleu

from experiments.sweep.cli import main
from experiments.sweep.grid import load_grid
from experiments.sweep.report import write_report
from experiments.sweep.results import collect
from experiments.sweep.runner import Runner
from experiments.sweep.stats import significance

from conftest import MODEL_ARGS, REPO

pytestmark = pytest.mark.slow  # every test uses data_bin or starts the sweep or bash

PNG = b"\x89PNG\r\n\x1a\n"

# the shared tiny model without --seed: the runner sets the seed of every run itself
RECIPE = [a for i, a in enumerate(MODEL_ARGS)
          if a != "--seed" and (i == 0 or MODEL_ARGS[i - 1] != "--seed")] + [
    "--optimizer", "adam", "--lr", "5e-3", "--lr-scheduler", "inverse_sqrt",
    "--warmup-updates", "10", "--dropout", "0", "--max-tokens", "800",
    "--no-epoch-checkpoints", "--no-save-optimizer-state",
]
LS = "--criterion label_smoothed_cross_entropy --label-smoothing 0.1"
PSKD = "--criterion pskd --label-smoothing 0.1 --pskd-alpha 0.5 --pskd-topk 8"


def write_grid(path: Path, **fields) -> Path:
    path.write_text(json.dumps(fields, indent=1))
    return path


def run_cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO), OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    return subprocess.run([sys.executable, "-m", "experiments.sweep", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=timeout)


def processes_using(path: Path) -> list[int]:
    """Live processes whose command line mentions path (the run's --save-dir)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if str(path) in cmdline:
                pids.append(int(entry.name))
    return pids


# --------------------------------------------------------------------------------------------
# the real CLI on the tiny corpus
# --------------------------------------------------------------------------------------------
def test_two_run_grid_trains_scores_reports_and_skips_finished_runs(data_bin, tmp_path):
    grid = write_grid(tmp_path / "grid.json", data_bin=str(data_bin), out_dir="out",
                      recipe=RECIPE + ["--max-epoch", "2"],
                      configs=[{"name": "ls", "label": "label smoothing", "flags": LS},
                               {"name": "pskd", "label": "PS-KD", "flags": PSKD}])
    proc = run_cli(grid, "--jobs", "2")
    assert proc.returncode == 0, proc.stderr[-4000:]
    out = tmp_path / "out"
    report = json.loads((out / "report" / "sweep.json").read_text())
    runs = {r["config"]: r for r in report["runs"]}
    assert set(runs) == {"ls", "pskd"} and all(r["status"] == "done" for r in runs.values())

    for name in ("ls", "pskd"):
        run = out / "runs" / name / "seed1"
        done = json.loads((run / "done.json").read_text())
        scores = json.loads((run / "checkpoint_best.test.scores.json").read_text())
        cal = json.loads((run / "checkpoint_best.test.calibration.json").read_text())
        log = (run / "train.log").read_text()
        # the run trained what the grid says, with the runner's seed and save dir
        assert f"--seed 1 --save-dir {run}" in done["command"]
        assert ("--criterion pskd" in done["command"]) == (name == "pskd")
        assert re.search(r"\| epoch 002 \| loss", log) and not re.search(r"\| epoch 003 \|", log)
        # the report holds what scoring and calibration wrote
        assert runs[name]["bleu"] == scores["bleu"] and runs[name]["chrf"] == scores["chrf"]
        assert runs[name]["ece_percent"] == cal["ece_percent"] and runs[name]["nll"] == cal["nll"]
        assert runs[name]["epochs"] == 2 and runs[name]["best_epoch"] in (1, 2)
        assert done["wall_seconds"] == pytest.approx(done["train_seconds"] + done["score_seconds"], abs=0.11)
        assert done["train_seconds"] > 0 and done["score_seconds"] > 0
        hyps = (run / "checkpoint_best.test.hyp.tgt").read_text().splitlines()
        assert len(hyps) == scores["sentences"] == 60

    # paired tests of PS-KD against label smoothing on seed 1, computed by sacreBLEU
    (row,) = report["significance"]["rows"]
    assert row["config"] == "pskd" and row["seeds"] == [1]
    bleu = row["metrics"]["BLEU"]
    assert bleu["delta"] == pytest.approx(runs["pskd"]["bleu"] - runs["ls"]["bleu"], abs=0.011)
    for metric in row["metrics"].values():
        assert 0 < metric["p_bs"] <= 1 and 0 < metric["p_ar"] <= 1
    md = (out / "report" / "sweep.md").read_text()
    assert "| label smoothing | 1/1 |" in md and "| PS-KD | 1/1 |" in md
    assert "## Paired significance against label smoothing" in md
    for png in ("valid_loss.png", "reliability.png", "metrics.png"):
        assert (out / "report" / png).read_bytes().startswith(PNG), png

    # a second invocation trains nothing: both runs are finished
    before = {p: (p.stat().st_mtime_ns, p.stat().st_size)
              for p in out.glob("runs/*/seed1/*") if p.is_file() and p.name != ".lock"}
    again = run_cli(grid, "--jobs", "2")
    assert again.returncode == 0, again.stderr[-4000:]
    assert again.stderr.count("finished earlier, skipped") == 2
    after = {p: (p.stat().st_mtime_ns, p.stat().st_size) for p in before}
    assert after == before


# fairseq's end-of-epoch training summary of epoch 1 (printed after the epoch's checkpoint is saved)
EPOCH_1_SUMMARY = re.compile(r"\| train \| epoch 001 \| loss")


def test_a_stopped_run_resumes_from_its_checkpoint(data_bin, tmp_path):
    grid = write_grid(tmp_path / "grid.json", data_bin=str(data_bin), out_dir="out",
                      recipe=RECIPE + ["--max-epoch", "8"],
                      configs=[{"name": "pskd", "flags": PSKD}])
    run = tmp_path / "out" / "runs" / "pskd" / "seed1"
    env = dict(os.environ, PYTHONPATH=str(REPO), OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    first = subprocess.Popen([sys.executable, "-m", "experiments.sweep", str(grid)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    # stop the sweep once epoch 1 is over (8 epochs leave plenty of time before the end). Not at
    # "Saved checkpoint": fairseq prints the epoch's summary after the save, and a stop between the
    # two leaves no summary of epoch 1 in the log, which is what the count below relies on; the
    # summary, in turn, only comes after the checkpoint is saved
    deadline = time.monotonic() + 300
    log = run / "train.log"
    while not (log.is_file() and EPOCH_1_SUMMARY.search(log.read_text(errors="replace"))):
        assert first.poll() is None, first.communicate()
        assert time.monotonic() < deadline, "epoch 1 did not end within 300 s"
        time.sleep(0.05)
    first.send_signal(signal.SIGTERM)
    _, err = first.communicate(timeout=120)
    assert first.returncode == 130, err[-3000:]
    assert "stopped" in err
    assert not (run / "done.json").exists() and (run / "checkpoint_last.pt").is_file()
    assert processes_using(run) == [], "the sweep left its fairseq-train running"
    state = json.loads((run / "run.json").read_text())
    assert [a["result"] for a in state["attempts"]] == ["stopped"]

    second = run_cli(grid)
    assert second.returncode == 0, second.stderr[-4000:]
    text = log.read_text()
    resumed = re.search(r"Loaded checkpoint \S+checkpoint_last\.pt \(epoch (\d+) @ (\d+) updates\)", text)
    assert resumed and int(resumed.group(1)) >= 2, "the rerun did not resume from checkpoint_last.pt"
    # epoch 1 was trained once, by the first attempt; the rerun went on to the last epoch
    assert len(EPOCH_1_SUMMARY.findall(text)) == 1
    assert re.search(r"\| train \| epoch 008 \| loss", text)
    assert text.count("# sweep ") == 2
    done = json.loads((run / "done.json").read_text())
    assert done["attempts"] == 2
    state = json.loads((run / "run.json").read_text())
    # train stopped, train, score checkpoint_best.pt, score the checkpoint rules
    assert [a["result"] for a in state["attempts"]] == ["stopped", "ok", "ok", "ok"]
    assert done["train_seconds"] == pytest.approx(sum(a["seconds"] for a in state["attempts"][:2]), abs=0.11)


# --------------------------------------------------------------------------------------------
# the report on hand-written run directories
# --------------------------------------------------------------------------------------------
REFS = [f"the {w} number {i} sat on a mat in the sun today" for i, w in
        enumerate(["cat", "dog", "bird", "fish", "cow", "horse", "mouse", "goat"] * 5)]


def fake_run(run: Path, bleu: float, chrf: float, ece: float, nll: float, valid: list[tuple[float, float]],
             hyps: list[str], refs_path: Path, wall: tuple[float, float]) -> None:
    """What a finished run leaves: train.log, scores/calibration JSONs, hypotheses, done.json."""
    run.mkdir(parents=True)
    (run / "train.log").write_text("".join(
        f"2026-11-27 10:00:00 | INFO | valid | epoch {e:03d} | valid on 'valid' subset | loss {loss} | "
        f"nll_loss {loss} | bleu {b} | num_updates {10 * e}\n" for e, (loss, b) in enumerate(valid, 1)))
    hyp = run / "checkpoint_best.test.hyp.tgt"
    hyp.write_text("".join(h + "\n" for h in hyps))
    (run / "checkpoint_best.test.scores.json").write_text(json.dumps({
        "bleu": bleu, "chrf": chrf, "sentences": len(hyps), "reference": str(refs_path),
        "hypotheses": str(hyp), "bleu_signature": "nrefs:1|fake", "chrf_signature": "nrefs:1|fake"}))
    (run / "checkpoint_best.test.calibration.json").write_text(json.dumps(
        {"ece_percent": ece, "nll": nll, "n_bins": 15,
         "bins": {"confidence": [0.3, 0.8], "accuracy": [0.2, 0.75], "count": [10, 30]}}))
    (run / "done.json").write_text(json.dumps({
        "train_seconds": wall[0], "score_seconds": wall[1], "wall_seconds": wall[0] + wall[1],
        "attempts": 1, "hypotheses": str(hyp)}))


def degrade(lines: list[str], every: int) -> list[str]:
    """Every every-th sentence cut to 3 words: a clearly worse system."""
    return [" ".join(line.split()[:3]) if i % every == 0 else line for i, line in enumerate(lines)]


def trim(lines: list[str], offset: int) -> list[str]:
    """Every 5th sentence (from offset) loses its last two words: small errors, and with another
    offset equally small errors in other sentences."""
    return [" ".join(line.split()[:-2]) if i % 5 == offset else line for i, line in enumerate(lines)]


@pytest.fixture()
def fake_sweep(data_bin, tmp_path):
    refs = tmp_path / "refs.txt"
    refs.write_text("".join(r + "\n" for r in REFS))
    grid = write_grid(tmp_path / "grid.json", data_bin=str(data_bin), out_dir="out",
                      recipe=[*RECIPE, "--best-checkpoint-metric", "bleu",
                              "--maximize-best-checkpoint-metric"],
                      significance={"bootstrap_samples": 500, "ar_trials": 2000},
                      configs=[{"name": "base", "label": "baseline", "flags": LS, "seeds": [1, 2, 3]},
                               {"name": "worse", "flags": PSKD, "seeds": [1, 2, 3], "note": "a note"},
                               {"name": "near", "flags": PSKD + " --pskd-topk 4", "seeds": [1, 2]}])
    runs = tmp_path / "out" / "runs"
    # valid (loss, bleu) per epoch: best epoch by BLEU (ties to the later epoch) 3, 2, 4
    valid = {1: [(5.0, 1.0), (4.0, 2.0), (4.5, 3.0), (4.2, 2.5)],
             2: [(5.0, 1.0), (3.5, 4.0), (4.0, 3.0), (4.1, 3.5)],
             3: [(5.0, 1.0), (4.0, 2.0), (3.9, 2.0), (3.8, 2.0)]}
    base_hyps = {1: trim(REFS, 0), 2: degrade(REFS, 9), 3: degrade(REFS, 7)}
    for seed, (bleu, chrf, ece, nll, wall) in {1: (20.0, 50.0, 9.0, 3.10, (600, 60)),
                                               2: (22.0, 51.0, 10.0, 3.20, (660, 60)),
                                               3: (27.0, 56.0, 11.5, 3.15, (540, 60))}.items():
        fake_run(runs / "base" / f"seed{seed}", bleu, chrf, ece, nll, valid[seed], base_hyps[seed], refs,
                 wall)
    for seed in (1, 2):  # seed 3 of "worse" is not finished
        fake_run(runs / "worse" / f"seed{seed}", 10.0 + seed, 40.0, 3.0, 3.0, valid[seed],
                 degrade(REFS, 2), refs, (700, 60))
    fake_run(runs / "near" / "seed1", 19.0, 49.0, 5.0, 3.0, valid[1], trim(REFS, 1), refs, (600, 60))
    return grid, tmp_path / "out"


def test_report_mean_sd_on_hand_written_runs(fake_sweep):
    grid_path, out = fake_sweep
    grid = load_grid(grid_path)
    written = write_report(grid)
    md = written["markdown"]
    base_row = next(line for line in md.splitlines() if line.startswith("| baseline | 3/3 |"))
    cells = [c.strip() for c in base_row.strip("|").split("|")]
    # BLEU 20, 22, 27: mean 23, sd sqrt((9 + 1 + 16) / 2) = sqrt(13) = 3.606
    # chrF 50, 51, 56: mean 52.33, sd sqrt((5.44 + 1.78 + 13.44) / 2) = 3.215
    # ECE 9, 10, 11.5: mean 10.17, sd 1.258; NLL 3.10, 3.20, 3.15: mean 3.150, sd 0.050
    # best valid loss 4.0, 3.5, 3.8: mean 3.767, sd 0.252; best epoch 3, 2, 4: 3.0 ± 1.0
    # wall (660, 720, 600 s) = 11, 12, 10 min: 11.0 ± 1.0
    assert cells == ["baseline", "3/3", "23.00 ± 3.61", "52.33 ± 3.21", "10.17 ± 1.26", "3.150 ± 0.050",
                     "3.767 ± 0.252", "3.0 ± 1.0", "11.0 ± 1.0"]
    worse_row = next(line for line in md.splitlines() if line.startswith("| worse | 2/3 |"))
    # BLEU 11, 12: 11.50 ± 0.71; best epochs 3, 2: 2.5 ± 0.7; wall 760 s twice: 12.7 ± 0.0
    assert "| 11.50 ± 0.71 | 40.00 ± 0.00 |" in worse_row and "| 2.5 ± 0.7 | 12.7 ± 0.0 |" in worse_row
    near_row = next(line for line in md.splitlines() if line.startswith("| near | 1/2 |"))
    assert "| 19.00 | 49.00 |" in near_row  # one seed: no sd
    assert "- worse: a note" in md
    assert "Not finished: near/seed2 (new), worse/seed3 (new)" in md
    assert "(highest valid `bleu`, ties to the later epoch" in md
    assert "BLEU signature: `nrefs:1|fake`" in md and "chrF signature: `nrefs:1|fake`" in md
    for png in ("valid_loss.png", "valid_bleu.png", "reliability.png", "metrics.png"):
        assert (out / "report" / png).read_bytes().startswith(PNG), png
    data = json.loads((out / "report" / "sweep.json").read_text())
    agg = {row["config"]: row for row in data["aggregate"]}
    assert agg["base"]["bleu"]["mean"] == pytest.approx(23.0)
    assert agg["base"]["bleu"]["sd"] == pytest.approx(13 ** 0.5)
    assert agg["near"]["bleu"] == {"mean": 19.0, "sd": None, "n": 1}


def test_paired_tests_use_sacrebleu_on_same_seed_and_pooled_hypotheses(fake_sweep):
    grid_path, out = fake_sweep
    grid = load_grid(grid_path)
    signif = significance(grid, collect(grid))
    rows = {(r["config"], tuple(r["seeds"]), r.get("pooled", False)): r for r in signif["rows"]}
    assert set(rows) == {("worse", (1,), False), ("worse", (2,), False), ("worse", (1, 2), True),
                         ("near", (1,), False)}

    def bleu(hyps):
        return sacrebleu.corpus_bleu(hyps, [REFS]).score

    base = {1: trim(REFS, 0), 2: degrade(REFS, 9)}
    worse = degrade(REFS, 2)
    for seed in (1, 2):
        m = rows[("worse", (seed,), False)]["metrics"]["BLEU"]
        assert m["delta"] == pytest.approx(bleu(worse) - bleu(base[seed]))
        assert m["p_bs"] < 0.01 and m["p_ar"] < 0.01  # half the sentences cut to 3 words
    pooled = rows[("worse", (1, 2), True)]["metrics"]["BLEU"]
    refs2 = REFS + REFS
    assert pooled["score"] == pytest.approx(sacrebleu.corpus_bleu(worse + worse, [refs2]).score)
    assert pooled["baseline"] == pytest.approx(sacrebleu.corpus_bleu(base[1] + base[2], [refs2]).score)
    near = rows[("near", (1,), False)]["metrics"]
    # the same kind of error in other sentences: no significant difference
    assert near["BLEU"]["delta"] == pytest.approx(bleu(trim(REFS, 1)) - bleu(base[1]))
    assert near["BLEU"]["p_bs"] > 0.05 and near["BLEU"]["p_ar"] > 0.05
    assert set(near) == {"BLEU", "chrF2"}
    assert any("bs:500" in s for s in signif["signatures"].values())
    assert any("ar:2000" in s for s in signif["signatures"].values())


# --------------------------------------------------------------------------------------------
# refusals
# --------------------------------------------------------------------------------------------
def test_a_run_directory_started_with_other_flags_is_refused(fake_sweep, capsys):
    grid_path, out = fake_sweep
    grid = load_grid(grid_path)
    spec = grid.runs()[0]
    args = grid.train_args(spec)
    args[args.index("0.1")] = "0.2"  # recorded with another label smoothing
    (spec.directory / "run.json").write_text(json.dumps({"args": args, "attempts": []}))
    assert main([str(grid_path)]) == 2
    err = capsys.readouterr().err
    assert str(spec.directory) in err and "started with another command" in err


def test_a_run_locked_by_another_process_is_left_alone(fake_sweep, capsys):
    grid_path, out = fake_sweep
    grid = load_grid(grid_path)
    spec = next(s for s in grid.runs() if s.key == "near/seed2")
    spec.directory.mkdir(parents=True)
    with open(spec.directory / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        outcome = Runner(grid).run_one(spec)
    assert outcome.status == "busy" and ".lock" in outcome.message
    assert not (spec.directory / "train.log").exists()


@pytest.mark.parametrize("fields, message", [
    ({"recipe": RECIPE + ["--seed", "3"]}, "recipe sets --seed: remove it"),
    ({"recipe": RECIPE + ["--criterion", "pskd"]}, "recipe sets --criterion"),
    ({"configs": [{"name": "a", "flags": "--label-smoothing 0.1"}]}, "configs[0] (a).flags: no --criterion"),
    ({"configs": [{"name": "a", "flags": LS}, {"name": "a", "flags": LS}]}, "the name 'a' is used twice"),
    ({"configs": [{"name": "a/b", "flags": LS}]}, "configs[0].name: 'a/b' is not a usable"),
    ({"configs": [{"name": "a", "flags": LS, "seeds": [1, 1]}]}, "seed listed twice"),
    ({"configs": [{"name": "a", "flags": LS, "seed": [1]}]}, "configs[0]: unknown field 'seed'"),
    ({"configs": [{"name": "a", "flags": PSKD.replace("topk 8", "topk 100000")}]},
     "--pskd-topk 100000 exceeds the target vocabulary"),
    ({"baseline": "nope"}, "baseline 'nope' is not a configuration name"),
    ({"scoring": {"beam": "5"}}, "scoring.beam: expected int"),
    ({"recipes": []}, "unknown field 'recipes'"),
    ({"archive": "out/kept"}, "overlap; the archive is a copy of the finished runs"),
    ({"data_bin": "missing-dir", "data_command": "bash scripts/demo.sh --data-only"},
     "does not exist; build it with: bash scripts/demo.sh --data-only"),
])
def test_bad_grids_name_the_file_and_field(data_bin, tmp_path, capsys, fields, message):
    grid = {"data_bin": str(data_bin), "out_dir": "out", "recipe": RECIPE,
            "configs": [{"name": "ls", "flags": LS}]}
    grid.update(fields)
    path = write_grid(tmp_path / "bad.json", **grid)
    assert main([str(path)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and message in err, err
    assert not (tmp_path / "out").exists()


def test_invalid_json_and_help(tmp_path, capsys):
    path = tmp_path / "broken.json"
    path.write_text('{"data_bin": "x",\n "recipe": [}\n')
    assert main([str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}: not valid JSON" in err and "at line 2" in err
    assert main([str(tmp_path / "none.json")]) == 2
    assert "no such grid file" in capsys.readouterr().err
    proc = run_cli("--help")
    assert proc.returncode == 0 and "--jobs" in proc.stdout and "--report-only" in proc.stdout


def test_demo_grid_trains_the_demo_recipe():
    """experiments/demo-grid.json must train exactly what scripts/demo.sh trains (the runner
    adds --seed and --user-dir itself)."""
    demo = subprocess.run(
        ["bash", "-c", 'eval "$(sed -n "/^RECIPE=(/,/--log-interval 1000)/p" scripts/demo.sh)"; '
                       'printf "%s\\n" "${RECIPE[@]}"'],
        cwd=REPO, capture_output=True, text=True, check=True,
        env=dict(os.environ, LANG_X="de", USER_DIR="USER_DIR", WARMUP="100", EPOCHS="30")).stdout.splitlines()
    assert len(demo) > 40, "could not read the RECIPE array of scripts/demo.sh"
    expected = []
    for i, arg in enumerate(demo):
        if arg in ("--user-dir", "--seed") or (i and demo[i - 1] in ("--user-dir", "--seed")):
            continue
        expected.append(arg)
    grid = json.loads((REPO / "experiments" / "demo-grid.json").read_text())
    assert grid["recipe"] == expected
    seeds = {c["name"]: c.get("seeds", grid["seeds"]) for c in grid["configs"]}
    assert sum(map(len, seeds.values())) == 15
    assert [n for n, s in seeds.items() if len(s) == 3] == ["ls", "pskd-a0.5-k8-uniform", "pskd-a0.5-kV"]


def test_a_second_sweep_on_the_same_out_dir_is_refused(fake_sweep, capsys):
    grid_path, out = fake_sweep
    with open(out / ".sweep.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert main([str(grid_path)]) == 2
    err = capsys.readouterr().err
    assert f"{out} is in use by another sweep" in err and "--jobs" in err
    assert not (out / "runs" / "near" / "seed2").exists()
