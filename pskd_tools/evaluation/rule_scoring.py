"""Score one run directory under every checkpoint rule (``pskd-score DATA_BIN --rules SAVE_DIR``).

For each rule of ``pskd_tools.evaluation.rules`` (which checkpoint it picks lives there only):

1. avg5 only: average the last five epoch checkpoints into ``checkpoint_avg5.pt`` (once);
2. decode the valid split once with ``--nbest BEAM`` and re-rank it under every length penalty of
   the grid (``pskd_tools.evaluation.lenpen``: exactly what decoding at each penalty keeps);
   the penalty of the best valid BLEU is chosen (ties: closest to 1.0);
3. decode the test split once the same way; score it at lenpen 1.0 and at the chosen one (BLEU,
   chrF, length ratio, signatures; hypotheses written for the paired tests);
4. token ECE and NLL of the checkpoint under teacher forcing (``token_calibration``: the beam plays
   no part, so once per checkpoint);
5. write ``SAVE_DIR/rule.RULE.SUBSET.json``, last and atomically: a killed scoring resumes rule by
   rule, and a decode or calibration already on disk for the same checkpoint is reused (two rules
   that pick the same epoch decode it once).

A rule whose checkpoint is missing gets a JSON with ``"available": false`` and the reason.
Everything runs in this one process (fairseq imported once; ``generate.generate_in_process``).
The command line that runs it is ``scoring.rules_main``.
"""
from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import lenpen, rules, token_calibration
from .averaging import write_average
from .bleu import score_generate_output, target_lines
from .data_bin import DataSetup
from .generate import GenerateOutput, generate_args, generate_in_process, parse_generate_output
from .text import read_lines

logger = logging.getLogger("pskd_tools.evaluation.rule_scoring")

# what a rule's test entry keeps of scoring's result
TEST_KEYS = ("bleu", "chrf", "length_ratio", "hyp_len", "ref_len", "bleu_signature", "chrf_signature",
             "bleu_string", "chrf_string", "tok_bleu", "tok_bleu_signature")


@dataclass(frozen=True)
class Settings:
    """How the rules are scored; a rule file computed with other settings is scored again."""

    beam: int = 5
    lenpens: tuple[float, ...] = lenpen.DEFAULT_GRID
    subset: str = "test"
    valid_subset: str = "valid"

    def key(self) -> dict[str, Any]:
        return {"beam": self.beam, "lenpens": list(self.lenpens), "subset": self.subset,
                "valid_subset": self.valid_subset}


def rule_file(save_dir: str | Path, rule: str, subset: str) -> Path:
    return Path(save_dir) / f"rule.{rule}.{subset}.json"


