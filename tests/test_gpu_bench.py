"""benchmarks/gpu/bench_gpu_step.py, the GPU session's benchmark, checked where no GPU is: its CPU dry
run (the same code through fairseq's Trainer and data loader, at a tiny size) and its attribution of
blocking CUDA calls to threads (on made-up profiler events: the CUDA runtime events exist only on a
GPU)."""

from __future__ import annotations

import importlib.util
import json
import math
import subprocess
import sys
import threading
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "benchmarks" / "gpu" / "bench_gpu_step.py"
ARMS = ("ls", "pskd-thread", "pskd-loader")


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_gpu_step", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def finite(x) -> bool:
    return isinstance(x, int | float) and math.isfinite(x)


@pytest.mark.slow
def test_cpu_dry_run_reports_every_mode(tmp_path):
    """fp16 and amp through fairseq's CLI config, the prior from the reader thread and from the
    data-loader worker, then fairseq-train of each criterion: every figure finite (~2 minutes)."""
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--device", "cpu", "--out", str(tmp_path), "--tokens", "256",
         "--pairs", "150", "--threads", "1"],
        capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-6000:]
    res = json.loads((tmp_path / "gpu_step.json").read_text())
    assert res["errors"] == {}, res["errors"]
    assert res["skipped"] == []
    modes = {(r["precision"], r["flags"].split()[0]) for r in res["rows"]}
    assert modes == {("fp16", "--fp16"), ("amp", "--amp")}
    for r in res["rows"]:
        where = f"{r['precision']} {r['max_tokens']}"
        assert r["batch_id_mismatches"] == 0, where  # the three arms trained the same batches
        assert r["rounds_all_updated"] >= 1, where
        for arm in ARMS:
            for key in ("ms", "fetch_ms", "step_peak_mb", "peak_mb"):
                assert finite(r[f"{arm}_{key}"]) and r[f"{arm}_{key}"] >= 0, (where, arm, key)
            blocking = r["blocking"]["per_arm"][arm]
            assert blocking["profiled_steps"] >= 1, (where, arm)
            assert finite(blocking["criterion_forward"]) and finite(blocking["step_total"]), (where, arm)
        for arm in ARMS[1:]:
            assert all(finite(x) for x in r[f"{arm}_speed_over_ls"]), (where, arm)
            assert finite(r[f"{arm}_step_peak_over_ls"]), (where, arm)
            assert r[f"{arm}_prior_fraction"] > 0.5, (where, arm)  # epoch 2 trained on the prior
        # where the prior was read: the reader thread with --num-workers 0, the worker with 1
        assert r["pskd-thread_prior_reads"] == {"loader": 0, "thread": r["rounds"]}, where
        assert r["pskd-loader_prior_reads"] == {"loader": r["rounds"], "thread": 0}, where
    runs = res["training"]["runs"]
    assert set(runs) == {"ls", "pskd"}
    for name, run in runs.items():
        assert run["rc"] == 0 and run["epochs_done"] == res["training"]["epochs"], (name, run)
        assert finite(run["wps"]) and finite(run["loss"]), (name, run)
    assert runs["pskd"]["pskd_prior"] > 0.5  # fairseq-train's epoch 2 read the prior
    table = (tmp_path / "gpu_step.md").read_text()
    assert "| --fp16 --fp16-no-flatten-grads --fp16-init-scale 1 | 256 |" in table
    assert "| --amp | 256 |" in table
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "gpu_step.json", "gpu_step.md", "train-ls.log", "train-pskd.log"]


