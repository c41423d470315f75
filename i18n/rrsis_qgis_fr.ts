<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>InstallerDialog</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="54"/>
        <source>Install the segmentation models&apos; Python packages</source>
        <translation>Installer les paquets Python des modèles de segmentation</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="59"/>
        <source>CPU only</source>
        <translation>CPU seulement</translation>
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
        <translation>Les paquets vont dans {folder} ; les bibliothèques de QGIS restent telles quelles.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="77"/>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="79"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="82"/>
        <source>Copy log</source>
        <translation>Copier le journal</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="86"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="90"/>
        <source>Run the models on</source>
        <translation>Exécuter les modèles sur</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="113"/>
        <source>Installing… this downloads up to a few GB and can take minutes.</source>
        <translation>Installation… cela télécharge jusqu'à quelques Go et peut prendre des minutes.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="123"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="137"/>
        <source>Installed. The models can be used now.</source>
        <translation>Installé. Les modèles sont utilisables dès maintenant.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="140"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="142"/>
        <source>The installation failed; nothing was changed. pip said:
{error}</source>
        <translation>L'installation a échoué ; rien n'a été modifié. pip a dit :
{error}</translation>
    </message>
</context>
<context>
    <name>RrsisPlugin</name>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="22"/>
        <source>Text Segmentation (RRSIS)</source>
        <translation>Segmentation par texte (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="56"/>
        <source>Segment objects in a raster from a text description</source>
        <translation>Segmenter des objets d'un raster à partir d'une description textuelle</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="62"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
</context>
<context>
    <name>RrsisProvider</name>
    <message>
        <location filename="../rrsis_qgis/processing/provider.py" line="18"/>
        <source>Text segmentation (RRSIS)</source>
        <translation>Segmentation par texte (RRSIS)</translation>
    </message>
</context>
<context>
    <name>SegmentController</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="82"/>
        <source>Rendering '{layer}'…</source>
        <translation>Rendu de « {layer} »…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="119"/>
        <source>Segmenting '{expression}'…</source>
        <translation>Segmentation de « {expression} »…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="225"/>
        <source>Cancelled; nothing was added.</source>
        <translation>Annulé ; rien n'a été ajouté.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="128"/>
        <source>Cancelling after the current step…</source>
        <translation>Annulation après l'étape en cours…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="191"/>
        <source>Nothing found for &apos;{expression}&apos;.</source>
        <translation>Rien trouvé pour « {expression} ».</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="200"/>
        <source>{reason}; the result stays in a temporary layer</source>
        <translation>{reason} ; le résultat reste dans une couche temporaire</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="206"/>
        <source>{count} polygon(s) for &apos;{expression}&apos; (score {score:.2f}, {ms:.0f} ms)</source>
        <translation>{count} polygone(s) pour « {expression} » (score {score:.2f}, {ms:.0f} ms)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="279"/>
        <source>Text segmentation</source>
        <translation>Segmentation par texte</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="261"/>
        <source>That result layer was removed from the project.</source>
        <translation>Cette couche de résultat a été retirée du projet.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="241"/>
        <source>Choose a checkpoint folder (with config.json)</source>
        <translation>Choisir un dossier de checkpoint (avec config.json)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="250"/>
        <source>{folder} is not a checkpoint folder: it has no config.json</source>
        <translation>{folder} n'est pas un dossier de checkpoint : il n'a pas de config.json</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="263"/>
        <source>Export result</source>
        <translation>Exporter le résultat</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="273"/>
        <source>Export failed: {reason}</source>
        <translation>Échec de l'export : {reason}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="275"/>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="58"/>
        <source>Stopping the previous run; '{expression}' follows…</source>
        <translation>Arrêt de l'exécution précédente ; '{expression}' suit…</translation>
    </message>
</context>
<context>
    <name>SegmentDock</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="60"/>
        <source>Text Segmentation (RRSIS)</source>
        <translation>Segmentation par texte (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="64"/>
        <source>e.g. the two round white tanks north of the road</source>
        <translation>p. ex. les deux réservoirs ronds blancs au nord de la route</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="76"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="77"/>
        <source>Add a trained checkpoint folder to the model list</source>
        <translation>Ajouter un dossier de checkpoint entraîné à la liste des modèles</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="79"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="80"/>
        <source>Device, precision, checkpoint folders, output and more</source>
        <translation>Processeur, précision, dossiers de checkpoints, sortie et plus</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="86"/>
        <source>Segment</source>
        <translation>Segmenter</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="87"/>
        <source>Segment the visible extent of the raster layer</source>
        <translation>Segmenter l'emprise visible de la couche raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="89"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="105"/>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="105"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="105"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="117"/>
        <source>Zoom to</source>
        <translation>Zoomer sur</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="119"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="120"/>
        <source>Save the selected result as Shapefile, GeoPackage or GeoJSON</source>
        <translation>Enregistrer le résultat sélectionné en Shapefile, GeoPackage ou GeoJSON</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="124"/>
        <source>Describe</source>
        <translation>Décrire</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="125"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="126"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="211"/>
        <source>Select a result in the list first.</source>
        <translation>Sélectionnez d'abord un résultat dans la liste.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="226"/>
        <source>Type a description of the objects to segment first.</source>
        <translation>Saisissez d'abord une description des objets à segmenter.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="229"/>
        <source>Add a raster layer to the project and pick it first.</source>
        <translation>Ajoutez d'abord une couche raster au projet et sélectionnez-la.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="93"/>
        <source>Install dependencies…</source>
        <translation>Installer les dépendances…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="94"/>
        <source>Install torch, transformers and the rest for QGIS&apos;s Python</source>
        <translation>Installer torch, transformers et le reste pour le Python de QGIS</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="175"/>
        <source>Missing Python packages: {packages}. Click 'Install dependencies…', or install them for QGIS's Python with:
{command}</source>
        <translation>Paquets Python manquants : {packages}. Cliquez sur « Installer les dépendances… » ou installez-les pour le Python de QGIS avec :
{command}</translation>
    </message>
</context>
<context>
    <name>SegmentRasterByText</name>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="42"/>
        <source>Segment raster by text</source>
        <translation>Segmenter un raster par texte</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="45"/>
        <source>Finds the objects each expression describes (one expression per line) in a whole raster, an extent of it, or only inside polygons, and writes their outlines with an &apos;expression&apos; field. The raster is processed at native resolution on overlapping tiles; every tile is encoded once for all expressions, and objects crossing tile seams come out as one polygon.</source>
        <translation>Trouve les objets que décrit chaque expression (une expression par ligne) dans tout un raster, une emprise de celui-ci ou seulement à l'intérieur de polygones, et écrit leurs contours avec un champ 'expression'. Le raster est traité en pleine résolution sur des tuiles qui se chevauchent ; chaque tuile est encodée une seule fois pour toutes les expressions, et les objets à cheval sur les bords de tuiles donnent un seul polygone.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="53"/>
        <source>Raster layer</source>
        <translation>Couche raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="54"/>
        <source>Expressions (one per line)</source>
        <translation>Expressions (une par ligne)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="59"/>
        <source>Model (a listed model name or a checkpoint folder)</source>
        <translation>Modèle (un nom de modèle de la liste ou un dossier de checkpoint)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="64"/>
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="65"/>
        <source>Only inside these polygons</source>
        <translation>Seulement à l'intérieur de ces polygones</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="74"/>
        <source>Tile size (pixels)</source>
        <translation>Taille des tuiles (pixels)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="77"/>
        <source>Tile overlap (pixels)</source>
        <translation>Chevauchement des tuiles (pixels)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="82"/>
        <source>Mask threshold</source>
        <translation>Seuil du masque</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="102"/>
        <source>Smallest polygon (pixels)</source>
        <translation>Plus petit polygone (pixels)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="123"/>
        <source>Segmented polygons</source>
        <translation>Polygones segmentés</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="141"/>
        <source>Choose a raster layer read from a file (GDAL).</source>
        <translation>Choisissez une couche raster lue depuis un fichier (GDAL).</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="149"/>
        <source>Give at least one expression.</source>
        <translation>Donnez au moins une expression.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="223"/>
        <source>Cancelled; the output holds the polygons found so far.</source>
        <translation>Annulé ; la sortie contient les polygones trouvés jusqu'ici.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="241"/>
        <source>The polygon layer that limits the search is empty.</source>
        <translation>La couche de polygones qui limite la recherche est vide.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="92"/>
        <source>Smallest model score kept</source>
        <translation>Plus petit score du modèle conservé</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="186"/>
        <source>Loading {model} ({device}, {precision})…</source>
        <translation>Chargement de {model} ({device}, {precision})…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="181"/>
        <source>{count} tiles of {tile} px with {overlap} px overlap</source>
        <translation>{count} tuiles de {tile} px avec {overlap} px de recouvrement</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="115"/>
        <source>Ray cluster address (empty: this machine without Ray; auto or ray://host:10001)</source>
        <translation>Adresse du cluster Ray (vide : cette machine sans Ray ; auto ou ray://hôte:10001)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="107"/>
        <source>Bands shown as red, green, blue (e.g. 4,3,2; empty: the raster&apos;s own)</source>
        <translation>Bandes affichées en rouge, vert, bleu (p. ex. 4,3,2 ; vide : celles du raster)</translation>
    </message>
</context>
<context>
    <name>SegmentWorker</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/worker.py" line="43"/>
        <source>The model stopped with an unexpected error, so nothing was added. The details are in the log (View ▸ Panels ▸ Log Messages, tab {tag}); another model or checkpoint may work.</source>
        <translation>Le modèle s'est arrêté sur une erreur inattendue ; rien n'a été ajouté. Les détails sont dans le journal (Vue ▸ Panneaux ▸ Journal des messages, onglet {tag}) ; un autre modèle ou point de contrôle peut fonctionner.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="32"/>
        <source>Text Segmentation settings</source>
        <translation>Paramètres de la segmentation par texte</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="37"/>
        <source>Automatic (CUDA GPU, then Apple GPU, then CPU)</source>
        <translation>Automatique (GPU CUDA, puis GPU Apple, puis CPU)</translation>
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
        <translation>Automatique (bfloat16 sur un GPU CUDA)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="48"/>
        <source>float32 everywhere (slower, exact)</source>
        <translation>float32 partout (plus lent, exact)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="54"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="56"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="73"/>
        <source> megapixels</source>
        <translation> mégapixels</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="75"/>
        <source>Larger views are read at a lower resolution (with a notice)</source>
        <translation>Les vues plus grandes sont lues à une résolution réduite (avec un avertissement)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="89"/>
        <source> pixels</source>
        <translation> pixels</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="94"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="96"/>
        <source>Empty: results go to temporary layers in the project</source>
        <translation>Vide : les résultats vont dans des couches temporaires du projet</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="98"/>
        <source>Keep the model in memory between runs</source>
        <translation>Garder le modèle en mémoire entre les exécutions</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="102"/>
        <source>Device</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="103"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="104"/>
        <source>Default model</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="105"/>
        <source>Checkpoint folders</source>
        <translation>Dossiers de checkpoints</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="106"/>
        <source>Largest view read at full resolution</source>
        <translation>Plus grande vue lue en pleine résolution</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="107"/>
        <source>Mask threshold</source>
        <translation>Seuil du masque</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="108"/>
        <source>Smallest polygon</source>
        <translation>Plus petit polygone</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="109"/>
        <source>Simplification tolerance</source>
        <translation>Tolérance de simplification</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="110"/>
        <source>Save results in GeoPackage</source>
        <translation>Enregistrer les résultats dans un GeoPackage</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="134"/>
        <source>Choose a checkpoint folder (with config.json)</source>
        <translation>Choisir un dossier de checkpoint (avec config.json)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="49"/>
        <source>bfloat16 everywhere (less memory)</source>
        <translation>bfloat16 partout (moins de mémoire)</translation>
    </message>
</context>
</TS>
