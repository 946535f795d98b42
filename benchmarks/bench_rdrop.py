"""R-Drop's loss on PS-KD targets (`--criterion pskd --rdrop-alpha`) against fairseq's R-Drop
(`label_smoothed_cross_entropy_with_rdrop`): forward + backward from the logits of both passes.

The timed region is what each criterion does after the model: fairseq's log_softmax of the
[2N, V] logits, then
* rdrop (fairseq's): label smoothing over 2N rows + compute_kl_loss, which normalizes the logits
  twice more (log-probabilities and probabilities) for the KL;
* pskd+rdrop (ours): pskd_loss on each pass against the same targets + rdrop_kl, on the one
  log_softmax; every token has a stored top-K prior (epoch >= 2, the most work), refined before
  the region as a data-loader worker would;
* pskd+rdrop, epoch 1: the same without a prior.
Variants alternate call by call in a rotated order; each is reported as the median of its
per-call ratio to fairseq's R-Drop. Peak memory: the allocations live in the region at its peak.

    python benchmarks/bench_rdrop.py --threads 1
    python benchmarks/bench_rdrop.py --smoke        # the smallest sizes: does it run?
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, allocated_peak, md_table, median, parse_args, print_header  # noqa: E402

sys.path.insert(0, str(REPO))
from fairseq import utils  # noqa: E402
from fairseq.criterions.label_smoothed_cross_entropy import label_smoothed_nll_loss  # noqa: E402
from fairseq.criterions.label_smoothed_cross_entropy_with_rdrop import compute_kl_loss  # noqa: E402

from fairseq_pskd.loss import pskd_loss, rdrop_kl  # noqa: E402
from fairseq_pskd.targets import Prior, refine  # noqa: E402

PAD, EOS, EPS, ALPHA, RDROP = 1, 2, 0.1, 0.5, 5.0
VARIANTS = ("rdrop", "pskd+rdrop", "pskd+rdrop, epoch 1")


class _Normalizer:
    """What compute_kl_loss asks of the model: its normalized probabilities, as fairseq's
    decoders compute them (utils.log_softmax / utils.softmax, in float32)."""

    @staticmethod
    def get_normalized_probs(net_output, log_probs):
        fn = utils.log_softmax if log_probs else utils.softmax
        return fn(net_output[0], dim=-1)


def make_inputs(n: int, v: int, k: int):
    g = torch.Generator().manual_seed(0)
    logits = torch.randn(2 * n, v, generator=g)
    target = torch.randint(4, v, (n,), generator=g)
    target[n - n // 10:] = PAD  # the padding of a batch of unequal lengths
    probs, ids = torch.softmax(torch.randn(n, v, generator=g) * 3, -1).topk(k, -1)
    keep = torch.nonzero(target.ne(PAD)).squeeze(1)
    prior = Prior(keep, ids[keep], probs[keep].half().float())
    return logits, target, refine(prior, target, PAD, v, EPS, "uniform", EOS, 0.0)


def loss_of(variant: str, target: torch.Tensor, targets):
    both = torch.cat([target, target])
    pad_mask = target.unsqueeze(-1).eq(PAD)

    def fairseq_rdrop(logits):
        lp = utils.log_softmax(logits, dim=-1)
        loss = label_smoothed_nll_loss(lp, both, EPS, ignore_index=PAD)[0]
        return loss + RDROP * compute_kl_loss(_Normalizer(), (logits,), pad_mask)

    def ours(logits, prior):
        lp = utils.log_softmax(logits, dim=-1)
        first, second = lp.chunk(2)
        loss = pskd_loss(first, target, EPS, ALPHA, prior, ignore_index=PAD)[0]
        loss = loss + pskd_loss(second, target, EPS, ALPHA, prior, ignore_index=PAD)[0]
        return loss + RDROP * rdrop_kl(lp, target, PAD)

    if variant == "rdrop":
        return fairseq_rdrop
    return lambda logits: ours(logits, targets if variant == "pskd+rdrop" else None)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tokens", type=int, default=4096, help="target tokens per pass")
    ap.add_argument("--vocab", type=int, default=10000)
    ap.add_argument("--k", type=int, default=8)
    ap.add_argument("--calls", type=int, default=30)
    ap.add_argument("--threads", type=int, default=1)
    args = parse_args(ap, dict(tokens=256, vocab=1000, calls=2))
    torch.set_num_threads(args.threads)
    logits, target, targets = make_inputs(args.tokens, args.vocab, args.k)
    leaf = logits.requires_grad_()
    fns = {v: loss_of(v, target, targets) for v in VARIANTS}

    def run(variant: str) -> None:
        leaf.grad = None
        fns[variant](leaf).backward()

    times: dict[str, list[float]] = {v: [] for v in VARIANTS}
    for call in range(args.calls + 3):
        shift = call % len(VARIANTS)
        for v in VARIANTS[shift:] + VARIANTS[:shift]:
            start = time.perf_counter()
            run(v)
            if call >= 3:  # the first calls warm the allocator
                times[v].append(time.perf_counter() - start)
    peaks = {v: allocated_peak(lambda v=v: run(v)) for v in VARIANTS}

    print_header("R-Drop on PS-KD targets against fairseq's R-Drop: loss forward + backward")
    print(f"{args.tokens} target tokens per pass (10% padding), V = {args.vocab}, K = {args.k}, "
          f"float32, {args.calls} calls per variant, torch threads {torch.get_num_threads()}\n")
    rows = []
    for v in VARIANTS:
        ratio = median([t / b for t, b in zip(times[v], times["rdrop"])])
        rows.append((v, f"{median(times[v]) * 1e3:.0f}", f"{ratio:.3f}", f"{peaks[v] / 2**20:.0f}",
                     f"{peaks[v] / peaks['rdrop']:.3f}"))
    print(md_table(["variant", "median ms", "median time ratio to rdrop", "peak MiB",
                    "peak ratio to rdrop"], rows))


if __name__ == "__main__":
    main()
