"""Plain-text sentence files, one sentence per line (references, hypotheses, dictionaries), and
the two ways a line of subword pieces or tokens becomes text: sentencepiece decoding and Moses
detokenization. sentencepiece and sacremoses are imported only when used.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def read_lines(path: str | Path) -> list[str]:
    """The file's lines, without their line ends."""
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f]

def decode_pieces(lines: Sequence[str], spm_model: str | Path) -> list[str]:
    """Sentencepiece pieces (space separated, as fairseq prints them) -> text."""
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(spm_model))
    return [sp.decode_pieces(line.split()) for line in lines]

def moses_detokenize(lines: Sequence[str], lang: str) -> list[str]:
    """Moses-tokenized lines (tokens space separated) -> text, with sacremoses' rules for lang."""
    from sacremoses import MosesDetokenizer

    md = MosesDetokenizer(lang=lang)
    return [md.detokenize(line.split()) for line in lines]
