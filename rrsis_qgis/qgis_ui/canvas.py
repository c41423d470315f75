"""What the analyst sees -> a plain SegmentRequest (built on the GUI thread, read by the model process)."""

from __future__ import annotations

import contextlib
import os
import tempfile

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


class ViewPicture:
    """A layer without a file (XYZ, WMS, WMTS, virtual) as rendered over one view of the canvas, kept as
    a GeoTIFF (in shared memory where there is one) while the clicks of a refine session go to it. The
    model process reads it once and knows it by the file's identity, so a later click on the same view
    sends no pixels and prompts the encoding the model keeps; another view (extent, CRS, size) gets a
    new picture in a new file, never this one."""

    def __init__(self, layer) -> None:
        self.layer = layer
        self.path: str | None = None
        self._shown = None  # the view the picture shows (`_view_of`)

    def shows(self, canvas: QgsMapCanvas) -> bool:
        return self.path is not None and self._shown == _view_of(canvas.mapSettings())

    def keep(self, job: QgsMapRendererParallelJob) -> None:
        """The finished ``job``'s picture becomes this one (the last one is removed); ValueError when the
        layer drew nothing there, OSError when the picture cannot be written."""
        view = rendered_view(job)
        if not view.rgba[..., 3].any():
            raise ValueError(
                QCoreApplication.translate(
                    "canvas",
                    "'{layer}' drew nothing over this view: a web layer may be offline or have no imagery "
                    "at this place and scale. Check its connection, or pan and zoom to where it shows "
                    "imagery.",
                ).format(layer=self.layer.name())
            )
        self.remove()
        folder = "/dev/shm" if os.path.isdir("/dev/shm") else None
        descriptor, path = tempfile.mkstemp(prefix="rrsis-view-", suffix=".tif", dir=folder)
        os.close(descriptor)
        try:
            write_picture(view, path)
        except OSError:
            os.unlink(path)
            raise
        self.path, self._shown = path, _view_of(job.mapSettings())

    def request(self, asked, settings: RunSettings, clicks: Clicks | None) -> SegmentRequest:
        """The whole picture as the request for what the analyst ``asked`` (a PanelRequest) and
        clicked: its red, green and blue as drawn (no stretch), alpha 0 where nothing was drawn."""
        expression = "" if clicks is not None and not asked.expression else check_expression(asked.expression)
        return SegmentRequest(
            self.path, expression, asked.model, settings=settings, request_id=asked.request_id, clicks=clicks
        )

    def remove(self) -> None:
        if self.path is not None:
            with contextlib.suppress(OSError):  # already gone, or still open on Windows: a temporary file
                os.unlink(self.path)
        self.path, self._shown = None, None


def _view_of(settings: QgsMapSettings) -> tuple:
    """What a rendering of the canvas depends on besides the layer: where, in which CRS, at which size."""
    extent, size = settings.visibleExtent(), settings.outputSize()
    return (
        (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()),
        settings.destinationCrs().toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED),
        (size.width(), size.height(), settings.devicePixelRatio(), settings.rotation()),
    )


def write_picture(view: RenderedView, path: str) -> None:
    """``view`` as a georeferenced RGBA GeoTIFF whose alpha band GDAL reads as the mask (nothing drawn:
    not valid); OSError with GDAL's reason when it cannot be written."""
    from osgeo import gdal

    height, width = view.rgba.shape[:2]
    left, bottom, right, top = view.bounds
    gdal.ErrorReset()
    try:  # GDAL raises, or returns None and records the error, as the process's gdal.UseExceptions() says
        dataset = gdal.GetDriverByName("GTiff").Create(
            path, width, height, 4, gdal.GDT_Byte, options=["PHOTOMETRIC=RGB", "ALPHA=YES"]
        )
        if dataset is None:
            raise RuntimeError(gdal.GetLastErrorMsg())
        dataset.SetGeoTransform((left, (right - left) / width, 0.0, top, 0.0, -(top - bottom) / height))
        dataset.SetProjection(view.crs_wkt)
        for index in range(4):
            dataset.GetRasterBand(index + 1).WriteArray(view.rgba[..., index])
        dataset.FlushCache()
        failed = gdal.GetLastErrorType() >= gdal.CE_Failure and gdal.GetLastErrorMsg()
        dataset = None  # closes the file
        if failed:
            raise RuntimeError(failed)
    except RuntimeError as error:
        raise OSError(
            QCoreApplication.translate(
                "canvas", "the rendered view could not be written to {path}: {reason}"
            ).format(path=path, reason=error)
        ) from error
