"""Data-parallel traffic: bytes per step the store adds to each rank, beside the gradient all-reduce.

The planned design (issue 5): each step every rank all-gathers its batch's store rows, so that
every rank can write every sentence's row into its own copy of the store: per sentence (id int64,
length int64) and per target token (gold id, K ids in the store's id dtype, K float16 probs).

Batch shapes are fairseq's own: a generated IWSLT'14-shaped corpus is binarized and batched by
TranslationTask.get_batch_iterator with max-tokens 4096 (padding counted as fairseq counts it), and
the model is transformer_iwslt_de_en with --share-decoder-input-output-embed built by fairseq, so
the parameter count is exact. Per rank and step, with W ranks in a ring:
* store all-gather: each rank sends and receives (W - 1) x payload (its own rows go to W - 1 peers);
* gradient all-reduce: each rank sends and receives 2 (W - 1) / W x parameters x bytes per element.
If fairseq_pskd/distributed.py exists, its payload for these batches is measured too: --measure-world
processes (gloo on localhost) call RowExchange.gather step by step, and the bytes each rank hands to
torch.distributed.all_gather are counted.

    python benchmarks/bench_traffic.py                # < 1 minute
    python benchmarks/bench_traffic.py --sentences 160000 --ks 1,8,16,32,V --world 2,8,64
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

from _common import REPO, make_corpus, md_table, print_header


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sentences", type=int, default=20000, help="generated corpus, for batch shapes")
    p.add_argument("--vocab", type=int, default=10000)
    p.add_argument("--ks", default="1,8,32,V")
    p.add_argument("--world", default="2,8", help="data-parallel sizes W")
    p.add_argument("--max-tokens", type=int, default=4096)
    p.add_argument("--measure-world", type=int, default=2, help="processes for the measured exchange")
    p.add_argument("--measure-batches", type=int, default=20, help="measured steps per rank and K")
    p.add_argument("--child", help=argparse.SUPPRESS)
    p.add_argument("--rank", type=int, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        exchange_child(args.child, args.rank)
        return
    logging.basicConfig(level=logging.WARNING)
    warnings.filterwarnings("ignore")

    sys.path.insert(0, str(REPO))
    from fairseq import options, tasks, utils
    from fairseq.dataclass.utils import convert_namespace_to_omegaconf

    data = make_corpus(args.sentences, vocab=args.vocab)
    argv = [
        str(data), "--task", "translation", "--arch", "transformer_iwslt_de_en",
        "--share-decoder-input-output-embed", "--max-tokens", str(args.max_tokens), "--cpu",
        "--optimizer", "adam", "--lr", "5e-4", "--criterion", "label_smoothed_cross_entropy",
    ]  # fmt: skip
    cfg = convert_namespace_to_omegaconf(options.parse_args_and_arch(options.get_training_parser(), argv))
    task = tasks.setup_task(cfg.task)
    task.load_dataset("train")
    model = task.build_model(cfg.model)
    n_params = sum(p.numel() for p in model.parameters())
    vocab = len(task.target_dictionary)
    ds = task.dataset("train")
    itr = task.get_batch_iterator(
        dataset=ds,
        max_tokens=args.max_tokens,
        max_positions=utils.resolve_max_positions(task.max_positions(), model.max_positions()),
        ignore_invalid_inputs=True,
        required_batch_size_multiple=cfg.dataset.required_batch_size_multiple,
        seed=1,
    )
    sents, toks = [], []
    for batch in itr.frozen_batches:
        b = np.asarray(batch)
        sents.append(len(b))
        toks.append(int(ds.tgt_sizes[b].sum()))  # non-pad target tokens, EOS included
    sents, toks = np.asarray(sents), np.asarray(toks)

    from _common import load_store_module

    id_bytes = load_store_module().id_dtype(vocab).itemsize
    ks = [vocab if k.strip().upper() == "V" else int(k) for k in args.ks.split(",")]
    worlds = [int(w) for w in args.world.split(",")]

    print_header("Data-parallel traffic (bench_traffic.py)")
    print(
        f"transformer_iwslt_de_en, V={vocab} ({id_bytes}-byte store ids), {n_params:,} parameters "
        f"(gradient {n_params * 4 / 2**20:.1f} MiB fp32, {n_params * 2 / 2**20:.1f} MiB fp16); "
        f"{len(toks)} batches of max-tokens {args.max_tokens} from {args.sentences:,} generated "
        f"sentences: target tokens per batch median {int(np.median(toks))}, max {toks.max()}; "
        f"sentences median {int(np.median(sents))}, max {sents.max()}. Payload per rank per "
        f"batch = 16 B x sentences + (1 + K) x {id_bytes} B + K x 2 B per token; per update "
        f"multiply by --update-freq (gradients are all-reduced once per update).\n"
    )
    rows = []
    for k in ks:
        per_tok = id_bytes + k * (id_bytes + 2)
        payload = 16 * sents + per_tok * toks
        med, mx = float(np.median(payload)), float(payload.max())
        cells = [("V" if k == vocab else k), per_tok, f"{med / 2**10:.1f}", f"{mx / 2**10:.1f}"]
        for w in worlds:
            gather = (w - 1) * med
            grad32 = 2 * (w - 1) / w * n_params * 4
            grad16 = 2 * (w - 1) / w * n_params * 2
            cells += [f"{gather / 2**20:.2f}", f"{gather / grad32 * 100:.2f}% / {gather / grad16 * 100:.2f}%"]
        rows.append(cells)
    headers = ["K", "B/token", "payload KiB (median)", "payload KiB (max)"]
    for w in worlds:
        headers += [f"W={w}: all-gather MiB/rank", f"W={w}: vs grad all-reduce fp32 / fp16"]
    print(md_table(headers, rows))
    print(
        f"\nComputed from the planned layout. Gradient all-reduce per rank and update (ring): "
        + ", ".join(
            f"W={w}: {2 * (w - 1) / w * n_params * 4 / 2**20:.1f} MiB fp32 / "
            f"{2 * (w - 1) / w * n_params * 2 / 2**20:.1f} MiB fp16"
            for w in worlds
        )
    )

    if not (REPO / "fairseq_pskd" / "distributed.py").exists():
        print("\nfairseq_pskd/distributed.py does not exist: nothing measured, only computed.\n")
        return
    w = args.measure_world
    batches = [np.sort(np.asarray(b)) for b in itr.frozen_batches][: args.measure_batches * w]
    spec = {
        "world": w, "vocab": vocab, "sizes": [int(x) for x in ds.tgt_sizes],
        "batches": [[int(i) for i in b] for b in batches], "ks": ks,
        "port": 29500 + os.getpid() % 1000,
    }  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "spec.json"
        path.write_text(json.dumps(spec))
        procs = [
            subprocess.Popen(
                [sys.executable, __file__, "--child", str(path), "--rank", str(r)],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )  # fmt: skip
            for r in range(w)
        ]
        outs = [p.communicate() for p in procs]
        for p_, (o, e) in zip(procs, outs):
            if p_.returncode:
                sys.exit(f"exchange child failed:\n{e}")
        res = [json.loads(o.strip().splitlines()[-1]) for o, _ in outs]

    from fairseq_pskd.distributed import Rows

    print(
        f"\nMeasured: fairseq_pskd.distributed.RowExchange.gather between {w} processes (gloo, "
        f"localhost), {len(batches)} batches dealt round-robin as fairseq's ShardedIterator does, "
        f"every rank gathering its batch's rows each step. 'sent per rank' = bytes of the tensors "
        f"each rank hands to dist.all_gather per step (a sizes tensor, then its rows padded to the "
        f"longest rank's, as int32 words: Rows.payload_bytes = 4 x (2 per sentence + (1 + 2K) per "
        f"token)); planned = 16 B per sentence + (1 + K) x {id_bytes} B + 2K B per token.\n"
    )
    rows = []
    for k in ks:
        r0 = res[0][str(k)]
        sent = np.asarray(r0["sent_bytes"], float)
        own = np.asarray(r0["own_bytes"], float)
        planned = np.asarray(r0["planned_bytes"], float)
        rows.append([
            "V" if k == vocab else k, 4 * (1 + 2 * k), id_bytes + k * (id_bytes + 2),
            f"{np.median(planned) / 2**10:.1f}", f"{np.median(own) / 2**10:.1f}",
            f"{np.median(sent) / 2**10:.1f}", f"{np.median(sent / planned):.2f}",
            f"{np.median(sent) * (w - 1) / (2 * (w - 1) / w * n_params * 4) * 100:.2f}%",
            f"{np.median(r0['seconds']) * 1e3:.2f}",
        ])  # fmt: skip
    print(
        md_table(
            ["K", "B/token (RowExchange layout)", "B/token planned", "planned KiB/step", "rows KiB/step (unpadded)",
             "sent KiB/step (padded + sizes)", "sent / planned", f"W={w}: vs fp32 grad all-reduce",
             "gather ms (median)"],
            rows,
        )
    )  # fmt: skip
    print()


def exchange_child(spec_path: str, rank: int) -> None:
    """One rank: gather every one of its batches' rows, recording what dist.all_gather is handed."""
    import torch
    import torch.distributed as dist

    sys.path.insert(0, str(REPO))
    spec = json.loads(Path(spec_path).read_text())
    w = spec["world"]
    dist.init_process_group(
        "gloo", init_method=f"tcp://127.0.0.1:{spec['port']}", rank=rank, world_size=w
    )
    from fairseq_pskd.distributed import RowExchange, Rows
    from fairseq_pskd.store import id_dtype

    ex = RowExchange()
    assert ex.world_size == w and ex.distributed
    handed: list[int] = []
    real_all_gather = dist.all_gather

    def counting_all_gather(tensor_list, tensor, *a, **kw):
        handed.append(tensor.numel() * tensor.element_size())
        return real_all_gather(tensor_list, tensor, *a, **kw)

    dist.all_gather = counting_all_gather
    sizes = np.asarray(spec["sizes"])
    dtype = id_dtype(spec["vocab"])
    rng = np.random.default_rng(rank)
    out = {}
    for k in spec["ks"]:
        rec = {"sent_bytes": [], "own_bytes": [], "planned_bytes": [], "seconds": []}
        for b in spec["batches"][rank::w]:
            b = np.asarray(b, dtype=np.int64)
            lens = sizes[b].astype(np.int64)
            n = int(lens.sum())
            rows = Rows(
                b, lens, rng.integers(0, spec["vocab"], n).astype(dtype),
                rng.integers(0, spec["vocab"], (n, k)).astype(dtype),
                rng.random((n, k), dtype=np.float32).astype(np.float16),
            )  # fmt: skip
            handed.clear()
            t0 = time.perf_counter()
            got = ex.gather(rows)
            rec["seconds"].append(time.perf_counter() - t0)
            assert len(got) == w and np.array_equal(got[rank].ids, rows.ids)
            rec["sent_bytes"].append(sum(handed))
            rec["own_bytes"].append(Rows.payload_bytes(len(b), n, k))
            rec["planned_bytes"].append(16 * len(b) + n * (dtype.itemsize + k * (dtype.itemsize + 2)))
        out[str(k)] = rec
    dist.destroy_process_group()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
