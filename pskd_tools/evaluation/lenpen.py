"""The beam's length penalty, tuned on valid: re-ranking a saved n-best list, and the choice.

fairseq's beam search does not use ``--lenpen`` while it searches: a hypothesis that ends is kept
(up to beam of them per sentence) whatever its length, and only when it is kept is its score
divided by ``length ** lenpen`` (``SequenceGenerator.finalize_hypos``); the output is those
``beam`` hypotheses sorted by that score. So one decode with ``--nbest BEAM`` holds the answer
for every length penalty: the hypothesis fairseq would print at lenpen L is the candidate with
the highest ``sum(P-line) / len(P-line) ** L`` (the P- line: log2 probability of each token, end
of sentence included). Re-ranking it gives a lenpen grid for the price of one decode; the only
difference from decoding with ``--lenpen L`` comes from the P- line's 4 printed decimals, i.e.
between hypotheses whose scores agree to about 1e-3 (tests/test_sweep_rules.py compares the two).
"""
from __future__ import annotations

import copy
from collections.abc import Mapping

from .generate import Candidate, GenerateOutput

DEFAULT_GRID = (0.6, 1.0, 1.5, 2.0)


def candidate_score(candidate: Candidate, lenpen: float) -> float:
    """fairseq's normalized score of a finished hypothesis (base 2, like the printed ones)."""
    if not candidate.positional:
        raise ValueError("a hypothesis without its P- line: decode without --quiet")
    return sum(candidate.positional) / len(candidate.positional) ** lenpen


def rerank(gen: GenerateOutput, lenpen: float) -> GenerateOutput:
    """A copy of gen whose best hypothesis per sentence is the one fairseq keeps at lenpen. Ties
    keep fairseq's printed order (max() returns the first)."""
    out = copy.copy(gen)
    out.hypotheses, out.detok, out.scores = {}, {}, {}
    for idx, candidates in gen.nbest.items():
        best = max(candidates, key=lambda c: candidate_score(c, lenpen))
        out.hypotheses[idx] = best.pieces
        if best.detok is not None:
            out.detok[idx] = best.detok
        out.scores[idx] = candidate_score(best, lenpen)
    return out


def choose_lenpen(valid_bleu: Mapping[float, float]) -> float:
    """The length penalty of the best valid BLEU; ties go to the one closest to 1.0 (fairseq's
    default: no reason to move away from it for nothing), then to the smaller one."""
    if not valid_bleu:
        raise ValueError("no valid BLEU to choose a length penalty from")
    best = max(valid_bleu.values())
    # the distance rounded: in floating point 1.4 lies nearer to 1.0 than 0.6 does
    return min((lp for lp, b in valid_bleu.items() if b == best),
               key=lambda lp: (round(abs(lp - 1.0), 9), lp))
