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
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="244"/>
        <source>Refining &apos;{expression}&apos;</source>
        <translation>Refinando '{expression}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="244"/>
        <source>Segmenting what you click</source>
        <translation>Segmentando o que você clica</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="249"/>
        <source>clicks go to {model} on the visible part of &apos;{layer}&apos;. Click on the object, right-click (or Shift+click) off it, drag a box; Ctrl+Z undoes, Enter accepts, Esc cancels.</source>
        <translation>os cliques vão para {model} na parte visível de '{layer}'. Clique no objeto, clique direito (ou Shift+clique) fora dele, arraste um retângulo; Ctrl+Z desfaz, Enter aceita, Esc cancela.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="332"/>
        <source>Still segmenting the last click; accept when it shows.</source>
        <translation>O último clique ainda está sendo segmentado; aceite quando aparecer.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="346"/>
        <source>Nothing to accept: click on an object first.</source>
        <translation>Nada para aceitar: clique primeiro num objeto.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="351"/>
        <source>Clicked objects</source>
        <translation>Objetos clicados</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="355"/>
        <source>Refining cancelled; nothing was changed.</source>
        <translation>Refinamento cancelado; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="318"/>
        <source>Preview: score {score:.2f}; Enter accepts, Esc cancels</source>
        <translation>Pré-visualização: pontuação {score:.2f}; Enter aceita, Esc cancela</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="340"/>
        <source>Writing the polygons…</source>
        <translation>Escrevendo os polígonos…</translation>
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
    <name>SegmentController</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="99"/>
        <source>Rendering '{layer}'…</source>
        <translation>Renderizando “{layer}”…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="141"/>
        <source>Segmenting '{expression}'…</source>
        <translation>Segmentando “{expression}”…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="318"/>
        <source>Cancelled; nothing was added.</source>
        <translation>Cancelado; nada foi adicionado.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="150"/>
        <source>Cancelling after the current step…</source>
        <translation>Cancelando após a etapa atual…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="217"/>
        <source>Nothing found for &apos;{expression}&apos;.</source>
        <translation>Nada encontrado para “{expression}”.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="230"/>
        <source>{reason}; the result stays in a temporary layer</source>
        <translation>{reason}; o resultado fica numa camada temporária</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="242"/>
        <source>{count} polygon(s) for &apos;{expression}&apos; (score {score:.2f}, {ms:.0f} ms)</source>
        <translation>{count} polígono(s) para “{expression}” (pontuação {score:.2f}, {ms:.0f} ms)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="372"/>
        <source>Text segmentation</source>
        <translation>Segmentação por texto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="354"/>
        <source>That result layer was removed from the project.</source>
        <translation>Essa camada de resultado foi removida do projeto.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="334"/>
        <source>Choose a checkpoint folder (with config.json)</source>
        <translation>Escolha uma pasta de checkpoint (com config.json)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="343"/>
        <source>{folder} is not a checkpoint folder: it has no config.json</source>
        <translation>{folder} não é uma pasta de checkpoint: não tem config.json</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="356"/>
        <source>Export result</source>
        <translation>Exportar resultado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="366"/>
        <source>Export failed: {reason}</source>
        <translation>A exportação falhou: {reason}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="368"/>
        <source>Saved {path}</source>
        <translation>{path} salvo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="75"/>
        <source>Stopping the previous run; '{expression}' follows…</source>
        <translation>Parando a execução anterior; segue '{expression}'…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="261"/>
        <source>Clicks work on raster layers read from a file (GeoTIFF and the like).</source>
        <translation>Os cliques funcionam em camadas raster lidas de um arquivo (GeoTIFF e semelhantes).</translation>
    </message>
    <message>
        <source>&apos;{layer}&apos; cannot be edited, so the refinement was not written.</source>
        <translation>'{layer}' não pode ser editada, por isso o refinamento não foi gravado.</translation>
    </message>
    <message>
        <source>Refine by hand</source>
        <translation>Refinar à mão</translation>
    </message>
    <message>
        <source>&apos;{layer}&apos; did not take the refinement; it is unchanged.</source>
        <translation>'{layer}' não aceitou o refinamento; a camada não foi alterada.</translation>
    </message>
    <message>
        <source>The result in &apos;{layer}&apos; was refined by hand: Ctrl+Z undoes it, Save Layer Edits keeps it.</source>
        <translation>O resultado em '{layer}' foi refinado à mão: Ctrl+Z desfaz, Salvar edições da camada mantém.</translation>
    </message>
