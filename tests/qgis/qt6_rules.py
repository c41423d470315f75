"""A static check of the QGIS shell for what PyQt6 (QGIS 4) no longer accepts, after the PyQt5 -> PyQt6
changes QGIS's migration notes list. Each rule finds the old form in source text; `find_problems`
lists every hit as "file:line: rule: what to write instead". It runs in QGIS's Python (PyQt5): whether a
name such as ``Qt.AlignLeft`` is an enum member left unscoped is asked of PyQt5 itself.

Not covered, because no Qt6 build of QGIS installs here: QGIS's own classes under Qt6 (their enums and
signatures), and behaviour that only shows when the code runs under PyQt6.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from pathlib import Path

QT_MODULES = ("QtCore", "QtGui", "QtWidgets")
MOVED_TO_QTGUI = ("QAction", "QActionGroup", "QShortcut", "QUndoCommand", "QUndoStack")
MOUSE_EVENT_METHODS = ("mousePressEvent", "mouseReleaseEvent", "mouseMoveEvent", "mouseDoubleClickEvent")
VERSION_GUARDS = ("QGIS_VERSION_INT", "PYQT_VERSION", "QT_VERSION")


def find_problems(source: str, filename: str = "<source>") -> list[str]:
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    qt_names = _qt_names(tree)
    found = []
    for node in ast.walk(tree):
        for rule, advice in _rules(node, parents, qt_names):
            found.append(f"{filename}:{node.lineno}: {rule}: {advice}")
    return sorted(set(found), key=lambda line: (int(line.split(":")[1]), line))


def check_tree(paths: list[Path], root: Path) -> list[str]:
    return [
        problem
        for path in paths
        for problem in find_problems(path.read_text(encoding="utf-8"), str(path.relative_to(root)))
    ]


def _qt_names(tree: ast.AST) -> dict[str, object]:
    """The names a module imports from qgis.PyQt.Qt*, bound to PyQt5's objects (None when PyQt5 has no
    such name)."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("qgis.PyQt."):
            module_name = node.module.rsplit(".", 1)[-1]
            if module_name in QT_MODULES:
                module = importlib.import_module(f"qgis.PyQt.{module_name}")
                for alias in node.names:
                    names[alias.asname or alias.name] = getattr(module, alias.name, None)
    return names


def _guarded(node: ast.AST, parents: dict) -> bool:
    """Inside an if/else on the QGIS or Qt version, or the ImportError fallback of a try."""
    child = node
    while child in parents:
        parent = parents[child]
        if isinstance(parent, ast.If) and any(guard in ast.unparse(parent.test) for guard in VERSION_GUARDS):
            return True
        if isinstance(parent, ast.ExceptHandler) and "ImportError" in ast.unparse(
            parent.type or ast.Name("")
        ):
            return True
        child = parent
    return False


def _rules(node: ast.AST, parents: dict, qt_names: dict) -> Iterator[tuple[str, str]]:
    if isinstance(node, ast.ImportFrom):
        module = node.module or ""
        if module.split(".")[0] in ("PyQt5", "PyQt6"):
            yield "direct PyQt import", "import from qgis.PyQt, which QGIS maps to the Qt it runs on"
        if module == "qgis.PyQt.QtWidgets" and not _guarded(node, parents):
            moved = [alias.name for alias in node.names if alias.name in MOVED_TO_QTGUI]
            if moved:
                yield (
                    f"{', '.join(moved)} from QtWidgets",
                    "Qt6 has it in QtGui: try QtGui, with QtWidgets as the ImportError fallback",
                )
        if any(alias.name == "QRegExp" for alias in node.names):
            yield "QRegExp", "removed in Qt6: use QRegularExpression"
        if any(alias.name == "QDesktopWidget" for alias in node.names):
            yield "QDesktopWidget", "removed in Qt6: use QScreen (QGuiApplication.screens())"
    elif isinstance(node, ast.Attribute):
        yield from _attribute_rules(node, parents, qt_names)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr == "width" and _is_font_metrics(node.func.value):
            yield "QFontMetrics.width", "removed in Qt6: use horizontalAdvance()"
        if node.func.attr == "desktop" and not node.args:
            yield "QApplication.desktop()", "removed in Qt6: use QScreen (QGuiApplication.screens())"
        if node.func.attr in ("pos", "globalPos", "x", "y") and _in_mouse_event(node, parents):
            yield f"QMouseEvent.{node.func.attr}()", "removed in PyQt6: use position() / globalPosition()"
    elif isinstance(node, ast.Assign) and _is_signal_call(node.value) and not _in_class_body(node, parents):
        yield "pyqtSignal outside a class body", "a signal is a class attribute of a QObject subclass"


def _attribute_rules(node: ast.Attribute, parents: dict, qt_names: dict) -> Iterator[tuple[str, str]]:
    if node.attr == "exec_":
        yield "exec_", "use exec(), which PyQt5 has too"
    if not isinstance(node.value, ast.Name):
        return
    owner = node.value.id
    if owner == "Qt" and node.attr in ("MidButton", "TextColorRole", "BackgroundColorRole"):
        yield (
            f"Qt.{node.attr}",
            "renamed in Qt6: MouseButton.MiddleButton, ItemDataRole.ForegroundRole/BackgroundRole",
        )
    if owner == "QVariant" and node.attr != "Type" and not _guarded(node, parents):
        yield f"QVariant.{node.attr}", "QVariant's types are gone in PyQt6: use QMetaType.Type (QGIS >= 3.38)"
    cls = qt_names.get(owner)
    value = getattr(cls, node.attr, None) if cls is not None else None
    if value is not None and type(type(value)).__name__ == "enumtype" and not _guarded(node, parents):
        scope = type(value).__name__
        yield f"{owner}.{node.attr} unscoped", f"PyQt6 enums are scoped: write {owner}.{scope}.{node.attr}"


def _is_font_metrics(node: ast.AST) -> bool:
    if isinstance(node, ast.Call):
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        return name in ("fontMetrics", "QFontMetrics", "QFontMetricsF")
    return False


def _in_mouse_event(node: ast.AST, parents: dict) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.FunctionDef):
            return node.name in MOUSE_EVENT_METHODS
    return False


def _is_signal_call(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and ast.unparse(node.func).split(".")[-1] == "pyqtSignal"


def _in_class_body(node: ast.AST, parents: dict) -> bool:
    return isinstance(parents.get(node), ast.ClassDef)
