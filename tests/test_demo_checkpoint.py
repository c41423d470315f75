"""The shipped demo checkpoint: it follows expressions on synthetic scenes it never saw, and `demo`
turns a synthetic GeoTIFF plus a sentence into a shapefile."""

from __future__ import annotations

from rrsis_qgis.cli import main
from rrsis_qgis.model_process.model_manager import ModelManager
from rrsis_qgis.training.metrics import SegmentationScores
from rrsis_qgis.training.synthetic import generate_sample, generate_scene
from tests.vector_files import read_vector_file

FRESH_SEED = 4242  # the demo was trained on seed 1; these scenes are new to it
# Regression floors, a little under what was measured on these 60 scenes (see the checkpoint README).
MIN_GIOU = 0.80  # the project's target; measured 0.844
MIN_GAIN_OVER_ANOTHER_SENTENCE = 0.6  # measured 0.85 with the scene's own sentence, 0.10 with another


def test_demo_checkpoint_follows_expressions_on_unseen_scenes():
    predictor = ModelManager().load("synthetic-demo")
    scores = SegmentationScores()
    for index in range(60):
        sample = generate_sample(FRESH_SEED, "test", index)
        predictor.set_image(sample.image)
        scores.add(predictor.predict(sample.sentence).mask, sample.mask)
    assert scores.summary()["gIoU"] >= MIN_GIOU


def test_demo_checkpoint_segments_what_the_sentence_says_not_the_same_objects_each_time():
    predictor = ModelManager().load("synthetic-demo")
    own, other = SegmentationScores(), SegmentationScores()
    for index in range(60):
        sentences = generate_scene(FRESH_SEED, "test", index, expressions=2)
        if len(sentences) < 2:
            continue  # a scene with a single referring expression
        first, second = sentences
        predictor.set_image(first.image)
        own.add(predictor.predict(first.sentence).mask, first.mask)
        other.add(predictor.predict(second.sentence).mask, first.mask)
    assert own.summary()["gIoU"] - other.summary()["gIoU"] >= MIN_GAIN_OVER_ANOTHER_SENTENCE


def test_demo_command_writes_a_shapefile(tmp_path, capsys):
    assert main(["demo", "--out", str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    assert "Shapefile:" in printed
    assert len(read_vector_file(tmp_path / "segmentation.shp").rows) >= 1
