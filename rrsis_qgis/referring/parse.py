"""English referring expressions of remote sensing into a `Program`, by rules, in well under a
millisecond: the datasets' expressions are templated (DIOR-RSVG: colour, size, shape, absolute
position, relation to another object, relative size; RefSegRS: attribute + category + relation), so a
parser that knows their words reads them without a language model and without its misreadings.

The expression is read left to right: position phrases ("on the left", "in the north of the image"),
relation phrases followed by their anchor ("north of the road", "between the bridge and the dam"),
and word by word counts, colours, sizes, shapes, superlatives and ordinals; the words left over name
the target, mapped to a common class (DIOR's 20, RefSegRS's) through its synonyms, or kept as typed.
An expression without a target noun is not understood: it goes to the detector whole, as before."""

from __future__ import annotations

import re

from .program import Program, Relation

# Common remote-sensing classes (DIOR's 20, RefSegRS's and what scenes hold) and other names for the
# same thing. A narrower word (truck, pond, house) is not folded into its class: the detector is asked
# for it as typed, which is more precise than the class's name.
CLASSES = {
    "airplane": ("airplane", "aeroplane", "plane", "aircraft", "airliner"),
    "airport": ("airport", "airfield"),
    "baseball field": ("baseball field", "baseball diamond", "baseball court"),
    "basketball court": ("basketball court", "basketball field"),
    "bridge": ("bridge",),
    "chimney": ("chimney", "smokestack"),
    "dam": ("dam",),
    "expressway service area": ("expressway service area", "service area", "rest area"),
    "expressway toll station": ("expressway toll station", "toll station", "toll gate", "toll booth"),
    "golf course": ("golf course", "golf field", "golffield"),
    "ground track field": ("ground track field", "track field", "running track", "athletic field"),
    "harbor": ("harbor", "harbour", "port"),
    "overpass": ("overpass", "flyover"),
    "ship": ("ship", "boat", "vessel"),
    "stadium": ("stadium",),
    "storage tank": ("storage tank", "oil tank", "fuel tank", "tank"),
    "tennis court": ("tennis court",),
    "train station": ("train station", "railway station"),
    "vehicle": ("vehicle", "automobile"),
    "windmill": ("windmill", "wind turbine"),
    "road": ("road", "street", "highway", "expressway", "motorway"),
    "building": ("building", "roof", "rooftop"),
    "parking lot": ("parking lot", "car park", "parking area", "parking"),
    "tree": ("tree",),
    "low vegetation": ("low vegetation", "grass", "lawn", "grassland"),
    "impervious surface": ("impervious surface", "pavement"),
    "river": ("river",),
    "lake": ("lake",),
    "swimming pool": ("swimming pool", "pool"),
    "railway": ("railway", "railroad", "rail line"),
    "soccer field": ("soccer field", "football field", "football pitch"),
    "farmland": ("farmland", "crop field", "cropland"),
}
_SYNONYMS = sorted(
    ((tuple(name.split()), canonical) for canonical, names in CLASSES.items() for name in names),
    key=lambda pair: -len(pair[0]),  # longest first: "storage tank" before "tank"
)

NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
NUMBERS |= {"nine": 9, "ten": 10, "both": 2, "pair": 2, "a": 1, "an": 1, "single": 1}
EVERY = {"all", "every", "each", "several", "many", "some"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
ORDINALS |= {"eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
COLOURS = {"white": "white", "black": "black", "gray": "gray", "grey": "gray", "red": "red"}
COLOURS |= {"green": "green", "blue": "blue", "yellow": "yellow", "brown": "brown", "orange": "orange"}
COLOURS |= {"dark": "dark", "bright": "bright", "light": "bright", "silver": "gray"}
SIZES = {"small": "small", "little": "small", "tiny": "small", "mini": "small", "large": "large"}
SIZES |= {"big": "large", "huge": "large", "giant": "large", "massive": "large"}
SHAPES = {"round": "round", "circular": "round", "circle": "round", "square": "square"}
SHAPES |= {"rectangular": "rectangular", "rectangle": "rectangular", "long": "long", "elongated": "long"}
SHAPES |= {"slender": "long", "thin": "long", "narrow": "long", "strip": "long"}
SUPERLATIVES = {"largest": "largest", "biggest": "largest", "smallest": "smallest", "tiniest": "smallest"}
SUPERLATIVES |= {"leftmost": "leftmost", "rightmost": "rightmost", "topmost": "topmost"}
SUPERLATIVES |= {"uppermost": "topmost", "bottommost": "bottommost", "lowermost": "bottommost"}
SUPERLATIVES |= {"northernmost": "northernmost", "northmost": "northernmost"}
SUPERLATIVES |= {"southernmost": "southernmost", "southmost": "southernmost"}
SUPERLATIVES |= {"easternmost": "easternmost", "eastmost": "easternmost"}
SUPERLATIVES |= {"westernmost": "westernmost", "westmost": "westernmost"}
# Where in the view: each word is one or two of POSITIONS.
PLACES = {"left": ("left",), "right": ("right",), "top": ("top",), "upper": ("top",), "bottom": ("bottom",)}
PLACES |= {"lower": ("bottom",), "middle": ("center",), "center": ("center",), "centre": ("center",)}
PLACES |= {"central": ("center",), "north": ("north",), "south": ("south",), "east": ("east",)}
PLACES |= {"west": ("west",), "northern": ("north",), "southern": ("south",), "eastern": ("east",)}
PLACES |= {"western": ("west",), "northeast": ("north", "east"), "northwest": ("north", "west")}
PLACES |= {"southeast": ("south", "east"), "southwest": ("south", "west")}
PLACES |= {"northeastern": ("north", "east"), "northwestern": ("north", "west")}
PLACES |= {"southeastern": ("south", "east"), "southwestern": ("south", "west")}
# Which ordering "from the left" (an ordinal's direction) or a place word's superlative means.
FROM_PLACE = {"left": "leftmost", "right": "rightmost", "top": "topmost", "bottom": "bottommost"}
FROM_PLACE |= {"north": "northernmost", "south": "southernmost", "east": "easternmost", "west": "westernmost"}
PLACE_PARTS = {"side", "part", "corner", "edge", "half", "area", "region", "end", "portion", "section"}
IMAGE_WORDS = {"image", "picture", "scene", "view", "photo", "map", "figure", "frame"}
DIRECTIONS = {
    "left": "left_of",
    "right": "right_of",
    "north": "north_of",
    "south": "south_of",
    "east": "east_of",
    "west": "west_of",
    "top": "above",
    "bottom": "below",
}
# Relation phrases (longest first), each followed by its anchor. Phrases made of a place word and "of"
# ("to the left of", "on the north side of") are read from DIRECTIONS.
RELATION_PHRASES = sorted(
    [
        (("above",), "above"),
        (("over",), "above"),
        (("on", "top", "of"), "above"),
        (("below",), "below"),
        (("under",), "below"),
        (("beneath",), "below"),
        (("underneath",), "below"),
        (("near",), "near"),
        (("near", "to"), "near"),
        (("close", "to"), "near"),
        (("next", "to"), "near"),
        (("beside",), "near"),
        (("besides",), "near"),
        (("by",), "near"),
        (("adjacent", "to"), "near"),
        (("around",), "near"),
        (("closest", "to"), "near"),
        (("nearest", "to"), "near"),
        (("closest",), "near"),
        (("nearest",), "near"),
        (("far", "from"), "far_from"),
        (("away", "from"), "far_from"),
        (("farthest", "from"), "far_from"),
        (("furthest", "from"), "far_from"),
        (("between",), "between"),
        (("in",), "inside"),
        (("inside",), "inside"),
        (("within",), "inside"),
        (("on",), "inside"),
        (("surrounded", "by"), "inside"),
        (("along",), "along"),
        (("alongside",), "along"),
        (("parallel", "to"), "along"),
        (("smaller", "than"), "smaller_than"),
        (("larger", "than"), "larger_than"),
        (("bigger", "than"), "larger_than"),
    ],
    key=lambda pair: -len(pair[0]),
)
ORDER_OF_RELATION = {("closest",): "closest", ("nearest",): "closest", ("closest", "to"): "closest"}
ORDER_OF_RELATION |= {("nearest", "to"): "closest", ("farthest", "from"): "farthest"}
ORDER_OF_RELATION |= {("furthest", "from"): "farthest"}
# Words that carry no meaning of their own here.
FILLER = {"the", "of", "is", "are", "that", "which", "who", "located", "situated", "lying", "standing"}
FILLER |= {"placed", "positioned", "there", "its", "their", "this", "these", "those", "one", "ones"}
FILLER |= {"object", "objects", "thing", "things", "with", "and", "to", "at", "from", "a", "an"}
FILLER |= {"slightly", "bit", "somewhat", "little", "much", "very", "quite", "colored", "coloured"}
FILLER |= {"parked", "docked", "moored", "sitting", "built", "shown", "seen", "visible", "found"}
FILLER |= IMAGE_WORDS | PLACE_PARTS
PLURAL_PRONOUNS = {"ones", "these", "those", "them"}  # several, though no noun says so
UNITS = {"m": 1.0, "meter": 1.0, "meters": 1.0, "metre": 1.0, "metres": 1.0, "km": 1000.0}
UNITS |= {"kilometer": 1000.0, "kilometers": 1000.0, "kilometre": 1000.0, "kilometres": 1000.0}


def tokens_of(expression: str) -> list[str]:
    """Lower-case words and numbers; "50m" is "50 m", "upper-left" is "upper left", "left-most" is
    "leftmost"."""
    text = expression.lower().replace("-most", "most").replace("’", "'")
    text = re.sub(r"(\d)([a-z])", r"\1 \2", text)
    return re.findall(r"\d+(?:\.\d+)?|[a-z]+", text)


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


class _Reader:
    def __init__(self, expression: str) -> None:
        self.expression = expression
        self.words = tokens_of(expression)
        self.at = 0
        self.count: int | None = None
        self.count_given = False
        self.colours: list[str] = []
        self.size: str | None = None
        self.shape: str | None = None
        self.position: list[str] = []
        self.ordering: str | None = None
        self.rank = 1
        self.relations: list[Relation] = []
        self.target_words: list[str] = []  # the words left for the target's noun phrase
        self.unread: list[str] = []

    def ahead(self, length: int) -> tuple[str, ...]:
        return tuple(self.words[self.at : self.at + length])

    def read(self) -> Program:
        while self.at < len(self.words):
            if not (self._position() or self._relation() or self._word()):
                self.target_words.append(self.words[self.at])
                self.at += 1
        target, plural, unread = _noun_phrase(self.target_words)
        self.unread.extend(unread)
        if target is None:  # read whole by the model, which still needs to know how many it asks for
            plural = not PLURAL_PRONOUNS.isdisjoint(self.target_words)  # "the ones on the left"
            count = self.count if self.count_given else (None if plural else 1)
            return Program(
                self.expression, self.expression.strip(), count, understood=False, unread=tuple(unread)
            )
        count = self.count if self.count_given else (None if plural else 1)
        return Program(
            expression=self.expression,
            target=target,
            count=count,
            colours=tuple(dict.fromkeys(self.colours)),
            size=self.size,
            shape=self.shape,
            position=tuple(dict.fromkeys(self.position)),
            ordering=self.ordering,
            rank=self.rank,
            relations=tuple(self.relations),
            unread=tuple(self.unread),
        )

    # "on the left", "in the upper right corner of the image", "at the bottom", "from the left"
    def _position(self) -> bool:
        at = self.at
        preposition = self.words[at] if at < len(self.words) else ""
        if preposition in ("on", "in", "at", "to", "towards", "toward", "from"):
            at += 1
        if at < len(self.words) and self.words[at] == "the":
            at += 1
        while at < len(self.words) and self.words[at] in ("far", "very", "extreme"):
            at += 1
        places = []
        while at < len(self.words) and self.words[at] in PLACES:
            places.append(self.words[at])
            at += 1
        if not places:
            return False
        while at < len(self.words) and self.words[at] in PLACE_PARTS:
            at += 1
        if at < len(self.words) and self.words[at] == "of":
            rest = self.words[at + 1 :]
            rest = rest[1:] if rest[:1] == ["the"] else rest
            if not rest or rest[0] not in IMAGE_WORDS:  # "left of the road": a relation ...
                if len(places) == 1 or self.words[at - 1] != places[-1]:
                    return False
                places.pop()  # ... after a position: "on the right north of the road"
                at -= 1
            else:  # "of the image"
                at += 3 if self.words[at + 1] == "the" else 2
        if preposition == "from":  # "the second from the left"
            self.ordering = FROM_PLACE.get(places[-1], self.ordering)
        else:  # "on the left", "the upper left tank"
            for place in places:
                self.position.extend(PLACES[place])
        self.at = at
        return True

    def _relation(self) -> bool:
        start = self.at
        distance = self._distance()
        if distance is not None:
            kind, phrase = "near", ()
        else:
            kind, phrase = self._direction() or self._phrase() or (None, ())
            if kind is None:
                self.at = start
                return False
        order = ORDER_OF_RELATION.get(phrase)
        if order:
            self.ordering = order
        anchor = self._anchor(stop_at_and=kind == "between")
        if anchor is None:  # "the tank in the picture": no anchor, nothing to relate to
            self.at = start
            return False
        second = None
        if kind == "between" and self.at < len(self.words) and self.words[self.at] == "and":
            self.at += 1
            second = self._anchor(stop_at_and=False)
        self.relations.append(Relation(kind, anchor, second, distance))
        return True

    def _distance(self) -> float | None:
        """ "within 50 m of", "less than 2 km from": a distance in metres, and the phrase consumed."""
        words = self.words[self.at : self.at + 5]
        for lead in (("within",), ("less", "than"), ("closer", "than"), ("under",)):
            n = len(lead)
            if tuple(words[:n]) == lead and len(words) >= n + 3 and re.fullmatch(r"[\d.]+", words[n]):
                unit, joint = words[n + 1], words[n + 2]
                if unit in UNITS and joint in ("of", "from"):
                    self.at += n + 3
                    return float(words[n]) * UNITS[unit]
        return None

    def _direction(self):
        """ "left of", "to the left of", "on the north side of", "north of": a direction and its anchor."""
        at = self.at
        if at < len(self.words) and self.words[at] in ("to", "on", "at", "in"):
            at += 1
        if at < len(self.words) and self.words[at] == "the":
            at += 1
        if at < len(self.words) and self.words[at] in DIRECTIONS:
            direction = self.words[at]
            at += 1
            while at < len(self.words) and self.words[at] in PLACE_PARTS:
                at += 1
            if at < len(self.words) and self.words[at] == "of":
                self.at = at + 1
                return DIRECTIONS[direction], ()
        return None

    def _phrase(self):
        for phrase, kind in RELATION_PHRASES:
            if self.ahead(len(phrase)) == phrase:
                self.at += len(phrase)
                return kind, phrase
        return None

    def _anchor(self, stop_at_and: bool) -> str | None:
        """The anchor's words up to the next relation or position phrase (or "and" in "between")."""
        words = []
        while self.at < len(self.words):
            word = self.words[self.at]
            if stop_at_and and word == "and":
                break
            mark = self.at
            if self._starts_relation_or_position():
                self.at = mark
                break
            words.append(word)
            self.at += 1
        anchor, _plural, unread = _noun_phrase([w for w in words if w not in COLOURS and w not in SIZES])
        self.unread.extend(unread)
        return anchor

    def _starts_relation_or_position(self) -> bool:
        saved = (self.at, list(self.position), self.ordering)
        found = self._distance() is not None or self._direction() is not None
        if not found:
            self.at = saved[0]
            found = any(
                self.ahead(len(phrase)) == phrase and phrase not in (("on",), ("in",), ("by",), ("over",))
                for phrase, _ in RELATION_PHRASES
            )
        if not found:
            found = self._position()
        self.at, self.position, self.ordering = saved[0], saved[1], saved[2]
        return found

    def _word(self) -> bool:
        word = self.words[self.at]
        if re.fullmatch(r"\d+", word) and not self.count_given:
            self.count, self.count_given = int(word), True
        elif word in NUMBERS and not self.count_given and word != "one":
            self.count, self.count_given = NUMBERS[word], True
        elif word == "one" and not self.count_given and (self._next_is_noun() or self._partitive()):
            self.count, self.count_given = 1, True  # "one tank", "one of the tanks"
        elif word in EVERY:
            self.count, self.count_given = None, True
        elif word in ORDINALS:
            self.rank = ORDINALS[word]
            self.count, self.count_given = 1, True
        elif word in SUPERLATIVES:
            self.ordering = SUPERLATIVES[word]
            if self._partitive() and not self.count_given:  # "the largest of the tanks" is one
                self.count, self.count_given = 1, True
        elif word in COLOURS:
            self.colours.append(COLOURS[word])
        elif word in SHAPES:
            self.shape = SHAPES[word]
        elif word in SIZES and self.ahead(2)[1:] not in (("smaller",), ("larger",), ("bigger",)):
            self.size = SIZES[word]
        elif word in ("smaller", "larger", "bigger") and self.ahead(2)[1:] != ("than",):
            self.size = "small" if word == "smaller" else "large"
        else:
            return False
        self.at += 1
        return True

    def _partitive(self) -> bool:
        """The word is followed by "of": one of a plural ("one of the ships"), not the plural itself."""
        return self.ahead(2)[1:] == ("of",)

    def _next_is_noun(self) -> bool:
        following = self.words[self.at + 1 : self.at + 2]
        return bool(following) and following[0] not in FILLER and following[0] not in RELATION_WORDS


RELATION_WORDS = {word for phrase, _ in RELATION_PHRASES for word in phrase}


def _noun_phrase(words: list[str]) -> tuple[str | None, bool, list[str]]:
    """The class (or free noun phrase) the words name, whether it was plural, and the words left unread."""
    lemmas = [singular(word) for word in words]
    for index in range(len(lemmas)):
        for names, canonical in _SYNONYMS:
            if tuple(lemmas[index : index + len(names)]) == names:
                head = words[index + len(names) - 1]
                rest = words[:index] + words[index + len(names) :]
                return canonical, singular(head) != head, [word for word in rest if word not in FILLER]
    content = [word for word in words if word not in FILLER]
    if not content:
        return None, False, []
    # No class known: the noun phrase as typed (singular), its last word the head.
    return " ".join(singular(word) for word in content), singular(content[-1]) != content[-1], []


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
    target, _plural, _unread = _noun_phrase(tokens_of(name))
    return target
