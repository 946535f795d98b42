"""fairseq-pskd: progressive self-knowledge distillation for fairseq (`--criterion pskd`).

Use with `fairseq-train ... --user-dir fairseq_pskd --criterion pskd`. Importing the package
registers the criterion and changes nothing else in fairseq or torch; the fixes in compat.py apply
only where asked for (compat.py says how).
"""

from .compat import apply_fixes, check_fairseq, requested_fixes
from .version import __version__

check_fairseq()
apply_fixes(requested_fixes())  # FAIRSEQ_PSKD_FIXES; unset: none

from . import criterion  # noqa: E402,F401  registers --criterion pskd

__all__ = ["__version__"]
