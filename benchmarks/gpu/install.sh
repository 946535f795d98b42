#!/usr/bin/env bash
# Sourced by the GPU scripts, ON the GPU machine: installs fairseq there from the carried .whl/
# (benchmarks/gpu/prepare.sh fills it here) into /tmp/pskd-site, without network and without its
# CUDA extensions (translation does not use them), and puts it and this repository on PYTHONPATH.
SITE=/tmp/pskd-site
_t0=$(date +%s)
if ! PYTHONPATH="$SITE" python3 -c "import fairseq" 2>/dev/null; then
    python3 -m pip install -q --no-index --no-deps --no-compile --target "$SITE" .whl/*.whl
    python3 -m pip install -q --no-index --no-deps --no-build-isolation --target "$SITE" \
        .whl/antlr4-python3-runtime-4.9.3.tar.gz
    (unset CUDA_HOME; MAX_JOBS="$(nproc)" python3 -m pip install -q --no-index --no-deps \
        --no-build-isolation --target "$SITE" .whl/fairseq_fixed-0.12.3.1.tar.gz)
fi
export PYTHONPATH="$SITE:$PWD${PYTHONPATH:+:$PYTHONPATH}"
python3 -c "import fairseq, torch; print('fairseq', fairseq.__version__, 'torch', torch.__version__, torch.cuda.get_device_name())"
echo "install took $(( $(date +%s) - _t0 )) s"
