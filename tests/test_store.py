"""The on-disk top-k store: format, addressing, generations and the checks that refuse bad rows."""

import os

import numpy as np
import pytest

from fairseq_pskd import store_format as store_mod
from fairseq_pskd.lineage import Lineage
from fairseq_pskd.store import TopKStore
from fairseq_pskd.store_format import StoreError, id_dtype, make_stamp, read_header

K = 4


def _sizes(n=50, seed=0):
    return np.random.default_rng(seed).integers(1, 20, size=n)


def _open(tmp_path, sizes, vocab=1000, k=K, fp=b"\1" * 32, **kw):
    return TopKStore.open(tmp_path / "store", sizes, vocab, k, fp, **kw)


def _rows_for(sizes, sent_ids, vocab=1000, k=K, seed=1):
    rng = np.random.default_rng(seed)
    lengths = sizes[sent_ids]
    n = int(lengths.sum())
    gold = rng.integers(0, vocab, n)
    ids = rng.integers(0, vocab, (n, k))
    probs = rng.random((n, k)).astype(np.float16)
    return lengths, gold, ids, probs


def test_rows_written_in_an_epoch_read_back_in_the_next(tmp_path):
    sizes = _sizes()
    st = _open(tmp_path, sizes)
    sent = np.array([7, 3, 41, 0])
    lengths, gold, ids, probs = _rows_for(sizes, sent)
    st.write(sent, lengths, gold, ids, probs, epoch=1)

    # read back in another order: rows follow the sentences, not the write order
    order = np.array([2, 0, 3, 1])
    sent2 = sent[order]
    starts = np.concatenate([[0], np.cumsum(lengths)])
    perm = np.concatenate([np.arange(starts[i], starts[i + 1]) for i in order])
    usable, got_ids, got_probs = st.read(sent2, sizes[sent2], gold[perm], epoch=2)
    assert usable.all()
    assert np.array_equal(got_ids, ids[perm])
    assert np.array_equal(got_probs, probs[perm])


def test_rows_are_only_usable_in_the_epoch_right_after_they_were_written(tmp_path):
    sizes = _sizes()
    st = _open(tmp_path, sizes)
    sent = np.array([1, 2])
    lengths, gold, ids, probs = _rows_for(sizes, sent)
    st.write(sent, lengths, gold, ids, probs, epoch=3)
    assert st.read(sent, lengths, gold, epoch=4)[0].all()
    # epoch 5 reads the other generation; epoch 6 reads this one but wants tag 5
    assert not st.read(sent, lengths, gold, epoch=5)[0].any()
    assert not st.read(sent, lengths, gold, epoch=6)[0].any()
    # epoch 1 never has a prior, whatever the store holds
    assert not st.read(sent, lengths, gold, epoch=1)[0].any()
    # sentences never written fall back to the hard target
    other = np.array([9])
    assert not st.read(other, sizes[other], np.zeros(sizes[9], int), epoch=4)[0].any()


def test_writing_epoch_t_keeps_epoch_t_minus_1_readable(tmp_path):
    sizes = _sizes()
    st = _open(tmp_path, sizes)
    sent = np.arange(10)
    l1, g1, i1, p1 = _rows_for(sizes, sent, seed=1)
    st.write(sent, l1, g1, i1, p1, epoch=1)
    _, _, i2, p2 = _rows_for(sizes, sent, seed=2)
    st.write(sent, l1, g1, i2, p2, epoch=2)  # epoch 2 writes the other generation
    usable, ids, probs = st.read(sent, l1, g1, epoch=2)
    assert usable.all() and np.array_equal(ids, i1) and np.array_equal(probs, p1)
    usable, ids, _ = st.read(sent, l1, g1, epoch=3)
    assert usable.all() and np.array_equal(ids, i2)


def test_store_reopens_from_disk_with_its_rows(tmp_path):
    sizes = _sizes()
    st = _open(tmp_path, sizes)
    sent = np.array([5, 6])
    lengths, gold, ids, probs = _rows_for(sizes, sent)
    st.write(sent, lengths, gold, ids, probs, epoch=1)
    st.flush()
    del st
    st = _open(tmp_path, sizes)
    usable, got, _ = st.read(sent, lengths, gold, epoch=2)
    assert usable.all() and np.array_equal(got, ids)
    assert st.census(2).usable == 2 and st.census(2).total == len(sizes)


