"""Loss forward + backward alone: pskd_loss against fairseq's label_smoothed_nll_loss.

N tokens x V vocabulary (default 4096 x 32k), every token with a stored top-K prior (epoch >= 2,
all rows usable: the most work pskd_loss ever does), epsilon 0.1, alpha 0.8, 'uniform' residual.

Cases (what the timed region contains):
* loss: lprobs [N, V] float32 is a leaf; region = loss forward + backward to lprobs.
* log_softmax+loss: logits [N, V] (float32 or bfloat16) are the leaf; region = fairseq's
  utils.log_softmax (which upcasts to float32, so under --bf16 the loss still runs in float32)
  + loss + backward to the logits. This is what a criterion adds on top of the model.

Time: A and B alternate rep by rep in one process (A B B A ...); ratio = median over pairs.
Peak memory, measured two ways, each case in a fresh subprocess:
* allocated: torch.profiler(profile_memory=True) records every CPU allocation and free in the
  region; peak = the maximum running sum of the region's allocations (bytes live above what
  existed before the region). Independent of the allocator and of the page cache.
* RSS: VmHWM after the region minus VmRSS before it, with the high-water mark reset
  (/proc/self/clear_refs) just before the region. glibc serves these sizes with mmap, so this
  tracks the allocated bytes; it is the OS's view, as a cross-check.

    python benchmarks/bench_loss.py                  # minutes
    python benchmarks/bench_loss.py --tokens 8192 --vocab 32000 --ks 1,8,32 --reps 20
    python benchmarks/bench_loss.py --smoke          # the smallest sizes: does it run?
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

import torch

from _common import (
    REPO,
    allocated_peak,
    iqr,
    md_table,
    median,
    parse_args,
    print_header,
    proc_status,
    reset_peak_rss,
)

sys.path.insert(0, str(REPO))
# twopass: pskd_loss before its one-gather rewrite (benchmarks/baselines/), for before/after
VARIANTS = ("ls", "pskd", "twopass")

EPS, ALPHA, PAD = 0.1, 0.8, 1


def make_inputs(n: int, v: int, k: int, dtype: torch.dtype, seed: int = 0):
    """Logits, targets and a prior shaped like the criterion's: top-k of another distribution."""
    from fairseq_pskd.targets import Prior

    g = torch.Generator().manual_seed(seed)
    logits = torch.randn(n, v, generator=g).to(dtype)
    target = torch.randint(4, v, (n,), generator=g)
    teacher = torch.randn(n, v, generator=g).mul_(3).softmax(-1)
    probs, ids = teacher.topk(k, dim=-1)
    del teacher
    prior = Prior(index=torch.arange(n), ids=ids, probs=probs.float().contiguous())
    return logits, target, prior


def loss_fn(variant: str, k: int, prior):
    """The loss of `variant` as a function of lprobs [N, V]."""
    from fairseq.criterions.label_smoothed_cross_entropy import label_smoothed_nll_loss

    from fairseq_pskd.loss import pskd_loss

    if variant == "ls":
        return lambda lp, t: label_smoothed_nll_loss(lp, t, EPS, ignore_index=PAD, reduce=True)[0]
    if variant == "twopass":
        from baselines.pskd_loss_twopass import pskd_loss_twopass

        return lambda lp, t: pskd_loss_twopass(lp, t, EPS, ALPHA, prior, "uniform", ignore_index=PAD)[0]
    return lambda lp, t: pskd_loss(lp, t, EPS, ALPHA, prior, "uniform", ignore_index=PAD)[0]


