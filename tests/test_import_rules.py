"""The layers of ARCHITECTURE.md, checked on every import statement (function-level ones included).

foundation <- models <- core <- batch and training <- the QGIS shell (qgis_ui, processing); random_models
builds test and benchmark models on top of models. QGIS and Qt only in the shell; torch only lazily in core.
"""

import ast
import json
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

OURS = ("foundation", "models", "core", "batch", "training", "random_models", "qgis_ui", "processing", "cli")
QGIS_AND_QT = ("qgis", "PyQt5", "PyQt6")
# package -> what of ours it must never import
FORBIDDEN = {
    "foundation": set(OURS) - {"foundation"},
    "models": {"core", "batch", "training", "random_models", "qgis_ui", "processing", "cli"},
    "core": {"batch", "training", "random_models", "qgis_ui", "processing", "cli"},
    "batch": {"training", "random_models", "qgis_ui", "processing", "cli"},
    "random_models": {"core", "batch", "training", "qgis_ui", "processing", "cli"},
    "training": {"batch", "qgis_ui", "processing", "cli"},
}
# A model type's training hook builds the `tiny` preset (and the benchmark's models) from random weights.
ALLOWED = {("models", "random_models"): "hooks.py"}


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
def test_each_layer_imports_only_the_layers_below_it_and_never_qgis(package):
    offenders = []
    for path in sorted((REPO_ROOT / "rrsis_qgis" / package).rglob("*.py")):
        for name, line in _imports(path):
            allowed_file = ALLOWED.get((package, name))
            if name in QGIS_AND_QT or (name in FORBIDDEN[package] and path.name != allowed_file):
                offenders.append(f"{path.relative_to(REPO_ROOT)}:{line}: {name}")
    assert offenders == []


def test_what_runs_in_the_models_environment_needs_nothing_of_qgis_python():
    """The model process, the CLI, batch jobs and training run where neither QGIS nor its GDAL bindings
    (osgeo) are installed: no import of them, lazy ones included."""
    package = REPO_ROOT / "rrsis_qgis"
    paths = [package / "worker.py", package / "cli.py"]
    for layer in ("foundation", "models", "core", "batch", "training", "random_models"):
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


LOAD_AND_SEGMENT = """
import json, sys
import numpy as np
from rrsis_qgis.core.model_manager import ModelManager
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
