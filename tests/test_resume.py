"""Kill -9 at any moment and rerun the same command: the same targets, so the same losses.

The training sentences all have different lengths: fairseq builds its length-sorted batches with
seed + epoch and reuses them across epochs, so with ties a resumed run would batch (and so train)
differently from an uninterrupted one, whatever the criterion. Without ties, fairseq itself resumes
exactly, and any difference left would be PS-KD's targets.
"""

import re
import shutil

import pytest
import torch
from epoch_compare import assert_same_epochs

from conftest import epoch_stats, fairseq, resume_args, run_until_killed

pytestmark = pytest.mark.slow  # every test trains with fairseq-train

_args = resume_args


@pytest.mark.parametrize(
    "pattern,then",
    [
        (r"Saved checkpoint \S+checkpoint_1_4\.pt", "train_inner"),  # mid-epoch 1
        (r"Saved checkpoint \S+checkpoint_2_\d+\.pt", "train_inner"),  # mid-epoch 2
        (r"Preparing to save checkpoint for epoch 2 @ 16", None),  # while saving, mid-epoch 2
        (r"begin training epoch 3", None),  # between epochs
    ],
    ids=["mid-epoch-1", "mid-epoch-2", "during-a-save", "between-epochs"],
)
def test_killed_run_resumes_with_the_same_targets(uninterrupted, distinct_bin, tmp_path, pattern, then):
    _, straight_log = uninterrupted
    args = _args(distinct_bin, tmp_path)
    first = run_until_killed(args, pattern, then)
    rerun = fairseq("fairseq-train", *args).stdout
    assert re.search(r"Loaded checkpoint \S+checkpoint_last\.pt \(epoch \d @ [1-9]", rerun)

    want = epoch_stats(straight_log)
    got = {**epoch_stats(first), **epoch_stats(rerun)}
    assert sorted(got) == [1, 2, 3]
    assert float(want[3]["pskd_prior"]) == 1.0
    assert_same_epochs(got, want, (1, 2, 3))
    got_valid = {**epoch_stats(first, "valid"), **epoch_stats(rerun, "valid")}
    assert got_valid[3]["loss"] == epoch_stats(straight_log, "valid")[3]["loss"]


def _same_epochs(got_log, want_log, epochs):
    assert_same_epochs(epoch_stats(got_log), epoch_stats(want_log), epochs)


def _every(save_interval, data_bin, save_dir, max_epoch):
    """resume_args with end-of-epoch checkpoints every `save_interval` epochs only."""
    args = [str(a) for a in resume_args(data_bin, save_dir)]
    i = args.index("--save-interval-updates")
    del args[i : i + 2]
    args[args.index("--max-epoch") + 1] = str(max_epoch)
    return args + ["--save-interval", str(save_interval)]


def test_save_interval_two_resumes_exactly(distinct_bin, tmp_path):
    straight = fairseq("fairseq-train", *_every(2, distinct_bin, tmp_path / "a", 4)).stdout
    args = _every(2, distinct_bin, tmp_path / "b", 4)
    # the last checkpoint is epoch 2's; the store has all of epoch 3 and part of epoch 4
    run_until_killed(args, r"begin training epoch 4")
    rerun = fairseq("fairseq-train", *args).stdout
    # fairseq names the epoch it goes on with: epoch 2's end-of-epoch checkpoint resumes at 3
    assert re.search(r"Loaded checkpoint \S+checkpoint_last\.pt \(epoch 3 @", rerun)
    assert "session 2 (resumed)" in rerun
    _same_epochs(rerun, straight, (3, 4))
    assert float(epoch_stats(rerun)[3]["pskd_prior"]) == 1.0


def test_resuming_two_epochs_behind_the_store_is_exact(uninterrupted, distinct_bin, tmp_path):
    straight, straight_log = uninterrupted
    save = tmp_path / "again"
    shutil.copytree(straight, save)
    # epoch 3 wrote its own generation: epoch 1's rows, which epoch 2 reads, are still there
    log = fairseq(
        "fairseq-train", *_args(distinct_bin, save), "--restore-file", save / "checkpoint1.pt"
    ).stdout
    census = re.search(r"PS-KD epoch 2: \d+ of 48 training sentences .*", straight_log).group(0)
    assert census in log  # 47: fairseq never trains the longest sentence (see conftest)
    _same_epochs(log, straight_log, (2, 3))


def test_resuming_further_behind_falls_back_to_hard_targets_and_says_so(
    uninterrupted, distinct_bin, tmp_path
):
    straight, _ = uninterrupted
    save = tmp_path / "again"
    shutil.copytree(straight, save)
    four = [str(a) for a in _args(distinct_bin, save)]
    four[four.index("--max-epoch") + 1] = "4"
    fairseq("fairseq-train", *four)  # epoch 4 takes epoch 1's generation
    log = fairseq("fairseq-train", *four, "--restore-file", save / "checkpoint1.pt").stdout
    # epochs 3 and 4 committed after checkpoint1: their tags are withdrawn, and said so (epoch
    # 2's went when the run resumed at epoch 4, which reads only epoch 3's)
    m = re.search(r"PS-KD: (\d+) of the store's rows were committed after the loaded checkpoint", log)
    assert m and int(m.group(1)) == 2 * 47
    assert "PS-KD epoch 2: 0 of 48 training sentences have a prediction from epoch 1; the other 48 " \
        "train on the hard target" in log
    train = epoch_stats(log)
    assert float(train[2]["pskd_prior"]) == 0.0
    # epoch 3 then reads what the restarted epoch 2 wrote
    assert float(train[3]["pskd_prior"]) == 1.0


