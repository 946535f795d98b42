"""Every checkpoint rule through the real sweep CLI on a tiny grid: the rule files, the averaged
checkpoint, lenpen tuned on valid (re-ranked n-best == a direct --lenpen decode), the per-rule
report and where the rules agree, and a run finished before the rules scored without retraining."""

from __future__ import annotations

import json
import re

import pytest
import torch
from test_sweep import LS, PSKD, RECIPE, run_cli, write_grid

from experiments.sweep.grid import load_grid
from experiments.sweep.runs import run_status
from pskd_tools.evaluation import bleu, generate, scoring, text
from pskd_tools.evaluation.fairseq_log import parse_train_log
from pskd_tools.evaluation.lenpen import choose_lenpen, rerank
from pskd_tools.evaluation.rules import RULES

pytestmark = pytest.mark.slow  # the sweep trains and scores with fairseq

# every epoch's checkpoint kept, valid BLEU logged and checkpoint_best.pt chosen by it, as in
# experiments/fidelity-grid.json; small batches so that 6 epochs learn something
RULES_RECIPE = [a for a in RECIPE if a != "--no-epoch-checkpoints"]
RULES_RECIPE[RULES_RECIPE.index("--max-tokens") + 1] = "200"
RULES_RECIPE += ["--max-epoch", "6", "--eval-bleu", "--eval-bleu-args", '{"beam": 1}',
                 "--best-checkpoint-metric", "bleu", "--maximize-best-checkpoint-metric"]
BEAM, LENPENS = 3, [0.6, 1.0, 2.0]


def test_every_rule_is_scored_reported_and_resumed(data_bin, tmp_path):
    grid = write_grid(tmp_path / "grid.json", data_bin=str(data_bin), out_dir="out", recipe=RULES_RECIPE,
                      scoring={"beam": BEAM, "lenpens": LENPENS},
                      significance={"bootstrap_samples": 100, "ar_trials": 200},
                      configs=[{"name": "ls", "label": "label smoothing", "flags": LS},
                               {"name": "pskd", "label": "PS-KD", "flags": PSKD}])
    proc = run_cli(grid)
    assert proc.returncode == 0, proc.stderr[-4000:]
    out = tmp_path / "out"
    run = out / "runs" / "ls" / "seed1"
    log = parse_train_log((run / "train.log").read_text().splitlines())
    epochs, losses = log.valid_series("loss")
    _, bleus = log.valid_series("bleu")
    assert epochs == [1, 2, 3, 4, 5, 6]
    # the rules as fairseq would pick them from the log: ties to the later epoch
    loss_epoch = max(e for e, v in zip(epochs, losses) if v == min(losses))
    bleu_epoch = max(e for e, v in zip(epochs, bleus) if v == max(bleus))
    res = {r: json.loads((run / f"rule.{r}.test.json").read_text()) for r in RULES}
    assert all(r["available"] for r in res.values())
    assert res["valid_loss"]["checkpoint"] == str(run / f"checkpoint{loss_epoch}.pt")
    assert res["valid_bleu"]["checkpoint"] == str(run / f"checkpoint{bleu_epoch}.pt")
    assert res["last"]["checkpoint"] == str(run / "checkpoint_last.pt")
    assert res["avg5"]["epochs"] == [2, 3, 4, 5, 6]

    # checkpoint_avg5.pt is the mean of the last five epochs' parameters
    avg = torch.load(run / "checkpoint_avg5.pt", weights_only=False)["model"]
    states = [torch.load(run / f"checkpoint{e}.pt", weights_only=False)["model"] for e in range(2, 7)]
    for key in ("encoder.layers.0.fc1.weight", "decoder.embed_tokens.weight"):
        assert torch.allclose(avg[key], sum(s[key] for s in states) / 5, atol=1e-6), key
    assert not torch.equal(avg["encoder.layers.0.fc1.weight"], states[-1]["encoder.layers.0.fc1.weight"])

    for r in res.values():
        assert r["settings"] == {"beam": BEAM, "lenpens": LENPENS, "subset": "test", "valid_subset": "valid"}
        valid = {float(k): v["bleu"] for k, v in r["valid"].items()}
        assert sorted(valid) == LENPENS and r["lenpen"] == choose_lenpen(valid)
        assert set(r["test"]) == {"1", f"{r['lenpen']:g}"}
        for entry in r["test"].values():
            hyps = text.read_lines(entry["hypotheses"])
            assert len(hyps) == entry["sentences"] == 60 and entry["length_ratio"] > 0
        assert r["calibration"]["nll"] > 0

    # the n-best re-ranked at a lenpen is what fairseq-generate --lenpen decodes
    last = res["last"]
    lp = 2.0 if last["lenpen"] == 1.0 else last["lenpen"]
    rc = scoring.main([str(data_bin), "--path", str(run / "checkpoint_last.pt"), "--beam", str(BEAM),
                       "--lenpen", f"{lp:g}", "--out-hyp", str(tmp_path / "direct.hyp")])
    assert rc == 0
    # checkpoint_last.pt is a copy of checkpoint6.pt: decoded once, under the epoch file's name
    assert last["same_as"] == str(run / "checkpoint6.pt")
    nbest = text.read_lines(run / f"checkpoint6.test.beam{BEAM}.nbest.generate.txt")
    _, reranked = bleu.score_generate_output(rerank(generate.parse_generate_output(nbest), lp), None)
    assert reranked == text.read_lines(tmp_path / "direct.hyp")

    # the report: one table per rule, paired tests under each rule, where the rules agree
    md = (out / "report" / "sweep.md").read_text()
    for rule in RULES:
        assert f"### Rule `{rule}`" in md
    assert md.count("| PS-KD | 1 | tuned |") == len(RULES)
    assert "## Where the rules agree" in md
    report = json.loads((out / "report" / "sweep.json").read_text())
    (agree_tuned,) = [e for e in report["agreement"] if e["setting"] == "tuned"]
    assert set(agree_tuned["bleu"]) == set(RULES) and agree_tuned["bleu_verdict"]
    row = next(r for r in report["rules"]["avg5"]["aggregate"] if r["config"] == "ls")
    assert row["bleu_t"]["mean"] == res["avg5"]["test"][f"{res['avg5']['lenpen']:g}"]["bleu"]
    assert (out / "report" / ".paired-tests.json").is_file()

    # a run finished by the code before the rules: done.json without them, no rule file
    done = json.loads((run / "done.json").read_text())
    assert set(done["rules"]) == set(RULES)
    old = {k: v for k, v in done.items() if k not in ("rules", "rule_settings")}
    (run / "done.json").write_text(json.dumps(old))
    (run / "scored.json").unlink()
    for r in RULES:
        (run / f"rule.{r}.test.json").unlink()
    train_log = (run / "train.log").read_text()
    avg_mtime = (run / "checkpoint_avg5.pt").stat().st_mtime_ns
    loaded = load_grid(grid)
    assert [run_status(s, loaded) for s in loaded.runs()] == ["scored", "done"]
    again = run_cli(grid)
    assert again.returncode == 0, again.stderr[-4000:]
    assert (run / "train.log").read_text() == train_log, "the run was trained again"
    assert (run / "checkpoint_avg5.pt").stat().st_mtime_ns == avg_mtime, "averaged again"
    assert set(json.loads((run / "done.json").read_text())["rules"]) == set(RULES)
    assert all((run / f"rule.{r}.test.json").is_file() for r in RULES)
    state = json.loads((run / "run.json").read_text())
    assert [a["phase"] for a in state["attempts"]] == ["train", "score", "rules", "rules"]
    assert re.search(r"pskd/seed1: finished earlier", again.stderr)
