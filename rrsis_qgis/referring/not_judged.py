"""Reading what is said and cannot be judged (`program.UNJUDGED_KINDS`): a shadow ("casting a long shadow
toward the left", "in the shade of the trees"), what covers the object ("partially covered by trees"), a
small part's look ("with a blue tail"), a turn ("turning left"), a height ("the tallest chimney"), how much
a comparison holds ("slightly larger than"). Each phrase is read whole, with its own nouns and directions,
and kept in the program's ``unjudged``; the answer repeats it with its reason. Inside a negation or an
exclusion it is named as not understood instead: nothing may be taken away by a condition nothing judges.
A mixin of parse's reader."""

from __future__ import annotations

from .lexicon import LEXICON
from .program import Unjudged
from .words import Phrase

# Before a shadow's noun: whose it is, and what it is like ("its long dark shadow", "tree shadows").
OWNERS = ("a", "an", "the", "its", "their", "his", "her", "some")
# After "covered": by what ("partially covered by trees", "hidden under the bridge").
COVERED_BY = ("by", "in", "under", "with", "from", "beneath", "behind", "below")
# "covered by the trees", "hidden under the bridge": what hides it, which a relation reads.
OCCLUDING = ("by", "under", "beneath", "behind")
# After a shadow: the way it falls ("pointing to the right", "falling across the road", "toward the left").
TOWARD = ("to", "toward", "towards", "onto", "on", "across", "in", "at", "over")


class NotJudged:
    def _not_judged(self, kind: str | None, start: int) -> bool:
        """The words from ``start`` to the reading point, said and not judged as ``kind``; named as not
        understood when no kind is known, or inside a set taken away. Consumed: True."""
        if kind is None:
            self.unread.extend(self.words[start : self.at])  # "the busy road": busy
            return True
        if self.negating or self.excluding:
            self._name_unread(start)
            return True
        # what was kept inside this phrase ("covered by the shadow of tall buildings": tall) is part of it
        self.unjudged = [said for said in self.unjudged if said[1] < start]
        self.unjudged.append((kind, start, self.at))
        return True

    def _unjudged_said(self) -> tuple[Unjudged, ...]:
        return tuple(Unjudged(kind, " ".join(self.words[start:end])) for kind, start, end in self.unjudged)

    def _not_judged_here(self) -> bool:
        """What is said at the reading point that nothing judges: a shadow or a cover, a word of
        `lexicon`'s ``unjudged`` with the phrase it begins, or how much a comparison holds."""
        if self._shadow_or_cover():
            return True
        start = self.at
        unjudged = LEXICON.match(self.words, self.at, "unjudged")
        if unjudged:
            self.at += unjudged[0]
            kind = unjudged[1].value
            joined = self.words[self.at - 1] == "as" or self.words[self.at] in (
                "to",
                "from",
                "of",
                "as",
                "with",
            )
            if kind == "motion" and joined:  # "in the opposite direction to the bus", "... as the bus"
                self._object(self.at + (self.words[self.at - 1] != "as"))
            elif kind == "height" and self.words[self.at] == "than":
                self._object(self.at + 1)  # "taller than the other chimneys"
            return self._not_judged(kind, start)
        degree = LEXICON.match(self.words, self.at, "degree")
        if degree and self._comparative_at(self.at + degree[0]):
            self.at += degree[0]  # "slightly larger than": larger than, judged; how much, not
            return self._not_judged("degree", start)
        return False

    def _shadow_or_cover(self) -> bool:
        """ "casting a long shadow toward the bottom right", "with its shadow pointing to the right", "in
        the shade of the trees", "partially covered by the shadow of the hangar", "hidden under a tree"."""
        start = at = self.at
        if LEXICON.of(self.words[at]) & {"state", "degree"} and self._covered_at(at + 1):
            at += 1  # "partially covered"
        if self._covered_at(at):
            verb, at = self.words[at], at + 1
            end = self._shadow_end(at + (self.words[at] in COVERED_BY))
            if end is not None:
                self.at = end
                return self._not_judged("shadow", start)
            # "covered in green grass" is its surface; "partially hidden by the trees": how much is seen
            # is not judged, and by what is a relation ("by the trees": near them), read as ever
            if at == start + 1 and verb in ("covered", "shaded") and self.words[at] not in OCCLUDING:
                return False
            self.at = at
            return self._not_judged("cover", start)
        verb = "casting" in LEXICON.of(self.words[at]) or self.words[at] in ("in", "under", "within", "whose")
        end = self._shadow_end(at + 1) if verb else None
        if end is None:
            return False
        self.at = end
        return self._not_judged("shadow", start)

    def _covered_at(self, at: int) -> bool:
        return "covered" in LEXICON.of(self.words[at])

    def _shadow_end(self, at: int) -> int | None:
        """Where a shadow's phrase beginning at ``at`` ends ("a long shadow toward the left", "the shadow of
        the hangar", "tree shadows"); None when no shadow is named there. Nothing is read."""
        at += self.words[at] in OWNERS
        while LEXICON.match(self.words, at, "colour", "size", "shape") or (
            self._known_noun(at) and not self._shadow_at(at)
        ):
            at += 1  # "a long dark shadow", "tree shadows"
        if not self._shadow_at(at):
            return None
        at += 1
        mark = self.at
        try:
            if self.words[at] in ("of", "from") or self.words[at : at + 2] == ["cast", "by"]:
                at += 1 + (self.words[at] == "cast")
                return self._object(at)  # "the shadow of the hangar", "shadows from the trees"
            falls = bool(LEXICON.of(self.words[at]) & {"motion", "falling"})  # "pointing", "falling"
            at += falls
            end, places = self._places(at) if falls else (at, [])
            if places:  # "its shadow pointing left"
                return end
            # "a shadow toward the left"; "with a dark shadow at the bottom" is where the object is
            if self.words[at] not in (TOWARD if falls else ("to", "toward", "towards")):
                return at
            toward = at + 1 + (self.words[at + 1] in ("its", "their"))  # "to its right"
            end, places = self._places(toward)
            if places:
                return self._image_end(end) or end
            return self._object(at + 1) if self._noun_follows(at + 1) else at  # "falling across the road"
        finally:
            self.at = mark

    def _shadow_at(self, at: int) -> bool:
        unjudged = LEXICON.match(self.words, at, "unjudged")
        return unjudged is not None and unjudged[1].value == "shadow"

    def _object(self, at: int) -> int:
        """Reads the noun phrase at ``at`` that a phrase not judged names (its object, asked of no
        detector): the reading point after it, or at ``at`` when none is there."""
        self.at = at
        if self.words[at : at + 2] == ["the", "others"] or self.words[at : at + 2] == ["each", "other"]:
            self.at += 2  # "in the opposite direction from the others"
        elif not self._noun_phrase(Phrase(), anchor=True):
            self.at = at
        return self.at
