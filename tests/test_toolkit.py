"""The toolkit as a user meets it: every console script setup.py declares answers --help through
the installed command, and the plugin (`--user-dir fairseq_pskd`) loads none of the tools."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def declared_scripts() -> dict[str, str]:
    """{command: "module:function"} from setup.py's console_scripts, read without running it."""
    tree = ast.parse((REPO / "setup.py").read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                if isinstance(key, ast.Constant) and key.value == "console_scripts":
                    entries = ast.literal_eval(value)
                    return dict(tuple(s.strip() for s in e.split("=")) for e in entries)
    raise AssertionError("setup.py declares no console_scripts")


EXPECTED = {
    "pskd-prepare", "pskd-gettext-corpus", "pskd-score", "pskd-calibrate", "pskd-compare",
    "pskd-sweep", "pskd-store",
}


def test_setup_declares_every_tool():
    assert set(declared_scripts()) == EXPECTED


@pytest.mark.slow
@pytest.mark.parametrize("command", sorted(EXPECTED))
def test_installed_command_answers_help(command):
    exe = BIN / command
    if not exe.exists():
        pytest.fail(f"{exe} is missing: the console scripts are not installed in this environment; "
                    f"rerun `bash scripts/setup.sh` (it installs the package with pip install -e '.[test]')")
    out = subprocess.run([str(exe), "--help"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.startswith("usage: "), out.stdout[:500]
    module = declared_scripts()[command].split(":")[0]
    # the entry point runs this checkout's module, not a stale copy
    where = subprocess.run([str(exe.parent / "python"), "-c", f"import {module}; print({module}.__file__)"],
                           capture_output=True, text=True, timeout=300)
    assert Path(where.stdout.strip().splitlines()[-1]).resolve().is_relative_to(REPO), where.stdout


def _loaded(code: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return ast.literal_eval(out.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_the_plugin_adds_no_plotting_or_scoring_imports():
    """fairseq itself imports parts of sacrebleu; the plugin may add none of it, no matplotlib,
    and none of its own tool subpackages."""
    heavy = "('matplotlib', 'sacrebleu')"
    code = (
        "import sys; import fairseq; "
        f"before = {{m for m in sys.modules if m.split('.')[0] in {heavy}}}; "
        "import fairseq_pskd; "
        f"after = {{m for m in sys.modules if m.split('.')[0] in {heavy}}}; "
        "tools = [m for m in sys.modules if m.startswith(('fairseq_pskd.evaluation', 'fairseq_pskd.data'))]; "
        "print(sorted(after - before) + tools)"
    )
    assert _loaded(code) == []
    # and as fairseq-train loads it: --user-dir
    code = (
        "import sys, argparse; from fairseq import utils; "
        f"utils.import_user_module(argparse.Namespace(user_dir={str(REPO / 'fairseq_pskd')!r})); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib' "
        "or m.startswith(('fairseq_pskd.evaluation', 'fairseq_pskd.data'))))"
    )
    assert _loaded(code) == []
