"""What a referring program can say, and how many objects an expression asks for: one list of relations,
positions and orderings that the parser writes, `select` judges and a program refuses to go beyond; one
reading of English number (`parse.is_plural`) for every model, the parser's own."""

from __future__ import annotations

import pytest

from rrsis_qgis.referring import words
from rrsis_qgis.referring.conditions_said import WHY_NOT_JUDGED
from rrsis_qgis.referring.lexicon import LEXICON
from rrsis_qgis.referring.parse import is_plural, parse_expression
from rrsis_qgis.referring.program import ORDERINGS, POSITIONS, UNJUDGED_KINDS, Program, Relation
from rrsis_qgis.referring.select import RELATION_KINDS, Candidate, Frame, select

CANDIDATES = {
    "tank": [Candidate("a", (10, 10, 20, 20), 0.9), Candidate("b", (60, 70, 90, 80), 0.6)],
    "road": [Candidate("r", (0, 40, 100, 50), 0.8)],
    "dam": [Candidate("d", (80, 0, 100, 100), 0.7)],
}


@pytest.mark.parametrize("kind", RELATION_KINDS)
def test_every_relation_is_judged_by_its_own_fit(kind):
    relation = Relation(kind, "road", "dam" if kind == "between" else None)
    selection = select(Program("", "tank", count=None, relations=(relation,)), CANDIDATES, Frame(100, 100))
    # Where no tank meets it the answer is empty and the note names this relation, not another's.
    assert selection.notes in ([], [f"no 'tank' is {relation.describe()}"])
    assert all(0 <= match <= 1 for match in selection.matches.values())


@pytest.mark.parametrize("position", POSITIONS)
def test_every_position_is_judged(position):
    grid = [
        Candidate(f"{x},{y}", (x - 5, y - 5, x + 5, y + 5), 0.5) for x in (10, 50, 90) for y in (10, 50, 90)
    ]
    selection = select(Program("", "tank", position=(position,)), {"tank": grid}, Frame(100, 100))
    assert selection.notes == [] and len(selection.selected) == 1


@pytest.mark.parametrize("ordering", ORDERINGS)
def test_every_ordering_is_judged(ordering):
    program = Program("", "tank", ordering=ordering, relations=(Relation("near", "road"),))
    selection = select(program, CANDIDATES, Frame(100, 100))
    if ordering == "end":  # two tanks: each is an end of their row, and which is meant is not said
        assert len(selection.selected) == 2 and selection.notes == [
            "which end of the row of 'tank' is meant is not said: both ends are kept, remove the other"
        ]
    else:
        assert selection.notes == [] and len(selection.selected) == 1


def test_a_relation_position_or_ordering_not_listed_is_refused_not_judged_as_another():
    with pytest.raises(ValueError, match="unknown relation 'beyond'"):
        Relation("beyond", "road")
    with pytest.raises(ValueError, match="unknown position 'up'"):
        Program("", "tank", position=("up",))
    with pytest.raises(ValueError, match="unknown ordering 'highest'"):
        Program("", "tank", ordering="highest")
    # Past the program's check, select does not fall back to comparing sizes either.
    relation = Relation("near", "road")
    object.__setattr__(relation, "kind", "beyond")
    with pytest.raises(ValueError, match="no fit for the relation 'beyond'"):
        select(Program("", "tank", relations=(relation,)), CANDIDATES, Frame(100, 100))


def test_the_parser_writes_only_what_a_program_can_say():
    kinds = set(words.PHRASES.values()) | set(words.DIRECTION_OF_PLACES.values())
    assert kinds <= set(RELATION_KINDS) and set(words.ORDER_OF_PLACES.values()) <= set(ORDERINGS)
    places = {
        p for entries in LEXICON.phrases.values() for e in entries if e.category == "place" for p in e.value
    }
    assert places <= set(POSITIONS)


# "was ...": what the PSLG grounding's own rule (a quantifier anywhere, or a word ending in s before a
# relation word) answered, before the parser's reading was the one.
@pytest.mark.parametrize(
    "expression",
    [
        "all ships",
        "two white tanks",
        "the red buildings",
        "the red ships left of the pond",
        "the pair of tennis courts",  # was singular: "of" ended the reading before "courts"
        "all on the left",  # not understood, still all
        "those on the left",  # was singular: no plural noun, a plural pronoun
        "the ones on the left",
    ],
)
def test_an_expression_asking_for_several_is_plural(expression):
    assert is_plural(expression)


@pytest.mark.parametrize(
    "expression",
    [
        "the ship near the ponds",
        "the bus",
        "the grass",
        "the one on the left",
        "the canvas tent",  # was plural: any word ending in s counted as a plural noun
        "the ship between the two tanks",  # was plural: the anchor's number counted as the target's
        "the ship near all the tanks",  # was plural too
        "one of the ships",  # singular before too, but the program kept every ship: now the one
        "the largest of the buildings",
    ],
)
def test_an_expression_asking_for_one_is_singular(expression):
    assert not is_plural(expression)


def test_one_of_a_plural_is_one_in_the_program_too():
    assert parse_expression("one of the ships").count == 1
    largest = parse_expression("the largest of the buildings")
    assert (largest.target, largest.count, largest.ordering) == ("building", 1, "largest")
    assert parse_expression("the two largest of the buildings").count == 2


def test_every_colour_a_program_can_name_has_its_test():
    from rrsis_qgis.referring.colours import COLOUR_TESTS
    from rrsis_qgis.referring.program import COLOURS

    assert set(COLOURS) == set(COLOUR_TESTS)


def test_every_kind_of_what_is_not_judged_has_its_reason_to_say():
    assert set(WHY_NOT_JUDGED) == set(UNJUDGED_KINDS)