@pytest.mark.parametrize(
    "vocab,dtype",
    [(200, np.uint8), (256, np.uint8), (257, np.uint16), (65536, np.uint16), (65537, np.uint32)],
)
def test_ids_use_the_smallest_unsigned_type_that_holds_the_vocabulary(tmp_path, vocab, dtype):
    assert id_dtype(vocab) == np.dtype(dtype)
    sizes = _sizes(5)
    st = _open(tmp_path, sizes, vocab=vocab)
    sent = np.array([0, 4])
    lengths, gold, ids, probs = _rows_for(sizes, sent, vocab=vocab)
    ids[0, 0] = vocab - 1
    st.write(sent, lengths, gold, ids, probs, epoch=1)
    assert np.array_equal(st.read(sent, lengths, gold, epoch=2)[1], ids)
    _, spec, _ = read_header(tmp_path / "store" / "gen0.pskd")
    assert spec.id_dtype == np.dtype(dtype)


def test_disk_size_is_the_per_token_floor_plus_small_overheads(tmp_path):
    sizes = _sizes(2000)
    _open(tmp_path, sizes, vocab=10000, k=8)
    per_token = (tmp_path / "store" / "gen0.pskd").stat().st_size / sizes.sum()
    floor = 8 * (2 + 2) + 2  # K ids + K fp16 probs + the gold id
    assert floor <= per_token < floor * 1.1


def test_a_row_for_another_gold_token_is_an_error_not_a_target(tmp_path):
    sizes = _sizes()
    st = _open(tmp_path, sizes)
    sent = np.array([3, 8])
    lengths, gold, ids, probs = _rows_for(sizes, sent)
    st.write(sent, lengths, gold, ids, probs, epoch=1)
    bad = gold.copy()
    bad[lengths[0] + 1] += 1
    with pytest.raises(StoreError, match=r"sentence 8, position 1 .*--pskd-reset-store"):
        st.read(sent, lengths, bad, epoch=2)


def test_a_sentence_of_another_length_is_an_error(tmp_path):
    sizes = _sizes()
    st = _open(tmp_path, sizes)
    sent = np.array([3])
    with pytest.raises(StoreError, match="sentence 3 has"):
        st.read(sent, sizes[sent] + 1, np.zeros(sizes[3] + 1, int), epoch=2)


@pytest.mark.parametrize(
    "change,message",
    [
        (dict(vocab=999), "vocabulary size 1000"),
        (dict(k=8), "top-k 4"),
        (dict(fp=b"\2" * 32), "fingerprint"),
        (dict(sizes_delta=1), "target tokens"),
    ],
)
def test_a_store_made_for_another_run_is_refused_naming_the_mismatch(tmp_path, change, message):
    sizes = _sizes()
    _open(tmp_path, sizes)
    kw = dict(vocab=1000, k=K, fp=b"\1" * 32)
    kw.update({k: v for k, v in change.items() if k != "sizes_delta"})
    other = sizes.copy()
    other[0] += change.get("sizes_delta", 0)
    with pytest.raises(StoreError, match=message) as err:
        _open(tmp_path, other, **kw)
    assert "--pskd-reset-store" in str(err.value)
    # and --pskd-reset-store starts afresh
    st = _open(tmp_path, other, reset=True, **kw)
    assert st.census(2).usable == 0


def test_files_with_a_bad_magic_or_version_are_refused(tmp_path):
    sizes = _sizes()
    _open(tmp_path, sizes)
    path = tmp_path / "store" / "gen1.pskd"
    raw = bytearray(path.read_bytes()[:128])
    raw[8] = 99  # format version
    with open(path, "r+b") as f:
        f.write(raw)
    with pytest.raises(StoreError, match="format version 99"):
        _open(tmp_path, sizes)
    with open(path, "r+b") as f:
        f.write(b"NOTASTOR")
    with pytest.raises(StoreError, match="bad magic"):
        _open(tmp_path, sizes)


