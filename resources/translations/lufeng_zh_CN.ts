<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/objection_dialog.py" line="64"/>
        <source>Answer objection</source>
        <translation>答复异议</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/objection_dialog.py" line="67"/>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/objection_dialog.py" line="68"/>
        <source>Reply due by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/objection_dialog.py" line="77"/>
        <source>Only when passed to the town</source>
        <translation>仅在上报镇（街道）时填写</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/objection_dialog.py" line="78"/>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/objection_dialog.py" line="79"/>
        <source>Reply</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/objection_dialog.py" line="80"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/objection_dialog.py" line="81"/>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/objection_dialog.py" line="82"/>
        <source>Town reference</source>
        <translation>镇（街道）受理编号</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/board_page.py" line="55"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/board_page.py" line="56"/>
        <source>Open matter</source>
        <translation>打开事项</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/board_page.py" line="57"/>
        <source>Print notice</source>
        <translation>打印公告</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/board_page.py" line="99"/>
        <source>Notice board on {0}</source>
        <translation>公开栏（{0}）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/board_page.py" line="100"/>
        <source>Posted now ({0})</source>
        <translation>正在公示（{0}）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/board_page.py" line="101"/>
        <source>Coming down within 3 days ({0})</source>
        <translation>三日内期满（{0}）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/board_page.py" line="102"/>
        <source>Overdue ({0})</source>
        <translation>已逾期（{0}）</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/checklist_editor.py" line="86"/>
        <source>Criterion</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/checklist_editor.py" line="86"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/checklist_editor.py" line="86"/>
        <source>Checked on</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/checklist_editor.py" line="86"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/checklist_editor.py" line="86"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/checklist_editor.py" line="91"/>
        <source>Attach…</source>
        <translation>附加照片…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/checklist_editor.py" line="92"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/checklist_editor.py" line="124"/>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/checklist_editor.py" line="124"/>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>CloseMatterDialog</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="230"/>
        <source>Archive matter</source>
        <translation>事项归档</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="230"/>
        <source>End matter</source>
        <translation>终止事项</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="231"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="234"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="236"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>CompositionPanel</name>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/composition_panel.py" line="30"/>
        <source>Composition checks</source>
        <translation>法定构成检查</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/composition_panel.py" line="65"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/conflict_dialog.py" line="37"/>
        <source>Sync conflict</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/conflict_dialog.py" line="39"/>
        <source>{0} “{1}” from {2} ({3}): the village changed version {4}, but here it is already version {5}.</source>
        <translation>{0}“{1}”，来自{2}（{3}）：村里修改的是第 {4} 版，而这里已经是第 {5} 版。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/conflict_dialog.py" line="46"/>
        <source>Highlighted fields differ. Choose one version, or edit the Merged column and choose Merged. Grey fields are filled in by the program.</source>
        <translation>高亮的字段两边不同。请选择其中一个版本，或编辑“合并”一列后选择“合并”。灰色字段由程序自动填写。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/conflict_dialog.py" line="60"/>
        <source>Keep the town&apos;s version</source>
        <translation>保留镇（街道）的版本</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/conflict_dialog.py" line="61"/>
        <source>Take the village&apos;s version</source>
        <translation>采用村里的版本</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/conflict_dialog.py" line="62"/>
        <source>Merged (the edited column)</source>
        <translation>合并（按“合并”列）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/conflict_dialog.py" line="74"/>
        <source>Save the choice</source>
        <translation>保存选择</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../lufeng_desktop/gui/errors.py" line="145"/>
        <source>Unexpected error</source>
        <translation>程序出错</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/errors.py" line="148"/>
        <source>The program hit an unexpected error. Your data that was already saved is safe. Please copy the details below and send them to whoever supports the program.</source>
        <translation>程序遇到意外错误。已经保存的数据是安全的。请复制下面的详细信息，发给负责维护本程序的人员。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/errors.py" line="153"/>
        <source>Crash log: {0}</source>
        <translation>错误日志：{0}</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/errors.py" line="161"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>DbOp</name>
    <message>
        <location filename="../../lufeng_desktop/gui/ops.py" line="209"/>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/ops.py" line="222"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/ops.py" line="236"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/delete_person_dialog.py" line="25"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/delete_person_dialog.py" line="26"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>DeleteGroupDialog</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/delete_person_dialog.py" line="77"/>
        <source>Remove {0} from the register? Only a group without households, people or grids can be removed.</source>
        <translation>从台账中删除{0}？只有没有户、人员和网格的小组才能删除。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/delete_person_dialog.py" line="78"/>
        <source>Delete villager group</source>
        <translation>删除村民小组</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/delete_person_dialog.py" line="78"/>
        <source>e.g. 并组, 重复登记</source>
        <translation>如：并组、重复登记</translation>
    </message>
</context>
<context>
    <name>DeleteHouseholdDialog</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/delete_person_dialog.py" line="59"/>
        <source>Remove household {0} from the register? The record is kept in the history.</source>
        <translation>从台账中删除户号 {0}？记录会保留在历史中。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/delete_person_dialog.py" line="60"/>
        <source>Delete household</source>
        <translation>删除户</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/delete_person_dialog.py" line="60"/>
        <source>e.g. 分户, 整户迁出, 重复登记</source>
        <translation>如：分户、整户迁出、重复登记</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/delete_person_dialog.py" line="61"/>
        <source>Keep its {0} members in the register, without a household</source>
        <translation>保留该户 {0} 名成员（不属于任何户）</translation>
    </message>
