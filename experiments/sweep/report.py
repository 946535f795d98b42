"""The sweep's report in OUT/report/: sweep.md (mean ± sd, paired significance, every run),
sweep.json and the PNG plots, drawn with the helpers shared by the reporting tools."""
from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pskd_tools.evaluation import rules, run_dir
from pskd_tools.evaluation.report import format_number, plot_run_curves, pyplot

from .grid import Grid
from .results import RunResult, collect
from .stats import (
    METRICS,
    RULE_METRICS,
    SETTINGS,
    aggregate,
    agreement,
    fmt_mean_sd,
    load_paired_cache,
    rule_aggregate,
    rule_significance,
    save_paired_cache,
    significance,
)
from .teachers import teacher_done

REPORT_DIR = "report"
PAIRED_CACHE = ".paired-tests.json"  # in REPORT_DIR: stats.load_paired_cache


def _p(p: float | None) -> str:
    if p is None:
        return "–"
    return f"{p:.4f}" + (" *" if p < 0.05 else "")


def _header(grid: Grid, results: Sequence[RunResult]) -> list[str]:
    done = [r for r in results if r.scored]
    lines = [f"# Sweep `{grid.path.name}`", ""]
    if grid.description:
        lines += [grid.description, ""]
    lines += [f"Data `{grid.data_bin}` ({grid.source_lang}->{grid.target_lang}); every run scored on "
              f"`{grid.subset}` with `{grid.checkpoint}`, beam {grid.beam}. "
              f"{len(done)} of {len(results)} runs finished.", ""]
    unfinished = [r for r in results if not r.scored]
    if unfinished:
        lines += ["Not finished: " + ", ".join(f"{r.spec.key} ({r.status})" for r in unfinished), ""]
    pending = [r for r in results if r.scored and r.status != "done"]
    if pending and grid.rules:
        lines += ["Not yet scored under every checkpoint rule (rerun the sweep to score them; no "
                  "retraining): " + ", ".join(f"{r.spec.key} ({r.status})" for r in pending), ""]
    return lines


