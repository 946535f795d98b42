"""A training run's directory read back: its train log, and the scores and calibration that
``pskd-score`` and ``pskd-calibrate`` wrote beside its checkpoint.

A run directory holds what training and evaluation left there:

* the fairseq-train log (``fairseq_log.find_log``);
* ``<ckpt stem>.<subset>.scores.json`` from ``pskd_tools.evaluation.scoring``;
* ``<ckpt stem>.<subset>.calibration.json`` from ``pskd_tools.evaluation.calibration``.

``pskd-compare`` tabulates runs read this way, and the sweep's report its finished runs.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .fairseq_log import TrainLog, find_log, parse_train_log


@dataclass
class Run:
    """One run directory's train log, scores and calibration, each None where it has none."""

    label: str
    directory: Path
    log: TrainLog | None = None
    log_path: Path | None = None
    scores: dict[str, Any] | None = None
    scores_path: Path | None = None
    calibration: dict[str, Any] | None = None
    calibration_path: Path | None = None


def _pick(directory: Path, pattern: str, stem: str, subset: str) -> Path | None:
    # the checkpoint's own file first, then any of the subset, then any at all
    preferred = directory / pattern.replace("*", f"{stem}.{subset}")
    if preferred.is_file():
        return preferred
    found = sorted(directory.glob(pattern))
    same_subset = [p for p in found if f".{subset}." in p.name]
    return (same_subset or found or [None])[0]


def load_run(directory: str | Path, label: str | None = None, stem: str = "checkpoint_best",
             subset: str = "test") -> Run:
    """Read a run directory; FileNotFoundError when it holds none of the three."""
    d = Path(directory)
    if not d.is_dir():
        raise FileNotFoundError(f"run directory {d} does not exist")
    run = Run(label or d.name, d)
    run.log_path = find_log(d)
    if run.log_path:
        with open(run.log_path, encoding="utf-8", errors="replace") as f:
            run.log = parse_train_log(f)
    run.scores_path = _pick(d, "*.scores.json", stem, subset)
    if run.scores_path:
        run.scores = json.loads(run.scores_path.read_text())
    run.calibration_path = _pick(d, "*.calibration.json", stem, subset)
    if run.calibration_path:
        run.calibration = json.loads(run.calibration_path.read_text())
    if not (run.log or run.scores or run.calibration):
        raise FileNotFoundError(
            f"run directory {d} has no train log (*.log), *.scores.json or *.calibration.json: "
            "run fairseq-train with --log-file DIR/train.log, then pskd_tools.evaluation.scoring and "
            "pskd_tools.evaluation.calibration on its checkpoint")
    return run


def summary_row(run: Run) -> dict[str, Any]:
    """The numbers a comparison table shows for a run (None where it has no value)."""
    s, c = run.scores or {}, run.calibration or {}
    epochs = None
    if run.log and run.log.valid:
        epochs = max(run.log.valid.get(run.log.first_subset(), {0: None}))
    return {
        "run": run.label,
        "bleu": s.get("bleu"),
        "chrf": s.get("chrf"),
        "ece_percent": c.get("ece_percent"),
        "nll": c.get("nll"),
        "aurc_x1000": c.get("aurc_x1000"),
        "best_valid_loss": run.log.best_valid_loss() if run.log else None,
        "epochs": epochs,
        "bleu_signature": s.get("bleu_signature"),
        "chrf_signature": s.get("chrf_signature"),
        "ece_bins": c.get("n_bins"),
    }
