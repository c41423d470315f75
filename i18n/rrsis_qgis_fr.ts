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
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="256"/>
        <source>Refining &apos;{expression}&apos;</source>
        <translation>Affinage de « {expression} »</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="256"/>
        <source>Segmenting what you click</source>
        <translation>Segmentation de ce que vous cliquez</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="261"/>
        <source>clicks go to {model} on the visible part of &apos;{layer}&apos;. Click on the object, right-click (or Shift+click) off it, drag a box; Ctrl+Z undoes, Enter accepts, Esc cancels.</source>
        <translation>les clics vont à {model} sur la partie visible de « {layer} ». Cliquez sur l'objet, clic droit (ou Maj+clic) à côté, tracez un rectangle ; Ctrl+Z annule, Entrée valide, Échap abandonne.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="382"/>
        <source>Still segmenting the last click; accept when it shows.</source>
        <translation>Le dernier clic est encore en cours de segmentation ; validez quand il s'affiche.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="396"/>
        <source>Nothing to accept: click on an object first.</source>
        <translation>Rien à valider : cliquez d'abord sur un objet.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="401"/>
        <source>Clicked objects</source>
        <translation>Objets cliqués</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="411"/>
        <source>Refining cancelled; nothing was changed.</source>
        <translation>Affinage annulé ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="368"/>
        <source>Preview: score {score:.2f}; Enter accepts, Esc cancels</source>
        <translation>Aperçu : score {score:.2f} ; Entrée valide, Échap abandonne</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="390"/>
        <source>Writing the polygons…</source>
        <translation>Écriture des polygones…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="329"/>
        <source>Rendering '{layer}'…</source>
        <translation>Rendu de « {layer} »…</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="83"/>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="89"/>
        <source>Accept (A)</source>
        <translation>Accepter (A)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="90"/>
        <source>Reject (R)</source>
        <translation>Rejeter (R)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="91"/>
        <source>Refine (F)</source>
        <translation>Affiner (F)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="92"/>
        <source>Previous (P)</source>
        <translation>Précédent (P)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="93"/>
        <source>Skip (S)</source>
        <translation>Passer (S)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="94"/>
        <source>Next (N)</source>
        <translation>Suivant (N)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="95"/>
        <source>Save edits</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="96"/>
        <source>Write the decisions into the layer&apos;s file (Save Layer Edits)</source>
        <translation>Écrire les décisions dans le fichier de la couche (Enregistrer les modifications de la couche)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="97"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="98"/>
        <source>End the review; it resumes at the first polygon not decided</source>
        <translation>Terminer la révision ; elle reprendra au premier polygone non décidé</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="147"/>
        <source>Review: {layer}</source>
        <translation>Révision : {layer}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="199"/>
        <source>{reviewed} of {total} reviewed, {rejected} rejected</source>
        <translation>{reviewed} sur {total} révisés, {rejected} rejetés</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="206"/>
        <source>Accept polygon</source>
        <translation>Accepter le polygone</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="209"/>
        <source>Reject polygon</source>
        <translation>Rejeter le polygone</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="252"/>
        <source>&apos;{layer}&apos; cannot be edited, so the decision was not written.</source>
        <translation>'{layer}' n'est pas modifiable : la décision n'a pas été écrite.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="275"/>
        <source>&apos;{layer}&apos; did not take the decision.</source>
        <translation>'{layer}' n'a pas accepté la décision.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="304"/>
        <source>No polygons to review.</source>
        <translation>Aucun polygone à réviser.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="315"/>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="315"/>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="315"/>
        <source>unreviewed</source>
        <translation>non révisé</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="318"/>
        <source>Polygon {number} of {total} by doubt: score {score:.2f}</source>
        <translation>Polygone {number} sur {total} par ordre de doute : score {score:.2f}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="323"/>
        <source>agreement {agreement:.2f}</source>
        <translation>accord {agreement:.2f}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="326"/>
        <source>Every polygon is decided: Save edits keeps the decisions.</source>
        <translation>Tous les polygones sont décidés : « Enregistrer les modifications » conserve les décisions.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="356"/>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="359"/>
        <source>Saved: {counter}.</source>
        <translation>Enregistré : {counter}.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="361"/>
        <source>&apos;{layer}&apos; could not be saved: {errors}</source>
        <translation>'{layer}' n'a pas pu être enregistrée : {errors}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="384"/>
        <source>Review stopped: {counter}.</source>
        <translation>Révision arrêtée : {counter}.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="386"/>
        <source>Save Layer Edits keeps the decisions.</source>
        <translation>Enregistrer les modifications de la couche conserve les décisions.</translation>
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
    <name>SecondOpinions</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="140"/>
        <source>That result layer was removed from the project.</source>
        <translation>Cette couche de résultat a été retirée du projet.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="74"/>
        <source>Only a described result segmented in this session can be checked: run the description again, then check it.</source>
        <translation>Seul un résultat décrit et segmenté pendant cette session peut être vérifié : relancez la description, puis vérifiez-le.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="82"/>
        <source>A check with another model is under way; wait for it to end.</source>
        <translation>Une vérification avec un autre modèle est en cours ; attendez qu'elle se termine.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="99"/>
        <source>Checking '{layer}' with {model}…</source>
        <translation>Vérification de « {layer} » avec {model}…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="162"/>
        <source>Text segmentation</source>
        <translation>Segmentation par texte</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="134"/>
        <source>Check cancelled; nothing was written.</source>
        <translation>Vérification annulée ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="142"/>
        <source>Check with {model}</source>
        <translation>Vérification avec {model}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="145"/>
        <source>&apos;{layer}&apos; did not take the check; it is unchanged.</source>
        <translation>'{layer}' n'a pas accepté la vérification ; la couche est inchangée.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="151"/>
        <source>Checked with {model}: agreement {mean:.2f} on average, {low} of {count} polygon(s) below 0.5; {suggested} suggestion(s) added. Ctrl+Z undoes it, Save Layer Edits keeps it.</source>
        <translation>Vérifié avec {model} : accord moyen {mean:.2f}, {low} polygone(s) sur {count} sous 0.5 ; {suggested} suggestion(s) ajoutée(s). Ctrl+Z l'annule, Enregistrer les modifications de la couche le conserve.</translation>
    </message>
