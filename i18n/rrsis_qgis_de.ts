<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>RrsisPlugin</name>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="15" />
        <source>Text Segmentation (RRSIS)</source>
        <translation>Textsegmentierung (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="38" />
        <source>Segment objects in a raster from a text description</source>
        <translation>Objekte in einem Raster anhand einer Textbeschreibung segmentieren</translation>
    </message>
</context>
<context>
    <name>SegmentDock</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="35" />
        <source>Text Segmentation (RRSIS)</source>
        <translation>Textsegmentierung (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="39" />
        <source>e.g. the two round white tanks north of the road</source>
        <translation>z. B. die zwei runden weißen Tanks nördlich der Straße</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="51" />
        <source>Segment</source>
        <translation>Segmentieren</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="52" />
        <source>Segment the visible extent of the raster layer</source>
        <translation>Den sichtbaren Ausschnitt des Rasterlayers segmentieren</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="54" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="66" />
        <source>Describe</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="67" />
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="68" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="89" />
        <source>Missing Python packages: {packages}. Install them for QGIS's Python with:
{command}</source>
        <translation>Fehlende Python-Pakete: {packages}. Installieren Sie sie für das Python von QGIS mit:
{command}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="113" />
        <source>Type a description of the objects to segment first.</source>
        <translation>Geben Sie zuerst eine Beschreibung der zu segmentierenden Objekte ein.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="116" />
        <source>Add a raster layer to the project and pick it first.</source>
        <translation>Fügen Sie zuerst einen Rasterlayer zum Projekt hinzu und wählen Sie ihn aus.</translation>
    </message>
</context>
</TS>