"""sacreBLEU BLEU and chrF of a decode, signatures included: the hypotheses of a fairseq-generate
output put back in corpus order, turned into text (sentencepiece, or fairseq's own
post-processing), and scored against untokenized references; for Moses-tokenized data also
tokenized BLEU, as fairseq's recipes and multi-bleu.perl report it. sacrebleu is imported only
when a score is computed.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .generate import GenerateOutput, parse_generate_output
from .text import decode_pieces, moses_detokenize, read_lines

# named after the command whose warnings these are: its log lines read "pskd_tools.evaluation.scoring: ..."
logger = logging.getLogger("pskd_tools.evaluation.scoring")


def sacrebleu_scores(hyps: Sequence[str], refs: Sequence[str], trg_lang: str = "",
                     tokenized_bleu: bool = False) -> dict[str, Any]:
    """BLEU and chrF via sacrebleu's API; score strings carry their signatures.

    ``trg_lang`` lets sacrebleu pick its zh/ja/ko tokenizers. ``tokenized_bleu`` adds BLEU with
    ``tokenize="none"`` for pre-tokenized text (needs ``force``: sacrebleu warns on it).
    """
    from sacrebleu.metrics import BLEU, CHRF

    if len(hyps) != len(refs):
        raise ValueError(f"{len(hyps)} hypotheses but {len(refs)} references")
    result: dict[str, Any] = {}
    metrics = {"bleu": BLEU(trg_lang=trg_lang), "chrf": CHRF()}
    if tokenized_bleu:
        metrics["tok_bleu"] = BLEU(tokenize="none", force=True)
    for name, metric in metrics.items():
        score = metric.corpus_score(list(hyps), [list(refs)])
        sig = str(metric.get_signature())
        result[name] = round(float(score.score), 2)
        result[f"{name}_signature"] = sig
        result[f"{name}_string"] = score.format(signature=sig)
        if name == "bleu":
            # hypothesis / reference length (BLEU's tokens): a beam that stops short shows here
            result["length_ratio"] = round(score.sys_len / score.ref_len, 4) if score.ref_len else None
            result["hyp_len"], result["ref_len"] = int(score.sys_len), int(score.ref_len)
    return result

def target_lines(gen: GenerateOutput, spm_model: str | Path | None, n: int | None = None) -> list[str]:
    """The T- lines in corpus order, decoded like the hypotheses: the references when the data
    has no untokenized reference file."""
    lines = gen.ordered("targets", n)
    return decode_pieces(lines, spm_model) if spm_model else lines

def score_generate_output(
    generate_txt: str | Path | GenerateOutput,
    refs: Sequence[str] | None = None,
    spm_model: str | Path | None = None,
    trg_lang: str = "",
    moses_lang: str | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """Score a saved fairseq-generate output (a file, or one parsed and maybe re-ranked).
    Returns (scores, detokenized hypotheses).

    ``refs``: untokenized references in corpus order (for Moses data: the tokenized references,
    which are detokenized here). None = the T- lines of the output, decoded like the hypotheses.
    """
    gen = (generate_txt if isinstance(generate_txt, GenerateOutput)
           else parse_generate_output(read_lines(generate_txt)))
    n = len(refs) if refs is not None else None
    if spm_model:
        hyps = decode_pieces(gen.ordered("hypotheses", n), spm_model)
    else:
        hyps = gen.ordered("detok", n)  # fairseq's --remove-bpe output
    result: dict[str, Any] = {"sentences": len(hyps)}
    if refs is None:
        logger.warning("no reference file: scoring against fairseq-generate's T- lines, which went "
                       "through the dictionary (<unk> possible); pass --ref for publishable numbers")
        refs = target_lines(gen, spm_model, len(hyps))
        result["reference"] = "fairseq-generate T- lines"
    refs = list(refs)
    if len(refs) != len(hyps):
        raise ValueError(f"{len(hyps)} hypotheses but {len(refs)} references")
    if moses_lang:
        # hyps/refs are Moses-tokenized: tokenized BLEU on them as they are, sacreBLEU/chrF on
        # detokenized text (case as in the data: the classic recipe lowercases both sides)
        tok = sacrebleu_scores(hyps, refs, trg_lang, tokenized_bleu=True)
        hyps = moses_detokenize(hyps, moses_lang)
        refs = moses_detokenize(refs, moses_lang)
        result.update(sacrebleu_scores(hyps, refs, trg_lang))
        for key in ("tok_bleu", "tok_bleu_signature", "tok_bleu_string"):
            result[key] = tok[key]
    else:
        result.update(sacrebleu_scores(hyps, refs, trg_lang))
    if gen.summary:
        result["fairseq_summary"] = gen.summary
    return result, hyps

def default_outputs(checkpoint: str | Path, subset: str, tgt: str, lenpen: float = 1.0) -> dict[str, Path]:
    """Files written beside the checkpoint; a length penalty other than fairseq's default 1.0 is
    named in them, so decodes at two penalties do not overwrite each other."""
    ckpt = Path(checkpoint)
    stem = ckpt.parent / (f"{ckpt.stem}.{subset}" + ("" if lenpen == 1.0 else f".lenpen{lenpen:g}"))
    return {
        "generate": Path(f"{stem}.generate.txt"),
        "hyp": Path(f"{stem}.hyp.{tgt}"),
        "json": Path(f"{stem}.scores.json"),
    }
