<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>InstallerDialog</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="51"/>
        <source>Install the segmentation models&apos; Python packages</source>
        <translation>Instalar los paquetes de Python de los modelos de segmentación</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="60"/>
        <source>CPU only</source>
        <translation>Solo CPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="60"/>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>GPU NVIDIA (CUDA)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="60"/>
        <source>Apple GPU (MPS)</source>
        <translation>GPU Apple (MPS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="78"/>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="80"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="83"/>
        <source>Copy log</source>
        <translation>Copiar registro</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="87"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="91"/>
        <source>Run the models on</source>
        <translation>Ejecutar los modelos en</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="114"/>
        <source>Installing… this downloads up to a few GB and can take minutes.</source>
        <translation>Instalando… se descargan hasta unos pocos GB y puede tardar minutos.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="124"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="140"/>
        <source>Installed. The models can be used now.</source>
        <translation>Instalado. Los modelos ya se pueden usar.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="143"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="145"/>
        <source>The installation failed; nothing was changed. pip said:
{error}</source>
        <translation>La instalación falló; no se cambió nada. pip dijo:
{error}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="72"/>
        <source>The models&apos; environment is made in {folder}; QGIS&apos;s own Python is left as it is.</source>
        <translation>El entorno de los modelos se crea en {folder}; el Python propio de QGIS no se modifica.</translation>
    </message>
</context>
<context>
    <name>RefineSession</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="256"/>
        <source>Refining &apos;{expression}&apos;</source>
        <translation>Refinando '{expression}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="256"/>
        <source>Segmenting what you click</source>
        <translation>Segmentando lo que pulsa</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="261"/>
        <source>clicks go to {model} on the visible part of &apos;{layer}&apos;. Click on the object, right-click (or Shift+click) off it, drag a box; Ctrl+Z undoes, Enter accepts, Esc cancels.</source>
        <translation>los clics van a {model} sobre la parte visible de '{layer}'. Pulse sobre el objeto, clic derecho (o Mayús+clic) fuera de él, arrastre un rectángulo; Ctrl+Z deshace, Intro acepta, Esc cancela.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="382"/>
        <source>Still segmenting the last click; accept when it shows.</source>
        <translation>Aún se está segmentando el último clic; acepte cuando se muestre.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="396"/>
        <source>Nothing to accept: click on an object first.</source>
        <translation>Nada que aceptar: pulse primero sobre un objeto.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="401"/>
        <source>Clicked objects</source>
        <translation>Objetos pulsados</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="411"/>
        <source>Refining cancelled; nothing was changed.</source>
        <translation>Refinado cancelado; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="368"/>
        <source>Preview: score {score:.2f}; Enter accepts, Esc cancels</source>
        <translation>Vista previa: puntuación {score:.2f}; Intro acepta, Esc cancela</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="390"/>
        <source>Writing the polygons…</source>
        <translation>Escribiendo los polígonos…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="329"/>
        <source>Rendering '{layer}'…</source>
        <translation>Representando «{layer}»…</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="83"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="89"/>
        <source>Accept (A)</source>
        <translation>Aceptar (A)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="90"/>
        <source>Reject (R)</source>
        <translation>Rechazar (R)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="91"/>
        <source>Refine (F)</source>
        <translation>Refinar (F)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="92"/>
        <source>Previous (P)</source>
        <translation>Anterior (P)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="93"/>
        <source>Skip (S)</source>
        <translation>Omitir (S)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="94"/>
        <source>Next (N)</source>
        <translation>Siguiente (N)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="95"/>
        <source>Save edits</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="96"/>
        <source>Write the decisions into the layer&apos;s file (Save Layer Edits)</source>
        <translation>Escribir las decisiones en el archivo de la capa (Guardar cambios de la capa)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="97"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="98"/>
        <source>End the review; it resumes at the first polygon not decided</source>
        <translation>Terminar la revisión; se reanudará en el primer polígono sin decidir</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="147"/>
        <source>Review: {layer}</source>
        <translation>Revisión: {layer}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="199"/>
        <source>{reviewed} of {total} reviewed, {rejected} rejected</source>
        <translation>{reviewed} de {total} revisados, {rejected} rechazados</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="206"/>
        <source>Accept polygon</source>
        <translation>Aceptar polígono</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="209"/>
        <source>Reject polygon</source>
        <translation>Rechazar polígono</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="252"/>
        <source>&apos;{layer}&apos; cannot be edited, so the decision was not written.</source>
        <translation>'{layer}' no se puede editar, así que la decisión no se escribió.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="275"/>
        <source>&apos;{layer}&apos; did not take the decision.</source>
        <translation>'{layer}' no aceptó la decisión.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="304"/>
        <source>No polygons to review.</source>
        <translation>No hay polígonos que revisar.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="315"/>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="315"/>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="315"/>
        <source>unreviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="318"/>
        <source>Polygon {number} of {total} by doubt: score {score:.2f}</source>
        <translation>Polígono {number} de {total} por orden de duda: puntuación {score:.2f}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="323"/>
        <source>agreement {agreement:.2f}</source>
        <translation>concordancia {agreement:.2f}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="326"/>
        <source>Every polygon is decided: Save edits keeps the decisions.</source>
        <translation>Todos los polígonos están decididos: «Guardar cambios» conserva las decisiones.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="356"/>
        <source>Nothing to save.</source>
        <translation>Nada que guardar.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="359"/>
        <source>Saved: {counter}.</source>
        <translation>Guardado: {counter}.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="361"/>
        <source>&apos;{layer}&apos; could not be saved: {errors}</source>
        <translation>'{layer}' no se pudo guardar: {errors}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="384"/>
        <source>Review stopped: {counter}.</source>
        <translation>Revisión detenida: {counter}.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="386"/>
        <source>Save Layer Edits keeps the decisions.</source>
        <translation>Guardar cambios de la capa conserva las decisiones.</translation>
    </message>
</context>
<context>
    <name>RrsisPlugin</name>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="26"/>
        <source>Text Segmentation (RRSIS)</source>
        <translation>Segmentación por texto (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="55"/>
        <source>Segment objects in a raster from a text description</source>
        <translation>Segmentar objetos de un ráster a partir de una descripción de texto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="61"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="65"/>
        <source>Refine with clicks on the map</source>
        <translation>Refinar con clics en el mapa</translation>
    </message>
</context>
<context>
    <name>RrsisProvider</name>
    <message>
        <location filename="../rrsis_qgis/processing/provider.py" line="18"/>
        <source>Text segmentation (RRSIS)</source>
        <translation>Segmentación por texto (RRSIS)</translation>
    </message>
</context>
<context>
    <name>SecondOpinions</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="140"/>
        <source>That result layer was removed from the project.</source>
        <translation>Esa capa de resultado se eliminó del proyecto.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="74"/>
        <source>Only a described result segmented in this session can be checked: run the description again, then check it.</source>
        <translation>Solo se puede comprobar un resultado descrito y segmentado en esta sesión: ejecute de nuevo la descripción y luego compruébelo.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="82"/>
        <source>A check with another model is under way; wait for it to end.</source>
        <translation>Hay una comprobación con otro modelo en curso; espere a que termine.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="99"/>
        <source>Checking '{layer}' with {model}…</source>
        <translation>Comprobando «{layer}» con {model}…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="162"/>
        <source>Text segmentation</source>
        <translation>Segmentación por texto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="134"/>
        <source>Check cancelled; nothing was written.</source>
        <translation>Comprobación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="142"/>
        <source>Check with {model}</source>
        <translation>Comprobación con {model}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="145"/>
        <source>&apos;{layer}&apos; did not take the check; it is unchanged.</source>
        <translation>'{layer}' no aceptó la comprobación; la capa no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="151"/>
        <source>Checked with {model}: agreement {mean:.2f} on average, {low} of {count} polygon(s) below 0.5; {suggested} suggestion(s) added. Ctrl+Z undoes it, Save Layer Edits keeps it.</source>
        <translation>Comprobado con {model}: concordancia media {mean:.2f}, {low} de {count} polígono(s) por debajo de 0.5; {suggested} sugerencia(s) añadida(s). Ctrl+Z lo deshace, Guardar cambios de la capa lo conserva.</translation>
    </message>
</context>
<context>
    <name>SegmentController</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="114"/>
        <source>Rendering '{layer}'…</source>
        <translation>Representando «{layer}»…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="160"/>
        <source>Segmenting '{expression}'…</source>
        <translation>Segmentando «{expression}»…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="415"/>
        <source>Cancelled; nothing was added.</source>
        <translation>Cancelado; no se añadió nada.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="169"/>
        <source>Cancelling after the current step…</source>
        <translation>Cancelando tras el paso actual…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="240"/>
        <source>Nothing found for &apos;{expression}&apos;.</source>
        <translation>No se encontró nada para «{expression}».</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="256"/>
        <source>{reason}; the result stays in a temporary layer</source>
        <translation>{reason}; el resultado queda en una capa temporal</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="273"/>
        <source>{count} polygon(s) for &apos;{expression}&apos; (score {score:.2f}, {ms:.0f} ms)</source>
        <translation>{count} polígono(s) para «{expression}» (puntuación {score:.2f}, {ms:.0f} ms)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="483"/>
        <source>Text segmentation</source>
        <translation>Segmentación por texto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="451"/>
        <source>That result layer was removed from the project.</source>
        <translation>Esa capa de resultado se eliminó del proyecto.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="431"/>
        <source>Choose a checkpoint folder (with config.json)</source>
        <translation>Elija una carpeta de checkpoint (con config.json)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="440"/>
        <source>{folder} is not a checkpoint folder: it has no config.json</source>
        <translation>{folder} no es una carpeta de checkpoint: no tiene config.json</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="453"/>
        <source>Export result</source>
        <translation>Exportar resultado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="477"/>
        <source>Export failed: {reason}</source>
        <translation>Falló la exportación: {reason}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="479"/>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="90"/>
        <source>Stopping the previous run; '{expression}' follows…</source>
        <translation>Deteniendo la ejecución anterior; sigue '{expression}'…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="371"/>
        <source>&apos;{layer}&apos; cannot be edited, so the refinement was not written.</source>
        <translation>'{layer}' no se puede editar, así que el refinamiento no se escribió.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="377"/>
        <source>Refine by hand</source>
        <translation>Refinar a mano</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="392"/>
        <source>&apos;{layer}&apos; did not take the refinement; it is unchanged.</source>
        <translation>'{layer}' no aceptó el refinamiento; la capa no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="399"/>
        <source>The result in &apos;{layer}&apos; was refined by hand: Ctrl+Z undoes it, Save Layer Edits keeps it.</source>
        <translation>El resultado en '{layer}' se refinó a mano: Ctrl+Z lo deshace, Guardar cambios de la capa lo conserva.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="334"/>
        <source>Select a result in the list, or make a layer of results the active layer, to review it.</source>
        <translation>Seleccione un resultado en la lista, o haga de una capa de resultados la capa activa, para revisarlo.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="341"/>
        <source>&apos;{layer}&apos; has no polygons to review.</source>
        <translation>'{layer}' no tiene polígonos que revisar.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="347"/>
        <source>Reviewing &apos;{layer}&apos;: A accepts, R rejects, F refines, N and P move, S skips.</source>
        <translation>Revisando «{layer}»: A acepta, R rechaza, F refina, N y P navegan, S omite.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="468"/>
        <source>No polygon of &apos;{layer}&apos; is accepted: review it first, or export them all.</source>
        <translation>Ningún polígono de '{layer}' está aceptado: revise primero la capa o expórtelos todos.</translation>
    </message>
</context>
<context>
    <name>SegmentDock</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="77"/>
        <source>Text Segmentation (RRSIS)</source>
        <translation>Segmentación por texto (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="81"/>
        <source>e.g. the two round white tanks north of the road</source>
        <translation>p. ej. los dos tanques redondos blancos al norte de la carretera</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="103"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="104"/>
        <source>Add a trained checkpoint folder to the model list</source>
        <translation>Añadir una carpeta de checkpoint entrenado a la lista de modelos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="106"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="107"/>
        <source>Device, precision, checkpoint folders, output and more</source>
        <translation>Dispositivo, precisión, carpetas de checkpoints, salida y más</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="113"/>
        <source>Segment</source>
        <translation>Segmentar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="114"/>
        <source>Segment the visible extent of the raster layer</source>
        <translation>Segmentar la extensión visible de la capa ráster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="116"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="143"/>
        <source>Expression</source>
        <translation>Expresión</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="143"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="143"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="155"/>
        <source>Zoom to</source>
        <translation>Zum a</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="157"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="158"/>
        <source>Save the selected result as Shapefile, GeoPackage or GeoJSON</source>
        <translation>Guardar el resultado seleccionado como Shapefile, GeoPackage o GeoJSON</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="181"/>
        <source>Describe</source>
        <translation>Describir</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="183"/>
        <source>Raster</source>
        <translation>Ráster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="184"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="350"/>
        <source>Select a result in the list first.</source>
        <translation>Seleccione primero un resultado de la lista.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="388"/>
        <source>Type a description of the objects to segment first.</source>
        <translation>Escriba primero una descripción de los objetos a segmentar.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="391"/>
        <source>Add a raster layer to the project and pick it first.</source>
        <translation>Añada primero una capa ráster al proyecto y selecciónela.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="129"/>
        <source>Install dependencies…</source>
        <translation>Instalar dependencias…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="130"/>
        <source>Install torch, transformers and the rest into the models&apos; own environment</source>
        <translation>Instalar torch, transformers y el resto en el entorno propio de los modelos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="231"/>
        <source>Read as: {program}</source>
        <translation>Leído como: {program}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="254"/>
        <source>Not understood: the whole description goes to the detector as it is.</source>
        <translation>No entendida: la descripción entera va tal cual al detector.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="233"/>
        <source>{phrase}: the layer &apos;{layer}&apos;</source>
        <translation>{phrase}: la capa '{layer}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="119"/>
        <source>Refine</source>
        <translation>Refinar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="121"/>
        <source>Correct the selected result with clicks on the map, or segment what you click when no result is selected (Ctrl+Alt+R)</source>
        <translation>Corregir el resultado seleccionado con clics en el mapa, o segmentar lo que pulsa si no hay ningún resultado seleccionado (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="160"/>
        <source>Accepted only</source>
        <translation>Solo aceptados</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="161"/>
        <source>Export only the polygons accepted in a review</source>
        <translation>Exportar solo los polígonos aceptados en una revisión</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="162"/>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="163"/>
        <source>Accept or reject the polygons of the selected result (else of the active layer), the most doubtful first: A accepts, R rejects, F refines, N and P move, S skips</source>
        <translation>Aceptar o rechazar los polígonos del resultado seleccionado (si no, de la capa activa), los más dudosos primero: A acepta, R rechaza, F refina, N y P navegan, S omite</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="170"/>
        <source>Check…</source>
        <translation>Comprobar…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="171"/>
        <source>Check the selected result with another model on the same view: each polygon gets its agreement (IoU) with the other model&apos;s, and what only the other model finds is added as suggestions</source>
        <translation>Comprobar el resultado seleccionado con otro modelo en la misma vista: cada polígono recibe su concordancia (IoU) con el del otro modelo, y lo que solo encuentra el otro modelo se añade como sugerencias</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="249"/>
        <source>Words not understood: {words}. They are not applied: rephrase them, or check the result.</source>
        <translation>Palabras no entendidas: {words}. No se aplican: reformúlelas o compruebe el resultado.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="354"/>
        <source>A result of clicks alone has no description for another model to check.</source>
        <translation>Un resultado hecho solo con clics no tiene descripción que otro modelo pueda comprobar.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="359"/>
        <source>Check with another model</source>
        <translation>Comprobar con otro modelo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="359"/>
        <source>The same description on the same view, run by:</source>
        <translation>La misma descripción en la misma vista, ejecutada por:</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="245"/>
        <source>Not judged: {words}. They are not applied: what is kept fits the rest, check it.</source>
        <translation>No evaluado: {words}. No se aplica: lo que se conserva encaja con el resto; compruébelo.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="237"/>
        <source>Typing slips read as: {words}. If a word meant something else, retype it.</source>
        <translation>Erratas leídas como: {words}. Si una palabra quería decir otra cosa, vuelva a escribirla.</translation>
    </message>
</context>
<context>
    <name>SegmentRasterByText</name>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="50"/>
        <source>Segment raster by text</source>
        <translation>Segmentar ráster por texto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="64"/>
        <source>Raster layer</source>
        <translation>Capa ráster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="65"/>
        <source>Expressions (one per line)</source>
        <translation>Expresiones (una por línea)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="70"/>
        <source>Model (a listed model name or a checkpoint folder)</source>
        <translation>Modelo (un nombre de modelo de la lista o una carpeta de checkpoint)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="75"/>
        <source>Extent</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="76"/>
        <source>Only inside these polygons</source>
        <translation>Solo dentro de estos polígonos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="85"/>
        <source>Tile size (pixels)</source>
        <translation>Tamaño de tesela (píxeles)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="88"/>
        <source>Tile overlap (pixels)</source>
        <translation>Solapamiento de teselas (píxeles)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="93"/>
        <source>Mask threshold</source>
        <translation>Umbral de la máscara</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="113"/>
        <source>Smallest polygon (pixels)</source>
        <translation>Polígono más pequeño (píxeles)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="152"/>
        <source>Segmented polygons</source>
        <translation>Polígonos segmentados</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="181"/>
        <source>Choose a raster layer read from a file (GDAL).</source>
        <translation>Elija una capa ráster leída de un archivo (GDAL).</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="184"/>
        <source>Give at least one expression.</source>
        <translation>Indique al menos una expresión.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="289"/>
        <source>Cancelled; the output holds the polygons found so far.</source>
        <translation>Cancelado; la salida contiene los polígonos encontrados hasta ahora.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="343"/>
        <source>The polygon layer that limits the search is empty.</source>
        <translation>La capa de polígonos que limita la búsqueda está vacía.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="103"/>
        <source>Smallest model score kept</source>
        <translation>Puntuación mínima del modelo que se conserva</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="253"/>
        <source>Loading {model} ({device}, {precision})…</source>
        <translation>Cargando {model} ({device}, {precision})…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="248"/>
        <source>{count} tiles of {tile} px with {overlap} px overlap</source>
        <translation>{count} teselas de {tile} px con {overlap} px de solapamiento</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="144"/>
        <source>Ray cluster address (empty: this machine without Ray; auto or ray://host:10001)</source>
        <translation>Dirección del clúster Ray (vacía: esta máquina sin Ray; auto o ray://host:10001)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="118"/>
        <source>Bands shown as red, green, blue (e.g. 4,3,2; empty: the raster&apos;s own)</source>
        <translation>Bandas mostradas como rojo, verde, azul (p. ej. 4,3,2; vacío: las del ráster)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="299"/>
        <source>{error}
The output holds the polygons found before the failure.</source>
        <translation>{error}
La salida contiene los polígonos encontrados antes del fallo.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="53"/>
        <source>Finds the objects each expression describes (one expression per line) in a whole raster, an extent of it, or only inside polygons, and writes their outlines with an &apos;expression&apos; field. The raster is processed at native resolution on overlapping tiles; every tile is encoded once for all expressions, and objects crossing tile seams come out as one polygon. A model that reads the expression&apos;s parts (PSLG-SAM, SAM3) judges positions, counts, superlatives and relations over the whole raster or extent, and an anchor that names a vector layer of the project (&apos;north of the road&apos; with a layer Roads) is that layer.</source>
        <translation>Encuentra los objetos que describe cada expresión (una expresión por línea) en todo un ráster, una extensión de él o solo dentro de polígonos, y escribe sus contornos con un campo 'expression'. El ráster se procesa a resolución completa en teselas solapadas; cada tesela se codifica una sola vez para todas las expresiones, y los objetos que cruzan los bordes de las teselas resultan en un único polígono. Un modelo que lee las partes de la expresión (PSLG-SAM, SAM3) juzga posiciones, cantidades, superlativos y relaciones sobre todo el ráster o toda la extensión, y un objeto de referencia que nombra una capa vectorial del proyecto ('north of the road' con una capa Roads) es esa capa.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="126"/>
        <source>Outlines that look like the objects (right-angled buildings, round tanks, smooth ponds)</source>
        <translation>Contornos con la forma de los objetos (edificios en ángulo recto, tanques redondos, estanques de borde suave)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="135"/>
        <source>Their tolerance (metres on the ground)</source>
        <translation>Su tolerancia (metros sobre el terreno)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="157"/>
        <source>Traced outlines (before they were shaped; only with the option above)</source>
        <translation>Contornos trazados (antes de darles forma; solo con la opción anterior)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="227"/>
        <source>Cancelled before any tile ran.</source>
        <translation>Cancelado antes de procesar ninguna tesela.</translation>
    </message>
</context>
<context>
    <name>SegmentTask</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/segment_task.py" line="29"/>
        <source>Segmenting &apos;{expression}&apos;</source>
        <translation>Segmentando «{expression}»</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/segment_task.py" line="33"/>
        <source>Segmenting what was clicked</source>
        <translation>Segmentando lo pulsado</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="56"/>
        <source>Text Segmentation settings</source>
        <translation>Configuración de la segmentación por texto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="61"/>
        <source>Automatic (CUDA GPU, then Apple GPU, then CPU)</source>
        <translation>Automático (GPU CUDA, luego GPU Apple, luego CPU)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="61"/>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="61"/>
        <source>Apple GPU (MPS)</source>
        <translation>GPU Apple (MPS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="61"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="71"/>
        <source>Automatic (bfloat16 on a CUDA GPU)</source>
        <translation>Automática (bfloat16 en una GPU CUDA)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="72"/>
        <source>float32 everywhere (slower, exact)</source>
        <translation>float32 en todo (más lento, exacto)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="78"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="80"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="97"/>
        <source> megapixels</source>
        <translation> megapíxeles</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="99"/>
        <source>Larger views are read at a lower resolution (with a notice)</source>
        <translation>Las vistas mayores se leen a menor resolución (con un aviso)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="113"/>
        <source> pixels</source>
        <translation> píxeles</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="133"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="135"/>
        <source>Empty: results go to temporary layers in the project</source>
        <translation>Vacío: los resultados van a capas temporales del proyecto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="137"/>
        <source>Keep the model in memory between runs</source>
        <translation>Mantener el modelo en memoria entre ejecuciones</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="164"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="165"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="166"/>
        <source>Default model</source>
        <translation>Modelo predeterminado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="167"/>
        <source>Checkpoint folders</source>
        <translation>Carpetas de checkpoints</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="168"/>
        <source>Largest view read at full resolution</source>
        <translation>Vista más grande leída a resolución completa</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="169"/>
        <source>Mask threshold</source>
        <translation>Umbral de la máscara</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="170"/>
        <source>Smallest polygon</source>
        <translation>Polígono más pequeño</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="171"/>
        <source>Simplification tolerance</source>
        <translation>Tolerancia de simplificación</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="174"/>
        <source>Save results in GeoPackage</source>
        <translation>Guardar resultados en un GeoPackage</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="238"/>
        <source>Choose a checkpoint folder (with config.json)</source>
        <translation>Elija una carpeta de checkpoint (con config.json)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="73"/>
        <source>bfloat16 everywhere (less memory)</source>
        <translation>bfloat16 en todo (menos memoria)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="146"/>
        <source>Choose environment…</source>
        <translation>Elegir entorno…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="147"/>
        <source>A virtual or conda environment that has the model packages</source>
        <translation>Un entorno virtual o de conda que tenga los paquetes de los modelos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="149"/>
        <source>Use the installer&apos;s environment</source>
        <translation>Usar el entorno del instalador</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="151"/>
        <source>Reinstall…</source>
        <translation>Reinstalar…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="176"/>
        <source>Model environment</source>
        <translation>Entorno de los modelos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="191"/>
        <source>Asking the environment for its versions…</source>
        <translation>Consultando las versiones del entorno…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="205"/>
        <source>Choose the folder of a Python environment (venv or conda) with the model packages</source>
        <translation>Elija la carpeta de un entorno de Python (venv o conda) con los paquetes de los modelos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="116"/>
        <source>Outlines that look like the objects</source>
        <translation>Contornos con la forma de los objetos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="117"/>
        <source>Right-angled buildings, round tanks, smooth ponds and fields, from what the description asks for; the traced outlines are kept beside them</source>
        <translation>Edificios en ángulo recto, tanques redondos, estanques y campos de borde suave, según lo que pida la descripción; los contornos trazados se conservan al lado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="126"/>
        <source> m on the ground</source>
        <translation> m sobre el terreno</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="173"/>
        <source>Their tolerance</source>
        <translation>Su tolerancia</translation>
    </message>
</context>
<context>
    <name>anchors</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/anchors.py" line="124"/>
        <source>&apos;{layer}&apos; has over {count} features near the view: the first {count} stand for &apos;{phrase}&apos;</source>
        <translation>'{layer}' tiene más de {count} entidades cerca de la vista: las primeras {count} representan '{phrase}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/anchors.py" line="132"/>
        <source>&apos;{layer}&apos; has no coordinate reference system, so it is not used: &apos;{phrase}&apos; is looked for in the image</source>
        <translation>'{layer}' no tiene sistema de referencia de coordenadas, así que no se usa: '{phrase}' se busca en la imagen</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/canvas.py" line="91"/>
        <source>pick a raster layer: segmentation needs imagery</source>
        <translation>elija una capa ráster: la segmentación necesita imágenes</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/canvas.py" line="109"/>
        <source>the visible extent does not intersect the raster; pan or zoom to it</source>
        <translation>la extensión visible no se cruza con el ráster; desplácese o acerque la vista hasta él</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/canvas.py" line="242"/>
        <source>the rendered view could not be written to {path}: {reason}</source>
        <translation>la vista representada no se pudo escribir en {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>layers</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/layers.py" line="134"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/layers.py" line="135"/>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/layers.py" line="136"/>
        <source>Not reviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/layers.py" line="97"/>
        <source>{name} (traced outlines)</source>
        <translation>{name} (contornos trazados)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="112"/>
        <source>Fetching {model} from the Hugging Face Hub…</source>
        <translation>Obteniendo {model} del Hugging Face Hub…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="145"/>
        <source>{model} is available</source>
        <translation>{model} está disponible</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="159"/>
        <source>Downloading {model}: {done:.1f} of {total:.1f} MB</source>
        <translation>Descargando {model}: {done:.1f} de {total:.1f} MB</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="212"/>
        <source>Loading {model} on {device}…</source>
        <translation>Cargando {model} en {device}…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="224"/>
        <source>{model} is ready on {device}</source>
        <translation>{model} está listo en {device}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="184"/>
        <source>Reading the raster…</source>
        <translation>Leyendo el ráster…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="281"/>
        <source>read at 1/{factor:.1f} resolution to fit the size limit</source>
        <translation>leído a 1/{factor:.1f} de la resolución para no superar el límite de tamaño</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="290"/>
        <source>bands {shown} shown as red, green, blue (the raster&apos;s own are {own})</source>
        <translation>bandas {shown} mostradas como rojo, verde, azul (las propias del ráster son {own})</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="198"/>
        <source>Loading {model}…</source>
        <translation>Cargando {model}…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="211"/>
        <source>the model sees this view at 1/{factor:g} of its resolution ({side} px); zoom in for small objects, or run the Processing algorithm, which works at native resolution</source>
        <translation>el modelo ve esta vista a 1/{factor:g} de su resolución ({side} px); acerque la vista para objetos pequeños o ejecute el algoritmo de Processing, que trabaja a resolución nativa</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="216"/>
        <source>Encoding the image…</source>
        <translation>Codificando la imagen…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="217"/>
        <source>Reusing the image encoding…</source>
        <translation>Reutilizando la codificación de la imagen…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="221"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="270"/>
        <source>the GPU ran out of memory; this run used the CPU</source>
        <translation>la GPU se quedó sin memoria; esta ejecución usó la CPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="273"/>
        <source>GPU out of memory: retrying on the CPU…</source>
        <translation>GPU sin memoria: reintentando en la CPU…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="72"/>
        <source>Looking for the described objects…</source>
        <translation>Buscando los objetos descritos…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="65"/>
        <source>bands must be three band numbers for red, green and blue, e.g. 4,3,2, not &apos;{text}&apos;</source>
        <translation>las bandas deben ser tres números de banda para rojo, verde y azul, p. ej. 4,3,2, no '{text}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="179"/>
        <source>{name} has no coordinate reference system, so its polygons could not be placed on the map or measured; assign one first (QGIS: Raster ▸ Projections ▸ Assign Projection; or gdal_edit.py -a_srs EPSG:&lt;code&gt;)</source>
        <translation>{name} no tiene sistema de referencia de coordenadas, así que sus polígonos no podrían situarse en el mapa ni medirse; asigne uno primero (QGIS: Ráster ▸ Proyecciones ▸ Asignar proyección; o gdal_edit.py -a_srs EPSG:&lt;code&gt;)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="204"/>
        <source>the extent does not intersect the raster; pan to the raster&apos;s area</source>
        <translation>la extensión no se cruza con el ráster; desplácese al área del ráster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="220"/>
        <source>band {band} requested, but the raster has {count} band(s)</source>
        <translation>se pidió la banda {band}, pero el ráster tiene {count} banda(s)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="48"/>
        <source>the description is empty: type what to segment, e.g. &apos;the white tanks&apos;</source>
        <translation>la descripción está vacía: escriba qué segmentar, p. ej. 'los tanques blancos'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="53"/>
        <source>the description has {length} characters; keep it under {limit}</source>
        <translation>la descripción tiene {length} caracteres; manténgala por debajo de {limit}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="194"/>
        <source>the view holds no valid pixels (only nodata): pan to where the raster has data</source>
        <translation>la vista no contiene píxeles válidos (solo nodata): desplácese a donde el ráster tenga datos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/client/process.py" line="111"/>
        <source>another run</source>
        <translation>otra ejecución</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/client/process.py" line="112"/>
        <source>Waiting for {holder} to finish…</source>
        <translation>Esperando a que termine {holder}…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/client/process.py" line="337"/>
        <source>the panel&apos;s run</source>
        <translation>la ejecución del panel</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="31"/>
        <source>a Processing run</source>
        <translation>una ejecución de Processing</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="194"/>
        <source>the extent&apos;s coordinates must be finite numbers, not {bounds}</source>
        <translation>las coordenadas de la extensión deben ser números finitos, no {bounds}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/referring.py" line="74"/>
        <source>understood as: {program}</source>
        <translation>entendido como: {program}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="173"/>
        <source>no &apos;{what}&apos; was found</source>
        <translation>no se encontró '{what}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="38"/>
        <source>colours were not checked: no image pixels were given</source>
        <translation>no se comprobaron los colores: no se dieron píxeles de imagen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="43"/>
        <source>shapes were not checked: no outline was given for {count} of the &apos;{what}&apos;</source>
        <translation>no se comprobaron las formas: no se dio ningún contorno para {count} de los '{what}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="280"/>
        <source>no &apos;{what}&apos; was found, so &apos;{relation}&apos; was not applied</source>
        <translation>no se encontró '{what}', así que no se aplicó '{relation}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="53"/>
        <source>the view has no metric georeferencing: a distance in metres was read as near</source>
        <translation>la vista no tiene georreferenciación métrica: una distancia en metros se leyó como «cerca»</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="323"/>
        <source>&apos;{order}&apos; needs an anchor that was not found; ordered by match</source>
        <translation>'{order}' necesita un objeto de referencia que no se encontró; ordenado por coincidencia</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="60"/>
        <source>there are only {count} &apos;{what}&apos; to count {rank} along</source>
        <translation>solo hay {count} '{what}' para contar hasta {rank}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="56"/>
        <source>{asked} were asked for, {found} found</source>
        <translation>se pidieron {asked}, se encontraron {found}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/whole_raster.py" line="193"/>
        <source>&apos;{phrase}&apos; is the layer &apos;{layer}&apos; ({count} features)</source>
        <translation>'{phrase}' es la capa '{layer}' ({count} entidades)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="62"/>
        <source>a click lies outside the view being segmented: pan or zoom so that it is inside</source>
        <translation>un clic queda fuera de la vista que se segmenta: desplace o acerque para que quede dentro</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="27"/>
        <source>click coordinates must be finite numbers, not {coordinates}</source>
        <translation>las coordenadas de un clic deben ser números finitos, no {coordinates}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="61"/>
        <source>a click lies outside the raster: click on its pixels</source>
        <translation>un clic queda fuera del ráster: haga clic sobre sus píxeles</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="92"/>
        <source>the click at {point} cannot be placed on the raster&apos;s coordinate reference system: check that x (easting or longitude) comes first and that the clicks&apos; CRS is the one meant</source>
        <translation>el clic en {point} no se puede situar en el sistema de referencia de coordenadas del ráster: compruebe que x (coordenada este o longitud) va primero y que el SRC de los clics es el previsto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/tiled_run.py" line="22"/>
        <source>the raster holds no valid pixels where it was searched (only nodata): choose an extent where it has data</source>
        <translation>el ráster no tiene píxeles válidos donde se buscó (solo nodata): elija una extensión donde tenga datos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/models/rs2sam2/predictor.py" line="38"/>
        <source>{model} takes clicks on a result of its own: segment this view by text first, then refine</source>
        <translation>{model} admite clics sobre un resultado propio: segmente primero esta vista por texto y luego refine</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="269"/>
        <source>click on the object or drag a box around it</source>
        <translation>pulse sobre el objeto o arrastre un rectángulo a su alrededor</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="63"/>
        <source>{model} cannot take clicks (it has no SAM decoder to prompt here); choose a PSLG-SAM, SAM3, RSRefSeg or RS2-SAM2 model</source>
        <translation>{model} no admite clics (aquí no tiene decodificador SAM); elija un modelo PSLG-SAM, SAM3, RSRefSeg o RS2-SAM2</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/models/sam3_text/predictor.py" line="138"/>
        <source>{model} cannot take clicks: its SAM3 folder holds the detector alone (Sam3Model); facebook/sam3 as published (Sam3VideoModel) has the tracker that takes them</source>
        <translation>{model} no admite clics: su carpeta SAM3 solo contiene el detector (Sam3Model); facebook/sam3 tal como se publica (Sam3VideoModel) tiene el seguidor que los admite</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/tiled_run.py" line="46"/>
        <source>Tile {finished} of {planned}</source>
        <translation>Tesela {finished} de {planned}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="115"/>
        <source>the coordinate reference system of the extent and the clicks cannot be transformed to the raster&apos;s: PROJ knows no operation between them; give them in the raster&apos;s CRS</source>
        <translation>el sistema de referencia de coordenadas de la extensión y los clics no se puede transformar al del ráster: PROJ no conoce ninguna operación entre ellos; indíquelos en el SRC del ráster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="40"/>
        <source>colours were not checked for {count} of the &apos;{what}&apos;: no pixel of the image lies under them</source>
        <translation>los colores no se comprobaron para {count} de los '{what}': ningún píxel de la imagen queda debajo de ellos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="103"/>
        <source>the extent {bounds} lies outside the range of its coordinate reference system: give one inside it</source>
        <translation>la extensión {bounds} está fuera del rango de su sistema de referencia de coordenadas: indique una dentro de él</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="40"/>
        <source>the panel&apos;s check with another model</source>
        <translation>la comprobación del panel con otro modelo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="57"/>
        <source>no &apos;{what}&apos; is {condition}</source>
        <translation>ningún '{what}' cumple: {condition}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="58"/>
        <source>no &apos;{what}&apos; is {conditions} at once</source>
        <translation>ningún '{what}' cumple a la vez: {conditions}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="59"/>
        <source>{count} of the &apos;{what}&apos; removed by &apos;{word}&apos;: {conditions}</source>
        <translation>{count} de los '{what}' quitados por '{word}': {conditions}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="15"/>
        <source>white</source>
        <translation>blanco</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="16"/>
        <source>black</source>
        <translation>negro</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="17"/>
        <source>gray</source>
        <translation>gris</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="18"/>
        <source>red</source>
        <translation>rojo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="19"/>
        <source>green</source>
        <translation>verde</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="20"/>
        <source>blue</source>
        <translation>azul</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="21"/>
        <source>yellow</source>
        <translation>amarillo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="22"/>
        <source>brown</source>
        <translation>marrón</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="23"/>
        <source>orange</source>
        <translation>naranja</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="24"/>
        <source>purple</source>
        <translation>morado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="25"/>
        <source>pink</source>
        <translation>rosa</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="26"/>
        <source>cyan</source>
        <translation>cian</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="27"/>
        <source>dark</source>
        <translation>oscuro</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="28"/>
        <source>bright</source>
        <translation>claro</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="29"/>
        <source>small</source>
        <translation>pequeño</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="31"/>
        <source>large</source>
        <translation>grande</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="32"/>
        <source>round</source>
        <translation>redondo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="33"/>
        <source>square</source>
        <translation>cuadrado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="34"/>
        <source>rectangular</source>
        <translation>rectangular</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="35"/>
        <source>long</source>
        <translation>alargado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="36"/>
        <source>oval</source>
        <translation>ovalado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="37"/>
        <source>curved</source>
        <translation>curvo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="38"/>
        <source>horizontal</source>
        <translation>horizontal</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="39"/>
        <source>vertical</source>
        <translation>vertical</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="40"/>
        <source>diagonal</source>
        <translation>diagonal</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="42"/>
        <source>cut off by the edge</source>
        <translation>cortado por el borde de la imagen</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="46"/>
        <source>on the {place}</source>
        <translation>{place}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="48"/>
        <source>top</source>
        <translation>arriba</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="49"/>
        <source>bottom</source>
        <translation>abajo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="50"/>
        <source>left</source>
        <translation>a la izquierda</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="51"/>
        <source>right</source>
        <translation>a la derecha</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="52"/>
        <source>center</source>
        <translation>en el centro</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="53"/>
        <source>north</source>
        <translation>al norte</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="54"/>
        <source>south</source>
        <translation>al sur</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="55"/>
        <source>east</source>
        <translation>al este</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="56"/>
        <source>west</source>
        <translation>al oeste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="60"/>
        <source>on the top left</source>
        <translation>arriba a la izquierda</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="61"/>
        <source>on the left top</source>
        <translation>arriba a la izquierda</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="62"/>
        <source>on the top right</source>
        <translation>arriba a la derecha</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="63"/>
        <source>on the right top</source>
        <translation>arriba a la derecha</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="64"/>
        <source>on the bottom left</source>
        <translation>abajo a la izquierda</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="65"/>
        <source>on the left bottom</source>
        <translation>abajo a la izquierda</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="66"/>
        <source>on the bottom right</source>
        <translation>abajo a la derecha</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="67"/>
        <source>on the right bottom</source>
        <translation>abajo a la derecha</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="68"/>
        <source>on the north east</source>
        <translation>al noreste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="69"/>
        <source>on the east north</source>
        <translation>al noreste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="70"/>
        <source>on the north west</source>
        <translation>al noroeste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="71"/>
        <source>on the west north</source>
        <translation>al noroeste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="72"/>
        <source>on the south east</source>
        <translation>al sureste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="73"/>
        <source>on the east south</source>
        <translation>al sureste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="74"/>
        <source>on the south west</source>
        <translation>al suroeste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="75"/>
        <source>on the west south</source>
        <translation>al suroeste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="83"/>
        <source>largest</source>
        <translation>el más grande</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="84"/>
        <source>smallest</source>
        <translation>el más pequeño</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="85"/>
        <source>leftmost</source>
        <translation>el más a la izquierda</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="86"/>
        <source>rightmost</source>
        <translation>el más a la derecha</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="87"/>
        <source>topmost</source>
        <translation>el más alto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="88"/>
        <source>bottommost</source>
        <translation>el más bajo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="89"/>
        <source>top leftmost</source>
        <translation>el más arriba a la izquierda</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="90"/>
        <source>top rightmost</source>
        <translation>el más arriba a la derecha</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="91"/>
        <source>bottom leftmost</source>
        <translation>el más abajo a la izquierda</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="92"/>
        <source>bottom rightmost</source>
        <translation>el más abajo a la derecha</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="93"/>
        <source>northernmost</source>
        <translation>el más al norte</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="94"/>
        <source>southernmost</source>
        <translation>el más al sur</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="95"/>
        <source>easternmost</source>
        <translation>el más al este</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="96"/>
        <source>westernmost</source>
        <translation>el más al oeste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="97"/>
        <source>closest</source>
        <translation>el más cercano</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="98"/>
        <source>farthest</source>
        <translation>el más lejano</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="100"/>
        <source>{count} {ordering}</source>
        <translation>{ordering} ({count})</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="101"/>
        <source>{ordering} #{rank}</source>
        <translation>{ordering} n.º {rank}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="104"/>
        <source>left of {anchor}</source>
        <translation>a la izquierda de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="105"/>
        <source>right of {anchor}</source>
        <translation>a la derecha de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="106"/>
        <source>above {anchor}</source>
        <translation>encima de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="107"/>
        <source>below {anchor}</source>
        <translation>debajo de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="108"/>
        <source>upper left of {anchor}</source>
        <translation>arriba a la izquierda de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="109"/>
        <source>upper right of {anchor}</source>
        <translation>arriba a la derecha de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="110"/>
        <source>lower left of {anchor}</source>
        <translation>abajo a la izquierda de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="111"/>
        <source>lower right of {anchor}</source>
        <translation>abajo a la derecha de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="120"/>
        <source>north of {anchor}</source>
        <translation>al norte de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="121"/>
        <source>south of {anchor}</source>
        <translation>al sur de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="122"/>
        <source>east of {anchor}</source>
        <translation>al este de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="123"/>
        <source>west of {anchor}</source>
        <translation>al oeste de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="124"/>
        <source>northeast of {anchor}</source>
        <translation>al noreste de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="125"/>
        <source>northwest of {anchor}</source>
        <translation>al noroeste de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="126"/>
        <source>southeast of {anchor}</source>
        <translation>al sureste de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="127"/>
        <source>southwest of {anchor}</source>
        <translation>al suroeste de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="128"/>
        <source>near {anchor}</source>
        <translation>cerca de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="129"/>
        <source>far from {anchor}</source>
        <translation>lejos de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="130"/>
        <source>between {anchor}</source>
        <translation>entre {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="131"/>
        <source>inside {anchor}</source>
        <translation>dentro de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="135"/>
        <source>along {anchor}</source>
        <translation>a lo largo de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="136"/>
        <source>crossing {anchor}</source>
        <translation>atravesando {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="137"/>
        <source>smaller than {anchor}</source>
        <translation>más pequeño que {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="138"/>
        <source>larger than {anchor}</source>
        <translation>más grande que {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="139"/>
        <source>similar size to {anchor}</source>
        <translation>de tamaño similar a {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="179"/>
        <source>within {distance} m of {anchor}</source>
        <translation>a menos de {distance} m de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="180"/>
        <source>{anchor} ({qualities})</source>
        <translation>{anchor} ({qualities})</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="181"/>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
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
        <translation>en medio de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="132"/>
        <source>with {anchor}</source>
        <translation>con {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="112"/>
        <source>on the left side of {anchor}</source>
        <translation>en el lado izquierdo de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="113"/>
        <source>on the right side of {anchor}</source>
        <translation>en el lado derecho de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="114"/>
        <source>on the top side of {anchor}</source>
        <translation>en el lado superior de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="115"/>
        <source>on the bottom side of {anchor}</source>
        <translation>en el lado inferior de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="116"/>
        <source>in the upper left corner of {anchor}</source>
        <translation>en la esquina superior izquierda de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="117"/>
        <source>in the upper right corner of {anchor}</source>
        <translation>en la esquina superior derecha de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="118"/>
        <source>in the lower left corner of {anchor}</source>
        <translation>en la esquina inferior izquierda de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="119"/>
        <source>in the lower right corner of {anchor}</source>
        <translation>en la esquina inferior derecha de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="43"/>
        <source>heading {way}</source>
        <translation>en dirección {way}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="50"/>
        <source>&apos;{heading}&apos; was not checked for {count} of the &apos;{what}&apos;: they are about as wide as long</source>
        <translation>no se comprobó '{heading}' para {count} de los '{what}': son casi tan anchos como largos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="47"/>
        <source>&apos;{heading}&apos;: judged by the way each &apos;{what}&apos; lies; one picture does not show where it goes</source>
        <translation>'{heading}': juzgado por cómo está orientado cada '{what}'; una sola imagen no muestra hacia dónde va</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="79"/>
        <source>most central</source>
        <translation>el más central</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="57"/>
        <source>edge</source>
        <translation>en el borde</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="80"/>
        <source>nearest the edge</source>
        <translation>el más cercano al borde</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="30"/>
        <source>medium-sized</source>
        <translation>de tamaño mediano</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="142"/>
        <source>&apos;{said}&apos; was not judged ({why}): what is kept fits the rest</source>
        <translation>«{said}» no se evaluó ({why}): lo que se conserva cumple el resto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="144"/>
        <source>the detector outlines objects, not their shadows</source>
        <translation>el detector delimita objetos, no sus sombras</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="145"/>
        <source>the detector outlines whole objects, not their small parts</source>
        <translation>el detector delimita objetos enteros, no sus partes pequeñas</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="146"/>
        <source>what covers an object is not measured</source>
        <translation>lo que cubre un objeto no se mide</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="150"/>
        <source>a picture from above does not show height</source>
        <translation>una imagen desde arriba no muestra la altura</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="151"/>
        <source>how much a comparison holds is not measured, only that it holds</source>
        <translation>se mide que una comparación se cumple, no cuánto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="154"/>
        <source>what is carried, held or pushed is not told apart from its carrier</source>
        <translation>lo que se lleva, sostiene o empuja no se distingue de quien lo lleva</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="81"/>
        <source>in the middle of them</source>
        <translation>en medio de ellos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="82"/>
        <source>at an end of their row</source>
        <translation>en un extremo de su fila</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="147"/>
        <source>one picture does not show movement: a turn, a wake, which way traffic goes</source>
        <translation>una sola imagen no muestra movimiento: un giro, una estela, el sentido del tráfico</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="157"/>
        <source>what an object is made of is not measured</source>
        <translation>no se mide de qué está hecho un objeto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="161"/>
        <source>how new, busy or full an object is is not measured</source>
        <translation>no se mide cuán nuevo, concurrido o lleno está un objeto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="162"/>
        <source>what an object is used for is not told apart</source>
        <translation>no se distingue para qué se usa un objeto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="175"/>
        <source>of outlines only round, square, rectangular, oval, long and curved ones are measured</source>
        <translation>de los contornos solo se miden los redondos, cuadrados, rectangulares, ovalados, largos y curvos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="63"/>
        <source>which end of the row of &apos;{what}&apos; is meant is not said: both ends are kept, remove the other</source>
        <translation>no se dice qué extremo de la fila de '{what}' se quiere: se conservan ambos extremos, quite el otro</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="163"/>
        <source>which way an object lies or faces beside another is not measured, only that it is by it</source>
        <translation>no se mide hacia dónde está orientado un objeto junto a otro, solo que está junto a él</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="166"/>
        <source>rows are not told apart, so which row is not measured</source>
        <translation>las filas no se distinguen, así que no se mide en qué fila está</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="167"/>
        <source>only nearness to the middle is measured, not on which side of it an object lies</source>
        <translation>solo se mide la cercanía al centro, no en qué lado del centro está el objeto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="170"/>
        <source>how much lighter or darker an object is than another is not measured</source>
        <translation>no se mide cuánto más claro u oscuro es un objeto que otro</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="173"/>
        <source>what is said of other objects around it does not pick it out</source>
        <translation>lo que se dice de otros objetos a su alrededor no lo distingue</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="158"/>
        <source>only named colours are measured, not patterns, sheen or many colours</source>
        <translation>solo se miden colores con nombre, no dibujos, brillo ni mezclas de colores</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="61"/>
        <source>the {first} &apos;{what}&apos; is not also the {other}: none is both</source>
        <translation>el '{what}' {first} no es también el {other}: ninguno es ambos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="62"/>
        <source>&apos;{order}&apos; needs an anchor that was not found; not checked</source>
        <translation>'{order}' necesita un objeto de referencia que no se encontró; no comprobado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="134"/>
        <source>near the middle of {anchor}</source>
        <translation>cerca del centro de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="174"/>
        <source>what is said of only some of them does not pick any out</source>
        <translation>lo que se dice solo de algunos de ellos no señala a ninguno</translation>
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
        <translation>GPU de Apple (MPS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="132"/>
        <source>no GPU found, models run on the CPU</source>
        <translation>no se encontró GPU, los modelos se ejecutan en la CPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="133"/>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="134"/>
        <source>Python {python} · torch {torch} · {device}</source>
        <translation>Python {python} · torch {torch} · {device}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="143"/>
        <source>{path} (set by {variable})</source>
        <translation>{path} (definido por {variable})</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="148"/>
        <source>The environment the installer makes: {folder}</source>
        <translation>El entorno que crea el instalador: {folder}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="63"/>
        <source>The models' Python environment is not installed yet. Click 'Install dependencies…', or choose an environment that has the model packages in the settings.</source>
        <translation>El entorno de Python de los modelos aún no está instalado. Haga clic en «Instalar dependencias…» o elija en la configuración un entorno que tenga los paquetes de los modelos.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="69"/>
        <source>The model packages are missing: {packages}. Click 'Install dependencies…', or choose a Python environment that has them in the settings.</source>
        <translation>Faltan paquetes de los modelos: {packages}. Haga clic en «Instalar dependencias…» o elija en la configuración un entorno de Python que los tenga.</translation>
    </message>
</context>
</TS>
