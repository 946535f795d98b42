"""``pskd-calibrate``: token-level calibration (ECE, NLL, Brier, AURC) of a translation
checkpoint under teacher forcing; the metrics and their conventions are ``token_calibration``'s.

CLI::

    python -m pskd_tools.evaluation.calibration DATA_BIN --path checkpoints/checkpoint_best.pt \\
        [--gen-subset test] [--out-json F.json] [--out-png F.png]

Outputs default to ``<checkpoint dir>/<checkpoint stem>.<subset>.calibration.{json,png}``.
"""
from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from .token_calibration import calibrate, summary_line


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description="Token-level calibration (ECE, NLL, Brier, AURC) of a fairseq translation "
        "checkpoint under teacher forcing."
    )
    p.add_argument("data_bin", help="fairseq-preprocess output directory")
    p.add_argument("--path", required=True, help="checkpoint file")
    p.add_argument("--user-dir", default=None, help="fairseq --user-dir to import first")
    p.add_argument("--gen-subset", default="test")
    p.add_argument("--source-lang", "-s", default=None)
    p.add_argument("--target-lang", "-t", default=None)
    p.add_argument("--n-bins", type=int, default=15)
    p.add_argument("--max-tokens", type=int, default=4096)
    p.add_argument("--batch-size", type=int, default=None)
    p.add_argument("--cpu", action="store_true", help="run on CPU even if CUDA is available")
    p.add_argument("--out-json", default=None, help="default: <ckpt dir>/<stem>.<subset>.calibration.json")
    p.add_argument("--out-png", default=None, help="default: <ckpt dir>/<stem>.<subset>.calibration.png")
    p.add_argument("--no-progress", action="store_true")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)

    try:
        result, out_json, out_png = calibrate(
            args.data_bin, args.path, args.gen_subset, source_lang=args.source_lang,
            target_lang=args.target_lang, user_dir=args.user_dir, n_bins=args.n_bins,
            max_tokens=args.max_tokens, batch_size=args.batch_size,
            device="cpu" if args.cpu else None, progress=not args.no_progress,
            out_json=args.out_json, out_png=args.out_png,
        )
    except (FileNotFoundError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(summary_line(result))
    print(f"wrote {out_json} and {out_png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
