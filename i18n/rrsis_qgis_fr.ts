<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>InstallerDialog</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="51"/>
        <source>Install the segmentation models&apos; Python packages</source>
        <translation>Installer les paquets Python des modèles de segmentation</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="60"/>
        <source>CPU only</source>
        <translation>CPU seulement</translation>
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
        <translation>Installer</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="80"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="83"/>
        <source>Copy log</source>
        <translation>Copier le journal</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="87"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="91"/>
        <source>Run the models on</source>
        <translation>Exécuter les modèles sur</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="114"/>
        <source>Installing… this downloads up to a few GB and can take minutes.</source>
        <translation>Installation… cela télécharge jusqu'à quelques Go et peut prendre des minutes.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="124"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="140"/>
        <source>Installed. The models can be used now.</source>
        <translation>Installé. Les modèles sont utilisables dès maintenant.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="143"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="145"/>
        <source>The installation failed; nothing was changed. pip said:
{error}</source>
        <translation>L'installation a échoué ; rien n'a été modifié. pip a dit :
{error}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="72"/>
        <source>The models&apos; environment is made in {folder}; QGIS&apos;s own Python is left as it is.</source>
        <translation>L'environnement des modèles est créé dans {folder} ; le Python de QGIS reste tel quel.</translation>
    </message>
</context>
<context>
    <name>RefineSession</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="244"/>
        <source>Refining &apos;{expression}&apos;</source>
        <translation>Affinage de « {expression} »</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="244"/>
        <source>Segmenting what you click</source>
        <translation>Segmentation de ce que vous cliquez</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="249"/>
        <source>clicks go to {model} on the visible part of &apos;{layer}&apos;. Click on the object, right-click (or Shift+click) off it, drag a box; Ctrl+Z undoes, Enter accepts, Esc cancels.</source>
        <translation>les clics vont à {model} sur la partie visible de « {layer} ». Cliquez sur l'objet, clic droit (ou Maj+clic) à côté, tracez un rectangle ; Ctrl+Z annule, Entrée valide, Échap abandonne.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="332"/>
        <source>Still segmenting the last click; accept when it shows.</source>
        <translation>Le dernier clic est encore en cours de segmentation ; validez quand il s'affiche.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="346"/>
        <source>Nothing to accept: click on an object first.</source>
        <translation>Rien à valider : cliquez d'abord sur un objet.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="351"/>
        <source>Clicked objects</source>
        <translation>Objets cliqués</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="355"/>
        <source>Refining cancelled; nothing was changed.</source>
        <translation>Affinage annulé ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="318"/>
        <source>Preview: score {score:.2f}; Enter accepts, Esc cancels</source>
        <translation>Aperçu : score {score:.2f} ; Entrée valide, Échap abandonne</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="340"/>
        <source>Writing the polygons…</source>
        <translation>Écriture des polygones…</translation>
    </message>
