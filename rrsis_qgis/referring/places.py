"""Reading where: positions in the view ("on the upper left", "in the middle part of the image"), relations
to an anchor with its own words ("left of the green baseball field", "within 50 m of"), "with a white
body", groups ("of some tanks"); a mixin of parse's reader."""

from __future__ import annotations

import math
import re
from dataclasses import replace

from .lexicon import LEXICON, NOUNS
from .program import Exclusion, Qualifiers, Relation
from .words import (
    CANOPIES,
    DIRECTION_OF_PLACES,
    LAST,
    LINES,
    LONGEST_PHRASE,
    MAX_DISTANCE_M,
    ORDER_OF_DIRECTION,
    ORDER_OF_PLACES,
    PHRASES,
    PREPOSITIONS,
    SIDES,
    STRUCTURES,
    Phrase,
    begins_relation,
    begins_where,
    content_words,
    group_size_at,
    is_plural_word,
    lies_along,
    looks_like_participle,
    name_of,
    number_at,
    one_place,
    part_named,
    sides_of,
    singular,
)

PART_OF_DIRECTION = {
    "left_of": "left_part_of",
    "right_of": "right_part_of",
    "above": "top_part_of",
    "below": "bottom_part_of",
    "upper_left_of": "upper_left_part_of",
    "upper_right_of": "upper_right_part_of",
    "lower_left_of": "lower_left_part_of",
    "lower_right_of": "lower_right_part_of",
}
INNER_PARTS = {"corner", "part", "half", "area", "section", "quadrant", "portion", "region", "zone", "edge"}

COMPARISONS = ("larger_than", "smaller_than", "similar_size_to")
MOTOR_VEHICLES = {"car", "van", "truck", "bus"}
# What it has: "with", "featuring a long runway", "comprising several buildings", "which contains a dock"
HAVING = ("with", "has", "have", "having", "featuring", "comprising", "comprises", "containing", "contains")
HAVING += ("encompassing", "encompasses", "hosting", "hosts")
# After a group named as an anchor: where the group is ("the turbines clustered near the top"); not
# "located", "parked", which after a comma (not read) are the target's
GATHERED = ("clustered", "grouped", "gathered", "bunched", "massed", "concentrated")
LYING = ("oriented", "running", "aligned", "lying", "laid", "stretching", "extending", "positioned", "parked")
# Where objects of a kind stand together: what is on its side is in it.
GROUNDS = {"wind farm": ("windmill",), "tank farm": ("storage tank",), "runway": ("airplane", "helicopter")}
WAYS_IN = ("entrance", "gate", "ramp")  # "the entrance to the mall" is the mall's, as "of the mall"
NEAREST = ("closest", "nearest", "closer", "nearer")
# Whose middle is a line along them, not a point to measure from
LONG_WAYS = ("road", "street", "highway", "river", "canal", "railway", "lane", "sidewalk", "bicycle lane")
LONG_WAYS += ("freeway", "avenue", "boulevard", "path", "trail", "track", "stream", "creek", "parking lane")
FARTHEST = ("farthest", "furthest", "farther", "further")
# What an orientation is said of: "in a vertical orientation", "in a diagonal position".
WAYS_OF_LYING = ("orientation", "position", "alignment", "direction", "manner", "fashion")
# Near a part of the anchor that is not outlined: near it, the part not judged.
AT_A_PART = (
    "at the end of",
    "at the tip of",
    "at the far end of",
    "at the other end of",
    "at the near end of",
)
AT_A_PART += ("on the far side of", "on the other side of")  # by it; which side, not judged
# After "near" (and its kin), a part of the anchor: "near the corner of a building", "close to the end of the
# pier", "next to the edge of the apron": near the anchor, which part not judged.
PARTS = ("corner", "end", "edge", "tip", "side", "rim", "border", "perimeter", "boundary", "fringe")
PARTS += ("periphery", "outskirts", "shoulder", "bank", "banks")
ALIGNED = ("parallel to", "perpendicular to", "at right angles to", "at a right angle to", "separated by")
# What says a comparison's other side: "relatively large compared to the others", "further left than".
COMPARING_WORDS = (("than",), ("compared", "to"), ("compared", "with"), ("in", "comparison", "to"))
COMPARING_WORDS += (("in", "comparison", "with"), ("relative", "to"))
# Before a size, words that say it is not so: "not that large compared to the others".
NOT_SO = {"less", "not", "no", "neither", "nor", "never", "hardly", "barely", "scarcely"}
# The others of its kind, as "those" says them: "bigger than those around it".
AROUND = (("around",), ("near",), ("next", "to"), ("beside",), ("surrounding",), ("close", "to"))
THOSE_AROUND_IT = (("nearby",), *((*said, them) for said in AROUND for them in ("it", "them")))
# "in the rightmost column": the column on the right.
SIDE_OF_ORDER = {order: list(sides) for sides, order in ORDER_OF_PLACES.items() if len(sides) == 1}
# "than the tank to its right": the target is on the other side of it.
OPPOSITE_SIDE = {("left",): "right_of", ("right",): "left_of", ("top",): "below", ("bottom",): "above"}
OPPOSITE_SIDE |= {("north",): "south_of", ("south",): "north_of", ("east",): "west_of", ("west",): "east_of"}
OPPOSITE_SIDE |= {
    ("top", "left"): "lower_right_of",
    ("top", "right"): "lower_left_of",
    ("bottom", "left"): "upper_right_of",
    ("bottom", "right"): "upper_left_of",
    ("north", "east"): "southwest_of",
    ("north", "west"): "southeast_of",
    ("south", "east"): "northwest_of",
    ("south", "west"): "northeast_of",
}
# "the picture provided": said of the image, nothing more.
AFTER_AN_IMAGE = ("provided", "given", "shown", "above")
# Full of something, or lined with it: "a lot filled with cars", "a road lined with trees" is with them.
FILLED_WITH = (
    ["lined", "with"],
    ["dotted", "with"],
    ["planted", "with"],
    ["filled", "with"],
    ["full", "of"],
    ["packed", "with"],
    ["crowded", "with"],
    ["occupied", "by"],
    ["loaded", "with"],
    ["laden", "with"],
)
# What an object has that is no object: "with a hexagonal shape", "with a greyish tone".
ASPECTS_OF_ITS_OWN = ("shape", "size", "color", "colour", "hue", "tone", "form", "outline", "diameter")
ASPECTS_OF_ITS_OWN += ("footprint", "length", "width")
# How a small part is seen, after it: "with its rotor blades visible", "with its door open".
SHOWN = ("visible", "showing", "shown", "open", "opened", "closed", "on", "off", "lit", "flashing")
# After "near the edge", what says the edge is the view's: the sentence ends or goes on ("near the edge and
# ...", "near the edge, which is ..."), not a noun ("the border crossing").
ENDS_A_PLACE = {"function", "and", "pronoun", "copula", "state", "motion", "place", "command"}
EDGES = ("edge", "edges", "border", "borders", "margin", "margins", "boundary", "boundaries", "periphery")
# What stands tall: "higher than the others" may say its height, not where it is in the view.
TALL = frozenset({"building", "tower", "chimney", "windmill", "stadium", "tree", "crane", "container crane"})
# "extending from the shore", "jutting out from the bank": it begins there.
REACHING_OUT = (
    "extending",
    "extends",
    "jutting",
    "juts",
    "projecting",
    "projects",
    "protruding",
    "protrudes",
)
# What a road or a river does where it goes: "a road running through the middle" is where the road is
ANCHOR_S_COURSE = frozenset({"runs", "running", "flows", "flowing", "winds", "winding", "cuts", "cutting"})
ANCHOR_S_COURSE |= {"stretching", "stretches", "passing", "passes", "snaking", "meandering", "curving"}
# What runs somewhere and lies one way ("the road that runs north-south"): an anchor given its way.
RUNNING = frozenset({"road", "river", "railway", "canal", "stream", "creek", "runway", "bridge", "overpass"})
RUNNING |= {"dam", "pier", "highway", "expressway", "street", "lane", "path", "track", "trail", "shoreline"}
RUNNING |= {"pipeline", "railroad", "waterway"}
# The parts at its front: the way they point is its heading ("with its nose pointing left").
FRONT_PARTS = frozenset({"nose", "bow", "front", "head", "cab", "hood"})
# What a road, a river or a railway does, said of its way: "the road that runs east-west".
RUNS = frozenset(
    {"runs", "running", "run", "flows", "flowing", "extends", "extending", "stretches", "stretching"}
    | {"crosses", "crossing", "traverses", "traversing"}  # "the road that crosses the image horizontally"
)
RUNS |= {"winds", "winding", "lies", "lying", "oriented", "aligned", "cuts", "cutting", "spans", "spanning"}
# Who runs on a road or a track: "the man on the road, running from left to right" is his own way.
RUNNERS = frozenset({"pedestrian", "train", "dog", "horse", "cow", "cattle", "sheep", "animal", "deer"})
# Of these, what only such a thing does (a car may lie or be oriented east-west, it does not run so).
ONLY_RUNNING_DO = frozenset(
    {"runs", "running", "run", "flows", "flowing", "winds", "winding", "cuts", "cutting"}
)
# After what it has or is beside: "a truck far from it", not near it.
FAR_FROM_IT = (
    ["far", "from", "it"],
    ["far", "away", "from", "it"],
    ["away", "from", "it"],
    ["far", "from", "them"],
)
# "smaller than both of them": than what it was last related to.
THEM = (["both", "of", "them"], ["all", "of", "them"], ["each", "of", "them"], ["both"], ["them"])
# After "right" meaning "just": "right behind it", "right next to", "right in the middle".
HOW_CLOSE_BEFORE = ("behind", "ahead", "next", "beside", "below", "above", "under", "underneath", "in", "at")
HOW_CLOSE_BEFORE += ("by", "near", "between", "across", "alongside", "against", "outside", "inside")


CONNECTING = ("connecting", "connects", "connect", "linking", "links", "link", "joining", "joins", "join")


