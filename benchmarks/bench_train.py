"""Training throughput: --criterion pskd against label_smoothed_cross_entropy, CPU.

Two measurements, both on a generated corpus shaped like IWSLT'14 De-En (joint ~10k dictionary,
~25 target tokens per sentence), transformer_iwslt_de_en with the examples/translation recipe
(adam, inverse_sqrt, dropout 0.3, label smoothing 0.1, max-tokens 4096, shared decoder embeddings):

* steps (the fine-grained one): one process builds the task, the model and every criterion once
  through fairseq's own APIs (options parser, tasks.setup_task, task.build_criterion, Trainer), takes
  the first --batches batches of the epoch, and for each batch runs one fairseq Trainer.train_step
  (forward, backward, Adam update) per criterion, in an order rotated from batch to batch, each
  starting from the same weights (restored between steps, untimed) with the same dropout seed.
  Epoch 1 (pskd writes its top-k) and epoch 2 (pskd reads epoch 1's rows and writes its own) are
  reported apart. Overhead = median over batches of t(pskd) / t(label smoothing) - 1: a ratio of
  two steps a few seconds apart, which a noisy neighbour mostly cancels out of.
* runs (the whole-run one): fairseq-train --max-epoch 2 run after run, A B A B ..., reporting
  fairseq's own end-of-epoch words/s (wps) per epoch, each run's CPU time and page faults; medians
  over runs. --py-spy DIR samples every run with py-spy and prints where each criterion's time went.

On a shared machine use --threads 1: with two torch threads, another process on the two cores
stalls torch's thread barriers and the step times become mostly noise.

    python benchmarks/bench_train.py                      # tens of minutes on a small CPU machine
    python benchmarks/bench_train.py --only steps --ks 8 --step-sentences 1600 --batches 14 --threads 1
    python benchmarks/bench_train.py --only runs --runs 5 --threads 1 --py-spy /tmp/spy
    python benchmarks/bench_train.py --smoke              # the smallest sizes: does it run?
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import resource
import shutil
import subprocess
import sys
import time
import warnings
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np

from _common import DEFAULT_WORK, REPO, VENV_BIN, iqr, make_corpus, md_table, median, parse_args, print_header

ARCH = "transformer_iwslt_de_en"  # --arch: what every recipe flag below was chosen for
RECIPE = [
    "--task", "translation",
    "--share-decoder-input-output-embed",
    "--optimizer", "adam", "--adam-betas", "(0.9, 0.98)", "--clip-norm", "0.0",
    "--lr", "5e-4", "--lr-scheduler", "inverse_sqrt", "--warmup-updates", "4000",
    "--dropout", "0.3", "--weight-decay", "0.0001",
    "--max-tokens", "4096", "--cpu", "--max-epoch", "2", "--seed", "1",
]  # fmt: skip
LS = ["--criterion", "label_smoothed_cross_entropy", "--label-smoothing", "0.1"]


def pskd_args(k: int, store_dir: Path) -> list[str]:
    return [
        "--criterion", "pskd", "--label-smoothing", "0.1", "--pskd-alpha", "0.8",
        "--pskd-topk", str(k), "--pskd-store-dir", str(store_dir), "--pskd-reset-store",
    ]  # fmt: skip


def parse_ks(text: str, vocab: int) -> list[int]:
    return [vocab if k.strip().upper() == "V" else int(k) for k in text.split(",")]


# -- steps: in-process, step by step ---------------------------------------------------------


class Stopwatch:
    """Accumulates the time spent in wrapped callables, to break a pskd step down."""

    def __init__(self) -> None:
        self.total: dict[str, float] = defaultdict(float)

    def wrap(self, name: str, fn: Callable) -> Callable:
        def timed(*a, **kw):
            t0 = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                self.total[name] += time.perf_counter() - t0

        return timed

    def take(self) -> dict[str, float]:
        out = dict(self.total)
        self.total.clear()
        return out


PARTS = ("read_prior", "store.read", "prediction_rows", "store_predictions", "store.write")


def run_steps(args: argparse.Namespace, data: Path, work: Path) -> None:
    import torch
    from fairseq import options, tasks, utils
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf
    from fairseq.trainer import Trainer

    def cfg_for(extra: list[str]):
        argv = [str(data), "--user-dir", str(REPO / "fairseq_pskd"), "--save-dir", str(work / "save")]
        parser = options.get_training_parser()
        return convert_namespace_to_omegaconf(
            options.parse_args_and_arch(parser, argv + RECIPE + ["--arch", args.arch] + extra)
        )

    cfg_ls = cfg_for(LS)
    utils.import_user_module(cfg_ls.common)
    task = tasks.setup_task(cfg_ls.task)
    task.load_dataset("train")
    vocab = len(task.target_dictionary)
    torch.manual_seed(1)
    model = task.build_model(cfg_ls.model)
    n_params = sum(p.numel() for p in model.parameters())

    variants: dict[str, Trainer] = {
        "ls": Trainer(cfg_ls, task, model, task.build_criterion(cfg_ls.criterion))
    }
    watch = Stopwatch()
    for k in parse_ks(args.ks, vocab):
        name = f"pskd K={'V' if k == vocab else k}"
        cfg = cfg_for(pskd_args(k, work / f"store-k{k}"))
        # one task per pskd criterion: each criterion wraps its task's begin_epoch/train_step
        # (hooks.py), and two criteria on one task would wrap each other's wrappers
        task_k = tasks.setup_task(cfg.task)
        task_k.load_dataset("train")
        crit = task_k.build_criterion(cfg.criterion)
        # time the criterion's host-side parts (names differ between versions of criterion.py)
        for part in ("read_prior", "prediction_rows", "store_predictions", "write_predictions"):
            if hasattr(crit, f"_{part}"):
                setattr(crit, f"_{part}", watch.wrap(f"{name}/{part}", getattr(crit, f"_{part}")))
        variants[name] = Trainer(cfg, task_k, model, crit)
    for t in variants.values():
        t.lr_step(1)  # what checkpoint_utils.load_checkpoint does before epoch 1

    def step(name: str, sample) -> dict:
        return variants[name].train_step([sample])

    itr = variants["ls"].get_train_iterator(epoch=1, load_dataset=False).next_epoch_itr(shuffle=True)
    batches = [s for _, s in zip(range(args.batches), itr)]
    params = list(model.parameters())
    names = list(variants)
    # per epoch, per variant: step seconds; per pskd variant and part: seconds
    secs: dict[int, dict[str, list[float]]] = {e: defaultdict(list) for e in (1, 2)}
    parts: dict[int, dict[str, list[float]]] = {e: defaultdict(list) for e in (1, 2)}
    prior_share: dict[int, dict[str, list[float]]] = {e: defaultdict(list) for e in (1, 2)}
    tokens = [int(s["ntokens"]) for s in batches]
    t_start = time.perf_counter()
    for epoch in (1, 2):
        for t in variants.values():
            t.begin_epoch(epoch)  # task.begin_epoch: each pskd criterion learns the epoch
        if epoch == 1:  # the stores exist now (opened by begin_epoch)
            for name in names[1:]:
                store = variants[name].criterion.store
                store.read = watch.wrap(f"{name}/store.read", store.read)
                store.write = watch.wrap(f"{name}/store.write", store.write)
            # one untimed step per variant: first calls build kernels, caches, page tables
            for name in names:
                step(name, batches[0])
            watch.take()
        for i, sample in enumerate(batches):
            snapshot = [p.detach().clone() for p in params]
            order = names[i % len(names) :] + names[: i % len(names)]
            for name in order:
                with torch.no_grad():
                    for p, s in zip(params, snapshot):
                        p.copy_(s)
                watch.take()
                t0 = time.perf_counter()
                log = step(name, sample)
                dt = time.perf_counter() - t0
                secs[epoch][name].append(dt)
                if name != "ls":  # share of target tokens trained against a stored prediction
                    prior_share[epoch][name].append(float((log or {}).get("pskd_prior", float("nan"))))
                for part, v in watch.take().items():
                    parts[epoch][part].append(v)
            if args.verbose:
                print(
                    f"epoch {epoch} batch {i} ({tokens[i]} tok): "
                    + ", ".join(f"{n} {secs[epoch][n][-1]:.2f}s" for n in names),
                    file=sys.stderr,
                    flush=True,
                )
    elapsed = time.perf_counter() - t_start

    print_header("Training throughput, step by step in one process (bench_train.py --only steps)")
    print(
        f"{args.arch} ({n_params:,} parameters), V={vocab} joint dictionary, "
        f"{len(batches)} batches of max-tokens 4096 (median {int(np.median(tokens))} target tokens), "
        f"each batch trained once per criterion per epoch (fairseq Trainer.train_step: forward, "
        f"backward, Adam) in rotated order from the same weights and dropout seed; torch threads "
        f"{torch.get_num_threads()}; {elapsed / 60:.1f} min. Overhead = median over batches of "
        f"t(variant) / t(ls) - 1 [interquartile range]; prior share = fairseq's logged pskd_prior, "
        f"the share of target tokens trained against a stored prediction (0 in epoch 1 by design).\n"
    )
    rows = []
    for epoch in (1, 2):
        for name in names:
            wps = [n / s for n, s in zip(tokens, secs[epoch][name])]
            if name == "ls":
                over, share = "-", "-"
            else:
                share = f"{median(prior_share[epoch][name]):.3f}"
                r = [a / b - 1 for a, b in zip(secs[epoch][name], secs[epoch]["ls"])]
                q = iqr(r)
                over = f"{median(r) * 100:+.1f}% [{q[0] * 100:+.1f}, {q[1] * 100:+.1f}]"
            rows.append([epoch, name, share, f"{median(wps):.0f}", f"{median(secs[epoch][name]):.2f}", over])
    print(
        md_table(
            ["epoch", "criterion", "prior share", "median words/s", "median s/step", "overhead vs ls"], rows
        )
    )
    print()
    rows = []
    for epoch in (1, 2):
        for name in names[1:]:
            step_s = median(secs[epoch][name])
            cells = [epoch, name]
            for part in PARTS:
                v = parts[epoch].get(f"{name}/{part}")
                cells.append(f"{median(v) * 1e3:.1f} ({median(v) / step_s * 100:.1f}%)" if v else "-")
            rows.append(cells)
    print(
        "Host-side parts of a pskd step (median ms per step, share of the step). read_prior "
        "contains store.read; store_predictions contains prediction_rows (top-k, device->host "
        "copies, dtype conversions) and store.write; the loss itself is inside the rest of the "
        "step:\n"
    )
    print(md_table(["epoch", "criterion", *PARTS], rows))
    print()


# -- runs: whole fairseq-train runs, interleaved ---------------------------------------------

_EPOCH_LINE = re.compile(r"\| train \| epoch (\d+) \|.*?\| wps ([\d.]+) \|")


def tag_of(name: str) -> str:
    return re.sub(r"\W+", "_", name)


def run_once(
    data: Path, extra: list[str], save: Path, log: Path, spy: Path | None = None, arch: str = ARCH
) -> tuple[dict, float]:
    shutil.rmtree(save, ignore_errors=True)
    # --py-spy: sample the run (100 Hz, subprocesses too) into collapsed stacks, for spy_table
    prefix = [str(VENV_BIN / "py-spy"), "record", "-r", "100", "--format", "raw", "-s", "-o", str(spy), "--"]
    cmd = (prefix if spy else []) + [
        str(VENV_BIN / "fairseq-train"), str(data), "--user-dir", str(REPO / "fairseq_pskd"),
        *RECIPE, "--arch", arch, *extra, "--save-dir", str(save), "--no-save", "--disable-validation",
        "--log-format", "simple", "--log-interval", "1000",
    ]  # fmt: skip
    t0 = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(log, "w") as f:
        subprocess.run(cmd, check=True, stdout=f, stderr=subprocess.STDOUT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter() - t0
    wps = {int(m.group(1)): float(m.group(2)) for m in _EPOCH_LINE.finditer(log.read_text())}
    if set(wps) != {1, 2}:
        raise RuntimeError(f"no end-of-epoch wps for both epochs in {log}")
    # CPU time and page faults of the run (and its data-loader worker): what contention does
    # not change, unlike wall time and words/s
    wps["user"] = after.ru_utime - before.ru_utime
    wps["sys"] = after.ru_stime - before.ru_stime
    wps["minflt"] = after.ru_minflt - before.ru_minflt
    return wps, wall


def run_runs(args: argparse.Namespace, data: Path, work: Path) -> None:
    vocab = len((data / "dict.tgt.txt").read_text().splitlines()) + 4
    run_ks = parse_ks(args.run_ks, vocab)
    variants = {"ls": LS}
    for k in run_ks:
        variants[f"pskd K={'V' if k == vocab else k}"] = pskd_args(k, work / f"run-store-k{k}")
    names = list(variants)
    res: dict[str, list[tuple[dict[int, float], float]]] = defaultdict(list)
    t_start = time.perf_counter()
    for r in range(args.runs):
        for name in names:  # A B A B ...
            tag = tag_of(name)
            spy = args.py_spy / f"{tag}-{r}.txt" if args.py_spy else None
            res[name].append(
                run_once(data, variants[name], work / f"save-{tag}", work / f"{tag}-{r}.log", spy,
                         args.arch)
            )
            if args.verbose:
                w, wall = res[name][-1]
                print(f"run {r} {name}: wps {w} wall {wall:.1f}s", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - t_start
    for name in names:
        shutil.rmtree(work / f"save-{tag_of(name)}", ignore_errors=True)

    print_header("Training throughput, whole fairseq-train runs (bench_train.py --only runs)")
    print(
        f"{args.run_sentences:,} training sentences, --max-epoch 2, --disable-validation --no-save, "
        f"{args.runs} runs per criterion interleaved ({' '.join(names)}) x {args.runs}; words/s is "
        f"fairseq's end-of-epoch wps; overhead = median over rounds of wps(ls) / wps(variant) - 1 "
        f"within the same round; {elapsed / 60:.1f} min in all.\n"
    )
    rows = []
    for name in names:
        cells = [name]
        for epoch in (1, 2):
            w = [x[0][epoch] for x in res[name]]
            cells.append(f"{median(w):.0f} ({', '.join(f'{v:.0f}' for v in w)})")
            if name != "ls":
                r = [b[0][epoch] / a[0][epoch] - 1 for a, b in zip(res[name], res["ls"])]
                cells.append(f"{median(r) * 100:+.1f}%")
            else:
                cells.append("-")
        cells.append(f"{median([x[1] for x in res[name]]):.0f}")
        user, system = (median([x[0][key] for x in res[name]]) for key in ("user", "sys"))
        cells.append(f"{user:.1f} / {system:.1f}")
        cells.append(f"{median([x[0]['minflt'] for x in res[name]]) / 1e6:.2f}")
        rows.append(cells)
    print(
        md_table(
            ["criterion", "epoch 1 words/s (runs)", "overhead ep 1", "epoch 2 words/s (runs)",
             "overhead ep 2", "median wall s", "median CPU s user / sys", "median minor faults (M)"],
            rows,
        )
    )  # fmt: skip
    print()
    if args.py_spy:
        spy_table(args.py_spy, names, args.runs)


# functions whose samples tell where a run's time went (frames are matched by substring)
SPY_KEYS = (
    "_engine_run_backward", "Trainer.train_step", "TransformerModel", "Adam.step",
    "PSKDCriterion.begin_epoch", "PSKDCriterion._open_store", "_read_prior", "_prediction_rows",
    "_store_predictions", "TopKStore.read", "TopKStore.write", "TopKStore.flush", "pskd_loss",
    "label_smoothed_nll_loss", "load_checkpoint",
)  # fmt: skip


def spy_table(spy_dir: Path, names: list[str], runs: int) -> None:
    """Share of py-spy samples whose stack holds each of SPY_KEYS, per criterion (all runs)."""
    counts = {n: defaultdict(int) for n in names}
    totals = {n: 0 for n in names}
    for name in names:
        for r in range(runs):
            path = spy_dir / f"{tag_of(name)}-{r}.txt"
            if not path.exists():
                continue
            for line in path.read_text().splitlines():
                stack, _, n = line.rpartition(" ")
                frames = stack.split(";")[1:]  # the first frame names the process and its argv
                totals[name] += int(n)
                for key in SPY_KEYS:
                    if any(key in f for f in frames):
                        counts[name][key] += int(n)
    print(f"py-spy (100 Hz) samples per function, share of each criterion's samples over {runs} runs:\n")
    rows = [["total samples"] + [f"{totals[n]:,}" for n in names]]
    for key in SPY_KEYS:
        rows.append([key] + [f"{counts[n][key] / max(totals[n], 1) * 100:.2f}%" for n in names])
    print(md_table(["function (in stack)", *names], rows))
    print()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--only", choices=["steps", "runs"], default=None, help="run one part only")
    p.add_argument("--ks", default="1,8,32,V", help="K values of the steps part (V = vocabulary)")
    p.add_argument("--batches", type=int, default=6, help="batches per epoch in the steps part")
    p.add_argument("--threads", type=int, default=None,
                   help="torch threads (default: torch's); also OMP_NUM_THREADS of the runs")
    p.add_argument("--run-ks", default="8", help="K values of the runs part")
    p.add_argument("--runs", type=int, default=3, help="runs per criterion in the runs part")
    p.add_argument("--py-spy", type=Path, default=None, help="record each run with py-spy into DIR")
    p.add_argument("--step-sentences", type=int, default=800, help="corpus of the steps part")
    p.add_argument("--run-sentences", type=int, default=400, help="corpus of the runs part")
    p.add_argument("--vocab", type=int, default=10000, help="joint dictionary size")
    p.add_argument("--work", type=Path, default=DEFAULT_WORK / "train", help="stores, logs")
    p.add_argument("--keep", action="store_true", help="keep the stores and logs")
    p.add_argument("--verbose", action="store_true", help="print every step/run to stderr")
    p.add_argument("--arch", default=ARCH, help="fairseq --arch of both parts (default %(default)s)")
    # a 2+2-layer, d=64 model and one corpus of a batch or two for both parts: seconds, not minutes
    args = parse_args(p, dict(ks="8", batches=1, run_ks="8", runs=1, step_sentences=100,
                              run_sentences=100, vocab=1000, threads=1, arch="transformer_tiny"))

    logging.basicConfig(level=logging.WARNING)
    warnings.filterwarnings("ignore")
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
        os.environ["OMP_NUM_THREADS"] = str(args.threads)  # inherited by the fairseq-train runs
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    args.work.mkdir(parents=True, exist_ok=True)
    if args.py_spy:
        args.py_spy.mkdir(parents=True, exist_ok=True)
    try:
        if args.only in (None, "steps"):
            run_steps(args, make_corpus(args.step_sentences, vocab=args.vocab), args.work)
        if args.only in (None, "runs"):
            run_runs(args, make_corpus(args.run_sentences, vocab=args.vocab), args.work)
    finally:
        if not args.keep:
            shutil.rmtree(args.work, ignore_errors=True)


if __name__ == "__main__":
    main()
