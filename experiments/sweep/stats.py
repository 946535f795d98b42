"""Statistics over the finished runs: mean ± sample sd over seeds per configuration, and
sacreBLEU's paired tests (bootstrap, approximate randomization) of each configuration against the
baseline, per shared seed and pooled over the shared seeds."""
from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pskd_tools.evaluation.text import read_lines

from .grid import Grid
from .results import RunResult, load_hypotheses, load_references, rule_row

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
    """One row per configuration: its seeds done and planned, (mean, sd, n) of every metric."""
    rows = []
    for config in grid.configs:
        done = [r for r in results if r.spec.config.name == config.name and r.scored]
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


# paired test results by (test, samples, language, seed, digests of both systems and references)
_PAIRED_CACHE: dict[tuple, tuple[dict[str, str], dict[str, tuple[float, float, float]]]] = {}


def _digest(lines: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _run_tests(grid: Grid, systems: list[tuple[str, list[str]]], refs: list[str],
               signatures: dict[str, str]) -> dict[str, dict[str, Any]]:
    """{system name: {metric: {score, baseline, delta, p_bs, p_ar}}} for systems[1:] against
    systems[0], the tests' signatures added to signatures. One PairedTest per pair: sacreBLEU
    seeds each system's resampling alike, so a pair's result does not depend on the other
    systems, and a cached pair is not run again when the report is rewritten after the next run."""
    from sacrebleu.metrics import BLEU, CHRF
    from sacrebleu.significance import PairedTest

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


def significance(grid: Grid, results: Sequence[RunResult],
                 hyps_of: Callable[[RunResult], list[str]] = load_hypotheses,
                 refs_of: Callable[[Grid, RunResult], list[str]] = load_references,
                 include: Callable[[RunResult], bool] = lambda r: r.scored) -> dict[str, Any]:
    """Paired tests of every configuration against the baseline with sacreBLEU's own
    ``PairedTest`` (paired bootstrap resampling and approximate randomization).

    Pairs share a seed: for each seed both finished, the two systems' test hypotheses are
    compared. Where two or more seeds are shared, the test also runs on the pooled hypotheses: the
    test sets of the shared seeds concatenated (each source sentence once per seed) on both sides.
    hyps_of, refs_of and include pick what is compared (default: the grid's checkpoint; the
    checkpoint rules pass their own, see rule_significance).
    """
    import sacrebleu.significance  # noqa: F401  without sacreBLEU, fail even with nothing to pair

    logging.getLogger("sacrebleu").setLevel(logging.WARNING)  # it logs every resampling step
    done = {(r.spec.config.name, r.spec.seed): r for r in results if include(r)}
    base = grid.config(grid.baseline)
    base_seeds = [s for s in base.seeds if (base.name, s) in done]
    others = [c for c in grid.configs if c.name != base.name]
    rows: list[dict[str, Any]] = []
    signatures: dict[str, str] = {}
    refs_cache: dict[int, list[str]] = {}

    def refs_for(seed: int) -> list[str]:
        if seed not in refs_cache:
            refs_cache[seed] = refs_of(grid, done[(base.name, seed)])
        return refs_cache[seed]

    for seed in base_seeds:
        systems = [(f"{base.name}/seed{seed}", hyps_of(done[(base.name, seed)]))]
        systems += [(f"{c.name}/seed{seed}", hyps_of(done[(c.name, seed)]))
                    for c in others if (c.name, seed) in done]
        if len(systems) < 2:
            continue
        refs = refs_for(seed)
        for c in others:
            if (c.name, seed) in done and refs_of(grid, done[(c.name, seed)]) != refs:
                raise ValueError(f"{c.name} seed {seed} was scored against other references than "
                                 f"{base.name} seed {seed}: the runs cannot be paired")
        for name, metrics in _run_tests(grid, systems, refs, signatures).items():
            rows.append({"config": name.split("/")[0], "seeds": [seed], "metrics": metrics})
    for c in others:
        shared = [s for s in base_seeds if (c.name, s) in done]
        if len(shared) < 2:
            continue
        base_hyps = [h for s in shared for h in hyps_of(done[(base.name, s)])]
        sys_hyps = [h for s in shared for h in hyps_of(done[(c.name, s)])]
        refs = [r for s in shared for r in refs_for(s)]
        result = _run_tests(grid, [(base.name, base_hyps), (c.name, sys_hyps)], refs, signatures)
        rows.append({"config": c.name, "seeds": shared, "pooled": True, "metrics": result[c.name]})
    order = {c.name: i for i, c in enumerate(grid.configs)}
    rows.sort(key=lambda r: (order[r["config"]], r.get("pooled", False), r["seeds"]))
    return {"baseline": base.name, "rows": rows, "signatures": signatures}


# --------------------------------------------------------------------------------------------
# the checkpoint rules
# --------------------------------------------------------------------------------------------
RULE_METRICS: list[tuple[str, str, int]] = [  # (rule_row key, column head, digits)
    ("bleu_1", "BLEU", 2), ("chrf_1", "chrF", 2), ("ratio_1", "len ratio", 3),
    ("bleu_t", "BLEU", 2), ("chrf_t", "chrF", 2), ("ratio_t", "len ratio", 3),
    ("ece_percent", "ECE %", 2), ("nll", "NLL", 3),
]
# the two decodes every rule is judged on: fairseq's default length penalty, and the one tuned on valid
SETTINGS = ("1", "tuned")


def _available(r: RunResult, rule: str) -> bool:
    return bool(r.rules.get(rule, {}).get("available"))


def rule_aggregate(grid: Grid, results: Sequence[RunResult], rule: str) -> list[dict[str, Any]]:
    """One row per configuration under one rule: (mean, sd, n) of RULE_METRICS over the seeds that
    have the rule scored, and the length penalty each seed chose."""
    rows = []
    for config in grid.configs:
        mine = [r for r in results if r.spec.config.name == config.name]
        if not mine:
            continue
        scored = [r for r in mine if _available(r, rule)]
        per_run = [rule_row(r.rules[rule]) for r in scored]
        row: dict[str, Any] = {
            "config": config.name, "label": config.label, "seeds_done": [r.spec.seed for r in scored],
            "seeds_planned": list(config.seeds), "lenpens": [x["lenpen"] for x in per_run],
            "epochs": [x["epochs"] for x in per_run],
            "unavailable": {r.spec.seed: r.rules[rule].get("reason") for r in mine
                            if r.rules.get(rule) and not _available(r, rule)}}
        for key, _, _ in RULE_METRICS:
            row[key] = mean_sd([x.get(key) for x in per_run])
        rows.append(row)
    return rows


def _rule_hyps(rule: str, setting: str) -> Callable[[RunResult], list[str]]:
    def hyps(r: RunResult) -> list[str]:
        res = r.rules[rule]
        key = "1" if setting == "1" else f"{res['lenpen']:g}"
        return read_lines(res["test"][key]["hypotheses"])
    return hyps


def _rule_refs(rule: str) -> Callable[[Grid, RunResult], list[str]]:
    def refs(_grid: Grid, r: RunResult) -> list[str]:
        return read_lines(r.rules[rule]["reference"])
    return refs


def rule_significance(grid: Grid, results: Sequence[RunResult]) -> dict[str, dict[str, Any]]:
    """{rule: {setting: significance(...)}}: the paired tests against the baseline with both
    systems under the same rule, at lenpen 1 and at each run's tuned lenpen."""
    return {rule: {setting: significance(grid, results, _rule_hyps(rule, setting), _rule_refs(rule),
                                         lambda r, rule=rule: _available(r, rule))
                   for setting in SETTINGS}
            for rule in grid.rules}


def direction(metric: dict[str, Any] | None, alpha: float = 0.05) -> str:
    """One cell of the agreement table: '+' / '-' for the sign of configuration - baseline, '*'
    added when both paired tests (bootstrap and approximate randomization) give p < alpha, '0' for
    no difference, 'n/a' when not tested."""
    if not metric:
        return "n/a"
    if metric["delta"] == 0:
        return "0"
    sig = all(metric.get(k) is not None and metric[k] < alpha for k in ("p_bs", "p_ar"))
    return ("+" if metric["delta"] > 0 else "-") + ("*" if sig else "")


def verdict(cells: Sequence[str]) -> str:
    """What every rule says, or 'depends on the rule'. Rules not tested ('n/a') do not count."""
    tested = [c for c in cells if c != "n/a"]
    if not tested:
        return "not tested"
    if all(c == "+*" for c in tested):
        return "better under every rule"
    if all(c == "-*" for c in tested):
        return "worse under every rule"
    if not any(c.endswith("*") for c in tested):
        return "no significant difference under any rule"
    return "depends on the rule"


def _headline_row(signif: dict[str, Any], config: str) -> dict[str, Any] | None:
    """The row a verdict reads: the pooled one when the configuration shares two or more seeds
    with the baseline, else its one shared seed."""
    rows = [r for r in signif.get("rows", []) if r["config"] == config]
    pooled = [r for r in rows if r.get("pooled")]
    return pooled[0] if pooled else (rows[0] if len(rows) == 1 else None)


def agreement(grid: Grid, rule_signif: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """For each configuration and setting: the direction of the BLEU and chrF difference under
    every rule, and the verdict across the rules."""
    out = []
    for config in grid.configs:
        if config.name == grid.baseline:
            continue
        for setting in SETTINGS:
            entry: dict[str, Any] = {"config": config.name, "setting": setting}
            for metric, key in (("BLEU", "bleu"), ("chrF", "chrf")):
                cells = {}
                for rule in grid.rules:
                    row = _headline_row(rule_signif.get(rule, {}).get(setting, {}), config.name)
                    m = next((v for k, v in (row or {}).get("metrics", {}).items() if k.startswith(metric)),
                             None)
                    cells[rule] = direction(m)
                entry[key] = cells
                entry[f"{key}_verdict"] = verdict(list(cells.values()))
            out.append(entry)
    return out


# --------------------------------------------------------------------------------------------
# the paired tests' cache on disk: a report rewritten by another process (--report-only, the next
# sweep) does not run the same tests again (four rules x two lenpens x every pair: minutes)
# --------------------------------------------------------------------------------------------
def load_paired_cache(path: Path) -> None:
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return
    for key, (sigs, results) in entries:
        _PAIRED_CACHE.setdefault(tuple(key), (sigs, {m: tuple(v) for m, v in results.items()}))


def save_paired_cache(path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps([[list(k), [s, r]] for k, (s, r) in _PAIRED_CACHE.items()]), encoding="utf-8")
    os.replace(tmp, path)
