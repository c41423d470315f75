"""Results as QGIS layers (main thread only) and their export through the model side's staged writer."""

from __future__ import annotations

import re
import typing
from dataclasses import replace
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..foundation.review_fields import ACCEPTED, REJECTED, REVIEW
from ..foundation.vector_files import write_staged
from ..protocol.messages import ResultFeature, SegmentResult

if Qgis.QGIS_VERSION_INT >= 33800:  # QgsField takes QMetaType types (under Qt6, QGIS 4, nothing else)
    from qgis.PyQt.QtCore import QMetaType

    TEXT, REAL = QMetaType.Type.QString, QMetaType.Type.Double
else:
    from qgis.PyQt.QtCore import QVariant

    TEXT, REAL = QVariant.String, QVariant.Double
MAX_NAME = 60
ACCEPTED_FILTER, REJECTED_FILTER = f"\"{REVIEW}\" = '{ACCEPTED}'", f"\"{REVIEW}\" = '{REJECTED}'"


def result_fields() -> QgsFields:
    """The attributes every result has (ResultFeature.FIELDS), as QGIS fields of their declared types."""
    declared = typing.get_type_hints(ResultFeature)
    fields = QgsFields()
    for name in ResultFeature.FIELDS:
        fields.append(QgsField(name, {str: TEXT, float: REAL}[declared[name]]))
    return fields


def qgis_feature(feature: ResultFeature, fields: QgsFields, transform=None) -> QgsFeature:
    """A ResultFeature as a QgsFeature, its geometry moved by ``transform`` when given; the attributes
    are the model side's, untouched."""
    geometry = QgsGeometry.fromWkt(feature.wkt)
    if transform is not None:
        geometry.transform(transform)
    geometry.convertToMultiType()
    made = QgsFeature(fields)
    made.setGeometry(geometry)
    made.setAttributes([feature.attributes()[name] for name in ResultFeature.FIELDS])
    return made


