"""RunSettings refuses a bad value where it enters, with one line naming the setting."""

from __future__ import annotations

import math

import pytest

from rrsis_qgis.foundation.run_settings import RunSettings


def test_defaults_are_what_an_analyst_gets_without_choosing():
    settings = RunSettings()
    assert (settings.device, settings.precision, settings.threshold) == ("auto", "auto", 0.5)
    assert (settings.min_pixels, settings.simplify_pixels, settings.max_pixels) == (16, 0.0, 4096 * 4096)


@pytest.mark.parametrize(
    "device", ["cpu", "mps", "cuda", "cuda:0", "cuda:3", "gpu", "cuda:x", "CUDA", "cuda:"]
)
def test_a_device_name_is_accepted_exactly_when_torch_knows_it(device):
    """The check where the setting enters agrees with torch, which gets the name much later."""
    import torch

    try:
        torch.device(device)
        torch_knows = True
    except RuntimeError:
        torch_knows = False
    try:
        RunSettings(device=device)
        accepted = True
    except ValueError:
        accepted = False
    assert accepted == torch_knows


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"device": "bogus"}, "device must be auto, cpu, mps, cuda or cuda:N, not 'bogus'"),
        ({"device": "cuda:x"}, "device must be"),
        ({"device": ""}, "device must be"),
        ({"precision": "float16"}, "precision must be one of auto, float32, bfloat16"),
        ({"threshold": 1.5}, "threshold must be between 0.0 and 1.0, not 1.5"),
        ({"threshold": -0.1}, "threshold must be between"),
        ({"threshold": math.nan}, "threshold must be a number"),
        ({"threshold": "0.5"}, "threshold must be a number, not '0.5'"),
        ({"min_pixels": -1}, "min_pixels must be at least 0, not -1"),
        ({"min_pixels": 2.5}, "min_pixels must be a number"),
        ({"simplify_pixels": -3}, "simplify_pixels must be at least 0.0, not -3"),
        ({"max_pixels": 0}, "max_pixels must be at least 1, not 0"),
        ({"max_pixels": True}, "max_pixels must be a number"),
    ],
)
def test_a_bad_value_is_refused_naming_the_setting(values, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        RunSettings(**values)
