"""The Processing algorithm from the command line: qgis_process with the plugin installed by `make deploy`
into a fresh profile, on the synthetic demo scene with the shipped demo model."""

from __future__ import annotations

import os
import shutil
import subprocess

from osgeo import ogr

from tests.conftest import REPO_ROOT


def _qgis_process() -> str:
    # Debian's /usr/bin/qgis_process passes the GUI's --noversioncheck from /etc/default/qgis, which
    # qgis_process rejects; the binary beside it takes the arguments as given.
    binary = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
    assert binary, "qgis_process is missing: `make setup` installs the qgis package"
    return binary


def test_qgis_process_runs_segment_raster_by_text(tmp_path, demo_scene):
    profiles = tmp_path / "profiles-root"
    plugins = profiles / "profiles" / "default" / "python" / "plugins"
    subprocess.run(["make", "-s", "deploy", f"QGIS_PLUGIN_DIR={plugins}"], cwd=REPO_ROOT, check=True)
    environment = {
        **os.environ,
        "QGIS_CUSTOM_CONFIG_PATH": str(profiles),
        "QT_QPA_PLATFORM": "offscreen",
    }
    qgis_process = _qgis_process()
    subprocess.run(
        [qgis_process, "plugins", "enable", "rrsis_qgis"], env=environment, check=True, timeout=120
    )

    scene = demo_scene["path"]  # `make demo`'s
    output = tmp_path / "ponds.gpkg"
    run = subprocess.run(
        [qgis_process, "run", "rrsis:segmentrasterbytext", "--", f"INPUT={scene}", "EXPRESSIONS=all ponds",
         "MODEL=synthetic-demo", "TILE_SIZE=256", "OVERLAP=32", f"OUTPUT={output}"],
        env=environment, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    source = ogr.Open(str(output))  # kept: the layer lives only as long as its data source
    layer = source.GetLayer(0)
    assert layer.GetFeatureCount() >= 1
    assert {layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(5)} >= {"expression", "area_m2"}
