"""Data preparation for the translation recipes: IWSLT'14, IWSLT'15, WMT'14 and plain text.

Every recipe ends the same way (``binarize_plain``):

* a joint sentencepiece model trained on the training text of both languages
  (``DEST/spm.model`` + ``spm.vocab``),
* ``fairseq-preprocess --joined-dictionary`` over the sentencepiece pieces into ``DEST``,
* the untokenized valid/test text in ``DEST/raw/{valid,test}.{src,tgt}``, the references that
  ``pskd_tools.evaluation.scoring`` hands to sacreBLEU,
* ``DEST/prepare.json``: how the data was made (read by scoring to decide on detokenization).

Recipes (each one writes plain text ``{train,valid,test}.{src,tgt}`` first, into ``WORK/text``):

``iwslt14`` (``de-en.tgz``, layout of fairseq's prepare-iwslt14.sh download)
    train: ``train.tags.de-en.{de,en}`` without the metadata lines; valid: every 23rd line of
    the cleaned train text (1-based line 23, 46, ...), train: the rest; test: the concatenation
    of TED.dev2010, TEDX.dev2012, TED.tst2010, TED.tst2011, TED.tst2012 ``<seg>`` lines, as in
    fairseq's script. ``--variant spm`` (default) keeps the text untokenized and cased (for
    sacreBLEU); ``--variant classic`` reproduces fairseq's classic data: Moses tokenization
    (sacremoses, escaping on, like tokenizer.perl) and lowercasing, ``’`` -> ``'`` on dev/test,
    clean-corpus-n with ratio 1.5 and 1..175 tokens, and a joint 10k BPE -- learned with
    sentencepiece ``model_type=bpe`` on the tokenized text instead of subword-nmt, so the
    segmentation (not the splits) differs from fairseq's published binarized data.
``iwslt15`` (WIT3 2015-01 ``<src>-<tgt>.tgz``, same layout)
    train as above; valid / test from ``--valid-sets`` / ``--test-sets`` (default tst2012 /
    tst2013, the split of Luong & Manning 2015 used by most IWSLT'15 papers).
``wmt14`` (the five archives of fairseq's prepare-wmt14en2de.sh)
    train: Europarl v7 + CommonCrawl + News Commentary v12, cleaned (1..250 words, ratio 1.5);
    valid: newstest2013; test: newstest2014 (full) from the sgm files, segments extracted with
    the same rule as ``sacrebleu -t wmt14/full``. Joint sentencepiece, 32k.
``plain``
    an existing directory with ``{train,valid,test}.{src,tgt}`` (e.g. the gettext corpus).

CLI: ``python -m pskd_tools.data.prepare {iwslt14,iwslt15,wmt14,plain} --dest DATA_BIN ...``
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import urllib.request
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path

IWSLT14_URL = "http://dl.fbaipublicfiles.com/fairseq/data/iwslt14/de-en.tgz"
# WIT3 moved; the 2015-01 release URL is kept for users with a mirror that serves this layout.
IWSLT15_URL_TEMPLATE = "https://wit3.fbk.eu/archive/2015-01//texts/{a}/{b}/{a}-{b}.tgz"
WMT14_URLS = {
    "training-parallel-europarl-v7.tgz": "http://statmt.org/wmt13/training-parallel-europarl-v7.tgz",
    "training-parallel-commoncrawl.tgz": "http://statmt.org/wmt13/training-parallel-commoncrawl.tgz",
    "training-parallel-nc-v12.tgz": "http://data.statmt.org/wmt17/translation-task/training-parallel-nc-v12.tgz",
    "dev.tgz": "http://data.statmt.org/wmt17/translation-task/dev.tgz",
    "test-full.tgz": "http://statmt.org/wmt14/test-full.tgz",
}
WMT14_TRAIN_CORPORA = ("europarl-v7.de-en", "commoncrawl.de-en", "news-commentary-v12.de-en")

IWSLT14_TEST_SETS = ("TED.dev2010", "TEDX.dev2012", "TED.tst2010", "TED.tst2011", "TED.tst2012")

# Metadata lines of IWSLT train.tags files. fairseq's script drops only url/talkid/keywords
# (the classic variant keeps to that); the other variant drops every tag line.
FAIRSEQ_IWSLT_DROP_TAGS = ("url", "talkid", "keywords")
ALL_IWSLT_META_TAGS = FAIRSEQ_IWSLT_DROP_TAGS + (
    "speaker", "reviewer", "translator", "doc", "/doc", "transcript", "/transcript",
    "head", "/head", "mteval", "/mteval", "srcset", "/srcset", "refset", "/refset",
)
_STRIP_TAGS_RE = re.compile(r"</?(?:title|description)>")
_SEG_RE = re.compile(r"<seg.*?>(.*)</seg>.*?")  # sacrebleu's FakeSGMLDataset rule
_WS_RE = re.compile(r"\s+")


class PrepareError(RuntimeError):
    pass


# --------------------------------------------------------------------------------------------
# reading the raw formats
# --------------------------------------------------------------------------------------------
def read_text(path: str | Path) -> list[str]:
    with open(path, encoding="utf-8", errors="replace", newline="\n") as f:
        return [line.rstrip("\n").rstrip("\r") for line in f]


def write_text(path: str | Path, lines: Iterable[str]) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line + "\n")


def _is_meta_line(line: str, tags: Sequence[str]) -> bool:
    s = line.lstrip()
    return any(s.startswith(f"<{t}>") or s.startswith(f"<{t} ") for t in tags)


def read_iwslt_train_tags(src_path: str | Path, tgt_path: str | Path,
                          drop_tags: Sequence[str] = ALL_IWSLT_META_TAGS) -> tuple[list[str], list[str]]:
    """Parallel lines of ``train.tags.X-Y.{X,Y}``: metadata lines dropped, ``<title>`` and
    ``<description>`` kept without their tags (as fairseq's prepare-iwslt14.sh does).

    The two sides are filtered jointly (a pair goes if either side is metadata), which equals
    fairseq's per-file grep when the files are aligned and keeps them aligned when they are not.
    """
    src, tgt = read_text(src_path), read_text(tgt_path)
    if len(src) != len(tgt):
        raise PrepareError(f"{src_path} has {len(src)} lines but {tgt_path} has {len(tgt)}")
    out_s, out_t = [], []
    for s, t in zip(src, tgt):
        if _is_meta_line(s, drop_tags) or _is_meta_line(t, drop_tags):
            continue
        out_s.append(_STRIP_TAGS_RE.sub("", s).strip())
        out_t.append(_STRIP_TAGS_RE.sub("", t).strip())
    return out_s, out_t


def read_segments(path: str | Path) -> list[str]:
    """``<seg id="N">text</seg>`` lines of IWSLT xml / WMT sgm files, in file order.

    Same extraction as sacrebleu's FakeSGMLDataset (regex on lines starting with ``<seg``,
    whitespace collapsed), so references equal the ones ``sacrebleu -t`` uses.
    """
    out = []
    for line in read_text(path):
        s = line.strip()
        if s.startswith("<seg "):
            out.append(_WS_RE.sub(" ", _SEG_RE.sub(r"\1", s).strip()))
    return out


# --------------------------------------------------------------------------------------------
# text processing
# --------------------------------------------------------------------------------------------
def _moses_chunk(args: tuple[list[str], str, bool, bool]) -> list[str]:
    from sacremoses import MosesTokenizer

    lines, lang, escape, aggressive = args
    mt = MosesTokenizer(lang=lang)
    return [mt.tokenize(line, return_str=True, escape=escape, aggressive_dash_splits=aggressive)
            for line in lines]


def moses_tokenize(lines: Sequence[str], lang: str, workers: int = 1, escape: bool = True,
                   aggressive_dash_splits: bool = False) -> list[str]:
    """sacremoses tokenization (tokenizer.perl defaults: escaping on), in parallel chunks."""
    lines = list(lines)
    if workers <= 1 or len(lines) < 20000:
        return _moses_chunk((lines, lang, escape, aggressive_dash_splits))
    size = (len(lines) + workers * 4 - 1) // (workers * 4)
    chunks = [(lines[i:i + size], lang, escape, aggressive_dash_splits)
              for i in range(0, len(lines), size)]
    with Pool(workers) as pool:
        return [t for part in pool.map(_moses_chunk, chunks) for t in part]


def clean_corpus(src: Sequence[str], tgt: Sequence[str], min_len: int = 1, max_len: int = 175,
                 ratio: float = 1.5) -> tuple[list[str], list[str]]:
    """Moses clean-corpus-n: whitespace-normalise; keep pairs with min..max words per side and a
    word-count ratio (either way) of at most ``ratio``."""
    if len(src) != len(tgt):
        raise PrepareError(f"clean_corpus: {len(src)} source lines but {len(tgt)} target lines")
    out_s, out_t = [], []
    for s, t in zip(src, tgt):
        s, t = _WS_RE.sub(" ", s).strip(), _WS_RE.sub(" ", t).strip()
        ns, nt = len(s.split()), len(t.split())
        if ns < min_len or nt < min_len or ns > max_len or nt > max_len:
            continue
        if ns / nt > ratio or nt / ns > ratio:
            continue
        out_s.append(s)
        out_t.append(t)
    return out_s, out_t


def every_nth_split(lines: Sequence[str], n: int) -> tuple[list[str], list[str]]:
    """(rest, every n-th line counting from 1) -- awk 'NR%n == 0' of fairseq's recipes."""
    held = [line for i, line in enumerate(lines, 1) if i % n == 0]
    rest = [line for i, line in enumerate(lines, 1) if i % n != 0]
    return rest, held


