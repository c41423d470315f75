"""Typing slips: a word the reading could not place that is one slip (two in a long word) from exactly
one word of the vocabulary is read as that word, and the reading says so; other English words, other
forms of a known word and words too short to tell are left as they were."""

from __future__ import annotations

import json

import pytest

from rrsis_qgis.referring import english_near, spelling
from rrsis_qgis.referring.parse import parse_expression
from rrsis_qgis.referring.program import Program


@pytest.mark.parametrize(
    ("expression", "reading"),
    [
        # from the development splits: "samll" was an object ("above samll"), the tank after it unread
        (
            "the largest gray storage tank on the lower right and it is on the top of a samll white storage "
            "tank",
            (
                "spelled: 'samll' as 'small'; target: storage tank; count: 1; attributes: gray; position: "
                "bottom right; order: largest; relation: above storage tank (white, small)"
            ),
        ),
        (  # a letter left out; two letters swapped
            "The largest storag tank on the lower side of the image.",
            (
                "spelled: 'storag' as 'storage'; target: storage tank; count: 1; position: bottom; order: "
                "largest"
            ),
        ),
        (  # was a detector's query "tricylce"
            "The tricylce parked next to the blue van.",
            "spelled: 'tricylce' as 'tricycle'; target: tricycle; count: 1; relation: near van (blue)",
        ),
        (  # a plural keeps its ending
            "The small vehicels parked near the warehouse.",
            (
                "spelled: 'vehicels' as 'vehicles'; target: vehicle; count: all; attributes: small; "
                "relation: near warehouse"
            ),
        ),
        (  # a key's neighbour struck as well; two slips in a long word
            "the buildding next to the swimming pool with the whtie roof",
            (
                "spelled: 'buildding' as 'building'; spelled: 'whtie' as 'white'; target: building; "
                "count: 1; relation: near swimming pool (white)"
            ),
        ),
        ("the builidng", "spelled: 'builidng' as 'building'; target: building; count: 1"),
        (  # where it is, how it lies and beside what are words of the vocabulary too
            "The windmill positoned in the center, parked diagonaly, adjacnet to the road",
            (
                "spelled: 'positoned' as 'positioned'; spelled: 'diagonaly' as 'diagonally'; spelled: "
                "'adjacnet' as 'adjacent'; target: windmill; count: 1; attributes: diagonal; "
                "position: center; relation: near road"
            ),
        ),
        (  # the plural of a noun's head
            "the baseball diamnods",
            "spelled: 'diamnods' as 'diamonds'; target: baseball field; count: all",
        ),
        # no slip this can tell: another English word, another form of a known one, too short, or a slip
        # of two words alike
        ("the horse near the barn", "target: horse; count: 1; relation: near barn"),
        ("the building centered in the image", "target: building; count: 1; not understood: centered"),
        ("the tanks form a group", "target: storage tank; count: all"),
        ("the raod", "target: raod; count: 1"),
    ],
)
def test_a_typing_slip_is_read_as_the_word_it_slips_from_and_said(expression, reading):
    assert parse_expression(expression).explain() == reading


@pytest.mark.parametrize(
    "word",
    # words of English one slip from a word of the vocabulary (a trawler is no trailer, a cruiser no
    # cruise, terrain no train, Oliver Street no olive street), other forms of known words, a slip of a
    # negation
    [
        *("count", "bench", "benches", "glass", "charging", "rising", "extend", "piles", "centered"),
        *("trawler", "cruiser", "terrain", "oliver", "closed", "boast", "office", "runabout", "roots"),
        "excpet",
    ],
)
def test_a_word_that_may_be_meant_is_not_respelled(word):
    assert spelling.meant(word) is None


def test_the_words_of_english_left_as_typed_were_made_for_this_vocabulary():
    """The list of English words never read as slips (rrsis_qgis/referring/english_near.py) holds for
    the words slips are read as when it was made: a word added to the lexicon may bring new ones. Make
    it again with tools/english_near_words.py (it reads Debian's wamerican word list)."""
    assert spelling.vocabulary_digest() == english_near.VOCABULARY_DIGEST
    assert {"trawler", "terrain"} <= english_near.ENGLISH
    assert spelling.meant("closed") is None  # English, and a slip of both "close" and "closer"


@pytest.mark.parametrize(
    "expression",
    [
        "the cars excpet the whtie one",
        "the planes withuot the samll one",
        "the motorcyles excpet the whtie one",
    ],
)
def test_beside_a_slip_of_a_negation_nothing_is_respelled(expression):
    """ "excpet" is a slip of "except"; reading it so would take a set away on a guess, and reading the
    "whtie" after it as white would keep the white cars it meant to take away: the sentence stays as
    typed, its words named."""
    program = parse_expression(expression)
    assert program.respelled == () and program.partial and not program.colours and not program.size


def test_a_respelled_program_crosses_as_json_and_says_what_was_read_as_what():
    program = parse_expression("the whiet cars")
    assert program.respelled == (("whiet", "white"),) and program.colours == ("white",)
    data = json.loads(json.dumps(program.as_json()))
    assert data["respelled"] == [["whiet", "white"]]
    assert Program.from_json(data) == program
