"""TopKStore.read / .write as they were before the row-view fast path of the store's row I/O,
kept only so that bench_store.py can time the fast path against them on the same machine in the
same run (before/after). Not used elsewhere.

The old code indexed [N, K] np.memmap arrays with numpy's general advanced indexing (element by
element within each row, plus np.memmap's subclass wrapping of every result).
"""

from __future__ import annotations

import sys

import numpy as np


class StoreV1:
    """The old per-step paths over the files of an open TopKStore (same layout, same files)."""

    def __init__(self, store) -> None:
        self.store = store
        spec = store.spec
        mode = "r+" if store.writable else "r"
        self.offsets = np.memmap(
            store.directory / "index.pskd", dtype=np.int64, mode="r",
            offset=sys.modules[type(store).__module__].HEADER_BYTES,
            shape=(spec.num_sentences + 1,),
        )  # fmt: skip
        self._gens = []
        for g in (0, 1):
            arrays = {}
            for name, (offset, dtype, shape) in spec.generation_layout().items():
                if name.startswith("_") or 0 in shape:
                    continue
                arrays[name] = np.memmap(
                    store.directory / f"gen{g}.pskd", dtype=dtype, mode=mode, offset=offset, shape=shape
                )
            self._gens.append(arrays)

    def _rows(self, sentence_ids: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        sizes = self.offsets[sentence_ids + 1] - self.offsets[sentence_ids]
        if not np.array_equal(sizes, lengths):
            raise ValueError("lengths do not match the store's index")
        n = int(lengths.sum())
        first = np.cumsum(lengths) - lengths
        return np.repeat(self.offsets[sentence_ids] - first, lengths) + np.arange(n)

    def read(self, sentence_ids, lengths, gold, epoch: int):
        sentence_ids = np.asarray(sentence_ids, dtype=np.int64)
        lengths = np.asarray(lengths, dtype=np.int64)
        rows = self._rows(sentence_ids, lengths)
        gen = self._gens[(epoch - 1) % 2]
        usable = np.repeat(gen["epochs"][sentence_ids] == epoch - 1, lengths) & (epoch > 1)
        if not usable.any():
            return usable, None, None
        stored_gold = gen["gold"][rows]
        if (usable & (stored_gold != gold)).any():
            raise ValueError("stored gold differs")
        return usable, gen["ids"][rows], gen["probs"][rows]

    def write(self, sentence_ids, lengths, gold, ids, probs, epoch: int) -> None:
        sentence_ids = np.asarray(sentence_ids, dtype=np.int64)
        lengths = np.asarray(lengths, dtype=np.int64)
        if len(sentence_ids) == 0:
            return
        rows = self._rows(sentence_ids, lengths)
        gen = self._gens[epoch % 2]
        gen["gold"][rows] = gold
        gen["ids"][rows] = ids
        gen["probs"][rows] = probs
        gen["epochs"][sentence_ids] = epoch

    def flush(self) -> None:
        for gen in self._gens:
            for arr in gen.values():
                arr.flush()