# --------------------------------------------------------------------------------------------
# archives
# --------------------------------------------------------------------------------------------
def download(url: str, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(dest.suffix + ".part")
    print(f"prepare: downloading {url} -> {dest}", file=sys.stderr)
    try:
        with urllib.request.urlopen(url, timeout=60) as r, open(tmp, "wb") as f:
            shutil.copyfileobj(r, f, length=1 << 20)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise PrepareError(f"could not download {url} ({e})") from e
    tmp.rename(dest)
    return dest


def extract(archive: Path, into: Path) -> Path:
    """Extract a .tgz/.tar(.gz) once (a marker file records completion)."""
    if not archive.is_file():
        raise PrepareError(f"{archive}: no such archive file")
    into.mkdir(parents=True, exist_ok=True)
    marker = into / f".extracted.{archive.name}"
    if not marker.exists():
        print(f"prepare: extracting {archive}", file=sys.stderr)
        try:
            with tarfile.open(archive) as tar:
                tar.extractall(into, filter="data")
        except tarfile.TarError as e:
            raise PrepareError(f"{archive}: not a readable tar archive ({e})") from e
        marker.touch()
    return into


def find_file(root: Path, name: str, what: str, hint: str) -> Path:
    """The unique file called ``name`` anywhere under ``root``."""
    found = sorted(p for p in root.rglob(name) if p.is_file())
    if not found:
        raise PrepareError(f"{what}: no file named {name} under {root}; {hint}")
    return found[0]


def obtain_archive(archive: str | None, env_var: str, url: str | None, work: Path,
                   filename: str, flag: str = "--archive") -> Path:
    """A local archive (flag, then env var), else a download into WORK (skipped if present)."""
    path = archive or os.environ.get(env_var)
    if path:
        p = Path(path)
        if not p.is_file():
            raise PrepareError(f"{flag} {p}: no such file (also settable via ${env_var})")
        return p
    target = work / filename
    if target.is_file():
        return target
    if not url:
        raise PrepareError(f"no {filename}: pass {flag} PATH or set ${env_var}")
    try:
        return download(url, target)
    except PrepareError as e:
        raise PrepareError(f"{e}; without network, fetch {filename} elsewhere and pass "
                           f"{flag} PATH (or set ${env_var})") from e


# --------------------------------------------------------------------------------------------
# sentencepiece + fairseq-preprocess
# --------------------------------------------------------------------------------------------
def train_sentencepiece(inputs: Sequence[Path], model_prefix: Path, vocab_size: int,
                        model_type: str = "unigram", character_coverage: float = 1.0,
                        input_sentence_size: int = 2_000_000, threads: int = 2) -> Path:
    import sentencepiece as spm

    model_prefix.parent.mkdir(parents=True, exist_ok=True)
    spm.SentencePieceTrainer.train(
        input=[str(p) for p in inputs],
        model_prefix=str(model_prefix),
        vocab_size=vocab_size,
        model_type=model_type,
        character_coverage=character_coverage,
        # sample (shuffled) at most this many sentences: WMT'14 has 4.5M pairs
        input_sentence_size=input_sentence_size,
        shuffle_input_sentence=True,
        # a soft limit: small corpora (tests, tiny demos) cannot fill a large vocabulary
        hard_vocab_limit=False,
        num_threads=threads,
        minloglevel=2,
    )
    return Path(f"{model_prefix}.model")


def spm_encode_file(model: Path, src: Path, dest: Path, threads: int = 2,
                    chunk: int = 100_000) -> None:
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(model))
    dest.parent.mkdir(parents=True, exist_ok=True)
    with open(src, encoding="utf-8") as fin, open(dest, "w", encoding="utf-8") as fout:
        batch: list[str] = []

        def flush() -> None:
            for pieces in sp.encode(batch, out_type=str, num_threads=threads):
                fout.write(" ".join(pieces) + "\n")
            batch.clear()

        for line in fin:
            batch.append(line.rstrip("\n"))
            if len(batch) >= chunk:
                flush()
        if batch:
            flush()


