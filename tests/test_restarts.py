"""Restarts the way users make them, on a corpus with length ties (every real corpus): fairseq
batches a resumed epoch anew, with seed + epoch, so sentences committed before a mid-epoch
checkpoint come round again after it. No tag may then vouch for a row it was not committed with."""

import re
import shutil

import numpy as np
import pytest

from fairseq_pskd.store import TopKStore
from fairseq_pskd.store_format import read_header

from conftest import MODEL_ARGS, USER_DIR, epoch_stats, fairseq, resume_args, run_until_killed

pytestmark = pytest.mark.slow  # every test trains with fairseq-train


def tied_args(data_bin, save_dir, *extra):
    """A PS-KD run on the 1000-sentence corpus (lengths tie), with a checkpoint every 4 updates."""
    return [
        data_bin, *MODEL_ARGS, "--user-dir", USER_DIR, "--log-interval", "1",
        "--criterion", "pskd", "--pskd-alpha", "0.8", "--pskd-topk", "4", "--label-smoothing", "0.1",
        "--optimizer", "adam", "--lr", "2e-3", "--dropout", "0.1", "--max-tokens", "800",
        "--max-epoch", "3", "--save-interval-updates", "4", "--no-epoch-checkpoints",
        "--save-dir", save_dir, *extra,
    ]


def _store(save_dir) -> TopKStore:
    directory = save_dir / "pskd_store"
    return TopKStore(directory, read_header(directory / "index.pskd")[1], writable=False)


def _committed(store: TopKStore, epoch: int) -> dict[int, bytes]:
    """Sentence id -> the bytes of its row, for every sentence tagged in `epoch`."""
    gen = store.generation_of(epoch)
    tagged = np.flatnonzero(store.epoch_tags(gen) == epoch)
    gold, ids, probs = store.rows_of(tagged, epoch)
    lengths = store.lengths_of(tagged)
    cuts = np.cumsum(lengths)[:-1]
    return {
        int(s): g.tobytes() + i.tobytes() + p.tobytes()
        for s, g, i, p in zip(tagged, np.split(gold, cuts), np.split(ids, cuts), np.split(probs, cuts))
    }


def test_a_mid_epoch_resume_killed_before_its_next_commit_leaves_no_tag_over_a_rewritten_row(
    data_bin, tmp_path
):
    args = tied_args(data_bin, tmp_path)
    first = run_until_killed(args, r"Saved checkpoint \S+checkpoint_2_\d+\.pt", "train_inner")
    resumed_at = int(re.findall(r"Saved checkpoint \S+checkpoint_2_(\d+)\.pt", first)[-1])
    before = _committed(_store(tmp_path), 2)
    assert before, "the mid-epoch checkpoint committed no row of epoch 2"

    # the resumed run trains three updates (its next commit is at the fourth) and is killed
    log = run_until_killed(args, r"Loaded checkpoint", rf"train_inner .* num_updates={resumed_at + 3},")
    assert re.search(r"Loaded checkpoint \S+checkpoint_last\.pt \(epoch 2 @ [1-9]\d* updates\)", log)
    after = _committed(_store(tmp_path), 2)
    changed = [s for s in after if after[s] != before.get(s)]
    assert not changed, f"tags of {len(changed)} sentences vouch for rows rewritten after the commit"
    # the re-batched epoch did bring committed sentences round again: their tags were withdrawn
    assert set(after) < set(before)

    # and the run finishes, counting what the re-batching cost honestly
    done = fairseq("fairseq-train", *args).stdout
    census = re.search(r"PS-KD epoch 3: (\d+) of (\d+) training sentences have a prediction", done)
    assert census and int(census.group(1)) == _store(tmp_path).census(3).usable
    assert "had their committed rows withdrawn before being written again" in done
    assert float(epoch_stats(done)[3]["pskd_prior"]) > 0.5


def _train_inner(log: str) -> list[dict[str, str]]:
    rows = []
    for line in log.splitlines():
        if "| train_inner |" in line:
            fields = line.split("| train_inner |", 1)[1]
            rows.append(dict(kv.strip().split("=", 1) for kv in fields.split(",") if "=" in kv))
    return rows


def test_reset_optimizer_keeps_alphas_course_on_an_update_schedule(distinct_bin, tmp_path):
    """--reset-optimizer restarts fairseq's update count at 0; alpha, counted in updates, must go
    on from the checkpoint's count rather than start again from 0."""
    args = [str(a) for a in resume_args(distinct_bin, tmp_path)]
    args[args.index("--max-epoch") + 1] = "0"
    args += ["--max-update", "30"]  # alpha = 0.8 * updates / 30
    run_until_killed(args, r"Saved checkpoint \S+checkpoint_2_12\.pt", "train_inner")
    log = fairseq("fairseq-train", *args, "--reset-optimizer").stdout
    assert "alpha keeps counting from the checkpoint's 12 updates" in log
    first = _train_inner(log)[0]
    assert int(first["num_updates"]) == 1  # fairseq's own count did restart
    # the step after the 12th update, as in an uninterrupted run (fairseq passes the count before it)
    assert float(first["pskd_alpha"]) == pytest.approx(0.8 * 12 / 30, abs=1e-4)


