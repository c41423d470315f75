<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>InstallerDialog</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="54"/>
        <source>Install the segmentation models&apos; Python packages</source>
        <translation>Instalar os pacotes Python dos modelos de segmentação</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="59"/>
        <source>CPU only</source>
        <translation>Somente CPU</translation>
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
        <translation>Os pacotes vão para {folder}; as bibliotecas do próprio QGIS ficam como estão.</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="90"/>
        <source>Run the models on</source>
        <translation>Executar os modelos em</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="113"/>
        <source>Installing… this downloads up to a few GB and can take minutes.</source>
        <translation>Instalando… isto baixa até alguns GB e pode levar minutos.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="123"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="137"/>
        <source>Installed. The models can be used now.</source>
        <translation>Instalado. Os modelos já podem ser usados.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="140"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="142"/>
        <source>The installation failed; nothing was changed. pip said:
{error}</source>
        <translation>A instalação falhou; nada foi alterado. O pip disse:
{error}</translation>
    </message>
</context>
<context>
    <name>RrsisPlugin</name>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="22"/>
        <source>Text Segmentation (RRSIS)</source>
        <translation>Segmentação por texto (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="56"/>
        <source>Segment objects in a raster from a text description</source>
        <translation>Segmentar objetos de um raster a partir de uma descrição em texto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="62"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
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
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="82"/>
        <source>Rendering '{layer}'…</source>
        <translation>Renderizando “{layer}”…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="119"/>
        <source>Segmenting '{expression}'…</source>
        <translation>Segmentando “{expression}”…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="225"/>
        <source>Cancelled; nothing was added.</source>
        <translation>Cancelado; nada foi adicionado.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="128"/>
        <source>Cancelling after the current step…</source>
        <translation>Cancelando após a etapa atual…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="191"/>
        <source>Nothing found for &apos;{expression}&apos;.</source>
        <translation>Nada encontrado para “{expression}”.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="200"/>
        <source>{reason}; the result stays in a temporary layer</source>
        <translation>{reason}; o resultado fica numa camada temporária</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="206"/>
        <source>{count} polygon(s) for &apos;{expression}&apos; (score {score:.2f}, {ms:.0f} ms)</source>
        <translation>{count} polígono(s) para “{expression}” (pontuação {score:.2f}, {ms:.0f} ms)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="279"/>
        <source>Text segmentation</source>
        <translation>Segmentação por texto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="261"/>
        <source>That result layer was removed from the project.</source>
        <translation>Essa camada de resultado foi removida do projeto.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="241"/>
        <source>Choose a checkpoint folder (with config.json)</source>
        <translation>Escolha uma pasta de checkpoint (com config.json)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="250"/>
        <source>{folder} is not a checkpoint folder: it has no config.json</source>
        <translation>{folder} não é uma pasta de checkpoint: não tem config.json</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="263"/>
        <source>Export result</source>
        <translation>Exportar resultado</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="273"/>
        <source>Export failed: {reason}</source>
        <translation>A exportação falhou: {reason}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="275"/>
        <source>Saved {path}</source>
        <translation>{path} salvo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="58"/>
        <source>Stopping the previous run; '{expression}' follows…</source>
        <translation>Parando a execução anterior; segue '{expression}'…</translation>
    </message>
</context>
<context>
    <name>SegmentDock</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="60"/>
        <source>Text Segmentation (RRSIS)</source>
        <translation>Segmentação por texto (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="64"/>
        <source>e.g. the two round white tanks north of the road</source>
        <translation>p. ex. os dois tanques redondos brancos ao norte da estrada</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="76"/>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="77"/>
        <source>Add a trained checkpoint folder to the model list</source>
        <translation>Adicionar uma pasta de checkpoint treinado à lista de modelos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="79"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="80"/>
        <source>Device, precision, checkpoint folders, output and more</source>
        <translation>Dispositivo, precisão, pastas de checkpoints, saída e mais</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="86"/>
        <source>Segment</source>
        <translation>Segmentar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="87"/>
        <source>Segment the visible extent of the raster layer</source>
        <translation>Segmentar a extensão visível da camada raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="89"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="105"/>
        <source>Expression</source>
        <translation>Expressão</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="105"/>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="105"/>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="117"/>
        <source>Zoom to</source>
        <translation>Zoom para</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="119"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="120"/>
        <source>Save the selected result as Shapefile, GeoPackage or GeoJSON</source>
        <translation>Salvar o resultado selecionado como Shapefile, GeoPackage ou GeoJSON</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="124"/>
        <source>Describe</source>
        <translation>Descrever</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="125"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="126"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="211"/>
        <source>Select a result in the list first.</source>
        <translation>Selecione primeiro um resultado na lista.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="226"/>
        <source>Type a description of the objects to segment first.</source>
        <translation>Digite primeiro uma descrição dos objetos a segmentar.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="229"/>
        <source>Add a raster layer to the project and pick it first.</source>
        <translation>Adicione primeiro uma camada raster ao projeto e selecione-a.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="93"/>
        <source>Install dependencies…</source>
        <translation>Instalar dependências…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="94"/>
        <source>Install torch, transformers and the rest for QGIS&apos;s Python</source>
        <translation>Instalar torch, transformers e o resto para o Python do QGIS</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="175"/>
        <source>Missing Python packages: {packages}. Click 'Install dependencies…', or install them for QGIS's Python with:
{command}</source>
        <translation>Pacotes Python ausentes: {packages}. Clique em “Instalar dependências…” ou instale-os para o Python do QGIS com:
{command}</translation>
    </message>
</context>
<context>
    <name>SegmentRasterByText</name>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="42"/>
        <source>Segment raster by text</source>
        <translation>Segmentar raster por texto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="45"/>
        <source>Finds the objects each expression describes (one expression per line) in a whole raster, an extent of it, or only inside polygons, and writes their outlines with an &apos;expression&apos; field. The raster is processed at native resolution on overlapping tiles; every tile is encoded once for all expressions, and objects crossing tile seams come out as one polygon.</source>
        <translation>Encontra os objetos que cada expressão descreve (uma expressão por linha) num raster inteiro, numa extensão dele ou só dentro de polígonos, e escreve os seus contornos com um campo 'expression'. O raster é processado em resolução total em blocos sobrepostos; cada bloco é codificado uma única vez para todas as expressões, e objetos que cruzam as bordas dos blocos resultam num único polígono.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="53"/>
        <source>Raster layer</source>
        <translation>Camada raster</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="54"/>
        <source>Expressions (one per line)</source>
        <translation>Expressões (uma por linha)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="59"/>
        <source>Model (a listed model name or a checkpoint folder)</source>
        <translation>Modelo (um nome de modelo da lista ou uma pasta de checkpoint)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="64"/>
        <source>Extent</source>
        <translation>Extensão</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="65"/>
        <source>Only inside these polygons</source>
        <translation>Somente dentro destes polígonos</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="74"/>
        <source>Tile size (pixels)</source>
        <translation>Tamanho do bloco (pixels)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="77"/>
        <source>Tile overlap (pixels)</source>
        <translation>Sobreposição dos blocos (pixels)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="82"/>
        <source>Mask threshold</source>
        <translation>Limiar da máscara</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="102"/>
        <source>Smallest polygon (pixels)</source>
        <translation>Menor polígono (pixels)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="123"/>
        <source>Segmented polygons</source>
        <translation>Polígonos segmentados</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="141"/>
        <source>Choose a raster layer read from a file (GDAL).</source>
        <translation>Escolha uma camada raster lida de um arquivo (GDAL).</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="149"/>
        <source>Give at least one expression.</source>
        <translation>Informe pelo menos uma expressão.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="223"/>
        <source>Cancelled; the output holds the polygons found so far.</source>
        <translation>Cancelado; a saída contém os polígonos encontrados até agora.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="241"/>
        <source>The polygon layer that limits the search is empty.</source>
        <translation>A camada de polígonos que limita a busca está vazia.</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="92"/>
        <source>Smallest model score kept</source>
        <translation>Menor pontuação do modelo mantida</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="186"/>
        <source>Loading {model} ({device}, {precision})…</source>
        <translation>Carregando {model} ({device}, {precision})…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="181"/>
        <source>{count} tiles of {tile} px with {overlap} px overlap</source>
        <translation>{count} blocos de {tile} px com {overlap} px de sobreposição</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="115"/>
        <source>Ray cluster address (empty: this machine without Ray; auto or ray://host:10001)</source>
        <translation>Endereço do cluster Ray (vazio: esta máquina sem Ray; auto ou ray://host:10001)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="107"/>
        <source>Bands shown as red, green, blue (e.g. 4,3,2; empty: the raster&apos;s own)</source>
        <translation>Bandas mostradas como vermelho, verde, azul (ex.: 4,3,2; vazio: as do raster)</translation>
    </message>
</context>
<context>
    <name>SegmentWorker</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/worker.py" line="43"/>
        <source>The model stopped with an unexpected error, so nothing was added. The details are in the log (View ▸ Panels ▸ Log Messages, tab {tag}); another model or checkpoint may work.</source>
        <translation>O modelo parou com um erro inesperado; nada foi adicionado. Os detalhes estão no registro (Exibir ▸ Painéis ▸ Mensagens de log, aba {tag}); outro modelo ou checkpoint pode funcionar.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="32"/>
        <source>Text Segmentation settings</source>
        <translation>Configurações da segmentação por texto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="37"/>
        <source>Automatic (CUDA GPU, then Apple GPU, then CPU)</source>
        <translation>Automático (GPU CUDA, depois GPU Apple, depois CPU)</translation>
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
        <translation>Automática (bfloat16 numa GPU CUDA)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="48"/>
        <source>float32 everywhere (slower, exact)</source>
        <translation>float32 em tudo (mais lento, exato)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="54"/>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="56"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="73"/>
        <source> megapixels</source>
        <translation> megapixels</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="75"/>
        <source>Larger views are read at a lower resolution (with a notice)</source>
        <translation>Vistas maiores são lidas com resolução menor (com um aviso)</translation>
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
        <translation>Vazio: os resultados vão para camadas temporárias do projeto</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="98"/>
        <source>Keep the model in memory between runs</source>
        <translation>Manter o modelo na memória entre execuções</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="102"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="103"/>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="104"/>
        <source>Default model</source>
        <translation>Modelo padrão</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="105"/>
        <source>Checkpoint folders</source>
        <translation>Pastas de checkpoints</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="106"/>
        <source>Largest view read at full resolution</source>
        <translation>Maior vista lida em resolução total</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="107"/>
        <source>Mask threshold</source>
        <translation>Limiar da máscara</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="108"/>
        <source>Smallest polygon</source>
        <translation>Menor polígono</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="109"/>
        <source>Simplification tolerance</source>
        <translation>Tolerância de simplificação</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="110"/>
        <source>Save results in GeoPackage</source>
        <translation>Salvar resultados num GeoPackage</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="134"/>
        <source>Choose a checkpoint folder (with config.json)</source>
        <translation>Escolha uma pasta de checkpoint (com config.json)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="49"/>
        <source>bfloat16 everywhere (less memory)</source>
        <translation>bfloat16 em tudo (menos memória)</translation>
    </message>
</context>
</TS>
