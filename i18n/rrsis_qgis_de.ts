<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>RrsisPlugin</name>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="16" />
        <source>Text Segmentation (RRSIS)</source>
        <translation>Textsegmentierung (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="41" />
        <source>Segment objects in a raster from a text description</source>
        <translation>Objekte in einem Raster anhand einer Textbeschreibung segmentieren</translation>
    </message>
</context>
<context>
    <name>SegmentController</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="46" />
        <source>A segmentation is already running; cancel it or wait.</source>
        <translation>Eine Segmentierung läuft bereits; brechen Sie sie ab oder warten Sie.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="84" />
        <source>Segmenting '{expression}'…</source>
        <translation>Segmentiere „{expression}“…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="94" />
        <source>Cancelling after the current step…</source>
        <translation>Abbruch nach dem aktuellen Schritt…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="124" />
        <source>Nothing found for '{expression}'.</source>
        <translation>Nichts gefunden für „{expression}“.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="139" />
        <source>{count} polygon(s) for '{expression}' (score {score:.2f}, {ms:.0f} ms)</source>
        <translation>{count} Polygon(e) für „{expression}“ (Konfidenz {score:.2f}, {ms:.0f} ms)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="204" />
        <source>Text segmentation</source>
        <translation>Textsegmentierung</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="154" />
        <source>Cancelled; nothing was added.</source>
        <translation>Abgebrochen; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="190" />
        <source>That result layer was removed from the project.</source>
        <translation>Dieser Ergebnislayer wurde aus dem Projekt entfernt.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="170" />
        <source>Choose a checkpoint folder (with config.json)</source>
        <translation>Checkpoint-Ordner wählen (mit config.json)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="179" />
        <source>{folder} is not a checkpoint folder: it has no config.json</source>
        <translation>{folder} ist kein Checkpoint-Ordner: config.json fehlt</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="192" />
        <source>Export result</source>
        <translation>Ergebnis exportieren</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="202" />
        <source>Export failed: {reason}</source>
        <translation>Export fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="204" />
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="61" />
        <source>Rendering '{layer}'…</source>
        <translation>Zeichne „{layer}“…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="133" />
        <source>{reason}; the result stays in a temporary layer</source>
        <translation>{reason}; das Ergebnis bleibt in einem temporären Layer</translation>
    </message>
</context>
<context>
    <name>SegmentDock</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="42" />
        <source>Text Segmentation (RRSIS)</source>
        <translation>Textsegmentierung (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="46" />
        <source>e.g. the two round white tanks north of the road</source>
        <translation>z. B. die zwei runden weißen Tanks nördlich der Straße</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="65" />
        <source>Segment</source>
        <translation>Segmentieren</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="66" />
        <source>Segment the visible extent of the raster layer</source>
        <translation>Den sichtbaren Ausschnitt des Rasterlayers segmentieren</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="68" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="95" />
        <source>Describe</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="96" />
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="97" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="133" />
        <source>Missing Python packages: {packages}. Install them for QGIS's Python with:
{command}</source>
        <translation>Fehlende Python-Pakete: {packages}. Installieren Sie sie für das Python von QGIS mit:
{command}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="183" />
        <source>Type a description of the objects to segment first.</source>
        <translation>Geben Sie zuerst eine Beschreibung der zu segmentierenden Objekte ein.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="186" />
        <source>Add a raster layer to the project and pick it first.</source>
        <translation>Fügen Sie zuerst einen Rasterlayer zum Projekt hinzu und wählen Sie ihn aus.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="58" />
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="59" />
        <source>Add a trained checkpoint folder to the model list</source>
        <translation>Einen trainierten Checkpoint-Ordner zur Modellliste hinzufügen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="80" />
        <source>Expression</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="80" />
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="80" />
        <source>Score</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="88" />
        <source>Zoom to</source>
        <translation>Zoomen auf</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="90" />
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="91" />
        <source>Save the selected result as Shapefile, GeoPackage or GeoJSON</source>
        <translation>Das gewählte Ergebnis als Shapefile, GeoPackage oder GeoJSON speichern</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="168" />
        <source>Select a result in the list first.</source>
        <translation>Wählen Sie zuerst ein Ergebnis in der Liste.</translation>
    </message>
</context>
</TS>