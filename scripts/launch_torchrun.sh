#!/usr/bin/env bash
# Multi-GPU / multi-node PS-KD training with torchrun: one process per GPU.
#
# Run the same command on every node, NODE_RANK = 0 .. NNODES - 1:
#   NNODES=2 NODE_RANK=0 MASTER_ADDR=node0 bash scripts/launch_torchrun.sh data-bin/wmt14_en_de ckpt/pskd
#
# Environment:
#   GPUS         processes on this node (default: the GPUs nvidia-smi lists)
#   NNODES, NODE_RANK, MASTER_ADDR (default 127.0.0.1), MASTER_PORT (default 29500)
#   PSKD_STORE_DIR   the PS-KD store directory of this node, used as given
#   PSKD_NODE_LOCAL  1: keep the store on node-local scratch ($TMPDIR, else /tmp) instead;
#                    a directory: under that directory. Either way it is named
#                    pskd_store-<save dir name>-<hash of the save dir's absolute path>.
#
# The PS-KD store: one directory per node, shared by that node's ranks, each writing the rows of
# the sentences it trained; nodes exchange an epoch's rows at its end. Its default home survives
# the job, next to the checkpoints: SAVE_DIR/pskd_store on one node, SAVE_DIR/pskd_store/node<i>
# with several (node i's directory; one directory seen by several machines is refused, one per
# node is not, even on a shared filesystem). A rerun resumes with the rows checkpoint_last.pt
# expects. Node-local scratch (PSKD_NODE_LOCAL) is faster on some clusters but does not follow a
# job to other machines: a rerun where the scratch is gone logs "resuming at epoch N without the
# store's rows" and trains that epoch's sentences on the hard target, and a node whose store is
# empty is refilled from the other nodes at the next epoch boundary.
# Size per node: 3 generations x target tokens x (K ids + K float16 probs + 1 gold id): ~34 bytes
# per token per generation at K = 8 with a vocabulary below 65,536 (docs/store-format.md, "Disk").
#
# Each process gets its rank from torchrun's RANK and LOCAL_RANK, passed to fairseq-train as
# --distributed-rank / --device-id with --distributed-init-method env:// (fairseq's own reading
# of torchrun's environment divides by the GPU count, so it cannot run without GPUs).
# tests/test_launchers.py runs this script with 2 CPU ranks over gloo.
set -euo pipefail
usage="usage: $0 DATA_BIN SAVE_DIR [extra fairseq-train args]"
DATA=${1:?$usage}
SAVE=${2:?$usage}
shift 2
NNODES=${NNODES:-1}
NODE_RANK=${NODE_RANK:-0}
if [ -z "${GPUS:-}" ]; then
    if ! command -v nvidia-smi >/dev/null 2>&1; then
        echo "error: GPUS is not set and nvidia-smi is not on PATH: set GPUS to the number of" \
            "processes to start on this node" >&2
        exit 2
    fi
    GPUS=$(nvidia-smi -L | wc -l)
fi
case "$GPUS" in
    '' | *[!0-9]* | 0) echo "error: GPUS must be a positive number of processes per node, got '$GPUS'" >&2; exit 2 ;;
esac
MASTER_ADDR=${MASTER_ADDR:-127.0.0.1}
MASTER_PORT=${MASTER_PORT:-29500}
PY=${PYTHON:-python}

mkdir -p "$SAVE"
SAVE_ABS=$(cd "$SAVE" && pwd -P)
case "${PSKD_NODE_LOCAL:-0}" in
    0 | '') SCRATCH= ;;
    1) SCRATCH=${TMPDIR:-/tmp} ;;
    /*) SCRATCH=$PSKD_NODE_LOCAL ;;
    *) echo "error: PSKD_NODE_LOCAL is 1 or an absolute directory, got '$PSKD_NODE_LOCAL'" >&2; exit 2 ;;
esac
if [ -n "${PSKD_STORE_DIR:-}" ]; then
    STORE=$PSKD_STORE_DIR
elif [ -n "$SCRATCH" ]; then
    # two save dirs of one name (runs/a/ckpt, runs/b/ckpt) never share a store
    STORE=$SCRATCH/pskd_store-$(basename "$SAVE_ABS")-$(printf '%s' "$SAVE_ABS" | sha1sum | cut -c1-10)
elif [ "$NNODES" -gt 1 ]; then
    STORE=$SAVE_ABS/pskd_store/node$NODE_RANK
else
    STORE=$SAVE_ABS/pskd_store
fi
echo "launch_torchrun: node $NODE_RANK of $NNODES, $GPUS processes, --pskd-store-dir $STORE" >&2
# where the plugin is (find_spec: without importing fairseq, which takes seconds)
USER_DIR=$("$PY" -c 'import importlib.util, os, sys
spec = importlib.util.find_spec("fairseq_pskd")
if spec is None:
    sys.exit(f"error: {sys.executable} cannot import fairseq_pskd: activate its environment or set PYTHON")
print(os.path.dirname(spec.origin))')

# shellcheck disable=SC2016  # $RANK and $LOCAL_RANK are each process's, expanded there
torchrun --nnodes "$NNODES" --node_rank "$NODE_RANK" --nproc_per_node "$GPUS" \
    --master_addr "$MASTER_ADDR" --master_port "$MASTER_PORT" --no-python \
    bash -c 'exec fairseq-train "$1" --distributed-init-method env:// --distributed-rank "$RANK" \
        --device-id "$LOCAL_RANK" --distributed-no-spawn "${@:2}"' pskd-rank \
    "$DATA" --user-dir "$USER_DIR" --criterion pskd \
    --pskd-alpha 0.5 --pskd-topk 8 --pskd-eos-scale 0 --label-smoothing 0.1 --pskd-store-dir "$STORE" \
    --save-dir "$SAVE" --distributed-world-size $((NNODES * GPUS)) "$@"