def test_a_resume_with_a_longer_run_says_how_alpha_changes(distinct_bin, tmp_path):
    args = [str(a) for a in resume_args(distinct_bin, tmp_path)]
    fairseq("fairseq-train", *args)
    longer = [*args, "--max-epoch", "6"]  # a later flag wins
    log = fairseq("fairseq-train", *longer).stdout
    assert ("this resume changes alpha's course: at epoch 4 alpha was 0.8 (epoch schedule to 0.8 "
            "at --max-epoch 3) and is now 0.5333 (epoch schedule to 0.8 at --max-epoch 6)") in log


def _epochs(data_bin, save_dir, max_epoch, *extra):
    """A PS-KD run with constant alpha and end-of-epoch checkpoints only (checkpointN.pt)."""
    args = [str(a) for a in resume_args(data_bin, save_dir)]
    i = args.index("--save-interval-updates")
    del args[i : i + 2]
    args[args.index("--max-epoch") + 1] = str(max_epoch)
    return [*args, "--pskd-alpha-schedule", "constant", *map(str, extra)]


def _census(log: str, epoch: int) -> tuple[int, int]:
    m = re.search(rf"PS-KD epoch {epoch}: (\d+) of (\d+) training sentences have a prediction", log)
    assert m, f"no census for epoch {epoch}"
    return int(m.group(1)), int(m.group(2))


def test_a_restored_store_backup_never_passes_another_timelines_rows_as_the_checkpoints(
    distinct_bin, tmp_path
):
    save = tmp_path / "run"
    fairseq("fairseq-train", *_epochs(distinct_bin, save, 2))
    shutil.copytree(save / "pskd_store", tmp_path / "backup")
    fairseq("fairseq-train", *_epochs(distinct_bin, save, 4))
    shutil.copy(save / "checkpoint4.pt", tmp_path / "kept4.pt")
    # the backup put back, epoch 4 trained again from checkpoint3.pt: another timeline's epoch 4
    shutil.rmtree(save / "pskd_store")
    shutil.copytree(tmp_path / "backup", save / "pskd_store")
    again = fairseq("fairseq-train", *_epochs(distinct_bin, save, 4,
                                              "--restore-file", save / "checkpoint3.pt")).stdout
    assert "has no record of session(s) 2 of the loaded checkpoint's past" in again
    assert _census(again, 4)[0] == 0
    # the kept checkpoint4.pt of the first timeline must not read the second timeline's epoch 4
    log = fairseq("fairseq-train", *_epochs(distinct_bin, save, 5,
                                            "--restore-file", tmp_path / "kept4.pt")).stdout
    assert _census(log, 5) == (0, 48)
    assert float(epoch_stats(log)[5]["pskd_prior"]) == 0.0


def test_a_branched_save_dir_never_trains_on_the_other_branchs_rows(distinct_bin, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    fairseq("fairseq-train", *_epochs(distinct_bin, a, 2))
    shutil.copytree(a, b)  # a branch of the experiment, made after the run ended
    fairseq("fairseq-train", *_epochs(distinct_bin, a, 3))
    fairseq("fairseq-train", *_epochs(distinct_bin, b, 3, "--lr", "1e-2"))
    # a's checkpoint of epoch 3 put into b's directory (b's store): same run id, same sessions
    mixed = _epochs(distinct_bin, b, 4, "--restore-file", a / "checkpoint3.pt")
    log = fairseq("fairseq-train", *mixed).stdout
    assert re.search(r"PS-KD: [1-9]\d* of the store's rows were committed by another timeline", log)
    assert _census(log, 4) == (0, 48)


def test_a_store_copied_from_a_killed_run_is_not_trusted_and_says_why(distinct_bin, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    run_until_killed(_epochs(distinct_bin, a, 3), r"begin training epoch 3")
    shutil.copytree(a, b)
    log = fairseq("fairseq-train", *_epochs(distinct_bin, b, 3)).stdout
    assert f"the store {b / 'pskd_store'} is a copy of {(a / 'pskd_store').resolve()}" in log
    assert _census(log, 3) == (0, 48)
    # a copy of a store whose run ended is a consistent one
    done = fairseq("fairseq-train", *_epochs(distinct_bin, a, 3)).stdout
    trained = _census(done, 3)[0]  # every sentence fairseq trains (it filters one of the 48)
    assert trained >= 40
    shutil.copytree(a, tmp_path / "c")
    log = fairseq("fairseq-train", *_epochs(distinct_bin, tmp_path / "c", 4)).stdout
    assert "is a copy of" not in log and _census(log, 4) == (trained, 48)
