"""What a data-bin (fairseq-preprocess's --destdir) says about how to score it: its language
pair, its sentencepiece model or fairseq's --post-process scheme, whether it is Moses-tokenized,
and where its untokenized references are (``pskd_tools.data.prepare`` writes ``spm.model``,
``prepare.json`` and ``raw/`` there).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .text import read_lines

PREPARE_META = "prepare.json"  # written by pskd_tools.data.prepare into DATA_BIN

def load_prepare_meta(data_bin: str | Path) -> dict[str, Any]:
    """DATA_BIN/prepare.json, or {} for a data-bin that pskd_tools.data.prepare did not make."""
    path = Path(data_bin) / PREPARE_META
    if path.is_file():
        return json.loads(path.read_text())
    return {}

def infer_langs(data_bin: str | Path, subset: str) -> tuple[str, str]:
    """(src, tgt) from ``<subset>.<src>-<tgt>.<src>.idx`` like fairseq's infer_language_pair."""
    found = set()
    for p in Path(data_bin).glob(f"{subset}.*-*.*.idx"):
        parts = p.name.split(".")
        if len(parts) == 4:
            src, tgt = parts[1].split("-", 1)
            found.add((src, tgt))
    if len(found) != 1:
        raise ValueError(
            f"cannot tell the language pair of {data_bin} for subset {subset!r} "
            f"(found {sorted(found) or 'no binarized files'}): pass --source-lang and --target-lang"
        )
    return found.pop()

def detect_post_process(data_bin: str | Path, tgt: str) -> str | None:
    """fairseq ``--post-process`` value suiting the target dictionary: "sentencepiece" when most
    entries carry the U+2581 word marker, "subword_nmt" when many end in "@@", else None
    (whole words: the hypotheses need no post-processing)."""
    path = Path(data_bin) / f"dict.{tgt}.txt"
    if not path.is_file():
        return None
    words = [line.split(" ", 1)[0] for line in read_lines(path)[:5000] if line.strip()]
    if not words:
        return None
    if sum("\u2581" in w for w in words) > 0.2 * len(words):
        return "sentencepiece"
    if sum(w.endswith("@@") for w in words) > 0.05 * len(words):
        return "subword_nmt"
    return None

@dataclass
class DataSetup:
    """How a data-bin's hypotheses are decoded and scored: languages, sentencepiece model or
    fairseq --post-process, Moses detokenization. Shared by one checkpoint and by --rules."""

    data_bin: Path
    src: str
    tgt: str
    spm_model: str | None
    post_process: str | None
    moses_lang: str | None

    def reference_path(self, subset: str, ref: str | Path | None = None) -> Path:
        """ref when given, else where pskd_tools.data.prepare writes the references."""
        return Path(ref) if ref else self.data_bin / "raw" / f"{subset}.{self.tgt}"

    def references(self, subset: str, ref: str | Path | None = None) -> list[str] | None:
        """The untokenized references (None: none on disk, the T- lines will be used)."""
        path = self.reference_path(subset, ref)
        return read_lines(path) if path.is_file() else None

def data_setup(data_bin: Path, subset: str, src: str | None, tgt: str | None,
               spm_model: str | None, post_process: str, moses_lang: str | None) -> DataSetup:
    """Resolve the CLI's defaults against DATA_BIN; a ValueError names what is wrong."""
    if not data_bin.is_dir():
        raise ValueError(f"DATA_BIN {data_bin} is not a directory (the fairseq-preprocess --destdir)")
    try:
        inferred = infer_langs(data_bin, subset)
    except ValueError:
        if not (src and tgt):
            raise
        inferred = (src, tgt)
    src, tgt = src or inferred[0], tgt or inferred[1]
    if spm_model and not Path(spm_model).is_file():
        raise ValueError(f"--spm-model {spm_model}: no such file")
    found = data_bin / "spm.model"
    spm = spm_model or (str(found) if found.is_file() else None)
    meta = load_prepare_meta(data_bin)
    moses = moses_lang or (tgt if meta.get("tokenizer") == "moses" else None)
    if spm:
        pp = None  # pieces are decoded by sentencepiece itself
    elif post_process == "auto":
        pp = detect_post_process(data_bin, tgt)
    else:
        pp = None if post_process == "none" else post_process
    return DataSetup(data_bin, src, tgt, spm, pp, moses)
