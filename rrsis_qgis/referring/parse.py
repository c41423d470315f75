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

from dataclasses import replace

from .lexicon import LEXICON, NOUNS
from .not_judged import NotJudged
from .noun_phrases import NounPhrases
from .places import ASPECTS_OF_ITS_OWN, HAVING, MOTOR_VEHICLES, RUNNING, RUNS, Places
from .program import Exclusion, Program, Qualifiers, Relation
from .sets import SetsTakenAway
from .spelling import known_word, meant, slips_from_a_negation
from .words import (
    FORMING,
    GENERIC_NOUNS,
    IGNORED,
    LAST,
    LINES,
    LONGEST_PHRASE,
    MEETING,
    NAMED_AGAIN_BY_ANCHORS,
    ORDER_OF_PLACES,
    OUTLINE_SHAPES,
    OUTLINES,
    PREPOSITIONS,
    RESHAPING,
    STRUCTURES,
    Phrase,
    after_a_break,
    begins_relation,
    begins_where,
    content_words,
    group_size_at,
    is_plural_word,
    lies_along,
    name_of,
    names_again,
    number_at,
    said_as,
    sides_of,
    singular,
    tokens_of,
)

# What a model told of "the target object" writes before it: "the highlighted object is ...".
FRAMED = ("referred", "described", "highlighted", "selected", "indicated", "specified", "mentioned")
FRAMED += ("designated", "queried", "marked")
# "the larger of the two": the largest of them.
COMPARED = {"large": "largest", "small": "smallest"}

# Before "then" that means "than": "bigger then the others".
COMPARING = ("smaller", "larger", "bigger", "longer", "shorter", "wider", "narrower", "closer", "nearer")
COMPARING += ("further", "farther", "darker", "lighter", "brighter", "taller", "higher", "lower", "greater")
# Before "left" as a verb: "the car that just left the parking lot", "has not left".
BEFORE_LEFT = ("just", "that", "which", "who", "has", "had", "recently", "already", "not", "never")
# "the third car from left to right": counted from where the way starts.
ORDER_FROM = {"right": "leftmost", "left": "rightmost", "bottom": "topmost", "top": "bottommost"}
# Toward an object: near it, which way it faces not judged ("facing the terminal")
FACING = ("facing", "faces", "pointing", "points", "oriented")
# What hides an object from above, said after "not fully visible": not the view's edge
HIDING = ("under", "beneath", "behind", "below", "shadow", "shade", "tree", "trees", "canopy", "roof")
EDGES = ("edge", "edges", "border", "borders", "boundary", "margin")
# Some of them, after a comma: "the cars, most of them white", "mostly small cars"
SOME_OF_THEM = ("some", "most", "many", "several", "few", "none", "mostly", "mainly")
ORDER_FROM |= {"north": "southernmost", "south": "northernmost", "east": "westernmost", "west": "easternmost"}


def _with_said_of_all(other: Phrase, before: Phrase, target: Phrase) -> Phrase:
    """Another target's phrase with what was said of the target after it was named ("the cars and the
    bus on the road": on the road both), where it has none of its own."""
    merged = other.copy()
    merged.colours += target.colours[len(before.colours) :]
    merged.position += target.position[len(before.position) :]
    merged.relations += target.relations[len(before.relations) :]
    merged.relations = [r for r in merged.relations if r.anchor != other.noun]  # not its own anchor
    for name in ("size", "shape", "orientation", "ordering", "rank", "heading", "truncated", "isolated"):
        said_after = getattr(target, name) != getattr(before, name)
        if said_after and getattr(other, name) in (None, [], False, 1):
            value = getattr(target, name)
            setattr(merged, name, list(value) if isinstance(value, list) else value)
    return merged


GROUP_LOOKS = ("tight", "compact", "close", "loose", "neat", "small", "large", "long", "straight", "dense")
# The middle of a group: "in the middle of a row of cars".
MIDDLE_OF = [[at, "the", middle, "of"] for at in ("in", "at") for middle in ("middle", "center", "centre")]
# What a quality is said of, after it: "rectangular in shape", "white in colour".
ASPECTS = ("shape", "form", "outline", "color", "colour")


