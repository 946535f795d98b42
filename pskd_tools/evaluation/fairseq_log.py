"""fairseq-train's log, parsed: per-epoch validation and training metrics.

Both of fairseq's log formats parse: ``simple`` (``epoch 003 | valid on 'valid' subset | loss
7.123 | ...``) and ``json`` (one record per line). A run directory's train log is its ``train.log``
(fairseq-train's stdout saved there, as the sweep does), else the largest ``*.log`` in it
(``--log-file``).

No fairseq import: the reports and the checkpoint rules read logs without it.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    """The per-epoch metrics of a fairseq-train log's lines (other lines are skipped)."""
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


def find_log(directory: Path) -> Path | None:
    """The train log of a run directory: train.log, else its largest *.log; None without one."""
    if (directory / "train.log").is_file():
        return directory / "train.log"
    logs = sorted(directory.glob("*.log"), key=lambda p: p.stat().st_size, reverse=True)
    return logs[0] if logs else None