def test_an_incomplete_store_is_refused(tmp_path):
    sizes = _sizes()
    _open(tmp_path, sizes)
    (tmp_path / "store" / "gen1.pskd").unlink()
    with pytest.raises(StoreError, match="incomplete"):
        _open(tmp_path, sizes)


def test_a_creation_cut_short_before_the_index_is_made_anew(tmp_path):
    sizes = _sizes()
    st = _open(tmp_path, sizes)
    sent = np.array([1])
    st.write(sent, *_rows_for(sizes, sent), epoch=1)
    st.flush()
    (tmp_path / "store" / "index.pskd").unlink()  # as if killed before the index was renamed in
    st = _open(tmp_path, sizes)
    assert st.census(2).usable == 0
    assert np.array_equal(st.offsets[1:], np.cumsum(sizes))


def test_too_little_disk_fails_when_the_store_is_created(tmp_path, monkeypatch):
    class Usage:
        free = 1000

    monkeypatch.setattr(store_mod.shutil, "disk_usage", lambda _: Usage)
    with pytest.raises(StoreError, match="--pskd-store-dir"):
        _open(tmp_path, _sizes())
    assert not (tmp_path / "store" / "index.pskd").exists()


def test_forget_all_untags_every_row(tmp_path):
    sizes = _sizes()
    st = _open(tmp_path, sizes)
    sent = np.array([1, 2])
    lengths, gold, ids, probs = _rows_for(sizes, sent)
    st.write(sent, lengths, gold, ids, probs, epoch=1)
    st.forget_all()
    assert not st.read(sent, lengths, gold, epoch=2)[0].any()


def test_an_epoch_withdraws_the_tags_of_other_epochs_in_its_generation_before_writing(tmp_path):
    sizes = _sizes()
    st = _open(tmp_path, sizes)
    lengths, g, i, p = _rows_for(sizes, np.array([0, 1, 2]))
    st.write(np.array([0, 1, 2]), lengths, g, i, p, epoch=3)
    # epoch 6 takes epoch 3's generation: every epoch-3 tag goes before its first write
    assert st.untag_other_epochs(6) == 3
    assert st.census(4).usable == 0
    lengths, g, i, p = _rows_for(sizes, np.array([2]))
    st.write(np.array([2]), lengths, g, i, p, epoch=6)
    assert st.untag_other_epochs(6) == 0  # its own rows stay
    assert (st.census(7).usable, st.census(7).total) == (1, len(sizes))


def test_a_checkpoint_one_epoch_behind_still_finds_the_rows_it_needs(tmp_path):
    # killed in epoch 3 after a checkpoint in epoch 2: the resumed epoch 2 reads epoch 1's rows,
    # which epoch 3's writes must not have overwritten
    sizes = _sizes()
    st = _open(tmp_path, sizes)
    sent = np.arange(10)
    rows = {e: _rows_for(sizes, sent, seed=e) for e in (1, 2, 3)}
    for epoch, (lengths, g, i, p) in rows.items():
        st.write(sent, lengths, g, i, p, epoch=epoch, stamp=make_stamp(1, epoch))
    assert len(st.keep_lineage(2, True, Lineage.up_to(make_stamp(1, 2)))) == 10  # epoch 3's rows
    lengths, g, i1, p1 = rows[1]
    usable, ids, probs = st.read(sent, lengths, g, epoch=2)
    assert usable.all() and np.array_equal(ids, i1) and np.array_equal(probs, p1)


