"""Typing slips: "samll" is read as "small", "stroage tank" as "storage tank", "the tricylce" as "the
tricycle", and the reading says so ("spelled: 'samll' as 'small'"). A slip is a letter left out, two
letters swapped, a letter struck twice or its key's neighbour struck too, or a key's neighbour struck
instead; two of them (no neighbour struck instead) in a word of seven letters or more; the first letter
is kept. A word is read as the one it slips from only when that is one word of the vocabulary's names
and looks (`GIVEN`), when it is no word of English (`english_near.ENGLISH`: "trawler" is no slip of
"trailer", nor "closed" of "closer"), no other form of a known word ("centered"), and when the reading
then places more (`parse.parse_expression`). A slip of an exclusion or a negation of five letters or
more ("excpet", "withuot") is never read as one, and leaves the sentence as typed."""

from __future__ import annotations

import functools
import hashlib
from collections import defaultdict

from .english_near import ENGLISH
from .lexicon import LEXICON, NOUNS
from .words import HEADS, PHRASES, singular

SHORTEST = 5  # shorter words are too often other words one slip away ("form", "from")
TWO_SLIPS = 7  # from this length on, two slips: "builidng" is "building"
# What a slip may be read as: the words that name things, how they look and lie, where they are and
# beside what ("positoned", "adjacnet"); not verbs of motion ("rising" is no slip of "riding"). "relation"
# stands for the words of the relations' phrases.
GIVEN = ("class", "noun", "colour", "size", "shape", "place", "superlative", "ordinal", "collective")
GIVEN += ("part", "image", "state", "orientation", "relation")
NEVER = ("negation", "exclusion")  # what no slip is read as
# Endings that make another form of a word: "centered" is no slip of "centre", nor "extend" of "extends".
ENDINGS = ("ings", "ing", "ed", "es", "s", "ly", "er", "ers", "est", "al")
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEYS = {key: (row, column + 0.25 * row) for row, keys in enumerate(_ROWS) for column, key in enumerate(keys)}


def meant(word: str) -> str | None:
    """The vocabulary's word that ``word`` is a slip of, or None (see the module's docstring). A plural
    keeps its ending: "vehciles" is "vehicles"."""
    return None if word in ENGLISH else respelling(word)


def respelling(word: str) -> str | None:
    """`meant` without the words of English that it leaves as typed (which are made with it: tools/)."""
    if not _may_be_a_slip(word):
        return None
    found = _one_word(word, _index(GIVEN))
    for ending in ("s", "es") if word.endswith("s") else ():
        stem = word[: -len(ending)]
        noun = _one_word(stem, _index(GIVEN)) if len(stem) >= SHORTEST else None
        if noun and found in (None, noun) and (noun in HEADS or LEXICON.of(noun) & set(NOUNS)):
            return noun + ("es" if noun.endswith(("s", "x", "z", "ch", "sh")) else "s")  # "vehciles"
    return found


def slips_from_a_negation(word: str) -> bool:
    """``word`` is a slip of "except", "without", "excluding" and their like ("excpet"; "not" is too short
    to tell)."""
    return _may_be_a_slip(word) and _one_word(word, _index(NEVER)) is not None


def known_word(word: str) -> bool:
    """A word of the vocabulary, or a plural of one."""
    return word in _vocabulary() or singular(word) in _vocabulary()


def vocabulary_digest() -> str:
    """What the words of English left as typed were made for: the words slips are read as, and the rules."""
    said = [*sorted(_index_words(GIVEN)), *sorted(_index_words(NEVER)), str((SHORTEST, TWO_SLIPS, ENDINGS))]
    return hashlib.sha256("\n".join(said).encode()).hexdigest()


def _may_be_a_slip(word: str) -> bool:
    if len(word) < SHORTEST or not (word.isascii() and word.isalpha()) or known_word(word):
        return False
    return not any(stem in _vocabulary() for stem in _stems(word))  # "centered" is a form of "center"


