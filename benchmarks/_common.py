"""Shared helpers of the benchmarks: machine description, Markdown tables, generated corpora.

Not a test helper: nothing here is imported by the plugin or by CI.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import importlib.util
import os
import platform
import shutil
import statistics
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import ModuleType

import numpy as np

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
DEFAULT_WORK = Path(os.environ.get("PSKD_BENCH_DIR", "/tmp/pskd-bench"))


# -- reporting -------------------------------------------------------------------------------


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine_lines() -> list[str]:
    """What BENCHMARKS.md must state beside every table: machine, date, versions, load."""
    import importlib.metadata as md

    versions = []
    for dist in ("torch", "numpy", "fairseq-fixed"):
        try:
            versions.append(f"{dist} {md.version(dist)}")
        except md.PackageNotFoundError:
            pass
    load = os.getloadavg()
    return [
        f"- date: {_dt.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"- machine: nproc {os.cpu_count()}, {cpu_model()}, "
        f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.1f} GiB RAM",
        f"- python {platform.python_version()}, {', '.join(versions)}",
        # the machine is shared: the load average at the start tells how noisy the numbers may be
        f"- load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}",
        f"- command: `{' '.join([Path(sys.executable).name] + sys.argv)}`",
    ]


def print_header(title: str) -> None:
    print(f"## {title}\n")
    print("\n".join(machine_lines()))
    print()


def md_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    def fmt(x: object) -> str:
        if isinstance(x, float):
            return f"{x:.4g}" if abs(x) < 1e4 else f"{x:,.0f}"
        if isinstance(x, int):
            return f"{x:,}"
        return str(x)

    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(fmt(x) for x in row) + " |")
    return "\n".join(lines)


def median(xs: Sequence[float]) -> float:
    return float(statistics.median(xs)) if xs else float("nan")


def iqr(xs: Sequence[float]) -> tuple[float, float]:
    """Interquartile range, printed beside medians so the reader sees the noise."""
    if len(xs) < 2:
        return (float("nan"), float("nan"))
    q = np.percentile(np.asarray(xs, dtype=float), [25, 75])
    return float(q[0]), float(q[1])


def fmt_ratio(xs: Sequence[float]) -> str:
    lo, hi = iqr(xs)
    return f"{median(xs):.3f} [{lo:.3f}, {hi:.3f}]"


# -- process memory --------------------------------------------------------------------------


def proc_status(field: str) -> int:
    """A /proc/self/status field in bytes (RssAnon, VmRSS, VmHWM, ...)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise KeyError(field)


def allocated_peak(region) -> int:
    """Bytes live above what existed before `region()` at its peak: the running sum of the CPU
    allocations and frees torch.profiler records in it (independent of the allocator and of the
    page cache)."""
    from torch._C._profiler import _EventType
    from torch.profiler import ProfilerActivity, profile

    with profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof:
        region()
    allocs = []

    def walk(node) -> None:
        if node.tag == _EventType.Allocation and node.typed[1].device.type == "cpu":
            allocs.append((node.start_time_ns, node.typed[1].alloc_size))
        for c in node.children:
            walk(c)

    for root in prof.profiler.kineto_results.experimental_event_tree():
        walk(root)
    live = peak = 0
    for _, size in sorted(allocs):
        live += size
        peak = max(peak, live)
    return peak


def reset_peak_rss() -> None:
    """Reset VmHWM to the current RSS (Linux >= 4.0: writing 5 to clear_refs)."""
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")


# -- the store module ------------------------------------------------------------------------


def store_module() -> ModuleType:
    """fairseq_pskd.store, imported as the plugin imports it (the package's __init__ imports
    fairseq and torch first: their memory is in every process that trains). The environment
    variable PSKD_STORE_PY names another store.py to time instead (a patch under test, before
    against after on the same machine); it is loaded as a module of the package, so that its
    relative imports resolve as the committed one's do."""
    from fairseq_pskd import store

    path = os.environ.get("PSKD_STORE_PY")
    if not path:
        return store
    name = "fairseq_pskd._store_under_test"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


