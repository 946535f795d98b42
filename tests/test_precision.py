"""Half precision as users train on GPUs, emulated on CPU: the prior keeps float32 through
fairseq's sample preparation, so `--fp16` and `--memory-efficient-fp16` train on the same targets
with or without data-loader workers, and every `pskd_*` metric stays finite.

On a CPU-only torch plain `--fp16` fails in fairseq's flattening of the gradients
(`torch.cuda.current_device()`); `--fp16-no-flatten-grads --fp16-init-scale 1` takes the same
sample path without it, and a loss scale of 1 keeps fairseq from the `.cuda()` call of an
overflow step. `--amp` leaves the sample alone (fairseq casts only under `common.fp16`).
"""

from __future__ import annotations

import math
import pickle
import threading
from multiprocessing.reduction import ForkingPickler
from types import SimpleNamespace

import numpy as np
import pytest
import torch
from epoch_compare import assert_same_epochs
from fairseq import utils
from fairseq.trainer import Trainer

from fairseq_pskd.layout import LAYOUT_KEY, BatchLayout
from fairseq_pskd.loader import PRIOR_KEY, ShippedPrior
from fairseq_pskd.pipeline import PriorReader, RowWriter, _Batch
from fairseq_pskd.targets import Prior, RefinedTargets, refine

from conftest import MODEL_ARGS, USER_DIR, epoch_stats, fairseq

FP16 = {
    "fp16": ["--fp16", "--fp16-no-flatten-grads", "--fp16-init-scale", "1"],
    "memory-efficient-fp16": ["--memory-efficient-fp16", "--fp16-init-scale", "1"],
}
PSKD_METRICS = ("pskd_alpha", "pskd_prior", "pskd_coverage", "pskd_kl")


def _targets(rows: int = 12, vocab: int = 50, k: int = 4, residual: str = "uniform") -> RefinedTargets:
    gen = torch.Generator().manual_seed(0)
    index = torch.arange(0, rows, 2)
    probs = torch.rand(len(index), k, generator=gen)
    probs = probs / probs.sum(-1, keepdim=True) * 0.9
    ids = torch.randint(4, vocab, (len(index), k), generator=gen)
    target = torch.randint(4, vocab, (rows,), generator=gen)
    return refine(Prior(index, ids, probs), target, 1, vocab, 0.1, residual)


def _fairseq_prepared(sample: dict, fp16: bool = True) -> dict:
    """The sample as fairseq's Trainer._prepare_sample leaves it on a CPU run in half precision
    (on a GPU it also moves it with utils.move_to_cuda, the same apply_to_sample walk)."""
    trainer = SimpleNamespace(cfg=SimpleNamespace(common=SimpleNamespace(fp16=fp16, bf16=False)))
    return Trainer._fp_convert_sample(trainer, sample)


@pytest.mark.parametrize("residual", ["uniform", "model"])
def test_fairseqs_half_precision_cast_leaves_the_shipped_prior_float32(residual):
    targets = _targets(residual=residual)
    sample = {"net_input": {"x": torch.ones(2, dtype=torch.float32)},
              PRIOR_KEY: ShippedPrior(2, targets)}
    prepared = _fairseq_prepared(sample)
    # the cast is real: fairseq halves the sample's own float tensors
    assert prepared["net_input"]["x"].dtype == torch.float16
    shipped = prepared[PRIOR_KEY]
    assert isinstance(shipped, ShippedPrior) and isinstance(shipped.targets, RefinedTargets)
    for name, want in targets._asdict().items():
        got = getattr(shipped.targets, name)
        if torch.is_tensor(want):
            assert got.dtype == want.dtype and torch.equal(got, want), name
        else:
            assert got == want, name


def test_fairseqs_device_move_leaves_the_prior_to_the_criterion():
    moved = utils.apply_to_sample(lambda t: t + 1, {PRIOR_KEY: ShippedPrior(2, _targets())})
    assert torch.equal(moved[PRIOR_KEY].targets.cols, _targets().cols)


