"""Host work PS-KD adds to the training thread per step, and device syncs inside forward().

On a GPU the training thread must only enqueue work: any wait for the device, and any host work
between the forward and the backward, leaves the GPU idle. A CPU step takes seconds, so a CPU step
ratio cannot show this; this benchmark times the host parts directly, per step, interleaving the
two implementations step by step in one process:

* before: the hot path of fairseq_pskd 0.1 (criterion.py / distributed.py before the redesign):
  layout from the device target (nonzero, .cpu()), store read on the training thread, pageable
  host-to-device copies, device-to-host copy of the top-k, and in data-parallel runs a per-step
  all-gather: every rank packs its rows and unpacks every other rank's, and the one writer per
  directory writes all W ranks' rows. Rebuilt here from that code, operation for operation.
* after: fairseq_pskd's PriorReader / RowWriter as the criterion drives them: the layout comes
  with the batch (made in the collater, off this thread), the read runs on a reader thread while
  the forward runs (simulated by a sleep of --forward-ms, the time a GPU forward takes), the top-k
  goes to a writer thread; each rank writes only its own rows, whatever W is.

The device's own work (log-softmax, top-k) is excluded on both sides: it is precomputed. Syncs are
counted on the training thread with a TorchFunctionMode that flags every call that waits for the
device on a GPU (item, tolist, cpu, numpy, nonzero, masked_select, bool/float/int of a tensor,
copies without non_blocking); the CPU run takes the same code path as a GPU run except for pinned
memory.

The epoch boundary: with node-local disks, each node's store leader receives and writes the other
nodes' rows once per epoch; timed here for a generation of --sentences, per node of
--gpus-per-node ranks, for W = 8 (one node: nothing to exchange) and W = 64 (eight nodes).

    python benchmarks/bench_hotpath.py                     # minutes
    python benchmarks/bench_hotpath.py --steps 20 --sentences 20000   # a quick look
    python benchmarks/bench_hotpath.py --smoke             # the smallest sizes: does it run?
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
from torch.overrides import TorchFunctionMode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import fmt_ratio, md_table, median, parse_args, print_header  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from fairseq_pskd.distributed import _apply_payload, _chunk_payloads  # noqa: E402
from fairseq_pskd.layout import batch_layout  # noqa: E402
from fairseq_pskd.pipeline import PriorReader, RowWriter  # noqa: E402
from fairseq_pskd.store import TopKStore  # noqa: E402
from fairseq_pskd.targets import Refiner  # noqa: E402

PAD = 1

_SYNC_METHODS = {"item", "tolist", "cpu", "numpy", "nonzero", "masked_select", "argwhere",
                 "unique", "__bool__", "__float__", "__int__", "any", "all"}


class SyncCounter(TorchFunctionMode):
    """Counts calls that would wait for the device on a GPU, on the thread that enters it."""

    def __init__(self):
        super().__init__()
        self.count = 0
        self.names: dict[str, int] = {}

    def _hit(self, name: str) -> None:
        self.count += 1
        self.names[name] = self.names.get(name, 0) + 1

    def __torch_function__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        name = getattr(func, "__name__", str(func))
        if name in _SYNC_METHODS:
            self._hit(name)
        elif name == "to" and _moves(args, kwargs) and not kwargs.get("non_blocking", False):
            self._hit("to(device)")
        elif name == "copy_" and not kwargs.get("non_blocking", False):
            self._hit(name)
        elif name in ("__getitem__", "__setitem__") and len(args) > 1 and _has_bool_index(args[1]):
            self._hit("bool-mask index")
        return func(*args, **kwargs)


def _moves(args, kwargs) -> bool:
    """A .to() that names a device (a copy between host and device on a GPU), not a dtype."""
    return "device" in kwargs or any(isinstance(a, (torch.device, str)) for a in args[1:])


def _has_bool_index(index) -> bool:
    items = index if isinstance(index, tuple) else (index,)
    return any(isinstance(i, torch.Tensor) and i.dtype == torch.bool for i in items)


def _batches(lengths: np.ndarray, tokens: int, n: int, rng) -> list[np.ndarray]:
    """Random sentence sets of about `tokens` target tokens."""
    out = []
    mean = float(lengths.mean())
    for _ in range(n):
        ids = rng.choice(len(lengths), size=int(tokens / mean * 1.3), replace=False)
        cum = np.cumsum(lengths[ids])
        out.append(ids[: max(1, int(np.searchsorted(cum, tokens)))])
    return out


def _sample(ids: np.ndarray, lengths: np.ndarray, gold_of) -> dict:
    """A collated batch: target [B, T] right-padded, as fairseq's collater makes it."""
    t = int(lengths[ids].max())
    target = torch.full((len(ids), t), PAD, dtype=torch.long)
    for row, s in enumerate(ids):  # building the fixture only, not a timed path
        target[row, : lengths[s]] = torch.from_numpy(gold_of(s))
    return {"id": torch.from_numpy(ids.astype(np.int64)), "target": target}