def result_layer(result: SegmentResult, project: QgsProject, name: str | None = None) -> QgsVectorLayer:
    """A styled memory layer in the project CRS holding the result's polygons and attributes, named
    ``name`` or after the expression."""
    target_crs = project.crs()
    name = name or result.expression
    name = name if len(name) <= MAX_NAME else name[: MAX_NAME - 1] + "…"
    layer = QgsVectorLayer(f"MultiPolygon?crs={target_crs.authid() or 'EPSG:4326'}", name, "memory")
    if not target_crs.authid():
        layer.setCrs(target_crs)
    source_crs = QgsCoordinateReferenceSystem.fromWkt(result.crs_wkt)
    transform = QgsCoordinateTransform(source_crs, target_crs, project.transformContext())
    fields = result_fields()
    provider = layer.dataProvider()
    provider.addAttributes(fields.toList())
    layer.updateFields()
    provider.addFeatures([qgis_feature(feature, fields, transform) for feature in result.features])
    layer.updateExtents()
    symbol = QgsFillSymbol.createSimple(
        {"color": "255,40,120,70", "outline_color": "255,40,120,255", "outline_width": "0.6"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def traced_outlines_layer(result: SegmentResult, project: QgsProject, name: str) -> QgsVectorLayer | None:
    """The outlines as traced, before they were shaped (the run's regularize setting), beside the result so
    that shaping is never a loss: each with its own area on the ellipsoid; None when none was shaped."""
    traced = [replace(feature, wkt=feature.original) for feature in result.features if feature.original]
    if not traced:
        return None
    label = QCoreApplication.translate("layers", "{name} (traced outlines)").format(name=name)
    layer = result_layer(replace(result, features=traced), project, label)
    ellipsoid = QgsDistanceArea()
    ellipsoid.setSourceCrs(layer.crs(), project.transformContext())
    ellipsoid.setEllipsoid("WGS84")
    area = layer.fields().indexOf("area_m2")
    layer.dataProvider().changeAttributeValues(
        {f.id(): {area: ellipsoid.measureArea(f.geometry())} for f in layer.getFeatures()}
    )
    symbol = QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "90,90,90,255", "outline_width": "0.4", "outline_style": "dash"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def style_for_review(layer: QgsVectorLayer) -> None:
    """Rejected polygons red and dashed, accepted ones green, the others drawn as they were: a rule-based
    renderer on ``review`` around the layer's own. A layer styled so already keeps its style."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsRuleBasedRenderer) and any(
        rule.filterExpression() == REJECTED_FILTER for rule in renderer.rootRule().children()
    ):
        return
    rejected = QgsFillSymbol.createSimple(
        {
            "color": "230,30,30,40",
            "outline_color": "230,30,30,255",
            "outline_style": "dash",
            "outline_width": "0.8",
        }
    )
    accepted = QgsFillSymbol.createSimple(
        {"color": "40,180,60,60", "outline_color": "40,180,60,255", "outline_width": "0.6"}
    )
    rule = QgsRuleBasedRenderer.Rule
    root = rule(None)
    root.appendChild(rule(rejected, 0, 0, REJECTED_FILTER, QCoreApplication.translate("layers", "Rejected")))
    root.appendChild(rule(accepted, 0, 0, ACCEPTED_FILTER, QCoreApplication.translate("layers", "Accepted")))
    others = rule(None, 0, 0, "ELSE", QCoreApplication.translate("layers", "Not reviewed"))
    converted = QgsRuleBasedRenderer.convertFromRenderer(renderer)  # owns its rules while they are copied
    for before in converted.rootRule().children():
        others.appendChild(before.clone())
    root.appendChild(others)
    layer.setRenderer(QgsRuleBasedRenderer(root))


def accepted_polygons(layer: QgsVectorLayer) -> QgsVectorLayer:
    """A memory copy of the layer's accepted polygons, its unsaved decisions included (for export)."""
    request = QgsFeatureRequest()
    if layer.fields().indexOf(REVIEW) < 0:  # never reviewed: nothing is accepted
        request.setFilterFids([])
    else:
        request.setFilterExpression(ACCEPTED_FILTER)
    return layer.materialize(request)


def export_layer(layer: QgsVectorLayer, path: str, overwrite: bool = False) -> list[str]:
    """Write a result layer to .shp / .gpkg / .geojson with QGIS's writer, staged and moved into place as
    the CLI's files are; returns what the analyst should know about the file (a shapefile that cut a long
    expression)."""
    names = layer.fields().names()
    rows = [dict(zip(names, feature.attributes())) for feature in layer.getFeatures()]

    def write(staged, driver_name: str) -> None:
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = driver_name
        options.layerName = staged.stem
        options.fileEncoding = "UTF-8"
        error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, str(staged), QgsProject.instance().transformContext(), options
        )
        if error != QgsVectorFileWriter.NoError:
            raise OSError(f"could not write {Path(path).name}: {message}")

    return write_staged(path, write, rows, overwrite).notes


def store_in_geopackage(layer: QgsVectorLayer, geopackage: str, project: QgsProject) -> QgsVectorLayer:
    """Write a result into ``geopackage`` as a new table (the file is created if needed) and return
    the layer read back from there, so results survive closing QGIS."""
    table = _table_name(layer.name(), _tables(geopackage))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    options.fileEncoding = "UTF-8"
    if Path(geopackage).exists():
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, geopackage, project.transformContext(), options
    )
    if error != QgsVectorFileWriter.NoError:
        raise OSError(f"could not write to {geopackage}: {message}")
    stored = QgsVectorLayer(f"{geopackage}|layername={table}", layer.name(), "ogr")
    stored.setRenderer(layer.renderer().clone())
    return stored


def _tables(geopackage: str) -> set[str]:
    from osgeo import ogr

    source = ogr.Open(geopackage) if Path(geopackage).exists() else None
    return {source.GetLayer(index).GetName() for index in range(source.GetLayerCount())} if source else set()


def _table_name(name: str, taken: set[str]) -> str:
    """A GeoPackage table name from the expression, unique in the file."""
    base = re.sub(r"[^0-9A-Za-z_]+", "_", name).strip("_").lower()[:40] or "result"
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}_{number}"
    return candidate