@functools.cache
def _vocabulary() -> frozenset[str]:
    """Every word the lexicon and the relations name."""
    return frozenset({word for phrase in (*PHRASES, *LEXICON.phrases) for word in phrase})


@functools.cache
def _index_words(categories: tuple[str, ...]) -> frozenset[str]:
    named = [
        phrase for phrase, entries in LEXICON.phrases.items() if {e.category for e in entries} & {*categories}
    ]
    named += list(PHRASES) if "relation" in categories else []
    return frozenset(
        word
        for phrase in named
        for word in phrase
        if len(word) >= SHORTEST and word.isascii() and word.isalpha()
    )


@functools.cache
def _index(categories: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each way of leaving out up to two letters of a word of ``categories`` -> those words."""
    index = defaultdict(set)
    for word in _index_words(categories):
        for left in _left_outs(word, 2):
            index[left].add(word)
    return {left: frozenset(words) for left, words in index.items()}


def _left_outs(word: str, most: int) -> set[str]:
    found, last = {word}, {word}
    for _ in range(most):
        last = {w[:i] + w[i + 1 :] for w in last for i in range(1, len(w))}  # the first letter is kept
        found |= last
    return found


def _one_word(word: str, index: dict[str, frozenset[str]]) -> str | None:
    """The one word of ``index`` that ``word`` is a slip of (the fewest slips); None for none or several."""
    near = set().union(*(index.get(left, ()) for left in _left_outs(word, 2)))
    for slips in (1, 2) if len(word) >= TWO_SLIPS else (1,):
        within = [known for known in near if _slips(word, known, slips, slips == 1)]
        if within:
            return within[0] if len(within) == 1 else None
    return None


def _slips(typed: str, known: str, most: int, instead: bool) -> bool:
    """``typed`` is ``known`` with at most ``most`` slips, the first letter kept; a neighbour's key struck
    instead of the right one only if ``instead`` (as a word's only slip: two such make other words)."""
    if typed == known:
        return True
    if most == 0 or typed[0] != known[0]:
        return False
    return any(_slips(rest, known, most - 1, instead) for rest in _one_slip(typed, known, instead))


def _one_slip(typed: str, known: str, instead: bool):
    """What is typed once one slip is undone where it first differs from ``known``."""
    at = next(
        (i for i, (a, b) in enumerate(zip(typed, known, strict=False)) if a != b), min(len(typed), len(known))
    )
    head = typed[:at]
    if at < len(known):  # a letter left out
        yield head + known[at] + typed[at:]
    if at < len(typed) and _struck_beside(typed, at):  # a letter struck twice, or its neighbour too
        yield head + typed[at + 1 :]
    if at + 1 < min(len(typed), len(known)) and typed[at] == known[at + 1] and typed[at + 1] == known[at]:
        yield head + known[at : at + 2] + typed[at + 2 :]  # two letters swapped
    if instead and at < min(len(typed), len(known)) and _beside(typed[at], known[at]):
        yield head + known[at] + typed[at + 1 :]


def _struck_beside(typed: str, at: int) -> bool:
    """The letter at ``at`` is one struck along with a letter beside it: the same, or a key's neighbour."""
    letter = typed[at]
    return any(
        0 <= other < len(typed) and (typed[other] == letter or _beside(letter, typed[other]))
        for other in (at - 1, at + 1)
    )


def _beside(one: str, other: str) -> bool:
    if one not in _KEYS or other not in _KEYS or one == other:
        return False
    (row, column), (other_row, other_column) = _KEYS[one], _KEYS[other]
    return abs(row - other_row) <= 1 and abs(column - other_column) <= 1.0


def _stems(word: str) -> set[str]:
    """The word without an ending that makes another form of it."""
    return {
        word[: -len(ending)] for ending in ENDINGS if word.endswith(ending) and len(word) > len(ending) + 2
    }
