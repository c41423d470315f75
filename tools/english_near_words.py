"""Writes rrsis_qgis/referring/english_near.py: the words of English that a typing slip could be read as
another word of the reading's vocabulary (`spelling.respelling`), which the reading leaves as typed
("trawler" is no slip of "trailer"). Run it again when the lexicon's words change (a test says so):

    .runtime/bin/python tools/english_near_words.py [WORD_LIST]

WORD_LIST is a list of English words, one a line; by default /usr/share/dict/words (Debian's wamerican,
SCOWL), whose notice the module repeats."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

from rrsis_qgis.referring import spelling

MODULE = Path(__file__).resolve().parents[1] / "rrsis_qgis" / "referring" / "english_near.py"
NOTICE = """Made from SCOWL's American English word list (Debian's wamerican), lower-cased. SCOWL is
Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell these word
lists, the associated scripts, the output created from the scripts, and its documentation for any
purpose is hereby granted without fee, provided that the above copyright notice appears in all copies
and that both that copyright notice and this permission notice appear in supporting documentation.
Kevin Atkinson makes no representations about the suitability of this array for any purpose. It is
provided "as is" without express or implied warranty."""


def main(word_list: str = "/usr/share/dict/words") -> None:
    english = {line.strip().lower() for line in Path(word_list).read_text(encoding="utf-8").splitlines()}
    near = sorted(
        word for word in english if spelling.respelling(word) or spelling.slips_from_a_negation(word)
    )
    listed = textwrap.fill(" ".join(near), width=106, initial_indent="    ", subsequent_indent="    ")
    MODULE.write_text(
        '"""The words of English one typing slip from a word of the reading\'s vocabulary: never read as\n'
        "that word (`spelling`). Written by tools/english_near_words.py; VOCABULARY_DIGEST is\n"
        "`spelling.vocabulary_digest()` when it was written.\n\n"
        f'{NOTICE}"""\n\n'
        f'VOCABULARY_DIGEST = "{spelling.vocabulary_digest()}"\n'
        f'ENGLISH = frozenset(\n    """\n{listed}\n    """.split()\n)\n',
        encoding="utf-8",
    )
    print(f"{len(near)} words of English one slip from the vocabulary -> {MODULE}")


if __name__ == "__main__":
    main(*sys.argv[1:])
