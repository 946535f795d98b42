"""The PS-KD alpha schedule: how much of the target comes from last epoch's predictions."""

from __future__ import annotations

from dataclasses import dataclass

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