def _write_json(path: Path, data: dict[str, Any]) -> None:
    # imported here: fairseq_pskd's __init__ imports fairseq, which `pskd-score --help` must not
    from fairseq_pskd.fileio import write_text_atomic

    write_text_atomic(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def read_rule(save_dir: str | Path, rule: str, subset: str) -> dict[str, Any] | None:
    try:
        data = json.loads(rule_file(save_dir, rule, subset).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None
    return data if isinstance(data, dict) else None


def is_current(result: dict[str, Any] | None, choice: rules.Choice, settings: Settings) -> bool:
    """result was computed for this choice with these settings."""
    return (result is not None and result.get("settings") == settings.key()
            and result.get("available") == choice.available
            and result.get("checkpoint") == (str(choice.checkpoint) if choice.checkpoint else None)
            and result.get("epochs") == list(choice.epochs))


def missing_rules(save_dir: str | Path, settings: Settings,
                  rule_names: Sequence[str] = rules.RULES) -> list[str]:
    """The rules without a current result in save_dir (what the sweep still has to score)."""
    return [c.rule for c in rules.choose_all(save_dir, rule_names)
            if not is_current(read_rule(save_dir, c.rule, settings.subset), c, settings)]


class RuleScorer:
    """Decodes and scores the checkpoints of one save dir, in this process."""

    def __init__(self, setup: DataSetup, settings: Settings, user_dir: str | None,
                 batch_size: int = 128, extra: Sequence[str] = ()):
        self.setup, self.settings, self.user_dir = setup, settings, user_dir
        self.batch_size, self.extra = batch_size, list(extra)

    def decode(self, checkpoint: Path, subset: str) -> GenerateOutput:
        """The n-best decode of subset (reused when on disk: generate_in_process writes whole files)."""
        s = self.setup
        out = checkpoint.parent / f"{checkpoint.stem}.{subset}.beam{self.settings.beam}.nbest.generate.txt"
        if not out.is_file():
            logger.info("decoding %s with %s (beam %d, n-best)", subset, checkpoint.name, self.settings.beam)
            args = generate_args(s.data_bin, checkpoint, subset, self.settings.beam,
                                 self.batch_size, s.src, s.tgt, self.user_dir, s.post_process,
                                 ["--nbest", str(self.settings.beam), *self.extra])
            generate_in_process(args, out)
        return parse_generate_output(read_lines(out))

    def references(self, gen: GenerateOutput, subset: str, run_dir: Path) -> tuple[list[str], Path]:
        """(references, their file): the data's untokenized ones, else the decoded T- lines,
        written beside the run so that the paired tests read what was scored against."""
        path = self.setup.reference_path(subset)
        if path.is_file():
            return read_lines(path), path
        refs = target_lines(gen, self.setup.spm_model, len(gen.nbest) or None)
        path = run_dir / f"rule.{subset}.ref.{self.setup.tgt}"
        path.write_text("".join(r + "\n" for r in refs), encoding="utf-8")
        return refs, path

    def score(self, gen: GenerateOutput, refs: list[str],
              lp: float) -> tuple[dict[str, Any], list[str]]:
        s = self.setup
        return score_generate_output(lenpen.rerank(gen, lp), refs, s.spm_model, s.tgt, s.moses_lang)

    def calibrate(self, checkpoint: Path) -> dict[str, Any]:
        out = token_calibration.default_output(checkpoint, self.settings.subset, "json")
        cached = _read(out)
        if not (cached and cached.get("checkpoint") == str(checkpoint)):
            s = self.setup
            # printed as pskd-calibrate prints them: the run's score.log reads the same either way
            try:
                result, out_json, out_png = token_calibration.calibrate(
                    str(s.data_bin), str(checkpoint), self.settings.subset, source_lang=s.src,
                    target_lang=s.tgt, user_dir=self.user_dir, progress=False, out_json=out)
            except (FileNotFoundError, ValueError) as e:
                print(f"error: {e}", file=sys.stderr)
                raise RuntimeError(f"calibration of {checkpoint} failed (its error is above)") from e
            print(token_calibration.summary_line(result))
            print(f"wrote {out_json} and {out_png}")
            cached = _read(out) or {}
        return {"ece_percent": cached.get("ece_percent"), "nll": cached.get("nll"),
                "n_bins": cached.get("n_bins"), "path": str(out)}

    def score_choice(self, choice: rules.Choice, run_dir: Path) -> dict[str, Any]:
        """The rule's result (what rule.RULE.SUBSET.json holds)."""
        st = self.settings
        result: dict[str, Any] = {"rule": choice.rule, "how": rules.HOW[choice.rule],
                                  "available": choice.available,
                                  "checkpoint": str(choice.checkpoint) if choice.checkpoint else None,
                                  "epochs": list(choice.epochs), "settings": st.key()}
        if not choice.available:
            return {**result, "reason": choice.reason}
        t0 = time.monotonic()
        assert choice.checkpoint is not None
        if choice.inputs:
            result["inputs"] = [str(p) for p in choice.inputs]
            if not choice.checkpoint.is_file():
                logger.info("averaging %s into %s", ", ".join(p.name for p in choice.inputs),
                            choice.checkpoint.name)
                write_average(choice.inputs, choice.checkpoint)
        # a copy of an epoch checkpoint (checkpoint_last.pt) is decoded under the epoch file's name
        source = rules.same_weights(choice.checkpoint)
        if source != choice.checkpoint:
            result["same_as"] = str(source)
        valid_gen = self.decode(source, st.valid_subset)
        valid_refs, _ = self.references(valid_gen, st.valid_subset, run_dir)
        valid = {}
        for lp in st.lenpens:
            scores, _ = self.score(valid_gen, valid_refs, lp)
            valid[lp] = {k: scores.get(k) for k in ("bleu", "chrf", "length_ratio")}
        chosen = lenpen.choose_lenpen({lp: v["bleu"] for lp, v in valid.items()})
        test_gen = self.decode(source, st.subset)
        test_refs, ref_path = self.references(test_gen, st.subset, run_dir)
        test = {}
        for lp in sorted({1.0, chosen}):
            scores, hyps = self.score(test_gen, test_refs, lp)
            hyp = source.parent / (f"{source.stem}.{st.subset}.beam{st.beam}"
                                              f".lenpen{lp:g}.hyp.{self.setup.tgt}")
            hyp.write_text("".join(h + "\n" for h in hyps), encoding="utf-8")
            test[f"{lp:g}"] = {**{k: scores[k] for k in TEST_KEYS if k in scores},
                               "sentences": len(hyps), "hypotheses": str(hyp)}
        return {**result, "valid": {f"{lp:g}": v for lp, v in valid.items()}, "lenpen": chosen,
                "test": test, "reference": str(ref_path), "calibration": self.calibrate(source),
                "seconds": round(time.monotonic() - t0, 1)}


def _read(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None
    return data if isinstance(data, dict) else None


def score_rules(scorer: RuleScorer, save_dir: str | Path,
                rule_names: Sequence[str] = rules.RULES) -> dict[str, dict[str, Any]]:
    """Every rule's result, scoring only those without a current file (rule by rule)."""
    save_dir = Path(save_dir)
    out = {}
    for choice in rules.choose_all(save_dir, rule_names):
        result = read_rule(save_dir, choice.rule, scorer.settings.subset)
        if not is_current(result, choice, scorer.settings):
            logger.info("rule %s: %s", choice.rule,
                        choice.checkpoint.name if choice.checkpoint else f"unavailable: {choice.reason}")
            result = scorer.score_choice(choice, save_dir)
            _write_json(rule_file(save_dir, choice.rule, scorer.settings.subset), result)
        out[choice.rule] = result
    return out


def summary_lines(results: dict[str, dict[str, Any]]) -> list[str]:
    lines = []
    for rule, r in results.items():
        if not r.get("available"):
            lines.append(f"{rule}: unavailable: {r.get('reason')}")
            continue
        t1, tl = r["test"]["1"], r["test"][f"{r['lenpen']:g}"]
        cal = r["calibration"]
        lines.append(f"{rule}: {Path(r['checkpoint']).name} (epochs {', '.join(map(str, r['epochs']))}) | "
                     f"lenpen 1: BLEU {t1['bleu']:.2f} chrF {t1['chrf']:.2f} "
                     f"ratio {t1['length_ratio']:.3f} | "
                     f"lenpen {r['lenpen']:g} (valid): BLEU {tl['bleu']:.2f} chrF {tl['chrf']:.2f} "
                     f"ratio {tl['length_ratio']:.3f} | ECE {cal['ece_percent']:.2f}% NLL {cal['nll']:.3f}")
    return lines
