"""The arrow rule of DESIGN.md: core, models and training never import QGIS, Qt or the UI layers."""

import ast

import pytest

from tests.conftest import REPO_ROOT

PURE_PACKAGES = ("core", "models", "training")
FORBIDDEN = ("qgis", "PyQt5", "PyQt6", "qgis_ui", "processing")


def _imported_names(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            yield "." * node.level + (node.module or "")


@pytest.mark.parametrize("package", PURE_PACKAGES)
def test_pure_packages_do_not_import_qgis_or_qt(package):
    offenders = [
        f"{path.relative_to(REPO_ROOT)}: {name}"
        for path in sorted((REPO_ROOT / "rrsis_qgis" / package).rglob("*.py"))
        for name in _imported_names(path)
        if name.lstrip(".").split(".")[0] in FORBIDDEN
    ]
    assert offenders == []


def test_core_imports_torch_only_lazily():
    eager = [
        f"{path.name}: {node.names[0].name if isinstance(node, ast.Import) else node.module}"
        for path in sorted((REPO_ROOT / "rrsis_qgis" / "core").glob("*.py"))
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, (ast.Import, ast.ImportFrom))
        and ((node.module or "") if isinstance(node, ast.ImportFrom) else node.names[0].name).split(".")[0]
        in ("torch", "transformers", "peft", "safetensors", "huggingface_hub")
    ]
    assert eager == []