def test_a_resume_keeps_only_the_rows_committed_up_to_its_checkpoint(tmp_path):
    sizes = _sizes()
    st = _open(tmp_path, sizes)
    first, second = np.arange(0, 5), np.arange(5, 10)
    # epoch 1 committed in two halves (a mid-epoch checkpoint, then the epoch's end), then epoch
    # 2, then epoch 4 began over epoch 1's generation and a crash came before its commit
    st.write(first, *_rows_for(sizes, first, seed=1), epoch=1, stamp=make_stamp(1, 1))
    st.write(second, *_rows_for(sizes, second, seed=1), epoch=1, stamp=make_stamp(1, 2))
    both = np.arange(10)
    st.write(both, *_rows_for(sizes, both, seed=2), epoch=2, stamp=make_stamp(1, 3))
    # back to the mid-epoch-1 checkpoint: its half of epoch 1 stays, the rest was committed later
    assert len(st.keep_lineage(1, True, Lineage.up_to(make_stamp(1, 1)))) == 5 + 10
    tags = st.epoch_tags(st.generation_of(1))
    assert sorted(np.flatnonzero(tags == 1)) == list(first)
    assert not st.epoch_tags(st.generation_of(2)).any()


def test_a_resume_withdraws_what_a_later_session_committed(tmp_path):
    # an epoch run again in session 2 after a restore, then a restore of session 1's checkpoint:
    # session 2's rows are of the same epoch but not this checkpoint's past
    sizes = _sizes()
    st = _open(tmp_path, sizes)
    sent = np.arange(6)
    st.write(sent, *_rows_for(sizes, sent, seed=1), epoch=1, stamp=make_stamp(1, 1))
    st.write(sent[:3], *_rows_for(sizes, sent[:3], seed=9), epoch=1, stamp=make_stamp(2, 1))
    assert len(st.keep_lineage(2, False, Lineage.up_to(make_stamp(1, 1)))) == 3
    assert st.census(2).usable == 3


def test_a_resume_keeps_only_its_lineages_sessions_by_nonce_and_commit(tmp_path):
    """Session 2 of this checkpoint's past is not the store's session 2 (another timeline reused
    the number): its rows go, however early their stamps; session 1's rows stay up to the last
    commit the checkpoint saw."""
    from fairseq_pskd.lineage import Segment

    sizes = _sizes()
    st = _open(tmp_path, sizes)
    st.run_id = "ab" * 16
    st.write_sessions({1: "one", 2: "other-two"}, writing=False)
    sent = np.arange(9)
    st.write(sent[:3], *_rows_for(sizes, sent[:3]), epoch=1, stamp=make_stamp(1, 2))
    st.write(sent[3:6], *_rows_for(sizes, sent[3:6]), epoch=1, stamp=make_stamp(1, 5))
    st.write(sent[6:], *_rows_for(sizes, sent[6:]), epoch=1, stamp=make_stamp(2, 1))
    past = Lineage((Segment(1, "one", 4), Segment(2, "two", 9)))
    withdrawn = st.keep_lineage(2, False, past)
    assert sorted(withdrawn.tolist()) == [make_stamp(1, 5)] * 3 + [make_stamp(2, 1)] * 3
    assert sorted(np.flatnonzero(st.epoch_tags(st.generation_of(1)) == 1)) == [0, 1, 2]


def test_equal_tags_give_equal_digests_and_a_later_stamp_changes_it(tmp_path):
    sizes = _sizes()
    a = _open(tmp_path / "a", sizes)
    b = _open(tmp_path / "b", sizes)
    sent = np.arange(4)
    for st in (a, b):
        st.write(sent, *_rows_for(sizes, sent), epoch=2, stamp=make_stamp(1, 5))
    assert a.tags_digest(2) == b.tags_digest(2)
    b.tag(sent[:1], 2, make_stamp(2, 1))
    assert a.tags_digest(2) != b.tags_digest(2)


