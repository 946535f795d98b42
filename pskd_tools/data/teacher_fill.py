"""`pskd-store fill`: run a trained teacher (or an ensemble) once over the training split and keep
each target token's top-k in a teacher store, for word-level distillation without a teacher
forward per student step (`--criterion stored_kd --pskd-teacher-store DIR`).

What makes the fill exact and safe to interrupt:
* teacher forcing in eval mode on the data-bin's own training split, loaded with fairseq-train's
  defaults (the split a student trains on, fingerprinted by the same function); an ensemble
  averages the models' probabilities, not their log-probabilities;
* the batches are a function of the data and --max-tokens/--batch-size alone (fairseq's length
  order, no shuffling), and a batch is computed again whole unless every one of its sentences is
  tagged: a resumed fill writes the same bytes as an uninterrupted one;
* rows are synced before their sentences are tagged (the RowWriter's commit, as in training), so
  a kill at any moment leaves only untagged rows, which the next run recomputes;
* the index header names the teacher (a hash of its checkpoints' bytes, K and the prefix): a fill
  by another teacher into the same directory is refused instead of mixing two teachers' rows;
* --num-shards/--shard-id (fairseq-generate's flags) let one process per GPU fill disjoint batches
  of one store at once; creation is serialized by a lock file, and whichever process finds every
  sentence tagged marks the store complete.
"""

from __future__ import annotations

import hashlib
import logging
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

logger = logging.getLogger("pskd_tools.teacher_fill")

COMMIT_SECONDS = 30.0  # rows are tagged at most this long after they are computed


class FillError(RuntimeError):
    """The fill cannot run as asked; the message names the flag or file and the fix."""


@dataclass
class FillConfig:
    data_bin: Path
    paths: list[Path]
    store_dir: Path
    topk: int = 8
    max_tokens: int = 4096
    batch_size: int | None = None
    source_lang: str | None = None
    target_lang: str | None = None
    train_subset: str = "train"
    prefix: int = 0  # --ignore-prefix-size of the student runs
    cpu: bool = False
    fp16: bool = False
    bf16: bool = False
    num_shards: int = 1
    shard_id: int = 0
    max_batches: int | None = None  # stop after this many computed batches (a time-boxed job)
    progress: bool = True
    checkpoints: list[dict] = field(default_factory=list)


def teacher_id(paths: Sequence[Path], k: int, prefix: int) -> str:
    """16 bytes naming a teacher: its checkpoints' contents, in order, with K and the prefix."""
    h = hashlib.blake2b(digest_size=16)
    for p in paths:
        with open(p, "rb") as f:
            while chunk := f.read(1 << 24):
                h.update(chunk)
        h.update(b"\0checkpoint\0")
    h.update(f"k={k} prefix={prefix}".encode())
    return h.hexdigest()


def _output_size(state: dict) -> int | None:
    """Rows of the checkpoint's output projection: the vocabulary its predictions index."""
    model = state.get("model", {})
    for key in ("decoder.output_projection.weight", "decoder.embed_out", "decoder.embed_tokens.weight"):
        if key in model:
            return int(model[key].shape[0])
    return None


def check_teacher_dictionary(path: Path, data_bin: Path, tgt_symbols: list[str], tgt_lang: str) -> dict:
    """Refuse a teacher whose target dictionary is not the data-bin's, naming both: stored ids
    index the dictionary, so another dictionary would silently name other tokens."""
    from fairseq import checkpoint_utils
    from fairseq.data import Dictionary

    from fairseq_pskd.compat import apply_fixes

    apply_fixes(["trust-checkpoints"])
    state = checkpoint_utils.load_checkpoint_to_cpu(str(path))
    size = _output_size(state)
    if size is not None and size != len(tgt_symbols):
        raise FillError(
            f"--path {path}: the teacher predicts {size} classes, but the dictionary of --data "
            f"{data_bin} (dict.{tgt_lang}.txt) has {len(tgt_symbols)}: fill from a teacher trained "
            f"on this data-bin's dictionary (fairseq-preprocess --tgtdict / --srcdict)"
        )
    # the data-bin the teacher was trained on, as its checkpoint's config names it
    own_data = ((state.get("cfg") or {}).get("task") or {}).get("data")
    own_dict = Path(own_data) / f"dict.{tgt_lang}.txt" if own_data else None
    checked = "size only (the teacher's own data-bin is not on this machine)"
    if own_dict is not None and own_dict.is_file():
        d = Dictionary.load(str(own_dict))
        if d.symbols != tgt_symbols:
            n = min(len(d.symbols), len(tgt_symbols))
            i = next((j for j in range(n) if d.symbols[j] != tgt_symbols[j]), n)
            mine = tgt_symbols[i] if i < len(tgt_symbols) else "(none)"
            theirs = d.symbols[i] if i < len(d.symbols) else "(none)"
            raise FillError(
                f"--path {path} was trained with the dictionary {own_dict} ({len(d.symbols)} symbols), "
                f"which differs from {data_bin}/dict.{tgt_lang}.txt ({len(tgt_symbols)} symbols) "
                f"at id {i} ({theirs!r} vs {mine!r}): the stored ids would name other tokens; fill "
                f"from a teacher trained on this data-bin's dictionary"
            )
        checked = f"symbols equal to {own_dict}"
    return {"path": str(path), "bytes": Path(path).stat().st_size, "dictionary": checked}


