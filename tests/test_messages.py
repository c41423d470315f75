"""A Message is its English text wherever a str goes (CLI, logs, errors) and keeps its template and fields
through the model process's pipe and through pickling (Ray sends errors pickled)."""

import pickle

from rrsis_qgis.core import worker_protocol as wire
from rrsis_qgis.foundation.messages import Message


def test_a_message_is_its_english_text_and_keeps_its_template():
    message = Message("band {band} requested, but the raster has {count} band(s)", band=5, count=3)
    assert message == "band 5 requested, but the raster has 3 band(s)" and isinstance(message, str)
    for copy in (
        wire.message_from_wire(wire.message_to_wire(message)),
        pickle.loads(pickle.dumps(ValueError(message))).args[0],
    ):
        assert (
            copy == message and copy.template == message.template and copy.fields == {"band": 5, "count": 3}
        )


def test_plain_text_crosses_the_pipe_as_plain_text():
    assert wire.message_from_wire(wire.message_to_wire("Tile 3 of 9")) == "Tile 3 of 9"
    error = wire.error_from_wire(wire.error_to_wire(ValueError("plain")))
    assert type(error) is ValueError and not isinstance(error.args[0], Message)
