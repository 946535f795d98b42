"""``pskd-compare``: a Markdown table and plots comparing training runs, from their fairseq logs,
scores and calibration.

A run directory is read as ``run_dir.load_run`` reads it: the fairseq-train log (``train.log``
is preferred, else the largest ``*.log``; both the ``simple`` and ``json`` log formats parse),
``<ckpt stem>.<subset>.scores.json`` from ``pskd_tools.evaluation.scoring`` and
``<ckpt stem>.<subset>.calibration.json`` from ``pskd_tools.evaluation.calibration``.

Writes ``comparison.md`` (run, BLEU, chrF, ECE, NLL, AURC, best valid loss, epochs),
``comparison.json``, ``valid_loss.png``, ``valid_bleu.png`` (when a run logged ``--eval-bleu``)
and ``reliability.png`` (reliability curves overlaid) into ``--out-dir``.

CLI::

    python -m pskd_tools.evaluation.compare RUN_DIR [RUN_DIR ...] [--labels A B] [--out-dir compare]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .report import format_number, plot_run_curves
from .run_dir import Run, load_run, summary_row


def markdown_table(runs: Sequence[Run]) -> str:
    """The comparison table: a row per run, then the sacreBLEU signatures met."""
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