class _Reader(NounPhrases, Places, SetsTakenAway, NotJudged):
    def __init__(self, expression: str, slips: dict[int, str] | None = None) -> None:
        self.expression = expression
        self.words = tokens_of(expression)
        for at, word in (slips or {}).items():  # a typing slip read as the word it slips from
            self.words[at] = word
        self.breaks = after_a_break(expression)  # words after a comma or a full stop
        self.end = len(self.words)
        self.words += [""] * (LONGEST_PHRASE + LEXICON.longest + 4)  # look ahead past the end safely
        self.unjudged: list[tuple[str, int, int]] = []  # said and not judged: (kind, start, end)
        self._at = 0
        self.target = Phrase()
        # What is taken away, with the target it names ("except the red cars"; None: every target's).
        self.excluded: list[tuple[Exclusion, str | None]] = []
        self.others: list[Phrase] = []  # the other targets ("the cars and the bus": the bus)
        self.unread: list[str] = []
        self.named_image = False  # the last position read ended "of the image"
        self.stray = -1  # where the last quality said of some other noun was
        self.negating = self.excluding = 0  # inside a negation or an exclusion: a set is being read
        self.listing = False  # inside an exclusion's list ("except the red, white and blue ones")
        self.spoilt = False  # the set being read holds what nothing judges: it is named, not taken away
        self.negated_until = -1  # where the last negation read as taken away ended ("not red but ...")
        self.in_group = False  # the target is one of a group named first ("Among the three ships, ...")
        # where the target's own words begin after such a group said without an order of its own
        # ("Among the four planes, the one ... is the smallest"): what follows is the one's; 0: no such group
        self.after_plain_group = 0
        self.group_said: tuple[Phrase, list[str]] | None = None  # that group and its words
        # that group is what it is compared to ("Compared to the other ships,")
        self.compared_to_group = False
        self.said_larger = False  # the target's size was said by a comparative ("is slightly smaller")
        self.verb_end = -1  # where the last verb the lexicon does not know, and its object, ended
        self.target_end = -1  # where the target's noun phrase ended
        self.partitive = False  # the target is "one of the ships"
        # the target is one of a group said in its own words ("the largest of the tanks closest to the road",
        # "among the cars", "of the two"): what follows may be the group's
        self.counted_among = False
        self.counted_from = ()  # "Counting from the left, the second ...": the sides an ordinal counts from
        self.row_said = False  # the target's own row, line, column or queue was read ("in the row")
        self.own_list = False  # what the target was said to have goes on ("with a pool, a lawn and ...")
        # where the last look given to an anchor ended, and whose ("next to the bus which is white and ...")
        self.anchor_look: tuple[int, str] = (-1, "")

    @property
    def at(self) -> int:
        """The reading point: the index of the next word to read."""
        return self._at

    @at.setter
    def at(self, value: int) -> None:
        # Read again from before what was kept as not judged (a look-ahead given up): it is not kept.
        if value < self._at and self.unjudged:
            self.unjudged = [said for said in self.unjudged if said[1] < value]
        self._at = value

    def _next_break(self, at: int) -> int:
        """The first word from ``at`` on that follows a comma or a full stop; the end when none does."""
        return next((after for after in range(at, self.end) if after in self.breaks), self.end)

    def read(self) -> Program:
        self._skip("command")
        self._target_frame()
        group_start = self.at
        group = self._group_first()
        group_words = self.words[group_start : self.at]
        if group is not None:
            self._target_frame()  # "Among the trucks in the yard, the target large vehicle is the one ..."
        self.in_group = group is not None
        self.after_plain_group = self.at if group is not None and not (group.ordering or group.ordinal) else 0
        start = self.at
        found = self._noun_phrase(self.target)
        self.target_end = self.at
        if not found and self.target.one and group is None:
            # "The one furthest to the left among the three tanks": the kind of the group it is said among
            self.target.noun = self._kind_said_later()
            found = self.target.noun is not None
        others = self._other_targets() if found and group is None and not self.partitive else []
        if others and self.words[start] == "both" and self.target.count == 2:  # "both the car and the truck"
            self.target.count, self.target.count_given = 1, False
        self.others = others
        # What the target holds now is its own; what follows is every target's (only copied when needed).
        before = self.target.copy() if others else self.target
        # "Among the trucks, the large vehicle is ...": a vehicle of the group's narrower kind
        narrower = group is not None and self.target.noun == "vehicle" and _a_vehicle_s_kind(group.noun)
        narrower = narrower and "and" not in group_words  # not "Among the trucks and cars": which?
        if (
            group is not None
            and self.target.noun not in (None, group.noun)
            and not self._of_its_kind(group.noun)
            and not narrower
        ):
            self.unread.extend(content_words(group_words))  # "Among the tanks, the red car": of no such group
        elif group is not None:
            # "Among the storage tanks on the right side, the smallest white one", "Among the cars on the
            # highway, the one closest to the bottom", "In the group of planes at the top, this plane ...":
            # one of that group, and what is said of the group
            if self.target.noun is None or narrower:
                self.target.noun, found = group.noun, True
            said = self.words[start : self.target_end]
            if "one" in said and self.target.position == ["center"]:  # "the middle one": of the group
                self.target.position, self.target.ordering = [], "middle"
            side = ORDER_OF_PLACES.get(sides_of(self.target.position)) if self.target.one else None
            if side and not self.target.ordering:  # "the left one": the leftmost of them
                self.target.position, self.target.ordering = [], side
            self.target.colours += group.colours
            self.target.position += group.position
            self.group_said = group, group_words
            if self.target.one:
                self._order_among(self.target)
        while self.at < self.end:
            only = self.words[self.at] in ("only", "single", "sole") and self._one_noun_follows(self.at + 1)
            if not found and (self._starts_noun() or only):  # "on the left, the white tank", "It is the only"
                found = self._noun_phrase(self.target)
                self.target_end = self.at
                continue
            mark = self.at
            if not self._modifier(self.target) or self.at <= mark:  # read on, never in place
                self.at = mark
                ignored = LEXICON.match(self.words, self.at, *IGNORED)
                # "from the park": a verb's word after an article, where no phrase read it, is a noun
                if self.words[self.at - 1] in ("the", "a", "an") and self.words[self.at] in ("park", "parks"):
                    ignored = None
                if ignored:
                    self.at += ignored[0]
                    continue
                self.unread.append(self.words[self.at])
                self.at += 1
        target = self.target
        if target.noun is None:  # read whole by the model, which still needs to know how many it asks for
            plural = any(word in ("ones", "these", "those", "them", "they") for word in self.words)
            count = target.count if target.count_given else (None if plural else 1)
            for _kind, start, end in self.unjudged:  # read whole: nothing is kept apart
                self.unread.extend(self.words[start:end])
            return Program(
                self.expression, self.expression.strip(), count, understood=False, unread=tuple(self.unread)
            )
        self._along_a_row(target)
        # "Compared to the other planes, the plane on the left is larger", "Among the two roundabouts, the one
        # on the right, which is slightly smaller": the largest, the smallest of them
        grouped = self.compared_to_group or self.in_group
        if grouped and self.said_larger and target.size in COMPARED and not target.ordering:
            target.ordering, target.size = COMPARED[target.size], None
        if self.group_said and self.compared_to_group and "other" not in self.group_said[1]:
            # "Compared to the large tanks, the one at the top": they need not hold it; their looks named
            self.unread.extend(word for word in self.group_said[1] if LEXICON.of(word) & {"size", "shape"})
        elif self.group_said:  # "Compared to the other round tanks": round too
            self._take_the_group_s_looks(target, *self.group_said)
        for phrase in (target, *others):
            phrase.main_or_named(self.unread)
            alone = not (self.compared_to_group or self.counted_among or self.partitive)
            alone = alone and (self.after_plain_group or not self.in_group)
            alone = alone and not self._a_group_said(since=self.after_plain_group)
            phrase.other_orders_or_named(self.unread, alone=alone)
        also = tuple(self._program(_with_said_of_all(other, before, target)) for other in others)
        if others:  # "the bus and the car behind the bus": behind the bus is the car's, not the bus's own
            said_after = target.relations[len(before.relations) :]
            own = [r for r in said_after if r.anchor == target.noun]
            target.relations = [r for r in target.relations if r not in own]
        unread = tuple(dict.fromkeys(self.unread))
        return self._program(target, also=also, unread=unread, unjudged=self._unjudged_said())

    def _end_of_a_row(self, phrase: Phrase) -> bool:
        """ "at the end of the row", "at either end of the line of parked cars": an end of the target's row
        (`select`'s "end"); "at the far right end of the row", "at the left of the row": that side's end
        (the rightmost); "at the end of the pier" is not read here."""
        if phrase is not self.target or self.words[self.at] not in ("at", "on") or phrase.relations:
            return False  # "the person near the car at the end of the row": the car's row, maybe
        at = self.at + 1 + (self.words[self.at + 1] in ("the", "one", "either", "each", "both"))
        at += self.words[at] in ("very", "far", "extreme")
        at, places = self._places(at)
        ends = self.words[at] in ("end", "ends")
        if not (ends or places) or self.words[at + ends] != "of":
            return False
        start, self.at = self.at, at + ends + 1
        row = self.at + (self.words[self.at] in ("the", "a", "its", "their"))
        row += self.words[row] in ("long", "short")  # "a long row"
        row += self.words[row] == "parking"  # "the parking row"
        if not self._line_at(row) or (places and not ORDER_OF_PLACES.get(sides_of(places))):
            self.at = start
            return False
        if self._unlike_its_group(phrase):
            self._name_unread(start)  # "the red car at the end of the row of white cars": in no white car
            return True
        self.at = row
        if not self._collective_of_the_target():
            self.at = start
            return False
        if places:
            phrase.order(ORDER_OF_PLACES[sides_of(places)], self.words[start : self.at], self.unread)
        else:  # "the largest car at the end of the row": which end is another order, named
            phrase.order("end", self.words[start : self.at], self.unread)
        return True

    def _its_own_ordinal(self, target: Phrase) -> bool:
        """The target's ordinal was said in its own noun phrase ("the last car in the row"), or right after
        a comma as the one it is, nothing said of another before ("the car, the last one in the row")."""
        if target.ordinal in self.words[: self.target_end]:
            return True
        # "the car, the last one in the row" (not "the car, the last truck in the row")
        again = [
            at
            for at in self.breaks
            if self.words[at : at + 2] == ["the", target.ordinal]
            and (self.words[at + 2] in ("one", "in", "of") or singular(self.words[at + 2]) == target.noun)
        ]
        return bool(again) and not target.relations

    def _along_a_row(self, target: Phrase) -> None:
        """An ordinal with nothing it counts along: in a queue at an anchor, from it ("the first car
        waiting at the stop line" the closest, "the last" the farthest); in a row, line or column, from
        either end ("the last car in the row", "the second plane in the line"); else named ("the first car
        on the road": first along what?)."""
        if not target.ordinal or target.ordering is not None:
            return
        said = self.words[: self.end]
        waits = [r for r in target.relations if r.kind == "near"]
        queued = any(word == "queue" or "waiting" in LEXICON.of(word) for word in said)
        if waits and queued:  # the first of them said ("at the light, behind the stop line")
            target.ordering = "farthest" if target.ordinal in LAST else "closest"
        elif self.counted_from and target.ordinal not in LAST:
            target.ordering = ORDER_OF_PLACES[self.counted_from]  # "Counting from the left, the second"
        elif self.row_said and not self.others and self._its_own_ordinal(target):
            # its own row ("near the line of trees" is none), its own ordinal ("... and the last truck")
            target.ordering = "end"
            target.count = None if target.plural else target.count  # "the last cars in the rows": each end
        else:
            self.unread.append(target.ordinal)

    def _program(self, phrase: Phrase, **more) -> Program:
        qualities = phrase.qualifiers()
        return Program(
            expression=self.expression,
            target=phrase.noun,
            count=qualities.count,
            colours=qualities.colours,
            size=qualities.size,
            shape=qualities.shape,
            orientation=qualities.orientation,
            heading=qualities.heading,
            truncated=qualities.truncated,
            position=qualities.position,
            ordering=qualities.ordering,
            rank=qualities.rank,
            also_first=qualities.also_first,
            relations=qualities.relations,
            excluded=tuple(taken for taken, noun in self.excluded if noun in (None, phrase.noun)),
            **more,
        )

    def _other_targets(self) -> list[Phrase]:
        """ "the cars and the bus", "the white car and black car", "the white car and the red one": the
        other targets named right after the target, each with its own words (what follows them is said
        of all: `_with_said_of_all`)."""
        others = []
        while True:
            joined = LEXICON.match(self.words, self.at, "and")
            # "cars, trucks and buses": the commas are not words; a plural noun goes on a list that "and" ends
            listed = not joined and (others or [self.target])[-1].plural and self._listed_noun(self.at)
            # "the red car, the white van and the bus": a noun phrase right after the target's, "and" ahead
            listed = listed or (
                not joined and self.words[self.at] in ("the", "a", "an") and self._noun_follows(self.at + 1)
            )
            listed = listed and "and" in self.words[self.at : self.at + 8]
            if not (joined or listed) or self._clause_ends():
                break
            start, self.at = self.at, self.at + (joined[0] if joined else 0)
            begins = self.at  # the other target's first word
            other = Phrase()
            if self.words[self.at] == "another":  # "the car and another car"
                self.at += 1
            if self._noun_follows(self.at) or self._one_follows(self.at):
                self._noun_phrase(other)
            if other.noun is None and other.one:
                other.noun = self.target.noun  # "the red one": another of the target's kind
                if replace(other.qualifiers(), count=1).empty:  # "and the one next to it": another, unsaid
                    # what follows is that one's ("the white car and the one parked at the gate")
                    self.unread.append(" ".join(self.words[begins : self.at]))
                    self._name_to_the_next_break(self.at, self.at)
                    break
            listing_goes_on = self.words[self.at] == "and" or (
                self.words[self.at] in ("the", "a", "an") and self._noun_follows(self.at + 1)
            )
            if other.noun is None or (listed and not joined and not listing_goes_on):
                # "and it is", "and is near": not another target; "the car the man is driving": a clause
                self.at = start
                break
            others.append(other)
        return others

    def _listed_noun(self, at: int) -> bool:
        """One of the vocabulary's nouns that is no verb ("the cars park near", "cars parking in the lot")."""
        return self._known_noun(at) > 0 and not LEXICON.of(self.words[at]) & {"state", "motion"}

    def _one_follows(self, at: int) -> bool:
        """ "the red one", "the two large ones": determiners and qualities, then "one"."""
        while at < self.end and (
            LEXICON.of(self.words[at])
            & {"determiner", "number", "colour", "size", "shape", "orientation", "way", "isolated"}
        ):
            if self.words[at] in ("one", "ones"):
                return True
            at += 1
        return self.words[at] in ("one", "ones")

    def _modifier(self, phrase: Phrase) -> bool:
        """One thing said about ``phrase`` at the reading point: consumed, True; or False."""
        word = self.words[self.at]
        # "directly to the left of", "right in the middle"
        beside = self.at + 1 + (self.words[self.at + 1] in ("to", "on", "at", "in"))
        strong = begins_relation(self.words, self.at + 1) or self._place_at(beside)
        strong = strong and not self._after_motion()
        if word in ("right", "just", "directly", "immediately") and strong:
            self.at += 1  # "right behind the bus", "just below the bridge": how close, not a place
            return True
        following = self.words[self.at + 1]
        if word in ("floating", "drifting") and (
            following in PREPOSITIONS or begins_relation(self.words, self.at + 1)
        ):
            self.at += 1  # "floating in the open water": in it (not "a floating dock", named)
            return True
        if word in ("its", "their", "his", "her") and LEXICON.match(self.words, self.at + 1, "place"):
            end, _places = self._places(self.at + 1)  # "the tanks to its left": beside another, unread
            self.unread.extend(self.words[self.at + 1 : end])
            self.at = end
            return True
        if self._one_of_the_group_said(phrase) or self._of_all(phrase) or self._that_place_again(phrase):
            return True
        if self._its_kind_after_a_height(phrase):
            return True
        if self._pronoun_of_another(phrase) or self._another_target_after(phrase):
            return True
        if word == "each" and self._each_of_them(phrase):
            return True
        only = (
            word in ("only", "sole", "single")
            and self.words[self.at - 1] == "the"
            and self._one_follows(self.at + 1)
            and not self._after_an_anchor_s_clause(self.at, right_after=False)  # the car's, maybe
        )
        if only and phrase is self.target and phrase.how_many == 1:
            self.at += 1  # "stands out as the only red one": one, as it is
            return True
        if self._target_frame():
            if phrase.noun is not None:
                self._apposition(phrase, framed=True)
            return True
        if self._part_clause(phrase) or self._look_after_a_break(phrase) or self._apposition(phrase):
            return True
        if self._how_many_of_them(phrase) or self._all_of_them(phrase) or self._some_of_them(phrase):
            return True
        if word == "none" or self.words[self.at : self.at + 3] == ["of", "which", "none"]:
            self._name_to_the_next_break(self.at, self.at + 1)  # "none of which are white": never kept
            self.unread.extend([] if "none" in self.unread else ["none"])
            return True
        if word == "whose":
            return self._whose(phrase)
        if self._in_a_colour(phrase) or self._of_an_aspect(phrase) or self._in_a_manner():
            return True
        if self._gone_from(phrase) or self._inside_an_edge(phrase):
            return True
        if (
            self._member_of_group(phrase)
            or self._of_a_place(phrase)
            or self._forming_a_group(phrase)
            or self._middle_of_its_group(phrase)
            or self._while_the_others(phrase)
            or self._end_of_a_row(phrase)
            or self._counted_row(phrase)
            or self._because_of_its(phrase)
            or self._where_holds(phrase)
            or self._is_a(phrase)
        ):
            return True
        stands_out = LEXICON.match(self.words, self.at, "state")  # "unlike the others": read as nothing
        # "and the truck is white": a clause of another subject (after a comma alone, the target may be
        # said only now: "Positioned at the end of the jet bridge, the plane is ...")
        another_s = word == "and" and phrase is self.target and self._clause_of_another(self.at + 1)
        if another_s or (
            word in ("whereas", "while", "unlike")
            and phrase is self.target
            and not (stands_out and self.at + stands_out[0] in (self.end, *self.breaks))
            and self._said_of_others(self.at + 1)
        ):
            # "while a narrow river runs along the left": said of others, to the clause's end; kept and
            # shown, it picks nothing
            start = self.at
            if word == "unlike":  # "unlike the others (which are red)": a noun phrase and its own clause
                self.at += 1
                if not (self._the_others() or self._noun_phrase(Phrase(), anchor=True)):
                    self.at = self._next_break(start + 1)  # "unlike the smaller one ...": to its end
                # "unlike the others, which are red", "unlike the smaller one with a red roof": theirs
                its_own = self.words[self.at] == "with" and self.at not in self.breaks
                if self.words[self.at] in ("which", "that", "who") or its_own:
                    self.at = self._next_break(self.at + 1)
            else:  # "while the trucks, which are large, are at the top": a clause, to its end
                self.at = next(
                    (at for at in range(self.at + 1, self.end) if self._said_of_it_again(start, at)), self.end
                )
            said = self.words[start : self.at]
            negated = any(LEXICON.of(word) & {"negation", "exclusion"} for word in said)
            # "the car near the truck while that vehicle is white": which vehicle? named
            either = len(said) > 2 and said[1] in ("this", "that") and self._target_named_at(start + 2)
            either = either and self.words[start + 2] not in STRUCTURES | OUTLINES
            if {"it", "its", "itself"} & set(said) or negated or either:
                # "whereas the piers to its right are crowded": where it is, too; a negation: named
                self._name_unread(start)
            else:
                self._not_judged("others", start)
            return True
        verb_of_its_own = not (self._noun_at(self.at + 2) or self._noun_follows(self.at + 2))
        if word == "while" and _a_verb_s_form(self.words[self.at + 1]) and verb_of_its_own:
            self.at += 1  # "while parked near the bus", "while waiting": when, as it is
            return True
        said_darker = any(
            said in ("darker", "brighter", "lighter") for said in self.words[self.at - 3 : self.at]
        )
        if word == "than" and said_darker and phrase.colours:
            mark, self.at = self.at, self.at + 1
            if self._the_others():  # "darker in color than the rest": the dark one among them
                return True
            self.at = mark
        if word in ("darker", "brighter", "lighter") and self.words[self.at + 1] == "than":
            mark, self.at = self.at, self.at + 2
            if self._the_others():  # "darker than the others": the dark one among them
                phrase.colours.append("dark" if word == "darker" else "bright")
                return True
            self.at = mark
        if word == "in" and (phrase.ordering or phrase is self.target):
            # "the smallest tank in the cluster of white tanks": the group it is ordered in; "the tank in
            # the cluster at the top left", "the car in the row of cars on the left": one of a group, which
            # is where it is
            start, self.at = self.at, self.at + 1
            if not phrase.ordering and self._unlike_its_group(phrase):
                self._name_unread(start)  # "the red car in the row of white cars": in no white car
                return True
            if self._collective_of_the_target():
                return True
            self.at = start
        queue = LEXICON.match(self.words, self.at, "queue")
        if queue and phrase.ordinal:  # "the second car in the queue at the light": the queue it waits in
            self.at += queue[0]
            self.row_said = True
            return True
        if word in ("among", "amongst", "amid", "amidst") and phrase is self.target:
            self.counted_among = True
        if word in ("among", "amongst") and phrase.ordering:
            self.at += 1  # "the smallest among the group at the top": the group it is ordered in
            if self._collective_of_the_target() or self._the_others():  # "the largest among the others"
                return True
            self.at -= 1
        if word in ("among", "amongst", "amid", "amidst") and phrase is self.target:
            start = self.at  # "a small vehicle among a cluster of vehicles": one of them
            self.at += 1
            # "the red car among the rows of white cars" is in no white car: near them, as "among" says
            unlike = self._unlike_its_group(phrase)
            self.at = start + 1
            if not unlike and self._collective_of_the_target():
                return True
            self.at = start
        if word == "among" and self.words[self.at + 1] in ("those", "them", "these"):
            self.at += 2  # "the smallest vehicle among those parked near the building": the target's words
            return True
        isolated = LEXICON.match(self.words, self.at, "isolated")
        if isolated and self.words[self.at + isolated[0]] != "from":
            # "the court that appears isolated", "set apart from the others"; "isolated from the road": a
            # relation; "on its own parking spot": its own what? named
            phrase.isolated = not self._its_own_thing(self.at + isolated[0])
            if not phrase.isolated:
                self.unread.extend(self.words[self.at : self.at + isolated[0]])
            self.at += isolated[0]
            return True
        way = LEXICON.match(self.words, self.at, "way")
        if way:  # "heading upward", "crossing from left to right": which way it goes
            start = self.at
            said, self.at = self.words[self.at : self.at + way[0]], self.at + way[0]
            theirs = phrase.relations and self._its_anchor_runs(phrase, self.at - way[0])
            if phrase.ordinal and not phrase.ordering and said[0] == "from":  # "the third from left to right"
                phrase.ordering = ORDER_FROM[way[1].value[0]]
            elif theirs:  # "the car on the road, which runs from left to right": the road lies so, or named
                lies = phrase is self.target and said[0] == "from"  # (a set's anchor: named)
                if not (lies and self._anchor_lies(lies_along(way[1].value), self.at - way[0])):
                    self.unread.extend(said)
            elif said[0] == "from" and phrase is self.target and phrase.how_many == 1 and not phrase.ordinal:
                # "the bridge running from left to right": a bridge lies that way; "the car driving from
                # left to right" goes that way; "the bridge crossing a river that flows from left to
                # right": the river's, named
                if self._goes(str(phrase.noun)) and (
                    self._moving_before() or "crossing" in self.words[:start]
                ):
                    if not phrase.head_toward(way[1].value):
                        self.unread.extend(said)
                elif not self._its_own_verb_before(start):
                    self.unread.extend(said)
                elif phrase.orientation in (None, lies_along(way[1].value)):
                    phrase.orientation = lies_along(way[1].value)
                else:
                    self.unread.extend(said)
            elif said[0] == "from" and phrase is self.target and self._lined_up_before(start):
                # "the windmills standing in a line from left to right": how the group lies, not judged
                self._not_judged("alignment", start)
            elif not (self._moving_before() or "crossing" in self.words[: self.at]):
                self.unread.extend(said)  # "the cars arranged from left to right": no way anything goes
            elif not phrase.head_toward(way[1].value):
                self.unread.extend(said)
            return True
        if word in ("up", "down") and self._after_motion() and not self._noun_follows(self.at + 1):
            # "facing up", "pointing down": toward the top, the bottom of the view; "the bus heading up": up
            # the view, or up a slope? named
            faces = self.words[self.at - 1] in FACING and self._going(phrase)
            start, self.at = self.at, self.at + 1
            ways = ["top" if word == "up" else "bottom"]
            side = self.at + (self.words[self.at] == "and")
            side += self.words[side : side + 2] == ["to", "the"] and 2
            joined = not any(at in self.breaks for at in range(self.at, side + 1))
            # (not "up right next to the bus": how near; not "up and to the left of the bus": a side of it)
            after = self.words[side + 1] if side + 1 not in self.breaks else ""
            near = self.words[side] == "right" and after in (
                "next",
                "beside",
                "behind",
                "against",
                "by",
                "in",
            )
            near = near and begins_relation(self.words, side + 1)
            if self.words[side] in ("left", "right") and joined and after != "of" and not near:  # "up-left"
                ways.append(self.words[side])
                self.at = side + 1
            if not (faces and phrase.head_toward(tuple(ways))):
                self.unread.extend(self.words[start : self.at])
            return True
        if word in ("up", "down") and self.words[self.at - 1] == "and":
            self.unread.append(word)  # "facing left and up": which way? no verb's particle
            self.at += 1
            return True
        if word in ("up", "down") and self._after_motion() and phrase is self.target:
            mark, self.at, anchor = self.at, self.at + 1, Phrase()
            if self._anchor(anchor):  # "driving down the road": along it
                phrase.relations.append(Relation("along", anchor.noun, anchor_qualifiers=anchor.qualifiers()))
                return True
            self.at = mark
        if self._not_judged_here(phrase):  # "casting a long shadow", "turning left", "slightly larger"
            return True
        if self._dressed(phrase) or self._motion_object(phrase) or self._facing_toward(phrase):
            return True
        if self._unknown_verb():
            return True
        ignored = LEXICON.match(self.words, self.at, *IGNORED)
        said = self.words[self.at : self.at + ignored[0]] if ignored else []
        if self.others and {"it", "them", "each", "another"} & set(said):
            self.unread.extend(said)  # "the road and the cars on it": how the targets stand, unsaid
            self.at += ignored[0]
            return True
        if ignored and ignored[0] > 1:  # "in a row", "next to each other": before "in", "next to" alone
            self.row_said = self.row_said or bool(set(said) & set(LINES))
            self.at += ignored[0]
            return True
        if self._clear_of_the_edge(phrase):
            return True
        own = phrase is self.target and phrase.noun and (not phrase.relations or self.at in self.breaks)
        if word == "not" and self.words[self.at + 1] in ("the", "that") and own:
            # (not "next to the truck that is not the one near the bus": the truck's, maybe)
            kind = self.words[self.at + 2 : self.at + 2 + (self._known_noun(self.at + 2) or 1)]
            if kind in (["one"], ["ones"]) or name_of(kind)[0] == phrase.noun:
                return self._exclusion(1, word)  # "the court on the left, not the one near the pool"
        whole = LEXICON.match(self.words, self.at + 1, "whole") if word == "not" else None
        if whole and self.words[self.at + 1] != "complete":
            return self._not_wholly_in_view(phrase, whole[0])
        if word in ("not", "never", "no", "non", "neither"):
            return self._negation()
        if word == "but" and self.negated_until == self.at:
            start = self.at  # "not on the left but on the right", "not white but the red one": the target's
            self.at += 1
            end = self._next_break(self.at)
            if {"it", "its", "them", "their"} & set(self.words[self.at : end]):
                self.at = end  # "not the white one but the one next to it": next to the white one? named
                self._name_unread(start)
            return True
        if ordinal := LEXICON.match(
            self.words, self.at, "ordinal"
        ):  # "the tank that is second from the left"
            if self.words[self.at + ordinal[0]] in LINES:  # "in the second row": which row, not which tank
                self.at += ordinal[0] + 1
                self._name_unread(self.at - ordinal[0] - 1)
                return True
            last = str(phrase.relations[-1].anchor).split()[-1] if phrase.relations else None
            if (
                phrase is self.target
                and last == singular(self.words[self.at - 1])
                and self.at not in self.breaks
            ):
                return False  # "the car behind the truck third from the left": the truck's, maybe; named
            ordinal_before = phrase.ordinal
            if not self._count_word(phrase):
                return False
            named = self._target_named_at(self.at)
            same = named and name_of(self.words[self.at : self.at + named])[0] == phrase.noun
            if phrase is self.target and not phrase.relations and not ordinal_before and same:
                self.at += named  # "The car is the fourth car from the right" (not "the fourth vehicle")
            return True
        if self._beyond_the_others(phrase) or self._medium_among_the_others(phrase):
            return True
        if self._apart_from_the_others(phrase) or self._reaching_out_from(phrase):
            return True
        exclusion = LEXICON.match(self.words, self.at, "exclusion")
        if exclusion and not (word == "but" and self._next_in("colour", "size", "shape")):
            return self._exclusion(exclusion[0], exclusion[1].value)
        if (
            self._near_the_edge(phrase)
            or self._image_phrase()
            or self._target_again()
            or self._one_of_the_most(phrase)
            or self._and_the_most(phrase)
            or self._one_again(phrase)
            or self._of_the_group(phrase)
        ):
            return True
        if phrase.last_order in ("closest", "farthest") and self._toward_place(
            phrase, phrase.last_order == "closest"
        ):
            return True
        if word in ("on", "at", "in") and self._superlative_after(self.at + 1):
            self.at += 1  # "it is on the topernmost of some tanks"
            return True
        if (
            self._cut_off(phrase)
            or self._whole_in_view(phrase)
            or self._position(phrase)
            or self._relation(phrase)
        ):
            return True
        if self._with(phrase):
            return True
        if self._said_of(phrase):
            return True
        return bool(word == "of" and phrase.ordering and self._group(phrase))

    def _whose(self, phrase: Phrase) -> bool:
        """ "whose roof is red": the object's colour; "whose wings are grey": a small part's, unread."""
        if self._shadow_or_cover():  # "whose shadow falls across the road"
            return True
        start, self.at = self.at, self.at + 1
        part = self.words[self.at]
        categories = LEXICON.of(part)
        self.at += 1
        self._skip("copula")
        said = Phrase()
        while self._quality(said):
            self._skip("and")
        # "whose wings are grey and ...": what follows is another's
        self.at -= self.words[self.at - 1] == "and"
        if "part" in categories and said.colours:
            phrase.colours += said.colours
        elif "minor_part" in categories and said.colours:
            self._not_judged("part", start)  # "whose wings are grey"
        else:
            self._name_unread(start)
        return True

    def _its_part_follows(self, at: int) -> bool:
        """ "with a pointed bow", "with swept-back wings", "with a long slender fuselage" at ``at``: a part
        of the target's kind (a plane's, a ship's, a vehicle's), which no anchor said has (none is a plane, a
        ship or a vehicle: "next to the larger plane, gray with swept-back wings" is named)."""
        parts = PARTS_OF_KINDS.get(str(self.target.noun))
        if self.words[at] != "with" or parts is None or self._an_anchor_has_parts(self.target.relations):
            return False
        at += 1 + (self.words[at + 1] in ("a", "an", "its"))
        while quality := LEXICON.match(self.words, at, "colour", "size", "shape"):
            at += quality[0]
        at += self.words[at] in ("pointed", "slender", "swept")
        at += self.words[at] in ("back", "engine")  # "swept back wings", "engine nacelles"
        return self.words[at] in parts

    def _an_anchor_has_parts(self, relations) -> bool:
        """An anchor of ``relations``, or of theirs, is a plane, a ship, a vehicle or such."""
        for relation in relations:
            if relation.anchor in THINGS_WITH_PARTS or "road user" in LEXICON.of(str(relation.anchor)):
                return True
            if self._an_anchor_has_parts(relation.anchor_qualifiers.relations):
                return True
        return False

    def _of_the_target_alone(self, at: int) -> bool:
        """What is said at ``at`` is the target's own: right after its noun, after "which is" there, or
        after a comma with nothing before it but the target's place (no anchor, part, shadow, word left
        unread, or other one: "the car in the shade of the tree which is tall", "unlike the ones that
        are old")."""
        if self.unread or len(self.unjudged) > 1 or self.target.relations or self.others:
            return False
        if OTHERS_OR_NOT & set(self.words[:at]):
            return False
        relative = self.words[at - 2 : at] in (["which", "is"], ["that", "is"]) and at - 2 == self.target_end
        return at == self.target_end or relative or at in self.breaks

    def _look_after_a_break(self, phrase: Phrase) -> bool:
        """ ", rectangular in shape", ", white with a dark roof", ", oval and bright blue": the target's
        colours, size and shape said after a comma, with no noun of their own."""
        # ", tall and thin", "which is old and white": after a look not judged, joined to it
        kind, begun, end = self.unjudged[-1] if self.unjudged else (None, 0, -1)
        after_a_look = self.words[self.at] == "and" and end == self.at and kind in LOOKS_NOT_JUDGED
        after_a_look = after_a_look and self._of_the_target_alone(begun)
        if phrase is not self.target or not (self.at in self.breaks or after_a_look):
            return False
        if self.others:
            return False
        start, said = self.at, Phrase()
        self.at += after_a_look
        while self._quality_at(self.at) and self._quality(said):
            if self.words[self.at] == "in" and self.words[self.at + 1] in ASPECTS:
                self.at += 2  # "rectangular in shape"
            elif self.words[self.at] in ASPECTS:
                self.at += 1  # ", white color"
            self._skip("and")
        self.at -= self.at > start and self.words[self.at - 1] == "and"  # ", white and the car next to it"
        looks = replace(said.qualifiers(), colours=(), size=None, shape=None, count=None)
        own = looks == Qualifiers(count=None)
        # what may follow a look said alone: a comma, the end, "with", "and", a relation
        alone = self.at >= self.end or self.at in self.breaks or self.words[self.at] in ("with", "and")
        alone = alone or begins_where(self.words, self.at)
        # after an anchor, the anchor's looks, maybe ("the man next to the pool, oval and bright blue"),
        # unless a part only the target has follows ("on the runway, white with a long slender fuselage")
        anchored = bool(phrase.relations) and not self._its_part_follows(self.at)
        if self.at == start or not own or not alone or anchored:
            self.at = start  # ", white cars nearby", ", the largest", ", thin shadow": read as ever
            return False
        phrase.colours += said.colours
        phrase.size, phrase.shape = phrase.size or said.size, phrase.shape or said.shape
        return True

    def _not_wholly_in_view(self, phrase: Phrase, length: int) -> bool:
        """ "not entirely within the image", "which is not fully visible at the top edge": cut off by the
        view's edge, said of it, and the view or its edge said. Of an anchor ("next to the truck which is
        not fully visible"), hidden by something ("not fully visible under the bridge"), or why not said
        (trees hide as many as the edge cuts): named."""
        start, said = self.at, self.at - 1
        named_edge = LEXICON.match(self.words, self.at + 1, "whole")[0] > 2  # "not entirely within the image"
        while self.words[said] in ("is", "are", "which", "that", "being", "be", "appears", "seems", "to"):
            said -= 1
        own = said + 1 == self.target_end or said + 1 in self.breaks or self.words[said] in ("one", "ones")
        own = own and self._relative_clause_of(start) is None
        self.at += 1 + length
        # "not fully visible, covered by the tree": hidden, not cut off
        following = self.words[self.at : self._next_break(self._next_break(self.at) + 1)]
        hidden = any(LEXICON.of(word) & {"covered"} or word in HIDING for word in following)
        edge = named_edge or any(word in EDGES or "image" in LEXICON.of(word) for word in following)
        if own and edge and not hidden:
            phrase.truncated = True
            return True
        self.unread.extend(["not", *self.words[start + 1 : self.at]])
        return True

    def _clause_begins(self) -> int | None:
        """Where a clause begins at the reading point, after a comma or an "and" (past the "and"); None
        when none does."""
        at = self.at + (self.words[self.at] == "and")
        return at if at in self.breaks or self.words[at - 1] == "and" else None

    def _pronoun_of_another(self, phrase: Phrase) -> bool:
        """ "the car next to the buses, and they are white", "the cars by the bus and it is white", "the car
        near the buses, which are white": a clause whose pronoun (or verb) is not of the target's number but
        of an anchor's is that one's, maybe; named to the next comma (the datasets' templates say "three
        tennis courts ... and it is ..." of the courts)."""
        at = self._clause_begins()
        if at is None or phrase is not self.target or self.others:
            return False
        pronoun = self.words[at]
        relative = pronoun in ("which", "that") and self.words[at + 1] in ("is", "are")
        if not (pronoun in ("it", "they") or relative):
            return False
        plural = pronoun == "they" or (relative and self.words[at + 1] == "are")
        anchors = (relation.anchor_qualifiers.count != 1 for relation in phrase.relations)
        if plural != phrase.plural and plural in anchors:
            self._name_to_the_next_break(self.at, at + 1)
            return True
        return False

    def _each_of_them(self, phrase: Phrase) -> bool:
        """ "The two ground track fields, each with a green pitch inside", ", each parked beside a jet
        bridge": what follows is said of every one of the plural target's, as it would be without "each"
        (not after a plural anchor: "the cars by the buses, each with a trailer", whose?)."""
        # after a plural anchor or a set taken away ("except the ones near the road, each with a pool")
        theirs = phrase.has_plural_anchor(last=True) or bool(self.excluded)
        if phrase is not self.target or not phrase.plural or self.at not in self.breaks:
            return False
        if theirs:  # "the cars near the buses, each with a trailer": whose? named to the comma
            self._name_to_the_next_break(self.at, self.at + 1)
            self.unread.append("each")
            return True
        if self.words[self.at + 1] in ("other", "of", "one", "and") or self.at + 1 in self.breaks:
            return False  # "each other", "each of them ...", "each one": read elsewhere, or named
        # "each facing the other", "each behind the next", "each in a separate spot": one by another
        clause = self.words[self.at : self._next_break(self.at + 1)]
        reciprocal = {"other", "separate", "another", "own", "previous"} & set(clause)
        if reciprocal or any(clause[i : i + 2] == ["the", "next"] for i in range(len(clause))):
            return False
        self.at += 1
        return True

    def _another_target_after(self, phrase: Phrase) -> bool:
        """ "the house with a pool and the one next to it", "and the ones behind them", "and the one on the
        left": a second target after what was said of the first, which a program cannot hold (placed by
        it) or which it would give the first; named to the next comma."""
        if self.words[self.at] != "and" or phrase is not self.target:
            return False
        at = self.at + 1 + (self.words[self.at + 1] in ("the", "a", "another"))
        at += self.words[at] == "other"
        following = at + 1
        # "and the others", "and the rest", "and the other ones", "and the other": nothing more said of them
        others = self.words[at] in ("others", "rest")
        other_ones = self.words[at - 1 : at + 1] in (["other", "one"], ["other", "ones"])
        others = others or (other_ones and (following >= self.end or following in self.breaks))
        if self.words[at - 1] == "other" and (at >= self.end or at in self.breaks):
            others, following = True, at
        if self.words[self.at + 1] == "the" and others:
            said, named = " ".join(self.words[self.at + 1 : following]), len(self.unread)
            self._name_to_the_next_break(self.at, following)  # "the white ship and the others"
            if self.words[following - 1] not in self.unread[named:]:  # ("others" is no content word)
                self.unread.insert(named, said)
            return True
        article = self.words[self.at + 1] in ("a", "an", "another")
        length = self._known_noun(self.at + 2) if article else 0
        if length and self._of_its_kind(name_of(self.words[self.at + 2 : self.at + 2 + length])[0]):
            # ", and an airplane near the hangar": another of its kind, placed elsewhere; named
            self._name_to_the_next_break(self.at, self.at + 1)
            return True
        # "and another parked at the gate", "and those near the gate", "and the other red car": others
        said = (
            "the other"
            if self.words[self.at + 1 : self.at + 3] == ["the", "other"]
            else self.words[self.at + 1]
        )
        if said in ("another", "those", "these", "the other"):
            named = len(self.unread)
            self._name_to_the_next_break(self.at, self.at + 1)
            self.unread.insert(named, said)
            return True
        placed = self.words[following] in (*PREPOSITIONS, "which", "that", "with") or begins_relation(
            self.words, following
        )
        placed = placed or bool(LEXICON.of(self.words[following]) & {"state", "motion"})  # "parked at"
        if self.words[at] not in ("one", "ones") or not (placed or self._place_at(following)):
            return False  # "and one wing inside the image": a count
        clause = range(following, self._next_break(at))
        relative = ("which", "that", "who")  # "and the one which is next to it" is another still
        copula = any(
            "copula" in LEXICON.of(self.words[i]) and self.words[i - 1] not in relative for i in clause
        )
        if copula and phrase.plural:
            return False  # "two planes: the one on the left is white and the one on the right is grey"
        self.unread.append(" ".join(self.words[self.at + 1 : at + 1]))  # "the one": no content word alone
        self._name_to_the_next_break(self.at, at + 1)
        return True

    def _how_many_of_them(self, phrase: Phrase) -> bool:
        """ "The planes on the apron, there are five of them", ", three of them in total", ", the two of them
        are ...": how many the plural target's are, said after a comma. Not ", two of them are white", some
        of them (`_some_of_them`); a number other than one said before is named."""
        if phrase is not self.target or not phrase.plural or self.at not in self.breaks or self.others:
            return False
        start = self.at
        at = start + 2 * (self.words[start : start + 2] == ["there", "are"])
        definite = self.words[at] == "the"  # "the two of them": they are two
        at += definite
        number = number_at(self.words, at)
        after = at + number[0] if number else at
        if number is None or self.words[after : after + 2] not in (["of", "them"], ["in", "total"]):
            return False
        if number[1] < 1:  # "there are 0 of them": none to select; named
            self.at = after + 2
            self._name_unread(start)
            return True
        self.at = after + 2 + 2 * (self.words[after + 2 : after + 4] == ["in", "total"])
        # what is said after "two of them" without "there are", "the" or "in total" may be of some of them
        in_total = self.words[self.at - 1] == "total"
        whole = definite or in_total or at > start or self.at >= self.end or self.at in self.breaks
        if not whole:  # ", two of them are white": some of them
            self.at = start
            return False
        if phrase.count_given and phrase.count != number[1]:
            self._name_unread(start)
            return True
        phrase.count, phrase.count_given = number[1], True
        return True

    def _some_of_them(self, phrase: Phrase) -> bool:
        """ "the cars, one of which is white", "there are three of them and one is white", "two of them are
        larger", "one rectangular and one round", "mostly trucks and buses": said of some of the plural
        target's, which picks none of them out; kept to the next comma, said and not judged. Of a plural
        anchor's, or of the target's when an anchor is plural too ("the car near the buses, one of which is
        white": whose?), and "none of them ...": named."""
        at = self._clause_begins()
        if at is None or phrase is not self.target or self.others or phrase.noun is None:
            return False
        # a plural anchor's, or a set's taken away ("except the ones on the left, one of which ...")
        theirs = phrase.has_plural_anchor() or bool(self.excluded)
        number = number_at(self.words, at) if self.words[at] not in ("both", "all", "a", "an") else None
        some = number[0] if number else int(self.words[at] in SOME_OF_THEM)
        after = self.words[at + some : at + some + 2]
        said = after in (["of", "which"], ["of", "them"])  # (of which? "the car, one of which is white")
        said = said or ((phrase.plural or theirs) and "copula" in LEXICON.of(after[0]))
        # "one rectangular and one round", "two large and two small", "one near the top edge and the other
        # at the center": told apart among them (after one target: whose? named)
        said = said or (number is not None and self._another_count_follows(at + some))
        # "the cars, one parked near the gate", "the two ships, one at the top": where some of them are
        # (not "three tall stacks", how many they are; not "one behind the other", how they stand)
        following = at + some
        # ("one with a pool", "one has a pool", "one not red")
        where = self.words[following] in (*PREPOSITIONS, "with", "has", "having", "without", "not")
        where = where or begins_relation(self.words, following)
        where = (
            where
            or self._place_at(following)
            or bool(LEXICON.of(self.words[following]) & {"state", "motion"})
        )
        reciprocal = "other" in self.words[following : self._next_break(following)]
        # "one white, the other red": the others said in the next clause
        clause_end = self._next_break(following)
        where = where or (clause_end in self.breaks and self._the_others_said_at(clause_end))
        # (after a plural anchor, of one target: whose? named)
        said = said or (
            (phrase.plural or theirs)
            and number is not None
            and at in self.breaks
            and where
            and not reciprocal
        )
        said = said or (phrase.plural and self.words[at] in ("mostly", "mainly"))  # "mostly small cars"
        if not some or not said:
            return False
        start = self.at
        self.at = self._next_break(at + 1)
        while self.at in self.breaks and self._the_others_said_at(self.at):
            self.at = self._next_break(self.at + 1)  # "one white, the other red": of the others
        if phrase.plural and not theirs and self.words[at] != "none":
            self._not_judged("some", at)
        else:
            self._name_unread(start)
        return True

    def _the_others_said_at(self, at: int) -> bool:
        """At ``at``, a clause begins with the others of some said before: "the other red", "another near
        the road", "the rest white", "two on the left"."""
        at += self.words[at] == "and"
        return (
            self.words[at : at + 2] in (["the", "other"], ["the", "others"], ["the", "rest"])
            or self.words[at] in ("another", "others")
            or (
                number_at(self.words, at) is not None
                and self.words[at] not in ("both", "all", "a", "an")
                and not self._known_noun(at + 1)  # not ", two trucks at the bottom": other objects
            )
        )

    def _another_count_follows(self, at: int) -> bool:
        """Before the next comma, "and" then another count: "one rectangular and one round", "two large and
        the other small"."""
        for index in range(at, self._next_break(at)):
            counted = number_at(self.words, index + 1) and self.words[index + 1] not in ("a", "an")
            if self.words[index] == "and" and (
                counted or self.words[index + 1 : index + 3] == ["the", "other"]
            ):
                return True
        return False

    def _all_of_them(self, phrase: Phrase) -> bool:
        """ "The planes along the taxiway, all white", ", all of which are white": looks every one of the
        plural target's has (named where an anchor is plural too: "the cars by the buses, all white", or
        the target is one: "the car near the trucks, all of which are white")."""
        if phrase is not self.target or self.at not in self.breaks or self.others:
            return False
        if self.words[self.at] not in ("all", "both"):
            return False
        if not phrase.plural:  # "the car between the two trucks, both of which are red": theirs; named
            theirs = phrase.has_plural_anchor() or self.words[self.at] == "both"
            if theirs:
                self._name_to_the_next_break(self.at, self.at + 1)
            return theirs
        start = self.at
        self.at += 1 + 2 * (self.words[self.at + 1 : self.at + 3] in (["of", "them"], ["of", "which"]))
        self.at += self.words[self.at] == "are"
        said, looked = Phrase(), self.at
        while self._quality_at(self.at) and self._quality(said):
            self._skip("and")
        looks = replace(said.qualifiers(), colours=(), size=None, shape=None, count=None)
        alone = self.at >= self.end or self.at in self.breaks or self.words[self.at] in ("with", "and")
        if self.at == looked or looks != Qualifiers(count=None) or not alone:
            self.at = start
            return False
        clash = phrase.colours and not set(phrase.colours) & set(said.colours) and said.colours
        theirs = phrase.has_plural_anchor()
        if clash or theirs or phrase.differs(said, ("size", "shape")):
            self._name_unread(start)  # "the red cars, all white": which?
            return True
        phrase.add_looks(said)
        return True

    def _said_of_it_again(self, start: int, at: int) -> bool:
        """After a comma, the target again: ", and it is white", ", it is the largest"; once the clause
        begun at ``start`` has its verb, ", is on the left", ", which is white", ", the car is white"."""
        if at not in self.breaks:
            return False
        first = self.words[at]
        if first in ("it", "this") or self.words[at : at + 2] == ["and", "it"]:
            return True
        # the clause's own verb, not a relative clause's (", which are large,"): the words after the last
        # comma that opened "which", "that" or "who" and before the comma that closed it are left out
        own, inside = [], False
        for index in range(start + 1, at):
            if index in self.breaks:
                inside = self.words[index] in ("which", "that", "who")
            if not inside:
                own.append(self.words[index])
        verb = any(
            LEXICON.of(word) & {"copula", "state", "motion"} or word in ("has", "have") for word in own
        )
        said = "copula" in LEXICON.of(first) or first in ("which", "and", "the", "its", "has")
        return verb and (said or bool(LEXICON.of(first) & {"colour", "size", "shape", "place"}))

    def _clause_of_another(self, at: int) -> bool:
        """At ``at``, after "and", a clause whose subject is some other object: a noun phrase not of the
        target's kind, then its verb ("the car near the bus, and the truck is white"); nothing read."""
        if self.words[at] not in ("the", "a", "an", "this", "that") or self._target_named_at(at + 1):
            return False
        if self.words[at + 1] in ("target", "referred", "object", "one", "ones"):
            return False  # "and the target is the one on the left": the target's own
        mark, unread = self.at, len(self.unread)
        try:
            self.at = at
            said = Phrase()
            read = self._noun_phrase(said, anchor=True) and said.noun is not None
            return read and "copula" in LEXICON.of(self.words[self.at]) and not self._of_its_kind(said.noun)
        finally:
            self.at = mark
            del self.unread[unread:]

    def _said_of_others(self, at: int) -> bool:
        """A clause at ``at`` begins with what is not the target: "the rest of the tanks", "a narrow river",
        "several other cars" (not "it", "its nose", nor a verb of its own: "while parked")."""
        first = self.words[at] if at < self.end else ""
        if first in ("it", "its", "they", "their", "being") or _a_verb_s_form(first):
            return False
        typed_for_white = LEXICON.of(self.words[at - 2]) & {"determiner", "number", "size", "colour", "shape"}
        if typed_for_white and self._noun_at(at):
            return False  # "next to a large while building": a slip of "white", no clause
        # (not "while that structure is white": any structure, maybe another)
        named = self._target_named_at(at + 1) and self.words[at + 1] not in STRUCTURES | OUTLINES
        named = named and self._names_the_target_only(at + 1)  # "while that vehicle": the car or the truck?
        if self.words[at : at + 2] == ["the", "target"] or (first in ("this", "that") and named):
            return False  # "while the target is white", "while this car is parked": the target's own
        quantity = LEXICON.of(first) & {"determiner", "number"} or first in ("another", "other", "several")
        quantity = quantity or first in (
            "many",
            "most",
            "all",
            "some",
            "each",
            "every",
            "everything",
            "everyone",
        )
        return bool(quantity or self._noun_at(at) or self._noun_follows(at))  # "while red cars are parked"

    def _apposition(self, phrase: Phrase, framed: bool = False) -> bool:
        """ "The largest vehicle in the image, a truck at the upper right", "the ship at the top, a large
        white vessel": the target named again after a comma, maybe as its narrower kind, with its looks (not
        when the name may be the last anchor's: "next to the bus, a white van"). ``framed``: named after
        "the target" ("Among the trucks in the yard, the target large vehicle is ...")."""
        if phrase is not self.target or self.others or phrase.plural:
            return False
        if not framed and (self.at not in self.breaks or self.words[self.at] not in ("a", "an", "the")):
            return False
        start, kind = self.at, Phrase()
        if not self._noun_phrase(kind, anchor=True) or kind.how_many != 1:
            self.at, kind = start, Phrase()
            # ", a narrow structure spanning ...", ", a blue rectangle", ", a green court"
            if not self._a_structure(kind, names_again(phrase.noun)):
                return False
        narrower = phrase.noun == "vehicle" and _a_vehicle_s_kind(kind.noun)
        # ", the smallest object in the picture"; ", a long pier", ", a narrow structure" (not after an
        # anchor: "the car next to the bus, a white structure"); what its kind alone is seen as, after an
        # anchor too, where no anchor may be one ("the helicopter on the helipad, a small aircraft"; not
        # "the train station next to the hotel, a large building")
        taken = self._relations_taken_away()
        anchored = bool(phrase.relations or taken)
        its_own = kind.noun in names_again(phrase.noun) and (
            not anchored or kind.noun in NAMED_AGAIN_BY_ANCHORS
        )
        any_object = (
            kind.noun in GENERIC_NOUNS or its_own or (said_as(phrase.noun, kind.noun) and not anchored)
        )
        kind.shape = kind.shape or OUTLINE_SHAPES.get(str(kind.noun))  # ", a small blue square": square
        # "Among the cars in the lot, the small vehicle": one of them (not "the red truck, the white vehicle")
        broader = kind.noun == "vehicle" and _a_vehicle_s_kind(phrase.noun)
        looks = kind.qualifiers()
        # ", the third car from the left": its ordinal, when it has no order of its own yet
        counted = bool(kind.ordinal) and not (phrase.ordinal or phrase.ordering) and phrase.rank == 1
        counted = counted and self.words[start] == "the"  # not ", a second bridge": another one
        own = looks == Qualifiers(
            colours=looks.colours,
            size=looks.size,
            shape=looks.shape,
            ordering=looks.ordering,
            rank=looks.rank if counted else 1,
        )
        last = phrase.relations[-1] if phrase.relations else None
        anchors = (last.anchor, last.second_anchor) if last else ()
        every_anchor = {relation.anchor for relation in (*phrase.relations, *taken)}
        the_anchor_s = kind.noun in anchors or ("vehicle" in anchors and _a_vehicle_s_kind(kind.noun))
        the_anchor_s = the_anchor_s or (kind.noun in every_anchor and kind.noun != phrase.noun)
        the_anchor_s = the_anchor_s or (broader and any(_a_vehicle_s_kind(anchor) for anchor in every_anchor))
        # "the tennis court next to the basketball court, a green court", "the plane next to the helicopter,
        # a large aircraft": which one?
        the_anchor_s = the_anchor_s or any(kind.noun in names_again(anchor) for anchor in every_anchor)
        named = kind.noun == phrase.noun or narrower or any_object or broader
        # "the truck, the target small vehicle next to it": another, placed by it; "a white circle, and a
        # gray square", "the car and the other car, a white structure": which?
        # (not "a narrow structure with water on its right": what it has on its own side)
        near = self.words[self.at : min(self.at + 4, self._next_break(self.at))]
        placed_by_it = near[:1] != ["with"] and bool({"it", "them", "its", "their"} & set(near))
        placed_by_it = placed_by_it or self.words[self.at] == "and"
        placed_by_it = placed_by_it or bool({"other", "another"} & set(self.words[self.target_end : start]))
        placed_by_it = placed_by_it or kind.other  # "the tennis court on the left, the other court"
        ranked = kind.rank != 1 or kind.ordinal
        if not own or the_anchor_s or not named or kind.one or (ranked and not counted) or placed_by_it:
            self.at = start
            return False
        clash = phrase.colours and kind.colours and not set(phrase.colours) & set(kind.colours)
        # "the tennis court on the left, the court on the right": another place, another court
        at = self.at + (self.words[self.at] in ("on", "at", "in", "to"))
        end, places = self._places(at) if self.at not in self.breaks else (at, [])
        elsewhere = bool(places and phrase.position and not set(places) & set(phrase.position))
        if clash or elsewhere or phrase.differs(kind, ("size", "shape", "ordering")):
            self.at = end if elsewhere else self.at
            self._name_unread(start)  # "the small ship at the top, a large vessel": which? named
            return True
        phrase.noun = phrase.noun if any_object or broader else kind.noun
        phrase.add_looks(kind)
        phrase.ordering = phrase.ordering or kind.ordering
        if counted:
            phrase.ordinal, phrase.rank = kind.ordinal, kind.rank
        return True

    def _a_structure(self, kind: Phrase, its_names: frozenset[str] = frozenset()) -> bool:
        """ "a narrow structure", "a long concrete structure", "a blue rectangle": any object said with its
        looks, read into ``kind`` (its noun "structure", or the one of ``its_names`` said: "a green court");
        consumed, True; or False, and nothing read."""
        mark = self.at
        self._qualities_run(kind)
        unjudged = LEXICON.match(self.words, self.at, "unjudged")
        while unjudged and unjudged[1].value in ("material", "look", "height"):  # "a tall concrete structure"
            self.at += unjudged[0]
            self._not_judged(unjudged[1].value, self.at - unjudged[0])
            self._qualities_run(kind)
            unjudged = LEXICON.match(self.words, self.at, "unjudged")
        name = singular(self.words[self.at])
        if self.words[self.at] in STRUCTURES or self.words[self.at] in OUTLINES or name in its_names:
            self.at += 1
        elif self.at == mark or self.words[self.at - 1] not in OUTLINES:  # "rectangle" reads as its shape
            self.at = mark
            return False
        kind.noun = name if name in its_names else "structure"
        return True

    def _its_own_verb_before(self, at: int) -> bool:
        """The last verb of lying or going before ``at`` is the target's: right after it, after a comma
        or "and" ("the bridge at the top, spanning the canal"), or "oriented" ("its long axis oriented");
        not an anchor's ("a river that flows", "a railway line running")."""
        for verb in range(at - 1, self.target_end - 1, -1):
            word = self.words[verb]
            if word in RUNS or "motion" in LEXICON.of(word):
                # after a comma, not after what runs or flows itself ("next to the runway, stretching")
                after = self.words[verb - 1]
                lying = singular(after) in RUNNING or self._goes(singular(after))
                own = verb == self.target_end or (
                    (verb in self.breaks or after == "and")
                    and not lying
                    and after != self.words[self.target_end]
                )
                return own or (verb == at - 1 and word in ("oriented", "aligned") and after == "axis")
        return False

    def _lined_up_before(self, at: int) -> bool:
        """Targets said to stand in a row or a line, or arranged, before ``at`` in its clause ("the
        windmills standing in a line", "the ships arranged")."""
        clause = max([self.target_end, *(at_break for at_break in self.breaks if at_break < at)])
        said = self.words[clause:at]
        return self.target.how_many != 1 and bool(set(said) & {*LINES, "arranged", "aligned", "spaced"})

    def _gone_from(self, phrase: Phrase) -> bool:
        """ "the car that just left the parking lot", "the ship that has just left the port": a verb, not a
        side; it is still by what it left (near it)."""
        before = self.words[self.at - 1] in BEFORE_LEFT
        if self.words[self.at] != "left" or not before or self.words[self.at + 1] == "of":
            return False  # "just left of center": a side
        start, self.at = self.at, self.at + 1
        anchor = Phrase()
        said = self.words[self.at] in ("the", "a", "an") and self._noun_at(self.at + 1)  # "the garage"
        if not (said or self._noun_follows(self.at)) or not self._anchor(anchor):
            # "the car that has left", "that has not left": gone, or not, from nowhere said: no side
            self.spoilt = self.spoilt or bool(self.negating or self.excluding)
            self.unread.append("left")
            return True
        if self.negating or self.excluding:  # "the car that has not left the lot": still in it, not near
            self.spoilt = True
            self._name_unread(start)
            return True
        phrase.relations.append(Relation("near", anchor.noun, anchor_qualifiers=anchor.qualifiers()))
        return True

    def _unlike_its_group(self, phrase: Phrase) -> bool:
        """At "the row of white cars" after a red car: a group of its kind whose colours are not its own (read
        to its end); False, and nothing read, otherwise."""
        start, of = self.at, self._group_of_end(self.at)
        if of is None:
            return False
        self.at = of
        group = Phrase()
        unlike = self._noun_phrase(group, anchor=True) and group.noun == phrase.noun
        unlike = unlike and bool(group.colours) and set(group.colours) != set(phrase.colours)
        if not unlike:
            self.at = start
        return unlike

    def _group_of_end(self, at: int) -> int | None:
        """After "the row of", "a cluster of" at ``at`` (a group whose kind is said next); None when no
        such words are there."""
        at += self.words[at] in ("the", "a", "an", "this", "that", "its", "their")
        at += self.words[at] in ("long", "short")  # "a long row of white buses"
        at += self.words[at] == "parking"  # "the parking row of"
        collective = LEXICON.match(self.words, at, "collective")
        said = collective is not None and self.words[at + collective[0]] == "of"
        return at + collective[0] + 1 if said else None

    def _where_holds(self, phrase: Phrase) -> bool:
        """ "the harbor where several boats are docked", "the airport, where planes are parked on the
        apron": what stands there is with it (the relation ``with``), with its own words."""
        if self.words[self.at] != "where" or phrase is not self.target:
            return False
        if self.unread and self.unread[-1] == self.words[self.at - 1]:
            return False  # "at the corner where people are walking": where that unread place is, named
        start, self.at = self.at, self.at + 1
        anchor = Phrase()
        if self._noun_phrase(anchor, anchor=True):
            # "the highway widens": its verb, not a word of its noun (not "the curve", "the loop")
            if self.words[self.at - 1] in RESHAPING and self.words[self.at - 2] not in DETERMINERS:
                self.at -= 1
                if self.unread[-1:] == [self.words[self.at]]:
                    self.unread.pop()
            verb, kind, met = self.at, "with", None
            self._skip("copula", "state")  # "are docked", "can be seen"
            if self.words[self.at] in MEETING:  # "where four roads meet": by them
                kind, self.at = "near", self.at + 1
                self.at += self.words[self.at : self.at + 3] in (
                    ["over", "each", "other"],
                    ["around", "each", "other"],
                )
                self.at += 2 if self.words[self.at : self.at + 2] == ["each", "other"] else 0
                met = self._what_it_meets()
            elif self.words[self.at] in RESHAPING and "road user" not in LEXICON.of(str(phrase.noun)):
                # "where the highway widens into many lanes", "where the ramps curve around": how the
                # place looks there, to the clause's end or the target's place in the view; said, not judged
                self.at = next(
                    (at for at in range(self.at, self._next_break(self.at)) if self._view_place_at(at)),
                    self._next_break(self.at),
                )
                self._not_judged("others", start)
                return True
            elif self.at < self.end and "motion" in LEXICON.of(self.words[self.at]):
                moving = self.at  # "where cars are queuing": with them; that they queue, not judged
                self.at += 1
                self._not_judged("motion", moving)
            verbed = self.at > verb
            # after a comma, "with ..." or a place in the view is the target's again ("where four roads
            # meet, with a green circle in the middle"; not "the widest of which goes north")
            again = self.at in self.breaks and (self.words[self.at] == "with" or self._view_place_at(self.at))
            ended = verbed and (
                met or self.at >= self.end or again or self._not_judged_here(anchor) or self._relation(anchor)
            )
            if verbed and (ended or self._clause_ended()):
                phrase.relations.append(Relation(kind, anchor.noun, anchor_qualifiers=anchor.qualifiers()))
                phrase.relations += [met] if met else []
                return True
        self.at = start
        return False

    def _what_it_meets(self) -> Relation | None:
        """After "where a highway crosses", "where the road splits into": what it meets, or what it splits
        into, by the target too ("where a highway crosses a local road": near the road as well); None,
        and nothing read, when no noun follows."""
        mark, met = self.at, Phrase()
        self.at += self.words[self.at] in ("into", "with")
        if (
            self.at < self.end
            and self.at not in self.breaks
            and self._noun_phrase(met, anchor=True)
            and met.noun
            and (self.at >= self.end or self.at in self.breaks)  # not "crosses the road with cars on it"
        ):
            return Relation("near", met.noun, anchor_qualifiers=met.qualifiers())
        self.at = mark
        return None

    def _view_place_at(self, at: int) -> bool:
        """ "on the left side of the image", "at the top of the picture": a place in the view at ``at``."""
        if self.words[at] not in ("on", "in", "at"):
            return False
        end, places = self._places(at + 1)
        return bool(places) and self._image_end(end) is not None

    def _clause_ended(self) -> bool:
        """What follows begins something else said of the target ("..., where boats are docked, on the
        left"): a position of the view or an image phrase."""
        at = self.at + (self.words[self.at] in ("on", "at", "in", "to"))
        return self._image_end(self.at) is not None or bool(self._places(at)[1])

    def _is_a(self, phrase: Phrase) -> bool:
        """ "the vehicle that appears to be a truck", "which is a white van", "looks like a bus": which kind
        of vehicle it is (the detector's class; the truck is asked for instead, with the words said of it);
        "the object that looks like a storage tank": what any object is. "the truck that looks like a bus" is
        not read so: a truck is no bus."""
        being = LEXICON.match(self.words, self.at, "being")
        any_object = phrase.noun in GENERIC_NOUNS
        if being is None or phrase is not self.target or not (phrase.noun == "vehicle" or any_object):
            return False
        start, self.at = self.at, self.at + being[0]
        kind = Phrase()
        if (
            self.words[self.at] in ("a", "an")
            and self._noun_phrase(kind, anchor=True)
            and (_a_vehicle_s_kind(kind.noun) or (any_object and "class" in LEXICON.of(str(kind.noun))))
            and kind.how_many == 1
        ):
            phrase.noun = kind.noun
            if phrase.differs(kind, ("size", "shape")):
                self._name_unread(start)  # "the small vehicle, which is a large truck": which? named
                return True
            phrase.colours += kind.colours
            phrase.size, phrase.shape = kind.size or phrase.size, kind.shape or phrase.shape
            return True
        self.at = start
        return False

    def _member_of_group(self, phrase: Phrase) -> bool:
        """ "which is part of a line of parked cars", "part of the group of tanks": one of a group of its
        own kind, which selects nothing more; "is part of a large interchange": in that."""
        if self.words[self.at : self.at + 2] != ["part", "of"] or phrase is not self.target:
            return False
        start, self.at = self.at, self.at + 2 + (self.words[self.at + 2] in ("a", "an", "the"))
        if phrase.colours and self._unlike_its_group(phrase):
            self._name_unread(start)  # "the blue bus, part of a row of white buses": in no white bus
            return True
        if self._collective_of_the_target() or self._of_road_users(phrase):
            return True
        # "is part of a large interchange", ", part of the residential area": in it; not "with part of the
        # outfield visible", a part of its own
        copula = "copula" in LEXICON.of(self.words[start - 1])
        said_of_it = copula or (start in self.breaks and not phrase.relations)
        whole, self.at = Phrase(), start + 2
        within = (
            said_of_it and self._anchor(whole) and not LEXICON.of(str(whole.noun)) & {"part", "minor_part"}
        )
        if within and whole.noun != phrase.noun and whole.how_many == 1:  # "part of the houses": one of them
            phrase.relations.append(Relation("inside", whole.noun, anchor_qualifiers=whole.qualifiers()))
            return True
        self.at = start
        return False

    def _while_the_others(self, phrase: Phrase) -> bool:
        """ "while its neighbours are noticeably smaller", "whereas the others are larger": the target
        against the others of its kind, as "larger than the others" is (the largest)."""
        if self.words[self.at] not in ("while", "whereas") or phrase is not self.target:
            return False
        start, self.at = self.at, self.at + 1
        if not self._the_others():
            self.at = start
            return False
        self._skip("copula")
        degree = LEXICON.match(self.words, self.at, "degree")
        self.at += degree[0] if degree else 0
        size = LEXICON.match(self.words, self.at, "size")
        ends = size and (self.at + size[0] >= self.end or self.at + size[0] in self.breaks)
        if not ends or size[1].value not in COMPARED:  # "while its neighbours are smaller and white": more
            self.at = start
            return False
        if degree:  # "noticeably smaller": smaller, judged; how much, not
            self._not_judged("degree", self.at - degree[0])
        self.at += size[0]
        opposite = "large" if size[1].value == "small" else "small"
        phrase.order(COMPARED[opposite], self.words[start : self.at], self.unread)
        return True

    def _of_all(self, phrase: Phrase) -> bool:
        """ "the smallest of all", "the largest car of them all": the order among every one of its kind."""
        said = self.words[self.at : self.at + 2] == ["of", "all"]
        said = said or self.words[self.at : self.at + 3] == ["of", "them", "all"]
        end = self.at + 2 + (self.words[self.at + 1] == "them")
        if not (said and phrase.ordering and (end >= self.end or end in self.breaks)):
            return False
        self.at = end
        return True

    def _one_of_the_group_said(self, phrase: Phrase) -> bool:
        """ "Two tennis courts side by side at the bottom; the one on the right", "There are three tanks in
        a row, the target is the middle one": the target is one of the group said first, as after "Among
        the ...", which is where it is; "the one ..." is read as there (`_one_again`)."""
        if phrase is not self.target or self.at not in self.breaks or self.in_group or self.others:
            return False
        if not phrase.plural and phrase.how_many in (1, None):
            return False
        rest = self.words[self.at : self.end]
        if rest.count("one") + rest.count("ones") > 1 or {"other", "another", "both"} & set(rest):
            return False  # "...; the one on the left is white and the one on the right grey": named
        at = self._target_frame_end(self.at) or self.at
        for frame in (["the", "target", "being"], ["it", "is"], ["it", "s"], ["this", "is"]):
            if at == self.at and self.words[at : at + len(frame)] == frame:
                at += len(frame)
        one = at + 1
        while one < at + 4 and LEXICON.of(self.words[one]) & {
            "colour",
            "size",
            "place",
            "superlative",
            "ordinal",
        }:
            one += 1  # "the left one", "the second largest one"
        ordered = any(LEXICON.of(word) & {"superlative", "ordinal"} for word in self.words[at + 1 : one])
        # "the second from the top", "the largest", "the largest of them": an order alone
        after = one + (self.words[one] == "one")  # "the one of them on the left"
        of_them = self.words[after : after + 2] in (["of", "them"], ["among", "them"])
        alone = one >= self.end or one in self.breaks or self.words[one] == "from" or of_them
        if self.words[at] != "the" or not (self.words[one] == "one" or (ordered and alone)):
            return False
        if self.words[one + 1] == "of" and not of_them:
            return False
        groups = (
            "collective" in LEXICON.of(word) and is_plural_word(word)
            for word in self.words[: self.target_end]
        )
        if any(groups):  # "two groups of cars; the one on the left": a group, not one car; named
            end = self._next_break(self.at + 1)
            self.unread.extend(content_words(self.words[self.at : end]))
            self.at = end
            return True
        phrase.count, phrase.count_given, phrase.plural, phrase.by_group = 1, True, False, False
        self.in_group, self.at = True, at
        if self._one_again(phrase):  # "the left one"; "the second one from the left" is read next
            self.target_end = self.at  # the target said again: "the one in a red shirt" is its own
        return True

    def _target_frame(self) -> bool:
        """ "the target is the one on the right", "The target is this bridge", "the referred object is",
        "the object of interest is": what a model told of "the target object" writes before the object it
        names; consumed, True ("the target is next to it" is not: named)."""
        at = self._target_frame_end(self.at)
        if at is None:
            return False
        self.at = at
        return True

    def _target_frame_end(self, start: int) -> int | None:
        """Where "the target is", "the target (plane)", "the referred object is", "the object of interest
        is", "the object in question is", "the highlighted object, a white ship, ..." ends when it begins
        at ``start``, followed by the object's phrase; None when it does not."""
        if self.words[start] != "the":
            return None
        looks = start + 2
        while LEXICON.of(self.words[looks]) & {"size", "colour", "shape"}:
            looks += 1
        if self.words[start + 1] == "target" and self._known_noun(looks):
            return start + 2  # "The target (small) plane is the second from the left": the plane
        at = start + 2 + (self.words[start + 2] in ("object", "item", "objects", "items"))
        if self.words[start + 1 : start + 4] in (["object", "of", "interest"], ["object", "in", "question"]):
            at = start + 4
        named = self.words[start + 1] == "target" or at == start + 4
        named = named or (self.words[start + 1] in FRAMED and at == start + 3)
        if (
            named
            and self.words[at] in ("is", "are")
            and self.words[at + 1] in ("the", "this", "a", "an", "one")
        ):
            return at + 1
        if named and at in self.breaks and self.words[at] in ("a", "an", "the"):
            return at  # "The referred object, a white ship, is at the top"
        return None

    def _kind_said_later(self) -> str | None:
        """The noun of the group a pronoun's target is said among, later ("among the three tanks"), read
        without moving the reading point; None when there is none."""
        mark, unread = self.at, len(self.unread)
        for at in range(self.at, self.end):
            if LEXICON.of(self.words[at]) & {"negation", "exclusion"}:
                return None  # "the one that is not among the tanks": of no group said
            if self.words[at] not in ("among", "amongst") or at in self.breaks:
                continue
            self.at = at + 1 + (self.words[at + 1] in ("the", "these", "those", "all"))
            self.at += group_size_at(self.words, self.at)
            group = Phrase()
            found = self._noun_phrase(group, anchor=True) and group.plural
            self.at = mark
            del self.unread[unread:]
            if found:
                return group.noun
        return None

    def _middle_of_its_group(self, phrase: Phrase) -> bool:
        """ "in the middle of a row of small vehicles", "at the centre of the cluster": the middle one of a
        group of its own kind, not a place in another object."""
        if self.words[self.at : self.at + 4] not in MIDDLE_OF or phrase is not self.target or phrase.ordering:
            return False
        at = self.at + 4 + (self.words[self.at + 4] in ("a", "an", "the", "its", "their"))
        line, _, counted = self._which_line(at)
        after = line + 1
        if counted is not None and self.words[after] == "from":  # "of the second row from the top"
            after = self._places(after + 1)[0]
        later = (LEXICON.of(word) & {"ordinal", "superlative"} for word in self.words[after : self.end])
        if any(later):
            return False  # "..., second from the bottom": another order, read where it is said
        start, self.at = self.at, self.at + 4
        unlike = self._unlike_its_group(phrase)  # "the red car in the middle of a row of white cars"
        self.at = start + 4
        own = (list(phrase.colours), phrase.size, phrase.shape)
        grouped = self.words[line] in LINES or LEXICON.match(self.words, line, "collective")
        if not unlike and grouped and self._collective_of_the_target():
            if any(own) and own != (list(phrase.colours), phrase.size, phrase.shape):
                # "the short car in the middle of a row of long cars": the group's look is not its own
                phrase.colours, phrase.size, phrase.shape = own
                self.at = start
                return False
            phrase.ordering = "middle"
            return True
        anchor, self.at = Phrase(), start + 4
        if grouped and self._anchor(anchor) and not anchor.relations:
            # "the vehicle in the middle of a row of cars", "the truck amid a group of buses": among others,
            # not in the middle of one of them; where among them, not judged
            phrase.relations.append(Relation("near", str(anchor.noun), anchor_qualifiers=anchor.qualifiers()))
            end, self.at = self.at, start + 4
            self._not_judged("part", start)
            self.at = end
            return True
        self.at = start
        return False

    def _of_a_place(self, phrase: Phrase) -> bool:
        """ "the chimney of the power plant", "the runway of the airport": one of a place's own, right after
        its noun, the place said alone: near that place (not "of the tanks", a group; not of its own kind;
        not a part's, "the roof of the house"; not a mover's, "the tank of the truck"; not where more is
        said of the place, "the pool of the house with solar panels", nor of a target placed in the view
        already, "the middle car of the parking lot")."""
        if self.words[self.at] != "of" or phrase is not self.target or self.at != self.target_end:
            return False
        if self.words[self.at + 1] not in ("the", "a", "an") or self._image_end(self.at) is not None:
            return False
        kind = LEXICON.of(str(phrase.noun)) | LEXICON.of(self.words[self.at - 1])
        free = not LEXICON.of(self.words[self.at - 1])  # "the fountain of the park": a noun as typed
        if (
            not (kind & set(NOUNS) or free)
            or kind & {"part", "minor_part"}
            or phrase.position
            or phrase.ordering
        ):
            return False
        if phrase.other or phrase.colours or phrase.size or phrase.shape:
            return False  # "another house of the street", "the red car of the ...": the old way
        start, self.at, place = self.at, self.at + 1, Phrase()
        named = self._known_noun(self.at + 1) and not is_plural_word(self.words[self.at + 1])
        if not named or not self._noun_phrase(place, anchor=True) or place.how_many != 1:
            self.at = start
            return False
        alone = self.at >= self.end or self.at in self.breaks
        alone = alone and not LEXICON.of(self.words[self.at - 1]) & {"place_part", "part"}  # "street corner"
        mover = self._goes(str(place.noun)) or LEXICON.of(str(place.noun)) & {"road user"}
        if self._of_its_kind(place.noun) or mover:
            self.at = start  # "the car of the cars", "the car of the man in a red shirt": read as ever
            return False
        if not alone:  # "the pool of the house with a red roof": what is said of the place is its own
            self._name_to_the_next_break(start, self.at)
            return True
        phrase.relations.append(Relation("near", str(place.noun), anchor_qualifiers=place.qualifiers()))
        return True

    def _forming_a_group(self, phrase: Phrase) -> bool:
        """ "the tanks form a tight group of six", "forming a long row": how the targets stand together;
        the group's size, said, is how many they are."""
        if self.words[self.at] not in FORMING or phrase is not self.target or not phrase.plural:
            return False
        said_of_it = self.target_end in (self.at, self.at - 1) and self.words[self.at - 1] != "and"
        # ", forming a neat row" after what was said of them (not after "the silos,": theirs, maybe)
        after_a_break = self.at in self.breaks and not phrase.has_plural_anchor(last=True)
        if not (said_of_it or after_a_break):  # "the tanks next to the silos that form a group": the silos'
            return False
        start, self.at = self.at, self.at + 1
        at = self.at + (self.words[self.at] in ("a", "an"))
        at += self.words[at] in GROUP_LOOKS
        collective = LEXICON.match(self.words, at, "collective")
        if collective is None:
            self.at = start
            return False
        at += collective[0]
        size = group_size_at(self.words, at + 1) if self.words[at] == "of" else 0
        whole = at + 1 + size >= self.end  # nothing said after it ("a group of six with two helicopters")
        # "forming clusters of three": how many in each, not in all; after a set taken away: whose? named
        whole = whole and not (is_plural_word(self.words[at - 1]) or self.excluded)
        if size and phrase.how_many is None and whole:  # all of them: as many as the group holds
            phrase.count, phrase.count_given = number_at(self.words, at + 1)[1], True
        elif size:
            self.unread.extend(self.words[at + 1 : at + 1 + size])  # "the two tanks form a group of six"
        self.at = at + (1 + size if size else 0)
        return True

    def _of_road_users(self, phrase: Phrase) -> bool:
        """ "a line of parked cars" said of a vehicle: a group of road users, the target one of them."""
        collective = LEXICON.match(self.words, self.at, "collective")
        if collective is None or self.words[self.at + collective[0]] != "of":
            return False
        start, self.at = self.at, self.at + collective[0] + 1
        group = Phrase()
        users = self._noun_phrase(group, anchor=True) and all(
            "road user" in LEXICON.of(str(noun)) for noun in (phrase.noun, group.noun)
        )
        if not users:
            self.at = start
        return users

    def _because_of_its(self, phrase: Phrase) -> bool:
        """ "that stands out due to its red colour", "distinguished by its large size", "notable for its
        size" (a size that stands out is a large one): its own colour, size or shape."""
        reason = LEXICON.match(self.words, self.at, "reason")
        if reason is None:
            return False
        if phrase is self.target and phrase.relations:
            return False  # "the car near the tank that stands out due to its size": the tank's, maybe
        if self.words[self.at + reason[0]] not in ("its", "their"):
            return False
        start, self.at = self.at, self.at + reason[0] + 1
        said = Phrase()
        while self._quality(said):
            self._skip("and")
        if "part" not in LEXICON.of(self.words[self.at]) and not said.ordering:
            self.at = start + reason[0] + 1
            return self._its_own_objects(phrase, start)  # "distinguished by its long runway"
        if said.ordering or said.position:
            self.at = start
            return False
        bare_size = self.words[self.at] == "size" and not (said.colours or said.size or said.shape)
        if not (said.colours or said.size or said.shape or bare_size):
            self.at = start
            return False
        self.at += 1
        phrase.colours += said.colours
        phrase.size = said.size or ("large" if bare_size else None) or phrase.size
        phrase.shape = said.shape or phrase.shape
        return True

    def _in_a_colour(self, phrase: Phrase) -> bool:
        """ "in a light color", "painted in red", "in dark grey tones", "the car in light gray": its colour;
        not after an anchor ("the car near the bus painted in red": whose red?)."""
        painted = self.words[self.at - 1] in ("painted", "colored", "coloured", "rendered")
        if self.words[self.at] != "in" or (phrase is self.target and phrase.relations):
            return False
        at = self.at + 1 + (self.words[self.at + 1] in ("a", "an"))
        tone = at if self.words[at] in ("darker", "lighter", "paler", "brighter") else None
        at += tone is not None  # "in a darker gray color": gray; how dark beside the others, not judged
        colours = []
        while colour := LEXICON.match(self.words, at, "colour"):
            colours.append(colour[1].value)
            at += colour[0]
            at += self.words[at] == "and" and bool(LEXICON.match(self.words, at + 1, "colour"))
        named = self.words[at] in ("color", "colour", "colors", "colours", "shade", "hue", "tone", "tones")
        # "the car in light gray", "the bus in red at the stop": said alone, its colour
        alone = at >= self.end or at in self.breaks or self.words[at] in ("and", "with", *PREPOSITIONS)
        if not colours or not (named or painted or alone or begins_relation(self.words, at)):
            return False
        phrase.colours += colours
        if tone is not None:
            self.at = tone + 1
            self._not_judged("tone", tone)
        self.at = at + named
        return True

    def _in_a_manner(self) -> bool:
        """ "in a neat manner", "in a disorganized fashion": how, which selects nothing; consumed."""
        if self.words[self.at : self.at + 2] not in (["in", "a"], ["in", "an"]):
            return False
        for end in range(self.at + 2, self.at + 5):
            if self.words[end] in ("manner", "fashion"):
                self.at = end + 1
                return True
            if self._known_noun(end):
                return False
        return False

    def _one_noun_follows(self, at: int) -> bool:
        """A singular noun of the vocabulary follows, after qualities: "the only plane", not "the only
        planes", "the only two planes"."""
        while LEXICON.match(self.words, at, "colour", "size", "shape"):
            at += 1
        length = self._known_noun(at)
        return length > 0 and not is_plural_word(self.words[at + length - 1])

    def _of_an_aspect(self, phrase: Phrase) -> bool:
        """ "of a rectangular shape", "of medium size", "of a dark colour": its own look, as "with a
        rectangular shape" is; not after an anchor ("the car next to the pool of a round shape": whose?)."""
        if self.words[self.at] != "of" or (phrase is self.target and phrase.relations):
            return False
        start, self.at = self.at, self.at + 1
        said = Phrase()
        self._qualities_run(said)
        if self.words[self.at] not in ASPECTS_OF_ITS_OWN or said.qualifiers() == Qualifiers():
            self.at = start
            return False
        self.at += 1
        if phrase.differs(said, ("size", "shape", "ordering")) or (
            said.ordinal and not said.ordering
        ):  # "the large tank of a small size": which? named
            self._name_unread(start)
            return True
        phrase.colours += said.colours
        phrase.size, phrase.shape = phrase.size or said.size, phrase.shape or said.shape
        if said.ordering:  # "the plane of the largest size", "of the second largest size"
            phrase.order(said.ordering, self.words[start : self.at], self.unread, said.rank)
        return True

    def _its_own_objects(self, phrase: Phrase, start: int) -> bool:
        """After "distinguished by its": "long runway and taxiways", the objects it has (`with` each), or
        a small part ("its tall tail") not judged; False, at ``start``, when neither follows."""
        objects: list[Relation] = []
        while True:
            anchor, mark = Phrase(), self.at
            if not self._noun_phrase(anchor, anchor=True):
                break
            kinds = LEXICON.of(str(anchor.noun))
            named = set().union(*(LEXICON.of(word) for word in self.words[mark : self.at]))
            if (kinds | named) & {"part", "minor_part"} and not objects:
                self._not_judged("part", start)  # "by its T-shaped tail": a part's look
                return True
            if not kinds & set(NOUNS):
                break  # "by its slender profile": named below
            said = Relation("with", anchor.noun, anchor_qualifiers=anchor.qualifiers())
            objects += [said] if said not in objects else []
            if self.words[self.at] != "and":
                break
            self.at += 1
        if not objects or self.words[self.at - 1] == "and":
            self.at = start
            return False
        phrase.relations.extend(objects)
        return True

    def _said_of(self, phrase: Phrase) -> bool:
        """A quality said of the phrase after its noun: after "is", "that are", "not", in a list ("white and
        gray"), or a superlative ("the court farthest to the right"); anywhere else it is some other noun's
        ("waiting at the red light"): unread."""
        quality = LEXICON.match(self.words, self.at, "colour", "size", "shape", "orientation", "superlative")
        if quality is None:
            return False
        before, another = self.at - 1, False
        # "is slightly smaller": how much is said between
        while before > 0 and (
            self.words[before] in ("and", "or", "very", "quite", "mostly", "the", "a", "an")
            or "degree" in LEXICON.of(self.words[before])
        ):
            # "the white car and the red one": another object's, not a list of the target's
            another = self.words[before] in ("the", "a", "an") and self.words[before - 1] in ("and", "or")
            if another:
                break
            before -= 1
        said = phrase is not self.target or self.target.noun is None or quality[1].category == "superlative"
        if quality[1].category == "superlative" and phrase is self.target and phrase.relations:
            # "the car near the bus which is (one of) the largest": the bus's, maybe; named
            clause = [
                word for word in self.words[max(self.at - 6, 0) : self.at] if word not in ("one", "of", "the")
            ]
            if clause[-2:] in (["which", "is"], ["that", "is"]):
                return False
        said = (
            said or before < 0 or self.words[before] in ("that", "which", "who", "all", "both", "not", "non")
        )
        listed = LEXICON.of(self.words[before]) & {"copula", "colour", "size", "shape", "state"}
        # "a truck parked diagonally", "the bridge that spans the river horizontally": which way it lies
        listed = listed or quality[1].category == "orientation"
        following = self.words[self.at + quality[0] : self.at + quality[0] + 2]
        listed = listed or following in (["in", "colour"], ["in", "color"])  # "a van, white in colour"
        # right after its noun, not after an anchor's ("the car next to the truck of white color": the
        # truck's); "the car in red" may be near a building in red, or "in the green": named
        own = phrase is not self.target or not phrase.relations
        listed = listed or (own and following[:1] in (["colored"], ["coloured"]))  # "gray colored"
        listed = listed or (own and self.words[before] == "of" and following[:1] in (["color"], ["colour"]))
        listed = listed or (own and self.words[self.at] == "of")  # "the car of medium size"
        if (said or listed) and not another and before != self.stray:
            return self._quality(phrase)
        self.unread.extend(self.words[self.at : self.at + quality[0]])
        self.at += quality[0]
        self.stray = self.at - 1  # the next quality in a list is that noun's too
        return True

    def _motion_object(self, phrase: Phrase) -> bool:
        """ "the truck following the white bus", "approaching the intersection": near what it moves by;
        "entering the station": in it."""
        verb = self.words[self.at]
        # "facing the terminal", "pointing toward the hangar": near it; which way it faces is not judged
        facing = verb in FACING and not self.negating and not self.excluding
        toward = self.words[self.at + 1] in ("toward", "towards")
        verb_end = self.at + 1 + (facing and self.words[self.at + 1] in ("toward", "towards", "to"))
        if "motion" not in LEXICON.of(verb):
            return False
        ahead = self._object_follows(self.at + 2) or (
            self.words[self.at + 2] == "the" and self._noun_at(self.at + 3)  # "toward the supermarket"
        )
        viewer = any(LEXICON.of(word) & {"camera", "image"} for word in self.words[self.at + 2 : self.at + 5])
        if toward and not facing and ahead and not viewer:  # "toward the camera": its heading, read so
            start, self.at = self.at, self.at + 2  # "driving toward the tunnel": where it goes, not judged
            if self._anchor(Phrase()):
                self._not_judged("motion", start)
                return True
            self.at = start
            return False
        if not self._object_follows(verb_end):
            return False
        start, self.at = self.at, verb_end
        anchor = Phrase()
        if not self._anchor(anchor):
            self.at = start
            return False
        kind = "inside" if "entering" in LEXICON.of(verb) else "near"
        phrase.relations.append(Relation(kind, anchor.noun, anchor_qualifiers=anchor.qualifiers()))
        if facing:
            end, self.at = self.at, verb_end
            self._not_judged("alignment", start)
            self.at = end
        return True

    def _its_kind_after_a_height(self, phrase: Phrase) -> bool:
        """ "the tallest of the cranes", "the highest among all the chimneys": the group a height not judged
        is said among, the target's own kind. Consumed, True."""
        if phrase is not self.target or self.words[self.at] not in ("of", "among", "amongst"):
            return False
        said = LEXICON.match(self.words, self.at - 1, "unjudged")
        if not said or said[1].value != "height" or not self.words[self.at - 1].endswith("est"):
            return False
        at = self.at + 1 + (self.words[self.at + 1] == "all")
        at += self.words[at] == "the"
        length = self._known_noun(at)
        if not length or not is_plural_word(self.words[at + length - 1]):
            return False
        if name_of(self.words[at : at + length])[0] != phrase.noun:
            return False
        self.at = at + length
        return True

    def _that_place_again(self, phrase: Phrase) -> bool:
        """ "(the only truck) on that side of the building", "in that section of the lot", "in this row":
        a place said already, said again to bound "the only"; nothing more is said. After the target's own
        place ("at the upper right, ... the only plane on that part of the apron"), that part is its
        place, and the apron is where it is. Consumed, True."""
        at = self.at
        if self.words[at] not in ("in", "on", "at", "within") or self.words[at + 1] not in ("that", "this"):
            return False
        if self.words[at + 2] not in THAT_PLACE:
            return False
        said = {singular(word) for word in self.words[:at]}
        of = at + 4 + (self.words[at + 4] in ("the", "this", "that"))  # "of the lot", "of road"
        named = self.words[at + 3] == "of" and self._known_noun(of) == 1
        its_place = phrase is self.target and bool(phrase.position) and self.words[at + 2] in PARTS_OF_A_PLACE
        others = OTHERS_OR_NOT & set(self.words[:at])
        if named and its_place and not others and singular(self.words[of]) not in said:
            self.at, anchor = at + 4, Phrase()
            # the anchor's words end there (not "on that part of the apron that is white": the plane's?)
            if not self._anchor(anchor) or not (self.at >= self.end or self.at in self.breaks):
                self.at = at
                return False
            kind = "near" if self.words[at + 2] == "side" else "inside"  # beside it; in it
            phrase.relations.append(Relation(kind, str(anchor.noun), anchor_qualifiers=anchor.qualifiers()))
            return True
        if self.words[at + 2] not in said or (named and singular(self.words[of]) not in said):
            return False  # "in that part of the park", "the only car in that lane": said here first
        if self.words[at + 3] == "of" and not named:
            return False
        self.at = of + 1 if named else at + 3
        return True

    def _facing_toward(self, phrase: Phrase) -> bool:
        """ "facing left toward the hangars", "facing down towards the runway": the way it faces, then what it
        faces: near that, as "facing the terminal" is (which way, not judged)."""
        faced = any(word in FACING for word in self.words[max(self.at - 4, 0) : self.at])
        if self.words[self.at] not in ("toward", "towards") or not phrase.heading or not faced:
            return False
        start, self.at, anchor = self.at, self.at + 1, Phrase()
        if not self._noun_follows(self.at) or not self._anchor(anchor):
            self.at = start
            return False
        phrase.relations.append(Relation("near", str(anchor.noun), anchor_qualifiers=anchor.qualifiers()))
        end, self.at = self.at, start + 1
        self._not_judged("alignment", start)
        self.at = end
        return True

    def _object_follows(self, at: int) -> bool:
        """A noun phrase begins at ``at``: the vocabulary's, or after "entering", "the" and a word no
        category claims ("entering the station"; not "facing the same way")."""
        if self._noun_follows(at):
            return True
        return (
            "entering" in LEXICON.of(self.words[at - 1]) and self.words[at] == "the" and self._noun_at(at + 1)
        )

    def _unknown_verb(self) -> bool:
        """ "casting a long shadow", "that divides the water": a verb the lexicon does not know, and its
        object, reported whole (its "long" is the shadow's, not the target's)."""
        word = self.words[self.at]
        # "casting ...", or "(that) casts ..." after a relative pronoun
        verb = word.endswith("ing") or (
            word.endswith("s") and self.words[self.at - 1] in ("that", "which", "who")
        )
        if LEXICON.of(word) - {"casting", "falling"} or not verb or len(word) < 4 or self.target.noun is None:
            return False
        if self._relation_phrase_at(self.at):  # "crossing", "spanning": a relation reads it
            return False
        if word in HAVING or self.words[self.at + 1] == "of":  # "containing a dock", "consisting of": with
            return False
        start, said = self.at, len(self.unread)
        self.at += 1
        objects = Phrase()
        if not self._noun_phrase(objects, anchor=True):
            self.at = start + 1
        del self.unread[said:]  # the object's own unread words, named again below in their order
        self._name_unread(start)
        self.verb_end = self.at
        return True

    def _superlative_after(self, at: int) -> bool:
        """ "on the topernmost (of some tanks)": the target's superlative, not an anchor's ("in the
        leftmost lane")."""
        at += self.words[at : at + 1] == ["the"]
        superlative = LEXICON.match(self.words, at, "superlative") if at < self.end else None
        after = at + superlative[0] if superlative else at
        return superlative is not None and not self._noun_follows(after) and self.words[after] not in LINES

    def _comparative_at(self, at: int) -> bool:
        found = self._relation_phrase_at(at) if at < self.end else None
        # "slightly larger than", "slightly separated from the group", "a bit apart": how much is not judged
        apart = LEXICON.match(self.words, at, "isolated") is not None
        return apart or (found is not None and found[1] in ("smaller_than", "larger_than", "far_from"))

    def _one_again(self, phrase: Phrase) -> bool:
        """ "..., the only red one", "that is the only one", "the largest one": the target said again with
        its qualities (being the only one it already is: one is selected)."""
        start = before = self.at
        while before > 0 and self.words[before - 1] in ("the", "a", "an"):
            before -= 1
        if before > 0 and self.words[before - 1] in ("and", "or", "but", "than", "as"):
            return False  # "the white car and the red one": another
        self._skip("determiner")
        # "is the largest", "stands out as the only red vehicle"
        its = before - 1 in self.breaks and self.words[before - 1] == "its"  # ", Its the biggest": it's
        said_to_be = before < self.at and (
            "copula" in LEXICON.of(self.words[before - 1])
            or self.words[before - 1] == "as"
            or its
            or (
                before in self.breaks
                and self.words[self.at] in ("only", "single", "sole")
                and not (self.others or phrase.plural)
            )
        )  # ", the only white car in the row": said of it after a comma; of which, after "and"?
        if self.words[self.at] in ("only", "single", "sole"):
            self.at += 1
        # "Among the three planes, the middle one", "the middle one of the three": in the middle of them
        of_a_group = self.in_group or self.words[self.at + 1 : self.at + 3] == ["one", "of"]
        middle = of_a_group and self.words[self.at] in ("middle", "center", "centre", "central")
        self.at += middle
        if middle and self.words[self.at : self.at + 2] == ["one", "of"]:
            mark, self.at = self.at, self.at + 2  # "the middle one of the three (cars)": of its own group
            if self._collective_of_the_target():
                phrase.order("middle", self.words[start : self.at], self.unread)
                return True
            self.at = mark
        said = Phrase(ordering="middle" if middle else None)
        while self._quality(said, before_noun=self.in_group):  # "the left one" of a group
            self._skip("and")
        material = LEXICON.match(self.words, self.at, "unjudged")
        if (
            material
            and material[1].value in ("material", "look")
            and self._target_named_at(self.at + material[0])
        ):
            self.at += material[0]  # "is a long curved concrete wall": what it is made of, not judged
            self._not_judged(material[1].value, self.at - material[0])
        # "is the largest ship visible": the target again; not after an anchor's relative clause ("next to
        # the ship which is the largest ship": that ship); the sentence's own verb is the target's ("The
        # ship near the pier is a small white boat")
        relative = bool({"which", "that", "who"} & set(self.words[max(before - 4, 0) : before - 1]))
        after_an_anchor = phrase is self.target and bool(phrase.relations) and relative
        after_an_anchor = after_an_anchor and not self._names_the_target_only(self.at)
        named = said_to_be and not after_an_anchor and self._target_named_at(self.at)
        said_of_it = (
            not phrase.relations or before in self.breaks or its
        )  # not "next to the bus which is a van"
        if said_to_be and said_of_it and not named and phrase is self.target and phrase.noun == "vehicle":
            kind = Phrase()  # ", the only white car in the row": which vehicle it is, as "a white car" says
            mark = self.at
            if self._noun_phrase(kind, anchor=True) and _a_vehicle_s_kind(kind.noun) and kind.how_many == 1:
                phrase.noun, named = kind.noun, self.at - mark
                # "the third white truck (from the left)": its order and looks
                said.rank, said.ordinal = kind.rank, kind.ordinal
                said.colours += kind.colours
                said.size, said.shape = said.size or kind.size, said.shape or kind.shape
            self.at = mark
        compared = said.size in COMPARED and not (said.colours or said.ordering or said.shape)
        if compared and self.at > start and self._of_the_group(phrase):
            # ", the smaller of the two courts there": the smallest of them
            phrase.order(COMPARED[said.size], self.words[start : self.at], self.unread)
            self.at += self.words[self.at] in ("there", "here")
            return True
        if (
            (self.words[self.at] not in ("one", "ones") and not named)
            or self.at == start
            or self._partitive_at(self.at)
        ):
            self.at = start
            return False
        self.at += named or 1
        if self.in_group or self.partitive:
            order = ORDER_OF_PLACES.get(sides_of(said.position)) if not said.ordering else None
            if order:  # "Two fields at the left; the right one": the rightmost of them, not right and left
                said.ordering, said.position = order, []
            self._order_among(said)
        if phrase.differs(said, ("size", "shape", "orientation")):
            self._name_unread(start)  # "the small tank ... a large one": which? named, neither dropped
            return True
        phrase.colours += said.colours
        phrase.size, phrase.shape = said.size or phrase.size, said.shape or phrase.shape
        phrase.orientation = said.orientation or phrase.orientation
        if said.ordering:  # "the largest tank, the leftmost one": a second order is named
            phrase.order(said.ordering, self.words[start : self.at], self.unread)
        elif said.ordinal and (phrase.ordinal or phrase.ordering):
            self.unread.append(said.ordinal)  # "the largest car is the third car": which? named
        elif said.ordinal:  # "the vehicle is the third truck from the left": counted along what follows
            phrase.rank, phrase.ordinal = said.rank, said.ordinal
        phrase.position += said.position
        return True

    def _one_of_the_most(self, phrase: Phrase) -> bool:
        """ "which is one of the smallest planes in the image", ", one of the largest", "among the largest":
        the target's own superlative (of those that fit, the first is kept), its noun said again read with
        it."""
        said = 3 if self.words[self.at : self.at + 3] == ["one", "of", "the"] else 0
        said = said or 2 * (self.words[self.at : self.at + 2] == ["among", "the"])
        if not said or phrase is not self.target:
            return False
        if phrase.relations:
            return False  # "the car near the bus which is one of the largest": the bus, maybe
        superlative = LEXICON.match(self.words, self.at + said, "superlative")
        if superlative is None or (phrase.ordering and phrase.ordering != superlative[1].value):
            return False
        phrase.order(superlative[1].value, [], self.unread)
        self.at += said + superlative[0]
        self.at += self._target_named_at(self.at)
        return True

    def _and_the_most(self, phrase: Phrase) -> bool:
        """ "..., situated near the corner and the rightmost among the swimming pools", "and the largest of
        all the tanks": the target's own order among its kind (not "and the largest tank", another)."""
        if self.words[self.at : self.at + 2] != ["and", "the"] or phrase is not self.target:
            return False
        superlative = LEXICON.match(self.words, self.at + 2, "superlative")
        at = self.at + 2 + (superlative[0] if superlative else 0)
        if superlative is None or self.words[at] not in ("among", "of", "amongst"):
            return False
        start, self.at = self.at, at + 1
        self.at += self.words[self.at] == "all"
        if not (self._collective_of_the_target() or self._the_others() or self._of_target_kind()):
            self.at = start
            return False
        phrase.order(superlative[1].value, self.words[start + 2 : at], self.unread)
        return True

    def _take_the_group_s_looks(self, target: Phrase, group: Phrase, said: list[str]) -> None:
        """ "Among the large round tanks, the one on the left": large and round too, as it is one of them (an
        order among them was read first: "Among the small tanks, the one slightly larger than the others");
        an order of the group's ("Among the three largest tanks") or a size the target cannot also be
        ("Among the large tanks, the small one") is named, not dropped."""
        named = [word for word in said if LEXICON.of(word) & {"superlative", "ordinal"}]
        # not a row's or a cluster's size ("Among the long rows of cars"), nor one of two said ("Among the
        # large and small tanks"): those are not each one's
        groups = [at for at, word in enumerate(said) if "collective" in LEXICON.of(word)]
        taken_away = [exclusion.what for exclusion, _ in self.excluded]
        for name in ("size", "shape"):
            looks = {word for word in said if name in LEXICON.of(word)}
            of_a_group = any(name in LEXICON.of(said[at]) for at in range(max(groups, default=0)))
            if of_a_group or len(looks) > 1:
                continue
            if any(
                getattr(what, name) == getattr(group, name) for what in taken_away if getattr(group, name)
            ):
                named += list(looks)  # "Compared to the other round tanks, the one ... is not round": which?
                continue
            if getattr(target, name) not in (None, getattr(group, name)):
                named += list(looks)
            setattr(target, name, getattr(target, name) or getattr(group, name))
        self.unread.extend(named)

    def _a_group_said(self, since: int = 0) -> bool:
        """Some group is said with "of" or "among", from ``since`` on ("the smallest plane of those closest
        to the terminal", "amid the parked trucks"): an order said after it may be the group's."""
        for at in range(since, self.end):
            if self.words[at] not in ("of", "among", "amongst", "amid", "amidst"):
                continue
            group = at + 1
            while self.words[group] not in ("those", "these", "them", "others") and LEXICON.of(
                self.words[group]
            ) & {"determiner", "number", "colour", "size", "shape", "state"}:
                group += 1
            if self.words[group] in ("those", "these", "them", "others") or (
                self._known_noun(group) and is_plural_word(self.words[group + self._known_noun(group) - 1])
            ):
                return True
        return False

    def _names_the_target_only(self, at: int) -> bool:
        """The noun at ``at`` names the target's kind and no anchor's: "the red car in the middle of the
        parking lot, which is the only red vehicle" (no lot is a vehicle)."""
        known = self._known_noun(at)
        if not known or self.target.noun is None:
            return False
        named = name_of(self.words[at : at + known])[0]
        relations = [*self.target.relations]
        relations += [inner for relation in relations for inner in relation.anchor_qualifiers.relations]
        anchors = {relation.anchor for relation in relations} | {r.second_anchor for r in relations} - {None}
        fits = (anchor == named or str(anchor).endswith(f" {named}") for anchor in anchors)
        vehicles = named == "vehicle" and bool(anchors & MOTOR_VEHICLES)
        aircraft = self.words[at] in ("aircraft", "aircrafts") and bool(anchors & {"helicopter", "airplane"})
        return self._of_its_kind(named) and not any(fits) and not vehicles and not aircraft

    def _target_named_at(self, at: int) -> int:
        """How many words name the target's own noun at ``at`` ("ship", "storage tanks"); 0 when none."""
        match = LEXICON.match(self.words, at, *NOUNS)
        if self.target.noun is None:
            return 0
        if self.words[at] in GENERIC_NOUNS:
            return 1  # "the helicopter, which is the smallest object in the image": the smallest helicopter
        known = self._known_noun(at) or 1
        if said_as(self.target.noun, name_of(self.words[at : at + known])[0]):
            return known  # "the dam is a long curved concrete wall", "the harbor is a short pier"
        known = self._known_noun(at)  # "planes" for an airplane: the vocabulary's plural
        if known and self._of_its_kind(name_of(self.words[at : at + known])[0]):
            return known
        if match is None:  # "the only court" for a tennis court: its head word
            return int(singular(self.words[at]) == self.target.noun.split()[-1])
        return match[0] if self._of_its_kind(match[1].value) else 0

    def _order_among(self, phrase: Phrase) -> None:
        """ "One of the three trucks, the one at the bottom", "Among the ships, the one on the left": a
        side said of one of a group is its order among them (the bottommost)."""
        mark, placed = self.at, Phrase()
        if phrase.ordering or not self._position(placed):
            return
        # "the one in the lower right quadrant (of the image)" is a place in the view, as ever
        in_view = any(LEXICON.of(word) & {"place_part", "image"} for word in self.words[mark : self.at])
        if placed.order_by_place() and not in_view:
            phrase.ordering, phrase.by_place = placed.ordering, placed.by_place
        else:
            self.at = mark

    def _of_the_group(self, phrase: Phrase) -> bool:
        """ "the upper roundabout of the two", "the top one of the two courts", "out of the three": the
        group it is one of, which says how many there are, not which; a side it is on is then its order
        among them (the topmost)."""
        at = self.at + (self.words[self.at : self.at + 2] == ["out", "of"])
        if self.words[at] != "of" or phrase is not self.target or self.target.noun is None:
            return False
        at += 1 + (self.words[at + 1] in ("the", "these", "those", "all"))
        size = group_size_at(self.words, at)
        if not size:
            return False
        at += size
        # "of three adjacent courts": how they lie together, which tells none of them apart
        at += self.words[at] in ("adjacent", "neighbouring", "neighboring", "similar", "identical")
        start, self.at = self.at, at
        group = Phrase()
        named = self.at < self.end and self._noun_at(self.at)  # "of the two courts", or "of the two"
        if named and not (self._noun_phrase(group, anchor=True) and phrase.noun.endswith(str(group.noun))):
            self.at = start
            return False
        in_view = any("image" in LEXICON.of(word) for word in self.words[:start])  # "the center of the image"
        if phrase.position == ["center"] and not in_view:  # "the middle pier out of the three": their middle
            phrase.position = []
            phrase.order("middle", ["middle"], self.unread)
        if len(phrase.position) == 1:
            phrase.order_by_place()
        self.counted_among = True
        return True

    def _target_again(self) -> bool:
        """ "... and the baseball field is on the left of a pond": the target named again, as a pronoun."""
        if self.words[self.at] != "and" or self.target.noun is None:
            return False
        start, self.at = self.at, self.at + 1
        again = Phrase()
        if (
            self._noun_phrase(again, anchor=True)
            and again.noun == self.target.noun
            and not again.other  # "and another boat": not it
            and again.qualifiers() in (Qualifiers(count=again.how_many),)
        ):
            if not self._its_verb_follows():  # "and the house with a gray roof": another house, named
                self._name_to_the_next_break(start, self.at)
            return True
        self.at = start
        return False

    def _its_verb_follows(self) -> bool:
        """A verb of a subject said just before begins at the reading point: "is", "has", "sits",
        "parked"."""
        word = self.words[self.at]
        categories = LEXICON.of(word)
        return (
            bool(categories & {"copula", "state", "motion"}) or word in ("has", "have") or word.endswith("s")
        )


