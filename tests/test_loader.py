"""The prior read in fairseq's data-loader workers (`--num-workers` >= 1): the targets the reader
thread gives, on every path fairseq takes; only the place of the read differs.

`resume_args` trains for real (dropout, a learning rate): any prior missing, stale or read from
the wrong generation would change every later loss, so equal losses mean equal targets.
"""

import re

import pytest
from epoch_compare import assert_same_epochs
from test_resume import _every

from conftest import epoch_stats, fairseq, resume_args, run_until_killed
from reference import ALPHA_T, EPOCHS, frozen_pskd_args, reference_losses

pytestmark = pytest.mark.slow  # fairseq-train with data-loader worker processes

_READS = re.compile(
    r"PS-KD epoch (\d+): the prior of (\d+) of (\d+) batches was read by the data loader's "
    r"workers, (\d+) on the training process"
)


def prior_reads(log: str) -> dict[int, tuple[int, int]]:
    """{epoch: (batches whose prior a worker read, batches read on the training process)}"""
    return {int(e): (int(w), int(t)) for e, w, _, t in _READS.findall(log)}


def with_workers(args, *extra) -> list[str]:
    # a later flag wins: MODEL_ARGS ask for --num-workers 0
    return [*map(str, args), "--num-workers", "2", *extra]


def test_workers_read_every_prior_the_dense_reference_expects(data_bin, pretrained, tmp_path):
    log = fairseq("fairseq-train", *with_workers(frozen_pskd_args(data_bin, pretrained, tmp_path))).stdout
    train = epoch_stats(log)
    assert float(train[2]["pskd_prior"]) == 1.0
    alpha2 = ALPHA_T * 2 / EPOCHS
    ref = reference_losses(tmp_path / "checkpoint1.pt", data_bin, alpha2)
    assert float(train[2]["loss"]) == pytest.approx(ref["pskd"], abs=2e-3)
    assert float(train[2]["pskd_kl"]) == pytest.approx(ref["kl"], abs=2e-3)
    # and the workers made every read: none on the training process
    workers, thread = prior_reads(log)[2]
    assert workers > 0 and thread == 0


def test_workers_train_exactly_like_the_reader_thread(uninterrupted, distinct_bin, tmp_path):
    _, straight_log = uninterrupted
    log = fairseq("fairseq-train", *with_workers(resume_args(distinct_bin, tmp_path))).stdout
    assert_same_epochs(epoch_stats(log), epoch_stats(straight_log), (1, 2, 3))
    assert epoch_stats(log, "valid")[3]["loss"] == epoch_stats(straight_log, "valid")[3]["loss"]
    workers, thread = prior_reads(log)[2]
    assert workers > 0 and thread == 0


def test_workers_started_before_the_epoch_boundary_give_the_same_targets(
    uninterrupted, distinct_bin, tmp_path
):
    """With no batch buffer fairseq starts the workers of epoch t before the criterion's epoch
    boundary has committed epoch t - 1's rows: a batch they collate before the gate opens carries
    last epoch's gate and is read again on the training process (how many depends on timing; that
    rule itself is tested in test_criterion_steps.py). No checkpoint at all (--no-save): the
    boundary alone commits."""
    _, straight_log = uninterrupted
    args = with_workers(resume_args(distinct_bin, tmp_path), "--data-buffer-size", "0", "--no-save")
    log = fairseq("fairseq-train", *args).stdout
    assert_same_epochs(epoch_stats(log), epoch_stats(straight_log), (1, 2, 3))
    workers, thread = prior_reads(log)[2]
    assert workers + thread == 10  # every batch of epoch 2 had its prior, from one place or the other


def test_a_mid_epoch_resume_with_workers_resumes_the_same_targets(uninterrupted, distinct_bin, tmp_path):
    _, straight_log = uninterrupted
    args = with_workers(resume_args(distinct_bin, tmp_path))
    first = run_until_killed(args, r"Saved checkpoint \S+checkpoint_2_\d+\.pt", "train_inner")
    rerun = fairseq("fairseq-train", *args).stdout
    assert re.search(r"Loaded checkpoint \S+checkpoint_last\.pt \(epoch 2 @ [1-9]", rerun)
    got = {**epoch_stats(first), **epoch_stats(rerun)}
    assert_same_epochs(got, epoch_stats(straight_log), (1, 2, 3))
    workers, thread = prior_reads(rerun)[2]
    assert workers > 0 and thread == 0


def test_save_interval_two_with_workers_resumes_exactly(distinct_bin, tmp_path):
    """End-of-epoch checkpoints every second epoch only: the resumed run's last checkpoint is a
    whole epoch behind the store, and the workers of the re-run epoch read the rows of the epoch
    before it, as the reader thread would."""
    straight = fairseq("fairseq-train", *with_workers(_every(2, distinct_bin, tmp_path / "a", 4))).stdout
    args = with_workers(_every(2, distinct_bin, tmp_path / "b", 4))
    run_until_killed(args, r"begin training epoch 4")
    rerun = fairseq("fairseq-train", *args).stdout
    assert re.search(r"Loaded checkpoint \S+checkpoint_last\.pt \(epoch 3 @", rerun)
    assert_same_epochs(epoch_stats(rerun), epoch_stats(straight), (3, 4))
    assert float(epoch_stats(rerun)[3]["pskd_prior"]) == 1.0
    workers, thread = prior_reads(rerun)[3]  # the count is logged when the next epoch begins
    assert workers > 0 and thread == 0
