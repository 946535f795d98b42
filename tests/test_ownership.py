"""One run owns its store; evaluation never touches one; setups PS-KD cannot address are refused
at startup with the flag to change."""

import os
import shutil
import signal
import subprocess
from types import SimpleNamespace

import pytest
from epoch_compare import assert_same_epochs

from fairseq_pskd.criterion import _refuse_unsupported

from conftest import BIN, MODEL_ARGS, USER_DIR, epoch_stats, fairseq, resume_args


@pytest.mark.slow
def test_a_second_run_on_a_busy_store_is_refused_and_the_first_is_undisturbed(
    uninterrupted, distinct_bin, tmp_path
):
    store = tmp_path / "shared-store"
    env = {k: v for k, v in os.environ.items() if k != "TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD"}
    first = subprocess.Popen(
        [str(BIN / "fairseq-train"), *map(str, resume_args(distinct_bin, tmp_path / "a")),
         "--pskd-store-dir", str(store)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    lines = []
    for line in first.stdout:
        lines.append(line)
        if "begin training epoch 1" in line:
            break
    # the first run trains in a second: hold it still (it keeps its lock) while the second starts
    os.kill(first.pid, signal.SIGSTOP)
    try:
        # same data, same K, same directory: everything the store's own checks would accept
        second = fairseq(
            "fairseq-train", *resume_args(distinct_bin, tmp_path / "b"), "--pskd-store-dir", store,
            check=False,
        )
    finally:
        os.kill(first.pid, signal.SIGCONT)
    rest = first.communicate()[0]
    assert second.returncode != 0
    assert "in use by another training run" in second.stderr
    assert f"pid {first.pid}," in second.stderr and "--pskd-store-dir" in second.stderr
    assert "begin training epoch" not in second.stdout + second.stderr
    assert first.returncode == 0, rest[-3000:]
    # the first run trained exactly as it does alone
    assert_same_epochs(epoch_stats("".join(lines) + rest), epoch_stats(uninterrupted[1]), (1, 2, 3))


@pytest.mark.slow
def test_evaluation_needs_no_store_and_creates_nothing(data_bin, tmp_path):
    save = tmp_path / "train"
    fairseq(
        "fairseq-train", data_bin, *MODEL_ARGS, "--user-dir", USER_DIR, "--criterion", "pskd",
        "--optimizer", "adam", "--lr", "1e-3", "--max-tokens", "800", "--max-epoch", "1",
        "--save-dir", save, "--no-epoch-checkpoints",
    )
    moved = tmp_path / "elsewhere" / "model.pt"
    moved.parent.mkdir()
    shutil.copy(save / "checkpoint_last.pt", moved)
    shutil.rmtree(save)  # the save dir recorded in the checkpoint is gone
    common = [data_bin, "--task", "translation", "--user-dir", USER_DIR, "--path", moved, "--cpu"]
    fairseq("fairseq-validate", *common, "--valid-subset", "valid", "--max-tokens", "800",
            fixes="trust-checkpoints")
    out = fairseq(
        "fairseq-generate", *common, "--gen-subset", "test", "--beam", "2",
        "--batch-size", "32", "--required-batch-size-multiple", "1", fixes="trust-checkpoints",
    ).stdout
    assert out.count("\nH-") == 60 or out.startswith("H-") or "BLEU4" in out
    assert not save.exists()
    assert sorted(p.name for p in moved.parent.iterdir()) == ["model.pt"]


def _train_args(data_bin, save, *extra):
    return [
        data_bin, *MODEL_ARGS, "--user-dir", USER_DIR, "--criterion", "pskd",
        "--optimizer", "adam", "--lr", "1e-3", "--max-tokens", "800", "--max-epoch", "1",
        "--save-dir", save, "--no-save", *extra,
    ]


@pytest.mark.slow
def test_bucketed_batches_are_refused_naming_the_flag(data_bin, tmp_path):
    proc = fairseq("fairseq-train", *_train_args(data_bin, tmp_path, "--num-batch-buckets", "4"), check=False)
    assert proc.returncode != 0 and "--num-batch-buckets" in proc.stderr
    assert "begin training epoch" not in proc.stdout + proc.stderr


def _criterion_cfg(**fields):
    return SimpleNamespace(**{"pipeline_model_parallel": False, "bf16": False, "tpu": False, **fields})


def test_model_parallel_and_non_autoregressive_tasks_are_refused_naming_the_flag():
    task = SimpleNamespace(cfg=SimpleNamespace(data="bin", num_batch_buckets=0, _name="translation"))
    with pytest.raises(ValueError, match="--model-parallel-size 2"):
        _refuse_unsupported(task, _criterion_cfg(model_parallel_size=2))
    lev = SimpleNamespace(cfg=SimpleNamespace(data="bin", num_batch_buckets=0, _name="translation_lev"))
    with pytest.raises(ValueError, match="--task translation_lev .* use --task translation"):
        _refuse_unsupported(lev, _criterion_cfg(model_parallel_size=1))


def test_a_forked_child_does_not_keep_the_store_locked(tmp_path):
    """fairseq's data-loader workers are forked from the trainer: one that outlives a trainer
    killed with -9 must not hold the store against the trainer's resume."""
    from fairseq_pskd.lock import StoreLock

    lock = StoreLock(tmp_path)
    lock.acquire("job-1")
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # the child: says whether it still has the descriptor, then lives on a while
        os.close(read_end)
        os.write(write_end, b"held" if lock.held else b"dropped")
        os.close(write_end)
        signal.pause()
        os._exit(0)
    try:
        os.close(write_end)
        assert os.read(read_end, 16) == b"dropped"
        assert lock.held and lock.probe()[0] is True  # the parent's lock is untouched
        lock.release()
        # the child still runs: the lock is free all the same
        assert lock.probe()[0] is False
        StoreLock(tmp_path).acquire("job-2")
    finally:
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        os.close(read_end)
