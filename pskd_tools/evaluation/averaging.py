"""Checkpoint averaging: the minimal equivalent of fairseq's ``scripts/average_checkpoints.py``.

That script lives in the fairseq repository's ``scripts/`` folder, which the fairseq wheel
(fairseq-fixed 0.12.3.1 here) does not install: neither ``fairseq``, ``fairseq_cli`` nor a
``scripts`` package holds it, and no console script runs it. So its logic is restated here, and
only that: every tensor of ``state["model"]`` summed over the inputs (half precision as float) and
divided by their number (integer tensors floor-divided), everything else (config, optimizer and
extra state) copied from the first input, which is the latest epoch since fairseq's
``--num-epoch-checkpoints`` lists the newest first. The checkpoints are read with fairseq's own
loader, so the plugin's torch >= 2.6 rule (weights_only=False only there) applies.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any


def average_checkpoints(inputs: Sequence[str | Path]) -> dict[str, Any]:
    """The state of the first input with ``model`` replaced by the mean of the inputs' models."""
    from fairseq import checkpoint_utils

    from fairseq_pskd.compat import apply_fixes

    apply_fixes(["trust-checkpoints"])
    if not inputs:
        raise ValueError("no checkpoints to average")
    new_state: dict[str, Any] | None = None
    sums: dict[str, Any] = {}
    keys: list[str] | None = None
    for path in inputs:
        state = checkpoint_utils.load_checkpoint_to_cpu(str(path))
        if new_state is None:
            new_state = state
        params = state["model"]
        if keys is None:
            keys = list(params)
        elif list(params) != keys:
            raise KeyError(f"{path}: its parameters differ from those of {inputs[0]}")
        for k in keys:
            p = params[k]
            if p.dtype.is_floating_point and p.element_size() < 4:
                p = p.float()  # fairseq's script sums half precision in float
            # clone: a parameter shared between modules must not be summed into twice
            sums[k] = p.clone() if k not in sums else sums[k] + p
    assert new_state is not None and keys is not None
    n = len(inputs)
    new_state["model"] = {k: (v / n if v.is_floating_point() else v // n) for k, v in sums.items()}
    return new_state


def write_average(inputs: Sequence[str | Path], output: str | Path) -> Path:
    """Average inputs into output, written to a temporary name and renamed: a killed averaging
    never leaves a half-written checkpoint under the final name."""
    import torch

    from fairseq_pskd.fileio import replacing

    output = Path(output)
    state = average_checkpoints(inputs)
    with replacing(output) as tmp:
        torch.save(state, tmp)
    return output