def _device(cfg: FillConfig):
    import torch

    if cfg.cpu or not torch.cuda.is_available():
        if cfg.fp16 or cfg.bf16:
            raise FillError("--fp16/--bf16 need a GPU (fairseq's CPU path does not run half precision)")
        return torch.device("cpu")
    return torch.device("cuda", torch.cuda.current_device())


def load_teacher(cfg: FillConfig, tgt_symbols: list[str], tgt_lang: str):
    """The teacher's models, in eval mode on the fill's device."""
    import torch
    from fairseq import checkpoint_utils

    from fairseq_pskd.compat import apply_fixes  # the package registers a PS-KD teacher's criterion

    apply_fixes(["trust-checkpoints"])  # fairseq's loaders read fairseq checkpoints on torch >= 2.6

    cfg.checkpoints = [check_teacher_dictionary(p, cfg.data_bin, tgt_symbols, tgt_lang) for p in cfg.paths]
    overrides = {"data": str(cfg.data_bin)}
    if cfg.source_lang:
        overrides.update(source_lang=cfg.source_lang, target_lang=tgt_lang)
    models, _, _ = checkpoint_utils.load_model_ensemble_and_task([str(p) for p in cfg.paths],
                                                                 arg_overrides=overrides)
    device = _device(cfg)
    for m in models:
        m.eval().to(device)
        if cfg.fp16:
            m.half()
        elif cfg.bf16:
            m.to(torch.bfloat16)
    return models, device


def _batches(dataset, models, cfg: FillConfig) -> tuple[list[np.ndarray], np.ndarray]:
    """(every batch in fairseq's length order, the sentences no teacher can read): the same on
    every shard and every run."""
    from fairseq import utils
    from fairseq.data import data_utils

    # a training split shuffles before its length sort, and sentences of equal lengths would land
    # in other batches each run (float sums differ with the batch): a fixed seed fixes the order
    with data_utils.numpy_seed(1):
        indices = dataset.ordered_indices()
    max_positions = utils.resolve_max_positions(*[m.max_positions() for m in models])
    indices, ignored = dataset.filter_indices_by_size(indices, max_positions)
    batches = dataset.batch_by_size(
        indices, max_tokens=cfg.max_tokens, max_sentences=cfg.batch_size, required_batch_size_multiple=1
    )
    return [np.asarray(b, dtype=np.int64) for b in batches], np.asarray(ignored, dtype=np.int64)


def _open_store(cfg: FillConfig, data, ident: str):
    from fairseq_pskd.fileio import flocked
    from fairseq_pskd.store_format import StoreError
    from fairseq_pskd.teacher_store import TeacherStore, store_class

    directory = cfg.store_dir
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise FillError(f"--store-dir {directory} cannot be created ({e.strerror})") from e
    # one process creates the store; the other shards wait here, then map it
    with flocked(directory / "fill.lock"):
        if (directory / "index.pskd").exists() and store_class(directory) is not TeacherStore:
            raise FillError(f"--store-dir {directory} {TeacherStore.kind.other_kind}")
        try:
            store = TeacherStore.open(directory, data.sizes, len(data.dictionary), cfg.topk,
                                      data.fingerprint(), prefix=cfg.prefix)
        except StoreError as e:
            raise FillError(f"{e} (or fill into an empty --store-dir)") from e
        if store.run_id and store.run_id != ident:
            meta = store.read_meta()
            before = ", ".join(c.get("path", "?") for c in meta.get("checkpoints", [])) or "unknown"
            raise FillError(
                f"--store-dir {directory} holds rows of another teacher ({before}; teacher "
                f"{store.run_id[:8]}, this one is {ident[:8]}): fill into an empty directory, or "
                f"delete that one"
            )
        if not store.run_id:
            store.set_run(ident, 1)
            store.write_meta({
                "teacher": ident, "checkpoints": cfg.checkpoints, "topk": cfg.topk, "prefix": cfg.prefix,
                "data_bin": str(cfg.data_bin), "target_lang": data.target_lang, "complete": False,
            })
    return store


