"""The whole criterion in a real training step: label smoothing against PS-KD, step by step.

bench_hotpath.py simulated the forward with a sleep, which releases Python's GIL, and timed the
training thread's CPU time, which leaves out every wait. Here the step is real: fairseq's
`task.train_step` (a Transformer forward, the criterion, the backward) in one process, with the
GIL held by the model's own Python as in a real run, and what is timed is what the training
thread waits for:

* step: wall time of `train_step` on the training thread, every wait included (the reader's
  result, a full writer queue);
* +writer: step plus the wait, after it, until the writer thread has written the step's rows
  (what the writer costs if nothing else overlaps it);
* cpu: CPU time of the whole process (every thread: training, reader, writer) over step +writer.

Three criteria per batch, in an order rotated from batch to batch, in epoch 2 (PS-KD reads epoch
1's rows and writes its own):
* ls: fairseq's label_smoothed_cross_entropy;
* pskd-thread: `--criterion pskd` reading the prior on its reader thread (`--num-workers 0`);
* pskd-loader: the same, with the prior read and refined beforehand, as a data-loader worker does
  in its own process (`--num-workers` >= 1; loader.py): the training process makes no store read.

Each ratio is per batch (pskd / ls on the same batch, seconds apart), reported as the median over
batches. Syncs (calls that would wait for a GPU) are counted over the criterion's forward, aten
ops over the whole step (model included); the loss's own op count is a test
(tests/test_loss.py).

    python benchmarks/bench_step.py --threads 1                 # tens of minutes on a small CPU machine
    python benchmarks/bench_step.py --threads 1 --sizes launch:256:40  # one size
    python benchmarks/bench_step.py --smoke                     # the smallest sizes: does it run?
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import torch
from torch.utils._python_dispatch import TorchDispatchMode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_hotpath import SyncCounter  # noqa: E402

from _common import REPO, make_corpus, md_table, median, parse_args, print_header  # noqa: E402

# (name, target tokens per batch, batches): a launch-bound size, IWSLT's 4k, a big GPU batch
SIZES = "launch:256:40,4k:4096:20,25k:25000:4"
ARMS = ("ls", "pskd-thread", "pskd-loader")


def model_args(size: str) -> list[str]:
    if size == "launch":  # a model whose step is mostly kernel launches and Python
        dims = ["1", "64", "128", "2"]
    else:
        dims = ["2", "256", "1024", "4"]
    layers, dim, ffn, heads = dims
    return [
        "--task", "translation", "--arch", "transformer",
        "--encoder-layers", layers, "--decoder-layers", layers,
        "--encoder-embed-dim", dim, "--decoder-embed-dim", dim,
        "--encoder-ffn-embed-dim", ffn, "--decoder-ffn-embed-dim", ffn,
        "--encoder-attention-heads", heads, "--decoder-attention-heads", heads,
        "--share-all-embeddings", "--dropout", "0.1", "--cpu", "--num-workers", "0", "--seed", "1",
        "--optimizer", "adam", "--lr", "1e-3",
    ]  # fmt: skip


def build(data: Path, work: Path, size: str, tokens: int, criterion: list[str]):
    from fairseq import options, tasks, utils
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf

    argv = [str(data), *model_args(size), "--max-tokens", str(tokens), "--save-dir", str(work),
            "--max-epoch", "4", "--user-dir", str(REPO / "fairseq_pskd"), *criterion]
    cfg = convert_namespace_to_omegaconf(options.parse_args_and_arch(options.get_training_parser(), argv))
    utils.import_user_module(cfg.common)
    task = tasks.setup_task(cfg.task)
    task.load_dataset("train")
    return cfg, task


class CountOps(TorchDispatchMode):
    def __init__(self):
        super().__init__()
        self.n = 0

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        self.n += 1
        return func(*args, **(kwargs or {}))


class _NoOptimizer:
    def backward(self, loss):
        loss.backward()


def drained(criterion) -> None:
    if hasattr(criterion, "run"):
        criterion.run.writer.drain()


def run_size(args, data: Path, size: str, tokens: int, n_batches: int) -> dict:
    from fairseq_pskd import pipeline
    from fairseq_pskd.layout import LAYOUT_KEY
    from fairseq_pskd.loader import PRIOR_KEY, ShippedPrior

    # the top-k of the step's predictions (device work on a GPU, one kernel), timed apart: on CPU
    # it is compute, and at a launch-bound size it is most of what PS-KD adds
    topk_s: list[float] = []
    device_topk = pipeline.device_topk

    def timed_topk(*a, **kw):
        t0 = time.perf_counter()
        out = device_topk(*a, **kw)
        topk_s.append(time.perf_counter() - t0)
        return out

    pipeline.device_topk = timed_topk

    work = Path(tempfile.mkdtemp(prefix=f"bench-step-{size}-"))
    pskd = ["--criterion", "pskd", "--pskd-alpha", "0.5", "--pskd-topk", str(args.k),
            "--label-smoothing", "0.1"]
    cfg_ls, task_ls = build(data, work / "ls", size, tokens,
                            ["--criterion", "label_smoothed_cross_entropy", "--label-smoothing", "0.1"])
    torch.manual_seed(1)
    model = task_ls.build_model(cfg_ls.model)
    model.train()
    # one task per PS-KD criterion: each wraps its own task's hooks
    criteria = {"ls": (task_ls, task_ls.build_criterion(cfg_ls.criterion))}
    for arm in ARMS[1:]:
        cfg, task = build(data, work / arm, size, tokens, pskd)
        criteria[arm] = (task, task.build_criterion(cfg.criterion))
    task0, crit0 = criteria["pskd-thread"]
    itr = task0.get_batch_iterator(task0.dataset("train"), max_tokens=tokens, seed=1,
                                   required_batch_size_multiple=1).next_epoch_itr(shuffle=True)
    batches = [b for _, b in zip(range(n_batches), itr)]
    assert all(LAYOUT_KEY in b for b in batches)

    def step(arm: str, batch, update: int) -> None:
        task, crit = criteria[arm]
        model.zero_grad(set_to_none=True)
        task.train_step(batch, model, crit, _NoOptimizer(), update_num=update)

    for arm in ARMS:  # epoch 1: PS-KD writes every batch's rows
        task, crit = criteria[arm]
        crit.train()
        task.begin_epoch(1, model)
        for b in batches:
            step(arm, b, 0)
        drained(crit)
    for arm in ARMS:
        criteria[arm][0].begin_epoch(2, model)
    loader_crit = criteria["pskd-loader"][1]
    shipped = [
        {**b, PRIOR_KEY: ShippedPrior(2, loader_crit.loader.refiner.read(
            loader_crit.store, b[LAYOUT_KEY], 2))}
        for b in batches
    ]
    inputs = {"ls": batches, "pskd-thread": batches, "pskd-loader": shipped}

    # counts, untimed: syncs over the criterion's forward, ops over the step and over the loss
    counts = {}
    for arm in ARMS:
        task, crit = criteria[arm]
        forward = crit.forward
        syncs = SyncCounter()

        def counted(*a, _f=forward, _s=syncs, **kw):
            with _s:
                return _f(*a, **kw)

        crit.forward = counted
        ops = CountOps()
        with ops:
            step(arm, inputs[arm][0], 1)
        crit.forward = forward
        drained(crit)
        counts[arm] = {"syncs": syncs.count, "sync_names": dict(syncs.names), "step_ops": ops.n}
    for arm in ARMS:  # warm-up
        step(arm, inputs[arm][0], 1)
        drained(criteria[arm][1])

    times: dict[str, dict[str, list[float]]] = {a: defaultdict(list) for a in ARMS}
    topk_s.clear()
    for rep in range(args.repeats):
        for i in range(len(batches)):
            order = ARMS[(i + rep) % 3:] + ARMS[:(i + rep) % 3]
            for arm in order:
                c0, t0 = time.process_time(), time.perf_counter()
                step(arm, inputs[arm][i], 1)
                t1 = time.perf_counter()
                drained(criteria[arm][1])
                t2, c2 = time.perf_counter(), time.process_time()
                times[arm]["step"].append(t1 - t0)
                times[arm]["+writer"].append(t2 - t0)
                times[arm]["cpu"].append(c2 - c0)
    ntok = [int(b["ntokens"]) for b in batches] * args.repeats
    prior = {arm: criteria[arm][1].prior_reads for arm in ARMS[1:]}
    for arm in ARMS[1:]:
        criteria[arm][1].run.close()
    pipeline.device_topk = device_topk
    return {"times": times, "ntok": ntok, "counts": counts, "prior_reads": prior, "topk_s": topk_s,
            "params": sum(p.numel() for p in model.parameters())}


def ms_cell(t: dict, ntok: list[int], arm: str, what: str) -> str:
    """Median ms per 4,096 target tokens, and beside it the median per-batch ratio to ls."""
    ms = median([s / n * 4096 * 1e3 for s, n in zip(t[arm][what], ntok)])
    if arm == "ls":
        return f"{ms:.1f}"
    return f"{ms:.1f} ({median([a / b for a, b in zip(t[arm][what], t['ls'][what])]):.3f}x)"


def report(size: str, tokens: int, r: dict) -> None:
    t = r["times"]
    print(f"\n### {size}: max-tokens {tokens}, median {int(median(r['ntok']))} target tokens per "
          f"batch, {len(r['ntok'])} batches per criterion, model {r['params']:,} parameters\n")
    rows = []
    for arm in ARMS:
        cells = [arm] + [ms_cell(t, r["ntok"], arm, what) for what in ("step", "+writer", "cpu")]
        c = r["counts"][arm]
        cells += [c["syncs"], c["step_ops"] - r["counts"]["ls"]["step_ops"] if arm != "ls" else c["step_ops"]]
        rows.append(cells)
    headers = ["criterion", "step ms/4k tok (x ls)", "+writer ms/4k (x ls)", "process CPU ms/4k (x ls)",
               "syncs in criterion.forward (model included)",
               "aten ops per step (ls: total; pskd: more than ls)"]
    print(md_table(headers, rows))
    per_4k = [s / n * 4096 * 1e3 for s, n in zip(r["topk_s"], [n for n in r["ntok"] for _ in range(2)])]
    print(f"\nof which the top-k of the predictions (one kernel on a GPU; compute on this CPU): "
          f"median {median(per_4k):.1f} ms/4k tok; where the prior was read: {r['prior_reads']}")


def step_parser(doc: str) -> argparse.ArgumentParser:
    """The flags of a step-by-step benchmark (this one and bench_teacher.py)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--sizes", default=SIZES, help="name:max_tokens:batches,... (default %(default)s)")
    ap.add_argument("--k", type=int, default=8)
    ap.add_argument("--vocab", type=int, default=10000)
    ap.add_argument("--repeats", type=int, default=2, help="passes over the batches")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--sentences", type=int, default=4000, help="training sentences of the corpus")
    return ap


# one size, two batches, a small corpus and vocabulary
SMOKE = dict(sizes="launch:256:2", repeats=1, vocab=1000, sentences=300)


def run_steps(args, title: str, setting: str, run_size, report) -> None:
    """The corpus, the header, then run_size and report at every --sizes entry."""
    torch.set_num_threads(args.threads)
    logging.disable(logging.INFO)
    data = make_corpus(args.sentences, vocab=args.vocab)
    print_header(title)
    print(f"K={args.k}, V={args.vocab}, {setting}, torch threads {args.threads}; forward + criterion + "
          f"backward (no optimizer step), dropout 0.1, CPU. ms/4k tok: median over batches of seconds "
          f"per 4,096 target tokens; (x ls): median over batches of the ratio to label smoothing on the "
          f"same batch.")
    for spec in args.sizes.split(","):
        size, tokens, n = spec.split(":")
        report(size, int(tokens), run_size(args, data, size, int(tokens), int(n)))


def main() -> None:
    args = parse_args(step_parser(__doc__), SMOKE)
    run_steps(args, "The whole criterion in a real training step (bench_step.py)",
              "alpha_T 0.5, label smoothing 0.1, epoch 2", run_size, report)


if __name__ == "__main__":
    main()