def test_blocking_calls_are_counted_on_the_training_thread_only():
    """The writer thread's event wait inside a PS-KD step is another thread's; the probes map the
    training thread to its resource id even where that is not the native thread id."""
    bench = load_bench()
    train, helper, writer = 111, 222, 333
    spans = bench.Spans(
        spans={
            "bench.probe.main": [(0, 10)],
            "bench.step.ls": [(100, 200)], "bench.criterion.forward.ls": [(110, 150)],
            "bench.step.pskd-thread": [(300, 400)], "bench.criterion.forward.pskd-thread": [(310, 350)],
        },
        runtime=[
            {"name": "cudaDeviceSynchronize", "start": 5, "end": 6, "rid": train},  # the main probe
            {"name": "cudaEventSynchronize", "start": 20, "end": 21, "rid": helper},  # the helper probe
            {"name": "cudaStreamSynchronize", "start": 120, "end": 121, "rid": train},  # LS forward
            {"name": "cudaStreamSynchronize", "start": 180, "end": 181, "rid": train},  # LS logging
            {"name": "cudaEventSynchronize", "start": 320, "end": 340, "rid": writer},  # the writer
            {"name": "cudaStreamSynchronize", "start": 390, "end": 391, "rid": train},  # PS-KD logging
        ],
        launches=[{"name": "cudaLaunchKernel", "start": 130, "end": 131, "rid": train}],
    )  # fmt: skip
    res = bench.attribute(spans, {"start": 15, "end": 25, "native_id": 4242}, "cuda",
                          {"ls": 1, "pskd-thread": 1})
    cal = res["calibration"]
    assert cal["ok"] and cal["main_probe_rid"] == train and cal["helper_probe_rid"] == helper
    assert cal["rid_is_native_tid"] is (train == threading.get_native_id())
    ls, pskd = res["per_arm"]["ls"], res["per_arm"]["pskd-thread"]
    assert (ls["criterion_forward"], ls["step_total"]) == (1, 2)
    assert ls["criterion_forward_calls"] == {"cudaStreamSynchronize": 1}
    assert ls["kernel_launches_per_step"] == 1
    assert (pskd["criterion_forward"], pskd["step_total"]) == (0, 1)
    assert pskd["other_threads_during_steps"] == {f"thread {writer}: cudaEventSynchronize": 1}


def test_calibration_fails_when_the_probe_is_not_in_its_span():
    """Runtime events on another clock than the spans, or none at all: said, never counted as 0
    silently."""
    bench = load_bench()
    spans = bench.Spans({"bench.probe.main": [(0, 10)]},
                        [{"name": "cudaDeviceSynchronize", "start": 50, "end": 51, "rid": 1}])
    cal = bench.calibrate(spans, {})
    assert not cal["ok"] and "not inside its span" in cal["error"]


def test_peak_memory_is_read_before_fairseqs_trainer_resets_it(monkeypatch):
    """Trainer.train_step reads and resets the allocator's peak after the optimizer step (its
    gb_free metric): the step's peak is the largest seen before any reset or at its end."""
    import torch

    bench = load_bench()
    state = {"alloc": 100, "peak": 100}
    monkeypatch.setattr(torch.cuda, "memory_allocated", lambda *a: state["alloc"])
    monkeypatch.setattr(torch.cuda, "max_memory_allocated", lambda *a: state["peak"])
    fake_reset = lambda *a: state.update(peak=state["alloc"])  # noqa: E731
    monkeypatch.setattr(torch.cuda, "reset_peak_memory_stats", fake_reset)

    def train_step():
        state["peak"] = 500  # forward + backward
        torch.cuda.reset_peak_memory_stats()  # fairseq's, inside train_step
        state["peak"] = 150  # its logging afterwards
        return "logging output"

    with bench.PeakMemory() as peak:
        assert peak.step(train_step) == ("logging output", 500, 400)
    assert torch.cuda.reset_peak_memory_stats is fake_reset


def test_context_check_reads_nvidia_smi(monkeypatch):
    """This process listed once and no worker: one context; a worker listed: not."""
    import os
    import types

    bench = load_bench()
    worker = os.getpid() + 1
    monkeypatch.setattr(bench.shutil, "which", lambda name: "/usr/bin/nvidia-smi")
    monkeypatch.setattr(bench.multiprocessing, "active_children", lambda: [types.SimpleNamespace(pid=worker)])
    listed = [f"{os.getpid()}, 2000 MiB", "1, 10 MiB"]

    def smi(*a, **kw):
        return types.SimpleNamespace(returncode=0, stdout="\n".join(listed) + "\n")

    monkeypatch.setattr(bench.subprocess, "run", smi)
    got = bench.contexts_check("cuda")
    assert got["ok"] is True and got["this_pid_listed"] == 1 and got["source"] == "nvidia-smi"
    listed.append(f"{worker}, 300 MiB")  # a data-loader worker made a context of its own
    got = bench.contexts_check("cuda")
    assert got["ok"] is False and got["worker_pids_listed"] == [worker]
    listed[:] = []  # a PID namespace hides every process: nothing to conclude
    assert bench.contexts_check("cuda")["ok"] is None