def _a_verb_s_form(word: str) -> bool:
    """ "parked", "waiting": a participle, as far as its ending tells (not "red", "nothing", "shed")."""
    if LEXICON.of(word) - {"state", "motion", "waiting", "carrying", "course"} or word.endswith("thing"):
        return False
    return len(word) > 4 and word.endswith(("ing", "ed"))


# The parts of a kind that no place or building has: "on the runway, white with a pointed bow" is the boat's
# look.
_PLANE_PARTS = frozenset(
    {"wing", "wings", "fuselage", "nose", "tail", "engine", "engines", "nacelles", "wingtips"}
)
_SHIP_PARTS = frozenset({"bow", "stern", "hull", "cabin", "superstructure", "mast", "masts"})
_CAB_PARTS = frozenset({"cab", "trailer", "hood"})
PARTS_OF_KINDS = {"airplane": _PLANE_PARTS, "ship": _SHIP_PARTS, "yacht": _SHIP_PARTS, "tugboat": _SHIP_PARTS}
PARTS_OF_KINDS |= {"truck": _CAB_PARTS, "vehicle": _CAB_PARTS}
# What such parts may be an anchor's.
THINGS_WITH_PARTS = frozenset({*PARTS_OF_KINDS, "helicopter", "boat", "ferry", "train", "tram"})
# Said before, these may make what follows another's, or taken away ("unlike the ones that are old"):
# what follows is not read as the target's own.
OTHERS_OR_NOT = frozenset({"unlike", "not", "no", "except", "but", "without", "other", "others"})
# What comes before a noun and is none ("the curve": the noun is "curve", not a verb after one).
DETERMINERS = ("the", "a", "an", "this", "that", "its", "their")
# What is said of how it looks and nothing judges: another look may be joined to it ("tall and thin").
LOOKS_NOT_JUDGED = ("height", "condition", "material", "use", "look")
# The places "that" points back to: "in that row", "on that side of the building"
THAT_PLACE = (
    "side",
    "section",
    "part",
    "portion",
    "area",
    "corner",
    "end",
    "row",
    "line",
    "column",
    "region",
)
THAT_PLACE += ("half", "lane", "stretch")
# Of these, a part of a place that "that" can point back to where the target was said to be
PARTS_OF_A_PLACE = ("side", "section", "part", "portion", "area", "corner", "region", "half")


