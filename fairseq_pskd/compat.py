"""Checks and fixes for the fairseq and torch versions this plugin runs on."""

from __future__ import annotations

import os
import warnings

MIN_FAIRSEQ = (0, 12, 2)


def _version_tuple(version: str) -> tuple[int, ...]:
    parts = []
    for piece in version.split("+")[0].split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def check_fairseq() -> str:
    """Import fairseq, or fail with what this plugin needs and how to get it."""
    hint = (
        "fairseq_pskd needs fairseq >= 0.12.2 importable on this Python; on Python 3.11 that is "
        "fairseq's main branch (e.g. `pip install --no-deps fairseq-fixed==0.12.3.1`, see "
        "scripts/setup.sh), since the 0.12.2 release does not import on 3.11"
    )
    try:
        import fairseq
    except Exception as e:  # fairseq 0.12.2 on 3.11 raises ValueError at import, not ImportError
        raise ImportError(f"{hint} (importing fairseq failed: {e!r})") from e
    version = getattr(fairseq, "__version__", "0")
    if _version_tuple(version) < MIN_FAIRSEQ:
        raise ImportError(f"{hint}; found fairseq {version}")
    return version


def allow_fairseq_checkpoints() -> None:
    """Let fairseq load its own checkpoints on torch >= 2.6.

    torch 2.6 made `torch.load` default to weights_only=True, which refuses the argparse and
    omegaconf objects every fairseq checkpoint pickles; fairseq's checkpoint_utils calls torch.load
    without the argument, so `fairseq-generate --path`, `--restore-file` and resumes fail. Trusting
    fairseq checkpoints is what fairseq did before; a user who set the variable keeps their value.
    """
    if "TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD" not in os.environ:
        os.environ["TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD"] = "1"
        # torch warns at every load that the variable is set; we set it on purpose
        warnings.filterwarnings("ignore", message=".*TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD.*")
