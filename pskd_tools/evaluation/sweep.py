"""Run a grid of fairseq-train configurations x seeds, score every run, and report the results.

A grid is a JSON file (format: ``examples/sweep/README.md``): one data-bin, one fairseq-train
recipe, and named configurations (criterion flags) each trained with a list of seeds. For every
(configuration, seed) the runner

1. trains ``fairseq-train DATA_BIN RECIPE FLAGS --seed S --save-dir OUT/runs/NAME/seedS`` (stdout
   and stderr appended to ``train.log`` there), one torch thread per run, ``--jobs`` runs at once;
2. scores ``checkpoint_best.pt`` with ``pskd_tools.evaluation.scoring`` (sacreBLEU BLEU/chrF) and
   ``pskd_tools.evaluation.calibration`` (token ECE/NLL), as ``scripts/demo.sh`` does;
3. writes ``done.json`` into the run directory, only after both succeeded.

Rerunning the same command continues a stopped sweep: runs with ``done.json`` are skipped, and an
unfinished run is started again with the same command line, so fairseq resumes it from its
``checkpoint_last.pt`` (PS-KD keeps its state on disk and resumes exactly). Each run directory
records its command line; a grid edited afterwards is refused rather than silently mixing two
settings in one directory.

After every finished run the report in ``OUT/report/`` is rewritten from what has finished:
``sweep.md`` (mean ± sd over seeds, paired significance against the baseline with sacreBLEU's
paired bootstrap and approximate randomization, every run), ``sweep.json`` and PNG plots.

CLI::

    python -m pskd_tools.evaluation.sweep GRID.json [--jobs N] [--data-bin DIR] [--out-dir DIR]
                                          [--configs NAME ...] [--dry-run | --report-only]

This module is a tool: the fairseq plugin (``--user-dir fairseq_pskd``) never imports it.
"""
from __future__ import annotations

import argparse
import fcntl
import hashlib
import json
import logging
import os
import re
import shlex
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import PLUGIN_DIR
from . import calibration, compare, scoring
from .report import format_number, plot_reliability_curves, plot_valid_curves, pyplot

# files in a run directory
TRAIN_LOG = "train.log"  # fairseq-train stdout+stderr, appended by every attempt
SCORE_LOG = "score.log"
RUN_STATE = "run.json"  # the run's command line and its attempts (written from the first attempt on)
TRAIN_DONE = "train.done.json"  # fairseq-train exited 0: a rerun only scores again
DONE = "done.json"  # scoring and calibration succeeded: the run is finished
FAILED = "failed.json"  # the last attempt failed (removed when the next one starts)
LOCK = ".lock"  # flock held while a process trains or scores the run

REPORT_DIR = "report"
SWEEP_LOCK = ".sweep.lock"  # in OUT: one sweep process per output directory

# flags the runner sets itself: a grid that sets them would train every run into one directory,
# with one seed, or with the code of another --user-dir
RUNNER_FLAGS = ("--seed", "--save-dir", "--user-dir")
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")

GRID_FIELDS = {
    "description": "free text (a string or a list of lines) copied into the report",
    "data_bin": "fairseq-preprocess output directory (relative paths: to the grid file)",
    "data_command": "how to build data_bin; shown when it is missing",
    "out_dir": "where the runs and the report go (relative paths: to the grid file)",
    "source_lang": "source language (default: from data_bin's file names)",
    "target_lang": "target language (default: from data_bin's file names)",
    "recipe": "fairseq-train flags shared by every run (list of arguments, or one string)",
    "seeds": "default seeds of a configuration (default [1])",
    "baseline": "name of the configuration the others are tested against (default: the first)",
    "scoring": "{subset, beam, checkpoint}: what is scored (default test, 5, checkpoint_best.pt)",
    "significance": "{bootstrap_samples, ar_trials} (default 1000, 10000: sacreBLEU's defaults)",
    "configs": "list of {name, flags, label, seeds, note}",
}
CONFIG_FIELDS = {"name", "flags", "label", "seeds", "note"}
SCORING_DEFAULTS: dict[str, Any] = {"subset": "test", "beam": 5, "checkpoint": "checkpoint_best.pt"}
SIGNIFICANCE_DEFAULTS: dict[str, Any] = {"bootstrap_samples": 1000, "ar_trials": 10000}

logger = logging.getLogger("pskd_tools.evaluation.sweep")


class GridError(ValueError):
    """A grid file that cannot be run; the message names the file, the field and the fix."""


# --------------------------------------------------------------------------------------------
# the grid
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Config:
    name: str
    label: str
    flags: tuple[str, ...]
    seeds: tuple[int, ...]
    note: str = ""


@dataclass(frozen=True)
class RunSpec:
    config: Config
    seed: int
    directory: Path

    @property
    def key(self) -> str:
        return f"{self.config.name}/seed{self.seed}"


@dataclass
class Grid:
    path: Path
    data_bin: Path
    out_dir: Path
    recipe: tuple[str, ...]
    configs: list[Config]
    baseline: str
    source_lang: str
    target_lang: str
    subset: str = "test"
    beam: int = 5
    checkpoint: str = "checkpoint_best.pt"
    bootstrap_samples: int = 1000
    ar_trials: int = 10000
    description: str = ""

    def config(self, name: str) -> Config:
        return next(c for c in self.configs if c.name == name)

    def run_dir(self, config: Config, seed: int) -> Path:
        return self.out_dir / "runs" / config.name / f"seed{seed}"

    def runs(self, only: Sequence[str] | None = None) -> list[RunSpec]:
        """Every (configuration, seed), first seeds first: the first seed of every configuration
        finishes before any second seed starts, so a partly done sweep already compares them all."""
        specs = []
        for config_index, config in enumerate(self.configs):
            if only and config.name not in only:
                continue
            for seed_index, seed in enumerate(config.seeds):
                specs.append(((seed_index, config_index), RunSpec(config, seed, self.run_dir(config, seed))))
        return [spec for _, spec in sorted(specs, key=lambda item: item[0])]

    def train_args(self, spec: RunSpec) -> list[str]:
        """fairseq-train arguments of one run, without the executable and --user-dir (which
        depend on where the code lives, not on what is trained)."""
        return [str(self.data_bin), *self.recipe, *spec.config.flags,
                "--seed", str(spec.seed), "--save-dir", str(spec.directory)]

    def best_metric(self) -> tuple[str, bool]:
        """(metric, maximize) that picks checkpoint_best.pt, as the recipe sets it."""
        metric = _flag_value(self.recipe, "--best-checkpoint-metric") or "loss"
        return metric, "--maximize-best-checkpoint-metric" in self.recipe


