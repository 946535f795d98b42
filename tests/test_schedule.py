"""Alpha's course across resumes: the schedule's inputs travel with the checkpoint, a resume that
changes alpha says so with both values, and fairseq's restarted update count (--reset-optimizer)
does not restart alpha."""

import pytest

from fairseq_pskd.schedule import AlphaSchedule, resumed_course

UPDATE = AlphaSchedule.from_config(0.8, "update", 0, 1000)
EPOCH = AlphaSchedule.from_config(0.8, "epoch", 40, 0)


def test_a_plain_resume_keeps_the_course_and_says_nothing():
    course = resumed_course(UPDATE.record(0), UPDATE, epoch=3, checkpoint_updates=500,
                            updates_now=500, restart_updates=False)
    assert course == (0, [])


def test_a_reset_update_count_keeps_alphas_course():
    course = resumed_course(UPDATE.record(0), UPDATE, epoch=3, checkpoint_updates=500,
                            updates_now=0, restart_updates=False)
    assert course.update_offset == 500
    assert UPDATE.alpha(3, 0 + course.update_offset) == pytest.approx(0.4)
    assert len(course.notes) == 1 and "keeps counting from the checkpoint's 500" in course.notes[0]


def test_a_second_reset_adds_to_the_first():
    course = resumed_course(UPDATE.record(500), UPDATE, epoch=5, checkpoint_updates=200,
                            updates_now=0, restart_updates=False)
    assert course.update_offset == 700


def test_asking_for_a_restarted_schedule_restarts_it_and_says_alpha_changed():
    course = resumed_course(UPDATE.record(0), UPDATE, epoch=3, checkpoint_updates=500,
                            updates_now=0, restart_updates=True)
    assert course.update_offset == 0
    assert any("alpha was 0.4" in n and "is now 0" in n for n in course.notes)


def test_a_longer_run_says_how_alpha_drops():
    longer = AlphaSchedule.from_config(0.8, "epoch", 60, 0)
    course = resumed_course(EPOCH.record(0), longer, epoch=30, checkpoint_updates=900,
                            updates_now=900, restart_updates=False)
    (note,) = course.notes
    assert "alpha was 0.6 (epoch schedule to 0.8 at --max-epoch 40)" in note
    assert "is now 0.4 (epoch schedule to 0.8 at --max-epoch 60)" in note


def test_a_checkpoint_without_a_schedule_record_keeps_fairseqs_count():
    assert resumed_course(None, EPOCH, 3, 100, 100, False) == (0, [])
