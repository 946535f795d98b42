"""Label smoothing vs PS-KD through fairseq's own Trainer on a GPU: step time, peak memory, the
blocking CUDA calls of the training thread, the CUDA contexts of the process; then, time left, a
short fairseq-train of each.

What runs is what fairseq-train runs, so the benchmark meets what users meet:
* precision through fairseq's CLI config (`--fp16`, `--amp`), never a cast by hand; a sample goes
  through `Trainer._prepare_sample` (moved to the device and, with `--fp16`, every float32 tensor
  of it cast to half by `utils.apply_to_sample`), then `task.train_step`, the backward, the
  optimizer step and fairseq's logging;
* the trainers are built and started as `fairseq_cli/train.py` does it: `Trainer(cfg, task, model,
  criterion)`, then `checkpoint_utils.load_checkpoint(cfg.checkpoint, trainer)` (which the plugin
  hooks to claim and open its store); each epoch `epoch_itr.next_epoch_itr(shuffle=True)`, then
  `trainer.begin_epoch(epoch)`, then `trainer.train_step([sample])` per batch;
* the batches come from fairseq's data loader, so the plugin's collater hook ships the prior
  where it does in a real run: with `--num-workers 0` the prior is read on the criterion's reader
  thread ("pskd-thread"), with `--num-workers 1` (fairseq's default) by the data-loader worker
  ("pskd-loader").

Per precision (`--fp16`, `--amp`) and batch size (4k, 16k tokens): two trainers, label smoothing
and PS-KD, same initial weights; epoch 1 trains both on the same batches alternately (PS-KD writes
every sentence's row); in epoch 2 each round takes the same batch from three iterators (LS, PS-KD
with `--num-workers 0`, PS-KD with `--num-workers 1`; their sentence ids are checked equal) and
trains the three arms in a rotated order, each step between two device synchronizations. Reported:
* speed PS-KD / LS: the median over rounds of time(LS) / time(PS-KD) [IQR], rounds where any arm
  skipped its update (fp16 overflow) left out;
* peak memory: `torch.cuda.max_memory_allocated` over each arm's steps (read before fairseq's
  trainer resets it inside the step), absolute and above what was allocated at the step's start;
* blocking CUDA runtime calls (stream/device/event synchronize, synchronous memcpy, free) in a
  torch.profiler trace of a few more rounds, counted by the thread that made them (the runtime
  event's thread, calibrated by two probes: a device synchronize on the training thread, an event
  synchronize on a helper thread): on the training thread inside the criterion's forward (model
  forward included), and on the training thread over the whole step; the other threads' calls
  (the plugin's writer waiting on its event, fairseq's batch prefetcher) are listed apart;
* CUDA contexts: `nvidia-smi --query-compute-apps` (or pynvml) while the data-loader worker is
  alive: this process listed once, its workers not at all.

With `--num-workers 0` fairseq collates on its prefetch thread (BufferedIterator) in the training
process, with >= 1 in the worker; fetching a batch is timed apart from the step.

`--device cpu` runs the same code at a tiny size (about 1.5 minutes on 2 cores, most of it
fairseq's start-up): a check of the script, its numbers mean nothing. Skipped there: the
profiler's CUDA activity, the probes, nvidia-smi; the blocking calls counted are the ops that
would block on a GPU (an .item()); memory is the CPU allocations of one step. CPU fp16 in fairseq
needs `--fp16-no-flatten-grads` and an initial loss scale of 1 (plain `--fp16` flattens the grads
on `torch.cuda.current_device()`).

    python benchmarks/gpu/bench_gpu_step.py --out OUT                    # GPU: see run.sh
    python benchmarks/gpu/bench_gpu_step.py --device cpu --out /tmp/x    # dry run
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import math
import multiprocessing
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

import numpy as np
import torch

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))
from _common import allocated_peak  # noqa: E402  the CPU dry run's allocation peak, as bench_loss's

ARMS = ("ls", "pskd-thread", "pskd-loader")
# CUDA runtime / driver calls that block the calling host thread until the device catches up
BLOCKING = frozenset({
    "cudaStreamSynchronize", "cudaDeviceSynchronize", "cudaEventSynchronize", "cudaMemcpy",
    "cudaMemcpy2D", "cudaMemcpyToSymbol", "cudaMemcpyFromSymbol", "cudaFree",
    "cudaFreeHost", "cuStreamSynchronize", "cuCtxSynchronize", "cuEventSynchronize",
    "cuMemcpyDtoH", "cuMemcpyDtoH_v2", "cuMemcpyHtoD", "cuMemcpyHtoD_v2", "cuMemFree", "cuMemFree_v2",
})  # fmt: skip
# model sizes: a WMT-sized Transformer on a GPU, a toy one for the CPU dry run
GPU_MODEL = ["--arch", "transformer_wmt_en_de"]
CPU_MODEL = [
    "--arch", "transformer", "--encoder-layers", "1", "--decoder-layers", "1",
    "--encoder-embed-dim", "32", "--decoder-embed-dim", "32", "--encoder-ffn-embed-dim", "64",
    "--decoder-ffn-embed-dim", "64", "--encoder-attention-heads", "2", "--decoder-attention-heads", "2",
]  # fmt: skip


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def is_blocking(name: str) -> bool:
    return name in BLOCKING or ("Synchronize" in name and name.startswith("cu"))


def precision_flags(precision: str, device: str) -> list[str]:
    """fairseq's CLI flags for a precision: what a user passes to fairseq-train."""
    if precision == "fp32":
        return []
    if precision == "amp":
        return ["--amp"]
    if precision == "fp16":
        if device == "cpu":  # plain --fp16 flattens the grads on torch.cuda.current_device()
            return ["--fp16", "--fp16-no-flatten-grads", "--fp16-init-scale", "1"]
        return ["--fp16"]
    raise ValueError(f"unknown precision {precision!r} (fp16, amp, fp32)")