</context>
<context>
    <name>DeletePersonDialog</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/delete_person_dialog.py" line="45"/>
        <source>Delete person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/delete_person_dialog.py" line="46"/>
        <source>Remove {0} from the register? The record is kept in the history.</source>
        <translation>要把 {0} 从台账中删除吗？记录会保留在历史中。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/delete_person_dialog.py" line="47"/>
        <source>e.g. 户口迁出, 死亡, 重复登记</source>
        <translation>例如：户口迁出、死亡、重复登记</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/disclosure_dialog.py" line="30"/>
        <source>Re-post notice: {0}</source>
        <translation>更正后重新公示：{0}</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/disclosure_dialog.py" line="30"/>
        <source>Post notice: {0}</source>
        <translation>张贴公告：{0}</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/disclosure_dialog.py" line="54"/>
        <source>Reviewed by the supervision committee before posting</source>
        <translation>张贴前已经村务监督委员会审核</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/disclosure_dialog.py" line="56"/>
        <source>Name of the committee member</source>
        <translation>村务监督委员会成员姓名</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/disclosure_dialog.py" line="59"/>
        <source>e.g. 内容属实，同意公开。</source>
        <translation>例如：内容属实，同意公开。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/disclosure_dialog.py" line="60"/>
        <source>Posted on</source>
        <translation>张贴日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/disclosure_dialog.py" line="61"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/disclosure_dialog.py" line="62"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/disclosure_dialog.py" line="63"/>
        <source>Where posted</source>
        <translation>张贴地点</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/disclosure_dialog.py" line="64"/>
        <source>Posting period</source>
        <translation>公示期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/disclosure_dialog.py" line="65"/>
        <source>Posted until</source>
        <translation>公示至</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/disclosure_dialog.py" line="67"/>
        <source>Reason for re-posting</source>
        <translation>重新公示理由</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/disclosure_dialog.py" line="69"/>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/disclosure_dialog.py" line="70"/>
        <source>Reviewed on</source>
        <translation>审核日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/disclosure_dialog.py" line="71"/>
        <source>Opinion</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/disclosure_dialog.py" line="92"/>
        <source>{0} (the day after posting is day 1)</source>
        <translation>{0}（张贴次日起算）</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="33"/>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="47"/>
        <source>Welcome to Lufeng Village Affairs</source>
        <translation>欢迎使用陆丰村务</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="52"/>
        <source>There is no database on this computer yet. Where the data will be kept:</source>
        <translation>这台电脑上还没有数据库。数据将保存在：</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="59"/>
        <source>Create my village&apos;s database</source>
        <translation>创建本村数据库</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="59"/>
        <source>Start an empty register for one village (code and name).</source>
        <translation>为本村新建一个空台账（填写区划代码和村名）。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="62"/>
        <source>Open the demonstration data</source>
        <translation>打开演示数据</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="62"/>
        <source>Try the program on invented data; nothing real is touched.</source>
        <translation>用虚构的数据试用本程序，不会动到真实数据。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="65"/>
        <source>Enrol with the town (enrolment file)</source>
        <translation>登记到镇（街道）（登记文件）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="66"/>
        <source>Read the file the town wrote on a USB stick: an empty register for that village, linked to the town. The town does not send the register itself.</source>
        <translation>读取镇（街道）写在 U 盘上的登记文件：为该村建立空白台账并与镇（街道）关联。镇（街道）不会发来台账数据本身。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="77"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="88"/>
        <source>12 digits, e.g. 441581004201</source>
        <translation>12 位数字，例如 441581004201</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="90"/>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="160"/>
        <source>e.g. 新寮村</source>
        <translation>例如：新寮村</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="92"/>
        <source>optional; found from the code when left empty</source>
        <translation>可不填，留空时按代码自动识别</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="96"/>
        <source>Division code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="97"/>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="161"/>
        <source>Village name</source>
        <translation>村（社区）名称</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="98"/>
        <source>Town name</source>
        <translation>镇（街道）名称</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="110"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="111"/>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="137"/>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="168"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="120"/>
        <source>Choose how much invented data to generate:</source>
        <translation>请选择要生成多少演示数据：</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="123"/>
        <source>Small: 1 town, 3 villages, about 600 people (a few seconds)</source>
        <translation>小型：1 个镇、3 个村，约 600 人（几秒钟）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="125"/>
        <source>All of Lufeng: 21 towns, 346 villages, about 300,000 people (a few minutes)</source>
        <translation>全陆丰：21 个镇街、346 个村（社区），约 30 万人（几分钟）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="136"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="147"/>
        <source>enrol-441581004201.json on the USB stick</source>
        <translation>U 盘上的 enrol-441581004201.json</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="149"/>
        <source>Choose the file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="167"/>
        <source>Enrol</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="190"/>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="271"/>
        <source>Creating the database…</source>
        <translation>正在创建数据库…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="221"/>
        <source>Generating the demonstration data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="235"/>
        <source>The town&apos;s enrolment file</source>
        <translation>镇（街道）的登记文件</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/first_start.py" line="255"/>
        <source>Town: {0} ({1})
Village code: {2}
Key fingerprint, confirm it with the town by phone: {3}</source>
        <translation>镇（街道）：{0}（{1}）
