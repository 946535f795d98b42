"""Every benchmark of benchmarks/ runs end to end at its smallest sizes (`--smoke`) and prints its
tables: a benchmark that no longer runs (an import that moved, an API it calls that changed) fails
here rather than when someone next needs its numbers. What the numbers say is not checked; a
smoke run's sizes are too small to mean anything.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # each one starts the benchmark as a subprocess

REPO = Path(__file__).resolve().parents[1]
BENCHMARKS = sorted(p.name for p in (REPO / "benchmarks").glob("bench_*.py"))
TABLE_RULE = re.compile(r"^\|(?:---\|)+$", re.MULTILINE)  # md_table's second line


def run_smoke(script: str, work: Path) -> subprocess.CompletedProcess:
    work.mkdir(parents=True)
    # its own corpora, stores and temporary directories: two benchmarks running at once must not
    # build the same cached corpus, and pytest removes the lot
    env = dict(os.environ, PSKD_BENCH_DIR=str(work), TMPDIR=str(work), OMP_NUM_THREADS="1",
               MKL_NUM_THREADS="1", PYTHONWARNINGS="ignore")
    env.pop("PSKD_STORE_PY", None)  # the committed store.py, not a patch under test
    return subprocess.run([sys.executable, str(REPO / "benchmarks" / script), "--smoke"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def smoke_runs(request, tmp_path_factory) -> Iterator[dict[str, Future]]:
    """The selected benchmarks' smoke runs, started together and run a few at a time: each uses
    one thread, so on two cores the whole takes about half the time it would one by one."""
    selected = sorted({item.callspec.params["script"] for item in request.session.items
                       if item.module is request.module and hasattr(item, "callspec")})
    root = tmp_path_factory.mktemp("bench")
    pool = ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1)))
    yield {script: pool.submit(run_smoke, script, root / script.removesuffix(".py"))
           for script in selected}
    pool.shutdown(cancel_futures=True)


def test_every_benchmark_is_covered() -> None:
    assert len(BENCHMARKS) >= 10, BENCHMARKS


@pytest.mark.parametrize("script", BENCHMARKS)
def test_benchmark_runs_at_its_smallest_size(script: str, smoke_runs: dict[str, Future]) -> None:
    proc = smoke_runs[script].result()
    assert proc.returncode == 0, f"{script} --smoke exited {proc.returncode}:\n{proc.stderr[-4000:]}"
    assert proc.stdout.startswith("## "), f"{script} printed no header:\n{proc.stdout[:2000]}"
    assert TABLE_RULE.search(proc.stdout), f"{script} printed no table:\n{proc.stdout[-2000:]}"