def check_twopass(k: int) -> float:
    """The baseline must be the same function as the current pskd_loss (else the before/after compares
    different losses): loss, nll, stats and gradient on a small case with padding, a partial prior
    and both residuals. Returns the largest relative difference seen."""
    from baselines.pskd_loss_twopass import pskd_loss_twopass

    from fairseq_pskd.loss import pskd_loss
    from fairseq_pskd.targets import Prior

    worst = 0.0
    for residual in ("uniform", "renorm"):
        for kk in (k, 1, 50):
            logits, target, prior = make_inputs(64, 50, kk, torch.float32, seed=kk)
            target[::7] = PAD
            keep = torch.nonzero(target.ne(PAD) & (torch.arange(64) % 3 != 0)).squeeze(1)
            prior = Prior(keep, prior.ids[keep], prior.probs[keep])
            outs = []
            for fn in (pskd_loss, pskd_loss_twopass):
                lp = torch.log_softmax(logits.double(), -1).float().requires_grad_()
                loss, nll, stats = fn(lp, target, EPS, ALPHA, prior, residual, ignore_index=PAD)
                loss.backward()
                outs.append((loss.detach(), nll.detach(), torch.tensor(stats[1:]), lp.grad))
            for a, b in zip(*outs):
                rel = float((a - b).abs().max() / a.abs().max().clamp_min(1e-12))
                if rel > 1e-4:
                    raise AssertionError(f"two-pass baseline differs ({residual}, K={kk}): {rel:.2e}")
                worst = max(worst, rel)
    return worst


def region(case: str, leaf: torch.Tensor, target: torch.Tensor, fn) -> None:
    """One forward + backward of `case`; the gradient lands in leaf.grad."""
    from fairseq import utils

    lprobs = utils.log_softmax(leaf, dim=-1) if case == "log_softmax+loss" else leaf
    fn(lprobs, target).backward()


def make_leaf(case: str, logits: torch.Tensor) -> torch.Tensor:
    if case == "loss":
        return torch.log_softmax(logits.float(), -1).detach().requires_grad_()
    return logits.detach().requires_grad_()


def child(spec: dict) -> dict:
    """Peak memory of one (case, dtype, variant, K) in this fresh process."""
    dtype = getattr(torch, spec["dtype"])
    logits, target, prior = make_inputs(spec["tokens"], spec["vocab"], spec["k"], dtype)
    fn = loss_fn(spec["variant"], spec["k"], prior)
    leaf = make_leaf(spec["case"], logits)
    region(spec["case"], leaf, target, fn)  # warm-up: lazily made kernels and buffers
    leaf.grad = None

    reset_peak_rss()
    rss0 = proc_status("VmRSS")
    region(spec["case"], leaf, target, fn)
    rss_peak = proc_status("VmHWM") - rss0
    leaf.grad = None

    peak = allocated_peak(lambda: region(spec["case"], leaf, target, fn))
    return {"alloc_peak": peak, "rss_peak": rss_peak, "input_bytes": logits.numel() * logits.element_size()}


