"""Score a translation checkpoint with sacreBLEU BLEU and chrF, signatures included.

Steps:

1. run ``fairseq-generate`` on the checkpoint (beam 5 by default) and keep its full output as
   ``<ckpt stem>.<subset>.generate.txt``;
2. take the ``H-<id>`` lines (first = best hypothesis per id), put them back in corpus order
   (fairseq-generate prints them in batch order, sorted by length);
3. turn subword pieces into text with the sentencepiece model of the data (``DATA_BIN/spm.model``
   as written by ``pskd_tools.data.prepare``, or ``--spm-model``); without one, fairseq's own
   ``--post-process`` output (the ``D-`` lines) is used, with the scheme detected from the
   target dictionary (sentencepiece, subword_nmt, or none for word-level data);
4. score against the untokenized references (``DATA_BIN/raw/<subset>.<tgt>`` written by
   ``pskd_tools.data.prepare`` / ``--ref``; otherwise the ``T-`` lines, decoded the same way, with a
   warning: those went through the dictionary and may hold ``<unk>``) with sacrebleu's Python API;
5. for Moses-tokenized data (the classic IWSLT'14 recipe, marked in ``DATA_BIN/prepare.json``
   or via ``--moses-lang``), also report tokenized BLEU (sacreBLEU with ``tokenize="none"`` on
   the tokenized text, i.e. what fairseq's recipes and multi-bleu.perl report) and score
   sacreBLEU/chrF on Moses-detokenized text.

Writes ``<ckpt stem>.<subset>.hyp.<tgt>`` (detokenized hypotheses, one per line, corpus order) and
``<ckpt stem>.<subset>.scores.json`` next to the checkpoint.

CLI::

    python -m pskd_tools.evaluation.scoring DATA_BIN --path checkpoints/checkpoint_best.pt [--beam 5] \\
        [--gen-subset test] [-- extra fairseq-generate args]
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import PLUGIN_DIR

logger = logging.getLogger("pskd_tools.evaluation.scoring")

PREPARE_META = "prepare.json"  # written by pskd_tools.data.prepare into DATA_BIN

_LINE_RE = re.compile(r"^([SHTDP])-(\d+)\t(.*)$")


@dataclass
class Candidate:
    """One hypothesis of fairseq-generate's n-best list: its H- and D- text and its P- line (the
    log2 probability of each token, end of sentence included, before any length penalty)."""

    pieces: str
    detok: str | None = None
    positional: list[float] | None = None


@dataclass
class GenerateOutput:
    """Parsed fairseq-generate output: first hypothesis per id, and the other line kinds."""

    hypotheses: dict[int, str] = field(default_factory=dict)  # H- lines, pieces (or post-processed)
    detok: dict[int, str] = field(default_factory=dict)  # D- lines
    targets: dict[int, str] = field(default_factory=dict)  # T- lines
    sources: dict[int, str] = field(default_factory=dict)  # S- lines
    scores: dict[int, float] = field(default_factory=dict)  # model score of the kept hypothesis
    summary: str | None = None  # fairseq's own "Generate test with beam=5: BLEU4 = ..." line
    # every hypothesis printed per id (--nbest N), best first, with its P- line: what
    # pskd_tools.evaluation.lenpen re-ranks under another length penalty
    nbest: dict[int, list[Candidate]] = field(default_factory=dict)

    def ordered(self, kind: str = "hypotheses", n: int | None = None) -> list[str]:
        """Lines of one kind in corpus order (id 0..n-1). Missing ids are an error: fairseq drops
        over-long inputs with --skip-invalid-size-inputs-valid-test, which would shift lines."""
        table: dict[int, str] = getattr(self, kind)
        if n is None:
            n = max(table) + 1 if table else 0
        missing = [i for i in range(n) if i not in table]
        if missing:
            shown = ", ".join(map(str, missing[:10])) + (" ..." if len(missing) > 10 else "")
            raise ValueError(
                f"fairseq-generate output lacks {kind} for {len(missing)} of {n} sentences "
                f"(ids {shown}); inputs longer than the model's max positions are skipped: "
                f"drop --skip-invalid-size-inputs-valid-test to see the error, or filter the data"
            )
        return [table[i] for i in range(n)]


def parse_generate_output(lines: Iterable[str]) -> GenerateOutput:
    """Parse fairseq-generate stdout (any order; log lines are ignored)."""
    out = GenerateOutput()
    for line in lines:
        line = line.rstrip("\n")
        m = _LINE_RE.match(line)
        if m is None:
            if "Generate " in line and "BLEU" in line:
                out.summary = line.split("| ", 3)[-1] if "| " in line else line
            continue
        kind, idx, rest = m.group(1), int(m.group(2)), m.group(3)
        if kind in "HD":
            score, _, text = rest.partition("\t")
            table = out.hypotheses if kind == "H" else out.detok
            if idx not in table:  # with --nbest > 1 the first one printed is the best
                table[idx] = text
                if kind == "H":
                    out.scores[idx] = float(score)
            # fairseq prints H-, D-, P- for each hypothesis in turn: D and P belong to the last H
            if kind == "H":
                out.nbest.setdefault(idx, []).append(Candidate(text))
            elif out.nbest.get(idx):
                out.nbest[idx][-1].detok = text
        elif kind == "P":
            if out.nbest.get(idx):
                out.nbest[idx][-1].positional = [float(x) for x in rest.split()]
        elif kind == "T":
            out.targets.setdefault(idx, rest)
        elif kind == "S":
            out.sources.setdefault(idx, rest)
    return out


def read_lines(path: str | Path) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f]


def decode_pieces(lines: Sequence[str], spm_model: str | Path) -> list[str]:
    """Sentencepiece pieces (space separated, as fairseq prints them) -> text."""
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(spm_model))
    return [sp.decode_pieces(line.split()) for line in lines]


def moses_detokenize(lines: Sequence[str], lang: str) -> list[str]:
    from sacremoses import MosesDetokenizer

    md = MosesDetokenizer(lang=lang)
    return [md.detokenize(line.split()) for line in lines]


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


def load_prepare_meta(data_bin: str | Path) -> dict[str, Any]:
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


def generate_command(data_bin: str | Path, checkpoint: str | Path, subset: str, beam: int,
                     batch_size: int, src: str, tgt: str, user_dir: str | None,
                     remove_bpe: str | None, extra: Sequence[str] = ()) -> list[str]:
    """The fairseq-generate command line (executable first)."""
    exe = Path(sys.executable).parent / "fairseq-generate"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "fairseq_cli.generate"]
    return cmd + generate_args(data_bin, checkpoint, subset, beam, batch_size, src, tgt, user_dir,
                               remove_bpe, extra)


def generate_args(data_bin: str | Path, checkpoint: str | Path, subset: str, beam: int,
                  batch_size: int, src: str, tgt: str, user_dir: str | None,
                  remove_bpe: str | None, extra: Sequence[str] = ()) -> list[str]:
    """fairseq-generate's arguments, without the executable."""
    cmd = [str(data_bin), "--path", str(checkpoint), "--gen-subset", subset,
            "--beam", str(beam), "--batch-size", str(batch_size),
            "--source-lang", src, "--target-lang", tgt,
            # fairseq's batch_by_size drops the last batch when its size is not a multiple of
            # --required-batch-size-multiple (default 8; facebookresearch/fairseq#5036): batches
            # are length-sorted, so up to 7 of the longest test sentences would go unscored
            "--required-batch-size-multiple", "1"]
    if user_dir:
        cmd += ["--user-dir", str(user_dir)]
    if remove_bpe:
        cmd += ["--remove-bpe", remove_bpe]
    return cmd + list(extra)


