"""Bad input over the CLI, checkpoints and files: one clear line and a non-zero exit, never a crash, a
hang, a traceback or a silently wrong file."""

from __future__ import annotations

import json
import shlex
import shutil
import signal
import subprocess
import sys

import numpy as np
import pytest
import rasterio
import torch
from rasterio.transform import from_origin

from rrsis_qgis.cli import main
from rrsis_qgis.foundation import dependencies
from rrsis_qgis.foundation.errors import CheckpointMismatch
from rrsis_qgis.foundation.vector_files import SHAPEFILE_PARTS, check_target
from rrsis_qgis.model_process.export import Feature, write_features
from rrsis_qgis.model_process.model_manager import ModelManager
from rrsis_qgis.model_process.tiling import plan_tiles
from tests.conftest import REPO_ROOT
from tests.vector_files import read_vector_file

RGB = str(REPO_ROOT / "tests" / "data" / "rmnp-rgb.tif")
UTM = 'PROJCS["WGS 84 / UTM zone 33N",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",15],PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1]]'  # noqa: E501
SQUARE = "POLYGON ((500000 0,500010 0,500010 10,500000 10,500000 0))"


def _edited_copy(folder, tmp_path, file, path, value):
    """A copy of a checkpoint folder with one value of one of its config files changed."""
    copy = tmp_path / "edited"
    shutil.copytree(folder, copy)
    config_file = copy / file
    config = json.loads(config_file.read_text())
    node = config
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    config_file.write_text(json.dumps(config))
    return copy


@pytest.mark.parametrize(
    ("file", "path", "value", "message"),
    [
        ("config.json", ["text_max_length"], 1_000_000_000, "text_max_length = 1000000000 is out of range"),
        (
            "config.json",
            ["prompter_downsamples"],
            "two",
            "prompter_downsamples = 'two' should be of type int",
        ),
        ("config.json", ["text_max_length"], "sixteen", "text_max_length = 'sixteen' should be of type int"),
        ("config.json", ["lora_dropout"], [0.1], "lora_dropout = [0.1] should be of type float"),
        ("siglip/config.json", ["text_config", "hidden_size"], 10**9, "text_config.hidden_size = 1000000000"),
        ("siglip/config.json", ["vision_config", "num_hidden_layers"], 10**7, "num_hidden_layers = 10000000"),
        (
            "sam2/config.json",
            ["vision_config", "fpn_hidden_size"],
            -5,
            "fpn_hidden_size = -5 is out of range",
        ),
        (
            "siglip/config.json",
            ["text_config", "vocab_size"],
            10**8,
            "vocab_size = 100000000 is out of range",
        ),
    ],
)
def test_a_config_value_out_of_range_or_of_the_wrong_type_is_refused_before_building(
    tiny_backbones, tiny_checkpoint, tmp_path, file, path, value, message
):
    # The checkpoint carries its encoders' configs when they are inside it; put them there for the test.
    folder = tmp_path / "with-backbones"
    shutil.copytree(tiny_checkpoint, folder)
    for name in ("siglip", "sam2"):
        shutil.copytree(tiny_backbones[name], folder / name)
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps({**config, "siglip": "siglip", "sam2": "sam2"}))
    edited = _edited_copy(folder, tmp_path, file, path, value)
    with pytest.raises(CheckpointMismatch, match=message.replace("(", r"\(").replace("[", r"\[")):
        ModelManager().load(str(edited))


def test_sizes_each_in_range_that_would_not_fit_in_memory_are_refused(tiny_backbones, tmp_path):
    folder = tmp_path / "huge"
    shutil.copytree(tiny_backbones["siglip"], folder)
    config = json.loads((folder / "config.json").read_text())
    config["text_config"].update(hidden_size=100_000, num_hidden_layers=4_000, intermediate_size=100_000)
    (folder / "config.json").write_text(json.dumps(config))
    from rrsis_qgis.models.common.backbones import load_siglip

    with pytest.raises(CheckpointMismatch, match=r"needs about \d+ GiB, more than this machine's"):
        load_siglip(folder)


