"""What the finished runs left behind, read back: one RunResult per (configuration, seed) with the
summary row the report shows, and the hypotheses and references the paired tests compare."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import compare, scoring
from .grid import Grid, RunSpec
from .runs import DONE, read_json, run_status, score_paths


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
    """Every run of the grid (or of specs) with its status; the finished ones read back."""
    metric, maximize = grid.best_metric()
    results = []
    for spec in specs if specs is not None else grid.runs():
        status = run_status(spec)
        result = RunResult(spec, status)
        if status == "done":
            result.done = read_json(spec.directory / DONE) or {}
            result.run = compare.load_run(spec.directory, f"{spec.config.label} (seed {spec.seed})",
                                          Path(grid.checkpoint).stem, grid.subset)
            row = compare.summary_row(result.run)
            row["best_epoch"] = best_epoch(result.run.log, metric, maximize)
            for key in ("wall_seconds", "train_seconds", "score_seconds", "attempts"):
                row[key] = result.done.get(key)
            result.row = row
        results.append(result)
    return results


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


def load_hypotheses(result: RunResult) -> list[str]:
    """The test-set hypotheses the run was scored with."""
    scores = (result.run.scores if result.run else None) or {}
    path = result.done.get("hypotheses") or scores.get("hypotheses")
    if not path or not Path(path).is_file():
        raise FileNotFoundError(f"{result.spec.directory}: no hypothesis file ({path or 'not recorded'}); "
                                "delete done.json there to score the run again")
    return scoring.read_lines(path)