def fill(cfg: FillConfig) -> dict:
    """Fill (or continue filling) the teacher store; returns what was done."""
    import torch
    from tqdm import tqdm

    from fairseq_pskd.layout import batch_layout
    from fairseq_pskd.pipeline import RowWriter
    from fairseq_pskd.teacher_store import TeacherStore

    from .train_data import load_train_data

    if not 0 <= cfg.shard_id < cfg.num_shards:
        raise FillError(f"--shard-id {cfg.shard_id} must lie in [0, --num-shards {cfg.num_shards})")
    for p in cfg.paths:
        if not Path(p).is_file():
            raise FillError(f"--path {p}: no such checkpoint")
    data = load_train_data(cfg.data_bin, cfg.source_lang, cfg.target_lang, cfg.train_subset)
    data.prefix = cfg.prefix
    vocab = len(data.dictionary)
    if not 1 <= cfg.topk <= vocab:
        raise FillError(f"--topk must lie in [1, {vocab}] (the target vocabulary), got {cfg.topk}")
    models, device = load_teacher(cfg, data.dictionary.symbols, data.target_lang)
    ident = teacher_id(cfg.paths, cfg.topk, cfg.prefix)
    store = _open_store(cfg, data, ident)
    batches, ignored = _batches(data.dataset, models, cfg)
    mine = batches[cfg.shard_id :: cfg.num_shards]
    tags = store.epoch_tags(0)
    todo = [b for b in mine if not (tags[b] == TeacherStore.FILLED).all()]
    pad = data.dictionary.pad()
    writer = RowWriter(store)
    computed = tokens = 0
    start = last_commit = time.monotonic()
    bar = tqdm(total=sum(int(data.dataset.tgt_sizes[b].sum()) for b in todo), unit="tok",
               desc=f"fill {cfg.store_dir.name}", disable=not cfg.progress, dynamic_ncols=True)
    logger.info("teacher %s (%d checkpoint%s), K=%d: %d of %d batches of shard %d/%d left, on %s",
                ident[:8], len(models), "s" * (len(models) > 1), cfg.topk, len(todo), len(mine),
                cfg.shard_id, cfg.num_shards, device)
    try:
        with torch.inference_mode():
            for batch in todo:
                if cfg.max_batches is not None and computed >= cfg.max_batches:
                    break
                sample = data.dataset.collater([data.dataset[int(i)] for i in batch])
                layout = batch_layout(sample, pad, cfg.prefix)
                lprobs = _ensemble_lprobs(models, sample, device)[:, cfg.prefix :]
                layout = layout.to(device)
                writer.put(layout, lprobs.reshape(-1, lprobs.size(-1)), TeacherStore.FILLED)
                computed += 1
                n = int(sample["ntokens"])
                tokens += n
                bar.update(n)
                if time.monotonic() - last_commit > COMMIT_SECONDS:
                    writer.commit(TeacherStore.STAMP)
                    last_commit = time.monotonic()
    finally:
        bar.close()
        # whatever was computed is kept: rows synced, then tagged (a failed writer raises here)
        writer.commit(TeacherStore.STAMP)
        writer.close()
    seconds = time.monotonic() - start
    filled = int(np.count_nonzero(store.epoch_tags(0) == TeacherStore.FILLED))
    complete = filled + len(ignored) >= store.spec.num_sentences
    if complete:
        meta = store.read_meta()
        if not meta.get("complete"):
            meta.update(complete=True, skipped=int(len(ignored)), skipped_ids=ignored[:20].tolist(),
                        tokens_per_second=round(tokens / seconds, 1) if seconds > 0 and tokens else None)
            store.write_meta(meta)
    return {
        "teacher": ident, "batches": computed, "tokens": tokens, "seconds": seconds,
        "tokens_per_second": tokens / seconds if seconds > 0 else math.nan,
        "filled": filled, "sentences": store.spec.num_sentences, "skipped": int(len(ignored)),
        "complete": complete,
    }


def _ensemble_lprobs(models, sample: dict, device):
    """log of the mean of the models' probabilities, [B, T, V] in float32."""
    from fairseq import utils

    net_input = sample["net_input"]
    if device.type == "cuda":
        net_input = utils.move_to_cuda(net_input, device)
    if len(models) == 1:
        return models[0].get_normalized_probs(models[0](**net_input), log_probs=True).float()
    # summed in place, one [B, T, V] buffer: a logsumexp over the stacked models' log-probs
    # allocates n of them and was 4x slower on CPU; the mean underflows only far below the top-k
    probs = None
    for m in models:
        p = m.get_normalized_probs(m(**net_input), log_probs=False).float()
        probs = p if probs is None else probs.add_(p)
    return probs.div_(len(models)).log_()
