"""Where a long run may stop: the running request's cancel check, reachable from deep inside a model
(between phrases, detections, crops, refinement rounds, tiles) without a callback in every signature.

The model process sets the check for each request it serves; code that runs long calls
``check_cancelled()`` between its steps. Outside a request (tests, the CLI without one) it does nothing.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Iterator

from .errors import Cancelled

_check: contextvars.ContextVar[Callable[[], bool] | None] = contextvars.ContextVar(
    "cancel_check", default=None
)


@contextlib.contextmanager
def cancellable(is_cancelled: Callable[[], bool] | None) -> Iterator[None]:
    """Run the block with ``is_cancelled`` as the check that ``check_cancelled`` makes."""
    token = _check.set(is_cancelled)
    try:
        yield
    finally:
        _check.reset(token)


def check_cancelled() -> None:
    """Raise Cancelled when the running request was asked to stop."""
    check = _check.get()
    if check is not None and check():
        raise Cancelled
