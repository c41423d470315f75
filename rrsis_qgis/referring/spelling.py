"""Typing slips in a word the reading could not place: "samll" is read as "small", "stroage tank" as
"storage tank", and the reading says so ("spelled: 'samll' as 'small'"). A word is respelled only when
it is no word of the vocabulary, one slip from exactly one word of it, and that word is then read where
the slip was not. A slip is a letter left out, two letters swapped, a letter struck twice or its key's
neighbour struck too, or a key's neighbour struck instead; two of them in a long word. A slip that gives
another English word ("count" for "court") is no slip this can tell: the first letter is kept, and a
word that could be either of two is left unread."""

from __future__ import annotations

import functools
from collections import defaultdict

from . import words as words_module
from .lexicon import LEXICON
from .words import PHRASES, singular

SHORTEST = 5  # shorter words are too often other words one slip away ("form", "from")
TWO_SLIPS = 7  # from this length on, two slips: "builidng" is "building"
# What a slip may be read as: the words that name things and how they look and lie, not verbs ("rising"
# is no slip of "riding").
GIVEN = ("class", "noun", "colour", "size", "shape", "place", "superlative", "ordinal", "collective")
GIVEN += ("part", "image")
# Endings that make another form of a word: "centered" is no slip of "centre", nor "extend" of "extends".
ENDINGS = ("ings", "ing", "ed", "es", "s", "ly", "er", "ers", "est", "al")
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEYS = {key: (row, column + 0.25 * row) for row, keys in enumerate(_ROWS) for column, key in enumerate(keys)}


@functools.cache
def _vocabulary() -> frozenset[str]:
    """Every word the reading knows: the lexicon's, the relations', and those its rules name."""
    words = {word for phrase in PHRASES for word in phrase}
    for phrase in LEXICON.phrases:
        words |= set(phrase)
    for value in vars(words_module).values():
        if isinstance(value, (set, frozenset, tuple, list)) and all(isinstance(item, str) for item in value):
            words |= {word for item in value for word in item.split()}
    return frozenset(words)


@functools.cache
def _deletions_index() -> dict[str, frozenset[str]]:
    """Each way of leaving out up to two letters of a word one may respell into -> those words."""
    given = {
        word
        for phrase, entries in LEXICON.phrases.items()
        if any(entry.category in GIVEN for entry in entries)
        for word in phrase
    }
    index = defaultdict(set)
    for word in given:
        if len(word) >= SHORTEST - 1 and word.isascii() and word.isalpha():
            for left in _left_outs(word, 2):
                index[left].add(word)
    return {left: frozenset(words) for left, words in index.items()}


def _left_outs(word: str, most: int) -> set[str]:
    found, last = {word}, {word}
    for _ in range(most):
        last = {w[:i] + w[i + 1 :] for w in last for i in range(1, len(w))}  # the first letter is kept
        found |= last
    return found


def respelled(word: str) -> str | None:
    """The vocabulary's word that ``word`` is a slip of, or None: known, too short, no slip of one word,
    or of two alike. A plural keeps its ending: "vehciles" is "vehicles"."""
    if len(word) < SHORTEST or not (word.isascii() and word.isalpha()) or known_word(word):
        return None
    if any(stem in _vocabulary() for stem in _stems(word)):
        return None  # another form of a known word: "centered" is no slip of "centre"
    for ending in ("s", "es") if word.endswith("s") else ():
        known = _one_word(word[: -len(ending)]) if len(word) - len(ending) >= SHORTEST else None
        if known:  # its plural
            return known + ("es" if known.endswith(("s", "x", "z", "ch", "sh")) else "s")
    return _one_word(word)


def known_word(word: str) -> bool:
    """A word of the vocabulary, or a plural of one."""
    return word in _vocabulary() or singular(word) in _vocabulary()


def _one_word(word: str) -> str | None:
    if word in _vocabulary():
        return None
    index = _deletions_index()
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
    return {word} | {
        word[: -len(ending)] for ending in ENDINGS if word.endswith(ending) and len(word) > len(ending) + 2
    }
