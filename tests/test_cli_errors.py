"""Bad configuration stops fairseq-train at startup, with a message naming the flag to change."""

import pytest

from conftest import MODEL_ARGS, USER_DIR, fairseq

pytestmark = pytest.mark.slow  # every test trains with fairseq-train


def _train(data_bin, save_dir, *extra, max_epoch=True):
    args = [
        data_bin, *MODEL_ARGS, "--user-dir", USER_DIR, "--criterion", "pskd",
        "--optimizer", "adam", "--lr", "1e-3", "--max-tokens", "800",
        "--save-dir", save_dir, "--no-save", *extra,
    ]
    if max_epoch:
        args += ["--max-epoch", "1"]
    return fairseq("fairseq-train", *args, check=False)


@pytest.mark.parametrize(
    "extra,flag",
    [
        (["--pskd-alpha", "1.5"], "--pskd-alpha"),
        (["--pskd-alpha", "-0.1"], "--pskd-alpha"),
        (["--pskd-topk", "0"], "--pskd-topk"),
        (["--pskd-topk", "100000"], "--pskd-topk"),
        (["--pskd-eos-scale", "1.5"], "--pskd-eos-scale must lie in [0, 1]"),
        (["--pskd-store-dir", "/proc/pskd-store"], "--pskd-store-dir"),
        (["--pskd-alpha-schedule", "update"], "--max-update"),
    ],
)
def test_invalid_flags_fail_at_startup_naming_the_flag(data_bin, tmp_path, extra, flag):
    proc = _train(data_bin, tmp_path, *extra)
    assert proc.returncode != 0
    assert flag in proc.stderr
    assert "begin training epoch" not in proc.stdout + proc.stderr


def test_a_run_without_a_length_cannot_schedule_alpha(data_bin, tmp_path):
    proc = _train(data_bin, tmp_path, max_epoch=False)
    assert proc.returncode != 0 and "--max-epoch" in proc.stderr


def test_a_store_of_another_run_stops_training_until_reset(data_bin, tmp_path):
    store = tmp_path / "store"
    assert _train(data_bin, tmp_path / "a", "--pskd-topk", "4", "--pskd-store-dir", store).returncode == 0
    proc = _train(data_bin, tmp_path / "b", "--pskd-topk", "8", "--pskd-store-dir", store)
    assert proc.returncode != 0
    assert "top-k 4 (this run has --pskd-topk 8)" in proc.stderr
    assert "--pskd-reset-store" in proc.stderr
    assert "Start iterating over samples" not in proc.stdout + proc.stderr
    ok = _train(data_bin, tmp_path / "c", "--pskd-topk", "8", "--pskd-store-dir", store, "--pskd-reset-store")
    assert ok.returncode == 0, ok.stderr[-2000:]
