"""What the analyst sees -> a plain SegmentRequest (built on the GUI thread, read on the worker)."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsMultiBandColorRenderer,
    QgsProject,
    QgsRasterLayer,
    QgsSingleBandGrayRenderer,
)
from qgis.gui import QgsMapCanvas

from ..core.segmentation import SegmentRequest, check_expression


def renderer_bands(layer: QgsRasterLayer) -> tuple[int, int, int] | None:
    """The bands the layer is drawn with, so the model sees what the analyst sees."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsMultiBandColorRenderer):
        bands = (renderer.redBand(), renderer.greenBand(), renderer.blueBand())
        return bands if all(band > 0 for band in bands) else None
    if isinstance(renderer, QgsSingleBandGrayRenderer):
        return (renderer.grayBand(),) * 3
    return None


def build_request(layer, canvas: QgsMapCanvas, expression: str, model: str, **options) -> SegmentRequest:
    """The visible extent of ``layer`` as a request; ValueError with the reason when there is none."""
    if not isinstance(layer, QgsRasterLayer) or not layer.isValid():
        raise ValueError("pick a raster layer: segmentation needs imagery")
    if layer.providerType() != "gdal":
        raise ValueError(
            f"'{layer.name()}' is a {layer.providerType()} layer; this version segments file-based rasters "
            "(GeoTIFF and other GDAL formats) - save the view as a GeoTIFF first"
        )
    expression = check_expression(expression)
    to_raster = QgsCoordinateTransform(
        canvas.mapSettings().destinationCrs(), layer.crs(), QgsProject.instance().transformContext()
    )
    extent = to_raster.transformBoundingBox(canvas.extent())
    if not extent.intersects(layer.extent()):
        raise ValueError("the visible extent does not intersect the raster; pan or zoom to it")
    return SegmentRequest(
        raster_path=layer.dataProvider().dataSourceUri().split("|")[0],
        expression=expression,
        model=model,
        bounds=(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()),
        bands=renderer_bands(layer),
        **options,
    )
