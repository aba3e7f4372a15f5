"""The package's import graph has no module-level cycles, so any module can be imported first."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "draftkit"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def resolve(node: ast.ImportFrom, importer: str, is_package: bool) -> list[str]:
    """The draftkit modules an ImportFrom names: its submodules if they exist, else its base."""
    if node.level:
        base = importer.split(".")
        if not is_package:
            base.pop()
        base = base[: len(base) - (node.level - 1)]
        target = ".".join([*base, node.module] if node.module else base)
    else:
        target = node.module or ""
    names = [f"{target}.{alias.name}" for alias in node.names]
    found = [name for name in names if name in MODULES]
    return found or ([target] if target in MODULES else [])


def imports(name: str) -> tuple[set[str], set[str]]:
    """(module-level, inside functions) draftkit imports; `if TYPE_CHECKING:` blocks don't count."""
    path = MODULES[name]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top: set[str] = set()
    inner: set[str] = set()

    def visit(node: ast.AST, in_function: bool) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                visit(child, in_function)
            return
        found: list[str] = []
        if isinstance(node, ast.Import):
            found = [alias.name for alias in node.names if alias.name in MODULES]
        elif isinstance(node, ast.ImportFrom):
            found = resolve(node, name, path.name == "__init__.py")
        (inner if in_function else top).update(f for f in found if f != name)
        nested = in_function or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        for child in ast.iter_child_nodes(node):
            visit(child, nested)

    visit(tree, False)
    return top, inner


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle as a path `a, b, ..., a`, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def dfs(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (cycle := dfs(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := dfs(node)):
            return cycle
    return None


def test_the_graph_sees_the_package() -> None:
    top, _ = imports("draftkit.cli.app")
    assert len(MODULES) > 40
    assert top, "draftkit.cli.app imports nothing from draftkit? the parser is broken"


def test_no_module_level_import_cycles() -> None:
    graph = {name: imports(name)[0] for name in MODULES}
    cycle = find_cycle(graph)
    assert cycle is None, "module-level import cycle: " + " -> ".join(cycle or [])


def test_no_cycles_through_imports_inside_functions() -> None:
    """Imports deferred into functions keep startup light; they must not hide a cycle."""
    graph = {name: imports(name)[0] | imports(name)[1] for name in MODULES}
    deferred = sum(len(imports(name)[1] - imports(name)[0]) for name in MODULES)
    cycle = find_cycle(graph)
    assert cycle is None, (
        f"import cycle through one of the {deferred} imports inside functions: "
        + " -> ".join(cycle or [])
    )


def test_the_cycle_finder_reports_the_path() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_private_names_are_imported_across_modules() -> None:
    shared: set[tuple[str, str]] = set()
    for path in MODULES.values():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("draftkit"):
                shared |= {
                    (node.module or "", alias.name)
                    for alias in node.names
                    if alias.name.startswith("_") and not alias.name.startswith("__")
                }
    assert not shared, f"make these public in the module that owns them: {shared}"
