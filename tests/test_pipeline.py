"""The writer thread: a queue bounded in bytes, failures reported rather than raised mid-step,
threads that stop when training ends."""

import threading

import numpy as np
import pytest
import torch

from fairseq_pskd.layout import BatchLayout
from fairseq_pskd.pipeline import PriorReader, RowWriter
from fairseq_pskd.store import TopKStore
from fairseq_pskd.store_format import StoreError, make_stamp
from fairseq_pskd.targets import Refiner

SIZES = np.full(6, 4, dtype=np.int64)
K = 3


REFINER = Refiner(pad=None, vocab=50, epsilon=0.1, residual="uniform")


def _store(tmp_path):
    return TopKStore.open(tmp_path / "store", SIZES, 50, K, b"\3" * 32)


def _batch(sentence):
    """One sentence's layout and top-k, as the criterion hands them to the writer."""
    n = int(SIZES[sentence])
    layout = BatchLayout(flat=torch.arange(n), flat_host=np.arange(n), target=np.arange(n),
                         sentence_ids=np.array([sentence]), lengths=np.array([n]), gold=np.arange(n))
    top = torch.log_softmax(torch.randn(n, K), -1)
    return layout, top, torch.randint(0, 50, (n, K))


def _slowed(store):
    """Hold the writer thread inside its first write until the returned event is set."""
    gate = threading.Event()
    write_rows = store.write_rows

    def slow(*args, **kwargs):
        gate.wait(10)
        return write_rows(*args, **kwargs)

    store.write_rows = slow
    return gate


def test_the_write_queue_is_bounded_in_bytes_and_admits_one_batch_of_any_size(tmp_path):
    store = _store(tmp_path)
    gate = _slowed(store)
    one = _batch(0)
    nbytes = one[1].nelement() * 4 + one[2].nelement() * 8
    writer = RowWriter(store, max_pending_bytes=nbytes // 2)  # smaller than any batch
    writer.put_topk(one[0], one[1], one[2], epoch=1)  # an empty queue takes it all the same
    second = threading.Thread(target=writer.put_topk, args=(*_batch(1), 1))
    second.start()
    second.join(0.5)
    assert second.is_alive()  # waits: the first batch's bytes are still pending
    gate.set()
    second.join(10)
    assert not second.is_alive()
    assert writer.commit(make_stamp(1, 1)) == 2
    assert list(np.flatnonzero(store.epoch_tags(1))) == [0, 1]
    writer.close()


def test_a_write_that_fails_is_reported_and_raised_at_commit_never_in_put(tmp_path):
    store = _store(tmp_path)

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    store.write_rows = full_disk
    writer = RowWriter(store)
    writer.put_topk(*_batch(0), epoch=1)  # the failure comes later, on the writer thread
    with pytest.raises(StoreError, match="writer failed: .*No space left on device"):
        writer.commit(make_stamp(1, 1))
    assert isinstance(writer.failure, OSError)
    writer.put_topk(*_batch(1), epoch=1)  # after a failure: nothing more is queued, nothing raised
    assert not store.epoch_tags(1).any()
    writer.close()


def test_a_failed_read_gives_no_prior_and_is_kept(tmp_path):
    store = _store(tmp_path)
    reader = PriorReader(store, REFINER)
    layout, _, _ = _batch(2)
    layout.gold = layout.gold + 1  # not what any stored row was made for
    store.write(np.array([2]), SIZES[[2]], np.arange(4), np.zeros((4, K)), np.full((4, K), 0.1), epoch=1)
    assert reader.result(reader.submit(layout, 2)) is None
    assert isinstance(reader.failure, StoreError) and "does not belong" in str(reader.failure)
    reader.close()


def test_closing_stops_the_threads(tmp_path):
    store = _store(tmp_path)
    before = set(threading.enumerate())  # other tests' runs may still hold theirs until exit
    writer, reader = RowWriter(store), PriorReader(store, REFINER)
    writer.put_topk(*_batch(3), epoch=1)
    reader.submit(_batch(3)[0], 2).result()
    ours = [t for t in set(threading.enumerate()) - before if t.name.startswith(("pskd-write", "pskd-read"))]
    assert len(ours) == 2
    writer.close()
    reader.close()
    assert not any(t.is_alive() for t in ours)


def _predictions(sentence, vocab=50):
    """One sentence's layout and full log-probs [n + 2 padding rows, V], as the criterion has them."""
    layout, _, _ = _batch(sentence)
    return layout, torch.log_softmax(torch.randn(int(SIZES[sentence]) + 2, vocab), -1)


def _topk_threads(monkeypatch):
    """The names of the threads device_topk runs on."""
    from fairseq_pskd import pipeline

    names, topk = [], pipeline.device_topk

    def recorded(*args, **kwargs):
        names.append(threading.current_thread().name)
        return topk(*args, **kwargs)

    monkeypatch.setattr(pipeline, "device_topk", recorded)
    return names


def test_on_cpu_the_writer_thread_takes_the_top_k_and_stores_what_the_training_thread_would(
    tmp_path, monkeypatch
):
    names = _topk_threads(monkeypatch)
    layout, lprobs = _predictions(1)
    writer = RowWriter(_store(tmp_path))
    writer.put(layout, lprobs, epoch=1)
    writer.commit(make_stamp(1, 1))
    writer.close()
    assert names == ["pskd-write"]

    twin = TopKStore.open(tmp_path / "twin", SIZES, 50, K, b"\3" * 32)
    other = RowWriter(twin)
    lp, ids = torch.topk(lprobs, K, dim=-1)
    other.put_topk(layout, lp[layout.flat], ids[layout.flat], epoch=1)
    other.commit(make_stamp(1, 1))
    other.close()
    for store in (writer.store, twin):
        store.flush_rows(1)
    got = writer.store.read(np.array([1]), SIZES[[1]], layout.gold, 2)
    want = twin.read(np.array([1]), SIZES[[1]], layout.gold, 2)
    assert got[0].all() and want[0].all()
    order_got, order_want = np.argsort(got[1], -1), np.argsort(want[1], -1)
    np.testing.assert_array_equal(np.take_along_axis(got[1], order_got, -1),
                                  np.take_along_axis(want[1], order_want, -1))
    np.testing.assert_array_equal(np.take_along_axis(got[2], order_got, -1),
                                  np.take_along_axis(want[2], order_want, -1))


def test_predictions_larger_than_the_write_queue_take_the_top_k_on_the_training_thread(
    tmp_path, monkeypatch
):
    # holding them for the writer would cost more memory than the queue's bound allows
    names = _topk_threads(monkeypatch)
    layout, lprobs = _predictions(2)
    writer = RowWriter(_store(tmp_path), max_pending_bytes=lprobs.nelement() * 4 - 1)
    writer.put(layout, lprobs, epoch=1)
    assert writer.commit(make_stamp(1, 1)) == 1
    writer.close()
    assert names == [threading.current_thread().name]
