"""The runner: fairseq-train and the scoring subprocesses of each run, their attempts recorded in
run.json, resuming an unfinished run with the same command, --jobs runs at once on a thread pool,
and stopping every child on SIGTERM/SIGINT."""
from __future__ import annotations

import logging
import os
import shlex
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pskd_tools import PLUGIN_DIR
from pskd_tools.evaluation.rule_scoring import missing_rules, rule_file

from . import archive
from .grid import Grid, RunSpec, Teacher
from .report import write_report
from .runs import (
    DONE,
    FAILED,
    LOCK,
    RUN_STATE,
    SCORE_LOG,
    SCORED,
    TRAIN_DONE,
    TRAIN_LOG,
    acquire_lock,
    now,
    read_json,
    run_status,
    score_paths,
    write_json,
)
from .teachers import (
    FILL_LOG,
    TEACHER_DONE,
    done_record,
    fill_command,
    score_command,
    sources_state,
    teacher_done,
)

# the package's name, not this module's: the log lines read "experiments.sweep: ..."
logger = logging.getLogger("experiments.sweep")


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
    threads), this very copy of the package first on the path, so fairseq-train's --user-dir,
    scoring and calibration all run the code the sweep was started from, and the plugin's
    fairseq/torch fixes for every arm, so that baselines and PS-KD run the same fairseq
    (docs/fairseq-notes.md)."""
    env = dict(os.environ)
    env["FAIRSEQ_PSKD_FIXES"] = "all"
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


def rules_command(grid: Grid, directory: Path) -> list[str]:
    """pskd-score --rules on one run directory: every rule of the grid, resumed rule by rule."""
    return [sys.executable, "-m", "pskd_tools.evaluation.scoring", str(grid.data_bin),
            "--rules", str(directory), "--rule", *grid.rules, "--gen-subset", grid.subset,
            "--valid-subset", grid.valid_subset, "--beam", str(grid.beam),
            "--lenpen-grid", *(f"{lp:g}" for lp in grid.lenpens),
            "-s", grid.source_lang, "-t", grid.target_lang, "--user-dir", str(PLUGIN_DIR)]


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
        self._teacher_locks = {t.name: threading.Lock() for t in grid.teachers}
        self.scheduled: set[str] = set()  # keys of the runs this sweep was asked to do
        self.finished: set[str] = set()  # keys of those that have ended, one way or another

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
        lock_file, holder = acquire_lock(spec.directory / LOCK)
        if lock_file is None:
            return Outcome(spec, "busy",
                           f"another process holds {spec.directory / LOCK} ({holder or 'unknown'})")
        try:
            if run_status(spec, self.grid) == "done":
                return Outcome(spec, "skipped", "finished earlier")
            try:
                return self._train_and_score(spec, lock_file.fileno())
            except RunFailed as e:
                write_json(spec.directory / FAILED, {"when": now(), "error": str(e)})
                return Outcome(spec, "failed", str(e))
            except Stopped:
                return Outcome(spec, "stopped", "stopped by a signal; rerun the sweep to resume")
        finally:
            lock_file.close()

    def _attempt(self, state: dict[str, Any], spec: RunSpec, phase: str, cmds: list[list[str]],
                 log_path: Path, mode: str, lock_fd: int) -> float:
        """Run the commands of one phase into log_path; record the attempt (seconds included when
        it was stopped by a signal) in run.json. Returns the seconds it took."""
        attempt: dict[str, Any] = {"phase": phase, "started": now(), "seconds": None, "result": None}
        state["attempts"].append(attempt)
        write_json(spec.directory / RUN_STATE, state)
        t0 = time.monotonic()
        result = "ok"
        try:
            with open(log_path, mode, encoding="utf-8") as log:
                for cmd in cmds:
                    log.write(f"# sweep {now()}: {shlex.join(cmd)}\n")
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
            write_json(spec.directory / RUN_STATE, state)
        return attempt["seconds"]

    def _train_and_score(self, spec: RunSpec, lock_fd: int) -> Outcome:
        grid = self.grid
        args = grid.train_args(spec)
        state = read_json(spec.directory / RUN_STATE) or {"config": spec.config.name, "seed": spec.seed,
                                                            "args": args, "attempts": []}
        state["command"] = shlex.join(fairseq_train_command(args))
        (spec.directory / FAILED).unlink(missing_ok=True)
        paths = score_paths(grid, spec.directory)

        if read_json(spec.directory / TRAIN_DONE) is None:
            if spec.config.teacher is not None:
                self._ensure_teacher(self.grid.teacher(spec.config.teacher), spec)
            logger.info("%s: training", spec.key)
            # the same command every time: fairseq resumes from checkpoint_last.pt when it exists
            self._attempt(state, spec, "train", [fairseq_train_command(args)],
                          spec.directory / TRAIN_LOG, "a", lock_fd)
            if not paths["checkpoint"].is_file():
                raise RunFailed(f"{spec.key}: fairseq-train finished but wrote no {paths['checkpoint']} "
                                "(does the recipe save checkpoints?)")
            write_json(spec.directory / TRAIN_DONE, {"when": now()})

        old_done = read_json(spec.directory / DONE)
        if old_done is not None:
            # finished by the code before the rules (or with another lenpen grid): its
            # checkpoint_best.pt scores stand; done.json goes until the rules are scored too, so a
            # sweep killed from here on never leaves a run marked done without them
            write_json(spec.directory / SCORED, {**old_done, "from": DONE})
            (spec.directory / DONE).unlink()
        if read_json(spec.directory / SCORED) is None:
            logger.info("%s: scoring %s", spec.key, paths["checkpoint"].name)
            self._attempt(state, spec, "score", score_commands(grid, paths["checkpoint"]),
                          spec.directory / SCORE_LOG, "w", lock_fd)
            for key in ("scores", "calibration", "hypotheses"):
                if not paths[key].is_file():
                    raise RunFailed(f"{spec.key}: scoring finished but wrote no {paths[key]}")
            write_json(spec.directory / SCORED, {"when": now()})

        settings = grid.rule_settings()
        if missing_rules(spec.directory, settings, grid.rules):
            logger.info("%s: scoring the checkpoint rules %s", spec.key, ", ".join(grid.rules))
            self._attempt(state, spec, "rules", [rules_command(grid, spec.directory)],
                          spec.directory / SCORE_LOG, "a", lock_fd)
            left = missing_rules(spec.directory, settings, grid.rules)
            if left:
                raise RunFailed(f"{spec.key}: pskd-score --rules finished but left rule "
                                f"{', '.join(left)} unscored; see {spec.directory / SCORE_LOG}")
        rule_results = {r: read_json(rule_file(spec.directory, r, grid.subset)) or {} for r in grid.rules}

        seconds = {phase: sum(a["seconds"] or 0.0 for a in state["attempts"] if a["phase"] in phases)
                   for phase, phases in (("train", ("train",)), ("score", ("score", "rules")))}
        write_json(spec.directory / DONE, {
            "config": spec.config.name, "seed": spec.seed, "label": spec.config.label,
            "finished": now(), "args": args, "command": state["command"],
            "train_seconds": round(seconds["train"], 1), "score_seconds": round(seconds["score"], 1),
            "wall_seconds": round(seconds["train"] + seconds["score"], 1),
            "attempts": len([a for a in state["attempts"] if a["phase"] == "train"]),
            **{key: str(paths[key]) for key in ("checkpoint", "scores", "calibration", "hypotheses")},
            "rule_settings": settings.key(),
            "rules": {r: {"file": str(rule_file(spec.directory, r, grid.subset)),
                          "available": bool(res.get("available")), "checkpoint": res.get("checkpoint")}
                      for r, res in rule_results.items()},
        })
        scores = read_json(paths["scores"]) or {}
        cal = read_json(paths["calibration"]) or {}
        return Outcome(spec, "done", f"BLEU {scores.get('bleu')} chrF {scores.get('chrf')} "
                                     f"ECE {cal.get('ece_percent', float('nan')):.2f}% "
                                     f"in {(seconds['train'] + seconds['score']) / 60:.1f} min")

    # -- teachers ---------------------------------------------------------------------------
    def _ensure_teacher(self, teacher: Teacher, student: RunSpec) -> None:
        """Fill the teacher's store and score the ensemble, once, after its source runs are done;
        a student thread that comes second waits for the first."""
        with self._teacher_locks[teacher.name]:
            if teacher_done(self.grid, teacher) is not None and teacher.store.is_dir():
                return
            self._wait_for_sources(teacher, student)
            missing = [spec.directory / teacher.checkpoint for spec in self.grid.teacher_sources(teacher)
                       if not (spec.directory / teacher.checkpoint).is_file()]
            if missing:  # a source run restored from the results archive, which keeps no checkpoints
                raise RunFailed(f"{student.key}: teacher {teacher.name} learns from {missing[0]}, which does "
                                "not exist (a run restored from the results archive has no checkpoints): "
                                f"delete {missing[0].parent} and rerun the sweep to train it again")
            teacher.directory.mkdir(parents=True, exist_ok=True)
            lock_file, holder = acquire_lock(teacher.directory / LOCK)
            if lock_file is None:
                raise RunFailed(f"{student.key}: teacher {teacher.name}: another process holds "
                                f"{teacher.directory / LOCK} ({holder or 'unknown'})")
            try:
                seconds = []
                steps = (("pskd-store fill", fill_command(self.grid, teacher)),
                         ("pskd-score", score_command(self.grid, teacher)))
                with open(teacher.directory / FILL_LOG, "a", encoding="utf-8") as log:
                    for what, cmd in steps:
                        logger.info("teacher %s: %s", teacher.name, what)
                        log.write(f"# sweep {now()}: {shlex.join(cmd)}\n")
                        log.flush()
                        t0 = time.monotonic()
                        rc = self._call(cmd, log, lock_file.fileno())
                        seconds.append(time.monotonic() - t0)
                        if rc != 0:
                            raise RunFailed(f"{student.key}: teacher {teacher.name}: {what} exited with "
                                            f"status {rc}; the end of {teacher.directory / FILL_LOG}:\n"
                                            f"{_tail(teacher.directory / FILL_LOG)}")
                write_json(teacher.directory / TEACHER_DONE, done_record(self.grid, teacher, *seconds))
                archive.save_teacher(self.grid, teacher)
            finally:
                lock_file.close()

    def _wait_for_sources(self, teacher: Teacher, student: RunSpec) -> None:
        while True:
            waiting, failed = sources_state(self.grid, teacher)
            ended = [k for k in waiting if k in self.finished or k not in self.scheduled]
            if failed or ended:
                why = ("failed" if failed else "is not finished and is not part of this sweep "
                       f"(run the sweep with --configs {teacher.source} too)")
                raise RunFailed(f"{student.key}: teacher {teacher.name} learns from "
                                f"{(failed or ended)[0]}, which {why}")
            if not waiting:
                return
            logger.info("%s: waiting for teacher %s's runs %s", student.key, teacher.name, ", ".join(waiting))
            if self.stopping.wait(15):
                raise Stopped()

    # -- the sweep --------------------------------------------------------------------------
    def run_all(self, specs: Sequence[RunSpec], report: bool = True) -> list[Outcome]:
        from tqdm import tqdm

        todo = [s for s in specs if run_status(s, self.grid) != "done"]
        outcomes = [Outcome(s, "skipped", "finished earlier") for s in specs if s not in todo]
        for o in outcomes:
            logger.info("%s: finished earlier, skipped", o.spec.key)
        if not todo:
            return outcomes
        self.scheduled = {s.key for s in todo}
        with tqdm(total=len(specs), initial=len(outcomes), desc="sweep", unit="run",
                  file=sys.stderr, dynamic_ncols=True, disable=None) as bar, \
                ThreadPoolExecutor(max_workers=self.jobs) as pool:
            futures: dict[Future, RunSpec] = {pool.submit(self.run_one, s): s for s in todo}
            for future in as_completed(futures):
                outcome = future.result()
                outcomes.append(outcome)
                self.finished.add(outcome.spec.key)
                bar.update(1)
                tqdm.write(f"sweep: {outcome.spec.key}: {outcome.status}"
                           + (f": {outcome.message}" if outcome.message else ""), file=sys.stderr)
                if outcome.status == "done":
                    archive.save_run(self.grid, outcome.spec)
                if report and outcome.status == "done" and not self.stopping.is_set():
                    try:  # a partial report after every run: a long sweep shows results early
                        write_report(self.grid)
                    except Exception as e:  # the report never stops the training
                        tqdm.write(f"sweep: the report could not be written: {e!r}", file=sys.stderr)
        return outcomes
