"""Distilling from a stored teacher: `pskd-store fill` then `--criterion stored_kd
--pskd-teacher-store`, through the installed commands, against an independent dense reference
computed from the checkpoints."""

import shutil

import numpy as np
import pytest
import torch

from fairseq_pskd.store_format import read_header
from fairseq_pskd.teacher_store import TeacherStore

from conftest import MODEL_ARGS, USER_DIR, epoch_stats, fairseq
from reference import EPS, reference_losses

pytestmark = pytest.mark.slow  # every test runs fairseq

TEACHER_K, ALPHA = 4, 0.5
STORE_FILES = ("index.pskd", "teacher.pskd")


def fill(data_bin, paths, store, *extra, check=True):
    return fairseq("pskd-store", "fill", data_bin, "--path", ":".join(map(str, paths)),
                   "--store-dir", store, "--topk", TEACHER_K, "--max-tokens", "400", "--cpu",
                   "--no-progress", *extra, check=check)


def student_args(data_bin, store, save, epochs=1):
    """A student from scratch with a vanishing learning rate and no dropout: its weights stay those
    of its first checkpoint, so its epoch loss can be recomputed from that checkpoint."""
    return [
        data_bin, *MODEL_ARGS, "--user-dir", USER_DIR, "--criterion", "stored_kd",
        "--pskd-teacher-store", store, "--pskd-alpha", ALPHA, "--label-smoothing", EPS,
        "--optimizer", "adam", "--lr", "1e-12", "--dropout", "0", "--max-tokens", "800",
        "--max-epoch", epochs, "--save-dir", save, "--seed", "7",
    ]


@pytest.fixture(scope="module")
def teacher_store(data_bin, pretrained, tmp_path_factory):
    store = tmp_path_factory.mktemp("teacher") / "store"
    return store, fill(data_bin, [pretrained], store).stdout


@pytest.fixture(scope="module")
def student(data_bin, teacher_store, tmp_path_factory):
    save = tmp_path_factory.mktemp("student")
    log = fairseq("fairseq-train", *student_args(data_bin, teacher_store[0], save, epochs=2)).stdout
    return save, log


def test_student_loss_equals_the_dense_reference_from_the_teacher_checkpoint(
        data_bin, pretrained, teacher_store, student):
    store, out = teacher_store
    assert "complete" in out and "not complete" not in out, out
    save, log = student
    train = epoch_stats(log)
    ref = reference_losses(save / "checkpoint1.pt", data_bin, ALPHA, teachers=[pretrained], k=TEACHER_K)
    own = reference_losses(save / "checkpoint1.pt", data_bin, ALPHA, k=TEACHER_K)
    # the teacher's targets are far from the student's own, or this could not tell them apart
    assert abs(ref["pskd"] - own["pskd"]) > 0.05 and abs(ref["pskd"] - ref["ls"]) > 0.05
    for epoch in (1, 2):  # the teacher is read from epoch 1 on, with a constant alpha
        assert float(train[epoch]["pskd_prior"]) == 1.0
        assert float(train[epoch]["pskd_alpha"]) == pytest.approx(ALPHA, abs=1e-4)
        assert float(train[epoch]["loss"]) == pytest.approx(ref["pskd"], abs=2e-3)
        assert float(train[epoch]["pskd_kl"]) == pytest.approx(ref["kl"], abs=2e-3)
    # nothing is written by a student: no store of its own, the teacher store untouched
    assert not (save / "pskd_store").exists()
    assert "teacher store" in log and "PS-KD epoch" not in log.split("teacher store")[0][-200:]


def test_an_ensemble_stores_the_mean_of_its_models_probabilities(data_bin, pretrained, student, tmp_path):
    other = student[0] / "checkpoint1.pt"  # a second, very different model of the same data
    store = tmp_path / "ensemble"
    fill(data_bin, [pretrained, other], store)
    _, spec, _ = read_header(store / "index.pskd")
    ts = TeacherStore(store, spec, writable=False)
    from reference import _load

    models = [_load(p, data_bin) for p in (pretrained, other)]
    task = models[0][1]
    task.load_dataset("train")
    ds = task.dataset("train")
    ids = np.arange(0, 40)
    sample = ds.collater([ds[int(i)] for i in ids])
    with torch.no_grad():
        probs = torch.stack([m.get_normalized_probs(m(**sample["net_input"]), log_probs=False)
                             for m, _ in models]).double().mean(0)
    pad = task.target_dictionary.pad()
    keep = sample["target"].ne(pad)
    want_p, want_i = probs[keep].topk(TEACHER_K, -1)
    gold, id_rows, prob_rows = ts.rows_of(sample["id"].numpy(), TeacherStore.FILLED)
    n = len(gold)
    got_i = torch.from_numpy(id_rows.view(spec.id_dtype).reshape(n, TEACHER_K).astype(np.int64))
    got_p = torch.from_numpy(prob_rows.view(np.float16).reshape(n, TEACHER_K).astype(np.float64))
    # rows come sentence after sentence in the order asked; the batch's mask is row-major too
    assert np.array_equal(gold, sample["target"][keep].numpy())
    order = got_p.argsort(-1, descending=True)
    got_p, got_i = got_p.gather(1, order), got_i.gather(1, order)
    assert torch.allclose(got_p, want_p, atol=2e-3)
    assert (got_i == want_i).float().mean() > 0.99  # near-ties may swap in float16
    # and it is not either model alone
    single = models[0][0].get_normalized_probs(models[0][0](**sample["net_input"]), log_probs=False)
    assert not torch.allclose(got_p, single.double()[keep].topk(TEACHER_K, -1)[0], atol=2e-2)


