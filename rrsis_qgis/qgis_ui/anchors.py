"""Anchors that name a vector layer of the project: "the tanks north of the road" when a layer called
Roads (or streets_osm: the same synonyms as the parser's) exists. Its features near the view go with the
request, and the model process uses them instead of looking for the anchor in the image."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from ..protocol.messages import AnchorLayer
from ..referring.parse import parse_expression, reads_as
from ..referring.program import Program

RESULT_PROPERTY = "rrsis_qgis/expression"  # set on result layers, which are never taken as anchors
MAX_FEATURES = 5000  # per layer, so that a country-wide layer does not flood the request
MARGIN = 1.0  # features this many view widths around the view count too: "north of" a road off-screen


def layer_for(phrase: str, project: QgsProject) -> QgsVectorLayer | None:
    """The project's vector layer whose name reads as ``phrase``; None when there is none."""
    for layer in project.mapLayers().values():
        if (
            isinstance(layer, QgsVectorLayer)
            and layer.isValid()
            and layer.customProperty(RESULT_PROPERTY) is None
            and reads_as(layer.name()) == phrase
        ):
            return layer
    return None


def layers_named(program: Program, project: QgsProject) -> dict[str, QgsVectorLayer]:
    """The program's anchors that a layer of the project names, with that layer."""
    named = (
        {phrase: layer_for(phrase, project) for phrase in program.queries[1:]} if program.understood else {}
    )
    return {phrase: layer for phrase, layer in named.items() if layer is not None}


def anchor_layers(
    expression: str, project: QgsProject, extent: QgsRectangle, extent_crs: QgsCoordinateReferenceSystem
) -> tuple[AnchorLayer, ...]:
    """Each anchor of ``expression`` that a layer names, with that layer's features around ``extent``."""
    found = []
    for phrase, layer in layers_named(parse_expression(expression), project).items():
        to_layer = QgsCoordinateTransform(extent_crs, layer.crs(), project.transformContext())
        around = to_layer.transformBoundingBox(extent)
        around.grow(MARGIN * max(around.width(), around.height()))
        request = QgsFeatureRequest().setFilterRect(around).setLimit(MAX_FEATURES)
        geometries = tuple(
            feature.geometry().asWkt() for feature in layer.getFeatures(request) if feature.hasGeometry()
        )
        found.append(AnchorLayer(phrase, layer.name(), layer.crs().toWkt(), geometries))
    return tuple(found)
