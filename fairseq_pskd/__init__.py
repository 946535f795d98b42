"""fairseq-pskd: progressive self-knowledge distillation for fairseq (`--criterion pskd`).

Use with `fairseq-train ... --user-dir fairseq_pskd --criterion pskd`.
"""

from .compat import (
    allow_fairseq_checkpoints,
    check_fairseq,
    keep_rdrop_sample_intact,
    log_bleu_for_empty_hypotheses,
)
from .version import __version__

check_fairseq()
allow_fairseq_checkpoints()
log_bleu_for_empty_hypotheses()  # --eval-bleu: no KeyError 'bleu' when hypotheses are empty
keep_rdrop_sample_intact()  # --eval-bleu with fairseq's R-Drop criterion: no IndexError

from . import criterion  # noqa: E402,F401  registers --criterion pskd
from .hooks import install_checkpoint_hooks  # noqa: E402

install_checkpoint_hooks()

__all__ = ["__version__"]
