"""Store throughput: TopKStore.read + .write of batch-shaped random sentence sets, warm page cache.

Each step takes a random set of sentences holding about --batch-tokens target tokens (fairseq's
batches group sentences of similar length, so their ids are scattered over the corpus, which is
what a random set models), reads last epoch's rows (the gold-token check included) and writes this
epoch's rows, as the criterion does once per training step; then writes the same rows once more,
to show what the first write's page faults cost. The K values (and the pre-fast-path baseline
code, benchmarks/baselines/store_v1.py) are interleaved step by step, each on its own files.

Warm page cache: every row is written and flushed before timing, so pages are cached and clean.
That is the training case: a page's rows were written back to disk (the kernel writes dirty pages
back after ~30 s) long before the next epoch writes the page again, so each write takes a write
fault on the shared mapping.

Only the store's numpy work is timed (fairseq_pskd.store, imported through the package: see
_common.store_module); the criterion's torch-side work (top-k, tensor conversions) is timed by
bench_train.py instead.

    python benchmarks/bench_store.py                 # a few minutes
    python benchmarks/bench_store.py --sentences 1000000 --steps 1000 --no-baseline
    python benchmarks/bench_store.py --smoke         # the smallest sizes: does it run?
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np

from _common import iwslt_like_lengths, md_table, median, parse_args, print_header, store_module


def make_batches(
    lengths: np.ndarray, batch_tokens: int, steps: int, rng: np.random.Generator
) -> list[np.ndarray]:
    """`steps` random sentence sets of at most `batch_tokens` target tokens each."""
    batches = []
    for _ in range(steps):
        perm = rng.permutation(len(lengths))[: 4 * batch_tokens // 2]  # far more than needed
        take = np.searchsorted(np.cumsum(lengths[perm]), batch_tokens, side="right")
        batches.append(np.sort(perm[: max(take, 1)]))
    return batches


def prefill(store, lengths: np.ndarray, gold: np.ndarray, k: int, epoch: int, chunk: int = 20000):
    """Write every sentence's rows for `epoch`: the pages land in the page cache (warm) and every
    row read at epoch + 1 is usable."""
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    rng = np.random.default_rng(epoch)
    for start in range(0, len(lengths), chunk):
        ids = np.arange(start, min(start + chunk, len(lengths)))
        n = int(lengths[ids].sum())
        lo, hi = offsets[ids[0]], offsets[ids[-1] + 1]
        store.write(
            ids,
            lengths[ids],
            gold[lo:hi],
            rng.integers(0, store.spec.vocab_size, (n, k)).astype(store.spec.id_dtype),
            rng.random((n, k), dtype=np.float32).astype(np.float16),
            epoch,
        )


def profile_v1(v1, batch, lens, gold_b, ids, probs, reps: int = 300) -> list[list[str]]:
    """The hot spot of the pre-fast-path code: each expression of its read/write timed alone on
    one batch (median microseconds), beside the same access through a row view + np.take."""
    rows = v1._rows(batch, lens)
    gen_r, gen_w = v1._gens[1], v1._gens[0]

    def row_view(a):
        a = a.view(np.ndarray)
        return a.view(np.dtype((np.void, a.shape[1] * a.itemsize))).reshape(a.shape[0])

    ids_r, probs_r, ids_w, probs_w = (
        row_view(a) for a in (gen_r["ids"], gen_r["probs"], gen_w["ids"], gen_w["probs"])
    )
    ids_v, probs_v = ids.view(ids_w.dtype).reshape(-1), probs.view(probs_w.dtype).reshape(-1)

    def t(fn) -> float:
        fn()
        out = []
        for _ in range(reps):
            t0 = time.perf_counter_ns()
            fn()
            out.append(time.perf_counter_ns() - t0)
        return float(np.median(out)) / 1e3

    items = [
        ("whole read()", lambda: v1.read(batch, lens, gold_b, 2), None),
        ("whole write()", lambda: v1.write(batch, lens, gold_b, ids, probs, 2), None),
        ("_rows(): token rows of the batch", lambda: v1._rows(batch, lens), None),
        ("gen['gold'][rows]", lambda: gen_r["gold"][rows], lambda: gen_r["gold"].view(np.ndarray).take(rows)),
        ("gen['ids'][rows]", lambda: gen_r["ids"][rows], lambda: ids_r.take(rows)),
        ("gen['probs'][rows]", lambda: gen_r["probs"][rows], lambda: probs_r.take(rows)),
        ("gen['ids'][rows] = x", lambda: gen_w["ids"].__setitem__(rows, ids),
         lambda: ids_w.__setitem__(rows, ids_v)),
        ("gen['probs'][rows] = x", lambda: gen_w["probs"].__setitem__(rows, probs),
         lambda: probs_w.__setitem__(rows, probs_v)),
    ]  # fmt: skip
    return [[name, f"{t(a):.1f}", f"{t(b):.1f}" if b else "-"] for name, a, b in items]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sentences", type=int, default=160_000, help="corpus size (IWSLT'14 has ~160k)")
    p.add_argument("--vocab", type=int, default=10_000, help="V; <= 65536 gives uint16 ids")
    p.add_argument("--ks", default="4,8,16,32", help="comma-separated K values")
    p.add_argument("--batch-tokens", type=int, default=4096)
    p.add_argument("--steps", type=int, default=300, help="timed steps per K")
    p.add_argument("--warmup", type=int, default=20, help="untimed steps per K first")
    p.add_argument("--no-baseline", action="store_true", help="skip the pre-fast-path code (v1)")
    p.add_argument("--dir", type=Path, default=None, help="where to put the stores (default: a temp dir)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--profile", action="store_true", help="also time each expression of the v1 code")
    args = parse_args(p, dict(sentences=2000, ks="8", batch_tokens=1024, steps=5, warmup=2))

    from baselines.store_v1 import StoreV1

    store_mod = store_module()
    ks = [int(k) for k in args.ks.split(",")]
    codes = ["store.py"] + ([] if args.no_baseline else ["v1 (before)"])
    rng = np.random.default_rng(args.seed)
    lengths = iwslt_like_lengths(args.sentences, rng)
    gold = rng.integers(0, args.vocab, int(lengths.sum())).astype(store_mod.id_dtype(args.vocab))
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    root = Path(tempfile.mkdtemp(prefix="pskd-bench-store-", dir=args.dir))
    try:
        stores = {}
        t0 = time.perf_counter()
        for k in ks:
            for code in codes:
                # each (K, code) on its own files: a shared page would be dirty for the second
                # writer of a step and spare it the write fault the first one paid
                s = store_mod.TopKStore.open(root / f"k{k}-{code[:2]}", lengths, args.vocab, k, b"\0" * 32)
                prefill(s, lengths, gold, k, epoch=0)  # v1's gen 0: written by its epoch 2 below
                prefill(s, lengths, gold, k, epoch=1)  # gen 1: read by epoch 2 below
                prefill(s, lengths, gold, k, epoch=2)  # store.py's generation of epoch 2 ...
                s.untag(np.arange(args.sentences), epoch=2)  # ... untagged, as the epoch boundary leaves it
                s.flush()  # pages cached and clean, as rows written back long ago are
                stores[(k, code)] = s if code == "store.py" else StoreV1(s)
        prefill_s = time.perf_counter() - t0

        batches = make_batches(lengths, args.batch_tokens, args.warmup + args.steps, rng)
        # inputs prepared before timing: the criterion has them from the model's top-k
        payload = []
        for b in batches:
            n = int(lengths[b].sum())
            gold_b = np.concatenate([gold[offsets[i] : offsets[i + 1]] for i in b])
            per_k = {
                k: (
                    rng.integers(0, args.vocab, (n, k)).astype(store_mod.id_dtype(args.vocab)),
                    rng.random((n, k), dtype=np.float32).astype(np.float16),
                )
                for k in ks
            }
            payload.append((b, lengths[b], gold_b, n, per_k))

        # Re-warm right before timing: this VM runs DAMON proactive reclaim (a kdamond with a
        # 'pageout' scheme for memory idle ~60 s), which drops clean page-cache pages of the
        # store while the others are being filled. Read every page through the mappings, so that
        # the timed loop starts with the whole store cached and mapped; major faults during the
        # loop are counted and printed to show whether it stayed warm.
        page = os.sysconf("SC_PAGE_SIZE")
        for st in stores.values():
            if isinstance(st, StoreV1):
                arrays = [st.offsets] + [a for gen in st._gens for a in gen.values()]
            else:  # store.py keeps its np.memmap objects in _maps; fall back to reading the files
                arrays = getattr(st, "_maps", None) or []
                if not arrays:
                    for f in sorted(st.directory.iterdir()):
                        with open(f, "rb") as fh:
                            while fh.read(1 << 24):
                                pass
            for a in arrays:
                np.asarray(a).reshape(-1).view(np.uint8)[::page].sum()
        keys = list(stores)
        times = {key: {"read": [], "write": [], "rewrite": [], "tokens": []} for key in keys}
        ru0 = resource.getrusage(resource.RUSAGE_SELF)
        t_loop = time.perf_counter()
        for i, (b, lens, gold_b, n, per_k) in enumerate(payload):
            order = keys[i % len(keys) :] + keys[: i % len(keys)]
            for key in order:
                k, store = key[0], stores[key]
                t0 = time.perf_counter_ns()
                usable, ids, probs = store.read(b, lens, gold_b, epoch=2)
                t1 = time.perf_counter_ns()
                # store.py: the rows alone, as training's writer writes them (tags come at the
                # commit, after the rows are synced); v1 tagged each sentence as it wrote it
                write = store.write if isinstance(store, StoreV1) else store.write_rows
                write(b, lens, gold_b, per_k[k][0], per_k[k][1], epoch=2)
                t2 = time.perf_counter_ns()
                write(b, lens, gold_b, per_k[k][0], per_k[k][1], epoch=2)  # pages now dirty
                t3 = time.perf_counter_ns()
                assert usable.all() and ids.shape == (n, k)
                if i >= args.warmup:
                    times[key]["read"].append((t1 - t0) / 1e9)
                    times[key]["write"].append((t2 - t1) / 1e9)
                    times[key]["rewrite"].append((t3 - t2) / 1e9)
                    times[key]["tokens"].append(n)

        t_loop = time.perf_counter() - t_loop
        ru1 = resource.getrusage(resource.RUSAGE_SELF)
        print_header("Store throughput (bench_store.py)")
        print(
            f"{args.sentences:,} sentences, {int(lengths.sum()):,} target tokens, V={args.vocab} "
            f"({store_mod.id_dtype(args.vocab).name} ids), batches of <= {args.batch_tokens} tokens "
            f"(median {int(np.median([x[3] for x in payload]))} tokens, "
            f"{int(np.median([len(x[0]) for x in payload]))} sentences), {args.steps} timed steps "
            f"per K and code after {args.warmup} warm-up steps, all interleaved step by step. Page "
            f"cache warm: every row written, then flushed, before timing ({prefill_s:.1f} s), so "
            f"pages are cached and clean, as in training, where a page's rows were written back "
            f"long before the next epoch writes it again. 'write' = that first write (each page "
            f"takes a write fault); 'rewrite' = the same rows again at once (pages dirty, no fault). "
            f"Rates are medians over steps of tokens / seconds; 'read+write' = tokens / (read time "
            f"+ write time) of the same step. 'store.py' = fairseq_pskd/store.py as it is; "
            f"'v1 (before)' = its read/write before the row-view fast path "
            f"(benchmarks/baselines/store_v1.py), on its own copy of the files. Timed loop: "
            f"{t_loop:.1f} s, {ru1.ru_majflt - ru0.ru_majflt} major page faults (pages read from "
            f"disk), {ru1.ru_minflt - ru0.ru_minflt:,} minor faults.\n"
        )
        rows = []
        for key in keys:
            t = times[key]
            tok = np.asarray(t["tokens"], float)
            rd, wr, rw = np.asarray(t["read"]), np.asarray(t["write"]), np.asarray(t["rewrite"])
            both = tok / (rd + wr)
            rows.append(
                [
                    key[1],
                    key[0],
                    f"{median(list(tok / rd)) / 1e6:.2f}",
                    f"{median(list(tok / wr)) / 1e6:.2f}",
                    f"{median(list(both)) / 1e6:.2f}",
                    f"{np.percentile(both, 25) / 1e6:.2f} - {np.percentile(both, 75) / 1e6:.2f}",
                    f"{median(list(tok / rw)) / 1e6:.2f}",
                    f"{median(list(tok / (rd + rw))) / 1e6:.2f}",
                    f"{median(list(rd)) * 1e3:.3f} / {median(list(wr)) * 1e3:.3f} / "
                    f"{median(list(rw)) * 1e3:.3f}",
                ]
            )
        rows.sort(key=lambda r: (r[0] != "store.py", r[1]))
        if args.profile and not args.no_baseline:
            k = 8 if 8 in ks else ks[0]
            b, lens, gold_b, n, per_k = payload[-1]
            prof = profile_v1(stores[(k, "v1 (before)")], b, lens, gold_b, *per_k[k])
        print(
            md_table(
                ["code", "K", "read Mtok/s", "write Mtok/s", "read+write Mtok/s", "read+write IQR",
                 "rewrite Mtok/s", "read+rewrite Mtok/s", "ms/step read / write / rewrite"],
                rows,
            )
        )  # fmt: skip
        if args.profile and not args.no_baseline:
            print(
                f"\nProfile of the v1 code at K={k}, one batch of {n} tokens: median microseconds of "
                f"each expression alone (pages dirty by then), beside the same access through a "
                f"void-dtype row view and np.take on a plain ndarray (the fix now in store.py):\n"
            )
            print(md_table(["expression (v1)", "v1 us", "row view us"], prof))
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
