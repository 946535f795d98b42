"""Kill -9 at any moment and rerun the same command: the same targets, so the same losses.

The training sentences all have different lengths: fairseq builds its length-sorted batches with
seed + epoch and reuses them across epochs, so with ties a resumed run would batch (and so train)
differently from an uninterrupted one, whatever the criterion. Without ties, fairseq itself resumes
exactly, and any difference left would be PS-KD's targets.
"""

import os
import re
import shutil
import signal
import subprocess

import pytest
from conftest import BIN, MODEL_ARGS, USER_DIR, epoch_stats, fairseq


def _args(data_bin, save_dir):
    return [
        data_bin, *MODEL_ARGS, "--user-dir", USER_DIR, "--log-interval", "1",
        "--criterion", "pskd", "--pskd-alpha", "0.8", "--pskd-topk", "4", "--label-smoothing", "0.1",
        "--optimizer", "adam", "--lr", "2e-3", "--dropout", "0.1", "--max-tokens", "150",
        "--max-epoch", "3", "--save-interval-updates", "4", "--save-dir", save_dir,
    ]


def _run_until(args, pattern, then=None):
    """Run fairseq-train, SIGKILL it at the first line matching `then` after one matching `pattern`
    (or at `pattern` itself)."""
    env = {k: v for k, v in os.environ.items() if k != "TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD"}
    proc = subprocess.Popen(
        [str(BIN / "fairseq-train"), *map(str, args)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    lines, armed = [], False
    for line in proc.stdout:
        lines.append(line)
        armed = armed or bool(re.search(pattern, line))
        if armed and (then is None or re.search(then, line)):
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "".join(lines[-30:])
    return "".join(lines)


@pytest.fixture(scope="module")
def uninterrupted(distinct_bin, tmp_path_factory):
    save = tmp_path_factory.mktemp("straight")
    return save, fairseq("fairseq-train", *_args(distinct_bin, save)).stdout


@pytest.mark.parametrize(
    "pattern,then",
    [
        (r"Saved checkpoint \S+checkpoint_1_4\.pt", "train_inner"),  # mid-epoch 1
        (r"Saved checkpoint \S+checkpoint_2_\d+\.pt", "train_inner"),  # mid-epoch 2
        (r"Preparing to save checkpoint for epoch 2 @ 16", None),  # while saving, mid-epoch 2
        (r"begin training epoch 3", None),  # between epochs
    ],
    ids=["mid-epoch-1", "mid-epoch-2", "during-a-save", "between-epochs"],
)
def test_killed_run_resumes_with_the_same_targets(uninterrupted, distinct_bin, tmp_path, pattern, then):
    _, straight_log = uninterrupted
    args = _args(distinct_bin, tmp_path)
    first = _run_until(args, pattern, then)
    rerun = fairseq("fairseq-train", *args).stdout
    assert re.search(r"Loaded checkpoint \S+checkpoint_last\.pt \(epoch \d @ [1-9]", rerun)

    want = epoch_stats(straight_log)
    got = {**epoch_stats(first), **epoch_stats(rerun)}
    assert sorted(got) == [1, 2, 3]
    assert float(want[3]["pskd_prior"]) == 1.0
    for epoch in (1, 2, 3):
        for key in ("loss", "nll_loss", "pskd_prior", "pskd_coverage", "pskd_kl"):
            assert got[epoch].get(key) == want[epoch].get(key), (epoch, key)
    got_valid = {**epoch_stats(first, "valid"), **epoch_stats(rerun, "valid")}
    assert got_valid[3]["loss"] == epoch_stats(straight_log, "valid")[3]["loss"]


def test_resuming_from_an_older_checkpoint_falls_back_to_hard_targets(uninterrupted, distinct_bin, tmp_path):
    straight, _ = uninterrupted
    # generation 1 of the store now holds epoch 3's rows: a restart from epoch 1 finds none of
    # epoch 1's, says so, and trains epoch 2 on hard targets
    save = tmp_path / "again"
    shutil.copytree(straight, save)
    log = fairseq(
        "fairseq-train", *_args(distinct_bin, save), "--restore-file", save / "checkpoint1.pt"
    ).stdout
    m = re.search(r"PS-KD epoch 2: 0 of 48 training sentences .*; (\d+) hold rows of another epoch", log)
    assert m and int(m.group(1)) > 40
    train = epoch_stats(log)
    assert float(train[2]["pskd_prior"]) == 0.0
    # epoch 3 then reads what the restarted epoch 2 wrote
    assert float(train[3]["pskd_prior"]) == 1.0
