"""Reading what is said and cannot be judged (`program.UNJUDGED_KINDS`): a shadow ("casting a long shadow
toward the left", "in the shade of the trees"), what covers the object ("partially covered by trees"), a
small part's look ("with a blue tail"), a turn ("turning left"), a height ("the tallest chimney"), how much
a comparison holds ("slightly larger than"). Each phrase is read whole, with its own nouns and directions,
and kept in the program's ``unjudged``; the answer repeats it with its reason. Inside a negation or an
exclusion the whole set is named as not understood instead: nothing may be taken away by a condition
nothing judges, nor by what is left of it. A mixin of parse's reader."""

from __future__ import annotations

from .lexicon import LEXICON
from .program import Unjudged
from .words import IGNORED, PREPOSITIONS, SIDES, Phrase, begins_where

# Before a shadow's noun: whose it is ("its long dark shadow", "the longest shadow"), and how it looks.
OWNERS = ("a", "an", "the", "its", "their", "his", "her", "some")
SHADOW_LOOKS = ("distinct", "visible", "clear", "faint", "sharp", "strong", "prominent", "noticeable")
# Said of an outline a word names: "with a unique L shape"
DISTINCT = ("unique", "distinctive", "distinct", "peculiar", "unusual", "characteristic", "special")
# What a boat does to leave a wake: "leaves a white wake", "with a long wake", "creating a wake".
WAKE_VERBS = ("leaving", "leaves", "leave", "with", "has", "having", "trailing", "creating", "creates")
WAKE_VERBS += ("producing", "produces", "making", "makes", "followed", "and")  # "... and a long wake"
# What a wake does in its own clause: "a wake that stretches to the left edge".
WAKE_CLAUSE_VERBS = ("stretches", "extends", "trails", "points", "spreads", "curves", "runs", "leads", "fans")
# After "covered": by what ("partially covered by trees", "hidden under the bridge").
COVERED_BY = ("by", "in", "under", "with", "from", "beneath", "behind", "below")
# "covered by the trees", "hidden under the bridge": what hides it, which a relation reads.
OCCLUDING = ("by", "under", "beneath", "behind")
# After a shadow, where it falls ("toward the left", "over the car", "on the right side"); after a verb of
# its own ("pointing", "falling") also "in", "at". "with a dark shadow at the bottom" is the object's place.
TOWARD = ("to", "toward", "towards", "onto", "on", "over", "across", "upon")
FALLING_TOWARD = (*TOWARD, "in", "at")
# Before a shadow without a verb: "in the shade of the trees", "whose shadow falls across the road".
SHADOW_OF = ("in", "under", "within", "whose")
# Where a part's own clause ends though no comma does: "whose tail faces the gate and which is parked".
CLAUSE_GOES_ON = ("which", "that", "it", "they", "is", "are", "was")
# After what it is compared to: where that lies by it ("lighter than the tank below it").
BESIDE_IT = ("above", "below", "beneath", "beside", "around", "near", "behind", "by")
# Before what is carried: "a large box", "his dog", "two bags".
BEFORE_CARRIED = frozenset({"determiner", "pronoun", "number", "every", "colour", "size", "shape"})