def _mean_sd_section(grid: Grid, results: Sequence[RunResult], agg: Sequence[dict[str, Any]]) -> list[str]:
    metric, maximize = grid.best_metric()
    done = [r for r in results if r.scored]
    bins = {r.row.get("ece_bins") for r in done if r.row.get("ece_bins")}
    ece_head = f"ECE % ({next(iter(bins))} bins)" if len(bins) == 1 else "ECE %"
    heads = [ece_head if h == "ECE %" else h for _, h, _ in METRICS]
    lines = ["## Mean ± sd over seeds", "",
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
    return lines


def _significance_section(grid: Grid, signif: dict[str, Any] | None, signif_error: str | None) -> list[str]:
    base_label = grid.config(grid.baseline).label
    lines = [f"## Paired significance against {base_label}", ""]
    if signif_error:
        return lines + [f"Not computed: {signif_error}", ""]
    if not signif or not signif["rows"]:
        return lines + ["Nothing to pair yet: no configuration shares a finished seed with the baseline.", ""]
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
        label, seeds, cells = _signif_cells(grid, row)
        lines.append(f"| {label} | {seeds} | " + " | ".join(cells) + " |")
    signatures = sorted(signif["signatures"].items())
    return lines + [""] + [f"{name} signature: `{sig}`" for name, sig in signatures] + [""]


def _runs_section(results: Sequence[RunResult]) -> list[str]:
    lines = ["## Runs", "",
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
    sigs = sorted({(name, r.row[key]) for r in results if r.scored for key, name in
                   (("bleu_signature", "BLEU"), ("chrf_signature", "chrF")) if r.row.get(key)})
    return lines + [""] + [f"{name} signature: `{sig}`" for name, sig in sigs]


def _signif_rows(grid: Grid, signif: dict[str, Any], setting: str) -> list[str]:
    lines = []
    for row in signif["rows"]:
        label, seeds, cells = _signif_cells(grid, row)
        lines.append(f"| {label} | {seeds} | {'1.0' if setting == '1' else 'tuned'} | "
                     + " | ".join(cells) + " |")
    return lines


def _signif_cells(grid: Grid, row: dict[str, Any]) -> tuple[str, str, list[str]]:
    """(label, seeds, [Δ, p bs, p ar] per metric) of one paired-test row."""
    label = grid.config(row["config"]).label
    seeds = ("pooled " if row.get("pooled") else "") + ", ".join(map(str, row["seeds"]))
    cells = []
    for m in row["metrics"].values():
        cells += [f"{m['delta']:+.2f} ({m['score']:.2f} vs {m['baseline']:.2f})",
                  _p(m.get("p_bs")), _p(m.get("p_ar"))]
    return label, seeds, cells


def _lenpens_text(values: Sequence[float]) -> str:
    return ", ".join(f"{v:g}" for v in values) if values else "–"


def _rule_section(grid: Grid, rule: str, agg: Sequence[dict[str, Any]],
                  signif: dict[str, Any] | None) -> list[str]:
    heads = [h for _, h, _ in RULE_METRICS]
    lines = [f"### Rule `{rule}`: {rules.HOW[rule]}", "",
             f"Test (`{grid.subset}`), beam {grid.beam}: BLEU, chrF and length ratio at lenpen 1.0, "
             f"then at the lenpen of the best `{grid.valid_subset}` BLEU over "
             f"[{_lenpens_text(grid.lenpens)}] (ties: closest to 1.0), chosen per run; ECE and NLL of "
             "the rule's checkpoint under teacher forcing (no beam).", "",
             "| configuration | seeds | epochs | " + " | ".join(heads[:3]) + " | lenpen (valid) | "
             + " | ".join(heads[3:]) + " |",
             "|" + "---|" * (len(heads) + 4)]
    for row in agg:
        seeds = f"{len(row['seeds_done'])}/{len(row['seeds_planned'])}"
        epochs = "; ".join(",".join(map(str, e)) for e in row["epochs"] if e) or "–"
        cells = [fmt_mean_sd(*row[key][:2], digits) for key, _, digits in RULE_METRICS]
        lines.append(f"| {row['label']} | {seeds} | {epochs} | " + " | ".join(cells[:3])
                     + f" | {_lenpens_text(row['lenpens'])} | " + " | ".join(cells[3:]) + " |")
    reasons = [(row["label"], seed, why) for row in agg for seed, why in row["unavailable"].items()]
    if reasons:
        lines += [""] + [f"- {label} seed {seed}: unavailable: {why}" for label, seed, why in reasons]
    lines.append("")
    if signif:
        rows = [line for setting in SETTINGS for line in _signif_rows(grid, signif[setting], setting)]
        if rows:
            lines += [f"Paired tests against {grid.config(grid.baseline).label}, both under `{rule}`:", "",
                      "| configuration | seeds | lenpen | BLEU Δ | p bs | p ar | chrF Δ | p bs | p ar |",
                      "|---|---|---|---|---|---|---|---|---|", *rows, ""]
    return lines


def _rules_sections(grid: Grid, rule_aggs: dict[str, list[dict[str, Any]]],
                    rule_signif: dict[str, dict[str, Any]] | None, agree: list[dict[str, Any]] | None,
                    error: str | None) -> list[str]:
    if not grid.rules:
        return []
    lines = ["## Under every checkpoint rule", "",
             "Each run is also scored with the checkpoint each rule picks (`pskd-score --rules`): "
             + "; ".join(f"`{r}`: {rules.HOW[r]}" for r in grid.rules) + ". Mean ± sd over the seeds "
             "that have the rule scored; paired tests as above (sacreBLEU, same seeds, pooled).", ""]
    if error:
        lines += [f"Paired tests not computed: {error}", ""]
    for rule in grid.rules:
        lines += _rule_section(grid, rule, rule_aggs[rule], (rule_signif or {}).get(rule))
    if agree:
        heads = " | ".join(f"`{r}`" for r in grid.rules)
        lines += ["## Where the rules agree", "",
                  f"Each configuration against {grid.config(grid.baseline).label}, from the pooled "
                  "paired test (one shared seed: that seed): + / − the sign of the difference, * both "
                  "tests p < 0.05, n/a not tested. A verdict only where every rule says the same.", "",
                  f"| configuration | lenpen | BLEU: {heads} | BLEU verdict | chrF: {heads} | chrF verdict |",
                  "|---|---|" + "---|" * (2 * len(grid.rules) + 2)]
        for e in agree:
            cells = []
            for key in ("bleu", "chrf"):
                cells += [e[key][r] for r in grid.rules] + [e[f"{key}_verdict"]]
            setting = "1.0" if e["setting"] == "1" else "tuned"
            lines.append(f"| {grid.config(e['config']).label} | {setting} | " + " | ".join(cells) + " |")
        lines.append("")
    return lines


def _teachers_section(grid: Grid) -> list[str]:
    """Each grid teacher: what it was filled from, what the fill cost, and the ensemble's own score."""
    if not grid.teachers:
        return []
    lines = ["## Teachers", "",
             f"Filled once with `pskd-store fill` from the grid's own runs (the ensemble of their "
             f"checkpoints: the mean of the models' probabilities); the ensemble scored on `{grid.subset}`, "
             f"beam {grid.beam}, lenpen 1.0, sacreBLEU.", "",
             "| teacher | ensemble of | checkpoint | K | fill s | target tokens/s | BLEU | chrF "
             "| len ratio |",
             "|---|---|---|---|---|---|---|---|---|"]
    for t in grid.teachers:
        done = teacher_done(grid, t)
        sources = ", ".join(f"{t.source}/seed{s}" for s in t.seeds)
        if done is None:
            lines.append(f"| {t.name} | {sources} | {t.checkpoint} | {t.topk} | not filled yet | | | | |")
            continue
        lines.append(f"| {t.name} | {sources} | {t.checkpoint} | {t.topk} | {done['fill_seconds']:.0f} "
                     f"| {done.get('tokens_per_second') or 'n/a'} | {done.get('bleu')} | {done.get('chrf')} "
                     f"| {done.get('length_ratio')} |")
    return lines + [""]


def markdown_report(grid: Grid, results: Sequence[RunResult], agg: Sequence[dict[str, Any]],
                    signif: dict[str, Any] | None, signif_error: str | None = None,
                    rule_aggs: dict[str, list[dict[str, Any]]] | None = None,
                    rule_signif: dict[str, dict[str, Any]] | None = None,
                    agree: list[dict[str, Any]] | None = None, rule_error: str | None = None) -> str:
    """sweep.md: the header, the grid's teachers, mean ± sd per configuration, the paired tests,
    the same under every checkpoint rule with where the rules agree, every run."""
    lines = (_header(grid, results) + _teachers_section(grid) + _mean_sd_section(grid, results, agg)
             + _significance_section(grid, signif, signif_error)
             + (_rules_sections(grid, rule_aggs, rule_signif, agree, rule_error) if rule_aggs else [])
             + _runs_section(results))
    return "\n".join(lines).rstrip() + "\n"


def plot_metrics(grid: Grid, results: Sequence[RunResult], out_png: Path) -> bool:
    """BLEU, chrF, ECE and NLL per configuration: every seed as a dot, mean ± sd as a bar."""
    plt = pyplot()
    import numpy as np

    done = [r for r in results if r.scored]
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
    cache = out / PAIRED_CACHE
    load_paired_cache(cache)
    try:
        signif = significance(grid, results)
    except (ValueError, FileNotFoundError) as e:
        signif_error = str(e)
    rule_aggs = {rule: rule_aggregate(grid, results, rule) for rule in grid.rules}
    rule_signif, agree, rule_error = None, None, None
    try:
        rule_signif = rule_significance(grid, results)
        agree = agreement(grid, rule_signif)
    except (ValueError, FileNotFoundError, KeyError) as e:
        rule_error = str(e)
    save_paired_cache(cache)
    table = markdown_report(grid, results, agg, signif, signif_error, rule_aggs, rule_signif, agree,
                            rule_error)
    (out / "sweep.md").write_text(table, encoding="utf-8")
    (out / "sweep.json").write_text(json.dumps({
        "grid": str(grid.path), "data_bin": str(grid.data_bin),
        "aggregate": [{k: (dict(zip(("mean", "sd", "n"), v)) if isinstance(v, tuple) else v)
                       for k, v in row.items()} for row in agg],
        "significance": signif, "significance_error": signif_error,
        "rule_settings": grid.rule_settings().key(),
        "rules": {rule: {"how": rules.HOW[rule],
                         "aggregate": [{k: (dict(zip(("mean", "sd", "n"), v)) if isinstance(v, tuple) else v)
                                        for k, v in row.items()} for row in rule_aggs[rule]],
                         "significance": (rule_signif or {}).get(rule)} for rule in grid.rules},
        "rules_error": rule_error, "agreement": agree,
        "teachers": {t.name: teacher_done(grid, t) for t in grid.teachers},
        "runs": [{"config": r.spec.config.name, "seed": r.spec.seed, "status": r.status,
                  "directory": str(r.spec.directory), **r.row,
                  "rules": {rule: res for rule, res in r.rules.items()}} for r in results],
    }, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    written: dict[str, Any] = {"markdown": table, "table": out / "sweep.md", "json": out / "sweep.json",
                               "plots": []}
    # curves of each configuration's first finished seed: all seeds of ten configurations would
    # not be readable in one plot
    firsts: dict[str, run_dir.Run] = {}
    for r in results:
        if r.scored:
            firsts.setdefault(r.spec.config.name, r.run)
    runs = list(firsts.values())
    written["plots"] += plot_run_curves(runs, out)
    if plot_metrics(grid, results, out / "metrics.png"):
        written["plots"].append(out / "metrics.png")
    return written