class Places:
    def _view_edge(self, at: int) -> int | None:
        """ "the edge of the image", "the image border", "the edges of the picture" at ``at``: where the
        phrase ends, or None."""
        at += self.words[at] in ("the", "an", "a")
        at = self._image_kind_end(at)
        if LEXICON.match(self.words, at, "image") and self.words[at + 1] in EDGES:
            return at + 2  # "the image border"
        if (
            LEXICON.match(self.words, at, "image")
            and self.words[at + 1] == "s"
            and self.words[at + 2] in EDGES
        ):
            return at + 3  # "the image's edge"
        if self.words[at] in EDGES and self.words[at + 1] == "of":
            return self._image_end(at + 1)
        at += self.words[at] in ("very", "far", "extreme")
        follows = self.words[at + 1]
        said_of_nothing = not follows or follows in PREPOSITIONS or LEXICON.of(follows) & ENDS_A_PLACE
        if (
            self.words[at] in EDGES
            and self.words[at - 1] in ("the", "very", "far", "extreme")
            and said_of_nothing
        ):
            return at + 1  # "near the edge", "at the very edge", said of nothing else: the view's
        return None

    def _near_the_edge(self, phrase: Phrase) -> bool:
        """ "near / at / on / along the edge of the image": near one of the view's edges (position edge)."""
        at = self.at
        length = 2 if self.words[at : at + 2] in (["close", "to"], ["next", "to"]) else 1
        if self.words[at] not in ("near", "at", "on", "along", "by", "close", "next") or (
            length == 1 and self.words[at] in ("close", "next")
        ):
            return False
        end = self._view_edge(at + length)
        if end is None:
            return False
        phrase.position.append("edge")
        self.at = end
        return True

    def _comparing_at(self, at: int) -> int:
        """How many words at ``at`` say a comparison's other side ("than", "compared to"); 0 when none."""
        return next(
            (len(said) for said in COMPARING_WORDS if tuple(self.words[at : at + len(said)]) == said), 0
        )

    def _than_the_others(self, at: int) -> bool:
        """ "than the others", "compared to other vehicles" at ``at``, read to their end: True; or False, and
        nothing read."""
        compared, mark = self._comparing_at(at), self.at
        self.at = at + compared
        if compared and self._the_others():
            return True
        self.at = mark
        return False

    def _beyond_the_others(self, phrase: Phrase) -> bool:
        """ "further right than the other ships", "more to the left compared to other vehicles", "located
        higher than the rest": the one furthest that way among its kind (the rightmost, the topmost). Not
        "the building is higher than the others" (taller, maybe). Consumed, True."""
        at = self.at
        placed = "state" in LEXICON.of(self.words[at - 1]) or str(self.target.noun) not in TALL
        vertical = self.words[at] in ("higher", "lower") and placed  # "located higher": up the view
        if phrase is not self.target or (
            self.words[at] not in ("further", "farther", "more") and not vertical
        ):
            return False
        if phrase.relations and self._after_an_anchor_s_clause(at):
            return False  # "next to the bus which is further right than the others": the bus's, maybe
        if not vertical:
            at += 1 + (self.words[at + 1] == "to")  # "further to the left"
        if self.words[at] in ("higher", "up", "lower", "down"):  # "further down than the rest"
            sides, at = (("top",) if self.words[at] in ("higher", "up") else ("bottom",)), at + 1
        else:
            at, places = self._places(at)
            sides = sides_of(places)
        order, start = ORDER_OF_PLACES.get(sides), self.at
        if order is None or not self._than_the_others(at):
            return False
        phrase.order(order, self.words[start : self.at], self.unread, both=True)
        return True

    def _reaching_out_from(self, phrase: Phrase) -> bool:
        """ "extending from the shore", "jutting out from the bank": it begins by that object, near it (not
        "from the left to the right", the way it lies: `_from_side_to_side`). Consumed, True."""
        at = self.at + (self.words[self.at] in REACHING_OUT)
        at += at > self.at and self.words[at] == "out"
        if at == self.at or self.words[at] != "from" or self._places(at + 1)[1]:
            return False
        if phrase.relations:
            return False  # "next to the pier (,) extending from the shore": the pier's, maybe
        start, self.at, anchor = self.at, at + 1, Phrase()
        # not "from one bank to the other", "from one side of the harbor": across it, or a part of its own
        if not self._anchor(anchor) or anchor.one or self.words[self.at] == "to":
            self.at = start
            return False
        phrase.relations.append(Relation("near", anchor.noun, anchor_qualifiers=anchor.qualifiers()))
        return True

    def _apart_from_the_others(self, phrase: Phrase) -> bool:
        """ "apart from the other ships", "away from the other planes": far from the others of its kind, as
        "apart from the others" is (not "all ships apart from the red one", which takes it away)."""
        if phrase is not self.target or self.words[self.at : self.at + 2] not in (
            ["apart", "from"],
            ["away", "from"],
        ):
            return False
        start, self.at = self.at, self.at + 2
        if not self._the_others() or not (self.at >= self.end or self.at in self.breaks):
            self.at = start
            return False
        phrase.isolated = True
        return True

    def _medium_among_the_others(self, phrase: Phrase) -> bool:
        """ "medium-sized compared to the others": medium among them, as said (no order). Consumed, True."""
        said_before = self.words[self.at - 1] in ("medium", "sized", "size") and phrase.size == "medium"
        return phrase is self.target and said_before and self._than_the_others(self.at)

    def _compass_axis(self, phrase: Phrase, at: int) -> bool:
        """ "running east-west", "in a north-south direction": the way it lies, said as a map says it, at
        ``at`` (after a preposition); not two places, nor a heading. Consumed, True."""
        article = at + (self.words[at] in ("the", "a", "an"))
        axis = LEXICON.match(self.words, article, "orientation")
        if axis is None or self.words[article] not in ("east", "west", "north", "south"):
            return False
        end = article + axis[0]
        if any(at in self.breaks for at in range(article + 1, end)):
            return False  # "parked east, west of the bus"
        directed = self.words[end] in ("direction", "orientation", "axis", "alignment")
        theirs = self._after_an_anchor_s_clause(self.at) or self._its_anchor_runs(self.target, article)
        if phrase.relations and phrase is self.target and theirs:
            # "next to the road running east-west", "the river flowing from north to south", "on the road,
            # which runs east-west": the road's, the river's; another anchor's, maybe, named
            end += directed and article > self.at
            self.at = end
            if not self._anchor_lies(axis[1].value, article):
                self.unread.extend(self.words[article:end])
            return True
        if article > self.at:  # "in an east-west direction": only with what says it is a way
            if not directed:
                return False
            end += 1
        goes = (self._mover(phrase) or phrase.noun == "train") and self._moving_before()
        if goes and self.words[end - 2] == "to":  # "driving east to west": its heading (a parked one lies so)
            self.at = end
            if not phrase.head_toward([self.words[end - 1]]):
                self.unread.extend(self.words[article:end])
            return True
        if phrase.orientation not in (None, axis[1].value):
            self.at = end
            self.unread.extend(self.words[article:end])  # "vertical, running east-west": which? named
            return True
        phrase.orientation, self.at = axis[1].value, end
        return True

    def _inside_an_edge(self, phrase: Phrase) -> bool:
        """ "just below the top edge", "above the bottom border of the image", "just below the image edge":
        on that side of the view, close to its edge (below an edge is by the top one)."""
        side = {"below": "top", "beneath": "top", "under": "top", "above": "bottom"}.get(self.words[self.at])
        if side is None or phrase is not self.target or self.words[self.at - 1] in ("far", "way", "well"):
            return False  # "far below the top edge": not by it
        at = self.at + 1 + (self.words[self.at + 1] == "the")
        at += "image" in LEXICON.of(self.words[at])  # "the image edge"
        end, places = self._places(at)
        if places and (places != [side] or self.words[end - 1] not in EDGES):
            return False  # "below the top of the tower": no edge of the view
        if not places and self.words[at] not in EDGES:
            return False
        if side not in phrase.position and {"top", "bottom"} & set(phrase.position):
            return False  # "at the bottom, just below the edge": which edge?
        end = max(end, at + (not places))
        if self.words[end] == "of" and self._image_end(end) is None:
            return False  # "under the top edge of the roof": the roof's
        phrase.position += [] if side in phrase.position else [side]
        self.at = self._image_end(end) or end
        return True

    def _at_a_part(self) -> bool:
        """ "the corner of a building" after "near": the words that name a part of what follows (not "the
        edge of the image", a place in the view; not "the left side of", a side read as such). Consumed,
        True."""
        at = self.at + (self.words[self.at] in ("the", "a", "an", "its", "one"))
        if at == self.at or self.words[at] not in PARTS or self.words[at + 1] != "of":
            return False
        if self._image_end(at + 1) is not None or not self._noun_follows(at + 2):
            return False
        self.at = at + 2
        return True

    def _image_end(self, at: int) -> int | None:
        """Where "of the image", "in this picture" beginning at ``at`` ends; None when none begins there
        (nothing is read)."""
        mark, self.at = self.at, at
        try:
            return self.at if self._image_phrase() else None
        finally:
            self.at = mark

    def _image_phrase(self) -> bool:
        """ "in this image", "of the picture", "the edge of the image": nothing to select on."""
        at = self.at
        if at >= self.end:
            return False
        if self.words[at] in (PREPOSITIONS - {"outside"}) | {"across", "throughout", "within", "through"}:
            at += 1
        while at < self.end and self.words[at] in ("the", "this", "entire", "whole"):
            at += 1
        at = self._image_kind_end(at)  # "in this aerial image", "the satellite image"
        # "near the edge of the image", "in a corner of the image": a part of the view, which is something
        # (a side's part is read with its side: "the bottom edge of the image")
        if at < self.end and "image" in LEXICON.of(self.words[at]):
            self.at = at + 1
            self.at += self.words[self.at] in AFTER_AN_IMAGE  # "the picture provided"
            return True
        return False

    def _image_kind_end(self, at: int) -> int:
        """After "aerial", "satellite", "remote sensing" before an image's noun ("aerial image"); ``at``
        when none is there, or no image follows ("the satellite dish")."""
        end = at
        while kind := LEXICON.match(self.words, end, "image_kind"):
            end += kind[0]
        return end if end > at and "image" in LEXICON.of(self.words[end]) else at

    def _places(self, at: int) -> tuple[int, list[str]]:
        """Place words from ``at`` ("the far upper left side", "the center of the left"): where they end."""
        places: list[str] = []
        while at < self.end:
            word = self.words[at]
            after_of = self.words[at - 1] == "of"
            if places and at in self.breaks:
                break  # "at the top, side by side": a comma ends the place
            if word == "of" and places and "center" not in places and self._centre_at(at + 1):
                break  # "left of the center": beside the middle, not "the center of the left"
            if (
                word in ("the", "far", "extreme", "very", "both", "immediate") and (not places or after_of)
            ) or (word == "of" and places and self._place_at(at + 1)):
                at += 1  # "the far left", "the center of the left"; not the "the" of what follows
                continue
            bare = self.words[at - 1] not in (
                "the",
                "far",
                "extreme",
                "very",
                "immediate",
                "to",
                "on",
                "at",
                "in",
            )
            axis = LEXICON.match(self.words, at, "orientation")
            if (
                not places
                and axis
                and axis[0] > 1
                and word in ("north", "south", "east", "west", "northeast")
            ):
                break  # "the north-south road": the way it lies, no place
            close = (
                self.words[at + 1] in HOW_CLOSE_BEFORE and at + 1 not in self.breaks
            )  # not "its right, at"
            if not places and word == "right" and bare and close:
                break  # "a truck right behind it", "right in the middle": how close, no side
            if not places and "image" in LEXICON.of(word) and self.words[at + 1] == "s":
                at += 2  # "the image's left edge": the image's own place
                continue
            if not places and "image" in LEXICON.of(word) and LEXICON.match(self.words, at + 1, "place"):
                at += 1  # "the image center"
                continue
            if (match := LEXICON.match(self.words, at, "place")) is not None:
                if not one_place([*places, *match[1].value]):
                    break  # "on the right north of the road": a position, then a relation
                places.extend(match[1].value)
                at += match[0]
                continue
            if places and "place_part" in LEXICON.of(word):
                at += 1
                continue
            side = SIDE_OF_ORDER.get(word) if self.words[at + 1] in ("row", "column") else None
            if (
                side
                and not places
                and self.words[at - 2 : at] in (["in", "the"], ["on", "the"], ["at", "the"])
            ):
                places.extend(
                    side
                )  # "in the rightmost column": the column on the right, as "the right column"
                at += 1
                continue
            if places and word in ("row", "column") and "center" not in places:
                self.row_said = True
                # "in the top row": the row at the top ("the middle row" is not the view's middle); "in the
                # bottom row of tanks" with it; "the top row of the cluster" is not the view's
                end = self._row_of_the_target(at + 1)
                of = at + 2 + (self.words[at + 2] in ("the", "a"))
                if (
                    end == at + 1
                    and self.words[at + 1] == "of"
                    and LEXICON.match(self.words, of, "collective")
                ):
                    break
                at = end  # "the top row of the parking lot": of the lot, a relation reads it
                continue
            break
        return at, places

    def _row_of_the_target(self, at: int) -> int:
        """After "the top row": "of tanks", "of parked aircraft" (the target's kind) read with it; where the
        reading ends (at ``at`` when no such group follows)."""
        if self.words[at] != "of" or self.target.noun is None:
            return at
        mark, self.at = self.at, at + 1
        try:
            kind = Phrase()
            same = self._noun_phrase(kind, anchor=True) and kind.noun == self.target.noun and kind.plural
            return self.at if same else at
        finally:
            self.at = mark

    def _view_side(self, phrase: Phrase) -> bool:
        """ "in the foreground", "in the distance": a drone photo's near side is the bottom of the view, its
        far side the top."""
        side = LEXICON.match(self.words, self.at, "view_side")
        if side is None:
            return False
        phrase.position.extend(side[1].value)
        self.at += side[0]
        return True

    def _beside_the_centre(self, phrase: Phrase) -> bool:
        """ "slightly above the center of the image", "just left of the middle", "above and to the left of
        the center": in the middle, which is judged; on which side of it is said and not judged ("left of
        the center" is not "the center of the left", the middle of the left edge)."""
        at, beside = self.at, False
        while True:
            at += 2 if self.words[at : at + 2] == ["to", "the"] else self.words[at] == "to"
            if self.words[at] in ("above", "below"):
                at += 1
            elif self.words[at] in ("left", "right") and self.words[at + 1] == "of":
                at += 2
            else:
                return False
            beside = True
            if self.words[at] != "and":
                break
            at += 1  # "above and to the left of"
        end, places = self._places(at)
        named = any(at + self._known_noun(at) > end for at in range(at, end))  # "the center line"
        relation = named or self._noun_at(end) or self.words[end] in ("one", "ones")  # "above the middle one"
        relation = relation or (self.words[end] == "of" and self._image_end(end) is None)  # "... of the road"
        if not beside or places != ["center"] or relation:
            return False
        phrase.position.append("center")
        start, self.at = self.at, end
        self._image_phrase()
        self._not_judged("offset", start)
        return True

    def _at_its_corner(self, phrase: Phrase) -> bool:
        """ "at the top left, close to the corner": the corner of the view it is in, said again."""
        at = self.at + (self.words[self.at : self.at + 2] in (["close", "to"], ["next", "to"]))
        near = self.words[at] in ("near", "at", "in", "to", "by")
        said = near and self.words[at + 1 : at + 3] == ["the", "corner"]
        end = (self._image_end(at + 3) or at + 3) if said else at
        corner = said and len(sides_of(phrase.position)) == 2 and one_place(phrase.position)
        if not corner or (end == at + 3 and (self.words[end] == "of" or self._noun_at(end))):
            return False  # "near the corner of the road", "at the corner shop"
        self.at = end
        return True

    def _centre_at(self, at: int) -> bool:
        at += self.words[at] == "the"
        return self._places(at)[1] == ["center"]

    def _placed_with_them(self, anchor: Phrase, start: int) -> bool:
        """ "the red car among the cars on the left", "the only silver tank among the tanks on the left side
        of the image": where they are, it is, when nothing else says where it is (no place of its own
        before or after). Consumed, True; False, and nothing read, otherwise."""
        if self.target.position or self.target.ordering or self.others or self.negating or self.excluding:
            return False
        places, end = list(anchor.position), self.at
        if not places and self.words[self.at] in ("on", "in", "at", "toward", "towards"):
            # the group's place in the view, which its own place loop leaves to the target
            end, places = self._places(self.at + 1)
            end = self._image_end(end) or end
        if not places or not one_place(places) or not (end >= self.end or end in self.breaks):
            return False
        if any(at in self.breaks for at in range(start + 1, end)):
            return False  # "among the cars on the left, in the center": two places said, named
        if any(LEXICON.match(self.words, at, "place") for at in range(end, self.end)):
            return False  # "among the cars on the left, the one on the right": which? named
        self.target.position += places
        self.at = end
        return True

    def _place_at(self, at: int) -> bool:
        while at < self.end and self.words[at] in ("the", "far", "extreme"):
            at += 1
        return at < self.end and LEXICON.match(self.words, at, "place") is not None

    def _one_of_its_kind_at(self, at: int) -> bool:
        """ "one of the three", "one of the tanks" (the target's kind) at ``at``."""
        at += 2 + (self.words[at + 2] in ("the", "these", "those"))
        at += group_size_at(self.words, at)
        return not self._noun_at(at) or self._target_named_at(at) > 0

    def _position(self, phrase: Phrase) -> bool:
        """ "on the left", "in the upper right corner of the image", "from the lower right" (an ordinal's)."""
        if phrase is self.target and self._relative_clause_of(self.at) is not None:
            return self._anchor_s_place()
        if self._beside_the_centre(phrase) or self._at_its_corner(phrase) or self._view_side(phrase):
            return True
        if self._from_side_to_side(phrase):
            return True
        at = self.at
        preposition = self.words[at]
        if LEXICON.match(self.words, at, "way"):
            return False  # "from left to right": which way it goes, read as such
        if preposition in (
            "on",
            "in",
            "at",
            "to",
            "towards",
            "toward",
            "from",
            "near",
            "along",
            "through",
            "across",
        ):
            at += 1
        if self._compass_axis(phrase, at):
            return True
        end, places = self._places(at)
        if not places:
            return False
        # "next to a road running through the middle": where the road runs, not where the car is; read as a
        # place of no one's (a phrase of its own, with no anchor), then named
        of_someone = phrase is self.target or bool(phrase.relations)
        if of_someone and self._anchor_s_course(phrase, self.at):
            start = self.at
            if not self._position(Phrase()):
                return False
            self._name_unread(start)
            return True
        if self.words[end] == "direction" and end not in self.breaks:
            # "driving in the left direction", "oriented towards the top right direction": its heading
            start, self.at = self.at, end + 1
            if not (self._going(phrase) and "center" not in places and phrase.head_toward(sides_of(places))):
                self._name_unread(start)
            return True
        if places == ["center"] and self.words[end : end + 2] == ["one", "of"] and end not in self.breaks:
            if self._one_of_its_kind_at(end):
                return False  # "the middle one of the three": in the middle of them, not of the view
            start, self.at = self.at, end + 2  # "in the middle one of the three lanes": which of them? named
            self._noun_phrase(Phrase(), anchor=True)
            self._name_unread(start)
            return True
        article = at + (self.words[at] in ("the", "a", "an", "its", "their"))
        grouped = preposition == "in" and self._which_line(article)[0] == end and self._group_named_at(end)
        followed = end not in self.breaks and (self._noun_phrase_at(end) or self._noun_at(end) or grouped)
        if preposition != "from" and followed:
            # "on the right some buildings" ("of" left out), "in the left lane": relations; "in the
            # top-left cluster": a group
            return False
        toward = preposition in ("to", "towards", "toward")
        beside = self.words[end] == "of" and self._image_end(end) is None  # "moving to the left of the bus"
        if not beside and (
            (self._after_motion() and (at == self.at or toward)) or (toward and self._moving_before())
        ):
            # "heading towards the top", "driving on the highway toward the bottom": where it goes, not
            # where it is, its heading. "Turning left", "moving toward the center" and a "to" after
            # something else ("walking on the sidewalk to the right": whose right?) stay unread.
            heading = (
                self._going(phrase)
                and "center" not in places
                and (preposition != "to" or self._after_motion())
            )
            start, self.at = self.at, end
            if not (heading and phrase.head_toward(sides_of(places))):
                self._name_unread(start)
            self._image_phrase()
            return True
        self.named_image = False
        if end < self.end and self.words[end] == "of" and preposition != "from":
            start, self.at = self.at, end
            if not self._image_phrase():  # "left of the road": a relation
                self.at = start
                return False
            end, self.named_image = self.at, True
        if preposition == "from":  # "the second from the left", "the first from the lower right"
            sides = sides_of(places)
            counting = self.words[self.at - 1] in ("counting", "counted", "starting")
            if counting and not (phrase.ordinal or phrase.ordering) and sides in ORDER_OF_PLACES:
                self.counted_from, self.at = sides, end  # "Counting from the left, the second court"
                return True
            if not (phrase.ordinal or phrase.ordering) or phrase.ordinal in LAST:
                # "approaching from the bottom", "the last from the left" (the rightmost?): not an order
                self.unread.extend(self.words[self.at : end])
                self.at = end
                return True
            sides = sides_of(places)  # "from the lower right", "from the right bottom"
            order = ORDER_OF_PLACES.get(sides) or ORDER_OF_PLACES.get(sides[::-1])
            if order is None and not phrase.ordering:  # "the second from the middle": along what?
                self.unread.extend(self.words[self.at : end])
            if order and phrase.ordering not in (None, "end", order):
                # "the largest tank, the second from the left": which? both named, neither replaced
                self.unread.extend(
                    [phrase.ordinal, *self.words[self.at : end]]
                    if phrase.ordinal
                    else self.words[self.at : end]
                )
                phrase.rank = 1 if phrase.ordinal else phrase.rank
                self.at = end
                return True
            phrase.ordering = order or phrase.ordering
        elif self.in_group and phrase is self.target and places == ["center"] and not self.named_image:
            # "Among the three ships, the one in the middle": the group's middle
            start, self.at = self.at, end
            phrase.order("middle", self.words[start : self.at], self.unread)
            return True
        else:
            phrase.position.extend(places)
        self.at = end
        return True

    def _toward_the_camera(self, phrase: Phrase) -> bool:
        """ "the van closest to the camera", "the bus farthest from the camera", "moving away from the
        camera": a drone's oblique photo has its near side at the bottom of the view, its far side at the
        top (the order, or the heading, shown as such)."""
        first = self.words[self.at]
        if phrase.ordering in ("closest", "farthest") and first in ("to", "from"):
            first = phrase.ordering  # "the one closest to the camera", its superlative read already
        else:
            first = {"nearest": "closest", "furthest": "farthest"}.get(first, first)
        at = self.at + (first in ("closest", "farthest", "away"))  # at "to", "from", or "the"
        at += self.words[at] in ("to", "from", "toward", "towards")
        if self.words[at] != "the" or "camera" not in LEXICON.of(self.words[at + 1]):
            return False
        if first in ("closest", "farthest"):
            ordering, heading = ("bottommost" if first == "closest" else "topmost"), None
        elif first in ("to", "toward", "towards", "away") and self._after_motion():
            ordering, heading = None, ("top",) if first == "away" else ("bottom",)
        else:
            return False
        if (ordering and phrase.ordering not in (None, first)) or (
            heading and not phrase.head_toward(heading)
        ):
            return False
        phrase.ordering = ordering or phrase.ordering
        self.at = at + 2
        return True

    def _outside(self, phrase: Phrase) -> bool:
        """ "the car outside the parking lot": not in it, the set of those in it taken away (near it is not
        said: outside a parking lot may be anywhere else)."""
        said = self.words[self.at] == "outside" and self.words[self.at - 1] not in ("the", "a", "an")
        if not said or phrase is not self.target or self.negating or self.excluding:
            return False  # "the outside lane", "on the outside of the curve": named
        start, self.at = self.at, self.at + 1 + (self.words[self.at + 1] == "of")
        anchor = Phrase()
        if not self._anchor(anchor, one_is_target=False):
            self.at = start
            return False
        inside = Relation("inside", anchor.noun, anchor_qualifiers=anchor.qualifiers())
        self.excluded.append((Exclusion("outside", Qualifiers(count=None, relations=(inside,))), phrase.noun))
        return True

    def _relation_phrase_at(self, at: int) -> tuple[int, str] | None:
        for length in range(min(LONGEST_PHRASE, self.end - at), 0, -1):
            kind = PHRASES.get(tuple(self.words[at : at + length]))
            if kind:
                return length, kind
        return None

    def _relation(self, phrase: Phrase) -> bool:
        if self._toward_the_camera(phrase) or self._outside(phrase):
            return True
        if LEXICON.match(self.words, self.at, "orientation"):
            return False  # "parked at an angle": which way it lies, not near an angle
        start = self.at
        distance = self._distance()
        ordering = None
        if distance is not None:
            kind = "near"
        elif direction := self._direction():
            kind = direction
            measured = phrase.last_order in ("closest", "farthest") and self.words[start] in ("to", "from")
            if kind == "middle_of" and measured:
                kind = "near_middle_of"  # "the one closest to the center of the apron": from its middle
        elif compared := self._compared_by_its_size():
            kind = compared
        elif (found := self._relation_phrase_at(self.at)) is not None:
            length, kind = found
            first = self.words[self.at]
            if self.words[self.at : self.at + 2] in (["most", "distant"], ["most", "remote"]):
                first = "farthest"  # "the one most distant from the terminal"
            if first in NEAREST or first in FARTHEST:
                # at "to"/"from" ("closest to the bottom edge"), or at the place ("nearest the top"); a
                # comparative as its superlative ("of the two, the one farther from the road")
                mark, self.at = self.at, self.at + max(length - 1, 1)
                if self._toward_place(phrase, closest=first in NEAREST):
                    if self.words[self.at] == "than":  # "closer to the center than the other one"
                        self.at += 1
                        self.at -= not self._the_others()
                    return True
                edge = self._view_edge(self.at + (self.words[self.at] in ("to", "from")))
                if edge is not None and first in NEAREST:
                    phrase.order("outermost", self.words[start:edge], self.unread, both=phrase is self.target)
                    self.at = edge  # "closest to the edge of the image"
                    return True
                self.at = mark
                ordering = "closest" if first in NEAREST else "farthest"
            self.at += length
            if ordering and self._from_its_middle(phrase, ordering, start):
                return True
            if " ".join(self.words[start : self.at]) in AT_A_PART or (
                kind in ("near", "along") and self._at_a_part()
            ):
                self._not_judged("part", start)  # "docked at the tip of the pier": near it, which part not
            elif " ".join(self.words[start : self.at]) in ALIGNED:
                self._not_judged("alignment", start)  # "parallel to the pier": by it, lying which way not
            # "close to the right edge of the image", "next to the bottom": a place in the view
            if kind == "near" and self._position(phrase):
                if ordering:  # "farthest from the center of the image": not judged
                    self.unread.append(first)
                return True
        elif phrase.last_order in ("closest", "farthest") and self.words[self.at] in ("to", "from"):
            kind = "near" if phrase.last_order == "closest" else "far_from"  # "the closest tank to the road"
            self.at += 1
        elif self.words[self.at : self.at + 2] == ["out", "of"] and self._after_motion():
            kind = "near"  # "driving out of the parking lot": at its edge; "the car out of the lot" is unread
            self.at += 2
        else:
            return False
        others_at = self.at
        if kind in COMPARISONS and self._the_others():
            # "next to the truck that is larger than the other cars": the cars are the target's kind, not
            # the truck's ("next to the vehicle that is larger than the other vehicles" is the vehicle's)
            named = [
                name_of(self.words[at : self.at])[0]
                for at in range(others_at, self.at)
                if self._known_noun(at)
            ]
            anchor_kind = self.target.relations[-1].anchor if self.target.relations else None
            theirs = named[:1] == [self.target.noun] and anchor_kind and not self._of_its_kind(anchor_kind)
            anchors = phrase is self.target and not theirs and self._after_an_anchor_s_clause(start)
            similar = kind == "similar_size_to"
            # "not as large as the others" is smaller, not "not of a similar size": named
            unsaid = similar and (phrase is not self.target or self.negating or self.excluding)
            if anchors or unsaid or (similar and not self.target.noun):
                self._name_unread(start)  # "next to a ship that is bigger than the others": the ship's
                return True
            if kind != "similar_size_to":
                largest = "largest" if kind == "larger_than" else "smallest"  # "larger than the others"
                phrase.order(largest, self.words[start : self.at], self.unread, both=phrase is self.target)
                return True
            # "similar in size to its neighbours": to the others of its kind near it
            phrase.relations.append(
                Relation("similar_size_to", self.target.noun, anchor_qualifiers=Qualifiers(count=None))
            )
            return True
        if kind in COMPARISONS and phrase is self.target and self._after_an_anchor_s_clause(start):
            # "next to the truck that is larger than the bus near the road": the truck's clause, maybe, to
            # its end
            self._name_to_the_next_break(start, self.at)
            return True
        if kind == "far_from" and phrase is self.target and (self._the_others() or self._the_group()):
            phrase.isolated = True  # "separated from the others", "from the group": far from the others
            return True
        if kind in ("near", "along") and phrase is self.target and self.target.noun and self._others_alone():
            # "parked alongside others", "next to the others": near others of its kind
            phrase.relations.append(
                Relation("near", self.target.noun, anchor_qualifiers=Qualifiers(count=None))
            )
            return True
        if self._own_part(start):  # "at its booths", "in its center"
            return True
        extent = self.at + (self.words[self.at] == "the")
        extent += self.words[extent] in ("full", "whole", "entire")
        if kind in ("crossing", "along") and self.words[extent : extent + 2] in (
            ["width", "of"],
            ["length", "of"],
        ):
            self.at = (
                extent + 2
            )  # "spanning the width of the river", "along the length of the pier": the river
        anchor = Phrase()
        if kind == "between" and self._between_two_looks(phrase):
            return True
        if kind in COMPARISONS and (self._than_them(phrase, kind) or self._than_most(phrase, kind)):
            return True
        ended = self.at >= self.end or self.at in self.breaks
        if (
            kind in ("larger_than", "smaller_than")
            and self.compared_to_group
            and ended
            and phrase is self.target
        ):
            # "Compared to the other planes, the plane on the left is slightly smaller": the smallest of them
            phrase.order(
                "largest" if kind == "larger_than" else "smallest", self.words[start : self.at], self.unread
            )
            return True
        if not self._anchor(anchor):
            if kind == "crossing" and self.words[start] in ("crossing", "spans", "spanning", "crosses"):
                self.at = start + 1  # "the pedestrians crossing at the zebra crossing", "spans horizontally"
                return True
            self.at = start  # "the tank in the picture": no anchor, nothing to relate to
            return False
        if kind == "near_middle_of" and not self._a_middle_to_measure_from(phrase, anchor, start):
            kind = "middle_of"  # "the closest car to the center of the road": closest along what? named
            self.unread.append(str(phrase.drop_last_order()))
        if anchor.noun in WAYS_OF_LYING and kind == "inside":
            # "in a vertical orientation", "in a diagonal position": which way it lies, no object; in an
            # anchor's clause ("next to the bus which is in a vertical orientation"), named
            if (
                anchor.orientation
                and phrase.orientation in (None, anchor.orientation)
                and anchor.empty_but_lying
                and not self._anchor_s_relative_clause(start)
            ):
                phrase.orientation = anchor.orientation
            else:
                self._name_unread(start)  # "in a red position": nothing it lies in
            return True
        covered = self.words[start] in ("under", "beneath", "underneath") and start == self.target_end
        covered = covered or (
            self.words[start] in ("by", "with")
            and self.words[start - 1] == "covered"
            and start - 1 == self.target_end
        )  # "the tricycle under a red canopy", "covered by a green sunshade": its own canopy, right after it
        one_each = (
            not (phrase.plural and anchor.how_many == 1) and not anchor.by_group
        )  # not "under one canopy"
        if (
            covered
            and one_each
            and phrase is self.target
            and not phrase.relations
            and self.words[self.at] != "of"
            and self._canopy(phrase, anchor, start)
        ):
            return True
        said = LEXICON.of(str(anchor.noun))
        if anchor.noun in ASPECTS_OF_ITS_OWN:  # "longer than the width of the road": a measure, no object
            self._name_unread(start)
            return True
        if (said & {"part", "place_part"} and not said & set(NOUNS)) or "arrangement" in said:
            # "containers on deck": on a part of its own; "connecting the two banks": of what?
            self._name_unread(start)
            return True
        if self.words[start] in ("towards", "toward", "to", "away") and self._after_motion(start):
            # "walking toward the mall", "facing toward the road": where it goes or faces, not where it
            # is; not judged ("driving into the parking lot" is in it, as it enters)
            self._not_judged("motion", start)
            return True
        second = None
        sided = self.words[self.at : self.at + 2] in (["on", "its"], ["to", "its"])
        if kind == "between" and sided and self.words[self._places(self.at + 2)[0]] == "and":
            # "between a larger plane on its left and a smaller one on its right": each on its side too
            self._compared_to_its_side(phrase, anchor)
        if kind == "between" and self.words[self.at : self.at + 1] == ["and"]:
            self.at += 1
            second = Phrase()
            if not self._anchor(second):
                second = None
            elif self.words[self.at : self.at + 2] in (["on", "its"], ["to", "its"]):
                self._compared_to_its_side(phrase, second)
        if ordering:  # "closer to the terminal": the closest, as another order said or as the only one
            phrase.order(ordering, [first], self.unread, both=phrase is self.target)
            if self.words[self.at] == "than" and ordering in (phrase.ordering, *phrase.also_first):
                mark, self.at = self.at, self.at + 1
                if not self._the_others():  # "... than the others": among them, as the closest is
                    self.at = mark
        if kind == "crossing" and "spans" not in LEXICON.of(str(self.target.noun)):
            kind = "inside"  # "the cars crossing the intersection" are on it; a bridge spans a river
        if (
            self.words[start] in ("surrounded", "enclosed", "encircled", "encompassed", "ringed")
            and anchor.how_many != 1
        ):
            kind = "near"  # "surrounded by trees": among them; "surrounded by a running track": inside it
        group = phrase is self.target and anchor.noun == phrase.noun and anchor.how_many != 1
        group = group and replace(anchor.qualifiers(), count=None, position=()) == Qualifiers(count=None)
        group = group and kind not in COMPARISONS  # "larger than the two tanks to its left": than each
        group = group and not (kind == "between" and anchor.how_many == 2)  # "between two cars": two others
        if group and not anchor.other and (order := ORDER_OF_DIRECTION.get(kind)):
            # "on the far right of all storage tanks": the rightmost of them (another order said: named)
            phrase.order(order, self.words[start : self.at], self.unread)
            return True
        if group and not anchor.other and not phrase.ordering and kind == "middle_of":
            if anchor.how_many == 2:  # "the car in the middle of two cars": between them
                phrase.relations.append(Relation("between", anchor.noun, anchor.noun))
                return True
            # "the car in the middle of the three cars at the top": the middle of them, where they are
            phrase.ordering, phrase.position = "middle", phrase.position + anchor.position
            return True
        if group and kind == "far_from":
            phrase.isolated = True  # "isolated from the cluster of tanks": far from the others
            return True
        ended = self.at >= self.end or self.at in self.breaks  # not "next to the cars parked near the bus"
        many = anchor.by_group or anchor.how_many is None  # not "next to two cars": between them, maybe
        placed = anchor.position or phrase.ordering
        if group and kind in ("near", "along") and many and not placed and ended:
            # "parked alongside a row of similar aircraft", "among the tanks": near others of its kind
            phrase.relations.append(Relation("near", phrase.noun, anchor_qualifiers=Qualifiers(count=None)))
            return True
        among = self.words[start] in ("among", "amongst")
        if group and many and among and self._placed_with_them(anchor, start):
            return True
        if group and not anchor.other and not phrase.ordering:
            # "the car on the left of the three cars": where in its own group is not judged
            self._name_unread(start)
            return True
        if group and not anchor.other and phrase.ordering:
            phrase.position += (
                anchor.position
            )  # "the third plane from the right in the row of planes at the top"
            return True  # "the largest among all the planes": the group its superlative is taken in
        first = len(phrase.relations)
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
        if kind in (*COMPARISONS, "near", "along"):  # "next to a smaller field on its left": right of it
            self._compared_to_its_side(phrase, anchor)
        # right after the target's words or a comma (not "on the road connecting the town to ...": the road's)
        own = start in (self.target_end, self.target_end + 1) or start in self.breaks
        if self.words[start] in CONNECTING and self.words[self.at] in ("to", "with") and own:
            # "connecting the island to the mainland": near both
            mark, self.at = self.at, self.at + 1
            another = Phrase()
            if self._anchor(another, one_is_target=False):
                phrase.relations.append(Relation(kind, another.noun, None, distance, another.qualifiers()))
            else:
                self.at = mark
        # "... of a ground track field and the top of a baseball field": another relation; "... of a
        # white building and a parking lot": the same relation to another anchor
        while self.words[self.at : self.at + 1] == ["and"] and kind != "between" and not self._clause_ends():
            mark = self.at
            self.at += 1
            if self._relation(phrase):
                break
            another = Phrase()
            if not self._anchor(another, one_is_target=False):  # "... and the white ones": not an anchor
                self.at = mark
                break
            if "copula" in LEXICON.of(self.words[self.at]):  # ", and the truck is white": its own clause
                self.at = mark
                break
            phrase.relations.append(Relation(kind, another.noun, None, distance, another.qualifiers()))
            if kind in (*COMPARISONS, "near", "along"):  # "by trees on its left and a lot on its right"
                self._compared_to_its_side(phrase, another)
            both = phrase.relations[first]
            if "both" in self.words[start:mark] and both.anchor_qualifiers.count == 2 and not anchor.plural:
                # "next to both the bus and the truck": one bus, one truck
                phrase.relations[first] = replace(
                    both, anchor_qualifiers=replace(both.anchor_qualifiers, count=1)
                )
        return True

    def _after_an_anchor_s_clause(self, at: int, right_after: bool = True) -> bool:
        """What is said at ``at`` may be said of the anchor before it: "the boat next to a ship that is
        bigger than the others", "next to a tank similar in size to its neighbours" (the target has a
        relation, and a relative clause began after its noun, or, ``right_after``, the anchor's noun is
        right before)."""
        if not self.target.relations or at in self.breaks:
            return False
        anchor, named = self.target.relations[-1].anchor, None
        for start in range(self.target_end, at):  # where the anchor was named last ("plane": airplane)
            length = self._known_noun(start) or len(anchor.split())  # "hangar": as typed
            if name_of(self.words[start : start + length])[0] == anchor:
                named = start + length - 1
        if named is None:
            return False
        if any(after in self.breaks for after in range(named + 1, at)):
            return False  # "Among the cars in the lot, the white one that is larger than its neighbours"
        relative = {"which", "that", "who"} & set(self.words[named:at])
        # "next to the road running horizontally": a participle right after the anchor begins its clause
        reduced = at - named == 2 and bool(LEXICON.of(self.words[named + 1]) & {"motion", "state"})
        # "next to a tank similar in size to": right after the anchor's noun
        return bool(relative) or reduced or (right_after and named == at - 1)

    def _compared_by_its_size(self) -> str | None:
        """ "relatively large compared to the others", "small in size relative to the trucks", "has a larger
        size than": the size just said is against what follows, as "larger than" is; the comparing words
        consumed."""
        before = self.at - (self.words[self.at - 1] == "size")  # "has a larger size than"
        before -= self.words[before - 1 : before + 1] == ["in", "size"]  # "small in size compared to"
        size = LEXICON.match(self.words, before - 1, "size")
        if size is None or size[0] != 1 or size[1].value not in ("large", "small") or self.at in self.breaks:
            return None  # not "..., compared to the others it is the brightest"
        if set(self.words[max(before - 4, 0) : before - 1]) & NOT_SO:
            return None  # "less large than the others", "not that large compared to": not larger, named
        compared = self._comparing_at(self.at)
        if not compared:
            return None
        self.at += compared
        return "larger_than" if size[1].value == "large" else "smaller_than"

    def _compared_to_its_side(self, phrase: Phrase, anchor: Phrase) -> None:
        """ "larger than the tank to its right", "adjacent to a soccer field on its left": what it is
        compared to or by lies on its right, so it is left of that anchor (its own right: a tank has none
        of the other's); "the one docked to its right" too. Unread when the side is no side. "with two
        trucks (waiting) behind it", "longer than the cars ahead of it": near it (`_behind_it`)."""
        behind = self._behind_it(self.at)
        if behind:
            self.at = behind
            return
        far = next((said for said in FAR_FROM_IT if self.words[self.at : self.at + len(said)] == said), None)
        if far:  # "with a truck far from it": not beside it, as "with" says; named as typed
            self.unread.extend(self.words[self.at : self.at + len(far)])
            self.at += len(far)
            return
        placed = ("to", "on", "along", "directly", "just", "immediately", "above", "below", "beneath")
        # "the one docked to its right", "the two tanks located directly below it", "moored along its side"
        at = self.at + ("state" in LEXICON.of(self.words[self.at]) and self.words[self.at + 1] in placed)
        at += self.words[at] in ("directly", "just", "immediately", "visible")  # "the one directly below it"
        if self.words[at] in ("on", "at") and self.words[at + 1] in ("its", "their"):
            part = LEXICON.match(self.words, at + 2, "part")  # not "a container on its trailer": carried
            if part and not self._places(at + 2)[1]:  # "with several vehicles (visible) on its deck": on it
                self.at = at + 2 + part[0]
                return
        side = {"above": ["top"], "below": ["bottom"], "beneath": ["bottom"]}.get(self.words[at])
        if side and self.words[at + 1] in ("it", "them"):
            end, places = at + 2, side  # "larger than the plane above it"
        elif side and (at + 1 >= self.end or at + 1 in self.breaks):
            end, places = at + 1, side  # "with a small parking lot below": below it
        elif self.words[at + 1 : at + 3] in (["of", "it"], ["of", "them"]) and self.words[at] in SIDES:
            end, places = at + 3, [self.words[at]]  # "larger than the one left of it"
        elif (
            anchor.one
            and self.words[at : at + 2] == ["to", "the"]
            and self.words[self._places(at + 2)[0]] != "of"
        ):
            end, places = self._places(at + 2)  # "larger than the one (directly) to the left": of it
        elif self.words[at] in ("to", "on", "along") and self.words[at + 1] in ("its", "their"):
            end, places = self._places(at + 2)
            if self.words[end - 1] in ("corner", "end", "edge", "tip", "half", "part", "portion"):
                return  # "next to the building on its left corner": the building's corner, named
        else:
            return
        beside = OPPOSITE_SIDE.get(tuple(places))
        if beside is None:  # "larger than the one to the middle": no side; named, not the target's place
            if anchor.one and self.words[self.at] == "to":
                start, self.at = self.at, end
                self._name_unread(start)
            return
        if self.negating or self.excluding:
            self.spoilt = True  # "not larger than the one to its right": on which side, if not? named
        else:
            phrase.relations.append(Relation(beside, anchor.noun, anchor_qualifiers=anchor.qualifiers()))
        self.at = end

    def _own_part(self, start: int) -> bool:
        """ "its booths", "their back doors", "its center" at the reading point: a part of the object's own,
        not an anchor to judge it against; named unread with what led to it since ``start``."""
        if self.words[self.at] not in ("its", "their") or self._its_neighbour(self.at):
            return False  # "smaller than its neighbour": another of its kind
        self.at += 1
        if not self._noun_phrase(Phrase(), anchor=True):
            self.at = self._places(self.at)[0]
        self._name_unread(start)
        return True

    def _others_alone(self) -> bool:
        """ "others", "the others", "the rest": no kind named (the target's): consumed, True."""
        at = self.at + (self.words[self.at] in ("the", "several", "many", "some", "few"))
        if self.words[at] not in ("others", "rest"):
            return False
        mark, self.at = self.at, at + 1
        if self.words[self.at] == "of":  # "the rest of the cars"
            self.at += 1
            kind = Phrase()
            if not (self._noun_phrase(kind, anchor=True) and self._of_its_kind(kind.noun)):
                self.at = mark
                return False
        return True

    def _the_group(self) -> bool:
        """ "the group", "the cluster" with no kind said (the target's own): consumed, True."""
        at = self.at + (self.words[self.at] in ("the", "its", "their", "this", "that"))
        at += self.words[at] in ("main", "larger", "bigger", "dense", "large", "big")  # "the main cluster"
        collective = LEXICON.match(self.words, at, "collective")
        if collective is None or self.words[at + collective[0]] == "of":
            return False
        after = at + collective[0]  # "the group parked near the hangar": the group's place, not read here
        if LEXICON.of(self.words[after]) & {"state", "motion"} or self._relation_phrase_at(after):
            return False
        self.at = after
        return True

    def _the_others(self) -> bool:
        """ "the others", "the rest", "all the other ships" (the target's own kind): consumed, True."""
        at = self.at
        at += self.words[at] == "all"
        at += self.words[at] in ("the", "its", "their")
        if self.words[at] in ("others", "rest", "neighbors", "neighbours"):  # "larger than its neighbors"
            self.at = at + 1
            return True
        if self.words[at] == "those":  # "bigger than those around it"
            around = next(
                (said for said in THOSE_AROUND_IT if tuple(self.words[at + 1 :][: len(said)]) == said), None
            )
            if around:
                self.at = at + 1 + len(around)
                return True
        after = at + 1 + (self.words[at + 1] == "one")  # "closer to the center than the other (one)"
        alone = after >= self.end or after in self.breaks or begins_where(self.words, after)
        if self.words[at - 1 : at + 1] == ["the", "other"] and alone:
            self.at = after
            return True
        if self.words[at] not in (
            "other",
            "remaining",
            "surrounding",
            "neighboring",
            "neighbouring",
            "nearby",
        ):
            return False
        start, self.at = self.at, at + 1
        group = Phrase()
        the_other = self.words[at - 1 : at + 1] == ["the", "other"]  # "than the other car": of two
        if (
            self._noun_phrase(group, anchor=True)
            and self._of_its_kind(group.noun)
            and (group.plural or the_other)
        ):
            return True
        self.at = start
        return False

    def _its_neighbour(self, at: int) -> int | None:
        """Where "its neighbour", "the immediate neighbor" ends when it starts at ``at``: another of the
        target's kind next to it (its neighbours are the others: `_the_others`); None when it does not."""
        at += self.words[at] in ("its", "their", "the", "a")
        at += self.words[at] in ("immediate", "nearest", "closest", "adjacent", "direct", "nearby")
        return at + 1 if self.words[at] in ("neighbour", "neighbor") else None

    def _of_its_kind(self, noun: str | None) -> bool:
        """``noun`` names the target's own kind: the same, its head ("the row of courts" for a tennis court),
        or vehicles for a car, van, truck or bus ("the car in the row of vehicles"; a vehicle in a row of
        cars is a car, which is not read so)."""
        target = str(self.target.noun)
        return (
            target == noun or target.endswith(f" {noun}") or (noun == "vehicle" and target in MOTOR_VEHICLES)
        )

    def _anchor(self, anchor: Phrase, one_is_target: bool = True) -> bool:
        """The anchor's noun phrase, and what is said right after it about it: a position ("the vehicle on
        the top"), its colours after a relative clause is not read (those belong to the target).
        ``one_is_target``: "the large one" is one of the target's kind."""
        neighbour = self._its_neighbour(self.at) if one_is_target and self.target.noun else None
        if neighbour:
            # "smaller than its neighbour": another of its kind
            self.at, anchor.noun, anchor.other = neighbour, self.target.noun, True
        elif not self._noun_phrase(anchor, anchor=True, as_typed=True):
            if not (one_is_target and anchor.one and self.target.noun):
                return False
            anchor.noun = self.target.noun  # "west of the large one": one of the target's kind
        if anchor.other and self.target.noun and self.target.noun.endswith(" " + str(anchor.noun)):
            anchor.noun = self.target.noun  # the tennis court "far from the other courts": the tennis courts
        self._owner(anchor)
        if self.words[self.at] == "s" and self.words[self.at + 1] in PARTS and self.at not in self.breaks:
            self.at += 2  # "closest to the water's edge": to the water, which part not judged
            self._not_judged("part", self.at - 1)
        elif (
            self.words[self.at] == "s"
            and self.at not in self.breaks
            and (owned := self._places(self.at + 1))[1]
        ):
            # "near the roundabout's center", "in the parking lot's top left corner": a place of its own,
            # not of the view; named
            start, self.at = self.at, owned[0]
            self.at += self.words[self.at] in INNER_PARTS
            self._name_unread(start)
        if anchor.noun == "pedestrian":
            self._dressed(anchor)  # "ridden by a man in red": his clothes' colour, seen from above
        while self.at < self.end:
            mark, said = self.at, Phrase()
            if self.words[self.at] == "from" and anchor.ordinal and not anchor.ordering:
                said.ordinal = anchor.ordinal  # "near the second building from the left": which one
            if anchor.how_many != 1 and self.words[self.at] in GATHERED:
                self.at += 1  # "the other turbines clustered near the top": where they are
            if self.words[self.at] in ("to", "toward", "towards") or not self._position(said):
                self.at = mark
                break  # "driving on the highway toward the bottom": where it goes, not where the road is
            # "... in the middle of the image": the target's place, read again there; "Among the three
            # planes, the middle one": the one's
            if (self.named_image and not anchor.one) or self.words[self.at] in ("one", "ones"):
                # ("larger than the one in the upper left corner of the image": the one's place)
                self.at = mark
                break
            anchor.position += said.position
            anchor.ordering = anchor.ordering or said.ordering
        self._anchor_with(anchor)
        anchor.main_or_named(self.unread)
        if anchor.ordinal and not anchor.ordering:  # "beside the last ship in the row": which, not said
            self.unread.append(anchor.ordinal)
        return True

    def _anchor_with(self, anchor: Phrase) -> None:
        """ "near the shop with a blue awning", "next to the house with a pool": an object right after the
        anchor is the anchor's own; a part's colour ("with a red roof") is left to what reads it."""
        begin = self.at
        relative = self.words[self.at] in ("which", "that") and self.words[self.at + 1] in ("is", "are")
        if relative and self.words[self.at + 2 : self.at + 4] in FILLED_WITH and self.at not in self.breaks:
            self.at += 2  # "in a lot which is dotted with trees": the lot's
        if self.words[self.at] != "with" and self.words[self.at : self.at + 2] not in FILLED_WITH:
            return
        if self.at in self.breaks:
            return  # "east of the pier, with a white deck": the target's, after the comma
        if self._carried(anchor):
            return  # "the man on the tricycle with goods": what it carries, not judged
        mark, unread, had = self.at, len(self.unread), Phrase(noun=anchor.noun)
        if (
            self._with(had, of_an_anchor=True) and had.noun != anchor.noun
        ):  # "near the tricycle with a red awning"
            anchor.noun, anchor.colours = had.noun, anchor.colours + had.colours
            return
        if had.relations and not (had.colours or had.size or had.shape):
            anchor.relations += had.relations
            return
        looks = had.colours or had.size or had.shape or had.ordering
        if looks and not had.relations and len(self.unread) == unread:
            # "next to a house with a gray roof", "the bus with the largest roof": the anchor's own part
            anchor.colours += had.colours
            anchor.size, anchor.shape = anchor.size or had.size, anchor.shape or had.shape
            if had.ordering:
                anchor.order(had.ordering, self.words[mark : self.at], self.unread, had.rank)
            return
        self.at = begin
        del self.unread[unread:]

    def _owner(self, anchor: Phrase) -> None:
        """ "the gate of the parking lot", "the steps of the building": the anchor is near what it is part
        of (its own relation); "the edge of the image", "the lower of the two" are not owners."""
        mark = self.at
        part = "place_part" in LEXICON.of(str(anchor.noun))  # "the tip of the pier": no object of its own
        of = self.words[mark] == "of" or (self.words[mark] == "to" and anchor.noun in WAYS_IN)
        # "the intersection of two roads": the roads that meet there, not a group it is one of
        group = self._of_a_group(mark) and anchor.noun not in ("intersection", "interchange")
        if not of or part or group or self._image_end(mark) is not None:
            return
        self.at += 1
        owner = Phrase()
        if self._noun_phrase(owner, anchor=True) and owner.noun and not LEXICON.of(owner.noun) & {"part"}:
            anchor.relations.append(Relation("near", owner.noun, anchor_qualifiers=owner.qualifiers()))
        else:  # "another plane of the same size": no owner
            self.at = mark

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
        if self.words[at] in ("to", "on", "at", "in", "towards", "toward", "along", "near"):
            at += 1  # "along the right side of the road": on that side of it; "near the center of the lot"
        end, places = self._places(at)
        if not places or end >= self.end:
            return None
        if self.words[end] != "of" and (end in self.breaks or not self._noun_phrase_at(end)):
            return None  # "on the left a white building": "of" left out; not "on the left, a white bus"
        skip_of = 1 if self.words[end] == "of" else 0  # "on the left a white building": "of" left out
        key = tuple(place for place in dict.fromkeys(places) if place != "center")
        # "in the bottom right corner of the parking lot": in a part of it, not beside it
        within = (
            bool(key) and self.words[self.at] in ("in", "at", "on") and self.words[end - 1] in INNER_PARTS
        )
        # "the car parked on the left side of the street", "the ship at the right side of the marina": on its
        # left part, where a tank would be beside it
        ground = self._noun_after(end + skip_of) or ""
        under, noun = LEXICON.of(ground), str(self.target.noun)
        standing = "road user" in LEXICON.of(noun) and "surface" in under
        # "at the far right of the wind farm", "at the far left of the apron": in it
        standing = standing or noun in GROUNDS.get(ground, ())
        standing = standing or (noun == "ship" and "waters" in under and self.words[end - 1] == "side")
        on = self.words[self.at] in ("in", "at", "on", "along")
        within = within or (bool(key) and on and standing)  # "parked at the top of the parking lot"
        kind = DIRECTION_OF_PLACES.get(key or ("center",))
        if within:  # its side or corner, judged where the image frame names one; else in it
            kind = PART_OF_DIRECTION.get(kind, "inside")
        if kind is None:
            return None
        mark = self.at
        self.at = end
        if self._image_phrase():  # "the left of the image": a position, not a relation
            self.at = mark
            return None
        if kind == "inside":  # "in the north part of the lake": in it; where in it is not judged
            self.unread.extend(word for word in self.words[mark:end] if LEXICON.of(word) & {"place"})
        self.at = end + skip_of
        return kind

    def _from_its_middle(self, phrase: Phrase, ordering: str, start: int) -> bool:
        """After "closest to", "farthest from": "the center of the roundabout", "the middle of the apron", the
        order measured from the anchor's middle (`near_middle_of`). Consumed, True. Not a road's or a river's
        middle, a line along it ("closest to the center of the road": named)."""
        mark, anchor = self.at, Phrase()
        if self._direction() != "middle_of" or not self._anchor(anchor):
            self.at = mark
            return False
        if phrase is self.target and self._after_an_anchor_s_clause(start):
            self._name_unread(start)  # "the bus next to the car closest to the center of ...": the car's
            return True
        if not self._a_middle_to_measure_from(phrase, anchor, start):
            self.at = mark
            return False
        phrase.order(ordering, self.words[start : self.at], self.unread, both=phrase is self.target)
        if ordering in (phrase.ordering, *phrase.also_first):  # not named as another order
            relation = Relation("near_middle_of", str(anchor.noun), anchor_qualifiers=anchor.qualifiers())
            phrase.relations.append(relation)
        return True

    def _a_middle_to_measure_from(self, phrase: Phrase, anchor: Phrase, start: int) -> bool:
        """The middle of ``anchor`` is a point an order is measured from: one object, not a group ("the
        center of the cars", "of the two roundabouts") nor one of the target's kind, and not a way whose
        middle is a line along it ("the road"); said of the target ("the bus next to the car closest to the
        center of ..." may be the car's)."""
        one = anchor.how_many == 1 and not anchor.plural and not anchor.by_group
        theirs = phrase is self.target and self._after_an_anchor_s_clause(start)
        return one and anchor.noun not in LONG_WAYS and not self._of_its_kind(anchor.noun) and not theirs

    def _toward_place(self, phrase: Phrase, closest: bool) -> bool:
        """ "furthest to the right", "closest to the bottom edge": the place's own superlative; "closest to
        the center of the image": the most central, "farthest from the center" the outermost."""
        if self.words[self.at] in ("to", "from"):
            end, places = self._places(self.at + 1)
        elif self.words[self.at] in ("up", "down") and (
            self.words[self.at + 1] not in ("the", "a", "an", "this")
            or self._image_end(self.at + 1) is not None
        ):  # "furthest up", "furthest up the image" (not "further up the hill")
            end, places = self.at + 1, ["top" if self.words[self.at] == "up" else "bottom"]  # "furthest up"
        else:  # "furthest north"
            end, places = self._places(self.at)
        corner = self.words[self.at + 1 : self.at + 3] == ["the", "corner"] and one_place(phrase.position)
        if not places and corner and len(sides_of(phrase.position)) == 2:
            # "in the top-left quadrant, closest to the corner": the corner it is in
            end, places = self.at + 3, list(sides_of(phrase.position))
        centre = set(places) == {"center"}  # the most central; "farthest from the center": the outermost
        if centre and not closest and phrase.relations:
            return False  # "the truck next to the car farthest from the center": the car's, maybe
        order = ("central" if closest else "outermost") if centre else ORDER_OF_PLACES.get(sides_of(places))
        if order is None or (self._noun_at(end) and self.words[end : end + 1] != ["of"]):
            return False
        if self.words[end] == "of" and self._image_end(end) is None:
            return False  # "closest to the center of the road": a place of the road's
        start, self.at = self.at, end
        self._image_phrase()
        # "furthest to the right": the rightmost, said in two words ("the largest, furthest to the right")
        if phrase.last_order in ("closest", "farthest"):
            phrase.drop_last_order()
        elif phrase.ordering in ("closest", "farthest"):
            phrase.ordering = None
        if not closest and self.words[self.at] == "than" and self._beyond_an_anchor(phrase, order):
            return True  # "further right than the truck": right of it, not the rightmost
        comparative = self.words[start - 1] in ("further", "farther", "closer", "nearer")
        said = start - 1 - looks_like_participle(self.words[start - 2])  # "the bridge located further down"
        if comparative and phrase is self.target and self._after_an_anchor_s_clause(said):
            # "wider than the overpass further down", "away from the cars further to the right": where the
            # anchor is, maybe; named (a superlative there is the target's: "the bridge over the river
            # closest to the top")
            self.unread.extend(content_words(self.words[start - 1 : self.at]))
            return True
        # "the largest, furthest to the right"
        phrase.order(order, self.words[start : self.at], self.unread, both=phrase is self.target)
        return True

    def _beyond_an_anchor(self, phrase: Phrase, order: str) -> bool:
        """At "than" after "further right": the side of the anchor that follows ("further right than the
        truck": right of it); not "than the others" (the rightmost of them). Consumed, True."""
        beside = {"leftmost": "left_of", "rightmost": "right_of", "topmost": "above", "bottommost": "below"}
        mark, unread, self.at, anchor = self.at, len(self.unread), self.at + 1, Phrase()
        read = order in beside and not self._the_others() and self._anchor(anchor, one_is_target=False)
        named = bool(LEXICON.of(str(anchor.noun)) & set(NOUNS)) or self.words[mark + 1] in ("the", "a", "an")
        if (
            read and named and not (anchor.other or self._of_its_kind(anchor.noun))
        ):  # not "than any other car"
            kind = beside[order]
            phrase.relations.append(Relation(kind, anchor.noun, anchor_qualifiers=anchor.qualifiers()))
            return True
        self.at = mark
        del self.unread[unread:]
        return False

    def _whole_in_view(self, phrase: Phrase) -> bool:
        """ "the complete tennis court", "which is fully visible": not cut off by the view's edge, those
        that are taken away (said with the words typed); inside another set, named."""
        match = LEXICON.match(self.words, self.at, "whole")
        if match is None:
            return False
        start, self.at = self.at, self.at + match[0]
        another = self.target.noun is not None and (self._noun_follows(self.at) or self._noun_at(self.at))
        # "the complete row of cars": all of them, not wholly in view
        another = another or bool(LEXICON.match(self.words, self.at, "collective", "arrangement"))
        if phrase is not self.target or self.negating or self.excluding or another:
            self.spoilt = self.spoilt or bool(self.negating or self.excluding)
            self._name_unread(start)  # "not fully visible", "next to the complete court": named
            return True
        typed = " ".join(self.words[start : self.at])
        self.excluded.append((Exclusion(typed, Qualifiers(count=None, truncated=True)), None))
        return True

    def _clear_of_the_edge(self, phrase: Phrase) -> bool:
        """ "near the top edge but not touching it", "close to the border without touching it": wholly in
        view, as "fully visible" says (those cut off by the edge are taken away)."""
        at = self.at + (self.words[self.at] == "but")
        if self.words[at : at + 3] not in (["not", "touching", "it"], ["without", "touching", "it"]):
            return False
        # the view's edge, said right before: not "near the edge of the pier", "at the edge beside the bus"
        edge = next((e for e in range(self.at - 1, max(self.at - 6, 0), -1) if self.words[e] in EDGES), None)
        edge = edge is not None and (edge + 1 == self.at or self._image_end(edge + 1) == self.at)
        if phrase is not self.target or self.negating or self.excluding or not edge:
            return False  # "near the road but not touching it": of the road, nothing judged; named
        start, self.at = self.at, at + 3
        typed = " ".join(self.words[start : self.at])
        self.excluded.append((Exclusion(typed, Qualifiers(count=None, truncated=True)), None))
        return True

    def _cut_off(self, phrase: Phrase) -> bool:
        """ "partially cut off by the left edge of the image", "truncated at the border", "clipped by the
        image border": it touches the view's edge (that one, when named). Cut off by something else ("by
        the bus") is hidden by it: not judged, and named."""
        match = LEXICON.match(self.words, self.at, "truncated")
        edge_only = match is None and "cut" in LEXICON.of(self.words[self.at])  # "clipped by the border"
        if match is None and not edge_only:
            return False
        start, at = self.at, self.at + (match[0] if match else 1)
        if self.words[at] in ("by", "at", "on", "along"):
            end, places = self._places(at + 1)
            if not places:  # "by the edge of the image", "by the image border"
                end = at + 1
                while LEXICON.of(self.words[end]) & {"determiner", "image", "image_kind", "place_part"}:
                    end += 1
            if end > at + 1 and LEXICON.of(self.words[end - 1]) & {"image", "place_part"}:
                phrase.position += places
                phrase.truncated, self.at = True, end
                self._image_phrase()  # "... of the image"
                return True
            if edge_only:
                return False
            self.at = at + 1  # "cut off by the bus": hidden by it
            self._noun_phrase(Phrase(), anchor=True)
            self._name_unread(start)
            return True
        if edge_only:
            return False
        phrase.truncated, self.at = True, at  # "partially cut off", "truncated"
        return True

    def _dressed(self, phrase: Phrase) -> bool:
        """ "the man in a red shirt", "the woman wearing a black jacket", "people dressed in white": what a
        person wears, right after the person's noun, whose colour from above is the person's."""
        person = phrase.noun == "pedestrian" and (phrase is not self.target or self.at == self.target_end)
        if not person:
            return False
        start = self.at
        if self.words[start : start + 2] == ["dressed", "in"]:
            self.at += 2
        elif self.words[start] in ("wearing", "wears", "in", "with"):
            self.at += 1
        else:
            return False
        worn = Phrase()
        self._qualities_run(worn)
        if any(at in self.breaks for at in range(start + 1, self.at)):
            self.at = start  # "next to the man in red, a white one": the white is not his
            return False
        clothing = LEXICON.match(self.words, self.at, "clothing")
        # "in red", but not "with a red tail" nor "in the red square"
        bare = self.words[start] != "with" and not self._noun_at(self.at)
        bare = bare and self.words[start + 1] != "the"  # "in the red square" is a place
        bare = bare and not LEXICON.of(self.words[self.at]) & {"part", "minor_part"}
        if worn.colours and (clothing or bare):
            self.at += clothing[0] if clothing else 0
            phrase.colours += worn.colours
            while clothing and self.words[self.at] == "and":  # "in a white shirt and blue jeans"
                mark, more = self.at, Phrase()
                self.at += 1
                self._qualities_run(more)
                clothing = LEXICON.match(self.words, self.at, "clothing")
                if not (clothing and more.colours):
                    self.at = mark
                    break
                self.at += clothing[0]
                phrase.colours += more.colours
            return True
        if clothing and self.words[start] != "in":  # "wearing a jacket": nothing to select on
            self.at += clothing[0]
            self._name_unread(start)
            return True
        self.at = start
        return False

    def _with(self, phrase: Phrase, of_an_anchor: bool = False, listed: bool = False) -> bool:
        """ "with a white body", "with red roofs": the object's own colour; "with a pool", "a stadium has a
        baseball field": the relation `with` (on it, in it or beside it); then each next thing of the
        target's list ("with a red infield, a green outfield, and a parking lot"). ``of_an_anchor``: said
        right after an anchor, of it ("not on a road filled with trees": the road's, inside what is
        negated). ``listed``: at "and" or after a comma, the next of what it was said to have ("with a green
        field and a white roof": its roof, as "with a white roof" is)."""
        begins = self.at
        if not listed:  # the target's own list, not after an anchor ("near the house which has a pool and")
            after_an_anchor = phrase.relations and begins not in self.breaks
            own_verb = self.words[begins - 1] in ("it", "and") and "which" not in self.words[:begins]
            self.own_list = phrase is self.target and not (after_an_anchor and not own_verb)
        if not self._with_one(phrase, of_an_anchor, listed):
            return False
        if self.own_list and not listed and not self._after_motion(begins):
            while self._and_another_it_has(phrase):
                pass
        return True

    def _with_one(self, phrase: Phrase, of_an_anchor: bool, listed: bool) -> bool:
        """One thing `_with` reads."""
        begins = self.at
        verb = self.words[self.at]
        which = self.at - 1 - (self.words[self.at - 1] == "also")  # "which also has"
        anchored = phrase.relations or self._relations_taken_away(last_set=True)  # "not near the house which"
        relative = phrase is self.target and anchored and self.words[which] in ("which", "that")
        if relative and ((verb == "has" and phrase.plural) or (verb == "have" and not phrase.plural)):
            # "the houses near the house which has a pool": the anchor's, by its number; named
            self._name_to_the_next_break(self.at, self.at + 1)
            return True
        own = phrase is self.target and (not phrase.relations or self.at in self.breaks)  # not "near a house
        # with no pool": the house's
        counted = self.words[self.at + 2] in ("fewer", "less", "more", "than")  # "with no fewer than ten"
        if self.words[self.at] in HAVING and self.words[self.at + 1] == "no" and own and not counted:
            return self._exclusion(2, "without")  # "with no cars around it", "has no boats docked at it"
        if self._with_an_axis(phrase):
            return True
        reason = LEXICON.match(self.words, self.at, "reason")
        # "and it has", "and it is characterized by", "parked along the road and with a dark roof", "the
        # car next to the bus has a red roof" (its own verb): said of the target, whatever anchors came
        # before (not "next to a court which ... and has": the court's)
        between = self.words[self.target_end : self.at]
        relative = {"which", "that", "who", "with"} & set(between)
        # the sentence's own verb, right after what follows the target: not after another subject ("and
        # the building has", "both have", "one of them has", "where the bus has")
        own_verb = self.words[self.at] in ("has", "have") and not {"and", "where", "while", "both"} & set(
            between
        )
        own_verb = own_verb and not any(at in self.breaks for at in range(self.target_end + 1, self.at + 1))
        its_own = self.words[self.at - 1] == "it" or (self.words[self.at - 1] == "and" and not relative)
        its_own = its_own or (own_verb and not relative)
        its_own = its_own or self.words[self.at - 2 : self.at] in (["it", "is"], ["it", "s"])
        if reason and phrase is self.target and phrase.relations and not its_own:
            return False  # "the car near the tank, distinguished by its white roof": whose? named
        described = reason and self.words[self.at] not in ("due", "because", "thanks", "owing", "by")
        if described and self.words[self.at + reason[0]] not in ("the", "this", "that", "being"):
            # "distinguished by its T-shaped tail", "characterized by a long pier", "by two runways": as
            # "with" them (not "due to the bus")
            self.at += reason[0] - 1
        elif self.words[self.at : self.at + 2] in FILLED_WITH:
            if (self.negating or self.excluding) and not of_an_anchor:
                return False  # "not full of cars" is not "without cars": named
            self.at += 1  # "a parking lot filled with cars": with them
        elif self.words[self.at : self.at + 2] in (["consisting", "of"], ["consists", "of"], ["made", "up"]):
            self.at += 1 + (self.words[self.at + 2] == "of")  # "consisting of a long dock": with it
        elif self.words[self.at] not in HAVING and not listed:
            return False
        following = self.words[self.at + 1]
        participle = following.endswith("ed") and not LEXICON.of(following)  # not "red", "curved", "shed"
        verb = self.at + 1 + (following in ("not", "never"))  # "has not left the lot": the verb left
        left = self.words[verb] == "left" and (
            self._noun_follows(verb + 1) or (self.words[verb + 1] in ("the", "a") and self._noun_at(verb + 2))
        )
        if self.words[self.at] in ("has", "have") and (
            following in ("just", "been", "already") or participle or left
        ):
            self.at += 1 + (following in ("just", "been", "already"))  # "that has just entered": a tense
            return True
        start = self.at
        self.at += not listed or self.words[self.at] == "and"  # (", a green outfield": no word before)
        self.at += self.words[self.at] in ("its", "their")  # "with its wings spread wide"
        part = Phrase()
        self._qualities_run(part)
        noun_after = self._noun_at(self.at) or bool(LEXICON.match(self.words, self.at, "part", "minor_part"))
        if part.size and self.words[self.at - 1] == "size" and not (part.colours or part.shape or noun_after):
            # "with a medium size": its own ("medium size" is one entry); "the small tank with a medium size"
            if phrase.size not in (None, part.size):
                self._name_unread(begins)
            phrase.size = phrase.size or part.size
            return True
        said = LEXICON.match(self.words, self.at, "unjudged")
        if said and said[1].value and said[0] > 1:  # "with a flat roof": its roof's pitch, not judged
            self.at += said[0]
            self._not_judged(said[1].value, start)
            return True
        look = LEXICON.match(self.words, self.at, "unjudged")
        # "with a shiny roof", "with a tiled roof", "with a shiny metal roof", "with a flat gray roof", "with
        # faded lines": its look, what it is made of, its pitch, its state
        while look and look[1].value in ("look", "material", "height", "condition"):
            mark = self.at
            self.at += look[0]
            self._not_judged(look[1].value, mark)
            self._qualities_run(part)
            look = LEXICON.match(self.words, self.at, "unjudged")
        describing = []
        while self._describes_a_part(self.at):
            describing.append(self.words[self.at])  # "with a flat roof", "with swept back wings"
            self.at += 1
        small = LEXICON.match(self.words, self.at, "minor_part") if self.at < self.end else None
        if small and self.words[self.at + small[0]] != "of":  # not "with lines of cars"
            self.at += small[0]  # "with a blue tail": not the object's colour, and not judged
            self._part_shown(phrase)
            self._and_another_part(phrase)  # "has a brown infield and green outfield"
            self._not_judged("part", start)
            return True
        if self.at < self.end and "part" in LEXICON.of(self.words[self.at]):
            after_an_anchor = phrase is self.target and phrase.relations and start not in self.breaks
            after_an_anchor = after_an_anchor and not listed
            # "not the smaller one with a red roof": the roof of what is taken away, which this reading
            # cannot give it; named, never the target's
            taken_away = (self.negating or self.excluding) and phrase is self.target
            if ((after_an_anchor and not its_own) or taken_away) and (part.ordering or part.colours):
                # "the car next to the bus with the largest roof": the bus's roof, maybe; named
                self.at += 1
                self._name_unread(start)
                return True
            own = phrase is not self.target or start == self.target_end  # right after its noun
            if phrase.noun == "tricycle" and own and singular(self.words[self.at]) in CANOPIES:
                phrase.noun = (
                    "awning tricycle"  # "the tricycle with a blue canopy": its canopy, seen from above
                )
            self.at += 1
            self.unread.extend(describing)
            if part.ordering:  # "the car with the largest roof": the largest car
                phrase.order(part.ordering, self.words[start + 1 : self.at], self.unread, part.rank)
            phrase.colours += part.colours
            phrase.size, phrase.shape = part.size or phrase.size, part.shape or phrase.shape
            self._and_another_part(phrase)  # "with a blue surface and white lines"
            return True
        self.at = start + 1
        if self._own_part(start):  # "with its back doors open"
            return True
        anchor = Phrase()
        if self._anchor(anchor):  # "a stadium has a baseball field", "an airport with two long runways"
            self._its_place_after_a_comma(anchor, start)
            if anchor.noun in ASPECTS_OF_ITS_OWN:  # "with a hexagonal shape": its own outline, no object
                if "of" in self.words[start : self.at]:  # "with the length of a bus": against what? named
                    self._name_unread(start)
                    return True
                phrase.colours += anchor.colours
                phrase.size, phrase.shape = phrase.size or anchor.size, phrase.shape or anchor.shape
                phrase.position += anchor.position  # "with a hexagonal shape on the left"
                if anchor.ordering:  # "the tank with the second largest diameter"; "the smallest tank with
                    # the largest diameter": which? named
                    phrase.order(anchor.ordering, self.words[start + 1 : self.at], self.unread, anchor.rank)
                return True
            if self._canopy(phrase, anchor, start):  # "the tricycle with a blue awning", "with canopies"
                return True
            head = part_named(anchor.noun)
            if head:
                # a part of its own, however named: "with a blue playing surface" is blue, as "with a blue
                # surface" is; "with a loaded bed" a small part's look, not judged
                after_an_anchor = phrase is self.target and phrase.relations and start not in self.breaks
                after_an_anchor = after_an_anchor and not listed
                # "... next to a field and has a blue playing surface": the sentence's own verb
                relative = {"which", "that", "who"} & set(self.words[self.target_end : start])
                own_verb = self.words[start - 1 : start + 1] == ["and", "has"] and not relative
                after_an_anchor = after_an_anchor and not (
                    own_verb or its_own
                )  # not "a court which ... and has"
                looks = anchor.colours or anchor.size or anchor.shape
                said = self.words[start + 1 : self.at - 1]  # "a white-lined surface": the lines' white
                described = any(
                    word.endswith("ed")
                    and not LEXICON.of(word) & {"colour"}
                    and word not in ("colored", "coloured")
                    for word in said
                )
                if "minor_part" in head or not looks or described:  # "a white-lined surface": its lines
                    self._not_judged("part", start)
                elif after_an_anchor:
                    self._name_unread(start)  # "next to the bus with a blue playing surface": whose?
                else:
                    phrase.colours += anchor.colours
                    phrase.size, phrase.shape = anchor.size or phrase.size, anchor.shape or phrase.shape
                return True
            own = anchor.noun == phrase.noun and not anchor.other and anchor.how_many == 1
            # "with a white plane to its left, on the left, adjacent to it": another plane there (not "with
            # a red running track encircling the field", nor "with the one on the left being larger")
            at = self.at + (self.words[self.at] in ("to", "on", "at"))
            beside_it = begins_relation(self.words, self.at) and "it" in self.words[self.at : self.at + 4]
            placed_beside = beside_it or bool(
                LEXICON.match(self.words, at + (self.words[at] in ("its", "the")), "place")
            )
            placed_beside = placed_beside or (bool(anchor.position) and not anchor.one)  # "on the left"
            if own and not placed_beside and "road user" not in LEXICON.of(str(phrase.noun)):
                # "the ground track field with a red running track": its part ("the woman with her child"
                # is with another person; "the plane with a white plane to its left" with another plane)
                phrase.colours += anchor.colours
                return True
            along = self._after_motion(start)  # "walking with an adult", "riding with a passenger"
            kind = "near" if along else "with"
            self._lying(anchor)  # "with a runway oriented diagonally": the runway's
            self._in_its_middle(anchor)
            phrase.relations.append(Relation(kind, anchor.noun, anchor_qualifiers=anchor.qualifiers()))
            if kind == "with" and self._had_inside_it():
                pass
            elif kind == "with" and self.words[self.at] in ("attached", "connected"):
                self.at += 1  # "with a jet bridge attached"
            else:
                self._compared_to_its_side(phrase, anchor)
            while kind == "with" and self._and_another_it_has(phrase):
                pass  # "with a terminal building and a runway"
            return True
        self.at = begins
        return False

    def _than_most(self, phrase: Phrase, kind: str) -> bool:
        """ "larger than most of the other harbors", "smaller than most ships": large (or small) among its
        kind, as said (not the largest). Consumed, True."""
        if (
            self.words[self.at] != "most"
            or kind not in ("larger_than", "smaller_than")
            or phrase is not self.target
        ):
            return False
        start = self.at
        self.at += 1 + 2 * (self.words[self.at + 1 : self.at + 3] == ["of", "the"])
        group = Phrase()
        own = self._the_others() or (
            self._noun_phrase(group, anchor=True) and self._of_its_kind(group.noun) and group.plural
        )
        if not own:
            self.at = start
            return False
        size = "large" if kind == "larger_than" else "small"
        if phrase.size not in (None, size):
            self._name_unread(start)  # "the small ship, larger than most ships": which? named
        phrase.size = phrase.size or size
        if self.at in self.breaks and self.words[self.at] in ("which", "that", "who"):
            self._name_to_the_next_break(self.at, self.at + 1)  # "..., which are white": theirs
        return True

    def _than_them(self, phrase: Phrase, kind: str) -> bool:
        """ "between two other planes, smaller than both of them", "next to the trucks, larger than them":
        compared to what it was last related to; consumed, True."""
        said = next((said for said in THEM if self.words[self.at : self.at + len(said)] == said), None)
        if said == ["both"] and not (self.at + 1 >= self.end or self.at + 1 in self.breaks):
            return False  # "larger than both the bus and the truck"
        last = phrase.relations[-1] if phrase.relations else None
        if said is None or last is None or last.second_anchor not in (None, last.anchor):
            return False
        self.at += len(said)
        phrase.relations.append(Relation(kind, last.anchor, anchor_qualifiers=last.anchor_qualifiers))
        return True

    def _between_two_looks(self, phrase: Phrase) -> bool:
        """After "between": "a white and a red car", two of one kind said once, each with its own looks;
        consumed, True; or False, and nothing read."""
        start, first, second = self.at, Phrase(), Phrase()
        if self.words[self.at] not in ("a", "an", "the"):
            return False
        self.at += 1
        while self._quality(first):
            pass
        if (
            self.at == start + 1
            or self.words[self.at] != "and"
            or self.words[self.at + 1] not in ("a", "an", "the")
        ):
            self.at = start
            return False
        self.at += 1
        if not self._anchor(second) or second.how_many != 1:
            self.at = start
            return False
        first.noun = second.noun
        phrase.relations.append(
            Relation("between", second.noun, second.noun, None, first.qualifiers(), second.qualifiers())
        )
        return True

    def _behind_it(self, at: int) -> int:
        """Where "(waiting) behind it", "ahead of it", "in front of them" ends when it begins at ``at``, or
        0: a neighbour before or after it, which seen from above is only near it, as "behind the truck" is
        (read, and nothing more)."""
        at += "state" in LEXICON.of(self.words[at]) or self.words[at] in ("waiting", "queued", "queuing")
        at += self.words[at] in ("right", "just", "directly", "immediately")
        for said in (["behind"], ["ahead", "of"], ["in", "front", "of"]):
            if self.words[at : at + len(said)] == said and self.words[at + len(said)] in ("it", "them"):
                return at + len(said) + 1
        return 0

    def _with_an_axis(self, phrase: Phrase) -> bool:
        """ "with an east-west orientation", "with an orientation east-west", "having a north-south
        alignment": the way it lies. Consumed, True."""
        at = self.at + 1 + (self.words[self.at + 1] in ("a", "an", "its"))
        way = self.words[at] in ("orientation", "alignment", "direction", "axis")
        axis = LEXICON.match(self.words, at + way, "orientation")
        if self.words[self.at] not in HAVING or axis is None:
            return False
        end = at + way + axis[0]
        if not way and self.words[end] not in ("orientation", "alignment", "direction", "axis"):
            return False
        end += not way
        if phrase is self.target and phrase.relations and self.at not in self.breaks:
            # "next to the road with an east-west orientation": the road's, maybe; named
            start, self.at = self.at, end
            self._name_unread(start)
            return True
        if phrase.orientation not in (None, axis[1].value):
            self.unread.extend(self.words[self.at : end])  # "the vertical road with an east-west ...": which?
        phrase.orientation, self.at = phrase.orientation or axis[1].value, end
        return True

    def _canopy(self, phrase: Phrase, anchor: Phrase, start: int) -> bool:
        """A tricycle's canopy, what is seen of it from above: "the tricycle with a blue awning", "tricycles
        with awnings", "under a green canopy" make it an awning tricycle of the canopy's colour; "with the
        largest awning" is a relation (an awning's colour, count and place only)."""
        said = anchor.qualifiers()
        if phrase.noun != "tricycle" or anchor.noun not in CANOPIES or said.count not in (1, None):
            return False
        if said != Qualifiers(count=said.count, colours=said.colours, position=said.position):
            return False
        phrase.noun = "awning tricycle"
        if phrase.colours and anchor.colours:  # "the red tricycle with a blue awning": red, under it, named
            self.unread.extend(phrase.colours)
            phrase.colours.clear()
        phrase.colours += anchor.colours
        on_top = " on top" in " ".join(self.words[start : self.at])
        # "with awnings at the bottom right": where they are; "with an awning on top": its own top
        phrase.position += anchor.position[1:] if on_top else anchor.position
        return True

    def _anchor_s_place(self) -> bool:
        """A place in a relative clause right after an anchor's noun ("the car next to the bus which is on
        the left"): the anchor's, when it is the last relation's and has no other place; else named.
        Consumed, True; False when no place is said here."""
        start, said = self.at, Phrase()
        if not self._position(said) or not said.position or said.ordering:
            self.at = start
            return False
        whose = self._of_the_anchor(start)
        if whose not in ("anchor_qualifiers", "second_qualifiers"):
            self._name_unread(start)
            return True
        relation = self.target.relations[-1]
        own = getattr(relation, whose)
        if own.position and set(own.position) != set(said.position):
            self._name_unread(start)  # "next to the bus on the right which is on the left": which?
            return True
        given = replace(own, position=tuple(dict.fromkeys([*own.position, *said.position])))
        self.target.relations[-1] = replace(relation, **{whose: given})
        return True

    def _anchor_s_course(self, phrase: Phrase, at: int) -> bool:
        """Right before ``at``, a verb of a road's or a river's course follows the last anchor's noun ("next
        to a road running through the middle", "near the river flowing across the image"), of ``phrase``'s,
        the target's or a set's taken away."""
        verb = at - 1
        relations = self._last_anchors(phrase)
        if self.words[verb] not in ANCHOR_S_COURSE or verb in self.breaks or not relations:
            return False
        noun_end = verb - 1  # "the road that runs through the middle": its clause too
        noun_end -= self.words[noun_end] in ("that", "which") and noun_end not in self.breaks
        anchors = {str(relation.anchor) for relation in relations}
        # the anchor as typed or as named ("near the highway running ...": a road)
        said = any(
            name_of(self.words[noun_end - length + 1 : noun_end + 1])[0] in anchors
            for length in range(1, 4)
            if noun_end - length + 1 > self.target_end
        )
        # (not who runs: "the man on the road running north" is his own way)
        return said and str(self.target.noun) not in RUNNERS

    def _last_anchors(self, phrase: Phrase) -> list[Relation]:
        """The relations of the anchors said last: the target's, the last set's taken away ("not next to the
        bus which is facing up"), and ``phrase``'s when another is being read ("except the ones next to the
        bus which is ...")."""
        relations = [*self.target.relations[-1:], *self._relations_taken_away(last_set=True)[-1:]]
        return relations + (phrase.relations[-1:] if phrase is not self.target else [])

    def _its_anchor_runs(self, phrase: Phrase, at: int) -> bool:
        """The way said at ``at`` follows a verb only a road or a river does, after a comma ("the car on the
        road, which runs east-west"): said of ``phrase``'s last anchor, if it is such a thing, not of it
        ("except the ones on the road which runs north": the road's)."""
        verb = self._verb_before_a_way(at)
        verb -= self.words[verb] in ("running", "flowing", "winding", "cutting") and self.words[verb - 1] in (
            "is",
            "are",
        )
        said = self.words[verb + (self.words[verb] in ("is", "are"))]
        # the target's own, in a clause of its own: "the man on the road, who is running ...", "the person
        # crossing the street, running ..." ("the man next to the river which flows ...": the river's)
        relative = self.words[verb - 1] in ("which", "that") or self.words[verb - 2 : verb] == ["which", "is"]
        runner = str(self.target.noun) in RUNNERS and said in ("running", "runs", "run")
        crossing = "crossing" in self.words[self.target_end : verb]
        its_own = "who" in self.words[verb - 2 : verb] or (not relative and (runner or crossing))
        noun = phrase.noun or self.target.noun  # "except the ones ...": of the target's kind
        return bool(phrase.relations) and said in ONLY_RUNNING_DO and str(noun) not in RUNNING and not its_own

    def _verb_before_a_way(self, at: int) -> int:
        """Where the verb is before a way said at ``at`` ("runs east-west", "running in an east-west
        direction", "flows from north to south")."""
        verb = at - 1 - (self.words[at - 1] in ("in", "an", "a", "the", "from"))
        verb -= 2 * (self.words[verb - 1 : verb + 1] == ["the", "image"])  # "crosses the image horizontally"
        return verb - (self.words[verb] == "in")

    def _anchor_lies(self, orientation: str, at: int) -> bool:
        """After the target's last anchor and its own clause ("on the road that runs north-south"), the way
        said at ``at``: the way that anchor lies, when it is a thing that runs somewhere (a road, a river, a
        railway) and the verb is one it does (not "the car on the road parked vertically": the car's, maybe);
        whether it was given."""
        last = self.target.relations[-1]
        verb = self._verb_before_a_way(at)
        # the anchor named last: "between the road and the river running north-south" is the river
        anchor, whose = (
            (last.second_anchor, "second_qualifiers")
            if last.second_anchor
            else (last.anchor, "anchor_qualifiers")
        )
        if self.words[verb] not in RUNS or anchor not in RUNNING:
            return False
        if getattr(last, whose).orientation not in (None, orientation):
            return False
        said = replace(getattr(last, whose), orientation=orientation)
        self.target.relations[-1] = replace(last, **{whose: said})
        return True

    def _lying(self, anchor: Phrase) -> None:
        """Right after an object it has: "oriented diagonally", "running horizontally", how that object
        lies (read as the anchor's, not the target's)."""
        if self.words[self.at] not in LYING or anchor.orientation or self.at in self.breaks:
            return
        orientation = LEXICON.match(self.words, self.at + 1, "orientation")
        if orientation:
            anchor.orientation = orientation[1].value
            self.at += 1 + orientation[0]

    def _and_another_it_has(self, phrase: Phrase) -> bool:
        """After "with a terminal building": "and a runway", "and several trucks", ", a parking lot, and a
        runway", another object it has (`with` it too); "and a white roof", the target's own part or look,
        as "with" it; not "and the bus", another target, nor "and parked", its own words."""
        listed = self.own_list and self.at in self.breaks and self._list_of_had_things_at(self.at)
        if not (self.words[self.at] == "and" or listed):
            return False
        mark, self.at = self.at, self.at + (self.words[self.at] == "and")
        if self.words[self.at] in ("the", "its", "their", "this", "that"):
            self.at = mark  # "and the bus", ", the truck, and the van": other targets, maybe
            return False
        # "and several hangars", "and long platforms": a noun after its words (not "and parked"; not its own
        # part or look: "and a red hull", "and round shape")
        anchor, noun = Phrase(), self._past_its_words(self.at)
        said = LEXICON.of(self.words[noun])
        part = said & {"part", "minor_part"} or LEXICON.match(self.words, noun, "part", "minor_part")
        part = part and "waters" not in said  # ("and sand bunkers": a part of two words)
        own = part or singular(self.words[noun]) in ASPECTS_OF_ITS_OWN
        if own and phrase is self.target and self.own_list:  # "and a white roof": its own, as "with" it
            self.at = mark
            return self._with(phrase, listed=True)
        unread = len(self.unread)
        # "and a green field (in the middle)": a thing of no class the list ends with, as "with a green
        # field" is had
        ends = noun + 1 >= self.end or noun + 1 in self.breaks or self.words[noun + 1] in ("and", "inside")
        ends = ends or self.words[noun + 1 : noun + 3] in (["in", "the"], ["in", "its"])
        named = self._known_noun(noun) or (
            self.words[self.at] in ("a", "an") and self._noun_at(noun) and ends
        )
        if own or not named or not self._anchor(anchor):
            self.at = mark
            del self.unread[unread:]
            return False
        if not self._known_noun(noun) and any(after in self.breaks for after in range(noun + 1, self.at)):
            self.at = mark  # "and a doghouse, at the bottom": not the doghouse's place
            del self.unread[unread:]
            return False
        self._its_place_after_a_comma(anchor, mark)
        if anchor.noun == phrase.noun:  # "with a runway, a terminal, and an airport": another one? named
            self._name_unread(mark)
            return True
        noun_goes_on = self._noun_at(self.at) or LEXICON.match(self.words, self.at, "part", "minor_part")
        if noun_goes_on or len(self.unread) > unread:  # "and long flatbed trailer": what is it?
            self.at = mark
            del self.unread[unread:]
            return False
        self._lying(anchor)
        self._in_its_middle(anchor)
        phrase.relations.append(Relation("with", anchor.noun, anchor_qualifiers=anchor.qualifiers()))
        if not self._had_inside_it():
            self._compared_to_its_side(phrase, anchor)  # "and a basketball court on its right"
        return True

    def _its_place_after_a_comma(self, had: Phrase, start: int) -> None:
        """ "with a lighthouse, in the center": the place after the comma is the target's, read next, not
        the thing's it has (its own place before the comma stays its: "with a pond on the left")."""
        cut = next((at for at in range(start + 1, self.at) if at in self.breaks), None)
        if cut is None or not had.position:
            return
        end, self.at = self.at, cut
        place = Phrase()
        if self._position(place) and self.at == end:
            for said in place.position:
                had.position.remove(said)
            self.at = cut
        else:
            self.at = end

    def _in_its_middle(self, had: Phrase) -> None:
        """ "with a green field in the center", its last words: in the middle of what has it, as "with"
        says, not of the image ("in the center of the image" is)."""
        said = self.words[self.at - 3 : self.at]
        after_a_comma = self.at - 3 in self.breaks  # "with a lighthouse, in the center": its own place
        in_the_middle = said[:2] == ["in", "the"] and said[2] in ("middle", "center", "centre")
        # "a green field in the center" (not "with the ship in the middle": that ship, in the view's)
        article = self.at - 5  # before the noun, past its looks
        while article > 0 and (
            LEXICON.of(self.words[article]) & {"colour", "size", "shape", "number"}
            or self.words[article] in ("and", "or")
        ):
            article -= 1
        some = self.words[article] != "the"
        if in_the_middle and some and not after_a_comma and had.position == ["center"]:
            had.position = []

    def _had_inside_it(self) -> bool:
        """After a thing it has: "(visible) inside (it)", "docked inside", "underneath", "in its middle":
        where "with" says it is already. Consumed, True."""
        if self.at in self.breaks:
            return False  # "with a pond, inside the park": the target's own place
        at = self.at + ("state" in LEXICON.of(self.words[self.at]))  # "visible", "docked"
        if self.words[at : at + 2] in (["circling", "it"], ["encircling", "it"], ["surrounding", "it"]):
            self.at = at + 2  # "with several cars circling it": on it or around it, as "with" says
            return True
        if self.words[at] in ("inside", "within", "underneath"):
            it = self.words[at + 1] == "it"
            self.at = at + 1 + it
            if not it and (self.words[at + 1] in ("the", "a", "an", "its", "their") or self._noun_at(at + 1)):
                self._anchor(
                    Phrase()
                )  # "with boats docked inside the breakwater": where the boats are, named
                self._name_unread(at)
            return True
        inside = self.words[self.at : self.at + 2] in (["in", "its"], ["at", "its"], ["near", "its"])
        # "in the center" too, where its words end (not "in the center of the image", "in the middle right
        # part": the target's place)
        after = self.at + 3
        ends = after >= self.end or after in self.breaks or self.words[after] == "and"
        inside = inside or (self.words[self.at : self.at + 2] == ["in", "the"] and ends)
        inside = inside and self.at not in self.breaks  # not "with a lighthouse, in the center": its own
        if inside and self.words[self.at + 2] in ("middle", "center", "centre"):
            self.at += 3  # "with a green field in its middle"
            return True
        # "with boats docked along its piers", "with a road along its crest", "with trees along both banks":
        # on a part of its own, which "with" says too (not "on its left side": a side, read after; not "on
        # both sides": how they stand, read after; not "on its trailer": a load carried, named)
        on = self.words[at] in ("along", "on", "at", "around", "over", "across", "lining")
        on = on and self.words[at + 1] in ("its", "their", "both") and self._own_part_noun(at + 2)
        sides = self.words[at + 1 : at + 3] in (["both", "sides"], ["both", "ends"])
        carried = self.words[at] == "on" and "minor_part" in LEXICON.of(self.words[at + 2])
        if on and not (sides or carried):
            self.at = at + 3
            return True
        return False

    def _own_part_noun(self, at: int) -> bool:
        """A noun of one word at ``at`` that is a part of it after "its": one of the vocabulary's parts,
        nouns ("its piers") or a word of no category ("crest", "banks"); not a place ("its left side")."""
        categories = LEXICON.of(self.words[at])
        if "place" in categories:
            return False  # "at its top left": a side of it, read after
        if categories & {"part", "minor_part", "place_part"}:
            return True
        known = self._known_noun(at)
        return known == 1 or (not known and self._noun_at(at) and not LEXICON.of(self.words[at]))

    def _list_of_had_things_at(self, at: int) -> bool:
        """After a comma at ``at``, a list of things had goes on to its "and": each item a noun phrase
        ("a long terminal building, and many airplanes"; not ", several cars parked nearby": a clause)."""
        for _item in range(6):
            if self.words[at] == "and":
                return True
            at = self._past_its_words(at)
            if not (self._known_noun(at) or LEXICON.match(self.words, at, "part", "minor_part")):
                return False
            end = self._next_break(at + 1)
            if "and" in self.words[at:end]:
                return True
            if end >= self.end:
                return False
            at = end
        return False

    def _past_its_words(self, at: int) -> int:
        """Past the determiners, numbers and looks before a noun at ``at`` ("several large white")."""
        while LEXICON.of(self.words[at]) & {"determiner", "number", "every", "colour", "size", "shape"}:
            at += 1
        return at

    def _describes_a_part(self, at: int) -> bool:
        """A word before a part's noun that says more of it ("flat", "swept back"): not a part, nor a noun
        of the vocabulary ("with a parking lot, top of the image" is no part "top")."""
        categories = LEXICON.of(self.words[at])
        unknown = self._noun_at(at) and not self._known_noun(at)
        part = categories & {"part", "minor_part"} or LEXICON.match(self.words, at, "part", "minor_part")
        return (unknown or "place_part" in categories) and not part  # not "home" of "home plate"

    def _and_another_part(self, phrase: Phrase) -> None:
        """After a part: "and white lines", a small part's look, not judged; "and a light-colored deck",
        another part whose colour is the object's ("with a dark hull and a light deck": dark and light)."""
        if self.words[self.at] != "and":
            return
        start, self.at = self.at, self.at + 1
        shadow = self._shadow_end(self.at)
        if shadow is not None:  # "with a white roof and a dark shadow (cast toward the left)"
            cut = next((at for at in range(self.at + 1, shadow) if at in self.breaks), None)
            self.at = shadow if cut is None else cut  # not "and a shadow, on the left": the target's
            self._not_judged("shadow", start)
            return
        part = Phrase()
        self._qualities_run(part)
        self.at += self.words[self.at] in ("colored", "coloured")  # "a light-colored deck"
        small = LEXICON.match(self.words, self.at, "minor_part")
        own = LEXICON.match(self.words, self.at, "part")
        if small and self.words[self.at + small[0]] != "of":
            self.at += small[0]
            self._not_judged("part", start)
        elif own and part.colours and self.words[self.at + own[0]] not in ("of", "and"):
            self.at += own[0]
            phrase.colours += part.colours
        else:
            self.at = start

    def _part_shown(self, phrase: Phrase) -> None:
        """How a small part is seen, after it: "with its rotor blades visible", "with wings spread wide",
        "with blue stripes on its tail"."""
        owned = self.words[self.at] == "on" and self.words[self.at + 1] in ("its", "their", "the")
        if owned and LEXICON.of(self.words[self.at + 2]) & {"part", "minor_part"}:
            self.at += 3  # "with blue stripes on its tail"
        elif self.words[self.at] in SHOWN:
            # "with its door open", "its headlights on" (not "on the road")
            self.at += self.words[self.at] != "on" or not self._noun_follows(self.at + 1)
        elif self.words[self.at] in ("spread", "extended", "outstretched"):
            self.at += 1 + (self.words[self.at + 1] in ("wide", "out", "open"))
            self._part_s_way(phrase)  # "with its wings spread toward the top and bottom"
        elif self._part_s_way(phrase):
            pass
        elif LEXICON.of(self.words[self.at]) & {"motion"} and self.words[self.at + 1] in (
            "to",
            "toward",
            "towards",
            "at",  # "its nose pointing at the terminal": which way it points, not where it is
        ):
            end, places = self._places_joined(self.at + 2)  # "its nose pointing toward the terminal"
            if places and self.words[self.at - 1] in FRONT_PARTS and self.words[self.at + 1] != "at":
                return  # "with its nose pointing to the left": its heading, read next
            if places:
                self.at = end
            elif self._noun_follows(self.at + 2):
                self.at += 2
                self._noun_phrase(Phrase(), anchor=True)
        elif LEXICON.of(self.words[self.at]) & {"motion"} and self.words[self.at + 1] in ("up", "down"):
            self.at += 2  # "with its tail pointing down"

    def _part_s_way(self, phrase: Phrase) -> bool:
        """ "(its bow) to the left", "(its nose) pointed to the left", "(its tail) turned toward the top of
        the image": which way a part points, with no verb of motion, never where the object is; its front's
        way is the target's heading (not after an anchor that has a front too, nor with another target), any
        other part's a look of it, not judged. Consumed, True."""
        part = self.words[self.at - 1]
        both = self.words[self.at] == "and" and LEXICON.of(self.words[self.at + 1]) & {"part", "minor_part"}
        start = (
            self.at + 2 if both else self.at
        )  # "with its bow and stern to the left": both ends', no heading
        part = "" if both else part
        verb = start + (self.words[start] in ("pointed", "turned", "directed", "angled", "aimed"))
        if start in self.breaks or verb in self.breaks or self.words[verb] not in ("to", "toward", "towards"):
            return False  # "with a net, to the left of the pool": the target's own place
        end, places = self._places_joined(verb + 1)
        if not places or (self.words[end] == "of" and self._image_end(end) is None):
            return False  # "with its front to the left of the bus": beside the bus
        its_own = phrase is self.target and not self.others and not self._an_anchor_s_front(phrase)
        if part in FRONT_PARTS and its_own and "center" not in places:
            phrase.head_toward(sides_of(places))  # another way said already: the part's words say it
        self.at = self._image_end(end) or end
        # "with its bow to the left and stern to the right": the other end's way, with it
        other = self.at + 1 + (self.words[self.at + 1] in ("its", "the"))
        if self.words[self.at] == "and" and LEXICON.of(self.words[other]) & {"part", "minor_part"}:
            mark, self.at = self.at, other + 1
            if not self._part_s_way(phrase):
                self.at = mark
        return True

    def _an_anchor_s_front(self, phrase: Phrase) -> bool:
        """An anchor said of it may have the front said next ("next to the ferry with its bow to the left",
        "near the tail of the plane"): one that goes, one of no class, or a part; not a gate or a road."""
        for relation in phrase.relations:
            anchor = str(relation.anchor)
            said = LEXICON.of(anchor)
            if self._goes(anchor) or not said & {"class", "noun"} or said & {"part", "minor_part"}:
                return True
        return False

    def _places_joined(self, at: int) -> tuple[int, list[str]]:
        """The places at ``at``, and another joined by "and" ("toward the top and bottom")."""
        end, places = self._places(at)
        if places and self.words[end] == "and":
            after, more = self._places(end + 1 + (self.words[end + 1] == "the"))
            if more:
                return after, places + more
        return end, places

    def _group(self, phrase: Phrase) -> bool:
        """ "the first tank from the lower right of some tanks (that are in the middle)": the group the
        ordinal counts in, the target's own kind."""
        start = self.at
        self.at += 1
        if self._collective_of_the_target():  # "the largest of the group", "the easternmost of the row"
            return True
        group = Phrase()
        # "the leftmost of three adjacent courts" for a tennis court: its kind, by its head word
        if self._noun_phrase(group, anchor=True) and (
            group.noun == phrase.noun or (phrase is self.target and self._of_its_kind(group.noun))
        ):
            phrase.take_group_words(group)
            return True
        self.at = start
        return False

    def _counted_row(self, phrase: Phrase) -> bool:
        """ "in the second row", "in the front row of the waiting area", "the third row from the bottom",
        "in the middle row": a row counted from a side, said and not judged (rows are not told apart); the
        place it is in ("of the lot") is read as the target's."""
        at = self.at
        if self.words[at] not in ("in", "on", "at", "within") or phrase is not self.target:
            return False
        at += 1 + (self.words[at + 1] == "the")
        ordinal = LEXICON.match(self.words, at, "ordinal")
        # "the middle row": which of the rows, as "the second" says (the view's middle is no row's)
        counted = ordinal[0] if ordinal else self.words[at] in ("front", "back", "rear", "middle", "centre")
        at += counted
        at += self.words[at] == "parking"  # "the second parking row"
        if not counted or self.words[at] not in ("row", "line", "column"):
            return False
        at += 1
        if self.words[at] == "from":  # "from the bottom"
            end, places = self._places(at + 1)
            at = end if places else at
        start, self.at = self.at, at
        self._image_phrase()
        self._not_judged("row", start)
        mark = self.at
        if (
            self.words[self.at] == "of"
            and self.words[self.at + 1] not in ("the", "a")
            and self._of_target_kind()
        ):
            return True  # "in the second row of cars"
        if self.words[self.at] in ("of", "in"):
            self.at += 1
            anchor = Phrase()
            if not self._anchor(anchor) or anchor.how_many != 1:
                # "in the middle row of trucks": a row of other things is no place it is in; named
                self._name_unread(mark)
                return True
            if anchor.noun != phrase.noun:  # "of the parking lot": in it
                phrase.relations.append(
                    Relation("inside", anchor.noun, anchor_qualifiers=anchor.qualifiers())
                )
                return True
        self.at = mark
        return True

    def _of_target_kind(self) -> bool:
        """At "of": "of cars", "of parked aircraft", the target's kind; consumed, True."""
        kind, mark = Phrase(), self.at
        self.at += 1
        found = self._noun_phrase(kind, anchor=True) and self._of_its_kind(kind.noun)
        if found and kind.qualifiers() == Qualifiers(count=kind.how_many):  # not "of white cars": named
            return True
        self.at = mark
        return False

    def _collective_of_the_target(self) -> bool:
        """ "the group", "the row", "the cluster" (of the target's kind, or no kind named): the group an
        order counts in; consumed, True."""
        at = self.at + (
            self.words[self.at] in ("the", "a", "an", "this", "that", "its", "their", "these", "those")
        )
        side = []  # "in the leftmost column": the column on the left
        while quality := LEXICON.match(self.words, at, "orientation", "size", "shape", "superlative"):
            if quality[1].category == "superlative":
                side = [
                    list(places) for places, order in ORDER_OF_PLACES.items() if order == quality[1].value
                ]
                if not side:
                    break
            at += quality[0]  # "in the vertical column of aircraft", "in the long row of trucks"
        counted = None
        if not side:
            at, placed, counted = self._which_line(at)
            side = [placed] if placed else []
        collective = LEXICON.match(self.words, at, "collective", "arrangement")
        if collective is None:
            return not side and counted is None and self._number_of_the_target(at)  # "among the three"
        lines = self.words[at] in LINES
        at += collective[0]
        if counted is not None and self.words[at] == "from":  # "the second row from the top"
            end, places = self._places(at + 1)
            at = end if places else at
        row_end = at
        if self.words[at] == "of" and self._number_of_the_target(at + 1):
            self.target.position += side[0] if side else []  # "the tank in the left group of three"
            size = group_size_at(self.words, at + 1)
            target = self.target
            if is_plural_word(self.words[at - 1]):  # "the tanks in clusters of three": in each; named
                self.unread.extend(self.words[at + 1 : at + 1 + size])
            # "the tanks in a group of three": how many they are, nothing said after it (not "... and a
            # cluster of two")
            elif (
                target.plural
                and not (target.ordering or target.count_given or self.excluded)
                and (at + 1 + size >= self.end)
            ):
                target.count, target.count_given = number_at(self.words, at + 1)[1], True
            return True  # "the smallest boat in the group of three"
        if self.words[at] == "of":
            kind = Phrase()
            mark, self.at = self.at, at + 1
            if not (self._noun_phrase(kind, anchor=True) and self._of_its_kind(kind.noun)):
                self.at = mark
                return False
            self.target.take_group_words(kind)  # "the largest tank of the group of white tanks": white
        else:
            self.at = at
        self.target.position += side[0] if side else []
        self.row_said = self.row_said or lines
        if counted is not None:  # "at the end of the second row": which row, said and not judged
            end, self.at = self.at, row_end
            self._not_judged("row", counted)
            self.at = end
            counted_from, places = self._places(self.at + 1)
            if self.words[self.at] == "from" and places:  # "the second row of tanks from the left"
                start, self.at = self.at, counted_from
                self._not_judged("row", start)
        return True

    def _which_line(self, at: int) -> tuple[int, list[str], int | None]:
        """Before a row's or group's word: "the upper row", "the top-left cluster" (the one on that side:
        its side), "the second row", "the middle column" (which of them, counted: where that is said
        begins). Where the row's word is, the side, and where the count begins (None when no count is
        said)."""
        at += self.words[at] in ("far", "very", "extreme")  # "the far left cluster"
        place = LEXICON.match(self.words, at, "place")
        if place and self.words[at + place[0]] in LINES and sides_of(list(place[1].value)):
            return at + place[0], list(sides_of(list(place[1].value))), None
        end, places = self._places(at) if place else (at, [])
        if places and self.words[end] not in LINES and LEXICON.match(self.words, end, "collective"):
            # "the top-left cluster", "the central group" (a middle row is counted: below)
            return end, list(sides_of(places)) or places, None
        ordinal = LEXICON.match(self.words, at, "ordinal")
        if ordinal and self.words[at + ordinal[0]] in LINES:
            return at + ordinal[0], [], at
        if (
            self.words[at] in ("middle", "centre", "center", "front", "back", "rear")
            and self.words[at + 1] in LINES
        ):
            return at + 1, [], at
        return at, [], None

    def _group_named_at(self, at: int) -> bool:
        """A group's word at ``at`` ("cluster", "group"), not a verb that shares it ("set apart", "group
        together")."""
        collective = LEXICON.match(self.words, at, "collective")
        return bool(collective) and self.words[at + collective[0]] not in ("apart", "up", "out", "together")

    def _line_at(self, at: int) -> bool:
        """ "the row", "the upper row", "the second column": a row, line or column of things begins at
        ``at`` (after its article)."""
        return self.words[self._which_line(at)[0]] in LINES

    def _number_of_the_target(self, at: int) -> bool:
        """ "three", "the 2 ships" at ``at``: how many there are of the target's kind (said of the group an
        order counts in, not of the target); consumed, True."""
        size = group_size_at(self.words, at)
        if not size:
            return False
        if self.words[at + size] in LINES or LEXICON.match(self.words, at + size, "collective"):
            return False  # "parked in two rows": how they stand
        mark, self.at = self.at, at + size
        if self._noun_at(self.at):
            kind = Phrase()
            if not (self._noun_phrase(kind, anchor=True) and self._of_its_kind(kind.noun)):
                self.at = mark
                return False
        return True

    def _group_first(self) -> Phrase | None:
        """ "Among the tanks ...", "Of the two courts ...": the group a later "one" is taken from; "Compared
        to the other planes, ...": the group it is compared to, one of them."""
        compared = self._comparing_at(self.at) if self.words[self.at] != "than" else 0
        if compared:
            start, self.at = self.at, self.at + compared
            self.at += self.words[self.at] in ("the", "all")
            self.at += self.words[self.at] == "other"
            group = Phrase()
            said = self._anchor(group) and group.plural and self.at in self.breaks
            if said and not (group.colours or group.position or group.relations):
                self.compared_to_group = True
                return group
            if said:  # "Compared to the white cars, the car on the left is red": what they are is theirs
                self._name_unread(start)
                return None
            self.at = start
            return None
        at = self.at + 1 + (self.words[self.at + 1] == "the")
        collective = LEXICON.match(self.words, at, "collective")
        grouped = collective and self.words[at + collective[0]] == "of"  # "In the cluster of tanks, ..."
        grouped = grouped and self.words[self.at] in ("in", "within")
        if self.words[self.at] not in ("among", "of", "from", "amongst") and not grouped:
            return None
        start, self.at = self.at, self.at + 1
        group = Phrase()
        among = self.words[start] in ("among", "amongst")  # "among the aircraft": many, whatever the noun
        found = self._anchor(group) and (group.plural or group.how_many != 1 or among)
        # "In the cluster of tanks, the largest one": the target's phrase follows; not "in the cluster of
        # four fields arranged back to back", read otherwise
        if found and (not grouped or self.words[self.at] in ("the", "this", "that", "a", "an", "one")):
            return group
        self.at = start
        return None

    def _from_side_to_side(self, phrase: Phrase) -> bool:
        """ "running diagonally from the bottom left to the top right", "stretching from left to right":
        across the view from one side (or corner) to the opposite one. A road, a bridge lies that way (its
        orientation); a car or a ship said to move goes that way (its heading)."""
        if self.words[self.at] == "from" and self._reaching_from_an_edge(self.target):
            return True  # "the pier extending into the water from the top edge": the pier's, after its anchor
        if self.words[self.at] != "from" or phrase is not self.target:
            return False  # after an anchor: the target's ("crossing the water from left to right")
        oriented = "orientation" in LEXICON.of(self.words[self.at - 1])  # "oriented diagonally from ..."
        if phrase.relations and not oriented:
            return False  # "the car on the road that runs from the bottom left ...": the road's, maybe
        middle, first = self._places(self.at + 1)
        if (
            first
            and self.words[middle] in ("down", "up", "across")
            and self.words[middle + 1] in ("to", "toward")
        ):
            middle += 1  # "from the top edge down to the middle"
        if not first or self.words[middle] not in ("to", "toward", "towards"):
            return False
        end, second = self._places(middle + 1)
        opposite = {"left": "right", "right": "left", "top": "bottom", "bottom": "top"}
        opposite |= {
            "east": "west",
            "west": "east",
            "north": "south",
            "south": "north",
        }  # "from east to west"
        start, ends = sides_of(first), sides_of(second)
        still = not (self._mover(phrase) or self._moving_before())  # not "the train moving from the right"
        if start and set(second) == {"center"} and still and not phrase.position:
            # "extending from the left edge towards the center": it lies on that side, reaching the middle
            phrase.position += list(start)
            self.at = self._image_end(end) or end
            return True
        if not start or sorted(opposite.get(side, side) for side in start) != sorted(ends):
            return False  # "from the left to the center": not across
        if self._mover(phrase) and self._moving_before() and not oriented:
            if not phrase.head_toward(ends):
                return False
        else:
            lies = lies_along(ends)
            if phrase.orientation not in (None, lies):
                return False
            phrase.orientation = lies
        self.at = self._image_end(end) or end
        return True

    def _reaching_from_an_edge(self, phrase: Phrase) -> bool:
        """ "the pier extending into the water from the top edge": it touches that edge of the view (its
        place, as "touching the top edge" says); only what lies still, said to reach out right after it."""
        end, places = self._places(self.at + 1)
        edge = self.words[end - 1] in ("edge", "border") or self.words[end - 1 : end + 1] == ["edge", "of"]
        verb_at = self.target_end + (self.words[self.target_end] in STRUCTURES)  # "the harbor structure"
        verb = self.words[verb_at] if self.target_end >= 0 else ""
        reaching = verb in (
            "extending",
            "extends",
            "stretching",
            "stretches",
            "reaching",
            "reaches",
            "jutting",
        )
        if not (places and edge and reaching) or self._mover(phrase) or phrase.position:
            return False
        # only "into the water" between the verb and "from" (not "toward the boat sailing in from the left
        # edge", "far from the top edge"), and the view's edge (not "the top edge of the breakwater")
        between = self.words[verb_at + 1 : self.at]
        if between and not (between[0] in ("into", "out", "over") and len(between) <= 4):
            return False
        if any(
            word.endswith("ing") or word in ("far", "away") or "motion" in LEXICON.of(word)
            for word in between
        ):
            return False
        if self.words[end] == "of" and self._image_end(end) is None:
            return False
        if self.words[end] in ("to", "toward", "towards", "down", "up", "across"):
            return False  # "from the left edge towards the center", "from the top edge to the bottom"
        phrase.position += list(sides_of(places))
        self.at = self._image_end(end) or end
        return True

    def _mover(self, phrase: Phrase) -> bool:
        """What can go somewhere: a car, a person, a ship, a plane (not a road, a bridge, a river)."""
        return "road user" in LEXICON.of(str(phrase.noun)) or phrase.noun in (
            "ship",
            "airplane",
            "helicopter",
        )

    def _goes(self, noun: str) -> bool:
        """What moves or flows somewhere: a mover, a train, a river."""
        return self._mover(Phrase(noun=noun)) or noun in (
            "river",
            "stream",
            "creek",
            "canal",
            "water",
            "train",
            "tram",
        )

    def _moving_before(self) -> bool:
        """A verb of motion (or one the lexicon does not know) was read before the reading point."""
        return self.verb_end >= 0 or any("motion" in LEXICON.of(word) for word in self.words[: self.at])

    def _going(self, phrase: Phrase) -> bool:
        """The last verb of motion before the reading point says which way ``phrase`` goes or faces
        ("driving", "heading", "facing"), not a turn or a stop, and no verb the lexicon does not know
        came after it ("moving while casting a shadow toward the left")."""
        for before in range(self.at - 1, -1, -1):
            categories = LEXICON.of(self.words[before])
            if "motion" in categories:
                # "with its shadow pointing to the right", "whose shadow points left": the shadow's way,
                # not the object's ("its nose pointing left" is the object's)
                owned = self.words[before - 2 : before - 1] in (["its"], ["their"])
                # its front's way is its own ("its nose pointing left"); its tail's or its wings' is not, nor
                # the front of an anchor that has one said right before ("next to the plane with its nose
                # pointing left"), nor when another target is said
                its = before - 2 - (self.words[before - 3] == "with")
                anchor_s = self._an_anchor_s_front(phrase) and its not in self.breaks
                front = self.words[before - 1] in FRONT_PARTS and not (anchor_s or self.others)
                said_of_another = owned and not front
                # "the plane whose shadow is pointing left": a shadow's, said in its clause (not "in the
                # open water, ... and heading left", "parked parallel to the curb and facing left"); "and
                # its shadow, longer than the road, points right": a verb's subject said before, a shadow
                # only right after "and" or a comma before the verb ("and heading"), and no relative
                # clause before ("next to the tanker, which is damaged and heading left": its clause; "the
                # damaged tanker and the tugboat heading left": the tugboat's)
                clause = max(self.target_end, 0)
                relative = {"which", "that", "whose", "who"} & set(self.words[clause:before])
                if not relative and (before in self.breaks or self.words[before - 1] == "and"):
                    clause = before
                between = self.words[clause:before]
                said_of_another = said_of_another or any("unjudged" in LEXICON.of(word) for word in between)
                finite = not self.words[before].endswith("ing")
                shadows = range(max(self.target_end, 0), before) if finite else ()
                said_of_another = said_of_another or any(self._shadow_at(at) for at in shadows)
                # "next to the river flowing toward the bottom", "near the road running north": the anchor's
                # way ("on the road heading north" is the car's: a road goes nowhere, a car does)
                # the target's last anchor, the last one of a set taken away ("not next to the bus which
                # is facing up"), or of the set being read ("except the ones next to the bus which is ...")
                anchors = [str(relation.anchor) for relation in self._last_anchors(phrase)]
                noun = before - 1  # "the bus which is facing up": its clause too
                while noun > self.target_end and self.words[noun] in ("which", "that", "who", "is", "are"):
                    noun -= 1
                named = name_of([self.words[noun]])[0]
                # "..., heading north"
                after_it = before > self.target_end and not any(
                    at in self.breaks for at in range(noun + 1, before + 1)
                )
                anchor = next((a for a in anchors if named == a or a.endswith(f" {named}")), None)
                noun_of_it = phrase.noun or self.target.noun  # "except the ones ...": the target's kind
                its_own = self._goes(str(noun_of_it)) and not self._goes(str(anchor))
                # "on the road which runs north": the road's course, which no car runs
                its_own = its_own and not (
                    self.words[before] in ONLY_RUNNING_DO and str(noun_of_it) not in RUNNING | RUNNERS
                )
                said_of_another = said_of_another or (after_it and anchor is not None and not its_own)
                return "course" in categories and self.verb_end <= before and not said_of_another
        return False

    def _after_motion(self, at: int | None = None) -> bool:
        """A verb of motion (or one the lexicon does not know, with its object: "casting a long shadow")
        comes right before, or before "to"/"towards" ("heading towards the top", "oriented diagonally
        toward the bottom right")."""
        before = (self.at if at is None else at) - 1
        while before > 0 and (
            self.words[before] in ("the", "to", "towards", "toward", "far", "very")
            or "orientation" in LEXICON.of(self.words[before])
        ):
            before -= 1
        return before >= 0 and ("motion" in LEXICON.of(self.words[before]) or before + 1 == self.verb_end)
