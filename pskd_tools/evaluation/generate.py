"""fairseq-generate: its command line, running it (a subprocess, or in this process), and its
output parsed back into hypotheses in corpus order.

fairseq-generate prints, per sentence, ``S-`` (source), ``T-`` (target), then for each hypothesis
of the n-best list ``H-`` (pieces, with the model score), ``D-`` (after ``--post-process``) and
``P-`` (the log2 probability of each token), in batch order, sorted by length.
"""
from __future__ import annotations

import logging
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

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

def generate_env(environ: Mapping[str, str] = os.environ) -> dict[str, str]:
    """The environment fairseq-generate runs in: the caller's, with the plugin's checkpoint fix asked
    for (torch >= 2.6 refuses fairseq checkpoints otherwise; docs/fairseq-notes.md), added to any
    fixes the caller already asked for."""
    from fairseq_pskd.compat import FIXES_VARIABLE, requested_fixes

    asked = requested_fixes(environ)
    if "trust-checkpoints" not in asked:
        asked.append("trust-checkpoints")
    return {**environ, FIXES_VARIABLE: ",".join(asked)}


def run_generate(cmd: Sequence[str], out_path: str | Path) -> None:
    """Run fairseq-generate, save its stdout, and echo its log lines (progress) to stderr.

    stderr is not merged into the saved output: a warning written while stdout's buffer is
    flushed could split an H- line in two.
    """
    with open(out_path, "w", encoding="utf-8") as f:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=None, text=True,
                                encoding="utf-8", bufsize=1, env=generate_env())
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

def generate_in_process(args: Sequence[str], out_path: str | Path) -> None:
    """fairseq-generate with these arguments (generate_args) in this process, its output saved
    to out_path. What ``--rules`` uses: one process scores every rule's checkpoint, instead of
    paying fairseq's import (5 s here) for each of a run's eight decodes. The output goes to a
    temporary directory (fairseq's --results-path) and is renamed when complete, so a file under
    out_path is always a whole decode (a resumed scoring reuses it)."""
    import shutil

    from fairseq import options
    from fairseq_cli import generate

    from fairseq_pskd.compat import apply_fixes

    apply_fixes(["trust-checkpoints"])  # fairseq's loaders read fairseq checkpoints on torch >= 2.6
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
