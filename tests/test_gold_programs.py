"""The parser against 451 programs written by hand for real expressions of the development splits
(tests/data/gold_programs.jsonl, described in tests/data/GOLD.md): what it reads must be what a careful
reader wrote, and a sentence the reader found only partly expressible must never read as understood."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rrsis_qgis.referring.parse import parse_expression

GOLD = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "gold_programs.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
]
QUALITIES = {
    "count": 1,
    "colours": [],
    "size": None,
    "shape": None,
    "position": [],
    "ordering": None,
    "rank": 1,
}
# The readings the parser is allowed to miss: typing errors the reader read as meant ("samll", "tow",
# "while" for white), where the parser reports the word instead, and a plural the reader found ambiguous.
AGREEMENT = 0.95


def _qualities(source: dict) -> dict:
    view = {name: source.get(name, default) for name, default in QUALITIES.items()}
    for name in ("colours", "position"):
        view[name] = sorted(view[name])  # "the right of the bottom" and "bottom right" are one place
    return view


def _relations(relations) -> list:
    return [
        (
            relation["kind"],
            relation["anchor"],
            relation.get("second_anchor"),
            relation.get("distance_m"),
            _qualities(relation.get("anchor_qualifiers") or {}),
        )
        for relation in relations
    ]


def gold_reading(row: dict) -> dict:
    return {
        "target": row["target"],
        **_qualities(row),
        "relations": _relations(row.get("relations", [])),
        "excluded": len(row.get("excluded", [])),
        "partial": bool(row.get("unread")),
    }


def our_reading(text: str) -> dict:
    program = json.loads(json.dumps(parse_expression(text).as_json()))  # as it crosses: lists, not tuples
    return {
        "target": program["target"],
        **_qualities(program),
        "relations": _relations(program["relations"]),
        "excluded": len(program["excluded"]),
        "partial": bool(program["unread"]) or not program["understood"],
    }


def test_the_gold_set_is_from_the_development_splits_only():
    splits = {row["source"].split("|")[0] for row in GOLD}
    assert len(GOLD) >= 400 and splits == {"RRSIS-D/train", "RRSIS-D/val", "RSVG-HR/train"}


def test_the_parser_reads_the_gold_programs():
    differences = {}
    for row in GOLD:
        gold, ours = gold_reading(row), our_reading(row["text"])
        if gold != ours:
            differences[row["text"]] = {
                name: (gold[name], ours[name]) for name in gold if gold[name] != ours[name]
            }
    agreement = 1 - len(differences) / len(GOLD)
    assert agreement >= AGREEMENT, json.dumps(differences, indent=1)


@pytest.mark.parametrize("row", [row for row in GOLD if row.get("unread")], ids=lambda row: row["text"][:60])
def test_a_sentence_the_reader_could_not_fully_express_is_never_read_as_understood(row):
    assert our_reading(row["text"])["partial"]