</context>
<context>
    <name>SegmentController</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="114"/>
        <source>Rendering '{layer}'…</source>
        <translation>Rendu de « {layer} »…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="160"/>
        <source>Segmenting '{expression}'…</source>
        <translation>Segmentation de « {expression} »…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="415"/>
        <source>Cancelled; nothing was added.</source>
        <translation>Annulé ; rien n'a été ajouté.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="169"/>
        <source>Cancelling after the current step…</source>
        <translation>Annulation après l'étape en cours…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="240"/>
        <source>Nothing found for &apos;{expression}&apos;.</source>
        <translation>Rien trouvé pour « {expression} ».</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="256"/>
        <source>{reason}; the result stays in a temporary layer</source>
        <translation>{reason} ; le résultat reste dans une couche temporaire</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="273"/>
        <source>{count} polygon(s) for &apos;{expression}&apos; (score {score:.2f}, {ms:.0f} ms)</source>
        <translation>{count} polygone(s) pour « {expression} » (score {score:.2f}, {ms:.0f} ms)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="483"/>
        <source>Text segmentation</source>
        <translation>Segmentation par texte</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="451"/>
        <source>That result layer was removed from the project.</source>
        <translation>Cette couche de résultat a été retirée du projet.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="431"/>
        <source>Choose a checkpoint folder (with config.json)</source>
        <translation>Choisir un dossier de checkpoint (avec config.json)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="440"/>
        <source>{folder} is not a checkpoint folder: it has no config.json</source>
        <translation>{folder} n'est pas un dossier de checkpoint : il n'a pas de config.json</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="453"/>
        <source>Export result</source>
        <translation>Exporter le résultat</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="477"/>
        <source>Export failed: {reason}</source>
        <translation>Échec de l'export : {reason}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="479"/>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="90"/>
        <source>Stopping the previous run; '{expression}' follows…</source>
        <translation>Arrêt de l'exécution précédente ; '{expression}' suit…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="371"/>
        <source>&apos;{layer}&apos; cannot be edited, so the refinement was not written.</source>
        <translation>'{layer}' n'est pas modifiable : l'affinage n'a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="377"/>
        <source>Refine by hand</source>
        <translation>Affiner à la main</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="392"/>
        <source>&apos;{layer}&apos; did not take the refinement; it is unchanged.</source>
        <translation>'{layer}' n'a pas accepté l'affinage ; la couche est inchangée.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="399"/>
        <source>The result in &apos;{layer}&apos; was refined by hand: Ctrl+Z undoes it, Save Layer Edits keeps it.</source>
        <translation>Le résultat dans '{layer}' a été affiné à la main : Ctrl+Z l'annule, Enregistrer les modifications de la couche le conserve.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="334"/>
        <source>Select a result in the list, or make a layer of results the active layer, to review it.</source>
        <translation>Sélectionnez un résultat dans la liste, ou faites d'une couche de résultats la couche active, pour le réviser.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="341"/>
        <source>&apos;{layer}&apos; has no polygons to review.</source>
        <translation>'{layer}' n'a aucun polygone à réviser.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="347"/>
        <source>Reviewing &apos;{layer}&apos;: A accepts, R rejects, F refines, N and P move, S skips.</source>
        <translation>Révision de « {layer} » : A accepte, R rejette, F affine, N et P naviguent, S passe.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="468"/>
        <source>No polygon of &apos;{layer}&apos; is accepted: review it first, or export them all.</source>
        <translation>Aucun polygone de '{layer}' n'est accepté : révisez d'abord la couche, ou exportez-les tous.</translation>
    </message>
