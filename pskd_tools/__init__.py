"""The fairseq-pskd tools: data (prepare a corpus), evaluation (score, calibrate, compare, inspect a
store).

A package of their own, beside the plugin: importing anything under ``fairseq_pskd`` runs its
``__init__``, which imports fairseq and registers the criterion. Tools that need no fairseq
(``pskd-compare``, and the libraries the repository's sweep in ``experiments/`` reports with)
therefore live here and never import it; the ones that do (``pskd-store``, ``pskd-calibrate``)
import ``fairseq_pskd`` only where they read a store or a checkpoint. Their dependencies come with
``pip install "fairseq-pskd[tools]"``.
"""

import importlib.util
from pathlib import Path


def _plugin_dir() -> Path:
    # find_spec locates a top-level package without running its __init__ (so without fairseq)
    spec = importlib.util.find_spec("fairseq_pskd")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the fairseq_pskd plugin is not importable: install fairseq-pskd "
                          "(pip install -e . in its repository)")
    return Path(next(iter(spec.submodule_search_locations))).resolve()


# fairseq_pskd/, what the tools pass to fairseq as --user-dir
PLUGIN_DIR = _plugin_dir()
