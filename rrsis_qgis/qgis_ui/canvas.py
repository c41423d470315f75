"""What the analyst sees -> a plain SegmentRequest (built on the GUI thread, read by the model process)."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    Qgis,
    QgsContrastEnhancement,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsMultiBandColorRenderer,
    QgsProject,
    QgsProviderRegistry,
    QgsRasterLayer,
    QgsSingleBandGrayRenderer,
)
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor, QImage

from ..foundation.run_settings import RunSettings
from ..protocol.messages import Clicks, RenderedView, SegmentRequest, check_expression


def renderer_bands(layer: QgsRasterLayer) -> tuple[int, int, int] | None:
    """The bands the layer is drawn with, so the model sees what the analyst sees."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsMultiBandColorRenderer):
        bands = (renderer.redBand(), renderer.greenBand(), renderer.blueBand())
        return bands if all(band > 0 for band in bands) else None
    if isinstance(renderer, QgsSingleBandGrayRenderer):
        return (_gray_band(renderer),) * 3
    return None


def renderer_stretch(layer: QgsRasterLayer) -> dict[int, tuple[float, float]] | None:
    """The minimum and maximum the layer's renderer stretches each drawn band between (band -> limits),
    so the model sees the contrast the analyst sees; None where the renderer does not stretch."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsMultiBandColorRenderer):
        drawn = [
            (renderer.redBand(), renderer.redContrastEnhancement()),
            (renderer.greenBand(), renderer.greenContrastEnhancement()),
            (renderer.blueBand(), renderer.blueContrastEnhancement()),
        ]
    elif isinstance(renderer, QgsSingleBandGrayRenderer):
        drawn = [(_gray_band(renderer), renderer.contrastEnhancement())]
    else:
        return None
    stretching = (
        QgsContrastEnhancement.StretchToMinimumMaximum,
        QgsContrastEnhancement.StretchAndClipToMinimumMaximum,
    )
    limits = {
        band: (enhancement.minimumValue(), enhancement.maximumValue())
        for band, enhancement in drawn
        if band > 0 and enhancement is not None and enhancement.contrastEnhancementAlgorithm() in stretching
    }
    return limits or None


def _gray_band(renderer: QgsSingleBandGrayRenderer) -> int:
    """The band a grey renderer draws: inputBand() where QGIS has it (3.38 on), grayBand() before, where
    the newer name is missing (grayBand() is deprecated since)."""
    return renderer.inputBand() if Qgis.QGIS_VERSION_INT >= 33800 else renderer.grayBand()


def is_file_backed(layer) -> bool:
    """GDAL rasters are read from their file at native resolution; other layers are rendered."""
    return isinstance(layer, QgsRasterLayer) and layer.providerType() == "gdal"


def raster_path(layer: QgsRasterLayer) -> str:
    """The GDAL dataset a file-backed layer reads, as the model process opens it: the layer's source
    without the open options QGIS appends ("|option:..."), subdatasets and /vsi paths kept. The panel
    and Processing both send this."""
    registry = QgsProviderRegistry.instance()
    parts = registry.decodeUri("gdal", layer.source())
    parts.pop("openOptions", None)
    return registry.encodeUri("gdal", parts)


def check_layer(layer) -> None:
    if not isinstance(layer, QgsRasterLayer) or not layer.isValid():
        raise ValueError(
            QCoreApplication.translate("canvas", "pick a raster layer: segmentation needs imagery")
        )


def build_request(
    layer, canvas: QgsMapCanvas, asked, settings: RunSettings, clicks: Clicks | None = None
) -> SegmentRequest:
    """The visible extent of a file-backed ``layer`` as the request for what the analyst ``asked`` (a
    PanelRequest), with what they clicked (the expression may then be empty); ValueError with the reason
    when there is none."""
    check_layer(layer)
    expression = "" if clicks is not None and not asked.expression else check_expression(asked.expression)
    to_raster = QgsCoordinateTransform(
        canvas.mapSettings().destinationCrs(), layer.crs(), QgsProject.instance().transformContext()
    )
    extent = to_raster.transformBoundingBox(canvas.extent())
    if not extent.intersects(layer.extent()):
        raise ValueError(
            QCoreApplication.translate(
                "canvas", "the visible extent does not intersect the raster; pan or zoom to it"
            )
        )
    return SegmentRequest(
        raster_path=raster_path(layer),
        expression=expression,
        model=asked.model,
        bounds=(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()),
        bands=renderer_bands(layer),
        stretch=renderer_stretch(layer),
        settings=settings,
        request_id=asked.request_id,
        clicks=clicks,
    )


def render_job(layer, canvas: QgsMapCanvas) -> QgsMapRendererParallelJob:
    """A job (not started yet) that renders only ``layer`` over the visible extent at screen
    resolution; connect to its ``finished`` signal, then ``start()`` it: the GUI stays responsive."""
    check_layer(layer)
    settings = QgsMapSettings(canvas.mapSettings())
    settings.setLayers([layer])
    settings.setBackgroundColor(QColor(0, 0, 0, 0))
    return QgsMapRendererParallelJob(settings)


def rendered_view(job: QgsMapRendererParallelJob) -> RenderedView:
    settings = job.mapSettings()
    image = job.renderedImage().convertToFormat(QImage.Format.Format_RGBA8888)
    width, height = image.width(), image.height()
    buffer = image.constBits()
    buffer.setsize(image.bytesPerLine() * height)
    rows = np.frombuffer(buffer, dtype=np.uint8).reshape(height, image.bytesPerLine())
    rgba = rows[:, : width * 4].reshape(height, width, 4).copy()
    extent = settings.visibleExtent()
    crs: QgsCoordinateReferenceSystem = settings.destinationCrs()
    return RenderedView(
        rgba=rgba,
        bounds=(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()),
        crs_wkt=crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED),
    )
