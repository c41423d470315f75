"""The installer builds the models' own virtual environment: real venv and pip runs, against a local folder
of tiny wheels built by the test."""

from __future__ import annotations

import base64
import hashlib
import subprocess
import threading
import zipfile

import pytest

from rrsis_qgis.client import installer
from rrsis_qgis.client.environment import Runtime
from rrsis_qgis.client.installer import Installation, InstallPlan, runtime_python


def _wheel(folder, name, version, requires=()):
    """A minimal pure-Python wheel: one module that knows its version."""
    module = name.replace("-", "_")
    dist_info = f"{module}-{version}.dist-info"
    files = {
        f"{module}/__init__.py": f"VERSION = {version!r}\n",
        f"{dist_info}/METADATA": "Metadata-Version: 2.1\n"
        f"Name: {name}\nVersion: {version}\n" + "".join(f"Requires-Dist: {r}\n" for r in requires),
        f"{dist_info}/WHEEL": "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\n"
        "Tag: py3-none-any\n",
    }
    record = []
    for path, text in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()
        record.append(f"{path},sha256={digest},{len(text.encode())}")
    files[f"{dist_info}/RECORD"] = "\n".join([*record, f"{dist_info}/RECORD,,"]) + "\n"
    with zipfile.ZipFile(folder / f"{module}-{version}-py3-none-any.whl", "w") as wheel:
        for path, text in files.items():
            wheel.writestr(path, text)


@pytest.fixture
def wheels(tmp_path):
    folder = tmp_path / "wheels"
    folder.mkdir()
    _wheel(folder, "rrsis-dummy-a", "1.0", requires=["rrsis-dummy-b"])
    _wheel(folder, "rrsis-dummy-b", "1.0")
    _wheel(folder, "rrsis-dummy-b", "2.0")
    return folder


def _plan(tmp_path, wheels, requirement):
    (tmp_path / "requirements.txt").write_text(requirement + "\n")
    (tmp_path / "constraints.txt").write_text("rrsis-dummy-b==1.0\n")
    return InstallPlan(
        target=tmp_path / "profile" / "rrsis_qgis" / "runtime",
        requirements=tmp_path / "requirements.txt",
        constraints=tmp_path / "constraints.txt",
        extra_pip_arguments=["--no-index", "--find-links", str(wheels)],
    )


def _run_in(target, code: str) -> str:
    runtime = Runtime(str(runtime_python(target)))
    return subprocess.run(
        [runtime.python, "-c", code], env=runtime.environment(), capture_output=True, text=True, check=True
    ).stdout


def test_installs_an_environment_honouring_the_constraints(tmp_path, wheels):
    plan = _plan(tmp_path, wheels, "rrsis-dummy-a")
    lines = []
    assert Installation(plan, lines.append).run()
    assert not plan.staging.exists()
    assert any("Successfully installed" in line for line in lines)
    # What the model process sees: the environment's Python, moved into place after it was built.
    version, path = _run_in(plan.target, "import rrsis_dummy_b as b; print(b.VERSION, b.__file__)").split()
    assert version == "1.0"  # constraints.txt pins it, though 2.0 is on offer
    assert path.startswith(str(plan.target))
    assert Runtime(str(runtime_python(plan.target))).missing_packages(["rrsis_dummy_a", "absent"]) == [
        "absent"
    ]


def test_the_environment_has_none_of_the_packages_qgis_python_has(tmp_path, wheels):
    plan = _plan(tmp_path, wheels, "rrsis-dummy-a")
    assert Installation(plan).run()
    seen = _run_in(
        plan.target,
        "import importlib.util as u; print([u.find_spec(n) is None for n in ('numpy', 'qgis', 'osgeo')])",
    )
    assert seen.strip() == "[True, True, True]"  # its numpy (from torch's wheels) would be its own


def test_a_failing_install_reports_pips_error_and_changes_nothing(tmp_path, wheels):
    plan = _plan(tmp_path, wheels, "rrsis-dummy-missing")
    installation = Installation(plan)
    assert not installation.run()
    assert "No matching distribution found for rrsis-dummy-missing" in installation.error_summary()
    assert not plan.target.exists() and not plan.staging.exists()


def test_cancel_leaves_no_half_installed_package(tmp_path, wheels):
    plan = _plan(tmp_path, wheels, "rrsis-dummy-a")
    assert Installation(plan).run()  # an earlier install stays as it was
    before = sorted(path.name for path in plan.target.iterdir())

    started = threading.Event()
    installation = Installation(plan, lambda line: started.set())
    result = {}
    worker = threading.Thread(target=lambda: result.setdefault("ok", installation.run()))
    worker.start()
    started.wait(30)
    installation.cancel()
    worker.join(60)
    assert result["ok"] is False and installation.cancelled
    assert sorted(path.name for path in plan.target.iterdir()) == before
    assert not plan.staging.exists()


def test_an_upgrade_whose_final_move_fails_puts_the_old_packages_back(tmp_path, wheels, monkeypatch):
    plan = _plan(tmp_path, wheels, "rrsis-dummy-a")
    assert Installation(plan).run()
    before = sorted(path.name for path in plan.target.iterdir())
    real_replace = installer.os.replace

    def replace(source, destination):  # moving the new folder in fails, as on a full or locked disk
        if str(source) == str(plan.staging):
            raise NotADirectoryError(20, "Not a directory", str(destination))
        return real_replace(source, destination)

    monkeypatch.setattr(installer.os, "replace", replace)
    installation = Installation(plan)
    assert installation.run() is False  # a failed state, never an exception in the dialog's thread
    assert "could not be completed: NotADirectoryError" in installation.error_summary()
    assert sorted(path.name for path in plan.target.iterdir()) == before
    assert not plan.staging.exists() and not (plan.target.parent / "runtime.old").exists()


def test_an_install_into_an_impossible_place_fails_cleanly(tmp_path, wheels):
    plan = _plan(tmp_path, wheels, "rrsis-dummy-a")
    plan.target.parent.parent.mkdir(parents=True)
    plan.target.parent.write_text("a file where the plugin's folder belongs")
    installation = Installation(plan)
    assert installation.run() is False
    assert "could not be completed" in installation.error_summary()
