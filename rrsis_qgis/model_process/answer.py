"""The one place where expressions meet a model, for a view of the panel, the CLI, a tile of Processing
or of a batch job: what the model type reads (foundation.model_types) decides how.

A model that reads the program gets each understood expression's program: on a view `referring.refer`
asks the detector for each phrase and the program selects among what it found; on a tiled run every
tile is asked for every phrase (`whole_raster_programs`, `phrases_to_find`) and the program selects
once over the whole raster (`whole_raster.py`). An expression it did not understand goes to it whole,
with a note. A model that reads the sentence gets all sentences in one pass.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..foundation.model_types import ModelType
from ..foundation.predictor import Prediction, Predictor
from ..protocol.messages import AnchorLayer
from ..referring.parse import parse_expression
from ..referring.program import Program
from .raster import RasterWindow
from .referring import refer, understood_note


def answer(
    predictor: Predictor,
    model_type: ModelType,
    window: RasterWindow,
    expressions: list[str],
    threshold: float,
    anchor_layers: tuple[AnchorLayer, ...] = (),
    programs: list[Program] | None = None,
) -> list[tuple[Prediction, list[str]]]:
    """Each expression's prediction on ``window`` (already set on the predictor) and what the analyst
    should know about it, in the order given. ``programs``: each expression's reading as it was shown
    (the panel's, a tiled job's); None: read here."""
    if not model_type.runs_the_program:
        return [(prediction, []) for prediction in predictor.predict_batch(expressions, threshold=threshold)]
    if programs is None:
        programs = [parse_expression(expression) for expression in expressions]
    answers = []
    for expression, program in zip(expressions, programs, strict=True):
        if program.understood:
            answers.append(refer(predictor, program, window, threshold, anchor_layers))
        else:
            answers.append((predictor.predict(expression, threshold=threshold), [understood_note(program)]))
    return answers


def whole_raster_programs(model_type: ModelType, programs: dict[str, Program]) -> dict[str, Program]:
    """Of a tiled run's expressions (with their programs), those whose program runs over the whole
    raster: a model that reads the program, and a program understood. The others are answered on each
    tile alone (`answer`), as a sentence or whole."""
    if not model_type.runs_the_program:
        return {}
    return {expression: program for expression, program in programs.items() if program.understood}


def phrases_to_find(programs: Iterable[Program], layer_phrases: Iterable[str] = ()) -> list[str]:
    """The phrases every tile is asked for, each once: the programs' targets and anchors, less the
    anchors that are layers of the project (a target is always looked for in the image)."""
    programs = list(programs)
    targets = {target for program in programs for target in program.targets}
    skipped = set(layer_phrases) - targets
    phrases: list[str] = []
    for program in programs:
        phrases += [phrase for phrase in program.queries if phrase not in phrases and phrase not in skipped]
    return phrases
