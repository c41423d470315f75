<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>InstallerDialog</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="51"/>
        <source>Install the segmentation models&apos; Python packages</source>
        <translation>Instalar os pacotes Python dos modelos de segmentação</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="60"/>
        <source>CPU only</source>
        <translation>Somente CPU</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="91"/>
        <source>Run the models on</source>
        <translation>Executar os modelos em</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="114"/>
        <source>Installing… this downloads up to a few GB and can take minutes.</source>
        <translation>Instalando… isto baixa até alguns GB e pode levar minutos.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="124"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="140"/>
        <source>Installed. The models can be used now.</source>
        <translation>Instalado. Os modelos já podem ser usados.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="143"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="145"/>
        <source>The installation failed; nothing was changed. pip said:
{error}</source>
        <translation>A instalação falhou; nada foi alterado. O pip disse:
{error}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="72"/>
        <source>The models&apos; environment is made in {folder}; QGIS&apos;s own Python is left as it is.</source>
        <translation>O ambiente dos modelos é criado em {folder}; o Python do próprio QGIS fica como está.</translation>
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
        <translation>Segmentando o que você clica</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="261"/>
        <source>clicks go to {model} on the visible part of &apos;{layer}&apos;. Click on the object, right-click (or Shift+click) off it, drag a box; Ctrl+Z undoes, Enter accepts, Esc cancels.</source>
        <translation>os cliques vão para {model} na parte visível de '{layer}'. Clique no objeto, clique direito (ou Shift+clique) fora dele, arraste um retângulo; Ctrl+Z desfaz, Enter aceita, Esc cancela.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="382"/>
        <source>Still segmenting the last click; accept when it shows.</source>
        <translation>O último clique ainda está sendo segmentado; aceite quando aparecer.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="396"/>
        <source>Nothing to accept: click on an object first.</source>
        <translation>Nada para aceitar: clique primeiro num objeto.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="401"/>
        <source>Clicked objects</source>
        <translation>Objetos clicados</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="411"/>
        <source>Refining cancelled; nothing was changed.</source>
        <translation>Refinamento cancelado; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="368"/>
        <source>Preview: score {score:.2f}; Enter accepts, Esc cancels</source>
        <translation>Pré-visualização: pontuação {score:.2f}; Enter aceita, Esc cancela</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="390"/>
        <source>Writing the polygons…</source>
        <translation>Escrevendo os polígonos…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="329"/>
        <source>Rendering '{layer}'…</source>
        <translation>Renderizando “{layer}”…</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="83"/>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="89"/>
        <source>Accept (A)</source>
        <translation>Aceitar (A)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="90"/>
        <source>Reject (R)</source>
        <translation>Rejeitar (R)</translation>
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
        <translation>Pular (S)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="94"/>
        <source>Next (N)</source>
        <translation>Próximo (N)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="95"/>
        <source>Save edits</source>
        <translation>Salvar edições</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="96"/>
        <source>Write the decisions into the layer&apos;s file (Save Layer Edits)</source>
        <translation>Gravar as decisões no arquivo da camada (Salvar edições da camada)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="97"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="98"/>
        <source>End the review; it resumes at the first polygon not decided</source>
        <translation>Encerrar a revisão; ela será retomada no primeiro polígono não decidido</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="147"/>
        <source>Review: {layer}</source>
        <translation>Revisão: {layer}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="199"/>
        <source>{reviewed} of {total} reviewed, {rejected} rejected</source>
        <translation>{reviewed} de {total} revisados, {rejected} rejeitados</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="206"/>
        <source>Accept polygon</source>
        <translation>Aceitar polígono</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="209"/>
        <source>Reject polygon</source>
        <translation>Rejeitar polígono</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="252"/>
        <source>&apos;{layer}&apos; cannot be edited, so the decision was not written.</source>
        <translation>'{layer}' não pode ser editada, por isso a decisão não foi gravada.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="275"/>
        <source>&apos;{layer}&apos; did not take the decision.</source>
        <translation>'{layer}' não aceitou a decisão.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="304"/>
        <source>No polygons to review.</source>
        <translation>Nenhum polígono para revisar.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="315"/>
        <source>accepted</source>
        <translation>aceito</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="315"/>
        <source>rejected</source>
        <translation>rejeitado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="315"/>
        <source>unreviewed</source>
        <translation>não revisado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="318"/>
        <source>Polygon {number} of {total} by doubt: score {score:.2f}</source>
        <translation>Polígono {number} de {total} por ordem de dúvida: pontuação {score:.2f}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="323"/>
        <source>agreement {agreement:.2f}</source>
        <translation>concordância {agreement:.2f}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="326"/>
        <source>Every polygon is decided: Save edits keeps the decisions.</source>
        <translation>Todos os polígonos estão decididos: “Salvar edições” mantém as decisões.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="356"/>
        <source>Nothing to save.</source>
        <translation>Nada para salvar.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="359"/>
        <source>Saved: {counter}.</source>
        <translation>Salvo: {counter}.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="361"/>
        <source>&apos;{layer}&apos; could not be saved: {errors}</source>
        <translation>'{layer}' não pôde ser salva: {errors}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="384"/>
        <source>Review stopped: {counter}.</source>
        <translation>Revisão interrompida: {counter}.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="386"/>
        <source>Save Layer Edits keeps the decisions.</source>
        <translation>Salvar edições da camada mantém as decisões.</translation>
    </message>