def fairseq_preprocess_command(src: str, tgt: str, pref: Path, dest: Path, workers: int) -> list[str]:
    exe = Path(sys.executable).parent / "fairseq-preprocess"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "fairseq_cli.preprocess"]
    return cmd + [
        "--source-lang", src, "--target-lang", tgt,
        "--trainpref", str(pref / "train"), "--validpref", str(pref / "valid"),
        "--testpref", str(pref / "test"),
        "--destdir", str(dest), "--joined-dictionary", "--workers", str(workers),
    ]


def check_split_files(text_dir: Path, src: str, tgt: str) -> dict[str, int]:
    sizes = {}
    for split in ("train", "valid", "test"):
        n = {}
        for lang in (src, tgt):
            p = text_dir / f"{split}.{lang}"
            if not p.is_file():
                raise PrepareError(f"missing {p}: the text directory needs "
                                   f"{{train,valid,test}}.{{{src},{tgt}}}")
            with open(p, encoding="utf-8") as f:
                n[lang] = sum(1 for _ in f)
        if n[src] != n[tgt]:
            raise PrepareError(f"{split}: {n[src]} lines in .{src} but {n[tgt]} in .{tgt} under {text_dir}")
        if n[src] == 0:
            raise PrepareError(f"{text_dir}/{split}.{src} is empty")
        sizes[split] = n[src]
    return sizes


