"""ModelManager: resolving names, folders and hub ids; one warm model; typed, helpful errors."""

from __future__ import annotations

import shutil

import huggingface_hub.constants
import pytest

from rrsis_qgis.foundation import dependencies
from rrsis_qgis.foundation.errors import (
    CheckpointMismatch,
    DependencyMissing,
    DeviceUnavailable,
    ModelNotFound,
)
from rrsis_qgis.foundation.model_catalog import ModelSpec
from rrsis_qgis.foundation.run_settings import RunSettings
from rrsis_qgis.model_process.model_manager import ModelManager, pick_device, sha256_of


def test_same_source_returns_the_warm_predictor_and_unload_drops_it(tiny_checkpoint):
    manager = ModelManager()
    first = manager.load(str(tiny_checkpoint))
    assert manager.load(str(tiny_checkpoint)) is first
    assert manager.loaded is first
    manager.unload()
    assert manager.loaded is None
    assert manager.load(str(tiny_checkpoint)) is not first


def test_a_weights_file_path_resolves_to_its_checkpoint_folder(tiny_checkpoint):
    assert ModelManager().resolve(str(tiny_checkpoint / "model.safetensors")) == tiny_checkpoint.resolve()


def test_progress_is_reported_while_loading(tiny_checkpoint):
    messages = []
    ModelManager(progress=lambda fraction, message: messages.append((fraction, message))).load(
        str(tiny_checkpoint)
    )
    assert messages[0][0] == 0.0 and messages[-1] == (1.0, f"{tiny_checkpoint} is ready on cpu")


def test_catalogue_name_resolves_and_checks_the_checksum(tiny_checkpoint):
    good = sha256_of(tiny_checkpoint / "model.safetensors")
    catalog = {
        "demo": ModelSpec("demo", "rsrefseg", "tiny", weights=str(tiny_checkpoint), sha256=good),
        "damaged": ModelSpec("damaged", "rsrefseg", "tiny", weights=str(tiny_checkpoint), sha256="0" * 64),
        "untrained": ModelSpec("untrained", "rsrefseg", "needs training"),
    }
    manager = ModelManager(catalog=catalog)
    assert manager.load("demo").name == "demo"
    with pytest.raises(CheckpointMismatch, match="checksum"):
        manager.load("damaged")
    with pytest.raises(ModelNotFound, match="train a checkpoint"):
        manager.load("untrained")


def test_unknown_source_names_what_was_tried():
    with pytest.raises(ModelNotFound, match="neither a local folder or file, nor a registered model"):
        ModelManager().resolve("no such model")


def test_hub_id_is_served_from_a_local_hub_cache(tiny_checkpoint, tmp_path, monkeypatch):
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    revision = "0123456789abcdef0123456789abcdef01234567"
    repo = tmp_path / "models--rrsis--tiny-demo"
    shutil.copytree(tiny_checkpoint, repo / "snapshots" / revision)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(revision)
    manager = ModelManager(cache_dir=tmp_path)
    assert manager.resolve("rrsis/tiny-demo") == repo / "snapshots" / revision
    assert manager.load("rrsis/tiny-demo").name == "rrsis/tiny-demo"


def test_hub_id_offline_and_not_cached_explains_how_to_get_it(tmp_path, monkeypatch):
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    with pytest.raises(ModelNotFound, match="hf download rrsis/not-here"):
        ModelManager(cache_dir=tmp_path).resolve("rrsis/not-here")


def test_missing_package_is_named_with_the_install_command(tiny_checkpoint, monkeypatch):
    monkeypatch.setitem(dependencies.REQUIRED_PACKAGES, "rrsis_no_such_module", "rrsis-no-such-package")
    with pytest.raises(DependencyMissing, match=r"rrsis-no-such-package.*pip install -r"):
        ModelManager().load(str(tiny_checkpoint))
    with pytest.raises(DependencyMissing, match="'rrsis-no-such-package' is not installed"):
        dependencies.require("rrsis_no_such_module")


def test_folder_without_checkpoint_is_not_a_model(tmp_path):
    with pytest.raises(ModelNotFound, match=r"no config\.json"):
        ModelManager().load(str(tmp_path))


def test_auto_picks_the_best_device_this_machine_has_and_cpu_is_always_there():
    import torch

    best = "cuda" if torch.cuda.is_available() else "mps" if torch.backends.mps.is_available() else "cpu"
    assert pick_device("auto") == best
    assert pick_device("cpu") == "cpu"


def test_a_device_this_machine_lacks_is_refused_before_anything_loads(tiny_checkpoint):
    import torch

    absent = f"cuda:{torch.cuda.device_count()}"  # one past the last GPU: cuda:0 where there is none
    manager = ModelManager()
    with pytest.raises(DeviceUnavailable, match=f"no '{absent}' device"):
        manager.load(str(tiny_checkpoint), RunSettings(device=absent))
    assert manager.loaded is None


def _linear_output_dtypes(predictor) -> set:
    """The dtypes that every linear layer of the predictor's networks computes in during one predict."""
    import numpy as np
    import torch

    seen, handles = set(), []
    networks = [value for value in vars(predictor).values() if isinstance(value, torch.nn.Module)]
    for network in networks:
        for module in network.modules():
            if isinstance(module, torch.nn.Linear):
                handles.append(module.register_forward_hook(lambda _m, _i, out: seen.add(out.dtype)))
    predictor.set_image(np.full((48, 64, 3), 120, dtype=np.uint8))
    predictor.predict("all ponds")
    for handle in handles:
        handle.remove()
    return seen


@pytest.mark.parametrize("folder", ["tiny_checkpoint", "tiny_pslg", "tiny_sam3_text", "tiny_rs2sam2"])
def test_every_model_type_computes_in_the_requested_precision(folder, request):
    import torch

    manager, path = ModelManager(), str(request.getfixturevalue(folder))
    exact = manager.load(path, RunSettings(device="cpu", precision="auto"))  # auto: float32 off CUDA
    assert _linear_output_dtypes(exact) == {torch.float32}
    half = manager.load(path, RunSettings(device="cpu", precision="bfloat16"))
    assert half is not exact  # a new load, not the cached one
    assert torch.bfloat16 in _linear_output_dtypes(half)


def test_download_progress_is_reported_in_megabytes_and_as_a_fraction():
    seen = []
    manager = ModelManager(progress=lambda fraction, message: seen.append((fraction, message)))
    bar = manager._tqdm_class("owner/model")(total=3 * 2**20)
    bar.update(2**20)
    bar.close()
    assert seen == [(pytest.approx(1 / 3), "Downloading owner/model: 1.0 of 3.0 MB")]
