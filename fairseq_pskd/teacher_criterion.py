"""The `stored_kd` criterion: word-level knowledge distillation from a stored teacher, through the
same targets, loss and alpha as `pskd` (criterion.py), read from a store `pskd-store fill` made
once (teacher.py) instead of one this run writes."""

from dataclasses import dataclass, field
from typing import Optional

from fairseq.criterions import register_criterion

from .criterion import DistillationConfig, DistillationCriterion
from .targets import Refiner
from .teacher import TeacherRun


@dataclass
class StoredKDConfig(DistillationConfig):
    pskd_teacher_store: Optional[str] = field(  # noqa: UP045  (fairseq's argparse: see criterion.py)
        default=None,
        metadata={
            "help": "the teacher store to distill from, filled by `pskd-store fill` (no teacher "
            "forward per step); K comes from the store, and alpha stays --pskd-alpha unless "
            "--pskd-alpha-schedule says otherwise"
        },
    )


@register_criterion("stored_kd", dataclass=StoredKDConfig)
class StoredKDCriterion(DistillationCriterion):
    """Targets refined by a teacher's stored top-k predictions; the run writes nothing."""

    name = "stored_kd"
    # a teacher is as good in epoch 1 as in the last: its weight is constant unless asked
    default_schedule = "constant"
    source = " from a stored teacher"

    def _make_run(self, cfg: StoredKDConfig, refiner: Refiner) -> TeacherRun:
        if not cfg.pskd_teacher_store:
            raise ValueError(
                "--criterion stored_kd needs --pskd-teacher-store DIR, a store filled by "
                "`pskd-store fill` (docs/teacher.md)"
            )
        return TeacherRun(cfg.pskd_teacher_store, self.vocab_size, refiner=refiner,
                          prefix=self.ignore_prefix_size)
