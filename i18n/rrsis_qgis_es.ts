<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>InstallerDialog</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="54"/>
        <source>Install the segmentation models&apos; Python packages</source>
        <translation>Instalar los paquetes de Python de los modelos de segmentación</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="59"/>
        <source>CPU only</source>
        <translation>Solo CPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="59"/>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>GPU NVIDIA (CUDA)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="59"/>
        <source>Apple GPU (MPS)</source>
        <translation>GPU Apple (MPS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="71"/>
        <source>Packages go to {folder}; QGIS&apos;s own libraries are left as they are.</source>
        <translation>Los paquetes van a {folder}; las bibliotecas propias de QGIS no se tocan.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="77"/>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="79"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="82"/>
        <source>Copy log</source>
        <translation>Copiar registro</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="86"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="90"/>
        <source>Run the models on</source>
        <translation>Ejecutar los modelos en</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="113"/>
        <source>Installing… this downloads up to a few GB and can take minutes.</source>
        <translation>Instalando… se descargan hasta unos pocos GB y puede tardar minutos.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="123"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="137"/>
        <source>Installed. The models can be used now.</source>
        <translation>Instalado. Los modelos ya se pueden usar.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="140"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="142"/>
        <source>The installation failed; nothing was changed. pip said:
{error}</source>
        <translation>La instalación falló; no se cambió nada. pip dijo:
{error}</translation>
    </message>
</context>
<context>
    <name>RrsisPlugin</name>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="22"/>
        <source>Text Segmentation (RRSIS)</source>
        <translation>Segmentación por texto (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="56"/>
        <source>Segment objects in a raster from a text description</source>
        <translation>Segmentar objetos de un ráster a partir de una descripción de texto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="62"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
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
    <name>SegmentController</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="82"/>
        <source>Rendering '{layer}'…</source>
        <translation>Representando «{layer}»…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="119"/>
        <source>Segmenting '{expression}'…</source>
        <translation>Segmentando «{expression}»…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="225"/>
        <source>Cancelled; nothing was added.</source>
        <translation>Cancelado; no se añadió nada.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="128"/>
        <source>Cancelling after the current step…</source>
        <translation>Cancelando tras el paso actual…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="191"/>
        <source>Nothing found for &apos;{expression}&apos;.</source>
        <translation>No se encontró nada para «{expression}».</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="200"/>
        <source>{reason}; the result stays in a temporary layer</source>
        <translation>{reason}; el resultado queda en una capa temporal</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="206"/>
        <source>{count} polygon(s) for &apos;{expression}&apos; (score {score:.2f}, {ms:.0f} ms)</source>
        <translation>{count} polígono(s) para «{expression}» (puntuación {score:.2f}, {ms:.0f} ms)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="279"/>
        <source>Text segmentation</source>
        <translation>Segmentación por texto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="261"/>
        <source>That result layer was removed from the project.</source>
        <translation>Esa capa de resultado se eliminó del proyecto.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="241"/>
        <source>Choose a checkpoint folder (with config.json)</source>
        <translation>Elija una carpeta de checkpoint (con config.json)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="250"/>
        <source>{folder} is not a checkpoint folder: it has no config.json</source>
        <translation>{folder} no es una carpeta de checkpoint: no tiene config.json</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="263"/>
        <source>Export result</source>
        <translation>Exportar resultado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="273"/>
        <source>Export failed: {reason}</source>
        <translation>Falló la exportación: {reason}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="275"/>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="58"/>
        <source>Stopping the previous run; '{expression}' follows…</source>
        <translation>Deteniendo la ejecución anterior; sigue '{expression}'…</translation>
    </message>
</context>
<context>
    <name>SegmentDock</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="60"/>
        <source>Text Segmentation (RRSIS)</source>
        <translation>Segmentación por texto (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="64"/>
        <source>e.g. the two round white tanks north of the road</source>
        <translation>p. ej. los dos tanques redondos blancos al norte de la carretera</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="76"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="77"/>
        <source>Add a trained checkpoint folder to the model list</source>
        <translation>Añadir una carpeta de checkpoint entrenado a la lista de modelos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="79"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="80"/>
        <source>Device, precision, checkpoint folders, output and more</source>
        <translation>Dispositivo, precisión, carpetas de checkpoints, salida y más</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="86"/>
        <source>Segment</source>
        <translation>Segmentar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="87"/>
        <source>Segment the visible extent of the raster layer</source>
        <translation>Segmentar la extensión visible de la capa ráster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="89"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="105"/>
        <source>Expression</source>
        <translation>Expresión</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="105"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="105"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="117"/>
        <source>Zoom to</source>
        <translation>Zum a</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="119"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="120"/>
        <source>Save the selected result as Shapefile, GeoPackage or GeoJSON</source>
        <translation>Guardar el resultado seleccionado como Shapefile, GeoPackage o GeoJSON</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="124"/>
        <source>Describe</source>
        <translation>Describir</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="125"/>
        <source>Raster</source>
        <translation>Ráster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="126"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="211"/>
        <source>Select a result in the list first.</source>
        <translation>Seleccione primero un resultado de la lista.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="226"/>
        <source>Type a description of the objects to segment first.</source>
        <translation>Escriba primero una descripción de los objetos a segmentar.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="229"/>
        <source>Add a raster layer to the project and pick it first.</source>
        <translation>Añada primero una capa ráster al proyecto y selecciónela.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="93"/>
        <source>Install dependencies…</source>
        <translation>Instalar dependencias…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="94"/>
        <source>Install torch, transformers and the rest for QGIS&apos;s Python</source>
        <translation>Instalar torch, transformers y el resto para el Python de QGIS</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="175"/>
        <source>Missing Python packages: {packages}. Click 'Install dependencies…', or install them for QGIS's Python with:
{command}</source>
        <translation>Faltan paquetes de Python: {packages}. Pulse «Instalar dependencias…» o instálelos para el Python de QGIS con:
{command}</translation>
    </message>
</context>
<context>
    <name>SegmentRasterByText</name>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="42"/>
        <source>Segment raster by text</source>
        <translation>Segmentar ráster por texto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="45"/>
        <source>Finds the objects each expression describes (one expression per line) in a whole raster, an extent of it, or only inside polygons, and writes their outlines with an &apos;expression&apos; field. The raster is processed at native resolution on overlapping tiles; every tile is encoded once for all expressions, and objects crossing tile seams come out as one polygon.</source>
        <translation>Encuentra los objetos que describe cada expresión (una expresión por línea) en todo un ráster, una extensión de él o solo dentro de polígonos, y escribe sus contornos con un campo 'expression'. El ráster se procesa a resolución completa en teselas solapadas; cada tesela se codifica una sola vez para todas las expresiones, y los objetos que cruzan los bordes de las teselas resultan en un único polígono.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="53"/>
        <source>Raster layer</source>
        <translation>Capa ráster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="54"/>
        <source>Expressions (one per line)</source>
        <translation>Expresiones (una por línea)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="59"/>
        <source>Model (a listed model name or a checkpoint folder)</source>
        <translation>Modelo (un nombre de modelo de la lista o una carpeta de checkpoint)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="64"/>
        <source>Extent</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="65"/>
        <source>Only inside these polygons</source>
        <translation>Solo dentro de estos polígonos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="74"/>
        <source>Tile size (pixels)</source>
        <translation>Tamaño de tesela (píxeles)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="77"/>
        <source>Tile overlap (pixels)</source>
        <translation>Solapamiento de teselas (píxeles)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="82"/>
        <source>Mask threshold</source>
        <translation>Umbral de la máscara</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="102"/>
        <source>Smallest polygon (pixels)</source>
        <translation>Polígono más pequeño (píxeles)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="123"/>
        <source>Segmented polygons</source>
        <translation>Polígonos segmentados</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="141"/>
        <source>Choose a raster layer read from a file (GDAL).</source>
        <translation>Elija una capa ráster leída de un archivo (GDAL).</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="149"/>
        <source>Give at least one expression.</source>
        <translation>Indique al menos una expresión.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="223"/>
        <source>Cancelled; the output holds the polygons found so far.</source>
        <translation>Cancelado; la salida contiene los polígonos encontrados hasta ahora.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="241"/>
        <source>The polygon layer that limits the search is empty.</source>
        <translation>La capa de polígonos que limita la búsqueda está vacía.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="92"/>
        <source>Smallest model score kept</source>
        <translation>Puntuación mínima del modelo que se conserva</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="186"/>
        <source>Loading {model} ({device}, {precision})…</source>
        <translation>Cargando {model} ({device}, {precision})…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="181"/>
        <source>{count} tiles of {tile} px with {overlap} px overlap</source>
        <translation>{count} teselas de {tile} px con {overlap} px de solapamiento</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="115"/>
        <source>Ray cluster address (empty: this machine without Ray; auto or ray://host:10001)</source>
        <translation>Dirección del clúster Ray (vacía: esta máquina sin Ray; auto o ray://host:10001)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="107"/>
        <source>Bands shown as red, green, blue (e.g. 4,3,2; empty: the raster&apos;s own)</source>
        <translation>Bandas mostradas como rojo, verde, azul (p. ej. 4,3,2; vacío: las del ráster)</translation>
    </message>
</context>
<context>
    <name>SegmentWorker</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/worker.py" line="43"/>
        <source>The model stopped with an unexpected error, so nothing was added. The details are in the log (View ▸ Panels ▸ Log Messages, tab {tag}); another model or checkpoint may work.</source>
        <translation>El modelo se detuvo con un error inesperado; no se añadió nada. Los detalles están en el registro (Ver ▸ Paneles ▸ Mensajes de registro, pestaña {tag}); otro modelo o checkpoint puede funcionar.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="32"/>
        <source>Text Segmentation settings</source>
        <translation>Configuración de la segmentación por texto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="37"/>
        <source>Automatic (CUDA GPU, then Apple GPU, then CPU)</source>
        <translation>Automático (GPU CUDA, luego GPU Apple, luego CPU)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="37"/>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="37"/>
        <source>Apple GPU (MPS)</source>
        <translation>GPU Apple (MPS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="37"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="47"/>
        <source>Automatic (bfloat16 on a CUDA GPU)</source>
        <translation>Automática (bfloat16 en una GPU CUDA)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="48"/>
        <source>float32 everywhere (slower, exact)</source>
        <translation>float32 en todo (más lento, exacto)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="54"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="56"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="73"/>
        <source> megapixels</source>
        <translation> megapíxeles</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="75"/>
        <source>Larger views are read at a lower resolution (with a notice)</source>
        <translation>Las vistas mayores se leen a menor resolución (con un aviso)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="89"/>
        <source> pixels</source>
        <translation> píxeles</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="94"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="96"/>
        <source>Empty: results go to temporary layers in the project</source>
        <translation>Vacío: los resultados van a capas temporales del proyecto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="98"/>
        <source>Keep the model in memory between runs</source>
        <translation>Mantener el modelo en memoria entre ejecuciones</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="102"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="103"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="104"/>
        <source>Default model</source>
        <translation>Modelo predeterminado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="105"/>
        <source>Checkpoint folders</source>
        <translation>Carpetas de checkpoints</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="106"/>
        <source>Largest view read at full resolution</source>
        <translation>Vista más grande leída a resolución completa</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="107"/>
        <source>Mask threshold</source>
        <translation>Umbral de la máscara</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="108"/>
        <source>Smallest polygon</source>
        <translation>Polígono más pequeño</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="109"/>
        <source>Simplification tolerance</source>
        <translation>Tolerancia de simplificación</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="110"/>
        <source>Save results in GeoPackage</source>
        <translation>Guardar resultados en un GeoPackage</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="134"/>
        <source>Choose a checkpoint folder (with config.json)</source>
        <translation>Elija una carpeta de checkpoint (con config.json)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="49"/>
        <source>bfloat16 everywhere (less memory)</source>
        <translation>bfloat16 en todo (menos memoria)</translation>
    </message>
</context>
</TS>