def _device_topk(n: int, k: int, vocab: int, rng) -> tuple[torch.Tensor, torch.Tensor]:
    lp = torch.from_numpy(np.log(rng.dirichlet(np.ones(k), size=n) * 0.9).astype(np.float32))
    ids = torch.from_numpy(rng.integers(4, vocab, (n, k)))
    return lp, ids


# -- before: fairseq_pskd 0.1's training-thread work, rebuilt operation for operation ----------


def before_step(store: TopKStore, sample: dict, top: tuple, epoch: int, world: int, others: list):
    """Returns CPU seconds of the training thread."""
    start = time.thread_time()
    target = sample["target"].view(-1)
    mask = target.ne(PAD)
    flat = mask.nonzero().squeeze(1)
    lengths = mask.view(sample["target"].size(0), -1).sum(1)
    sent = sample["id"].cpu().numpy().astype(np.int64)
    lens = lengths.cpu().numpy().astype(np.int64)
    gold = target[flat].cpu().numpy()
    usable, ids, probs = store.read(sent, lens, gold, epoch)
    if ids is not None:
        flat[torch.from_numpy(usable).to(flat.device)]
        torch.from_numpy(ids[usable].astype(np.int64)).to(flat.device)
        torch.from_numpy(probs[usable]).to(device=flat.device, dtype=torch.float32)
    top_lp, top_ids = top
    dtype = store.spec.id_dtype
    my_ids = top_ids.cpu().numpy().astype(dtype)
    my_probs = top_lp.exp().to(torch.float16).cpu().numpy()
    np.isfinite(my_probs).all(-1)
    if world > 1:
        # RowExchange.gather: pack int32 words, then unpack every rank's, and the writer writes all
        k = my_ids.shape[1]
        words = np.concatenate([sent.astype(np.int32), lens.astype(np.int32), gold.astype(np.int32),
                                my_ids.astype(np.int32).ravel(),
                                my_probs.astype(np.float32).view(np.int32).ravel()])
        for s_ids, s_lens, s_gold in [(sent, lens, gold)] + others[: world - 1]:
            s, n = len(s_ids), int(s_lens.sum())
            w = words if s_ids is sent else _pack(s_ids, s_lens, s_gold, k)
            cuts = np.cumsum([s, s, n, n * k, n * k])
            a, b, c, d, e = np.split(w[: cuts[-1]], cuts[:-1])
            rows_ids = d.reshape(n, k).astype(dtype)
            rows_probs = e.view(np.float32).reshape(n, k).astype(np.float16)
            store.write(a.astype(np.int64), b.astype(np.int64), c.astype(dtype), rows_ids, rows_probs, epoch)
    else:
        store.write(sent, lens, gold.astype(dtype), my_ids, my_probs, epoch)
    return time.thread_time() - start


def _pack(sent, lens, gold, k):
    n = int(lens.sum())
    return np.concatenate([sent.astype(np.int32), lens.astype(np.int32), gold.astype(np.int32),
                           np.zeros(n * k, np.int32), np.zeros(n * k, np.float32).view(np.int32)])


# -- after: the reader and writer threads, as the criterion drives them ---------------------


class Timed:
    """Wall time spent in a method on whichever thread runs it (the reader / writer threads)."""

    def __init__(self, obj, name):
        self.total = 0.0
        fn = getattr(obj, name)

        def wrapped(*a, **kw):
            t = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                self.total += time.perf_counter() - t

        setattr(obj, name, wrapped)


WAITS = [0]


