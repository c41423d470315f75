"""Qt6 readiness of the QGIS shell, shown as far as these machines can (no Qt6 build of QGIS installs
here): a static check for the PyQt5 forms PyQt6 refuses, each rule shown catching its old form."""

from __future__ import annotations

import textwrap

import pytest

from tests.conftest import REPO_ROOT
from tests.qgis.qt6_rules import check_tree, find_problems

SHELL = sorted(
    [
        *(REPO_ROOT / "rrsis_qgis" / "qgis_ui").glob("*.py"),
        *(REPO_ROOT / "rrsis_qgis" / "processing").glob("*.py"),
        REPO_ROOT / "rrsis_qgis" / "plugin.py",
        REPO_ROOT / "rrsis_qgis" / "__init__.py",
    ]
)


def test_the_shell_has_none_of_the_forms_pyqt6_refuses():
    assert len(SHELL) > 10
    assert check_tree(SHELL, REPO_ROOT) == []


# (old form, the rule that must catch it, the Qt5-and-Qt6 form that must pass)
CASES = {
    "unscoped enum": (
        "from qgis.PyQt.QtCore import Qt\nalign = Qt.AlignLeft\n",
        "Qt.AlignLeft unscoped",
        "from qgis.PyQt.QtCore import Qt\nalign = Qt.AlignmentFlag.AlignLeft\n",
    ),
    "unscoped widget enum": (
        "from qgis.PyQt.QtWidgets import QSizePolicy\npolicy = QSizePolicy.Expanding\n",
        "QSizePolicy.Expanding unscoped",
        "from qgis.PyQt.QtWidgets import QSizePolicy\npolicy = QSizePolicy.Policy.Expanding\n",
    ),
    "exec_": ("dialog.exec_()\n", "exec_", "dialog.exec()\n"),
    "QVariant types": (
        "from qgis.PyQt.QtCore import QVariant\nkind = QVariant.String\n",
        "QVariant.String",
        "from qgis.core import Qgis\nif Qgis.QGIS_VERSION_INT < 33800:\n    kind = QVariant.String\n",
    ),
    "QRegExp": (
        "from qgis.PyQt.QtCore import QRegExp\n",
        "QRegExp",
        "from qgis.PyQt.QtCore import QRegularExpression\n",
    ),
    "QAction in QtWidgets": (
        "from qgis.PyQt.QtWidgets import QAction\n",
        "QAction from QtWidgets",
        "try:\n    from qgis.PyQt.QtGui import QAction\nexcept ImportError:\n"
        "    from qgis.PyQt.QtWidgets import QAction\n",
    ),
    "QShortcut in QtWidgets": (
        "from qgis.PyQt.QtWidgets import QLabel, QShortcut\n",
        "QShortcut from QtWidgets",
        "from qgis.PyQt.QtWidgets import QLabel\n",
    ),
    "QDesktopWidget": (
        "from qgis.PyQt.QtWidgets import QDesktopWidget\n",
        "QDesktopWidget",
        "from qgis.PyQt.QtGui import QGuiApplication\nscreens = QGuiApplication.screens()\n",
    ),
    "desktop()": (
        "size = QApplication.desktop().size()\n",
        "QApplication.desktop()",
        "size = screen.size()\n",
    ),
    "QFontMetrics.width": (
        "width = label.fontMetrics().width('text')\n",
        "QFontMetrics.width",
        "width = label.fontMetrics().horizontalAdvance('text')\n",
    ),
    "QMouseEvent.pos": (
        "class Tool:\n    def mousePressEvent(self, event):\n        point = event.pos()\n",
        "QMouseEvent.pos()",
        "class Tool:\n    def mousePressEvent(self, event):\n        point = event.position()\n",
    ),
    "Qt.MidButton": ("button = Qt.MidButton\n", "Qt.MidButton", "button = Qt.MouseButton.MiddleButton\n"),
    "pyqtSignal misuse": (
        "from qgis.PyQt.QtCore import QObject, pyqtSignal\n"
        "class Worker(QObject):\n    def __init__(self):\n        self.done = pyqtSignal()\n",
        "pyqtSignal outside a class body",
        "from qgis.PyQt.QtCore import QObject, pyqtSignal\nclass Worker(QObject):\n    done = pyqtSignal()\n",
    ),
    "direct PyQt5 import": (
        "from PyQt5.QtCore import QTimer\n",
        "direct PyQt import",
        "from qgis.PyQt.QtCore import QTimer\n",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_rule_catches_the_old_form_and_passes_the_portable_one(case):
    old, rule, portable = CASES[case]
    problems = find_problems(textwrap.dedent(old))
    assert [problem for problem in problems if f": {rule}:" in problem], problems
    assert find_problems(textwrap.dedent(portable)) == []


# PyQt6 from the package registry, in a throwaway environment; 6.11 is the newest with its Qt published.
PYQT6 = ("PyQt6==6.11.0", "PyQt6-Qt6==6.11.2")
# qgis.PyQt as QGIS 4 maps it: each module is PyQt6's.
SHIM = {
    "qgis/__init__.py": "",
    "qgis/PyQt/__init__.py": "",
    **{
        f"qgis/PyQt/{module}.py": f"from PyQt6.{module} import *  # noqa\n"
        for module in ("QtCore", "QtGui", "QtWidgets")
    },
}
BUILD_UNDER_PYQT6 = """
import sys
from pathlib import Path
from PyQt6.QtCore import PYQT_VERSION_STR, QT_VERSION_STR
from PyQt6.QtWidgets import QApplication
app = QApplication([])
from rrsis_qgis.client.installer import InstallPlan
from rrsis_qgis.foundation.messages import Message
from rrsis_qgis.qgis_ui.installer import InstallerDialog
from rrsis_qgis.qgis_ui.messages import translated
dialog = InstallerDialog(None, InstallPlan(target=Path(sys.argv[1])))
dialog.show()
app.processEvents()
assert dialog.variant_combo.count() == 3 and dialog.install_button.isEnabled()
assert sys.argv[1] in dialog.status_label.text()
assert translated(Message("Waiting for {holder} to finish…", holder=Message("a Processing run"))) == (
    "Waiting for a Processing run to finish…"
)
print(PYQT_VERSION_STR, QT_VERSION_STR, "PyQt5" in sys.modules)
"""


def test_the_widgets_of_qt_alone_import_and_build_under_pyqt6(tmp_path):
    """What can be shown without a Qt6 QGIS: the shell's code that needs nothing of QGIS (the install
    dialog, the translation of the model side's messages) under PyQt6, offscreen."""
    import os
    import subprocess
    import venv

    environment_folder = tmp_path / "pyqt6"
    venv.create(environment_folder, with_pip=True)
    python = str(environment_folder / "bin" / "python")
    subprocess.run([python, "-m", "pip", "install", "-q", *PYQT6], check=True, timeout=600)
    shim = tmp_path / "shim"
    for relative, text in SHIM.items():
        (shim / relative).parent.mkdir(parents=True, exist_ok=True)
        (shim / relative).write_text(text)
    run = subprocess.run(
        [python, "-c", BUILD_UNDER_PYQT6, str(tmp_path / "runtime")],
        env={**os.environ, "PYTHONPATH": f"{shim}{os.pathsep}{REPO_ROOT}", "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    pyqt, qt, pyqt5_loaded = run.stdout.split()
    assert pyqt.startswith("6.") and qt.startswith("6.") and pyqt5_loaded == "False"
