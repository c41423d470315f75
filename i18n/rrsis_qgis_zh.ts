<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>InstallerDialog</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="51"/>
        <source>Install the segmentation models&apos; Python packages</source>
        <translation>安装分割模型所需的 Python 包</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="60"/>
        <source>CPU only</source>
        <translation>仅 CPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="60"/>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>NVIDIA GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="60"/>
        <source>Apple GPU (MPS)</source>
        <translation>Apple GPU (MPS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="78"/>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="80"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="83"/>
        <source>Copy log</source>
        <translation>复制日志</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="87"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="91"/>
        <source>Run the models on</source>
        <translation>模型运行于</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="114"/>
        <source>Installing… this downloads up to a few GB and can take minutes.</source>
        <translation>正在安装… 需下载最多数 GB，可能需要几分钟。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="124"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="140"/>
        <source>Installed. The models can be used now.</source>
        <translation>已安装。现在可以使用模型了。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="143"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="145"/>
        <source>The installation failed; nothing was changed. pip said:
{error}</source>
        <translation>安装失败；未做任何更改。pip 的输出：
{error}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/installer.py" line="72"/>
        <source>The models&apos; environment is made in {folder}; QGIS&apos;s own Python is left as it is.</source>
        <translation>模型环境将创建在 {folder}；QGIS 自带的 Python 保持不变。</translation>
    </message>
</context>
<context>
    <name>RefineSession</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="256"/>
        <source>Refining &apos;{expression}&apos;</source>
        <translation>正在细化“{expression}”</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="256"/>
        <source>Segmenting what you click</source>
        <translation>分割您点击的对象</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="261"/>
        <source>clicks go to {model} on the visible part of &apos;{layer}&apos;. Click on the object, right-click (or Shift+click) off it, drag a box; Ctrl+Z undoes, Enter accepts, Esc cancels.</source>
        <translation>点击交给 {model}，作用于“{layer}”的可见部分。左键点击对象，右键（或 Shift+点击）点击对象以外，拖动画框；Ctrl+Z 撤销，Enter 接受，Esc 取消。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="382"/>
        <source>Still segmenting the last click; accept when it shows.</source>
        <translation>仍在分割最后一次点击；显示后再接受。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="396"/>
        <source>Nothing to accept: click on an object first.</source>
        <translation>没有可接受的结果：请先点击一个对象。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="401"/>
        <source>Clicked objects</source>
        <translation>点击的对象</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="411"/>
        <source>Refining cancelled; nothing was changed.</source>
        <translation>已取消细化；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="368"/>
        <source>Preview: score {score:.2f}; Enter accepts, Esc cancels</source>
        <translation>预览：得分 {score:.2f}；Enter 接受，Esc 取消</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="390"/>
        <source>Writing the polygons…</source>
        <translation>正在写入多边形…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/refine.py" line="329"/>
        <source>Rendering '{layer}'…</source>
        <translation>正在渲染“{layer}”…</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="83"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="89"/>
        <source>Accept (A)</source>
        <translation>接受（A）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="90"/>
        <source>Reject (R)</source>
        <translation>拒绝（R）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="91"/>
        <source>Refine (F)</source>
        <translation>细化（F）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="92"/>
        <source>Previous (P)</source>
        <translation>上一个（P）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="93"/>
        <source>Skip (S)</source>
        <translation>跳过（S）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="94"/>
        <source>Next (N)</source>
        <translation>下一个（N）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="95"/>
        <source>Save edits</source>
        <translation>保存编辑</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="96"/>
        <source>Write the decisions into the layer&apos;s file (Save Layer Edits)</source>
        <translation>将决定写入图层的文件（保存图层编辑）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="97"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="98"/>
        <source>End the review; it resumes at the first polygon not decided</source>
        <translation>结束审核；下次从第一个未决定的多边形继续</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="147"/>
        <source>Review: {layer}</source>
        <translation>审核：{layer}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="199"/>
        <source>{reviewed} of {total} reviewed, {rejected} rejected</source>
        <translation>已审核 {reviewed} / {total} 个，拒绝 {rejected} 个</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="206"/>
        <source>Accept polygon</source>
        <translation>接受多边形</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="209"/>
        <source>Reject polygon</source>
        <translation>拒绝多边形</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="252"/>
        <source>&apos;{layer}&apos; cannot be edited, so the decision was not written.</source>
        <translation>无法编辑 '{layer}'，因此未写入该决定。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="275"/>
        <source>&apos;{layer}&apos; did not take the decision.</source>
        <translation>'{layer}' 未接受该决定。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="304"/>
        <source>No polygons to review.</source>
        <translation>没有要审核的多边形。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="315"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="315"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="315"/>
        <source>unreviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="318"/>
        <source>Polygon {number} of {total} by doubt: score {score:.2f}</source>
        <translation>按存疑程度排序的第 {number} / {total} 个多边形：得分 {score:.2f}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="323"/>
        <source>agreement {agreement:.2f}</source>
        <translation>一致度 {agreement:.2f}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="326"/>
        <source>Every polygon is decided: Save edits keeps the decisions.</source>
        <translation>所有多边形均已决定：“保存编辑”会保留这些决定。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="356"/>
        <source>Nothing to save.</source>
        <translation>没有需要保存的内容。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="359"/>
        <source>Saved: {counter}.</source>
        <translation>已保存：{counter}。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="361"/>
        <source>&apos;{layer}&apos; could not be saved: {errors}</source>
        <translation>无法保存 '{layer}'：{errors}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="384"/>
        <source>Review stopped: {counter}.</source>
        <translation>审核已停止：{counter}。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/review.py" line="386"/>
        <source>Save Layer Edits keeps the decisions.</source>
        <translation>保存图层编辑以保留这些决定。</translation>
    </message>
</context>
<context>
    <name>RrsisPlugin</name>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="26"/>
        <source>Text Segmentation (RRSIS)</source>
        <translation>文本分割 (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="55"/>
        <source>Segment objects in a raster from a text description</source>
        <translation>根据文本描述分割栅格中的目标</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="61"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/plugin.py" line="65"/>
        <source>Refine with clicks on the map</source>
        <translation>在地图上点击以细化</translation>
    </message>
</context>
<context>
    <name>RrsisProvider</name>
    <message>
        <location filename="../rrsis_qgis/processing/provider.py" line="18"/>
        <source>Text segmentation (RRSIS)</source>
        <translation>文本分割 (RRSIS)</translation>
    </message>
</context>
<context>
    <name>SecondOpinions</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="140"/>
        <source>That result layer was removed from the project.</source>
        <translation>该结果图层已从项目中移除。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="74"/>
        <source>Only a described result segmented in this session can be checked: run the description again, then check it.</source>
        <translation>只能核查本次会话中按描述分割得到的结果：请重新运行该描述，然后再核查。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="82"/>
        <source>A check with another model is under way; wait for it to end.</source>
        <translation>用另一模型进行的核查正在进行；请等待其结束。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="99"/>
        <source>Checking '{layer}' with {model}…</source>
        <translation>正在用 {model} 核查“{layer}”…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="162"/>
        <source>Text segmentation</source>
        <translation>文本分割</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="134"/>
        <source>Check cancelled; nothing was written.</source>
        <translation>已取消核查；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="142"/>
        <source>Check with {model}</source>
        <translation>用 {model} 核查</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="145"/>
        <source>&apos;{layer}&apos; did not take the check; it is unchanged.</source>
        <translation>'{layer}' 未接受核查结果；图层未更改。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="151"/>
        <source>Checked with {model}: agreement {mean:.2f} on average, {low} of {count} polygon(s) below 0.5; {suggested} suggestion(s) added. Ctrl+Z undoes it, Save Layer Edits keeps it.</source>
        <translation>已用 {model} 核查：平均一致度 {mean:.2f}，{count} 个多边形中有 {low} 个低于 0.5；新增 {suggested} 条建议。Ctrl+Z 撤销，保存图层编辑以保留。</translation>
    </message>
</context>
<context>
    <name>SegmentController</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="114"/>
        <source>Rendering '{layer}'…</source>
        <translation>正在渲染“{layer}”…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="160"/>
        <source>Segmenting '{expression}'…</source>
        <translation>正在分割“{expression}”…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="415"/>
        <source>Cancelled; nothing was added.</source>
        <translation>已取消；未添加任何内容。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="169"/>
        <source>Cancelling after the current step…</source>
        <translation>将在当前步骤后取消…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="240"/>
        <source>Nothing found for &apos;{expression}&apos;.</source>
        <translation>未找到“{expression}”。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="256"/>
        <source>{reason}; the result stays in a temporary layer</source>
        <translation>{reason}；结果保留在临时图层中</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="273"/>
        <source>{count} polygon(s) for &apos;{expression}&apos; (score {score:.2f}, {ms:.0f} ms)</source>
        <translation>“{expression}”得到 {count} 个多边形（得分 {score:.2f}，{ms:.0f} 毫秒）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="483"/>
        <source>Text segmentation</source>
        <translation>文本分割</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="451"/>
        <source>That result layer was removed from the project.</source>
        <translation>该结果图层已从项目中移除。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="431"/>
        <source>Choose a checkpoint folder (with config.json)</source>
        <translation>选择检查点文件夹（含 config.json）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="440"/>
        <source>{folder} is not a checkpoint folder: it has no config.json</source>
        <translation>{folder} 不是检查点文件夹：缺少 config.json</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="453"/>
        <source>Export result</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="477"/>
        <source>Export failed: {reason}</source>
        <translation>导出失败：{reason}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="479"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="90"/>
        <source>Stopping the previous run; '{expression}' follows…</source>
        <translation>正在停止上一次运行；接下来是“{expression}”…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="371"/>
        <source>&apos;{layer}&apos; cannot be edited, so the refinement was not written.</source>
        <translation>无法编辑 '{layer}'，因此未写入细化结果。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="377"/>
        <source>Refine by hand</source>
        <translation>手动细化</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="392"/>
        <source>&apos;{layer}&apos; did not take the refinement; it is unchanged.</source>
        <translation>'{layer}' 未接受细化结果；图层未更改。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="399"/>
        <source>The result in &apos;{layer}&apos; was refined by hand: Ctrl+Z undoes it, Save Layer Edits keeps it.</source>
        <translation>'{layer}' 中的结果已手动细化：Ctrl+Z 撤销，保存图层编辑以保留。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="334"/>
        <source>Select a result in the list, or make a layer of results the active layer, to review it.</source>
        <translation>请在列表中选择一个结果，或将一个结果图层设为当前图层，以便审核。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="341"/>
        <source>&apos;{layer}&apos; has no polygons to review.</source>
        <translation>'{layer}' 没有可审核的多边形。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="347"/>
        <source>Reviewing &apos;{layer}&apos;: A accepts, R rejects, F refines, N and P move, S skips.</source>
        <translation>正在审核“{layer}”：A 接受，R 拒绝，F 细化，N 和 P 前后移动，S 跳过。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/controller.py" line="468"/>
        <source>No polygon of &apos;{layer}&apos; is accepted: review it first, or export them all.</source>
        <translation>'{layer}' 中没有已接受的多边形：请先审核，或全部导出。</translation>
    </message>
</context>
<context>
    <name>SegmentDock</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="77"/>
        <source>Text Segmentation (RRSIS)</source>
        <translation>文本分割 (RRSIS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="81"/>
        <source>e.g. the two round white tanks north of the road</source>
        <translation>例如：道路北侧的两个白色圆形油罐</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="103"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="104"/>
        <source>Add a trained checkpoint folder to the model list</source>
        <translation>将已训练的检查点文件夹加入模型列表</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="106"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="107"/>
        <source>Device, precision, checkpoint folders, output and more</source>
        <translation>设备、精度、检查点文件夹、输出等</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="113"/>
        <source>Segment</source>
        <translation>分割</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="114"/>
        <source>Segment the visible extent of the raster layer</source>
        <translation>分割栅格图层的可见范围</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="116"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="143"/>
        <source>Expression</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="143"/>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="143"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="155"/>
        <source>Zoom to</source>
        <translation>缩放至</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="157"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="158"/>
        <source>Save the selected result as Shapefile, GeoPackage or GeoJSON</source>
        <translation>将所选结果保存为 Shapefile、GeoPackage 或 GeoJSON</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="181"/>
        <source>Describe</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="183"/>
        <source>Raster</source>
        <translation>栅格</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="184"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="350"/>
        <source>Select a result in the list first.</source>
        <translation>请先在列表中选择一个结果。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="388"/>
        <source>Type a description of the objects to segment first.</source>
        <translation>请先输入要分割目标的描述。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="391"/>
        <source>Add a raster layer to the project and pick it first.</source>
        <translation>请先向项目添加栅格图层并选中它。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="129"/>
        <source>Install dependencies…</source>
        <translation>安装依赖…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="130"/>
        <source>Install torch, transformers and the rest into the models&apos; own environment</source>
        <translation>将 torch、transformers 等安装到模型专用环境中</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="231"/>
        <source>Read as: {program}</source>
        <translation>解读为：{program}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="254"/>
        <source>Not understood: the whole description goes to the detector as it is.</source>
        <translation>未能理解：整段描述原样交给检测器。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="233"/>
        <source>{phrase}: the layer &apos;{layer}&apos;</source>
        <translation>{phrase}：图层 '{layer}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="119"/>
        <source>Refine</source>
        <translation>细化</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="121"/>
        <source>Correct the selected result with clicks on the map, or segment what you click when no result is selected (Ctrl+Alt+R)</source>
        <translation>用地图上的点击修正所选结果；未选结果时，分割您点击的对象（Ctrl+Alt+R）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="160"/>
        <source>Accepted only</source>
        <translation>仅已接受</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="161"/>
        <source>Export only the polygons accepted in a review</source>
        <translation>仅导出审核中已接受的多边形</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="162"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="163"/>
        <source>Accept or reject the polygons of the selected result (else of the active layer), the most doubtful first: A accepts, R rejects, F refines, N and P move, S skips</source>
        <translation>接受或拒绝所选结果（未选时为当前图层）的多边形，最存疑的优先：A 接受，R 拒绝，F 细化，N 和 P 前后移动，S 跳过</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="170"/>
        <source>Check…</source>
        <translation>核查…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="171"/>
        <source>Check the selected result with another model on the same view: each polygon gets its agreement (IoU) with the other model&apos;s, and what only the other model finds is added as suggestions</source>
        <translation>在同一视图上用另一模型核查所选结果：每个多边形获得与另一模型多边形的一致度（IoU），只有另一模型找到的对象作为建议添加</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="249"/>
        <source>Words not understood: {words}. They are not applied: rephrase them, or check the result.</source>
        <translation>未理解的词：{words}。它们不会被应用：请换一种说法，或检查结果。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="354"/>
        <source>A result of clicks alone has no description for another model to check.</source>
        <translation>仅由点击得到的结果没有描述，无法交给另一模型核查。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="359"/>
        <source>Check with another model</source>
        <translation>用另一模型核查</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="359"/>
        <source>The same description on the same view, run by:</source>
        <translation>同一描述、同一视图，由以下模型运行：</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="245"/>
        <source>Not judged: {words}. They are not applied: what is kept fits the rest, check it.</source>
        <translation>未判断：{words}。这些不会被应用：保留的结果符合其余条件，请检查。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/dock.py" line="237"/>
        <source>Typing slips read as: {words}. If a word meant something else, retype it.</source>
        <translation>输入错误按以下理解：{words}。如果某个词另有所指，请重新输入。</translation>
    </message>
</context>
<context>
    <name>SegmentRasterByText</name>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="50"/>
        <source>Segment raster by text</source>
        <translation>按文本分割栅格</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="64"/>
        <source>Raster layer</source>
        <translation>栅格图层</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="65"/>
        <source>Expressions (one per line)</source>
        <translation>描述（每行一条）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="70"/>
        <source>Model (a listed model name or a checkpoint folder)</source>
        <translation>模型（列表中的模型名称或检查点文件夹）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="75"/>
        <source>Extent</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="76"/>
        <source>Only inside these polygons</source>
        <translation>仅在这些多边形内</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="85"/>
        <source>Tile size (pixels)</source>
        <translation>瓦片大小（像素）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="88"/>
        <source>Tile overlap (pixels)</source>
        <translation>瓦片重叠（像素）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="93"/>
        <source>Mask threshold</source>
        <translation>掩膜阈值</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="113"/>
        <source>Smallest polygon (pixels)</source>
        <translation>最小多边形（像素）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="152"/>
        <source>Segmented polygons</source>
        <translation>分割得到的多边形</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="181"/>
        <source>Choose a raster layer read from a file (GDAL).</source>
        <translation>请选择从文件读取的栅格图层（GDAL）。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="184"/>
        <source>Give at least one expression.</source>
        <translation>请至少给出一条描述。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="289"/>
        <source>Cancelled; the output holds the polygons found so far.</source>
        <translation>已取消；输出包含目前找到的多边形。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="343"/>
        <source>The polygon layer that limits the search is empty.</source>
        <translation>用于限定搜索范围的多边形图层为空。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="103"/>
        <source>Smallest model score kept</source>
        <translation>保留的最低模型得分</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="253"/>
        <source>Loading {model} ({device}, {precision})…</source>
        <translation>正在加载 {model}（{device}，{precision}）…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="248"/>
        <source>{count} tiles of {tile} px with {overlap} px overlap</source>
        <translation>{count} 个 {tile} 像素的图块，重叠 {overlap} 像素</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="144"/>
        <source>Ray cluster address (empty: this machine without Ray; auto or ray://host:10001)</source>
        <translation>Ray 集群地址（留空：本机，不用 Ray；auto 或 ray://host:10001）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="118"/>
        <source>Bands shown as red, green, blue (e.g. 4,3,2; empty: the raster&apos;s own)</source>
        <translation>作为红、绿、蓝显示的波段（例如 4,3,2；留空：栅格自身的）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="299"/>
        <source>{error}
The output holds the polygons found before the failure.</source>
        <translation>{error}
输出包含失败前找到的多边形。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="53"/>
        <source>Finds the objects each expression describes (one expression per line) in a whole raster, an extent of it, or only inside polygons, and writes their outlines with an &apos;expression&apos; field. The raster is processed at native resolution on overlapping tiles; every tile is encoded once for all expressions, and objects crossing tile seams come out as one polygon. A model that reads the expression&apos;s parts (PSLG-SAM, SAM3) judges positions, counts, superlatives and relations over the whole raster or extent, and an anchor that names a vector layer of the project (&apos;north of the road&apos; with a layer Roads) is that layer.</source>
        <translation>在整个栅格、其某一范围或仅在多边形内查找每条描述（每行一条）所指的目标，并写出其轮廓及“expression”字段。栅格以原始分辨率在相互重叠的瓦片上处理；每个瓦片只为所有描述编码一次，跨越瓦片边界的目标会合并为一个多边形。能读懂描述各组成部分的模型（PSLG-SAM、SAM3）在整个栅格或整个范围上判断位置、数量、最高级和关系；参照物若指向项目中的某个矢量图层（如 'north of the road' 且项目中有图层 Roads），即使用该图层。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="126"/>
        <source>Outlines that look like the objects (right-angled buildings, round tanks, smooth ponds)</source>
        <translation>贴合对象形状的轮廓（直角建筑、圆形储罐、边缘平滑的池塘）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="135"/>
        <source>Their tolerance (metres on the ground)</source>
        <translation>其容差（地面米数）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="157"/>
        <source>Traced outlines (before they were shaped; only with the option above)</source>
        <translation>描出的原始轮廓（整形之前；仅在启用上方选项时）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="227"/>
        <source>Cancelled before any tile ran.</source>
        <translation>在处理任何图块之前已取消。</translation>
    </message>
</context>
<context>
    <name>SegmentTask</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/segment_task.py" line="29"/>
        <source>Segmenting &apos;{expression}&apos;</source>
        <translation>正在分割“{expression}”</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/segment_task.py" line="33"/>
        <source>Segmenting what was clicked</source>
        <translation>正在分割点击的对象</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="56"/>
        <source>Text Segmentation settings</source>
        <translation>文本分割设置</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="61"/>
        <source>Automatic (CUDA GPU, then Apple GPU, then CPU)</source>
        <translation>自动（依次为 CUDA GPU、Apple GPU、CPU）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="61"/>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="61"/>
        <source>Apple GPU (MPS)</source>
        <translation>Apple GPU (MPS)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="61"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="71"/>
        <source>Automatic (bfloat16 on a CUDA GPU)</source>
        <translation>自动（CUDA GPU 上使用 bfloat16）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="72"/>
        <source>float32 everywhere (slower, exact)</source>
        <translation>全部使用 float32（较慢，精确）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="78"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="80"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="97"/>
        <source> megapixels</source>
        <translation> 百万像素</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="99"/>
        <source>Larger views are read at a lower resolution (with a notice)</source>
        <translation>更大的视图将以较低分辨率读取（并给出提示）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="113"/>
        <source> pixels</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="133"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="135"/>
        <source>Empty: results go to temporary layers in the project</source>
        <translation>留空：结果写入项目中的临时图层</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="137"/>
        <source>Keep the model in memory between runs</source>
        <translation>在多次运行之间将模型保留在内存中</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="164"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="165"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="166"/>
        <source>Default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="167"/>
        <source>Checkpoint folders</source>
        <translation>检查点文件夹</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="168"/>
        <source>Largest view read at full resolution</source>
        <translation>以全分辨率读取的最大视图</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="169"/>
        <source>Mask threshold</source>
        <translation>掩膜阈值</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="170"/>
        <source>Smallest polygon</source>
        <translation>最小多边形</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="171"/>
        <source>Simplification tolerance</source>
        <translation>简化容差</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="174"/>
        <source>Save results in GeoPackage</source>
        <translation>将结果保存到 GeoPackage</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="238"/>
        <source>Choose a checkpoint folder (with config.json)</source>
        <translation>选择检查点文件夹（含 config.json）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="73"/>
        <source>bfloat16 everywhere (less memory)</source>
        <translation>全部使用 bfloat16（内存更少）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="146"/>
        <source>Choose environment…</source>
        <translation>选择环境…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="147"/>
        <source>A virtual or conda environment that has the model packages</source>
        <translation>包含模型所需软件包的虚拟环境或 conda 环境</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="149"/>
        <source>Use the installer&apos;s environment</source>
        <translation>使用安装程序创建的环境</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="151"/>
        <source>Reinstall…</source>
        <translation>重新安装…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="176"/>
        <source>Model environment</source>
        <translation>模型环境</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="191"/>
        <source>Asking the environment for its versions…</source>
        <translation>正在查询环境的版本…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="205"/>
        <source>Choose the folder of a Python environment (venv or conda) with the model packages</source>
        <translation>选择包含模型软件包的 Python 环境（venv 或 conda）文件夹</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="116"/>
        <source>Outlines that look like the objects</source>
        <translation>贴合对象形状的轮廓</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="117"/>
        <source>Right-angled buildings, round tanks, smooth ponds and fields, from what the description asks for; the traced outlines are kept beside them</source>
        <translation>按描述所要求的对象生成直角建筑、圆形储罐、边缘平滑的池塘和田块；描出的原始轮廓同时保留</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="126"/>
        <source> m on the ground</source>
        <translation> 米（地面）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/settings_dialog.py" line="173"/>
        <source>Their tolerance</source>
        <translation>其容差</translation>
    </message>
</context>
<context>
    <name>anchors</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/anchors.py" line="124"/>
        <source>&apos;{layer}&apos; has over {count} features near the view: the first {count} stand for &apos;{phrase}&apos;</source>
        <translation>'{layer}' 在视图附近有超过 {count} 个要素：只用前 {count} 个代表 '{phrase}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/anchors.py" line="132"/>
        <source>&apos;{layer}&apos; has no coordinate reference system, so it is not used: &apos;{phrase}&apos; is looked for in the image</source>
        <translation>'{layer}' 没有坐标参考系，因此不使用：在图像中查找 '{phrase}'</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/canvas.py" line="91"/>
        <source>pick a raster layer: segmentation needs imagery</source>
        <translation>请选择一个栅格图层：分割需要影像</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/canvas.py" line="109"/>
        <source>the visible extent does not intersect the raster; pan or zoom to it</source>
        <translation>可见范围与栅格不相交；请平移或缩放到栅格</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/canvas.py" line="242"/>
        <source>the rendered view could not be written to {path}: {reason}</source>
        <translation>无法将渲染的视图写入 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>layers</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/layers.py" line="134"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/layers.py" line="135"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/layers.py" line="136"/>
        <source>Not reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/layers.py" line="97"/>
        <source>{name} (traced outlines)</source>
        <translation>{name}（描出的原始轮廓）</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="112"/>
        <source>Fetching {model} from the Hugging Face Hub…</source>
        <translation>正在从 Hugging Face Hub 获取 {model}…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="145"/>
        <source>{model} is available</source>
        <translation>{model} 已可用</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="159"/>
        <source>Downloading {model}: {done:.1f} of {total:.1f} MB</source>
        <translation>正在下载 {model}：{done:.1f} / {total:.1f} MB</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="212"/>
        <source>Loading {model} on {device}…</source>
        <translation>正在 {device} 上加载 {model}…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/model_manager.py" line="224"/>
        <source>{model} is ready on {device}</source>
        <translation>{model} 已在 {device} 上就绪</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="184"/>
        <source>Reading the raster…</source>
        <translation>正在读取栅格…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="281"/>
        <source>read at 1/{factor:.1f} resolution to fit the size limit</source>
        <translation>为符合大小限制，以 1/{factor:.1f} 的分辨率读取</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="290"/>
        <source>bands {shown} shown as red, green, blue (the raster&apos;s own are {own})</source>
        <translation>波段 {shown} 显示为红、绿、蓝（栅格自身的波段为 {own}）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="198"/>
        <source>Loading {model}…</source>
        <translation>正在加载 {model}…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="211"/>
        <source>the model sees this view at 1/{factor:g} of its resolution ({side} px); zoom in for small objects, or run the Processing algorithm, which works at native resolution</source>
        <translation>模型以其分辨率的 1/{factor:g}（{side} px）查看此视图；小目标请放大，或运行以原始分辨率工作的 Processing 算法</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="216"/>
        <source>Encoding the image…</source>
        <translation>正在编码图像…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="217"/>
        <source>Reusing the image encoding…</source>
        <translation>正在复用图像编码…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="221"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="270"/>
        <source>the GPU ran out of memory; this run used the CPU</source>
        <translation>GPU 内存不足；本次运行使用了 CPU</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="273"/>
        <source>GPU out of memory: retrying on the CPU…</source>
        <translation>GPU 内存不足：正在 CPU 上重试…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="72"/>
        <source>Looking for the described objects…</source>
        <translation>正在查找所描述的对象…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="65"/>
        <source>bands must be three band numbers for red, green and blue, e.g. 4,3,2, not &apos;{text}&apos;</source>
        <translation>波段必须是红、绿、蓝三个波段编号，例如 4,3,2，而不是 '{text}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="179"/>
        <source>{name} has no coordinate reference system, so its polygons could not be placed on the map or measured; assign one first (QGIS: Raster ▸ Projections ▸ Assign Projection; or gdal_edit.py -a_srs EPSG:&lt;code&gt;)</source>
        <translation>{name} 没有坐标参考系，其多边形无法放到地图上或进行量算；请先指定一个（QGIS：栅格 ▸ 投影 ▸ 指定投影；或 gdal_edit.py -a_srs EPSG:&lt;code&gt;）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="204"/>
        <source>the extent does not intersect the raster; pan to the raster&apos;s area</source>
        <translation>范围与栅格不相交；请平移到栅格所在区域</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="220"/>
        <source>band {band} requested, but the raster has {count} band(s)</source>
        <translation>请求了波段 {band}，但该栅格只有 {count} 个波段</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="48"/>
        <source>the description is empty: type what to segment, e.g. &apos;the white tanks&apos;</source>
        <translation>描述为空：请输入要分割的内容，例如“白色的储罐”</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="53"/>
        <source>the description has {length} characters; keep it under {limit}</source>
        <translation>描述有 {length} 个字符；请保持在 {limit} 以内</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="194"/>
        <source>the view holds no valid pixels (only nodata): pan to where the raster has data</source>
        <translation>视图中没有有效像素（只有 nodata）：请平移到栅格有数据的地方</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/client/process.py" line="111"/>
        <source>another run</source>
        <translation>另一次运行</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/client/process.py" line="112"/>
        <source>Waiting for {holder} to finish…</source>
        <translation>正在等待{holder}完成…</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/client/process.py" line="337"/>
        <source>the panel&apos;s run</source>
        <translation>面板的运行</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/processing/segment_raster.py" line="31"/>
        <source>a Processing run</source>
        <translation>一次 Processing 运行</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="194"/>
        <source>the extent&apos;s coordinates must be finite numbers, not {bounds}</source>
        <translation>范围的坐标必须是有限数值，而不是 {bounds}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/referring.py" line="74"/>
        <source>understood as: {program}</source>
        <translation>理解为：{program}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="173"/>
        <source>no &apos;{what}&apos; was found</source>
        <translation>未找到 '{what}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="38"/>
        <source>colours were not checked: no image pixels were given</source>
        <translation>未检查颜色：未提供图像像素</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="43"/>
        <source>shapes were not checked: no outline was given for {count} of the &apos;{what}&apos;</source>
        <translation>未检查形状：{count} 个 '{what}' 未提供轮廓</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="280"/>
        <source>no &apos;{what}&apos; was found, so &apos;{relation}&apos; was not applied</source>
        <translation>未找到 '{what}'，因此未应用 '{relation}'</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="53"/>
        <source>the view has no metric georeferencing: a distance in metres was read as near</source>
        <translation>视图没有米制地理参考：以米表示的距离按“附近”处理</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="323"/>
        <source>&apos;{order}&apos; needs an anchor that was not found; ordered by match</source>
        <translation>'{order}' 需要的参照物未找到；按匹配度排序</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="60"/>
        <source>there are only {count} &apos;{what}&apos; to count {rank} along</source>
        <translation>只有 {count} 个 '{what}'，无法数到第 {rank} 个</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="56"/>
        <source>{asked} were asked for, {found} found</source>
        <translation>要求 {asked} 个，找到 {found} 个</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/whole_raster.py" line="193"/>
        <source>&apos;{phrase}&apos; is the layer &apos;{layer}&apos; ({count} features)</source>
        <translation>'{phrase}' 即图层 '{layer}'（{count} 个要素）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="62"/>
        <source>a click lies outside the view being segmented: pan or zoom so that it is inside</source>
        <translation>有点击位于正在分割的视图之外：请平移或缩放，使其位于视图内</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="27"/>
        <source>click coordinates must be finite numbers, not {coordinates}</source>
        <translation>点击坐标必须是有限数值，而不是 {coordinates}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="61"/>
        <source>a click lies outside the raster: click on its pixels</source>
        <translation>有点击位于栅格之外：请点击栅格的像素</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/clicks.py" line="92"/>
        <source>the click at {point} cannot be placed on the raster&apos;s coordinate reference system: check that x (easting or longitude) comes first and that the clicks&apos; CRS is the one meant</source>
        <translation>位于 {point} 的点击无法放到栅格的坐标参考系中：请检查 x（东坐标或经度）是否在前，以及点击所用的坐标参考系是否正确</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/tiled_run.py" line="22"/>
        <source>the raster holds no valid pixels where it was searched (only nodata): choose an extent where it has data</source>
        <translation>栅格在搜索范围内没有有效像素（只有 nodata）：请选择有数据的范围</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/models/rs2sam2/predictor.py" line="38"/>
        <source>{model} takes clicks on a result of its own: segment this view by text first, then refine</source>
        <translation>{model} 只能在自己的结果上接受点击：请先用文本分割此视图，再进行细化</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/protocol/messages.py" line="269"/>
        <source>click on the object or drag a box around it</source>
        <translation>请点击对象或在其周围拖动画框</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/segmenter.py" line="63"/>
        <source>{model} cannot take clicks (it has no SAM decoder to prompt here); choose a PSLG-SAM, SAM3, RSRefSeg or RS2-SAM2 model</source>
        <translation>{model} 无法接受点击（此处没有可提示的 SAM 解码器）；请选择 PSLG-SAM、SAM3、RSRefSeg 或 RS2-SAM2 模型</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/models/sam3_text/predictor.py" line="138"/>
        <source>{model} cannot take clicks: its SAM3 folder holds the detector alone (Sam3Model); facebook/sam3 as published (Sam3VideoModel) has the tracker that takes them</source>
        <translation>{model} 无法接受点击：其 SAM3 文件夹只有检测器（Sam3Model）；按发布形式的 facebook/sam3（Sam3VideoModel）带有可接受点击的跟踪器</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/tiled_run.py" line="46"/>
        <source>Tile {finished} of {planned}</source>
        <translation>图块 {finished} / {planned}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="115"/>
        <source>the coordinate reference system of the extent and the clicks cannot be transformed to the raster&apos;s: PROJ knows no operation between them; give them in the raster&apos;s CRS</source>
        <translation>范围和点击的坐标参考系无法转换为栅格的坐标参考系：PROJ 不知道二者之间的任何转换操作；请使用栅格的坐标参考系给出它们</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="40"/>
        <source>colours were not checked for {count} of the &apos;{what}&apos;: no pixel of the image lies under them</source>
        <translation>未检查 {count} 个 '{what}' 的颜色：图像中没有位于它们下方的像素</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/model_process/raster.py" line="103"/>
        <source>the extent {bounds} lies outside the range of its coordinate reference system: give one inside it</source>
        <translation>范围 {bounds} 超出其坐标参考系的取值范围：请给出其范围内的范围</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/second_opinion.py" line="40"/>
        <source>the panel&apos;s check with another model</source>
        <translation>面板用另一模型进行的核查</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="57"/>
        <source>no &apos;{what}&apos; is {condition}</source>
        <translation>没有 '{what}' 满足：{condition}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="58"/>
        <source>no &apos;{what}&apos; is {conditions} at once</source>
        <translation>没有 '{what}' 同时满足：{conditions}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="59"/>
        <source>{count} of the &apos;{what}&apos; removed by &apos;{word}&apos;: {conditions}</source>
        <translation>'{word}' 排除了 {count} 个 '{what}'：{conditions}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="15"/>
        <source>white</source>
        <translation>白色</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="16"/>
        <source>black</source>
        <translation>黑色</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="17"/>
        <source>gray</source>
        <translation>灰色</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="18"/>
        <source>red</source>
        <translation>红色</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="19"/>
        <source>green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="20"/>
        <source>blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="21"/>
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="22"/>
        <source>brown</source>
        <translation>棕色</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="23"/>
        <source>orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="24"/>
        <source>purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="25"/>
        <source>pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="26"/>
        <source>cyan</source>
        <translation>青色</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="27"/>
        <source>dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="28"/>
        <source>bright</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="29"/>
        <source>small</source>
        <translation>较小</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="31"/>
        <source>large</source>
        <translation>较大</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="32"/>
        <source>round</source>
        <translation>圆形</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="33"/>
        <source>square</source>
        <translation>方形</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="34"/>
        <source>rectangular</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="35"/>
        <source>long</source>
        <translation>长条形</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="36"/>
        <source>oval</source>
        <translation>椭圆形</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="37"/>
        <source>curved</source>
        <translation>弯曲</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="38"/>
        <source>horizontal</source>
        <translation>水平</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="39"/>
        <source>vertical</source>
        <translation>垂直</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="40"/>
        <source>diagonal</source>
        <translation>斜向</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="42"/>
        <source>cut off by the edge</source>
        <translation>被图像边缘截断</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="46"/>
        <source>on the {place}</source>
        <translation>位于{place}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="48"/>
        <source>top</source>
        <translation>上方</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="49"/>
        <source>bottom</source>
        <translation>下方</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="50"/>
        <source>left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="51"/>
        <source>right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="52"/>
        <source>center</source>
        <translation>中央</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="53"/>
        <source>north</source>
        <translation>北部</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="54"/>
        <source>south</source>
        <translation>南部</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="55"/>
        <source>east</source>
        <translation>东部</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="56"/>
        <source>west</source>
        <translation>西部</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="60"/>
        <source>on the top left</source>
        <translation>位于左上方</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="61"/>
        <source>on the left top</source>
        <translation>位于左上方</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="62"/>
        <source>on the top right</source>
        <translation>位于右上方</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="63"/>
        <source>on the right top</source>
        <translation>位于右上方</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="64"/>
        <source>on the bottom left</source>
        <translation>位于左下方</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="65"/>
        <source>on the left bottom</source>
        <translation>位于左下方</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="66"/>
        <source>on the bottom right</source>
        <translation>位于右下方</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="67"/>
        <source>on the right bottom</source>
        <translation>位于右下方</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="68"/>
        <source>on the north east</source>
        <translation>位于东北部</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="69"/>
        <source>on the east north</source>
        <translation>位于东北部</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="70"/>
        <source>on the north west</source>
        <translation>位于西北部</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="71"/>
        <source>on the west north</source>
        <translation>位于西北部</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="72"/>
        <source>on the south east</source>
        <translation>位于东南部</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="73"/>
        <source>on the east south</source>
        <translation>位于东南部</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="74"/>
        <source>on the south west</source>
        <translation>位于西南部</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="75"/>
        <source>on the west south</source>
        <translation>位于西南部</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="83"/>
        <source>largest</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="84"/>
        <source>smallest</source>
        <translation>最小</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="85"/>
        <source>leftmost</source>
        <translation>最左</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="86"/>
        <source>rightmost</source>
        <translation>最右</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="87"/>
        <source>topmost</source>
        <translation>最上</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="88"/>
        <source>bottommost</source>
        <translation>最下</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="89"/>
        <source>top leftmost</source>
        <translation>最左上</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="90"/>
        <source>top rightmost</source>
        <translation>最右上</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="91"/>
        <source>bottom leftmost</source>
        <translation>最左下</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="92"/>
        <source>bottom rightmost</source>
        <translation>最右下</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="93"/>
        <source>northernmost</source>
        <translation>最北</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="94"/>
        <source>southernmost</source>
        <translation>最南</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="95"/>
        <source>easternmost</source>
        <translation>最东</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="96"/>
        <source>westernmost</source>
        <translation>最西</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="97"/>
        <source>closest</source>
        <translation>最近</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="98"/>
        <source>farthest</source>
        <translation>最远</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="100"/>
        <source>{count} {ordering}</source>
        <translation>{ordering}的{count}个</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="101"/>
        <source>{ordering} #{rank}</source>
        <translation>{ordering}第{rank}个</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="104"/>
        <source>left of {anchor}</source>
        <translation>在{anchor}左侧</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="105"/>
        <source>right of {anchor}</source>
        <translation>在{anchor}右侧</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="106"/>
        <source>above {anchor}</source>
        <translation>在{anchor}上方</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="107"/>
        <source>below {anchor}</source>
        <translation>在{anchor}下方</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="108"/>
        <source>upper left of {anchor}</source>
        <translation>在{anchor}左上方</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="109"/>
        <source>upper right of {anchor}</source>
        <translation>在{anchor}右上方</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="110"/>
        <source>lower left of {anchor}</source>
        <translation>在{anchor}左下方</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="111"/>
        <source>lower right of {anchor}</source>
        <translation>在{anchor}右下方</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="120"/>
        <source>north of {anchor}</source>
        <translation>在{anchor}以北</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="121"/>
        <source>south of {anchor}</source>
        <translation>在{anchor}以南</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="122"/>
        <source>east of {anchor}</source>
        <translation>在{anchor}以东</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="123"/>
        <source>west of {anchor}</source>
        <translation>在{anchor}以西</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="124"/>
        <source>northeast of {anchor}</source>
        <translation>在{anchor}东北方</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="125"/>
        <source>northwest of {anchor}</source>
        <translation>在{anchor}西北方</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="126"/>
        <source>southeast of {anchor}</source>
        <translation>在{anchor}东南方</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="127"/>
        <source>southwest of {anchor}</source>
        <translation>在{anchor}西南方</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="128"/>
        <source>near {anchor}</source>
        <translation>靠近{anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="129"/>
        <source>far from {anchor}</source>
        <translation>远离{anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="130"/>
        <source>between {anchor}</source>
        <translation>在{anchor}之间</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="131"/>
        <source>inside {anchor}</source>
        <translation>在{anchor}内</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="135"/>
        <source>along {anchor}</source>
        <translation>沿着{anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="136"/>
        <source>crossing {anchor}</source>
        <translation>横跨{anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="137"/>
        <source>smaller than {anchor}</source>
        <translation>比{anchor}小</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="138"/>
        <source>larger than {anchor}</source>
        <translation>比{anchor}大</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="139"/>
        <source>similar size to {anchor}</source>
        <translation>与{anchor}大小相近</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="179"/>
        <source>within {distance} m of {anchor}</source>
        <translation>距{anchor} {distance} 米以内</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="180"/>
        <source>{anchor} ({qualities})</source>
        <translation>{anchor}（{qualities}）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="181"/>
        <source>{first} and {second}</source>
        <translation>{first}和{second}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="184"/>
        <source>{first}, {second}</source>
        <translation>{first}、{second}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="185"/>
        <source>{first} {second}</source>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="133"/>
        <source>in the middle of {anchor}</source>
        <translation>在{anchor}中间</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="132"/>
        <source>with {anchor}</source>
        <translation>带有{anchor}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="112"/>
        <source>on the left side of {anchor}</source>
        <translation>在{anchor}左侧</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="113"/>
        <source>on the right side of {anchor}</source>
        <translation>在{anchor}右侧</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="114"/>
        <source>on the top side of {anchor}</source>
        <translation>在{anchor}上侧</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="115"/>
        <source>on the bottom side of {anchor}</source>
        <translation>在{anchor}下侧</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="116"/>
        <source>in the upper left corner of {anchor}</source>
        <translation>在{anchor}左上角</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="117"/>
        <source>in the upper right corner of {anchor}</source>
        <translation>在{anchor}右上角</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="118"/>
        <source>in the lower left corner of {anchor}</source>
        <translation>在{anchor}左下角</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="119"/>
        <source>in the lower right corner of {anchor}</source>
        <translation>在{anchor}右下角</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="43"/>
        <source>heading {way}</source>
        <translation>朝{way}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="50"/>
        <source>&apos;{heading}&apos; was not checked for {count} of the &apos;{what}&apos;: they are about as wide as long</source>
        <translation>未对 {count} 个 '{what}' 检查 '{heading}'：它们长宽相近</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="47"/>
        <source>&apos;{heading}&apos;: judged by the way each &apos;{what}&apos; lies; one picture does not show where it goes</source>
        <translation>'{heading}'：按每个 '{what}' 的朝向判断；单张图像看不出它往哪里走</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="79"/>
        <source>most central</source>
        <translation>最居中</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="57"/>
        <source>edge</source>
        <translation>边缘</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="80"/>
        <source>nearest the edge</source>
        <translation>最靠近边缘</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="30"/>
        <source>medium-sized</source>
        <translation>中等大小</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="142"/>
        <source>&apos;{said}&apos; was not judged ({why}): what is kept fits the rest</source>
        <translation>“{said}”未被判断（{why}）：保留的结果符合其余条件</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="144"/>
        <source>the detector outlines objects, not their shadows</source>
        <translation>检测器勾勒的是物体，而不是它们的阴影</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="145"/>
        <source>the detector outlines whole objects, not their small parts</source>
        <translation>检测器勾勒的是整个物体，而不是其小部件</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="146"/>
        <source>what covers an object is not measured</source>
        <translation>不测量遮挡物体的东西</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="150"/>
        <source>a picture from above does not show height</source>
        <translation>俯视图像无法显示高度</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="151"/>
        <source>how much a comparison holds is not measured, only that it holds</source>
        <translation>只判断比较是否成立，不衡量差多少</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="154"/>
        <source>what is carried, held or pushed is not told apart from its carrier</source>
        <translation>被携带、握持或推动的物体无法与携带者区分</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="81"/>
        <source>in the middle of them</source>
        <translation>位于它们中间</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="82"/>
        <source>at an end of their row</source>
        <translation>位于其所在行的一端</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="147"/>
        <source>one picture does not show movement: a turn, a wake, which way traffic goes</source>
        <translation>单张图像无法显示运动：转弯、尾迹或车流方向</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="157"/>
        <source>what an object is made of is not measured</source>
        <translation>不测量物体的材质</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="161"/>
        <source>how new, busy or full an object is is not measured</source>
        <translation>不测量物体的新旧、繁忙或满空程度</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="162"/>
        <source>what an object is used for is not told apart</source>
        <translation>不区分物体的用途</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="175"/>
        <source>of outlines only round, square, rectangular, oval, long and curved ones are measured</source>
        <translation>轮廓中只测量圆形、方形、矩形、椭圆形、长形和弯曲形</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="63"/>
        <source>which end of the row of &apos;{what}&apos; is meant is not said: both ends are kept, remove the other</source>
        <translation>未说明指的是 '{what}' 这一行的哪一端：两端都保留，请删除另一端</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="163"/>
        <source>which way an object lies or faces beside another is not measured, only that it is by it</source>
        <translation>不测量物体在另一物体旁的朝向，只判断它在其旁边</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="166"/>
        <source>rows are not told apart, so which row is not measured</source>
        <translation>不区分各排，因此不测量是哪一排</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="167"/>
        <source>only nearness to the middle is measured, not on which side of it an object lies</source>
        <translation>只测量离中心的远近，不测量物体位于中心的哪一侧</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="170"/>
        <source>how much lighter or darker an object is than another is not measured</source>
        <translation>不衡量一个物体比另一个亮或暗多少</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="173"/>
        <source>what is said of other objects around it does not pick it out</source>
        <translation>对周围其他物体的描述不用于选出该物体</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="158"/>
        <source>only named colours are measured, not patterns, sheen or many colours</source>
        <translation>只测量有名称的颜色，不测量图案、光泽或多种颜色</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="61"/>
        <source>the {first} &apos;{what}&apos; is not also the {other}: none is both</source>
        <translation>{first}的 '{what}' 并非同时是{other}的：没有同时满足两者的</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/select.py" line="62"/>
        <source>&apos;{order}&apos; needs an anchor that was not found; not checked</source>
        <translation>'{order}' 需要的参照物未找到；未检查</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="134"/>
        <source>near the middle of {anchor}</source>
        <translation>靠近{anchor}中间</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/referring/conditions_said.py" line="174"/>
        <source>what is said of only some of them does not pick any out</source>
        <translation>只对其中一部分所说的话不能挑出任何一个</translation>
    </message>
</context>
<context>
    <name>runtime</name>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="126"/>
        <source>CUDA {cuda}: {gpus}</source>
        <translation>CUDA {cuda}：{gpus}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="130"/>
        <source>Apple GPU (MPS)</source>
        <translation>Apple GPU（MPS）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="132"/>
        <source>no GPU found, models run on the CPU</source>
        <translation>未找到 GPU，模型在 CPU 上运行</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="133"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="134"/>
        <source>Python {python} · torch {torch} · {device}</source>
        <translation>Python {python} · torch {torch} · {device}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="143"/>
        <source>{path} (set by {variable})</source>
        <translation>{path}（由 {variable} 设置）</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="148"/>
        <source>The environment the installer makes: {folder}</source>
        <translation>安装程序创建的环境：{folder}</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="63"/>
        <source>The models' Python environment is not installed yet. Click 'Install dependencies…', or choose an environment that has the model packages in the settings.</source>
        <translation>模型的 Python 环境尚未安装。请点击“安装依赖项…”，或在设置中选择一个包含模型软件包的环境。</translation>
    </message>
    <message>
        <location filename="../rrsis_qgis/qgis_ui/runtime.py" line="69"/>
        <source>The model packages are missing: {packages}. Click 'Install dependencies…', or choose a Python environment that has them in the settings.</source>
        <translation>缺少模型软件包：{packages}。请点击“安装依赖项…”，或在设置中选择一个包含它们的 Python 环境。</translation>
    </message>
</context>
</TS>