def profile_ops(args: argparse.Namespace, reps: int = 3) -> None:
    """Where the time of the loss alone goes: torch.profiler's self-CPU table per variant."""
    from torch.profiler import ProfilerActivity, profile

    k = int(args.ks.split(",")[0])
    logits, target, prior = make_inputs(args.tokens, args.vocab, k, torch.float32)
    leaf = make_leaf("loss", logits)
    print_header("Loss profile (bench_loss.py --profile)")
    for v in VARIANTS:
        fn = loss_fn(v, k, prior)
        for _ in range(2):
            leaf.grad = None
            region("loss", leaf, target, fn)
        with profile(activities=[ProfilerActivity.CPU]) as prof:
            for _ in range(reps):
                leaf.grad = None
                region("loss", leaf, target, fn)
        rows = []
        avgs = sorted(prof.key_averages(), key=lambda e: -e.self_cpu_time_total)
        total = sum(e.self_cpu_time_total for e in avgs)
        for e in avgs[:8]:
            rows.append([e.key, f"{e.self_cpu_time_total / 1e3 / reps:.1f}", e.count // reps])
        print(f"{v}: {args.tokens} x {args.vocab}, K={k}, loss alone, "
              f"{total / 1e3 / reps:.1f} ms self CPU per rep\n")
        print(md_table(["op", "self ms per rep", "calls per rep"], rows))
        print()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tokens", type=int, default=4096)
    p.add_argument("--vocab", type=int, default=32000)
    p.add_argument("--ks", default="8", help="comma-separated K of the prior")
    p.add_argument("--reps", type=int, default=10, help="timed reps per variant and case")
    p.add_argument("--cases", default="loss:float32,log_softmax+loss:float32,log_softmax+loss:bfloat16")
    p.add_argument("--profile", action="store_true",
                   help="print torch.profiler's top ops per variant and exit")
    p.add_argument("--child", help=argparse.SUPPRESS)
    # one case: each case measures its peak memory in three fresh processes, each importing fairseq
    args = parse_args(p, dict(tokens=256, vocab=1000, reps=2, cases="log_softmax+loss:bfloat16"))
    if args.child:
        print(json.dumps(child(json.loads(args.child))))
        return
    if args.profile:
        profile_ops(args)
        return

    cases = [tuple(c.split(":")) for c in args.cases.split(",")]
    ks = [int(k) for k in args.ks.split(",")]
    baseline_diff = check_twopass(ks[0])
    rows_t, rows_m = [], []
    for k in ks:
        for case, dt in cases:
            logits, target, prior = make_inputs(args.tokens, args.vocab, k, getattr(torch, dt))
            leaf = make_leaf(case, logits)
            fns = {v: loss_fn(v, k, prior) for v in VARIANTS}
            times = {v: [] for v in VARIANTS}
            for i in range(args.reps + 2):
                j = i % len(VARIANTS)
                order = VARIANTS[j:] + VARIANTS[:j]
                for v in order:
                    leaf.grad = None
                    t0 = time.perf_counter()
                    region(case, leaf, target, fns[v])
                    dt_s = time.perf_counter() - t0
                    if i >= 2:  # two untimed warm-up pairs
                        times[v].append(dt_s)
            del leaf, logits, prior
            cells = [k, case, dt] + [f"{median(times[v]) * 1e3:.0f}" for v in VARIANTS]
            for v in VARIANTS[1:]:
                r = [b / a for a, b in zip(times["ls"], times[v])]
                q = iqr(r)
                cells.append(f"{median(r):.3f} [{q[0]:.3f}, {q[1]:.3f}]")
            rows_t.append(cells)
            mem = {}
            for v in VARIANTS:
                spec = dict(case=case, dtype=dt, variant=v, k=k, tokens=args.tokens, vocab=args.vocab)
                out = subprocess.run(
                    [sys.executable, __file__, "--child", json.dumps(spec)],
                    check=True, capture_output=True, text=True,
                )  # fmt: skip
                mem[v] = json.loads(out.stdout.strip().splitlines()[-1])
            mib = 2**20
            cells = [k, case, dt]
            for key in ("alloc_peak", "rss_peak"):
                cells += [f"{mem[v][key] / mib:.0f}" for v in VARIANTS]
                cells += [f"{mem[v][key] / max(mem['ls'][key], 1):.3f}" for v in VARIANTS[1:]]
            rows_m.append(cells)

    print_header("Loss forward + backward (bench_loss.py)")
    print(
        f"{args.tokens} tokens x {args.vocab} vocabulary, every token with a top-K prior, eps {EPS}, "
        f"alpha {ALPHA}, uniform residual; torch threads {torch.get_num_threads()}; {args.reps} "
        f"timed reps per variant, A/B alternating; ratio = median over rep pairs of "
        f"t(pskd) / t(ls) [interquartile range].\n"
    )
    print(
        "Variants: ls = fairseq's label_smoothed_nll_loss; pskd = fairseq_pskd.loss.pskd_loss "
        "as it is; twopass = pskd_loss before its one-gather rewrite "
        "(benchmarks/baselines/pskd_loss_twopass.py), checked to be the same function (loss, nll, "
        f"stats, gradient; largest relative difference {baseline_diff:.1e}).\n"
    )
    print(
        md_table(
            ["K", "case", "dtype", "ls ms", "pskd ms", "twopass ms", "pskd/ls time", "twopass/ls time"],
            rows_t,
        )
    )
    print(
        "\nPeak memory above what existed before the region (MiB); inputs (logits, and for "
        "'loss' the lprobs leaf) are not counted:\n"
    )
    print(
        md_table(
            ["K", "case", "dtype", "ls alloc", "pskd alloc", "twopass alloc", "pskd/ls", "twopass/ls",
             "ls RSS", "pskd RSS", "twopass RSS", "pskd/ls", "twopass/ls"],
            rows_m,
        )
    )
    print()


if __name__ == "__main__":
    main()
