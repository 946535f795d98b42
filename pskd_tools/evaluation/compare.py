"""Compare training runs: a Markdown table and plots from fairseq logs, scores and calibration.

A run directory holds what training and evaluation left there:

* the fairseq-train log: ``--log-file`` output, or stdout saved as ``train.log`` (``train.log``
  is preferred, else the largest ``*.log``); both the ``simple`` and ``json`` log formats parse;
* ``<ckpt stem>.<subset>.scores.json`` from ``pskd_tools.evaluation.scoring``;
* ``<ckpt stem>.<subset>.calibration.json`` from ``pskd_tools.evaluation.calibration``.

Writes ``comparison.md`` (run, BLEU, chrF, ECE, NLL, AURC, best valid loss, epochs),
``comparison.json``, ``valid_loss.png``, ``valid_bleu.png`` (when a run logged ``--eval-bleu``)
and ``reliability.png`` (reliability curves overlaid) into ``--out-dir``.

CLI::

    python -m pskd_tools.evaluation.compare RUN_DIR [RUN_DIR ...] [--labels A B] [--out-dir compare]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .report import format_number, plot_run_curves

# "epoch 003 | valid on 'valid' subset | loss 7.123 | nll_loss 6.9 | ... | bleu 12.3 | ..."
_VALID_RE = re.compile(r"(?:^|\| )epoch (\d+) \| valid on '([^']+)' subset(.*)$")
# end-of-epoch train summary "epoch 003 | loss 8.759 | ..." (progress lines read "epoch 003: ...")
_TRAIN_RE = re.compile(r"(?:^|\| )epoch (\d+) \| (?!valid on )(.*)$")


def _number(text: str) -> float | str:
    try:
        return float(text)
    except ValueError:
        return text


def _kv_fields(text: str) -> dict[str, float | str]:
    out: dict[str, float | str] = {}
    for part in text.split("|"):
        part = part.strip()
        if not part:
            continue
        key, _, value = part.partition(" ")
        if value:
            out[key] = _number(value.strip())
    return out


@dataclass
class TrainLog:
    """Per-epoch metrics from one fairseq-train log (the last record per epoch wins)."""

    valid: dict[str, dict[int, dict[str, Any]]] = field(default_factory=dict)  # subset -> epoch -> metrics
    train: dict[int, dict[str, Any]] = field(default_factory=dict)

    def valid_series(self, metric: str, subset: str | None = None) -> tuple[list[int], list[float]]:
        records = self.valid.get(subset or self.first_subset(), {})
        epochs = sorted(e for e, r in records.items() if isinstance(r.get(metric), float))
        return epochs, [records[e][metric] for e in epochs]

    def first_subset(self) -> str:
        return "valid" if "valid" in self.valid else next(iter(self.valid), "valid")

    def best_valid_loss(self) -> float | None:
        _, losses = self.valid_series("loss")
        return min(losses) if losses else None


def parse_train_log(lines: Iterable[str]) -> TrainLog:
    log = TrainLog()
    for line in lines:
        line = line.rstrip("\n")
        brace = line.find("{")
        if brace >= 0 and line.rstrip().endswith("}"):  # --log-format json
            try:
                rec = json.loads(line[brace:])
            except json.JSONDecodeError:
                rec = None
            if isinstance(rec, dict) and "epoch" in rec:
                epoch = int(rec["epoch"])
                if any(k.startswith("valid_") for k in rec) and "valid_loss" in rec:
                    metrics = {k[len("valid_"):]: _number(str(v)) for k, v in rec.items()
                               if k.startswith("valid_")}
                    log.valid.setdefault("valid", {})[epoch] = metrics
                elif "train_loss" in rec:
                    log.train[epoch] = {k[len("train_"):]: _number(str(v)) for k, v in rec.items()
                                        if k.startswith("train_")}
                continue
        m = _VALID_RE.search(line)
        if m:
            log.valid.setdefault(m.group(2), {})[int(m.group(1))] = _kv_fields(m.group(3))
            continue
        m = _TRAIN_RE.search(line)
        if m and "loss" in (fields := _kv_fields(m.group(2))):
            log.train[int(m.group(1))] = fields
    return log


@dataclass
class Run:
    label: str
    directory: Path
    log: TrainLog | None = None
    log_path: Path | None = None
    scores: dict[str, Any] | None = None
    scores_path: Path | None = None
    calibration: dict[str, Any] | None = None
    calibration_path: Path | None = None


def _pick(directory: Path, pattern: str, stem: str, subset: str) -> Path | None:
    preferred = directory / pattern.replace("*", f"{stem}.{subset}")
    if preferred.is_file():
        return preferred
    found = sorted(directory.glob(pattern))
    same_subset = [p for p in found if f".{subset}." in p.name]
    return (same_subset or found or [None])[0]


def find_log(directory: Path) -> Path | None:
    if (directory / "train.log").is_file():
        return directory / "train.log"
    logs = sorted(directory.glob("*.log"), key=lambda p: p.stat().st_size, reverse=True)
    return logs[0] if logs else None


def load_run(directory: str | Path, label: str | None = None, stem: str = "checkpoint_best",
             subset: str = "test") -> Run:
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


def markdown_table(runs: Sequence[Run]) -> str:
    rows = [summary_row(r) for r in runs]
    bins = {r["ece_bins"] for r in rows if r["ece_bins"]}
    ece_head = f"ECE % ({bins.pop()} bins)" if len(bins) == 1 else "ECE %"
    head = ["run", "BLEU", "chrF", ece_head, "NLL", "AURC ×1000", "best valid loss", "epochs"]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for r in rows:
        num = format_number
        cells = [r["run"], num(r["bleu"]), num(r["chrf"]), num(r["ece_percent"]),
                 num(r["nll"], 3), num(r["aurc_x1000"]), num(r["best_valid_loss"], 3),
                 "–" if r["epochs"] is None else str(r["epochs"])]
        lines.append("| " + " | ".join(cells) + " |")
    sigs = {
        (label, r[key])
        for r in rows
        for key, label in (("bleu_signature", "BLEU"), ("chrf_signature", "chrF"))
        if r[key]
    }
    if sigs:
        lines.append("")
        lines += [f"{label} signature: `{sig}`" for label, sig in sorted(sigs)]
    return "\n".join(lines) + "\n"


def compare(run_dirs: Sequence[str | Path], out_dir: str | Path, labels: Sequence[str] | None = None,
            stem: str = "checkpoint_best", subset: str = "test") -> dict[str, Any]:
    """Load the runs, write table/JSON/plots into ``out_dir``; return what was written."""
    if labels and len(labels) != len(run_dirs):
        raise ValueError(f"--labels has {len(labels)} names for {len(run_dirs)} run directories")
    runs = [load_run(d, labels[i] if labels else None, stem, subset) for i, d in enumerate(run_dirs)]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    table = markdown_table(runs)
    (out / "comparison.md").write_text(table, encoding="utf-8")
    written = {"table": out / "comparison.md", "json": out / "comparison.json", "plots": []}
    (out / "comparison.json").write_text(json.dumps(
        [dict(summary_row(r), directory=str(r.directory), log=str(r.log_path) if r.log_path else None)
         for r in runs], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    written["plots"] += plot_run_curves(runs, out)
    written["markdown"] = table
    return written


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Markdown table + plots comparing fairseq runs.")
    p.add_argument("run_dirs", nargs="+")
    p.add_argument("--labels", nargs="+", default=None, help="names for the runs (default: dir names)")
    p.add_argument("--out-dir", default="compare")
    p.add_argument("--checkpoint-stem", default="checkpoint_best",
                   help="prefer <stem>.<subset>.scores.json / .calibration.json")
    p.add_argument("--subset", default="test")
    args = p.parse_args(argv)
    try:
        written = compare(args.run_dirs, args.out_dir, args.labels, args.checkpoint_stem, args.subset)
    except (FileNotFoundError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(written["markdown"], end="")
    print(f"\nwrote {written['table']}, {written['json']}"
          + "".join(f", {p}" for p in written["plots"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
