"""rrsis_qgis: referring remote-sensing image segmentation for QGIS.

Only ``classFactory`` lives here; the plugin module (and with it Qt) is imported when QGIS asks for it,
and torch / transformers only when a model is first used.
"""


def classFactory(iface):
    """QGIS entry point: build the plugin for the given QgisInterface."""
    from .plugin import RrsisPlugin

    return RrsisPlugin(iface)
