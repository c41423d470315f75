"""The words of the reading and their shapes, shared by its parts (parse.py and the noun phrases, places
and sets it reads): tokens in any script, the singular of a noun, the phrase being read (`Phrase`), the
tables of relation phrases and place words, and the name a run of nouns gives."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from .lexicon import LEXICON, NOUNS
from .program import REVERSED, Qualifiers, Relation
from .select import MEASURED_FROM, RELATION_KINDS

# Relation phrases (a tuple of words) -> kind; direction place words -> kind ("top left": upper_left_of).
PHRASES = {tuple(phrase.split()): kind for kind, entry in RELATION_KINDS.items() for phrase in entry.phrases}
LONGEST_PHRASE = max(len(phrase) for phrase in PHRASES)
DIRECTION_OF_PLACES = {places: kind for kind, entry in RELATION_KINDS.items() for places in entry.places}
# Single prepositions that also begin a position ("on the left") or a frame: a position is tried first.
WEAK_PHRASES = {("on",), ("in",), ("by",), ("over",), ("around",), ("at",), ("into",), ("onto",)}
PREPOSITIONS = {"on", "in", "at", "to", "towards", "toward", "from", "near", "of", "within", "into", "onto"}
PREPOSITIONS |= {"outside"}
# The ordinals of the far end ("the last car"), and the words of a line of objects that an ordinal with
# no side counts along from either end ("the last car in the row", "the first plane in the line").
LAST = ("last", "final")
LINES = ("row", "rows", "line", "lines", "column", "columns", "queue", "lined", "file")
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
ORDER_OF_DIRECTION = {
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
ENDS_PHRASE |= {
    "has",
    "have",
    "having",
    "while",
    "whereas",
    "where",
    "when",
    "less",
    "more",
    "closer",
    "farther",
    "none",  # "the cars none of which are white"
    "nothing",  # "with nothing on them": no object
    "something",
    "anything",
    "everything",
}
# Targets standing together: "the tanks form a tight group", "forming a long row".
FORMING = ("form", "forms", "forming", "formed")
ENDS_PHRASE |= set(FORMING)
# Verbs of roads meeting ("where four roads meet"). After a noun they end it ("where two roads cross"; not
# "the cross street"), but for those that are nouns too ("a tree branch").
MEETING = {"meet", "intersect", "cross", "converge", "join", "merge", "branch", "split"}
MEETING |= {"meets", "intersects", "crosses", "converges", "joins", "merges", "branches", "splits"}
# What a road or a ramp does where the target is, said of how the place looks: "where the highway widens".
RESHAPING = {"widens", "widen", "narrows", "narrow", "curves", "curve", "bends", "bend", "loops", "loop"}
MEET_AFTER_A_NOUN = MEETING - {"meets", "crosses", "join", "joins", "branch", "branches", "split", "splits"}
# People named by what they do, whose word also names things of theirs ("the guard booth", "a vendor stall")
# Over a tricycle: an awning tricycle's canopy.
CANOPIES = ("awning", "canopy", "roof", "sunshade", "shade", "hood", "cover")
# Nouns that name any object: the target as a free noun ("the white object at the top"), or said again.
GENERIC_NOUNS = ("object", "objects", "thing", "things", "item", "items")
# What any object may be said to be after its noun ("the bridge, a narrow structure"), and what one kind is
# seen as from above ("the harbor is a long concrete pier", "the dam, a curved concrete wall"): the target
# said again, with the looks said there.
STRUCTURES = frozenset({"structure", "construction", "facility", "installation", "feature", "shape"})
OUTLINE_SHAPES = {"rectangle": "rectangular", "square": "square", "circle": "round", "cylinder": "round"}
OUTLINE_SHAPES |= {"oval": "oval", "ring": "round", "disc": "round", "disk": "round"}
OUTLINES = frozenset(OUTLINE_SHAPES)
SEEN_AS = {
    "harbor": {"pier", "quay", "breakwater", "marina", "berth"},
    "train station": {"building", "station", "terminal"},
    "overpass": {"ramp", "interchange", "bridge", "flyover"},
    "dam": {"wall", "barrier", "embankment"},
    "bridge": {"crossing", "span", "footbridge", "railway bridge", "road bridge"},
    "storage tank": {"silo", "container"},
    "roundabout": {"intersection", "junction", "traffic circle"},
    "soccer field": {"pitch", "field"},
    "ground track field": {"track", "field"},
    "stadium": {"arena", "building", "venue"},
    "chimney": {"stack", "tower"},
    "windmill": {"turbine", "wind turbine", "tower"},
    "helipad": {"pad", "landing pad", "platform"},
    "helicopter": {"airplane"},  # "a small white aircraft"
    "ship": {"tugboat"},  # "the one on the far right is a red tugboat"
    "swimming pool": {"pool"},
    "baseball field": {"diamond"},
    "expressway service area": {"rest stop"},
}


def said_as(noun: str | None, said: str | None) -> bool:
    """``said`` names an object of kind ``noun`` again: any object's word, an outline, or what that kind is
    seen as from above (`SEEN_AS`)."""
    return (
        said in GENERIC_NOUNS or said in STRUCTURES or said in OUTLINES or said in SEEN_AS.get(str(noun), ())
    )


def names_again(noun: str | None) -> frozenset[str]:
    """The words that name an object of kind ``noun`` again after it, and no object in general ("the
    tennis court on the left, a green court", "the baseball field, a small diamond"): what it is seen as
    from above, and the last word of its name where that is no word of the vocabulary."""
    if noun is None:
        return frozenset()
    last = noun.split()[-1]
    return frozenset({*SEEN_AS.get(noun, ()), *([last] if " " in noun and not LEXICON.of(last) else [])})


# What names the target again after an anchor that no anchor's kind is also called ("the tennis court
# next to the road, a green court"): not "building", "station", "tower", which many kinds are
NAMED_AGAIN_BY_ANCHORS = frozenset({"court", "diamond", "airplane"})
NAMING_PEOPLE = {"guard", "vendor", "passenger", "seller", "shopper", "tourist", "customer", "traveler"}
NAMING_PEOPLE |= {"traveller", "shopkeeper", "jogger", "crowd", "couple"}
PLURAL_WORDS = {"people", "pedestrians", "men", "women", "children", "cattle", "persons", "crowd", "couple"}
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
    return [token.group() for token in _tokens(expression)]


def after_a_break(expression: str) -> frozenset[int]:
    """The indices of `tokens_of`'s words that follow a comma, a semicolon, a full stop, a bracket or a
    dash between words: where a clause may begin anew ("the ship east of the pier, with a white deck":
    the ship's deck; "the car on the left (a white bus)")."""
    tokens, found, end = list(_tokens(expression)), set(), 0
    text = _normalized(expression)
    for index, token in enumerate(tokens):
        if re.search(r"[,;.:!?()\[\]–—]|\s-+\s", text[end : token.start()]):
            found.add(index)
        end = token.end()
    return frozenset(found)


# The stems of the sizes and places compared: "more bigger" and "most biggest" say it twice.
_COMPARED = "bigg|larg|small|long|short|wid|narrow|tall|high|low|clos|near|dark|light|bright|thinn|thick"


def _normalized(expression: str) -> str:
    text = unicodedata.normalize("NFKC", expression).lower().replace("’", "'")
    text = text.replace("-most", "most").replace("n't", " not")
    # "the most biggest": biggest
    text = re.sub(rf"\b(?:most|more) (?=(?:{_COMPARED})(?:er|est)\b)", "", text)
    text = re.sub(r"\b(left|right|top|bottom|upper|lower|north|south|east|west) most\b", r"\1most", text)
    return re.sub(r"(\d)(?!e[+-]?\d)(?!(?:st|nd|rd|th)\b)([^\W\d_])", r"\1 \2", text)  # "2nd" kept


def _tokens(expression: str):
    return re.finditer(
        r"\d+(?:st|nd|rd|th)\b|-?\d+(?:\.\d+)?(?:e[+-]?\d+)?|[^\W\d_]+"
        r"|[^\w\s.,;:!?'\"()\[\]{}/&*+=<>#%@~`|\\\-–—]",
        _normalized(expression),
    )


def number_at(words: list[str], at: int) -> tuple[int, int] | None:
    """The number said at ``at`` ("three", "2", "a couple of"): how many words say it, and its value; None
    when none is."""
    if re.fullmatch(r"\d+", words[at]):
        return 1, int(words[at])
    number = LEXICON.match(words, at, "number")
    return (number[0], number[1].value) if number else None


def group_size_at(words: list[str], at: int) -> int:
    """How many words say a group's size of two or more at ``at`` ("three", "2", "a couple of"); 0 when
    none does."""
    number = number_at(words, at)
    return number[0] if number and number[1] > 1 else 0


def part_named(noun: str | None) -> frozenset[str]:
    """What kind of part a noun phrase no noun of the vocabulary names by its head ("playing surface":
    part, "loaded bed": minor_part); empty when it names none."""
    if noun is None or LEXICON.of(noun) & set(NOUNS):
        return frozenset()
    return frozenset(LEXICON.of(singular(noun.split()[-1])) & {"part", "minor_part"})


def looks_like_participle(word: str) -> bool:
    """ "parked", "traveling", "tied": a verb's form that ends a noun phrase; not "bed", "shed", "wing"."""
    return word.endswith(("ing", "ed")) and (len(word) > 4 or word in ("tied", "used", "dyed"))


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
    if word.endswith("sses"):
        forms.append(word[:-3])  # "busses", a spelling of "buses"
    for form in forms:
        if form in HEADS:
            return form
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zzes")):  # "sizes" is a size
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def lies_along(ends) -> str:
    """Which way a thing lies that goes from one side (or corner) toward ``ends``: "from left to right"
    horizontal, "from north to south" vertical, "to the top right" diagonal."""
    if len(ends) == 2:
        return "diagonal"
    return "vertical" if ends[0] in ("top", "bottom", "north", "south") else "horizontal"


def is_plural_word(word: str) -> bool:
    return word in PLURAL_WORDS or singular(word) != word


@dataclass
class Phrase:
    """A noun phrase as read: its noun (a class's name or the words as typed) and its own qualities."""

    noun: str | None = None
    plural: bool = False
    count: int | None = 1
    count_given: bool = False
    by_ordinal: bool = False  # the count is an ordinal's one, which a number after it replaces
    by_group: bool = False  # the count is a group's ("a group of"), which a number above one replaces
    ordinal: str = ""  # the ordinal read ("second"): "from the left" then says what it counts along
    other: bool = False  # "other fields", "another court": not the target's own group
    one: bool = False  # "the large one": a pronoun standing for a noun said elsewhere
    colours: list[str] = field(default_factory=list)
    size: str | None = None
    shape: str | None = None
    orientation: str | None = None
    heading: list[str] = field(default_factory=list)
    truncated: bool = False
    isolated: bool = False  # "the isolated windmill": far from the others of its kind
    main: bool = False  # "the main road": the largest, when no other order is said
    position: list[str] = field(default_factory=list)
    ordering: str | None = None
    by_place: list[str] = field(default_factory=list)  # the place its ordering was read from, if any
    rank: int = 1
    also_first: list[str] = field(default_factory=list)  # other orders it is first by (`order`)
    also_said: list[list[str]] = field(default_factory=list)  # the words of each
    relations: list[Relation] = field(default_factory=list)

    def copy(self) -> Phrase:
        """Another phrase with the same words, whose lists are its own."""
        names = ("colours", "heading", "position", "by_place", "also_first", "also_said", "relations")
        lists = {name: list(getattr(self, name)) for name in names}
        return replace(self, **lists)

    def take_group_words(self, group: Phrase) -> None:
        """What the group it is counted in says of them all ("of some white tanks"): its colours, and its
        size and shape where it has none of its own."""
        self.colours += group.colours
        self.size, self.shape = self.size or group.size, self.shape or group.shape

    def add_looks(self, said: Phrase) -> None:
        """The looks ``said`` of it again: its colours it has not yet, its size and shape where it has none
        ("the tanks along the coast, all white", "the ship at the top, a large white vessel")."""
        self.colours += [colour for colour in said.colours if colour not in self.colours]
        self.size, self.shape = self.size or said.size, self.shape or said.shape

    def has_plural_anchor(self, last: bool = False) -> bool:
        """An anchor said of it (the last one only, with ``last``) is more than one ("near the buses"): what
        a clause after it says may be the anchor's."""
        relations = self.relations[-1:] if last else self.relations
        return any(relation.anchor_qualifiers.count != 1 for relation in relations)

    def drop_last_order(self) -> str | None:
        """Take back the order said last (`last_order`), which another reading replaces or names."""
        if self.also_first:
            self.also_said.pop()
            return self.also_first.pop()
        dropped, self.ordering = self.ordering, None
        return dropped

    def main_or_named(self, unread: list[str]) -> None:
        """ "the smallest main building": another order said, "main" is named, not the largest."""
        if self.main and self.ordering:
            self.main = False
            unread.append("main")

    def other_orders_or_named(self, unread: list[str], alone: bool) -> None:
        """The other orders it was said to be first by (`order`) stand for one object said ``alone`` (not
        one of a group said first: "Of the tanks closest to the road, the largest one"), first by a first
        order of the first rank, and a closest or farthest for the one anchor it is measured from; else they
        are named ("the leftmost and largest tanks", "the largest tank near the river, which is also the
        closest to the road")."""
        measured = sum(relation.kind in MEASURED_FROM for relation in self.relations)
        distance = {"closest", "farthest"} & {self.ordering, *self.also_first}
        kept = alone and self.how_many == 1 and self.rank == 1 and self.ordering not in (None, "end")
        kept = kept and not (distance and measured != 1)
        kept_orders = []
        for order, said in zip(self.also_first, self.also_said, strict=True):
            if kept and order not in (self.ordering, REVERSED.get(self.ordering)):
                kept_orders.append(order)
            elif order != self.ordering:  # said again, it is read: "the largest, the largest of all"
                unread.extend(said)
        self.also_first, self.also_said = kept_orders, []

    def order(
        self, ordering: str, said: list[str], unread: list[str], rank: int | None = None, both: bool = False
    ) -> None:
        """Its order ("the largest"); a second, other one is named, not put in the first's place, unless
        ``both``: said of it itself ("the rightmost and largest plane", "the leftmost tank, which is also
        the largest"), it is one it is first by too, checked when selecting (`other_orders_or_named`
        settles it); another rank, or the first's reverse ("the largest and the smallest": two, not one),
        is named. A side says which end of a row ("at the end of the row, furthest left"). ``rank`` comes
        with an order read in another phrase ("with the second largest diameter"); without it the rank is
        the one its own ordinal gave."""
        if self.ordering == "end" and ordering in (*ORDER_OF_PLACES.values(), "closest", "farthest"):
            self.ordering = ordering
        elif self.by_place and ordering != self.ordering:
            # "Among the planes, the one at the bottom left is the smallest": there, and the smallest
            self.position, self.by_place, self.ordering = self.position + self.by_place, [], ordering
        elif self.ordering not in (None, ordering) or (self.ordering and rank not in (None, self.rank)):
            reversed_ = {REVERSED.get(order) for order in (self.ordering, *self.also_first)}
            one = self.rank == 1 and rank in (None, 1) and "end" not in (self.ordering, ordering)
            if not (both and one) or ordering in reversed_:
                unread.extend(said)
            elif ordering not in self.also_first:
                self.also_first.append(ordering)
                self.also_said.append(list(said))
            return
        else:
            self.ordering = ordering
        self.rank = self.rank if rank is None else rank

    @property
    def empty_but_lying(self) -> bool:
        """Nothing said of it but which way it lies ("a vertical orientation")."""
        return replace(self, orientation=None, count=1, count_given=False) == Phrase(noun=self.noun)

    @property
    def last_order(self) -> str | None:
        """The order said last ("the largest and closest tank to the road": closest, which "to" goes with)."""
        return self.also_first[-1] if self.also_first else self.ordering

    def differs(self, said: Phrase, looks: tuple[str, ...]) -> bool:
        """``said`` of it again gives one of ``looks`` another value than it has ("the small tank, a large
        one"): which is meant is not known."""
        return any(
            getattr(said, look) and getattr(self, look) not in (None, getattr(said, look)) for look in looks
        )

    def head_toward(self, ways) -> bool:
        """Its heading ("driving toward the top"); False, and unchanged, when another was said already."""
        if self.heading and set(self.heading) != set(ways):
            return False
        self.heading = list(dict.fromkeys(ways))
        return True

    def order_by_place(self) -> bool:
        """ "the top one of the two courts": the side (or corner) it is on, as its order among them (the
        topmost), when it has none yet; whether it had such a place."""
        order = None if self.ordering else ORDER_OF_PLACES.get(tuple(self.position))
        if order:
            self.ordering, self.by_place, self.position = order, self.position, []
        return order is not None

    @property
    def how_many(self) -> int | None:
        return self.count if self.count_given else (None if self.plural else 1)

    def qualifiers(self) -> Qualifiers:
        relations = list(self.relations)
        others = (
            Relation("far_from", self.noun, anchor_qualifiers=Qualifiers(count=None)) if self.noun else None
        )
        if (
            self.isolated
            and others
            and not any(r.kind == "far_from" and r.anchor == self.noun for r in relations)
        ):
            relations.append(others)
        return Qualifiers(
            count=self.how_many,
            colours=tuple(dict.fromkeys(self.colours)),
            size=self.size,
            shape=self.shape,
            orientation=self.orientation,
            heading=tuple(dict.fromkeys(self.heading)),
            truncated=self.truncated,
            position=positions_of(self.position),
            ordering=self.ordering or ("largest" if self.main else None),
            rank=self.rank,
            also_first=tuple(self.also_first),
            relations=tuple(relations),
        )


def positions_of(places: list[str]) -> tuple[str, ...]:
    """Each place once; "center" with one side is the middle of that side ("the center of the left",
    "middle right": left, halfway down), with a corner it says nothing more ("the center of the upper
    left" is that corner)."""
    unique = tuple(dict.fromkeys(places))
    if "center" in unique and sum(place in SIDES for place in unique) > 1:
        unique = tuple(place for place in unique if place != "center")
    return unique


def sides_of(places: list[str]) -> tuple[str, ...]:
    """The sides the places name, each once: what an order counts from ("from the middle left": left)."""
    return tuple(place for place in dict.fromkeys(places) if place != "center")


_IGNORED = frozenset(IGNORED)


def content_words(words: list[str]) -> list[str]:
    """The words that carry something: not a determiner, a pronoun, a joining word or the like ("up" and
    "down" say a way: "facing up")."""
    return [word for word in words if word in ("up", "down") or not LEXICON.of(word) & _IGNORED]


def one_place(places: list[str]) -> bool:
    """Whether the places name one place: a side, a corner ("top left", "north east"), or a middle."""
    sides = {place for place in places if place != "center"}
    corners = ({"top", "bottom"}, {"left", "right"}), ({"north", "south"}, {"east", "west"})
    return len(sides) <= 1 or any(
        len(sides) == 2 and len(sides & first) == 1 and len(sides & second) == 1 for first, second in corners
    )


def begins_where(words: list[str], at: int) -> bool:
    """A preposition or relation phrase begins at ``at``: what follows says where."""
    return words[at] in PREPOSITIONS or begins_relation(words, at)


def begins_relation(words: list[str], at: int) -> bool:
    for length in range(min(LONGEST_PHRASE, len(words) - at), 0, -1):
        phrase = tuple(words[at : at + length])
        if phrase in PHRASES and phrase not in WEAK_PHRASES:
            return True
    return False


def name_of(nouns: list[str]) -> tuple[str, bool, list[str]]:
    """The class or free noun the head words name, whether plural, and the words left unread ("busy road":
    a road, "busy" unread)."""
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
    if lemmas[start + length - 1] in NAMING_PEOPLE and start + length < len(nouns):
        # "the guard booth", "the vendor stall": the word for what these people do names what follows
        return " ".join([*nouns[:-1], lemmas[-1]]), is_plural_word(nouns[-1]), []
    head = nouns[start + length - 1]
    rest = nouns[:start] + nouns[start + length :]
    return str(entry.value), is_plural_word(head), rest
