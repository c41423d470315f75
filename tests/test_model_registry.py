"""The one table of model types: every entry's hooks exist, every listed model names a known type, and a
type registered at run time loads through the model manager like a built-in one."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from rrsis_qgis.core.model_catalog import CATALOG
from rrsis_qgis.core.model_manager import ModelManager
from rrsis_qgis.foundation.errors import CheckpointMismatch
from rrsis_qgis.models import registry
from rrsis_qgis.models.common.checkpoint import ModelConfig

LOADING_HOOKS = ("CONFIG", "load_predictor")
TRAINING_HOOKS = ("PRESETS", "MODEL", "PREDICTOR", "build_for_training", "random_model")


@pytest.mark.parametrize("name", sorted(registry.MODEL_TYPES))
def test_every_model_type_provides_its_documented_hooks(name):
    entry = registry.MODEL_TYPES[name]
    hooks = entry.hooks()
    expected = LOADING_HOOKS + (TRAINING_HOOKS if entry.trainable else ())
    assert [hook for hook in expected if not hasattr(hooks, hook)] == []
    assert issubclass(hooks.CONFIG, ModelConfig) and hooks.CONFIG.model_type == name
    if entry.trainable:
        assert hooks.PRESETS[0] == "tiny"


def test_every_listed_model_names_a_registered_type():
    assert {spec.model_type for spec in CATALOG.values()} <= set(registry.MODEL_TYPES)


def test_trainable_types_are_the_ones_train_offers():
    from rrsis_qgis.cli import build_parser

    train = build_parser()._subparsers._group_actions[0].choices["train"]
    choices = next(action.choices for action in train._actions if action.dest == "model")
    assert list(choices) == registry.trainable_types() == ["rsrefseg", "rs2sam2"]


def test_an_unknown_model_type_is_refused_naming_what_this_version_runs(tmp_path):
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "mystery"}))
    with pytest.raises(CheckpointMismatch, match=r"'mystery' model cannot be run .* rsrefseg"):
        ModelManager().load(str(tmp_path))


def test_the_authors_evf_config_is_an_alias_of_rs2sam2():
    assert registry.model_type("evf") is registry.MODEL_TYPES["rs2sam2"]


def test_a_type_registered_at_run_time_loads_with_the_folder_and_settings(tmp_path, monkeypatch):
    monkeypatch.setattr(registry, "MODEL_TYPES", dict(registry.MODEL_TYPES))
    seen = []
    registry.register_model_type("constant", lambda context: seen.append(context) or SimpleNamespace())
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "constant"}))
    ModelManager().load(str(tmp_path))
    assert [(context.folder, context.device, context.settings.precision) for context in seen] == [
        (tmp_path.resolve(), "cpu", "auto")
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