class NotJudged:
    def _not_judged(self, kind: str | None, start: int) -> None:
        """The words from ``start`` to the reading point, said and not judged as ``kind``; named as not
        understood when no kind is known. Inside a set taken away, the set is spoilt (`spoilt`): what
        reads it names it whole."""
        if kind is None:
            self.unread.extend(self.words[start : self.at])  # "the busy road": busy
        elif self.negating or self.excluding:
            self.spoilt = True
            self._name_unread(start)
        elif kind == "shadow" and self.words[start - 1] == "s" and start - 1 == self.target_end:
            self._name_unread(start)  # "the plane's shadow": the shadow is asked for, and nothing finds it
        else:
            # what was kept inside this phrase ("covered by the shadow of tall buildings": tall) is of it
            self.unjudged = [said for said in self.unjudged if said[1] < start]
            self.unjudged.append((kind, start, self.at))

    def _unjudged_said(self) -> tuple[Unjudged, ...]:
        return tuple(Unjudged(kind, " ".join(self.words[start:end])) for kind, start, end in self.unjudged)

    def _not_judged_here(self, phrase: Phrase) -> bool:
        """What is said at the reading point that nothing judges: a shadow or a cover, a word of
        `lexicon`'s ``unjudged`` with the phrase it begins, or how much a comparison holds. Consumed: True."""
        if self._shadow_or_cover() or self._carried(phrase) or self._outline() or self._only_part_seen():
            return True
        if self._wake():
            return True
        if self._tone_compared():
            return True
        start = self.at
        if self._high_in_the_view(phrase):
            return True
        unjudged = LEXICON.match(self.words, self.at, "unjudged")
        if unjudged:
            longer = LEXICON.match(self.words, self.at, "colour", "size", "shape", "superlative", *IGNORED)
            relation = self._relation_phrase_at(self.at)  # "most distant from": a relation, longer
            longer = longer if relation is None or (longer and longer[0] >= relation[0]) else relation
            if longer and longer[0] > unjudged[0]:
                unjudged = (
                    None  # "mid sized" is a size, "most to the left" the leftmost, "most likely" nothing
                )
        if (
            unjudged
            and unjudged[1].value == "condition"
            and self.words[self.at + unjudged[0]] in ("of", "with")
        ):
            unjudged = None  # "full of trucks", "crowded with boats": with them, a relation reads it
        if unjudged and self._crowded_around():
            self.at += 1  # "the people crowded around the entrance": how they stand, where is read
            return True
        if unjudged:
            self.at += unjudged[0]
            said = self.words[start : self.at]
            if "direction" in said and said[-1] == "as":  # "in the same direction as the bus"
                self._object(self.at)
            elif "direction" in said and self.words[self.at] in ("to", "from", "of", "as"):
                self._object(self.at + 1)  # "in the opposite direction to the bus"
            elif unjudged[1].value == "height" and self.words[self.at] == "than":
                self._object(self.at + 1)  # "taller than the other chimneys"
            elif (
                unjudged[1].value == "alignment"
                and self.words[self.at] == "with"
                and self.at not in self.breaks
            ):
                # "wing to wing with the larger plane": how it stands by that one
                after = self.at + 1
                if self._object(after) == after:
                    self.at = after - 1  # no noun phrase: "with" is read on
            elif said[-1] in ("with", "to", "by"):
                begins = self.at
                if self._object(begins) == begins:
                    self._marking()  # "marked with a white circle", "rotated relative to the others"
            self._not_judged(unjudged[1].value, start)
            return True
        degree = LEXICON.match(self.words, self.at, "degree")
        if degree and self._comparative_at(self.at + degree[0]):
            self.at += degree[0]  # "slightly larger than": larger than, judged; how much, not
            self._not_judged("degree", start)
            return True
        return False

    def _part_clause(self, phrase: Phrase) -> bool:
        """A clause of its own about a part, after a comma or a full stop, or after "whose": "its infield
        clearly visible as a brown patch", "whose rotor blades cast a cross-shaped shadow", "its boom
        extending over the water". All of it is the part's and not judged; a colour said before a part whose
        colour is the object's is the object's ("its blue surface stands out from the green courts"), and so
        is a colour said after it ("its roof red", "whose roof is red")."""
        start = self.at
        if not (
            self.words[start] == "whose" or (self.words[start] in ("its", "their") and start in self.breaks)
        ):
            return False
        self.at += 1
        said = Phrase()
        self._qualities_run(said)
        part = LEXICON.match(self.words, self.at, "part", "minor_part")
        if part is None or self.words[self.at + part[0]] == "of":
            self.at = start
            return False
        self.at += part[0]
        end = min((at for at in self.breaks if at > self.at), default=self.end)
        goes_on = (
            at
            for at in range(self.at, end)
            if self.words[at] == "and" and self.words[at + 1] in CLAUSE_GOES_ON
        )
        end = next(goes_on, end)
        # whose part it is: the target's when nothing else was named before it and the owner's word fits
        # ("the pool next to the house, its roof red": the house's, maybe; "the car near the buses, their
        # roofs white": the buses')
        owner = self.words[start]
        fits = owner == "whose" or (owner == "their") == bool(phrase.plural)
        own = fits and not phrase.relations and not self.others and phrase is self.target
        object_s = part[1].category == "part"  # a roof's colour is the object's, a tail's is not
        self._skip("copula")
        if object_s and own and self.words[self.at] in ("not", "never", "no"):
            # "whose surface is not green": the object's colour, taken away where negations are
            self.at = start
            return False
        after = Phrase()
        while self._quality(after):
            self._skip("and")
        colours = said.colours + after.colours
        if self.at >= end and object_s and own:
            self.at = end if colours else start  # "its roof red", "its red top": the object's colour
            phrase.colours += colours
            return bool(colours)
        self.at = end
        taken_away = any(LEXICON.of(word) & {"negation", "exclusion"} for word in self.words[start:end])
        if taken_away:  # "whose wings are not grey": nothing may be taken away unsaid
            self._name_unread(start)
            return True
        if object_s and own:
            phrase.colours += said.colours
        self._not_judged("part", start)
        return True

    def _only_part_seen(self) -> bool:
        """ "with only its upper half visible", "only its stern visible within the image": how much of it
        is seen (where the view's edge cuts it is said elsewhere, and judged there)."""
        at = self.at + (self.words[self.at] == "with")
        if self.words[at] != "only" or self.words[at + 1] not in ("its", "their", "the", "a", "part"):
            return False
        for end in range(at + 2, min(at + 8, self.end)):
            if self.words[end] in ("visible", "shown", "seen", "captured"):
                start, self.at = self.at, end + 1
                self._not_judged("cover", start)
                return True
            if LEXICON.of(self.words[end]) & {"copula", "and"} or self._relation_phrase_at(end):
                return False
        return False

    def _wake(self) -> bool:
        """ "leaves a long white wake behind it", "with a faint wake trailing behind it": the water it
        stirs, which says it moves (not judged); the wake's colour is not the boat's."""
        start = at = self.at
        if self.words[at] not in WAKE_VERBS:
            return False
        at += 1 + (self.words[at + 1] in ("behind", "by"))  # "leaving behind a wake", "followed by a wake"
        at += self.words[at] in ("a", "an", "its", "the")
        looks = LEXICON.match(self.words, at, "colour", "size", "shape", "degree")
        while looks or self.words[at] in (*SHADOW_LOOKS, "foamy"):
            at += looks[0] if looks else 1
            looks = LEXICON.match(self.words, at, "colour", "size", "shape", "degree")
        trail = self.words[at] == "trail" and self.words[start] != "with"  # not "with a trail": a path, maybe
        if self.words[at] not in ("wake", "wakes") and not trail:
            return False
        at += 1
        at += self.words[at] in ("trailing", "stretching", "extending", "spreading")
        if self.words[at : at + 2] in (["behind", "it"], ["behind", "them"]):
            at += 2
        elif self.words[at] == "behind" and (at + 1 >= self.end or at + 1 in self.breaks):
            at += 1  # "and a wake trailing behind."
        end = self._next_break(at)
        # to an "and" that begins the boat's own words ("and is the largest ship"), not "to the left and
        # right"
        end = next(
            (
                joined
                for joined in range(at, end)
                if self.words[joined] == "and"
                and (
                    LEXICON.of(self.words[joined + 1]) & {"copula", "state", "motion"}
                    or self.words[joined + 1] in ("has", "have", "it")
                )
            ),
            end,
        )
        clause = self.words[at:end]
        negated = any(LEXICON.of(word) & {"negation", "exclusion"} for word in clause)
        # "a wake that stretches to the left (and is the largest ship)": the wake's, to its "and"
        if (
            clause[:1] in (["that"], ["which"])
            and not negated
            and clause[1:2]
            and clause[1] in WAKE_CLAUSE_VERBS
        ):
            at = end
        self.at = at
        self._not_judged("motion", start)
        if clause[:1] in (["that"], ["which"]) and self.at == at and at not in self.breaks and at != end:
            self._name_to_the_next_break(at, at)  # "a wake that is not white": the wake's, judged by nothing
        return True

    def _outline(self) -> bool:
        """ "kidney shaped", "L shaped", "boomerang shaped": an outline named by a word the table does not
        know as a shape (`select` measures "round shaped" and the like); "shaped like a frustum of a cone",
        "in the shape of a kidney": the outline a noun has."""
        word, start = self.words[self.at], self.at
        like = self.words[start : start + 2] == ["shaped", "like"]
        if like or self.words[start : start + 4] == ["in", "the", "shape", "of"]:
            at = start + (2 if like else 4)
            at += self.words[at] in ("a", "an", "the")
            outline = LEXICON.match(self.words, at, "unjudged")
            if outline and outline[1].value == "outline":
                self.at = at + outline[0]
            elif len(self.words[at]) == 1 and self.words[at].isalpha():  # "shaped like an L": a letter's
                self.at = at + 1
            elif self._object(at) == at:
                self.at = start
                return False
            self._not_judged("outline", start)
            return True
        # "with a kidney shape", "has an L shape", "with a unique L shape": an outline the table does not know
        at = start + 2 + (self.words[start + 2] in DISTINCT)
        named = self.words[at]
        unknown = named.isalpha() and (not LEXICON.of(named) or len(named) == 1)
        having = word in ("with", "has", "having") and self.words[start + 1] in ("a", "an")
        if having and self.words[at + 1] == "shape" and unknown:
            self.at = at + 2
            self._not_judged("outline", start)
            return True
        known = LEXICON.of(word) and len(word) > 1  # "l" is a French article, "L shaped" a letter's outline
        if self.words[start + 1] != "shaped" or known or not word.isalpha():
            return False
        self.at = start + 2
        self._not_judged("outline", start)
        return True

    def _crowded_around(self) -> bool:
        """ "crowded" or "busy" right after the target's noun, before where it is ("the people crowded
        around the entrance"); "the crowded road" is no such."""
        return (
            self.words[self.at] in ("crowded", "busy")
            and self.target_end == self.at
            and bool(begins_where(self.words, self.at + 1) or self._relation_phrase_at(self.at + 1))
        )

    def _high_in_the_view(self, phrase: Phrase) -> bool:
        """ "the tank high up in the image", "the car low in the picture": a place in the view, no height."""
        side = {"high": "top", "low": "bottom"}.get(self.words[self.at])
        at = self.at + 1 + (self.words[self.at + 1] in ("up", "down"))
        end = self._image_end(at) if side else None
        if end is None:
            return False
        phrase.position.append(side)
        self.at = end
        return True

    def _shadow_or_cover(self) -> bool:
        """ "casting a long shadow toward the bottom right", "with its shadow pointing to the right", "in
        the shade of the trees", "partially covered by the shadow of the hangar", "hidden under a tree"."""
        start = at = self.at
        if LEXICON.of(self.words[at]) & {"state", "degree"} and self._covered_at(at + 1):
            at += 1  # "partially covered"
        if self._covered_at(at):
            covering, at = self.words[at], at + 1
            end = self._shadow_end(at + (self.words[at] in COVERED_BY))
            if end is not None:
                self.at = end
                self._not_judged("shadow", start)
                return True
            # "covered in green grass" is its surface; "partially hidden by the trees": how much is seen
            # is not judged, and by what is a relation ("by the trees": near them), read as ever
            if at == start + 1 and covering in ("covered", "shaded") and self.words[at] not in OCCLUDING:
                return False
            self.at = at
            self._not_judged("cover", start)
            return True
        casts = "casting" in LEXICON.of(self.words[at]) or self.words[at] in SHADOW_OF
        end = self._shadow_end(at + 1) if casts else None
        if end is None:
            return False
        self.at = end
        self._not_judged("shadow", start)
        return True

    def _tone_compared(self) -> bool:
        """ "darker than the bus", "lighter in colour than the tank below it", "with a darker roof than the
        road", "more faded than the one next to it": how light or dark it is beside another, with what it
        is compared to, read whole. Light and dark are colours of their own, so the comparison is not
        judged."""
        start = at = self.at
        having = self.words[at] in ("with", "has", "having") and self.words[at + 1] in ("a", "an")
        at += 2 if having else 0  # "with a darker roof than the others": its roof's
        degree = LEXICON.match(self.words, at, "degree") if having else None
        at += degree[0] if degree else 0  # "has a slightly lighter roof than"
        tone = LEXICON.match(self.words, at, "tone_compared")
        if tone is None:
            return False
        at += tone[0]
        if having and LEXICON.of(self.words[at]) & {"part", "minor_part"}:
            at += 1
        elif having:
            return False
        if self.words[at] == "in" and self.words[at + 1] in ("color", "colour", "tone", "shade"):
            at += 2  # "lighter in colour than"
        if self.words[at] != "than":
            return False
        self.at = at + 1
        if self._the_others() or not self._anchor(Phrase()):
            self.at = start  # "darker than the others" is the dark one of them (`_modifier`)
            return False
        words, at = self.words, self.at
        if words[at] in BESIDE_IT and words[at + 1] in ("it", "them"):
            self.at = at + 2  # "than the tank below it": which one, by where it is
        elif words[at : at + 2] == ["next", "to"] and words[at + 2] in ("it", "them"):
            self.at = at + 3
        elif words[at] in ("to", "on") and words[at + 1] in ("its", "their") and words[at + 2] in SIDES:
            self.at = at + 3  # "than the tank to its left"
        crossed = any(index in self.breaks for index in range(start + 1, self.at))
        if crossed or not (self.at >= self.end or self.at in self.breaks):
            # "darker than the truck that is parked near the gate", "than the bus, on the left": what
            # follows may be said of either; named
            self.at = start
            return False
        self._not_judged("tone", start)
        return True

    def _carried(self, phrase: Phrase) -> bool:
        """ "holding an umbrella", "the truck carrying sand", "pushing a stroller", "a man with a backpack":
        what a person or a vehicle carries, holds or pushes ("the tank with a white cap", "the shop with a
        sign" are read as ever; a hat is worn, its colour the person's). A noun of the vocabulary after a
        verb ("towing a car", "pushing a bicycle") is not: it is near it, as a relation reads it."""
        start = self.at
        verb = LEXICON.match(self.words, start, "carrying")
        holds = "road user" in LEXICON.of(str(phrase.noun)) and self.words[start] in ("with", "has", "having")
        if verb is None and not holds:
            return False
        at = start + (verb[0] if verb else 1)
        while LEXICON.of(self.words[at]) & BEFORE_CARRIED:
            at += 1  # "a large box", "his dog", "two bags"
        carried = LEXICON.match(self.words, at, "carried")
        if carried:
            at += carried[0]
        elif verb and self._unknown_noun_at(at) and not LEXICON.match(self.words, at, "unjudged"):
            while self._unknown_noun_at(at):
                at += 1  # "carrying a ladder": a word no category claims (not "holding hands")
        else:
            return False
        self.at = at
        self._not_judged("carried", start)
        return True

    def _unknown_noun_at(self, at: int) -> bool:
        return self._noun_at(at) and not self._known_noun(at) and not LEXICON.of(self.words[at])

    def _covered_at(self, at: int) -> bool:
        return "covered" in LEXICON.of(self.words[at])

    def _shadow_end(self, at: int) -> int | None:
        """Where a shadow's phrase beginning at ``at`` ends ("a long shadow toward the left", "the shadow of
        the hangar", "tree shadows", "a shadow over the car"); None when no shadow is named there. The
        reading point stays; the nouns it names are read (what they leave unread is named)."""
        at += self.words[at] in OWNERS
        while (
            self.words[at] in SHADOW_LOOKS
            or LEXICON.match(self.words, at, "colour", "size", "shape", "superlative")
            or (self._known_noun(at) and not self._shadow_at(at))
        ):
            at += 1  # "a long dark shadow", "the longest shadow", "tree shadows"
        if not self._shadow_at(at):
            return None
        at += 1
        mark = self.at
        try:
            if self.words[at] in ("of", "from") or self.words[at : at + 2] == ["cast", "by"]:
                at += 1 + (self.words[at] == "cast")
                return self._object(at)  # "the shadow of the hangar", "shadows from the trees"
            falls = bool(LEXICON.of(self.words[at]) & {"motion", "falling", "state"})  # "pointing", "lying"
            at += falls
            end, places = self._places(at) if falls else (at, [])
            if places:  # "its shadow pointing left"
                return end
            if falls and self.words[at] in ("up", "down", "upward", "downward", "upwards", "downwards"):
                return at + 1  # "its shadow pointing down"
            if self.words[at] in ("beneath", "under", "underneath", "below"):
                # "a dark shadow beneath it", "a small shadow beneath its wings": its own, under it
                if self.words[at + 1] in ("it", "them"):
                    return at + 2
                part = LEXICON.match(self.words, at + 2, "part", "minor_part")
                if self.words[at + 1] in ("its", "their") and part:
                    return at + 2 + part[0]
            if self.words[at] not in (FALLING_TOWARD if falls else TOWARD):
                return at
            side = self.words[at + 1 : at + 3] in (["its", "side"], ["the", "side"], ["one", "side"])
            if side and self.words[at + 3] != "of":
                return at + 3  # "a shadow cast to its side": which side, not said
            toward = at + 1 + (self.words[at + 1] in ("its", "their"))  # "to its right"
            end, places = self._places(toward)
            if places and self.words[end] == "of" and self._image_end(end) is None:
                return at  # "a shadow to the left of the road": the object's relation, read as ever
            if places:
                return self._image_end(end) or end
            return self._object(at + 1) if self._noun_follows(at + 1) else at  # "falling across the road"
        finally:
            self.at = mark

    def _shadow_at(self, at: int) -> bool:
        unjudged = LEXICON.match(self.words, at, "unjudged")
        return unjudged is not None and unjudged[1].value == "shadow"

    def _marking(self) -> None:
        """ "a white circle", "white lines", "an H": a marking's look and name, which no detector is asked for
        (none of the vocabulary's nouns: those are read by `_object`)."""
        self.at += self.words[self.at] in ("a", "an", "the")
        while self._quality(Phrase()):
            self._skip("and")
        self.at -= self.words[self.at - 1] == "and"  # "... and situated atop": what follows is the target's
        word = self.words[self.at] if self.at < self.end else ""
        relation = word in PREPOSITIONS or self._relation_phrase_at(self.at) is not None
        if word and not relation and not LEXICON.of(word) - {"collective", "shape", "part", "minor_part"}:
            self.at += 1

    def _object(self, at: int) -> int:
        """Reads the noun phrase at ``at`` that a phrase not judged names (its object, asked of no
        detector): the reading point after it, or at ``at`` when none is there."""
        self.at = at
        if self.words[at : at + 2] == ["the", "others"] or self.words[at : at + 2] == ["each", "other"]:
            self.at += 2  # "in the opposite direction from the others"
        elif not self._noun_phrase(Phrase(), anchor=True):
            self.at = at
        return self.at
