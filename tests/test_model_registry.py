"""The one table of model types: every entry's hooks exist, every listed model names a known type, and a
type registered at run time loads through the model manager like a built-in one."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from rrsis_qgis.foundation import model_types
from rrsis_qgis.foundation.errors import CheckpointMismatch
from rrsis_qgis.foundation.model_catalog import CATALOG
from rrsis_qgis.model_process.model_manager import ModelManager, pick_device
from rrsis_qgis.models import registry
from rrsis_qgis.models.common.checkpoint import ModelConfig

LOADING_HOOKS = ("CONFIG", "load_predictor")
TRAINING_HOOKS = ("PRESETS", "MODEL", "PREDICTOR", "build_for_training", "random_model")


@pytest.mark.parametrize("name", sorted(model_types.MODEL_TYPES))
def test_every_model_type_provides_its_documented_hooks(name):
    entry = model_types.MODEL_TYPES[name]
    provided = entry.entry()
    expected = LOADING_HOOKS + (TRAINING_HOOKS if entry.trainable else ())
    assert [hook for hook in expected if not hasattr(provided, hook)] == []
    assert issubclass(provided.CONFIG, ModelConfig) and provided.CONFIG.model_type == name
    if entry.trainable:
        assert provided.PRESETS[0] == "tiny"


def test_every_listed_model_names_a_registered_type():
    assert {spec.model_type for spec in CATALOG.values()} <= set(model_types.MODEL_TYPES)


def test_trainable_types_are_the_ones_train_offers(capsys):
    from rrsis_qgis.cli import build_parser

    def train_accepts(model: str) -> bool:
        try:
            build_parser().parse_args(["train", "--data", "d", "--out", "o", "--model", model])
        except SystemExit:
            return False
        return True

    assert registry.trainable_types() == ["rsrefseg", "rs2sam2"]
    assert [name for name in model_types.MODEL_TYPES if train_accepts(name)] == registry.trainable_types()
    assert "invalid choice: 'pslg'" in capsys.readouterr().err


def test_an_unknown_model_type_is_refused_naming_what_this_version_runs(tmp_path):
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "mystery"}))
    with pytest.raises(CheckpointMismatch, match=r"'mystery' model cannot be run .* rsrefseg"):
        ModelManager().load(str(tmp_path))


def test_the_authors_evf_config_is_an_alias_of_rs2sam2():
    assert model_types.model_type("evf") is model_types.MODEL_TYPES["rs2sam2"]


def test_a_type_registered_at_run_time_loads_with_the_folder_and_settings(tmp_path, monkeypatch):
    monkeypatch.setattr(model_types, "MODEL_TYPES", dict(model_types.MODEL_TYPES))
    seen = []
    registry.register_model_type(
        "constant", lambda context: seen.append(context) or SimpleNamespace(image_key=None)
    )
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "constant"}))
    ModelManager().load(str(tmp_path))
    # "auto" is this machine's best device: the CPU here, a GPU where there is one.
    assert [(context.folder, context.device, context.settings.precision) for context in seen] == [
        (tmp_path.resolve(), pick_device("auto"), "auto")
    ]


def test_a_component_inside_the_checkpoint_wins_over_resolving_it(tmp_path):
    (tmp_path / "sam2").mkdir()
    (tmp_path / "beit3.spm").write_bytes(b"")
    resolved = []

    def resolve(source):
        resolved.append(source)
        return tmp_path / "resolved" / source

    assert registry.find_component(tmp_path, "sam2", resolve) == tmp_path / "sam2"
    assert registry.find_component(tmp_path, "beit3.spm", resolve) == tmp_path / "beit3.spm"
    assert (
        registry.find_component(tmp_path, "facebook/sam2.1-hiera-large", resolve).name == "sam2.1-hiera-large"
    )
    assert resolved == ["facebook/sam2.1-hiera-large"]
