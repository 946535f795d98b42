"""Formatting and plotting shared by the reporting tools: compare, calibration and sweep.

Every plot goes through `pyplot()`, so matplotlib is imported only when a plot is drawn, always
with the file-only Agg backend (the tools run on machines without a display) and without the
font-lookup noise fairseq's logging setup would let through.
"""
from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from types import ModuleType

    from .run_dir import Run


def quiet_matplotlib() -> None:
    # importing fairseq leaves the root logger at DEBUG; matplotlib would log every font lookup
    logging.getLogger("matplotlib").setLevel(logging.WARNING)


def pyplot() -> ModuleType:
    """matplotlib.pyplot on the Agg backend, matplotlib's logging quieted."""
    quiet_matplotlib()
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def format_number(value: Any, digits: int = 2, scale: float = 1.0) -> str:
    """`value * scale` with `digits` decimals for a table cell; a dash for a missing value or NaN."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{scale * float(value):.{digits}f}"


def plot_valid_curves(runs: Sequence[Run], metric: str, ylabel: str, out_png: Path) -> bool:
    """One validation `metric` per epoch, a line per run that logged it; False (and no file)
    when none did."""
    plt = pyplot()
    from matplotlib.ticker import MaxNLocator

    fig, ax = plt.subplots(figsize=(6, 4))
    drawn = False
    for run in runs:
        if not run.log:
            continue
        epochs, values = run.log.valid_series(metric)
        if epochs:
            ax.plot(epochs, values, marker="o", markersize=3, label=run.label)
            drawn = True
    if drawn:
        ax.set_xlabel("epoch")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylabel(ylabel)
        ax.grid(alpha=0.3)
        ax.legend()
        fig.tight_layout()
        fig.savefig(out_png, dpi=120)
    plt.close(fig)
    return drawn


def plot_reliability_curves(runs: Sequence[Run], out_png: Path) -> bool:
    """The runs' reliability curves (accuracy per confidence bin, from their calibration JSON)
    overlaid; False (and no file) when no run has one."""
    plt = pyplot()

    fig, ax = plt.subplots(figsize=(5, 5))
    ax.plot([0, 1], [0, 1], "k--", linewidth=1, label="perfect calibration")
    drawn = False
    for run in runs:
        bins = (run.calibration or {}).get("bins")
        if not bins:
            continue
        pts = [(c, a) for c, a, n in zip(bins["confidence"], bins["accuracy"], bins["count"])
               if n and c is not None and a is not None]
        if not pts:
            continue
        conf, acc = zip(*pts)
        ece = run.calibration.get("ece_percent")
        label = run.label + (f" (ECE {ece:.2f}%)" if ece is not None else "")
        ax.plot(conf, acc, marker="o", markersize=3, label=label)
        drawn = True
    if drawn:
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        ax.set_xlabel("mean confidence in bin")
        ax.set_ylabel("accuracy in bin")
        ax.set_title("token-level reliability (teacher forcing)")
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8, loc="upper left")
        fig.tight_layout()
        fig.savefig(out_png, dpi=120)
    plt.close(fig)
    return drawn


def plot_run_curves(runs: Sequence[Run], out: Path) -> list[Path]:
    """valid_loss.png, valid_bleu.png and reliability.png in `out` for `runs`, where they have the
    data; returns the plots written."""
    written = []
    for metric, ylabel, name in (("loss", "valid loss", "valid_loss.png"),
                                 ("bleu", "valid BLEU", "valid_bleu.png")):
        if plot_valid_curves(runs, metric, ylabel, out / name):
            written.append(out / name)
    if plot_reliability_curves(runs, out / "reliability.png"):
        written.append(out / "reliability.png")
    return written
