"""A small generated parallel corpus that a tiny Transformer learns in a few epochs on CPU."""

from __future__ import annotations

import random
from pathlib import Path

_SRC_WORDS = [f"s{i}" for i in range(40)]


def _translate(words: list[str]) -> list[str]:
    # word-for-word with one local reordering: a tiny model learns it in seconds, yet its
    # predictions differ by position, which is what the store's addressing must get right
    out = [f"t{int(w[1:]) * 7 % 40}" for w in words]
    out[0], out[1] = out[1], out[0]
    return out


def write_corpus(
    out: Path,
    n_train: int = 600,
    n_valid: int = 60,
    n_test: int = 60,
    seed: int = 1,
    distinct_lengths: bool = False,
) -> Path:
    """Writes {train,valid,test}.{src,tgt}. With `distinct_lengths`, every training sentence has
    its own length, so fairseq's length-sorted batches do not depend on its shuffling seed."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    for split, n in (("train", n_train), ("valid", n_valid), ("test", n_test)):
        src_lines, tgt_lines = [], []
        for i in range(n):
            length = 2 + i if distinct_lengths and split == "train" else rng.randint(3, 12)
            words = [rng.choice(_SRC_WORDS) for _ in range(length)]
            src_lines.append(" ".join(words))
            tgt_lines.append(" ".join(_translate(words)))
        (out / f"{split}.src").write_text("\n".join(src_lines) + "\n")
        (out / f"{split}.tgt").write_text("\n".join(tgt_lines) + "\n")
    return out


if __name__ == "__main__":
    import sys

    print(write_corpus(Path(sys.argv[1]), n_train=1000))
