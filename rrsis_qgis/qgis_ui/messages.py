"""The models' side's progress messages, notes and errors in QGIS's language (see foundation/messages.py)."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication

from ..foundation.messages import CONTEXT, Message


def translated(text: str) -> str:
    """A `Message` through the plugin's catalogue (its English text where there is no translation);
    any other text as it is."""
    if isinstance(text, Message):  # its fields may be Messages too ("waiting for {holder}")
        fields = {name: translated(value) for name, value in text.fields.items()}
        return QCoreApplication.translate(CONTEXT, text.template).format(**fields)
    return text


def error_text(error: BaseException) -> str:
    """What an error says, translated where it was raised with a `Message`."""
    return translated(error.args[0]) if error.args and isinstance(error.args[0], Message) else str(error)
