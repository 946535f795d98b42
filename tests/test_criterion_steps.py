"""The criterion inside fairseq's task API, step by step: which steps write the store."""

import time

import numpy as np
import pytest
import torch
from fairseq import options, tasks, utils
from fairseq.criterions.label_smoothed_cross_entropy import LabelSmoothedCrossEntropyCriterion
from fairseq.dataclass.utils import convert_namespace_to_omegaconf

from fairseq_pskd.store_format import StoreError

from conftest import MODEL_ARGS, USER_DIR

pytestmark = pytest.mark.slow  # every test uses data_bin (fairseq-preprocess)


def _build(data_bin, save_dir, *extra):
    parser = options.get_training_parser()
    args = options.parse_args_and_arch(
        parser,
        [
            str(data_bin), *MODEL_ARGS, "--user-dir", USER_DIR, "--criterion", "pskd",
            "--pskd-alpha", "0.8", "--pskd-topk", "4", "--label-smoothing", "0.1",
            "--optimizer", "adam", "--lr", "1e-3", "--max-tokens", "800", "--save-dir", str(save_dir),
            *extra,
        ],
    )
    cfg = convert_namespace_to_omegaconf(args)
    utils.import_user_module(cfg.common)
    task = tasks.setup_task(cfg.task)
    task.load_dataset("train")
    model = task.build_model(cfg.model)
    criterion = task.build_criterion(cfg.criterion)
    return task, model, criterion


def _batches(task, n):
    itr = task.get_batch_iterator(task.dataset("train"), max_tokens=800, seed=1).next_epoch_itr(shuffle=False)
    return [next(itr) for _ in range(n)]


class _NoOptimizer:
    def backward(self, loss):
        loss.backward()


def _tags(criterion, epoch):
    # rows are tagged when committed (at checkpoints and epoch boundaries); commit now
    criterion.run.commit()
    return criterion.store.epoch_tags(criterion.store.generation_of(epoch)).copy()


@pytest.fixture
def setup(data_bin, tmp_path):
    task, model, criterion = _build(data_bin, tmp_path, "--max-epoch", "4", "--dropout", "0")
    task.begin_epoch(1, model)
    return task, model, criterion


def test_dummy_batches_never_write_the_store(setup):
    task, model, criterion = setup
    model.train(), criterion.train()
    (batch,) = _batches(task, 1)
    task.train_step(batch, model, criterion, _NoOptimizer(), update_num=3, ignore_grad=True)
    assert not _tags(criterion, 1).any()
    task.train_step(batch, model, criterion, _NoOptimizer(), update_num=3, ignore_grad=False)
    tags = _tags(criterion, 1)
    assert sorted(np.flatnonzero(tags)) == sorted(batch["id"].tolist())
    assert (tags[batch["id"].numpy()] == 1).all()


def test_a_dummy_batch_from_the_validation_set_reads_nothing(setup):
    """After a mid-epoch validation fairseq's dummy batch is the first validation batch: a rank
    with no training batch left re-feeds it (ignore_grad). Its ids are not training sentences."""
    task, model, criterion = setup
    task.load_dataset("valid")
    criterion.train()
    (batch,) = _batches(task, 1)
    task.train_step(batch, model, criterion, _NoOptimizer(), update_num=0)
    task.begin_epoch(2, model)
    itr = task.get_batch_iterator(task.dataset("valid"), max_tokens=800, seed=1).next_epoch_itr(shuffle=False)
    dummy = next(itr)
    _, _, log = task.train_step(dummy, model, criterion, _NoOptimizer(), update_num=1, ignore_grad=True)
    assert log["pskd_errors"] == 0 and log["pskd_prior_tokens"] == 0
    task.reduce_metrics([log], criterion)  # raises where any rank's store failed


def _store_state(criterion, ids):
    """Epoch tags of every generation (epochs 1, 2, 3 use all three), and the rows of sentences
    `ids` in each."""
    criterion.run.commit()  # a write still queued would be tagged now
    store = criterion.store
    tags = {e: store.epoch_tags(store.generation_of(e)).copy() for e in (1, 2, 3)}
    rows = {e: [a.copy() for a in store.rows_of(ids, e)] for e in (1, 2, 3)}
    return tags, rows


def test_validation_neither_reads_nor_writes_the_store(setup):
    task, model, criterion = setup
    (batch,) = _batches(task, 1)
    ids = batch["id"].numpy()
    # epoch 1 trains the batch, so in epoch 2 each of its sentences has a usable row
    model.train(), criterion.train()
    task.train_step(batch, model, criterion, _NoOptimizer(), update_num=0, ignore_grad=False)
    criterion.run.commit()
    task.begin_epoch(2, model)
    before_tags, before_rows = _store_state(criterion, ids)
    assert (before_tags[1][ids] == 1).all()

    criterion.eval()  # as fairseq's Trainer.valid_step does
    loss, _, log = task.valid_step(batch, model, criterion)
    after_tags, after_rows = _store_state(criterion, ids)
    # the same weights under label smoothing, computed by fairseq's own criterion
    ls = LabelSmoothedCrossEntropyCriterion(task, sentence_avg=False, label_smoothing=0.1).eval()
    ls_loss, _, _ = task.valid_step(batch, model, ls)
    assert float(loss) == pytest.approx(float(ls_loss), rel=1e-6)
    assert "pskd_alpha" not in log
    for epoch in (1, 2, 3):  # no tag changed and no row was written, in any generation
        np.testing.assert_array_equal(after_tags[epoch], before_tags[epoch], err_msg=f"tags {epoch}")
        for a, b in zip(after_rows[epoch], before_rows[epoch]):
            np.testing.assert_array_equal(a, b, err_msg=f"rows {epoch}")

    # a training forward of this epoch reads those rows, and its loss is not label smoothing's:
    # the comparison above can tell the two targets apart (no dropout: same predictions)
    criterion.train()
    train_loss, _, train_log = task.train_step(batch, model, criterion, _NoOptimizer(), update_num=1)
    assert train_log["pskd_prior_tokens"] == batch["ntokens"] and train_log["pskd_alpha"] > 0
    assert abs(float(train_loss.detach()) - float(ls_loss)) > 0.01 * float(ls_loss)


