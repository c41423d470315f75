"""gIoU, cIoU and Pr@X against hand-computed values, in both conventions, with the empty cases."""

import numpy as np
import pytest

from rrsis_qgis.training.metrics import SegmentationScores, format_table


def _mask(shape, *boxes):
    mask = np.zeros(shape, dtype=bool)
    for top, left, bottom, right in boxes:
        mask[top:bottom, left:right] = True
    return mask


def test_values_on_three_samples_by_hand():
    scores = SegmentationScores()
    # 1) prediction 4x4 inside a 4x8 target: I = 16, U = 32, IoU 0.5
    assert scores.add(_mask((10, 10), (0, 0, 4, 4)), _mask((10, 10), (0, 0, 4, 8))) == 0.5
    # 2) exact match of 9 pixels: IoU 1
    assert scores.add(_mask((5, 5), (1, 1, 4, 4)), _mask((5, 5), (1, 1, 4, 4))) == 1.0
    # 3) disjoint: I = 0, U = 2 + 2
    assert scores.add(_mask((4, 4), (0, 0, 1, 2)), _mask((4, 4), (3, 2, 4, 4))) == 0.0
    summary = scores.summary()
    assert summary["gIoU"] == pytest.approx((0.5 + 1 + 0) / 3)
    assert summary["cIoU"] == pytest.approx((16 + 9 + 0) / (32 + 9 + 4))
    assert summary["Pr@0.5"] == pytest.approx(2 / 3)  # IoU 0.5 counts with >=
    assert summary["Pr@0.9"] == pytest.approx(1 / 3)
    assert summary["n"] == 3
    # The names the RRSIS literature uses for the same numbers.
    assert (summary["mIoU"], summary["oIoU"]) == (summary["gIoU"], summary["cIoU"])
    assert format_table(summary).startswith("| gIoU (mIoU) | cIoU (oIoU) | Pr@0.5 |")


def test_strict_convention_does_not_count_iou_equal_to_the_threshold():
    scores = SegmentationScores(inclusive=False)
    scores.add(_mask((10, 10), (0, 0, 4, 4)), _mask((10, 10), (0, 0, 4, 8)))  # IoU exactly 0.5
    summary = scores.summary()
    assert summary["Pr@0.5"] == 0.0
    assert "IoU > X" in summary["convention"]


def test_empty_target_and_prediction_cases():
    scores = SegmentationScores()
    empty = np.zeros((6, 6), dtype=bool)
    assert scores.add(empty, empty) == 1.0  # correctly nothing
    assert scores.add(_mask((6, 6), (0, 0, 2, 2)), empty) == 0.0  # false alarm
    assert scores.add(empty, _mask((6, 6), (0, 0, 2, 2))) == 0.0  # miss
    summary = scores.summary()
    assert summary["gIoU"] == pytest.approx(1 / 3)
    assert summary["cIoU"] == 0.0  # no intersection anywhere, 8 union pixels


def test_resized_convention_scores_masks_of_different_sizes():
    native = SegmentationScores()
    with pytest.raises(ValueError, match="differ in size"):
        native.add(np.ones((4, 4), bool), np.ones((8, 8), bool))
    resized = SegmentationScores(resize_to=8)
    assert resized.add(_mask((4, 4), (0, 0, 2, 4)), _mask((8, 8), (0, 0, 4, 8))) == 1.0
    assert "resized to 8x8" in resized.summary()["convention"]


def test_table_prints_percentages_and_the_convention():
    scores = SegmentationScores()
    scores.add(np.ones((2, 2), bool), np.ones((2, 2), bool))
    table = format_table(scores.summary())
    assert "| gIoU (mIoU) | cIoU (oIoU) | Pr@0.5" in table and "| 100.00 | 100.00 |" in table
    assert table.endswith("masks scored at native size")
