"""The writer's top-k: over every row, then select the non-pad rows (what pipeline.device_topk does),
against selecting the non-pad rows first and taking the top-k of those only.

Selecting first copies n x V log-probs (memory: 1.6 GB at 25k tokens and V = 32k in float16) to
save the top-k of the padding rows. Interleaved call by call, median of --calls; CPU, one thread.

    python benchmarks/bench_topk.py
    python benchmarks/bench_topk.py --smoke      # the smallest sizes: does it run?
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import md_table, median, parse_args, print_header  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=4096, help="target tokens of the batch")
    ap.add_argument("--vocab", type=int, default=10000)
    ap.add_argument("--k", type=int, default=8)
    ap.add_argument("--calls", type=int, default=15, help="calls per variant and padding")
    args = parse_args(ap, dict(rows=256, vocab=1000, calls=3))
    torch.set_num_threads(1)
    rows, vocab, k = args.rows, args.vocab, args.k
    lprobs = torch.randn(rows, vocab).log_softmax(-1)
    out = []
    for pad in (0.0, 0.1, 0.25):
        flat = torch.randperm(rows)[: int(rows * (1 - pad))].sort().values
        after, first = [], []
        for _ in range(args.calls):
            t0 = time.perf_counter()
            top, ids = lprobs.topk(k, -1, sorted=False)
            top.index_select(0, flat), ids.index_select(0, flat)
            t1 = time.perf_counter()
            lprobs.index_select(0, flat).topk(k, -1, sorted=False)
            t2 = time.perf_counter()
            after.append(t1 - t0)
            first.append(t2 - t1)
        out.append([f"{pad:.0%}", f"{median(after) * 1e3:.1f}", f"{median(first) * 1e3:.1f}",
                    f"{median([b / a for a, b in zip(after, first)]):.2f}x"])
    print_header("Top-k over every row vs over the non-pad rows (bench_topk.py)")
    print(f"[{rows}, {vocab}] float32 log-probs, K = {k}, CPU, 1 thread\n")
    print(md_table(["padding rows", "top-k, then select (ms)", "select, then top-k (ms)", "ratio"], out))


if __name__ == "__main__":
    main()
