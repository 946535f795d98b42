"""`pskd-store`: read a PS-KD store directory without training.

    pskd-store info DIR                                   header, disk use, watermark, lock, tags
    pskd-store show DIR --data DATA_BIN --sentence N [--epoch E]   one sentence's stored top-k
    pskd-store verify DIR --data DATA_BIN                 every check training makes, whole store
    pskd-store fill DATA_BIN --path T.pt[:T2.pt] --store-dir DIR --topk K   a teacher store, once

A teacher store (filled by `fill`, read by `--pskd-teacher-store`) is understood by info, show and
verify too: one generation whose rows are tagged "filled" instead of an epoch.

`verify` makes, over every committed row, the checks the criterion makes at startup
(store_format.check_files, which TopKStore.open calls: header, spec, sizes, fingerprint) and on read
(TopKStore.read: the stored gold id of every position equals the data's target token), plus what
training takes for granted (index offsets are the cumsum of the target sizes, tags sit in their
epoch's generation, ids < V, probabilities finite, non-negative, each row's mass at most 1). The
data-bin is loaded through fairseq's TranslationTask exactly as fairseq-train loads it, and the
fingerprint comes from the same function training uses (store.dataset_fingerprint), so a store
`verify` accepts is one a run on that data-bin accepts. Work is numpy over chunks of whole
sentences (CHUNK_TOKENS tokens at a time): memory stays bounded on a WMT-size store, and there is
no per-token Python loop.

Everything is opened read-only; a store in use by a training run can be inspected (its rows may be
mid-epoch, but only committed, tagged rows are checked).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from fairseq_pskd.fairseq_internals import FairseqInternalsChanged
from fairseq_pskd.lock import LOCK_NAME, StoreLock, describe_owner
from fairseq_pskd.store import TopKStore
from fairseq_pskd.store_format import (
    FORMAT_VERSION,
    WATERMARK,
    StoreError,
    StoreSpec,
    check_files,
    read_header,
)
from fairseq_pskd.teacher_store import TeacherStore, store_class

from ..data.train_data import TrainData, TrainDataError, load_train_data

CHUNK_TOKENS = 1 << 22  # tokens verified per numpy pass: ~100 MB of temporaries at K = 8
# float16 rounding of K probabilities that sum to 1 in float32 reaches ~1 + 3e-4; a mass above
# 1 + MASS_FAIL is not rounding but a corrupt row
MASS_NOTE, MASS_FAIL = 1e-3, 1e-2
FIX = "rerun training with --pskd-reset-store to discard the store and make it anew"


class InspectError(RuntimeError):
    """The store or data-bin cannot be inspected; the message names the file and the fix."""


# -- opening -----------------------------------------------------------------------------------


def open_store(directory: str | os.PathLike) -> TopKStore:
    """The store in `directory`, read-only, with the spec its index header declares."""
    directory = Path(directory)
    index = directory / "index.pskd"
    if not index.exists():
        raise InspectError(
            f"no PS-KD store in {directory} (no index.pskd); a training run with --criterion pskd "
            f"makes one in --pskd-store-dir (default SAVE_DIR/pskd_store)"
        )
    _, spec, _ = read_header(index)
    cls = store_class(directory)
    for f in cls.kind.files(directory):
        if not f.exists():
            raise InspectError(f"{f} is missing: the store is incomplete; {_fix(cls)}")
    # the checks training makes when it opens a store (headers, sizes), before any file is mapped
    problems = check_files(directory, spec)
    if problems:
        raise InspectError(problems[0])
    return cls(directory, spec, writable=False)


def _fix(cls: type[TopKStore]) -> str:
    return TeacherStore.kind.fix_hint if cls is TeacherStore else FIX


# -- info --------------------------------------------------------------------------------------


def census(store: TopKStore, generation: int) -> dict[int, int]:
    """{epoch tag: sentences} of one generation; tag 0 means no committed row."""
    tags, counts = np.unique(store.epoch_tags(generation), return_counts=True)
    return {int(t): int(c) for t, c in zip(tags, counts)}


def _size(n: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GiB"


def info(directory: str | os.PathLike, out=sys.stdout) -> int:
    directory = Path(directory)
    store = open_store(directory)
    spec = store.spec
    p = lambda *a: print(*a, file=out)  # noqa: E731
    teacher = isinstance(store, TeacherStore)
    p(f"{'teacher store' if teacher else 'PS-KD store'} {directory}")
    p(f"  format version {FORMAT_VERSION}, V={spec.vocab_size}, K={spec.k}, ids {spec.id_dtype.name}, "
      f"{spec.num_sentences} sentences, {spec.num_tokens} target tokens"
      + (f" (each without its first {spec.prefix}: --ignore-prefix-size)" if spec.prefix else ""))
    p(f"  {'teacher' if teacher else 'run'} {store.run_id or '(none)'}, session {store.session}, "
      f"fingerprint {spec.fingerprint.hex()[:16]}...")
    p("files (size / allocated on disk):")
    total = 0
    extra = [directory / "teacher.json"] if teacher else [directory / WATERMARK, directory / LOCK_NAME]
    for f in store.kind.files(directory) + extra:
        if f.exists():
            st = f.stat()
            total += st.st_blocks * 512
            p(f"  {f.name:<15} {_size(st.st_size):>10} / {_size(st.st_blocks * 512):>10}")
    p(f"  {'total':<15} {'':>10}   {_size(total):>10}")
    if teacher:
        return _teacher_info(store, p)
    mark = store.read_watermark()
    p(f"watermark: {json.dumps(mark) if mark is not None else '(none: no checkpoint committed yet)'}")
    held, owner = StoreLock(directory).probe()
    if held is None:
        p("lock: no lock file (no training run has claimed this store)")
    elif held:
        p(f"lock: HELD by a running job ({describe_owner(owner)}; job {owner.get('job', '?')})")
    else:
        p(f"lock: free (last holder: {describe_owner(owner)})")
    p("epoch tags per generation (a row tagged t is read in epoch t + 1):")
    for g in range(store.num_generations):
        counts = census(store, g)
        untagged = counts.pop(0, 0)
        parts = [f"epoch {t}: {c} sentences (usable in epoch {t + 1})" for t, c in sorted(counts.items())]
        parts.append(f"untagged: {untagged}")
        p(f"  gen{g}: " + "; ".join(parts))
    return 0


def _teacher_info(store: TeacherStore, p) -> int:
    meta = store.read_meta()
    for c in meta.get("checkpoints", []):
        p(f"checkpoint: {c.get('path')} ({_size(c.get('bytes', 0))}; dictionary: {c.get('dictionary')})")
    filled = census(store, 0).get(TeacherStore.FILLED, 0)
    state = ("complete" if meta.get("complete")
             else "NOT complete: rerun the same `pskd-store fill` to continue")
    p(f"filled: {filled} of {store.spec.num_sentences} sentences ({state})"
      + (f"; {meta['skipped']} longer than the teacher's max positions train on the hard target"
         if meta.get("skipped") else ""))
    if meta.get("tokens_per_second"):
        p(f"fill speed: {meta['tokens_per_second']:.0f} target tokens/s (the run that finished it)")
    return 0


# -- show --------------------------------------------------------------------------------------


def _spm(data_bin: Path):
    model = data_bin / "spm.model"
    if not model.exists():
        return None
    import sentencepiece

    return sentencepiece.SentencePieceProcessor(model_file=str(model))


def show(
    directory: str | os.PathLike, data: TrainData, sentence: int, epoch: int | None = None, out=sys.stdout
) -> int:
    store = open_store(directory)
    spec = store.spec
    data.prefix = spec.prefix  # the targets as that run's loss saw them
    if not 0 <= sentence < spec.num_sentences:
        raise InspectError(
            f"--sentence {sentence} is out of range: the store holds sentences 0..{spec.num_sentences - 1}"
        )
    tags = {g: int(store.epoch_tags(g)[sentence]) for g in range(store.num_generations)}
    epochs = sorted(t for t in tags.values() if t > 0)
    teacher = isinstance(store, TeacherStore)
    if teacher:
        if not epochs:
            raise InspectError(f"sentence {sentence} has no teacher row yet (the fill has not reached it)")
        epoch = TeacherStore.FILLED
    elif epoch is None:
        if not epochs:
            raise InspectError(
                f"sentence {sentence} has no committed row in any generation (not trained yet, "
                f"or its rows were written after the last checkpoint)"
            )
        epoch = epochs[-1]
    elif tags[TopKStore.generation_of(epoch)] != epoch:
        raise InspectError(f"sentence {sentence} has no row of epoch {epoch}; its rows are of epochs "
                           f"{epochs or 'none'} (--epoch picks one of them)")
    gold, id_rows, prob_rows = store.rows_of(np.array([sentence]), epoch)
    n, k = len(gold), spec.k
    ids = id_rows.view(spec.id_dtype).reshape(n, k).astype(np.int64)
    probs = prob_rows.view(np.float16).reshape(n, k).astype(np.float32)
    order = np.argsort(-probs, axis=1, kind="stable")  # most probable first, per position
    ids, probs = np.take_along_axis(ids, order, 1), np.take_along_axis(probs, order, 1)
    target = data.tokens(sentence, sentence + 1) if len(data.sizes) > sentence else np.zeros(0, np.int64)
    d = data.dictionary
    sym = lambda i: d[int(i)] if 0 <= int(i) < len(d) else f"<id {int(i)} out of range>"  # noqa: E731
    p = lambda *a: print(*a, file=out)  # noqa: E731
    if teacher:
        p(f"sentence {sentence}, the teacher's row, {n} target positions, top-{k}")
    else:
        p(f"sentence {sentence}, row of epoch {epoch} (generation {TopKStore.generation_of(epoch)}, "
          f"read in epoch {epoch + 1}), {n} target positions, top-{k}")
    words = [d[int(t)] for t in target if int(t) != d.eos()]
    p(f"  target: {' '.join(words)}")
    sp = _spm(data.data_bin)
    if sp is not None:  # the data-bin's sentencepiece model (pskd-prepare writes one)
        p(f"  text:   {sp.decode_pieces(words)}")
    if len(target) != n or not np.array_equal(target, gold):
        p("  WARNING: the stored gold tokens differ from the data-bin's target: run `pskd-store verify`")
    width = max([len(sym(i)) for i in np.concatenate([gold, ids.ravel()])] + [5])
    for pos in range(n):
        g = int(gold[pos])
        p(f"  pos {pos:>3}  gold {sym(g):<{width}} (id {g})  top-{k} mass {probs[pos].sum():.3f}")
        for rank in range(k):
            mark = "  <- gold" if ids[pos, rank] == g else ""
            token = int(ids[pos, rank])
            p(f"        {rank + 1:>2}. {sym(token):<{width}} {token:>6}  {probs[pos, rank]:.4f}{mark}")
    return 0


# -- verify ------------------------------------------------------------------------------------


@dataclass
class Failure:
    what: str
    sentence: int | None = None
    position: int | None = None
    generation: int | None = None
    file: str | None = None

    def __str__(self) -> str:
        where = []
        if self.generation is not None:
            where.append(self.file or f"gen{self.generation}.pskd")
        if self.sentence is not None:
            where.append(f"sentence {self.sentence}")
        if self.position is not None:
            where.append(f"position {self.position}")
        return (", ".join(where) + ": " if where else "") + self.what


def _chunks(offsets: np.ndarray, chunk_tokens: int) -> Iterator[tuple[int, int]]:
    """[first, last) sentence ranges of about chunk_tokens tokens each (at least one sentence)."""
    n = len(offsets) - 1
    first = 0
    while first < n:
        last = int(np.searchsorted(offsets, offsets[first] + chunk_tokens, side="right")) - 1
        last = min(max(last, first + 1), n)
        yield first, last
        first = last


@dataclass
class VerifyReport:
    failures: list[Failure]
    counts: dict[str, int]  # failing tokens / sentences per kind of check
    checked_rows: dict[int, int]  # generation -> tagged sentences checked
    mass_over_one: int = 0  # rows above 1 + MASS_NOTE but within MASS_FAIL (float16 rounding)
    max_mass: float = 0.0


def verify(directory: str | os.PathLike, data: TrainData, chunk_tokens: int = CHUNK_TOKENS) -> VerifyReport:
    directory = Path(directory)
    if not (directory / "index.pskd").exists():
        open_store(directory)  # raises, naming what is missing
    _, index_spec, _ = read_header(directory / "index.pskd")
    data.prefix = index_spec.prefix  # compare with the targets as that run's loss saw them
    sizes = data.sizes
    data_spec = StoreSpec(
        len(data.dictionary), index_spec.k, len(sizes), int(sizes.sum()), data.fingerprint(),
        index_spec.prefix,
    )
    # headers and sizes before mapping anything: a truncated file cannot be mapped
    report = VerifyReport([Failure(m) for m in check_files(directory, data_spec)], {}, {})
    if report.failures:  # rows of a store made for other data cannot be checked against it
        return report
    store = open_store(directory)
    spec = store.spec

    def fail(kind: str, what: str, n: int, **where) -> None:
        report.counts[kind] = report.counts.get(kind, 0) + n
        if n and not any(f.what.startswith(kind) for f in report.failures):
            report.failures.append(Failure(f"{kind}: {what}", **where))

    offsets = store.offsets
    expected = np.concatenate([[0], np.cumsum(sizes)])
    bad = np.flatnonzero(offsets != expected)
    if len(bad):
        s = max(int(bad[0]) - 1, 0)
        fail("index offset",
             f"the index says sentence {s} spans tokens {int(offsets[s])}..{int(offsets[s + 1])}, "
             f"the data-bin's target sizes say {int(expected[s])}..{int(expected[s + 1])}",
             len(bad), sentence=s)
        return report  # rows cannot be addressed with a wrong index

    for g in range(store.num_generations):
        tags = store.epoch_tags(g)
        tagged = tags > 0
        report.checked_rows[g] = int(np.count_nonzero(tagged))
        misplaced = np.flatnonzero(tagged & ~store.placed(g, tags))
        if len(misplaced):
            s = int(misplaced[0])
            fail("epoch tag",
                 f"tagged {int(tags[s])}, which does not belong in {store.kind.generation_names[g]}",
                 len(misplaced), sentence=s, generation=g, file=store.kind.generation_names[g])
        if not tagged.any():
            continue
        for first, last in _chunks(offsets, chunk_tokens):
            lo, hi = int(offsets[first]), int(offsets[last])
            keep = np.repeat(tagged[first:last], sizes[first:last])  # tokens of committed rows
            if not keep.any():
                continue
            rows = np.flatnonzero(keep)  # chunk-relative token indices

            def where(t_rel: int, lo: int = lo, g: int = g) -> dict:
                """Sentence and position of the chunk's t_rel-th token."""
                t = lo + t_rel
                s = int(np.searchsorted(offsets, t, side="right")) - 1
                return {"sentence": s, "position": t - int(offsets[s]), "generation": g,
                        "file": store.kind.generation_names[g]}

            gold, ids, probs = store.token_rows(g, lo, hi)
            stored = np.asarray(gold)[rows].astype(np.int64)
            target = data.tokens(first, last)[rows]
            wrong = np.flatnonzero(stored != target)
            if len(wrong):
                t = int(rows[wrong[0]])
                fail("gold id", f"the row was made for token {int(stored[wrong[0]])}, the data-bin's target "
                     f"there is {int(target[wrong[0]])}", len(wrong), **where(t))
            ids = ids[rows]
            over = np.flatnonzero((ids >= spec.vocab_size).any(axis=1))
            if len(over):
                t = int(rows[over[0]])
                fail("token id", f"a top-k id {int(ids[over[0]].max())} is >= V = {spec.vocab_size}",
                     len(over), **where(t))
            probs = probs[rows].astype(np.float32)
            nonfinite = np.flatnonzero(~np.isfinite(probs).all(axis=1))
            if len(nonfinite):
                t = int(rows[nonfinite[0]])
                fail("probability", f"not finite ({probs[nonfinite[0]].tolist()})",
                     len(nonfinite), **where(t))
            negative = np.flatnonzero((probs < 0).any(axis=1))
            if len(negative):
                t = int(rows[negative[0]])
                fail("probability", f"negative ({probs[negative[0]].tolist()})", len(negative), **where(t))
            mass = np.where(np.isfinite(probs), probs, 0).sum(axis=1)
            too_much = np.flatnonzero(mass > 1 + MASS_FAIL)
            if len(too_much):
                t = int(rows[too_much[0]])
                fail("probability mass",
                     f"the row's top-{spec.k} probabilities sum to {float(mass[too_much[0]]):.4f} > 1",
                     len(too_much), **where(t))
            report.mass_over_one += int(np.count_nonzero((mass > 1 + MASS_NOTE) & (mass <= 1 + MASS_FAIL)))
            report.max_mass = max(report.max_mass, float(mass.max(initial=0.0)))
    return report