def test_reset_optimizer_keeps_the_rows_of_a_resumed_epoch(uninterrupted, distinct_bin, tmp_path):
    # a mid-epoch-1 checkpoint resumed with --reset-optimizer restarts the update count at 0:
    # the rows written before the checkpoint must survive (the run is the same run)
    args = _args(distinct_bin, tmp_path)
    run_until_killed(args, r"Saved checkpoint \S+checkpoint_1_4\.pt", "train_inner")
    log = fairseq("fairseq-train", *args, "--reset-optimizer").stdout
    assert "(resumed)" in log
    assert float(epoch_stats(log)[2]["pskd_prior"]) == 1.0


def test_reset_dataloader_starts_a_new_run_on_a_clean_store(uninterrupted, distinct_bin, tmp_path):
    straight, _ = uninterrupted
    save = tmp_path / "again"
    shutil.copytree(straight, save)
    log = fairseq("fairseq-train", *_args(distinct_bin, save), "--reset-dataloader").stdout
    assert re.search(r"PS-KD: a run from epoch 1 .*: the rows of run \w+ in \S+ are discarded", log)
    assert "(started afresh)" in log
    train = epoch_stats(log)
    assert float(train[1]["pskd_prior"]) == 0.0 and float(train[2]["pskd_prior"]) == 1.0


def test_a_restore_after_a_crash_never_trains_on_rows_a_later_epoch_wrote(distinct_bin, tmp_path):
    # killed once epoch 4 has trained its batches, before its end-of-epoch checkpoint: epoch 4
    # wrote its rows over epoch 1's generation. Restoring checkpoint1.pt (the usual recovery from
    # a divergence) must not read them as epoch 1's predictions
    args = _every(1, distinct_bin, tmp_path, 4)
    run_until_killed(args, r"begin training epoch 4", r"begin validation on")
    log = fairseq("fairseq-train", *args, "--restore-file", tmp_path / "checkpoint1.pt").stdout
    assert "PS-KD epoch 2: 0 of 48 training sentences have a prediction from epoch 1" in log
    assert float(epoch_stats(log)[2]["pskd_prior"]) == 0.0


def test_a_crash_while_an_epoch_runs_again_leaves_no_tag_on_the_rows_it_rewrote(distinct_bin, tmp_path):
    args = _every(1, distinct_bin, tmp_path, 3)
    straight = fairseq("fairseq-train", *args).stdout
    session_one = tmp_path / "checkpoint2-session1.pt"
    shutil.copy(tmp_path / "checkpoint2.pt", session_one)
    # epoch 2 runs again from checkpoint1 with another learning rate (after a divergence, say),
    # rewriting epoch 2's rows, and is killed before it commits them
    lr = args.index("--lr") + 1
    again = [*args[:lr], "1e-2", *args[lr + 1 :], "--restore-file", str(tmp_path / "checkpoint1.pt")]
    run_until_killed(again, r"begin training epoch 2", r"train_inner .* num_updates=1[3-9],")
    # session 1's epoch-2 checkpoint does not match the rewritten rows: none may be read
    log = fairseq("fairseq-train", *args, "--restore-file", session_one).stdout
    assert float(epoch_stats(straight)[3]["pskd_prior"]) == 1.0
    assert "PS-KD epoch 3: 0 of 48 training sentences have a prediction from epoch 2" in log
    assert float(epoch_stats(log)[3]["pskd_prior"]) == 0.0


def test_a_resume_with_other_target_flags_is_refused_and_names_them(uninterrupted, distinct_bin, tmp_path):
    # the run trained with --pskd-eos-scale's default (0); an upgrade that changed a default, or a
    # flag edited in the restart script, would otherwise change every target from epoch 4 on
    straight, _ = uninterrupted
    save = tmp_path / "again"
    shutil.copytree(straight, save)
    four = [str(a) for a in _args(distinct_bin, save)]
    four[four.index("--max-epoch") + 1] = "4"
    proc = fairseq("fairseq-train", *four, "--pskd-eos-scale", "1", "--pskd-alpha", "0.5", check=False)
    assert proc.returncode != 0
    out = proc.stdout + proc.stderr
    assert "--pskd-alpha: trained with 0.8, now 0.5; --pskd-eos-scale: trained with 0, now 1" in out
    assert "Pass `--pskd-alpha 0.8 --pskd-eos-scale 0` to continue as trained" in out
    assert not (save / "checkpoint4.pt").exists()
    # the flags it names are the fix
    log = fairseq("fairseq-train", *four, "--pskd-eos-scale", "0", "--pskd-alpha", "0.8").stdout
    assert "session 2 (resumed)" in log and (save / "checkpoint4.pt").exists()


def test_a_checkpoint_without_recorded_target_flags_resumes_and_says_which_it_uses(
    uninterrupted, distinct_bin, tmp_path
):
    straight, _ = uninterrupted
    save = tmp_path / "again"
    shutil.copytree(straight, save)
    state = torch.load(save / "checkpoint_last.pt", weights_only=False)
    del state["extra_state"]["pskd"]["targets"]  # as an older fairseq_pskd wrote it
    torch.save(state, save / "checkpoint_last.pt")
    four = [str(a) for a in _args(distinct_bin, save)]
    four[four.index("--max-epoch") + 1] = "4"
    log = fairseq("fairseq-train", *four).stdout
    assert ("does not record its target flags (an older fairseq_pskd); continuing with "
            "--label-smoothing 0.1 --pskd-alpha 0.8 --pskd-residual uniform --pskd-eos-scale 0") in log
    assert "session 2 (resumed)" in log
