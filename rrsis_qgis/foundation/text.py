"""Text as the analyst meant it: what a terminal, a paste or a file adds without meaning to (escape
sequences such as a colour's ``ESC[31m``, control characters, zero-width and direction marks) is taken
out, and Unicode is composed (NFC: an "é" typed as "e" and a combining accent is the same word), before
anything reads it or writes it into an attribute."""

from __future__ import annotations

import re
import unicodedata

# ANSI/VT100 escape sequences: CSI (ESC [ … final byte, or the one-byte CSI U+009B), OSC (ESC ] … BEL or
# ESC \), and two-byte ones.
ESCAPE_SEQUENCE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])|\x9b[0-?]*[ -/]*[@-~]"
)
INVISIBLE = dict.fromkeys(
    [0x00AD, 0x200B, 0x200E, 0x200F, 0x2060, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)  # soft hyphen, zero-width space, direction marks and overrides, word joiner, byte-order mark


def clean_text(text: str) -> str:
    """``text`` without escape sequences, control characters or invisible marks, in NFC, its spaces
    collapsed."""
    text = ESCAPE_SEQUENCE.sub(" ", text).translate(INVISIBLE)
    text = "".join(" " if unicodedata.category(character) == "Cc" else character for character in text)
    return unicodedata.normalize("NFC", " ".join(text.split()))  # last: what was taken out may split a pair
