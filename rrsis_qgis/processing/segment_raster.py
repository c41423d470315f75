"""Processing algorithm "Segment raster by text": a whole raster (or an extent, or inside polygons) on
overlapping tiles, one output layer with an ``expression`` field for every expression given."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProject,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication

from ..foundation.errors import RrsisError
from ..foundation.messages import QT_TRANSLATE_NOOP

REQUESTER = QT_TRANSLATE_NOOP("messages", "a Processing run")  # what a panel run waiting behind it hears


class SegmentRasterByText(QgsProcessingAlgorithm):
    INPUT, EXPRESSIONS, MODEL, EXTENT, MASK = "INPUT", "EXPRESSIONS", "MODEL", "EXTENT", "MASK"
    TILE, OVERLAP, THRESHOLD, MIN_PIXELS, OUTPUT = "TILE_SIZE", "OVERLAP", "THRESHOLD", "MIN_PIXELS", "OUTPUT"
    MIN_SCORE, RAY_ADDRESS, BANDS = "MIN_SCORE", "RAY_ADDRESS", "BANDS"
    REGULARIZE, TOLERANCE, ORIGINAL = "REGULARIZE", "TOLERANCE_M", "ORIGINAL"

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("SegmentRasterByText", text)

    def createInstance(self) -> SegmentRasterByText:
        return SegmentRasterByText()

    def name(self) -> str:
        return "segmentrasterbytext"

    def displayName(self) -> str:
        return self.tr("Segment raster by text")

    def shortHelpString(self) -> str:
        return self.tr(
            "Finds the objects each expression describes (one expression per line) in a whole raster, an "
            "extent of it, or only inside polygons, and writes their outlines with an 'expression' field. "
            "The raster is processed at native resolution on overlapping tiles; every tile is encoded "
            "once for all expressions, and objects crossing tile seams come out as one polygon. A model "
            "that reads the expression's parts (PSLG-SAM, SAM3) judges positions, counts, superlatives "
            "and relations over the whole raster or extent, and an anchor that names a vector layer of "
            "the project ('north of the road' with a layer Roads) is that layer."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Raster layer")))
        self.addParameter(
            QgsProcessingParameterString(
                self.EXPRESSIONS, self.tr("Expressions (one per line)"), multiLine=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.MODEL, self.tr("Model (a listed model name or a checkpoint folder)"), "pslg-sam2"
            )
        )
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent"), optional=True))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.MASK,
                self.tr("Only inside these polygons"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        integer = QgsProcessingParameterNumber.Integer
        self.addParameter(
            QgsProcessingParameterNumber(self.TILE, self.tr("Tile size (pixels)"), integer, 1024, minValue=64)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.OVERLAP, self.tr("Tile overlap (pixels)"), integer, 128, minValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.THRESHOLD,
                self.tr("Mask threshold"),
                QgsProcessingParameterNumber.Double,
                0.5,
                minValue=0,
                maxValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_SCORE,
                self.tr("Smallest model score kept"),
                QgsProcessingParameterNumber.Double,
                0.0,
                minValue=0,
                maxValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_PIXELS, self.tr("Smallest polygon (pixels)"), integer, 16, minValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.BANDS,
                self.tr("Bands shown as red, green, blue (e.g. 4,3,2; empty: the raster's own)"),
                "",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.REGULARIZE,
                self.tr(
                    "Outlines that look like the objects (right-angled buildings, round tanks, smooth ponds)"
                ),
                False,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TOLERANCE,
                self.tr("Their tolerance (metres on the ground)"),
                QgsProcessingParameterNumber.Double,
                1.0,
                minValue=0.01,
            )
        )
        ray_address = QgsProcessingParameterString(
            self.RAY_ADDRESS,
            self.tr("Ray cluster address (empty: this machine without Ray; auto or ray://host:10001)"),
            "",
            optional=True,
        )
        ray_address.setFlags(ray_address.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(ray_address)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Segmented polygons"), QgsProcessing.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.ORIGINAL,
                self.tr("Traced outlines (before they were shaped; only with the option above)"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        from dataclasses import replace

        from ..foundation.errors import Cancelled
        from ..foundation.messages import Message
        from ..protocol.messages import Planned, Polygons, TileJob, TilesRequest, parse_bands
        from ..qgis_ui.anchors import read_anchors
        from ..qgis_ui.canvas import raster_path, renderer_stretch
        from ..qgis_ui.layers import qgis_feature, result_fields
        from ..qgis_ui.messages import error_text, translated
        from ..qgis_ui.runtime import model_process
        from ..qgis_ui.settings import RrsisSettings

        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is None or layer.providerType() != "gdal":
            raise QgsProcessingException(self.tr("Choose a raster layer read from a file (GDAL)."))
        expressions = self._expressions(parameters, context)
        if not expressions:
            raise QgsProcessingException(self.tr("Give at least one expression."))
        model = self.parameterAsString(parameters, self.MODEL, context).strip()

        crs = layer.crs()
        mask = self._mask_geometry(parameters, context, crs)
        bounds = None
        if parameters.get(self.EXTENT):
            bounds = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        if mask is not None:
            box = mask.boundingBox()
            bounds = box if bounds is None else bounds.intersect(box)
        # Device and precision as set in the plugin's settings; threshold and smallest polygon from here.
        settings = replace(
            RrsisSettings().run_settings,
            threshold=self.parameterAsDouble(parameters, self.THRESHOLD, context),
            min_pixels=self.parameterAsInt(parameters, self.MIN_PIXELS, context),
            regularize=self.parameterAsBoolean(parameters, self.REGULARIZE, context),
            tolerance_m=self.parameterAsDouble(parameters, self.TOLERANCE, context),
        )
        tile = self.parameterAsInt(parameters, self.TILE, context)
        overlap = self.parameterAsInt(parameters, self.OVERLAP, context)
        try:
            text = self.parameterAsString(parameters, self.BANDS, context).strip()
            min_score = self.parameterAsDouble(parameters, self.MIN_SCORE, context)
            # Each expression read once, here (TileJob): the job carries the reading to every tile and
            # to the selection over the whole raster, with the layers its anchors name.
            anchors = read_anchors(tuple(self.anchor_sources.values()), feedback.isCanceled)
            request = TilesRequest(
                job=TileJob(model, tuple(expressions), settings, min_score, anchor_layers=anchors),
                raster_path=raster_path(layer),
                tile=tile,
                overlap=overlap,
                bounds=None
                if bounds is None
                else (bounds.xMinimum(), bounds.yMinimum(), bounds.xMaximum(), bounds.yMaximum()),
                bands=parse_bands(text) if text else None,
                stretch=renderer_stretch(layer),  # the layer's own stretch, as the panel uses it
                within_wkt=None if mask is None else mask.asWkt(),
                ray_address=self.parameterAsString(parameters, self.RAY_ADDRESS, context).strip() or None,
            )
        except ValueError as error:
            raise QgsProcessingException(error_text(error)) from error
        except Cancelled:
            raise QgsProcessingException(self.tr("Cancelled before any tile ran.")) from None

        # The model side computes every attribute, the same as for the panel's layers.
        fields = result_fields()
        sink, destination = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon, crs
        )
        traced, traced_destination = None, None  # the outlines as traced, when they are shaped
        if settings.regularize:
            traced, traced_destination = self.parameterAsSink(
                parameters, self.ORIGINAL, context, fields, QgsWkbTypes.MultiPolygon, crs
            )
            # A traced outline's own area, on the ellipsoid that area_m2 is measured on.
            ellipsoid = QgsDistanceArea()
            ellipsoid.setSourceCrs(crs, context.transformContext())
            ellipsoid.setEllipsoid("WGS84")

        write_errors: list[str] = []  # QGIS's own words for a feature the sink refused

        def on_event(event) -> None:
            if isinstance(event, Planned):
                feedback.pushInfo(
                    self.tr("{count} tiles of {tile} px with {overlap} px overlap").format(
                        count=event.tiles, tile=tile, overlap=overlap
                    )
                )
                feedback.pushInfo(
                    self.tr("Loading {model} ({device}, {precision})…").format(
                        model=model, device=settings.device, precision=settings.precision
                    )
                )
            elif isinstance(event, Polygons) and not write_errors:
                for feature in event.features:
                    if not sink.addFeature(qgis_feature(feature, fields), QgsFeatureSink.FastInsert):
                        # Raised once the model process has stopped (as on Cancel), so that it stays
                        # warm and in step for the next run.
                        write_errors.append(self.writeFeatureError(sink, parameters, self.OUTPUT))
                        return
                    if traced is not None and feature.original:
                        original = qgis_feature(replace(feature, wkt=feature.original), fields)
                        original["area_m2"] = ellipsoid.measureArea(original.geometry())
                        if not traced.addFeature(original, QgsFeatureSink.FastInsert):
                            write_errors.append(self.writeFeatureError(traced, parameters, self.ORIGINAL))
                            return

        def progress(percent: int, message: str) -> None:
            feedback.setProgress(percent)
            feedback.setProgressText(translated(message))  # tiles done, or whose run it waits for

        failure = None
        try:
            done = model_process().request(
                request,
                progress=progress,
                is_cancelled=lambda: bool(write_errors) or feedback.isCanceled(),
                on_event=on_event,
                requester=Message(REQUESTER),
            )
            for note in done.notes:  # how the tiles read the expressions
                feedback.pushWarning(translated(note))
        except Cancelled:
            if not write_errors:
                feedback.pushInfo(self.tr("Cancelled; the output holds the polygons found so far."))
        except (RrsisError, ValueError, OSError) as error:
            failure = error
        # Closed now, not when the failure's traceback lets go of it: only a closed file is whole.
        sip.delete(sink)
        if traced is not None:
            sip.delete(traced)
        if write_errors:
            raise QgsProcessingException(write_errors[0])
        if failure is not None:
            text = self.tr("{error}\nThe output holds the polygons found before the failure.")
            raise QgsProcessingException(text.format(error=error_text(failure))) from failure
        if traced is not None:
            return {self.OUTPUT: destination, self.ORIGINAL: traced_destination}
        return {self.OUTPUT: destination}

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:
        """On the main thread, where the project may be read: the layers of the project that the
        expressions' anchors name (for a model that reads the program), taken around the whole raster;
        their features are read in the run's thread (processAlgorithm)."""
        from ..foundation.model_types import runs_the_program
        from ..protocol.messages import check_expression
        from ..qgis_ui.anchors import anchor_sources

        self.anchor_sources = {}
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        model = self.parameterAsString(parameters, self.MODEL, context).strip()
        if layer is None or not runs_the_program(model):
            return True
        project = context.project() or QgsProject.instance()
        for expression in self._expressions(parameters, context):
            try:
                expression = check_expression(expression)
            except ValueError:  # said by the run
                continue
            for source in anchor_sources(expression, project, layer.extent(), layer.crs()):
                self.anchor_sources.setdefault(source.phrase, source)
        return True

    def _expressions(self, parameters, context) -> list[str]:
        lines = self.parameterAsString(parameters, self.EXPRESSIONS, context).splitlines()
        return [line.strip() for line in lines if line.strip()]

    def _mask_geometry(self, parameters, context, crs) -> QgsGeometry | None:
        source = self.parameterAsSource(parameters, self.MASK, context)
        if source is None:
            return None
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        parts = []
        for feature in source.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            geometry.transform(transform)
            parts.append(geometry)
        if not parts:
            raise QgsProcessingException(self.tr("The polygon layer that limits the search is empty."))
        return QgsGeometry.unaryUnion(parts)
