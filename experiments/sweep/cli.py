"""The command line: `python -m experiments.sweep GRID.json` (argparse and main), which checks the grid, then
prints the plan (--dry-run), runs the sweep, or only rewrites the report (--report-only)."""
from __future__ import annotations

import argparse
import logging
import shlex
import signal
import sys
from collections.abc import Sequence

from . import archive
from .grid import Grid, GridError, RunSpec, load_grid
from .report import write_report
from .runner import Runner, fairseq_train_command, logger
from .runs import check_run_dirs, lock_out_dir, run_status
from .teachers import check_teacher_dirs, fill_command, teacher_done


def build_parser(prog: str | None = None) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=prog,
        description="Train every (configuration, seed) of a grid with fairseq-train, score each run "
        "(sacreBLEU BLEU/chrF, token ECE/NLL), and write a report: mean ± sd over seeds, paired "
        "significance against the baseline (sacreBLEU paired bootstrap and approximate "
        "randomization), plots. Rerun the same command to continue a stopped sweep: finished runs "
        "are skipped, unfinished ones resume from their checkpoint_last.pt.",
        epilog="Grid format: experiments/README.md. Runs go to OUT/runs/NAME/seedS/, the report "
        "to OUT/report/.")
    p.add_argument("grid", help="grid JSON file")
    p.add_argument("--jobs", type=int, default=1,
                   help="runs trained at once, one thread each (default 1)")
    p.add_argument("--data-bin", default=None, help="use this data-bin instead of the grid's data_bin")
    p.add_argument("--out-dir", default=None, help="use this directory instead of the grid's out_dir")
    p.add_argument("--archive", default=None, metavar="DIR|FILE.tar.xz",
                   help="use this results archive instead of the grid's archive field: finished runs are "
                   "restored from it before the sweep and copied into it once done (a name ending in "
                   ".tar.xz: the archive packed into one file, read and written as such)")
    p.add_argument("--configs", nargs="+", default=None, metavar="NAME",
                   help="run only these configurations (the report still covers the whole grid)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true",
                      help="print each run's status and fairseq-train command; train nothing")
    mode.add_argument("--report-only", action="store_true",
                      help="write the report from the finished runs; train nothing")
    return p


def _plan(args: argparse.Namespace) -> tuple[Grid, list[RunSpec]]:
    """The grid and the runs to do; a GridError for a bad grid, an unknown --configs name or a
    run directory started with another command."""
    grid = load_grid(args.grid, args.data_bin, args.out_dir, args.archive)
    if args.configs:
        missing = [n for n in args.configs if not any(c.name == n for c in grid.configs)]
        if missing:
            raise GridError(f"--configs {missing[0]}: no such configuration in {grid.path} "
                            f"(names: {', '.join(c.name for c in grid.configs)})")
    specs = grid.runs(args.configs)
    if not args.dry_run:
        archive.restore(grid)  # before the checks: a restored run is checked like any other
    check_run_dirs(grid, grid.runs())
    check_teacher_dirs(grid)
    return grid, specs


def _install_signal_handlers(runner: Runner) -> None:
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, runner.stop)


def main(argv: Sequence[str] | None = None, prog: str | None = None) -> int:
    """The sweep; the exit status: 0 all done, 1 a run failed, 2 a bad grid or a busy OUT, 130 stopped.
    prog: the program name in usage and error lines (default: the command's file name)."""
    p = build_parser(prog)
    args = p.parse_args(argv)
    # force: importing the package imports fairseq, which has configured the root logger already
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(name)s: %(message)s", force=True)
    if args.jobs < 1:
        p.error(f"--jobs must be at least 1, got {args.jobs}")

    try:
        grid, specs = _plan(args)
    except GridError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2

    if args.dry_run:
        for teacher in grid.teachers:
            state = "done" if teacher_done(grid, teacher) else "after " + ", ".join(
                s.key for s in grid.teacher_sources(teacher))
            print(f"teacher {teacher.name}: {state}\n  {shlex.join(fill_command(grid, teacher))}")
        for spec in specs:
            command = shlex.join(fairseq_train_command(grid.train_args(spec)))
            status = run_status(spec, grid)
            if status == "new" and grid.archive is not None and archive.restorable(grid, spec) is None:
                status = (f"new; finished in {archive.where(grid, archive.run_dir(grid, spec))}, "
                          "restored when the sweep runs")
            print(f"{spec.key}: {status}\n  {command}")
        return 0
    if not args.report_only:
        try:
            _sweep_lock = lock_out_dir(grid.out_dir)  # noqa: F841  held until main returns
        except GridError as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
        logger.info("%d runs (%d finished earlier), %d at a time; runs in %s",
                    len(specs), sum(run_status(s, grid) == "done" for s in specs), args.jobs,
                    grid.out_dir / "runs")
        runner = Runner(grid, args.jobs)
        _install_signal_handlers(runner)
        outcomes = runner.run_all(specs, report=True)
        if runner.stopping.is_set():
            print("sweep: stopped; rerun the same command to continue", file=sys.stderr)
            return 130
    archive.save_all(grid)
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
