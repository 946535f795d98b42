"""The flags that define a token's training target, recorded in every checkpoint: a resumed run
that was given other values (or whose defaults changed with an upgrade) would change its targets
halfway through training without a word, so it is refused at startup instead."""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)

# config field -> flag; --pskd-topk is not here: the store's own header holds K and checks it
FLAGS = {
    "label_smoothing": "--label-smoothing",
    "pskd_alpha": "--pskd-alpha",
    "pskd_residual": "--pskd-residual",
    "pskd_eos_scale": "--pskd-eos-scale",
}
# the defaults of the fairseq_pskd versions whose checkpoints have no such record
_CHANGED_DEFAULTS = "--pskd-alpha 0.8 and --pskd-eos-scale 1 in those versions (now 0.5 and 0)"


def target_settings(cfg) -> dict:
    """The values of FLAGS in a criterion config, as plain JSON-able numbers and strings."""
    return {
        name: str(getattr(cfg, name)) if name == "pskd_residual" else float(getattr(cfg, name))
        for name in FLAGS
    }


def check_resumed_targets(recorded: dict | None, current: dict, state_found: bool) -> None:
    """Raise ValueError when a checkpoint's recorded target flags differ from this command's.
    recorded: the checkpoint's record (None when it has none); state_found: whether the checkpoint
    has PS-KD state at all (without it there is nothing to continue)."""
    if recorded is None:
        if state_found:
            logger.warning(
                "PS-KD: this checkpoint does not record its target flags (an older fairseq_pskd); "
                "continuing with %s. The defaults were %s: if this run started with them, pass them",
                _describe(current), _CHANGED_DEFAULTS,
            )
        return
    differ = [name for name in FLAGS if name in recorded and recorded[name] != current[name]]
    if differ:
        changes = "; ".join(
            f"{FLAGS[n]}: trained with {_value(recorded[n])}, now {_value(current[n])}" for n in differ
        )
        keep = " ".join(f"{FLAGS[n]} {_value(recorded[n])}" for n in differ)
        raise ValueError(
            f"the checkpoint being resumed was trained towards other PS-KD targets ({changes}); "
            f"continuing would change every token's target halfway through the run. Pass "
            f"`{keep}` to continue as trained, or start afresh in another --save-dir"
        )


def _value(v) -> str:
    return f"{v:g}" if isinstance(v, float) else str(v)


def _describe(settings: dict) -> str:
    return " ".join(f"{FLAGS[n]} {_value(v)}" for n, v in settings.items())