def binarize_plain(text_dir: str | Path, dest: str | Path, src: str, tgt: str, vocab_size: int,
                   work: str | Path | None = None, model_type: str = "unigram",
                   character_coverage: float = 1.0, workers: int = 2, binarize: bool = True,
                   meta: dict | None = None) -> dict:
    """sentencepiece (joint) + fairseq-preprocess --joined-dictionary on plain parallel text."""
    text_dir, dest = Path(text_dir), Path(dest)
    work = Path(work) if work else dest.parent / f"{dest.name}.work"
    sizes = check_split_files(text_dir, src, tgt)
    print(f"prepare: {src}-{tgt} sentences: " + ", ".join(f"{k} {v}" for k, v in sizes.items()),
          file=sys.stderr)
    dest.mkdir(parents=True, exist_ok=True)
    spm_model = train_sentencepiece([text_dir / f"train.{src}", text_dir / f"train.{tgt}"],
                                    work / "spm", vocab_size, model_type, character_coverage,
                                    threads=workers)
    pieces = work / "spm_text"
    for split in ("train", "valid", "test"):
        for lang in (src, tgt):
            spm_encode_file(spm_model, text_dir / f"{split}.{lang}", pieces / f"{split}.{lang}", workers)
    shutil.copy(spm_model, dest / "spm.model")
    shutil.copy(spm_model.with_suffix(".vocab"), dest / "spm.vocab")
    for split in ("valid", "test"):  # sacreBLEU references (train would double WMT's disk use)
        for lang in (src, tgt):
            (dest / "raw").mkdir(exist_ok=True)
            shutil.copy(text_dir / f"{split}.{lang}", dest / "raw" / f"{split}.{lang}")
    cmd = fairseq_preprocess_command(src, tgt, pieces, dest, workers)
    info = dict(meta or {})
    info.update({
        "source_lang": src, "target_lang": tgt, "sentences": sizes,
        "spm_model_type": model_type, "spm_vocab_size": vocab_size,
        "spm_character_coverage": character_coverage, "text_dir": str(text_dir),
        "preprocess_command": " ".join(cmd),
    })
    info.setdefault("tokenizer", "none")
    info.setdefault("lowercase", False)
    (dest / "prepare.json").write_text(json.dumps(info, indent=2) + "\n")
    if binarize:
        print(f"prepare: {' '.join(cmd)}", file=sys.stderr)
        subprocess.run(cmd, check=True)
    return info


