"""The import graph of the two shipped packages and of `experiments` (the sweep, which is not
shipped), read from their source with `ast` (nothing is imported): no import circle in any of them,
the plugin never imports the tools, neither shipped package ever imports `experiments` (it is not
in the wheel), and no library module imports a command-line module (libraries never import CLIs).

Every import statement counts, wherever it stands: at module level, inside a function (a lazy
import is still a dependency, and a circle through one breaks as soon as the function runs at
import time), under `if TYPE_CHECKING:` (a circle a type checker has to untangle is a layering
mistake all the same). An import names the module it loads: `from . import x` the submodule x,
`from .x import name` the module x; the parent packages that Python initializes on the way are
not edges, or every submodule of a package would sit in a circle with the package's __init__.
"""

from __future__ import annotations

import ast
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHIPPED = ("fairseq_pskd", "pskd_tools")  # the wheel's packages (pyproject.toml)
PACKAGES = (*SHIPPED, "experiments")  # and the repository's experiments, run from a checkout


@dataclass
class Graph:
    files: dict[str, Path] = field(default_factory=dict)  # module -> its file
    packages: set[str] = field(default_factory=set)  # modules that are a package's __init__
    # module -> imported module -> line of the first such import (for the failure message)
    edges: dict[str, dict[str, int]] = field(default_factory=dict)
    # module -> the modules its `from X import main` statements read main from
    main_from: dict[str, list[str]] = field(default_factory=dict)
    has_main_guard: set[str] = field(default_factory=set)

    def where(self, module: str, imported: str) -> str:
        return f"{self.files[module].relative_to(REPO)}:{self.edges[module][imported]}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _resolve(graph: Graph, module: str, node: ast.ImportFrom) -> str:
    """The absolute module a `from ... import` reads from (PEP 328 relative resolution)."""
    if not node.level:
        return node.module or ""
    # a package's __init__ is its own anchor; a plain module's is the package holding it
    anchor = module.split(".") if module in graph.packages else module.split(".")[:-1]
    base = anchor[: len(anchor) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _target(graph: Graph, name: str) -> str | None:
    """The project module `name` loads: itself, else its longest prefix that is a module (`import
    a.b.f` where f is not a module cannot happen, but `from a.b import f` names a.b)."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in graph.files:
            return candidate
        parts.pop()
    return None


def build_graph() -> Graph:
    graph = Graph()
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            name = module_name(path)
            graph.files[name] = path
            if path.name == "__init__.py":
                graph.packages.add(name)
    for module, path in graph.files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        out = graph.edges.setdefault(module, {})

        def add(target: str | None, line: int, module: str = module, out: dict = out) -> None:
            if target is not None and target != module:
                out.setdefault(target, line)

        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    add(_target(graph, alias.name), node.lineno)
            elif isinstance(node, ast.ImportFrom):
                source = _resolve(graph, module, node)
                for alias in node.names:
                    # `from pkg import sub` loads the submodule pkg.sub when there is one
                    sub = f"{source}.{alias.name}"
                    add(sub if sub in graph.files else _target(graph, source), node.lineno)
                    if alias.name == "main" and _target(graph, source):
                        graph.main_from.setdefault(module, []).append(_target(graph, source))
            elif (isinstance(node, ast.If) and isinstance(node.test, ast.Compare)
                  and isinstance(node.test.left, ast.Name) and node.test.left.id == "__name__"):
                graph.has_main_guard.add(module)
    return graph


def find_cycles(graph: Graph, package: str) -> list[list[str]]:
    """One circle per strongly connected component (Tarjan) that holds a module of `package`,
    each as the modules along it, the first repeated at the end."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def connect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.edges.get(v, {}):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            components.append(component)

    for v in sorted(graph.files):
        if v not in index:
            connect(v)
    cycles = []
    for component in components:
        members = set(component)
        if len(component) < 2 or not any(m.split(".")[0] == package for m in component):
            continue
        # a shortest way back to the start, inside the component: the circle to report
        start = min(component)
        paths = {start: [start]}
        frontier = [start]
        cycle = None
        while frontier and cycle is None:
            nxt = []
            for v in frontier:
                for w in sorted(graph.edges[v]):
                    if w == start:
                        cycle = paths[v] + [start]
                        break
                    if w in members and w not in paths:
                        paths[w] = paths[v] + [w]
                        nxt.append(w)
                if cycle:
                    break
            frontier = nxt
        assert cycle is not None
        cycles.append(cycle)
    return cycles


def describe(graph: Graph, cycle: list[str]) -> str:
    return "\n".join(f"  {a} -> {b}   ({graph.where(a, b)})" for a, b in zip(cycle, cycle[1:]))


@pytest.fixture(scope="module")
def graph() -> Graph:
    return build_graph()


def test_the_graph_sees_relative_lazy_and_type_checking_imports() -> None:
    """The resolver on a module of each kind, so that a clean result means what it says."""
    graph = build_graph()
    assert len(graph.files) > 20 and "experiments.sweep" in graph.packages
    # sweep/cli.py: `from . import archive`, `from .grid import ...`
    assert {"experiments.sweep.archive", "experiments.sweep.grid"} <= set(
        graph.edges["experiments.sweep.cli"])
    # sweep/runner.py: `from pskd_tools import PLUGIN_DIR` names the top package's __init__
    assert "pskd_tools" in graph.edges["experiments.sweep.runner"]
    # pskd_tools/evaluation/scoring.py: `from .. import PLUGIN_DIR` names the top package's __init__
    assert "pskd_tools" in graph.edges["pskd_tools.evaluation.scoring"]
    # fairseq_pskd/store.py: `from .fairseq_internals import token_buffer`
    assert "fairseq_pskd.fairseq_internals" in graph.edges["fairseq_pskd.store"]


def test_cycle_finder_reports_a_circle() -> None:
    graph = Graph(files={m: REPO / f"{m}.py" for m in ("pskd_tools.a", "pskd_tools.b", "pskd_tools.c")},
                  edges={"pskd_tools.a": {"pskd_tools.b": 1}, "pskd_tools.b": {"pskd_tools.c": 2},
                         "pskd_tools.c": {"pskd_tools.a": 3}})
    assert find_cycles(graph, "pskd_tools") == [["pskd_tools.a", "pskd_tools.b", "pskd_tools.c",
                                                 "pskd_tools.a"]]
    assert find_cycles(graph, "fairseq_pskd") == []


@pytest.mark.parametrize("package", PACKAGES)
def test_no_import_circle(graph: Graph, package: str) -> None:
    cycles = find_cycles(graph, package)
    assert not cycles, f"{len(cycles)} import circle(s) in {package}:\n" + "\n\n".join(
        describe(graph, c) for c in cycles)


def test_the_plugin_never_imports_the_tools(graph: Graph) -> None:
    # --user-dir fairseq_pskd must not load matplotlib, sacreBLEU or the tools' own code
    found = [f"{m} -> {t} ({graph.where(m, t)})" for m, targets in graph.edges.items()
             if m.startswith("fairseq_pskd") for t in targets if t.startswith("pskd_tools")]
    assert not found, "\n".join(found)


def test_shipped_packages_never_import_experiments(graph: Graph) -> None:
    # experiments/ (the sweep) is not in the wheel: an installed pskd_tools importing it would fail
    found = [f"{m} -> {t} ({graph.where(m, t)})" for m, targets in graph.edges.items()
             if m.split(".")[0] in SHIPPED for t in targets if t.split(".")[0] == "experiments"]
    assert not found, "\n".join(found)


def test_the_wheel_leaves_experiments_out() -> None:
    """pyproject.toml lists the wheel's packages (no automatic discovery, which would pick up
    experiments/ too): every package of the shipped trees, none of experiments, and no console
    script into it."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = {module_name(p.parent / "__init__.py") for package in SHIPPED
               for p in (REPO / package).rglob("__init__.py")}
    assert listed == on_disk
    assert not [t for t in config["project"]["scripts"].values() if t.startswith("experiments")]


def cli_modules(graph: Graph) -> set[str]:
    """The modules that are a command: a console script's module (a package's: the module its
    `main` comes from), the module a package's `__main__` (`python -m PACKAGE`) takes `main` from,
    and every module with a `__name__ == "__main__"` block."""
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    found = set(graph.has_main_guard)
    for module in graph.files:
        if module.endswith(".__main__"):
            found.update(graph.main_from.get(module, []))
    for target in scripts.values():
        module = target.split(":")[0]
        assert module in graph.files, f"console script {target}: no module {module}"
        found.update(graph.main_from.get(module, [module]) if module in graph.packages else [module])
    return found


def test_libraries_never_import_a_command(graph: Graph) -> None:
    clis = cli_modules(graph)
    assert "pskd_tools.evaluation.scoring" in clis and "experiments.sweep.cli" in clis
    # what may import a command: `python -m` entry points, and the package __init__ that a
    # console script or `python -m PACKAGE` names (it re-exports the command's main)
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    entry = {t.split(":")[0] for t in scripts.values()} | {
        m.removesuffix(".__main__") for m in graph.files if m.endswith(".__main__")}
    found = [f"{m} -> {t} ({graph.where(m, t)})" for m, targets in graph.edges.items()
             if m.split(".")[0] in ("pskd_tools", "experiments") and not m.endswith("__main__")
             and m not in entry for t in targets if t in clis]
    assert not found, "library modules import a command-line module:\n" + "\n".join(found)


def _top_level_imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_the_store_format_needs_neither_torch_nor_fairseq(graph: Graph) -> None:
    # the indexed_dataset analogue: a store's files can be checked and read with numpy alone
    closure, todo = set(), ["fairseq_pskd.store_format"]
    while todo:
        module = todo.pop()
        if module not in closure:
            closure.add(module)
            todo.extend(t for t in graph.edges.get(module, {}) if t != "fairseq_pskd")
    heavy = {m: sorted(_top_level_imports(graph.files[m]) & {"torch", "fairseq"}) for m in closure}
    assert not any(heavy.values()), {m: h for m, h in heavy.items() if h}
    assert len(closure) >= 2, closure  # the walk followed its project imports
