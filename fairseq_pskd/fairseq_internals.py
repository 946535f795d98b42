"""The one place fairseq_pskd reads fairseq-private attributes: the mapped token file of fairseq's
memory-mapped datasets (`MMapIndexedDataset._bin_buffer`, `._index._pointers`).

fairseq has no public way to reach a whole .bin file at once, and reading it in place is what
makes the store's fingerprint cover every target token (store.dataset_fingerprint) and lets
`pskd-store verify` gather a chunk's tokens in one numpy pass. Private attributes can change in
any fairseq release: a dataset of fairseq's own mapped classes that lacks one is an error naming
the fairseq version and the attribute, never a silent fall back (a fingerprint without the tokens
would refuse every existing store as made for other data). Any other dataset class is not mapped:
None, and callers go sentence by sentence through the public `dataset[i]`.
"""

from __future__ import annotations

from typing import Any

import numpy as np


class FairseqInternalsChanged(RuntimeError):
    """fairseq's private layout is not the one this plugin reads; the message says what moved."""


def _mapped_classes() -> tuple[type, ...]:
    """fairseq's classes that map a .bin file and keep it in `_bin_buffer` (fairseq 0.12)."""
    classes = []
    try:
        from fairseq.data.indexed_dataset import MMapIndexedDataset

        classes.append(MMapIndexedDataset)
    except ImportError:  # no fairseq: nothing is one of its datasets
        pass
    try:
        from fairseq.data.huffman import HuffmanMMapIndexedDataset

        classes.append(HuffmanMMapIndexedDataset)
    except ImportError:
        pass
    return tuple(classes)


def _private(obj: Any, name: str) -> Any:
    try:
        return getattr(obj, name)
    except AttributeError:
        import fairseq

        raise FairseqInternalsChanged(
            f"fairseq {getattr(fairseq, '__version__', '?')}'s {type(obj).__qualname__} has no "
            f"attribute {name!r}: fairseq_pskd reads the mapped token file through the private "
            f"attributes fairseq 0.12 has (_bin_buffer, _index._pointers), and this fairseq changed "
            f"them. Use fairseq 0.12.x, or adapt fairseq_pskd/fairseq_internals.py to this version"
        ) from None


def token_buffer(dataset: Any) -> memoryview | None:
    """The bytes of the .bin file behind a fairseq memory-mapped dataset (the mapping itself, no
    copy); None for any other dataset (wrapped, in memory, not fairseq's)."""
    if not isinstance(dataset, _mapped_classes()):
        return None
    return _private(dataset, "_bin_buffer")


def mapped_tokens(dataset: Any, first: int, last: int) -> tuple[np.ndarray, np.ndarray] | None:
    """(every token of the .bin file as one flat array, the index in it of the first token of each
    sentence first..last - 1) of fairseq's MMapIndexedDataset, read in place; None for any other
    dataset (the Huffman-coded one included: its bytes are not tokens)."""
    try:
        from fairseq.data.indexed_dataset import MMapIndexedDataset
    except ImportError:
        return None
    if not isinstance(dataset, MMapIndexedDataset):
        return None
    index = _private(dataset, "_index")
    dtype = np.dtype(index.dtype)
    tokens = np.frombuffer(_private(dataset, "_bin_buffer"), dtype=dtype)
    pointers = _private(index, "_pointers")  # byte offset of each sentence in the .bin file
    return tokens, np.asarray(pointers[first:last], dtype=np.int64) // dtype.itemsize