# --------------------------------------------------------------------------------------------
# recipes
# --------------------------------------------------------------------------------------------
@dataclass
class IwsltFiles:
    train_src: Path
    train_tgt: Path
    root: Path


def _iwslt_files(root: Path, year: int, src: str, tgt: str, archive: Path) -> tuple[IwsltFiles, str]:
    """Locate train.tags.* for either orientation of the pair (de-en.tgz serves en-de too)."""
    for a, b in ((src, tgt), (tgt, src)):
        pair = f"{a}-{b}"
        hits = sorted(root.rglob(f"train.tags.{pair}.{src}"))
        if hits:
            d = hits[0].parent
            return IwsltFiles(d / f"train.tags.{pair}.{src}", d / f"train.tags.{pair}.{tgt}", d), pair
    raise PrepareError(f"{archive}: no train.tags.{src}-{tgt}.{src} or train.tags.{tgt}-{src}.{src} "
                       f"inside; is it the IWSLT'{year} {src}-{tgt} texts archive?")


def _iwslt_eval_set(files: IwsltFiles, year: int, name: str, pair: str, lang: str) -> list[str]:
    fname = f"IWSLT{year}.{name}.{pair}.{lang}.xml"
    path = files.root / fname
    if not path.is_file():
        avail = sorted(p.name for p in files.root.glob(f"IWSLT{year}.*.{pair}.{lang}.xml"))
        raise PrepareError(f"{fname} not in the archive (available: {', '.join(avail) or 'none'})")
    return read_segments(path)


def make_iwslt_text(archive: Path, work: Path, src: str, tgt: str, year: int,
                    variant: str = "spm", valid_sets: Sequence[str] | None = None,
                    test_sets: Sequence[str] = IWSLT14_TEST_SETS, valid_every: int = 23,
                    workers: int = 2) -> Path:
    """Write ``WORK/text/{train,valid,test}.{src,tgt}`` from an IWSLT texts archive.

    ``valid_sets`` None: valid = every ``valid_every``-th cleaned training pair (IWSLT'14 recipe).
    """
    if variant not in ("spm", "classic"):
        raise PrepareError(f"--variant must be 'spm' or 'classic', got {variant!r}")
    root = extract(archive, work / "orig")
    files, pair = _iwslt_files(root, year, src, tgt, archive)
    classic = variant == "classic"
    train_s, train_t = read_iwslt_train_tags(
        files.train_src, files.train_tgt, FAIRSEQ_IWSLT_DROP_TAGS if classic else ALL_IWSLT_META_TAGS)

    def evalset(names: Sequence[str]) -> tuple[list[str], list[str]]:
        s, t = [], []
        for name in names:
            s += _iwslt_eval_set(files, year, name, pair, src)
            t += _iwslt_eval_set(files, year, name, pair, tgt)
        if len(s) != len(t):
            raise PrepareError(f"{names}: {len(s)} {src} segments but {len(t)} {tgt} segments")
        return s, t

    test_s, test_t = evalset(test_sets)
    valid_s, valid_t = evalset(valid_sets) if valid_sets else ([], [])
    if classic:
        print("prepare: Moses-tokenizing (sacremoses)", file=sys.stderr)
        train_s, train_t = moses_tokenize(train_s, src, workers), moses_tokenize(train_t, tgt, workers)
        apos = lambda lines: [line.replace("\u2019", "'") for line in lines]  # noqa: E731
        test_s = moses_tokenize(apos(test_s), src, workers)
        test_t = moses_tokenize(apos(test_t), tgt, workers)
        valid_s = moses_tokenize(apos(valid_s), src, workers)
        valid_t = moses_tokenize(apos(valid_t), tgt, workers)
    train_s, train_t = clean_corpus(train_s, train_t, 1, 175, 1.5)
    if classic:
        lower = lambda lines: [line.lower() for line in lines]  # noqa: E731
        train_s, train_t, valid_s, valid_t = lower(train_s), lower(train_t), lower(valid_s), lower(valid_t)
        test_s, test_t = lower(test_s), lower(test_t)
    if not valid_sets:
        train_s, valid_s = every_nth_split(train_s, valid_every)
        train_t, valid_t = every_nth_split(train_t, valid_every)
    text = work / "text"
    for split, s, t in (("train", train_s, train_t), ("valid", valid_s, valid_t), ("test", test_s, test_t)):
        write_text(text / f"{split}.{src}", s)
        write_text(text / f"{split}.{tgt}", t)
    return text


