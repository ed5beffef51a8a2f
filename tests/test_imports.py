"""Imports run one way, from the CLI down to extraction and storage: no import cycle between modules."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).parent.parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph() -> dict[str, set[str]]:
    files = {_module_name(p): p for pkg in ("monitor", "storage") for p in (ROOT / pkg).rglob("*.py")}
    graph = {}
    for name, path in files.items():
        deps = set()
        # Every import counts, also those inside functions and under TYPE_CHECKING: a lazy import
        # hides a cycle from the interpreter, not from the reader.
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    deps.add(sub if sub in files else node.module)
            elif isinstance(node, ast.Import):
                deps.update(alias.name for alias in node.names)
        graph[name] = {d for d in deps if d in files and d != name}
    return graph


def _cycle_from(start: str, graph: dict[str, set[str]]) -> list[str] | None:
    path, on_path, done = [], set(), set()

    def visit(node: str) -> list[str] | None:
        path.append(node)
        on_path.add(node)
        for dep in sorted(graph[node]):
            if dep in on_path:
                return path[path.index(dep):] + [dep]
            if dep not in done and (found := visit(dep)):
                return found
        path.pop()
        on_path.discard(node)
        done.add(node)
        return None

    return visit(start)


def test_no_two_modules_import_each_other():
    graph = _import_graph()
    assert "monitor.cli" in graph and "monitor.daily" in graph  # the walk found the package
    cycles = [c for name in sorted(graph) if (c := _cycle_from(name, graph))]
    assert not cycles, "import cycle: " + " -> ".join(cycles[0])


def test_the_checker_sees_a_cycle():
    assert _cycle_from("a", {"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
