"""The training split of a data-bin as fairseq-train loads it: its target sizes and tokens as the
loss sees them, and its fingerprint as the criterion computes it (store.dataset_fingerprint), so
that whatever reads or fills a store with it agrees with a training run on that data-bin.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from fairseq_pskd.fairseq_internals import mapped_tokens
from fairseq_pskd.store import dataset_fingerprint
from fairseq_pskd.store_format import loss_lengths, row_positions


class TrainDataError(RuntimeError):
    """The split cannot be loaded; the message names the data-bin and the fix."""


@dataclass
class TrainData:
    """The training split of a data-bin as fairseq-train loads it."""

    dataset: object  # fairseq LanguagePairDataset
    dictionary: object  # fairseq Dictionary of the target language
    data_bin: Path
    target_lang: str

    prefix: int = 0  # the store's --ignore-prefix-size: each target as the loss saw it

    @property
    def sizes(self) -> np.ndarray:
        """Per sentence, the target tokens the store holds a row for."""
        return loss_lengths(self.dataset.tgt_sizes, self.prefix)

    def fingerprint(self) -> bytes:
        return dataset_fingerprint(self.dataset, self.dictionary.symbols)[0]

    def tokens(self, first: int, last: int) -> np.ndarray:
        """Target tokens of sentences [first, last) after each one's prefix, concatenated: one
        gather over the mapped .bin file (fairseq's MMapIndexedDataset), else one tensor per
        sentence."""
        tgt = self.dataset.tgt
        sizes = np.asarray(self.dataset.tgt_sizes[first:last], dtype=np.int64)
        mapped = mapped_tokens(tgt, first, last)
        if mapped is None:  # another dataset implementation: per sentence
            whole = np.concatenate([tgt[i].numpy() for i in range(first, last)] or [np.zeros(0, np.int64)])
        else:
            tokens, starts = mapped
            whole = tokens[row_positions(starts, sizes)].astype(np.int64)
        if not self.prefix:
            return whole.astype(np.int64)
        return whole[row_positions(0, sizes) >= self.prefix].astype(np.int64)


def load_train_data(
    data_bin: str | os.PathLike, source_lang: str | None = None, target_lang: str | None = None,
    subset: str = "train",
) -> TrainData:
    """Load `subset` of `data_bin` through fairseq's translation task, with fairseq-train's
    defaults (what the criterion fingerprints: lifecycle.StoreRun.open)."""
    from fairseq.tasks.translation import TranslationConfig, TranslationTask

    data_bin = Path(data_bin)
    if not data_bin.is_dir():
        raise TrainDataError(f"--data {data_bin} is not a directory (give the data-bin of the training run)")
    try:
        # the fields fairseq-train fills from its dataset config, at fairseq-train's defaults
        # (dataset_impl None: inferred from the files)
        cfg = TranslationConfig(
            data=str(data_bin), source_lang=source_lang, target_lang=target_lang,
            train_subset=subset, dataset_impl=None, required_seq_len_multiple=1,
        )
        task = TranslationTask.setup_task(cfg)
        task.load_dataset(subset, epoch=1, combine=False)
    except Exception as e:  # fairseq raises bare Exceptions and FileNotFoundErrors here
        raise TrainDataError(
            f"cannot load the {subset!r} split of {data_bin} with fairseq's translation task ({e}); "
            f"give the data-bin the store was trained on, with -s/-t when it holds several pairs"
        ) from e
    return TrainData(task.dataset(subset), task.target_dictionary, data_bin, task.cfg.target_lang)
