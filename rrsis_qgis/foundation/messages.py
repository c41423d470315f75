"""What the models' side tells an analyst while it works (progress), about a result (notes) and when it
cannot go on (everyday errors), in a form QGIS can translate: a `Message` is the English text (a str, for
the CLI and the logs) that also carries its template and fields. Templates are written inside
`QT_TRANSLATE_NOOP("messages", ...)`, which is how pylupdate5 finds them for the plugin's catalogues; the
QGIS shell translates them with that context."""

from __future__ import annotations

CONTEXT = "messages"  # the catalogues' context of every template (pylupdate5 needs it spelled out there)


def QT_TRANSLATE_NOOP(context: str, template: str) -> str:  # Qt's name: the one pylupdate5 collects
    """Marks ``template`` for the translation catalogues; returns it unchanged (no Qt here)."""
    return template


class Message(str):
    """``template.format(**fields)``, remembering both so that it can be shown translated."""

    template: str
    fields: dict

    def __new__(cls, template: str, **fields) -> Message:
        message = super().__new__(cls, template.format(**fields))
        message.template = template
        message.fields = fields
        return message

    def __getnewargs_ex__(self):  # copied or pickled (Ray sends errors that way) as template and fields
        return (self.template,), self.fields
