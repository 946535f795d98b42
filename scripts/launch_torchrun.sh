#!/usr/bin/env bash
# Multi-GPU / multi-node PS-KD training with torchrun: one process per GPU, fairseq reads the
# rank from torchrun's environment (RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT).
#
# Run the same command on every node, NODE_RANK = 0 .. NNODES - 1:
#   NNODES=2 NODE_RANK=0 MASTER_ADDR=node0 bash scripts/launch_torchrun.sh data-bin/wmt14_en_de ckpt/pskd
#
# The PS-KD store (PSKD_STORE_DIR): one directory per node, shared by that node's ranks, each
# writing the rows of the sentences it trained; nodes exchange an epoch's rows at its end. One
# directory seen by several nodes (a shared filesystem) is refused, so with NNODES > 1 the default
# is node-local: /tmp/pskd_store-<save dir name> (SAVE_DIR/pskd_store on one node). Size per node:
# 3 generations x target tokens x (K ids + K float16 probs + 1 gold id): ~34 bytes per token per
# generation at K = 8 with a vocabulary below 65,536 (WMT'14 En-De: ~14 GB).
# Not run here: this project's machines have no GPUs; the same code path is tested with 2 CPU
# ranks over gloo in tests/test_distributed.py.
set -euo pipefail
DATA=${1:?usage: $0 DATA_BIN SAVE_DIR [extra fairseq-train args]}
SAVE=${2:?usage: $0 DATA_BIN SAVE_DIR [extra fairseq-train args]}
shift 2
NNODES=${NNODES:-1}
NODE_RANK=${NODE_RANK:-0}
GPUS=${GPUS:-$(nvidia-smi -L | wc -l)}
MASTER_ADDR=${MASTER_ADDR:-127.0.0.1}
MASTER_PORT=${MASTER_PORT:-29500}
if [ "$NNODES" -gt 1 ]; then DEFAULT_STORE=/tmp/pskd_store-$(basename "$SAVE"); else DEFAULT_STORE=$SAVE/pskd_store; fi
STORE=${PSKD_STORE_DIR:-$DEFAULT_STORE}
USER_DIR=$(python -c "import fairseq_pskd, os; print(os.path.dirname(fairseq_pskd.__file__))")

torchrun --nnodes "$NNODES" --node_rank "$NODE_RANK" --nproc_per_node "$GPUS" \
    --master_addr "$MASTER_ADDR" --master_port "$MASTER_PORT" --no-python \
    fairseq-train "$DATA" --user-dir "$USER_DIR" --criterion pskd \
    --pskd-alpha 0.5 --pskd-topk 8 --pskd-eos-scale 0 --label-smoothing 0.1 --pskd-store-dir "$STORE" \
    --save-dir "$SAVE" --distributed-world-size $((NNODES * GPUS)) "$@"