# -- data ----------------------------------------------------------------------------------


def synthetic_data(root: Path, vocab: int, pairs: int, mean_len: float) -> Path:
    """A data-bin of random sentences over `vocab` word types, Zipf(1) over the ranks (truncated at
    the vocabulary), gamma-distributed lengths, binarized by fairseq-preprocess."""
    raw = root / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(1)
    words = np.array([f"w{i}" for i in range(vocab)])
    p = 1.0 / np.arange(1, vocab + 1)
    p /= p.sum()
    for split, n in (("train", pairs), ("valid", max(20, pairs // 100))):
        for side in ("src", "tgt"):
            lengths = np.clip(rng.gamma(4.0, mean_len / 4.0, n).astype(int) + 1, 1, int(4 * mean_len))
            toks = np.split(words[rng.choice(vocab, int(lengths.sum()), p=p)], np.cumsum(lengths)[:-1])
            (raw / f"{split}.{side}").write_text("\n".join(" ".join(t) for t in toks) + "\n")
    out = root / "bin"
    subprocess.run(
        [sys.executable, "-m", "fairseq_cli.preprocess", "--source-lang", "src", "--target-lang", "tgt",
         "--trainpref", str(raw / "train"), "--validpref", str(raw / "valid"), "--destdir", str(out),
         "--joined-dictionary", "--workers", str(min(8, os.cpu_count() or 1))],
        check=True, capture_output=True,
    )  # fmt: skip
    return out


# -- fairseq's setup, as fairseq_cli/train.py does it ----------------------------------------


class Run:
    """One fairseq training job in this process: cfg, task, Trainer, the epoch iterator that
    checkpoint_utils.load_checkpoint returned."""

    def __init__(self, argv: list[str]):
        from fairseq import checkpoint_utils, options, tasks, utils
        from fairseq.dataclass.utils import convert_namespace_to_omegaconf
        from fairseq.trainer import Trainer

        self.cfg = convert_namespace_to_omegaconf(
            options.parse_args_and_arch(options.get_training_parser(), argv)
        )
        utils.import_user_module(self.cfg.common)
        np.random.seed(self.cfg.common.seed)
        utils.set_torch_seed(self.cfg.common.seed)  # the same initial weights in every run
        self.task = tasks.setup_task(self.cfg.task)
        model = self.task.build_model(self.cfg.model)
        criterion = self.task.build_criterion(self.cfg.criterion)
        self.trainer = Trainer(self.cfg, self.task, model, criterion)
        # the plugin wraps checkpoint_utils.load_checkpoint (claims and opens its store): looked
        # up on the module at call time, as train.py does
        _, self.epoch_itr = checkpoint_utils.load_checkpoint(self.cfg.checkpoint, self.trainer)
        self.criterion = self.trainer.criterion

    def iterator(self, epoch: int, num_workers: int):
        """Another EpochBatchIterator positioned at the start of `epoch`, as fairseq-train with
        `--num-workers num_workers` would have it: made for epoch 1 by trainer.get_train_iterator
        (fairseq makes the batches once, with the seed of the first epoch), then moved to `epoch`
        by load_state_dict, as a resumed run does. Same batches, same order as epoch_itr's."""
        dataset_cfg = self.cfg.dataset
        saved = dataset_cfg.num_workers
        dataset_cfg.num_workers = num_workers
        try:
            itr = self.trainer.get_train_iterator(1, load_dataset=False, disable_iterator_cache=True)
        finally:
            dataset_cfg.num_workers = saved
        itr.load_state_dict({"epoch": epoch, "iterations_in_epoch": 0})
        return itr

    def close(self) -> None:
        run = getattr(self.criterion, "run", None)
        if run is not None and hasattr(run, "close"):
            run.close()


def job_argv(args, data: Path, save: Path, precision: str, tokens: int, criterion: str) -> list[str]:
    argv = [
        str(data), "--task", "translation", *(CPU_MODEL if args.device == "cpu" else GPU_MODEL),
        "--share-all-embeddings", "--dropout", "0.1", "--optimizer", "adam",
        "--adam-betas", "(0.9, 0.98)", "--lr", "5e-4", "--lr-scheduler", "inverse_sqrt",
        "--warmup-updates", "4000", "--max-tokens", str(tokens), "--max-epoch", "10",
        "--seed", "1", "--num-workers", str(args.workers), "--save-dir", str(save), "--no-save",
        "--log-format", "simple", *precision_flags(precision, args.device),
    ]  # fmt: skip
    if args.device == "cpu":
        argv.append("--cpu")
    if criterion == "ls":
        return [*argv, "--criterion", "label_smoothed_cross_entropy", "--label-smoothing", "0.1"]
    return [*argv, "--user-dir", str(REPO / "fairseq_pskd"), "--criterion", "pskd",
            "--label-smoothing", "0.1", "--pskd-alpha", "0.5", "--pskd-topk", str(args.topk)]


# -- measuring ------------------------------------------------------------------------------


def sync(device: str) -> None:
    if device == "cuda":
        torch.cuda.synchronize()


class PeakMemory:
    """torch.cuda.max_memory_allocated over a step. fairseq's Trainer reads and resets the peak
    inside train_step (its gb_free metric): the peak is taken before every reset too."""

    def __init__(self):
        self.seen = 0
        self._reset = None

    def __enter__(self):
        self._reset = torch.cuda.reset_peak_memory_stats

        def reset(*a, **kw):
            self.seen = max(self.seen, torch.cuda.max_memory_allocated())
            return self._reset(*a, **kw)

        torch.cuda.reset_peak_memory_stats = reset
        return self

    def __exit__(self, *exc):
        torch.cuda.reset_peak_memory_stats = self._reset

    def step(self, fn):
        """(result, absolute peak, peak above the allocation at the start) of fn()."""
        before = torch.cuda.memory_allocated()
        self._reset()
        self.seen = 0
        out = fn()
        peak = max(self.seen, torch.cuda.max_memory_allocated())
        return out, peak, peak - before


def prior_reads(run: Run) -> dict:
    return dict(getattr(run.criterion, "prior_reads", {}) or {})


def median_iqr(xs: list[float]) -> tuple[float, float, float]:
    if not xs:
        return math.nan, math.nan, math.nan
    return (float(statistics.median(xs)), float(np.percentile(xs, 25)), float(np.percentile(xs, 75)))


def thread_names() -> dict[int, str]:
    """Native thread id -> name of this process's Python threads (writer, reader, prefetchers)."""
    return {t.native_id: t.name for t in threading.enumerate() if t.native_id is not None}


def contexts_check(device: str) -> dict:
    """Which processes hold a CUDA context: this one once, its data-loader workers never."""
    children = [p.pid for p in multiprocessing.active_children()]
    out = {"pid": os.getpid(), "worker_pids": children, "apps": None, "source": None, "ok": None}
    if device != "cuda":
        out["source"] = "skipped on cpu"
        return out
    apps = None
    if shutil.which("nvidia-smi"):
        proc = subprocess.run(
            ["nvidia-smi", "--query-compute-apps=pid,used_memory", "--format=csv,noheader"],
            capture_output=True, text=True, timeout=30,
        )
        out["raw"] = proc.stdout.strip()[-2000:]
        if proc.returncode == 0:
            apps = []
            for line in proc.stdout.splitlines():
                parts = [p.strip() for p in line.split(",")]
                if parts and parts[0].isdigit():
                    apps.append({"pid": int(parts[0]), "used_memory": parts[1] if len(parts) > 1 else ""})
            out["source"] = "nvidia-smi"
    if apps is None:
        with contextlib.suppress(Exception):
            import pynvml

            pynvml.nvmlInit()
            handle = pynvml.nvmlDeviceGetHandleByIndex(torch.cuda.current_device())
            apps = [{"pid": p.pid, "used_memory": f"{(p.usedGpuMemory or 0) >> 20} MiB"}
                    for p in pynvml.nvmlDeviceGetComputeRunningProcesses(handle)]
            out["source"] = "pynvml"
    out["apps"] = apps
    if apps is not None:
        pids = [a["pid"] for a in apps]
        out["this_pid_listed"] = pids.count(os.getpid())
        out["worker_pids_listed"] = [p for p in children if p in pids]
        # PID namespaces (containers) can hide every pid: then nothing can be concluded
        out["ok"] = (out["this_pid_listed"] == 1 and not out["worker_pids_listed"]) if pids else None
    return out


# -- the profiler's view: blocking runtime calls per thread ----------------------------------


# on the CPU dry run, the ops that would wait for a GPU (an .item(), bool(tensor)) stand in
CPU_PROXY = frozenset({"aten::_local_scalar_dense", "aten::is_nonzero"})


class Spans:
    """The `bench.*` record_function spans (name -> [(start_ns, end_ns)]) and the blocking calls
    of one trace, each {"name", "start", "end", "rid"} with the resource id the profiler gives its
    thread; on the CPU, the ops of CPU_PROXY instead of CUDA runtime calls."""

    def __init__(self, spans: dict, runtime: list[dict], launches: list[dict] | None = None):
        self.spans, self.runtime, self.launches = spans, runtime, launches or []

    @classmethod
    def from_profile(cls, prof, device: str) -> Spans:
        spans: dict[str, list[tuple[int, int]]] = {}
        runtime, launches = [], []
        for e in prof.profiler.kineto_results.events():
            name = e.name()
            if hasattr(e, "start_ns"):
                start, end = e.start_ns(), e.start_ns() + e.duration_ns()
            else:  # torch < 2.0
                start, end = 1000 * e.start_us(), 1000 * (e.start_us() + e.duration_us())
            # no resource id (an old torch): the calibration fails and says so
            rid = int(e.device_resource_id()) if hasattr(e, "device_resource_id") else -1
            ev = {"name": name, "start": start, "end": end, "rid": rid}
            if name.startswith("bench."):
                spans.setdefault(name, []).append((ev["start"], ev["end"]))
            elif is_blocking(name) if device == "cuda" else name in CPU_PROXY:
                runtime.append(ev)
            elif device == "cuda" and "LaunchKernel" in name:
                launches.append(ev)
        return cls(spans, runtime, launches)

    def inside(self, ev: dict, name: str) -> bool:
        return any(a <= ev["start"] <= b for a, b in self.spans.get(name, ()))


def probe_threads(device: str) -> dict:
    """Run inside the profiler, with nothing else queued: a device synchronize on this (the
    training) thread inside the span bench.probe.main, then an event synchronize on a helper
    thread. Their runtime events tell which resource id the profiler gives each thread."""
    if device != "cuda":
        return {}
    from torch.profiler import record_function

    torch.cuda.synchronize()
    time.sleep(0.05)  # the writer thread finishes any event wait of the last step
    with record_function("bench.probe.main"):
        torch.cuda.synchronize()
    window = {}

    def helper():
        ev = torch.cuda.Event(blocking=True)
        ev.record()
        window["start"] = time.time_ns()
        ev.synchronize()
        window["end"] = time.time_ns()

    t = threading.Thread(target=helper, name="bench-probe")
    t.start()
    t.join()
    window["native_id"] = t.native_id
    return window


def calibrate(spans: Spans, window: dict) -> dict:
    """The training thread's resource id: that of the device synchronize inside bench.probe.main
    (found there only if the runtime events and the spans share a clock); the helper's event
    synchronize (the first one after it, or one inside the helper's time window) must differ."""
    main_native = threading.get_native_id()
    main = [e for e in spans.runtime if e["name"] == "cudaDeviceSynchronize"
            and spans.inside(e, "bench.probe.main")]
    cal = {"main_probe_rid": None, "helper_probe_rid": None, "helper_native_id": window.get("native_id"),
           "ok": False}
    if not main:
        cal["error"] = "the training thread's probe is not inside its span (clock or thread mismatch)"
        return cal
    cal["main_probe_rid"] = main_rid = main[0]["rid"]
    after = sorted((e for e in spans.runtime if e["name"] == "cudaEventSynchronize"
                    and e["start"] >= main[0]["start"]), key=lambda e: e["start"])
    margin = 2_000_000  # 2 ms
    timed = [e for e in after if window and window["start"] - margin <= e["start"] <= window["end"] + margin]
    helper = (timed or after)[:1]
    cal["helper_found_by"] = "time window" if timed else "first after the main probe"
    if helper:
        cal["helper_probe_rid"] = helper[0]["rid"]
    cal["rid_is_native_tid"] = main_rid == main_native
    cal["ok"] = bool(helper) and helper[0]["rid"] != main_rid
    return cal


def attribute(spans: Spans, window: dict, device: str, n_steps: dict[str, int]) -> dict:
    """Blocking calls per step of each arm, made by the training thread inside the criterion's
    forward and inside the whole step; the other threads' during the steps, by thread name."""
    main_native = threading.get_native_id()
    names = thread_names()
    res = {"training_thread_native_id": main_native,
           "counted": "CUDA runtime calls that block the host" if device == "cuda" else
           "cpu proxy: " + ", ".join(sorted(CPU_PROXY)) + " (an .item(): a blocking copy on a GPU)"}
    train_rid = main_native
    if device == "cuda":
        res["calibration"] = calibrate(spans, window)
        if res["calibration"]["main_probe_rid"] is not None:
            train_rid = res["calibration"]["main_probe_rid"]
        if window.get("native_id") is not None:
            names[window["native_id"]] = "bench-probe"
    else:
        res["calibration"] = "skipped on cpu: the profiler sees the training thread's ops only"
    res["per_arm"] = {}
    for arm, n in n_steps.items():
        step, fwd = f"bench.step.{arm}", f"bench.criterion.forward.{arm}"
        on_main = [e for e in spans.runtime if e["rid"] == train_rid]
        in_fwd = [e for e in on_main if spans.inside(e, fwd)]
        in_step = [e for e in on_main if spans.inside(e, step)]
        others: dict[str, int] = {}  # the writer's event wait, fairseq's prefetch thread, ...
        for e in spans.runtime:
            if e["rid"] != train_rid and spans.inside(e, step):
                key = f"{names.get(e['rid'], 'thread ' + str(e['rid']))}: {e['name']}"
                others[key] = others.get(key, 0) + 1
        calls: dict[str, int] = {}
        for e in in_fwd:
            calls[e["name"]] = calls.get(e["name"], 0) + 1
        launches = [e for e in spans.launches if e["rid"] == train_rid and spans.inside(e, step)]
        res["per_arm"][arm] = {
            "profiled_steps": n,
            "criterion_forward": len(in_fwd) / max(n, 1),
            "criterion_forward_calls": calls,
            "step_total": len(in_step) / max(n, 1),
            "kernel_launches_per_step": len(launches) / max(n, 1) if device == "cuda" else None,
            "other_threads_during_steps": others,
        }
    return res


# -- one precision at one batch size --------------------------------------------------------


class OutOfTime(Exception):
    pass


class Arms:
    """The two trainers of one precision and batch size, and the step of each arm."""

    def __init__(self, args, data: Path, work: Path, precision: str, tokens: int):
        self.device = args.device
        self.ls = Run(job_argv(args, data, work / "ls", precision, tokens, "ls"))
        self.pskd = Run(job_argv(args, data, work / "pskd", precision, tokens, "pskd"))
        self.run = {"ls": self.ls, "pskd-thread": self.pskd, "pskd-loader": self.pskd}
        self.peak = PeakMemory() if self.device == "cuda" else None
        self.arm = None  # the arm stepping now (names the criterion's forward span)
        self._forward = {}

    def step(self, arm: str, sample, span: str | None = None) -> dict:
        """trainer.train_step([sample]) between two device synchronizations (outside `span`, a
        record_function around the step alone)."""
        from torch.profiler import record_function

        run = self.run[arm]
        self.arm = arm
        reads, updates = prior_reads(run), run.trainer.get_num_updates()
        sync(self.device)
        t = time.perf_counter()
        with record_function(span) if span else contextlib.nullcontext():
            if self.peak is not None:
                out, peak, above = self.peak.step(lambda: run.trainer.train_step([sample]))
            else:
                out, peak, above = run.trainer.train_step([sample]), None, None
        sync(self.device)
        after = prior_reads(run)
        return {"s": time.perf_counter() - t, "peak": peak, "above": above, "out": out,
                "updated": run.trainer.get_num_updates() > updates,
                "reads": {k: v - reads.get(k, 0) for k, v in after.items()}}

    def trace_forward(self) -> None:
        """A record_function span `bench.criterion.forward.<arm>` around each criterion's forward
        (the model's forward included: fairseq's criterion calls the model)."""
        from torch.profiler import record_function

        for r in (self.ls, self.pskd):
            crit = r.criterion
            if id(crit) in self._forward:
                continue
            forward = self._forward[id(crit)] = crit.forward

            def traced(*a, _forward=forward, **kw):
                with record_function(f"bench.criterion.forward.{self.arm}"):
                    return _forward(*a, **kw)

            crit.forward = traced

    def untrace_forward(self) -> None:
        for r in (self.ls, self.pskd):
            r.criterion.__dict__.pop("forward", None)
        self._forward = {}

    def close(self) -> None:
        self.untrace_forward()
        self.ls.close()
        self.pskd.close()


def run_config(args, data: Path, work: Path, precision: str, tokens: int, deadline: float) -> dict:
    from torch.profiler import ProfilerActivity, profile

    t0 = time.time()
    dev = args.device
    row: dict = {"precision": precision, "flags": " ".join(precision_flags(precision, dev)),
                 "max_tokens": tokens}
    arms = Arms(args, data, work, precision, tokens)
    ls, pk = arms.ls, arms.pskd

    # epoch 1, in fairseq-train's order (next_epoch_itr, begin_epoch, the steps): both criteria on
    # the same batches, PS-KD writes every sentence's row
    it_ls = ls.epoch_itr.next_epoch_itr(shuffle=True)
    it_pk = pk.epoch_itr.next_epoch_itr(shuffle=True)
    ls.trainer.begin_epoch(ls.epoch_itr.epoch)
    pk.trainer.begin_epoch(pk.epoch_itr.epoch)
    n1 = 0
    for b_ls, b_pk in zip(it_ls, it_pk):
        if time.time() > deadline - args.reserve:
            arms.close()
            raise OutOfTime(f"in epoch 1 after {n1} batches")
        ls.trainer.train_step([b_ls])
        pk.trainer.train_step([b_pk])
        n1 += 1
    for r in (ls, pk):
        r.trainer.lr_step(r.epoch_itr.epoch)
    sync(dev)
    row["epoch1_batches"] = n1
    row["epoch1_s"] = round(time.time() - t0, 1)
    log(f"{precision} {tokens}: epoch 1, {n1} batches per criterion, {row['epoch1_s']} s")

    # epoch 2: three iterators over the same batches (the loader arm's is fairseq-train's own),
    # then begin_epoch (the plugin opens the epoch to its data-loader workers), then the rounds
    its = {
        "ls": ls.epoch_itr.next_epoch_itr(shuffle=True),
        "pskd-thread": pk.iterator(2, 0).next_epoch_itr(shuffle=True),
        "pskd-loader": pk.epoch_itr.next_epoch_itr(shuffle=True),
    }
    ls.trainer.begin_epoch(2)
    pk.trainer.begin_epoch(2)
    n2 = len(its["ls"])
    timed = max(1, min(args.steps, n2 - args.warmup - args.profile_steps))
    steps = {a: [] for a in ARMS}
    fetch = {a: [] for a in ARMS}
    ntok, id_mismatch = [], 0

    def next_round():
        nonlocal id_mismatch
        batch = {}
        for a in ARMS:
            t = time.perf_counter()
            batch[a] = next(its[a])
            fetch[a].append(time.perf_counter() - t)
        ids = [batch[a]["id"].tolist() for a in ARMS]
        id_mismatch += any(i != ids[0] for i in ids[1:])
        return batch

    stopped_early = False
    with arms.peak if arms.peak is not None else contextlib.nullcontext():
        for i in range(args.warmup + timed):
            if i >= args.warmup and time.time() > deadline - args.reserve:
                stopped_early = True
                break
            batch = next_round()
            for arm in ARMS[i % 3:] + ARMS[: i % 3]:  # the order rotates round by round
                r = arms.step(arm, batch[arm])
                if i >= args.warmup:
                    steps[arm].append(r)
            if i >= args.warmup:
                ntok.append(int(batch["ls"]["ntokens"]))

    # the data-loader workers are alive (their epoch is not over): who holds a CUDA context
    try:
        row["contexts"] = contexts_check(dev)
    except Exception:
        row["contexts"] = {"ok": None, "error": traceback.format_exc()[-2000:]}

    # a few more rounds under torch.profiler, each step and each criterion forward in a span; a
    # failure here (the profiler, CUPTI) leaves the timings above standing
    cpu_peaks = {}
    n_prof = {a: 0 for a in ARMS}
    arms.trace_forward()
    try:
        n_profile = min(args.profile_steps, n2 - args.warmup - len(steps["ls"]))
        if dev == "cpu" and n_profile > 1:  # memory on the CPU: one step of each arm, apart
            batch = next_round()
            n_profile -= 1
            for arm in ARMS:
                cpu_peaks[arm] = allocated_peak(lambda a=arm, b=batch: arms.step(a, b[a]))
        activities = [ProfilerActivity.CPU] + ([ProfilerActivity.CUDA] if dev == "cuda" else [])
        with profile(activities=activities) as prof:
            window = probe_threads(dev)
            for i in range(n_profile):
                batch = next_round()
                for arm in ARMS[i % 3:] + ARMS[: i % 3]:
                    arms.step(arm, batch[arm], span=f"bench.step.{arm}")
                    n_prof[arm] += 1
            sync(dev)
            time.sleep(0.05)  # the writer's last event wait inside the trace
        row["blocking"] = attribute(Spans.from_profile(prof, dev), window, dev, n_prof)
    except Exception:
        error = traceback.format_exc()[-3000:]
        log(f"{precision} {tokens}: the profiled rounds failed:\n{error}")
        row["blocking"] = {"error": error, "per_arm": {},
                           "calibration": {"ok": False, "error": "the profiled rounds failed"}}
    finally:
        arms.untrace_forward()

    # drain the iterators (ends the epoch for the workers and fairseq's prefetch threads)
    for it in its.values():
        for _ in it:
            pass
    arms.close()

    # the figures: ratios over the rounds where every arm made its update (fp16 overflows skip)
    good = [i for i in range(len(steps["ls"])) if all(steps[a][i]["updated"] for a in ARMS)]
    row.update({
        "epoch2_batches": n2, "rounds": len(steps["ls"]), "rounds_all_updated": len(good),
        "stopped_early_for_time": stopped_early, "batch_id_mismatches": id_mismatch,
        "mean_target_tokens": float(np.mean(ntok)) if ntok else math.nan,
    })
    for a in ARMS:
        rs = steps[a]
        row[f"{a}_ms"] = 1e3 * median_iqr([rs[i]["s"] for i in good])[0]
        row[f"{a}_fetch_ms"] = 1e3 * median_iqr(fetch[a])[0]
        row[f"{a}_skipped_updates"] = sum(not r["updated"] for r in rs)
        reads: dict = {}
        for r in rs:
            for k, v in r["reads"].items():
                reads[k] = reads.get(k, 0) + v
        row[f"{a}_prior_reads"] = reads
        fracs = [float(r["out"]["pskd_prior"]) for r in rs if r["out"] and "pskd_prior" in r["out"]]
        row[f"{a}_prior_fraction"] = median_iqr(fracs)[0] if a != "ls" else None
        if dev == "cuda":
            row[f"{a}_peak_mb"] = max((r["peak"] for r in rs), default=math.nan) / 2**20
            row[f"{a}_step_peak_mb"] = max((r["above"] for r in rs), default=math.nan) / 2**20
        else:  # the CPU allocations of one step
            row[f"{a}_peak_mb"] = row[f"{a}_step_peak_mb"] = cpu_peaks.get(a, math.nan) / 2**20
    for a in ARMS[1:]:
        row[f"{a}_speed_over_ls"] = list(median_iqr([steps["ls"][i]["s"] / steps[a][i]["s"] for i in good]))
        for k in ("peak", "step_peak"):
            base = row[f"ls_{k}_mb"]
            row[f"{a}_{k}_over_ls"] = row[f"{a}_{k}_mb"] / base if base else math.nan
    row["seconds"] = round(time.time() - t0, 1)
    return row


# -- a short fairseq-train of each criterion ------------------------------------------------


_STAT = re.compile(r"\| (\w+) \| epoch (\d+) \|(?: valid on '\w+' subset \|)? (.*)$")


def train_stats(text: str) -> dict[int, dict[str, str]]:
    out: dict[int, dict[str, str]] = {}
    for line in text.splitlines():
        m = _STAT.search(line)
        if m and m.group(1) == "train":
            fields = (kv.strip().split(" ", 1) for kv in m.group(3).split("|") if kv.strip())
            out[int(m.group(2))] = dict(fields)
    return out


def real_training(args, data: Path, work: Path, out: Path, deadline: float) -> dict:
    """fairseq-train, label smoothing then PS-KD, `--fp16`, each time-boxed (`timeout`)."""
    res: dict = {"flags": " ".join(precision_flags("fp16", args.device)), "epochs": args.train_epochs,
                 "runs": {}}
    for name, crit in (("ls", "ls"), ("pskd", "pskd")):
        left = deadline - time.time() - args.reserve
        if left < args.train_min_s:
            res["runs"][name] = {"skipped": f"{left:.0f} s left"}
            continue
        argv = job_argv(args, data, work / f"train-{name}", "fp16", args.train_tokens, crit)
        argv[argv.index("--max-epoch") + 1] = str(args.train_epochs)
        argv += ["--log-interval", "50"]
        budget = int(left if name == "pskd" else left / 2)
        t = time.time()
        with open(out / f"train-{name}.log", "w") as f:
            proc = subprocess.run(["timeout", "-k", "5", str(budget), sys.executable, "-m",
                                   "fairseq_cli.train", *argv], stdout=f, stderr=subprocess.STDOUT)
        text = (out / f"train-{name}.log").read_text()
        stats = train_stats(text)
        last = stats[max(stats)] if stats else {}
        res["runs"][name] = {
            "rc": proc.returncode, "seconds": round(time.time() - t, 1), "epochs_done": len(stats),
            "last_epoch": max(stats) if stats else None,
            **{k: _num(last.get(k)) for k in ("loss", "nll_loss", "wps", "ups", "train_wall",
                                              "pskd_prior", "pskd_kl", "loss_scale")},
        }
        log(f"fairseq-train {name}: rc {proc.returncode}, {res['runs'][name]}")
    return res


def _num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


# -- the report -----------------------------------------------------------------------------


def fmt(x, spec=".1f") -> str:
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "-"
    return format(x, spec)


def table(headers: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)] + [
        "| " + " | ".join(r) + " |" for r in rows]


def report(res: dict) -> str:
    lines = [f"# LS vs PS-KD through fairseq's Trainer, {res['device_name']}", "",
             f"{res['when']}; torch {res['torch']} (CUDA {res['cuda']}), fairseq {res['fairseq']}, "
             f"python {res['python']}; {res['model']}; K = {res['topk']}; data {res.get('data')}", ""]

    def ratio(r, a):
        m, lo, hi = r[f"{a}_speed_over_ls"]
        return f"{fmt(m, '.3f')} [{fmt(lo, '.3f')}, {fmt(hi, '.3f')}]"

    def three(r, key, spec=".1f"):
        return " / ".join(fmt(r[f"{a}_{key}"], spec) for a in ARMS)

    rows = []
    for r in res["rows"]:
        rows.append([
            r["flags"], str(r["max_tokens"]), fmt(r["mean_target_tokens"], ".0f"),
            fmt(r["ls_ms"]), fmt(r["pskd-thread_ms"]), ratio(r, "pskd-thread"),
            fmt(r["pskd-loader_ms"]), ratio(r, "pskd-loader"),
            f"{three(r, 'step_peak_mb')} ({fmt(r['pskd-thread_step_peak_over_ls'], '.3f')}x / "
            f"{fmt(r['pskd-loader_step_peak_over_ls'], '.3f')}x)",
            three(r, "peak_mb", ".0f"), f"{r['rounds']} ({r['rounds_all_updated']})",
        ])
    lines += table(["precision", "max tokens", "target tok/step", "LS ms", "PS-KD thread ms",
                    "speed thread/LS [IQR]", "PS-KD loader ms", "speed loader/LS [IQR]",
                    "step peak MB LS / thread / loader (x LS)", "peak MB LS / thread / loader",
                    "rounds (all updated)"], rows)

    counted = next((r["blocking"]["counted"] for r in res["rows"] if "counted" in r["blocking"]), "")
    lines += ["", f"Blocking calls on the training thread per step ({counted})", ""]
    rows = []
    for r in res["rows"]:
        b, cal = r["blocking"]["per_arm"], r["blocking"]["calibration"]
        rows.append([
            r["flags"], str(r["max_tokens"]),
            " / ".join(fmt(b.get(a, {}).get("criterion_forward")) for a in ARMS),
            " / ".join(fmt(b.get(a, {}).get("step_total")) for a in ARMS),
            f"{r['pskd-thread_prior_reads']}; {r['pskd-loader_prior_reads']}",
            f"{fmt(r['pskd-thread_prior_fraction'], '.3f')} / {fmt(r['pskd-loader_prior_fraction'], '.3f')}",
            str(r["contexts"].get("ok")), str(cal.get("ok") if isinstance(cal, dict) else "n/a"),
        ])
    lines += table(["precision", "max tokens", "in criterion.forward LS / thread / loader",
                    "whole step LS / thread / loader", "prior read (thread arm; loader arm)",
                    "prior token fraction thread / loader", "one CUDA context", "thread calibration"],
                   rows)
    for r in res["rows"]:
        if r["blocking"].get("error"):
            lines.append(f"- {r['flags']} {r['max_tokens']}: the profiled rounds failed (gpu_step.json)")
        for a in ARMS:
            b = r["blocking"]["per_arm"].get(a)
            if b is None:
                continue
            if b["criterion_forward_calls"]:
                lines.append(f"- {r['flags']} {r['max_tokens']} {a}, in criterion.forward: "
                             f"{b['criterion_forward_calls']}")
            if b["other_threads_during_steps"]:
                lines.append(f"- {r['flags']} {r['max_tokens']} {a}, other threads during the steps: "
                             f"{b['other_threads_during_steps']}")
    for what in ("skipped", "errors"):
        if res.get(what):
            lines += ["", f"{what}: " + ", ".join(res[what])]
    t = res.get("training")
    if t:
        lines += ["", f"fairseq-train {t['flags']}, {t['epochs']} epochs at most "
                  "(the last epoch's train line):", ""]
        rows = []
        for name, r in t["runs"].items():
            if "skipped" in r:
                rows.append([name, f"skipped: {r['skipped']}"] + [""] * 6)
            else:
                rows.append([name, str(r["rc"]), str(r["epochs_done"]), fmt(r["wps"], ".0f"),
                             fmt(r["ups"], ".2f"), fmt(r["loss"], ".3f"), fmt(r["pskd_prior"], ".3f"),
                             str(r["seconds"])])
        lines += table(["criterion", "rc", "epochs", "wps", "ups", "loss", "pskd_prior", "seconds"], rows)
    lines += ["", f"total {res.get('total_s', '-')} s; command: {res['command']}"]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--device", choices=("cuda", "cpu"), default="cuda")
    ap.add_argument("--out", default=os.environ.get("OUT", "/tmp/pskd-gpu"))
    ap.add_argument("--data", default=None, help="a data-bin (default: a synthetic one)")
    ap.add_argument("--vocab", type=int, default=None, help="synthetic vocabulary (32000; cpu 200)")
    ap.add_argument("--pairs", type=int, default=None, help="synthetic sentence pairs (24000; cpu 300)")
    ap.add_argument("--tokens", type=int, nargs="+", default=None,
                    help="max tokens per batch (4096 16384; cpu 256 512)")
    ap.add_argument("--precisions", nargs="+", default=["fp16", "amp"])
    ap.add_argument("--steps", type=int, default=None, help="timed rounds (30; cpu 3)")
    ap.add_argument("--warmup", type=int, default=None, help="untimed rounds first (2; cpu 1)")
    ap.add_argument("--profile-steps", type=int, default=3, help="profiled rounds")
    ap.add_argument("--workers", type=int, default=1, help="--num-workers of the loader arm and LS")
    ap.add_argument("--topk", type=int, default=8)
    ap.add_argument("--train-epochs", type=int, default=None,
                    help="fairseq-train epochs of each criterion at the end (3; cpu 2; 0: none)")
    ap.add_argument("--train-tokens", type=int, default=None,
                    help="fairseq-train --max-tokens (4096; cpu 256)")
    ap.add_argument("--train-min-s", type=float, default=None,
                    help="the least time left to start a fairseq-train (60; cpu 5)")
    ap.add_argument("--deadline", type=float, default=None, help="unix time by which all is written")
    ap.add_argument("--budget", type=float, default=480.0, help="seconds from now (without --deadline)")
    ap.add_argument("--reserve", type=float, default=None, help="seconds kept free before the deadline")
    ap.add_argument("--threads", type=int, default=None, help="torch threads")
    args = ap.parse_args()
    cpu = args.device == "cpu"
    defaults = dict(vocab=(200, 32000), pairs=(300, 24000), tokens=([256, 512], [4096, 16384]),
                    steps=(3, 30), warmup=(1, 2), train_epochs=(2, 3), train_tokens=(256, 4096),
                    train_min_s=(5.0, 60.0), reserve=(2.0, 20.0))
    for k, (c, g) in defaults.items():
        if getattr(args, k) is None:
            setattr(args, k, c if cpu else g)
    if args.threads:
        torch.set_num_threads(args.threads)
    if not cpu and not torch.cuda.is_available():
        sys.exit("no CUDA device: run with --device cpu for the dry run")
    t_start = time.time()
    deadline = args.deadline or t_start + args.budget
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="pskd-gpu-"))

    import fairseq

    res = {
        "when": time.strftime("%Y-%m-%d %H:%M:%S"), "command": " ".join(sys.argv),
        "device": args.device,
        "device_name": torch.cuda.get_device_name() if not cpu else f"CPU ({platform.processor() or 'cpu'})",
        "torch": torch.__version__, "fairseq": fairseq.__version__, "python": platform.python_version(),
        "cuda": torch.version.cuda, "model": " ".join(CPU_MODEL if cpu else GPU_MODEL), "topk": args.topk,
        "install_s": os.environ.get("PSKD_INSTALL_S"), "rows": [], "skipped": [], "errors": {},
    }

    def save() -> None:
        res["total_s"] = round(time.time() - t_start, 1)
        (out / "gpu_step.json").write_text(json.dumps(res, indent=1, default=str))
        (out / "gpu_step.md").write_text(report(res))

    if args.data:
        data = Path(args.data)
    else:
        data = synthetic_data(work / "data", args.vocab, args.pairs, 30.0 if not cpu else 8.0)
    res["data"] = f"{args.data or 'synthetic'}: {args.pairs} pairs, vocab {args.vocab}"
    log(f"data ready in {time.time() - t_start:.0f} s: {data}")
    save()

    plan = [(p, t) for p in args.precisions for t in args.tokens]
    longest = 0.0  # seconds the longest configuration took so far
    for precision, tokens in plan:
        name = f"{precision} {tokens}"
        need = 1.5 * longest  # the same data each time: epoch 1 costs alike at every size
        if time.time() + need > deadline - args.reserve:
            res["skipped"].append(name)
            log(f"skipped {name}: {deadline - time.time():.0f} s left, ~{need:.0f} s needed")
            continue
        t = time.time()
        try:
            row = run_config(args, data, work / f"{precision}-{tokens}", precision, tokens, deadline)
        except OutOfTime as e:
            res["skipped"].append(f"{name} ({e})")
            log(f"out of time: {name} {e}")
            continue
        except Exception:
            res["errors"][name] = traceback.format_exc()[-4000:]
            log(f"FAILED {name}:\n{res['errors'][name]}")
            continue
        finally:
            gc.collect()  # the trainers, their data loaders and workers
            if args.device == "cuda":
                torch.cuda.empty_cache()
        row["processes_left"] = len(multiprocessing.active_children())
        longest = max(longest, time.time() - t)
        res["rows"].append(row)
        log(f"{name}: " + json.dumps({k: v for k, v in row.items() if k != "blocking"}, default=str))
        save()
    if args.train_epochs > 0:
        res["training"] = real_training(args, data, work, out, deadline)
    save()
    print(report(res), flush=True)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