def test_the_pin_memory_thread_pins_the_shipped_prior(monkeypatch):
    """torch's DataLoader (fairseq's uses pin_memory=True) pins any object with a pin_memory()."""
    from torch.utils.data._utils.pin_memory import pin_memory

    pinned = []

    def fake_pin(self):  # a CPU-only torch cannot pin: record the call instead
        pinned.append(self)
        return self

    monkeypatch.setattr(RefinedTargets, "pin_memory", fake_pin)
    out = pin_memory({PRIOR_KEY: ShippedPrior(3, _targets()), "ntokens": 5})
    assert isinstance(out[PRIOR_KEY], ShippedPrior) and out[PRIOR_KEY].epoch == 3
    assert len(pinned) == 1 and pinned[0] is out[PRIOR_KEY].targets


def test_the_shipped_prior_crosses_the_worker_queue_intact():
    targets = _targets()
    for shipped in (ShippedPrior(2, targets), ShippedPrior(2, error="OSError: boom"), ShippedPrior(2)):
        back = pickle.loads(bytes(ForkingPickler.dumps(shipped)))
        assert (back.epoch, back.error) == (shipped.epoch, shipped.error)
        if shipped.targets is None:
            assert back.targets is None
        else:
            assert all(torch.equal(a, b) if torch.is_tensor(a) else a == b
                       for a, b in zip(back.targets, targets) if a is not None)


class _Refiner:
    def __init__(self, error: BaseException | None = None):
        self.error = error

    def read(self, store, layout, epoch):
        if self.error is not None:
            raise self.error
        return None


def _reader(error: BaseException | None) -> PriorReader:
    return PriorReader(SimpleNamespace(source=lambda epoch: epoch - 1), _Refiner(error))


def _layout() -> BatchLayout:
    return BatchLayout(torch.arange(3), np.arange(3), np.arange(3), np.arange(1), np.array([3]),
                       np.arange(3))


