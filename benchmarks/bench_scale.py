"""Scale: a store the size of WMT'14 En-De (4.5M sentences, ~140M target tokens, K = 8).

For each corpus size, in a fresh process that imports the store module (through the package, as
training does: fairseq and torch are loaded before anything is measured, so what grows is the
store's):
* time to create the store (TopKStore.open on an empty directory: posix_fallocate of every
  generation + the offsets index), then the start-of-run work the criterion does: forget_all
  (untag every row) and census (count usable rows), and the fingerprint (blake2b of the target
  sizes and the target token buffer, here a file-backed mmap like fairseq's MMapIndexedDataset);
* bytes on disk per target token per generation (allocated blocks, st_blocks), against the floor
  K x (id bytes + 2) + id bytes (K ids and float16 probs, plus the gold id checked on read);
* anonymous memory (RssAnon in /proc/self/status: the process's private memory, not the page cache
  that backs the memmaps) before the store is opened, at its peak while opening, and at its peak
  while --steps training-like random batches of ~4096 target tokens are written in epoch 1 and then
  read (gold check included) and rewritten in epoch 2.

Gold tokens are a hash of the token's row, computed per batch, so that the corpus's tokens need no
memory of their own; the per-sentence lengths (8 bytes a sentence, as fairseq's dataset holds
them) are in memory and counted in the baseline.

    python benchmarks/bench_scale.py                     # 3 sizes up to WMT'14, ~9.5 GB disk, minutes
    python benchmarks/bench_scale.py --sizes 100000,300000,1000000 --dir /tmp
    python benchmarks/bench_scale.py --smoke             # the smallest sizes: does it run?
Files are deleted at the end.
"""

from __future__ import annotations

import argparse
import json
import mmap
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

from _common import iwslt_like_lengths, md_table, parse_args, print_header, proc_status, store_module

MiB = 2**20


def gold_of(rows: np.ndarray, vocab: int, dtype) -> np.ndarray:
    """A deterministic token id for each store row: the same on write and on read."""
    return ((rows.astype(np.uint64) * np.uint64(2654435761)) % np.uint64(vocab - 4) + 4).astype(dtype)


