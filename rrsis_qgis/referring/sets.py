"""Reading what is taken away: negation ("not white", "not on the road") and exclusion ("except the
one near the river", "other than", "without"), each set an `Exclusion`; a set inside a set is named, never
inverted; a mixin of parse's reader."""

from __future__ import annotations

from dataclasses import replace

from .lexicon import LEXICON
from .program import Exclusion, Qualifiers, Relation
from .words import CANOPIES, IGNORED, LINES, Phrase, part_named

# After "not", words that deny only how wholly it is so ("not entirely white", "not fully inside the lot")
NOT_WHOLLY = ("fully", "entirely", "completely", "wholly", "totally", "mostly", "all", "quite", "exactly")


class SetsTakenAway:
    def _negation(self) -> bool:
        """ "not white", "not on the road", "not the largest", "not white or red": what follows is removed,
        each of "or" its own set. Inside another negation or an exclusion ("except the ones that are not
        white") a set taken from a set is more than a program says: the words are named instead."""
        word, start = self.words[self.at], self.at
        self.at += 1
        if self.negating:  # "not not white": the inner one named, and not read further (no recursion)
            self.unread.append(word)
            return True
        if self._anchor_s_relative_clause(start):
            self._name_the_anchor_s_clause(start)  # "the car next to the bus which is not white"
            return True
        self._skip("copula")
        if self.words[self.at] in NOT_WHOLLY:
            # "not entirely white", "not fully inside the lot": partly so, which no set taken away says; named
            self._name_to_the_next_break(start, self.at + 1)
            self.unread.append(word)
            return True
        self._skip("copula", "determiner", "state", "motion")  # "not docked at the harbor"
        if self.words[self.at] == "longer" and self.words[self.at + 1] != "than":
            self.at += 1  # "not moving any longer": no time is judged; named
            self._name_unread(start)
            return True
        sets, self.spoilt = [], False
        while True:
            removed = Phrase(count=None)
            self.negating += 1
            try:
                read = self.at < self.end and (self._modifier(removed) or self._count_word(removed))
                if read and removed.ordering in ("closest", "farthest") and self.at not in self.breaks:
                    self._modifier(removed)  # "not furthest to the right", "not further right than the bus"
                after_one = self.words[self.at - 1] in ("one", "ones")
                if read and after_one and self.words[self.at] == "with" and self.at not in self.breaks:
                    self._modifier(removed)  # "not the smaller one with a red roof": its roof
            finally:
                self.negating -= 1
            if not read or replace(removed.qualifiers(), count=None) == Qualifiers(count=None):
                break  # nothing, or a negation inside this one ("not not white"): named below
            sets.append(removed)
            if self.words[self.at] not in ("or", "nor") or not self._quality_at(self.at + 1):
                break
            self.at += 1  # "not white or red": neither
        qualifies_a_noun = self._noun_at(self.at) and not self._relation_phrase_at(self.at)
        if not sets or self.negating or self.excluding or qualifies_a_noun or self.spoilt:
            # nothing to take away, a set from a set, "the not white road", or "not in the shadow": said,
            # never dropped; and what follows a negation not read is not read as said ("not hidden
            # under the bridge" is not under it): named to the end
            if not self.negating:  # the outermost negation: to the end, none of it is the target's
                self.at = self.end
            self._name_unread(start)
            if word not in self.unread:
                self.unread.append(word)
            return True
        self.excluded += [
            (Exclusion(word, replace(removed.qualifiers(), count=None)), None) for removed in sets
        ]
        self.negated_until = self.at
        return True

    def _exclusion(self, length: int, word: str) -> bool:
        """ "except the one near the river", "other than the white ones", "without a red roof", "not the one
        parked next to the truck": the rest of the clause describes what is removed (``length`` words say
        it is); "except A and B" takes away A and B."""
        start = self.at
        self.at += length
        typed = self.words[start : self.at]  # named as typed ("with no"), not as the entry reads ("without")
        if self.negating or self.excluding:  # an exclusion inside another: more than a program says
            self.unread.extend(typed)
            return True
        if self._anchor_s_relative_clause(start):  # "... which is except white": the anchor's
            self._name_the_anchor_s_clause(start)
            return True
        self.excluding += 1
        placed_by_it = False
        try:
            while True:
                self.spoilt = False
                unread = len(self.unread)
                removed, conjunct = self._excluded_set(word)
                if removed is None:
                    break
                if self.spoilt:  # "except the one turning left near the bus": not the ones near the bus
                    self._name_unread(conjunct)
                    self.unread.extend(typed)
                elif removed.noun not in (None, self.target.noun, *(other.noun for other in self.others)):
                    # "the tank except the white road": no subset of the target; named, nothing removed
                    self._name_unread(conjunct)
                elif replace(removed.qualifiers(), count=None) == Qualifiers(count=None) and (
                    self._another_placed_by_it(conjunct)
                ):
                    # "not the one taxiing above it": placed by the target, it tells the target from no
                    # other; kept, said and not judged (below, outside the set)
                    self.at = self._next_break(self.at)
                    del self.unread[unread:]
                    placed_by_it = True
                    break
                elif replace(removed.qualifiers(), count=None) == Qualifiers(count=None):
                    # "except the one separated from the others": what follows is not the target's
                    self.at = self.end
                    self._name_unread(conjunct)
                    self.unread.extend(typed)
                else:
                    # An ordering keeps its count: "except the two largest" takes away two.
                    count = removed.how_many if removed.ordering and removed.count_given else None
                    taken = Exclusion(word, replace(removed.qualifiers(), count=count))
                    self.excluded.append((taken, removed.noun))  # "except the red cars": the cars' only
                if self.at in self.breaks and self._listed_at(self.at):
                    self.listing = True  # "except the ones on the left, right and top": each its own set,
                    continue  # to the list's end ("the red, white and blue ones": three)
                if self.words[self.at] != "and" or self._clause_ends() or not self._another_set(word):
                    break
                self.at += 1  # "except the white ones and those near the river": another set
        finally:
            self.excluding -= 1
            self.listing = False
        if placed_by_it:
            self._not_judged("others", start)
        elif self.at == start + length:  # nothing read as taken away: what follows is not said of the target
            self.at = self.end
            self._name_unread(start)
            self.unread.extend(typed)
        elif self.at in self.breaks and self.words[self.at] in ("which", "that", "who", "whose"):
            # "except the one near the river, which is white": of which? named to the clause's end
            self._name_to_the_next_break(self.at, self.at + 1)
        if word == "not":
            self.negated_until = self.at  # "not the one near the truck, but the one near the bus"
        return True

    def _name_the_anchor_s_clause(self, start: int) -> None:
        """A set taken away in an anchor's relative clause ("the car next to the bus which is not white"):
        the anchor's, which nothing takes away; named from ``start`` to the clause's end, past a comma right
        after "not", and past what follows that is still of it: a clause begun, a look, or all after a
        "not," that said nothing."""
        self.at = self._next_break(self.at + 1)
        while self.at < self.end and (
            self.words[self.at] in ("which", "that")
            or self._quality_at(self.at)
            or self.words[self.at - 1] == "not"
        ):
            self.at = self._next_break(self.at + 1)
        self._name_unread(start)

    def _another_placed_by_it(self, conjunct: int) -> bool:
        """The set at ``conjunct`` is another one placed by the target: "the one above it", "the ones
        next to it" (not "not touching it", said of the target)."""
        said = self.words[conjunct : self._next_break(self.at)]
        return bool({"one", "ones"} & set(said[:2]) and {"it", "its"} & set(said))

    def _in_its_clause(self, read) -> bool:
        """``read()`` with the sentence ending at the next comma: what an excluded set says stays in its
        clause ("with no cars nearby, on the left": the left is the target's); a comma between two looks
        of one noun ("the big, red ones") is inside it."""
        end = self.end
        self.end = next((at for at in range(self.at + 1, end) if self._ends_a_clause(at)), end)
        try:
            return read()
        finally:
            self.end = end

    def _ends_a_clause(self, at: int) -> bool:
        looks = {"colour", "size", "shape"}
        between_looks = LEXICON.of(self.words[at - 1]) & looks and LEXICON.of(self.words[at]) & looks
        return at in self.breaks and not (between_looks and not self._listed_at(at))

    def _listed_at(self, at: int) -> bool:
        """After a comma, a list goes on to its "and" or "or": "except the ones on the left, right and top",
        "on the left, on the right and at the top", "the red, the white and the blue ones" (each its own
        set); not the target's own words again ("the car, not the one near the bus, white")."""
        item = at + (self.words[at] in ("on", "at", "in", "to"))
        item += self.words[item] == "the"
        if not LEXICON.of(self.words[item]) & {"place", "colour", "size", "shape"}:
            return False
        end = self._next_break(at + 1)
        return bool({"and", "or"} & set(self.words[at:end]))

    def _said_again_of_the_set(self, conjunct: int) -> bool:
        """At "and", in the set's own relative clause, more is said of it ("except the one which is white
        and is near the bus"): read on."""
        relative = {"which", "that", "who"} & set(self.words[conjunct : self.at])
        following = self.words[self.at + 1]
        if relative and ("copula" in LEXICON.of(following) or following in ("has", "have")):
            self.at += 1
            return True
        return False

    def _another_set(self, word: str) -> bool:
        """After "and" in an exclusion: another set taken away ("except the white ones and those near the
        river"), not more said of the target ("with no trees and a red track", "and is near the road")."""
        following = self.words[self.at + 1] if self.at + 1 < self.end else ""
        said_of_it = "copula" in LEXICON.of(following) or following in ("it", "its", "has", "have")
        return word != "without" and not said_of_it

    def _excluded_set(self, word: str) -> tuple[Phrase | None, int]:
        """One set an exclusion names, read from here; None when nothing is there."""
        conjunct = self.at
        removed = Phrase(count=None)
        self._skip("determiner", "pronoun")
        if word == "without" and not self._with_parts(removed):
            anchor = Phrase()  # "without any trees around it": none near it
            # its noun, or its last word ("a driver" is a person, and carried)
            named = self._in_its_clause(lambda: self._anchor(anchor))
            carried = LEXICON.of(str(anchor.noun)) | LEXICON.of(self.words[self.at - 1] if named else "")
            part = part_named(anchor.noun)
            said = anchor.qualifiers()  # a colour, a size, a shape only: "a blue playing surface"
            looks = said == Qualifiers(
                count=said.count, colours=said.colours, size=said.size, shape=said.shape
            )
            if named and (carried & {"carried", "clothing"} or anchor.noun in CANOPIES):
                # "without a helmet", "without a bag": worn or carried, not near it; "tricycles without
                # canopies": their own, not one near them
                self.spoilt = True
            elif named and part and "minor_part" not in part and anchor.colours and looks:
                removed.colours += anchor.colours  # "without a blue playing surface": not blue, as a surface
            elif named and part:
                self.spoilt = True  # "without a loaded bed": a part's look, which nothing judges
            elif anchor.noun:
                self._its_relative_look(anchor)
                removed.relations.append(Relation("near", anchor.noun, anchor_qualifiers=anchor.qualifiers()))
        elif word != "without":
            self._in_its_clause(lambda: self._noun_phrase(removed, anchor=True))
        if removed.ordinal and removed.ordering is None:
            removed.ordering = "end"  # "except the last one in the row": its ends, if a row is said
        while self.at < self.end and not self._clause_ends():
            if self.at in self.breaks and self.at > conjunct and self._ends_a_clause(self.at):
                break  # "the car, not the one near the bus, which is red": the red is the car's
            if self.words[self.at] == "and" and not self._said_again_of_the_set(conjunct):
                break
            clause = self.words[self.at] in ("which", "that") or "course" in LEXICON.of(self.words[self.at])
            if word == "without" and clause:
                # "the cars without a bus which are white", "with no bus nearby which is white", "without a
                # bus facing down": the target's, maybe, never one of what it is without: named
                self._name_to_the_next_break(self.at, self.at + 1)
                break
            mark = self.at
            if self._in_its_clause(lambda: self._modifier(removed)) and self.at > mark:
                continue
            self.at = mark
            ignored = LEXICON.match(self.words, self.at, *IGNORED)  # "the ones that are ..."
            if not ignored:
                break
            self.at += ignored[0]
        if self.at == conjunct:
            return None, conjunct
        if removed.ordering == "end" and not set(self.words[conjunct : self.at]) & set(LINES):
            removed.ordering = None  # "except the first one": first along what? named
            self.unread.append(removed.ordinal)
        removed.main_or_named(self.unread)
        return removed, conjunct

    def _its_relative_look(self, anchor: Phrase) -> None:
        """ "without a bus which is white", "with no trees that are tall": the look in a relative clause
        right after what the target is without is its own, where the verb agrees with it; read into
        ``anchor``, or nothing is read."""
        start, verb = self.at, self.words[self.at + 1]
        if self.words[start] not in ("which", "that") or verb not in ("is", "are") or start in self.breaks:
            return  # (", which is white": the target's, maybe)
        if (verb == "are") != (anchor.plural or anchor.count != 1):
            return  # "the cars without a bus which are white": theirs
        self.at, said = start + 2, Phrase()
        while self._quality_at(self.at) and self._quality(said):
            self._skip("and")
        looks = said.qualifiers()
        only_looks = looks == Qualifiers(colours=looks.colours, size=looks.size, shape=looks.shape)
        if self.at == start + 2 or not only_looks:
            self.at = start
            return
        if anchor.differs(said, ("size", "shape")):
            self._name_unread(start)  # "without a small bus which is large": which? named
            return
        anchor.add_looks(said)

    def _with_parts(self, removed: Phrase) -> bool:
        """ "without a red roof": the part's qualities into ``removed``; False (nothing read) when no part
        is named."""
        start = self.at
        self._qualities_run(removed)
        around = self.at + 1 not in self.breaks and self.words[self.at + 1] in (
            "around",
            "near",
            "beside",
            "by",
            "next",
        )
        # "water around it" (not "with no roof, next to the bus")
        if self.at < self.end and "part" in LEXICON.of(self.words[self.at]) and not around:
            self.at += 1
            return True
        self.at = start
        removed.colours, removed.size, removed.shape = [], None, None
        return False

    def _clause_ends(self) -> bool:
        return self.words[self.at] == "and" and self.words[self.at + 1 : self.at + 2] in (["it"], ["they"])
