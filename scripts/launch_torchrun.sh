#!/usr/bin/env bash
# Multi-GPU / multi-node PS-KD training with torchrun: one process per GPU, fairseq reads the
# rank from torchrun's environment (RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT).
#
# Run the same command on every node, NODE_RANK = 0 .. NNODES - 1:
#   NNODES=2 NODE_RANK=0 MASTER_ADDR=node0 bash scripts/launch_torchrun.sh data-bin/wmt14_en_de ckpt/pskd
#
# The PS-KD store (PSKD_STORE_DIR, default SAVE_DIR/pskd_store): every node reads its own copy,
# written by one process per node (the lowest rank that sees the directory), so node-local disk
# works with no shared filesystem; if the path is on a shared filesystem, one process of the whole
# job writes it. Size per
# node: 2 generations x target tokens x (K ids + K float16 probs + 1 gold id): ~34 bytes per token
# per generation at K = 8 with a vocabulary below 65,536 (WMT'14 En-De: ~9.5 GB).
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
STORE=${PSKD_STORE_DIR:-$SAVE/pskd_store}
USER_DIR=$(python -c "import fairseq_pskd, os; print(os.path.dirname(fairseq_pskd.__file__))")

torchrun --nnodes "$NNODES" --node_rank "$NODE_RANK" --nproc_per_node "$GPUS" \
    --master_addr "$MASTER_ADDR" --master_port "$MASTER_PORT" --no-python \
    fairseq-train "$DATA" --user-dir "$USER_DIR" --criterion pskd \
    --pskd-alpha 0.8 --pskd-topk 8 --label-smoothing 0.1 --pskd-store-dir "$STORE" \
    --save-dir "$SAVE" --distributed-world-size $((NNODES * GPUS)) "$@"