</context>
<context>
    <name>SegmentDock</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="77"/>
        <source>Text Segmentation (RRSIS)</source>
        <translation>Segmentation par texte (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="81"/>
        <source>e.g. the two round white tanks north of the road</source>
        <translation>p. ex. les deux réservoirs ronds blancs au nord de la route</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="103"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="104"/>
        <source>Add a trained checkpoint folder to the model list</source>
        <translation>Ajouter un dossier de checkpoint entraîné à la liste des modèles</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="106"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="107"/>
        <source>Device, precision, checkpoint folders, output and more</source>
        <translation>Processeur, précision, dossiers de checkpoints, sortie et plus</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="113"/>
        <source>Segment</source>
        <translation>Segmenter</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="114"/>
        <source>Segment the visible extent of the raster layer</source>
        <translation>Segmenter l'emprise visible de la couche raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="116"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="143"/>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="143"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="143"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="155"/>
        <source>Zoom to</source>
        <translation>Zoomer sur</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="157"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="158"/>
        <source>Save the selected result as Shapefile, GeoPackage or GeoJSON</source>
        <translation>Enregistrer le résultat sélectionné en Shapefile, GeoPackage ou GeoJSON</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="181"/>
        <source>Describe</source>
        <translation>Décrire</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="183"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="184"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="350"/>
        <source>Select a result in the list first.</source>
        <translation>Sélectionnez d'abord un résultat dans la liste.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="388"/>
        <source>Type a description of the objects to segment first.</source>
        <translation>Saisissez d'abord une description des objets à segmenter.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="391"/>
        <source>Add a raster layer to the project and pick it first.</source>
        <translation>Ajoutez d'abord une couche raster au projet et sélectionnez-la.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="129"/>
        <source>Install dependencies…</source>
        <translation>Installer les dépendances…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="130"/>
        <source>Install torch, transformers and the rest into the models&apos; own environment</source>
        <translation>Installer torch, transformers et le reste dans l'environnement propre aux modèles</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="231"/>
        <source>Read as: {program}</source>
        <translation>Lu comme : {program}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="254"/>
        <source>Not understood: the whole description goes to the detector as it is.</source>
        <translation>Non comprise : toute la description est transmise telle quelle au détecteur.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="233"/>
        <source>{phrase}: the layer &apos;{layer}&apos;</source>
        <translation>{phrase} : la couche '{layer}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="119"/>
        <source>Refine</source>
        <translation>Affiner</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="121"/>
        <source>Correct the selected result with clicks on the map, or segment what you click when no result is selected (Ctrl+Alt+R)</source>
        <translation>Corriger le résultat sélectionné par des clics sur la carte, ou segmenter ce que vous cliquez si aucun résultat n'est sélectionné (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="160"/>
        <source>Accepted only</source>
        <translation>Acceptés seulement</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="161"/>
        <source>Export only the polygons accepted in a review</source>
        <translation>Exporter seulement les polygones acceptés lors d'une révision</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="162"/>
        <source>Review</source>
        <translation>Réviser</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="163"/>
        <source>Accept or reject the polygons of the selected result (else of the active layer), the most doubtful first: A accepts, R rejects, F refines, N and P move, S skips</source>
        <translation>Accepter ou rejeter les polygones du résultat sélectionné (sinon de la couche active), les plus douteux d'abord : A accepte, R rejette, F affine, N et P naviguent, S passe</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="170"/>
        <source>Check…</source>
        <translation>Vérifier…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="171"/>
        <source>Check the selected result with another model on the same view: each polygon gets its agreement (IoU) with the other model&apos;s, and what only the other model finds is added as suggestions</source>
        <translation>Vérifier le résultat sélectionné avec un autre modèle sur la même vue : chaque polygone reçoit son accord (IoU) avec celui de l'autre modèle, et ce que seul l'autre modèle trouve est ajouté comme suggestions</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="249"/>
        <source>Words not understood: {words}. They are not applied: rephrase them, or check the result.</source>
        <translation>Mots non compris : {words}. Ils ne sont pas appliqués : reformulez-les, ou vérifiez le résultat.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="354"/>
        <source>A result of clicks alone has no description for another model to check.</source>
        <translation>Un résultat issu uniquement de clics n'a pas de description qu'un autre modèle puisse vérifier.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="359"/>
        <source>Check with another model</source>
        <translation>Vérifier avec un autre modèle</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="359"/>
        <source>The same description on the same view, run by:</source>
        <translation>La même description sur la même vue, exécutée par :</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="245"/>
        <source>Not judged: {words}. They are not applied: what is kept fits the rest, check it.</source>
        <translation>Non jugé : {words}. Ce n’est pas appliqué : ce qui est gardé correspond au reste, vérifiez-le.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="237"/>
        <source>Typing slips read as: {words}. If a word meant something else, retype it.</source>
        <translation>Fautes de frappe lues comme : {words}. Si un mot voulait dire autre chose, retapez-le.</translation>
    </message>
</context>
<context>
    <name>SegmentRasterByText</name>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="50"/>
        <source>Segment raster by text</source>
        <translation>Segmenter un raster par texte</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="64"/>
        <source>Raster layer</source>
        <translation>Couche raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="65"/>
        <source>Expressions (one per line)</source>
        <translation>Expressions (une par ligne)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="70"/>
        <source>Model (a listed model name or a checkpoint folder)</source>
        <translation>Modèle (un nom de modèle de la liste ou un dossier de checkpoint)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="75"/>
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="76"/>
        <source>Only inside these polygons</source>
        <translation>Seulement à l'intérieur de ces polygones</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="85"/>
        <source>Tile size (pixels)</source>
        <translation>Taille des tuiles (pixels)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="88"/>
        <source>Tile overlap (pixels)</source>
        <translation>Chevauchement des tuiles (pixels)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="93"/>
        <source>Mask threshold</source>
        <translation>Seuil du masque</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="113"/>
        <source>Smallest polygon (pixels)</source>
        <translation>Plus petit polygone (pixels)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="152"/>
        <source>Segmented polygons</source>
        <translation>Polygones segmentés</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="181"/>
        <source>Choose a raster layer read from a file (GDAL).</source>
        <translation>Choisissez une couche raster lue depuis un fichier (GDAL).</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="184"/>
        <source>Give at least one expression.</source>
        <translation>Donnez au moins une expression.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="289"/>
        <source>Cancelled; the output holds the polygons found so far.</source>
        <translation>Annulé ; la sortie contient les polygones trouvés jusqu'ici.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="343"/>
        <source>The polygon layer that limits the search is empty.</source>
        <translation>La couche de polygones qui limite la recherche est vide.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="103"/>
        <source>Smallest model score kept</source>
        <translation>Plus petit score du modèle conservé</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="253"/>
        <source>Loading {model} ({device}, {precision})…</source>
        <translation>Chargement de {model} ({device}, {precision})…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="248"/>
        <source>{count} tiles of {tile} px with {overlap} px overlap</source>
        <translation>{count} tuiles de {tile} px avec {overlap} px de recouvrement</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="144"/>
        <source>Ray cluster address (empty: this machine without Ray; auto or ray://host:10001)</source>
        <translation>Adresse du cluster Ray (vide : cette machine sans Ray ; auto ou ray://hôte:10001)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="118"/>
        <source>Bands shown as red, green, blue (e.g. 4,3,2; empty: the raster&apos;s own)</source>
        <translation>Bandes affichées en rouge, vert, bleu (p. ex. 4,3,2 ; vide : celles du raster)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="299"/>
        <source>{error}
The output holds the polygons found before the failure.</source>
        <translation>{error}
La sortie contient les polygones trouvés avant l’échec.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="53"/>
        <source>Finds the objects each expression describes (one expression per line) in a whole raster, an extent of it, or only inside polygons, and writes their outlines with an &apos;expression&apos; field. The raster is processed at native resolution on overlapping tiles; every tile is encoded once for all expressions, and objects crossing tile seams come out as one polygon. A model that reads the expression&apos;s parts (PSLG-SAM, SAM3) judges positions, counts, superlatives and relations over the whole raster or extent, and an anchor that names a vector layer of the project (&apos;north of the road&apos; with a layer Roads) is that layer.</source>
        <translation>Trouve les objets que décrit chaque expression (une expression par ligne) dans tout un raster, une emprise de celui-ci ou seulement à l'intérieur de polygones, et écrit leurs contours avec un champ 'expression'. Le raster est traité en pleine résolution sur des tuiles qui se chevauchent ; chaque tuile est encodée une seule fois pour toutes les expressions, et les objets à cheval sur les bords de tuiles donnent un seul polygone. Un modèle qui lit les parties de l'expression (PSLG-SAM, SAM3) juge les positions, nombres, superlatifs et relations sur tout le raster ou toute l'emprise, et un objet de référence qui nomme une couche vecteur du projet ('north of the road' avec une couche Roads) est cette couche.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="126"/>
        <source>Outlines that look like the objects (right-angled buildings, round tanks, smooth ponds)</source>
        <translation>Contours qui ressemblent aux objets (bâtiments à angles droits, réservoirs ronds, étangs aux bords lisses)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="135"/>
        <source>Their tolerance (metres on the ground)</source>
        <translation>Leur tolérance (mètres au sol)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="157"/>
        <source>Traced outlines (before they were shaped; only with the option above)</source>
        <translation>Contours tracés (avant leur mise en forme ; seulement avec l'option ci-dessus)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="227"/>
        <source>Cancelled before any tile ran.</source>
        <translation>Annulé avant qu'une tuile ait été traitée.</translation>
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
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="133"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="135"/>
        <source>Empty: results go to temporary layers in the project</source>
        <translation>Vide : les résultats vont dans des couches temporaires du projet</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="137"/>
        <source>Keep the model in memory between runs</source>
        <translation>Garder le modèle en mémoire entre les exécutions</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="164"/>
        <source>Device</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="165"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="166"/>
        <source>Default model</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="167"/>
        <source>Checkpoint folders</source>
        <translation>Dossiers de checkpoints</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="168"/>
        <source>Largest view read at full resolution</source>
        <translation>Plus grande vue lue en pleine résolution</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="169"/>
        <source>Mask threshold</source>
        <translation>Seuil du masque</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="170"/>
        <source>Smallest polygon</source>
        <translation>Plus petit polygone</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="171"/>
        <source>Simplification tolerance</source>
        <translation>Tolérance de simplification</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="174"/>
        <source>Save results in GeoPackage</source>
        <translation>Enregistrer les résultats dans un GeoPackage</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="238"/>
        <source>Choose a checkpoint folder (with config.json)</source>
        <translation>Choisir un dossier de checkpoint (avec config.json)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="73"/>
        <source>bfloat16 everywhere (less memory)</source>
        <translation>bfloat16 partout (moins de mémoire)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="146"/>
        <source>Choose environment…</source>
        <translation>Choisir un environnement…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="147"/>
        <source>A virtual or conda environment that has the model packages</source>
        <translation>Un environnement virtuel ou conda qui contient les paquets des modèles</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="149"/>
        <source>Use the installer&apos;s environment</source>
        <translation>Utiliser l'environnement de l'installateur</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="151"/>
        <source>Reinstall…</source>
        <translation>Réinstaller…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="176"/>
        <source>Model environment</source>
        <translation>Environnement des modèles</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="191"/>
        <source>Asking the environment for its versions…</source>
        <translation>Interrogation de l'environnement sur ses versions…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="205"/>
        <source>Choose the folder of a Python environment (venv or conda) with the model packages</source>
        <translation>Choisir le dossier d'un environnement Python (venv ou conda) contenant les paquets des modèles</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="116"/>
        <source>Outlines that look like the objects</source>
        <translation>Contours qui ressemblent aux objets</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="117"/>
        <source>Right-angled buildings, round tanks, smooth ponds and fields, from what the description asks for; the traced outlines are kept beside them</source>
        <translation>Bâtiments à angles droits, réservoirs ronds, étangs et champs aux bords lisses, selon ce que demande la description ; les contours tracés sont conservés à côté</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="126"/>
        <source> m on the ground</source>
        <translation> m au sol</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="173"/>
        <source>Their tolerance</source>
        <translation>Leur tolérance</translation>
    </message>
</context>
<context>
    <name>anchors</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/anchors.py" line="124"/>
        <source>&apos;{layer}&apos; has over {count} features near the view: the first {count} stand for &apos;{phrase}&apos;</source>
        <translation>'{layer}' a plus de {count} entités près de la vue : les {count} premières représentent '{phrase}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/anchors.py" line="132"/>
        <source>&apos;{layer}&apos; has no coordinate reference system, so it is not used: &apos;{phrase}&apos; is looked for in the image</source>
        <translation>'{layer}' n'a pas de système de coordonnées de référence, elle n'est donc pas utilisée : '{phrase}' est cherché dans l'image</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/canvas.py" line="91"/>
        <source>pick a raster layer: segmentation needs imagery</source>
        <translation>choisissez une couche raster : la segmentation a besoin d'imagerie</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/canvas.py" line="109"/>
        <source>the visible extent does not intersect the raster; pan or zoom to it</source>
        <translation>l'emprise visible ne recoupe pas le raster ; déplacez-vous ou zoomez dessus</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/canvas.py" line="242"/>
        <source>the rendered view could not be written to {path}: {reason}</source>
        <translation>la vue rendue n'a pas pu être écrite dans {path} : {reason}</translation>
    </message>
</context>
<context>
    <name>layers</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/layers.py" line="134"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/layers.py" line="135"/>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/layers.py" line="136"/>
        <source>Not reviewed</source>
        <translation>Non révisé</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/layers.py" line="97"/>
        <source>{name} (traced outlines)</source>
        <translation>{name} (contours tracés)</translation>
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
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="212"/>
        <source>Loading {model} on {device}…</source>
        <translation>Chargement de {model} sur {device}…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="224"/>
        <source>{model} is ready on {device}</source>
        <translation>{model} est prêt sur {device}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="184"/>
        <source>Reading the raster…</source>
        <translation>Lecture du raster…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="281"/>
        <source>read at 1/{factor:.1f} resolution to fit the size limit</source>
        <translation>lu à 1/{factor:.1f} de la résolution pour respecter la taille maximale</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="290"/>
        <source>bands {shown} shown as red, green, blue (the raster&apos;s own are {own})</source>
        <translation>bandes {shown} affichées en rouge, vert, bleu (celles du raster sont {own})</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="198"/>
        <source>Loading {model}…</source>
        <translation>Chargement de {model}…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="211"/>
        <source>the model sees this view at 1/{factor:g} of its resolution ({side} px); zoom in for small objects, or run the Processing algorithm, which works at native resolution</source>
        <translation>le modèle voit cette vue à 1/{factor:g} de sa résolution ({side} px) ; zoomez pour les petits objets, ou lancez l'algorithme Processing, qui travaille à la résolution native</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="216"/>
        <source>Encoding the image…</source>
        <translation>Encodage de l'image…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="217"/>
        <source>Reusing the image encoding…</source>
        <translation>Réutilisation de l'encodage de l'image…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="221"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="270"/>
        <source>the GPU ran out of memory; this run used the CPU</source>
        <translation>le GPU a manqué de mémoire ; cette exécution a utilisé le CPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="273"/>
        <source>GPU out of memory: retrying on the CPU…</source>
        <translation>Mémoire GPU insuffisante : nouvel essai sur le CPU…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="72"/>
        <source>Looking for the described objects…</source>
        <translation>Recherche des objets décrits…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="65"/>
        <source>bands must be three band numbers for red, green and blue, e.g. 4,3,2, not &apos;{text}&apos;</source>
        <translation>les bandes doivent être trois numéros de bande pour le rouge, le vert et le bleu, p. ex. 4,3,2, et non '{text}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="179"/>
        <source>{name} has no coordinate reference system, so its polygons could not be placed on the map or measured; assign one first (QGIS: Raster ▸ Projections ▸ Assign Projection; or gdal_edit.py -a_srs EPSG:&lt;code&gt;)</source>
        <translation>{name} n'a pas de système de coordonnées de référence : ses polygones ne pourraient être ni placés sur la carte ni mesurés ; attribuez-en un d'abord (QGIS : Raster ▸ Projections ▸ Assigner une projection ; ou gdal_edit.py -a_srs EPSG:&lt;code&gt;)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="204"/>
        <source>the extent does not intersect the raster; pan to the raster&apos;s area</source>
        <translation>l'emprise ne recoupe pas le raster ; déplacez-vous sur la zone du raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="220"/>
        <source>band {band} requested, but the raster has {count} band(s)</source>
        <translation>bande {band} demandée, mais le raster a {count} bande(s)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="48"/>
        <source>the description is empty: type what to segment, e.g. &apos;the white tanks&apos;</source>
        <translation>la description est vide : tapez ce qu'il faut segmenter, p. ex. 'les réservoirs blancs'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="53"/>
        <source>the description has {length} characters; keep it under {limit}</source>
        <translation>la description compte {length} caractères ; restez sous {limit}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="194"/>
        <source>the view holds no valid pixels (only nodata): pan to where the raster has data</source>
        <translation>la vue ne contient aucun pixel valide (seulement nodata) : déplacez-vous là où le raster a des données</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/client/process.py" line="111"/>
        <source>another run</source>
        <translation>une autre exécution</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/client/process.py" line="112"/>
        <source>Waiting for {holder} to finish…</source>
        <translation>En attente : {holder} doit d’abord se terminer…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/client/process.py" line="337"/>
        <source>the panel&apos;s run</source>
        <translation>l’exécution du panneau</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="31"/>
        <source>a Processing run</source>
        <translation>une exécution de Processing</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="194"/>
        <source>the extent&apos;s coordinates must be finite numbers, not {bounds}</source>
        <translation>les coordonnées de l’emprise doivent être des nombres finis, pas {bounds}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/referring.py" line="74"/>
        <source>understood as: {program}</source>
        <translation>compris comme : {program}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="173"/>
        <source>no &apos;{what}&apos; was found</source>
        <translation>aucun '{what}' trouvé</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="38"/>
        <source>colours were not checked: no image pixels were given</source>
        <translation>couleurs non vérifiées : aucun pixel d’image fourni</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="43"/>
        <source>shapes were not checked: no outline was given for {count} of the &apos;{what}&apos;</source>
        <translation>formes non vérifiées : aucun contour fourni pour {count} des '{what}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="280"/>
        <source>no &apos;{what}&apos; was found, so &apos;{relation}&apos; was not applied</source>
        <translation>aucun '{what}' trouvé, donc '{relation}' n’a pas été appliqué</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="53"/>
        <source>the view has no metric georeferencing: a distance in metres was read as near</source>
        <translation>la vue n’a pas de géoréférencement métrique : une distance en mètres a été lue comme « près de »</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="323"/>
        <source>&apos;{order}&apos; needs an anchor that was not found; ordered by match</source>
        <translation>'{order}' nécessite un objet de référence introuvable ; trié par correspondance</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="60"/>
        <source>there are only {count} &apos;{what}&apos; to count {rank} along</source>
        <translation>il n’y a que {count} '{what}' pour compter jusqu’à {rank}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="56"/>
        <source>{asked} were asked for, {found} found</source>
        <translation>{asked} demandés, {found} trouvés</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/whole_raster.py" line="193"/>
        <source>&apos;{phrase}&apos; is the layer &apos;{layer}&apos; ({count} features)</source>
        <translation>'{phrase}' est la couche '{layer}' ({count} entités)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="62"/>
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
        <location filename="../rrsis_qgis/model_process/clicks.py" line="92"/>
        <source>the click at {point} cannot be placed on the raster&apos;s coordinate reference system: check that x (easting or longitude) comes first and that the clicks&apos; CRS is the one meant</source>
        <translation>le clic en {point} ne peut pas être placé dans le système de coordonnées de référence du raster : vérifiez que x (abscisse ou longitude) vient en premier et que le SCR des clics est bien celui voulu</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/tiled_run.py" line="22"/>
        <source>the raster holds no valid pixels where it was searched (only nodata): choose an extent where it has data</source>
        <translation>le raster n'a aucun pixel valide là où il a été parcouru (seulement nodata) : choisissez une emprise où il a des données</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/models/rs2sam2/predictor.py" line="38"/>
        <source>{model} takes clicks on a result of its own: segment this view by text first, then refine</source>
        <translation>{model} prend des clics sur un de ses propres résultats : segmentez d'abord cette vue par texte, puis affinez</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="269"/>
        <source>click on the object or drag a box around it</source>
        <translation>cliquez sur l'objet ou tracez un rectangle autour</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="63"/>
        <source>{model} cannot take clicks (it has no SAM decoder to prompt here); choose a PSLG-SAM, SAM3, RSRefSeg or RS2-SAM2 model</source>
        <translation>{model} ne peut pas prendre de clics (pas de décodeur SAM à interroger ici) ; choisissez un modèle PSLG-SAM, SAM3, RSRefSeg ou RS2-SAM2</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/models/sam3_text/predictor.py" line="138"/>
        <source>{model} cannot take clicks: its SAM3 folder holds the detector alone (Sam3Model); facebook/sam3 as published (Sam3VideoModel) has the tracker that takes them</source>
        <translation>{model} ne peut pas prendre de clics : son dossier SAM3 ne contient que le détecteur (Sam3Model) ; facebook/sam3 tel que publié (Sam3VideoModel) a le suiveur qui les prend</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/tiled_run.py" line="46"/>
        <source>Tile {finished} of {planned}</source>
        <translation>Tuile {finished} sur {planned}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="115"/>
        <source>the coordinate reference system of the extent and the clicks cannot be transformed to the raster&apos;s: PROJ knows no operation between them; give them in the raster&apos;s CRS</source>
        <translation>le système de coordonnées de l'emprise et des clics ne peut pas être transformé en celui du raster : PROJ ne connaît aucune opération entre eux ; donnez-les dans le SCR du raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="40"/>
        <source>colours were not checked for {count} of the &apos;{what}&apos;: no pixel of the image lies under them</source>
        <translation>les couleurs n'ont pas été vérifiées pour {count} des '{what}' : aucun pixel de l'image ne se trouve sous eux</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="103"/>
        <source>the extent {bounds} lies outside the range of its coordinate reference system: give one inside it</source>
        <translation>l'emprise {bounds} sort du domaine de son système de coordonnées : donnez-en une à l'intérieur</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="40"/>
        <source>the panel&apos;s check with another model</source>
        <translation>la vérification du panneau avec un autre modèle</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="57"/>
        <source>no &apos;{what}&apos; is {condition}</source>
        <translation>aucun '{what}' n’est {condition}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="58"/>
        <source>no &apos;{what}&apos; is {conditions} at once</source>
        <translation>aucun '{what}' n’est à la fois {conditions}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="59"/>
        <source>{count} of the &apos;{what}&apos; removed by &apos;{word}&apos;: {conditions}</source>
        <translation>{count} des '{what}' retirés par '{word}' : {conditions}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="15"/>
        <source>white</source>
        <translation>blanc</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="16"/>
        <source>black</source>
        <translation>noir</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="17"/>
        <source>gray</source>
        <translation>gris</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="18"/>
        <source>red</source>
        <translation>rouge</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="19"/>
        <source>green</source>
        <translation>vert</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="20"/>
        <source>blue</source>
        <translation>bleu</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="21"/>
        <source>yellow</source>
        <translation>jaune</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="22"/>
        <source>brown</source>
        <translation>marron</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="23"/>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="24"/>
        <source>purple</source>
        <translation>violet</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="25"/>
        <source>pink</source>
        <translation>rose</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="26"/>
        <source>cyan</source>
        <translation>cyan</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="27"/>
        <source>dark</source>
        <translation>sombre</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="28"/>
        <source>bright</source>
        <translation>clair</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="29"/>
        <source>small</source>
        <translation>petit</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="31"/>
        <source>large</source>
        <translation>grand</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="32"/>
        <source>round</source>
        <translation>rond</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="33"/>
        <source>square</source>
        <translation>carré</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="34"/>
        <source>rectangular</source>
        <translation>rectangulaire</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="35"/>
        <source>long</source>
        <translation>long</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="36"/>
        <source>oval</source>
        <translation>ovale</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="37"/>
        <source>curved</source>
        <translation>courbe</translation>
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
        <translation>en diagonale</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="42"/>
        <source>cut off by the edge</source>
        <translation>coupé par le bord de l'image</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="46"/>
        <source>on the {place}</source>
        <translation>{place}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="48"/>
        <source>top</source>
        <translation>en haut</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="49"/>
        <source>bottom</source>
        <translation>en bas</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="50"/>
        <source>left</source>
        <translation>à gauche</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="51"/>
        <source>right</source>
        <translation>à droite</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="52"/>
        <source>center</source>
        <translation>au centre</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="53"/>
        <source>north</source>
        <translation>au nord</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="54"/>
        <source>south</source>
        <translation>au sud</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="55"/>
        <source>east</source>
        <translation>à l'est</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="56"/>
        <source>west</source>
        <translation>à l'ouest</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="60"/>
        <source>on the top left</source>
        <translation>en haut à gauche</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="61"/>
        <source>on the left top</source>
        <translation>en haut à gauche</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="62"/>
        <source>on the top right</source>
        <translation>en haut à droite</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="63"/>
        <source>on the right top</source>
        <translation>en haut à droite</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="64"/>
        <source>on the bottom left</source>
        <translation>en bas à gauche</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="65"/>
        <source>on the left bottom</source>
        <translation>en bas à gauche</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="66"/>
        <source>on the bottom right</source>
        <translation>en bas à droite</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="67"/>
        <source>on the right bottom</source>
        <translation>en bas à droite</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="68"/>
        <source>on the north east</source>
        <translation>au nord-est</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="69"/>
        <source>on the east north</source>
        <translation>au nord-est</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="70"/>
        <source>on the north west</source>
        <translation>au nord-ouest</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="71"/>
        <source>on the west north</source>
        <translation>au nord-ouest</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="72"/>
        <source>on the south east</source>
        <translation>au sud-est</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="73"/>
        <source>on the east south</source>
        <translation>au sud-est</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="74"/>
        <source>on the south west</source>
        <translation>au sud-ouest</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="75"/>
        <source>on the west south</source>
        <translation>au sud-ouest</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="83"/>
        <source>largest</source>
        <translation>le plus grand</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="84"/>
        <source>smallest</source>
        <translation>le plus petit</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="85"/>
        <source>leftmost</source>
        <translation>le plus à gauche</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="86"/>
        <source>rightmost</source>
        <translation>le plus à droite</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="87"/>
        <source>topmost</source>
        <translation>le plus haut</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="88"/>
        <source>bottommost</source>
        <translation>le plus bas</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="89"/>
        <source>top leftmost</source>
        <translation>le plus en haut à gauche</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="90"/>
        <source>top rightmost</source>
        <translation>le plus en haut à droite</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="91"/>
        <source>bottom leftmost</source>
        <translation>le plus en bas à gauche</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="92"/>
        <source>bottom rightmost</source>
        <translation>le plus en bas à droite</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="93"/>
        <source>northernmost</source>
        <translation>le plus au nord</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="94"/>
        <source>southernmost</source>
        <translation>le plus au sud</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="95"/>
        <source>easternmost</source>
        <translation>le plus à l'est</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="96"/>
        <source>westernmost</source>
        <translation>le plus à l'ouest</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="97"/>
        <source>closest</source>
        <translation>le plus proche</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="98"/>
        <source>farthest</source>
        <translation>le plus éloigné</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="100"/>
        <source>{count} {ordering}</source>
        <translation>{ordering} ({count})</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="101"/>
        <source>{ordering} #{rank}</source>
        <translation>{ordering} n° {rank}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="104"/>
        <source>left of {anchor}</source>
        <translation>à gauche de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="105"/>
        <source>right of {anchor}</source>
        <translation>à droite de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="106"/>
        <source>above {anchor}</source>
        <translation>au-dessus de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="107"/>
        <source>below {anchor}</source>
        <translation>au-dessous de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="108"/>
        <source>upper left of {anchor}</source>
        <translation>en haut à gauche de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="109"/>
        <source>upper right of {anchor}</source>
        <translation>en haut à droite de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="110"/>
        <source>lower left of {anchor}</source>
        <translation>en bas à gauche de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="111"/>
        <source>lower right of {anchor}</source>
        <translation>en bas à droite de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="120"/>
        <source>north of {anchor}</source>
        <translation>au nord de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="121"/>
        <source>south of {anchor}</source>
        <translation>au sud de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="122"/>
        <source>east of {anchor}</source>
        <translation>à l'est de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="123"/>
        <source>west of {anchor}</source>
        <translation>à l'ouest de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="124"/>
        <source>northeast of {anchor}</source>
        <translation>au nord-est de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="125"/>
        <source>northwest of {anchor}</source>
        <translation>au nord-ouest de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="126"/>
        <source>southeast of {anchor}</source>
        <translation>au sud-est de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="127"/>
        <source>southwest of {anchor}</source>
        <translation>au sud-ouest de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="128"/>
        <source>near {anchor}</source>
        <translation>près de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="129"/>
        <source>far from {anchor}</source>
        <translation>loin de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="130"/>
        <source>between {anchor}</source>
        <translation>entre {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="131"/>
        <source>inside {anchor}</source>
        <translation>dans {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="135"/>
        <source>along {anchor}</source>
        <translation>le long de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="136"/>
        <source>crossing {anchor}</source>
        <translation>en travers de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="137"/>
        <source>smaller than {anchor}</source>
        <translation>plus petit que {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="138"/>
        <source>larger than {anchor}</source>
        <translation>plus grand que {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="139"/>
        <source>similar size to {anchor}</source>
        <translation>de taille semblable à {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="179"/>
        <source>within {distance} m of {anchor}</source>
        <translation>à moins de {distance} m de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="180"/>
        <source>{anchor} ({qualities})</source>
        <translation>{anchor} ({qualities})</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="181"/>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
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
        <translation>au milieu de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="132"/>
        <source>with {anchor}</source>
        <translation>avec {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="112"/>
        <source>on the left side of {anchor}</source>
        <translation>du côté gauche de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="113"/>
        <source>on the right side of {anchor}</source>
        <translation>du côté droit de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="114"/>
        <source>on the top side of {anchor}</source>
        <translation>du côté haut de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="115"/>
        <source>on the bottom side of {anchor}</source>
        <translation>du côté bas de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="116"/>
        <source>in the upper left corner of {anchor}</source>
        <translation>dans le coin supérieur gauche de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="117"/>
        <source>in the upper right corner of {anchor}</source>
        <translation>dans le coin supérieur droit de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="118"/>
        <source>in the lower left corner of {anchor}</source>
        <translation>dans le coin inférieur gauche de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="119"/>
        <source>in the lower right corner of {anchor}</source>
        <translation>dans le coin inférieur droit de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="43"/>
        <source>heading {way}</source>
        <translation>se dirigeant {way}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="50"/>
        <source>&apos;{heading}&apos; was not checked for {count} of the &apos;{what}&apos;: they are about as wide as long</source>
        <translation>'{heading}' non vérifié pour {count} des '{what}' : ils sont à peu près aussi larges que longs</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="47"/>
        <source>&apos;{heading}&apos;: judged by the way each &apos;{what}&apos; lies; one picture does not show where it goes</source>
        <translation>'{heading}' : jugé d'après l'orientation de chaque '{what}' ; une seule image ne montre pas où il va</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="79"/>
        <source>most central</source>
        <translation>le plus central</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="57"/>
        <source>edge</source>
        <translation>au bord</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="80"/>
        <source>nearest the edge</source>
        <translation>le plus près du bord</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="30"/>
        <source>medium-sized</source>
        <translation>de taille moyenne</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="142"/>
        <source>&apos;{said}&apos; was not judged ({why}): what is kept fits the rest</source>
        <translation>« {said} » n'a pas été jugé ({why}) : ce qui est gardé correspond au reste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="144"/>
        <source>the detector outlines objects, not their shadows</source>
        <translation>le détecteur délimite les objets, pas leurs ombres</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="145"/>
        <source>the detector outlines whole objects, not their small parts</source>
        <translation>le détecteur délimite des objets entiers, pas leurs petites parties</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="146"/>
        <source>what covers an object is not measured</source>
        <translation>ce qui recouvre un objet n'est pas mesuré</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="150"/>
        <source>a picture from above does not show height</source>
        <translation>une image vue de dessus ne montre pas la hauteur</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="151"/>
        <source>how much a comparison holds is not measured, only that it holds</source>
        <translation>on mesure qu'une comparaison est vraie, pas de combien</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="154"/>
        <source>what is carried, held or pushed is not told apart from its carrier</source>
        <translation>ce qui est porté, tenu ou poussé n'est pas distingué de son porteur</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="81"/>
        <source>in the middle of them</source>
        <translation>au milieu d'entre eux</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="82"/>
        <source>at an end of their row</source>
        <translation>à une extrémité de leur rangée</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="147"/>
        <source>one picture does not show movement: a turn, a wake, which way traffic goes</source>
        <translation>une seule image ne montre pas le mouvement : un virage, un sillage, le sens de circulation</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="157"/>
        <source>what an object is made of is not measured</source>
        <translation>la matière d’un objet n’est pas mesurée</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="161"/>
        <source>how new, busy or full an object is is not measured</source>
        <translation>à quel point un objet est neuf, animé ou plein n’est pas mesuré</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="162"/>
        <source>what an object is used for is not told apart</source>
        <translation>l’usage d’un objet n’est pas distingué</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="175"/>
        <source>of outlines only round, square, rectangular, oval, long and curved ones are measured</source>
        <translation>parmi les contours, seuls les ronds, carrés, rectangulaires, ovales, longs et courbes sont mesurés</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="63"/>
        <source>which end of the row of &apos;{what}&apos; is meant is not said: both ends are kept, remove the other</source>
        <translation>l’extrémité de la rangée de '{what}' visée n’est pas dite : les deux extrémités sont gardées, retirez l’autre</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="163"/>
        <source>which way an object lies or faces beside another is not measured, only that it is by it</source>
        <translation>l’orientation d’un objet à côté d’un autre n’est pas mesurée, seulement qu’il est à côté</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="166"/>
        <source>rows are not told apart, so which row is not measured</source>
        <translation>les rangées ne sont pas distinguées : la rangée visée n’est pas mesurée</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="167"/>
        <source>only nearness to the middle is measured, not on which side of it an object lies</source>
        <translation>seule la proximité du centre est mesurée, pas le côté du centre où se trouve l’objet</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="170"/>
        <source>how much lighter or darker an object is than another is not measured</source>
        <translation>on ne mesure pas de combien un objet est plus clair ou plus sombre qu'un autre</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="173"/>
        <source>what is said of other objects around it does not pick it out</source>
        <translation>ce qui est dit d'autres objets autour ne le désigne pas</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="158"/>
        <source>only named colours are measured, not patterns, sheen or many colours</source>
        <translation>seules les couleurs nommées sont mesurées, pas les motifs, l'éclat ni les couleurs multiples</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="61"/>
        <source>the {first} &apos;{what}&apos; is not also the {other}: none is both</source>
        <translation>le '{what}' {first} n’est pas aussi le {other} : aucun n’est les deux</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="62"/>
        <source>&apos;{order}&apos; needs an anchor that was not found; not checked</source>
        <translation>'{order}' nécessite un objet de référence introuvable ; non vérifié</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="134"/>
        <source>near the middle of {anchor}</source>
        <translation>près du milieu de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="174"/>
        <source>what is said of only some of them does not pick any out</source>
        <translation>ce qui n'est dit que de certains d'entre eux n'en désigne aucun</translation>
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
        <translation>GPU Apple (MPS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="132"/>
        <source>no GPU found, models run on the CPU</source>
        <translation>aucun GPU trouvé, les modèles tournent sur le CPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="133"/>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="134"/>
        <source>Python {python} · torch {torch} · {device}</source>
        <translation>Python {python} · torch {torch} · {device}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="143"/>
        <source>{path} (set by {variable})</source>
        <translation>{path} (défini par {variable})</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="148"/>
        <source>The environment the installer makes: {folder}</source>
        <translation>L'environnement créé par l'installateur : {folder}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="63"/>
        <source>The models' Python environment is not installed yet. Click 'Install dependencies…', or choose an environment that has the model packages in the settings.</source>
        <translation>L'environnement Python des modèles n'est pas encore installé. Cliquez sur « Installer les dépendances… » ou choisissez dans les paramètres un environnement qui contient les paquets des modèles.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="69"/>
        <source>The model packages are missing: {packages}. Click 'Install dependencies…', or choose a Python environment that has them in the settings.</source>
        <translation>Des paquets des modèles manquent : {packages}. Cliquez sur « Installer les dépendances… » ou choisissez dans les paramètres un environnement Python qui les contient.</translation>
    </message>
</context>
</TS>