def test_rewriting_a_committed_row_withdraws_and_syncs_its_tag_before_the_row_changes(tmp_path):
    """After a mid-epoch resume fairseq re-batches the epoch, so a sentence committed before the
    checkpoint can be trained again after it: a kill before the next commit (or inside the write)
    must not leave the old tag over the new row."""
    sizes = _sizes()
    st = _open(tmp_path, sizes)
    sent = np.array([4, 9])
    old = _rows_for(sizes, sent, seed=1)
    st.write(sent, *old, epoch=2, stamp=make_stamp(1, 3))
    seen = []
    flush_tags = st.flush_tags

    def spy(epoch=None):
        # at the sync, the tag is gone and the row is still the committed one
        ids = st.read(sent, sizes[sent], old[1], epoch=3)[1]
        seen.append((st.epoch_tags(st.generation_of(2))[sent].tolist(), ids))
        flush_tags(epoch)

    st.flush_tags = spy
    new = _rows_for(sizes, sent, seed=2)
    assert st.write_rows(sent[:1], new[0][:1], *(a[: new[0][0]] for a in new[1:]), epoch=2) == 1
    assert seen and seen[0][0] == [0, 2]
    assert np.array_equal(seen[0][1], old[2])  # nothing of the new row was written yet
    assert not st.read(sent, sizes[sent], old[1], epoch=3)[0][: sizes[4]].any()
    # the other sentence keeps its committed row, and untagged rows are written as before
    assert st.read(sent, sizes[sent], old[1], epoch=3)[0][sizes[4]:].all()
    assert st.write_rows(sent[:1], new[0][:1], *(a[: new[0][0]] for a in new[1:]), epoch=2) == 0


def test_rows_are_unusable_until_tagged(tmp_path):
    sizes = _sizes()
    st = _open(tmp_path, sizes)
    sent = np.array([5, 6])
    lengths, gold, ids, probs = _rows_for(sizes, sent)
    st.write_rows(sent, lengths, gold, ids, probs, epoch=1)
    assert not st.read(sent, lengths, gold, epoch=2)[0].any()
    st.tag(sent, 1, make_stamp(1, 1))
    assert st.read(sent, lengths, gold, epoch=2)[0].all()


def test_run_id_and_session_live_in_the_index_header(tmp_path):
    sizes = _sizes()
    st = _open(tmp_path, sizes)
    assert (st.run_id, st.session) == ("", 0)
    sent = np.array([1])
    st.write(sent, *_rows_for(sizes, sent), epoch=1)
    run = st.start_run()
    assert not st.read(sent, sizes[sent], _rows_for(sizes, sent)[1], epoch=2)[0].any()
    st.set_run(run, 7)
    again = _open(tmp_path, sizes)
    assert (again.run_id, again.session) == (run, 7)
    # the header's other fields still check out
    assert read_header(tmp_path / "store" / "index.pskd")[1] == again.spec
    st.write_watermark(epoch=3, updates=40)
    assert again.read_watermark() == {"run_id": run, "epoch": 3, "updates": 40}


def test_the_lock_admits_one_holder_and_names_it(tmp_path):
    from fairseq_pskd.lock import StoreBusy, StoreLock

    (tmp_path / "store").mkdir()
    first = StoreLock(tmp_path / "store")
    first.acquire("job-a")
    second = StoreLock(tmp_path / "store")
    with pytest.raises(StoreBusy, match=r"pid \d+, started"):
        second.acquire("job-b")
    assert second.owner()["job"] == "job-a"
    first.release()  # as the kernel does when the holder dies
    second.acquire("job-b")
    assert second.owner()["job"] == "job-b"


def test_a_store_made_for_another_ignore_prefix_size_is_refused_naming_the_flag(tmp_path):
    sizes = _sizes()
    _open(tmp_path, sizes)
    with pytest.raises(StoreError, match=r"made for whole targets \(this run has --ignore-prefix-size 1\)"):
        _open(tmp_path, np.maximum(sizes - 1, 0), prefix=1)
    fresh = _open(tmp_path / "other", np.maximum(sizes - 1, 0), prefix=1)
    assert read_header(tmp_path / "other" / "store" / "index.pskd")[1] == fresh.spec


def test_the_lock_can_be_probed_without_taking_it(tmp_path):
    from fairseq_pskd.lock import StoreLock

    (tmp_path / "store").mkdir()
    looker = StoreLock(tmp_path / "store")
    assert looker.probe() == (None, {})  # no lock file: no run ever claimed the store
    holder = StoreLock(tmp_path / "store")
    holder.acquire("job-a")
    held, owner = looker.probe()
    assert held and owner["job"] == "job-a"
    holder.release()
    held, owner = looker.probe()
    assert held is False and owner["job"] == "job-a"  # the last holder stays named
    holder.acquire("job-b")  # probing never left the lock taken