def after_step(reader, writer, layout, top, epoch, forward_s):
    """Returns CPU seconds of the training thread (the simulated forward excluded); counts in
    WAITS the steps whose read was not done when the forward ended (a host stall on a GPU)."""
    t0 = time.thread_time()
    pending = reader.submit(layout, epoch)
    t1 = time.thread_time()
    time.sleep(forward_s)  # the device runs the forward; the reader reads meanwhile
    WAITS[0] += not pending.done()
    t2 = time.thread_time()
    reader.result(pending)
    writer.put_topk(layout, top[0], top[1], epoch)
    return (t1 - t0) + (time.thread_time() - t2)


def drop_cache(directory: Path) -> None:
    for f in directory.glob("gen*.pskd"):
        fd = os.open(f, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sentences", type=int, default=160_000, help="corpus size (IWSLT'14: 160k)")
    ap.add_argument("--vocab", type=int, default=32_000)
    ap.add_argument("--k", type=int, default=8)
    ap.add_argument("--tokens", type=int, nargs="+", default=[4096, 25_000])
    ap.add_argument("--worlds", type=int, nargs="+", default=[1, 8, 64])
    ap.add_argument("--gpus-per-node", type=int, default=8)
    ap.add_argument("--steps", type=int, default=40, help="interleaved steps per setting")
    ap.add_argument("--forward-ms", type=float, default=5.0,
                    help="simulated device forward per 4,096 target tokens (scaled with the batch)")
    ap.add_argument("--work", default=None, help="directory for the store (default: a temp dir)")
    ap.add_argument("--boundary-repeats", type=int, default=5, help="epoch boundaries timed per W")
    # W = 16 at 8 GPUs per node: two nodes, so the smoke run takes the exchange's path too
    args = parse_args(ap, dict(sentences=2000, vocab=1000, tokens=[512], worlds=[1, 16], steps=3,
                               boundary_repeats=1))
    torch.set_num_threads(1)
    rng = np.random.default_rng(0)
    lengths = np.clip(rng.gamma(4.0, 25 / 4.0, args.sentences).astype(np.int64) + 1, 1, 250)
    work = Path(args.work or tempfile.mkdtemp(prefix="pskd-hotpath-"))
    store = TopKStore.open(work / "store", lengths, args.vocab, args.k, b"\0" * 32)
    store.set_run("00" * 16, 1)
    offsets = store.offsets
    gold_all = rng.integers(4, args.vocab, int(lengths.sum())).astype(store.spec.id_dtype)

    def gold_of(s):
        return gold_all[offsets[s] : offsets[s + 1]].astype(np.int64)

    # epoch 1's rows for every sentence, so that epoch 2 reads a full prior
    for chunk in np.array_split(np.arange(args.sentences), 50):
        n = int(lengths[chunk].sum())
        gold = np.concatenate([gold_all[offsets[s]:offsets[s + 1]] for s in chunk])
        store.write(chunk, lengths[chunk], gold,
                    rng.integers(0, args.vocab, (n, args.k)).astype(store.spec.id_dtype),
                    rng.random((n, args.k)).astype(np.float16), epoch=1)
    store.flush()

    reader = PriorReader(store, Refiner(PAD, args.vocab, 0.1, "uniform"))
    writer = RowWriter(store)
    read_t, write_t = Timed(reader, "_read"), Timed(writer, "_write")

    print_header("PS-KD hot path: host time on the training thread per step (bench_hotpath.py)")
    print(f"- store: {args.sentences} sentences, {int(lengths.sum())} target tokens, V={args.vocab}, "
          f"K={args.k}; simulated device forward {args.forward_ms} ms per 4,096 target tokens; {args.steps} "
          f"steps per row, "
          f"before and after interleaved step by step\n")
    rows, sync_rows = [], []
    for tokens in args.tokens:
        batches = _batches(lengths, tokens, args.steps, rng)
        samples = [_sample(b, lengths, gold_of) for b in batches]
        layouts = [batch_layout(s, PAD) for s in samples]
        tops = [_device_topk(int(lengths[b].sum()), args.k, args.vocab, rng) for b in batches]
        others = [(b, lengths[b], np.concatenate([gold_of(s) for s in b]))
                  for b in _batches(lengths, tokens, 63, rng)]
        collate_s = []
        for s in samples[:10]:
            t = time.perf_counter()
            batch_layout(s, PAD)
            collate_s.append(time.perf_counter() - t)
        for cache in ("warm", "cold"):
            for world in args.worlds:
                before, after = [], []
                read_t.total = write_t.total = 0.0
                WAITS[0] = 0
                for i in range(args.steps):
                    if cache == "cold":
                        drop_cache(work / "store")
                    before.append(before_step(store, samples[i], tops[i], 2, world, others))
                    if cache == "cold":
                        writer.drain()
                        drop_cache(work / "store")
                    forward_s = args.forward_ms / 1e3 * tokens / 4096
                    after.append(after_step(reader, writer, layouts[i], tops[i], 2, forward_s))
                writer.commit(1 << 32)
                scale = 4096 / tokens * 1e3  # ms per 4,096 tokens
                rows.append([
                    tokens, cache, world,
                    f"{median(before) * scale:.3f}", f"{median(after) * scale:.3f}",
                    fmt_ratio([a / b for a, b in zip(after, before)]),
                    f"{read_t.total / args.steps * scale:.3f} / {write_t.total / args.steps * scale:.3f}",
                    f"{median(collate_s) * scale:.3f}",
                    WAITS[0],
                ])
        # syncs per step, training thread, one step each way
        # B023: each lambda is called right below, in the iteration that made it
        for name, fn in (
            ("before", lambda: before_step(store, samples[0], tops[0], 2, 1, others)),  # noqa: B023
            ("after", lambda: after_step(reader, writer, layouts[0], tops[0], 2, 0.0)),  # noqa: B023
        ):
            with SyncCounter() as counter:
                fn()
            names = ", ".join(f"{k} x{v}" for k, v in sorted(counter.names.items()))
            sync_rows.append([tokens, name, counter.count, names])
        writer.commit(1 << 32)

    print(md_table(
        ["target tokens / step", "page cache", "W", "before ms / 4k tok", "after ms / 4k tok",
         "after / before (median [IQR])", "after: reader / writer thread ms / 4k tok",
         "after: collater ms / 4k tok (data-loader thread)", "after: reads late"],
        rows,
    ))
    print("\nDevice syncs per step on the training thread (calls that wait for a GPU):\n")
    print(md_table(["target tokens / step", "hot path", "syncs", "which"], sync_rows))

    # the epoch boundary with node-local disks: the i-th rank of each node receives the other
    # nodes' rows of the sentences with id % ranks_per_node == i and writes them; timed here for
    # one rank's share (the ranks of a node work in parallel)
    print("\nEpoch boundary with node-local stores, per rank (one exchange per epoch):\n")
    boundary = []
    cold_gen = payloads = None
    tags = store.epoch_tags(store.generation_of(1))
    total_tokens = int(lengths.sum())
    step_s = 0.015  # an H100 step of transformer-base on 4k target tokens, roughly
    for world in args.worlds:
        nodes = max(1, world // args.gpus_per_node)
        per_node = min(world, args.gpus_per_node)
        epoch_s = total_tokens / world / 4096 * step_s  # a 15 ms step of 4k tokens per GPU
        if nodes == 1:
            # one directory: no exchange, only the withdrawal of the generation's older tags
            untag_s = median([_time_untag(store) for _ in range(args.boundary_repeats)])
            boundary.append([world, nodes, "0", f"{untag_s:.3f}", "0", "0", f"{epoch_s:.2f}", "0%",
                             f"{untag_s / epoch_s * 100:.1f}%"])
            continue
        # this rank's column, written by the other nodes: (nodes - 1) / nodes of it
        column = np.flatnonzero((tags == 1) & (np.arange(len(tags)) % per_node == 0))
        received = column[: int(len(column) * (nodes - 1) / nodes)]
        payloads = list(_chunk_payloads(store, 1, received))
        # the generation an epoch receives into was written three epochs before: its pages exist
        # (a first epoch writes into fresh, unallocated blocks, measured once below)
        if cold_gen is None:
            cold_gen = _time_apply(store, payloads)
        # median of repeats: absolute seconds on a shared machine vary by tens of percent
        tags_s, apply_s, sync_s = (median(t) for t in zip(*(
            _time_apply(store, payloads) for _ in range(args.boundary_repeats))))
        nbytes = sum(p.size for p in payloads)
        boundary.append([world, nodes, f"{nbytes / 1e6:.1f}", f"{tags_s:.3f}", f"{apply_s:.3f}",
                         f"{sync_s:.3f}", f"{epoch_s:.2f}", f"{apply_s / epoch_s * 100:.1f}%",
                         f"{(tags_s + apply_s + sync_s) / epoch_s * 100:.1f}%"])
    print(md_table(["W", "nodes", "MB received per rank per epoch", "untag + digest s", "write s",
                    "msync + tag s", "epoch s at 15 ms per 4k-token step", "write / epoch",
                    "(all on this disk) / epoch"], boundary))
    if payloads is not None:
        old, new = _interleave_apply_rules(store, payloads, args.boundary_repeats)
        print(f"\nApplying the received rows (largest W), the rule before issue 15 against this one "
              f"(untag what it replaces, tag at the end), interleaved {args.boundary_repeats} times, "
              f"pages warm: {median(old):.4f} s vs {median(new):.4f} s, median ratio "
              f"{median([b / a for a, b in zip(old, new)]):.3f}.")
    if cold_gen is not None:
        print(f"\nThe first exchange into a never-written generation: untag + digest "
              f"{cold_gen[0]:.3f} s, write {cold_gen[1]:.3f} s, msync + tag {cold_gen[2]:.3f} s for "
              f"the same rows (blocks allocated on first write).")
    reader.close()
    writer.close()


def _previous_apply(store: TopKStore, epoch: int, payload: np.ndarray) -> None:
    """The exchange's rule before issue 15, for comparison: rows and tags written together, the
    replaced row's tag left in place while it is rewritten."""
    s, n = (int(v) for v in payload[:16].view(np.int64))
    spec, pos = store.spec, 16
    parts = []
    for dtype, count in ((np.int64, s), (np.int64, s), (spec.id_dtype, n),
                         (np.dtype((np.void, spec.id_dtype.itemsize * spec.k)), n),
                         (np.dtype((np.void, 2 * spec.k)), n)):
        nbytes = np.dtype(dtype).itemsize * count
        parts.append(payload[pos : pos + nbytes].view(dtype))
        pos += nbytes
    sent, stamps, gold, ids, probs = parts
    g = store.generation_of(epoch)
    win = (store.epoch_tags(g)[sent] != epoch) | (stamps > store.stamp_tags(g)[sent])
    token_win = np.repeat(win, store.lengths_of(sent))
    store.write_raw(sent[win], gold[token_win], ids[token_win], probs[token_win], epoch)
    store.tag(sent[win], epoch, stamps[win])


def _interleave_apply_rules(store: TopKStore, payloads, repeats: int) -> tuple[list, list]:
    """Seconds to apply `payloads` into epoch 3's generation, previous rule and this one in turn."""
    g = store.generation_of(3)
    old, new = [], []
    for _ in range(repeats):
        for times in (old, new):
            store.epoch_tags(g)[:] = 0
            t = time.perf_counter()
            if times is old:
                for p in payloads:
                    _previous_apply(store, 3, p)
            else:
                written = np.zeros(store.spec.num_sentences, np.int64)
                for p in payloads:
                    _apply_payload(store, 3, p, written)
                done = np.flatnonzero(written)
                store.tag(done, 3, written[done])
            times.append(time.perf_counter() - t)
    return old, new


def _time_untag(store: TopKStore) -> float:
    """Seconds to withdraw (and sync) every tag of a generation written three epochs before."""
    store.epoch_tags(store.generation_of(3))[:] = 6
    t = time.perf_counter()
    store.untag_other_epochs(3)
    return time.perf_counter() - t


def _time_apply(store: TopKStore, payloads) -> tuple[float, float, float]:
    """An epoch boundary's store work on one rank, as lifecycle.py does it for epoch 3:
    (seconds to withdraw the tags the epoch's generation held of another epoch, sync them and hash
    the tags for the exchange's skip test; seconds to write the received rows into the mapped
    store; seconds to msync the rows, write their tags and msync those)."""
    g = store.generation_of(3)
    # three epochs before, every sentence's row of that generation was tagged with epoch 0 + 3k
    store.epoch_tags(g)[:] = 6
    t = time.perf_counter()
    store.untag_other_epochs(3)
    store.tags_digest(3)
    t0 = time.perf_counter()
    written = np.zeros(store.spec.num_sentences, np.int64)
    for p in payloads:
        _apply_payload(store, 3, p, written)
    t1 = time.perf_counter()
    store.flush_rows(3)
    done = np.flatnonzero(written)
    store.tag(done, 3, written[done])
    store.flush_tags(3)
    return t0 - t, t1 - t0, time.perf_counter() - t1


if __name__ == "__main__":
    main()
