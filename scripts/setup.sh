#!/usr/bin/env bash
# One-command setup for fairseq-pskd on Python 3.11 (CPU torch, a fairseq that imports on 3.11).
#
# Why a script and not a bare `pip install`: every fairseq release that imports on Python 3.11
# declares `torchaudio` as a dependency, and no torchaudio on PyPI accepts torch 2.13, so pip's
# resolver can never satisfy fairseq + torch 2.13 together. Translation never imports torchaudio,
# so fairseq is installed with --no-deps and its real runtime dependencies are listed here.
#
# Everything goes into ./.venv (created with $PYTHON, default python3). A user who already has a
# working fairseq >= 0.12.2 in their own environment needs none of this: `pip install -e .` there
# adds the plugin and never touches their fairseq.
set -euo pipefail
cd "$(dirname "$0")/.."

"${PYTHON:-python3}" -m venv .venv
PY=.venv/bin/python
pip() { "$PY" -m pip "$@"; }

pip install --quiet "torch==2.13.0" "numpy>=2,<3" "cython>=3" "setuptools<81" wheel

if "$PY" -c "import fairseq" 2>/dev/null; then
    echo "setup: keeping the installed fairseq $("$PY" -c 'import fairseq; print(fairseq.__version__)')"
else
    echo "setup: building fairseq-fixed 0.12.3.1 (fairseq main for Python 3.11; compiles its extensions, a few minutes)"
    pip install --quiet "hydra-core==1.3.2" "omegaconf==2.3.0" regex "sacrebleu>=2" bitarray \
        scikit-learn cffi packaging tqdm
    pip install --quiet --no-deps --no-build-isolation "fairseq-fixed==0.12.3.1"
fi

pip install --quiet -e ".[tools,test]"
"$PY" -c "import fairseq_pskd, fairseq; print('setup: fairseq', fairseq.__version__, '+ fairseq_pskd', fairseq_pskd.__version__, 'ready')"
