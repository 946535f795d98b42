"""What the finished runs left behind, read back: one RunResult per (configuration, seed) with the
summary row the report shows, and the hypotheses and references the paired tests compare."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pskd_tools.evaluation import run_dir
from pskd_tools.evaluation.generate import parse_generate_output
from pskd_tools.evaluation.rule_scoring import read_rule
from pskd_tools.evaluation.rules import best_epoch
from pskd_tools.evaluation.text import decode_pieces, read_lines

from .grid import Grid, RunSpec
from .runs import DONE, SCORED, primary_scored, read_json, run_status, score_paths, write_json

REFERENCE_KEY = "reference_file"  # the references as a file, when "reference" names the T- lines

__all__ = ["RunResult", "best_epoch", "collect", "load_hypotheses", "load_references", "rule_row"]


@dataclass
class RunResult:
    spec: RunSpec
    status: str
    done: dict[str, Any] = field(default_factory=dict)
    run: run_dir.Run | None = None  # log, scores and calibration as run_dir.load_run reads them
    row: dict[str, Any] = field(default_factory=dict)  # run_dir.summary_row + best epoch + times
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)  # rule -> rule.RULE.SUBSET.json

    @property
    def scored(self) -> bool:
        """The grid's checkpoint (checkpoint_best.pt) was scored: the run is in the main tables."""
        return self.run is not None


def rule_row(result: dict[str, Any]) -> dict[str, Any]:
    """The numbers of one rule.RULE.SUBSET.json the report shows (test at lenpen 1 and tuned)."""
    if not result.get("available"):
        return {"available": False, "reason": result.get("reason")}
    at1, tuned = result["test"]["1"], result["test"][f"{result['lenpen']:g}"]
    cal = result.get("calibration") or {}
    return {"available": True, "checkpoint": result.get("checkpoint"), "epochs": result.get("epochs"),
            "bleu_1": at1.get("bleu"), "chrf_1": at1.get("chrf"), "ratio_1": at1.get("length_ratio"),
            "lenpen": result["lenpen"], "bleu_t": tuned.get("bleu"), "chrf_t": tuned.get("chrf"),
            "ratio_t": tuned.get("length_ratio"), "ece_percent": cal.get("ece_percent"),
            "nll": cal.get("nll"), "ece_bins": cal.get("n_bins"),
            "bleu_signature": at1.get("bleu_signature"), "chrf_signature": at1.get("chrf_signature")}


def collect(grid: Grid, specs: Sequence[RunSpec] | None = None) -> list[RunResult]:
    """Every run of the grid (or of specs) with its status; the finished ones read back."""
    metric, maximize = grid.best_metric()
    results = []
    for spec in specs if specs is not None else grid.runs():
        status = run_status(spec, grid)
        result = RunResult(spec, status)
        if primary_scored(spec.directory):
            result.done = read_json(spec.directory / DONE) or read_json(spec.directory / SCORED) or {}
            result.run = run_dir.load_run(spec.directory, f"{spec.config.label} (seed {spec.seed})",
                                          Path(grid.checkpoint).stem, grid.subset)
            row = run_dir.summary_row(result.run)
            row["best_epoch"] = best_epoch(result.run.log, metric, maximize)
            for key in ("wall_seconds", "train_seconds", "score_seconds", "attempts"):
                row[key] = result.done.get(key)
            result.row = row
        if status == "done":  # every rule scored: the per-rule tables
            result.rules = {r: read_rule(spec.directory, r, grid.subset) or {} for r in grid.rules}
        results.append(result)
    return results


def _generate_targets(grid: Grid, directory: Path, scores: dict[str, Any]) -> list[str]:
    """The T- lines of the run's fairseq-generate output, decoded as scoring.py decoded them."""
    gen = parse_generate_output(read_lines(score_paths(grid, directory)["generate"]))
    lines = gen.ordered("targets", int(scores.get("sentences", 0)) or None)
    spm_model = scores.get("spm_model")
    return decode_pieces(lines, spm_model) if spm_model else lines


def _reference_file(scores: dict[str, Any]) -> Path | None:
    """The file the references are in: the data's (reference) or one kept by keep_references."""
    for key in ("reference", REFERENCE_KEY):
        ref = Path(str(scores.get(key, "")))
        if ref.is_file():
            return ref
    return None


def load_references(grid: Grid, result: RunResult) -> list[str]:
    """The references the run was scored against, as scoring.py used them."""
    scores = result.run.scores if result.run else None
    if not scores:
        raise FileNotFoundError(f"{result.spec.directory}: no scores JSON")
    ref = _reference_file(scores)
    # no reference file: scoring.py decoded the T- lines of fairseq-generate's output
    return read_lines(ref) if ref else _generate_targets(grid, result.spec.directory, scores)


def keep_references(grid: Grid, directory: Path) -> None:
    """Write the references decoded from fairseq-generate's T- lines beside the scores, and name
    them in the scores JSON (as REFERENCE_KEY): the results archive keeps no generate output, and
    the paired tests of a restored run need its references."""
    scores_path = score_paths(grid, directory)["scores"]
    scores = read_json(scores_path)
    if scores is None or _reference_file(scores) is not None:
        return
    ref_path = scores_path.with_name(scores_path.name.replace(".scores.json", f".ref.{grid.target_lang}"))
    refs = _generate_targets(grid, directory, scores)
    ref_path.write_text("".join(r + "\n" for r in refs), encoding="utf-8")
    write_json(scores_path, {**scores, REFERENCE_KEY: str(ref_path)})


def load_hypotheses(result: RunResult) -> list[str]:
    """The test-set hypotheses the run was scored with."""
    scores = (result.run.scores if result.run else None) or {}
    path = result.done.get("hypotheses") or scores.get("hypotheses")
    if not path or not Path(path).is_file():
        raise FileNotFoundError(f"{result.spec.directory}: no hypothesis file ({path or 'not recorded'}); "
                                "delete done.json there to score the run again")
    return read_lines(path)