def test_an_out_of_memory_error_in_the_reader_goes_to_fairseqs_oom_handling():
    """fairseq's trainer recovers from a RuntimeError saying 'out of memory' raised in the
    forward; a store failure instead stops every rank. A device OOM while staging the prior is
    the former."""
    reader = _reader(torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB"))
    with pytest.raises(RuntimeError, match="out of memory"):
        reader.result(reader.submit(_layout(), 2))
    assert reader.failure is None
    reader.close()


def test_a_failed_read_is_kept_for_every_rank_not_raised_mid_step():
    reader = _reader(OSError(5, "Input/output error"))
    assert reader.result(reader.submit(_layout(), 2)) is None
    assert isinstance(reader.failure, OSError)
    reader.close()


def test_the_reader_thread_makes_the_ranks_device_current_first(monkeypatch):
    calls = []
    monkeypatch.setattr(torch.cuda, "set_device",
                        lambda d: calls.append((threading.current_thread().name, torch.device(d))))
    reader = _reader(None)
    reader._pool.submit(reader._read, _layout(), 2, torch.device("cuda", 1)).result()
    reader.close()
    assert calls and calls[0] == (calls[0][0], torch.device("cuda", 1))
    assert calls[0][0].startswith("pskd-read")


def test_the_writer_thread_makes_the_ranks_device_current_before_waiting_for_it(monkeypatch):
    events = []
    monkeypatch.setattr(torch.cuda, "set_device",
                        lambda d: events.append(("set_device", threading.current_thread().name, str(d))))

    class Ready:
        def synchronize(self):
            events.append(("synchronize", threading.current_thread().name, ""))
            raise RuntimeError("stop here: the rows themselves are not this test's business")

    store = SimpleNamespace(spec=SimpleNamespace(k=2))
    writer = RowWriter(store)
    host = torch.zeros(3, 2)
    writer._enqueue(_Batch(torch.device("cuda", 1), Ready(), {}, host.long(), host, 2))
    with pytest.raises(Exception, match="stop here"):
        writer.drain()
    writer.close()
    assert [e[0] for e in events] == ["set_device", "synchronize"]
    assert events[0][1:] == ("pskd-write", "cuda:1") and events[1][1] == "pskd-write"


# -- through the real CLI --------------------------------------------------------------------


def _args(data_bin, save, precision, *extra, workers=0):
    return [
        data_bin, *MODEL_ARGS, "--user-dir", USER_DIR, "--log-interval", "1",
        "--optimizer", "adam", "--lr", "2e-3", "--dropout", "0.1", "--max-tokens", "150",
        "--max-epoch", "3", "--save-dir", save, "--no-epoch-checkpoints", *FP16[precision],
        "--num-workers", str(workers), *extra,
    ]


def _pskd(residual):
    return ["--criterion", "pskd", "--pskd-alpha", "0.8", "--pskd-topk", "4",
            "--pskd-residual", residual, "--label-smoothing", "0.1"]


def _assert_finite_pskd_metrics(stats: dict[int, dict[str, str]], epochs) -> None:
    for epoch in epochs:
        for key in PSKD_METRICS:
            assert key in stats[epoch], f"epoch {epoch}: {key} not logged"
            assert math.isfinite(float(stats[epoch][key])), f"epoch {epoch}: {key} = {stats[epoch][key]}"


def _workers_and_thread_agree(data_bin, tmp_path, precision, crit, first_prior_epoch=2):
    logs = {w: fairseq("fairseq-train", *_args(data_bin, tmp_path / f"w{w}", precision, *crit,
                                                 workers=w)).stdout
            for w in (0, 2)}
    thread, workers = epoch_stats(logs[0]), epoch_stats(logs[2])
    if first_prior_epoch == 1:  # a stored teacher: a prior from epoch 1 on
        keys = ("loss", "nll_loss", *PSKD_METRICS)
        assert {k: workers[1].get(k) for k in keys} == {k: thread[1].get(k) for k in keys}
    # (the helper holds PS-KD's rule that epoch 1 logs no prior metrics: epoch 1 is compared above)
    assert_same_epochs(workers, thread, (2, 3) if first_prior_epoch == 1 else (1, 2, 3))
    _assert_finite_pskd_metrics(workers, range(first_prior_epoch, 4))
    _assert_finite_pskd_metrics(thread, range(first_prior_epoch, 4))
    assert "read by the data loader's workers" in logs[2]
    return logs


@pytest.mark.slow
@pytest.mark.parametrize("precision", list(FP16))
@pytest.mark.parametrize("residual", ["uniform", "model"])
def test_half_precision_trains_the_same_targets_with_and_without_workers(
    distinct_bin, tmp_path, precision, residual
):
    logs = _workers_and_thread_agree(distinct_bin, tmp_path, precision, _pskd(residual))
    assert float(epoch_stats(logs[2])[3]["pskd_prior"]) == 1.0


@pytest.mark.slow
@pytest.mark.parametrize("precision", list(FP16))
def test_half_precision_students_of_a_stored_teacher_train_the_same_targets_with_and_without_workers(
    distinct_bin, tmp_path, precision
):
    teacher = tmp_path / "teacher"
    fairseq("fairseq-train", *_args(distinct_bin, teacher, "fp16", "--criterion",
                                    "label_smoothed_cross_entropy", "--label-smoothing", "0.1"))
    store = tmp_path / "teacher_store"
    fairseq("pskd-store", "fill", distinct_bin, "--path", teacher / "checkpoint_last.pt",
            "--store-dir", store, "--topk", "4", "--max-tokens", "400", "--cpu", "--no-progress")
    crit = ["--criterion", "stored_kd", "--pskd-teacher-store", str(store), "--pskd-alpha", "0.5",
            "--label-smoothing", "0.1"]
    logs = _workers_and_thread_agree(distinct_bin, tmp_path, precision, crit, first_prior_epoch=1)
    assert float(epoch_stats(logs[2])[1]["pskd_prior"]) == 1.0


def test_fairseqs_sample_preparation_leaves_the_layout_whole():
    """fairseq's cast and device move do not enter the layout: the criterion moves it."""
    layout = BatchLayout(torch.arange(4), np.arange(4), np.arange(4), np.arange(1), np.array([4]),
                         np.arange(4))
    prepared = _fairseq_prepared({LAYOUT_KEY: layout})
    assert prepared[LAYOUT_KEY] is layout and layout.flat.dtype == torch.int64
    pinned = layout.pin_memory() if torch.cuda.is_available() else layout
    assert pinned.gold is layout.gold and torch.equal(pinned.flat, layout.flat)
    assert layout.to(torch.device("cpu")) is layout