def test_epoch_two_reads_what_epoch_one_wrote_and_logs_it(setup):
    task, model, criterion = setup
    # no dropout: the same batch gives the same prediction twice
    criterion.train()
    (batch,) = _batches(task, 1)
    _, _, log1 = task.train_step(batch, model, criterion, _NoOptimizer(), update_num=0)
    assert log1["pskd_prior_tokens"] == 0
    task.begin_epoch(2, model)
    _, _, log2 = task.train_step(batch, model, criterion, _NoOptimizer(), update_num=1)
    assert log2["pskd_prior_tokens"] == batch["ntokens"]
    assert log2["pskd_alpha"] == pytest.approx(0.8 * 2 / 4 * batch["ntokens"])
    # same weights, same batch: the stored top-4 is the current top-4
    assert log2["pskd_mass"] / log2["pskd_prior_tokens"] == pytest.approx(
        float(
            torch.softmax(model(**batch["net_input"])[0], -1)
            .topk(4, -1)[0]
            .sum(-1)[batch["target"].ne(1)]
            .mean()
        ),
        rel=1e-3,
    )


def test_update_schedule_follows_the_trainers_update_count(data_bin, tmp_path):
    task, model, criterion = _build(data_bin, tmp_path, "--max-update", "100")
    task.begin_epoch(1, model)
    criterion.train()
    (batch,) = _batches(task, 1)
    _, _, log = task.train_step(batch, model, criterion, _NoOptimizer(), update_num=25)
    assert log["pskd_alpha"] == pytest.approx(0.8 * 25 / 100 * batch["ntokens"])


def test_a_step_that_runs_out_of_memory_leaves_the_criterion_usable(setup):
    # fairseq skips a batch whose forward runs out of memory and goes on; PS-KD makes no
    # collective in forward, so nothing is left half-done: the batch writes nothing, the next works
    task, model, criterion = setup
    criterion.train()
    first, second = _batches(task, 2)
    task.begin_epoch(2, model)

    def out_of_memory(*args, **kwargs):
        raise RuntimeError("CUDA out of memory (simulated)")

    forward, model.forward = model.forward, out_of_memory
    with pytest.raises(RuntimeError, match="out of memory"):
        task.train_step(first, model, criterion, _NoOptimizer(), update_num=5)
    model.forward = forward
    task.train_step(second, model, criterion, _NoOptimizer(), update_num=5)
    tags = _tags(criterion, 2)
    assert sorted(np.flatnonzero(tags == 2)) == sorted(second["id"].tolist())


def test_a_store_failure_is_logged_by_the_step_and_raised_when_fairseq_reduces_the_outputs(setup):
    # a rank must not raise alone in the middle of a step (the others would wait for it in the
    # next collective): the failure rides in the logging output that fairseq sums across ranks
    task, model, criterion = setup
    criterion.train()
    first, second = _batches(task, 2)

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    criterion.store.write_rows = full_disk
    _, _, log = task.train_step(first, model, criterion, _NoOptimizer(), update_num=0)
    assert log["pskd_errors"] == 0
    deadline = time.time() + 10
    while criterion.run.failure is None and time.time() < deadline:
        time.sleep(0.01)
    _, _, log = task.train_step(second, model, criterion, _NoOptimizer(), update_num=1)
    assert log["pskd_errors"] == 1
    with pytest.raises(StoreError, match=r"writer failed: \[Errno 28\] No space left on device"):
        task.reduce_metrics([log], criterion)


def test_a_prior_shipped_for_another_epoch_is_read_again_and_one_for_this_epoch_is_used(setup):
    """What a data-loader worker ships carries the epoch it was read for (loader.py): a batch
    collated before its epoch's boundary is read again on the training process, never trained on."""
    from fairseq_pskd.loader import PRIOR_KEY, ShippedPrior
    from fairseq_pskd.targets import Prior, refine

    task, model, criterion = setup
    criterion.train()
    (batch,) = _batches(task, 1)
    task.train_step(batch, model, criterion, _NoOptimizer(), update_num=0)
    task.begin_epoch(2, model)
    read_here, _, _ = task.train_step(batch, model, criterion, _NoOptimizer(), update_num=1)
    assert criterion.prior_reads == {"loader": 0, "thread": 1}

    # targets no reader would produce: every token's stored top-4 on ids 4..7
    target = batch["target"].reshape(-1)
    rows = torch.nonzero(target.ne(criterion.padding_idx)).squeeze(1)
    wrong = refine(
        Prior(rows, torch.arange(4, 8).repeat(len(rows), 1), torch.full((len(rows), 4), 0.2)),
        target, criterion.padding_idx, criterion.vocab_size, 0.1,
    )
    stale = {**batch, PRIOR_KEY: ShippedPrior(1, wrong)}
    loss, _, _ = task.train_step(stale, model, criterion, _NoOptimizer(), update_num=1)
    assert float(loss) == float(read_here)
    assert criterion.prior_reads == {"loader": 0, "thread": 2}

    current = {**batch, PRIOR_KEY: ShippedPrior(2, wrong)}
    loss, _, _ = task.train_step(current, model, criterion, _NoOptimizer(), update_num=1)
    assert abs(float(loss) - float(read_here)) > 0.01 * float(read_here)
    assert criterion.prior_reads == {"loader": 1, "thread": 2}
