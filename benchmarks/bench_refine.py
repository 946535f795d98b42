"""What each target variant costs where the prior is read: `targets.refine` (a data-loader worker
with --num-workers >= 1, the reader thread with 0), never the training thread.

The variants are timed in a rotated order on the same prior, call by call, and each is reported
as the median of its per-call ratio to the uniform residual with the EOS scale at 1 (the
stored distribution as predicted).

    python benchmarks/bench_refine.py --threads 1
    python benchmarks/bench_refine.py --smoke       # the smallest sizes: does it run?
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, md_table, median, parse_args, print_header  # noqa: E402

sys.path.insert(0, str(REPO))
from fairseq_pskd.targets import Prior, refine  # noqa: E402

PAD, EOS = 1, 2
VARIANTS = (("uniform", 1.0), ("uniform", 0.0), ("model", 1.0), ("model", 0.0))


def make_prior(rows: int, k: int, vocab: int) -> tuple[Prior, torch.Tensor]:
    """A prior as the store returns it (float16 probabilities widened), EOS stored in a third of
    the rows and the gold token EOS in one row in 20 (the end of a 20-token sentence)."""
    g = torch.Generator().manual_seed(0)
    target = torch.randint(4, vocab, (rows,), generator=g)
    target[19::20] = EOS
    probs, ids = torch.softmax(torch.randn(rows, vocab, generator=g) * 3, -1).topk(k, -1)
    some = ids[::3]  # a view: EOS goes into its last column where it is not stored already
    some[:, -1] = torch.where(some.eq(EOS).any(-1), some[:, -1], EOS)
    return Prior(torch.arange(rows), ids, probs.half().float()), target


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=4096, help="target tokens per batch")
    ap.add_argument("--ks", default="8,32")
    ap.add_argument("--vocab", type=int, default=10000)
    ap.add_argument("--calls", type=int, default=200)
    ap.add_argument("--threads", type=int, default=1)
    args = parse_args(ap, dict(rows=256, ks="8", vocab=1000, calls=3))
    torch.set_num_threads(args.threads)
    print_header("refine: the cost of each target variant where the prior is read")
    print(f"{args.rows} rows, V = {args.vocab}, {args.calls} calls per variant\n")
    rows = []
    for k in map(int, args.ks.split(",")):
        prior, target = make_prior(args.rows, k, args.vocab)
        times: dict[tuple[str, float], list[float]] = {v: [] for v in VARIANTS}
        for call in range(args.calls + 10):
            shift = call % len(VARIANTS)
            for residual, scale in VARIANTS[shift:] + VARIANTS[:shift]:
                start = time.perf_counter()
                refine(prior, target, PAD, args.vocab, 0.1, residual, EOS, scale)
                if call >= 10:  # the first calls warm the allocator
                    times[(residual, scale)].append(time.perf_counter() - start)
        base = times[VARIANTS[0]]
        for variant in VARIANTS:
            ratio = median([t / b for t, b in zip(times[variant], base)])
            rows.append((k, variant[0], f"{variant[1]:g}", median(times[variant]) * 1e3, ratio))
    headers = ["K", "residual", "EOS scale", "median ms per call", "median ratio to uniform, EOS 1"]
    print(md_table(headers, rows))


if __name__ == "__main__":
    main()