def test_a_resumed_fill_writes_the_same_bytes_as_an_uninterrupted_one(
        data_bin, pretrained, teacher_store, tmp_path):
    store = tmp_path / "resumed"
    out = fill(data_bin, [pretrained], store, "--max-batches", "3").stdout
    assert "not complete" in out
    _, spec, _ = read_header(store / "index.pskd")
    ts = TeacherStore(store, spec, writable=True)
    tags = ts.epoch_tags(0)
    assert 0 < np.count_nonzero(tags) < spec.num_sentences
    # a kill between a write and its commit: rows of untagged sentences hold garbage
    untagged = np.flatnonzero(tags == 0)[:50]
    rows = ts.lengths_of(untagged)
    ts.write_rows(untagged, rows, np.zeros(int(rows.sum())), np.ones((int(rows.sum()), TEACHER_K)),
                  np.full((int(rows.sum()), TEACHER_K), 0.5), TeacherStore.FILLED)
    ts.flush()
    del ts
    # a student refuses the unfinished store, naming what to run
    r = fairseq("fairseq-train", *student_args(data_bin, store, tmp_path / "s"), check=False)
    assert r.returncode != 0 and "fill is not finished" in r.stdout + r.stderr
    out = fill(data_bin, [pretrained], store).stdout
    assert "; complete" in out, out
    for name in STORE_FILES:
        assert (store / name).read_bytes() == (teacher_store[0] / name).read_bytes(), name


def test_a_foreign_dictionary_another_teacher_and_another_data_bin_are_refused(
        data_bin, distinct_bin, pretrained, uninterrupted, teacher_store, student, tmp_path):
    foreign = uninterrupted[0] / "checkpoint_last.pt"  # trained on another data-bin
    r = fill(data_bin, [foreign], tmp_path / "x", check=False)
    assert r.returncode == 2
    assert "dictionary" in r.stderr and str(data_bin) in r.stderr, r.stderr
    # another teacher into a store already filled: refused, the rows are not mixed
    copy = tmp_path / "copy"
    shutil.copytree(teacher_store[0], copy)
    r = fill(data_bin, [student[0] / "checkpoint1.pt"], copy, check=False)
    assert r.returncode == 2 and "another teacher" in r.stderr, r.stderr
    # a student on another data-bin refuses the store at startup
    r = fairseq("fairseq-train", *student_args(distinct_bin, teacher_store[0], tmp_path / "d"),
                check=False)
    assert r.returncode != 0 and "teacher store" in r.stdout + r.stderr
    assert "sentence count" in r.stdout + r.stderr or "fingerprint" in r.stdout + r.stderr
    # the teacher store is not a PS-KD store, and a PS-KD run is told so
    args = student_args(data_bin, teacher_store[0], tmp_path / "p")
    i = args.index("--pskd-teacher-store")
    args[i] = "--pskd-store-dir"
    args[args.index("stored_kd")] = "pskd"
    r = fairseq("fairseq-train", *args, check=False)
    assert r.returncode != 0 and "is a teacher store" in r.stdout + r.stderr


def test_the_store_inspector_reads_a_teacher_store(data_bin, teacher_store):
    store = teacher_store[0]
    info = fairseq("pskd-store", "info", store).stdout
    assert "teacher store" in info and "complete" in info and "NOT complete" not in info
    verify = fairseq("pskd-store", "verify", store, "--data", data_bin).stdout
    assert verify.startswith("OK: the teacher store"), verify
    show = fairseq("pskd-store", "show", store, "--data", data_bin, "--sentence", "3").stdout
    assert "the teacher's row" in show and f"top-{TEACHER_K}" in show