def test_open_and_verify_share_one_check_of_the_files(tmp_path):
    sizes = _sizes()
    _open(tmp_path, sizes)
    directory = tmp_path / "store"
    assert store_mod.check_files(directory) == []
    (directory / "gen0.pskd").rename(directory / "tmp")
    (directory / "gen1.pskd").rename(directory / "gen0.pskd")
    (directory / "tmp").rename(directory / "gen1.pskd")
    problems = store_mod.check_files(directory)
    assert len(problems) == 2 and all("not what its name says" in p for p in problems)
    with pytest.raises(StoreError, match="gen0.pskd has file kind 1, generation 1"):
        _open(tmp_path, sizes)


def test_fairseqs_private_token_file_is_read_behind_one_guard(tmp_path):
    import torch
    from fairseq.data.indexed_dataset import MMapIndexedDataset, MMapIndexedDatasetBuilder

    from fairseq_pskd.fairseq_internals import FairseqInternalsChanged, mapped_tokens, token_buffer

    builder = MMapIndexedDatasetBuilder(str(tmp_path / "t.bin"), dtype=np.uint16)
    for sentence in ([5, 6, 7, 2], [8, 2], [9, 10, 11, 12, 2]):
        builder.add_item(torch.tensor(sentence))
    builder.finalize(str(tmp_path / "t.idx"))
    dataset = MMapIndexedDataset(str(tmp_path / "t"))
    tokens, starts = mapped_tokens(dataset, 1, 3)
    assert [tokens[s : s + n].tolist() for s, n in zip(starts, (2, 5))] == [[8, 2], [9, 10, 11, 12, 2]]
    assert bytes(token_buffer(dataset)) == tokens.tobytes()
    assert token_buffer([1, 2]) is None and mapped_tokens([1, 2], 0, 1) is None  # not fairseq's mapped
    del dataset._bin_buffer  # as if a fairseq release renamed it
    changed = r"fairseq \S+'s MMapIndexedDataset has no attribute '_bin_buffer'"
    with pytest.raises(FairseqInternalsChanged, match=changed):
        token_buffer(dataset)


def test_a_copy_on_write_disk_without_room_for_a_rewrite_is_refused_at_startup(tmp_path, monkeypatch):
    sizes = _sizes()
    _open(tmp_path, sizes)
    monkeypatch.setattr(store_mod, "is_copy_on_write", lambda path: True)
    monkeypatch.setattr(store_mod, "describe_filesystem", lambda path: "btrfs at /data")
    usage = store_mod.shutil.disk_usage(tmp_path)
    monkeypatch.setattr(store_mod.shutil, "disk_usage", lambda p: usage._replace(free=100))
    with pytest.raises(StoreError, match=r"on btrfs at /data, a copy-on-write filesystem: .*SIGBUS"):
        _open(tmp_path, sizes)
    # read-only users (the data loader's workers, the inspector) write nothing: no check
    assert _open(tmp_path, sizes, writable=False)


def test_new_store_files_on_btrfs_are_made_no_copy_on_write_before_any_block(tmp_path, monkeypatch):
    marked = []
    monkeypatch.setattr(store_mod, "filesystem_of", lambda path: ("btrfs", "/"))
    monkeypatch.setattr(store_mod, "set_nocow", lambda fd: marked.append(os.fstat(fd).st_size))
    _open(tmp_path, _sizes())
    assert marked == [0] * 4  # the index and three generations, each still empty


def test_a_file_truncated_under_the_store_is_an_error_naming_it_not_a_fault(tmp_path):
    sizes = _sizes()
    st = _open(tmp_path, sizes)
    sent = np.array([1, 2])
    lengths, gold, ids, probs = _rows_for(sizes, sent)
    st.write(sent, lengths, gold, ids, probs, epoch=1)
    os.truncate(tmp_path / "store" / "gen1.pskd", 128)
    with pytest.raises(StoreError, match=r"gen1.pskd is 128 bytes, \d+ expected: it was truncated"):
        st.read(sent, lengths, gold, epoch=2)
    with pytest.raises(StoreError, match="gen1.pskd is 128 bytes"):
        st.write_rows(sent, lengths, gold, ids, probs, epoch=1)
