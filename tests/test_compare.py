"""Run comparison: fairseq log parsing, the Markdown table and the plots."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from pskd_tools.evaluation import compare, fairseq_log
from pskd_tools.evaluation import token_calibration as cal

PNG = b"\x89PNG\r\n\x1a\n"

# what fairseq-train --log-file writes (messages only, some lines repeated by fairseq's handlers)
LOG_FILE_SIMPLE = """\
begin validation on "valid" subset
epoch 001 | valid on 'valid' subset | loss 9.667 | nll_loss 9.447 | ppl 697.82 | bleu 1.5 | wps 106.3 | num_updates 45
end of epoch 1 (average epoch stats below)
epoch 001 | loss 10.977 | nll_loss 10.891 | ppl 1899.05 | wps 791.8 | num_updates 45 | lr 0.0009
epoch 002:     10 / 45 loss=9.908, nll_loss=9.687, ppl=824.39, wps=1103.2
epoch 002 | valid on 'valid' subset | loss 8.685 | nll_loss 8.28 | ppl 310.89 | bleu 4.25 | num_updates 90 | best_loss 8.685
epoch 002 | valid on 'valid' subset | loss 8.685 | nll_loss 8.28 | ppl 310.89 | bleu 4.25 | num_updates 90 | best_loss 8.685
epoch 002 | loss 9.1 | nll_loss 8.784 | ppl 440.85 | num_updates 90
epoch 003 | valid on 'valid' subset | loss 8.9 | nll_loss 8.183 | ppl 290.63 | bleu 6.5 | num_updates 135 | best_loss 8.685
"""

# fairseq-train stdout with --log-format json, saved as train.log
STDOUT_JSON = """\
2026-11-26 15:25:43 | INFO | fairseq_cli.train | begin validation on "valid" subset
2026-11-26 15:25:43 | INFO | train_inner | {"epoch": 1, "update": 0.5, "loss": "11.2", "num_updates": "20"}
2026-11-26 15:25:50 | INFO | valid | {"epoch": 1, "valid_loss": "9.8", "valid_nll_loss": "9.6", "valid_num_updates": "45"}
2026-11-26 15:25:51 | INFO | train | {"epoch": 1, "train_loss": "11.0", "train_nll_loss": "10.9", "train_num_updates": "45"}
2026-11-26 15:26:50 | INFO | valid | {"epoch": 2, "valid_loss": "8.2", "valid_nll_loss": "8.0", "valid_num_updates": "90"}
2026-11-26 15:27:50 | INFO | valid | {"epoch": 3, "valid_loss": "8.4", "valid_nll_loss": "8.1", "valid_num_updates": "135"}
"""


def test_simple_log_file_is_parsed_per_epoch_ignoring_progress_lines():
    log = fairseq_log.parse_train_log(LOG_FILE_SIMPLE.splitlines())
    assert sorted(log.valid["valid"]) == [1, 2, 3]
    assert log.valid["valid"][2]["bleu"] == 4.25 and log.valid["valid"][3]["loss"] == 8.9
    assert sorted(log.train) == [1, 2] and log.train[2]["loss"] == 9.1
    assert log.best_valid_loss() == 8.685
    assert log.valid_series("bleu") == ([1, 2, 3], [1.5, 4.25, 6.5])


def test_stdout_simple_format_lines_with_prefixes_parse_too():
    line = ("2026-11-26 15:27:24 | INFO | valid | epoch 004 | valid on 'valid' subset | loss 7.123 | "
            "nll_loss 6.9 | bleu 12.3 | num_updates 300")
    train = "2026-11-26 15:27:32 | INFO | train | epoch 004 | loss 8.759 | nll_loss 8.354 | wall 139"
    log = fairseq_log.parse_train_log([line, train])
    assert log.valid["valid"][4] == {"loss": 7.123, "nll_loss": 6.9, "bleu": 12.3, "num_updates": 300.0}
    assert log.train[4]["loss"] == 8.759


def test_json_log_format_is_parsed():
    log = fairseq_log.parse_train_log(STDOUT_JSON.splitlines())
    assert log.valid_series("loss") == ([1, 2, 3], [9.8, 8.2, 8.4])
    assert log.train[1]["loss"] == 11.0 and 0 not in log.train  # train_inner is not an epoch summary
    assert log.best_valid_loss() == 8.2


def _calibration_json(path: Path, seed: int, overconfidence: float) -> dict:
    rng = np.random.default_rng(seed)
    conf = rng.uniform(0.05, 1.0, 5000)
    correct = rng.uniform(size=conf.shape) < np.clip(conf - overconfidence, 0, 1)
    stats = cal.TokenStats(conf, correct, np.log(np.clip(conf, 1e-3, 1)), conf ** 2, sentences=100)
    result = cal.summarize(stats, 15)
    path.write_text(json.dumps(result))
    return result


@pytest.fixture
def runs(tmp_path) -> list[Path]:
    a, b = tmp_path / "ls", tmp_path / "pskd"
    a.mkdir()
    b.mkdir()
    (a / "train.log").write_text(LOG_FILE_SIMPLE)
    (b / "train.log").write_text(STDOUT_JSON)
    (a / "checkpoint_best.test.scores.json").write_text(json.dumps(
        {"bleu": 29.94, "chrf": 47.96,
         "bleu_signature": "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0",
         "chrf_signature": "nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0"}))
    (b / "checkpoint_best.test.scores.json").write_text(json.dumps({"bleu": 13.33, "chrf": 28.99}))
    # a stale score of another checkpoint must not win over checkpoint_best
    (b / "checkpoint_last.test.scores.json").write_text(json.dumps({"bleu": 99.0, "chrf": 99.0}))
    _calibration_json(a / "checkpoint_best.test.calibration.json", 0, 0.0)
    _calibration_json(b / "checkpoint_best.test.calibration.json", 1, 0.2)
    return [a, b]


def test_table_lists_every_run_with_its_numbers(runs, tmp_path):
    out = compare.compare(runs, tmp_path / "cmp", labels=["label smoothing", "PS-KD"])
    table = (tmp_path / "cmp" / "comparison.md").read_text()
    rows = [line for line in table.splitlines() if line.startswith("| ")]
    assert rows[0].startswith("| run | BLEU | chrF | ECE % (15 bins) | NLL | AURC")
    ls_cal = json.loads((runs[0] / "checkpoint_best.test.calibration.json").read_text())
    ls_row = [c.strip() for c in rows[1].split("|")[1:-1]]
    assert ls_row[:3] == ["label smoothing", "29.94", "47.96"]
    assert ls_row[3] == f"{ls_cal['ece_percent']:.2f}" and ls_row[4] == f"{ls_cal['nll']:.3f}"
    assert ls_row[6:] == ["8.685", "3"]
    pskd_row = [c.strip() for c in rows[2].split("|")[1:-1]]
    assert pskd_row[1] == "13.33" and pskd_row[6] == "8.200"
    assert "tok:13a" in table  # signatures travel with the scores
    assert out["markdown"] == table


def test_overconfident_run_shows_a_larger_ece(runs, tmp_path):
    compare.compare(runs, tmp_path / "cmp")
    rows = json.loads((tmp_path / "cmp" / "comparison.json").read_text())
    assert rows[1]["ece_percent"] > rows[0]["ece_percent"] + 10


def test_plots_are_written_as_png(runs, tmp_path):
    out = compare.compare(runs, tmp_path / "cmp")
    names = sorted(p.name for p in out["plots"])
    assert names == ["reliability.png", "valid_bleu.png", "valid_loss.png"]
    for p in out["plots"]:
        assert p.read_bytes()[:8] == PNG and p.stat().st_size > 5000


def test_no_bleu_plot_when_no_run_logged_bleu(runs, tmp_path):
    out = compare.compare([runs[1]], tmp_path / "cmp")
    assert "valid_bleu.png" not in [p.name for p in out["plots"]]


def test_cli_rejects_an_empty_run_directory(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert compare.main([str(tmp_path / "empty"), "--out-dir", str(tmp_path / "cmp")]) == 2
    assert "--log-file" in capsys.readouterr().err


def test_cli_rejects_mismatched_labels(runs, tmp_path, capsys):
    assert compare.main([str(r) for r in runs] + ["--labels", "one", "--out-dir", str(tmp_path / "c")]) == 2
    assert "--labels" in capsys.readouterr().err