class Payload:  # pickled into a checkpoint: unpickling it would import and build this class
    pass


def test_a_checkpoint_holding_code_is_refused_without_suggesting_to_turn_the_protection_off(
    tiny_checkpoint, tmp_path
):
    folder = tmp_path / "pickled"
    folder.mkdir()
    shutil.copy(tiny_checkpoint / "config.json", folder / "config.json")
    for name in ("siglip", "sam2"):
        if (tiny_checkpoint / name).exists():
            shutil.copytree(tiny_checkpoint / name, folder / name)
    torch.save({"state_dict": {"weight": torch.zeros(1)}, "extra": Payload()}, folder / "model.pt")
    with pytest.raises(
        CheckpointMismatch, match="holds Python code besides tensors, so it is refused"
    ) as error:
        ModelManager().load(str(folder))
    assert "weights_only" not in str(error.value)


def _pickled_component(source, tmp_path, component, with_code=True, keep_safetensors=False):
    """A copy of a model folder whose hub-style component folder holds pytorch_model.bin (torch.save of
    its state dict, as transformers wrote .bin files), with a pickled object besides the tensors when
    ``with_code``."""
    from safetensors.torch import load_file

    folder = tmp_path / f"{source.name}-{component.strip('.')}"
    shutil.copytree(source, folder)
    safetensors_file = folder / component / "model.safetensors"
    state = load_file(safetensors_file)
    if not keep_safetensors:
        safetensors_file.unlink()
    torch.save(
        {**state, "extra": Payload()} if with_code else state, folder / component / "pytorch_model.bin"
    )
    return folder