村（社区）代码：{2}
密钥指纹（请与镇（街道）电话核对）：{3}</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/group_dialog.py" line="20"/>
        <source>Add villager group</source>
        <translation>新增村民小组</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/group_dialog.py" line="20"/>
        <source>Edit villager group</source>
        <translation>编辑村民小组</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/group_dialog.py" line="25"/>
        <source>empty: 第N村民小组</source>
        <translation>留空则为“第N村民小组”</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/group_dialog.py" line="28"/>
        <source>Group number</source>
        <translation>小组编号</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/group_dialog.py" line="29"/>
        <source>Group name</source>
        <translation>小组名称</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="68"/>
        <source>Sync and handover (town)</source>
        <translation>同步与交接（镇街）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="68"/>
        <source>Sync and handover</source>
        <translation>同步与交接</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="85"/>
        <source>USB sticks and folders (a stick holding bundles shows how many)</source>
        <translation>U 盘和文件夹（有数据包的会显示个数）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="86"/>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="88"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="91"/>
        <source>Import all bundles from it</source>
        <translation>导入其中全部数据包</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="92"/>
        <source>Write return bundles to it</source>
        <translation>写入退回包</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="94"/>
        <source>Export to USB stick</source>
        <translation>导出到U盘</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="95"/>
        <source>Import the town&apos;s return bundles</source>
        <translation>导入镇（街道）退回包</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="111"/>
        <source>village code, 12 digits</source>
        <translation>村（社区）代码，12 位</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="112"/>
        <source>Write enrolment file to the stick</source>
        <translation>把登记文件写到 U 盘</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="115"/>
        <source>Enrol a village laptop:</source>
        <translation>登记村里的电脑：</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="123"/>
        <source>Open the conflict…</source>
        <translation>处理冲突…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="125"/>
        <source>Enrolled devices</source>
        <translation>已登记设备</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="125"/>
        <source>Conflict queue</source>
        <translation>冲突队列</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="126"/>
        <source>Revoke the device…</source>
        <translation>吊销设备…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="127"/>
        <source>For a lost or stolen laptop: its bundles are refused from then on</source>
        <translation>用于丢失或被盗的电脑：吊销后拒收它发来的数据包</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="173"/>
        <source>enrolled, confirmed by the town</source>
        <translation>已登记，镇（街道）已确认</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="173"/>
        <source>enrolled, waiting for the town&apos;s first acknowledgement</source>
        <translation>已登记，等待镇（街道）第一次确认</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="174"/>
        <source>not enrolled: ask the town for an enrolment file</source>
        <translation>未登记：请向镇（街道）索取登记文件</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="175"/>
        <source>Village {0} · device {1} (round {2})</source>
        <translation>村（社区）{0} · 设备 {1}（第 {2} 轮）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="176"/>
        <source>Town: {0} {1} · {2}</source>
        <translation>镇（街道）：{0} {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="177"/>
        <source>Town key fingerprint (confirm it with the town by phone): {0}</source>
        <translation>镇（街道）密钥指纹（请电话核对）：{0}</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="178"/>
        <source>Waiting to be sent: {0} changes not yet exported; {1} bundles exported but not yet acknowledged</source>
        <translation>待发送：{0} 条变更尚未导出；{1} 个数据包已导出但镇（街道）尚未确认</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="180"/>
        <source>Last acknowledgement from the town: {0}</source>
        <translation>镇（街道）最近一次确认：{0}</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="180"/>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="187"/>
        <source>Rules in force: received from the town on {0} ({1})</source>
        <translation>现行规则：{0} 收到的镇（街道）下发规则（{1}）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="190"/>
        <source>Rules in force: those bundled with this program</source>
        <translation>现行规则：本程序自带的规则</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="195"/>
        <source>Town {0} {1} · {2} enrolled devices · {3} bundles applied · {4} open conflicts</source>
        <translation>{0} {1} · 已登记设备 {2} 台 · 已导入数据包 {3} 个 · 待处理冲突 {4} 个</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="200"/>
        <source>{0} bundles were quarantined as forks: contact those villages.</source>
        <translation>有 {0} 个数据包因分叉被隔离，请联系相关村（社区）。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="220"/>
        <source>Choose the USB stick or a folder</source>
        <translation>选择 U 盘或文件夹</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="259"/>
        <source>Writing bundles to {0}…</source>
        <translation>正在把数据包写到 {0}…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="263"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="265"/>
        <source>Wrote {0} return bundles ({1} new): {2}</source>
        <translation>已写 {0} 个退回包（新 {1} 个）：{2}</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="267"/>
        <source>Wrote {0} bundles ({1} new, {2} changes): {3}. They are written again until the town acknowledges them.</source>
        <translation>已写 {0} 个数据包（新 {1} 个，{2} 条变更）：{3}。在镇（街道）确认之前，每次导出都会再写一遍。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="281"/>
        <source>No bundles for this computer on {0}.</source>
        <translation>{0} 上没有给本机的数据包。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="284"/>
        <source>{0} files</source>
        <translation>{0} 个文件</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="292"/>
        <source>Importing {0} bundles…</source>
        <translation>正在导入 {0} 个数据包…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="300"/>
        <source>Imported {0} files: {1} applied, {2} rejected.</source>
        <translation>已处理 {0} 个文件：导入 {1} 个，拒收 {2} 个。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="322"/>
        <source>Enrolment file written: {0}. It expires {1}. The village must read this fingerprint back to you: {2}</source>
        <translation>登记文件已写好：{0}，有效期至 {1}。村里须向您念出此指纹核对：{2}</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="332"/>
        <source>Conflict resolved; the answer travels back in the next return bundle.</source>
        <translation>冲突已处理，结果将随下一个退回包发回村里。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="347"/>
        <source>Revoke a device</source>
        <translation>吊销设备</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="348"/>
        <source>Revoke the laptop of {0}?

Device {1}, key fingerprint {2}.

From now on every bundle from this laptop is refused. What was already imported stays. A revocation cannot be undone: to take this village&apos;s data again, enrol a laptop anew.</source>
        <translation>确定吊销{0}的电脑吗？

设备 {1}，密钥指纹 {2}。

吊销后，这台电脑发来的所有数据包都将被拒收；已导入的数据保留。吊销不能撤销：如需再接收该村数据，请重新登记一台电脑。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="351"/>
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/handover_page.py" line="363"/>
        <source>Device {0} of {1} revoked: its bundles are refused from now on.</source>
        <translation>已吊销 {1} 的设备 {0}：此后拒收它发来的数据包。</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/household_dialog.py" line="21"/>
        <source>Add household</source>
        <translation>新增户</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/household_dialog.py" line="21"/>
        <source>Edit household</source>
        <translation>编辑户</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/household_dialog.py" line="29"/>
        <source>the household number in the register</source>
        <translation>户籍登记上的户号</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/household_dialog.py" line="34"/>
        <source>Moving the household moves its members to the new group too</source>
        <translation>迁到其他小组时，该户成员一并迁入</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/household_dialog.py" line="35"/>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/household_dialog.py" line="36"/>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/household_dialog.py" line="37"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
</context>
<context>
    <name>ImplementationDialog</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="124"/>
        <source>Record implementation</source>
        <translation>登记组织实施</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="125"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="131"/>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="136"/>
        <source>yuan, e.g. 442500.00</source>
        <translation>单位：元，如 442500.00</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="141"/>
        <source>Work started on</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="142"/>
        <source>Accepted on</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="143"/>
        <source>What was done</source>
        <translation>实施情况</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="144"/>
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="145"/>
        <source>Selection method</source>
        <translation>选定方式</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="146"/>
        <source>Selected on</source>
        <translation>选定日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="147"/>
        <source>Contract amount</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="148"/>
        <source>Acceptance result</source>
        <translation>验收结果</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="171"/>
        <source>Payments</source>
        <translation>付款情况</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="176"/>
        <source>Only if the payments exceed the contract amount: why</source>
        <translation>仅当付款超出合同金额时填写：超付原因</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="181"/>
        <source>Outstanding items</source>
        <translation>遗留事项</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="183"/>
        <source>One item per line, e.g. the retention money still due</source>
        <translation>每行一项，如尚未支付的质保金</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="188"/>
        <source>Lease terms</source>
        <translation>租赁（承包）条件</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="189"/>
        <source>Land or asset matters: lessee, area, term, rent</source>
        <translation>土地或资产事项：承租方、面积、期限、租金</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="193"/>
        <source>Lessee</source>
        <translation>承租（承包）方</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="193"/>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="193"/>
        <source>Term from</source>
        <translation>期限自</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="194"/>
        <source>Term to</source>
        <translation>期限至</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="194"/>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="195"/>
        <source>Rent payment schedule</source>
        <translation>租金支付方式</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="149"/>
        <source>Accepted by</source>
        <translation>验收单位（人）</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="76"/>
        <source>Import people from Excel</source>
        <translation>从 Excel 导入人员</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="88"/>
        <source>Choose an .xlsx file with one person per row. The header row (姓名, 性别, 身份证号 …) is found automatically; dates like 1985.3.2 or 19850302 and full-width digits are fine.</source>
        <translation>请选择每行一人的 .xlsx 文件。表头（姓名、性别、身份证号……）会自动识别；1985.3.2、19850302 这样的日期和全角数字都可以。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="94"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="104"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="106"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="130"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="132"/>
        <source>Check and import</source>
        <translation>检查并导入</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="153"/>
        <source>I will fix the file</source>
        <translation>我去修改文件</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="155"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="157"/>
        <source>Import only the good rows</source>
        <translation>只导入正确的行</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="159"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="168"/>
        <source>Choose an Excel file</source>
        <translation>选择 Excel 文件</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="168"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="190"/>
        <source>Header row {0}. Check which column holds each field:</source>
        <translation>表头在第 {0} 行。请核对每一项对应的列：</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="191"/>
        <source>No header row was recognised. Choose the column of each field:</source>
        <translation>没有识别出表头。请为每一项选择对应的列：</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="196"/>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="217"/>
        <source>Checking and importing…</source>
        <translation>正在检查并导入…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="233"/>
        <source>{0} rows have problems, so nothing was imported. Fix the file and check again, or import only the good rows.</source>
        <translation>有 {0} 行存在问题，因此没有导入任何数据。请修改文件后重新检查，或只导入正确的行。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="236"/>
        <source>Imported {0} people; {1} rows were left out (listed below).</source>
        <translation>已导入 {0} 人；有 {1} 行未导入（见下表）。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="238"/>
        <source>Imported {0} people.</source>
        <translation>已导入 {0} 人。</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_report_dialog.py" line="17"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_report_dialog.py" line="21"/>
        <source>{0} files: {1} bundles applied, {2} already imported, {3} held, {4} forks, {5} rejected.
Rows: {6} new, {7} updated, {8} duplicate, {9} conflicting.</source>
        <translation>{0} 个文件：导入 {1} 个数据包，已导入过 {2} 个，暂存 {3} 个，分叉 {4} 个，拒收 {5} 个。
记录：新增 {6}，更新 {7}，重复 {8}，冲突 {9}。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_report_dialog.py" line="46"/>
        <source>Conflicts wait in the conflict queue on the handover page.</source>
        <translation>冲突已放入“同步与交接”页的冲突队列，等待处理。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lufeng_desktop/gui/main_window.py" line="50"/>
        <source>Lufeng Village Affairs</source>
        <translation>陆丰村务</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/main_window.py" line="95"/>
        <source>Village register</source>
        <translation>村情台账</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/main_window.py" line="96"/>
        <source>4+2 decisions</source>
        <translation>四议两公开</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/main_window.py" line="97"/>
        <source>Notice board</source>
        <translation>公开栏</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/main_window.py" line="98"/>
        <source>Demonstration sites</source>
        <translation>示范点</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/main_window.py" line="99"/>
        <source>Sync and handover</source>
        <translation>同步与交接</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/main_window.py" line="100"/>
        <location filename="../../lufeng_desktop/gui/main_window.py" line="101"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/main_window.py" line="101"/>
        <source>Counts and reports for the town.</source>
        <translation>向镇（街道）报送的统计和报表。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/main_window.py" line="103"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/main_window.py" line="189"/>
        <source>Database OK</source>
        <translation>数据库：正常</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/main_window.py" line="189"/>
        <source>Database read-only</source>
        <translation>数据库：只读</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/main_window.py" line="190"/>
        <source>Database damaged: read-only</source>
        <translation>数据库已损坏：只读</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/main_window.py" line="190"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/main_window.py" line="194"/>
        <source>Database: {0}</source>
        <translation>数据库文件：{0}</translation>
    </message>
</context>
<context>
    <name>MatterDialog</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="31"/>
        <source>New 4+2 matter</source>
        <translation>新建“四议两公开”事项</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="51"/>
        <source>Emergency matter (the later steps are completed afterwards)</source>
        <translation>紧急事项（事后补办相关程序）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="53"/>
        <source>What is urgent and how the steps will be completed</source>
        <translation>紧急情况及补办安排</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="57"/>
        <source>(not decided)</source>
        <translation>（未确定）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="61"/>
        <source>e.g. 2027年3月底前完工</source>
        <translation>如：2027年3月底前完工</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="72"/>
        <source>Add item</source>
        <translation>添加明细</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="72"/>
        <source>Remove item</source>
        <translation>删除明细</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="87"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="88"/>
        <source>Type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="89"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="90"/>
        <source>Motion from</source>
        <translation>动议来源</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="91"/>
        <source>Opened on</source>
        <translation>立项日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="92"/>
        <source>Rule set</source>
        <translation>规则集</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="93"/>
        <source>Decided by</source>
        <translation>决议机构</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="94"/>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="96"/>
        <source>Emergency note</source>
        <translation>紧急情况说明</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="97"/>
        <source>Description</source>
        <translation>事项说明</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="98"/>
        <source>Contractor chosen by</source>
        <translation>承接方选定方式</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="99"/>
        <source>Time frame</source>
        <translation>实施期限</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="100"/>
        <source>Line items</source>
        <translation>项目明细</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="144"/>
        <source>Total: {0} yuan</source>
        <translation>合计：{0} 元</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/matter_dialog.py" line="144"/>
        <source>Total: check the amounts</source>
        <translation>合计：请核对金额</translation>
    </message>
</context>
<context>
    <name>MatterTimeline</name>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="94"/>
        <source>Next: {0}</source>
        <translation>下一步：{0}</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="131"/>
        <source>steps 1 and 2 held together</source>
        <translation>提议与商议合并召开</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="133"/>
        <source>held again (no. {0})</source>
        <translation>第 {0} 次召开</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="135"/>
        <source>corrected version {0}</source>
        <translation>更正第 {0} 版</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="137"/>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="189"/>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="141"/>
        <source>Expected {0} {1}, present {2} {1}; yes {3}, no {4}, abstain {5}</source>
        <translation>应到 {0} {1}，实到 {2} {1}；同意 {3}，反对 {4}，弃权 {5}</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="144"/>
        <source>valid</source>
        <translation>会议有效</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="144"/>
        <source>no quorum</source>
        <translation>不足法定人数，会议无效</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="146"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="146"/>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="150"/>
        <source>Place</source>
        <translation>会议地点</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="150"/>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="150"/>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="151"/>
        <source>Town officials present</source>
        <translation>镇（街道）参会人员</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="154"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="157"/>
        <source>Not in the base</source>
        <translation>不计入应到</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="160"/>
        <source>Reason for the correction</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="163"/>
        <source>Short notice</source>
        <translation>通知期不足</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="164"/>
        <source>Print minutes</source>
        <translation>打印会议记录</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="167"/>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="173"/>
        <source>accepted on {0}</source>
        <translation>{0} 验收</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="181"/>
        <source>Add payment…</source>
        <translation>补记付款…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="189"/>
        <source>version {0}</source>
        <translation>第 {0} 版</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="196"/>
        <source>Reviewed by the supervision committee: {0} on {1}</source>
        <translation>村务监督委员会已审核：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="199"/>
        <source>Not yet reviewed by the supervision committee</source>
        <translation>尚未经村务监督委员会审核</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="201"/>
        <source>Re-posted because</source>
        <translation>重新公示理由</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="206"/>
        <source>Print notice</source>
        <translation>打印公告</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="211"/>
        <source>Record review…</source>
        <translation>登记审核…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="212"/>
        <source>Register objection…</source>
        <translation>登记异议…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="213"/>
        <source>Re-post after correction…</source>
        <translation>更正后重新公示…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="220"/>
        <source>Objection received {0} ({1})</source>
        <translation>{0} 收到异议（{1}）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="223"/>
        <source>Reply due by {0}</source>
        <translation>应于 {0} 前答复</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="224"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="227"/>
        <source>Answered {0}</source>
        <translation>{0} 答复</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="231"/>
        <source>Answer…</source>
        <translation>答复…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="233"/>
        <source>Print receipt</source>
        <translation>打印受理回执</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="247"/>
        <source>Archived on {0}</source>
        <translation>{0} 归档</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_timeline.py" line="250"/>
        <source>Ended on {0}</source>
        <translation>{0} 终止</translation>
    </message>
</context>
<context>
    <name>MatterView</name>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="38"/>
        <source>← All matters</source>
        <translation>← 事项列表</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="50"/>
        <source>Record meeting…</source>
        <translation>记录会议…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="51"/>
        <source>Post resolution notice…</source>
        <translation>张贴决议公开…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="52"/>
        <source>Record implementation…</source>
        <translation>登记组织实施…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="53"/>
        <source>Post result notice…</source>
        <translation>张贴实施结果公开…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="54"/>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="55"/>
        <source>End matter…</source>
        <translation>终止事项…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="62"/>
        <source>Print dossier</source>
        <translation>打印登记表</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="96"/>
        <source>emergency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="120"/>
        <source>Type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="120"/>
        <source>Motion from</source>
        <translation>动议来源</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="120"/>
        <source>Decided by</source>
        <translation>决议机构</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="121"/>
        <source>Rule set</source>
        <translation>规则集</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="121"/>
        <source>Opened on</source>
        <translation>立项日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="122"/>
        <source>Emergency note</source>
        <translation>紧急情况说明</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="122"/>
        <source>Contractor chosen by</source>
        <translation>承接方选定方式</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="123"/>
        <source>Time frame</source>
        <translation>实施期限</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="130"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="135"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="135"/>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="203"/>
        <source>Result notice out of date</source>
        <translation>实施结果公开需更正</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/matter_view.py" line="204"/>
        <source>The result notice (version {0}) is already posted and does not show this payment. Post a corrected version now? It starts a new posting period.</source>
        <translation>实施结果公开（第{0}版）已张贴，其中没有这笔付款。现在张贴更正后的公告吗？更正后的公告重新计算公示期。</translation>
    </message>
</context>
<context>
    <name>MattersModel</name>
    <message>
        <location filename="../../lufeng_desktop/gui/models/matters_model.py" line="46"/>
        <source>Overdue: due by {0}</source>
        <translation>已逾期：应于 {0} 前完成</translation>
    </message>
</context>
<context>
    <name>MattersPage</name>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/matters_page.py" line="38"/>
        <source>All villages</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/matters_page.py" line="40"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/matters_page.py" line="44"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/matters_page.py" line="50"/>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/matters_page.py" line="53"/>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/matters_page.py" line="54"/>
        <source>New matter…</source>
        <translation>新建事项…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/matters_page.py" line="55"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/matters_page.py" line="93"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/matters_page.py" line="93"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/matters_page.py" line="94"/>
        <source>Type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/matters_page.py" line="94"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/matters_page.py" line="147"/>
        <source>{0} matters, {1} overdue</source>
        <translation>共 {0} 项，逾期 {1} 项</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="57"/>
        <source>Correct meeting record</source>
        <translation>更正会议记录</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="57"/>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="197"/>
        <source>Record meeting</source>
        <translation>记录会议</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="62"/>
        <source>Hold steps 1 and 2 together (secretary is also director)</source>
        <translation>提议与商议合并召开（书记、主任“一肩挑”）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="67"/>
        <source>Only if the notice was shorter than the law requires</source>
        <translation>仅在通知期少于法定天数时填写理由</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="79"/>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="297"/>
        <source>Loading the roster…</source>
        <translation>正在读取应到名单…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="110"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="112"/>
        <source>Deciding body</source>
        <translation>决议机构</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="114"/>
        <source>Notice given on</source>
        <translation>通知日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="125"/>
        <source>Place</source>
        <translation>会议地点</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="128"/>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="131"/>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="136"/>
        <source>Yes</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="136"/>
        <source>No</source>
        <translation>反对</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="136"/>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="142"/>
        <source>Votes</source>
        <translation>表决</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="147"/>
        <source>Decision text</source>
        <translation>决定内容</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="148"/>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="149"/>
        <source>Town officials present</source>
        <translation>镇（街道）参会人员</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="150"/>
        <source>Reason for the correction</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="166"/>
        <source>Tick all counted</source>
        <translation>全部计入人员到会</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="166"/>
        <source>Clear ticks</source>
        <translation>清除勾选</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="173"/>
        <source>Who attended (expected attendees from the register on this date)</source>
        <translation>到会情况（应到名单按会议当日台账生成）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="189"/>
        <source>Meeting notice</source>
        <translation>会议通知</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="189"/>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="190"/>
        <source>Ballot</source>
        <translation>表决票</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="190"/>
        <source>Minutes form</source>
        <translation>会议记录表</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="197"/>
        <source>Save correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="199"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="310"/>
        <source>Fill in the place, the chair and the recorder.</source>
        <translation>请填写会议地点、主持人和记录人。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="312"/>
        <source>A correction needs its reason.</source>
        <translation>更正须填写理由。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="316"/>
        <source>{0} ticked, {1} of them count as present</source>
        <translation>已勾选 {0} 人，其中计入实到 {1} 人</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/meeting_dialog.py" line="327"/>
        <source>The votes do not add up.</source>
        <translation>表决票数与到会人数不符。</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/objection_dialog.py" line="25"/>
        <source>Register objection</source>
        <translation>登记异议</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/objection_dialog.py" line="26"/>
        <source>Notice</source>
        <translation>公告</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/objection_dialog.py" line="31"/>
        <source>May stay empty: objections can be anonymous</source>
        <translation>可不填：异议可以匿名</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/objection_dialog.py" line="33"/>
        <source>Never printed on public documents</source>
        <translation>不会打印在公开文书上</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/objection_dialog.py" line="37"/>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/objection_dialog.py" line="38"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/objection_dialog.py" line="39"/>
        <source>From</source>
        <translation>异议人</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/objection_dialog.py" line="40"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/objection_dialog.py" line="41"/>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/objection_dialog.py" line="42"/>
        <source>Reply due by</source>
        <translation>答复期限</translation>
    </message>
</context>
<context>
    <name>OrgTreeModel</name>
    <message>
        <location filename="../../lufeng_desktop/gui/models/org_tree_model.py" line="98"/>
        <source>{0} ({1} people)</source>
        <translation>{0}（{1} 人）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/org_tree_model.py" line="109"/>
        <source>Organisation</source>
        <translation>组织机构</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/payment_dialog.py" line="26"/>
        <source>Add payment</source>
        <translation>补记付款</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/payment_dialog.py" line="28"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/payment_dialog.py" line="30"/>
        <source>{0} yuan paid so far</source>
        <translation>已付 {0} 元</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/payment_dialog.py" line="32"/>
        <source> of a contract of {0} yuan</source>
        <translation>（合同金额 {0} 元）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/payment_dialog.py" line="33"/>
        <source>Payments</source>
        <translation>付款情况</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/payment_dialog.py" line="36"/>
        <source>yuan, e.g. 21900.00</source>
        <translation>单位：元，如 21900.00</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/payment_dialog.py" line="42"/>
        <source>e.g. 质保金, 尾款</source>
        <translation>如：质保金、尾款</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/payment_dialog.py" line="44"/>
        <source>Only if the payments exceed the contract amount: why</source>
        <translation>仅当付款超出合同金额时填写：超付原因</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/payment_dialog.py" line="45"/>
        <source>Paid on</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/payment_dialog.py" line="46"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/payment_dialog.py" line="47"/>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/payment_dialog.py" line="48"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/payment_dialog.py" line="49"/>
        <source>Overpayment reason</source>
        <translation>超付说明</translation>
    </message>
</context>
<context>
    <name>PaymentsTable</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="70"/>
        <source>Paid on</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="70"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="70"/>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="70"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="73"/>
        <source>Add payment</source>
        <translation>添加付款</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/implementation_dialog.py" line="73"/>
        <source>Remove payment</source>
        <translation>删除付款</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/person_dialog.py" line="28"/>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/person_dialog.py" line="28"/>
        <source>Add person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/person_dialog.py" line="32"/>
        <source>(from the ID number)</source>
        <translation>（按身份证号）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/person_dialog.py" line="35"/>
        <source>18 characters; gender and birth date are read from it</source>
        <translation>18 位；性别和出生日期会从中读取</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/person_dialog.py" line="37"/>
        <source>e.g. 1985-03-02</source>
        <translation>例如 1985-03-02</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/person_dialog.py" line="40"/>
        <location filename="../../lufeng_desktop/gui/dialogs/person_dialog.py" line="44"/>
        <location filename="../../lufeng_desktop/gui/dialogs/person_dialog.py" line="79"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/person_dialog.py" line="51"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/person_dialog.py" line="51"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/person_dialog.py" line="52"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/person_dialog.py" line="52"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/person_dialog.py" line="53"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/person_dialog.py" line="53"/>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/person_dialog.py" line="54"/>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/person_dialog.py" line="55"/>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/person_dialog.py" line="55"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/placeholder.py" line="20"/>
        <source>Coming soon</source>
        <translation>即将推出</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="35"/>
        <source>Resolution notice</source>
        <translation>决议公开公告</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="36"/>
        <source>Implementation result notice</source>
        <translation>实施结果公开公告</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="37"/>
        <source>Meeting notice</source>
        <translation>会议通知</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="38"/>
        <source>Sign-in sheet</source>
        <translation>会议签到表</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="39"/>
        <source>Ballot</source>
        <translation>表决票</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="40"/>
        <source>Meeting minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="41"/>
        <source>Matter record sheets</source>
        <translation>“四议两公开”登记表</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="42"/>
        <source>Objection receipt</source>
        <translation>异议受理回执</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="43"/>
        <source>Demonstration site checklist</source>
        <translation>示范点“五有”清单</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="64"/>
        <source>Print preview — {0}</source>
        <translation>打印预览 — {0}</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="69"/>
        <source>{0} paper</source>
        <translation>{0} 纸</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="73"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="75"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="77"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="80"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="121"/>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="124"/>
        <source>Preparing the document…</source>
        <translation>正在生成文书…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="143"/>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="229"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="152"/>
        <source>The document could not be prepared.</source>
        <translation>文书未能生成。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="180"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="181"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="194"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="194"/>
        <source>Saved to {0}</source>
        <translation>已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="203"/>
        <source>Print {0}</source>
        <translation>打印{0}</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="212"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lufeng_desktop/gui/dialogs/print_preview.py" line="218"/>
        <source>%n page(s) sent to the printer</source>
        <translation>
            <numerusform>共 %n 页已送打印机</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/print_buttons.py" line="23"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/print_buttons.py" line="23"/>
        <source>Printing is not available in this version.</source>
        <translation>此版本不能打印。</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_preview.py" line="25"/>
        <source>Search people: name, pinyin initials (zs → 张三) or ID number</source>
        <translation>搜索人员：姓名、拼音首字母（zs → 张三）或身份证号</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="87"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="88"/>
        <source>Households</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="89"/>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="90"/>
        <source>Representatives</source>
        <translation>村民代表</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="91"/>
        <source>Two committees</source>
        <translation>两委成员</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="92"/>
        <source>Supervision committee</source>
        <translation>村务监督委员会</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="93"/>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="94"/>
        <source>Central households</source>
        <translation>党员中心户</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="101"/>
        <source>Add person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="102"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="103"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="104"/>
        <source>Add household</source>
        <translation>新增户</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="105"/>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="298"/>
        <source>Add group</source>
        <translation>新增小组</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="106"/>
        <source>Import Excel…</source>
        <translation>导入 Excel…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="107"/>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="163"/>
        <source>{0} towns, {1} villages</source>
        <translation>{0} 个镇（街道），{1} 个村（社区）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="231"/>
        <source>Choose a village</source>
        <translation>请选择村（社区）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="231"/>
        <source>First choose a village (or one of its groups) in the tree.</source>
        <translation>请先在左侧选择一个村（社区）或其村民小组。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="282"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="282"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="295"/>
        <source>Edit group…</source>
        <translation>编辑小组…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/register_page.py" line="296"/>
        <source>Delete group…</source>
        <translation>删除小组…</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/disclosure_dialog.py" line="121"/>
        <source>Supervision committee review</source>
        <translation>村务监督委员会审核</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/disclosure_dialog.py" line="122"/>
        <source>Notice</source>
        <translation>公告</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/disclosure_dialog.py" line="126"/>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/disclosure_dialog.py" line="127"/>
        <source>Reviewed on</source>
        <translation>审核日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/disclosure_dialog.py" line="128"/>
        <source>Opinion</source>
        <translation>审核意见</translation>
    </message>
</context>
<context>
    <name>RowCountLabel</name>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/row_count_label.py" line="26"/>
        <source>{0} rows</source>
        <translation>共 {0} 条</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/widgets/row_count_label.py" line="28"/>
        <source>more than {0} rows…</source>
        <translation>{0} 条以上，正在计数…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/settings_page.py" line="19"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/settings_page.py" line="25"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/settings_page.py" line="26"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/settings_page.py" line="33"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/settings_page.py" line="36"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/settings_page.py" line="37"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/settings_page.py" line="38"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/settings_page.py" line="50"/>
        <source>Saved. The new language is used from the next start of the program.</source>
        <translation>已保存。下次启动程序时使用新的语言。</translation>
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/sites_page.py" line="49"/>
        <source>By town</source>
        <translation>按镇（街道）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/sites_page.py" line="50"/>
        <source>By village</source>
        <translation>按村（社区）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/sites_page.py" line="53"/>
        <source>Make demonstration site</source>
        <translation>设为示范点</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/sites_page.py" line="77"/>
        <source>Choose a demonstration site on the left.</source>
        <translation>请在左侧选择一个示范点。</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/sites_page.py" line="81"/>
        <source>Print checklist…</source>
        <translation>打印清单…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/sites_page.py" line="88"/>
        <source>Five haves</source>
        <translation>五有</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/sites_page.py" line="93"/>
        <source>Save checklist</source>
        <translation>保存检查结果</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/sites_page.py" line="97"/>
        <source>Service functions (one per line) and notes</source>
        <translation>服务功能（每行一项）和备注</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/sites_page.py" line="101"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/sites_page.py" line="108"/>
        <source>Inspections</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/sites_page.py" line="117"/>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/sites_page.py" line="119"/>
        <source>What was found</source>
        <translation>检查情况</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/sites_page.py" line="120"/>
        <source>Add inspection</source>
        <translation>添加检查记录</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/pages/sites_page.py" line="158"/>
        <source>{0} demonstration sites, {1} meet all five</source>
        <translation>共 {0} 个示范点，{1} 个五有全部达标</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../lufeng_desktop/gui/models/central_households_model.py" line="17"/>
        <source>Central household</source>
        <translation>党员中心户</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/central_households_model.py" line="18"/>
        <source>Host</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/central_households_model.py" line="19"/>
        <location filename="../../lufeng_desktop/gui/models/party_members_model.py" line="23"/>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/central_households_model.py" line="20"/>
        <source>Linked members</source>
        <translation>联系党员数</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/board_model.py" line="18"/>
        <location filename="../../lufeng_desktop/gui/models/central_households_model.py" line="21"/>
        <location filename="../../lufeng_desktop/gui/models/grids_model.py" line="21"/>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="49"/>
        <location filename="../../lufeng_desktop/gui/models/households_model.py" line="19"/>
        <location filename="../../lufeng_desktop/gui/models/matters_model.py" line="27"/>
        <location filename="../../lufeng_desktop/gui/models/party_members_model.py" line="24"/>
        <location filename="../../lufeng_desktop/gui/models/people_model.py" line="26"/>
        <location filename="../../lufeng_desktop/gui/models/role_columns.py" line="24"/>
        <location filename="../../lufeng_desktop/gui/models/sites_model.py" line="14"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/board_model.py" line="19"/>
        <location filename="../../lufeng_desktop/gui/models/matters_model.py" line="28"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/board_model.py" line="20"/>
        <source>Notice or task</source>
        <translation>公告或事项</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/board_model.py" line="21"/>
        <source>Posted</source>
        <translation>张贴日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/board_model.py" line="22"/>
        <source>Ends / due</source>
        <translation>期满 / 期限</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/board_model.py" line="23"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/central_households_model.py" line="22"/>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/grids_model.py" line="16"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/grids_model.py" line="17"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/grids_model.py" line="18"/>
        <source>Parent grid</source>
        <translation>上级网格</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/grids_model.py" line="19"/>
        <source>Groups covered</source>
        <translation>覆盖村民小组</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/grids_model.py" line="20"/>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/households_model.py" line="16"/>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/households_model.py" line="17"/>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/households_model.py" line="18"/>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/households_model.py" line="20"/>
        <location filename="../../lufeng_desktop/gui/models/party_members_model.py" line="25"/>
        <location filename="../../lufeng_desktop/gui/models/people_model.py" line="27"/>
        <location filename="../../lufeng_desktop/gui/models/role_columns.py" line="25"/>
        <location filename="../../lufeng_desktop/gui/models/sites_model.py" line="15"/>
        <source>Group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/households_model.py" line="21"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/party_members_model.py" line="16"/>
        <location filename="../../lufeng_desktop/gui/models/people_model.py" line="20"/>
        <location filename="../../lufeng_desktop/gui/models/role_columns.py" line="17"/>
        <location filename="../../lufeng_desktop/gui/models/roster_model.py" line="24"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/party_members_model.py" line="17"/>
        <location filename="../../lufeng_desktop/gui/models/people_model.py" line="21"/>
        <location filename="../../lufeng_desktop/gui/models/role_columns.py" line="18"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/party_members_model.py" line="18"/>
        <location filename="../../lufeng_desktop/gui/models/people_model.py" line="22"/>
        <location filename="../../lufeng_desktop/gui/models/role_columns.py" line="19"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="39"/>
        <source>Drive or folder</source>
        <translation>U 盘或文件夹</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="40"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="41"/>
        <source>Bundles</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="42"/>
        <source>Free</source>
        <translation>可用空间</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="48"/>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="59"/>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="74"/>
        <source>Village code</source>
        <translation>村（社区）代码</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="50"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="51"/>
        <location filename="../../lufeng_desktop/gui/models/party_members_model.py" line="19"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="52"/>
        <source>Enrolled</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="53"/>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="60"/>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="62"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="64"/>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="72"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="73"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="75"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="76"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="77"/>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="78"/>
        <source>Conflicting</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="79"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="96"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="97"/>
        <source>Here (town)</source>
        <translation>本机（镇街）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="98"/>
        <source>From the village</source>
        <translation>村里发来</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="99"/>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/party_members_model.py" line="20"/>
        <source>Joined</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/party_members_model.py" line="21"/>
        <source>Voting right</source>
        <translation>表决权</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/party_members_model.py" line="22"/>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/people_model.py" line="23"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/people_model.py" line="24"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/people_model.py" line="25"/>
        <location filename="../../lufeng_desktop/gui/models/role_columns.py" line="26"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/people_model.py" line="28"/>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/people_model.py" line="29"/>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/people_model.py" line="30"/>
        <source>Roles</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/role_columns.py" line="20"/>
        <source>Body</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/role_columns.py" line="21"/>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/role_columns.py" line="22"/>
        <source>Term</source>
        <translation>任期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/role_columns.py" line="23"/>
        <source>Party</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="35"/>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="61"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="36"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/import_dialog.py" line="37"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/site_summary_model.py" line="13"/>
        <source>Place</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/site_summary_model.py" line="14"/>
        <source>Sites</source>
        <translation>示范点数</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/site_summary_model.py" line="15"/>
        <source>All five met</source>
        <translation>五有全部达标</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/site_summary_model.py" line="16"/>
        <source>Share</source>
        <translation>达标率</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/sites_model.py" line="13"/>
        <source>Town</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/sites_model.py" line="16"/>
        <source>Five haves</source>
        <translation>五有</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/sites_model.py" line="17"/>
        <source>All met</source>
        <translation>全部达标</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/line_items_model.py" line="44"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/line_items_model.py" line="44"/>
        <location filename="../../lufeng_desktop/gui/models/matters_model.py" line="33"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/line_items_model.py" line="45"/>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/matters_model.py" line="26"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/matters_model.py" line="29"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/matters_model.py" line="30"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/matters_model.py" line="31"/>
        <source>Next action</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/matters_model.py" line="32"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/roster_model.py" line="24"/>
        <source>Present</source>
        <translation>到会</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/roster_model.py" line="25"/>
        <source>Capacity</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/roster_model.py" line="25"/>
        <source>Not counted because</source>
        <translation>不计入应到的原因</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../lufeng_desktop/gui/errors.py" line="38"/>
        <source>Cannot do that</source>
        <translation>无法完成操作</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/export_xlsx.py" line="26"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/export_xlsx.py" line="26"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/export_xlsx.py" line="42"/>
        <source>Exported</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/export_xlsx.py" line="42"/>
        <source>{0} rows written to {1}</source>
        <translation>已写入 {0} 行：{1}</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/dialogs/export_xlsx.py" line="45"/>
        <source>Writing the Excel file…</source>
        <translation>正在写入 Excel 文件…</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="14"/>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="39"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="14"/>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="38"/>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="15"/>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="38"/>
        <source>Villager group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="15"/>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="37"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="16"/>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="37"/>
        <source>Town</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="16"/>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="39"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="17"/>
        <source>Grid coverage</source>
        <translation>网格覆盖的小组</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="17"/>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="40"/>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="18"/>
        <source>Party membership</source>
        <translation>党员信息</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="19"/>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="42"/>
        <source>Central household</source>
        <translation>党员中心户</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="20"/>
        <source>Central household member</source>
        <translation>中心户联系户</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="21"/>
        <source>Office held</source>
        <translation>职务任职</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="21"/>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="43"/>
        <source>Demonstration site</source>
        <translation>示范点</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="22"/>
        <source>Checklist item</source>
        <translation>五有核查项</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="22"/>
        <source>Inspection</source>
        <translation>示范点检查</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="23"/>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="43"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="23"/>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="44"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="24"/>
        <source>Line item</source>
        <translation>事项明细</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="24"/>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="45"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="25"/>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="45"/>
        <source>Notice</source>
        <translation>公告</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="25"/>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="26"/>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="26"/>
        <source>Roster entry</source>
        <translation>应到名单</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="27"/>
        <source>Matter attachment</source>
        <translation>事项附件</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="32"/>
        <source>Record ID</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="32"/>
        <source>Village code</source>
        <translation>村（社区）代码</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="33"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="33"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="34"/>
        <source>Last changed</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="34"/>
        <source>Changed on device</source>
        <translation>修改设备</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="35"/>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="40"/>
        <source>Parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="41"/>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="41"/>
        <source>Host Party member</source>
        <translation>中心户户主党员</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="44"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="46"/>
        <source>Replaces</source>
        <translation>替代</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="48"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="48"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="48"/>
        <source>Regime</source>
        <translation>管理体制</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="49"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="49"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="50"/>
        <source>Name initials (automatic)</source>
        <translation>姓名拼音首字母（自动）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="51"/>
        <source>Name in pinyin (automatic)</source>
        <translation>姓名拼音（自动）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="51"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="52"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="52"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="53"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="53"/>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="54"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="54"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="54"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="55"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="55"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="55"/>
        <source>Post</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="56"/>
        <source>Term from</source>
        <translation>任期起</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="56"/>
        <source>Term to</source>
        <translation>任期止</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="57"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="57"/>
        <source>Joined on</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="58"/>
        <source>Full member on</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="58"/>
        <source>Voting status</source>
        <translation>表决资格</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="59"/>
        <source>Exclusion reason</source>
        <translation>不计入原因</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="60"/>
        <source>Approval reference</source>
        <translation>批准文号</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="60"/>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="62"/>
        <source>Designated on</source>
        <translation>确定日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="62"/>
        <source>Service functions</source>
        <translation>服务功能</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="63"/>
        <source>Inspected on</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="63"/>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="64"/>
        <source>Criterion</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="64"/>
        <source>Checked on</source>
        <translation>核查日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="65"/>
        <source>Content hash</source>
        <translation>内容校验值</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="65"/>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="66"/>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="66"/>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="67"/>
        <source>Caption</source>
        <translation>说明文字</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="69"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="69"/>
        <source>Matter type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="70"/>
        <source>Motion from</source>
        <translation>动议来源</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="70"/>
        <source>Rule set</source>
        <translation>规则集</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="71"/>
        <source>Deciding body</source>
        <translation>决议机构</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="71"/>
        <source>Emergency</source>
        <translation>紧急事项</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="72"/>
        <source>Emergency note</source>
        <translation>紧急情况说明</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="72"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="73"/>
        <source>Opened on</source>
        <translation>立项日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="73"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="74"/>
        <source>End reason</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="74"/>
        <source>Closed on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="75"/>
        <source>Selection method</source>
        <translation>选定方式</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="75"/>
        <source>Time frame</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="76"/>
        <source>Revision</source>
        <translation>修订次数</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="76"/>
        <source>Correction reason</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="77"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="77"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="78"/>
        <source>Posted on</source>
        <translation>张贴日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="78"/>
        <source>Period</source>
        <translation>公开期限</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="79"/>
        <source>Period unit</source>
        <translation>期限单位</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="79"/>
        <source>Ends on</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="80"/>
        <source>Reviewed by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="80"/>
        <source>Reviewed on</source>
        <translation>审核日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="81"/>
        <source>Review opinion</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="81"/>
        <source>Position</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="82"/>
        <source>Amount (fen)</source>
        <translation>金额（分）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="82"/>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="83"/>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="83"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="84"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="84"/>
        <source>Complainant</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="85"/>
        <source>Complainant&apos;s contact</source>
        <translation>反映人联系方式</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="85"/>
        <source>Reply due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="86"/>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="86"/>
        <source>Reply</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="87"/>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="87"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="88"/>
        <source>Town reference</source>
        <translation>镇（街道）受理编号</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="88"/>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="89"/>
        <source>Label</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="89"/>
        <source>Counted</source>
        <translation>计入基数</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="90"/>
        <source>Present</source>
        <translation>到会</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="90"/>
        <source>Attempt</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="91"/>
        <source>Held on</source>
        <translation>召开日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="91"/>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="92"/>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="92"/>
        <source>Steps 1 and 2 merged</source>
        <translation>第一、二步合并</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="93"/>
        <source>Counting unit</source>
        <translation>计数单位</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="93"/>
        <source>Quorum base</source>
        <translation>法定人数基数</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="94"/>
        <source>Decision base</source>
        <translation>表决基数</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="94"/>
        <source>Base count</source>
        <translation>应到数</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="95"/>
        <source>Yes votes</source>
        <translation>赞成票</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="95"/>
        <source>No votes</source>
        <translation>反对票</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="96"/>
        <source>Abstentions</source>
        <translation>弃权票</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="96"/>
        <source>Quorum needed</source>
        <translation>法定人数</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="97"/>
        <source>Yes votes needed</source>
        <translation>通过所需票数</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="97"/>
        <source>Valid</source>
        <translation>会议有效</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="98"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="98"/>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="99"/>
        <source>Voting method</source>
        <translation>表决方式</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="99"/>
        <source>Resolution</source>
        <translation>决议</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="100"/>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="100"/>
        <source>Town officials present</source>
        <translation>镇（街道）参会人员</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="101"/>
        <source>Notice date</source>
        <translation>通知日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="101"/>
        <source>Reason for short notice</source>
        <translation>未按期通知的理由</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="102"/>
        <source>Started on</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="102"/>
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="103"/>
        <source>Contract amount (fen)</source>
        <translation>合同金额（分）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="103"/>
        <source>Paid (fen)</source>
        <translation>已付金额（分）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="104"/>
        <source>Accepted by</source>
        <translation>验收单位（人）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="104"/>
        <source>Selection date</source>
        <translation>选定日期</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="105"/>
        <source>Acceptance result</source>
        <translation>验收结果</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="105"/>
        <source>Outstanding issues</source>
        <translation>遗留问题</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="106"/>
        <source>Overpayment note</source>
        <translation>超付说明</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="106"/>
        <source>Lessee</source>
        <translation>承租方</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="107"/>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="107"/>
        <source>Lease from</source>
        <translation>租期起</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="108"/>
        <source>Lease to</source>
        <translation>租期止</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="108"/>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="109"/>
        <source>Payment schedule</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="113"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="114"/>
        <source>Household number</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="115"/>
        <source>Group number</source>
        <translation>小组编号</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="116"/>
        <source>Matter number</source>
        <translation>事项编号</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="117"/>
        <source>Meeting body</source>
        <translation>会议机构</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="118"/>
        <source>Membership status</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/field_labels.py" line="119"/>
        <source>Party branch</source>
        <translation>党支部</translation>
    </message>
</context>
<context>
    <name>handover</name>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="22"/>
        <source>applied</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="22"/>
        <source>already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="23"/>
        <source>held: waiting for an earlier bundle</source>
        <translation>暂存：等待更早的数据包</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="23"/>
        <source>fork (quarantined)</source>
        <translation>分叉（已隔离）</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="24"/>
        <source>rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="24"/>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/models/handover_models.py" line="25"/>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../lufeng_desktop/gui/printing.py" line="91"/>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/printing.py" line="158"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../lufeng_desktop/gui/startup.py" line="64"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/startup.py" line="135"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/startup.py" line="138"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/startup.py" line="139"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/startup.py" line="147"/>
        <source>Choose a backup</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/startup.py" line="148"/>
        <source>Database backups (*.db *.sqlite);;All files (*)</source>
        <translation>数据库备份 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../lufeng_desktop/gui/startup.py" line="192"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
</context>
</TS>