</context>
<context>
    <name>RrsisPlugin</name>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="26"/>
        <source>Text Segmentation (RRSIS)</source>
        <translation>Segmentação por texto (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="55"/>
        <source>Segment objects in a raster from a text description</source>
        <translation>Segmentar objetos de um raster a partir de uma descrição em texto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="61"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="65"/>
        <source>Refine with clicks on the map</source>
        <translation>Refinar com cliques no mapa</translation>
    </message>
</context>
<context>
    <name>RrsisProvider</name>
    <message>
        <location filename="../rrsis_qgis/processing/provider.py" line="18"/>
        <source>Text segmentation (RRSIS)</source>
        <translation>Segmentação por texto (RRSIS)</translation>
    </message>
</context>
<context>
    <name>SecondOpinions</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="140"/>
        <source>That result layer was removed from the project.</source>
        <translation>Essa camada de resultado foi removida do projeto.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="74"/>
        <source>Only a described result segmented in this session can be checked: run the description again, then check it.</source>
        <translation>Só é possível verificar um resultado descrito e segmentado nesta sessão: execute a descrição novamente e depois verifique-o.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="82"/>
        <source>A check with another model is under way; wait for it to end.</source>
        <translation>Uma verificação com outro modelo está em andamento; aguarde até que termine.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="99"/>
        <source>Checking '{layer}' with {model}…</source>
        <translation>Verificando “{layer}” com {model}…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="162"/>
        <source>Text segmentation</source>
        <translation>Segmentação por texto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="134"/>
        <source>Check cancelled; nothing was written.</source>
        <translation>Verificação cancelada; nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="142"/>
        <source>Check with {model}</source>
        <translation>Verificação com {model}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="145"/>
        <source>&apos;{layer}&apos; did not take the check; it is unchanged.</source>
        <translation>'{layer}' não aceitou a verificação; a camada não foi alterada.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="151"/>
        <source>Checked with {model}: agreement {mean:.2f} on average, {low} of {count} polygon(s) below 0.5; {suggested} suggestion(s) added. Ctrl+Z undoes it, Save Layer Edits keeps it.</source>
        <translation>Verificado com {model}: concordância média {mean:.2f}, {low} de {count} polígono(s) abaixo de 0.5; {suggested} sugestão(ões) adicionada(s). Ctrl+Z desfaz, Salvar edições da camada mantém.</translation>
    </message>
</context>
<context>
    <name>SegmentController</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="114"/>
        <source>Rendering '{layer}'…</source>
        <translation>Renderizando “{layer}”…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="160"/>
        <source>Segmenting '{expression}'…</source>
        <translation>Segmentando “{expression}”…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="415"/>
        <source>Cancelled; nothing was added.</source>
        <translation>Cancelado; nada foi adicionado.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="169"/>
        <source>Cancelling after the current step…</source>
        <translation>Cancelando após a etapa atual…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="240"/>
        <source>Nothing found for &apos;{expression}&apos;.</source>
        <translation>Nada encontrado para “{expression}”.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="256"/>
        <source>{reason}; the result stays in a temporary layer</source>
        <translation>{reason}; o resultado fica numa camada temporária</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="273"/>
        <source>{count} polygon(s) for &apos;{expression}&apos; (score {score:.2f}, {ms:.0f} ms)</source>
        <translation>{count} polígono(s) para “{expression}” (pontuação {score:.2f}, {ms:.0f} ms)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="483"/>
        <source>Text segmentation</source>
        <translation>Segmentação por texto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="451"/>
        <source>That result layer was removed from the project.</source>
        <translation>Essa camada de resultado foi removida do projeto.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="431"/>
        <source>Choose a checkpoint folder (with config.json)</source>
        <translation>Escolha uma pasta de checkpoint (com config.json)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="440"/>
        <source>{folder} is not a checkpoint folder: it has no config.json</source>
        <translation>{folder} não é uma pasta de checkpoint: não tem config.json</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="453"/>
        <source>Export result</source>
        <translation>Exportar resultado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="477"/>
        <source>Export failed: {reason}</source>
        <translation>A exportação falhou: {reason}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="479"/>
        <source>Saved {path}</source>
        <translation>{path} salvo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="90"/>
        <source>Stopping the previous run; '{expression}' follows…</source>
        <translation>Parando a execução anterior; segue '{expression}'…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="371"/>
        <source>&apos;{layer}&apos; cannot be edited, so the refinement was not written.</source>
        <translation>'{layer}' não pode ser editada, por isso o refinamento não foi gravado.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="377"/>
        <source>Refine by hand</source>
        <translation>Refinar à mão</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="392"/>
        <source>&apos;{layer}&apos; did not take the refinement; it is unchanged.</source>
        <translation>'{layer}' não aceitou o refinamento; a camada não foi alterada.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="399"/>
        <source>The result in &apos;{layer}&apos; was refined by hand: Ctrl+Z undoes it, Save Layer Edits keeps it.</source>
        <translation>O resultado em '{layer}' foi refinado à mão: Ctrl+Z desfaz, Salvar edições da camada mantém.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="334"/>
        <source>Select a result in the list, or make a layer of results the active layer, to review it.</source>
        <translation>Selecione um resultado na lista, ou torne uma camada de resultados a camada ativa, para revisá-lo.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="341"/>
        <source>&apos;{layer}&apos; has no polygons to review.</source>
        <translation>'{layer}' não tem polígonos para revisar.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="347"/>
        <source>Reviewing &apos;{layer}&apos;: A accepts, R rejects, F refines, N and P move, S skips.</source>
        <translation>Revisando “{layer}”: A aceita, R rejeita, F refina, N e P navegam, S pula.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="468"/>
        <source>No polygon of &apos;{layer}&apos; is accepted: review it first, or export them all.</source>
        <translation>Nenhum polígono de '{layer}' foi aceito: revise primeiro a camada ou exporte todos.</translation>
    </message>
</context>
<context>
    <name>SegmentDock</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="77"/>
        <source>Text Segmentation (RRSIS)</source>
        <translation>Segmentação por texto (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="81"/>
        <source>e.g. the two round white tanks north of the road</source>
        <translation>p. ex. os dois tanques redondos brancos ao norte da estrada</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="103"/>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="104"/>
        <source>Add a trained checkpoint folder to the model list</source>
        <translation>Adicionar uma pasta de checkpoint treinado à lista de modelos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="106"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="107"/>
        <source>Device, precision, checkpoint folders, output and more</source>
        <translation>Dispositivo, precisão, pastas de checkpoints, saída e mais</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="113"/>
        <source>Segment</source>
        <translation>Segmentar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="114"/>
        <source>Segment the visible extent of the raster layer</source>
        <translation>Segmentar a extensão visível da camada raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="116"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="143"/>
        <source>Expression</source>
        <translation>Expressão</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="143"/>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="143"/>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="155"/>
        <source>Zoom to</source>
        <translation>Zoom para</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="157"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="158"/>
        <source>Save the selected result as Shapefile, GeoPackage or GeoJSON</source>
        <translation>Salvar o resultado selecionado como Shapefile, GeoPackage ou GeoJSON</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="181"/>
        <source>Describe</source>
        <translation>Descrever</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="183"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="184"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="350"/>
        <source>Select a result in the list first.</source>
        <translation>Selecione primeiro um resultado na lista.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="388"/>
        <source>Type a description of the objects to segment first.</source>
        <translation>Digite primeiro uma descrição dos objetos a segmentar.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="391"/>
        <source>Add a raster layer to the project and pick it first.</source>
        <translation>Adicione primeiro uma camada raster ao projeto e selecione-a.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="129"/>
        <source>Install dependencies…</source>
        <translation>Instalar dependências…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="130"/>
        <source>Install torch, transformers and the rest into the models&apos; own environment</source>
        <translation>Instalar torch, transformers e o resto no ambiente próprio dos modelos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="231"/>
        <source>Read as: {program}</source>
        <translation>Lido como: {program}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="254"/>
        <source>Not understood: the whole description goes to the detector as it is.</source>
        <translation>Não entendida: a descrição inteira vai tal como está para o detetor.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="233"/>
        <source>{phrase}: the layer &apos;{layer}&apos;</source>
        <translation>{phrase}: a camada '{layer}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="119"/>
        <source>Refine</source>
        <translation>Refinar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="121"/>
        <source>Correct the selected result with clicks on the map, or segment what you click when no result is selected (Ctrl+Alt+R)</source>
        <translation>Corrigir o resultado selecionado com cliques no mapa, ou segmentar o que você clica quando nenhum resultado está selecionado (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="160"/>
        <source>Accepted only</source>
        <translation>Somente aceitos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="161"/>
        <source>Export only the polygons accepted in a review</source>
        <translation>Exportar somente os polígonos aceitos numa revisão</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="162"/>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="163"/>
        <source>Accept or reject the polygons of the selected result (else of the active layer), the most doubtful first: A accepts, R rejects, F refines, N and P move, S skips</source>
        <translation>Aceitar ou rejeitar os polígonos do resultado selecionado (senão, da camada ativa), os mais duvidosos primeiro: A aceita, R rejeita, F refina, N e P navegam, S pula</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="170"/>
        <source>Check…</source>
        <translation>Verificar…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="171"/>
        <source>Check the selected result with another model on the same view: each polygon gets its agreement (IoU) with the other model&apos;s, and what only the other model finds is added as suggestions</source>
        <translation>Verificar o resultado selecionado com outro modelo na mesma vista: cada polígono recebe sua concordância (IoU) com o do outro modelo, e o que só o outro modelo encontra é adicionado como sugestões</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="249"/>
        <source>Words not understood: {words}. They are not applied: rephrase them, or check the result.</source>
        <translation>Palavras não entendidas: {words}. Elas não são aplicadas: reformule-as ou confira o resultado.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="354"/>
        <source>A result of clicks alone has no description for another model to check.</source>
        <translation>Um resultado feito só de cliques não tem descrição para outro modelo verificar.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="359"/>
        <source>Check with another model</source>
        <translation>Verificar com outro modelo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="359"/>
        <source>The same description on the same view, run by:</source>
        <translation>A mesma descrição na mesma vista, executada por:</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="245"/>
        <source>Not judged: {words}. They are not applied: what is kept fits the rest, check it.</source>
        <translation>Não avaliado: {words}. Não é aplicado: o que é mantido corresponde ao resto; verifique.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="237"/>
        <source>Typing slips read as: {words}. If a word meant something else, retype it.</source>
        <translation>Erros de digitação lidos como: {words}. Se uma palavra queria dizer outra coisa, digite-a de novo.</translation>
    </message>
</context>
<context>
    <name>SegmentRasterByText</name>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="50"/>
        <source>Segment raster by text</source>
        <translation>Segmentar raster por texto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="64"/>
        <source>Raster layer</source>
        <translation>Camada raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="65"/>
        <source>Expressions (one per line)</source>
        <translation>Expressões (uma por linha)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="70"/>
        <source>Model (a listed model name or a checkpoint folder)</source>
        <translation>Modelo (um nome de modelo da lista ou uma pasta de checkpoint)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="75"/>
        <source>Extent</source>
        <translation>Extensão</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="76"/>
        <source>Only inside these polygons</source>
        <translation>Somente dentro destes polígonos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="85"/>
        <source>Tile size (pixels)</source>
        <translation>Tamanho do bloco (pixels)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="88"/>
        <source>Tile overlap (pixels)</source>
        <translation>Sobreposição dos blocos (pixels)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="93"/>
        <source>Mask threshold</source>
        <translation>Limiar da máscara</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="113"/>
        <source>Smallest polygon (pixels)</source>
        <translation>Menor polígono (pixels)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="152"/>
        <source>Segmented polygons</source>
        <translation>Polígonos segmentados</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="181"/>
        <source>Choose a raster layer read from a file (GDAL).</source>
        <translation>Escolha uma camada raster lida de um arquivo (GDAL).</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="184"/>
        <source>Give at least one expression.</source>
        <translation>Informe pelo menos uma expressão.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="289"/>
        <source>Cancelled; the output holds the polygons found so far.</source>
        <translation>Cancelado; a saída contém os polígonos encontrados até agora.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="343"/>
        <source>The polygon layer that limits the search is empty.</source>
        <translation>A camada de polígonos que limita a busca está vazia.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="103"/>
        <source>Smallest model score kept</source>
        <translation>Menor pontuação do modelo mantida</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="253"/>
        <source>Loading {model} ({device}, {precision})…</source>
        <translation>Carregando {model} ({device}, {precision})…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="248"/>
        <source>{count} tiles of {tile} px with {overlap} px overlap</source>
        <translation>{count} blocos de {tile} px com {overlap} px de sobreposição</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="144"/>
        <source>Ray cluster address (empty: this machine without Ray; auto or ray://host:10001)</source>
        <translation>Endereço do cluster Ray (vazio: esta máquina sem Ray; auto ou ray://host:10001)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="118"/>
        <source>Bands shown as red, green, blue (e.g. 4,3,2; empty: the raster&apos;s own)</source>
        <translation>Bandas mostradas como vermelho, verde, azul (ex.: 4,3,2; vazio: as do raster)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="299"/>
        <source>{error}
The output holds the polygons found before the failure.</source>
        <translation>{error}
A saída contém os polígonos encontrados antes da falha.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="53"/>
        <source>Finds the objects each expression describes (one expression per line) in a whole raster, an extent of it, or only inside polygons, and writes their outlines with an &apos;expression&apos; field. The raster is processed at native resolution on overlapping tiles; every tile is encoded once for all expressions, and objects crossing tile seams come out as one polygon. A model that reads the expression&apos;s parts (PSLG-SAM, SAM3) judges positions, counts, superlatives and relations over the whole raster or extent, and an anchor that names a vector layer of the project (&apos;north of the road&apos; with a layer Roads) is that layer.</source>
        <translation>Encontra os objetos que cada expressão descreve (uma expressão por linha) num raster inteiro, numa extensão dele ou só dentro de polígonos, e escreve os seus contornos com um campo 'expression'. O raster é processado em resolução total em blocos sobrepostos; cada bloco é codificado uma única vez para todas as expressões, e objetos que cruzam as bordas dos blocos resultam num único polígono. Um modelo que lê as partes da expressão (PSLG-SAM, SAM3) julga posições, contagens, superlativos e relações sobre todo o raster ou toda a extensão, e um objeto de referência que nomeia uma camada vetorial do projeto ('north of the road' com uma camada Roads) é essa camada.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="126"/>
        <source>Outlines that look like the objects (right-angled buildings, round tanks, smooth ponds)</source>
        <translation>Contornos com a forma dos objetos (edifícios em ângulo reto, tanques redondos, lagoas de contorno suave)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="135"/>
        <source>Their tolerance (metres on the ground)</source>
        <translation>Sua tolerância (metros no terreno)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="157"/>
        <source>Traced outlines (before they were shaped; only with the option above)</source>
        <translation>Contornos traçados (antes de serem moldados; somente com a opção acima)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="227"/>
        <source>Cancelled before any tile ran.</source>
        <translation>Cancelado antes de qualquer bloco ser processado.</translation>
    </message>
</context>
<context>
    <name>SegmentTask</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/segment_task.py" line="29"/>
        <source>Segmenting &apos;{expression}&apos;</source>
        <translation>Segmentando “{expression}”</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/segment_task.py" line="33"/>
        <source>Segmenting what was clicked</source>
        <translation>Segmentando o que foi clicado</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="56"/>
        <source>Text Segmentation settings</source>
        <translation>Configurações da segmentação por texto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="61"/>
        <source>Automatic (CUDA GPU, then Apple GPU, then CPU)</source>
        <translation>Automático (GPU CUDA, depois GPU Apple, depois CPU)</translation>
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
        <translation>Automática (bfloat16 numa GPU CUDA)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="72"/>
        <source>float32 everywhere (slower, exact)</source>
        <translation>float32 em tudo (mais lento, exato)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="78"/>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="80"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="97"/>
        <source> megapixels</source>
        <translation> megapixels</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="99"/>
        <source>Larger views are read at a lower resolution (with a notice)</source>
        <translation>Vistas maiores são lidas com resolução menor (com um aviso)</translation>
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
        <translation>Vazio: os resultados vão para camadas temporárias do projeto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="137"/>
        <source>Keep the model in memory between runs</source>
        <translation>Manter o modelo na memória entre execuções</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="164"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="165"/>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="166"/>
        <source>Default model</source>
        <translation>Modelo padrão</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="167"/>
        <source>Checkpoint folders</source>
        <translation>Pastas de checkpoints</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="168"/>
        <source>Largest view read at full resolution</source>
        <translation>Maior vista lida em resolução total</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="169"/>
        <source>Mask threshold</source>
        <translation>Limiar da máscara</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="170"/>
        <source>Smallest polygon</source>
        <translation>Menor polígono</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="171"/>
        <source>Simplification tolerance</source>
        <translation>Tolerância de simplificação</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="174"/>
        <source>Save results in GeoPackage</source>
        <translation>Salvar resultados num GeoPackage</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="238"/>
        <source>Choose a checkpoint folder (with config.json)</source>
        <translation>Escolha uma pasta de checkpoint (com config.json)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="73"/>
        <source>bfloat16 everywhere (less memory)</source>
        <translation>bfloat16 em tudo (menos memória)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="146"/>
        <source>Choose environment…</source>
        <translation>Escolher ambiente…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="147"/>
        <source>A virtual or conda environment that has the model packages</source>
        <translation>Um ambiente virtual ou conda que tenha os pacotes dos modelos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="149"/>
        <source>Use the installer&apos;s environment</source>
        <translation>Usar o ambiente do instalador</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="151"/>
        <source>Reinstall…</source>
        <translation>Reinstalar…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="176"/>
        <source>Model environment</source>
        <translation>Ambiente dos modelos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="191"/>
        <source>Asking the environment for its versions…</source>
        <translation>Consultando as versões do ambiente…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="205"/>
        <source>Choose the folder of a Python environment (venv or conda) with the model packages</source>
        <translation>Escolha a pasta de um ambiente Python (venv ou conda) com os pacotes dos modelos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="116"/>
        <source>Outlines that look like the objects</source>
        <translation>Contornos com a forma dos objetos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="117"/>
        <source>Right-angled buildings, round tanks, smooth ponds and fields, from what the description asks for; the traced outlines are kept beside them</source>
        <translation>Edifícios em ângulo reto, tanques redondos, lagoas e campos de contorno suave, conforme o que a descrição pede; os contornos traçados são mantidos ao lado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="126"/>
        <source> m on the ground</source>
        <translation> m no terreno</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="173"/>
        <source>Their tolerance</source>
        <translation>Sua tolerância</translation>
    </message>
</context>
<context>
    <name>anchors</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/anchors.py" line="124"/>
        <source>&apos;{layer}&apos; has over {count} features near the view: the first {count} stand for &apos;{phrase}&apos;</source>
        <translation>'{layer}' tem mais de {count} feições perto da vista: as primeiras {count} representam '{phrase}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/anchors.py" line="132"/>
        <source>&apos;{layer}&apos; has no coordinate reference system, so it is not used: &apos;{phrase}&apos; is looked for in the image</source>
        <translation>'{layer}' não tem sistema de referência de coordenadas, então não é usada: '{phrase}' é procurado na imagem</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/canvas.py" line="91"/>
        <source>pick a raster layer: segmentation needs imagery</source>
        <translation>escolha uma camada raster: a segmentação precisa de imagens</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/canvas.py" line="109"/>
        <source>the visible extent does not intersect the raster; pan or zoom to it</source>
        <translation>a extensão visível não cruza o raster; mova ou aproxime o zoom até ele</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/canvas.py" line="242"/>
        <source>the rendered view could not be written to {path}: {reason}</source>
        <translation>a vista renderizada não pôde ser gravada em {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>layers</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/layers.py" line="134"/>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/layers.py" line="135"/>
        <source>Accepted</source>
        <translation>Aceito</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/layers.py" line="136"/>
        <source>Not reviewed</source>
        <translation>Não revisado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/layers.py" line="97"/>
        <source>{name} (traced outlines)</source>
        <translation>{name} (contornos traçados)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="112"/>
        <source>Fetching {model} from the Hugging Face Hub…</source>
        <translation>Obtendo {model} do Hugging Face Hub…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="145"/>
        <source>{model} is available</source>
        <translation>{model} está disponível</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="159"/>
        <source>Downloading {model}: {done:.1f} of {total:.1f} MB</source>
        <translation>Baixando {model}: {done:.1f} de {total:.1f} MB</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="212"/>
        <source>Loading {model} on {device}…</source>
        <translation>Carregando {model} em {device}…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="224"/>
        <source>{model} is ready on {device}</source>
        <translation>{model} está pronto em {device}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="184"/>
        <source>Reading the raster…</source>
        <translation>Lendo o raster…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="281"/>
        <source>read at 1/{factor:.1f} resolution to fit the size limit</source>
        <translation>lido a 1/{factor:.1f} da resolução para respeitar o limite de tamanho</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="290"/>
        <source>bands {shown} shown as red, green, blue (the raster&apos;s own are {own})</source>
        <translation>bandas {shown} exibidas como vermelho, verde, azul (as do próprio raster são {own})</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="198"/>
        <source>Loading {model}…</source>
        <translation>Carregando {model}…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="211"/>
        <source>the model sees this view at 1/{factor:g} of its resolution ({side} px); zoom in for small objects, or run the Processing algorithm, which works at native resolution</source>
        <translation>o modelo vê esta vista a 1/{factor:g} de sua resolução ({side} px); aproxime o zoom para objetos pequenos ou execute o algoritmo do Processing, que trabalha na resolução nativa</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="216"/>
        <source>Encoding the image…</source>
        <translation>Codificando a imagem…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="217"/>
        <source>Reusing the image encoding…</source>
        <translation>Reutilizando a codificação da imagem…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="221"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="270"/>
        <source>the GPU ran out of memory; this run used the CPU</source>
        <translation>a GPU ficou sem memória; esta execução usou a CPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="273"/>
        <source>GPU out of memory: retrying on the CPU…</source>
        <translation>GPU sem memória: tentando novamente na CPU…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="72"/>
        <source>Looking for the described objects…</source>
        <translation>Procurando os objetos descritos…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="65"/>
        <source>bands must be three band numbers for red, green and blue, e.g. 4,3,2, not &apos;{text}&apos;</source>
        <translation>as bandas devem ser três números de banda para vermelho, verde e azul, p. ex. 4,3,2, não '{text}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="179"/>
        <source>{name} has no coordinate reference system, so its polygons could not be placed on the map or measured; assign one first (QGIS: Raster ▸ Projections ▸ Assign Projection; or gdal_edit.py -a_srs EPSG:&lt;code&gt;)</source>
        <translation>{name} não tem sistema de referência de coordenadas, então seus polígonos não poderiam ser posicionados no mapa nem medidos; atribua um primeiro (QGIS: Raster ▸ Projeções ▸ Atribuir projeção; ou gdal_edit.py -a_srs EPSG:&lt;code&gt;)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="204"/>
        <source>the extent does not intersect the raster; pan to the raster&apos;s area</source>
        <translation>a extensão não cruza o raster; mova para a área do raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="220"/>
        <source>band {band} requested, but the raster has {count} band(s)</source>
        <translation>banda {band} solicitada, mas o raster tem {count} banda(s)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="48"/>
        <source>the description is empty: type what to segment, e.g. &apos;the white tanks&apos;</source>
        <translation>a descrição está vazia: digite o que segmentar, p. ex. 'os tanques brancos'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="53"/>
        <source>the description has {length} characters; keep it under {limit}</source>
        <translation>a descrição tem {length} caracteres; mantenha abaixo de {limit}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="194"/>
        <source>the view holds no valid pixels (only nodata): pan to where the raster has data</source>
        <translation>a vista não contém pixels válidos (apenas nodata): mova para onde o raster tem dados</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/client/process.py" line="111"/>
        <source>another run</source>
        <translation>outra execução</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/client/process.py" line="112"/>
        <source>Waiting for {holder} to finish…</source>
        <translation>Aguardando {holder} terminar…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/client/process.py" line="337"/>
        <source>the panel&apos;s run</source>
        <translation>a execução do painel</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="31"/>
        <source>a Processing run</source>
        <translation>uma execução do Processing</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="194"/>
        <source>the extent&apos;s coordinates must be finite numbers, not {bounds}</source>
        <translation>as coordenadas da extensão devem ser números finitos, não {bounds}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/referring.py" line="74"/>
        <source>understood as: {program}</source>
        <translation>entendido como: {program}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="173"/>
        <source>no &apos;{what}&apos; was found</source>
        <translation>nenhum '{what}' encontrado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="38"/>
        <source>colours were not checked: no image pixels were given</source>
        <translation>as cores não foram verificadas: nenhum pixel de imagem foi dado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="43"/>
        <source>shapes were not checked: no outline was given for {count} of the &apos;{what}&apos;</source>
        <translation>as formas não foram verificadas: nenhum contorno foi dado para {count} dos '{what}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="280"/>
        <source>no &apos;{what}&apos; was found, so &apos;{relation}&apos; was not applied</source>
        <translation>nenhum '{what}' encontrado, por isso '{relation}' não foi aplicado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="53"/>
        <source>the view has no metric georeferencing: a distance in metres was read as near</source>
        <translation>a vista não tem georreferenciação métrica: uma distância em metros foi lida como «perto»</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="323"/>
        <source>&apos;{order}&apos; needs an anchor that was not found; ordered by match</source>
        <translation>'{order}' precisa de um objeto de referência que não foi encontrado; ordenado por correspondência</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="60"/>
        <source>there are only {count} &apos;{what}&apos; to count {rank} along</source>
        <translation>só há {count} '{what}' para contar até {rank}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="56"/>
        <source>{asked} were asked for, {found} found</source>
        <translation>foram pedidos {asked}, encontrados {found}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/whole_raster.py" line="193"/>
        <source>&apos;{phrase}&apos; is the layer &apos;{layer}&apos; ({count} features)</source>
        <translation>'{phrase}' é a camada '{layer}' ({count} feições)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="62"/>
        <source>a click lies outside the view being segmented: pan or zoom so that it is inside</source>
        <translation>um clique está fora da vista a segmentar: desloque ou aproxime para que fique dentro</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="27"/>
        <source>click coordinates must be finite numbers, not {coordinates}</source>
        <translation>as coordenadas de um clique devem ser números finitos, não {coordinates}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="61"/>
        <source>a click lies outside the raster: click on its pixels</source>
        <translation>um clique está fora do raster: clique sobre os seus pixels</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="92"/>
        <source>the click at {point} cannot be placed on the raster&apos;s coordinate reference system: check that x (easting or longitude) comes first and that the clicks&apos; CRS is the one meant</source>
        <translation>o clique em {point} não pode ser posicionado no sistema de referência de coordenadas do raster: verifique se x (coordenada este ou longitude) vem primeiro e se o SRC dos cliques é o pretendido</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/tiled_run.py" line="22"/>
        <source>the raster holds no valid pixels where it was searched (only nodata): choose an extent where it has data</source>
        <translation>o raster não tem pixels válidos onde foi pesquisado (apenas nodata): escolha uma extensão onde ele tenha dados</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/models/rs2sam2/predictor.py" line="38"/>
        <source>{model} takes clicks on a result of its own: segment this view by text first, then refine</source>
        <translation>{model} aceita cliques sobre um resultado próprio: segmente primeiro esta vista por texto e depois refine</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="269"/>
        <source>click on the object or drag a box around it</source>
        <translation>clique no objeto ou arraste um retângulo à volta dele</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="63"/>
        <source>{model} cannot take clicks (it has no SAM decoder to prompt here); choose a PSLG-SAM, SAM3, RSRefSeg or RS2-SAM2 model</source>
        <translation>{model} não aceita cliques (aqui não tem decodificador SAM); escolha um modelo PSLG-SAM, SAM3, RSRefSeg ou RS2-SAM2</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/models/sam3_text/predictor.py" line="138"/>
        <source>{model} cannot take clicks: its SAM3 folder holds the detector alone (Sam3Model); facebook/sam3 as published (Sam3VideoModel) has the tracker that takes them</source>
        <translation>{model} não aceita cliques: a sua pasta SAM3 tem só o detector (Sam3Model); facebook/sam3 como publicado (Sam3VideoModel) tem o rastreador que os aceita</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/tiled_run.py" line="46"/>
        <source>Tile {finished} of {planned}</source>
        <translation>Tile {finished} de {planned}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="115"/>
        <source>the coordinate reference system of the extent and the clicks cannot be transformed to the raster&apos;s: PROJ knows no operation between them; give them in the raster&apos;s CRS</source>
        <translation>o sistema de referência de coordenadas da extensão e dos cliques não pode ser transformado no do raster: o PROJ não conhece nenhuma operação entre eles; indique-os no SRC do raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="40"/>
        <source>colours were not checked for {count} of the &apos;{what}&apos;: no pixel of the image lies under them</source>
        <translation>as cores não foram verificadas para {count} dos '{what}': nenhum pixel da imagem fica sob eles</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="103"/>
        <source>the extent {bounds} lies outside the range of its coordinate reference system: give one inside it</source>
        <translation>a extensão {bounds} está fora do alcance do seu sistema de referência de coordenadas: indique uma dentro dele</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="40"/>
        <source>the panel&apos;s check with another model</source>
        <translation>a verificação do painel com outro modelo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="57"/>
        <source>no &apos;{what}&apos; is {condition}</source>
        <translation>nenhum '{what}' satisfaz: {condition}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="58"/>
        <source>no &apos;{what}&apos; is {conditions} at once</source>
        <translation>nenhum '{what}' satisfaz ao mesmo tempo: {conditions}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="59"/>
        <source>{count} of the &apos;{what}&apos; removed by &apos;{word}&apos;: {conditions}</source>
        <translation>{count} dos '{what}' removidos por '{word}': {conditions}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="15"/>
        <source>white</source>
        <translation>branco</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="16"/>
        <source>black</source>
        <translation>preto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="17"/>
        <source>gray</source>
        <translation>cinza</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="18"/>
        <source>red</source>
        <translation>vermelho</translation>
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
        <translation>amarelo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="22"/>
        <source>brown</source>
        <translation>marrom</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="23"/>
        <source>orange</source>
        <translation>laranja</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="24"/>
        <source>purple</source>
        <translation>roxo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="25"/>
        <source>pink</source>
        <translation>rosa</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="26"/>
        <source>cyan</source>
        <translation>ciano</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="27"/>
        <source>dark</source>
        <translation>escuro</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="28"/>
        <source>bright</source>
        <translation>claro</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="29"/>
        <source>small</source>
        <translation>pequeno</translation>
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
        <translation>quadrado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="34"/>
        <source>rectangular</source>
        <translation>retangular</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="35"/>
        <source>long</source>
        <translation>alongado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="36"/>
        <source>oval</source>
        <translation>oval</translation>
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
        <translation>cortado pela borda da imagem</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="46"/>
        <source>on the {place}</source>
        <translation>{place}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="48"/>
        <source>top</source>
        <translation>em cima</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="49"/>
        <source>bottom</source>
        <translation>embaixo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="50"/>
        <source>left</source>
        <translation>à esquerda</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="51"/>
        <source>right</source>
        <translation>à direita</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="52"/>
        <source>center</source>
        <translation>no centro</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="53"/>
        <source>north</source>
        <translation>ao norte</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="54"/>
        <source>south</source>
        <translation>ao sul</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="55"/>
        <source>east</source>
        <translation>a leste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="56"/>
        <source>west</source>
        <translation>a oeste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="60"/>
        <source>on the top left</source>
        <translation>em cima à esquerda</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="61"/>
        <source>on the left top</source>
        <translation>em cima à esquerda</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="62"/>
        <source>on the top right</source>
        <translation>em cima à direita</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="63"/>
        <source>on the right top</source>
        <translation>em cima à direita</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="64"/>
        <source>on the bottom left</source>
        <translation>embaixo à esquerda</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="65"/>
        <source>on the left bottom</source>
        <translation>embaixo à esquerda</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="66"/>
        <source>on the bottom right</source>
        <translation>embaixo à direita</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="67"/>
        <source>on the right bottom</source>
        <translation>embaixo à direita</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="68"/>
        <source>on the north east</source>
        <translation>a nordeste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="69"/>
        <source>on the east north</source>
        <translation>a nordeste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="70"/>
        <source>on the north west</source>
        <translation>a noroeste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="71"/>
        <source>on the west north</source>
        <translation>a noroeste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="72"/>
        <source>on the south east</source>
        <translation>a sudeste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="73"/>
        <source>on the east south</source>
        <translation>a sudeste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="74"/>
        <source>on the south west</source>
        <translation>a sudoeste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="75"/>
        <source>on the west south</source>
        <translation>a sudoeste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="83"/>
        <source>largest</source>
        <translation>o maior</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="84"/>
        <source>smallest</source>
        <translation>o menor</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="85"/>
        <source>leftmost</source>
        <translation>o mais à esquerda</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="86"/>
        <source>rightmost</source>
        <translation>o mais à direita</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="87"/>
        <source>topmost</source>
        <translation>o mais acima</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="88"/>
        <source>bottommost</source>
        <translation>o mais abaixo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="89"/>
        <source>top leftmost</source>
        <translation>o mais acima à esquerda</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="90"/>
        <source>top rightmost</source>
        <translation>o mais acima à direita</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="91"/>
        <source>bottom leftmost</source>
        <translation>o mais abaixo à esquerda</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="92"/>
        <source>bottom rightmost</source>
        <translation>o mais abaixo à direita</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="93"/>
        <source>northernmost</source>
        <translation>o mais ao norte</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="94"/>
        <source>southernmost</source>
        <translation>o mais ao sul</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="95"/>
        <source>easternmost</source>
        <translation>o mais a leste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="96"/>
        <source>westernmost</source>
        <translation>o mais a oeste</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="97"/>
        <source>closest</source>
        <translation>o mais próximo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="98"/>
        <source>farthest</source>
        <translation>o mais distante</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="100"/>
        <source>{count} {ordering}</source>
        <translation>{ordering} ({count})</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="101"/>
        <source>{ordering} #{rank}</source>
        <translation>{ordering} nº {rank}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="104"/>
        <source>left of {anchor}</source>
        <translation>à esquerda de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="105"/>
        <source>right of {anchor}</source>
        <translation>à direita de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="106"/>
        <source>above {anchor}</source>
        <translation>acima de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="107"/>
        <source>below {anchor}</source>
        <translation>abaixo de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="108"/>
        <source>upper left of {anchor}</source>
        <translation>acima à esquerda de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="109"/>
        <source>upper right of {anchor}</source>
        <translation>acima à direita de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="110"/>
        <source>lower left of {anchor}</source>
        <translation>abaixo à esquerda de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="111"/>
        <source>lower right of {anchor}</source>
        <translation>abaixo à direita de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="120"/>
        <source>north of {anchor}</source>
        <translation>ao norte de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="121"/>
        <source>south of {anchor}</source>
        <translation>ao sul de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="122"/>
        <source>east of {anchor}</source>
        <translation>a leste de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="123"/>
        <source>west of {anchor}</source>
        <translation>a oeste de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="124"/>
        <source>northeast of {anchor}</source>
        <translation>a nordeste de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="125"/>
        <source>northwest of {anchor}</source>
        <translation>a noroeste de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="126"/>
        <source>southeast of {anchor}</source>
        <translation>a sudeste de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="127"/>
        <source>southwest of {anchor}</source>
        <translation>a sudoeste de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="128"/>
        <source>near {anchor}</source>
        <translation>perto de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="129"/>
        <source>far from {anchor}</source>
        <translation>longe de {anchor}</translation>
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
        <translation>ao longo de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="136"/>
        <source>crossing {anchor}</source>
        <translation>atravessando {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="137"/>
        <source>smaller than {anchor}</source>
        <translation>menor que {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="138"/>
        <source>larger than {anchor}</source>
        <translation>maior que {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="139"/>
        <source>similar size to {anchor}</source>
        <translation>de tamanho semelhante a {anchor}</translation>
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
        <translation>{first} e {second}</translation>
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
        <translation>no meio de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="132"/>
        <source>with {anchor}</source>
        <translation>com {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="112"/>
        <source>on the left side of {anchor}</source>
        <translation>no lado esquerdo de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="113"/>
        <source>on the right side of {anchor}</source>
        <translation>no lado direito de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="114"/>
        <source>on the top side of {anchor}</source>
        <translation>no lado superior de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="115"/>
        <source>on the bottom side of {anchor}</source>
        <translation>no lado inferior de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="116"/>
        <source>in the upper left corner of {anchor}</source>
        <translation>no canto superior esquerdo de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="117"/>
        <source>in the upper right corner of {anchor}</source>
        <translation>no canto superior direito de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="118"/>
        <source>in the lower left corner of {anchor}</source>
        <translation>no canto inferior esquerdo de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="119"/>
        <source>in the lower right corner of {anchor}</source>
        <translation>no canto inferior direito de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="43"/>
        <source>heading {way}</source>
        <translation>em direção {way}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="50"/>
        <source>&apos;{heading}&apos; was not checked for {count} of the &apos;{what}&apos;: they are about as wide as long</source>
        <translation>'{heading}' não foi verificado para {count} dos '{what}': são quase tão largos quanto compridos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="47"/>
        <source>&apos;{heading}&apos;: judged by the way each &apos;{what}&apos; lies; one picture does not show where it goes</source>
        <translation>'{heading}': julgado pela orientação de cada '{what}'; uma só imagem não mostra para onde vai</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="79"/>
        <source>most central</source>
        <translation>o mais central</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="57"/>
        <source>edge</source>
        <translation>na borda</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="80"/>
        <source>nearest the edge</source>
        <translation>o mais próximo da borda</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="30"/>
        <source>medium-sized</source>
        <translation>de tamanho médio</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="142"/>
        <source>&apos;{said}&apos; was not judged ({why}): what is kept fits the rest</source>
        <translation>«{said}» não foi avaliado ({why}): o que é mantido cumpre o resto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="144"/>
        <source>the detector outlines objects, not their shadows</source>
        <translation>o detector delimita objetos, não as suas sombras</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="145"/>
        <source>the detector outlines whole objects, not their small parts</source>
        <translation>o detector delimita objetos inteiros, não as suas partes pequenas</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="146"/>
        <source>what covers an object is not measured</source>
        <translation>o que cobre um objeto não é medido</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="150"/>
        <source>a picture from above does not show height</source>
        <translation>uma imagem vista de cima não mostra a altura</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="151"/>
        <source>how much a comparison holds is not measured, only that it holds</source>
        <translation>mede-se que uma comparação se cumpre, não quanto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="154"/>
        <source>what is carried, held or pushed is not told apart from its carrier</source>
        <translation>o que é carregado, segurado ou empurrado não é distinguido de quem o leva</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="81"/>
        <source>in the middle of them</source>
        <translation>no meio deles</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="82"/>
        <source>at an end of their row</source>
        <translation>numa extremidade da sua fila</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="147"/>
        <source>one picture does not show movement: a turn, a wake, which way traffic goes</source>
        <translation>uma só imagem não mostra movimento: uma curva, uma esteira, o sentido do trânsito</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="157"/>
        <source>what an object is made of is not measured</source>
        <translation>não se mede de que é feito um objeto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="161"/>
        <source>how new, busy or full an object is is not measured</source>
        <translation>não se mede quão novo, movimentado ou cheio está um objeto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="162"/>
        <source>what an object is used for is not told apart</source>
        <translation>não se distingue para que serve um objeto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="175"/>
        <source>of outlines only round, square, rectangular, oval, long and curved ones are measured</source>
        <translation>dos contornos só se medem os redondos, quadrados, retangulares, ovais, longos e curvos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="63"/>
        <source>which end of the row of &apos;{what}&apos; is meant is not said: both ends are kept, remove the other</source>
        <translation>não se diz que extremidade da fila de '{what}' se pretende: mantêm-se ambas, remova a outra</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="163"/>
        <source>which way an object lies or faces beside another is not measured, only that it is by it</source>
        <translation>não se mede para onde um objeto está orientado ao lado de outro, só que está junto dele</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="166"/>
        <source>rows are not told apart, so which row is not measured</source>
        <translation>as filas não são distinguidas, por isso não se mede em que fila está</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="167"/>
        <source>only nearness to the middle is measured, not on which side of it an object lies</source>
        <translation>só se mede a proximidade ao centro, não de que lado do centro o objeto está</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="170"/>
        <source>how much lighter or darker an object is than another is not measured</source>
        <translation>não se mede quanto um objeto é mais claro ou mais escuro do que outro</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="173"/>
        <source>what is said of other objects around it does not pick it out</source>
        <translation>o que se diz de outros objetos ao redor não o distingue</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="158"/>
        <source>only named colours are measured, not patterns, sheen or many colours</source>
        <translation>só se medem cores com nome, não padrões, brilho nem várias cores</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="61"/>
        <source>the {first} &apos;{what}&apos; is not also the {other}: none is both</source>
        <translation>o '{what}' {first} não é também o {other}: nenhum é ambos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="62"/>
        <source>&apos;{order}&apos; needs an anchor that was not found; not checked</source>
        <translation>'{order}' precisa de um objeto de referência que não foi encontrado; não verificado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="134"/>
        <source>near the middle of {anchor}</source>
        <translation>perto do meio de {anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="174"/>
        <source>what is said of only some of them does not pick any out</source>
        <translation>o que se diz apenas de alguns deles não destaca nenhum</translation>
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
        <translation>GPU da Apple (MPS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="132"/>
        <source>no GPU found, models run on the CPU</source>
        <translation>nenhuma GPU encontrada, os modelos rodam na CPU</translation>
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
        <translation>O ambiente que o instalador cria: {folder}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="63"/>
        <source>The models' Python environment is not installed yet. Click 'Install dependencies…', or choose an environment that has the model packages in the settings.</source>
        <translation>O ambiente Python dos modelos ainda não está instalado. Clique em «Instalar dependências…» ou escolha nas configurações um ambiente que tenha os pacotes dos modelos.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="69"/>
        <source>The model packages are missing: {packages}. Click 'Install dependencies…', or choose a Python environment that has them in the settings.</source>
        <translation>Faltam pacotes dos modelos: {packages}. Clique em «Instalar dependências…» ou escolha nas configurações um ambiente Python que os tenha.</translation>
    </message>
</context>
</TS>
