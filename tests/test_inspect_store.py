"""`pskd-store` on a store made by a real fairseq-train --criterion pskd run: info, show, verify,
and verify catching corrupted rows."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from fairseq_pskd.store import TopKStore
from fairseq_pskd.store_format import read_header
from pskd_tools.evaluation import inspect_store

from conftest import MODEL_ARGS, USER_DIR, fairseq

pytestmark = pytest.mark.slow  # a trained store (fairseq-train) or the pskd-store command

COMMAND = Path(sys.executable).parent / "pskd-store"


@pytest.fixture(scope="module")
def trained(data_bin, tmp_path_factory) -> Path:
    """The store of a 2-epoch PS-KD run: gen1 tagged epoch 1, gen2 tagged epoch 2."""
    save = tmp_path_factory.mktemp("inspect")
    fairseq(
        "fairseq-train", data_bin, *MODEL_ARGS, "--user-dir", USER_DIR,
        "--criterion", "pskd", "--pskd-alpha", "0.8", "--pskd-topk", "4", "--label-smoothing", "0.1",
        "--optimizer", "adam", "--lr", "3e-3", "--max-tokens", "800", "--max-epoch", "2",
        "--save-dir", save, "--no-epoch-checkpoints", "--no-save-optimizer-state",
    )
    return save / "pskd_store"


def pskd_store(*args) -> subprocess.CompletedProcess:
    if not COMMAND.exists():
        pytest.fail(f"{COMMAND} is missing: the console scripts are not installed; "
                    f"rerun `bash scripts/setup.sh`")
    return subprocess.run([str(COMMAND), *map(str, args)], capture_output=True, text=True)


@pytest.fixture
def copy(trained, tmp_path) -> Path:
    """A copy of the trained store to corrupt."""
    return Path(shutil.copytree(trained, tmp_path / "store"))


def test_info_shows_header_lock_watermark_and_census(trained):
    out = pskd_store("info", trained)
    assert out.returncode == 0, out.stderr
    store = TopKStore(trained, read_header(trained / "index.pskd")[1], writable=False)
    tagged = {g: int(np.count_nonzero(store.epoch_tags(g))) for g in range(3)}
    assert tagged[1] > 0 and tagged[2] > 0 and tagged[0] == 0
    assert f"V={store.spec.vocab_size}, K=4" in out.stdout
    assert f"{store.spec.num_sentences} sentences" in out.stdout
    assert f"gen1: epoch 1: {tagged[1]} sentences (usable in epoch 2)" in out.stdout
    assert f"gen2: epoch 2: {tagged[2]} sentences (usable in epoch 3)" in out.stdout
    assert "gen0: untagged: " in out.stdout
    assert '"epoch": 2' in out.stdout  # the watermark
    assert "lock: free (last holder: host" in out.stdout  # the run ended: its flock is gone


def test_info_sees_a_held_lock(trained):
    from fairseq_pskd.lock import StoreLock

    lock = StoreLock(trained)
    lock.acquire("job-under-test")
    try:
        out = pskd_store("info", trained)
    finally:
        lock.release()
    assert out.returncode == 0, out.stderr
    assert "lock: HELD by a running job" in out.stdout and "job-under-test" in out.stdout


def test_show_prints_gold_and_decoded_top_k(trained, data_bin):
    out = pskd_store("show", trained, "--data", data_bin, "--sentence", 5)
    assert out.returncode == 0, out.stderr
    data = inspect_store.load_train_data(data_bin)
    gold = data.tokens(5, 6)
    assert "sentence 5, row of epoch 2" in out.stdout  # the newest row by default
    words = [data.dictionary[int(t)] for t in gold[:-1]]  # without </s>
    assert f"target: {' '.join(words)}" in out.stdout
    for pos, t in enumerate(gold):
        assert f"pos {pos:>3}  gold {data.dictionary[int(t)]}" in out.stdout
    assert out.stdout.count("top-4 mass") == len(gold)
    older = pskd_store("show", trained, "--data", data_bin, "--sentence", 5, "--epoch", 1)
    assert older.returncode == 0 and "row of epoch 1" in older.stdout
    missing = pskd_store("show", trained, "--data", data_bin, "--sentence", 5, "--epoch", 3)
    assert missing.returncode == 2 and "no row of epoch 3" in missing.stderr


def test_fingerprint_is_the_one_training_computed(trained, data_bin):
    data = inspect_store.load_train_data(data_bin)
    assert data.fingerprint() == read_header(trained / "index.pskd")[1].fingerprint


def test_verify_passes_on_the_trained_store(trained, data_bin):
    out = pskd_store("verify", trained, "--data", data_bin)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.startswith("OK: ")


def _generation(store_dir: Path, g: int, name: str) -> np.ndarray:
    spec = read_header(store_dir / "index.pskd")[1]
    offset, dtype, shape = spec.generation_layout()[name]
    return np.memmap(store_dir / f"gen{g}.pskd", dtype=dtype, mode="r+", offset=offset, shape=shape)


def _token(store_dir: Path, sentence: int, position: int) -> int:
    spec = read_header(store_dir / "index.pskd")[1]
    offsets = np.memmap(store_dir / "index.pskd", np.int64, "r", 128, (spec.num_sentences + 1,))
    return int(offsets[sentence]) + position


def test_verify_names_a_corrupt_gold_id(copy, data_bin):
    gold = _generation(copy, 2, "gold")
    t = _token(copy, 7, 2)
    gold[t] = (int(gold[t]) + 1) % 50 + 4
    gold.flush()
    out = pskd_store("verify", copy, "--data", data_bin)
    assert out.returncode == 1
    assert "first failure: gen2.pskd, sentence 7, position 2: gold id" in out.stdout
    assert "--pskd-reset-store" in out.stdout


def test_verify_names_a_corrupt_probability(copy, data_bin):
    probs = _generation(copy, 1, "probs")
    t = _token(copy, 11, 0)
    probs[t, 1] = np.float16(np.nan)
    probs[_token(copy, 12, 3), 0] = np.float16(1.5)  # a row whose mass exceeds 1
    probs.flush()
    out = pskd_store("verify", copy, "--data", data_bin)
    assert out.returncode == 1
    assert "first failure: gen1.pskd, sentence 11, position 0: probability: not finite" in out.stdout
    assert "sentence 12, position 3: probability mass" in out.stdout


def test_verify_tolerates_float16_rounding_above_one(copy, data_bin):
    probs = _generation(copy, 2, "probs")
    t = _token(copy, 3, 1)
    probs[t] = np.float16(0.0)
    probs[t, 0] = np.float16(1.0)
    probs[t, 1] = np.float16(0.003)  # mass 1.003: above 1, within what float16 rounding could reach
    probs.flush()
    out = pskd_store("verify", copy, "--data", data_bin)
    assert out.returncode == 0, out.stdout
    assert "note: 1 rows have a top-k mass" in out.stdout


def test_verify_refuses_a_store_of_other_data(copy, data_bin, distinct_bin):
    out = pskd_store("verify", copy, "--data", distinct_bin)
    assert out.returncode == 1
    assert "sentence count" in out.stdout and "--pskd-reset-store" in out.stdout


def test_verify_catches_a_truncated_generation(copy, data_bin):
    with open(copy / "gen0.pskd", "r+b") as f:
        f.truncate(1000)
    out = pskd_store("verify", copy, "--data", data_bin)
    assert out.returncode == 1 and "gen0.pskd is truncated" in out.stdout


def test_verify_works_chunk_by_chunk(trained, data_bin):
    """Small chunks split sentences' ranges differently; the verdict and the counts must not change."""
    data = inspect_store.load_train_data(data_bin)
    whole = inspect_store.verify(trained, data)
    chunked = inspect_store.verify(trained, data, chunk_tokens=7)
    assert whole.failures == chunked.failures == []
    assert whole.checked_rows == chunked.checked_rows
    assert whole.max_mass == pytest.approx(chunked.max_mass)