def make_wmt14_text(archive_dir: str | None, work: Path, src: str = "en", tgt: str = "de",
                    max_len: int = 250, ratio: float = 1.5) -> Path:
    """Write ``WORK/text/{train,valid,test}.{src,tgt}`` for WMT'14 en-de (either direction)."""
    if {src, tgt} != {"en", "de"}:
        raise PrepareError(f"wmt14 here is English-German: got --src {src} --tgt {tgt}")
    env_dir = archive_dir or os.environ.get("WMT14_ARCHIVE_DIR")
    root = work / "orig"
    for name, url in WMT14_URLS.items():
        if env_dir:
            path = Path(env_dir) / name
            if not path.is_file():
                raise PrepareError(f"--archive-dir {env_dir}: missing {name} (needs: "
                                   f"{', '.join(WMT14_URLS)}; also settable via $WMT14_ARCHIVE_DIR)")
        else:
            path = obtain_archive(None, "WMT14_ARCHIVE_DIR", url, work / "archives", name, "--archive-dir")
        extract(path, root)
    hint = "is --archive-dir the directory of the five WMT'14 archives?"
    train_s: list[str] = []
    train_t: list[str] = []
    for corpus in WMT14_TRAIN_CORPORA:
        s = read_text(find_file(root, f"{corpus}.{src}", "wmt14", hint))
        t = read_text(find_file(root, f"{corpus}.{tgt}", "wmt14", hint))
        if len(s) != len(t):
            raise PrepareError(f"{corpus}: {len(s)} {src} lines but {len(t)} {tgt} lines")
        train_s += s
        train_t += t
    train_s, train_t = clean_corpus(train_s, train_t, 1, max_len, ratio)
    valid_s = read_text(find_file(root, f"newstest2013.{src}", "wmt14 dev", hint))
    valid_t = read_text(find_file(root, f"newstest2013.{tgt}", "wmt14 dev", hint))
    test_s = read_segments(find_file(root, f"newstest2014-deen-src.{src}.sgm", "wmt14 test", hint))
    test_t = read_segments(find_file(root, f"newstest2014-deen-ref.{tgt}.sgm", "wmt14 test", hint))
    if len(test_s) != len(test_t):
        raise PrepareError(f"newstest2014: {len(test_s)} source but {len(test_t)} reference segments")
    text = work / "text"
    for split, s, t in (("train", train_s, train_t), ("valid", valid_s, valid_t), ("test", test_s, test_t)):
        write_text(text / f"{split}.{src}", s)
        write_text(text / f"{split}.{tgt}", t)
    return text


