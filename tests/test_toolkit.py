"""The toolkit as a user meets it: every console script pyproject.toml declares answers --help through
the installed command, the plugin (`--user-dir fairseq_pskd`) loads none of the tools, and the
tools that need no fairseq do not load it (or torch)."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def declared_scripts() -> dict[str, str]:
    """{command: "module:function"} from pyproject.toml's [project.scripts]."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert "scripts" in project, "pyproject.toml declares no [project.scripts]"
    return dict(project["scripts"])


EXPECTED = {
    "pskd-prepare", "pskd-gettext-corpus", "pskd-score", "pskd-calibrate", "pskd-compare", "pskd-store",
}


def test_pyproject_declares_every_tool():
    assert set(declared_scripts()) == EXPECTED


@pytest.mark.slow
@pytest.mark.parametrize("command", sorted(EXPECTED))
def test_installed_command_answers_help(command):
    exe = BIN / command
    if not exe.exists():
        pytest.fail(f"{exe} is missing: the console scripts are not installed in this environment; "
                    f"rerun `bash scripts/setup.sh` (pip install -e '.[tools,test]')")
    out = subprocess.run([str(exe), "--help"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.startswith("usage: "), out.stdout[:500]
    module = declared_scripts()[command].split(":")[0]
    # the entry point runs this checkout's module, not a stale copy
    where = subprocess.run([str(exe.parent / "python"), "-c", f"import {module}; print({module}.__file__)"],
                           capture_output=True, text=True, timeout=300)
    assert Path(where.stdout.strip().splitlines()[-1]).resolve().is_relative_to(REPO), where.stdout


def _loaded(code: str) -> list[str]:
    # from the checkout's root: experiments (the sweep) is not installed, only importable from there
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=REPO)
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
        "tools = [m for m in sys.modules if m.startswith(('pskd_tools.evaluation', 'pskd_tools.data'))]; "
        "print(sorted(after - before) + tools)"
    )
    assert _loaded(code) == []
    # and as fairseq-train loads it: --user-dir
    code = (
        "import sys, argparse; from fairseq import utils; "
        f"utils.import_user_module(argparse.Namespace(user_dir={str(REPO / 'fairseq_pskd')!r})); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib' "
        "or m.startswith(('pskd_tools.evaluation', 'pskd_tools.data'))))"
    )
    assert _loaded(code) == []


def test_the_plugin_needs_only_torch_and_numpy():
    """`pip install fairseq-pskd` (no extra) brings what the criterion imports and nothing of the
    tools'; their dependencies are the `tools` extra."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    names = {d.split(">")[0].split("=")[0].split("<")[0].strip() for d in project["dependencies"]}
    assert names == {"torch", "numpy"}
    tools = {d.split(">")[0].strip() for d in project["optional-dependencies"]["tools"]}
    assert {"sacrebleu", "matplotlib", "sentencepiece", "sacremoses", "tqdm"} <= tools


@pytest.mark.slow
@pytest.mark.parametrize("module", ["pskd_tools.evaluation.compare", "experiments.sweep",
                                    "pskd_tools.evaluation.scoring", "pskd_tools.data.prepare",
                                    "pskd_tools.data.gettext_corpus"])
def test_tools_that_need_no_fairseq_answer_help_without_importing_it(module):
    """What makes `pskd-compare --help` start in a tenth of a second rather than two: neither fairseq
    (and with it the plugin's patches) nor torch nor matplotlib is imported to print the help."""
    code = (
        "import contextlib, io, sys; "
        f"from {module} import main; "
        "buf = io.StringIO()\n"
        "with contextlib.redirect_stdout(buf):\n"
        "    try: main(['--help'])\n"
        "    except SystemExit: pass\n"
        "assert buf.getvalue().startswith('usage: '), buf.getvalue()[:300]\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'fairseq', 'fairseq_pskd', 'torch', 'matplotlib'}))"
    )
    assert _loaded(code) == []
