<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>InstallerDialog</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="51"/>
        <source>Install the segmentation models&apos; Python packages</source>
        <translation>Python-Pakete der Segmentierungsmodelle installieren</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="60"/>
        <source>CPU only</source>
        <translation>Nur CPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="60"/>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>NVIDIA-GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="60"/>
        <source>Apple GPU (MPS)</source>
        <translation>Apple-GPU (MPS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="78"/>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="80"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="83"/>
        <source>Copy log</source>
        <translation>Protokoll kopieren</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="87"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="91"/>
        <source>Run the models on</source>
        <translation>Modelle ausführen auf</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="114"/>
        <source>Installing… this downloads up to a few GB and can take minutes.</source>
        <translation>Installiere… dabei werden bis zu einige GB heruntergeladen; das kann Minuten dauern.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="124"/>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="140"/>
        <source>Installed. The models can be used now.</source>
        <translation>Installiert. Die Modelle können jetzt verwendet werden.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="143"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="145"/>
        <source>The installation failed; nothing was changed. pip said:
{error}</source>
        <translation>Die Installation ist fehlgeschlagen; nichts wurde geändert. pip meldete:
{error}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="72"/>
        <source>The models&apos; environment is made in {folder}; QGIS&apos;s own Python is left as it is.</source>
        <translation>Die Umgebung der Modelle wird in {folder} angelegt; QGIS' eigenes Python bleibt, wie es ist.</translation>
    </message>
</context>
<context>
    <name>RefineSession</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="256"/>
        <source>Refining &apos;{expression}&apos;</source>
        <translation>'{expression}' wird verfeinert</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="256"/>
        <source>Segmenting what you click</source>
        <translation>Segmentiert wird, was Sie anklicken</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="261"/>
        <source>clicks go to {model} on the visible part of &apos;{layer}&apos;. Click on the object, right-click (or Shift+click) off it, drag a box; Ctrl+Z undoes, Enter accepts, Esc cancels.</source>
        <translation>Klicks gehen an {model} auf dem sichtbaren Teil von '{layer}'. Klicken Sie auf das Objekt, Rechtsklick (oder Umschalt+Klick) daneben, ziehen Sie ein Rechteck; Strg+Z macht rückgängig, Enter übernimmt, Esc bricht ab.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="382"/>
        <source>Still segmenting the last click; accept when it shows.</source>
        <translation>Der letzte Klick wird noch segmentiert; übernehmen Sie, sobald er angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="396"/>
        <source>Nothing to accept: click on an object first.</source>
        <translation>Nichts zu übernehmen: klicken Sie zuerst auf ein Objekt.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="401"/>
        <source>Clicked objects</source>
        <translation>Angeklickte Objekte</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="411"/>
        <source>Refining cancelled; nothing was changed.</source>
        <translation>Verfeinern abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="368"/>
        <source>Preview: score {score:.2f}; Enter accepts, Esc cancels</source>
        <translation>Vorschau: Wert {score:.2f}; Enter übernimmt, Esc bricht ab</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="390"/>
        <source>Writing the polygons…</source>
        <translation>Die Polygone werden geschrieben…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="329"/>
        <source>Rendering '{layer}'…</source>
        <translation>Zeichne „{layer}“…</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="83"/>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="89"/>
        <source>Accept (A)</source>
        <translation>Annehmen (A)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="90"/>
        <source>Reject (R)</source>
        <translation>Ablehnen (R)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="91"/>
        <source>Refine (F)</source>
        <translation>Verfeinern (F)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="92"/>
        <source>Previous (P)</source>
        <translation>Vorheriges (P)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="93"/>
        <source>Skip (S)</source>
        <translation>Überspringen (S)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="94"/>
        <source>Next (N)</source>
        <translation>Nächstes (N)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="95"/>
        <source>Save edits</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="96"/>
        <source>Write the decisions into the layer&apos;s file (Save Layer Edits)</source>
        <translation>Die Entscheidungen in die Datei des Layers schreiben (Layeränderungen speichern)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="97"/>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="98"/>
        <source>End the review; it resumes at the first polygon not decided</source>
        <translation>Die Überprüfung beenden; sie wird beim ersten noch nicht entschiedenen Polygon fortgesetzt</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="147"/>
        <source>Review: {layer}</source>
        <translation>Überprüfung: {layer}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="199"/>
        <source>{reviewed} of {total} reviewed, {rejected} rejected</source>
        <translation>{reviewed} von {total} überprüft, {rejected} abgelehnt</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="206"/>
        <source>Accept polygon</source>
        <translation>Polygon annehmen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="209"/>
        <source>Reject polygon</source>
        <translation>Polygon ablehnen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="252"/>
        <source>&apos;{layer}&apos; cannot be edited, so the decision was not written.</source>
        <translation>'{layer}' kann nicht bearbeitet werden; die Entscheidung wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="275"/>
        <source>&apos;{layer}&apos; did not take the decision.</source>
        <translation>'{layer}' hat die Entscheidung nicht übernommen.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="304"/>
        <source>No polygons to review.</source>
        <translation>Keine Polygone zu überprüfen.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="315"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="315"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="315"/>
        <source>unreviewed</source>
        <translation>nicht überprüft</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="318"/>
        <source>Polygon {number} of {total} by doubt: score {score:.2f}</source>
        <translation>Polygon {number} von {total}, nach Zweifel geordnet: Konfidenz {score:.2f}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="323"/>
        <source>agreement {agreement:.2f}</source>
        <translation>Übereinstimmung {agreement:.2f}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="326"/>
        <source>Every polygon is decided: Save edits keeps the decisions.</source>
        <translation>Über jedes Polygon ist entschieden: „Änderungen speichern“ behält die Entscheidungen.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="356"/>
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="359"/>
        <source>Saved: {counter}.</source>
        <translation>Gespeichert: {counter}.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="361"/>
        <source>&apos;{layer}&apos; could not be saved: {errors}</source>
        <translation>'{layer}' konnte nicht gespeichert werden: {errors}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="384"/>
        <source>Review stopped: {counter}.</source>
        <translation>Überprüfung beendet: {counter}.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="386"/>
        <source>Save Layer Edits keeps the decisions.</source>
        <translation>Layeränderungen speichern behält die Entscheidungen.</translation>
    </message>
</context>
<context>
    <name>RrsisPlugin</name>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="26"/>
        <source>Text Segmentation (RRSIS)</source>
        <translation>Textsegmentierung (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="55"/>
        <source>Segment objects in a raster from a text description</source>
        <translation>Objekte in einem Raster anhand einer Textbeschreibung segmentieren</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="61"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="65"/>
        <source>Refine with clicks on the map</source>
        <translation>Mit Klicks auf der Karte verfeinern</translation>
    </message>
</context>
<context>
    <name>RrsisProvider</name>
    <message>
        <location filename="../rrsis_qgis/processing/provider.py" line="18"/>
        <source>Text segmentation (RRSIS)</source>
        <translation>Textsegmentierung (RRSIS)</translation>
    </message>
</context>
<context>
    <name>SecondOpinions</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="140"/>
        <source>That result layer was removed from the project.</source>
        <translation>Dieser Ergebnislayer wurde aus dem Projekt entfernt.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="74"/>
        <source>Only a described result segmented in this session can be checked: run the description again, then check it.</source>
        <translation>Nur ein Ergebnis, das in dieser Sitzung aus einer Beschreibung segmentiert wurde, lässt sich gegenprüfen: führen Sie die Beschreibung erneut aus und prüfen Sie es dann gegen.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="82"/>
        <source>A check with another model is under way; wait for it to end.</source>
        <translation>Eine Gegenprüfung mit einem anderen Modell läuft; warten Sie, bis sie beendet ist.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="99"/>
        <source>Checking '{layer}' with {model}…</source>
        <translation>„{layer}“ wird mit {model} gegengeprüft…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="162"/>
        <source>Text segmentation</source>
        <translation>Textsegmentierung</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="134"/>
        <source>Check cancelled; nothing was written.</source>
        <translation>Gegenprüfung abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="142"/>
        <source>Check with {model}</source>
        <translation>Gegenprüfung mit {model}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="145"/>
        <source>&apos;{layer}&apos; did not take the check; it is unchanged.</source>
        <translation>'{layer}' hat die Gegenprüfung nicht übernommen; der Layer ist unverändert.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="151"/>
        <source>Checked with {model}: agreement {mean:.2f} on average, {low} of {count} polygon(s) below 0.5; {suggested} suggestion(s) added. Ctrl+Z undoes it, Save Layer Edits keeps it.</source>
        <translation>Mit {model} gegengeprüft: Übereinstimmung im Mittel {mean:.2f}, {low} von {count} Polygon(en) unter 0.5; {suggested} Vorschlag/Vorschläge hinzugefügt. Strg+Z macht es rückgängig, Layeränderungen speichern behält es.</translation>
    </message>
</context>
<context>
    <name>SegmentController</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="114"/>
        <source>Rendering '{layer}'…</source>
        <translation>Zeichne „{layer}“…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="160"/>
        <source>Segmenting '{expression}'…</source>
        <translation>Segmentiere „{expression}“…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="415"/>
        <source>Cancelled; nothing was added.</source>
        <translation>Abgebrochen; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="169"/>
        <source>Cancelling after the current step…</source>
        <translation>Abbruch nach dem aktuellen Schritt…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="240"/>
        <source>Nothing found for &apos;{expression}&apos;.</source>
        <translation>Nichts gefunden für „{expression}“.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="256"/>
        <source>{reason}; the result stays in a temporary layer</source>
        <translation>{reason}; das Ergebnis bleibt in einem temporären Layer</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="273"/>
        <source>{count} polygon(s) for &apos;{expression}&apos; (score {score:.2f}, {ms:.0f} ms)</source>
        <translation>{count} Polygon(e) für „{expression}“ (Konfidenz {score:.2f}, {ms:.0f} ms)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="483"/>
        <source>Text segmentation</source>
        <translation>Textsegmentierung</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="451"/>
        <source>That result layer was removed from the project.</source>
        <translation>Dieser Ergebnislayer wurde aus dem Projekt entfernt.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="431"/>
        <source>Choose a checkpoint folder (with config.json)</source>
        <translation>Checkpoint-Ordner wählen (mit config.json)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="440"/>
        <source>{folder} is not a checkpoint folder: it has no config.json</source>
        <translation>{folder} ist kein Checkpoint-Ordner: config.json fehlt</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="453"/>
        <source>Export result</source>
        <translation>Ergebnis exportieren</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="477"/>
        <source>Export failed: {reason}</source>
        <translation>Export fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="479"/>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="90"/>
        <source>Stopping the previous run; '{expression}' follows…</source>
        <translation>Der vorige Lauf wird beendet; '{expression}' folgt…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="371"/>
        <source>&apos;{layer}&apos; cannot be edited, so the refinement was not written.</source>
        <translation>'{layer}' kann nicht bearbeitet werden; die Verfeinerung wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="377"/>
        <source>Refine by hand</source>
        <translation>Von Hand verfeinern</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="392"/>
        <source>&apos;{layer}&apos; did not take the refinement; it is unchanged.</source>
        <translation>'{layer}' hat die Verfeinerung nicht übernommen; die Ebene ist unverändert.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="399"/>
        <source>The result in &apos;{layer}&apos; was refined by hand: Ctrl+Z undoes it, Save Layer Edits keeps it.</source>
        <translation>Das Ergebnis in '{layer}' wurde von Hand verfeinert: Strg+Z macht es rückgängig, Layeränderungen speichern behält es.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="334"/>
        <source>Select a result in the list, or make a layer of results the active layer, to review it.</source>
        <translation>Wählen Sie ein Ergebnis in der Liste oder machen Sie einen Ergebnislayer zum aktiven Layer, um ihn zu überprüfen.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="341"/>
        <source>&apos;{layer}&apos; has no polygons to review.</source>
        <translation>'{layer}' hat keine Polygone zum Überprüfen.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="347"/>
        <source>Reviewing &apos;{layer}&apos;: A accepts, R rejects, F refines, N and P move, S skips.</source>
        <translation>Überprüfung von „{layer}“: A nimmt an, R lehnt ab, F verfeinert, N und P blättern, S überspringt.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="468"/>
        <source>No polygon of &apos;{layer}&apos; is accepted: review it first, or export them all.</source>
        <translation>Kein Polygon von '{layer}' ist angenommen: überprüfen Sie den Layer zuerst oder exportieren Sie alle.</translation>
    </message>
</context>
<context>
    <name>SegmentDock</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="77"/>
        <source>Text Segmentation (RRSIS)</source>
        <translation>Textsegmentierung (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="81"/>
        <source>e.g. the two round white tanks north of the road</source>
        <translation>z. B. die zwei runden weißen Tanks nördlich der Straße</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="103"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="104"/>
        <source>Add a trained checkpoint folder to the model list</source>
        <translation>Einen trainierten Checkpoint-Ordner zur Modellliste hinzufügen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="106"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="107"/>
        <source>Device, precision, checkpoint folders, output and more</source>
        <translation>Gerät, Genauigkeit, Checkpoint-Ordner, Ausgabe und mehr</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="113"/>
        <source>Segment</source>
        <translation>Segmentieren</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="114"/>
        <source>Segment the visible extent of the raster layer</source>
        <translation>Den sichtbaren Ausschnitt des Rasterlayers segmentieren</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="116"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="143"/>
        <source>Expression</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="143"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="143"/>
        <source>Score</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="155"/>
        <source>Zoom to</source>
        <translation>Zoomen auf</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="157"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="158"/>
        <source>Save the selected result as Shapefile, GeoPackage or GeoJSON</source>
        <translation>Das gewählte Ergebnis als Shapefile, GeoPackage oder GeoJSON speichern</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="181"/>
        <source>Describe</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="183"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="184"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="350"/>
        <source>Select a result in the list first.</source>
        <translation>Wählen Sie zuerst ein Ergebnis in der Liste.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="388"/>
        <source>Type a description of the objects to segment first.</source>
        <translation>Geben Sie zuerst eine Beschreibung der zu segmentierenden Objekte ein.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="391"/>
        <source>Add a raster layer to the project and pick it first.</source>
        <translation>Fügen Sie zuerst einen Rasterlayer zum Projekt hinzu und wählen Sie ihn aus.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="129"/>
        <source>Install dependencies…</source>
        <translation>Abhängigkeiten installieren…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="130"/>
        <source>Install torch, transformers and the rest into the models&apos; own environment</source>
        <translation>torch, transformers und den Rest in die eigene Umgebung der Modelle installieren</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="231"/>
        <source>Read as: {program}</source>
        <translation>Gelesen als: {program}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="254"/>
        <source>Not understood: the whole description goes to the detector as it is.</source>
        <translation>Nicht verstanden: die ganze Beschreibung geht unverändert an den Detektor.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="233"/>
        <source>{phrase}: the layer &apos;{layer}&apos;</source>
        <translation>{phrase}: der Layer '{layer}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="119"/>
        <source>Refine</source>
        <translation>Verfeinern</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="121"/>
        <source>Correct the selected result with clicks on the map, or segment what you click when no result is selected (Ctrl+Alt+R)</source>
        <translation>Das gewählte Ergebnis mit Klicks auf der Karte korrigieren, oder segmentieren, was Sie anklicken, wenn kein Ergebnis gewählt ist (Strg+Alt+R)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="160"/>
        <source>Accepted only</source>
        <translation>Nur angenommene</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="161"/>
        <source>Export only the polygons accepted in a review</source>
        <translation>Nur die bei einer Überprüfung angenommenen Polygone exportieren</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="162"/>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="163"/>
        <source>Accept or reject the polygons of the selected result (else of the active layer), the most doubtful first: A accepts, R rejects, F refines, N and P move, S skips</source>
        <translation>Die Polygone des gewählten Ergebnisses (sonst des aktiven Layers) annehmen oder ablehnen, die zweifelhaftesten zuerst: A nimmt an, R lehnt ab, F verfeinert, N und P blättern, S überspringt</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="170"/>
        <source>Check…</source>
        <translation>Gegenprüfen…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="171"/>
        <source>Check the selected result with another model on the same view: each polygon gets its agreement (IoU) with the other model&apos;s, and what only the other model finds is added as suggestions</source>
        <translation>Das gewählte Ergebnis mit einem anderen Modell auf derselben Ansicht gegenprüfen: jedes Polygon erhält seine Übereinstimmung (IoU) mit dem des anderen Modells, und was nur das andere Modell findet, wird als Vorschlag hinzugefügt</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="249"/>
        <source>Words not understood: {words}. They are not applied: rephrase them, or check the result.</source>
        <translation>Nicht verstandene Wörter: {words}. Sie werden nicht angewandt: formulieren Sie sie um oder prüfen Sie das Ergebnis.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="354"/>
        <source>A result of clicks alone has no description for another model to check.</source>
        <translation>Ein Ergebnis allein aus Klicks hat keine Beschreibung, die ein anderes Modell gegenprüfen könnte.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="359"/>
        <source>Check with another model</source>
        <translation>Mit einem anderen Modell gegenprüfen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="359"/>
        <source>The same description on the same view, run by:</source>
        <translation>Dieselbe Beschreibung auf derselben Ansicht, ausgeführt von:</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="245"/>
        <source>Not judged: {words}. They are not applied: what is kept fits the rest, check it.</source>
        <translation>Nicht beurteilt: {words}. Sie werden nicht angewendet: Was behalten wird, passt zum Rest – bitte prüfen.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="237"/>
        <source>Typing slips read as: {words}. If a word meant something else, retype it.</source>
        <translation>Tippfehler gelesen als: {words}. Wenn ein Wort etwas anderes meinte, tippen Sie es neu.</translation>
    </message>
</context>
<context>
    <name>SegmentRasterByText</name>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="50"/>
        <source>Segment raster by text</source>
        <translation>Raster per Text segmentieren</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="64"/>
        <source>Raster layer</source>
        <translation>Rasterlayer</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="65"/>
        <source>Expressions (one per line)</source>
        <translation>Beschreibungen (eine pro Zeile)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="70"/>
        <source>Model (a listed model name or a checkpoint folder)</source>
        <translation>Modell (ein aufgeführter Modellname oder ein Checkpoint-Ordner)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="75"/>
        <source>Extent</source>
        <translation>Ausdehnung</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="76"/>
        <source>Only inside these polygons</source>
        <translation>Nur innerhalb dieser Polygone</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="85"/>
        <source>Tile size (pixels)</source>
        <translation>Kachelgröße (Pixel)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="88"/>
        <source>Tile overlap (pixels)</source>
        <translation>Kachelüberlappung (Pixel)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="93"/>
        <source>Mask threshold</source>
        <translation>Maskenschwelle</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="113"/>
        <source>Smallest polygon (pixels)</source>
        <translation>Kleinstes Polygon (Pixel)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="152"/>
        <source>Segmented polygons</source>
        <translation>Segmentierte Polygone</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="181"/>
        <source>Choose a raster layer read from a file (GDAL).</source>
        <translation>Wählen Sie einen Rasterlayer, der aus einer Datei gelesen wird (GDAL).</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="184"/>
        <source>Give at least one expression.</source>
        <translation>Geben Sie mindestens eine Beschreibung an.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="289"/>
        <source>Cancelled; the output holds the polygons found so far.</source>
        <translation>Abgebrochen; die Ausgabe enthält die bisher gefundenen Polygone.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="343"/>
        <source>The polygon layer that limits the search is empty.</source>
        <translation>Der Polygonlayer, der die Suche begrenzt, ist leer.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="103"/>
        <source>Smallest model score kept</source>
        <translation>Kleinste beibehaltene Modellkonfidenz</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="253"/>
        <source>Loading {model} ({device}, {precision})…</source>
        <translation>Lade {model} ({device}, {precision})…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="248"/>
        <source>{count} tiles of {tile} px with {overlap} px overlap</source>
        <translation>{count} Kacheln zu {tile} px mit {overlap} px Überlappung</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="144"/>
        <source>Ray cluster address (empty: this machine without Ray; auto or ray://host:10001)</source>
        <translation>Adresse des Ray-Clusters (leer: dieser Rechner ohne Ray; auto oder ray://host:10001)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="118"/>
        <source>Bands shown as red, green, blue (e.g. 4,3,2; empty: the raster&apos;s own)</source>
        <translation>Bänder als Rot, Grün, Blau (z. B. 4,3,2; leer: die des Rasters)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="299"/>
        <source>{error}
The output holds the polygons found before the failure.</source>
        <translation>{error}
Die Ausgabe enthält die vor dem Fehler gefundenen Polygone.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="53"/>
        <source>Finds the objects each expression describes (one expression per line) in a whole raster, an extent of it, or only inside polygons, and writes their outlines with an &apos;expression&apos; field. The raster is processed at native resolution on overlapping tiles; every tile is encoded once for all expressions, and objects crossing tile seams come out as one polygon. A model that reads the expression&apos;s parts (PSLG-SAM, SAM3) judges positions, counts, superlatives and relations over the whole raster or extent, and an anchor that names a vector layer of the project (&apos;north of the road&apos; with a layer Roads) is that layer.</source>
        <translation>Findet die Objekte, die jede Beschreibung nennt (eine Beschreibung pro Zeile), in einem ganzen Raster, einem Ausschnitt davon oder nur innerhalb von Polygonen, und schreibt ihre Umrisse mit einem Feld 'expression'. Das Raster wird in voller Auflösung in überlappenden Kacheln verarbeitet; jede Kachel wird einmal für alle Beschreibungen kodiert, und Objekte über Kachelgrenzen hinweg ergeben ein einziges Polygon. Ein Modell, das die Teile der Beschreibung liest (PSLG-SAM, SAM3), beurteilt Lagen, Anzahlen, Superlative und Beziehungen über das ganze Raster oder den ganzen Ausschnitt, und ein Bezugsobjekt, das einen Vektorlayer des Projekts nennt ('north of the road' mit einem Layer Roads), ist dieser Layer.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="126"/>
        <source>Outlines that look like the objects (right-angled buildings, round tanks, smooth ponds)</source>
        <translation>Umrisse, die wie die Objekte aussehen (rechtwinklige Gebäude, runde Tanks, Teiche mit glattem Rand)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="135"/>
        <source>Their tolerance (metres on the ground)</source>
        <translation>Ihre Toleranz (Meter am Boden)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="157"/>
        <source>Traced outlines (before they were shaped; only with the option above)</source>
        <translation>Nachgezeichnete Umrisse (vor der Formung; nur mit der Option oben)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="227"/>
        <source>Cancelled before any tile ran.</source>
        <translation>Abgebrochen, bevor eine Kachel verarbeitet wurde.</translation>
    </message>
</context>
<context>
    <name>SegmentTask</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/segment_task.py" line="29"/>
        <source>Segmenting &apos;{expression}&apos;</source>
        <translation>Segmentiere „{expression}“</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/segment_task.py" line="33"/>
        <source>Segmenting what was clicked</source>
        <translation>Segmentierung des Angeklickten</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="56"/>
        <source>Text Segmentation settings</source>
        <translation>Einstellungen der Textsegmentierung</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="61"/>
        <source>Automatic (CUDA GPU, then Apple GPU, then CPU)</source>
        <translation>Automatisch (CUDA-GPU, dann Apple-GPU, dann CPU)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="61"/>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="61"/>
        <source>Apple GPU (MPS)</source>
        <translation>Apple-GPU (MPS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="61"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="71"/>
        <source>Automatic (bfloat16 on a CUDA GPU)</source>
        <translation>Automatisch (bfloat16 auf einer CUDA-GPU)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="72"/>
        <source>float32 everywhere (slower, exact)</source>
        <translation>Überall float32 (langsamer, exakt)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="78"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="80"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="97"/>
        <source> megapixels</source>
        <translation> Megapixel</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="99"/>
        <source>Larger views are read at a lower resolution (with a notice)</source>
        <translation>Größere Ausschnitte werden mit geringerer Auflösung gelesen (mit Hinweis)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="113"/>
        <source> pixels</source>
        <translation> Pixel</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="133"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="135"/>
        <source>Empty: results go to temporary layers in the project</source>
        <translation>Leer: Ergebnisse kommen in temporäre Layer im Projekt</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="137"/>
        <source>Keep the model in memory between runs</source>
        <translation>Modell zwischen den Läufen im Speicher behalten</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="164"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="165"/>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="166"/>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="167"/>
        <source>Checkpoint folders</source>
        <translation>Checkpoint-Ordner</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="168"/>
        <source>Largest view read at full resolution</source>
        <translation>Größter Ausschnitt in voller Auflösung</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="169"/>
        <source>Mask threshold</source>
        <translation>Maskenschwelle</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="170"/>
        <source>Smallest polygon</source>
        <translation>Kleinstes Polygon</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="171"/>
        <source>Simplification tolerance</source>
        <translation>Vereinfachungstoleranz</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="174"/>
        <source>Save results in GeoPackage</source>
        <translation>Ergebnisse in GeoPackage speichern</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="238"/>
        <source>Choose a checkpoint folder (with config.json)</source>
        <translation>Checkpoint-Ordner wählen (mit config.json)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="73"/>
        <source>bfloat16 everywhere (less memory)</source>
        <translation>Überall bfloat16 (weniger Speicher)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="146"/>
        <source>Choose environment…</source>
        <translation>Umgebung wählen…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="147"/>
        <source>A virtual or conda environment that has the model packages</source>
        <translation>Eine virtuelle oder conda-Umgebung mit den Paketen der Modelle</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="149"/>
        <source>Use the installer&apos;s environment</source>
        <translation>Umgebung des Installationsprogramms verwenden</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="151"/>
        <source>Reinstall…</source>
        <translation>Neu installieren…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="176"/>
        <source>Model environment</source>
        <translation>Umgebung der Modelle</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="191"/>
        <source>Asking the environment for its versions…</source>
        <translation>Die Umgebung wird nach ihren Versionen gefragt…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="205"/>
        <source>Choose the folder of a Python environment (venv or conda) with the model packages</source>
        <translation>Ordner einer Python-Umgebung (venv oder conda) mit den Paketen der Modelle wählen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="116"/>
        <source>Outlines that look like the objects</source>
        <translation>Umrisse, die wie die Objekte aussehen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="117"/>
        <source>Right-angled buildings, round tanks, smooth ponds and fields, from what the description asks for; the traced outlines are kept beside them</source>
        <translation>Rechtwinklige Gebäude, runde Tanks, Teiche und Felder mit glattem Rand, je nachdem, wonach die Beschreibung fragt; die nachgezeichneten Umrisse bleiben daneben erhalten</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="126"/>
        <source> m on the ground</source>
        <translation> m am Boden</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="173"/>
        <source>Their tolerance</source>
        <translation>Ihre Toleranz</translation>
    </message>
</context>
<context>
    <name>anchors</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/anchors.py" line="124"/>
        <source>&apos;{layer}&apos; has over {count} features near the view: the first {count} stand for &apos;{phrase}&apos;</source>
        <translation>'{layer}' hat über {count} Objekte nahe der Ansicht: die ersten {count} stehen für '{phrase}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/anchors.py" line="132"/>
        <source>&apos;{layer}&apos; has no coordinate reference system, so it is not used: &apos;{phrase}&apos; is looked for in the image</source>
        <translation>'{layer}' hat kein Koordinatenbezugssystem und wird daher nicht verwendet: '{phrase}' wird im Bild gesucht</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/canvas.py" line="91"/>
        <source>pick a raster layer: segmentation needs imagery</source>
        <translation>wählen Sie einen Rasterlayer: die Segmentierung braucht Bilddaten</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/canvas.py" line="109"/>
        <source>the visible extent does not intersect the raster; pan or zoom to it</source>
        <translation>der sichtbare Ausschnitt überschneidet das Raster nicht; verschieben oder zoomen Sie dorthin</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/canvas.py" line="242"/>
        <source>the rendered view could not be written to {path}: {reason}</source>
        <translation>die gezeichnete Ansicht konnte nicht nach {path} geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>layers</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/layers.py" line="134"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/layers.py" line="135"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/layers.py" line="136"/>
        <source>Not reviewed</source>
        <translation>Nicht überprüft</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/layers.py" line="97"/>
        <source>{name} (traced outlines)</source>
        <translation>{name} (nachgezeichnete Umrisse)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="112"/>
        <source>Fetching {model} from the Hugging Face Hub…</source>
        <translation>Hole {model} vom Hugging Face Hub…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="145"/>
        <source>{model} is available</source>
        <translation>{model} ist verfügbar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="159"/>
        <source>Downloading {model}: {done:.1f} of {total:.1f} MB</source>
        <translation>Lade {model} herunter: {done:.1f} von {total:.1f} MB</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="212"/>
        <source>Loading {model} on {device}…</source>
        <translation>Lade {model} auf {device}…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="224"/>
        <source>{model} is ready on {device}</source>
        <translation>{model} ist auf {device} bereit</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="184"/>
        <source>Reading the raster…</source>
        <translation>Lese das Raster…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="281"/>
        <source>read at 1/{factor:.1f} resolution to fit the size limit</source>
        <translation>mit 1/{factor:.1f} der Auflösung gelesen, um die Größengrenze einzuhalten</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="290"/>
        <source>bands {shown} shown as red, green, blue (the raster&apos;s own are {own})</source>
        <translation>Kanäle {shown} als Rot, Grün, Blau dargestellt (die eigenen des Rasters sind {own})</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="198"/>
        <source>Loading {model}…</source>
        <translation>Lade {model}…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="211"/>
        <source>the model sees this view at 1/{factor:g} of its resolution ({side} px); zoom in for small objects, or run the Processing algorithm, which works at native resolution</source>
        <translation>das Modell sieht diese Ansicht mit 1/{factor:g} ihrer Auflösung ({side} px); für kleine Objekte hineinzoomen oder den Processing-Algorithmus verwenden, der mit voller Auflösung arbeitet</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="216"/>
        <source>Encoding the image…</source>
        <translation>Kodiere das Bild…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="217"/>
        <source>Reusing the image encoding…</source>
        <translation>Verwende die Bildkodierung erneut…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="221"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="270"/>
        <source>the GPU ran out of memory; this run used the CPU</source>
        <translation>der GPU ging der Speicher aus; dieser Lauf nutzte die CPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="273"/>
        <source>GPU out of memory: retrying on the CPU…</source>
        <translation>GPU-Speicher erschöpft: neuer Versuch auf der CPU…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="72"/>
        <source>Looking for the described objects…</source>
        <translation>Suche die beschriebenen Objekte…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="65"/>
        <source>bands must be three band numbers for red, green and blue, e.g. 4,3,2, not &apos;{text}&apos;</source>
        <translation>Kanäle müssen drei Kanalnummern für Rot, Grün und Blau sein, z. B. 4,3,2, nicht '{text}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="179"/>
        <source>{name} has no coordinate reference system, so its polygons could not be placed on the map or measured; assign one first (QGIS: Raster ▸ Projections ▸ Assign Projection; or gdal_edit.py -a_srs EPSG:&lt;code&gt;)</source>
        <translation>{name} hat kein Koordinatenbezugssystem, daher könnten seine Polygone weder auf der Karte platziert noch vermessen werden; weisen Sie zuerst eines zu (QGIS: Raster ▸ Projektionen ▸ Projektion zuweisen; oder gdal_edit.py -a_srs EPSG:&lt;code&gt;)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="204"/>
        <source>the extent does not intersect the raster; pan to the raster&apos;s area</source>
        <translation>der Ausschnitt überschneidet das Raster nicht; verschieben Sie zum Gebiet des Rasters</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="220"/>
        <source>band {band} requested, but the raster has {count} band(s)</source>
        <translation>Kanal {band} angefordert, aber das Raster hat {count} Kanal/Kanäle</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="48"/>
        <source>the description is empty: type what to segment, e.g. &apos;the white tanks&apos;</source>
        <translation>die Beschreibung ist leer: geben Sie ein, was segmentiert werden soll, z. B. 'die weißen Tanks'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="53"/>
        <source>the description has {length} characters; keep it under {limit}</source>
        <translation>die Beschreibung hat {length} Zeichen; bleiben Sie unter {limit}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="194"/>
        <source>the view holds no valid pixels (only nodata): pan to where the raster has data</source>
        <translation>die Ansicht enthält keine gültigen Pixel (nur NoData): verschieben Sie dorthin, wo das Raster Daten hat</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/client/process.py" line="111"/>
        <source>another run</source>
        <translation>ein anderer Lauf</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/client/process.py" line="112"/>
        <source>Waiting for {holder} to finish…</source>
        <translation>Warte, bis {holder} fertig ist…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/client/process.py" line="337"/>
        <source>the panel&apos;s run</source>
        <translation>der Lauf des Bedienfelds</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="31"/>
        <source>a Processing run</source>
        <translation>ein Processing-Lauf</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="194"/>
        <source>the extent&apos;s coordinates must be finite numbers, not {bounds}</source>
        <translation>die Koordinaten der Ausdehnung müssen endliche Zahlen sein, nicht {bounds}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/referring.py" line="74"/>
        <source>understood as: {program}</source>
        <translation>verstanden als: {program}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="173"/>
        <source>no &apos;{what}&apos; was found</source>
        <translation>kein '{what}' gefunden</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="38"/>
        <source>colours were not checked: no image pixels were given</source>
        <translation>Farben wurden nicht geprüft: keine Bildpixel angegeben</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="43"/>
        <source>shapes were not checked: no outline was given for {count} of the &apos;{what}&apos;</source>
        <translation>Formen wurden nicht geprüft: für {count} der '{what}' wurde kein Umriss angegeben</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="280"/>
        <source>no &apos;{what}&apos; was found, so &apos;{relation}&apos; was not applied</source>
        <translation>kein '{what}' gefunden, daher wurde '{relation}' nicht angewandt</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="53"/>
        <source>the view has no metric georeferencing: a distance in metres was read as near</source>
        <translation>die Ansicht hat keine metrische Georeferenzierung: eine Entfernung in Metern wurde als „nahe“ gelesen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="323"/>
        <source>&apos;{order}&apos; needs an anchor that was not found; ordered by match</source>
        <translation>'{order}' braucht ein Bezugsobjekt, das nicht gefunden wurde; nach Übereinstimmung geordnet</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="60"/>
        <source>there are only {count} &apos;{what}&apos; to count {rank} along</source>
        <translation>es gibt nur {count} '{what}', um bis {rank} zu zählen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="56"/>
        <source>{asked} were asked for, {found} found</source>
        <translation>{asked} verlangt, {found} gefunden</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/whole_raster.py" line="193"/>
        <source>&apos;{phrase}&apos; is the layer &apos;{layer}&apos; ({count} features)</source>
        <translation>'{phrase}' ist der Layer '{layer}' ({count} Objekte)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="62"/>
        <source>a click lies outside the view being segmented: pan or zoom so that it is inside</source>
        <translation>ein Klick liegt außerhalb der segmentierten Ansicht: verschieben oder zoomen Sie, bis er darin liegt</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="27"/>
        <source>click coordinates must be finite numbers, not {coordinates}</source>
        <translation>Klickkoordinaten müssen endliche Zahlen sein, nicht {coordinates}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="61"/>
        <source>a click lies outside the raster: click on its pixels</source>
        <translation>ein Klick liegt außerhalb des Rasters: klicken Sie auf seine Pixel</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="92"/>
        <source>the click at {point} cannot be placed on the raster&apos;s coordinate reference system: check that x (easting or longitude) comes first and that the clicks&apos; CRS is the one meant</source>
        <translation>der Klick bei {point} lässt sich nicht in das Koordinatenbezugssystem des Rasters übertragen: prüfen Sie, dass x (Rechtswert oder Längengrad) zuerst steht und dass das KBS der Klicks das gemeinte ist</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/tiled_run.py" line="22"/>
        <source>the raster holds no valid pixels where it was searched (only nodata): choose an extent where it has data</source>
        <translation>das Raster hat im durchsuchten Bereich keine gültigen Pixel (nur NoData): wählen Sie eine Ausdehnung, in der es Daten hat</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/models/rs2sam2/predictor.py" line="38"/>
        <source>{model} takes clicks on a result of its own: segment this view by text first, then refine</source>
        <translation>{model} nimmt Klicks nur auf ein eigenes Ergebnis an: segmentieren Sie diese Ansicht zuerst per Text, dann verfeinern Sie</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="269"/>
        <source>click on the object or drag a box around it</source>
        <translation>klicken Sie auf das Objekt oder ziehen Sie ein Rechteck darum</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="63"/>
        <source>{model} cannot take clicks (it has no SAM decoder to prompt here); choose a PSLG-SAM, SAM3, RSRefSeg or RS2-SAM2 model</source>
        <translation>{model} kann keine Klicks annehmen (hier gibt es keinen SAM-Decoder); wählen Sie ein PSLG-SAM-, SAM3-, RSRefSeg- oder RS2-SAM2-Modell</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/models/sam3_text/predictor.py" line="138"/>
        <source>{model} cannot take clicks: its SAM3 folder holds the detector alone (Sam3Model); facebook/sam3 as published (Sam3VideoModel) has the tracker that takes them</source>
        <translation>{model} kann keine Klicks annehmen: sein SAM3-Ordner enthält nur den Detektor (Sam3Model); facebook/sam3 in der veröffentlichten Form (Sam3VideoModel) hat den Tracker, der sie annimmt</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/tiled_run.py" line="46"/>
        <source>Tile {finished} of {planned}</source>
        <translation>Kachel {finished} von {planned}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="115"/>
        <source>the coordinate reference system of the extent and the clicks cannot be transformed to the raster&apos;s: PROJ knows no operation between them; give them in the raster&apos;s CRS</source>
        <translation>das Koordinatenbezugssystem von Ausdehnung und Klicks lässt sich nicht in das des Rasters transformieren: PROJ kennt keine Operation zwischen ihnen; geben Sie sie im KBS des Rasters an</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="40"/>
        <source>colours were not checked for {count} of the &apos;{what}&apos;: no pixel of the image lies under them</source>
        <translation>Farben wurden für {count} der '{what}' nicht geprüft: kein Pixel des Bildes liegt unter ihnen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="103"/>
        <source>the extent {bounds} lies outside the range of its coordinate reference system: give one inside it</source>
        <translation>Die Ausdehnung {bounds} liegt außerhalb des Bereichs ihres Koordinatenbezugssystems: geben Sie eine darin an</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="40"/>
        <source>the panel&apos;s check with another model</source>
        <translation>die Gegenprüfung des Bedienfelds mit einem anderen Modell</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="57"/>
        <source>no &apos;{what}&apos; is {condition}</source>
        <translation>kein '{what}' ist {condition}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="58"/>
        <source>no &apos;{what}&apos; is {conditions} at once</source>
        <translation>kein '{what}' ist zugleich {conditions}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="59"/>
        <source>{count} of the &apos;{what}&apos; removed by &apos;{word}&apos;: {conditions}</source>
        <translation>{count} der '{what}' durch '{word}' entfernt: {conditions}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="15"/>
        <source>white</source>
        <translation>weiß</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="16"/>
        <source>black</source>
        <translation>schwarz</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="17"/>
        <source>gray</source>
        <translation>grau</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="18"/>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="19"/>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="20"/>
        <source>blue</source>
        <translation>blau</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="21"/>
        <source>yellow</source>
        <translation>gelb</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="22"/>
        <source>brown</source>
        <translation>braun</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="23"/>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="24"/>
        <source>purple</source>
        <translation>violett</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="25"/>
        <source>pink</source>
        <translation>rosa</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="26"/>
        <source>cyan</source>
        <translation>cyan</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="27"/>
        <source>dark</source>
        <translation>dunkel</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="28"/>
        <source>bright</source>
        <translation>hell</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="29"/>
        <source>small</source>
        <translation>klein</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="31"/>
        <source>large</source>
        <translation>groß</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="32"/>
        <source>round</source>
        <translation>rund</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="33"/>
        <source>square</source>
        <translation>quadratisch</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="34"/>
        <source>rectangular</source>
        <translation>rechteckig</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="35"/>
        <source>long</source>
        <translation>lang</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="36"/>
        <source>oval</source>
        <translation>oval</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="37"/>
        <source>curved</source>
        <translation>gebogen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="38"/>
        <source>horizontal</source>
        <translation>waagrecht</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="39"/>
        <source>vertical</source>
        <translation>senkrecht</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="40"/>
        <source>diagonal</source>
        <translation>diagonal</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="42"/>
        <source>cut off by the edge</source>
        <translation>vom Bildrand abgeschnitten</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="46"/>
        <source>on the {place}</source>
        <translation>{place}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="48"/>
        <source>top</source>
        <translation>oben</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="49"/>
        <source>bottom</source>
        <translation>unten</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="50"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="51"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="52"/>
        <source>center</source>
        <translation>in der Mitte</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="53"/>
        <source>north</source>
        <translation>im Norden</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="54"/>
        <source>south</source>
        <translation>im Süden</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="55"/>
        <source>east</source>
        <translation>im Osten</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="56"/>
        <source>west</source>
        <translation>im Westen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="60"/>
        <source>on the top left</source>
        <translation>oben links</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="61"/>
        <source>on the left top</source>
        <translation>oben links</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="62"/>
        <source>on the top right</source>
        <translation>oben rechts</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="63"/>
        <source>on the right top</source>
        <translation>oben rechts</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="64"/>
        <source>on the bottom left</source>
        <translation>unten links</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="65"/>
        <source>on the left bottom</source>
        <translation>unten links</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="66"/>
        <source>on the bottom right</source>
        <translation>unten rechts</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="67"/>
        <source>on the right bottom</source>
        <translation>unten rechts</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="68"/>
        <source>on the north east</source>
        <translation>im Nordosten</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="69"/>
        <source>on the east north</source>
        <translation>im Nordosten</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="70"/>
        <source>on the north west</source>
        <translation>im Nordwesten</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="71"/>
        <source>on the west north</source>
        <translation>im Nordwesten</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="72"/>
        <source>on the south east</source>
        <translation>im Südosten</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="73"/>
        <source>on the east south</source>
        <translation>im Südosten</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="74"/>
        <source>on the south west</source>
        <translation>im Südwesten</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="75"/>
        <source>on the west south</source>
        <translation>im Südwesten</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="83"/>
        <source>largest</source>
        <translation>größte</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="84"/>
        <source>smallest</source>
        <translation>kleinste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="85"/>
        <source>leftmost</source>
        <translation>am weitesten links</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="86"/>
        <source>rightmost</source>
        <translation>am weitesten rechts</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="87"/>
        <source>topmost</source>
        <translation>oberste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="88"/>
        <source>bottommost</source>
        <translation>unterste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="89"/>
        <source>top leftmost</source>
        <translation>am weitesten oben links</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="90"/>
        <source>top rightmost</source>
        <translation>am weitesten oben rechts</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="91"/>
        <source>bottom leftmost</source>
        <translation>am weitesten unten links</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="92"/>
        <source>bottom rightmost</source>
        <translation>am weitesten unten rechts</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="93"/>
        <source>northernmost</source>
        <translation>nördlichste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="94"/>
        <source>southernmost</source>
        <translation>südlichste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="95"/>
        <source>easternmost</source>
        <translation>östlichste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="96"/>
        <source>westernmost</source>
        <translation>westlichste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="97"/>
        <source>closest</source>
        <translation>nächste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="98"/>
        <source>farthest</source>
        <translation>entfernteste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="100"/>
        <source>{count} {ordering}</source>
        <translation>{ordering} ({count})</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="101"/>
        <source>{ordering} #{rank}</source>
        <translation>{ordering} Nr. {rank}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="104"/>
        <source>left of {anchor}</source>
        <translation>links von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="105"/>
        <source>right of {anchor}</source>
        <translation>rechts von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="106"/>
        <source>above {anchor}</source>
        <translation>über {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="107"/>
        <source>below {anchor}</source>
        <translation>unter {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="108"/>
        <source>upper left of {anchor}</source>
        <translation>links oberhalb von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="109"/>
        <source>upper right of {anchor}</source>
        <translation>rechts oberhalb von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="110"/>
        <source>lower left of {anchor}</source>
        <translation>links unterhalb von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="111"/>
        <source>lower right of {anchor}</source>
        <translation>rechts unterhalb von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="120"/>
        <source>north of {anchor}</source>
        <translation>nördlich von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="121"/>
        <source>south of {anchor}</source>
        <translation>südlich von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="122"/>
        <source>east of {anchor}</source>
        <translation>östlich von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="123"/>
        <source>west of {anchor}</source>
        <translation>westlich von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="124"/>
        <source>northeast of {anchor}</source>
        <translation>nordöstlich von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="125"/>
        <source>northwest of {anchor}</source>
        <translation>nordwestlich von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="126"/>
        <source>southeast of {anchor}</source>
        <translation>südöstlich von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="127"/>
        <source>southwest of {anchor}</source>
        <translation>südwestlich von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="128"/>
        <source>near {anchor}</source>
        <translation>nahe bei {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="129"/>
        <source>far from {anchor}</source>
        <translation>weit weg von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="130"/>
        <source>between {anchor}</source>
        <translation>zwischen {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="131"/>
        <source>inside {anchor}</source>
        <translation>in {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="135"/>
        <source>along {anchor}</source>
        <translation>entlang {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="136"/>
        <source>crossing {anchor}</source>
        <translation>quer über {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="137"/>
        <source>smaller than {anchor}</source>
        <translation>kleiner als {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="138"/>
        <source>larger than {anchor}</source>
        <translation>größer als {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="139"/>
        <source>similar size to {anchor}</source>
        <translation>ähnlich groß wie {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="179"/>
        <source>within {distance} m of {anchor}</source>
        <translation>höchstens {distance} m von {anchor} entfernt</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="180"/>
        <source>{anchor} ({qualities})</source>
        <translation>{anchor} ({qualities})</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="181"/>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="184"/>
        <source>{first}, {second}</source>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="185"/>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="133"/>
        <source>in the middle of {anchor}</source>
        <translation>in der Mitte von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="132"/>
        <source>with {anchor}</source>
        <translation>mit {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="112"/>
        <source>on the left side of {anchor}</source>
        <translation>auf der linken Seite von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="113"/>
        <source>on the right side of {anchor}</source>
        <translation>auf der rechten Seite von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="114"/>
        <source>on the top side of {anchor}</source>
        <translation>auf der oberen Seite von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="115"/>
        <source>on the bottom side of {anchor}</source>
        <translation>auf der unteren Seite von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="116"/>
        <source>in the upper left corner of {anchor}</source>
        <translation>in der oberen linken Ecke von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="117"/>
        <source>in the upper right corner of {anchor}</source>
        <translation>in der oberen rechten Ecke von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="118"/>
        <source>in the lower left corner of {anchor}</source>
        <translation>in der unteren linken Ecke von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="119"/>
        <source>in the lower right corner of {anchor}</source>
        <translation>in der unteren rechten Ecke von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="43"/>
        <source>heading {way}</source>
        <translation>in Richtung {way}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="50"/>
        <source>&apos;{heading}&apos; was not checked for {count} of the &apos;{what}&apos;: they are about as wide as long</source>
        <translation>'{heading}' wurde für {count} der '{what}' nicht geprüft: sie sind etwa so breit wie lang</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="47"/>
        <source>&apos;{heading}&apos;: judged by the way each &apos;{what}&apos; lies; one picture does not show where it goes</source>
        <translation>'{heading}': danach beurteilt, wie jedes '{what}' liegt; ein einzelnes Bild zeigt nicht, wohin es fährt</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="79"/>
        <source>most central</source>
        <translation>am zentralsten</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="57"/>
        <source>edge</source>
        <translation>am Rand</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="80"/>
        <source>nearest the edge</source>
        <translation>am nächsten am Rand</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="30"/>
        <source>medium-sized</source>
        <translation>mittelgroß</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="142"/>
        <source>&apos;{said}&apos; was not judged ({why}): what is kept fits the rest</source>
        <translation>„{said}“ wurde nicht beurteilt ({why}): Was behalten wird, passt zum Rest</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="144"/>
        <source>the detector outlines objects, not their shadows</source>
        <translation>der Detektor umreißt Objekte, nicht ihre Schatten</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="145"/>
        <source>the detector outlines whole objects, not their small parts</source>
        <translation>der Detektor umreißt ganze Objekte, nicht ihre kleinen Teile</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="146"/>
        <source>what covers an object is not measured</source>
        <translation>was ein Objekt verdeckt, wird nicht gemessen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="150"/>
        <source>a picture from above does not show height</source>
        <translation>ein Bild von oben zeigt keine Höhe</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="151"/>
        <source>how much a comparison holds is not measured, only that it holds</source>
        <translation>wie stark ein Vergleich zutrifft, wird nicht gemessen, nur dass er zutrifft</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="154"/>
        <source>what is carried, held or pushed is not told apart from its carrier</source>
        <translation>was getragen, gehalten oder geschoben wird, wird nicht von seinem Träger unterschieden</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="81"/>
        <source>in the middle of them</source>
        <translation>in ihrer Mitte</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="82"/>
        <source>at an end of their row</source>
        <translation>an einem Ende ihrer Reihe</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="147"/>
        <source>one picture does not show movement: a turn, a wake, which way traffic goes</source>
        <translation>ein Bild zeigt keine Bewegung: kein Abbiegen, kein Kielwasser, nicht die Fahrtrichtung</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="157"/>
        <source>what an object is made of is not measured</source>
        <translation>woraus ein Objekt besteht, wird nicht gemessen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="161"/>
        <source>how new, busy or full an object is is not measured</source>
        <translation>wie neu, belebt oder voll ein Objekt ist, wird nicht gemessen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="162"/>
        <source>what an object is used for is not told apart</source>
        <translation>wofür ein Objekt genutzt wird, wird nicht unterschieden</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="175"/>
        <source>of outlines only round, square, rectangular, oval, long and curved ones are measured</source>
        <translation>von Umrissen werden nur runde, quadratische, rechteckige, ovale, lange und gebogene gemessen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="63"/>
        <source>which end of the row of &apos;{what}&apos; is meant is not said: both ends are kept, remove the other</source>
        <translation>welches Ende der Reihe von '{what}' gemeint ist, wird nicht gesagt: beide Enden werden behalten, entfernen Sie das andere</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="163"/>
        <source>which way an object lies or faces beside another is not measured, only that it is by it</source>
        <translation>wie ein Objekt neben einem anderen liegt oder wohin es zeigt, wird nicht gemessen, nur dass es daneben ist</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="166"/>
        <source>rows are not told apart, so which row is not measured</source>
        <translation>Reihen werden nicht unterschieden, daher wird nicht gemessen, welche Reihe gemeint ist</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="167"/>
        <source>only nearness to the middle is measured, not on which side of it an object lies</source>
        <translation>gemessen wird nur die Nähe zur Mitte, nicht auf welcher Seite der Mitte ein Objekt liegt</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="170"/>
        <source>how much lighter or darker an object is than another is not measured</source>
        <translation>wie viel heller oder dunkler ein Objekt als ein anderes ist, wird nicht gemessen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="173"/>
        <source>what is said of other objects around it does not pick it out</source>
        <translation>was über andere Objekte in der Nähe gesagt wird, wählt dieses nicht aus</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="158"/>
        <source>only named colours are measured, not patterns, sheen or many colours</source>
        <translation>gemessen werden nur benannte Farben, keine Muster, kein Glanz und keine Vielfarbigkeit</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="61"/>
        <source>the {first} &apos;{what}&apos; is not also the {other}: none is both</source>
        <translation>das {first} '{what}' ist nicht zugleich das {other}: keines ist beides</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="62"/>
        <source>&apos;{order}&apos; needs an anchor that was not found; not checked</source>
        <translation>'{order}' braucht ein Bezugsobjekt, das nicht gefunden wurde; nicht geprüft</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="134"/>
        <source>near the middle of {anchor}</source>
        <translation>nahe der Mitte von {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="174"/>
        <source>what is said of only some of them does not pick any out</source>
        <translation>was nur von einigen von ihnen gesagt wird, hebt keines hervor</translation>
    </message>
</context>
<context>
    <name>runtime</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="126"/>
        <source>CUDA {cuda}: {gpus}</source>
        <translation>CUDA {cuda}: {gpus}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="130"/>
        <source>Apple GPU (MPS)</source>
        <translation>Apple-GPU (MPS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="132"/>
        <source>no GPU found, models run on the CPU</source>
        <translation>keine GPU gefunden, die Modelle laufen auf der CPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="133"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="134"/>
        <source>Python {python} · torch {torch} · {device}</source>
        <translation>Python {python} · torch {torch} · {device}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="143"/>
        <source>{path} (set by {variable})</source>
        <translation>{path} (gesetzt durch {variable})</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="148"/>
        <source>The environment the installer makes: {folder}</source>
        <translation>Die Umgebung des Installationsprogramms: {folder}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="63"/>
        <source>The models' Python environment is not installed yet. Click 'Install dependencies…', or choose an environment that has the model packages in the settings.</source>
        <translation>Die Python-Umgebung der Modelle ist noch nicht installiert. Klicken Sie auf „Abhängigkeiten installieren…“ oder wählen Sie in den Einstellungen eine Umgebung mit den Paketen der Modelle.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="69"/>
        <source>The model packages are missing: {packages}. Click 'Install dependencies…', or choose a Python environment that has them in the settings.</source>
        <translation>Es fehlen Pakete der Modelle: {packages}. Klicken Sie auf „Abhängigkeiten installieren…“ oder wählen Sie in den Einstellungen eine Python-Umgebung, die sie enthält.</translation>
    </message>
</context>
</TS>
