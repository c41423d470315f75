"""Errors whose messages reach the analyst (QGIS message bar, CLI): each says what to do next."""


class RrsisError(Exception):
    """Base class of every error rrsis_qgis reports to users."""


class ModelNotFound(RrsisError):
    """A model name, folder, file or hub id could not be resolved to weights on this machine."""


class CheckpointMismatch(RrsisError):
    """A checkpoint does not fit the model it claims to be (keys, shapes, checksum or config)."""


class DependencyMissing(RrsisError):
    """A required Python package is not installed; the message names it and how to install it."""


class DeviceUnavailable(RrsisError):
    """The device asked for (a GPU, a GPU index) is not on this machine."""


class ModelProcessFailed(RrsisError):
    """The model process crashed, hung, answered out of protocol or runs another version of the plugin;
    the message says which, with the last lines it wrote. The next run starts a fresh process."""


class Cancelled(Exception):
    """The analyst cancelled the run; its partial result is discarded. Not an RrsisError: nothing
    went wrong."""
