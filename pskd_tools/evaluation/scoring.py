"""``pskd-score``: score a translation checkpoint with sacreBLEU BLEU and chrF, signatures
included; with ``--rules SAVE_DIR``, every checkpoint rule of a run directory (``rule_scoring``).

The command line only: the work is done by ``generate`` (running and parsing fairseq-generate),
``data_bin`` (what the data-bin says about decoding and references), ``text`` and ``bleu``
(decoding and sacreBLEU). Steps:

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
import shlex
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from .. import PLUGIN_DIR
from . import rule_scoring
from .bleu import default_outputs, score_generate_output
from .data_bin import DataSetup, data_setup
from .generate import generate_command, run_generate
from .lenpen import DEFAULT_GRID
from .rules import RULES
from .text import read_lines


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        description="fairseq-generate a checkpoint, then sacreBLEU BLEU and chrF with signatures. "
        "Arguments after `--` are passed to fairseq-generate. With --rules SAVE_DIR: score the "
        "checkpoint each checkpoint rule picks in a run directory, the length penalty tuned on "
        "valid (experiments/README.md in the repository, \"Judging under every checkpoint rule\")."
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
        return rules_main(args, setup, extra)
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


def rules_main(args: argparse.Namespace, setup: DataSetup, extra: Sequence[str]) -> int:
    """``pskd-score DATA_BIN --rules SAVE_DIR``: main's arguments, already checked."""
    save_dir = Path(args.rules)
    if not save_dir.is_dir():
        print(f"error: --rules {save_dir}: not a directory (a fairseq-train --save-dir)", file=sys.stderr)
        return 2
    unknown = [r for r in args.rule or () if r not in RULES]
    if unknown:
        print(f"error: --rule {unknown[0]}: no such rule (rules: {', '.join(RULES)})", file=sys.stderr)
        return 2
    settings = rule_scoring.Settings(args.beam, tuple(args.lenpen_grid or DEFAULT_GRID), args.gen_subset,
                                     args.valid_subset)
    if args.lenpen != 1.0 or args.ref or args.out_json or args.out_hyp or args.reuse_generate:
        print("error: --lenpen, --ref, --out-json, --out-hyp and --reuse-generate are for one "
              "checkpoint (--path); --rules tunes lenpen itself (--lenpen-grid)", file=sys.stderr)
        return 2
    scorer = rule_scoring.RuleScorer(setup, settings, args.user_dir, args.batch_size, extra)
    try:
        results = rule_scoring.score_rules(scorer, save_dir, args.rule or RULES)
    except (ValueError, RuntimeError, FileNotFoundError, KeyError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print("\n".join(rule_scoring.summary_lines(results)))
    print(f"settings: {json.dumps(asdict(settings))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