def test_missing_store_is_a_clear_error(tmp_path):
    out = pskd_store("info", tmp_path)
    assert out.returncode == 2 and "no PS-KD store in" in out.stderr and "--pskd-store-dir" in out.stderr


def test_show_decodes_through_the_data_bins_sentencepiece_model(trained, data_bin, tmp_path):
    import sentencepiece as spm

    bin_copy = Path(shutil.copytree(data_bin, tmp_path / "bin"))
    spm.SentencePieceTrainer.train(input=str(data_bin.parent / "raw" / "train.tgt"), model_type="word",
                                   model_prefix=str(bin_copy / "spm"), vocab_size=40, minloglevel=2)
    out = pskd_store("show", trained, "--data", bin_copy, "--sentence", 5)
    assert out.returncode == 0, out.stderr
    data = inspect_store.load_train_data(bin_copy)
    words = [data.dictionary[int(t)] for t in data.tokens(5, 6)[:-1]]
    decoded = spm.SentencePieceProcessor(model_file=str(bin_copy / "spm.model")).decode_pieces(words)
    assert f"  text:   {decoded}\n" in out.stdout


def test_show_ranks_a_row_stored_in_no_order_by_probability(copy, data_bin):
    """On a GPU the writer's top-k (sorted=False) stores each row in no particular order."""
    ids, probs = _generation(copy, 2, "ids"), _generation(copy, 2, "probs")  # epoch 2's rows
    row = _token(copy, 5, 0)
    ids[row], probs[row] = ids[row][::-1].copy(), probs[row][::-1].copy()
    ids.flush(), probs.flush()
    out = pskd_store("show", copy, "--data", data_bin, "--sentence", 5)
    assert out.returncode == 0, out.stderr
    first = out.stdout.split("pos   1")[0]
    printed = [float(m) for m in re.findall(r"^\s+\d+\. \S+\s+\d+\s+([0-9.]+)", first, re.M)]
    assert len(printed) == 4 and printed == sorted(printed, reverse=True)
    assert printed[0] == pytest.approx(float(probs[row].max()), abs=1e-4)
