"""GeoTIFFs for the QGIS tests, written with GDAL's own Python bindings (QGIS's interpreter has no
rasterio)."""

from __future__ import annotations

import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()
GDAL_TYPES = {
    np.dtype("uint8"): gdal.GDT_Byte,
    np.dtype("uint16"): gdal.GDT_UInt16,
    np.dtype("float32"): gdal.GDT_Float32,
}


def write_geotiff(path, bands: np.ndarray, origin=None, pixel=1.0, crs=None, nodata=None, tiled=False) -> str:
    """``bands`` (count x height x width) with its top-left corner at ``origin`` (x, y) and square
    ``pixel``s, in ``crs`` (e.g. "EPSG:32613"); no origin and no crs: a raster without georeferencing."""
    count, height, width = bands.shape
    options = ["TILED=YES"] if tiled else []
    dataset = gdal.GetDriverByName("GTiff").Create(
        str(path), width, height, count, GDAL_TYPES[bands.dtype], options=options
    )
    if origin is not None:
        dataset.SetGeoTransform((origin[0], pixel, 0.0, origin[1], 0.0, -pixel))
    if crs is not None:
        reference = osr.SpatialReference()
        reference.SetFromUserInput(crs)
        dataset.SetProjection(reference.ExportToWkt())
    for index in range(count):
        band = dataset.GetRasterBand(index + 1)
        if nodata is not None:
            band.SetNoDataValue(nodata)
        band.WriteArray(bands[index])
    dataset = None  # closes and flushes the file
    return str(path)


def read_bands(path, column=0, row=0, width=None, height=None) -> np.ndarray:
    """count x height x width of a window (default: the whole raster)."""
    dataset = gdal.Open(str(path))
    width = dataset.RasterXSize - column if width is None else width
    height = dataset.RasterYSize - row if height is None else height
    return dataset.ReadAsArray(column, row, width, height).reshape(-1, height, width)
