"""Anchors that name a vector layer of the project: "the tanks north of the road" when a layer called
Roads (or streets_osm: the same synonyms as the parser's) exists. Its features near the view go with the
request, and the model process uses them instead of looking for the anchor in the image.

The layers are found on the GUI thread, where the project may be read, but their features are read in
the task's thread: a PostGIS or WFS layer can take seconds to answer, and QGIS must not stall meanwhile.
A QgsVectorLayerFeatureSource, a snapshot of the layer that QGIS documents as safe to iterate from
another thread, carries each layer across.

A layer without a CRS cannot be placed on the view: it is skipped, with a note, and its anchor is looked
for in the image. Curved geometries (CompoundCurve, CircularString) are made linear here, since the
model process reads only linear WKT."""

from __future__ import annotations

from dataclasses import dataclass, replace

from qgis.core import (
    Qgis,
    QgsAbstractFeatureSource,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsMessageLog,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..foundation.errors import Cancelled
from ..protocol.messages import AnchorLayer
from ..referring.parse import parse_expression, reads_as
from ..referring.program import Program
from .settings import LOG_TAG

RESULT_PROPERTY = "rrsis_qgis/expression"  # set on result layers, which are never taken as anchors
MAX_FEATURES = 5000  # per layer, so that a country-wide layer does not flood the request
MARGIN = 1.0  # features this many view widths around the view count too: "north of" a road off-screen


@dataclass(frozen=True)
class AnchorSource:
    """An anchor's layer as taken on the GUI thread: what reading its features needs, and nothing that
    may only be used there."""

    phrase: str
    name: str
    crs: QgsCoordinateReferenceSystem
    features: QgsAbstractFeatureSource | None  # None: the layer has no CRS and is skipped
    around: QgsRectangle  # the view and its margin, in the layer's CRS


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
    """The program's anchors that a layer of the project with a CRS names, with that layer."""
    return {phrase: layer for phrase, layer in _named(program, project).items() if layer.crs().isValid()}


def _named(program: Program, project: QgsProject) -> dict[str, QgsVectorLayer]:
    named = {phrase: layer_for(phrase, project) for phrase in program.anchors} if program.understood else {}
    return {phrase: layer for phrase, layer in named.items() if layer is not None}


def anchor_sources(
    expression: str, project: QgsProject, extent: QgsRectangle, extent_crs: QgsCoordinateReferenceSystem
) -> tuple[AnchorSource, ...]:
    """Each anchor of ``expression`` that a layer names, ready to be read around ``extent`` (GUI thread;
    no feature is read here)."""
    found = []
    for phrase, layer in _named(parse_expression(expression), project).items():
        if not layer.crs().isValid():  # its coordinates could be anywhere: the image is searched instead
            found.append(AnchorSource(phrase, layer.name(), layer.crs(), None, QgsRectangle()))
            QgsMessageLog.logMessage(_without_crs(found[-1]), LOG_TAG, Qgis.Warning)
            continue
        to_layer = QgsCoordinateTransform(extent_crs, layer.crs(), project.transformContext())
        around = to_layer.transformBoundingBox(extent)
        around.grow(MARGIN * max(around.width(), around.height()))
        found.append(
            AnchorSource(phrase, layer.name(), layer.crs(), QgsVectorLayerFeatureSource(layer), around)
        )
    return tuple(found)


def read_anchors(sources: tuple[AnchorSource, ...], is_cancelled=None) -> tuple[AnchorLayer, ...]:
    """The anchors' geometries around the view, at most MAX_FEATURES per layer (any thread; Cancelled
    when ``is_cancelled`` says so between features)."""
    found = []
    for source in sources:
        if source.features is None:
            continue
        request = (
            QgsFeatureRequest().setFilterRect(source.around).setNoAttributes().setLimit(MAX_FEATURES + 1)
        )
        geometries = []
        for feature in source.features.getFeatures(request):
            if is_cancelled is not None and is_cancelled():
                raise Cancelled
            if feature.hasGeometry():
                # A copy made linear (a linear geometry comes back as it is): curves have no WKT the
                # model process reads.
                geometries.append(feature.geometry().constGet().segmentize().asWkt())
        if len(geometries) > MAX_FEATURES:
            del geometries[MAX_FEATURES:]
            QgsMessageLog.logMessage(_bounded(source), LOG_TAG, Qgis.Warning)
        found.append(AnchorLayer(source.phrase, source.name, source.crs.toWkt(), tuple(geometries)))
    return tuple(found)


def _bounded(source: AnchorSource) -> str:
    return QCoreApplication.translate(
        "anchors", "'{layer}' has over {count} features near the view: the first {count} stand for '{phrase}'"
    ).format(layer=source.name, count=MAX_FEATURES, phrase=source.phrase)


def _without_crs(source: AnchorSource) -> str:
    # pylupdate5 misses a template followed by a comma, as the formatter would write it.
    # fmt: off
    text = QCoreApplication.translate("anchors",
        "'{layer}' has no coordinate reference system, so it is not used: '{phrase}' is looked for in "
        "the image")
    # fmt: on
    return text.format(layer=source.name, phrase=source.phrase)


class WithAnchors:
    """A segmenter that reads the anchors' features first, in the thread that runs it (a SegmentTask's),
    and then runs the request with them."""

    def __init__(self, segmenter, sources: tuple[AnchorSource, ...]) -> None:
        self.segmenter, self.sources = segmenter, sources

    def run(self, request, progress=None, is_cancelled=None):
        anchors = read_anchors(self.sources, is_cancelled)
        result = self.segmenter.run(replace(request, anchor_layers=anchors), progress, is_cancelled)
        skipped = [_without_crs(source) for source in self.sources if source.features is None]
        return replace(result, notes=[*skipped, *result.notes]) if skipped else result