def run_generate(cmd: Sequence[str], out_path: str | Path) -> None:
    """Run fairseq-generate, save its stdout, and echo its log lines (progress) to stderr.

    stderr is not merged into the saved output: a warning written while stdout's buffer is
    flushed could split an H- line in two.
    """
    with open(out_path, "w", encoding="utf-8") as f:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=None, text=True,
                                encoding="utf-8", bufsize=1)
        assert proc.stdout is not None
        for line in proc.stdout:
            f.write(line)
            if not _LINE_RE.match(line):
                sys.stderr.write(line)
        rc = proc.wait()
    if rc != 0:
        raise RuntimeError(f"fairseq-generate failed with exit status {rc} (its error is above; "
                           f"stdout is in {out_path})\n"
                           f"command: {shlex.join(cmd)}")


def target_lines(gen: GenerateOutput, spm_model: str | Path | None, n: int | None = None) -> list[str]:
    """The T- lines in corpus order, decoded like the hypotheses: the references when the data
    has no untokenized reference file."""
    lines = gen.ordered("targets", n)
    return decode_pieces(lines, spm_model) if spm_model else lines


def generate_in_process(args: Sequence[str], out_path: str | Path) -> None:
    """fairseq-generate with these arguments (generate_args) in this process, its output saved
    to out_path. What ``--rules`` uses: one process scores every rule's checkpoint, instead of
    paying fairseq's import (5 s here) for each of a run's eight decodes. The output goes to a
    temporary directory (fairseq's --results-path) and is renamed when complete, so a file under
    out_path is always a whole decode (a resumed scoring reuses it)."""
    import shutil

    from fairseq import options
    from fairseq_cli import generate

    if not logging.getLogger().handlers:  # else fairseq's basicConfig sends its log into the file
        logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(name)s: %(message)s")
    out_path = Path(out_path)
    tmp = out_path.with_name(out_path.name + ".tmpdir")
    shutil.rmtree(tmp, ignore_errors=True)
    parsed = options.parse_args_and_arch(options.get_generation_parser(), list(args))
    parsed.results_path = str(tmp)
    parsed.no_progress_bar = True
    generate.main(parsed)
    os.replace(tmp / f"generate-{parsed.gen_subset}.txt", out_path)
    shutil.rmtree(tmp, ignore_errors=True)


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


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        description="fairseq-generate a checkpoint, then sacreBLEU BLEU and chrF with signatures. "
        "Arguments after `--` are passed to fairseq-generate. With --rules SAVE_DIR: score the "
        "checkpoint each checkpoint rule picks in a run directory, the length penalty tuned on "
        "valid (examples/sweep/README.md)."
    )
    p.add_argument("data_bin")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--path", help="checkpoint file, or an ensemble as fairseq-generate takes it "
                      "(a.pt:b.pt: then --out-json names the outputs, which go beside it)")
    what.add_argument("--rules", metavar="SAVE_DIR",
                      help="a fairseq-train --save-dir: score the checkpoint of every rule (see "
                      "--rule) on --gen-subset at lenpen 1.0 and at the lenpen of the best valid "
                      "BLEU, plus token ECE/NLL; results in SAVE_DIR/rule.RULE.SUBSET.json")
    p.add_argument("--gen-subset", default="test")
    p.add_argument("--beam", type=int, default=5)
    p.add_argument("--lenpen", type=float, default=1.0,
                   help="fairseq-generate --lenpen of a single checkpoint (default 1.0; a value "
                   "other than 1.0 is named in the output files)")
    p.add_argument("--rule", nargs="+", default=None, metavar="RULE",
                   help="with --rules: only these (default: valid_loss valid_bleu last avg5)")
    p.add_argument("--lenpen-grid", nargs="+", type=float, default=None, metavar="L",
                   help="with --rules: the length penalties tried on valid (default 0.6 1.0 1.5 2.0)")
    p.add_argument("--valid-subset", default="valid", help="with --rules: the split lenpen is tuned on")
    p.add_argument("--batch-size", type=int, default=128)
    p.add_argument("--source-lang", "-s", default=None)
    p.add_argument("--target-lang", "-t", default=None)
    p.add_argument("--user-dir", default=str(PLUGIN_DIR),
                   help="fairseq --user-dir of fairseq-generate (default: this package, so PS-KD "
                   "checkpoints load, and on torch >= 2.6 any fairseq checkpoint: the plugin lets "
                   "fairseq's loader read them; another --user-dir must do that itself)")
    p.add_argument("--spm-model", default=None,
                   help="sentencepiece model to decode hypotheses (default: DATA_BIN/spm.model)")
    p.add_argument("--post-process", default="auto",
                   help="without a sentencepiece model: fairseq --post-process for the D- lines "
                   "(auto: detected from the target dictionary; 'none' for whole words)")
    p.add_argument("--ref", default=None,
                   help="untokenized reference file (default: DATA_BIN/raw/SUBSET.TGT)")
    p.add_argument("--moses-lang", default=None,
                   help="data is Moses-tokenized in this language: also report tokenized BLEU "
                   "(default: from DATA_BIN/prepare.json)")
    p.add_argument("--reuse-generate", action="store_true",
                   help="score an existing <stem>.<subset>.generate.txt instead of decoding again")
    p.add_argument("--out-json", default=None)
    p.add_argument("--out-hyp", default=None)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    extra: list[str] = []
    if "--" in argv:  # everything after "--" goes to fairseq-generate untouched
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1:]
    p = build_parser()
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(name)s: %(message)s")

    data_bin = Path(args.data_bin)
    if args.path:
        members = args.path.split(os.pathsep)
        missing = [m for m in members if not Path(m).is_file()]
        if missing:
            print(f"error: --path {args.path}: no such checkpoint file {missing[0]}", file=sys.stderr)
            return 2
        if len(members) > 1 and not args.out_json:
            print(f"error: --path {args.path} is an ensemble of {len(members)} checkpoints: give "
                  "--out-json FILE (the decode and hypotheses are written beside it)", file=sys.stderr)
            return 2
    try:
        setup = data_setup(data_bin, args.gen_subset, args.source_lang, args.target_lang,
                           args.spm_model, args.post_process, args.moses_lang)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    ref_path = setup.reference_path(args.gen_subset, args.ref)
    if args.ref and not ref_path.is_file():
        print(f"error: --ref {ref_path}: no such file", file=sys.stderr)
        return 2
    if args.rules:
        from . import rule_scoring  # it builds on this module

        return rule_scoring.cli(args, setup, extra)
    refs = read_lines(ref_path) if ref_path.is_file() else None
    src, tgt, spm_model = setup.src, setup.tgt, setup.spm_model

    if os.pathsep in args.path:
        # an ensemble has no one checkpoint to write beside: everything goes beside --out-json
        stem = args.out_json.removesuffix(".json").removesuffix(".scores")
        outs = {"generate": Path(f"{stem}.generate.txt"), "hyp": Path(f"{stem}.hyp.{tgt}")}
    else:
        outs = default_outputs(args.path, args.gen_subset, tgt, args.lenpen)
    if args.out_json:
        outs["json"] = Path(args.out_json)
    if args.out_hyp:
        outs["hyp"] = Path(args.out_hyp)
    lenpen = [] if args.lenpen == 1.0 else ["--lenpen", f"{args.lenpen:g}"]
    cmd = generate_command(data_bin, args.path, args.gen_subset, args.beam, args.batch_size, src,
                           tgt, args.user_dir, setup.post_process, [*lenpen, *extra])
    try:
        if not (args.reuse_generate and outs["generate"].is_file()):
            run_generate(cmd, outs["generate"])
        result, hyps = score_generate_output(outs["generate"], refs, spm_model, tgt, setup.moses_lang)
    except (ValueError, RuntimeError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    result.update({
        "checkpoint": str(args.path),
        "data": str(data_bin),
        "subset": args.gen_subset,
        "source_lang": src,
        "target_lang": tgt,
        "beam": args.beam,
        "lenpen": args.lenpen,
        "reference": result.get("reference", str(ref_path)),
        "spm_model": spm_model,
        "command": shlex.join(cmd),
        "hypotheses": str(outs["hyp"]),
    })
    outs["hyp"].parent.mkdir(parents=True, exist_ok=True)
    outs["hyp"].write_text("".join(h + "\n" for h in hyps), encoding="utf-8")
    outs["json"].write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(result["bleu_string"])
    print(result["chrf_string"])
    if "tok_bleu_string" in result:
        print(f"tokenized {result['tok_bleu_string']}")
    print(f"wrote {outs['hyp']} and {outs['json']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