# --------------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------------
def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Prepare translation data for fairseq (sentencepiece "
                                "+ fairseq-preprocess --joined-dictionary).")
    sub = p.add_subparsers(dest="recipe", required=True)

    def common(sp: argparse.ArgumentParser, src: str, tgt: str, vocab: int) -> None:
        sp.add_argument("--dest", default=None, help="fairseq data-bin directory to create "
                        "(default: data-bin/RECIPE.SRC-TGT, with .classic for that variant)")
        sp.add_argument("--work-dir", default=None, help="downloads/intermediate files (default: DEST.work)")
        sp.add_argument("--src", default=src)
        sp.add_argument("--tgt", default=tgt)
        sp.add_argument("--vocab-size", type=int, default=vocab, help="joint sentencepiece vocabulary")
        sp.add_argument("--workers", type=int, default=min(8, os.cpu_count() or 1))
        sp.add_argument("--no-binarize", action="store_true",
                        help="stop after sentencepiece (skip fairseq-preprocess)")

    s14 = sub.add_parser("iwslt14", help="IWSLT'14 de-en (fairseq's de-en.tgz)")
    common(s14, "de", "en", 10000)
    s14.add_argument("--archive", default=None, help="local de-en.tgz (or $IWSLT14_ARCHIVE)")
    s14.add_argument("--variant", choices=("spm", "classic"), default="spm",
                     help="spm: untokenized text, unigram sentencepiece; classic: Moses-tokenized, "
                     "lowercased, BPE (sentencepiece model_type=bpe)")

    s15 = sub.add_parser("iwslt15", help="IWSLT'15 (WIT3 2015-01 texts archive)")
    common(s15, "en", "de", 10000)
    s15.add_argument("--archive", default=None, help="local <a>-<b>.tgz (or $IWSLT15_ARCHIVE)")
    s15.add_argument("--valid-sets", nargs="+", default=["TED.tst2012"])
    s15.add_argument("--test-sets", nargs="+", default=["TED.tst2013"])

    swmt = sub.add_parser("wmt14", help="WMT'14 en-de")
    common(swmt, "en", "de", 32000)
    swmt.add_argument("--archive-dir", default=None,
                      help="directory holding the five archives (or $WMT14_ARCHIVE_DIR)")
    swmt.add_argument("--character-coverage", type=float, default=0.9999)

    splain = sub.add_parser("plain", help="existing {train,valid,test}.{src,tgt} text")
    common(splain, "en", "de", 8000)
    splain.add_argument("--text-dir", required=True)

    args = p.parse_args(argv)
    if args.dest is None:
        if args.recipe == "plain":
            p.error("plain needs --dest")
        variant = ".classic" if getattr(args, "variant", "") == "classic" else ""
        args.dest = f"data-bin/{args.recipe}.{args.src}-{args.tgt}{variant}"
    dest = Path(args.dest)
    work = Path(args.work_dir) if args.work_dir else dest.parent / f"{dest.name}.work"
    model_type, coverage = "unigram", 1.0
    meta: dict = {"recipe": args.recipe}
    try:
        if args.recipe == "iwslt14":
            archive = obtain_archive(args.archive, "IWSLT14_ARCHIVE", IWSLT14_URL, work, "de-en.tgz")
            text = make_iwslt_text(archive, work, args.src, args.tgt, 14, args.variant,
                                   valid_sets=None, test_sets=IWSLT14_TEST_SETS, workers=args.workers)
            meta["variant"] = args.variant
            if args.variant == "classic":
                model_type = "bpe"
                meta.update({"tokenizer": "moses", "lowercase": True})
        elif args.recipe == "iwslt15":
            a, b = sorted((args.src, args.tgt), key=lambda x: x == "en")  # WIT3 names X-en first
            name = f"{a}-{b}.tgz"
            url = os.environ.get("IWSLT15_URL") or IWSLT15_URL_TEMPLATE.format(a=a, b=b)
            archive = obtain_archive(args.archive, "IWSLT15_ARCHIVE", url, work, name)
            text = make_iwslt_text(archive, work, args.src, args.tgt, 15, "spm",
                                   valid_sets=args.valid_sets, test_sets=args.test_sets,
                                   workers=args.workers)
        elif args.recipe == "wmt14":
            text = make_wmt14_text(args.archive_dir, work, args.src, args.tgt)
            coverage = args.character_coverage
        else:
            text = Path(args.text_dir)
        binarize_plain(text, dest, args.src, args.tgt, args.vocab_size, work, model_type, coverage,
                       args.workers, binarize=not args.no_binarize, meta=meta)
    except PrepareError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as e:
        print(f"error: fairseq-preprocess failed (exit {e.returncode}): {' '.join(e.cmd)}", file=sys.stderr)
        return 1
    binarized = "" if args.no_binarize else ", binarized splits"
    print(f"prepare: wrote {dest} (spm.model, raw/, prepare.json{binarized})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
