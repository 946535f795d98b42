"""fairseq-pskd: progressive self-knowledge distillation for fairseq (`--criterion pskd`).

Use with `fairseq-train ... --user-dir fairseq_pskd --criterion pskd` (self-distillation) or
`--criterion stored_kd` (from a stored teacher). Importing the package registers the two criteria
and changes nothing else in fairseq or torch; the fixes in compat.py apply
only where asked for (compat.py says how).
"""

from .compat import apply_fixes, check_fairseq, requested_fixes
from .version import __version__

check_fairseq()
apply_fixes(requested_fixes())  # FAIRSEQ_PSKD_FIXES; unset: none

from . import criterion, teacher_criterion  # noqa: E402,F401  register --criterion pskd and stored_kd

__all__ = ["__version__"]
