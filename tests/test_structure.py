"""The project's modules import one another without cycles.

Every import counts, also one deferred into a function body: a cycle hidden that way still means
two modules that cannot be understood, tested or changed apart (models calling services, a
pipeline calling its listeners). Read from the syntax trees, so nothing is imported to check it.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APPS = ["cms", "directory", "curriculum", "textbooks", "review", "selection", "search"]

def module_names():
    modules = {}
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if "migrations" in parts:
                continue
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            modules[name] = path
    return modules


def imported_modules(name, path, modules):
    """Project modules ``name`` imports anywhere in its body (``from x import y`` may name a module y)."""
    is_package = path.name == "__init__.py"
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = name.split(".") if is_package else name.split(".")[:-1]
                package = package[: len(package) - node.level + 1]
                base = ".".join(package + ([node.module] if node.module else []))
            else:
                base = node.module
            candidates = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for candidate in candidates:
            while candidate and candidate not in modules:
                candidate = candidate.rpartition(".")[0]
            if candidate and candidate != name:
                found.add(candidate)
    return found


def import_graph():
    modules = module_names()
    return {name: imported_modules(name, path, modules) for name, path in modules.items()}


def cycles(graph):
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, components = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(frozenset(component))

    for node in graph:
        if node not in index:
            visit(node)
    return set(components)


def test_project_modules_import_each_other_without_cycles():
    assert cycles(import_graph()) == set()


def test_review_pipeline_knows_neither_its_listeners_nor_the_items_owners():
    graph = import_graph()
    assert not {"review.notifications", "review.letters"} & graph["review.services"]
    for model in ("curriculum.models", "textbooks.models"):
        assert not {m for m in graph[model] if m.endswith(".services")}, model
    assert "textbooks.catalogue" not in graph["curriculum.models"]  # a lower app never reaches up


def test_a_cycle_is_detected_also_through_a_deferred_import(tmp_path):
    (tmp_path / "a.py").write_text("import b\n", encoding="utf-8")
    (tmp_path / "b.py").write_text("def f():\n    from a import g\n", encoding="utf-8")
    modules = {"a": tmp_path / "a.py", "b": tmp_path / "b.py"}
    graph = {name: imported_modules(name, path, modules) for name, path in modules.items()}
    assert cycles(graph) == {frozenset({"a", "b"})}
