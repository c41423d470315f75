"""The one place where expressions meet a model, for a view of the panel, the CLI, a tile of Processing
or of a batch job: what the model type reads (foundation.model_types) decides how.

A model that reads the program gets each understood expression's program (`referring.refer`: the
detector asked for each phrase, the program selecting among what it found); an expression it did not
understand goes to it whole, with a note. A model that reads the sentence gets all sentences in one pass.
"""

from __future__ import annotations

from ..foundation.messages import QT_TRANSLATE_NOOP, Message
from ..foundation.model_types import ModelType
from ..foundation.predictor import Prediction, Predictor
from ..protocol.messages import AnchorLayer
from ..referring.parse import parse_expression
from ..referring.select import ABOUT_THE_INPUT
from .raster import RasterWindow
from .referring import refer, understood_note


def answer(
    predictor: Predictor,
    model_type: ModelType,
    window: RasterWindow,
    expressions: list[str],
    threshold: float,
    anchor_layers: tuple[AnchorLayer, ...] = (),
    per_tile: bool = False,
) -> list[tuple[Prediction, list[str]]]:
    """Each expression's prediction on ``window`` (already set on the predictor) and what the analyst
    should know about it, in the order given. ``per_tile``: the window is one tile of a larger run, and
    a program's count, position, order, size and relations are then judged within the tile, which the
    notes say."""
    if not model_type.runs_the_program:
        return [(prediction, []) for prediction in predictor.predict_batch(expressions, threshold=threshold)]
    answers = []
    for expression in expressions:
        program = parse_expression(expression)
        if program.understood:
            prediction, notes = refer(predictor, program, window, threshold, anchor_layers)
            if per_tile:  # what one tile's selection found or missed is no news about the raster
                about_the_input = [
                    note for note in notes if getattr(note, "template", None) in ABOUT_THE_INPUT
                ]
                notes = [understood_note(program), *about_the_input, *_per_tile_note(program)]
            answers.append((prediction, notes))
        else:
            answers.append((predictor.predict(expression, threshold=threshold), [understood_note(program)]))
    return answers


def _per_tile_note(program) -> list[str]:
    """A note naming the parts of a program that compare a candidate with the rest of its window, which
    on tiles means the rest of its tile; none when there are none."""
    parts = {
        QT_TRANSLATE_NOOP("messages", "count"): program.count is not None,
        QT_TRANSLATE_NOOP("messages", "position"): bool(program.position),
        QT_TRANSLATE_NOOP("messages", "order"): program.ordering is not None,
        QT_TRANSLATE_NOOP("messages", "size"): program.size is not None,
        QT_TRANSLATE_NOOP("messages", "relations"): bool(program.relations),
    }
    within = [Message(name) for name, present in parts.items() if present]
    if not within:
        return []
    # Each part a Message of its own, so that QGIS shows the words in its language too.
    listed = Message(
        ", ".join(f"{{part{index}}}" for index in range(len(within))),
        **{f"part{index}": part for index, part in enumerate(within)},
    )
    # fmt: off
    tiles = QT_TRANSLATE_NOOP("messages",
        "'{expression}' was read on each tile alone: its {parts} apply within each tile, not to the "
        "whole raster")
    # fmt: on
    return [Message(tiles, expression=program.expression, parts=listed)]
