"""Checkpoint rules from a train log, the lenpen re-ranking and choice, the agreement verdict, and
the run states of the sweep around them: hand-written inputs only, no fairseq run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from experiments.sweep.grid import Config, Grid, GridError, RunSpec, load_grid
from experiments.sweep.runs import run_status
from experiments.sweep.stats import direction, verdict
from pskd_tools.evaluation import generate, lenpen, rules
from pskd_tools.evaluation.rule_scoring import Settings, is_current


def write_log(run: Path, valid: list[tuple[float, float | None]], metric: str | None = "bleu") -> None:
    """A fairseq-train log: its config line (as fairseq logs it) and one valid line per epoch."""
    lines = []
    if metric:
        lines.append(f"2026-12-02 10:00:00 | INFO | fairseq_cli.train | {{'checkpoint': {{'save_dir': "
                     f"'{run}', 'best_checkpoint_metric': '{metric}', "
                     f"'maximize_best_checkpoint_metric': {metric == 'bleu'}}}}}\n")
    for e, (loss, bleu) in enumerate(valid, 1):
        lines.append(f"2026-12-02 10:00:00 | INFO | valid | epoch {e:03d} | valid on 'valid' subset | "
                     f"loss {loss} | nll_loss {loss}" + (f" | bleu {bleu}" if bleu is not None else "")
                     + f" | num_updates {10 * e}\n")
    run.mkdir(parents=True, exist_ok=True)
    (run / "train.log").write_text("".join(lines))


def touch(run: Path, *names: str) -> None:
    for name in names:
        (run / name).write_bytes(b"")


VALID = [(5.0, 1.0), (4.0, 3.0), (4.5, 3.0), (4.0, 2.5), (4.2, 2.0), (4.1, 1.5)]  # ties at 2/4 and 2/3


def by_rule(run: Path) -> dict[str, rules.Choice]:
    return {c.rule: c for c in rules.choose_all(run)}


def test_rules_pick_from_the_log_with_ties_to_the_later_epoch(tmp_path):
    run = tmp_path / "run"
    write_log(run, VALID)
    touch(run, *(f"checkpoint{e}.pt" for e in range(1, 7)), "checkpoint_best.pt", "checkpoint_last.pt")
    c = by_rule(run)
    # valid loss 4.0 at epochs 2 and 4: the later one; valid BLEU 3.0 at epochs 2 and 3: the later one
    assert c["valid_loss"].checkpoint == run / "checkpoint4.pt" and c["valid_loss"].epochs == (4,)
    assert c["valid_bleu"].checkpoint == run / "checkpoint3.pt" and c["valid_bleu"].epochs == (3,)
    assert c["last"].checkpoint == run / "checkpoint_last.pt" and c["last"].epochs == (6,)
    assert c["avg5"].checkpoint == run / "checkpoint_avg5.pt" and c["avg5"].epochs == (2, 3, 4, 5, 6)
    assert c["avg5"].inputs == tuple(run / f"checkpoint{e}.pt" for e in (2, 3, 4, 5, 6))


def test_missing_checkpoints_make_a_rule_unavailable_with_the_reason(tmp_path):
    run = tmp_path / "run"
    write_log(run, VALID, metric="bleu")
    touch(run, "checkpoint1.pt", "checkpoint5.pt", "checkpoint6.pt", "checkpoint_best.pt")
    c = by_rule(run)
    # the loss rule's epoch file is gone, and checkpoint_best.pt was picked by BLEU: unavailable
    assert not c["valid_loss"].available and "checkpoint4.pt is not in" in c["valid_loss"].reason
    # the BLEU rule's epoch file is gone too, but checkpoint_best.pt was picked by the same rule
    assert c["valid_bleu"].checkpoint == run / "checkpoint_best.pt" and c["valid_bleu"].epochs == (3,)
    assert not c["last"].available and "no checkpoint_last.pt" in c["last"].reason
    assert not c["avg5"].available and "3 epoch checkpoints" in c["avg5"].reason


def test_a_log_without_bleu_and_a_loss_recipe(tmp_path):
    run = tmp_path / "run"
    write_log(run, [(loss, None) for loss, _ in VALID], metric="loss")
    touch(run, "checkpoint_best.pt", "checkpoint_last.pt")  # --no-epoch-checkpoints
    c = by_rule(run)
    assert c["valid_loss"].checkpoint == run / "checkpoint_best.pt" and c["valid_loss"].epochs == (4,)
    assert not c["valid_bleu"].available and "--eval-bleu" in c["valid_bleu"].reason
    assert rules.recipe_best_metric((run / "train.log").read_text()) == ("loss", False)
    with pytest.raises(ValueError, match="unknown checkpoint rule"):
        rules.choose("best", run, None)


NBEST = """S-0\ta b
T-0\tx y z
H-0\t-0.5\tx
D-0\t-0.5\tx
P-0\t-0.2000 -0.8000
H-0\t-0.6\tx y z
D-0\t-0.6\tx y z
P-0\t-0.6000 -0.6000 -0.6000 -0.6000
H-1\t-0.1\tq
D-1\t-0.1\tq
P-1\t-0.1000 -0.1000
"""


def test_rerank_gives_what_fairseq_keeps_at_each_lenpen():
    gen = generate.parse_generate_output(NBEST.splitlines())
    assert [c.positional for c in gen.nbest[0]] == [[-0.2, -0.8], [-0.6] * 4]
    # lenpen 1: -1.0 / 2 = -0.5 beats -2.4 / 4 = -0.6 (fairseq's order); lenpen 2: -1/4 < -2.4/16
    assert lenpen.rerank(gen, 1.0).ordered("detok") == ["x", "q"]
    assert lenpen.rerank(gen, 2.0).ordered("detok") == ["x y z", "q"]
    assert lenpen.rerank(gen, 2.0).scores[0] == pytest.approx(-2.4 / 16)


def test_lenpen_choice_takes_the_best_valid_bleu_ties_closest_to_one():
    assert lenpen.choose_lenpen({0.6: 20.0, 1.0: 21.0, 1.5: 22.5, 2.0: 22.4}) == 1.5
    assert lenpen.choose_lenpen({0.6: 20.0, 1.0: 19.0, 1.5: 20.0}) == 0.6  # 0.4 from 1.0 beats 0.5
    assert lenpen.choose_lenpen({0.6: 20.0, 1.0: 20.0, 2.0: 20.0}) == 1.0
    assert lenpen.choose_lenpen({0.6: 20.0, 1.4: 20.0}) == 0.6  # as close: the smaller
    with pytest.raises(ValueError):
        lenpen.choose_lenpen({})


def test_agreement_cells_and_verdicts():
    sig = {"delta": 1.2, "p_bs": 0.01, "p_ar": 0.02}
    assert direction(sig) == "+*"
    assert direction({**sig, "p_ar": 0.2}) == "+"
    assert direction({**sig, "delta": -0.3}) == "-*"
    assert direction({**sig, "delta": 0.0}) == "0" and direction(None) == "n/a"
    assert verdict(["+*", "+*", "n/a", "+*"]) == "better under every rule"
    assert verdict(["-*", "-*"]) == "worse under every rule"
    assert verdict(["+", "-", "0"]) == "no significant difference under any rule"
    assert verdict(["+*", "+", "+*", "+*"]) == "depends on the rule"
    assert verdict(["+*", "-*"]) == "depends on the rule"
    assert verdict(["n/a"]) == "not tested"


def _grid(tmp_path: Path, **kw) -> Grid:
    return Grid(path=tmp_path / "g.json", data_bin=tmp_path, out_dir=tmp_path / "out", recipe=(),
                configs=[Config("ls", "ls", ("--criterion", "x"), (1,))], baseline="ls",
                source_lang="src", target_lang="tgt", **kw)


def test_a_run_finished_before_the_rules_is_scored_again_not_done(tmp_path):
    grid = _grid(tmp_path)
    spec = RunSpec(grid.configs[0], 1, tmp_path / "run")
    spec.directory.mkdir()
    (spec.directory / "run.json").write_text("{}")
    assert run_status(spec, grid) == "started"
    # today's done.json (before the rules): the checkpoint_best scores stand, the rules are missing
    (spec.directory / "done.json").write_text(json.dumps({"hypotheses": "h"}))
    assert run_status(spec, grid) == "scored"
    done = {"rule_settings": grid.rule_settings().key(), "rules": {r: {} for r in rules.RULES}}
    (spec.directory / "done.json").write_text(json.dumps(done))
    assert run_status(spec, grid) == "done"
    # another lenpen grid: scored again
    assert run_status(spec, _grid(tmp_path, lenpens=(1.0, 2.0))) == "scored"


def test_a_rule_file_is_reused_only_for_the_same_choice_and_settings(tmp_path):
    choice = rules.Choice("last", tmp_path / "checkpoint_last.pt", (6,))
    settings = Settings(5, (0.6, 1.0), "test", "valid")
    result = {"available": True, "checkpoint": str(choice.checkpoint), "epochs": [6],
              "settings": settings.key()}
    assert is_current(result, choice, settings)
    assert not is_current(result, choice, Settings(4, (0.6, 1.0)))
    assert not is_current(result, rules.Choice("last", choice.checkpoint, (7,)), settings)
    assert not is_current(None, choice, settings)


@pytest.mark.parametrize("scoring_cfg, message", [
    ({"rules": ["best"]}, "scoring.rules: 'best'"),
    ({"rules": ["last", "last"]}, "a rule listed twice"),
    ({"lenpens": []}, "scoring.lenpens: expected a non-empty list"),
    ({"lenpens": [1.0, -1]}, "scoring.lenpens"),
])
def test_bad_rule_settings_in_a_grid(tmp_path, scoring_cfg, message):
    data = tmp_path / "bin"
    data.mkdir()
    touch(data, "test.src-tgt.src.idx")
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"data_bin": str(data), "out_dir": "out", "recipe": [],
                                "configs": [{"name": "a", "flags": "--criterion x"}],
                                "scoring": scoring_cfg}))
    with pytest.raises(GridError, match=message.replace("[", r"\[")):
        load_grid(path)
    path.write_text(json.dumps({"data_bin": str(data), "out_dir": "out", "recipe": [],
                                "configs": [{"name": "a", "flags": "--criterion x"}],
                                "scoring": {"lenpens": [1, 1.5], "rules": ["last"]}}))
    grid = load_grid(path)
    assert grid.lenpens == (1.0, 1.5) and grid.rules == ("last",)


def test_a_copy_of_an_epoch_checkpoint_is_decoded_as_that_epoch(tmp_path):
    (tmp_path / "checkpoint5.pt").write_bytes(b"epoch five")
    (tmp_path / "checkpoint6.pt").write_bytes(b"epoch six!")
    (tmp_path / "checkpoint_last.pt").write_bytes(b"epoch six!")
    (tmp_path / "checkpoint_best.pt").write_bytes(b"epoch 7???")  # same size, other bytes
    assert rules.same_weights(tmp_path / "checkpoint_last.pt") == tmp_path / "checkpoint6.pt"
    assert rules.same_weights(tmp_path / "checkpoint_best.pt") == tmp_path / "checkpoint_best.pt"
    assert rules.same_weights(tmp_path / "checkpoint5.pt") == tmp_path / "checkpoint5.pt"