def _flag_value(args: Sequence[str], flag: str) -> str | None:
    """Value of ``--flag V`` or ``--flag=V`` (the last one wins, as in argparse)."""
    value = None
    for i, arg in enumerate(args):
        if arg == flag and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith(flag + "="):
            value = arg.split("=", 1)[1]
    return value


def _has_flag(args: Sequence[str], flag: str) -> bool:
    return any(a == flag or a.startswith(flag + "=") for a in args)


def _arg_list(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        try:
            return tuple(shlex.split(value))
        except ValueError as e:
            raise GridError(f"{where}: cannot split {value!r} into arguments ({e})") from e
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return tuple(str(v) for v in value)
    raise GridError(f"{where}: expected a list of arguments or one string, got {type(value).__name__}")


def _seeds(value: Any, where: str) -> tuple[int, ...]:
    if (not isinstance(value, list) or not value
            or not all(isinstance(s, int) and not isinstance(s, bool) for s in value)):
        raise GridError(f"{where}: expected a non-empty list of integer seeds, e.g. [1, 2, 3]; got {value!r}")
    if len(set(value)) != len(value):
        raise GridError(f"{where}: seed listed twice in {value}")
    return tuple(value)


def _sub_fields(value: Any, defaults: dict[str, Any], where: str) -> dict[str, Any]:
    if value is None:
        return dict(defaults)
    if not isinstance(value, dict):
        raise GridError(f"{where}: expected an object with fields {sorted(defaults)}")
    unknown = sorted(set(value) - set(defaults))
    if unknown:
        raise GridError(f"{where}: unknown field {unknown[0]!r} (known: {', '.join(sorted(defaults))})")
    out = dict(defaults)
    for key, default in defaults.items():
        if key in value:
            if type(value[key]) is not type(default):
                raise GridError(f"{where}.{key}: expected {type(default).__name__}, got {value[key]!r}")
            out[key] = value[key]
    return out


def target_vocab_size(data_bin: Path, tgt: str) -> int | None:
    """len() of the target dictionary as fairseq builds it (specials and padding included)."""
    path = data_bin / f"dict.{tgt}.txt"
    if not path.is_file():
        return None
    from fairseq.data import Dictionary  # lazy: importing fairseq takes seconds

    return len(Dictionary.load(str(path)))


def load_grid(path: str | Path, data_bin: str | Path | None = None,
              out_dir: str | Path | None = None) -> Grid:
    """Read and check a grid file; every problem is a GridError naming the file and the field."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GridError(f"{path}: no such grid file") from None
    except OSError as e:
        raise GridError(f"{path}: cannot read the grid file ({e.strerror})") from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as e:
        raise GridError(f"{path}: not valid JSON: {e.msg} at line {e.lineno}, column {e.colno}") from None
    if not isinstance(raw, dict):
        raise GridError(f"{path}: the grid must be a JSON object with fields {', '.join(GRID_FIELDS)}")
    unknown = sorted(set(raw) - set(GRID_FIELDS))
    if unknown:
        raise GridError(f"{path}: unknown field {unknown[0]!r}; the fields are:\n"
                        + "\n".join(f"  {k}: {v}" for k, v in GRID_FIELDS.items()))
    base = path.resolve().parent

    def where_path(key: str, override: str | Path | None, flag: str) -> Path:
        if override is not None:
            return Path(override).resolve()
        value = raw.get(key)
        if not isinstance(value, str) or not value:
            raise GridError(f"{path}: field {key!r} is missing ({GRID_FIELDS[key]}); "
                            f"set it in the grid or pass {flag}")
        p = Path(value).expanduser()
        return (p if p.is_absolute() else base / p).resolve()

    data = where_path("data_bin", data_bin, "--data-bin")
    out = where_path("out_dir", out_dir, "--out-dir")
    if not data.is_dir():
        hint = raw.get("data_command")
        raise GridError(f"{path}: data_bin {data} does not exist"
                        + (f"; build it with: {hint}" if isinstance(hint, str) else
                           " (the fairseq-preprocess --destdir); fix the field or pass --data-bin"))

    if "recipe" not in raw:
        raise GridError(f"{path}: field 'recipe' is missing ({GRID_FIELDS['recipe']})")
    recipe = _arg_list(raw["recipe"], f"{path}: recipe")
    for flag in RUNNER_FLAGS + ("--criterion",):
        if _has_flag(recipe, flag):
            why = ("it belongs in each configuration's flags" if flag == "--criterion"
                   else "the runner sets it for every run")
            raise GridError(f"{path}: recipe sets {flag}: remove it ({why})")

    default_seeds = _seeds(raw.get("seeds", [1]), f"{path}: seeds")
    configs_raw = raw.get("configs")
    if not isinstance(configs_raw, list) or not configs_raw:
        raise GridError(f"{path}: field 'configs' must be a non-empty list of "
                        "{name, flags, label, seeds, note} objects")
    configs: list[Config] = []
    for i, c in enumerate(configs_raw):
        where = f"{path}: configs[{i}]"
        if not isinstance(c, dict):
            raise GridError(f"{where}: expected an object with fields {sorted(CONFIG_FIELDS)}")
        unknown = sorted(set(c) - CONFIG_FIELDS)
        if unknown:
            raise GridError(
                f"{where}: unknown field {unknown[0]!r} (known: {', '.join(sorted(CONFIG_FIELDS))})"
            )
        name = c.get("name")
        if not isinstance(name, str) or not NAME_RE.match(name):
            raise GridError(f"{where}.name: {name!r} is not a usable run directory name "
                            "(letters, digits, '.', '_', '-')")
        where = f"{path}: configs[{i}] ({name})"
        if any(other.name == name for other in configs):
            raise GridError(f"{where}: the name {name!r} is used twice")
        if "flags" not in c:
            raise GridError(f"{where}: field 'flags' is missing (the criterion flags, e.g. "
                            "\"--criterion label_smoothed_cross_entropy --label-smoothing 0.1\")")
        flags = _arg_list(c["flags"], f"{where}.flags")
        if not _has_flag(flags, "--criterion"):
            raise GridError(f"{where}.flags: no --criterion; every configuration names its criterion")
        for flag in RUNNER_FLAGS:
            if _has_flag(flags, flag):
                raise GridError(f"{where}.flags: sets {flag}: remove it (the runner sets it for every run)")
        label = c.get("label", name)
        note = c.get("note", "")
        if not isinstance(label, str) or not isinstance(note, str):
            raise GridError(f"{where}: label and note must be strings")
        seeds = _seeds(c["seeds"], f"{where}.seeds") if "seeds" in c else default_seeds
        configs.append(Config(name, label, flags, seeds, note))

    baseline = raw.get("baseline", configs[0].name)
    if not any(c.name == baseline for c in configs):
        raise GridError(f"{path}: baseline {baseline!r} is not a configuration name "
                        f"(names: {', '.join(c.name for c in configs)})")
    scoring_cfg = _sub_fields(raw.get("scoring"), SCORING_DEFAULTS, f"{path}: scoring")
    signif = _sub_fields(raw.get("significance"), SIGNIFICANCE_DEFAULTS, f"{path}: significance")
    if scoring_cfg["beam"] < 1 or signif["bootstrap_samples"] < 1 or signif["ar_trials"] < 1:
        raise GridError(f"{path}: scoring.beam and the significance sample counts must be >= 1")

    src, tgt = raw.get("source_lang"), raw.get("target_lang")
    if not (src and tgt):
        try:
            inferred = scoring.infer_langs(data, scoring_cfg["subset"])
        except ValueError as e:
            raise GridError(f"{path}: {e} (in the grid: source_lang and target_lang)") from None
        src, tgt = src or inferred[0], tgt or inferred[1]

    vocab = target_vocab_size(data, tgt)
    for i, c in enumerate(configs):
        k = _flag_value(c.flags, "--pskd-topk")
        if vocab is not None and k is not None and k.isdigit() and int(k) > vocab:
            raise GridError(f"{path}: configs[{i}] ({c.name}): --pskd-topk {k} exceeds the target "
                            f"vocabulary of {data} (V = {vocab}); --pskd-topk {vocab} keeps the "
                            "whole distribution")

    description = raw.get("description", "")
    if isinstance(description, list):
        description = "\n".join(map(str, description))
    return Grid(path=path.resolve(), data_bin=data, out_dir=out, recipe=recipe, configs=configs,
                baseline=baseline, source_lang=src, target_lang=tgt,
                subset=scoring_cfg["subset"], beam=scoring_cfg["beam"],
                checkpoint=scoring_cfg["checkpoint"],
                bootstrap_samples=signif["bootstrap_samples"], ar_trials=signif["ar_trials"],
                description=str(description))


# --------------------------------------------------------------------------------------------
# run directories
# --------------------------------------------------------------------------------------------
def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None  # a JSON cut short by a kill is as good as none
    return data if isinstance(data, dict) else None


def _write_json(path: Path, data: dict[str, Any]) -> None:
    # write-then-rename: a kill never leaves a half-written marker that looks finished
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def run_status(spec: RunSpec) -> str:
    """'done', 'failed', 'started' or 'new'."""
    if _read_json(spec.directory / DONE) is not None:
        return "done"
    if (spec.directory / FAILED).exists():
        return "failed"
    return "started" if (spec.directory / RUN_STATE).exists() else "new"


def check_run_dirs(grid: Grid, specs: Sequence[RunSpec]) -> None:
    """Refuse to continue a run directory whose recorded command differs from the grid's: its
    checkpoints (and PS-KD store) belong to the other setting."""
    stale = []
    for spec in specs:
        state = _read_json(spec.directory / RUN_STATE)
        if state is not None and state.get("args") != grid.train_args(spec):
            stale.append(f"  {spec.directory}: recorded {shlex.join(state.get('args') or [])}\n"
                         f"  {' ' * len(str(spec.directory))}  grid now {shlex.join(grid.train_args(spec))}")
    if stale:
        raise GridError(
            f"{grid.path}: {len(stale)} run director{'y was' if len(stale) == 1 else 'ies were'} "
            "started with another command than the grid now gives:\n" + "\n".join(stale) + "\n"
            "restore the grid, give the changed configuration a new name, or delete those directories")


# --------------------------------------------------------------------------------------------
# running
# --------------------------------------------------------------------------------------------
class Stopped(Exception):
    """The sweep was told to stop (SIGTERM/SIGINT) while this run was in progress."""


class RunFailed(Exception):
    pass


@dataclass
class Outcome:
    spec: RunSpec
    status: str  # done | skipped | failed | busy | stopped
    message: str = ""


def child_env() -> dict[str, str]:
    """Environment of every child: one thread (runs go in parallel over --jobs processes, not
    threads), and this very copy of the package first on the path, so fairseq-train's --user-dir,
    scoring and calibration all run the code the sweep was started from."""
    env = dict(os.environ)
    env["OMP_NUM_THREADS"] = "1"
    env["MKL_NUM_THREADS"] = "1"
    env.setdefault("PYTHONWARNINGS", "ignore")  # fairseq's deprecation warnings drown the logs
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PLUGIN_DIR.parent), env.get("PYTHONPATH")) if p)
    return env


def fairseq_train_command(args: Sequence[str]) -> list[str]:
    exe = Path(sys.executable).parent / "fairseq-train"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "fairseq_cli.train"]
    return cmd + list(args) + ["--user-dir", str(PLUGIN_DIR)]


def score_commands(grid: Grid, checkpoint: Path) -> list[list[str]]:
    common = [str(grid.data_bin), "--path", str(checkpoint), "--gen-subset", grid.subset,
              "-s", grid.source_lang, "-t", grid.target_lang, "--user-dir", str(PLUGIN_DIR)]
    return [
        [sys.executable, "-m", "pskd_tools.evaluation.scoring", *common, "--beam", str(grid.beam)],
        [sys.executable, "-m", "pskd_tools.evaluation.calibration", *common, "--cpu", "--no-progress"],
    ]


def score_paths(grid: Grid, directory: Path) -> dict[str, Path]:
    ckpt = directory / grid.checkpoint
    outs = scoring.default_outputs(ckpt, grid.subset, grid.target_lang)
    return {"checkpoint": ckpt, "scores": outs["json"], "hypotheses": outs["hyp"],
            "generate": outs["generate"],
            "calibration": calibration.default_output(ckpt, grid.subset, "json")}


def _tail(path: Path, n: int = 25) -> str:
    try:
        return "".join(path.read_text(encoding="utf-8", errors="replace").splitlines(True)[-n:])
    except FileNotFoundError:
        return ""


class Runner:
    """Trains and scores runs on a thread pool; each thread waits on its own child processes."""

    def __init__(self, grid: Grid, jobs: int = 1):
        self.grid = grid
        self.jobs = jobs
        self.stopping = threading.Event()
        self._procs: set[subprocess.Popen] = set()
        self._procs_lock = threading.Lock()
        self.env = child_env()

    # -- stopping ---------------------------------------------------------------------------
    def stop(self, signum: int | None = None, _frame: Any = None) -> None:
        """Signal handler: stop the children too. Without this a killed sweep would leave its
        fairseq-train processes running, and a restarted sweep would train the same runs twice."""
        self.stopping.set()
        with self._procs_lock:
            for proc in self._procs:
                if proc.poll() is None:
                    proc.terminate()

    def _call(self, cmd: Sequence[str], log: Any, lock_fd: int) -> int:
        if self.stopping.is_set():
            raise Stopped()
        # the child inherits the run's lock: if only the sweep is killed (SIGKILL), its orphaned
        # fairseq-train keeps the lock, and a restarted sweep reports the run busy instead of
        # training into the same directory at the same time
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=self.env,
                                pass_fds=(lock_fd,))
        with self._procs_lock:
            self._procs.add(proc)
        try:
            rc = proc.wait()
        finally:
            with self._procs_lock:
                self._procs.discard(proc)
        if self.stopping.is_set() and rc != 0:
            raise Stopped()
        return rc

    # -- one run ----------------------------------------------------------------------------
    def run_one(self, spec: RunSpec) -> Outcome:
        if self.stopping.is_set():
            return Outcome(spec, "stopped")
        spec.directory.mkdir(parents=True, exist_ok=True)
        lock_file = open(spec.directory / LOCK, "a+")
        try:
            try:
                fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                lock_file.seek(0)
                holder = lock_file.read().strip() or "unknown"
                return Outcome(spec, "busy", f"another process holds {spec.directory / LOCK} ({holder})")
            lock_file.seek(0)
            lock_file.truncate()
            lock_file.write(f"pid {os.getpid()} since {_now()}\n")
            lock_file.flush()
            if _read_json(spec.directory / DONE) is not None:
                return Outcome(spec, "skipped", "finished earlier")
            try:
                return self._train_and_score(spec, lock_file.fileno())
            except RunFailed as e:
                _write_json(spec.directory / FAILED, {"when": _now(), "error": str(e)})
                return Outcome(spec, "failed", str(e))
            except Stopped:
                return Outcome(spec, "stopped", "stopped by a signal; rerun the sweep to resume")
        finally:
            lock_file.close()

    def _attempt(self, state: dict[str, Any], spec: RunSpec, phase: str, cmds: list[list[str]],
                 log_path: Path, mode: str, lock_fd: int) -> float:
        """Run the commands of one phase into log_path; record the attempt (seconds included when
        it was stopped by a signal) in run.json. Returns the seconds it took."""
        attempt: dict[str, Any] = {"phase": phase, "started": _now(), "seconds": None, "result": None}
        state["attempts"].append(attempt)
        _write_json(spec.directory / RUN_STATE, state)
        t0 = time.monotonic()
        result = "ok"
        try:
            with open(log_path, mode, encoding="utf-8") as log:
                for cmd in cmds:
                    log.write(f"# sweep {_now()}: {shlex.join(cmd)}\n")
                    log.flush()
                    rc = self._call(cmd, log, lock_fd)
                    if rc != 0:
                        result = f"exit status {rc}"
                        raise RunFailed(f"{spec.key}: {Path(cmd[0]).name if phase == 'train' else cmd[2]} "
                                        f"exited with status {rc}; the end of {log_path}:\n{_tail(log_path)}")
        except Stopped:
            result = "stopped"
            raise
        finally:
            attempt["seconds"] = round(time.monotonic() - t0, 1)
            attempt["result"] = result
            _write_json(spec.directory / RUN_STATE, state)
        return attempt["seconds"]

    def _train_and_score(self, spec: RunSpec, lock_fd: int) -> Outcome:
        grid = self.grid
        args = grid.train_args(spec)
        state = _read_json(spec.directory / RUN_STATE) or {"config": spec.config.name, "seed": spec.seed,
                                                             "args": args, "attempts": []}
        state["command"] = shlex.join(fairseq_train_command(args))
        (spec.directory / FAILED).unlink(missing_ok=True)
        paths = score_paths(grid, spec.directory)

        if _read_json(spec.directory / TRAIN_DONE) is None:
            logger.info("%s: training", spec.key)
            # the same command every time: fairseq resumes from checkpoint_last.pt when it exists
            self._attempt(state, spec, "train", [fairseq_train_command(args)],
                          spec.directory / TRAIN_LOG, "a", lock_fd)
            if not paths["checkpoint"].is_file():
                raise RunFailed(f"{spec.key}: fairseq-train finished but wrote no {paths['checkpoint']} "
                                "(does the recipe save checkpoints?)")
            _write_json(spec.directory / TRAIN_DONE, {"when": _now()})

        logger.info("%s: scoring %s", spec.key, paths["checkpoint"].name)
        self._attempt(state, spec, "score", score_commands(grid, paths["checkpoint"]),
                      spec.directory / SCORE_LOG, "w", lock_fd)
        for key in ("scores", "calibration", "hypotheses"):
            if not paths[key].is_file():
                raise RunFailed(f"{spec.key}: scoring finished but wrote no {paths[key]}")

        seconds = {phase: sum(a["seconds"] or 0.0 for a in state["attempts"] if a["phase"] == phase)
                   for phase in ("train", "score")}
        _write_json(spec.directory / DONE, {
            "config": spec.config.name, "seed": spec.seed, "label": spec.config.label,
            "finished": _now(), "args": args, "command": state["command"],
            "train_seconds": round(seconds["train"], 1), "score_seconds": round(seconds["score"], 1),
            "wall_seconds": round(seconds["train"] + seconds["score"], 1),
            "attempts": len([a for a in state["attempts"] if a["phase"] == "train"]),
            **{key: str(paths[key]) for key in ("checkpoint", "scores", "calibration", "hypotheses")},
        })
        scores = _read_json(paths["scores"]) or {}
        cal = _read_json(paths["calibration"]) or {}
        return Outcome(spec, "done", f"BLEU {scores.get('bleu')} chrF {scores.get('chrf')} "
                                     f"ECE {cal.get('ece_percent', float('nan')):.2f}% "
                                     f"in {(seconds['train'] + seconds['score']) / 60:.1f} min")

    # -- the sweep --------------------------------------------------------------------------
    def run_all(self, specs: Sequence[RunSpec], report: bool = True) -> list[Outcome]:
        from tqdm import tqdm

        todo = [s for s in specs if run_status(s) != "done"]
        outcomes = [Outcome(s, "skipped", "finished earlier") for s in specs if s not in todo]
        for o in outcomes:
            logger.info("%s: finished earlier, skipped", o.spec.key)
        if not todo:
            return outcomes
        with tqdm(total=len(specs), initial=len(outcomes), desc="sweep", unit="run",
                  file=sys.stderr, dynamic_ncols=True, disable=None) as bar, \
                ThreadPoolExecutor(max_workers=self.jobs) as pool:
            futures: dict[Future, RunSpec] = {pool.submit(self.run_one, s): s for s in todo}
            for future in as_completed(futures):
                outcome = future.result()
                outcomes.append(outcome)
                bar.update(1)
                tqdm.write(f"sweep: {outcome.spec.key}: {outcome.status}"
                           + (f": {outcome.message}" if outcome.message else ""), file=sys.stderr)
                if report and outcome.status == "done" and not self.stopping.is_set():
                    try:  # a partial report after every run: a long sweep shows results early
                        write_report(self.grid)
                    except Exception as e:  # the report never stops the training
                        tqdm.write(f"sweep: the report could not be written: {e!r}", file=sys.stderr)
        return outcomes


# --------------------------------------------------------------------------------------------
# results
# --------------------------------------------------------------------------------------------
@dataclass
class RunResult:
    spec: RunSpec
    status: str
    done: dict[str, Any] = field(default_factory=dict)
    run: compare.Run | None = None  # log, scores and calibration as compare.py reads them
    row: dict[str, Any] = field(default_factory=dict)  # compare.summary_row + best epoch + times


def best_epoch(log: compare.TrainLog | None, metric: str, maximize: bool) -> int | None:
    """The epoch checkpoint_best.pt was saved at: fairseq keeps a new best when it is >= (or <=)
    the best so far, so ties go to the later epoch."""
    if log is None:
        return None
    epochs, values = log.valid_series(metric)
    best: tuple[int, float] | None = None
    for epoch, value in zip(epochs, values):
        if best is None or (value >= best[1] if maximize else value <= best[1]):
            best = (epoch, value)
    return best[0] if best else None


def collect(grid: Grid, specs: Sequence[RunSpec] | None = None) -> list[RunResult]:
    metric, maximize = grid.best_metric()
    results = []
    for spec in specs if specs is not None else grid.runs():
        status = run_status(spec)
        result = RunResult(spec, status)
        if status == "done":
            result.done = _read_json(spec.directory / DONE) or {}
            result.run = compare.load_run(spec.directory, f"{spec.config.label} (seed {spec.seed})",
                                          Path(grid.checkpoint).stem, grid.subset)
            row = compare.summary_row(result.run)
            row["best_epoch"] = best_epoch(result.run.log, metric, maximize)
            for key in ("wall_seconds", "train_seconds", "score_seconds", "attempts"):
                row[key] = result.done.get(key)
            result.row = row
        results.append(result)
    return results


METRICS: list[tuple[str, str, int]] = [  # (row key, column head, digits)
    ("bleu", "BLEU", 2), ("chrf", "chrF", 2), ("ece_percent", "ECE %", 2), ("nll", "NLL", 3),
    ("best_valid_loss", "best valid loss", 3), ("best_epoch", "best epoch", 1),
]


def mean_sd(values: Sequence[float | None]) -> tuple[float | None, float | None, int]:
    """(mean, sample sd with n - 1, n) over the values that exist; sd is None below two."""
    import numpy as np

    xs = np.array([v for v in values if v is not None], dtype=np.float64)
    if xs.size == 0:
        return None, None, 0
    return float(xs.mean()), (float(xs.std(ddof=1)) if xs.size > 1 else None), int(xs.size)


def fmt_mean_sd(mean: float | None, sd: float | None, digits: int) -> str:
    if mean is None:
        return "–"
    return f"{mean:.{digits}f}" + (f" ± {sd:.{digits}f}" if sd is not None else "")


def aggregate(grid: Grid, results: Sequence[RunResult]) -> list[dict[str, Any]]:
    rows = []
    for config in grid.configs:
        done = [r for r in results if r.spec.config.name == config.name and r.status == "done"]
        planned = [r for r in results if r.spec.config.name == config.name]
        if not planned:
            continue
        row: dict[str, Any] = {"config": config.name, "label": config.label, "note": config.note,
                               "seeds_done": [r.spec.seed for r in done],
                               "seeds_planned": list(config.seeds)}
        for key, _, _ in METRICS:
            row[key] = mean_sd([r.row.get(key) for r in done])
        row["wall_minutes"] = mean_sd([r.row["wall_seconds"] / 60 if r.row.get("wall_seconds") else None
                                       for r in done])
        rows.append(row)
    return rows


def load_references(grid: Grid, result: RunResult) -> list[str]:
    """The references the run was scored against, as scoring.py used them."""
    scores = result.run.scores if result.run else None
    if not scores:
        raise FileNotFoundError(f"{result.spec.directory}: no scores JSON")
    ref = Path(str(scores.get("reference", "")))
    if ref.is_file():
        return scoring.read_lines(ref)
    # no reference file: scoring.py decoded the T- lines of fairseq-generate's output
    generate = score_paths(grid, result.spec.directory)["generate"]
    gen = scoring.parse_generate_output(scoring.read_lines(generate))
    lines = gen.ordered("targets", int(scores.get("sentences", 0)) or None)
    spm_model = scores.get("spm_model")
    return scoring.decode_pieces(lines, spm_model) if spm_model else lines


def _hypotheses(result: RunResult) -> list[str]:
    scores = (result.run.scores if result.run else None) or {}
    path = result.done.get("hypotheses") or scores.get("hypotheses")
    if not path or not Path(path).is_file():
        raise FileNotFoundError(f"{result.spec.directory}: no hypothesis file ({path or 'not recorded'}); "
                                "delete done.json there to score the run again")
    return scoring.read_lines(path)


# paired test results by (test, samples, language, seed, digests of both systems and references)
_PAIRED_CACHE: dict[tuple, tuple[dict[str, str], dict[str, tuple[float, float, float]]]] = {}


def _digest(lines: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def significance(grid: Grid, results: Sequence[RunResult]) -> dict[str, Any]:
    """Paired tests of every configuration against the baseline with sacreBLEU's own
    ``PairedTest`` (paired bootstrap resampling and approximate randomization).

    Pairs share a seed: for each seed both finished, the two systems' test hypotheses are
    compared. Where two or more seeds are shared, the test also runs on the pooled hypotheses: the
    test sets of the shared seeds concatenated (each source sentence once per seed) on both sides.
    """
    from sacrebleu.metrics import BLEU, CHRF
    from sacrebleu.significance import PairedTest

    logging.getLogger("sacrebleu").setLevel(logging.WARNING)  # it logs every resampling step
    done = {(r.spec.config.name, r.spec.seed): r for r in results if r.status == "done"}
    base = grid.config(grid.baseline)
    base_seeds = [s for s in base.seeds if (base.name, s) in done]
    others = [c for c in grid.configs if c.name != base.name]
    rows: list[dict[str, Any]] = []
    signatures: dict[str, str] = {}
    refs_cache: dict[int, list[str]] = {}

    def refs_for(seed: int) -> list[str]:
        if seed not in refs_cache:
            refs_cache[seed] = load_references(grid, done[(base.name, seed)])
        return refs_cache[seed]

    def run_tests(systems: list[tuple[str, list[str]]], refs: list[str]) -> dict[str, dict[str, Any]]:
        """{system name: {metric: {score, baseline, delta, p_bs, p_ar}}} for systems[1:] against
        systems[0]. One PairedTest per pair: sacreBLEU seeds each system's resampling alike, so a
        pair's result does not depend on the other systems, and a cached pair is not run again
        when the report is rewritten after the next run."""
        for name, hyps in systems:
            if len(hyps) != len(refs):
                raise ValueError(f"{name}: {len(hyps)} hypotheses for {len(refs)} references")
        (_, base_hyps), out = systems[0], {}
        for name, hyps in systems[1:]:
            out[name] = {}
            for test_type, n in (("bs", grid.bootstrap_samples), ("ar", grid.ar_trials)):
                key = (test_type, n, grid.target_lang, os.environ.get("SACREBLEU_SEED"),
                       _digest(base_hyps), _digest(hyps), _digest(refs))
                if key not in _PAIRED_CACHE:
                    metrics = {"BLEU": BLEU(trg_lang=grid.target_lang), "chrF": CHRF()}
                    sigs, scores = PairedTest([("baseline", base_hyps), (name, hyps)], metrics, [refs],
                                              test_type=test_type, n_samples=n)()
                    _PAIRED_CACHE[key] = (
                        {m: sig.format() for m, sig in sigs.items()},
                        {m: (col[1].score, col[0].score, col[1].p_value)
                         for m, col in scores.items() if m != "System"})
                sigs_text, results = _PAIRED_CACHE[key]
                for metric_name, sig in sigs_text.items():
                    signatures[f"{metric_name} {test_type}"] = sig
                for metric_name, (score, base_score, p_value) in results.items():
                    entry = out[name].setdefault(metric_name, {"score": score, "baseline": base_score,
                                                               "delta": score - base_score})
                    entry[f"p_{test_type}"] = p_value
        return out

    for seed in base_seeds:
        systems = [(f"{base.name}/seed{seed}", _hypotheses(done[(base.name, seed)]))]
        systems += [(f"{c.name}/seed{seed}", _hypotheses(done[(c.name, seed)]))
                    for c in others if (c.name, seed) in done]
        if len(systems) < 2:
            continue
        refs = refs_for(seed)
        for c in others:
            if (c.name, seed) in done and load_references(grid, done[(c.name, seed)]) != refs:
                raise ValueError(f"{c.name} seed {seed} was scored against other references than "
                                 f"{base.name} seed {seed}: the runs cannot be paired")
        for name, metrics in run_tests(systems, refs).items():
            rows.append({"config": name.split("/")[0], "seeds": [seed], "metrics": metrics})
    for c in others:
        shared = [s for s in base_seeds if (c.name, s) in done]
        if len(shared) < 2:
            continue
        base_hyps = [h for s in shared for h in _hypotheses(done[(base.name, s)])]
        sys_hyps = [h for s in shared for h in _hypotheses(done[(c.name, s)])]
        refs = [r for s in shared for r in refs_for(s)]
        result = run_tests([(base.name, base_hyps), (c.name, sys_hyps)], refs)
        rows.append({"config": c.name, "seeds": shared, "pooled": True, "metrics": result[c.name]})
    order = {c.name: i for i, c in enumerate(grid.configs)}
    rows.sort(key=lambda r: (order[r["config"]], r.get("pooled", False), r["seeds"]))
    return {"baseline": base.name, "rows": rows, "signatures": signatures}


# --------------------------------------------------------------------------------------------
# the report
# --------------------------------------------------------------------------------------------
def _p(p: float | None) -> str:
    if p is None:
        return "–"
    return f"{p:.4f}" + (" *" if p < 0.05 else "")


def markdown_report(grid: Grid, results: Sequence[RunResult], agg: Sequence[dict[str, Any]],
                    signif: dict[str, Any] | None, signif_error: str | None = None) -> str:
    metric, maximize = grid.best_metric()
    done = [r for r in results if r.status == "done"]
    lines = [f"# Sweep `{grid.path.name}`", ""]
    if grid.description:
        lines += [grid.description, ""]
    lines += [f"Data `{grid.data_bin}` ({grid.source_lang}->{grid.target_lang}); every run scored on "
              f"`{grid.subset}` with `{grid.checkpoint}`, beam {grid.beam}. "
              f"{len(done)} of {len(results)} runs finished.", ""]
    unfinished = [r for r in results if r.status != "done"]
    if unfinished:
        lines += ["Not finished: " + ", ".join(f"{r.spec.key} ({r.status})" for r in unfinished), ""]

    bins = {r.row.get("ece_bins") for r in done if r.row.get("ece_bins")}
    ece_head = f"ECE % ({next(iter(bins))} bins)" if len(bins) == 1 else "ECE %"
    heads = [ece_head if h == "ECE %" else h for _, h, _ in METRICS]
    lines += ["## Mean ± sd over seeds", "",
              "| configuration | seeds | " + " | ".join(heads) + " | wall min / run |",
              "|" + "---|" * (len(METRICS) + 3)]
    for row in agg:
        seeds = f"{len(row['seeds_done'])}/{len(row['seeds_planned'])}"
        cells = [fmt_mean_sd(*row[key][:2], digits) for key, _, digits in METRICS]
        lines.append(f"| {row['label']} | {seeds} | " + " | ".join(cells)
                     + f" | {fmt_mean_sd(*row['wall_minutes'][:2], 1)} |")
    lines += ["",
              "sd: sample standard deviation over the finished seeds (n - 1 in the denominator); "
              "one seed shows its value alone. BLEU and chrF: sacreBLEU on the test set; ECE and NLL: "
              "token level under teacher forcing (`pskd_tools.evaluation.calibration`); "
              "best valid loss: the "
              f"lowest valid loss of the run; best epoch: the epoch `{grid.checkpoint}` comes from "
              f"({'highest' if maximize else 'lowest'} valid `{metric}`, ties to the later epoch as "
              "fairseq keeps them); wall: training plus scoring, one thread, all attempts of a "
              "resumed run.", ""]
    notes = [(row["label"], row["note"]) for row in agg if row["note"]]
    if notes:
        lines += [f"- {label}: {note}" for label, note in notes] + [""]

    base_label = grid.config(grid.baseline).label
    lines += [f"## Paired significance against {base_label}", ""]
    if signif_error:
        lines += [f"Not computed: {signif_error}", ""]
    elif not signif or not signif["rows"]:
        lines += ["Nothing to pair yet: no configuration shares a finished seed with the baseline.", ""]
    else:
        lines += [
            "sacreBLEU's paired tests (`sacrebleu.significance.PairedTest`) on the test-set "
            "hypotheses: paired bootstrap resampling (bs, "
            f"{grid.bootstrap_samples} resamples) and approximate randomization (ar, {grid.ar_trials} "
            "trials). Each row pairs two runs trained with the same seed; a `pooled` row pairs the "
            "test sets of all the seeds both finished, concatenated (each sentence once per seed). "
            "Δ = configuration − baseline; * marks p < 0.05 (no correction for the number of tests).",
            "",
            "| configuration | seeds | BLEU Δ | p bs | p ar | chrF Δ | p bs | p ar |",
            "|---|---|---|---|---|---|---|---|"]
        for row in signif["rows"]:
            label = grid.config(row["config"]).label
            seeds = ("pooled " if row.get("pooled") else "") + ", ".join(map(str, row["seeds"]))
            cells = []
            for m in row["metrics"].values():
                cells += [f"{m['delta']:+.2f} ({m['score']:.2f} vs {m['baseline']:.2f})",
                          _p(m.get("p_bs")), _p(m.get("p_ar"))]
            lines.append(f"| {label} | {seeds} | " + " | ".join(cells) + " |")
        signatures = sorted(signif["signatures"].items())
        lines += [""] + [f"{name} signature: `{sig}`" for name, sig in signatures] + [""]

    lines += ["## Runs", "",
              "| configuration | seed | BLEU | chrF | ECE % | NLL | best valid loss | best epoch | "
              "epochs | train min | score min | attempts | status |",
              "|" + "---|" * 13]
    for r in results:
        row = r.row
        num = lambda key, d, row=row: format_number(row.get(key), d)  # noqa: E731
        minutes = lambda key, row=row: "–" if row.get(key) is None else f"{row[key] / 60:.1f}"  # noqa: E731
        lines.append(
            f"| {r.spec.config.label} | {r.spec.seed} | {num('bleu', 2)} | {num('chrf', 2)} | "
            f"{num('ece_percent', 2)} | {num('nll', 3)} | {num('best_valid_loss', 3)} | "
            f"{row.get('best_epoch') or '–'} | {row.get('epochs') or '–'} | {minutes('train_seconds')} | "
            f"{minutes('score_seconds')} | {row.get('attempts') or '–'} | {r.status} |")
    sigs = sorted({(name, r.row[key]) for r in done for key, name in
                   (("bleu_signature", "BLEU"), ("chrf_signature", "chrF")) if r.row.get(key)})
    lines += [""] + [f"{name} signature: `{sig}`" for name, sig in sigs]
    return "\n".join(lines).rstrip() + "\n"


def plot_metrics(grid: Grid, results: Sequence[RunResult], out_png: Path) -> bool:
    """BLEU, chrF, ECE and NLL per configuration: every seed as a dot, mean ± sd as a bar."""
    plt = pyplot()
    import numpy as np

    done = [r for r in results if r.status == "done"]
    configs = [c for c in grid.configs if any(r.spec.config.name == c.name for r in done)]
    if not configs:
        return False
    panels = [("bleu", "test BLEU"), ("chrf", "test chrF"), ("ece_percent", "token ECE %"),
              ("nll", "token NLL")]
    fig, axes = plt.subplots(1, len(panels), figsize=(4 * len(panels), 1.2 + 0.45 * len(configs)),
                             sharey=True)
    for ax, (key, title) in zip(axes, panels):
        for y, config in enumerate(configs):
            values = [r.row.get(key) for r in done if r.spec.config.name == config.name]
            values = [v for v in values if v is not None]
            if not values:
                continue
            ax.plot(values, [y] * len(values), "o", color="tab:blue", alpha=0.6, markersize=4)
            if len(values) > 1:
                ax.errorbar(np.mean(values), y, xerr=np.std(values, ddof=1), fmt="|", color="black",
                            capsize=4, markersize=12)
        ax.set_title(title)
        ax.grid(alpha=0.3, axis="x")
    axes[0].set_yticks(range(len(configs)), [c.label for c in configs])
    axes[0].invert_yaxis()
    fig.suptitle("dots: seeds; bars: mean ± sd", fontsize=9)
    fig.tight_layout()
    fig.savefig(out_png, dpi=120)
    plt.close(fig)
    return True


def write_report(grid: Grid, out: Path | None = None) -> dict[str, Any]:
    """Write sweep.md, sweep.json and the plots from the finished runs; return what was written."""
    out = out or grid.out_dir / REPORT_DIR
    out.mkdir(parents=True, exist_ok=True)
    results = collect(grid)
    agg = aggregate(grid, results)
    signif, signif_error = None, None
    try:
        signif = significance(grid, results)
    except (ValueError, FileNotFoundError) as e:
        signif_error = str(e)
    table = markdown_report(grid, results, agg, signif, signif_error)
    (out / "sweep.md").write_text(table, encoding="utf-8")
    (out / "sweep.json").write_text(json.dumps({
        "grid": str(grid.path), "data_bin": str(grid.data_bin),
        "aggregate": [{k: (dict(zip(("mean", "sd", "n"), v)) if isinstance(v, tuple) else v)
                       for k, v in row.items()} for row in agg],
        "significance": signif, "significance_error": signif_error,
        "runs": [{"config": r.spec.config.name, "seed": r.spec.seed, "status": r.status,
                  "directory": str(r.spec.directory), **r.row} for r in results],
    }, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    written: dict[str, Any] = {"markdown": table, "table": out / "sweep.md", "json": out / "sweep.json",
                               "plots": []}
    # curves of each configuration's first finished seed: all seeds of ten configurations would
    # not be readable in one plot
    firsts: dict[str, compare.Run] = {}
    for r in results:
        if r.status == "done" and r.run is not None:
            firsts.setdefault(r.spec.config.name, r.run)
    runs = list(firsts.values())
    for metric, ylabel, name in (("loss", "valid loss", "valid_loss.png"),
                                 ("bleu", "valid BLEU", "valid_bleu.png")):
        if plot_valid_curves(runs, metric, ylabel, out / name):
            written["plots"].append(out / name)
    if plot_reliability_curves(runs, out / "reliability.png"):
        written["plots"].append(out / "reliability.png")
    if plot_metrics(grid, results, out / "metrics.png"):
        written["plots"].append(out / "metrics.png")
    return written


# --------------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------------
def lock_out_dir(out_dir: Path) -> Any:
    """Hold OUT/.sweep.lock for the life of this process. A second sweep on the same directory
    would train other runs at the same time, i.e. take another core: --jobs is the way to do that."""
    out_dir.mkdir(parents=True, exist_ok=True)
    handle = open(out_dir / SWEEP_LOCK, "a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "another process"
        handle.close()
        raise GridError(f"{out_dir} is in use by another sweep ({holder}); wait for it or stop it "
                        "(SIGTERM stops its runs too) — to train more runs at once, use --jobs") from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()} since {_now()}\n")
    handle.flush()
    return handle


def _install_signal_handlers(runner: Runner) -> None:
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, runner.stop)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description="Train every (configuration, seed) of a grid with fairseq-train, score each run "
        "(sacreBLEU BLEU/chrF, token ECE/NLL), and write a report: mean ± sd over seeds, paired "
        "significance against the baseline (sacreBLEU paired bootstrap and approximate "
        "randomization), plots. Rerun the same command to continue a stopped sweep: finished runs "
        "are skipped, unfinished ones resume from their checkpoint_last.pt.",
        epilog="Grid format: examples/sweep/README.md. Runs go to OUT/runs/NAME/seedS/, the report "
        "to OUT/report/.")
    p.add_argument("grid", help="grid JSON file")
    p.add_argument("--jobs", type=int, default=1,
                   help="runs trained at once, one thread each (default 1)")
    p.add_argument("--data-bin", default=None, help="use this data-bin instead of the grid's data_bin")
    p.add_argument("--out-dir", default=None, help="use this directory instead of the grid's out_dir")
    p.add_argument("--configs", nargs="+", default=None, metavar="NAME",
                   help="run only these configurations (the report still covers the whole grid)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true",
                      help="print each run's status and fairseq-train command; train nothing")
    mode.add_argument("--report-only", action="store_true",
                      help="write the report from the finished runs; train nothing")
    args = p.parse_args(argv)
    # force: importing the package imports fairseq, which has configured the root logger already
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(name)s: %(message)s", force=True)
    if args.jobs < 1:
        p.error(f"--jobs must be at least 1, got {args.jobs}")

    try:
        grid = load_grid(args.grid, args.data_bin, args.out_dir)
        if args.configs:
            missing = [n for n in args.configs if not any(c.name == n for c in grid.configs)]
            if missing:
                raise GridError(f"--configs {missing[0]}: no such configuration in {grid.path} "
                                f"(names: {', '.join(c.name for c in grid.configs)})")
        specs = grid.runs(args.configs)
        check_run_dirs(grid, grid.runs())
    except GridError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2

    if args.dry_run:
        for spec in specs:
            command = shlex.join(fairseq_train_command(grid.train_args(spec)))
            print(f"{spec.key}: {run_status(spec)}\n  {command}")
        return 0
    if not args.report_only:
        try:
            _sweep_lock = lock_out_dir(grid.out_dir)  # noqa: F841  held until the process exits
        except GridError as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
        logger.info("%d runs (%d finished earlier), %d at a time; runs in %s",
                    len(specs), sum(run_status(s) == "done" for s in specs), args.jobs,
                    grid.out_dir / "runs")
        runner = Runner(grid, args.jobs)
        _install_signal_handlers(runner)
        outcomes = runner.run_all(specs, report=True)
        if runner.stopping.is_set():
            print("sweep: stopped; rerun the same command to continue", file=sys.stderr)
            return 130
    written = write_report(grid)
    print(written["markdown"], end="")
    print(f"\nwrote {written['table']}, {written['json']}" + "".join(f", {p}" for p in written["plots"]))
    if args.report_only:
        return 0
    bad = [o for o in outcomes if o.status not in ("done", "skipped")]
    for o in bad:
        print(f"sweep: {o.spec.key}: {o.status}: {o.message.splitlines()[0] if o.message else ''}",
              file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