def test_code_pickled_in_a_hub_component_folder_is_one_line_naming_it(tiny_pslg, tmp_path):
    folder = _pickled_component(tiny_pslg, tmp_path, "detector")
    out = tmp_path / "x.shp"
    result = _cli(
        "segment", "--raster", RGB, "--text", "the lake", "--checkpoint", str(folder), "--out", str(out)
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.strip() == (
        f"rrsis segment: {folder / 'detector' / 'pytorch_model.bin'} holds Python code besides tensors, so "
        "it is refused: rrsis_qgis reads only tensors from such files. Use the model's .safetensors file, or "
        "a checkpoint from a source you trust that holds tensors only."
    )


@pytest.mark.parametrize("component", ["siglip", "sam2"])
def test_code_pickled_in_a_backbone_folder_is_refused_and_safetensors_beside_it_win(
    tiny_backbones, tmp_path, component
):
    """SigLIP and SAM2 as the hub publishes them (the backbones RSRefSeg trains from)."""
    from rrsis_qgis.models.common.backbones import load_sam2, load_siglip

    load = {"siglip": load_siglip, "sam2": load_sam2}[component]
    folder = _pickled_component(tiny_backbones[component], tmp_path, ".")
    with pytest.raises(CheckpointMismatch, match="holds Python code besides tensors") as error:
        load(folder)
    assert "weights_only" not in str(error.value) and str(folder / "pytorch_model.bin") in str(error.value)
    # The hub publishes both files in many folders: only the .safetensors one is read.
    both = _pickled_component(tiny_backbones[component], tmp_path / "both", ".", keep_safetensors=True)
    assert load(both) is not None


def test_a_component_folder_with_clean_pickled_tensors_only_loads_the_same_weights(tiny_pslg, tmp_path):
    """Older hub conversions ship only pytorch_model.bin: read through the one loader, to the same model."""
    from transformers import AutoModelForZeroShotObjectDetection

    from rrsis_qgis.models.common.backbones import pretrained

    folder = _pickled_component(tiny_pslg, tmp_path, "detector", with_code=False)
    published = pretrained(AutoModelForZeroShotObjectDetection, tiny_pslg / "detector").state_dict()
    loaded = pretrained(AutoModelForZeroShotObjectDetection, folder / "detector").state_dict()
    assert published.keys() == loaded.keys()
    assert all(torch.equal(published[name], loaded[name]) for name in published)


def _as_from_a_terminal() -> None:
    """A child's Ctrl-C as a terminal gives it: a job started in the background by a non-interactive
    shell (a CI runner's `cmd &`) inherits SIGINT ignored, and Python then leaves Ctrl-C ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupted_run(command):
    return subprocess.run(
        command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=300, preexec_fn=_as_from_a_terminal
    )


def _cli(*arguments):
    command = [sys.executable, "-m", "rrsis_qgis", *arguments]
    return subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--device", "bogus"], "device must be auto, cpu, mps, cuda or cuda:N, not 'bogus'"),
        (["--device", f"cuda:{torch.cuda.device_count()}"], "this machine has no 'cuda:"),
        (["--simplify", "-3"], "--simplify must be at least 0.0, not -3.0"),
        (["--threshold", "2"], "threshold must be between 0.0 and 1.0"),
        (["--min-pixels", "-1"], "--min-pixels must be at least 0"),
    ],
)
def test_bad_cli_arguments_give_one_line_and_no_traceback(tiny_checkpoint, tmp_path, extra, message):
    out = tmp_path / "x.shp"
    args = ["segment", "--raster", RGB, "--text", "the lake", "--checkpoint", str(tiny_checkpoint)]
    result = _cli(*args, "--out", str(out), *extra)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("signal_name, status", [("SIGINT", 130), ("SIGTERM", 143)])
def test_ctrl_c_or_sigterm_exits_quietly_and_writes_nothing(tiny_checkpoint, tmp_path, signal_name, status):
    out = tmp_path / "lake.shp"
    arguments = ["segment", "--raster", RGB, "--text", "the lake", "--checkpoint", str(tiny_checkpoint)]
    arguments += ["--out", str(out), "--threshold", "0"]
    # The signal arrives as the model starts loading: sent from the run itself, so that a busy machine
    # cannot delay it past the end of the run (as a timer thread waiting for the GIL could).
    script = (
        "import os, signal, sys\n"
        "from rrsis_qgis.cli import main\n"
        "from rrsis_qgis.model_process.model_manager import ModelManager\n"
        "load = ModelManager.load\n"
        "def interrupted(self, *args, **kwargs):\n"
        f"    os.kill(os.getpid(), signal.{signal_name})\n"
        "    return load(self, *args, **kwargs)\n"
        "ModelManager.load = interrupted\n"
        f"sys.exit(main({arguments!r}))"
    )
    result = _interrupted_run([sys.executable, "-c", script])
    assert result.returncode == status, result.stderr
    assert "Traceback" not in result.stderr and "interrupted; nothing was written" in result.stderr
    assert list(tmp_path.iterdir()) == []


def _raster(path, crs="EPSG:32613", nodata=None, value=120):
    profile = dict(driver="GTiff", width=40, height=30, count=3, dtype="uint8", crs=crs, nodata=nodata)
    with rasterio.open(path, "w", transform=from_origin(450000, 4440000, 1, 1), **profile) as dataset:
        dataset.write(np.full((3, 30, 40), value, dtype=np.uint8))
    return path


def test_a_raster_without_a_crs_is_refused_not_written_with_pixel_coordinates(
    tiny_checkpoint, tmp_path, capsys
):
    raster = tmp_path / "plain.tif"
    with rasterio.open(
        raster, "w", driver="GTiff", width=40, height=30, count=3, dtype="uint8"
    ) as dataset:  # no CRS, no georeferencing: what a scanned image or a screenshot gives
        dataset.write(np.full((3, 30, 40), 120, dtype=np.uint8))
    out = tmp_path / "x.shp"
    args = ["segment", "--raster", str(raster), "--text", "the lake", "--checkpoint", str(tiny_checkpoint)]
    assert main([*args, "--out", str(out), "--threshold", "0", "--extent-crs", "EPSG:4326"]) == 2
    assert "plain.tif has no coordinate reference system" in capsys.readouterr().err
    assert not out.exists() and not (tmp_path / "x.prj").exists()


def test_an_all_nodata_view_says_so_instead_of_nothing_found(tiny_checkpoint, tmp_path, capsys):
    raster = _raster(tmp_path / "empty.tif", nodata=0, value=0)
    out = tmp_path / "x.shp"
    args = ["segment", "--raster", str(raster), "--text", "the lake", "--checkpoint", str(tiny_checkpoint)]
    assert main([*args, "--out", str(out)]) == 2
    captured = capsys.readouterr()
    assert "holds no valid pixels (only nodata)" in captured.err and "Nothing found" not in captured.out


def test_a_long_expression_is_kept_whole_in_geopackage_and_the_shapefile_cut_is_said(tmp_path):
    expression = "the " + "very " * 70 + "long white tank"  # 370 bytes
    features = [Feature(SQUARE, {"expression": expression, "score": 0.9})]
    shapefile = write_features(tmp_path / "tanks.shp", features, UTM)
    assert shapefile.notes == [
        "the shapefile keeps only the first 254 bytes of 'expression' (a dBASE limit); GeoPackage or "
        "GeoJSON keep the whole text"
    ]
    for suffix in (".gpkg", ".geojson"):
        written = write_features(tmp_path / f"tanks{suffix}", features, UTM)
        assert read_vector_file(written.path).rows[0][1]["expression"] == expression and written.notes == []


def test_any_existing_file_of_a_shapefile_set_is_protected_and_stale_sidecars_go(tmp_path):
    features = [Feature(SQUARE, {"n": 1})]
    (tmp_path / "x.dbf").write_bytes(b"someone else's table")
    with pytest.raises(FileExistsError, match=r"x\.dbf already exists"):
        write_features(tmp_path / "x.shp", features, UTM)
    assert (tmp_path / "x.dbf").read_bytes() == b"someone else's table"
    (tmp_path / "x.qix").write_bytes(b"an index of the old data")
    write_features(tmp_path / "x.shp", features, UTM, overwrite=True)
    assert not (tmp_path / "x.qix").exists()
    assert len(read_vector_file(tmp_path / "x.shp").rows) == 1


STOPPED_AT_A_STEP = """
import os, signal, sys
from rrsis_qgis.foundation import vector_files
from rrsis_qgis.model_process import export
target, crs, signal_name, stop_at = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
steps = 0
def counted(operation):
    def step(*args, **kwargs):
        global steps
        steps += 1
        if steps == stop_at:  # the signal arrives just before this change to the folder
            os.kill(os.getpid(), getattr(signal, signal_name))
        return operation(*args, **kwargs)
    return step
os.replace, os.unlink, os.rmdir = counted(os.replace), counted(os.unlink), counted(os.rmdir)
features = [
    export.Feature("POLYGON ((0 0,1 0,1 1,0 0))", {"n": 2}),
    export.Feature("POLYGON ((2 2,3 2,3 3,2 2))", {"n": 2}),
]
try:
    export.write_features(target, features, crs, overwrite=True)
except KeyboardInterrupt:
    print("interrupted; written:", [str(path) for path in vector_files.written_files()])
    sys.exit(130)
print("steps:", steps)
"""


def _visible_set(folder):
    return {path.name: path.read_bytes() for path in folder.iterdir() if not path.name.startswith(".")}


def _stopped_write(target, signal_name, step):
    return _interrupted_run(
        [sys.executable, "-c", STOPPED_AT_A_STEP, str(target), UTM, signal_name, str(step)]
    )


@pytest.mark.parametrize("replacing", [True, False], ids=["replacing", "new"])
def test_a_shapefile_write_stopped_at_any_step_leaves_the_whole_old_or_the_whole_new_set(tmp_path, replacing):
    """Ctrl-C, SIGTERM and SIGKILL at every change the move makes to the folder. Ctrl-C and SIGTERM
    wait for the set to be whole and are told truly; SIGKILL may leave no .shp (never a mixed set),
    which the next check of that name completes."""
    reference = tmp_path / "reference"
    reference.mkdir()
    old_set = {}
    if replacing:
        write_features(reference / "x.shp", [Feature(SQUARE, {"n": 1})], UTM)
        old_set = _visible_set(reference)
        shutil.rmtree(reference)
        reference.mkdir()
    whole = _stopped_write(reference / "x.shp", "SIGINT", 0)
    new_set = _visible_set(reference)
    steps = int(whole.stdout.split("steps:")[1])
    assert steps >= len(SHAPEFILE_PARTS)  # every part moves, each one a step
    for signal_name in ("SIGINT", "SIGTERM", "SIGKILL"):
        for step in range(1, steps + 1):
            folder = tmp_path / f"{signal_name}-{step}"
            folder.mkdir()
            for name, content in old_set.items():
                (folder / name).write_bytes(content)
            result = _stopped_write(folder / "x.shp", signal_name, step)
            seen = _visible_set(folder)
            case = f"{signal_name} at step {step}: {result.stderr}"
            if signal_name == "SIGINT":
                assert result.returncode == 130 and "Traceback" not in result.stderr, case
                assert seen == new_set and str(folder / "x.shp") in result.stdout, case
            elif signal_name == "SIGTERM":
                assert result.returncode == -15 and seen == new_set, case
            else:
                assert result.returncode == -9, case
                assert seen in (old_set, new_set) or "x.shp" not in seen, case  # never a mixed set
                check_target(folder / "x.shp", overwrite=True)  # what the next export does first
                assert _visible_set(folder) in (old_set, new_set), case
            leftovers = [path.name for path in folder.iterdir() if path.name.startswith(".")]
            assert leftovers == [], case  # no marker, no staging folder
            if _visible_set(folder) == new_set:
                assert [fields["n"] for _, fields in read_vector_file(folder / "x.shp").rows] == [2, 2]


def test_ctrl_c_while_the_shapefile_moves_in_is_reported_with_what_was_written(tiny_checkpoint, tmp_path):
    out = tmp_path / "lake.shp"
    arguments = ["segment", "--raster", RGB, "--text", "the lake", "--checkpoint", str(tiny_checkpoint)]
    arguments += ["--out", str(out), "--threshold", "0"]
    script = (
        "import os, signal, sys; from rrsis_qgis.cli import main; "
        "from rrsis_qgis.foundation import vector_files; real = vector_files._move_shapefile_set\n"
        "def move(*args):\n"
        "    os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C as the set starts to move in\n"
        "    real(*args)\n"
        "vector_files._move_shapefile_set = move\n"
        f"sys.exit(main({arguments!r}))"
    )
    result = _interrupted_run([sys.executable, "-c", script])
    assert result.returncode == 130, result.stderr
    assert f"interrupted; {out} was written before it stopped" in result.stderr
    assert len(read_vector_file(out).rows) >= 1 and "Traceback" not in result.stderr


def test_an_overlap_that_would_multiply_the_tiles_is_refused():
    with pytest.raises(ValueError, match="keep it between 0 and half the tile"):
        plan_tiles(256, 256, 128, 127)
    assert len(plan_tiles(256, 256, 128, 64)) == 16


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--tile", "0"], "a tile must be at least 64 px a side, not 0"),
        (["--tile", "0", "--overlap", "0"], "a tile must be at least 64 px a side, not 0"),
        (["--tile", "-64"], "a tile must be at least 64 px a side, not -64"),
        (["--tile", "1"], "a tile must be at least 64 px a side, not 1"),
        (["--tile", "256", "--overlap", "200"], "keep it between 0 and half the tile \\(128 px\\)"),
        (["--engine", "ray", "--workers", "0"], "at least one worker"),
        (["--workers", "4"], "--workers only apply to --engine ray"),
        (
            ["--address", "auto", "--gpus-per-worker", "1"],
            "--address, --gpus-per-worker only apply to --engine ray",
        ),
        (["--connect-timeout", "5"], "--connect-timeout only apply to --engine ray"),
        (["--engine", "ray", "--connect-timeout", "0"], "--connect-timeout must be a positive number"),
        (["--engine", "ray", "--connect-timeout", "nan"], "--connect-timeout must be a positive number"),
    ],
)
def test_batch_tiles_and_workers_are_checked_before_any_work(tmp_path, arguments, message):
    """The bounds Processing has (tiles of at least 64 px), checked by the same function, before a raster
    is opened or a job folder made; Ray's options are refused with the local engine, not ignored."""
    out = tmp_path / "out.gpkg"
    command = ["batch", "--raster", RGB, "--text", "the lake", "--model", "synthetic-demo", "--out", str(out)]
    with pytest.raises(ValueError, match=message):
        from rrsis_qgis.cli import build_parser

        args = build_parser().parse_args(command + arguments)
        args.run(args)
    assert list(tmp_path.iterdir()) == []  # no job folder


def test_the_pip_command_shown_is_quoted_for_the_shell(tmp_path, monkeypatch):
    folder = tmp_path / 'odd "name" $(touch pwned) `id`'
    folder.mkdir()
    for name in ("requirements.txt", "constraints.txt"):
        (folder / name).write_text("")
    monkeypatch.setattr(dependencies, "plugin_file", lambda relative: folder / relative)
    command = dependencies.install_command()
    pasted = subprocess.run(
        ["bash", "-c", "printf '%s\\n' " + command.removeprefix(shlex.quote(sys.executable) + " ")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert pasted == shlex.split(command)[1:]
    assert pasted[-3] == str(folder / "requirements.txt") and pasted[-1] == str(folder / "constraints.txt")
    assert not (tmp_path / "pwned").exists()


@pytest.mark.parametrize("content", [b"\xff\xfe\x00{", '{"model_type": "rsrefseg"}'.encode("utf-16")])
def test_a_config_that_is_not_utf8_text_is_named_in_one_line(tiny_checkpoint, tmp_path, content):
    folder = tmp_path / "damaged"
    shutil.copytree(tiny_checkpoint, folder)
    (folder / "config.json").write_bytes(content)
    with pytest.raises(CheckpointMismatch, match=rf"{folder / 'config.json'} is not UTF-8 text \(byte \d+\)"):
        ModelManager().load(str(folder))


def test_a_model_with_nan_weights_says_so_instead_of_finding_nothing(tiny_checkpoint, tmp_path):
    """All weights NaN: not "Nothing found (score 0.000)", which would make a broken model look like an
    empty scene, on one view and on tiles alike."""
    import numpy as np
    from safetensors.numpy import load_file, save_file

    from rrsis_qgis.foundation.model_types import model_type
    from rrsis_qgis.foundation.predictor import Prediction
    from rrsis_qgis.foundation.run_settings import RunSettings
    from rrsis_qgis.model_process.segmenter import Segmenter
    from rrsis_qgis.model_process.tiling import open_tiled_raster, segment_tile
    from rrsis_qgis.protocol.messages import SegmentRequest

    folder = tmp_path / "nan"
    shutil.copytree(tiny_checkpoint, folder)
    tensors = load_file(folder / "model.safetensors")
    save_file(
        {name: np.full_like(t, np.nan) if t.dtype.kind == "f" else t for name, t in tensors.items()},
        folder / "model.safetensors",
    )
    with pytest.raises(CheckpointMismatch, match="gave numbers that are not finite"):
        Segmenter().run(SegmentRequest(RGB, "the lake", str(folder)))

    class NotANumber:
        name = "nan-model"

        def set_image(self, image, key=None):
            self.shape = image.shape[:2]

        def predict_batch(self, texts, *, threshold=0.5):
            nan = np.full(self.shape, np.nan, dtype=np.float32)
            return [Prediction(mask=nan > threshold, probability=nan, score=float("nan")) for _ in texts]

    raster = open_tiled_raster(RGB)
    tile = plan_tiles(raster.width, raster.height, 256, 0)[0]
    with pytest.raises(CheckpointMismatch, match="nan-model gave numbers that are not finite"):
        segment_tile(raster, tile, ["the lake"], NotANumber(), model_type("rsrefseg"), RunSettings())


def test_a_raster_without_the_bands_asked_for_is_skipped_by_name_and_the_job_goes_on(tmp_path, capsys):
    """batch --bands 1,2,3 over a three-band and a one-band raster: the one-band raster is skipped like an
    unreadable one, named, before any tile runs; the job writes the other raster's polygons."""
    import numpy as np
    import rasterio
    from rasterio.transform import from_origin

    from rrsis_qgis.cli import main

    for name, count in (("three.tif", 3), ("one.tif", 1)):
        profile = dict(driver="GTiff", width=128, height=128, count=count, dtype="uint8", crs="EPSG:32613")
        with rasterio.open(
            tmp_path / name, "w", transform=from_origin(450000, 4440000, 1, 1), **profile
        ) as out:
            out.write(np.full((count, 128, 128), 100, dtype=np.uint8))
    rasters = [str(tmp_path / "three.tif"), str(tmp_path / "one.tif")]
    arguments = ["--text", "the lake", "--model", "synthetic-demo", "--bands", "1,2,3", "--tile", "128"]
    status = main(
        ["batch", "--raster", *rasters, *arguments, "--overlap", "0", "--out", str(tmp_path / "o.gpkg")]
    )
    out = capsys.readouterr().out
    assert (
        status == 0
        and f"Skipped {tmp_path / 'one.tif'}: band 3 requested, but the raster has 1 band(s)" in out
    )
    assert (tmp_path / "o.gpkg").is_file() and not (tmp_path / "o.gpkg.job").exists()


def test_escape_sequences_and_control_characters_are_taken_out_before_reading_and_writing(
    painted_model, tmp_path
):
    """A colour escape pasted from a terminal: its "31" is not a count, and neither it nor a zero-width
    space reaches the `expression` attribute; a decomposed accent is composed (NFC)."""
    from rrsis_qgis.model_process.segmenter import Segmenter
    from rrsis_qgis.protocol.messages import SegmentRequest, check_expression
    from tests import referring_scene

    raster = referring_scene.write_tank_scene(tmp_path / "tanks.tif")
    typed = "all \x1b[31mwhite\x1b[0m storage\u200b tanks\x00"
    result = Segmenter().run(SegmentRequest(str(raster), typed, str(painted_model)))
    assert result.expression == "all white storage tanks"
    assert {feature.expression for feature in result.features} == {"all white storage tanks"}
    assert "count: all; attributes: white" in result.notes[0]
    assert check_expression("caf" + "e\u0301") == "caf\u00e9"


def test_a_libraries_error_inside_the_plugins_own_code_is_a_bug_not_the_analysts_mistake():
    """A model that answers with a mask of the wrong size: numpy's broadcast error is raised by an
    operator in tiling.py (no frame of numpy's own), and is still reported as unexpected, to the log."""
    import numpy as np

    from rrsis_qgis.foundation.model_types import model_type
    from rrsis_qgis.foundation.predictor import Prediction
    from rrsis_qgis.foundation.run_settings import RunSettings
    from rrsis_qgis.model_process.tiling import open_tiled_raster, plan_tiles, segment_tile
    from rrsis_qgis.protocol.messages import Failure

    class WrongSize:
        name, image_key = "wrong-size", None

        def set_image(self, image, key=None):
            pass

        def predict_batch(self, texts, *, threshold=0.5):
            mask = np.ones((7, 9), bool)
            return [Prediction(mask=mask, probability=mask.astype(np.float32), score=0.9) for _ in texts]

    raster = open_tiled_raster(RGB)
    tile = plan_tiles(raster.width, raster.height, 256, 0)[0]
    with pytest.raises(ValueError, match="broadcast") as raised:
        segment_tile(raster, tile, ["the lake"], WrongSize(), model_type("rsrefseg"), RunSettings())
    assert Failure.of(raised.value).type == "unexpected"
    with pytest.raises(ValueError) as ours:
        plan_tiles(100, 100, 32, 0)  # the plugin's own check: the analyst's to fix
    assert Failure.of(ours.value).type == "ValueError"