</context>
<context>
    <name>SegmentDock</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="66"/>
        <source>Text Segmentation (RRSIS)</source>
        <translation>Segmentação por texto (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="70"/>
        <source>e.g. the two round white tanks north of the road</source>
        <translation>p. ex. os dois tanques redondos brancos ao norte da estrada</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="92"/>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="93"/>
        <source>Add a trained checkpoint folder to the model list</source>
        <translation>Adicionar uma pasta de checkpoint treinado à lista de modelos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="95"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="96"/>
        <source>Device, precision, checkpoint folders, output and more</source>
        <translation>Dispositivo, precisão, pastas de checkpoints, saída e mais</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="102"/>
        <source>Segment</source>
        <translation>Segmentar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="103"/>
        <source>Segment the visible extent of the raster layer</source>
        <translation>Segmentar a extensão visível da camada raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="105"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="132"/>
        <source>Expression</source>
        <translation>Expressão</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="132"/>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="132"/>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="144"/>
        <source>Zoom to</source>
        <translation>Zoom para</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="146"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="147"/>
        <source>Save the selected result as Shapefile, GeoPackage or GeoJSON</source>
        <translation>Salvar o resultado selecionado como Shapefile, GeoPackage ou GeoJSON</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="151"/>
        <source>Describe</source>
        <translation>Descrever</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="153"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="154"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="269"/>
        <source>Select a result in the list first.</source>
        <translation>Selecione primeiro um resultado na lista.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="284"/>
        <source>Type a description of the objects to segment first.</source>
        <translation>Digite primeiro uma descrição dos objetos a segmentar.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="287"/>
        <source>Add a raster layer to the project and pick it first.</source>
        <translation>Adicione primeiro uma camada raster ao projeto e selecione-a.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="118"/>
        <source>Install dependencies…</source>
        <translation>Instalar dependências…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="119"/>
        <source>Install torch, transformers and the rest into the models&apos; own environment</source>
        <translation>Instalar torch, transformers e o resto no ambiente próprio dos modelos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="184"/>
        <source>Read as: {program}</source>
        <translation>Lido como: {program}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="191"/>
        <source>Not understood: the whole description goes to the detector as it is.</source>
        <translation>Não entendida: a descrição inteira vai tal como está para o detetor.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="186"/>
        <source>{phrase}: the layer &apos;{layer}&apos;</source>
        <translation>{phrase}: a camada '{layer}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="108"/>
        <source>Refine</source>
        <translation>Refinar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="110"/>
        <source>Correct the selected result with clicks on the map, or segment what you click when no result is selected (Ctrl+Alt+R)</source>
        <translation>Corrigir o resultado selecionado com cliques no mapa, ou segmentar o que você clica quando nenhum resultado está selecionado (Ctrl+Alt+R)</translation>
    </message>
</context>
<context>
    <name>SegmentRasterByText</name>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="46"/>
        <source>Segment raster by text</source>
        <translation>Segmentar raster por texto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="49"/>
        <source>Finds the objects each expression describes (one expression per line) in a whole raster, an extent of it, or only inside polygons, and writes their outlines with an &apos;expression&apos; field. The raster is processed at native resolution on overlapping tiles; every tile is encoded once for all expressions, and objects crossing tile seams come out as one polygon.</source>
        <translation>Encontra os objetos que cada expressão descreve (uma expressão por linha) num raster inteiro, numa extensão dele ou só dentro de polígonos, e escreve os seus contornos com um campo 'expression'. O raster é processado em resolução total em blocos sobrepostos; cada bloco é codificado uma única vez para todas as expressões, e objetos que cruzam as bordas dos blocos resultam num único polígono.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="57"/>
        <source>Raster layer</source>
        <translation>Camada raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="58"/>
        <source>Expressions (one per line)</source>
        <translation>Expressões (uma por linha)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="63"/>
        <source>Model (a listed model name or a checkpoint folder)</source>
        <translation>Modelo (um nome de modelo da lista ou uma pasta de checkpoint)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="68"/>
        <source>Extent</source>
        <translation>Extensão</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="69"/>
        <source>Only inside these polygons</source>
        <translation>Somente dentro destes polígonos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="78"/>
        <source>Tile size (pixels)</source>
        <translation>Tamanho do bloco (pixels)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="81"/>
        <source>Tile overlap (pixels)</source>
        <translation>Sobreposição dos blocos (pixels)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="86"/>
        <source>Mask threshold</source>
        <translation>Limiar da máscara</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="106"/>
        <source>Smallest polygon (pixels)</source>
        <translation>Menor polígono (pixels)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="127"/>
        <source>Segmented polygons</source>
        <translation>Polígonos segmentados</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="147"/>
        <source>Choose a raster layer read from a file (GDAL).</source>
        <translation>Escolha uma camada raster lida de um arquivo (GDAL).</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="154"/>
        <source>Give at least one expression.</source>
        <translation>Informe pelo menos uma expressão.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="228"/>
        <source>Cancelled; the output holds the polygons found so far.</source>
        <translation>Cancelado; a saída contém os polígonos encontrados até agora.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="249"/>
        <source>The polygon layer that limits the search is empty.</source>
        <translation>A camada de polígonos que limita a busca está vazia.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="96"/>
        <source>Smallest model score kept</source>
        <translation>Menor pontuação do modelo mantida</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="205"/>
        <source>Loading {model} ({device}, {precision})…</source>
        <translation>Carregando {model} ({device}, {precision})…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="200"/>
        <source>{count} tiles of {tile} px with {overlap} px overlap</source>
        <translation>{count} blocos de {tile} px com {overlap} px de sobreposição</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="119"/>
        <source>Ray cluster address (empty: this machine without Ray; auto or ray://host:10001)</source>
        <translation>Endereço do cluster Ray (vazio: esta máquina sem Ray; auto ou ray://host:10001)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="111"/>
        <source>Bands shown as red, green, blue (e.g. 4,3,2; empty: the raster&apos;s own)</source>
        <translation>Bandas mostradas como vermelho, verde, azul (ex.: 4,3,2; vazio: as do raster)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="234"/>
        <source>{error}
The output holds the polygons found before the failure.</source>
        <translation>{error}
A saída contém os polígonos encontrados antes da falha.</translation>
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
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="118"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="120"/>
        <source>Empty: results go to temporary layers in the project</source>
        <translation>Vazio: os resultados vão para camadas temporárias do projeto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="122"/>
        <source>Keep the model in memory between runs</source>
        <translation>Manter o modelo na memória entre execuções</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="149"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="150"/>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="151"/>
        <source>Default model</source>
        <translation>Modelo padrão</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="152"/>
        <source>Checkpoint folders</source>
        <translation>Pastas de checkpoints</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="153"/>
        <source>Largest view read at full resolution</source>
        <translation>Maior vista lida em resolução total</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="154"/>
        <source>Mask threshold</source>
        <translation>Limiar da máscara</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="155"/>
        <source>Smallest polygon</source>
        <translation>Menor polígono</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="156"/>
        <source>Simplification tolerance</source>
        <translation>Tolerância de simplificação</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="157"/>
        <source>Save results in GeoPackage</source>
        <translation>Salvar resultados num GeoPackage</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="221"/>
        <source>Choose a checkpoint folder (with config.json)</source>
        <translation>Escolha uma pasta de checkpoint (com config.json)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="73"/>
        <source>bfloat16 everywhere (less memory)</source>
        <translation>bfloat16 em tudo (menos memória)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="131"/>
        <source>Choose environment…</source>
        <translation>Escolher ambiente…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="132"/>
        <source>A virtual or conda environment that has the model packages</source>
        <translation>Um ambiente virtual ou conda que tenha os pacotes dos modelos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="134"/>
        <source>Use the installer&apos;s environment</source>
        <translation>Usar o ambiente do instalador</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="136"/>
        <source>Reinstall…</source>
        <translation>Reinstalar…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="159"/>
        <source>Model environment</source>
        <translation>Ambiente dos modelos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="174"/>
        <source>Asking the environment for its versions…</source>
        <translation>Consultando as versões do ambiente…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="188"/>
        <source>Choose the folder of a Python environment (venv or conda) with the model packages</source>
        <translation>Escolha a pasta de um ambiente Python (venv ou conda) com os pacotes dos modelos</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/canvas.py" line="76"/>
        <source>pick a raster layer: segmentation needs imagery</source>
        <translation>escolha uma camada raster: a segmentação precisa de imagens</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/canvas.py" line="94"/>
        <source>the visible extent does not intersect the raster; pan or zoom to it</source>
        <translation>a extensão visível não cruza o raster; mova ou aproxime o zoom até ele</translation>
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
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="199"/>
        <source>Loading {model} on {device}…</source>
        <translation>Carregando {model} em {device}…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="209"/>
        <source>{model} is ready on {device}</source>
        <translation>{model} está pronto em {device}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="163"/>
        <source>Reading the raster…</source>
        <translation>Lendo o raster…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="264"/>
        <source>read at 1/{factor:.1f} resolution to fit the size limit</source>
        <translation>lido a 1/{factor:.1f} da resolução para respeitar o limite de tamanho</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="273"/>
        <source>bands {shown} shown as red, green, blue (the raster&apos;s own are {own})</source>
        <translation>bandas {shown} exibidas como vermelho, verde, azul (as do próprio raster são {own})</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="173"/>
        <source>Loading {model}…</source>
        <translation>Carregando {model}…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="186"/>
        <source>the model sees this view at 1/{factor:.1f} of its resolution ({side} px); zoom in for small objects, or run the Processing algorithm, which works at native resolution</source>
        <translation>o modelo vê esta vista a 1/{factor:.1f} de sua resolução ({side} px); aproxime o zoom para objetos pequenos ou execute o algoritmo do Processing, que trabalha na resolução nativa</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="193"/>
        <source>Encoding the image…</source>
        <translation>Codificando a imagem…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="194"/>
        <source>Reusing the image encoding…</source>
        <translation>Reutilizando a codificação da imagem…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="201"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="250"/>
        <source>the GPU ran out of memory; this run used the CPU</source>
        <translation>a GPU ficou sem memória; esta execução usou a CPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="253"/>
        <source>GPU out of memory: retrying on the CPU…</source>
        <translation>GPU sem memória: tentando novamente na CPU…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="66"/>
        <source>Looking for the described objects…</source>
        <translation>Procurando os objetos descritos…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="48"/>
        <source>bands must be three band numbers for red, green and blue, e.g. 4,3,2, not &apos;{text}&apos;</source>
        <translation>as bandas devem ser três números de banda para vermelho, verde e azul, p. ex. 4,3,2, não '{text}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="101"/>
        <source>{name} has no coordinate reference system, so its polygons could not be placed on the map or measured; assign one first (QGIS: Raster ▸ Projections ▸ Assign Projection; or gdal_edit.py -a_srs EPSG:&lt;code&gt;)</source>
        <translation>{name} não tem sistema de referência de coordenadas, então seus polígonos não poderiam ser posicionados no mapa nem medidos; atribua um primeiro (QGIS: Raster ▸ Projeções ▸ Atribuir projeção; ou gdal_edit.py -a_srs EPSG:&lt;code&gt;)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="126"/>
        <source>the extent does not intersect the raster; pan to the raster&apos;s area</source>
        <translation>a extensão não cruza o raster; mova para a área do raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="142"/>
        <source>band {band} requested, but the raster has {count} band(s)</source>
        <translation>banda {band} solicitada, mas o raster tem {count} banda(s)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="31"/>
        <source>the description is empty: type what to segment, e.g. &apos;the white tanks&apos;</source>
        <translation>a descrição está vazia: digite o que segmentar, p. ex. 'os tanques brancos'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="36"/>
        <source>the description has {length} characters; keep it under {limit}</source>
        <translation>a descrição tem {length} caracteres; mantenha abaixo de {limit}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="169"/>
        <source>the view holds no valid pixels (only nodata): pan to where the raster has data</source>
        <translation>a vista não contém pixels válidos (apenas nodata): mova para onde o raster tem dados</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/client/process.py" line="97"/>
        <source>another run</source>
        <translation>outra execução</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/client/process.py" line="98"/>
        <source>Waiting for {holder} to finish…</source>
        <translation>Aguardando o fim de {holder}…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/client/process.py" line="261"/>
        <source>the panel&apos;s run</source>
        <translation>a execução do painel</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="28"/>
        <source>a Processing run</source>
        <translation>uma execução do Processing</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="116"/>
        <source>the extent&apos;s coordinates must be finite numbers, not {bounds}</source>
        <translation>as coordenadas da extensão devem ser números finitos, não {bounds}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/referring.py" line="68"/>
        <source>understood as: {program}</source>
        <translation>entendido como: {program}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="88"/>
        <source>no &apos;{what}&apos; was found</source>
        <translation>nenhum '{what}' encontrado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="102"/>
        <source>colours were not checked: no image pixels were given</source>
        <translation>as cores não foram verificadas: nenhum pixel de imagem foi dado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="114"/>
        <source>shapes were not checked: no outline was given for {count} of the &apos;{what}&apos;</source>
        <translation>as formas não foram verificadas: nenhum contorno foi dado para {count} dos '{what}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="123"/>
        <source>no &apos;{what}&apos; was found, so &apos;{relation}&apos; was not applied</source>
        <translation>nenhum '{what}' encontrado, por isso '{relation}' não foi aplicado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="129"/>
        <source>the view has no metric georeferencing: a distance in metres was read as near</source>
        <translation>a vista não tem georreferenciação métrica: uma distância em metros foi lida como «perto»</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="146"/>
        <source>&apos;{order}&apos; needs an anchor that was not found; ordered by match</source>
        <translation>'{order}' precisa de um objeto de referência que não foi encontrado; ordenado por correspondência</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="155"/>
        <source>there are only {count} &apos;{what}&apos; to count {rank} along</source>
        <translation>só há {count} '{what}' para contar até {rank}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="160"/>
        <source>{asked} were asked for, {found} found</source>
        <translation>foram pedidos {asked}, encontrados {found}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/referring.py" line="44"/>
        <source>&apos;{phrase}&apos; is the layer &apos;{layer}&apos; ({count} features)</source>
        <translation>'{phrase}' é a camada '{layer}' ({count} feições)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="31"/>
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
        <location filename="../rrsis_qgis/model_process/clicks.py" line="90"/>
        <source>the click at {point} cannot be placed on the raster&apos;s coordinate reference system: check that x (easting or longitude) comes first and that the clicks&apos; CRS is the one meant</source>
        <translation>o clique em {point} não pode ser posicionado no sistema de referência de coordenadas do raster: verifique se x (coordenada este ou longitude) vem primeiro e se o SRC dos cliques é o pretendido</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/tiled_run.py" line="21"/>
        <source>the raster holds no valid pixels where it was searched (only nodata): choose an extent where it has data</source>
        <translation>o raster não tem pixels válidos onde foi pesquisado (apenas nodata): escolha uma extensão onde ele tenha dados</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/models/rs2sam2/predictor.py" line="38"/>
        <source>{model} takes clicks on a result of its own: segment this view by text first, then refine</source>
        <translation>{model} aceita cliques sobre um resultado próprio: segmente primeiro esta vista por texto e depois refine</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="228"/>
        <source>click on the object or drag a box around it</source>
        <translation>clique no objeto ou arraste um retângulo à volta dele</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="57"/>
        <source>{model} cannot take clicks (it has no SAM decoder to prompt here); choose a PSLG-SAM, SAM3, RSRefSeg or RS2-SAM2 model</source>
        <translation>{model} não aceita cliques (aqui não tem decodificador SAM); escolha um modelo PSLG-SAM, SAM3, RSRefSeg ou RS2-SAM2</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/models/sam3_text/predictor.py" line="136"/>
        <source>{model} cannot take clicks: its SAM3 folder holds the detector alone (Sam3Model); facebook/sam3 as published (Sam3VideoModel) has the tracker that takes them</source>
        <translation>{model} não aceita cliques: a sua pasta SAM3 tem só o detector (Sam3Model); facebook/sam3 como publicado (Sam3VideoModel) tem o rastreador que os aceita</translation>
    </message>
    <message>
        <source>&apos;{expression}&apos; was read on each tile alone: its {parts} apply within each tile, not to the whole raster</source>
        <translation>'{expression}' foi lida em cada tile separadamente: {parts} valem dentro de cada tile, não para o raster inteiro</translation>
    </message>
    <message>
        <source>Tile {finished} of {planned}</source>
        <translation>Tile {finished} de {planned}</translation>
    </message>
    <message>
        <source>count</source>
        <translation>número</translation>
    </message>
    <message>
        <source>position</source>
        <translation>posição</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ordem</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamanho</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>relações</translation>
    </message>
    <message>
        <source>the coordinate reference system of the extent and the clicks cannot be transformed to the raster&apos;s: PROJ knows no operation between them; give them in the raster&apos;s CRS</source>
        <translation>o sistema de referência de coordenadas da extensão e dos cliques não pode ser transformado no do raster: o PROJ não conhece nenhuma operação entre eles; indique-os no SRC do raster</translation>
    </message>
    <message>
        <source>colours were not checked for {count} of the &apos;{what}&apos;: no pixel of the image lies under them</source>
        <translation>as cores não foram verificadas para {count} dos '{what}': nenhum pixel da imagem fica sob eles</translation>
    </message>
    <message>
        <source>the extent {bounds} lies outside the range of its coordinate reference system: give one inside it</source>
        <translation>a extensão {bounds} está fora do alcance do seu sistema de referência de coordenadas: indique uma dentro dele</translation>
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
        <translation>GPU da Apple (MPS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="118"/>
        <source>no GPU found, models run on the CPU</source>
        <translation>nenhuma GPU encontrada, os modelos rodam na CPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="119"/>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="120"/>
        <source>Python {python} · torch {torch} · {device}</source>
        <translation>Python {python} · torch {torch} · {device}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="129"/>
        <source>{path} (set by {variable})</source>
        <translation>{path} (definido por {variable})</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="134"/>
        <source>The environment the installer makes: {folder}</source>
        <translation>O ambiente que o instalador cria: {folder}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="61"/>
        <source>The models' Python environment is not installed yet. Click 'Install dependencies…', or choose an environment that has the model packages in the settings.</source>
        <translation>O ambiente Python dos modelos ainda não está instalado. Clique em «Instalar dependências…» ou escolha nas configurações um ambiente que tenha os pacotes dos modelos.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="67"/>
        <source>The model packages are missing: {packages}. Click 'Install dependencies…', or choose a Python environment that has them in the settings.</source>
        <translation>Faltam pacotes dos modelos: {packages}. Clique em «Instalar dependências…» ou escolha nas configurações um ambiente Python que os tenha.</translation>
    </message>
</context>
<context>
    <name>anchors</name>
    <message>
        <source>&apos;{layer}&apos; has over {count} features near the view: the first {count} stand for &apos;{phrase}&apos;</source>
        <translation>'{layer}' tem mais de {count} feições perto da vista: as primeiras {count} representam '{phrase}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/anchors.py" line="134"/>
        <source>&apos;{layer}&apos; has no coordinate reference system, so it is not used: &apos;{phrase}&apos; is looked for in the image</source>
        <translation>'{layer}' não tem sistema de referência de coordenadas, então não é usada: '{phrase}' é procurado na imagem</translation>
    </message>
</context>
</TS>
