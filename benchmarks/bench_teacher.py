"""What distilling from a teacher costs a student's training step: a stored teacher against a
teacher forward at every step, both against label smoothing, step by step in one process.

Arms, each a real `task.train_step` (the student's forward, the criterion, the backward) on the
same batches, in an order rotated from batch to batch:

* ls: fairseq's label_smoothed_cross_entropy;
* stored-thread: `--criterion stored_kd --pskd-teacher-store DIR`, the rows read on the reader thread
  (`--num-workers 0`);
* stored-loader: the same with the rows read beforehand, as a data-loader worker does in its own
  process (fairseq's default `--num-workers 1`): the training process reads nothing;
* online-1, online-3: a teacher forward per step (benchmarks/baselines/online_kd.py), one teacher
  or an ensemble of three, each of the student's own size (a real teacher is usually larger, so
  these ratios are a lower bound on what online distillation costs).

The store is filled first with `pskd-store fill` from the three teachers' checkpoints (their
ensemble), which also gives the fill's throughput and the store's bytes per token. Timed per batch:
the training thread's wall time of the step, every wait included, and the process's CPU time (all
threads). Ratios are per batch against ls on the same batch, reported as medians over batches.

    python benchmarks/bench_teacher.py --threads 1      # tens of minutes on a small CPU machine
    python benchmarks/bench_teacher.py --smoke          # the smallest sizes: does it run?
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from baselines.online_kd import OnlineKD  # noqa: E402
from bench_step import SMOKE, CountOps, _NoOptimizer, build, ms_cell, run_steps, step_parser  # noqa: E402

from _common import REPO, md_table, median, parse_args  # noqa: E402

ARMS = ("ls", "stored-thread", "stored-loader", "online-1", "online-3")


def save_teacher(model: torch.nn.Module, cfg, path: Path) -> None:
    """A checkpoint fairseq's loader reads (the fields fairseq's save_state writes)."""
    from fairseq import checkpoint_utils
    from omegaconf import OmegaConf

    checkpoint_utils.torch_persistent_save({
        "cfg": OmegaConf.to_container(cfg, resolve=True, enum_to_str=True), "model": model.state_dict(),
        "optimizer_history": [{"criterion_name": "LabelSmoothedCrossEntropyCriterion",
                               "optimizer_name": "Adam", "lr_scheduler_state": {}, "num_updates": 0}],
        "extra_state": {}, "last_optimizer_state": None,
    }, str(path))


def fill(data: Path, paths: list[Path], store: Path, k: int, threads: int) -> dict:
    env = dict(os.environ, OMP_NUM_THREADS=str(threads), MKL_NUM_THREADS=str(threads),
               PYTHONPATH=str(REPO), PYTHONWARNINGS="ignore")
    cmd = [sys.executable, "-m", "pskd_tools.evaluation.inspect_store", "fill", str(data),
           "--path", os.pathsep.join(map(str, paths)), "--store-dir", str(store), "--topk", str(k),
           "--cpu", "--no-progress"]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    meta = json.loads((store / "teacher.json").read_text())
    size = (store / "teacher.pskd").stat().st_size
    return {"seconds": seconds, "tokens_per_second": meta.get("tokens_per_second"), "bytes": size, "k": k}


def run_size(args, data: Path, size: str, tokens: int, n_batches: int) -> dict:
    from fairseq_pskd.layout import LAYOUT_KEY
    from fairseq_pskd.loader import PRIOR_KEY, ShippedPrior

    work = Path(tempfile.mkdtemp(prefix=f"bench-teacher-{size}-"))
    ls_flags = ["--criterion", "label_smoothed_cross_entropy", "--label-smoothing", "0.1"]
    cfg_ls, task_ls = build(data, work / "ls", size, tokens, ls_flags)
    teachers, paths = [], []
    for seed in (11, 12, 13):
        torch.manual_seed(seed)
        t = task_ls.build_model(cfg_ls.model)
        paths.append(work / f"teacher{seed}.pt")
        save_teacher(t, cfg_ls, paths[-1])
        teachers.append(t.eval())
    store = work / "teacher-store"
    filled = fill(data, paths, store, args.k, args.threads)
    filled["one"] = fill(data, paths[:1], work / "teacher-store-1", args.k, args.threads)

    torch.manual_seed(1)
    model = task_ls.build_model(cfg_ls.model)
    model.train()
    stored = ["--criterion", "stored_kd", "--label-smoothing", "0.1", "--pskd-teacher-store", str(store),
              "--pskd-alpha", "0.5"]
    criteria = {"ls": (task_ls, task_ls.build_criterion(cfg_ls.criterion))}
    for arm in ("stored-thread", "stored-loader"):
        cfg, task = build(data, work / arm, size, tokens, stored)
        criteria[arm] = (task, task.build_criterion(cfg.criterion))
    criteria["online-1"] = (task_ls, OnlineKD(task_ls, 0.1, teachers[:1], 0.5))
    criteria["online-3"] = (task_ls, OnlineKD(task_ls, 0.1, teachers, 0.5))

    task0, _ = criteria["stored-thread"]
    itr = task0.get_batch_iterator(task0.dataset("train"), max_tokens=tokens, seed=1,
                                   required_batch_size_multiple=1).next_epoch_itr(shuffle=True)
    batches = [b for _, b in zip(range(n_batches), itr)]
    assert all(LAYOUT_KEY in b for b in batches)
    for arm in ARMS:
        task, crit = criteria[arm]
        crit.train()
        if arm.startswith("stored"):
            task.begin_epoch(1, model)
    loader_crit = criteria["stored-loader"][1]
    shipped = [{**b, PRIOR_KEY: ShippedPrior(1, loader_crit.loader.refiner.read(
        loader_crit.store, b[LAYOUT_KEY], 1))} for b in batches]
    inputs = {arm: shipped if arm == "stored-loader" else batches for arm in ARMS}

    def step(arm: str, batch) -> None:
        task, crit = criteria[arm]
        model.zero_grad(set_to_none=True)
        task.train_step(batch, model, crit, _NoOptimizer(), update_num=1)

    ops = {}
    for arm in ARMS:  # warm-up, and the aten ops of one step
        step(arm, inputs[arm][0])
        counter = CountOps()
        with counter:
            step(arm, inputs[arm][0])
        ops[arm] = counter.n

    times: dict[str, dict[str, list[float]]] = {a: defaultdict(list) for a in ARMS}
    for rep in range(args.repeats):
        for i in range(len(batches)):
            shift = (i + rep) % len(ARMS)
            for arm in ARMS[shift:] + ARMS[:shift]:
                c0, t0 = time.process_time(), time.perf_counter()
                step(arm, inputs[arm][i])
                t1, c1 = time.perf_counter(), time.process_time()
                times[arm]["step"].append(t1 - t0)
                times[arm]["cpu"].append(c1 - c0)
    prior = {arm: criteria[arm][1].prior_reads for arm in ("stored-thread", "stored-loader")}
    for arm in ("stored-thread", "stored-loader"):
        criteria[arm][1].run.close()
    return {"times": times, "ntok": [int(b["ntokens"]) for b in batches] * args.repeats, "ops": ops,
            "fill": filled, "prior_reads": prior, "params": sum(p.numel() for p in model.parameters())}


def report(size: str, tokens: int, r: dict) -> None:
    t = r["times"]
    print(f"\n### {size}: max-tokens {tokens}, median {int(median(r['ntok']))} target tokens per "
          f"batch, {len(r['ntok'])} batches per arm, student and each teacher {r['params']:,} parameters\n")
    rows = [[arm, ms_cell(t, r["ntok"], arm, "step"), ms_cell(t, r["ntok"], arm, "cpu"), r["ops"][arm]]
            for arm in ARMS]
    headers = ["arm", "step ms/4k tok (x ls)", "process CPU ms/4k tok (x ls)", "aten ops per step"]
    print(md_table(headers, rows))
    f = r["fill"]
    print(f"\nfill (pskd-store fill --cpu, K {f['k']}): ensemble of 3 {f['tokens_per_second']} target "
          f"tokens/s ({f['seconds']:.1f} s with start-up), one teacher {f['one']['tokens_per_second']} "
          f"tokens/s; store file {f['bytes']:,} bytes; where the rows were read: {r['prior_reads']}")


def main() -> None:
    args = parse_args(step_parser(__doc__), SMOKE)
    run_steps(args, "A stored teacher against a teacher forward per step (bench_teacher.py)",
              "alpha 0.5, label smoothing 0.1, epoch 1", run_size, report)


if __name__ == "__main__":
    main()