class AnonSampler(threading.Thread):
    """Polls RssAnon every millisecond: transients inside a call (the offsets array built while
    creating the store, the census's comparison) show in the peak even if gone when it returns."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            self.peak = max(self.peak, proc_status("RssAnon"))
            time.sleep(0.001)

    def stop(self) -> int:
        self._halt.set()
        self.join()
        return self.peak


def child(spec: dict) -> dict:
    store_mod = store_module()
    root = Path(spec["dir"])
    n, k, vocab = spec["sentences"], spec["k"], spec["vocab"]
    rng = np.random.default_rng(0)
    anon = {"start": proc_status("RssAnon")}
    lengths = iwslt_like_lengths(n, rng, mean=spec["mean_len"])
    ntok = int(lengths.sum())
    id_dtype = store_mod.id_dtype(vocab)
    anon["baseline"] = proc_status("RssAnon")

    # the target token buffer, file-backed as fairseq's MMapIndexedDataset keeps it
    tok_path = root / "tokens.bin"
    with open(tok_path, "wb") as f:
        chunk = 1 << 20  # small temporaries: glibc keeps freed heap, which would pollute RssAnon
        for start in range(0, ntok, chunk):
            f.write(gold_of(np.arange(start, min(start + chunk, ntok)), vocab, np.uint16).tobytes())
    anon["after_token_file"] = proc_status("RssAnon")

    t0 = time.perf_counter()
    with open(tok_path, "rb") as f:
        buf = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        fp = store_mod.targets_fingerprint(lengths, lengths, [f"w{i}" for i in range(vocab)], memoryview(buf))
        buf.close()
    t_fp = time.perf_counter() - t0
    anon["after_fingerprint"] = proc_status("RssAnon")

    sampler = AnonSampler()
    sampler.start()
    t0 = time.perf_counter()
    store = store_mod.TopKStore.open(root / "store", lengths, vocab, k, fp)
    t_create = time.perf_counter() - t0
    anon["after_open"] = proc_status("RssAnon")
    t0 = time.perf_counter()
    store.forget_all()
    t_forget = time.perf_counter() - t0
    t0 = time.perf_counter()
    store.census(2)
    t_census = time.perf_counter() - t0
    anon["after_forget_census"] = proc_status("RssAnon")

    batches = []
    for _ in range(spec["steps"]):
        ids = rng.choice(n, size=min(n, 600), replace=False)
        take = np.searchsorted(np.cumsum(lengths[ids]), spec["batch_tokens"], side="right")
        batches.append(np.sort(ids[: max(take, 1)]))
    peak_steps = 0
    step_s = {1: [], 2: []}
    tokens = 0
    for epoch in (1, 2):
        for b in batches:
            lens = lengths[b]
            # the batch's token rows, from the store's own (file-backed) offsets
            first = np.cumsum(lens) - lens
            rows = np.repeat(store.offsets[b] - first, lens) + np.arange(int(lens.sum()))
            gold = gold_of(rows, vocab, id_dtype)
            m = len(rows)
            top_ids = rng.integers(0, vocab, (m, k)).astype(id_dtype)
            probs = rng.random((m, k), dtype=np.float32).astype(np.float16)
            t0 = time.perf_counter()
            usable, _, _ = store.read(b, lens, gold, epoch)
            store.write(b, lens, gold, top_ids, probs, epoch)
            step_s[epoch].append(time.perf_counter() - t0)
            assert usable.all() == (epoch == 2)
            tokens += m if epoch == 2 else 0
            peak_steps = max(peak_steps, proc_status("RssAnon"))
    t0 = time.perf_counter()
    store.flush()
    t_flush = time.perf_counter() - t0
    anon["peak_steps"] = peak_steps
    anon["peak_sampled"] = sampler.stop()
    anon["end"] = proc_status("RssAnon")

    spec_ = store.spec
    gen_path = root / "store" / "gen0.pskd"
    disk_gen = os.stat(gen_path).st_blocks * 512
    return {
        "sentences": n,
        "tokens": ntok,
        "id_bytes": np.dtype(id_dtype).itemsize,
        "t_create": t_create,
        "t_forget": t_forget,
        "t_census": t_census,
        "t_fingerprint": t_fp,
        "t_flush": t_flush,
        "step_ms_ep1": float(np.median(step_s[1]) * 1e3),
        "step_ms_ep2": float(np.median(step_s[2]) * 1e3),
        "tokens_per_step": tokens / len(batches),
        "disk_gen_bytes": disk_gen,
        "apparent_gen_bytes": spec_.generation_bytes(),
        "disk_total_bytes": sum(
            os.stat(root / "store" / f).st_blocks * 512 for f in os.listdir(root / "store")
        ),
        "rss_file_end": proc_status("RssFile"),
        "anon": anon,
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="450000,1500000,4500000", help="sentences, comma-separated")
    p.add_argument("--mean-len", type=float, default=31.0, help="target tokens per sentence (WMT'14: ~31)")
    p.add_argument("--vocab", type=int, default=32000, help="WMT'14 En-De joint BPE: ~32k")
    p.add_argument("--k", type=int, default=8)
    p.add_argument("--steps", type=int, default=300, help="random batches per epoch")
    p.add_argument("--batch-tokens", type=int, default=4096)
    p.add_argument("--dir", type=Path, default=None, help="parent of the temporary store directory")
    p.add_argument("--child", help=argparse.SUPPRESS)
    args = parse_args(p, dict(sizes="2000", steps=5, batch_tokens=1024))
    if args.child:
        print(json.dumps(child(json.loads(args.child))))
        return

    store_mod = store_module()
    sizes = [int(s) for s in args.sizes.split(",")]
    results = []
    for n in sizes:
        root = Path(tempfile.mkdtemp(prefix="pskd-bench-scale-", dir=args.dir))
        try:
            est_tok = int(n * args.mean_len)
            need = store_mod.StoreSpec(args.vocab, args.k, n, est_tok, b"\0" * 32).total_bytes() + 2 * est_tok
            free = shutil.disk_usage(root).free
            if need * 1.05 > free:
                print(f"skipping {n:,} sentences: needs ~{need / 2**30:.1f} GiB, "
                      f"{free / 2**30:.1f} GiB free", file=sys.stderr)
                continue
            spec = dict(
                dir=str(root), sentences=n, k=args.k, vocab=args.vocab, mean_len=args.mean_len,
                steps=args.steps, batch_tokens=args.batch_tokens,
            )  # fmt: skip
            out = subprocess.run(
                [sys.executable, __file__, "--child", json.dumps(spec)], capture_output=True, text=True
            )
            if out.returncode:
                sys.exit(f"child for {n:,} sentences failed:\n{out.stderr}")
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        finally:
            t0 = time.perf_counter()
            shutil.rmtree(root, ignore_errors=True)
            if results and results[-1]["sentences"] == n:
                # freeing the blocks can take minutes: on a filesystem mounted with `discard`
                # every unlink sends the freed extents to the device (seen here)
                results[-1]["t_delete"] = time.perf_counter() - t0

    print_header("Store at scale (bench_scale.py)")
    print(
        f"K={args.k}, V={args.vocab}, ~{args.mean_len:g} target tokens per sentence (log-normal), "
        f"{args.steps} random batches of <= {args.batch_tokens} tokens written in epoch 1, then read "
        f"and rewritten in epoch 2. Each size in a fresh process that imports fairseq_pskd (so "
        f"fairseq and torch) before it measures. Files deleted afterwards. store.py: "
        f"{store_module().__file__}.\n"
    )
    rows = []
    for r in results:
        floor = args.k * (r["id_bytes"] + 2) + r["id_bytes"]
        per_tok = r["disk_gen_bytes"] / r["tokens"]
        rows.append(
            [
                f"{r['sentences']:,}",
                f"{r['tokens'] / 1e6:.1f}M",
                f"{r['disk_total_bytes'] / 2**30:.2f}",
                f"{r['t_create']:.2f}",
                f"{r['t_forget']:.2f} / {r['t_census']:.3f}",
                f"{r['t_fingerprint']:.2f}",
                f"{per_tok:.2f}",
                f"{floor}",
                f"{(per_tok / floor - 1) * 100:+.2f}%",
                f"{r['step_ms_ep1']:.2f} / {r['step_ms_ep2']:.2f}",
                f"{r.get('t_delete', float('nan')):.1f}",
            ]
        )
    print(
        md_table(
            ["sentences", "target tokens", "disk GiB (all generations + index)", "create s",
             "forget_all / census s", "fingerprint s", "disk B/token/gen", "floor B/token",
             "vs floor", "ms/step ep1 / ep2", "delete s (store + token file)"],
            rows,
        )
    )  # fmt: skip
    print("\nAnonymous memory (RssAnon, MiB) of the benchmark process:\n")
    rows = []
    for r in results:
        a = r["anon"]
        rows.append(
            [
                f"{r['sentences']:,}",
                f"{a['start'] / MiB:.1f}",
                f"{a['baseline'] / MiB:.1f}",
                f"{a['after_fingerprint'] / MiB:.1f}",
                f"{a['after_open'] / MiB:.1f}",
                f"{a['after_forget_census'] / MiB:.1f}",
                f"{a['peak_steps'] / MiB:.1f}",
                f"{a['peak_sampled'] / MiB:.1f}",
                f"{(a['peak_sampled'] - a['after_fingerprint']) / MiB:+.1f}",
                f"{(a['peak_steps'] - a['after_fingerprint']) / MiB:+.1f}",
                f"{r['rss_file_end'] / MiB:.0f}",
            ]
        )
    print(
        md_table(
            ["sentences", "at start (fairseq_pskd imported)", "+ lengths",
             "+ token file, fingerprint (before open)", "after open", "after forget_all + census",
             "peak during steps",
             "peak from open to end (1 ms sampler)", "store's peak (sampled - before open)",
             "store's steady (steps - before open)", "RssFile at end (page cache mapped)"],
            rows,
        )
    )  # fmt: skip
    print()


if __name__ == "__main__":
    main()
