"""Label smoothing vs PS-KD, training step by training step on a GPU, and a profiler check that
the criterion does not synchronize with the device.

The two criteria train the same model on the same batches, alternating step by step (which one
goes first alternates too), epoch 2 for PS-KD: every step reads last epoch's rows and writes its
own. Each step is timed between two device synchronizations; the result is the median of the
per-step ratios time(LS) / time(PS-KD), i.e. speed(PS-KD) / speed(LS). Then a few PS-KD steps run
under torch.profiler: the CUDA runtime calls that block the host (stream/device/event
synchronize, synchronous memcpy) are counted inside the criterion's forward.

Runs on a machine with CUDA torch and fairseq (see run.sh); `--device cpu` is a smoke test of the
script itself, its timings mean nothing.

    python benchmarks/gpu/bench_gpu_step.py --out OUT
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

REPO = Path(__file__).resolve().parents[2]
BLOCKING = ("cudaStreamSynchronize", "cudaDeviceSynchronize", "cudaEventSynchronize", "cudaMemcpy ")


def synthetic_data(root: Path, vocab: int, pairs: int) -> Path:
    """A data-bin of random Zipf-distributed 'sentences' over about `vocab` word types."""
    raw = root / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(1)
    words = np.array([f"w{i}" for i in range(vocab)])
    for split, n in (("train", pairs), ("valid", 200)):
        for side in ("src", "tgt"):
            lengths = np.clip(rng.gamma(4.0, 7.0, n).astype(int) + 2, 2, 120)
            ranks = np.minimum(rng.zipf(1.1, int(lengths.sum())) - 1, vocab - 1)
            toks = np.split(words[ranks], np.cumsum(lengths)[:-1])
            (raw / f"{split}.{side}").write_text("\n".join(" ".join(t) for t in toks) + "\n")
    out = root / "bin"
    subprocess.run(
        [sys.executable, "-m", "fairseq_cli.preprocess", "--source-lang", "src", "--target-lang", "tgt",
         "--trainpref", str(raw / "train"), "--validpref", str(raw / "valid"), "--destdir", str(out),
         "--joined-dictionary", "--workers", str(min(8, os.cpu_count() or 1))],
        check=True, capture_output=True,
    )
    return out


class _Backward:
    """The optimizer interface task.train_step needs."""

    def backward(self, loss):
        loss.backward()


def build(data: Path, arch: str, max_tokens: int, save: Path, extra: list[str]):
    from fairseq import options, tasks, utils
    from fairseq.criterions.label_smoothed_cross_entropy import (
        LabelSmoothedCrossEntropyCriterion,
    )
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf

    parser = options.get_training_parser()
    args = options.parse_args_and_arch(parser, [
        str(data), "--task", "translation", "--arch", arch, "--share-all-embeddings",
        "--user-dir", str(REPO / "fairseq_pskd"), "--criterion", "pskd", "--label-smoothing", "0.1",
        "--pskd-alpha", "0.8", "--pskd-topk", "8", "--max-tokens", str(max_tokens),
        "--max-epoch", "10", "--save-dir", str(save), "--required-batch-size-multiple", "8",
        "--dropout", "0.1", *extra,
    ])
    cfg = convert_namespace_to_omegaconf(args)
    utils.import_user_module(cfg.common)
    task = tasks.setup_task(cfg.task)
    task.load_dataset("train")
    model = task.build_model(cfg.model)
    pskd = task.build_criterion(cfg.criterion)
    ls = LabelSmoothedCrossEntropyCriterion(task, cfg.criterion.sentence_avg, 0.1)
    return task, model, pskd, ls


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=None, help="a data-bin (default: a synthetic one)")
    ap.add_argument("--vocab", type=int, default=32000)
    ap.add_argument("--pairs", type=int, default=60000)
    ap.add_argument("--arch", default="transformer_wmt_en_de")
    ap.add_argument("--tokens", type=int, nargs="+", default=[4096, 16384])
    ap.add_argument("--steps", type=int, default=30)
    ap.add_argument("--device", default="cuda")
    ap.add_argument("--no-bf16", action="store_true")
    ap.add_argument("--out", default=os.environ.get("OUT", "."))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="pskd-gpu-"))
    device = torch.device(args.device)
    dtype = torch.float32 if args.no_bf16 or device.type == "cpu" else torch.bfloat16
    t0 = time.time()
    data = Path(args.data) if args.data else synthetic_data(work / "data", args.vocab, args.pairs)
    print(f"data ready in {time.time() - t0:.0f} s: {data}", flush=True)

    from fairseq import utils

    results = {"device": torch.cuda.get_device_name() if device.type == "cuda" else platform.processor(),
               "torch": torch.__version__, "arch": args.arch, "dtype": str(dtype), "rows": []}
    for max_tokens in args.tokens:
        task, model, pskd, ls = build(data, args.arch, max_tokens, work / f"save{max_tokens}", [])
        model = model.to(device=device, dtype=dtype).train()
        opt = torch.optim.SGD(model.parameters(), lr=1e-6)
        itr = task.get_batch_iterator(task.dataset("train"), max_tokens=max_tokens, seed=1,
                                      required_batch_size_multiple=8).next_epoch_itr(shuffle=True)
        batches = []
        for _ in range(args.steps + 3):
            s = next(itr)
            batches.append(utils.move_to_cuda(s, device) if device.type == "cuda" else s)

        # B023/F821: step and traced are called only inside this iteration, before the
        # `del model, opt` at its end frees the GPU memory for the next size
        def step(crit, sample, update):
            crit.train()
            task.train_step(sample, model, crit, _Backward(), update_num=update)  # noqa: B023, F821
            opt.step()  # noqa: B023, F821
            opt.zero_grad(set_to_none=True)  # noqa: B023, F821

        # epoch 1 writes every batch's rows; epoch 2 reads them back while writing its own
        pskd.pskd_resume(None, 1, 0)
        task.begin_epoch(1, model)
        for i, s in enumerate(batches):
            step(pskd, s, i)
        task.begin_epoch(2, model)
        # the batches as a data-loader worker ships them (--num-workers >= 1): the prior read and
        # refined in another process, moved to the device with the batch
        from fairseq_pskd.loader import PRIOR_KEY
        from fairseq_pskd.pipeline import LAYOUT_KEY

        def shipped(s, pskd=pskd):
            targets = pskd.loader.refiner.read(pskd.store, s[LAYOUT_KEY], 2)
            targets = targets.pin_memory().to(device) if device.type == "cuda" else targets
            return {**s, PRIOR_KEY: {"epoch": 2, "targets": targets}}

        loaded = [shipped(s) for s in batches]
        for s, sl in zip(batches[:3], loaded[:3]):  # warm-up of all three
            step(ls, s, 0)
            step(pskd, s, 0)
            step(pskd, sl, 0)
        t_ls, t_pskd, t_loader = [], [], []
        for i, (s, sl) in enumerate(zip(batches[3:], loaded[3:])):
            order = [(ls, s, t_ls), (pskd, s, t_pskd), (pskd, sl, t_loader)]
            for crit, sample, times in order[i % 3:] + order[: i % 3]:
                if device.type == "cuda":
                    torch.cuda.synchronize()
                t = time.perf_counter()
                step(crit, sample, 10)
                if device.type == "cuda":
                    torch.cuda.synchronize()
                times.append(time.perf_counter() - t)
        ratios = [a / b for a, b in zip(t_ls, t_pskd)]
        loader_ratios = [a / b for a, b in zip(t_ls, t_loader)]
        ntok = statistics.mean(int(s["ntokens"]) for s in batches[3:])

        # profiler: blocking CUDA runtime calls inside the criterion's forward
        blocking, trace = None, None
        if device.type == "cuda":
            from torch.profiler import ProfilerActivity, profile, record_function

            forward = pskd.forward

            def traced(*a, **kw):
                with record_function("pskd.criterion.forward"):
                    return forward(*a, **kw)  # noqa: B023

            pskd.forward = traced
            with profile(activities=[ProfilerActivity.CPU, ProfilerActivity.CUDA]) as prof:
                for s in batches[3:8]:
                    step(pskd, s, 10)
                torch.cuda.synchronize()
            pskd.forward = forward
            trace = out / f"trace-pskd-{max_tokens}.json"
            prof.export_chrome_trace(str(trace))
            spans = [(e.time_range.start, e.time_range.end) for e in prof.events()
                     if e.name == "pskd.criterion.forward"]
            blocking = {}
            for e in prof.events():
                if any(e.name.startswith(b.strip()) and (b.endswith(" ") is False or e.name == b.strip())
                       for b in BLOCKING) and any(a <= e.time_range.start <= b for a, b in spans):
                    blocking[e.name] = blocking.get(e.name, 0) + 1
        row = {
            "max_tokens": max_tokens, "mean_target_tokens": ntok, "steps": len(ratios),
            "ls_ms": 1e3 * statistics.median(t_ls), "pskd_ms": 1e3 * statistics.median(t_pskd),
            "speed_pskd_over_ls": statistics.median(ratios),
            "loader_ms": 1e3 * statistics.median(t_loader),
            "speed_pskd_loader_over_ls": statistics.median(loader_ratios),
            "iqr": [float(np.percentile(ratios, 25)), float(np.percentile(ratios, 75))],
            "blocking_calls_in_criterion_forward": blocking, "trace": str(trace) if trace else None,
        }
        results["rows"].append(row)
        print(json.dumps(row), flush=True)
        pskd.run.writer.close()
        pskd.run.reader.close()
        model = opt = batches = None  # free the GPU memory before the next size
        if device.type == "cuda":
            torch.cuda.empty_cache()
    (out / "gpu_step.json").write_text(json.dumps(results, indent=1))
    print("\n| max tokens | target tokens / step | LS ms | PS-KD ms (reader thread) | speed PS-KD / LS "
          "(median [IQR]) | PS-KD ms (prior from the data loader) | speed / LS | blocking calls in "
          "the criterion |")
    print("|---|---|---|---|---|---|---|---|")
    for r in results["rows"]:
        print(f"| {r['max_tokens']} | {r['mean_target_tokens']:.0f} | {r['ls_ms']:.1f} | "
              f"{r['pskd_ms']:.1f} | "
              f"{r['speed_pskd_over_ls']:.3f} [{r['iqr'][0]:.3f}, {r['iqr'][1]:.3f}] | "
              f"{r['loader_ms']:.1f} | {r['speed_pskd_loader_over_ls']:.3f} | "
              f"{r['blocking_calls_in_criterion_forward']} |")
    print(f"\n{results['device']}, torch {results['torch']}, {args.arch}, {dtype}; "
          f"total {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
