"""The epoch exchange's rule on one directory's side, without a network: a received row replaces
an older one only after the older one's tag is withdrawn, and its own tag waits for the end."""

import numpy as np

from fairseq_pskd.distributed import _apply_payload, _chunk_payloads
from fairseq_pskd.store import TopKStore
from fairseq_pskd.store_format import make_stamp

SIZES = np.array([3, 5, 2, 4], dtype=np.int64)


def _store(path, seed):
    st = TopKStore.open(path, SIZES, 100, 4, b"\2" * 32)
    rng = np.random.default_rng(seed)
    n = int(SIZES.sum())
    st.write_rows(np.arange(4), SIZES, rng.integers(0, 100, n), rng.integers(0, 100, (n, 4)),
                  rng.random((n, 4)).astype(np.float16), epoch=2)
    return st


def test_a_received_row_wins_only_over_an_older_or_missing_one_and_is_tagged_later(tmp_path):
    sender, local = _store(tmp_path / "a", seed=1), _store(tmp_path / "b", seed=2)
    sender.tag(np.arange(4), 2, make_stamp(2, 3))
    local.tag(np.array([0]), 2, make_stamp(1, 7))  # older: loses its row
    local.tag(np.array([1]), 2, make_stamp(3, 1))  # later: keeps it
    # sentence 2 has no committed row here; sentence 3 holds another epoch's tag
    local.tag(np.array([3]), 5, make_stamp(1, 1))
    before = [a.copy() for a in local.rows_of(np.array([1]), 2)]
    written = np.zeros(4, np.int64)
    (payload,) = _chunk_payloads(sender, 2, np.arange(4))
    assert _apply_payload(local, 2, payload, written) == 3
    # the replaced row's old tag is gone; the new rows carry no tag until the exchange's end,
    # when their rows are synced (exchange_epoch)
    tags = local.epoch_tags(local.generation_of(2))
    assert list(tags) == [0, 2, 0, 0]
    assert list(written) == [make_stamp(2, 3), 0, make_stamp(2, 3), make_stamp(2, 3)]
    for got, want in zip(local.rows_of(np.array([0, 2, 3]), 2), sender.rows_of(np.array([0, 2, 3]), 2)):
        assert np.array_equal(got, want)
    for got, want in zip(local.rows_of(np.array([1]), 2), before):
        assert np.array_equal(got, want)
    # the same payload again (from a third directory, say) changes nothing more
    assert _apply_payload(local, 2, payload, written) == 0
