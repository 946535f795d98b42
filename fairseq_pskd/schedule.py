"""The PS-KD alpha schedule: how much of the target comes from last epoch's predictions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

# what --pskd-alpha-schedule accepts (the criterion's flag choices are this tuple); a run bounded
# by both --max-epoch and --max-update defaults to EPOCH_AND_UPDATE, which is not a flag value
SCHEDULES = ("epoch", "update", "constant")
EPOCH_AND_UPDATE = "epoch+update"


class ScheduleError(ValueError):
    pass


@dataclass(frozen=True)
class AlphaSchedule:
    """`a_t = a_T * progress`, progress = t / T (epochs) or num_updates / max_update.

    The paper (Kim et al., 2021) grows alpha linearly with the epoch, reaching alpha_T at the last
    epoch; a run bounded by --max-update has no last epoch, so progress is counted in updates.
    A run bounded by both ends at whichever comes first, so its progress is the larger of the two
    fractions ('epoch+update'): alpha reaches alpha_T when the run ends, whichever bound ends it.
    """

    alpha_T: float
    kind: str
    max_epoch: int = 0
    max_update: int = 0

    @classmethod
    def from_config(
        cls, alpha_T: float, kind: str | None, max_epoch: int, max_update: int
    ) -> AlphaSchedule:
        if not 0.0 <= alpha_T <= 1.0:
            raise ScheduleError(f"--pskd-alpha must lie in [0, 1], got {alpha_T}")
        max_epoch, max_update = int(max_epoch or 0), int(max_update or 0)
        # a plain str: the flag's value is fairseq's ChoiceEnum member, which checkpoints cannot pickle
        kind = None if kind is None else str(kind)
        if kind in (None, "", "auto"):
            if max_epoch > 0 and max_update > 0:
                kind = EPOCH_AND_UPDATE
            elif max_epoch > 0:
                kind = "epoch"
            elif max_update > 0:
                kind = "update"
            else:
                raise ScheduleError(
                    "PS-KD's alpha grows to --pskd-alpha over the whole run, so it needs the run's "
                    "length: set --max-epoch (or --max-update), or use "
                    "--pskd-alpha-schedule constant"
                )
        if kind not in SCHEDULES + (EPOCH_AND_UPDATE,):
            raise ScheduleError(f"--pskd-alpha-schedule must be one of {SCHEDULES}, got {kind!r}")
        if kind == "epoch" and max_epoch <= 0:
            raise ScheduleError("--pskd-alpha-schedule epoch needs --max-epoch > 0")
        if kind == "update" and max_update <= 0:
            raise ScheduleError("--pskd-alpha-schedule update needs --max-update > 0")
        return cls(alpha_T=float(alpha_T), kind=kind, max_epoch=max_epoch, max_update=max_update)

    def alpha(self, epoch: int, num_updates: int) -> float:
        """Alpha for a step of `epoch` (1-based) taken after `num_updates` updates."""
        if self.kind == "constant":
            return self.alpha_T
        if self.kind == "epoch":
            progress = epoch / self.max_epoch
        elif self.kind == "update":
            progress = num_updates / self.max_update
        else:
            progress = max(epoch / self.max_epoch, num_updates / self.max_update)
        return self.alpha_T * min(max(progress, 0.0), 1.0)

    def describe(self) -> str:
        if self.kind == "constant":
            return f"constant at {self.alpha_T:g}"
        bounds = []
        if self.kind in ("epoch", EPOCH_AND_UPDATE):
            bounds.append(f"--max-epoch {self.max_epoch}")
        if self.kind in ("update", EPOCH_AND_UPDATE):
            bounds.append(f"--max-update {self.max_update}")
        return f"{self.kind} schedule to {self.alpha_T:g} at {' and '.join(bounds)}"

    def record(self, offset: int) -> dict:
        """What a checkpoint keeps of the schedule: its inputs, and the updates alpha counts on top
        of fairseq's own count (non-zero after a resume that reset fairseq's count)."""
        return {"kind": self.kind, "alpha_T": self.alpha_T, "max_epoch": self.max_epoch,
                "max_update": self.max_update, "update_offset": int(offset)}

    @classmethod
    def from_record(cls, record: dict) -> AlphaSchedule:
        return cls(float(record["alpha_T"]), str(record["kind"]), int(record["max_epoch"]),
                   int(record["max_update"]))


class Course(NamedTuple):
    """How a resumed run continues alpha's course (resumed_course)."""

    update_offset: int  # added to fairseq's update count wherever alpha is computed
    notes: list[str]  # one line each, for the log


def resumed_course(
    recorded: dict | None, current: AlphaSchedule, epoch: int, checkpoint_updates: int | None,
    updates_now: int, restart_updates: bool,
) -> Course:
    """Alpha's course for a run resumed at `epoch` from a checkpoint saved after
    `checkpoint_updates` updates, fairseq's count now being `updates_now`.

    fairseq restarts its update count at 0 on `--reset-optimizer`; alpha then keeps counting from
    the checkpoint's updates unless `restart_updates` (--pskd-reset-schedule). A course that changes
    at the resume (another --max-epoch, --max-update or schedule) is said, with alpha before and
    after; it is not refused, since lengthening a run is a normal thing to do."""
    offset = int((recorded or {}).get("update_offset", 0))
    notes = []
    if checkpoint_updates is not None and updates_now != checkpoint_updates:
        if restart_updates:
            offset = 0
            notes.append(
                f"PS-KD: fairseq's update count is {updates_now} where the checkpoint was saved "
                f"after {checkpoint_updates} updates, and --pskd-reset-schedule counts alpha's "
                f"updates from fairseq's count"
            )
        else:
            offset += checkpoint_updates - updates_now
            notes.append(
                f"PS-KD: fairseq's update count restarts at {updates_now} (--reset-optimizer), "
                f"but alpha keeps counting from the checkpoint's {checkpoint_updates} updates "
                f"(--pskd-reset-schedule restarts it)"
            )
    if recorded is not None and checkpoint_updates is not None:
        before = AlphaSchedule.from_record(recorded)
        was = before.alpha(epoch, checkpoint_updates + int(recorded.get("update_offset", 0)))
        now = current.alpha(epoch, updates_now + offset)
        if abs(was - now) > 1e-9:
            notes.append(
                f"PS-KD: this resume changes alpha's course: at epoch {epoch} alpha was "
                f"{was:.4g} ({before.describe()}) and is now {now:.4g} ({current.describe()})"
            )
    return Course(offset, notes)
