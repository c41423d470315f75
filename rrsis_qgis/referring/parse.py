"""Referring expressions into a `Program`, by rules, in well under a millisecond, with every word either
placed or reported: the datasets' expressions are templated (DIOR-RSVG/RRSIS-D: colour, size, shape,
position, relation to another object; RSVG-HR: "find a X on the upper left and it is on the top of a Y";
ordinals "the first X from the lower right of some Xs"), so a parser that knows their words
(`lexicon.LEXICON`, relation phrases from `select.RELATION_KINDS`) reads them without a language model.

A small chunker: after a command ("find", "search"), the target's noun phrase (its determiner, count,
qualities, and its head noun, which ends at a verb, a preposition or a clause), then modifiers in any
order: positions in the view, relations each followed by an anchor noun phrase with its own qualities
(and a position right after it), clause frames ("and it is", "they are located at", "that is"),
"with a white body", distances, negation ("not white") and exclusion ("except the one near the river"),
which become sets taken away. A content word that none of these places is kept in ``unread``: the
reading is then partial, and says so. An expression without a target noun is not understood: it goes
to the detector whole."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field, replace

from .lexicon import LEXICON, NOUNS
from .program import Exclusion, Program, Qualifiers, Relation
from .select import RELATION_KINDS

# Relation phrases (a tuple of words) -> kind; direction place words -> kind ("top left": upper_left_of).
PHRASES = {tuple(phrase.split()): kind for kind, entry in RELATION_KINDS.items() for phrase in entry.phrases}
LONGEST_PHRASE = max(len(phrase) for phrase in PHRASES)
DIRECTION_OF_PLACES = {places: kind for kind, entry in RELATION_KINDS.items() for places in entry.places}
# Single prepositions that also begin a position ("on the left") or a frame: a position is tried first.
WEAK_PHRASES = {("on",), ("in",), ("by",), ("over",), ("around",), ("at",), ("into",), ("onto",)}
PREPOSITIONS = {"on", "in", "at", "to", "towards", "toward", "from", "near", "of", "within", "into", "onto"}
ORDER_OF_PLACES = {
    ("left",): "leftmost",
    ("right",): "rightmost",
    ("top",): "topmost",
    ("bottom",): "bottommost",
    ("north",): "northernmost",
    ("south",): "southernmost",
    ("east",): "easternmost",
    ("west",): "westernmost",
    ("top", "left"): "top_leftmost",
    ("top", "right"): "top_rightmost",
    ("bottom", "left"): "bottom_leftmost",
    ("bottom", "right"): "bottom_rightmost",
}
_ORDER_OF_DIRECTION = {
    kind: ORDER_OF_PLACES[entry.places[0]]
    for kind, entry in RELATION_KINDS.items()
    if entry.places and entry.places[0] in ORDER_OF_PLACES
}
SIDES = ("top", "bottom", "left", "right", "north", "south", "east", "west")
# Words that end a noun phrase's head: they begin what is said about it.
ENDS_PHRASE = {
    "that",
    "which",
    "who",
    "whose",
    "with",
    "without",
    "and",
    "or",
    "of",
    "than",
    "as",
    "is",
    "are",
}
ENDS_PHRASE |= {"has", "have", "having", "while", "where", "when", "less", "more", "closer", "farther"}
PLURAL_WORDS = {"people", "pedestrians", "men", "women", "children", "cattle"}
HEADS = {phrase[-1] for phrase in LEXICON.nouns}
# After a noun and before another: the first noun describes the second ("tree-lined road").
MODIFYING_PARTICIPLES = {
    "shaped",
    "like",
    "lined",
    "covered",
    "filled",
    "sized",
    "roofed",
    "topped",
    "colored",
}
MODIFYING_PARTICIPLES |= {"coloured", "walled", "fenced", "paved"}
NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e[+-]?\d+)?")
MAX_DISTANCE_M = 40_075_000.0  # a distance on the Earth is shorter than its equator
OTHER_KINDS = (
    "exclusion",
    "negation",
    "unjudged",
    "degree",
    "state",
    "motion",
    "every",
    "number",
    "function",
)
IGNORED = (
    "determiner",
    "pronoun",
    "copula",
    "state",
    "motion",
    "command",
    "and",
    "far",
    "function",
    "degree",
)


def tokens_of(expression: str) -> list[str]:
    """Lower-case words of any script (full-width letters as their Latin ones), numbers (a sign and an
    exponent kept: "-3" and "1e9" are not 3 and 1), and symbols such as emoji as words of their own, so
    that none is dropped unseen: "50m" is "50 m", "upper-left" is "upper left", "left-most" is
    "leftmost", "isn't" is "is not"."""
    text = unicodedata.normalize("NFKC", expression).lower().replace("’", "'")
    text = text.replace("-most", "most").replace("n't", " not")
    text = re.sub(r"(\d)(?!e[+-]?\d)([^\W\d_])", r"\1 \2", text)
    return re.findall(
        r"-?\d+(?:\.\d+)?(?:e[+-]?\d+)?|[^\W\d_]+|[^\w\s.,;:!?'\"()\[\]{}/&*+=<>#%@~`|\\-]", text
    )


def singular(word: str) -> str:
    """The singular of a noun: the vocabulary's nouns exactly ("buses" -> "bus", "woods" stays), others
    by the common English endings."""
    if word in HEADS:
        return word
    forms = []
    if word.endswith("ies") and len(word) > 4:
        forms.append(word[:-3] + "y")
    if word.endswith("ves"):
        forms += [word[:-3] + "f", word[:-3] + "fe"]
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    for form in forms:
        if form in HEADS:
            return form
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def is_plural_word(word: str) -> bool:
    return word in PLURAL_WORDS or singular(word) != word


@dataclass
class _Phrase:
    """A noun phrase as read: its noun (a class's name or the words as typed) and its own qualities."""

    noun: str | None = None
    plural: bool = False
    count: int | None = 1
    count_given: bool = False
    by_ordinal: bool = False  # the count is an ordinal's one, which a number after it replaces
    ordinal: str = ""  # the ordinal read ("second"): "from the left" then says what it counts along
    other: bool = False  # "other fields", "another court": not the target's own group
    one: bool = False  # "the large one": a pronoun standing for a noun said elsewhere
    colours: list[str] = field(default_factory=list)
    size: str | None = None
    shape: str | None = None
    position: list[str] = field(default_factory=list)
    ordering: str | None = None
    rank: int = 1
    relations: list[Relation] = field(default_factory=list)

    @property
    def how_many(self) -> int | None:
        return self.count if self.count_given else (None if self.plural else 1)

    def qualifiers(self) -> Qualifiers:
        return Qualifiers(
            count=self.how_many,
            colours=tuple(dict.fromkeys(self.colours)),
            size=self.size,
            shape=self.shape,
            position=_positions(self.position),
            ordering=self.ordering,
            rank=self.rank,
            relations=tuple(self.relations),
        )


def _positions(places: list[str]) -> tuple[str, ...]:
    """Each place once; "center" with a side is that side ("the center of the left", "middle right")."""
    unique = tuple(dict.fromkeys(places))
    if "center" in unique and any(place in SIDES for place in unique):
        unique = tuple(place for place in unique if place != "center")
    return unique


class _Reader:
    def __init__(self, expression: str) -> None:
        self.expression = expression
        self.words = tokens_of(expression)
        self.end = len(self.words)
        self.words += [""] * (LONGEST_PHRASE + LEXICON.longest + 4)  # look ahead past the end safely
        self.at = 0
        self.target = _Phrase()
        self.excluded: list[Exclusion] = []
        self.unread: list[str] = []
        self.named_image = False  # the last position read ended "of the image"
        self.stray = -1  # where the last quality said of some other noun was
        self.negating = self.excluding = 0  # inside a negation or an exclusion: a set is being read

    # -- the sentence

    def read(self) -> Program:
        self._skip("command")
        group = self._group_first()
        found = self._noun_phrase(self.target)
        if group is not None and self.target.noun is None and self.target.one:
            # "Among the storage tanks on the right side, the smallest white one": one of that group
            self.target.noun, found = group.noun, True
            self.target.colours += group.colours
            self.target.position += group.position
        while self.at < self.end:
            if not found and self._starts_noun():  # "on the left, the white tank"
                found = self._noun_phrase(self.target)
                continue
            if not self._modifier(self.target):
                ignored = LEXICON.match(self.words, self.at, *IGNORED)
                if ignored:
                    self.at += ignored[0]
                    continue
                self.unread.append(self.words[self.at])
                self.at += 1
        target = self.target
        if target.noun is None:  # read whole by the model, which still needs to know how many it asks for
            plural = any(word in ("ones", "these", "those", "them", "they") for word in self.words)
            count = target.count if target.count_given else (None if plural else 1)
            return Program(
                self.expression, self.expression.strip(), count, understood=False, unread=tuple(self.unread)
            )
        if target.ordinal and target.ordering is None:  # "the first car in the queue": first along what?
            self.unread.append(target.ordinal)
        qualities = target.qualifiers()
        return Program(
            expression=self.expression,
            target=target.noun,
            count=qualities.count,
            colours=qualities.colours,
            size=qualities.size,
            shape=qualities.shape,
            position=qualities.position,
            ordering=qualities.ordering,
            rank=qualities.rank,
            relations=qualities.relations,
            excluded=tuple(self.excluded),
            unread=tuple(dict.fromkeys(self.unread)),
        )

    def _modifier(self, phrase: _Phrase) -> bool:
        """One thing said about ``phrase`` at the reading point: consumed, True; or False."""
        word = self.words[self.at]
        strong = _begins_relation(self.words, self.at + 1) and not self._after_motion()
        if word in ("right", "just", "directly", "immediately") and strong:
            self.at += 1  # "right behind the bus", "just below the bridge": how close, not a place
            return True
        if word in ("its", "their") and LEXICON.match(self.words, self.at + 1, "place"):
            end, _places = self._places(self.at + 1)  # "the tanks to its left": beside another, unread
            self.unread.extend(self.words[self.at + 1 : end])
            self.at = end
            return True
        if word == "whose":
            return self._whose(phrase)
        unjudged = LEXICON.match(self.words, self.at, "unjudged")
        if unjudged:  # "from left to right": known, and not judged
            self.unread.extend(self.words[self.at : self.at + unjudged[0]])
            self.at += unjudged[0]
            return True
        if self._motion_object(phrase) or self._unknown_verb():
            return True
        degree = LEXICON.match(self.words, self.at, "degree")
        if degree and self._comparative_at(self.at + degree[0]):
            self.unread.extend(self.words[self.at : self.at + degree[0]])  # how much is not judged
            self.at += degree[0]
            return True
        ignored = LEXICON.match(self.words, self.at, *IGNORED)
        if ignored and ignored[0] > 1:  # "in a row", "next to each other": before "in", "next to" alone
            self.at += ignored[0]
            return True
        if word in ("not", "never", "no", "non"):
            return self._negation()
        if LEXICON.match(self.words, self.at, "ordinal"):  # "the tank that is second from the left"
            return self._count_word(phrase)
        exclusion = LEXICON.match(self.words, self.at, "exclusion")
        if exclusion and not (word == "but" and self._next_in("colour", "size", "shape")):
            return self._exclusion(exclusion)
        if self._image_phrase() or self._target_again():
            return True
        if phrase.ordering in ("closest", "farthest") and self._toward_place(phrase):
            return True
        if word in ("on", "at", "in") and self._superlative_after(self.at + 1):
            self.at += 1  # "it is on the topernmost of some tanks"
            return True
        if self._position(phrase) or self._relation(phrase) or self._with(phrase) or self._said_of(phrase):
            return True
        return bool(word == "of" and phrase.ordering and self._group(phrase))

    def _whose(self, phrase: _Phrase) -> bool:
        """ "whose roof is red": the object's colour; "whose wings are grey": a small part's, unread."""
        start, self.at = self.at, self.at + 1
        part = self.words[self.at]
        categories = LEXICON.of(part)
        self.at += 1
        self._skip("copula")
        said = _Phrase()
        while self._quality(said):
            self._skip("and")
        if "part" in categories and said.colours:
            phrase.colours += said.colours
        else:
            self.unread.extend(w for w in self.words[start : self.at] if not LEXICON.of(w) & set(IGNORED))
        return True

    def _said_of(self, phrase: _Phrase) -> bool:
        """A quality said of the phrase after its noun: after "is", "that are", "not", in a list ("white and
        gray"), or a superlative ("the court farthest to the right"); anywhere else it is some other noun's
        ("waiting at the red light"): unread."""
        quality = LEXICON.match(self.words, self.at, "colour", "size", "shape", "superlative")
        if quality is None:
            return False
        before = self.at - 1
        while before > 0 and self.words[before] in ("and", "or", "very", "quite", "mostly", "the", "a", "an"):
            before -= 1
        said = phrase is not self.target or self.target.noun is None or quality[1].category == "superlative"
        said = (
            said or before < 0 or self.words[before] in ("that", "which", "who", "all", "both", "not", "non")
        )
        listed = LEXICON.of(self.words[before]) & {"copula", "colour", "size", "shape", "state"}
        following = self.words[self.at + quality[0] : self.at + quality[0] + 2]
        listed = listed or following in (["in", "colour"], ["in", "color"])  # "a van, white in colour"
        if (said or listed) and before != self.stray:
            return self._quality(phrase)
        self.unread.extend(self.words[self.at : self.at + quality[0]])
        self.at += quality[0]
        self.stray = self.at - 1  # the next quality in a list is that noun's too
        return True

    def _motion_object(self, phrase: _Phrase) -> bool:
        """ "the truck following the white bus", "approaching the intersection": near what it moves by."""
        if "motion" not in LEXICON.of(self.words[self.at]) or not self._noun_follows(self.at + 1):
            return False
        start, self.at = self.at, self.at + 1
        anchor = _Phrase()
        if not self._anchor(anchor):
            self.at = start
            return False
        phrase.relations.append(Relation("near", anchor.noun, anchor_qualifiers=anchor.qualifiers()))
        return True

    def _noun_follows(self, at: int) -> bool:
        """A noun phrase (determiners and qualities, then a known noun) begins at ``at``."""
        while at < self.end and LEXICON.of(self.words[at]) & {
            "determiner",
            "number",
            "colour",
            "size",
            "shape",
        }:
            at += 1
        return self._known_noun(at) > 0

    def _unknown_verb(self) -> bool:
        """ "casting a long shadow", "divides the water": a verb the lexicon does not know, and its object,
        reported whole (its "long" is the shadow's, not the target's)."""
        word = self.words[self.at]
        if LEXICON.of(word) or not word.endswith("ing") or len(word) < 5 or self.target.noun is None:
            return False
        if self._relation_phrase_at(self.at):  # "crossing", "spanning": a relation reads it
            return False
        start, said = self.at, len(self.unread)
        self.at += 1
        objects = _Phrase()
        if not self._noun_phrase(objects, anchor=True):
            self.at = start + 1
        del self.unread[said:]  # the object's own unread words, named again below in their order
        self.unread.extend(
            word for word in self.words[start : self.at] if not LEXICON.of(word) & set(IGNORED)
        )
        return True

    def _superlative_after(self, at: int) -> bool:
        at += self.words[at : at + 1] == ["the"]
        return at < self.end and LEXICON.match(self.words, at, "superlative") is not None

    def _comparative_at(self, at: int) -> bool:
        found = self._relation_phrase_at(at) if at < self.end else None
        return found is not None and found[1] in ("smaller_than", "larger_than")

    def _group_first(self) -> _Phrase | None:
        """ "Among the tanks ...", "Of the two courts ...": the group a later "one" is taken from."""
        if self.words[self.at] not in ("among", "of", "from", "amongst"):
            return None
        start, self.at = self.at, self.at + 1
        group = _Phrase()
        if self._anchor(group) and (group.plural or group.how_many != 1):
            return group
        self.at = start
        return None

    def _after_motion(self, at: int | None = None) -> bool:
        """A verb of motion comes right before, or before "to"/"towards" ("heading towards the top")."""
        before = (self.at if at is None else at) - 1
        while before > 0 and self.words[before] in ("the", "to", "towards", "toward", "far", "very"):
            before -= 1
        return before >= 0 and "motion" in LEXICON.of(self.words[before])

    def _target_again(self) -> bool:
        """ "... and the baseball field is on the left of a pond": the target named again, as a pronoun."""
        if self.words[self.at] != "and" or self.target.noun is None:
            return False
        start, self.at = self.at, self.at + 1
        again = _Phrase()
        if (
            self._noun_phrase(again, anchor=True)
            and again.noun == self.target.noun
            and again.qualifiers() in (Qualifiers(count=again.how_many),)
        ):
            return True
        self.at = start
        return False

    def _skip(self, *categories: str) -> None:
        while self.at < self.end:
            match = LEXICON.match(self.words, self.at, *categories)
            if not match:
                return
            self.at += match[0]

    def _next_in(self, *categories: str) -> bool:
        return bool(self.at + 1 < self.end and LEXICON.of(self.words[self.at + 1]) & set(categories))

    # -- noun phrases

    def _starts_noun(self) -> bool:
        return self._known_noun(self.at) > 0

    def _known_noun(self, at: int) -> int:
        """The length of the vocabulary's noun at ``at`` (its last word in the plural or not), or 0."""
        words = self.words
        lemmas = [singular(word) for word in words[at : at + LEXICON.longest]]
        for length in range(len(lemmas), 0, -1):
            # Only the last word of a phrase is read in the plural: "cars park" is not a car park.
            candidate = (*words[at : at + length - 1], lemmas[length - 1])
            if candidate in LEXICON.nouns or tuple(words[at : at + length]) in LEXICON.nouns:
                last = words[at + length - 1]
                if length > 1 and "state" in LEXICON.of(last) and _begins_where(words, at + length):
                    continue  # "the white car parks near the road": a verb, not car parks
                return length
        return 0

    def _noun_phrase(self, phrase: _Phrase, anchor: bool = False) -> bool:
        """Determiner, count, qualities and the head noun into ``phrase``; True when a noun was read."""
        nouns: list[str] = []
        while self.at < self.end:
            word = self.words[self.at]
            if nouns:
                if word in MODIFYING_PARTICIPLES and (
                    self._noun_at(self.at + 1) or self._noun_follows(self.at + 1)
                ):
                    # "a kidney-shaped pool", "the tree-lined road": words about the noun, not it
                    self.unread.extend([*nouns, word])
                    nouns.clear()
                    self.at += 1
                    continue
                if not self._noun_word(nouns, after_noun=True):
                    break
                continue
            if self._count_word(phrase) or self._quality(phrase, before_noun=True):
                continue
            if unjudged := LEXICON.match(self.words, self.at, "unjudged"):
                self.unread.extend(self.words[self.at : self.at + unjudged[0]])  # "the main road"
                self.at += unjudged[0]
                continue
            if (
                word == "and"
                and self.at > 0
                and LEXICON.of(self.words[self.at - 1]) & {"colour", "size", "shape"}
                and self._quality_at(self.at + 1)
            ):
                self.at += 1  # "blue and gray overpass"
                continue
            match = LEXICON.match(self.words, self.at, "determiner", "pronoun", "far")
            if match and not self._starts_noun():
                if word in ("one", "ones") and not phrase.count_given and self._partitive_at(self.at):
                    phrase.count, phrase.count_given = 1, True  # "one of the ships"
                elif word == "ones":
                    phrase.plural = True
                phrase.one = phrase.one or word in ("one", "ones")
                self.at += match[0]
                continue
            collective = LEXICON.match(self.words, self.at, "collective")
            if collective and self.words[self.at + collective[0]] == "of" and phrase.ordinal:
                self.unread.extend(self.words[self.at - 1 : self.at + collective[0]])  # "the second row of"
                phrase.rank, phrase.ordinal, phrase.count = 1, "", None
                self.at += collective[0] + 1
                continue
            if collective and self.words[self.at + collective[0]] == "of":
                self.at += collective[0] + 1  # "a group of people", "a cluster of white tanks": them
                phrase.count, phrase.count_given, phrase.by_ordinal = None, True, False
                continue
            if self._noun_word(nouns, after_noun=False):
                continue
            if LEXICON.of(word) & {"state", "motion"} and self.words[self.at + 1] not in ("", "of"):
                phrase.other = phrase.other or word in ("other", "others", "another")
                self.at += 1  # "two adjacent courts", "the parked cars", "some other fields"
                continue
            place = LEXICON.match(self.words, self.at, "place")
            if place and self.words[self.at + place[0]] == "of" and not phrase.ordering:
                order = ORDER_OF_PLACES.get(_positions(list(place[1].value)))
                if order:  # "the lower of the two tennis courts": the bottommost of them
                    phrase.ordering = order
                    self.at += place[0]
                    continue
            if word == "of" and (phrase.ordering or phrase.size or phrase.count_given):
                previous = self.words[self.at - 1]
                if previous in ("larger", "bigger", "smaller"):  # "the larger of the two tanks"
                    phrase.ordering, phrase.size = ("smallest" if previous == "smaller" else "largest"), None
                if not phrase.count_given:
                    phrase.count, phrase.count_given = 1, True  # one of them
                self.at += 1
                continue
            break
        if not nouns:
            return False
        phrase.noun, phrase.plural, unread = _name(nouns)
        self.unread.extend(unread)
        if anchor is False:
            self._post_nominal(phrase)
        return True

    def _noun_word(self, nouns: list[str], after_noun: bool) -> bool:
        """A word (or the vocabulary's phrase) of the head noun; False at the phrase's end."""
        at, words = self.at, self.words
        categories = LEXICON.of(words[at])
        other_kind = LEXICON.match(words, at, *OTHER_KINDS)
        if after_noun and other_kind and other_kind[0] > 1:  # "all aircraft apart from the one ..."
            return False
        if after_noun and categories & {"state", "motion", "place_part"}:
            ignored = LEXICON.match(words, at, *IGNORED)
            if ignored and ignored[0] > 1:  # "side by side"
                return False
            if "place_part" in categories:  # "the tarmac area": the noun's own extent
                self.at += 1
                return True
            if LEXICON.match(words, at, *NOUNS) is None or LEXICON.match(words, at, *NOUNS)[0] == 1:
                return False  # "the cars park near": a verb, not a car park
        length = self._known_noun(at)
        if length:
            nouns.extend(words[at : at + length])
            self.at += length
            return True
        word = words[at]
        if (
            not word
            or word in ENDS_PHRASE
            or NUMBER.fullmatch(word)
            or word in PREPOSITIONS
            or self._relation_phrase_at(at) is not None  # "the bridge over the canal"
        ):
            return False
        if categories - {"part"}:
            return False  # a known word of another kind: a quality, a verb, a place ...
        if after_noun and (word.endswith("ing") or word.endswith("ed")):
            return False  # "cars traveling on the road": a verb ends the phrase
        nouns.append(word)
        self.at += 1
        return True

    def _count_word(self, phrase: _Phrase) -> bool:
        word = self.words[self.at]
        if re.fullmatch(r"\d+", word) and int(word) > 0 and (not phrase.count_given or phrase.by_ordinal):
            phrase.count, phrase.count_given, phrase.by_ordinal = int(word), True, False
        elif word in ("one",) and not phrase.count_given and not self._starts_noun_after():
            return False  # "the one on the left": a pronoun
        elif (match := LEXICON.match(self.words, self.at, "number")) and match[0] >= self._every_length():
            if match[0] > 1 or not phrase.count_given or phrase.by_ordinal:  # "the first two", "a pair of"
                phrase.count, phrase.count_given, phrase.by_ordinal = match[1].value, True, False
            self.at += match[0] - 1
        elif every := LEXICON.match(self.words, self.at, "every"):
            phrase.count, phrase.count_given = None, True
            self.at += every[0] - 1
        elif match := LEXICON.match(self.words, self.at, "ordinal"):
            phrase.rank, phrase.ordinal = match[1].value, self.words[self.at]
            if not phrase.count_given:
                phrase.count, phrase.count_given, phrase.by_ordinal = 1, True, True
        elif match := LEXICON.match(self.words, self.at, "superlative"):
            phrase.ordering = match[1].value
            if self._partitive_at(self.at) and not phrase.count_given:  # "the largest of the tanks"
                phrase.count, phrase.count_given = 1, True
        else:
            return False
        self.at += 1
        return True

    def _every_length(self) -> int:
        every = LEXICON.match(self.words, self.at, "every")
        return every[0] if every else 0

    def _starts_noun_after(self) -> bool:
        self.at += 1
        try:
            return (
                self._starts_noun()
                or self._next_in("colour", "size", "shape")
                or bool(LEXICON.match(self.words, self.at, "colour", "size", "shape"))
            )
        finally:
            self.at -= 1

    def _partitive_at(self, at: int) -> bool:
        return self.words[at + 1 : at + 2] == ["of"]

    def _quality(self, phrase: _Phrase, before_noun: bool = False) -> bool:
        """A colour, size, shape or superlative word; before the noun also a place ("the upper left tank")."""
        at = self.at
        if self.words[at] in ("smaller", "larger", "bigger") and self.words[at + 1 : at + 2] == ["than"]:
            return False
        match = LEXICON.match(self.words, at, "colour", "size", "shape", "superlative")
        if match:
            entry = match[1]
            if entry.category == "superlative" and self._relation_phrase_at(at):
                return False  # "closest to the road": the relation reads it
            if entry.category == "colour":
                phrase.colours.append(entry.value)
            elif entry.category == "size":
                phrase.size = entry.value
            elif entry.category == "shape":
                phrase.shape = entry.value
            else:
                phrase.ordering = entry.value
            self.at += match[0]
            return True
        if before_noun and (place := LEXICON.match(self.words, at, "place")):
            following = self.words[at + place[0] : at + place[0] + 1]
            if following[0] not in ("", "of") and not LEXICON.of(following[0]) & {"place_part"}:
                phrase.position.extend(place[1].value)
                self.at += place[0]
                return True
        return False

    def _post_nominal(self, phrase: _Phrase) -> None:
        """Qualities written after the noun in other languages ("le bâtiment rouge")."""
        while self.at < self.end:
            match = LEXICON.match(self.words, self.at, "colour", "size", "shape")
            if not match or match[1].language == "en":
                return
            self._quality(phrase)

    # -- where: in the view, or relative to an anchor

    def _image_phrase(self) -> bool:
        """ "in this image", "of the picture", "the edge of the image": nothing to select on."""
        at = self.at
        if at >= self.end:
            return False
        if self.words[at] in PREPOSITIONS | {"across", "throughout", "within"}:
            at += 1
        while at < self.end and self.words[at] in ("the", "this", "entire", "whole"):
            at += 1
        if self.words[at : at + 1] and "place_part" in LEXICON.of(self.words[at]):
            if self.words[at + 1 : at + 2] != ["of"]:
                return False
            at += 2  # "the edge of the image"
            while at < self.end and self.words[at] in ("the", "this", "entire", "whole"):
                at += 1
        if at < self.end and "image" in LEXICON.of(self.words[at]):
            self.at = at + 1
            return True
        return False

    def _places(self, at: int) -> tuple[int, list[str]]:
        """Place words from ``at`` ("the far upper left side", "the center of the left"): where they end."""
        places: list[str] = []
        while at < self.end:
            word = self.words[at]
            after_of = self.words[at - 1] == "of"
            if (word in ("the", "far", "extreme", "very", "both") and (not places or after_of)) or (
                word == "of" and places and self._place_at(at + 1)
            ):
                at += 1  # "the far left", "the center of the left"; not the "the" of what follows
                continue
            if (match := LEXICON.match(self.words, at, "place")) is not None:
                if not _one_place([*places, *match[1].value]):
                    break  # "on the right north of the road": a position, then a relation
                places.extend(match[1].value)
                at += match[0]
                continue
            if places and "place_part" in LEXICON.of(word):
                at += 1
                continue
            break
        return at, places

    def _place_at(self, at: int) -> bool:
        while at < self.end and self.words[at] in ("the", "far", "extreme"):
            at += 1
        return at < self.end and LEXICON.match(self.words, at, "place") is not None

    def _position(self, phrase: _Phrase) -> bool:
        """ "on the left", "in the upper right corner of the image", "from the lower right" (an ordinal's)."""
        at = self.at
        preposition = self.words[at]
        if preposition in ("on", "in", "at", "to", "towards", "toward", "from", "near", "along"):
            at += 1
        end, places = self._places(at)
        if not places:
            return False
        if self._after_motion() and (at == self.at or preposition in ("to", "towards", "toward")):
            return False  # "turning left", "heading towards the top": where it goes, not where it is
        if preposition != "from" and (self._noun_phrase_at(end) or self._noun_at(end)):
            return False  # "on the right some buildings" ("of" left out), "in the left lane": relations
        self.named_image = False
        if end < self.end and self.words[end] == "of" and preposition != "from":
            start, self.at = self.at, end
            if not self._image_phrase():  # "left of the road": a relation
                self.at = start
                return False
            end, self.named_image = self.at, True
        if preposition == "from":  # "the second from the left", "the first from the lower right"
            if not (phrase.ordinal or phrase.ordering):
                self.unread.extend(self.words[self.at : end])  # "approaching from the bottom": not an order
                self.at = end
                return True
            phrase.ordering = ORDER_OF_PLACES.get(_positions(places), phrase.ordering)
        else:
            phrase.position.extend(places)
        self.at = end
        return True

    def _relation_phrase_at(self, at: int) -> tuple[int, str] | None:
        for length in range(min(LONGEST_PHRASE, self.end - at), 0, -1):
            kind = PHRASES.get(tuple(self.words[at : at + length]))
            if kind:
                return length, kind
        return None

    def _relation(self, phrase: _Phrase) -> bool:
        start = self.at
        distance = self._distance()
        ordering = None
        if distance is not None:
            kind = "near"
        elif direction := self._direction():
            kind = direction
        elif (found := self._relation_phrase_at(self.at)) is not None:
            length, kind = found
            first = self.words[self.at]
            if first in ("closest", "nearest", "farthest", "furthest") and length > 1:
                mark, self.at = self.at, self.at + length - 1  # at "to"/"from"
                if self._toward_place(phrase):  # "closest to the bottom edge of the image"
                    return True
                self.at = mark
            if first in ("closest", "nearest", "farthest", "furthest"):
                ordering = "closest" if first in ("closest", "nearest") else "farthest"
            self.at += length
        elif phrase.ordering in ("closest", "farthest") and self.words[self.at] in ("to", "from"):
            kind = "near" if phrase.ordering == "closest" else "far_from"  # "the closest tank to the road"
            self.at += 1
        else:
            return False
        anchor = _Phrase()
        if not self._anchor(anchor):
            self.at = start  # "the tank in the picture": no anchor, nothing to relate to
            return False
        if self.words[start] in ("into", "onto", "towards", "toward", "to", "away") and self._after_motion(
            start
        ):
            # "turning into the parking lot", "moving away from the camera": where it goes, not where it is
            self.unread.extend(w for w in self.words[start : self.at] if not LEXICON.of(w) & set(IGNORED))
            return True
        second = None
        if kind == "between" and self.words[self.at : self.at + 1] == ["and"]:
            self.at += 1
            second = _Phrase()
            if not self._anchor(second):
                second = None
        if ordering:
            phrase.ordering = ordering
        if kind == "crossing" and "spans" not in LEXICON.of(str(self.target.noun)):
            kind = "inside"  # "the cars crossing the intersection" are on it; a bridge spans a river
        group = phrase is self.target and anchor.noun == phrase.noun and anchor.how_many != 1
        group = group and replace(anchor.qualifiers(), count=None, position=()) == Qualifiers(count=None)
        if group and not anchor.other and (order := _ORDER_OF_DIRECTION.get(kind)):
            phrase.ordering = order  # "on the far right of all storage tanks": the rightmost of them
            return True
        if group and not anchor.other and not phrase.ordering:
            # "the car in the middle of the three cars": where in its own group is not judged
            self.unread.extend(w for w in self.words[start : self.at] if not LEXICON.of(w) & set(IGNORED))
            return True
        if group and not anchor.other and phrase.ordering:
            phrase.position += (
                anchor.position
            )  # "the third plane from the right in the row of planes at the top"
            return True  # "the largest among all the planes": the group its superlative is taken in
        phrase.relations.append(
            Relation(
                kind,
                anchor.noun,
                second.noun if second else None,
                distance,
                anchor.qualifiers(),
                second.qualifiers() if second else Qualifiers(),
            )
        )
        # "... of a ground track field and the top of a baseball field": another relation; "... of a
        # white building and a parking lot": the same relation to another anchor
        while self.words[self.at : self.at + 1] == ["and"] and kind != "between" and not self._clause_ends():
            mark = self.at
            self.at += 1
            if self._relation(phrase):
                break
            another = _Phrase()
            if not self._anchor(another, one_is_target=False):  # "... and the white ones": not an anchor
                self.at = mark
                break
            phrase.relations.append(Relation(kind, another.noun, None, distance, another.qualifiers()))
        return True

    def _anchor(self, anchor: _Phrase, one_is_target: bool = True) -> bool:
        """The anchor's noun phrase, and what is said right after it about it: a position ("the vehicle on
        the top"), its colours after a relative clause is not read (those belong to the target).
        ``one_is_target``: "the large one" is one of the target's kind."""
        if not self._noun_phrase(anchor, anchor=True):
            if not (one_is_target and anchor.one and self.target.noun):
                return False
            anchor.noun = self.target.noun  # "west of the large one": one of the target's kind
        while self.at < self.end:
            mark, said = self.at, _Phrase()
            if not self._position(said):
                break
            if self.named_image:  # "... in the middle of the image": the target's place, read again there
                self.at = mark
                break
            anchor.position += said.position
        return True

    def _distance(self) -> float | None:
        """ "within 50 m of", "less than 2 km from": a distance in metres, and the phrase consumed."""
        words = self.words[self.at : self.at + 5]
        for lead in (("within",), ("less", "than"), ("closer", "than"), ("under",), ("at", "most")):
            n = len(lead)
            if tuple(words[:n]) == lead and len(words) >= n + 3 and re.fullmatch(r"\d+(?:\.\d+)?", words[n]):
                unit = LEXICON.match(words, n + 1, "unit")
                metres = float(words[n]) * unit[1].value if unit else math.inf
                if unit and words[n + 2] in ("of", "from") and 0 < metres < MAX_DISTANCE_M:
                    self.at += n + 3
                    return metres
        return None

    def _direction(self) -> str | None:
        """ "left of", "to the left of", "on the upper left side of", "at the top of": a direction kind."""
        at = self.at
        if self.words[at] in ("to", "on", "at", "in", "towards", "toward"):
            at += 1
        end, places = self._places(at)
        if not places or end >= self.end:
            return None
        if self.words[end] != "of" and not self._noun_phrase_at(end):
            return None
        skip_of = 1 if self.words[end] == "of" else 0  # "on the left a white building": "of" left out
        key = tuple(place for place in dict.fromkeys(places) if place != "center")
        kind = DIRECTION_OF_PLACES.get(key) if key else "inside"  # "in the middle of the lake": inside
        if kind is None:
            return None
        mark = self.at
        self.at = end
        if self._image_phrase():  # "the left of the image": a position, not a relation
            self.at = mark
            return None
        if not key:  # "in the middle of the road": on it; where on it is not judged
            self.unread.extend(word for word in self.words[mark:end] if LEXICON.of(word) & {"place"})
        self.at = end + skip_of
        return kind

    def _toward_place(self, phrase: _Phrase) -> bool:
        """ "furthest to the right", "closest to the bottom edge": the place's own superlative."""
        if self.words[self.at] in ("to", "from"):
            end, places = self._places(self.at + 1)
        else:  # "furthest north"
            end, places = self._places(self.at)
        order = ORDER_OF_PLACES.get(_positions(places))
        if order is None or (self._noun_at(end) and self.words[end : end + 1] != ["of"]):
            return False
        phrase.ordering = order
        self.at = end
        self._image_phrase()
        return True

    def _noun_at(self, at: int) -> bool:
        """A noun begins at ``at``: one of the vocabulary's, or a word no category claims."""
        if at >= self.end or LEXICON.match(self.words, at, *NOUNS):
            return at < self.end
        word = self.words[at]
        return (
            bool(word)
            and word not in ENDS_PHRASE
            and word not in PREPOSITIONS
            and self._relation_phrase_at(at) is None
            and not LEXICON.of(word)
            and not NUMBER.fullmatch(word)
            and not word.endswith(("ing", "ed", "ly"))
        )

    def _noun_phrase_at(self, at: int) -> bool:
        """Once the target is known, a noun phrase without "the" begins at ``at`` ("they are on the right
        some gray buildings": a relation whose "of" was left out, not "On the left, a white tank")."""
        if self.target.noun is None or at >= self.end or not LEXICON.of(self.words[at]) & {"number", "every"}:
            return False
        return any(LEXICON.match(self.words, start, *NOUNS) for start in range(at + 1, min(at + 4, self.end)))

    def _with(self, phrase: _Phrase) -> bool:
        """ "with a white body", "with red roofs": the object's own colour; "with a pool": near it."""
        if self.words[self.at] not in ("with", "has", "have", "having", "featuring"):
            return False
        start = self.at
        self.at += 1
        part = _Phrase()
        self._skip("determiner")
        while self._count_word(part) or self._quality(part):
            if self.words[self.at : self.at + 1] == ["and"]:
                self.at += 1
        describing = []
        while self.at < self.end and self._noun_at(self.at) and "part" not in LEXICON.of(self.words[self.at]):
            describing.append(self.words[self.at])  # "with a flat roof": a word of the part's own
            self.at += 1
        if self.at < self.end and "minor_part" in LEXICON.of(self.words[self.at]):
            self.at += 1  # "with a blue tail": not the object's colour, and not judged
            self.unread.extend(
                word for word in self.words[start : self.at] if not LEXICON.of(word) & set(IGNORED)
            )
            return True
        if self.at < self.end and "part" in LEXICON.of(self.words[self.at]):
            self.at += 1
            self.unread.extend(describing)
            phrase.colours += part.colours
            phrase.size, phrase.shape = part.size or phrase.size, part.shape or phrase.shape
            return True
        self.at = start + 1
        anchor = _Phrase()
        if self._anchor(anchor):
            # "a stadium has a baseball field", "anchored with a ship": read as near, the rest said unread
            self.unread.append(self.words[start])
            phrase.relations.append(Relation("near", anchor.noun, anchor_qualifiers=anchor.qualifiers()))
            return True
        self.at = start
        return False

    def _group(self, phrase: _Phrase) -> bool:
        """ "the first tank from the lower right of some tanks (that are in the middle)": the group the
        ordinal counts in, the target's own kind."""
        start = self.at
        self.at += 1
        group = _Phrase()
        if self._noun_phrase(group, anchor=True) and group.noun == phrase.noun:
            phrase.colours += group.colours
            phrase.size, phrase.shape = phrase.size or group.size, phrase.shape or group.shape
            return True
        self.at = start
        return False

    # -- negation and exclusion: sets taken away

    def _negation(self) -> bool:
        """ "not white", "not on the road", "not the largest", "not white or red": what follows is removed,
        each of "or" its own set. Inside another negation or an exclusion ("except the ones that are not
        white") a set taken from a set is more than a program says: the words are named instead."""
        word, start = self.words[self.at], self.at
        self.at += 1
        if self.negating:  # "not not white": the inner one named, and not read further (no recursion)
            self.unread.append(word)
            return True
        self._skip("copula", "determiner", "state", "motion")  # "not docked at the harbor"
        sets = []
        while True:
            removed = _Phrase(count=None)
            self.negating += 1
            try:
                read = self.at < self.end and (self._modifier(removed) or self._count_word(removed))
            finally:
                self.negating -= 1
            if not read or replace(removed.qualifiers(), count=None) == Qualifiers(count=None):
                break  # nothing, or a negation inside this one ("not not white"): named below
            sets.append(removed)
            if self.words[self.at] not in ("or", "nor") or not self._quality_at(self.at + 1):
                break
            self.at += 1  # "not white or red": neither
        qualifies_a_noun = self._noun_at(self.at) and not self._relation_phrase_at(self.at)
        if not sets or self.negating or self.excluding or qualifies_a_noun:
            # nothing to take away, a set from a set, or "the not white road": said, never dropped
            self.unread.extend(w for w in self.words[start : self.at] if not LEXICON.of(w) & set(IGNORED))
            if word not in self.unread:
                self.unread.append(word)
            return True
        self.excluded += [Exclusion(word, replace(removed.qualifiers(), count=None)) for removed in sets]
        return True

    def _quality_at(self, at: int) -> bool:
        return LEXICON.match(self.words, at, "colour", "size", "shape") is not None

    def _exclusion(self, match) -> bool:
        """ "except the one near the river", "other than the white ones", "without a red roof": the rest
        of the clause describes what is removed; "except A and B" takes away A and B."""
        length, entry = match
        start = self.at
        self.at += length
        if self.negating or self.excluding:  # an exclusion inside another: more than a program says
            self.unread.append(entry.value)
            return True
        self.excluding += 1
        try:
            while True:
                removed, conjunct = self._excluded_set(entry.value)
                if removed is None:
                    break
                if removed.noun not in (None, self.target.noun):
                    # "the tank except the white road": no subset of the target; named, nothing removed
                    self.unread.extend(
                        w for w in self.words[conjunct : self.at] if not LEXICON.of(w) & set(IGNORED)
                    )
                elif replace(removed.qualifiers(), count=None) == Qualifiers(count=None):
                    self.unread.append(entry.value)
                else:
                    # An ordering keeps its count: "except the two largest" takes away two.
                    count = removed.how_many if removed.ordering and removed.count_given else None
                    self.excluded.append(Exclusion(entry.value, replace(removed.qualifiers(), count=count)))
                if self.words[self.at] != "and" or self._clause_ends():
                    break
                self.at += 1  # "except the white ones and those near the river": another set
        finally:
            self.excluding -= 1
        if self.at == start + length:
            self.unread.append(entry.value)
        return True

    def _excluded_set(self, word: str) -> tuple[_Phrase | None, int]:
        """One set an exclusion names, read from here; None when nothing is there."""
        conjunct = self.at
        removed = _Phrase(count=None)
        self._skip("determiner", "pronoun")
        if word == "without" and not self._with_parts(removed):
            anchor = _Phrase()  # "without any trees around it": none near it
            if self._anchor(anchor):
                removed.relations.append(Relation("near", anchor.noun, anchor_qualifiers=anchor.qualifiers()))
        elif word != "without":
            self._noun_phrase(removed, anchor=True)
        while self.at < self.end and not self._clause_ends() and self.words[self.at] != "and":
            if self._modifier(removed):
                continue
            ignored = LEXICON.match(self.words, self.at, *IGNORED)  # "the ones that are ..."
            if not ignored:
                break
            self.at += ignored[0]
        if self.at == conjunct:
            return None, conjunct
        return removed, conjunct

    def _with_parts(self, removed: _Phrase) -> bool:
        """ "without a red roof": the part's qualities into ``removed``; False (nothing read) when no part
        is named."""
        start = self.at
        self._skip("determiner")
        while self._count_word(removed) or self._quality(removed):
            if self.words[self.at : self.at + 1] == ["and"]:
                self.at += 1
        if self.at < self.end and "part" in LEXICON.of(self.words[self.at]):
            self.at += 1
            return True
        self.at = start
        removed.colours, removed.size, removed.shape = [], None, None
        return False

    def _clause_ends(self) -> bool:
        return self.words[self.at] == "and" and self.words[self.at + 1 : self.at + 2] in (["it"], ["they"])


def _one_place(places: list[str]) -> bool:
    """Whether the places name one place: a side, a corner ("top left", "north east"), or a middle."""
    sides = {place for place in places if place != "center"}
    corners = ({"top", "bottom"}, {"left", "right"}), ({"north", "south"}, {"east", "west"})
    return len(sides) <= 1 or any(
        len(sides) == 2 and len(sides & first) == 1 and len(sides & second) == 1 for first, second in corners
    )


def _begins_where(words: list[str], at: int) -> bool:
    """A preposition or relation phrase begins at ``at``: what follows says where."""
    return words[at] in PREPOSITIONS or _begins_relation(words, at)


def _begins_relation(words: list[str], at: int) -> bool:
    for length in range(min(LONGEST_PHRASE, len(words) - at), 0, -1):
        phrase = tuple(words[at : at + length])
        if phrase in PHRASES and phrase not in WEAK_PHRASES:
            return True
    return False


def _name(nouns: list[str]) -> tuple[str, bool, list[str]]:
    """The class or free noun the head words name, whether plural, and the words left unread ("main road":
    a road, "main" unread)."""
    lemmas = [singular(word) for word in nouns]
    best = None
    for start in range(len(nouns)):
        for length in range(min(len(nouns) - start, LEXICON.longest), 0, -1):  # no name is longer
            candidate = (*nouns[start : start + length - 1], lemmas[start + length - 1])
            for entry in LEXICON.phrases.get(candidate, ()):
                if entry.category in NOUNS and (best is None or start + length > best[0] + best[1]):
                    best = (start, length, entry)
    if best is None:  # no known noun: the phrase as typed, singular, its last word the head
        return " ".join([*nouns[:-1], lemmas[-1]]), is_plural_word(nouns[-1]), []
    start, length, entry = best
    head = nouns[start + length - 1]
    rest = nouns[:start] + nouns[start + length :]
    return str(entry.value), is_plural_word(head), rest


def parse_expression(expression: str) -> Program:
    """The program of one referring expression (see the module's docstring)."""
    return _Reader(expression).read()


def is_plural(expression: str) -> bool:
    """Whether an expression read whole (by a model that takes the sentence, or one the parser did not
    understand) asks for several objects: the number its program reads. "All ships", "two tanks", "the
    red ships left of the pond" do; "the ship near the ponds", "one of the ships", "the canvas tent"
    do not. The one reading of English number for both processes and every model."""
    return parse_expression(expression).count != 1


def reads_as(name: str) -> str | None:
    """The class or noun a short name reads as ("Roads", "streets_osm" -> "road"), to match a layer's
    name to an anchor; None when it names nothing."""
    words = [word for word in tokens_of(name) if not LEXICON.of(word) & set(IGNORED)]
    if not words:
        return None
    noun, _plural, _unread = _name(words)
    return noun
