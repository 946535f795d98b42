"""Shared fixtures: a small generated corpus binarized by the real fairseq-preprocess, and helpers
that run the real fairseq command lines and read their logs.

Marking: a test that starts fairseq or any other subprocess, or uses a fixture that does, is
`@pytest.mark.slow` (a module of only such tests: `pytestmark = pytest.mark.slow`), and one that
launches several ranks is `distributed` too; `pytest -m "not slow"` is the fast lane. Enforced below.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_corpus  # noqa: E402

pytest_plugins = ["reference"]

REPO = Path(__file__).resolve().parents[1]
USER_DIR = str(REPO / "fairseq_pskd")
BIN = Path(sys.executable).parent

# a 1+1 layer, d=64 Transformer: learns the generated corpus in seconds on CPU
MODEL_ARGS = [
    "--task", "translation", "--arch", "transformer",
    "--encoder-layers", "1", "--decoder-layers", "1",
    "--encoder-embed-dim", "64", "--decoder-embed-dim", "64",
    "--encoder-ffn-embed-dim", "128", "--decoder-ffn-embed-dim", "128",
    "--encoder-attention-heads", "2", "--decoder-attention-heads", "2",
    "--share-all-embeddings", "--cpu", "--num-workers", "0", "--seed", "1",
    "--log-format", "simple", "--log-interval", "5",
]


# the session fixtures that run fairseq (here and in reference.py)
RUNS_FAIRSEQ = frozenset({"data_bin", "pretrained", "distinct_bin", "uninterrupted", "pskd_run"})
_current: pytest.Item | None = None  # the test being set up or run


def _not_slow(item: pytest.Item | None) -> bool:
    return item is not None and item.get_closest_marker("slow") is None


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Fail a test not marked slow that uses a fixture of RUNS_FAIRSEQ, before that fixture runs;
    `fairseq()` fails one that runs fairseq itself or through a fixture of its own."""
    global _current
    _current = item
    used = sorted(RUNS_FAIRSEQ.intersection(getattr(item, "fixturenames", ())))
    if used and _not_slow(item):
        pytest.fail(f"{item.nodeid} uses {', '.join(used)}, which run fairseq: mark it slow "
                    "(tests/conftest.py's docstring)", pytrace=False)


def fairseq(tool: str, *args: str, cwd: Path | None = None, check: bool = True, env=None,
            fixes: str | None = None):
    """Run a fairseq console script of this environment; returns the CompletedProcess. `fixes`:
    the plugin's fixes asked for (FAIRSEQ_PSKD_FIXES; docs/fairseq-notes.md), none by default."""
    if _not_slow(_current):
        raise AssertionError(f"{_current.nodeid} runs {tool}: mark it slow (tests/conftest.py's docstring)")
    env = dict(os.environ if env is None else env)
    # a developer's own settings must not hide a regression: the plugin loads fairseq checkpoints
    # without torch's switch, and applies no fix a test did not ask for
    env.pop("TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD", None)
    env.pop("FAIRSEQ_PSKD_FIXES", None)
    if fixes is not None:
        env["FAIRSEQ_PSKD_FIXES"] = fixes
    proc = subprocess.run(
        [str(BIN / tool), *map(str, args)], cwd=cwd, capture_output=True, text=True, env=env
    )
    if check and proc.returncode != 0:
        raise AssertionError(
            f"{tool} failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-6000:]}"
        )
    return proc


_STAT = re.compile(r"\| (\w+) \| epoch (\d+) \|(?: valid on '\w+' subset \|)? (.*)$")


def run_until_killed(args, pattern, then=None):
    """Run fairseq-train, SIGKILL it at the first line matching `then` after one matching `pattern`
    (or at `pattern` itself)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD", "FAIRSEQ_PSKD_FIXES")}
    proc = subprocess.Popen(
        [str(BIN / "fairseq-train"), *map(str, args)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    lines, armed = [], False
    for line in proc.stdout:
        lines.append(line)
        armed = armed or bool(re.search(pattern, line))
        if armed and (then is None or re.search(then, line)):
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "".join(lines[-30:])
    return "".join(lines)


def epoch_stats(log: str, split: str = "train") -> dict[int, dict[str, str]]:
    """Per-epoch summary metrics from a `--log-format simple` fairseq-train log, as printed."""
    out: dict[int, dict[str, str]] = {}
    for line in log.splitlines():
        m = _STAT.search(line)
        if m and m.group(1) == split:
            fields = dict(kv.strip().split(" ", 1) for kv in m.group(3).split("|") if kv.strip())
            out[int(m.group(2))] = fields
    return out


@pytest.fixture(scope="session")
def data_bin(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    raw = write_corpus(root / "raw", n_train=1000)
    fairseq(
        "fairseq-preprocess", "--source-lang", "src", "--target-lang", "tgt",
        "--trainpref", raw / "train", "--validpref", raw / "valid", "--testpref", raw / "test",
        "--destdir", root / "bin", "--joined-dictionary", "--workers", "1",
    )
    return root / "bin"


@pytest.fixture(scope="session")
def pretrained(data_bin, tmp_path_factory) -> Path:
    """A label-smoothing model trained until its predictions are sharp and position-specific."""
    save = tmp_path_factory.mktemp("pretrained")
    fairseq(
        "fairseq-train", data_bin, *MODEL_ARGS,
        "--criterion", "label_smoothed_cross_entropy", "--label-smoothing", "0.1",
        "--optimizer", "adam", "--lr", "3e-3", "--lr-scheduler", "inverse_sqrt",
        "--warmup-updates", "20", "--dropout", "0", "--max-tokens", "800", "--max-epoch", "20",
        "--save-dir", save, "--no-epoch-checkpoints", "--no-save-optimizer-state",
    )
    return save / "checkpoint_last.pt"


@pytest.fixture(scope="session")
def distinct_bin(tmp_path_factory) -> Path:
    """48 training sentences of 48 different lengths: fairseq's batches then do not depend on the
    seed it sorts them with, so a resumed run batches exactly like an uninterrupted one."""
    root = tmp_path_factory.mktemp("distinct")
    raw = write_corpus(root / "raw", n_train=48, distinct_lengths=True)
    fairseq(
        "fairseq-preprocess", "--source-lang", "src", "--target-lang", "tgt",
        "--trainpref", raw / "train", "--validpref", raw / "valid",
        "--destdir", root / "bin", "--joined-dictionary", "--workers", "1",
    )
    return root / "bin"


def resume_args(data_bin, save_dir):
    """A short PS-KD run with mid-epoch checkpoints, on the distinct-length corpus."""
    return [
        data_bin, *MODEL_ARGS, "--user-dir", USER_DIR, "--log-interval", "1",
        "--criterion", "pskd", "--pskd-alpha", "0.8", "--pskd-topk", "4", "--label-smoothing", "0.1",
        "--optimizer", "adam", "--lr", "2e-3", "--dropout", "0.1", "--max-tokens", "150",
        "--max-epoch", "3", "--save-interval-updates", "4", "--save-dir", save_dir,
    ]


@pytest.fixture(scope="session")
def uninterrupted(distinct_bin, tmp_path_factory):
    """resume_args run straight through: (save dir, log)."""
    save = tmp_path_factory.mktemp("straight")
    return save, fairseq("fairseq-train", *resume_args(distinct_bin, save)).stdout
