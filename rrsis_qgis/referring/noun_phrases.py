"""Reading a noun phrase: its determiner, count, qualities and head noun (the vocabulary's, or a word no
category claims), for the target, an anchor or a set taken away; a mixin of parse's reader."""

from __future__ import annotations

import re
from dataclasses import replace

from .lexicon import LEXICON, NOUNS
from .words import (
    ENDS_PHRASE,
    IGNORED,
    MEET_AFTER_A_NOUN,
    MODIFYING_PARTICIPLES,
    NUMBER,
    ORDER_OF_PLACES,
    OTHER_KINDS,
    PREPOSITIONS,
    Phrase,
    begins_where,
    content_words,
    group_size_at,
    is_plural_word,
    lies_along,
    looks_like_participle,
    name_of,
    sides_of,
    singular,
)

# Categories of words that are nouns too: "the dog next to the man", "near the door of the building", "the
# stop sign", "the drone on the left", "with a white cap" (what is carried, a small part, a camera, a kind
# of image, clothing).
PEOPLE_TOGETHER = {"couple": 2, "crowd": None}  # nouns for people that say how many
# A size said against another: "smaller than the bus", "is slightly larger" (than its group).
COMPARATIVES = ("smaller", "larger", "bigger", "longer", "wider", "shorter", "narrower")
NOUN_LIKE = frozenset({"part", "minor_part", "carried", "camera", "image_kind", "clothing"})
# Between "which is" and a look said of what it follows: "which is painted white", "that is very large",
# "which is parked on the left".
SAID_BEFORE_A_LOOK = frozenset(
    {"painted", "colored", "coloured", "very", "quite", "mostly", "mainly", "also", "entirely", "fully"}
    | {"completely", "relatively", "rather", "be", "located", "situated", "positioned", "parked", "placed"}
)
# Adverbs that end a noun phrase after its noun ("the court directly below", not "court directly"); "the
# water supply tank" keeps "supply".
ADVERBS = frozenset(
    {"directly", "immediately", "slightly", "partially", "partly", "mostly", "exactly", "nearly", "closely",
     "roughly", "approximately", "centrally", "diagonally", "horizontally", "vertically", "neatly", "densely",
     "illegally", "slowly", "quickly", "fully", "completely", "only", "currently", "clearly", "otherwise",
     "evenly", "uniformly", "tightly", "loosely"}
)  # fmt: skip