</context>
<context>
    <name>RrsisPlugin</name>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="26"/>
        <source>Text Segmentation (RRSIS)</source>
        <translation>Segmentation par texte (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="55"/>
        <source>Segment objects in a raster from a text description</source>
        <translation>Segmenter des objets d'un raster à partir d'une description textuelle</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="61"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="65"/>
        <source>Refine with clicks on the map</source>
        <translation>Affiner par des clics sur la carte</translation>
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
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="99"/>
        <source>Rendering '{layer}'…</source>
        <translation>Rendu de « {layer} »…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="141"/>
        <source>Segmenting '{expression}'…</source>
        <translation>Segmentation de « {expression} »…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="318"/>
        <source>Cancelled; nothing was added.</source>
        <translation>Annulé ; rien n'a été ajouté.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="150"/>
        <source>Cancelling after the current step…</source>
        <translation>Annulation après l'étape en cours…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="217"/>
        <source>Nothing found for &apos;{expression}&apos;.</source>
        <translation>Rien trouvé pour « {expression} ».</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="230"/>
        <source>{reason}; the result stays in a temporary layer</source>
        <translation>{reason} ; le résultat reste dans une couche temporaire</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="242"/>
        <source>{count} polygon(s) for &apos;{expression}&apos; (score {score:.2f}, {ms:.0f} ms)</source>
        <translation>{count} polygone(s) pour « {expression} » (score {score:.2f}, {ms:.0f} ms)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="372"/>
        <source>Text segmentation</source>
        <translation>Segmentation par texte</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="354"/>
        <source>That result layer was removed from the project.</source>
        <translation>Cette couche de résultat a été retirée du projet.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="334"/>
        <source>Choose a checkpoint folder (with config.json)</source>
        <translation>Choisir un dossier de checkpoint (avec config.json)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="343"/>
        <source>{folder} is not a checkpoint folder: it has no config.json</source>
        <translation>{folder} n'est pas un dossier de checkpoint : il n'a pas de config.json</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="356"/>
        <source>Export result</source>
        <translation>Exporter le résultat</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="366"/>
        <source>Export failed: {reason}</source>
        <translation>Échec de l'export : {reason}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="368"/>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="75"/>
        <source>Stopping the previous run; '{expression}' follows…</source>
        <translation>Arrêt de l'exécution précédente ; '{expression}' suit…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="261"/>
        <source>Clicks work on raster layers read from a file (GeoTIFF and the like).</source>
        <translation>Les clics fonctionnent sur les couches raster lues depuis un fichier (GeoTIFF et similaires).</translation>
    </message>
    <message>
        <source>&apos;{layer}&apos; cannot be edited, so the refinement was not written.</source>
        <translation>'{layer}' n'est pas modifiable : l'affinage n'a pas été écrit.</translation>
    </message>
    <message>
        <source>Refine by hand</source>
        <translation>Affiner à la main</translation>
    </message>
    <message>
        <source>&apos;{layer}&apos; did not take the refinement; it is unchanged.</source>
        <translation>'{layer}' n'a pas accepté l'affinage ; la couche est inchangée.</translation>
    </message>
    <message>
        <source>The result in &apos;{layer}&apos; was refined by hand: Ctrl+Z undoes it, Save Layer Edits keeps it.</source>
        <translation>Le résultat dans '{layer}' a été affiné à la main : Ctrl+Z l'annule, Enregistrer les modifications de la couche le conserve.</translation>
    </message>
</context>
<context>
    <name>SegmentDock</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="66"/>
        <source>Text Segmentation (RRSIS)</source>
        <translation>Segmentation par texte (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="70"/>
        <source>e.g. the two round white tanks north of the road</source>
        <translation>p. ex. les deux réservoirs ronds blancs au nord de la route</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="92"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="93"/>
        <source>Add a trained checkpoint folder to the model list</source>
        <translation>Ajouter un dossier de checkpoint entraîné à la liste des modèles</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="95"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="96"/>
        <source>Device, precision, checkpoint folders, output and more</source>
        <translation>Processeur, précision, dossiers de checkpoints, sortie et plus</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="102"/>
        <source>Segment</source>
        <translation>Segmenter</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="103"/>
        <source>Segment the visible extent of the raster layer</source>
        <translation>Segmenter l'emprise visible de la couche raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="105"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="132"/>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="132"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="132"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="144"/>
        <source>Zoom to</source>
        <translation>Zoomer sur</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="146"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="147"/>
        <source>Save the selected result as Shapefile, GeoPackage or GeoJSON</source>
        <translation>Enregistrer le résultat sélectionné en Shapefile, GeoPackage ou GeoJSON</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="151"/>
        <source>Describe</source>
        <translation>Décrire</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="153"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="154"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="269"/>
        <source>Select a result in the list first.</source>
        <translation>Sélectionnez d'abord un résultat dans la liste.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="284"/>
        <source>Type a description of the objects to segment first.</source>
        <translation>Saisissez d'abord une description des objets à segmenter.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="287"/>
        <source>Add a raster layer to the project and pick it first.</source>
        <translation>Ajoutez d'abord une couche raster au projet et sélectionnez-la.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="118"/>
        <source>Install dependencies…</source>
        <translation>Installer les dépendances…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="119"/>
        <source>Install torch, transformers and the rest into the models&apos; own environment</source>
        <translation>Installer torch, transformers et le reste dans l'environnement propre aux modèles</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="184"/>
        <source>Read as: {program}</source>
        <translation>Lu comme : {program}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="191"/>
        <source>Not understood: the whole description goes to the detector as it is.</source>
        <translation>Non comprise : toute la description est transmise telle quelle au détecteur.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="186"/>
        <source>{phrase}: the layer &apos;{layer}&apos;</source>
        <translation>{phrase} : la couche '{layer}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="108"/>
        <source>Refine</source>
        <translation>Affiner</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="110"/>
        <source>Correct the selected result with clicks on the map, or segment what you click when no result is selected (Ctrl+Alt+R)</source>
        <translation>Corriger le résultat sélectionné par des clics sur la carte, ou segmenter ce que vous cliquez si aucun résultat n'est sélectionné (Ctrl+Alt+R)</translation>
    </message>
</context>
<context>
    <name>SegmentRasterByText</name>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="46"/>
        <source>Segment raster by text</source>
        <translation>Segmenter un raster par texte</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="49"/>
        <source>Finds the objects each expression describes (one expression per line) in a whole raster, an extent of it, or only inside polygons, and writes their outlines with an &apos;expression&apos; field. The raster is processed at native resolution on overlapping tiles; every tile is encoded once for all expressions, and objects crossing tile seams come out as one polygon.</source>
        <translation>Trouve les objets que décrit chaque expression (une expression par ligne) dans tout un raster, une emprise de celui-ci ou seulement à l'intérieur de polygones, et écrit leurs contours avec un champ 'expression'. Le raster est traité en pleine résolution sur des tuiles qui se chevauchent ; chaque tuile est encodée une seule fois pour toutes les expressions, et les objets à cheval sur les bords de tuiles donnent un seul polygone.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="57"/>
        <source>Raster layer</source>
        <translation>Couche raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="58"/>
        <source>Expressions (one per line)</source>
        <translation>Expressions (une par ligne)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="63"/>
        <source>Model (a listed model name or a checkpoint folder)</source>
        <translation>Modèle (un nom de modèle de la liste ou un dossier de checkpoint)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="68"/>
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="69"/>
        <source>Only inside these polygons</source>
        <translation>Seulement à l'intérieur de ces polygones</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="78"/>
        <source>Tile size (pixels)</source>
        <translation>Taille des tuiles (pixels)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="81"/>
        <source>Tile overlap (pixels)</source>
        <translation>Chevauchement des tuiles (pixels)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="86"/>
        <source>Mask threshold</source>
        <translation>Seuil du masque</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="106"/>
        <source>Smallest polygon (pixels)</source>
        <translation>Plus petit polygone (pixels)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="127"/>
        <source>Segmented polygons</source>
        <translation>Polygones segmentés</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="147"/>
        <source>Choose a raster layer read from a file (GDAL).</source>
        <translation>Choisissez une couche raster lue depuis un fichier (GDAL).</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="154"/>
        <source>Give at least one expression.</source>
        <translation>Donnez au moins une expression.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="228"/>
        <source>Cancelled; the output holds the polygons found so far.</source>
        <translation>Annulé ; la sortie contient les polygones trouvés jusqu'ici.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="249"/>
        <source>The polygon layer that limits the search is empty.</source>
        <translation>La couche de polygones qui limite la recherche est vide.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="96"/>
        <source>Smallest model score kept</source>
        <translation>Plus petit score du modèle conservé</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="205"/>
        <source>Loading {model} ({device}, {precision})…</source>
        <translation>Chargement de {model} ({device}, {precision})…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="200"/>
        <source>{count} tiles of {tile} px with {overlap} px overlap</source>
        <translation>{count} tuiles de {tile} px avec {overlap} px de recouvrement</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="119"/>
        <source>Ray cluster address (empty: this machine without Ray; auto or ray://host:10001)</source>
        <translation>Adresse du cluster Ray (vide : cette machine sans Ray ; auto ou ray://hôte:10001)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="111"/>
        <source>Bands shown as red, green, blue (e.g. 4,3,2; empty: the raster&apos;s own)</source>
        <translation>Bandes affichées en rouge, vert, bleu (p. ex. 4,3,2 ; vide : celles du raster)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="234"/>
        <source>{error}
The output holds the polygons found before the failure.</source>
        <translation>{error}
La sortie contient les polygones trouvés avant l’échec.</translation>
    </message>
</context>
<context>
    <name>SegmentTask</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/segment_task.py" line="29"/>
        <source>Segmenting &apos;{expression}&apos;</source>
        <translation>Segmentation de « {expression} »</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/segment_task.py" line="33"/>
        <source>Segmenting what was clicked</source>
        <translation>Segmentation de ce qui a été cliqué</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="56"/>
        <source>Text Segmentation settings</source>
        <translation>Paramètres de la segmentation par texte</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="61"/>
        <source>Automatic (CUDA GPU, then Apple GPU, then CPU)</source>
        <translation>Automatique (GPU CUDA, puis GPU Apple, puis CPU)</translation>
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
        <translation>Automatique (bfloat16 sur un GPU CUDA)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="72"/>
        <source>float32 everywhere (slower, exact)</source>
        <translation>float32 partout (plus lent, exact)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="78"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="80"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="97"/>
        <source> megapixels</source>
        <translation> mégapixels</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="99"/>
        <source>Larger views are read at a lower resolution (with a notice)</source>
        <translation>Les vues plus grandes sont lues à une résolution réduite (avec un avertissement)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="113"/>
        <source> pixels</source>
        <translation> pixels</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="118"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="120"/>
        <source>Empty: results go to temporary layers in the project</source>
        <translation>Vide : les résultats vont dans des couches temporaires du projet</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="122"/>
        <source>Keep the model in memory between runs</source>
        <translation>Garder le modèle en mémoire entre les exécutions</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="149"/>
        <source>Device</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="150"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="151"/>
        <source>Default model</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="152"/>
        <source>Checkpoint folders</source>
        <translation>Dossiers de checkpoints</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="153"/>
        <source>Largest view read at full resolution</source>
        <translation>Plus grande vue lue en pleine résolution</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="154"/>
        <source>Mask threshold</source>
        <translation>Seuil du masque</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="155"/>
        <source>Smallest polygon</source>
        <translation>Plus petit polygone</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="156"/>
        <source>Simplification tolerance</source>
        <translation>Tolérance de simplification</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="157"/>
        <source>Save results in GeoPackage</source>
        <translation>Enregistrer les résultats dans un GeoPackage</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="221"/>
        <source>Choose a checkpoint folder (with config.json)</source>
        <translation>Choisir un dossier de checkpoint (avec config.json)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="73"/>
        <source>bfloat16 everywhere (less memory)</source>
        <translation>bfloat16 partout (moins de mémoire)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="131"/>
        <source>Choose environment…</source>
        <translation>Choisir un environnement…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="132"/>
        <source>A virtual or conda environment that has the model packages</source>
        <translation>Un environnement virtuel ou conda qui contient les paquets des modèles</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="134"/>
        <source>Use the installer&apos;s environment</source>
        <translation>Utiliser l'environnement de l'installateur</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="136"/>
        <source>Reinstall…</source>
        <translation>Réinstaller…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="159"/>
        <source>Model environment</source>
        <translation>Environnement des modèles</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="174"/>
        <source>Asking the environment for its versions…</source>
        <translation>Interrogation de l'environnement sur ses versions…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="188"/>
        <source>Choose the folder of a Python environment (venv or conda) with the model packages</source>
        <translation>Choisir le dossier d'un environnement Python (venv ou conda) contenant les paquets des modèles</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/canvas.py" line="76"/>
        <source>pick a raster layer: segmentation needs imagery</source>
        <translation>choisissez une couche raster : la segmentation a besoin d'imagerie</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/canvas.py" line="94"/>
        <source>the visible extent does not intersect the raster; pan or zoom to it</source>
        <translation>l'emprise visible ne recoupe pas le raster ; déplacez-vous ou zoomez dessus</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="112"/>
        <source>Fetching {model} from the Hugging Face Hub…</source>
        <translation>Récupération de {model} depuis le Hugging Face Hub…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="145"/>
        <source>{model} is available</source>
        <translation>{model} est disponible</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="159"/>
        <source>Downloading {model}: {done:.1f} of {total:.1f} MB</source>
        <translation>Téléchargement de {model} : {done:.1f} sur {total:.1f} Mo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="199"/>
        <source>Loading {model} on {device}…</source>
        <translation>Chargement de {model} sur {device}…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="209"/>
        <source>{model} is ready on {device}</source>
        <translation>{model} est prêt sur {device}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="163"/>
        <source>Reading the raster…</source>
        <translation>Lecture du raster…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="264"/>
        <source>read at 1/{factor:.1f} resolution to fit the size limit</source>
        <translation>lu à 1/{factor:.1f} de la résolution pour respecter la taille maximale</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="273"/>
        <source>bands {shown} shown as red, green, blue (the raster&apos;s own are {own})</source>
        <translation>bandes {shown} affichées en rouge, vert, bleu (celles du raster sont {own})</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="173"/>
        <source>Loading {model}…</source>
        <translation>Chargement de {model}…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="186"/>
        <source>the model sees this view at 1/{factor:.1f} of its resolution ({side} px); zoom in for small objects, or run the Processing algorithm, which works at native resolution</source>
        <translation>le modèle voit cette vue à 1/{factor:.1f} de sa résolution ({side} px) ; zoomez pour les petits objets, ou lancez l'algorithme Processing, qui travaille à la résolution native</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="193"/>
        <source>Encoding the image…</source>
        <translation>Encodage de l'image…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="194"/>
        <source>Reusing the image encoding…</source>
        <translation>Réutilisation de l'encodage de l'image…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="201"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="250"/>
        <source>the GPU ran out of memory; this run used the CPU</source>
        <translation>le GPU a manqué de mémoire ; cette exécution a utilisé le CPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="253"/>
        <source>GPU out of memory: retrying on the CPU…</source>
        <translation>Mémoire GPU insuffisante : nouvel essai sur le CPU…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="66"/>
        <source>Looking for the described objects…</source>
        <translation>Recherche des objets décrits…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="48"/>
        <source>bands must be three band numbers for red, green and blue, e.g. 4,3,2, not &apos;{text}&apos;</source>
        <translation>les bandes doivent être trois numéros de bande pour le rouge, le vert et le bleu, p. ex. 4,3,2, et non '{text}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="101"/>
        <source>{name} has no coordinate reference system, so its polygons could not be placed on the map or measured; assign one first (QGIS: Raster ▸ Projections ▸ Assign Projection; or gdal_edit.py -a_srs EPSG:&lt;code&gt;)</source>
        <translation>{name} n'a pas de système de coordonnées de référence : ses polygones ne pourraient être ni placés sur la carte ni mesurés ; attribuez-en un d'abord (QGIS : Raster ▸ Projections ▸ Assigner une projection ; ou gdal_edit.py -a_srs EPSG:&lt;code&gt;)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="126"/>
        <source>the extent does not intersect the raster; pan to the raster&apos;s area</source>
        <translation>l'emprise ne recoupe pas le raster ; déplacez-vous sur la zone du raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="142"/>
        <source>band {band} requested, but the raster has {count} band(s)</source>
        <translation>bande {band} demandée, mais le raster a {count} bande(s)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="31"/>
        <source>the description is empty: type what to segment, e.g. &apos;the white tanks&apos;</source>
        <translation>la description est vide : tapez ce qu'il faut segmenter, p. ex. 'les réservoirs blancs'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="36"/>
        <source>the description has {length} characters; keep it under {limit}</source>
        <translation>la description compte {length} caractères ; restez sous {limit}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="169"/>
        <source>the view holds no valid pixels (only nodata): pan to where the raster has data</source>
        <translation>la vue ne contient aucun pixel valide (seulement nodata) : déplacez-vous là où le raster a des données</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/client/process.py" line="97"/>
        <source>another run</source>
        <translation>une autre exécution</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/client/process.py" line="98"/>
        <source>Waiting for {holder} to finish…</source>
        <translation>En attente : {holder} doit d’abord se terminer…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/client/process.py" line="261"/>
        <source>the panel&apos;s run</source>
        <translation>l’exécution du panneau</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="28"/>
        <source>a Processing run</source>
        <translation>une exécution de Processing</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="116"/>
        <source>the extent&apos;s coordinates must be finite numbers, not {bounds}</source>
        <translation>les coordonnées de l’emprise doivent être des nombres finis, pas {bounds}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/referring.py" line="68"/>
        <source>understood as: {program}</source>
        <translation>compris comme : {program}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="88"/>
        <source>no &apos;{what}&apos; was found</source>
        <translation>aucun '{what}' trouvé</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="102"/>
        <source>colours were not checked: no image pixels were given</source>
        <translation>couleurs non vérifiées : aucun pixel d’image fourni</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="114"/>
        <source>shapes were not checked: no outline was given for {count} of the &apos;{what}&apos;</source>
        <translation>formes non vérifiées : aucun contour fourni pour {count} des '{what}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="123"/>
        <source>no &apos;{what}&apos; was found, so &apos;{relation}&apos; was not applied</source>
        <translation>aucun '{what}' trouvé, donc '{relation}' n’a pas été appliqué</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="129"/>
        <source>the view has no metric georeferencing: a distance in metres was read as near</source>
        <translation>la vue n’a pas de géoréférencement métrique : une distance en mètres a été lue comme « près de »</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="146"/>
        <source>&apos;{order}&apos; needs an anchor that was not found; ordered by match</source>
        <translation>'{order}' nécessite un objet de référence introuvable ; trié par correspondance</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="155"/>
        <source>there are only {count} &apos;{what}&apos; to count {rank} along</source>
        <translation>il n’y a que {count} '{what}' pour compter jusqu’à {rank}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="160"/>
        <source>{asked} were asked for, {found} found</source>
        <translation>{asked} demandés, {found} trouvés</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/referring.py" line="44"/>
        <source>&apos;{phrase}&apos; is the layer &apos;{layer}&apos; ({count} features)</source>
        <translation>'{phrase}' est la couche '{layer}' ({count} entités)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="31"/>
        <source>a click lies outside the view being segmented: pan or zoom so that it is inside</source>
        <translation>un clic est en dehors de la vue segmentée : déplacez ou zoomez pour qu'il soit dedans</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="27"/>
        <source>click coordinates must be finite numbers, not {coordinates}</source>
        <translation>les coordonnées d'un clic doivent être des nombres finis, pas {coordinates}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="61"/>
        <source>a click lies outside the raster: click on its pixels</source>
        <translation>un clic est en dehors du raster : cliquez sur ses pixels</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="90"/>
        <source>the click at {point} cannot be placed on the raster&apos;s coordinate reference system: check that x (easting or longitude) comes first and that the clicks&apos; CRS is the one meant</source>
        <translation>le clic en {point} ne peut pas être placé dans le système de coordonnées de référence du raster : vérifiez que x (abscisse ou longitude) vient en premier et que le SCR des clics est bien celui voulu</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/tiled_run.py" line="21"/>
        <source>the raster holds no valid pixels where it was searched (only nodata): choose an extent where it has data</source>
        <translation>le raster n'a aucun pixel valide là où il a été parcouru (seulement nodata) : choisissez une emprise où il a des données</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/models/rs2sam2/predictor.py" line="38"/>
        <source>{model} takes clicks on a result of its own: segment this view by text first, then refine</source>
        <translation>{model} prend des clics sur un de ses propres résultats : segmentez d'abord cette vue par texte, puis affinez</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="228"/>
        <source>click on the object or drag a box around it</source>
        <translation>cliquez sur l'objet ou tracez un rectangle autour</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="57"/>
        <source>{model} cannot take clicks (it has no SAM decoder to prompt here); choose a PSLG-SAM, SAM3, RSRefSeg or RS2-SAM2 model</source>
        <translation>{model} ne peut pas prendre de clics (pas de décodeur SAM à interroger ici) ; choisissez un modèle PSLG-SAM, SAM3, RSRefSeg ou RS2-SAM2</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/models/sam3_text/predictor.py" line="136"/>
        <source>{model} cannot take clicks: its SAM3 folder holds the detector alone (Sam3Model); facebook/sam3 as published (Sam3VideoModel) has the tracker that takes them</source>
        <translation>{model} ne peut pas prendre de clics : son dossier SAM3 ne contient que le détecteur (Sam3Model) ; facebook/sam3 tel que publié (Sam3VideoModel) a le suiveur qui les prend</translation>
    </message>
    <message>
        <source>&apos;{expression}&apos; was read on each tile alone: its {parts} apply within each tile, not to the whole raster</source>
        <translation>'{expression}' a été lue sur chaque tuile séparément : {parts} s'appliquent dans chaque tuile, pas au raster entier</translation>
    </message>
    <message>
        <source>Tile {finished} of {planned}</source>
        <translation>Tuile {finished} sur {planned}</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ordre</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>relations</translation>
    </message>
    <message>
        <source>the coordinate reference system of the extent and the clicks cannot be transformed to the raster&apos;s: PROJ knows no operation between them; give them in the raster&apos;s CRS</source>
        <translation>le système de coordonnées de l'emprise et des clics ne peut pas être transformé en celui du raster : PROJ ne connaît aucune opération entre eux ; donnez-les dans le SCR du raster</translation>
    </message>
    <message>
        <source>colours were not checked for {count} of the &apos;{what}&apos;: no pixel of the image lies under them</source>
        <translation>les couleurs n'ont pas été vérifiées pour {count} des '{what}' : aucun pixel de l'image ne se trouve sous eux</translation>
    </message>
    <message>
        <source>the extent {bounds} lies outside the range of its coordinate reference system: give one inside it</source>
        <translation>l'emprise {bounds} sort du domaine de son système de coordonnées : donnez-en une à l'intérieur</translation>
    </message>
</context>
<context>
    <name>runtime</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="112"/>
        <source>CUDA {cuda}: {gpus}</source>
        <translation>CUDA {cuda}: {gpus}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="116"/>
        <source>Apple GPU (MPS)</source>
        <translation>GPU Apple (MPS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="118"/>
        <source>no GPU found, models run on the CPU</source>
        <translation>aucun GPU trouvé, les modèles tournent sur le CPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="119"/>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="120"/>
        <source>Python {python} · torch {torch} · {device}</source>
        <translation>Python {python} · torch {torch} · {device}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="129"/>
        <source>{path} (set by {variable})</source>
        <translation>{path} (défini par {variable})</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="134"/>
        <source>The environment the installer makes: {folder}</source>
        <translation>L'environnement créé par l'installateur : {folder}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="61"/>
        <source>The models' Python environment is not installed yet. Click 'Install dependencies…', or choose an environment that has the model packages in the settings.</source>
        <translation>L'environnement Python des modèles n'est pas encore installé. Cliquez sur « Installer les dépendances… » ou choisissez dans les paramètres un environnement qui contient les paquets des modèles.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="67"/>
        <source>The model packages are missing: {packages}. Click 'Install dependencies…', or choose a Python environment that has them in the settings.</source>
        <translation>Des paquets des modèles manquent : {packages}. Cliquez sur « Installer les dépendances… » ou choisissez dans les paramètres un environnement Python qui les contient.</translation>
    </message>
</context>
<context>
    <name>anchors</name>
    <message>
        <source>&apos;{layer}&apos; has over {count} features near the view: the first {count} stand for &apos;{phrase}&apos;</source>
        <translation>'{layer}' a plus de {count} entités près de la vue : les {count} premières représentent '{phrase}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/anchors.py" line="134"/>
        <source>&apos;{layer}&apos; has no coordinate reference system, so it is not used: &apos;{phrase}&apos; is looked for in the image</source>
        <translation>'{layer}' n'a pas de système de coordonnées de référence, elle n'est donc pas utilisée : '{phrase}' est cherché dans l'image</translation>
    </message>
</context>
</TS>