# -- the smallest sizes ----------------------------------------------------------------------


def parse_args(parser: argparse.ArgumentParser, smoke: dict[str, object]) -> argparse.Namespace:
    """The parser's arguments, plus --smoke: the `smoke` sizes as defaults (a flag given beside
    --smoke still wins). A smoke run checks that the benchmark runs end to end and prints its
    tables, in seconds (tests/test_benchmarks_run.py); its numbers mean nothing."""
    parser.add_argument("--smoke", action="store_true",
                        help="the smallest sizes: check that the benchmark runs, not what it measures")
    if parser.parse_known_args()[0].smoke:
        parser.set_defaults(**smoke)
    return parser.parse_args()


def iwslt_like_lengths(n: int, rng: np.random.Generator, mean: float = 25.0) -> np.ndarray:
    """Target lengths (with EOS) shaped like IWSLT'14 De-En after 10k BPE: right-skewed, mean ~25,
    a few long sentences. A log-normal with sigma 0.55 has that shape; clipped to [2, 200]."""
    sigma = 0.55
    mu = np.log(mean) - sigma**2 / 2
    return np.clip(np.rint(rng.lognormal(mu, sigma, n)), 2, 200).astype(np.int64)


# -- a generated corpus, binarized by fairseq-preprocess -------------------------------------


def make_corpus(
    n_train: int,
    n_valid: int = 100,
    vocab: int = 10000,
    mean_len: float = 25.0,
    seed: int = 1,
    work: Path = DEFAULT_WORK,
) -> Path:
    """A binarized corpus of random sentences shaped like IWSLT'14 De-En with a joint dictionary of
    `vocab` entries (specials included); cached by its parameters. Returns the data-bin dir.

    Tokens follow a Zipf law (as BPE tokens roughly do); their identity does not change the cost
    of a step, only the lengths and the vocabulary size do.
    """
    key = hashlib.sha1(f"{n_train}-{n_valid}-{vocab}-{mean_len}-{seed}-v1".encode()).hexdigest()[:10]
    root = work / f"corpus-{key}"
    bin_dir = root / "data-bin"
    if (bin_dir / "train.src-tgt.tgt.bin").exists():
        return bin_dir
    shutil.rmtree(root, ignore_errors=True)
    raw = root / "raw"
    raw.mkdir(parents=True)
    rng = np.random.default_rng(seed)
    n_words = vocab - 4  # fairseq adds <s> <pad> </s> <unk>
    words = np.array([f"w{i}" for i in range(n_words)])
    zipf = 1.0 / np.arange(1, n_words + 1)
    zipf /= zipf.sum()
    (raw / "dict.txt").write_text("".join(f"{w} 1\n" for w in words))
    for split, n in (("train", n_train), ("valid", n_valid)):
        tgt_len = iwslt_like_lengths(n, rng, mean_len) - 1  # EOS is appended by fairseq
        # German source a little longer than the English target, correlated with it
        src_len = np.clip(np.rint(tgt_len * rng.normal(1.05, 0.1, n)), 1, 250).astype(np.int64)
        for side, lens in (("src", src_len), ("tgt", tgt_len)):
            toks = rng.choice(n_words, size=int(lens.sum()), p=zipf)
            cuts = np.cumsum(lens)[:-1]
            lines = [" ".join(words[s]) for s in np.split(toks, cuts)]
            (raw / f"{split}.{side}").write_text("\n".join(lines) + "\n")
    cmd = [
        str(VENV_BIN / "fairseq-preprocess"),
        "--source-lang", "src", "--target-lang", "tgt",
        "--trainpref", str(raw / "train"), "--validpref", str(raw / "valid"),
        "--srcdict", str(raw / "dict.txt"), "--tgtdict", str(raw / "dict.txt"),
        "--destdir", str(bin_dir), "--workers", "2",
    ]  # fmt: skip
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return bin_dir