class NounPhrases:
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
                if any(inside in self.breaks for inside in range(at + 1, at + length)):
                    continue  # "in the harbor, pier on the right": no harbor pier across the comma
                last = words[at + length - 1]
                if length > 1 and "state" in LEXICON.of(last) and begins_where(words, at + length):
                    continue  # "the white car parks near the road": a verb, not car parks
                if (
                    length > 1
                    and last.endswith("ing")
                    and words[at + length : at + length + 1]
                    in (
                        ["the"],
                        ["a"],
                        ["an"],
                    )
                ):
                    continue  # "the pedestrian crossing the street": a verb and its object, not a crosswalk
                return length
        return 0

    def _noun_phrase(self, phrase: Phrase, anchor: bool = False, as_typed: bool = False) -> bool:
        """Determiner, count, qualities and the head noun into ``phrase``; True when a noun was read.
        ``as_typed``: known nouns before a known head noun name it with it, as typed ("the warehouse roof",
        "the bus terminal": the detector is asked for the whole), unless the head is the target's kind
        ("another building storage tank" is one of the target's kind); a word of no category before it
        stays unread ("the grpun track field", "the next gate")."""
        nouns: list[str] = []
        begins = self.at
        while self.at < self.end:
            word = self.words[self.at]
            # "at the bottom, one boat", ", one of the largest"; not "the small, one-story house"
            counted = self._known_noun(self.at + 1) or self.words[self.at + 1] == "of"
            fresh = word in ("a", "an", "the") or (LEXICON.of(word) & {"number"} and counted)
            if not nouns and self.at > begins and self.at in self.breaks and fresh:
                break  # "on the left, a white bus": another phrase ("a large, white tank" is one)
            if nouns:
                if self.words[self.at : self.at + 2] == ["shaped", "like"]:
                    break  # "the tank shaped like a cone": its outline (`NotJudged._outline`)
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
            follows = self.at + 1 < self.end and LEXICON.of(self.words[self.at + 1]) - {
                "pronoun",
                "determiner",
            }
            if word in ADVERBS and not LEXICON.of(word) and follows:
                self.at += 1  # "the currently empty lot", "the illegally parked car": how, not what
                continue
            said = LEXICON.match(self.words, self.at, "unjudged")
            numbered = said and said[0] > 1 and LEXICON.of(word) & {"number", "ordinal"}
            if numbered and self._known_noun(self.at) <= said[0]:  # not "a three-wheeled cart": a tricycle
                self.at += said[0]  # "a four-lane road": its lanes, not four roads
                self._not_judged(said[1].value, self.at - said[0])
                continue
            if self._count_word(phrase) or self._quality(phrase, before_noun=True) or self._outline():
                continue
            if LEXICON.match(self.words, self.at, "whole") and self._whole_in_view(phrase):
                continue  # "the only fully visible ship", "next to the complete court" (named)
            cut = LEXICON.match(self.words, self.at, "truncated")
            if cut and not self._known_noun(self.at):
                phrase.truncated = True  # "the partially shown car", "the incomplete tank"
                self.at += cut[0]
                continue
            if word in ("similar", "identical") and self._known_noun(self.at + 1):
                self.at += 1  # "a row of similar vehicles": of a kind ("a similar colour" is not read)
                continue
            if word in ("opposite", "same", "outer", "inner") and self._noun_at(self.at + 1):
                self.unread.append(word)  # "in the opposite lane", "the same lane": which one is not judged
                self.at += 1
                continue
            degree = LEXICON.match(self.words, self.at, "degree")
            if degree and LEXICON.match(self.words, self.at + degree[0], "size"):
                self.at += degree[0]  # "next to a much larger one": larger, judged; how much, not
                self._not_judged("degree", self.at - degree[0])
                continue
            unjudged = LEXICON.match(self.words, self.at, "unjudged")
            quality = LEXICON.match(self.words, self.at, "colour", "size", "shape")
            longer = max(self._known_noun(self.at), quality[0] if quality else 0)
            if unjudged and longer <= unjudged[0]:  # "a cargo ship" is a ship, "a mid-sized car" medium
                self.at += unjudged[0]  # "the busy road", "the tallest chimney"
                self._not_judged(unjudged[1].value, self.at - unjudged[0])
                continue
            if (
                word == "and"
                and not self.listing  # "except the red, white and blue ones": three sets
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
                    self.partitive = phrase is self.target
                elif word == "ones":
                    phrase.plural = True
                # "larger than those below it": the ones (not "those cars")
                said_after = self.at + 1 < self.end and self.at + 1 not in self.breaks  # not "than those"
                those = word == "those" and said_after and not self._noun_follows(self.at + 1)
                phrase.plural = phrase.plural or those
                phrase.one = phrase.one or word in ("one", "ones") or those
                self.at += match[0]
                continue
            collective = LEXICON.match(self.words, self.at, "collective")
            if collective and self.words[self.at + collective[0]] == "of" and phrase.ordinal:
                self.unread.extend(self.words[self.at - 1 : self.at + collective[0]])  # "the second row of"
                phrase.rank, phrase.ordinal, phrase.count = 1, "", None
                self.at += collective[0] + 1
                continue
            if collective and self.words[self.at + collective[0]] == "of":
                # "a group of people", "a cluster of white tanks": them; a number after it says how many ("a
                # group of 4 tanks"); a count said before it stays ("one of a group of four tanks"), not the
                # group's article
                article = self.words[self.at - 1] in ("a", "an") and self.words[self.at - 2] != "of"
                if not phrase.count_given or article:
                    phrase.count, phrase.count_given, phrase.by_group = None, True, True
                self.at += collective[0] + 1
                continue
            if self._noun_word(nouns, after_noun=False):
                continue
            if (
                LEXICON.of(word) & {"state", "motion"}
                and self.words[self.at + 1] not in ("", "of")
                and not phrase.one
            ):
                phrase.other = phrase.other or word in ("other", "others", "another")
                self.at += 1  # "two adjacent courts", "the parked cars", "some other fields"
                continue
            place = LEXICON.match(self.words, self.at, "place")
            if place and self._of_a_group(self.at + place[0]) and not phrase.ordering:
                order = ORDER_OF_PLACES.get(sides_of(list(place[1].value)))
                if order:  # "the lower of the two tennis courts": the bottommost of them
                    phrase.ordering = order
                    self.at += place[0]
                    continue
            if word == "of" and phrase.one and phrase.order_by_place():  # "the top one of the two courts"
                phrase.count, phrase.count_given = 1, True
                self.at += 1
                continue
            if word == "of" and self.words[self.at - 1] in ("taller", "tallest") and not phrase.count_given:
                phrase.count, phrase.count_given = 1, True  # "the taller of the two chimneys": one, unjudged
                self.at += 1
                continue
            if word == "of" and (phrase.ordering or phrase.size or phrase.count_given):
                self.counted_among = self.counted_among or phrase is self.target  # "the largest of the tanks"
                previous = self.words[self.at - 1]
                if previous in COMPARATIVES:
                    # "the larger of the two tanks", "the longer of the two trucks"
                    smaller = previous in ("smaller", "shorter", "narrower")
                    phrase.size = None  # another order said before it: named
                    phrase.order("smallest" if smaller else "largest", [previous], self.unread)
                if not phrase.count_given:
                    phrase.count, phrase.count_given = 1, True  # one of them
                self.at += 1
                continue
            break
        # "the plane, one of the largest", "in the harbor, one is white": another phrase
        partitive = self.words[self.at + 1] == "of" or self.at in self.breaks
        if nouns and self.words[self.at] in ("one", "ones") and not partitive:  # "the tallest one": a pronoun
            self.unread.extend(nouns)
            phrase.one = True
            self.at += 1
            return False
        if not nouns:
            return False
        phrase.noun, phrase.plural, unread = name_of(nouns)
        modifying = unread and unread == nouns[: len(unread)] and phrase.noun != self.target.noun
        # not a list said without commas: two road users side by side ("between truck bus"; "the bus lane" is
        # a lane), nor a word said twice ("the lot lot")
        road_user = "road user" in LEXICON.of(nouns[-1])
        compound = all(
            LEXICON.of(word) & set(NOUNS) and not (road_user and "road user" in LEXICON.of(word))
            for word in unread
        ) and all(name_of([word])[0] != phrase.noun for word in unread)
        if as_typed and modifying and compound:
            phrase.noun, unread = " ".join([*nouns[:-1], singular(nouns[-1])]), []
        if nouns[-1] in PEOPLE_TOGETHER and phrase.count in (1, None):  # "a crowd", "the couple": people
            phrase.count, phrase.count_given = PEOPLE_TOGETHER[nouns[-1]], True
        elif singular(nouns[-1]) in PEOPLE_TOGETHER and phrase.count not in (1, None):
            self.unread.append(str(phrase.count))  # "three couples": not three people; all, the count named
            phrase.count = None
        self.unread.extend(unread)
        if anchor is False:
            self._post_nominal(phrase)
        return True

    def _of_a_group(self, at: int) -> bool:
        """ "of the two", "of both", "of all the", "of the tanks": a group follows ("the lower of the two
        courts"; not "the bottom of the road")."""
        if self.words[at] != "of":
            return False
        at += 1 + (self.words[at + 1] == "the")
        counted = LEXICON.of(self.words[at]) & {"number", "every"} and self.words[at] not in ("a", "an")
        counted = counted or group_size_at(self.words, at) > 0  # "of the 2 ships"
        return bool(counted) or (self._known_noun(at) > 0 and is_plural_word(self.words[at]))

    def _noun_word(self, nouns: list[str], after_noun: bool) -> bool:
        """A word (or the vocabulary's phrase) of the head noun; False at the phrase's end."""
        at, words = self.at, self.words
        categories = LEXICON.of(words[at])
        if after_noun and at in self.breaks:
            return False  # "the house, part of the residential area": a comma ends the noun
        if after_noun and "place" in categories and words[at + 1] == "of" and self._image_end(at + 1):
            return False  # "a parking lot, top of image": the place of what was said, not the lot's top
        other_kind = LEXICON.match(words, at, *OTHER_KINDS)
        if after_noun and other_kind and other_kind[0] > 1:  # "all aircraft apart from the one ..."
            return False
        if after_noun and LEXICON.match(words, at, "reason"):  # "the stadium, recognizable by its shape"
            return False
        if after_noun and "ordinal" in categories:
            return False  # "the plane third from the left": its order ("the upper third" is a place)
        if after_noun and categories & {"state", "motion", "place_part"}:
            ignored = LEXICON.match(words, at, *IGNORED)
            if ignored and ignored[0] > 1:  # "side by side"
                return False
            if "place_part" in categories:  # "the tarmac area": the noun's own extent
                if not any(self._known_noun(self.at - k) for k in range(1, len(nouns) + 1)):
                    nouns.append(words[at])  # "the industrial area": no "industrial" is meant alone
                self.at += 1
                return True
            if LEXICON.match(words, at, *NOUNS) is None or LEXICON.match(words, at, *NOUNS)[0] == 1:
                return False  # "the cars park near": a verb, not a car park
        length = self._known_noun(at)
        if length and after_noun and _ends_in_plural_noun(nouns) and not categories & {"state", "motion"}:
            return False  # "cars, trucks and buses" (the commas are not words): a list, not a compound
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
        if categories - NOUN_LIKE:
            return False  # a known word of another kind: a quality, a verb, a place ...
        if word in ADVERBS or (after_noun and (looks_like_participle(word) or word in MEET_AFTER_A_NOUN)):
            return False  # "cars traveling on the road": a verb ends the phrase, "directly below" an adverb
        if after_noun and self.words[at + 1] == "than":
            return False  # "the pool higher than the others": a comparison begins
        nouns.append(word)
        self.at += 1
        return True

    def _count_word(self, phrase: Phrase) -> bool:
        word = self.words[self.at]
        if self._known_noun(self.at) > 1:
            return False  # "a three-wheeler", "the double decker": a name, not a count
        if word == "couple" and self.words[self.at + 1] != "of" and not self._starts_noun_after():
            return False  # "the couple walking": two people
        # "the last of the three cars", "the largest of a dozen tanks": how many there are, not how many
        of_them = self.words[self.at - 1] == "of" or self.words[self.at - 2 : self.at] in (
            ["of", "the"],
            ["of", "a"],
        )
        replaces = (not phrase.count_given or phrase.by_ordinal) and not (of_them and phrase.count_given)
        if re.fullmatch(r"\d+", word) and int(word) > 0:
            if replaces or phrase.by_group:  # not "the largest of the 2 ships": one, of a group of two
                phrase.count, phrase.count_given, phrase.by_ordinal, phrase.by_group = (
                    int(word),
                    True,
                    False,
                    False,
                )
        elif word == "one" and not self._starts_noun_after():
            return False  # "the one on the left", "a larger one": a pronoun
        elif (match := LEXICON.match(self.words, self.at, "number")) and match[0] >= self._every_length():
            by_group = phrase.by_group and match[1].value > 1  # "a group of five", not "of single"
            if (
                (match[0] > 1 and not (of_them and phrase.count_given)) or replaces
            ) or by_group:  # "a pair of"
                phrase.count, phrase.count_given, phrase.by_ordinal = match[1].value, True, False
                phrase.by_group = False
            self.at += match[0] - 1
        elif every := LEXICON.match(self.words, self.at, "every"):
            # "the largest of all the tanks" is one ("the largest of every group" is the largest of each)
            if not (phrase.ordering and self.words[self.at - 1 : self.at + 1] == ["of", "all"]):
                phrase.count, phrase.count_given = None, True
            self.at += every[0] - 1
        elif match := LEXICON.match(self.words, self.at, "ordinal"):
            if phrase.also_first and match[1].value != 1:
                self.unread.append(self.words[self.at])  # "the largest and leftmost third tank": which?
            else:
                phrase.rank, phrase.ordinal = match[1].value, self.words[self.at]
            if not phrase.count_given:
                phrase.count, phrase.count_given, phrase.by_ordinal = 1, True, True
        elif match := LEXICON.match(self.words, self.at, "superlative"):
            if phrase.ordering and self._relation_phrase_at(self.at) is not None:
                return False  # "the largest one closest to the road": a relation begins, not the road's name
            phrase.order(match[1].value, self.words[self.at : self.at + match[0]], self.unread)
            self.at += match[0] - 1  # "the most right", "the top rightmost"
            self.at += self._place_after_superlative(self.at + 1)
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

    def _quality(self, phrase: Phrase, before_noun: bool = False) -> bool:
        """A colour, size, shape or superlative word; before the noun also a place ("the upper left tank")."""
        at = self.at
        if self.words[at] in COMPARATIVES and self.words[at + 1 : at + 2] == ["than"]:
            return False
        if self.words[at] in ("darker", "lighter", "paler", "brighter") and LEXICON.match(
            self.words, at + 1, "colour"
        ):
            self.at += 1  # "a darker gray": gray, and how dark beside the others, not judged
            self._not_judged("tone", at)
            return True
        if self._known_noun(at) > 1:
            return False  # "the red light" is a traffic light, not a red one
        match = LEXICON.match(
            self.words, at, "colour", "size", "shape", "orientation", "way", "isolated", "main", "superlative"
        )
        if match and any(inside in self.breaks for inside in range(at + 1, at + match[0])):
            match = None  # "parked east, west of the bus": two things said, not "east-west"
        if match:
            entry = match[1]
            following = at + match[0]
            whose = self._of_the_anchor(at) if phrase is self.target else None
            if whose == "named" and entry.category in ("colour", "size", "shape"):
                self.unread.extend(self.words[at:following])  # "not on the road which is white": whose?
                self.at, self.anchor_look = following, (following, "named")
                return True
            if whose and self.words[at] in COMPARATIVES:
                self.unread.extend(self.words[at:following])  # "next to the car which is smaller": than what?
                self.at = following
                return True
            if whose in ("anchor_qualifiers", "second_qualifiers") and entry.category in (
                "colour",
                "size",
                "shape",
            ):
                self._give_the_anchor(
                    whose, entry, self.words[at:following]
                )  # "next to the bus which is white"
                self.at = following
                return True
            continues = self._noun_at(following) or self._quality_at(following)
            continues = continues or (
                self.words[following] in ("and", "or") and self._quality_at(following + 1)
            )
            # "a square concrete pad": what it is made of follows, then its noun
            made = LEXICON.match(self.words, following, "unjudged")
            continues = continues or bool(made and made[1].value in ("material", "look", "condition"))
            if before_noun and LEXICON.match(self.words, at, *NOUNS) and not continues:
                return False  # "in the square": the noun, not a shape
            if entry.category == "superlative" and self._relation_phrase_at(at):
                return False  # "closest to the road": the relation reads it
            if entry.category == "colour":
                phrase.colours.append(entry.value)
            elif entry.category == "size" and phrase.size not in (None, entry.value):
                self.unread.extend(self.words[at:following])  # "the small, medium sized boat": which? named
            elif entry.category == "size":
                phrase.size = entry.value
                # "is slightly smaller", said of the target after its noun: against its group, if one is said
                self.said_larger = self.said_larger or (
                    phrase is self.target and self.words[at] in COMPARATIVES
                )
            elif entry.category == "shape" and phrase.shape not in (None, entry.value):
                if {phrase.shape, entry.value} == {"long", "curved"}:
                    phrase.shape = "curved"  # "a long curved bridge": a curved one is measured as a long band
                else:  # "a long rectangular dock": one shape is judged, the first; the other named
                    self.unread.extend(self.words[at:following])
            elif entry.category == "shape":
                phrase.shape = entry.value
            elif entry.category == "orientation":
                against = self.words[at + match[0] - 1] in ("angle", "slant")
                if against and self.words[at + match[0]] in ("to", "with", "from"):
                    # "at an angle to the road": the way it lies beside another, not judged; named
                    self.at = at + match[0] + 1
                    if not (self._the_others() or self._noun_phrase(Phrase(), anchor=True)):
                        self.at = at + match[0]
                    self.unread.extend(content_words(self.words[at : self.at]))
                    return True
                # ("spans the river horizontally": how it spans it)
                theirs = self._after_an_anchor_s_clause(at, right_after=False) or self._its_anchor_runs(
                    self.target, at
                )
                if phrase is self.target and theirs:
                    # "on the road that runs vertically": the road's way; of another anchor, maybe, named
                    if not self._anchor_lies(entry.value, at):
                        self.unread.extend(self.words[at : at + match[0]])
                else:
                    phrase.orientation = entry.value
            elif entry.category == "isolated":  # "the isolated windmill"
                phrase.isolated = True
            elif entry.category == "main":  # "the main road"
                phrase.main = True
            elif (
                entry.category == "way"
                and phrase is self.target
                and phrase.relations
                and (not self._mover(phrase) or self._its_anchor_runs(self.target, at))
            ):
                # "the car on the road, which runs from left to right": the road's way; "the house next to
                # the river flowing from top to bottom": the river's, or named
                if self.words[at] != "from" or not self._anchor_lies(lies_along(entry.value), at):
                    self.unread.extend(self.words[at : at + match[0]])
            elif (
                entry.category == "way"
                and self.words[at] == "from"
                and phrase is self.target
                and not self._mover(phrase)
            ):
                lies = lies_along(entry.value)
                if phrase.orientation not in (None, lies):  # "the road from left to right": how it lies
                    self.unread.extend(self.words[at : at + match[0]])
                phrase.orientation = phrase.orientation or lies
            elif entry.category == "way":  # "the southbound cars"
                if not phrase.head_toward(entry.value):
                    self.unread.extend(self.words[at : at + match[0]])
            else:
                if phrase.ordinal and not phrase.ordering and self.words[at - 1] == "and":
                    # "the first and largest plane": first along what? named, not the first largest
                    self.unread.append(phrase.ordinal)
                    phrase.rank, phrase.ordinal = 1, ""
                both = self._second_order_of_its_own(phrase, at, entry.value, following)
                phrase.order(entry.value, self.words[at : at + match[0]], self.unread, both=both)
                self.at += self._place_after_superlative(at + match[0])
            self.at += match[0]
            return True
        if before_noun and (place := LEXICON.match(self.words, at, "place")):
            following = self.words[at + place[0] : at + place[0] + 1]
            if following[0] not in ("", "of") and not LEXICON.of(following[0]) & {"place_part"}:
                phrase.position.extend(place[1].value)
                self.at += place[0]
                return True
        return False

    def _second_order_of_its_own(self, phrase: Phrase, at: int, order: str, following: int) -> bool:
        """A superlative at ``at`` said of the target itself, when it has another order: joined to that
        one before its noun ("the rightmost and largest plane"), or after a verb whose subject it is ("the
        leftmost tank, which is also the largest", "it is the largest", "the tank closest to the water is
        the largest"); not of another ("a bus, which is the leftmost", "whose neighbour is the leftmost",
        "and also the leftmost one"). A closest or farthest only with the place it is toward ("the largest
        plane, located furthest to the right")."""
        if phrase is not self.target:
            return False
        if order in ("closest", "farthest"):
            place = following + (self.words[following] in ("to", "from"))
            return bool(self._places(place)[1])
        if phrase.noun is None:  # before its noun
            return self.words[at - 1] == "and" and bool(LEXICON.match(self.words, at - 2, "superlative"))
        verb = at - 1
        while self.words[verb] in ("the", "also", "indeed", "actually", "clearly"):
            verb -= 1
        if self.words[verb] not in ("is", "was") or verb < self.target_end:
            return False
        subject = self.words[verb - 1]
        if subject in ("which", "that"):
            return verb - 1 == self.target_end  # right after the target's own noun phrase
        if subject == "it":  # "and it is the largest", ", it is the largest"; not "beside it is"
            return verb - 1 in self.breaks or self.words[verb - 2] == "and"
        begins = self.target_end
        if self.in_group:  # "Among the pools in the park, the one at the top is the largest": the one's
            ones = [
                at for at in self.breaks if begins < at < verb and self.words[at : at + 2] == ["the", "one"]
            ]
            begins = max(ones, default=begins)
        if any(index in self.breaks for index in range(begins + 1, verb + 1)) or (
            begins == self.target_end and self.target_end in self.breaks
        ):
            return False  # "the leftmost tank, the truck is the largest": another's
        clauses = {
            "which",
            "that",
            "who",
            "whose",
            "and",
            "while",
            "whereas",
            "but",
            "where",
            "as",
            "because",
        }
        clauses |= {"since", "though", "although", "if", "when", "so"}
        if clauses & set(self.words[begins:verb]):
            return False
        # the subject is the target ("the leftmost tank is the largest"), its anchor or its place, as in
        # "the tank closest to the water is the largest", "the one closest to the left edge is the smallest"
        # (not "the leftmost tank the truck is the largest")
        named = name_of([self.words[verb - 1]])[0]
        anchors = {relation.anchor for relation in self.target.relations}
        its_place = LEXICON.of(self.words[verb - 1]) & {"place", "place_part", "image"}
        return verb == self.target_end or named in anchors or bool(its_place) or self.words[verb - 1] == "one"

    def _of_the_anchor(self, at: int) -> str | None:
        """Which anchor of the last relation a look at ``at`` is said of, in a relative clause right after
        its noun, no comma between ("the car next to the bus which is white", "between the tank and the
        truck that is red", "which is dark red", "white and is large": each the bus's): "anchor_qualifiers"
        or "second_qualifiers"; "named" after another noun that is not the target's ("not on the road which
        is white": the road is taken away); None when it is not so said (", which is white" may be either's,
        and stays the target's, as the datasets write it; "among the buses which is white": the car)."""
        last = self.anchor_look[0]
        joined = self.words[last:at] in ([], ["and"], ["or"], ["and", "is"], ["and", "which", "is"])
        if last > 0 and joined and not any(index in self.breaks for index in range(last, at + 1)):
            return self.anchor_look[1]  # "which is white and large", "dark red": all the bus's
        said_of = self._relative_clause_of(at)
        if said_of is None:
            return None
        noun, agrees, relative = said_of
        of = next((k for k in range(relative - 4, relative - 1) if self.words[k] == "of"), None)
        partitive = of is not None and (
            LEXICON.of(self.words[of - 1]) & {"number", "ordinal", "superlative", "collective", "determiner"}
            or self.words[of - 1] in ("one", "each", "some", "any", "either", "neither")
        )
        if not agrees and partitive:
            return "named"  # "near one of the buses which is white": the one bus, or the car?
        if not agrees:
            return None  # "the car among the buses which is white": the car's
        relation = self.target.relations[-1] if self.target.relations else None
        if relation and relation.second_anchor == noun:
            return "second_qualifiers"
        return "anchor_qualifiers" if relation and relation.anchor == noun else "named"

    def _anchor_s_relative_clause(self, at: int) -> bool:
        """A relative clause of another noun than the target's, whose verb agrees with it, begins right
        before ``at`` ("the car next to the bus which is not white"; not "the cars at the intersection that
        are not white")."""
        said_of = self._relative_clause_of(at)
        if said_of is None:  # "..., and a garage that is not red": a noun named unread, then its clause
            relative = at - 2 - (self.words[at - 1] in ("not", "never"))
            while relative > self.target_end and self.words[relative] not in ("which", "that"):
                relative -= 1
            named = self.words[relative - 1] if relative > self.target_end + 1 else ""
            return named in self.unread and relative > at - 5 and not self._of_its_kind(singular(named))
        return said_of[1]

    def _relative_clause_of(self, at: int) -> tuple[str, bool, int] | None:
        """The noun a relative clause right before ``at`` follows ("the bus" in "next to the bus which is
        white", "which is painted white", "that appears very large"; no comma between), whether its verb
        agrees with it in number, and where "which" is; None when no such clause is there, or it follows the
        target's own noun or a part of it ("has a roof that is red")."""
        verb = at - 1
        while self.words[verb] in SAID_BEFORE_A_LOOK:
            verb -= 1
        verb -= self.words[verb - 1 : verb + 1] == ["appears", "to"] or self.words[verb - 1 : verb + 1] == [
            "seems",
            "to",
        ]
        if self.words[verb] not in ("is", "are", "appears", "appear", "looks", "look", "seems", "seem"):
            return None
        relative = verb - 1
        if self.words[relative] not in ("which", "that") or relative <= self.target_end:
            return None
        if any(index in self.breaks for index in range(relative, at + 1)):
            return None
        noun_end = relative - 1
        length = next((k for k in range(1, 4) if self._known_noun(relative - k) == k), 0)
        # an anchor as typed ("the hangar"), the target's or a set's taken away ("not near the hangar")
        last = [*self.target.relations[-1:], *self._relations_taken_away(last_set=True)]
        for relation in last if not length else ():
            for anchor in filter(None, (relation.anchor, relation.second_anchor)):
                typed = anchor.split()
                if [*self.words[relative - len(typed) : noun_end], singular(self.words[noun_end])] == typed:
                    length = len(typed)
        if not length or LEXICON.of(singular(self.words[noun_end])) & {"part", "minor_part"}:
            return None
        noun = name_of(self.words[relative - length : relative])[0]
        # of the target's kind: the target's own clause, unless an anchor of that kind was said last ("the
        # houses near the house which is white": that house)
        anchored = (
            any(str(relation.anchor) == noun for relation in last) and relative - length > self.target_end
        )
        if self._of_its_kind(noun) and not anchored:
            return None
        singular_verb = self.words[verb] in ("is", "appears", "looks", "seems")
        return noun, is_plural_word(self.words[noun_end]) != singular_verb, relative

    def _give_the_anchor(self, whose: str, entry, said: list[str]) -> None:
        """``entry``'s colour, size or shape to the last relation's anchor ``whose``; a size or shape other
        than its own is named."""
        relation = self.target.relations[-1]
        own = getattr(relation, whose)
        if entry.category == "colour":
            given = replace(own, colours=tuple(dict.fromkeys((*own.colours, entry.value))))
        elif getattr(own, entry.category) not in (None, entry.value):
            self.unread.extend(said)  # "next to the small bus which is large": which? named
            return
        else:
            given = replace(own, **{entry.category: entry.value})
        self.target.relations[-1] = replace(relation, **{whose: given})
        self.anchor_look = (self.at + len(said), whose)

    def _place_after_superlative(self, at: int) -> int:
        """How many words after a superlative ending at ``at`` name the place it is said of: 1 for "at the
        lowermost part of the image", "in the topmost position"; else 0."""
        said_of_a_place = self.words[at] in ("part", "position", "portion", "side", "end", "section")
        return int(said_of_a_place and self.target.noun is not None and not self._noun_at(at + 1))

    def _its_own_thing(self, at: int) -> bool:
        """After "on its own", a noun it has ("on its own parking spot", "in its own lane"): not alone."""
        if self.words[at - 1] != "own" or at >= self.end or at in self.breaks:
            return False
        word = self.words[at]
        return not (word in PREPOSITIONS or word in ("and", "or", "but", "which", "that", "with", "while"))

    def _quality_at(self, at: int) -> bool:
        return LEXICON.match(self.words, at, "colour", "size", "shape") is not None

    def _name_unread(self, start: int) -> None:
        """Name the words read since ``start`` as not understood: those that carry something."""
        self.unread.extend(content_words(self.words[start : self.at]))

    def _name_to_the_next_break(self, start: int, at: int) -> None:
        """Read on to the first comma or full stop from ``at`` (the end when none), naming every word from
        ``start``: a clause said of something a program cannot hold."""
        self.at = self._next_break(at)
        self._name_unread(start)

    def _relations_taken_away(self, last_set: bool = False) -> list:
        """The relations of the sets taken away so far (of the last one only, with ``last_set``): anchors
        said inside "not", "except", "without"."""
        sets = self.excluded[-1:] if last_set else self.excluded
        return [relation for taken, _ in sets for relation in taken.what.relations]

    def _qualities_run(self, phrase: Phrase) -> None:
        """ "a bright blue and white" before a part's noun: its determiner, count and qualities joined by
        "and", into ``phrase``."""
        self._skip("determiner")
        while self._count_word(phrase) or self._quality(phrase):
            if self.words[self.at] == "and" and self.words[self.at + 1] not in ("a", "an", "the"):
                self.at += 1  # not "a white circle and a gray square": another thing

    def _post_nominal(self, phrase: Phrase) -> None:
        """Qualities written after the noun in other languages ("le bâtiment rouge")."""
        while self.at < self.end:
            match = LEXICON.match(self.words, self.at, "colour", "size", "shape")
            if not match or match[1].language == "en":
                return
            self._quality(phrase)

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
            and LEXICON.match(self.words, at, "reason") is None  # "the ship notable for its size"
            and not LEXICON.of(word) - NOUN_LIKE
            and not NUMBER.fullmatch(word)
            and not word.endswith(("ing", "ed", "ly"))
        )

    def _noun_phrase_at(self, at: int) -> bool:
        """Once the target is known, a noun phrase without "the" begins at ``at`` ("they are on the right
        some gray buildings": a relation whose "of" was left out, not "On the left, a white tank")."""
        if self.target.noun is None or at >= self.end or not LEXICON.of(self.words[at]) & {"number", "every"}:
            return False
        return any(LEXICON.match(self.words, start, *NOUNS) for start in range(at + 1, min(at + 4, self.end)))

    def _noun_follows(self, at: int) -> bool:
        """A noun phrase (determiners and qualities, then a known noun) begins at ``at``."""
        return self._noun_after(at) is not None

    def _noun_after(self, at: int) -> str | None:
        """The name the noun phrase at ``at`` reads as (its determiners and qualities passed over), or None
        when no noun of the vocabulary follows them."""
        while at < self.end and LEXICON.of(self.words[at]) & {
            "determiner",
            "number",
            "colour",
            "size",
            "shape",
        }:
            at += 1
        length = self._known_noun(at) if at < self.end else 0
        return name_of(self.words[at : at + length])[0] if length else None

    def _skip(self, *categories: str) -> None:
        while self.at < self.end:
            match = LEXICON.match(self.words, self.at, *categories)
            if not match:
                return
            self.at += match[0]

    def _next_in(self, *categories: str) -> bool:
        return bool(self.at + 1 < self.end and LEXICON.of(self.words[self.at + 1]) & set(categories))


def _ends_in_plural_noun(nouns: list[str]) -> bool:
    """The head words so far end in one of the vocabulary's nouns in the plural ("cars")."""
    return bool(nouns) and singular(nouns[-1]) != nouns[-1] and (singular(nouns[-1]),) in LEXICON.nouns
