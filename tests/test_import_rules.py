"""The layers and the two processes of ARCHITECTURE.md, checked on every import statement (function-level
ones included).

foundation <- referring (expressions understood, for both processes) <- protocol <- client (QGIS's side of
the pipe) and the model side: models <- model_process <- batch and training; random_models builds test and
benchmark models on top of models. The QGIS shell (qgis_ui, processing, plugin.py) may import only
foundation, referring, protocol and client; the model side never imports the client or the shell. QGIS and
Qt only in the shell; torch only lazily, and never in referring.
"""

import ast
import json
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

OURS = (
    "foundation",
    "referring",
    "protocol",
    "client",
    "models",
    "model_process",
    "batch",
    "training",
    "random_models",
    "qgis_ui",
    "processing",
    "plugin",
    "cli",
)
QGIS_AND_QT = ("qgis", "PyQt5", "PyQt6")
SHELL = ("qgis_ui", "processing", "plugin")
MODEL_SIDE = ("models", "model_process", "batch", "training", "random_models", "cli")
# package -> what of ours it must never import
FORBIDDEN = {
    "foundation": set(OURS) - {"foundation"},
    "referring": set(OURS) - {"foundation", "referring"},
    "protocol": set(OURS) - {"foundation", "referring", "protocol"},
    "client": set(OURS) - {"foundation", "referring", "protocol", "client"},
    "models": {"protocol", "client", "model_process", "batch", "training", "random_models", *SHELL, "cli"},
    "model_process": {"client", "batch", "training", "random_models", *SHELL, "cli"},
    "batch": {"client", "training", "random_models", *SHELL, "cli"},
    "random_models": {"client", "model_process", "batch", "training", *SHELL, "cli"},
    "training": {"client", "batch", *SHELL, "cli"},
    # The QGIS shell: only what runs in QGIS's own Python.
    "qgis_ui": set(MODEL_SIDE) | {"plugin"},
    "processing": set(MODEL_SIDE) | {"plugin"},
}
# A model type's training hook builds the `tiny` preset (and the benchmark's models) from random weights.
ALLOWED = {("models", "random_models"): "registry_entry.py"}


def _imports(path):
    """(our package or third-party top-level name, line) of every import in ``path``."""
    package_depth = len(path.relative_to(REPO_ROOT / "rrsis_qgis").parts) - 1
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                yield (parts[1] if parts[0] == "rrsis_qgis" and len(parts) > 1 else parts[0]), node.lineno
        elif isinstance(node, ast.ImportFrom):
            module = (node.module or "").split(".")
            if node.level == 0:
                name = module[1] if module[0] == "rrsis_qgis" and len(module) > 1 else module[0]
            elif node.level > package_depth:  # relative import that leaves the package: rrsis_qgis.<x>
                name = module[0] if module[0] else node.names[0].name
            else:
                continue  # inside its own package
            yield name, node.lineno


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_each_layer_imports_only_what_its_process_and_layer_allow(package):
    offenders = []
    paths = sorted((REPO_ROOT / "rrsis_qgis" / package).rglob("*.py"))
    assert paths  # something to check
    for path in paths:
        for name, line in _imports(path):
            allowed_file = ALLOWED.get((package, name))
            shell = package in SHELL
            if (name in QGIS_AND_QT and not shell) or (
                name in FORBIDDEN[package] and path.name != allowed_file
            ):
                offenders.append(f"{path.relative_to(REPO_ROOT)}:{line}: {name}")
    assert offenders == []


def test_the_plugin_entry_imports_only_the_shell_and_the_bottom_layers():
    for entry in ("plugin.py", "__init__.py"):
        imported = {name for name, _line in _imports(REPO_ROOT / "rrsis_qgis" / entry) if name in OURS}
        assert imported <= {"foundation", "processing", "qgis_ui", "plugin"}, entry


def test_what_runs_in_the_models_environment_needs_nothing_of_qgis_python():
    """The model process, the CLI, batch jobs and training run where neither QGIS nor its GDAL bindings
    (osgeo) are installed: no import of them, lazy ones included."""
    package = REPO_ROOT / "rrsis_qgis"
    paths = [package / "cli.py", package / "__main__.py"]
    layers = ("foundation", "referring", "protocol", "models", "model_process", "batch", "training")
    for layer in (*layers, "random_models"):
        paths += sorted((package / layer).rglob("*.py"))
    offenders = [
        f"{path.relative_to(REPO_ROOT)}:{line}: {name}"
        for path in paths
        for name, line in _imports(path)
        if name in (*QGIS_AND_QT, "osgeo")
    ]
    assert offenders == []


def test_foundation_needs_nothing_but_the_standard_library_and_numpy():
    for path in sorted((REPO_ROOT / "rrsis_qgis" / "foundation").glob("*.py")):
        for name, _line in _imports(path):
            assert name in sys.stdlib_module_names or name in ("numpy", "__future__"), (path.name, name)


def test_expressions_are_understood_without_torch_or_a_model():
    allowed = ("numpy", "rasterio", "foundation", "__future__")
    for path in sorted((REPO_ROOT / "rrsis_qgis" / "referring").glob("*.py")):
        for name, _line in _imports(path):
            assert name in sys.stdlib_module_names or name in allowed, (path.name, name)


@pytest.mark.parametrize("package", ["protocol", "client", "model_process"])
def test_torch_is_imported_only_lazily_outside_the_models(package):
    eager = [
        f"{path.name}: {node.names[0].name if isinstance(node, ast.Import) else node.module}"
        for path in sorted((REPO_ROOT / "rrsis_qgis" / package).glob("*.py"))
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, (ast.Import, ast.ImportFrom))
        and ((node.module or "") if isinstance(node, ast.ImportFrom) else node.names[0].name).split(".")[0]
        in ("torch", "transformers", "peft", "safetensors", "huggingface_hub")
    ]
    assert eager == []


LOAD_AND_SEGMENT = """
import json, sys
import numpy as np
from rrsis_qgis.model_process.model_manager import ModelManager
predictor = ModelManager().load(sys.argv[1])
predictor.set_image(np.zeros((32, 32, 3), dtype=np.uint8))
predictor.predict("the pond")
print(json.dumps(sorted(name for name in sys.modules if name.startswith("rrsis_qgis."))))
"""


@pytest.mark.parametrize("folder", ["tiny_checkpoint", "tiny_pslg"])
def test_loading_a_checkpoint_to_segment_never_imports_the_random_models_or_training(folder, request):
    result = subprocess.run(
        [sys.executable, "-c", LOAD_AND_SEGMENT, str(request.getfixturevalue(folder))],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert "rrsis_qgis.models.registry" in loaded  # the load went through the model-type registry
    assert [
        name for name in loaded if name.startswith(("rrsis_qgis.random_models", "rrsis_qgis.training"))
    ] == []
