#!/usr/bin/env bash
# Sourced by run.sh ON the GPU machine (CUDA torch, Python 3.12, no fairseq, no network), from the
# repository root with .whl/ carried (benchmarks/gpu/prepare.sh fills it): installs fairseq into
# $SITE (default /tmp/pskd-site) and puts it and this repository on PYTHONPATH. Skipped where
# fairseq imports already (a warm machine, a second call).
#
# * each dependency from .whl/ only where its module does not import already (the machine's own
#   packages win), antlr4 from its sdist;
# * scikit-learn and scipy, if missing, by stubs: fairseq imports sklearn.metrics and scipy.stats
#   at import time for tasks and criteria that translation never uses (audio classification,
#   sentence prediction); calling into a stub raises;
# * fairseq-fixed built from its sdist without its C++ extensions that need torch's headers
#   (libbase: BASE layers, libnat: Levenshtein NAT, alignment_train_cpu_binding: an example) and
#   without its CUDA ones (CUDA_HOME unset): translation imports neither, and each took about a
#   minute to compile; its Cython batching code and libbleu are built.
SITE="${SITE:-/tmp/pskd-site}"
export PYTHONPATH="$SITE:$PWD${PYTHONPATH:+:$PYTHONPATH}"
_t0=$(date +%s)
_have() { python3 -c "import $1" 2>/dev/null; }
if [ -n "${PSKD_FORCE_INSTALL:-}" ] || ! _have fairseq; then
    mkdir -p "$SITE"
    _wheels=()
    for _pair in yaml:pyyaml tqdm:tqdm packaging:packaging typing_extensions:typing_extensions \
        regex:regex Cython:cython bitarray:bitarray omegaconf:omegaconf hydra:hydra_core \
        portalocker:portalocker tabulate:tabulate colorama:colorama lxml:lxml sacrebleu:sacrebleu \
        wheel:wheel setuptools:setuptools; do
        _mod=${_pair%%:*}
        _whl=$(find .whl -maxdepth 1 -iname "${_pair#*:}-*.whl" | head -1)
        if ! _have "$_mod"; then
            [ -n "$_whl" ] || { echo "install.sh: $_mod is missing and .whl/ has no wheel for it" >&2; }
            [ -n "$_whl" ] && _wheels+=("$_whl")
        fi
    done
    echo "install.sh: from .whl/: ${_wheels[*]:-nothing}"
    if [ ${#_wheels[@]} -gt 0 ]; then
        python3 -m pip install -q --no-index --no-deps --no-compile --target "$SITE" "${_wheels[@]}"
    fi
    _have antlr4 || python3 -m pip install -q --no-index --no-deps --no-build-isolation --target "$SITE" \
        .whl/antlr4-python3-runtime-4.9.3.tar.gz
    for _stub in sklearn:metrics scipy:stats; do
        if ! _have "${_stub%%:*}.${_stub#*:}"; then
            echo "install.sh: stub ${_stub%%:*}.${_stub#*:} (imported by fairseq, unused by translation)"
            mkdir -p "$SITE/${_stub%%:*}"
            : > "$SITE/${_stub%%:*}/__init__.py"
            printf 'def __getattr__(name):\n    def missing(*a, **kw):\n        raise ImportError("%s is a stub of benchmarks/gpu/install.sh")\n    return missing\n' \
                "${_stub%%:*}" > "$SITE/${_stub%%:*}/${_stub#*:}.py"
        fi
    done
    _src=$(mktemp -d)
    tar xzf .whl/fairseq_fixed-0.12.3.1.tar.gz -C "$_src"
    _setup=$(echo "$_src"/*/setup.py)
    python3 - "$_setup" <<'EOF'
import sys
path = sys.argv[1]
text = open(path).read()
anchor = 'cmdclass = {"build_ext": cpp_extension.BuildExtension}'
assert anchor in text, "fairseq's setup.py changed: install.sh cannot drop its torch C++ extensions"
keep = '{"fairseq.libbleu", "fairseq.data.data_utils_fast", "fairseq.data.token_block_utils_fast"}'
text = text.replace(anchor, f"extensions = [e for e in extensions if e.name in {keep}]\n{anchor}", 1)
open(path, "w").write(text)
EOF
    (unset CUDA_HOME; MAX_JOBS="$(nproc)" python3 -m pip install -q --no-index --no-deps \
        --no-build-isolation --target "$SITE" "$(dirname "$_setup")")
    rm -rf "$_src"
fi
python3 -c "import fairseq, fairseq_cli.train, torch; print('install.sh: fairseq', fairseq.__version__, 'from', \
fairseq.__file__, '| torch', torch.__version__, '| cuda', torch.cuda.is_available() and torch.cuda.get_device_name())"
PSKD_INSTALL_S=$(( $(date +%s) - _t0 ))
export PSKD_INSTALL_S
echo "install.sh: took $PSKD_INSTALL_S s"