def _a_vehicle_s_kind(noun: str | None) -> bool:
    """A kind a vehicle may be said to be ("a white van", "a truck"): a road user that is no person."""
    return "road user" in LEXICON.of(str(noun)) and noun != "pedestrian"


def parse_expression(expression: str) -> Program:
    """The program of one referring expression (see the module's docstring). A word that is a typing slip
    of a known one ("samll") is read as that word where the reading then places more (`spelling`), one
    word at a time; the program says so. Beside a slip of "except" or "without", nothing is respelled.
    "then" after a comparative ("bigger then the others") is always read as "than", and said."""
    words = tokens_of(expression)
    slips = {
        at: "than" for at, word in enumerate(words) if word == "then" and at and words[at - 1] in COMPARING
    }
    program = _Reader(expression, slips).read()
    if slips and not program.understood:  # read whole by the model: as typed
        slips, program = {}, _Reader(expression).read()
    if slips:
        program = replace(program, respelled=tuple((words[at], known) for at, known in slips.items()))
    misfit = _misfit(program)
    if not misfit:
        return program
    read = program
    if any(slips_from_a_negation(word) for word in words):
        return program  # "the cars excpet the whtie one": white would be kept, not taken away
    for at, word in enumerate(words):
        known = None if at in slips else meant(word)
        if known is None:
            continue
        again = _Reader(expression, {**slips, at: known}).read()
        left = {word for said in again.unread for word in said.split()}
        again_misfit = _misfit(again)
        if known not in left and again_misfit < misfit:
            slips[at], read, misfit = known, again, again_misfit
    if read is program:
        return program
    return replace(read, respelled=tuple((words[at], known) for at, known in slips.items()))


def _misfit(program: Program) -> int:
    """How much of a reading is not placed: its words unread, the words its phrases asked of the detector
    that no vocabulary knows ("the stroage tank"), and one for a sentence not understood."""
    if not program.understood:
        return len(tokens_of(program.expression)) + 1
    asked = [word for phrase in program.queries for word in phrase.split()]
    return sum(len(said.split()) for said in program.unread) + sum(not known_word(word) for word in asked)


def is_plural(expression: str) -> bool:
    """Whether an expression read whole (by a model that takes the sentence, or one the parser did not
    understand) asks for several objects: the number its program reads. "All ships", "two tanks", "the
    red ships left of the pond" do; "the ship near the ponds", "one of the ships", "the canvas tent"
    do not. The one reading of English number for both processes and every model."""
    return parse_expression(expression).count != 1


def reads_as(name: str) -> str | None:
    """The class or noun a short name reads as ("Roads", "streets_osm" -> "road"), to match a layer's
    name to an anchor; None when it names nothing."""
    words = content_words(tokens_of(name))
    if not words:
        return None
    noun, _plural, _unread = name_of(words)
    return noun