def print_verify(directory: Path, data: TrainData, report: VerifyReport, out=sys.stdout) -> int:
    p = lambda *a: print(*a, file=out)  # noqa: E731
    cls = store_class(directory)
    names = cls.kind.generation_names
    checked = ", ".join(f"{names[g]}: {n}" for g, n in report.checked_rows.items())
    what = cls.kind.what
    if report.failures:
        p(f"FAILED: the {what} {directory} does not match {data.data_bin} (training would refuse it "
          f"or stop on read)")
        p(f"  first failure: {report.failures[0]}")
        for f in report.failures[1:]:
            p(f"  also: {f}")
        if report.counts:
            p("  failing rows: " + ", ".join(f"{k} {v}" for k, v in report.counts.items()))
        p(f"  fix: {_fix(cls)}")
        return 1
    p(f"OK: the {what} {directory} matches {data.data_bin} (target {data.target_lang}); "
      f"committed rows checked: {checked}; largest top-k mass {report.max_mass:.4f}")
    if report.mass_over_one:
        p(f"  note: {report.mass_over_one} rows have a top-k mass in (1 + {MASS_NOTE:g}, 1 + {MASS_FAIL:g}]: "
          f"float16 rounding of a full distribution, harmless")
    return 0


# -- command line ------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="pskd-store",
        description="Inspect a PS-KD store directory (--pskd-store-dir, default SAVE_DIR/pskd_store) "
        "without training. Read-only: safe on the store of a running job.",
    )
    sub = p.add_subparsers(dest="command", required=True)
    i = sub.add_parser("info", help="header, disk use, watermark, lock holder, epoch tags per generation")
    i.add_argument("store", help="the store directory")

    def with_data(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("store", help="the store directory")
        sp.add_argument("--data", required=True, help="the data-bin the store was trained on")
        sp.add_argument("-s", "--source-lang", default=None,
                        help="source language (default: inferred from DATA)")
        sp.add_argument("-t", "--target-lang", default=None,
                        help="target language (default: inferred from DATA)")
        sp.add_argument("--train-subset", default="train",
                        help="the split training used (fairseq's --train-subset)")

    s = sub.add_parser("show", help="one sentence's gold tokens and stored top-k, decoded")
    with_data(s)
    s.add_argument("--sentence", type=int, required=True, help="sentence id (fairseq's sample id)")
    s.add_argument("--epoch", type=int, default=None, help="the row of this epoch (default: the newest)")
    v = sub.add_parser("verify", help="every check training makes, over the whole store; exit 1 on a failure")
    with_data(v)
    f = sub.add_parser(
        "fill", help="fill a teacher store from trained checkpoints, once (resumable)",
        description="Run a teacher (eval mode, teacher forcing; several checkpoints: an ensemble, "
        "probabilities averaged) over the training split and keep each target token's top-k in a "
        "teacher store. Interrupted, the same command continues where it stopped.")
    f.add_argument("data", metavar="DATA_BIN", help="the data-bin the students will train on")
    f.add_argument("--path", required=True,
                   help="teacher checkpoint(s), colon-separated for an ensemble (as fairseq-generate)")
    f.add_argument("--store-dir", required=True, help="the teacher store directory (made if absent)")
    f.add_argument("--topk", type=int, default=8, help="ids and probabilities kept per token (default 8)")
    f.add_argument("--max-tokens", type=int, default=4096, help="tokens per batch (default 4096)")
    f.add_argument("--batch-size", type=int, default=None, help="sentences per batch (default: no limit)")
    f.add_argument("-s", "--source-lang", default=None, help="source language (default: inferred)")
    f.add_argument("-t", "--target-lang", default=None, help="target language (default: inferred)")
    f.add_argument("--train-subset", default="train", help="the split the students train on")
    f.add_argument("--ignore-prefix-size", type=int, default=0,
                   help="the students' --ignore-prefix-size: rows for the tokens after it")
    f.add_argument("--cpu", action="store_true", help="run on the CPU even when a GPU is present")
    half = f.add_mutually_exclusive_group()
    half.add_argument("--fp16", action="store_true", help="the teacher in float16 (GPU)")
    half.add_argument("--bf16", action="store_true", help="the teacher in bfloat16 (GPU)")
    f.add_argument("--num-shards", type=int, default=1, help="processes filling this store together")
    f.add_argument("--shard-id", type=int, default=0, help="this process's shard, in [0, --num-shards)")
    f.add_argument("--max-batches", type=int, default=None,
                   help="stop after this many batches (a time-boxed job); rerun to continue")
    f.add_argument("--no-progress", action="store_true", help="no progress bar")
    return p


def fill_main(args: argparse.Namespace) -> int:
    from ..data.teacher_fill import FillConfig, FillError, fill

    cfg = FillConfig(
        data_bin=Path(args.data), paths=[Path(p) for p in args.path.split(":") if p],
        store_dir=Path(args.store_dir), topk=args.topk, max_tokens=args.max_tokens,
        batch_size=args.batch_size, source_lang=args.source_lang, target_lang=args.target_lang,
        train_subset=args.train_subset, prefix=args.ignore_prefix_size, cpu=args.cpu, fp16=args.fp16,
        bf16=args.bf16, num_shards=args.num_shards, shard_id=args.shard_id,
        max_batches=args.max_batches, progress=not args.no_progress,
    )
    try:
        done = fill(cfg)
    except FillError as e:
        print(f"pskd-store fill: {e}", file=sys.stderr)
        return 2
    print(f"pskd-store fill: teacher {done['teacher'][:8]}: {done['batches']} batches, {done['tokens']} "
          f"target tokens in {done['seconds']:.1f} s ({done['tokens_per_second']:.0f} tokens/s); "
          f"{done['filled']} of {done['sentences']} sentences filled"
          + (f", {done['skipped']} too long for the teacher" if done["skipped"] else "")
          + ("; complete" if done["complete"] else "; not complete: rerun the same command to continue"))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # fairseq logs every dictionary and split it loads at INFO: noise around this tool's output
    logging.getLogger("fairseq").setLevel(logging.WARNING)
    try:
        if args.command == "fill":
            return fill_main(args)
        if args.command == "info":
            return info(args.store)
        data = load_train_data(args.data, args.source_lang, args.target_lang, args.train_subset)
        if args.command == "show":
            return show(args.store, data, args.sentence, args.epoch)
        return print_verify(Path(args.store), data, verify(args.store, data))
    except (InspectError, TrainDataError, StoreError, FairseqInternalsChanged) as e:
        print(f"pskd-store {args.command}: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
