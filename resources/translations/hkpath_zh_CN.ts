<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AssetsPage</name>
    <message>
        <source>Assets and business</source>
        <translation>资产及业务</translation>
    </message>
    <message>
        <source>Net assets are what you own minus what you owe. Money to live on is what you could support yourself and your family with in Hong Kong without a job there.</source>
        <translation>资产净值即你拥有的资产减去负债。生活费是指你在香港没有工作时，足以维持自己及家人生活的款项。</translation>
    </message>
    <message>
        <source>Net assets</source>
        <translation>资产净值</translation>
    </message>
    <message>
        <source>Held at least this much since</source>
        <translation>自此日期起一直持有至少此数额</translation>
    </message>
    <message>
        <source>Net &amp;assets:</source>
        <translation>资产净值(&amp;A)：</translation>
    </message>
    <message>
        <source>Held since:</source>
        <translation>持有起始日期：</translation>
    </message>
    <message>
        <source>Money you can live on in Hong Kong without working</source>
        <translation>在香港不工作也足以维持生活的款项</translation>
    </message>
    <message>
        <source>&amp;Money to live on:</source>
        <translation>生活费(&amp;M)：</translation>
    </message>
    <message>
        <source>A business you own</source>
        <translation>你拥有的业务</translation>
    </message>
    <message>
        <source>No business</source>
        <translation>没有业务</translation>
    </message>
    <message>
        <source>Yes, I own a business</source>
        <translation>有，我拥有业务</translation>
    </message>
    <message>
        <source>B&amp;usiness:</source>
        <translation>业务(&amp;U)：</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>你的业务</translation>
    </message>
    <message>
        <source>Business profit over the last year</source>
        <translation>过去一年的业务利润</translation>
    </message>
    <message>
        <source>Business is listed on a stock exchange</source>
        <translation>业务已在证券交易所上市</translation>
    </message>
    <message>
        <source>Profit last year:</source>
        <translation>去年利润：</translation>
    </message>
    <message>
        <source>Listed:</source>
        <translation>上市：</translation>
    </message>
    <message>
        <source>Listed: the company&apos;s shares trade on a stock exchange. QMAS counts owning a listed company as one of its criteria.</source>
        <translation>上市：公司股份在证券交易所买卖。优才计划把拥有上市公司列为其中一项准则。</translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation>这个日期不能是将来的日期。</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除%1</translation>
    </message>
</context>
<context>
    <name>ChecklistControls</name>
    <message>
        <source>Route</source>
        <translation>途径</translation>
    </message>
    <message>
        <source>TTPS category</source>
        <translation>“高才通”类别</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>A name, a document, a note or a file name</source>
        <translation>名字、材料、备注或文件名</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>按文字筛选</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Files needing attention</source>
        <translation>需要处理的文件</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>类别(&amp;Y)：</translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation>途径(&amp;U)：</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>阶段(&amp;G)：</translation>
    </message>
    <message>
        <source>Filt&amp;er:</source>
        <translation>筛选(&amp;E)：</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>符合资格</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合资格</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>资料不全</translation>
    </message>
    <message>
        <source>As assessed (%1)</source>
        <translation>按评估结果（%1）</translation>
    </message>
    <message>
        <source>Not decided: list all</source>
        <translation>未决定：全部列出</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>%1 类</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>所有阶段</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Entry</source>
        <translation>入境</translation>
    </message>
    <message>
        <source>Extension of stay</source>
        <translation>延长逗留</translation>
    </message>
    <message>
        <source>Permanent residency</source>
        <translation>永久性居民身份</translation>
    </message>
    <message>
        <source>Net asset assessment</source>
        <translation>资产净值评估</translation>
    </message>
    <message>
        <source>Investment assessment</source>
        <translation>投资评估</translation>
    </message>
    <message>
        <source>Yearly maintenance</source>
        <translation>每年维持</translation>
    </message>
    <message>
        <source>Unconditional stay</source>
        <translation>无条件逗留</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>已附加</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>已豁免</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Folder or drive missing</source>
        <translation>找不到文件夹或磁盘</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Changed since attached</source>
        <translation>附加后已更改</translation>
    </message>
    <message>
        <source>Moved or deleted</source>
        <translation>已移动或删除</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>The file has not been checked yet.</source>
        <translation>文件尚未检查。</translation>
    </message>
    <message>
        <source>The file is where it was and unchanged.</source>
        <translation>文件仍在原处，且未被更改。</translation>
    </message>
    <message>
        <source>The file is no longer there: it was moved, renamed or deleted.</source>
        <translation>文件已不在原处：可能已被移动、重命名或删除。</translation>
    </message>
    <message>
        <source>The folder holding the file is not there: a drive may be unplugged or the folder moved.</source>
        <translation>找不到存放文件的文件夹：磁盘可能已拔出，或文件夹已被移动。</translation>
    </message>
    <message>
        <source>Permission denied: this account may not read the file.</source>
        <translation>权限不足：此账户无权读取该文件。</translation>
    </message>
    <message>
        <source>The drive holding the file cannot be read: it may have been removed.</source>
        <translation>无法读取存放文件的磁盘：磁盘可能已被移除。</translation>
    </message>
    <message>
        <source>The path is too long for the system to open.</source>
        <translation>路径太长，系统无法打开。</translation>
    </message>
    <message>
        <source>The path is not an ordinary file (a folder or a device).</source>
        <translation>此路径不是普通文件（而是文件夹或设备）。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <source>The file&apos;s size has changed since it was attached.</source>
        <translation>文件大小自附加后已发生变化。</translation>
    </message>
    <message>
        <source>The file was modified since it was attached.</source>
        <translation>文件自附加后已被修改。</translation>
    </message>
    <message>
        <source>The file&apos;s content has changed since it was attached.</source>
        <translation>文件内容自附加后已被更改。</translation>
    </message>
    <message>
        <source>%1 of %2 documents ready</source>
        <translation>%1 份文件已备妥，共 %2 份</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="vanished">已完成 %1/%2</translation>
    </message>
    <message>
        <source>principal</source>
        <translation>主申请人</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（尚未命名）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source> (from the employer)</source>
        <translation>（由雇主提供）</translation>
    </message>
    <message>
        <source> (if it applies)</source>
        <translation>（如适用）</translation>
    </message>
    <message>
        <source> (%1 files)</source>
        <translation>（%1 个文件）</translation>
    </message>
    <message>
        <source> — files to check: %1</source>
        <translation> — 需检查的文件：%1</translation>
    </message>
    <message>
        <source>Waived: %1</source>
        <translation>已豁免：%1</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Choose or create a household to see its documents.</source>
        <translation>请选择或新建一个家庭，以查看其材料。</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>导出 PDF(&amp;X)…</translation>
    </message>
    <message>
        <source>Documents by person and stage</source>
        <translation>按人员及阶段列出的材料</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Where is “%1” now?</source>
        <translation>“%1”现在在哪里？</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Route</source>
        <translation>途径</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Category or points</source>
        <translation>类别或分数</translation>
    </message>
    <message>
        <source>Job offer?</source>
        <translation type="vanished">需要工作邀约？</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation type="vanished">资金</translation>
    </message>
    <message>
        <source>First stay</source>
        <translation>首次逗留期</translation>
    </message>
    <message>
        <source>PR from</source>
        <translation>可申请永久居民</translation>
    </message>
    <message>
        <source>Main risk</source>
        <translation>主要风险</translation>
    </message>
    <message>
        <source>Whether a job offer in Hong Kong is needed to apply</source>
        <translation>申请时是否需要香港的工作邀约</translation>
    </message>
    <message>
        <source>Money that must be invested or committed</source>
        <translation>须投资或承诺投入的款项</translation>
    </message>
    <message>
        <source>Length of the first stay granted</source>
        <translation>首次获批逗留期的长短</translation>
    </message>
    <message>
        <source>Earliest date to apply for permanent residency</source>
        <translation>最早可申请永久居民身份的日期</translation>
    </message>
    <message>
        <source>%1 of %2 criteria met</source>
        <translation>%2 项条件中符合 %1 项</translation>
    </message>
    <message>
        <source>General Points Test</source>
        <translation>综合计分制</translation>
    </message>
    <message>
        <source>Achievement-based Points Test</source>
        <translation>成就计分制</translation>
    </message>
    <message>
        <source>met</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合资格</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合资格</translation>
    </message>
    <message>
        <source>Needs answers</source>
        <translation>尚需资料</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>Job offer needed</source>
        <translation>需要工作邀约</translation>
    </message>
    <message>
        <source>Investment needed</source>
        <translation>所需投资</translation>
    </message>
    <message>
        <source>TTPS</source>
        <translation>TTPS</translation>
    </message>
    <message>
        <source>QMAS</source>
        <translation>QMAS</translation>
    </message>
    <message>
        <source>ASMTP</source>
        <translation>ASMTP</translation>
    </message>
    <message>
        <source>GEP</source>
        <translation>GEP</translation>
    </message>
    <message>
        <source>New CIES</source>
        <translation>New CIES</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>尚不确定</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Choose or create a household to compare the routes.</source>
        <translation>请选择或新建一个家庭，以比较各个途径。</translation>
    </message>
    <message>
        <source>Comparison of the five routes</source>
        <translation>五个途径的比较</translation>
    </message>
    <message>
        <source>Details of the selected route</source>
        <translation>所选途径的详情</translation>
    </message>
    <message>
        <source>Export adviser report (PDF)…</source>
        <translation>导出顾问报告 (PDF)…</translation>
    </message>
    <message>
        <source>A PDF of the comparison, every criterion, the outlook and the timeline</source>
        <translation>包含比较结果、每项标准、前景及时间表的 PDF</translation>
    </message>
    <message>
        <source>Stays granted (months)</source>
        <translation>获批逗留期（月）</translation>
    </message>
    <message>
        <source>Earliest permanent residency</source>
        <translation>最早可成为永久性居民</translation>
    </message>
    <message>
        <source>Government fees</source>
        <translation>政府收费</translation>
    </message>
    <message>
        <source>Fees in detail</source>
        <translation>费用明细</translation>
    </message>
    <message>
        <source>Capital needed</source>
        <translation type="vanished">所需资金</translation>
    </message>
    <message>
        <source>Job offer needed</source>
        <translation>需要工作邀约</translation>
    </message>
    <message>
        <source>Family who may come</source>
        <translation>可随行的家人</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>检查了什么</translation>
    </message>
    <message>
        <source>Rules version</source>
        <translation>规则版本</translation>
    </message>
    <message>
        <source>The seven years to permanent residency</source>
        <translation>成为永久性居民的七年</translation>
    </message>
    <message>
        <source>unverified rule</source>
        <translation>未经证实的规则</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <source>What would change the answer</source>
        <translation>怎样才会改变结果</translation>
    </message>
    <message>
        <source>Investment needed</source>
        <translation>所需投资</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>To renew each stay</source>
        <translation>每次延长逗留的条件</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>无国籍</translation>
    </message>
</context>
<context>
    <name>CountryList</name>
    <message>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source>None</source>
        <translation>没有</translation>
    </message>
    <message>
        <source>Yes, the ones ticked below</source>
        <translation>有，即下面勾选的</translation>
    </message>
    <message>
        <source>%1: tick each one</source>
        <translation>%1：逐一勾选</translation>
    </message>
</context>
<context>
    <name>DaysAwayChart</name>
    <message>
        <source>Days outside Hong Kong per calendar year</source>
        <translation>每个日历年离港的天数</translation>
    </message>
    <message>
        <source>No days outside Hong Kong yet</source>
        <translation>暂时没有离港天数</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
</context>
<context>
    <name>DeadlineModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续期</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>EducationCard</name>
    <message>
        <source>Qualification</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层次</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>院校</translation>
    </message>
    <message>
        <source>Country of the institution</source>
        <translation>院校所在国家</translation>
    </message>
    <message>
        <source>Date awarded</source>
        <translation>授予日期</translation>
    </message>
    <message>
        <source>Honorary degree</source>
        <translation>荣誉学位</translation>
    </message>
    <message>
        <source>On the Top Talent Pass list of top universities</source>
        <translation>属于“高端人才通行证计划”合资格大学名单</translation>
    </message>
    <message>
        <source>Check the official list published by the Immigration Department: %1</source>
        <translation type="vanished">请查阅香港入境事务处公布的官方名单：%1</translation>
    </message>
    <message>
        <source>The aggregate list of eligible universities, compiled by the Labour and Welfare Bureau, is linked from the Top Talent Pass Scheme page: %1</source>
        <translation>合资格大学综合名单由劳工及福利局编制，可在“高端人才通行证计划”网页上找到链接：%1</translation>
    </message>
    <message>
        <source>Science, technology, engineering or mathematics subject</source>
        <translation>科学、技术、工程或数学学科</translation>
    </message>
    <message>
        <source>Internationally renowned institution</source>
        <translation>国际知名院校</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>层次：</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>院校：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <source>Awarded on:</source>
        <translation>授予日期：</translation>
    </message>
    <message>
        <source>Honorary degree:</source>
        <translation>荣誉学位：</translation>
    </message>
    <message>
        <source>On the TTPS list of top universities?</source>
        <translation>是否属于“高才通”合资格大学名单？</translation>
    </message>
    <message>
        <source>STEM: science, technology, engineering or mathematics. The Immigration Department publishes a reference list of STEM subjects with its QMAS page; QMAS asks whether a master&apos;s or doctoral degree is in one of them.</source>
        <translation>STEM：科学、科技、工程或数学。入境事务处在优才计划网页附有 STEM 学科参考列表；优才计划会问硕士或博士学位是否属其中一科。</translation>
    </message>
    <message>
        <source>An internationally renowned university or institution. Only the QMAS points table used before November 2024 gave extra points for it. Not sure? Answer Don&apos;t know.</source>
        <translation>国际知名的大学或院校。只有 2024 年 11 月前使用的优才计划计分表会为此加分。不确定？请答“不知道”。</translation>
    </message>
    <message>
        <source>STEM subject:</source>
        <translation>STEM 学科：</translation>
    </message>
    <message>
        <source>Renowned institution:</source>
        <translation>知名院校：</translation>
    </message>
</context>
<context>
    <name>EducationPage</name>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>List your degrees and other post-secondary qualifications.</source>
        <translation>请列出你的学位及其他高等教育学历。</translation>
    </message>
    <message>
        <source>Any degree or diploma?</source>
        <translation>有没有学位或文凭？</translation>
    </message>
    <message>
        <source>Add a &amp;qualification</source>
        <translation>添加学历(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Your family</source>
        <translation>你的家人</translation>
    </message>
    <message>
        <source>Add the spouse or partner and the children who would move with you.</source>
        <translation>请添加会随你移居的配偶或伴侣及子女。</translation>
    </message>
    <message>
        <source>A &amp;spouse or partner would come with me</source>
        <translation>配偶或伴侣会随我同行(&amp;S)</translation>
    </message>
    <message>
        <source>A spouse or partner would come with me</source>
        <translation>配偶或伴侣会随我同行</translation>
    </message>
    <message>
        <source>Spouse or partner</source>
        <translation>配偶或伴侣</translation>
    </message>
    <message>
        <source>Relationship to you</source>
        <translation>与你的关系</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>关系：</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Add a &amp;child</source>
        <translation>添加子女(&amp;C)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>子女</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Problem with this answer</source>
        <translation>这个答案有问题</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Attach files…</source>
        <translation>附加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Attach files to the selected document</source>
        <translation>将文件附加到所选材料</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>打开(&amp;P)</translation>
    </message>
    <message>
        <source>Open the file in its viewer</source>
        <translation>用相应的查看程序打开文件</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>在文件夹中显示(&amp;S)</translation>
    </message>
    <message>
        <source>Open the folder holding the file</source>
        <translation>打开存放文件的文件夹</translation>
    </message>
    <message>
        <source>Rel&amp;ink…</source>
        <translation>重新链接(&amp;I)…</translation>
    </message>
    <message>
        <source>Point the record at the file&apos;s new place</source>
        <translation>将记录指向文件的新位置</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>取消附加(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the file from the list (it stays on disk)</source>
        <translation>从列表中移除文件（文件仍保留在磁盘上）</translation>
    </message>
    <message>
        <source>Re-check fi&amp;les</source>
        <translation>重新检查文件(&amp;L)</translation>
    </message>
    <message>
        <source>Check every attached file again</source>
        <translation>再次检查所有已附加的文件</translation>
    </message>
    <message>
        <source>“%1” is not there: choose Relink… if it moved.</source>
        <translation>找不到“%1”：如文件已移动，请选择“重新链接…”。</translation>
    </message>
    <message>
        <source>The system could not open “%1”.</source>
        <translation>系统无法打开“%1”。</translation>
    </message>
    <message>
        <source>The folder “%1” is not there.</source>
        <translation>找不到文件夹“%1”。</translation>
    </message>
    <message>
        <source>Detached. The file itself was not touched.</source>
        <translation>已取消附加。文件本身没有任何改动。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Files attached: %1.</source>
        <translation>已附加文件：%1。</translation>
    </message>
    <message>
        <source>Not attached:</source>
        <translation>未能附加：</translation>
    </message>
    <message>
        <source>Not relinked: %1</source>
        <translation>未能重新链接：%1</translation>
    </message>
    <message>
        <source>Relinked to “%1”.</source>
        <translation>已重新链接到“%1”。</translation>
    </message>
</context>
<context>
    <name>FileJobs</name>
    <message>
        <source>Reading the files to attach…</source>
        <translation>正在读取要附加的文件…</translation>
    </message>
    <message>
        <source>Reading the new file…</source>
        <translation>正在读取新文件…</translation>
    </message>
    <message>
        <source>Checking the attached files…</source>
        <translation>正在检查已附加的文件…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to HKPath Desktop</source>
        <translation>欢迎使用 HKPath Desktop</translation>
    </message>
    <message>
        <source>Answer a short interview about your household, and the program compares the five routes to living in Hong Kong and plans the seven years to permanent residence. Everything stays on this computer.</source>
        <translation>回答一份关于你家庭的简短问卷，程序便会比较在香港居留的五条途径，并规划至永久居留的七年。所有资料只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Create a household</source>
        <translation>创建家庭</translation>
    </message>
    <message>
        <source>Try the demo household</source>
        <translation>试用示范家庭</translation>
    </message>
    <message>
        <source>Import a profile…</source>
        <translation>导入资料文件…</translation>
    </message>
    <message>
        <source>Start the interview for you and your family.</source>
        <translation>为你和家人开始问卷。</translation>
    </message>
    <message>
        <source>Look around with a sample family; delete it later.</source>
        <translation>用一个示范家庭到处看看；之后可以删除。</translation>
    </message>
    <message>
        <source>Open a profile file you were given or exported.</source>
        <translation>打开别人给你或你导出的资料文件。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>HKPath Desktop guide</source>
        <translation>HKPath Desktop 使用指南</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>使用指南</translation>
    </message>
</context>
<context>
    <name>HKStayPage</name>
    <message>
        <source>In Hong Kong now</source>
        <translation>现在在香港</translation>
    </message>
    <message>
        <source>If you hold a Hong Kong visa or entry permit now, give its route and dates as on the visa label: the plan starts from it. The rest of the family&apos;s stays can be added in the Timeline tab (Stays…).</source>
        <translation>如你现时持有香港签证或进入许可，请按签证标签填写其计划及日期：规划由此开始。其他家庭成员的逗留可在“时间线”标签页（逗留…）添加。</translation>
    </message>
    <message>
        <source>N&amp;o, I do not live in Hong Kong on a stay now</source>
        <translation>否，我现时并非以逗留身份住在香港(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Yes, I am in Hong Kong on this stay:</source>
        <translation>是，我以下列逗留身份在香港(&amp;Y)：</translation>
    </message>
    <message>
        <source>Route of the stay</source>
        <translation>逗留的计划</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>入境日期</translation>
    </message>
    <message>
        <source>Limit of stay</source>
        <translation>逗留期限</translation>
    </message>
    <message>
        <source>Formal Approval (New CIES)</source>
        <translation>正式批准（新资本投资者入境计划）</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>计划：</translation>
    </message>
    <message>
        <source>Entry date:</source>
        <translation>入境日期：</translation>
    </message>
    <message>
        <source>Limit of stay:</source>
        <translation>逗留期限：</translation>
    </message>
    <message>
        <source>Formal Approval (New CIES):</source>
        <translation>正式批准（新资本投资者入境计划）：</translation>
    </message>
    <message>
        <source>A stay covering today is recorded: it is kept. Delete it in the Timeline tab (Stays…) if it is wrong.</source>
        <translation>已记录一段涵盖今天的逗留，会予以保留。如有错误，请在“时间线”标签页（逗留…）删除。</translation>
    </message>
    <message>
        <source>Give the entry date and the limit of stay on the visa label.</source>
        <translation>请填写签证标签上的入境日期及逗留期限。</translation>
    </message>
    <message>
        <source>The limit of stay is before the entry date: check the two dates.</source>
        <translation>逗留期限早于入境日期：请检查这两个日期。</translation>
    </message>
    <message>
        <source>A stay you are on now began today or earlier.</source>
        <translation>你现时的逗留应在今天或之前开始。</translation>
    </message>
    <message>
        <source>This stay has ended: its limit of stay is before today.</source>
        <translation>此逗留已结束：其逗留期限早于今天。</translation>
    </message>
</context>
<context>
    <name>HKWorkCard</name>
    <message>
        <source>Work in Hong Kong</source>
        <translation>在香港工作</translation>
    </message>
    <message>
        <source>Whose work</source>
        <translation>谁的工作</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>工作类别</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>受雇</translation>
    </message>
    <message>
        <source>Own business</source>
        <translation>自己的业务</translation>
    </message>
    <message>
        <source>Employer or business name</source>
        <translation>雇主或业务名称</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Starts or started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends or ended</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>No end planned</source>
        <translation>未计划结束</translation>
    </message>
    <message>
        <source>Monthly salary</source>
        <translation>月薪</translation>
    </message>
    <message>
        <source>A post usually taken by degree holders</source>
        <translation>通常由学位持有人担任的职位</translation>
    </message>
    <message>
        <source>Paid at the market rate</source>
        <translation>薪酬符合市场水平</translation>
    </message>
    <message>
        <source>The Immigration Department approved this employment</source>
        <translation>入境事务处已批准此雇佣</translation>
    </message>
    <message>
        <source>Approval matters for GEP and ASMTP stays.</source>
        <translation>一般就业政策及输入内地人才计划的逗留须有此批准。</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>人士：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Employer or business:</source>
        <translation>雇主或业务：</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>职位：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>由：</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Monthly salary:</source>
        <translation>月薪：</translation>
    </message>
    <message>
        <source>Degree-level post:</source>
        <translation>学位程度职位：</translation>
    </message>
    <message>
        <source>Market pay:</source>
        <translation>市场薪酬：</translation>
    </message>
    <message>
        <source>Approved by ImmD:</source>
        <translation>入境处已批准：</translation>
    </message>
    <message>
        <source>Name the employer or the business.</source>
        <translation>请填写雇主或业务名称。</translation>
    </message>
    <message>
        <source>Give the start date (a planned date is fine).</source>
        <translation>请填写开始日期（计划日期亦可）。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>HKWorkPage</name>
    <message>
        <source>Work in Hong Kong</source>
        <translation>在香港工作</translation>
    </message>
    <message>
        <source>Each job or business in Hong Kong, now or planned, of anyone in the family. Renewals of most stays ask about it.</source>
        <translation>家庭任何成员在香港现有或计划的每份工作或业务。大部分逗留的续期都会问及。</translation>
    </message>
    <message>
        <source>Will anyone work in Hong Kong?</source>
        <translation>会有人在香港工作吗？</translation>
    </message>
    <message>
        <source>Add &amp;work in Hong Kong</source>
        <translation>添加在香港的工作(&amp;W)</translation>
    </message>
</context>
<context>
    <name>IncomeCard</name>
    <message>
        <source>Twelve months of income</source>
        <translation>十二个月的收入</translation>
    </message>
    <message>
        <source>Last day of the twelve months</source>
        <translation>十二个月期间的最后一天</translation>
    </message>
    <message>
        <source>Kind of income</source>
        <translation>收入类别</translation>
    </message>
    <message>
        <source>Income over the twelve months</source>
        <translation>十二个月的收入</translation>
    </message>
    <message>
        <source>Twelve months ending:</source>
        <translation>十二个月截至：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Amount before tax:</source>
        <translation>税前金额：</translation>
    </message>
</context>
<context>
    <name>IncomePage</name>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Enter what you earned in each twelve-month period, in any currency with the exchange rate you want to use. Amounts are kept in Hong Kong dollars.</source>
        <translation>请输入每段十二个月期间的收入，可使用任何货币，并填写你想采用的汇率。金额将以港币记录。</translation>
    </message>
    <message>
        <source>Any income to declare?</source>
        <translation>有没有收入需要申报？</translation>
    </message>
    <message>
        <source>Add &amp;twelve months of income</source>
        <translation>添加十二个月的收入(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>HKPath Desktop is already open on this data folder (process %1). Use that window: two windows on one file would each save over the other&apos;s answers.</source>
        <translation>HKPath Desktop 已在这个文件夹打开（进程 %1）。请使用那个窗口：两个窗口同时使用一个文件，会互相覆盖对方保存的答案。</translation>
    </message>
    <message>
        <source>It was opened on the computer %1.</source>
        <translation>它是在计算机 %1 上打开的。</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>已经打开</translation>
    </message>
</context>
<context>
    <name>InterviewWizard</name>
    <message>
        <source>Interview — %1</source>
        <translation>问卷 — %1</translation>
    </message>
    <message>
        <source>the stays changed meanwhile; look again and retry.</source>
        <translation>逗留记录已在此期间更改；请再查看后重试。</translation>
    </message>
    <message>
        <source>another program kept the data file busy for a minute (a large import, perhaps). What you typed is still here; it is saved when you next pause, leave a field or turn the page.</source>
        <translation>另一个程序占用数据文件已达一分钟（可能正在导入大量数据）。你输入的内容仍在这里；下次停下输入、离开字段或翻页时便会保存。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <source>The answers of this page were not saved: %1</source>
        <translation>这一页的答案未能保存：%1</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>About the selected document</source>
        <translation>所选材料的说明</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Note on the selected document</source>
        <translation>所选材料的备注</translation>
    </message>
    <message>
        <source>Your note on this document, saved as you type</source>
        <translation>你对这份材料的备注，输入时自动保存</translation>
    </message>
    <message>
        <source>Drop files here to attach them to the selected document</source>
        <translation>将文件拖放到这里，即可附加到所选材料</translation>
    </message>
    <message>
        <source>A note is kept up to %1 characters; this one has %2. Shorten it to save it.</source>
        <translation>备注最多可保存 %1 个字符；这条备注有 %2 个。请缩短后再保存。</translation>
    </message>
    <message>
        <source>Select a document to see why it is needed, attach files or write a note.</source>
        <translation>选择一份材料，查看为何需要、附加文件或填写备注。</translation>
    </message>
    <message>
        <source>Choose Relink… to point this record at the file&apos;s new place.</source>
        <translation>请选择“重新链接…”，将这条记录指向文件的新位置。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>unverified rule</source>
        <translation>未经证实的规则</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>已豁免</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>已附加的文件</translation>
    </message>
</context>
<context>
    <name>JobDetailsPage</name>
    <message>
        <source>The job offer</source>
        <translation>工作邀约内容</translation>
    </message>
    <message>
        <source>As written in the offer letter or the draft contract.</source>
        <translation>按录用通知书或合同草稿所写填写。</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>雇主</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位名称</translation>
    </message>
    <message>
        <source>Monthly salary</source>
        <translation>月薪</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source>Employer is listed on the Hong Kong stock exchange</source>
        <translation>雇主在香港交易所上市</translation>
    </message>
    <message>
        <source>Listed: its shares trade on the Hong Kong stock exchange (Main Board or GEM). A listed employer need not send its company papers for a Top Talent Pass extension; a listing abroad does not count for this.</source>
        <translation>上市：股份在香港交易所（主板或 GEM）买卖。上市雇主在高才通延期时无须提交公司文件；在境外上市不计。</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source> month</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Length of the contract in months</source>
        <translation>合同期限（月）</translation>
    </message>
    <message>
        <source>Employer is listed on a stock exchange</source>
        <translation type="vanished">雇主已在证券交易所上市</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>雇主(&amp;E)：</translation>
    </message>
    <message>
        <source>Job &amp;title:</source>
        <translation>职位名称(&amp;T)：</translation>
    </message>
    <message>
        <source>Monthly &amp;salary:</source>
        <translation>月薪(&amp;S)：</translation>
    </message>
    <message>
        <source>Starts on:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>&amp;Contract length:</source>
        <translation>合同期限(&amp;C)：</translation>
    </message>
    <message>
        <source>Listed employer:</source>
        <translation>上市雇主：</translation>
    </message>
</context>
<context>
    <name>JobOfferPage</name>
    <message>
        <source>Job offer</source>
        <translation>工作邀约</translation>
    </message>
    <message>
        <source>Some routes need an offer of a job in Hong Kong; others do not.</source>
        <translation>有些途径需要香港的工作邀约，有些则不需要。</translation>
    </message>
    <message>
        <source>N&amp;o job offer</source>
        <translation>没有工作邀约(&amp;O)</translation>
    </message>
    <message>
        <source>An offer is coming, but I have no &amp;details yet</source>
        <translation>即将获得工作邀约，但还没有详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Yes, I have an offer and can give its details</source>
        <translation>有，我已获得工作邀约并可提供详情(&amp;Y)</translation>
    </message>
    <message>
        <source>Don&apos;t &amp;know</source>
        <translation>不知道(&amp;K)</translation>
    </message>
</context>
<context>
    <name>LanguagesPage</name>
    <message>
        <source>Languages, talent and family</source>
        <translation>语言、才能及家庭</translation>
    </message>
    <message>
        <source>Languages you write and speak well enough to work in, and a few more facts.</source>
        <translation>你的读写及口语能力足以在工作中使用的语言，以及其他几项信息。</translation>
    </message>
    <message>
        <source>Chinese (Putonghua or Cantonese)</source>
        <translation>中文（普通话或粤语）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>for example: Japanese, French</source>
        <translation>例如：日语、法语</translation>
    </message>
    <message>
        <source>Other languages, separated by commas</source>
        <translation>其他语言，以逗号分隔</translation>
    </message>
    <message>
        <source>Chinese:</source>
        <translation>中文：</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>英语：</translation>
    </message>
    <message>
        <source>&amp;Other languages:</source>
        <translation>其他语言(&amp;O)：</translation>
    </message>
    <message>
        <source>Your profession is on Hong Kong&apos;s Talent List</source>
        <translation>你的专业属于香港人才清单内的专业</translation>
    </message>
    <message>
        <source>The Talent List is linked from the Quality Migrant Admission Scheme page: %1</source>
        <translation>人才清单可在“优秀人才入境计划”网页上找到链接：%1</translation>
    </message>
    <message>
        <source>The list is published at %1</source>
        <translation type="vanished">名单发布于 %1</translation>
    </message>
    <message>
        <source>An exceptional award or a widely recognised contribution in your field</source>
        <translation>在你的领域获得杰出奖项或有广受认可的贡献</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes, described below</source>
        <translation>有，详见下文</translation>
    </message>
    <message>
        <source>Describe the award or contribution</source>
        <translation>请描述该奖项或贡献</translation>
    </message>
    <message>
        <source>for example: Olympic medal, 2024</source>
        <translation>例如：奥运奖牌，2024 年</translation>
    </message>
    <message>
        <source>Is your spouse, a parent, a brother or sister, or a child a Hong Kong permanent resident living in Hong Kong</source>
        <translation>你的配偶、父母、兄弟姐妹或子女是否为居住在香港的香港永久性居民</translation>
    </message>
    <message>
        <source>On the &amp;Talent List:</source>
        <translation>属于人才清单专业(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Award or recognition:</source>
        <translation>奖项或认可(&amp;A)：</translation>
    </message>
    <message>
        <source>Describe it in a few words.</source>
        <translation>请用几句话简单描述。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HKPath Desktop</source>
        <translation>HKPath Desktop</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>文件清单(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间表(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Residence</source>
        <translation>居港记录(&amp;R)</translation>
    </message>
    <message>
        <source>Se&amp;ven-year plan</source>
        <translation>七年计划(&amp;V)</translation>
    </message>
    <message>
        <source>Rules %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>新建家庭(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation>导入资料文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export profile…</source>
        <translation>导出资料文件(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Export adviser &amp;report (PDF)…</source>
        <translation>导出顾问报告 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <source>Export &amp;checklist (PDF)…</source>
        <translation>导出文件清单 (PDF)(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>从备份恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>Import r&amp;ule pack…</source>
        <translation>导入规则集(&amp;U)…</translation>
    </message>
    <message>
        <source>H&amp;ousehold</source>
        <translation>家庭(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit answers…</source>
        <translation>修改答案(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About HKPath Desktop</source>
        <translation>关于 HKPath Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>新建家庭</translation>
    </message>
    <message>
        <source>Name of the household:</source>
        <translation>家庭名称：</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>My household</source>
        <translation>我的家庭</translation>
    </message>
    <message>
        <source>A household needs a name, for example your family name:</source>
        <translation>家庭需要一个名称，例如你的姓氏：</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1（示范）</translation>
    </message>
    <message>
        <source>Rename household</source>
        <translation>重命名家庭</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>删除家庭</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and all its answers? This cannot be undone.</source>
        <translation>删除“%1”及其所有答案？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>导入资料文件</translation>
    </message>
    <message>
        <source>Profile JSON (*.json);;All files (*)</source>
        <translation>资料文件 JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import this profile</source>
        <translation>无法导入这个资料文件</translation>
    </message>
    <message>
        <source>Nothing was imported. The problem is at %1: %2</source>
        <translation>没有导入任何数据。问题出在 %1：%2</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>没有更改任何数据：%1</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>导出资料文件</translation>
    </message>
    <message>
        <source>Profile JSON (*.json)</source>
        <translation>资料文件 JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>About HKPath Desktop</source>
        <translation>关于 HKPath Desktop</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;HKPath Desktop&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Compares the five routes to residence in Hong Kong, offline. Not legal advice.&lt;/p&gt;&lt;p&gt;Rules: %2, dated %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;HKPath Desktop&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;离线比较五个赴港居留的途径。不构成法律意见。&lt;/p&gt;&lt;p&gt;规则：%2，日期 %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>%1: currency code</source>
        <translation>%1：货币代码</translation>
    </message>
    <message>
        <source>Three-letter currency code, for example HKD, USD, CNY</source>
        <translation>三个字母的货币代码，例如 HKD、USD、CNY</translation>
    </message>
    <message>
        <source>HKD per unit:</source>
        <translation>每单位兑港币：</translation>
    </message>
    <message>
        <source>rate you use</source>
        <translation>你采用的汇率</translation>
    </message>
    <message>
        <source>%1: Hong Kong dollars for one unit of the currency</source>
        <translation>%1：一个单位该货币可兑换的港币</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>我不知道</translation>
    </message>
    <message>
        <source>Enter an amount, or tick &quot;I don&apos;t know&quot;.</source>
        <translation>请输入金额，或勾选“我不知道”。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Enter a three-letter currency code, such as HKD.</source>
        <translation>请输入三个字母的货币代码，例如 HKD。</translation>
    </message>
    <message>
        <source>Enter how many Hong Kong dollars one unit of this currency is worth.</source>
        <translation>请输入一个单位这种货币值多少港币。</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not answered (e.g. 14/03/1991 or 1991-03-14)</source>
        <translation type="vanished">未回答（例如 1991-03-14 或 1991年3月14日）</translation>
    </message>
    <message>
        <source>e.g. 14/03/1991</source>
        <translation>例如 1991-03-14</translation>
    </message>
    <message>
        <source>Not answered yet. Type a date such as 14/03/1991 or 1991-03-14, or pick one from the calendar.</source>
        <translation>尚未回答。请输入日期，例如 1991-03-14 或 1991年3月14日，或从日历选择。</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Pick %1 from a calendar</source>
        <translation>从日历选择%1</translation>
    </message>
    <message>
        <source>Type the year in full (1991, not 91).</source>
        <translation>请输入完整年份（1991，而不是 91）。</translation>
    </message>
    <message>
        <source>Put the year first, for example 1991-03-14.</source>
        <translation>请把年份写在最前，例如 1991-03-14。</translation>
    </message>
    <message>
        <source>There is no month %1.</source>
        <translation>没有第 %1 个月。</translation>
    </message>
    <message>
        <source>That month name is not one we know: type 1991-03-14.</source>
        <translation>无法识别这个月份名称：请写成 1991-03-14。</translation>
    </message>
    <message>
        <source>%1 has no day %2.</source>
        <translation>%1没有 %2 日。</translation>
    </message>
    <message>
        <source>Give a date between 1900 and 2100.</source>
        <translation>请输入 1900 至 2100 年之间的日期。</translation>
    </message>
    <message>
        <source>Type the date as 14/03/1991 or 1991-03-14.</source>
        <translation>请把日期写成 1991-03-14 或 1991年3月14日。</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>%1: given name</source>
        <translation>%1：名字</translation>
    </message>
    <message>
        <source>%1: family name</source>
        <translation>%1：姓氏</translation>
    </message>
    <message>
        <source>%1: date of birth</source>
        <translation>%1：出生日期</translation>
    </message>
    <message>
        <source>%1: nationality</source>
        <translation>%1：国籍</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>名字：</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>姓氏：</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>%1: country or territory they live in now</source>
        <translation>%1：现时居住的国家或地区</translation>
    </message>
    <message>
        <source>%1: status in Hong Kong today</source>
        <translation>%1：现时在香港的身份</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>国籍：</translation>
    </message>
    <message>
        <source>Lives in:</source>
        <translation>居住地：</translation>
    </message>
    <message>
        <source>Hong Kong status:</source>
        <translation>香港身份：</translation>
    </message>
    <message>
        <source>Where they live decides some papers: a Macao identity card, for example, is asked only of a Macao resident.</source>
        <translation>居住地决定部分所需文件：例如只有澳门居民才须提交澳门身份证。</translation>
    </message>
    <message>
        <source>%1: unmarried</source>
        <translation>%1：未婚</translation>
    </message>
    <message>
        <source>Unmarried:</source>
        <translation>未婚：</translation>
    </message>
    <message>
        <source>A date of birth cannot be in the future.</source>
        <translation>出生日期不能是将来的日期。</translation>
    </message>
    <message>
        <source>A child cannot be born before you (check both dates of birth).</source>
        <translation>子女的出生日期不能早于你（请核对两个出生日期）。</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Your plan</source>
        <translation>你的计划</translation>
    </message>
    <message>
        <source>The route you mean to take and when you expect to enter Hong Kong. The Plan tab then checks each renewal of that route; while the route is not decided it checks every route open to you.</source>
        <translation>你打算采用的计划及预计入境香港的日期。“计划”标签页会逐次检查该计划的续期；未决定计划时，会检查所有你可申请的计划。</translation>
    </message>
    <message>
        <source>Route you mean to take</source>
        <translation>你打算采用的计划</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>尚未决定</translation>
    </message>
    <message>
        <source>Expected date of entry to Hong Kong</source>
        <translation>预计入境香港日期</translation>
    </message>
    <message>
        <source>Leave the date empty if you do not know it yet.</source>
        <translation>如尚未知道日期，请留空。</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>计划(&amp;R)：</translation>
    </message>
    <message>
        <source>Expected &amp;entry:</source>
        <translation>预计入境(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Route planned</source>
        <translation>计划的途径</translation>
    </message>
    <message>
        <source>Renewal, condition or step</source>
        <translation>续期、条件或步骤</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Renewals of each member</source>
        <translation>每位成员的续期</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>途径：</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>假如…</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>改变的种类</translation>
    </message>
    <message>
        <source>The Hong Kong job ends on</source>
        <translation>香港的工作结束于</translation>
    </message>
    <message>
        <source>Away from Hong Kong from</source>
        <translation>离开香港，由</translation>
    </message>
    <message>
        <source>Income a year, from</source>
        <translation>每年收入，由</translation>
    </message>
    <message>
        <source>New CIES portfolio, from</source>
        <translation>新资本投资者入境计划的投资组合，由</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Back on</source>
        <translation>回港日期</translation>
    </message>
    <message>
        <source>HK$</source>
        <translation>港币</translation>
    </message>
    <message>
        <source>Amount in HK$</source>
        <translation>金额（港币）</translation>
    </message>
    <message>
        <source>e.g. 2,000,000</source>
        <translation>例如 2,000,000</translation>
    </message>
    <message>
        <source>Tr&amp;y it</source>
        <translation>试算(&amp;Y)</translation>
    </message>
    <message>
        <source>Changes tried</source>
        <translation>已试算的改变</translation>
    </message>
    <message>
        <source>C&amp;lear the changes</source>
        <translation>清除改变(&amp;L)</translation>
    </message>
    <message>
        <source>Try a change on a copy of the household: nothing is saved. Each status then shows what it is on your plan as well.</source>
        <translation>在家庭资料的副本上试算改变：不会保存任何资料。每个状态旁也会显示按你原本计划的状态。</translation>
    </message>
    <message>
        <source>Give the date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>Give the day you would be back.</source>
        <translation>请填写回港日期。</translation>
    </message>
    <message>
        <source>The day back is before the day you leave.</source>
        <translation>回港日期早于离港日期。</translation>
    </message>
    <message>
        <source>Give the amount in whole Hong Kong dollars.</source>
        <translation>请以整数港元填写金额。</translation>
    </message>
    <message>
        <source>The Hong Kong job ends on %1</source>
        <translation>香港的工作于 %1 结束</translation>
    </message>
    <message>
        <source>Away from %1 until %2</source>
        <translation>由 %1 至 %2 离港</translation>
    </message>
    <message>
        <source>Income of %1 a year from %2</source>
        <translation>由 %2 起每年收入 %1</translation>
    </message>
    <message>
        <source>Portfolio of %1 from %2</source>
        <translation>由 %2 起投资组合为 %1</translation>
    </message>
    <message>
        <source>Choose or create a household to see its seven-year plan.</source>
        <translation>请选择或新增一个家庭，以查看其七年计划。</translation>
    </message>
    <message>
        <source>The plan cannot be made: %1</source>
        <translation>无法制作计划：%1</translation>
    </message>
    <message>
        <source>%1, entering %2: %3</source>
        <translation>%1，%2 入境：%3</translation>
    </message>
    <message>
        <source>Every renewal of this plan has its conditions met.</source>
        <translation>此计划的每次续期均符合条件。</translation>
    </message>
    <message>
        <source>Some conditions are not known yet: answer them, or check them, before the window opens.</source>
        <translation>部分条件尚未知道：请在申请期开始前填写或核实。</translation>
    </message>
    <message>
        <source>A renewal of this plan is blocked: see what to do, and the other routes.</source>
        <translation>此计划有续期受阻：请查看需要做的事，以及其他途径。</translation>
    </message>
    <message>
        <source>%1 (on your plan: %2)</source>
        <translation>%1（按你的计划：%2）</translation>
    </message>
    <message>
        <source>%1 (%2): this plan does not reach permanent residence</source>
        <translation>%1（%2）：按此计划未能取得永久居民身份</translation>
    </message>
    <message>
        <source>%1 (%2): permanent residence from %3</source>
        <translation>%1（%2）：由 %3 起可取得永久居民身份</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1, renewal at %2: %3 → %4</source>
        <translation>%1，%2 的续期：%3 → %4</translation>
    </message>
    <message>
        <source>With these changes, no renewal of this route changes status.</source>
        <translation>有这些改变时，此途径没有续期的状态改变。</translation>
    </message>
    <message>
        <source>With these changes:</source>
        <translation>有这些改变时：</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Every route asks these two questions on its application form. Your answers stay on this computer; they only help show which questions to prepare for. If you are unsure how a past matter counts, choose &quot;Don&apos;t know&quot; and ask a lawyer.</source>
        <translation>每个途径的申请表都会问这两个问题。你的答案只会保存在这台电脑上，仅用于显示需要准备哪些问题。如不确定过往某件事应如何认定，请选择“不知道”并咨询律师。</translation>
    </message>
    <message>
        <source>Have you ever been convicted of a crime or offence in any country?</source>
        <translation>你是否曾在任何国家被判犯有任何罪行？</translation>
    </message>
    <message>
        <source>Have you ever been refused a visa or entry, deported or removed, or overstayed, in any country?</source>
        <translation>你是否曾在任何国家被拒签或拒绝入境、被驱逐或遣送出境，或逾期居留？</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Your saved data file is damaged and cannot be opened.</source>
        <translation>你保存的数据文件已损坏，无法打开。</translation>
    </message>
    <message>
        <source>The data file is not an HKPath Desktop file.</source>
        <translation>这个数据文件不是 HKPath Desktop 的文件。</translation>
    </message>
    <message>
        <source>Your data file holds things HKPath Desktop did not put there, or lacks some it needs; another program may have changed it. It was not opened, so nothing in it could run.</source>
        <translation>你的数据文件含有 HKPath Desktop 没有放进去的东西，或缺少它需要的部分；可能有其他程序改动过它。文件没有被打开，所以其中的内容都不能运行。</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of HKPath Desktop. Please install that version to open it.</source>
        <translation>你的数据由较新版本的 HKPath Desktop 保存。请安装该版本以打开数据。</translation>
    </message>
    <message>
        <source>HKPath Desktop may not write to your data file or its folder. Please check their permissions, then start the program again.</source>
        <translation type="vanished">HKPath Desktop 没有权限写入你的数据文件或其所在文件夹。请检查两者的权限，然后重新启动程序。</translation>
    </message>
    <message>
        <source>Your data could not be brought up to date for this version of the program. A copy taken before the attempt is kept beside it.</source>
        <translation>未能将你的数据更新为本版本程序适用的格式。更新前的副本已保存在同一文件夹中。</translation>
    </message>
    <message>
        <source>Your data file cannot be used right now; another copy of the program may have it open. Please close it and try again.</source>
        <translation type="vanished">你的数据文件目前无法使用，可能已被另一个正在运行的程序打开。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>HKPath Desktop may not write to your data file or its folder: the disk may be read-only, or their permissions forbid it. The file itself is fine. Please make the disk or folder writable, then choose Try again.</source>
        <translation>HKPath Desktop 无法写入你的数据文件或其文件夹：磁盘可能是只读的，或权限不允许。文件本身没有问题。请让该磁盘或文件夹可以写入，然后选择“再试一次”。</translation>
    </message>
    <message>
        <source>The disk that holds your data file is full, so HKPath Desktop cannot open it. The file itself is fine. Please free some space on that disk (move or delete other files), then choose Try again.</source>
        <translation>存放你数据文件的磁盘已满，因此 HKPath Desktop 无法打开它。文件本身没有问题。请在该磁盘腾出一些空间（移走或删除其他文件），然后选择“再试一次”。</translation>
    </message>
    <message>
        <source>Another program, perhaps a second HKPath Desktop window, is using your data file. The file itself is fine. Please close that program, then choose Try again.</source>
        <translation>另一个程序（可能是第二个 HKPath Desktop 窗口）正在使用你的数据文件。文件本身没有问题。请关闭该程序，然后选择“再试一次”。</translation>
    </message>
    <message>
        <source>Your data file could not be read just now. This does not mean it is damaged. Please check the disk it is on, then choose Try again.</source>
        <translation>刚才未能读取你的数据文件。这并不表示文件已损坏。请检查存放它的磁盘，然后选择“再试一次”。</translation>
    </message>
    <message>
        <source>HKPath Desktop cannot open your data</source>
        <translation>HKPath Desktop 无法打开你的数据</translation>
    </message>
    <message>
        <source>The file is %1. It has not been changed.</source>
        <translation>文件为 %1，未被更改。</translation>
    </message>
    <message>
        <source>You can go back to your newest backup, from %1.</source>
        <translation>你可以恢复到最新的备份（%1）。</translation>
    </message>
    <message>
        <source>Whatever you choose, the current file is kept under a new name beside it; nothing is deleted.</source>
        <translation>无论你怎样选择，现有文件都会以新名称保存在同一文件夹中；不会删除任何数据。</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Start a new file</source>
        <translation>新建文件</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>未能创建备份：%1</translation>
    </message>
    <message>
        <source>Your data was copied to %1.</source>
        <translation>你的数据已复制到 %1。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation>暂时还没有备份。</translation>
    </message>
    <message>
        <source>Go back to the backup from:</source>
        <translation>恢复到以下日期的备份：</translation>
    </message>
    <message>
        <source>Replace your current data with the backup from %1? The current file is kept beside it under a new name.</source>
        <translation>用 %1 的备份替换你现有的数据？现有文件会以新名称保存在同一文件夹中。</translation>
    </message>
    <message>
        <source>another program (a command in a terminal, say) has your data file open, and its saves would be lost. Close it and try again.</source>
        <translation>另一个程序（例如终端中的命令）正在使用你的数据文件，它保存的内容会因此丢失。请先关闭它，然后再试。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>没有恢复任何数据：%1</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>PDF, A4 paper (*.pdf)</source>
        <translation>PDF，A4 纸 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter paper (*.pdf)</source>
        <translation>PDF，美国 Letter 纸 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF 已保存</translation>
    </message>
    <message>
        <source>Saved {pages} pages to {path}.

Open it now?</source>
        <translation>已将 {pages} 页保存到 {path}。

现在打开吗？</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF 未保存</translation>
    </message>
    <message>
        <source>The PDF could not be written: {0}</source>
        <translation>无法写入 PDF：{0}</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>正在写入 {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Saving PDF</source>
        <translation>正在保存 PDF</translation>
    </message>
    <message>
        <source>Save adviser report</source>
        <translation>保存顾问报告</translation>
    </message>
    <message>
        <source>adviser report</source>
        <translation>顾问报告</translation>
    </message>
    <message>
        <source>Save checklist</source>
        <translation>保存材料清单</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>材料清单</translation>
    </message>
</context>
<context>
    <name>ResidenceView</name>
    <message>
        <source>Choose or create a household to keep its trips.</source>
        <translation>请选择或新建一个家庭，以记录其行程。</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>&amp;Add trip…</source>
        <translation>添加行程(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Trips out of Hong Kong</source>
        <translation>离港行程</translation>
    </message>
    <message>
        <source>Days outside Hong Kong: summary</source>
        <translation>离港天数：摘要</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>These trips cannot be counted until they are corrected:</source>
        <translation>以下行程须先更正才能计算：</translation>
    </message>
    <message>
        <source>%1 — as of %2</source>
        <translation>%1 — 截至 %2</translation>
    </message>
    <message>
        <source>Last twelve months: %1 days outside</source>
        <translation>过去十二个月：离港 %1 天</translation>
    </message>
    <message>
        <source>A day counts as outside when you spent all of it away: the days you leave and come back are days in Hong Kong.</source>
        <translation>整天不在香港才算作离港日：离港及回港当日都算作在港日子。</translation>
    </message>
    <message>
        <source>Busiest twelve months: none</source>
        <translation>离港最多的十二个月：无</translation>
    </message>
    <message>
        <source>Busiest twelve months: %1 days outside, ending %2</source>
        <translation>离港最多的十二个月：离港 %1 天，截至 %2</translation>
    </message>
    <message>
        <source>Absences longer than %1 months</source>
        <translation>超过 %1 个月的离港</translation>
    </message>
    <message>
        <source>still away</source>
        <translation>仍在外地</translation>
    </message>
    <message>
        <source>Left %1, back %2: %3 days. The PR form asks for the reason.</source>
        <translation>%1 离港，%2 回港：%3 天。永久居民申请表会询问原因。</translation>
    </message>
    <message>
        <source>Delete the trip that left on %1 (back: %2)?</source>
        <translation>删除 %1 离港的行程（回港：%2）？</translation>
    </message>
    <message>
        <source>Delete trip</source>
        <translation>删除行程</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Not saved: the trips changed meanwhile; import the file again.</source>
        <translation>未保存：行程在此期间已有变动，请重新导入文件。</translation>
    </message>
    <message>
        <source>Saving %1 trips…</source>
        <translation>正在保存 %1 次行程…</translation>
    </message>
    <message>
        <source>Export trips as CSV</source>
        <translation>将行程导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Days outside</source>
        <translation>离港天数</translation>
    </message>
    <message>
        <source>What these numbers mean</source>
        <translation>这些数字的含义</translation>
    </message>
</context>
<context>
    <name>RulePackDialog</name>
    <message>
        <source>Import rule pack</source>
        <translation>导入规则集</translation>
    </message>
    <message>
        <source>Rule pack (*.zip);;All files (*)</source>
        <translation>规则集 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>没有更改任何数据：%1</translation>
    </message>
    <message>
        <source>Your households cannot be read: %1</source>
        <translation>无法读取你的家庭资料：%1</translation>
    </message>
    <message>
        <source>The rule pack was not saved: %1</source>
        <translation type="vanished">规则集未保存：%1</translation>
    </message>
    <message>
        <source>Rule pack %1 → %2, released %3</source>
        <translation>规则集 %1 → %2，%3 发布</translation>
    </message>
    <message>
        <source>Values that change (%1):</source>
        <translation>会改变的数值（%1 项）：</translation>
    </message>
    <message>
        <source>No value changes.</source>
        <translation>没有数值改变。</translation>
    </message>
    <message>
        <source>Verdicts of your households that change on %1:</source>
        <translation>你的家庭在 %1 会改变的结果：</translation>
    </message>
    <message>
        <source>No verdict of your %1 households changes on %2.</source>
        <translation>你的 %1 个家庭在 %2 的结果都没有改变。</translation>
    </message>
    <message>
        <source>&amp;Apply this rule pack</source>
        <translation>应用此规则集(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot import this rule pack</source>
        <translation>无法导入此规则集</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>A new language applies the next time you start HKPath Desktop.</source>
        <translation>新的语言将在下次启动 HKPath Desktop 时生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Documents done</source>
        <translation>已完成的材料</translation>
    </message>
    <message>
        <source>Files needing attention</source>
        <translation>需要处理的文件</translation>
    </message>
    <message>
        <source>Reading files</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>上一个操作</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Whole household: %1</source>
        <translation>全家：%1</translation>
    </message>
    <message>
        <source>Files needing attention: %1 (moved, deleted, changed or unreadable). Select one and choose Relink… to point the record at the file&apos;s place.</source>
        <translation>需要处理的文件：%1（已移动、删除、更改或无法读取）。请选择其中一个，再选择“重新链接…”将记录指向文件所在位置。</translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <source>Edit stay</source>
        <translation>修改逗留记录</translation>
    </message>
    <message>
        <source>New stay</source>
        <translation>新增逗留记录</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>途径</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>入境日期</translation>
    </message>
    <message>
        <source>Limit of stay</source>
        <translation>逗留期限</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>保证人</translation>
    </message>
    <message>
        <source>Formal Approval</source>
        <translation>正式批准</translation>
    </message>
    <message>
        <source>Dependant of</source>
        <translation>保证人</translation>
    </message>
    <message>
        <source>Formal Approval (New CIES)</source>
        <translation>正式批准（新资本投资者入境计划）</translation>
    </message>
    <message>
        <source>Give the day the stay began (the entry date on the visa label).</source>
        <translation>请填写逗留期开始的日期（签证标签上的入境日期）。</translation>
    </message>
    <message>
        <source>Give the limit of stay (the last day the stay allows).</source>
        <translation>请填写逗留期限（准许逗留的最后一天）。</translation>
    </message>
    <message>
        <source>The limit of stay is before the entry date: check the two dates.</source>
        <translation>逗留期限早于入境日期：请核对这两个日期。</translation>
    </message>
    <message>
        <source>Choose whose dependant this person is.</source>
        <translation>请选择此人是谁的受养人。</translation>
    </message>
    <message>
        <source>The Formal Approval date is after the limit of stay.</source>
        <translation>正式批准日期在逗留期限之后。</translation>
    </message>
</context>
<context>
    <name>StaysDialog</name>
    <message>
        <source>Stays in Hong Kong</source>
        <translation>在香港的逗留记录</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>途径</translation>
    </message>
    <message>
        <source>From</source>
        <translation>由</translation>
    </message>
    <message>
        <source>Limit of stay</source>
        <translation>逗留期限</translation>
    </message>
    <message>
        <source>Dependant of</source>
        <translation>保证人</translation>
    </message>
    <message>
        <source>Formal Approval</source>
        <translation>正式批准</translation>
    </message>
    <message>
        <source>&amp;Add stay…</source>
        <translation>新增逗留记录(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the %1 stay of %2 from %3 to %4?</source>
        <translation>删除%2由 %3 至 %4 的%1逗留记录？</translation>
    </message>
    <message>
        <source>Delete stay</source>
        <translation>删除逗留记录</translation>
    </message>
    <message>
        <source>Not saved: the stays changed meanwhile; look again and retry.</source>
        <translation>未保存：逗留记录在此期间已有变动，请再查看后重试。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps of the interview</source>
        <translation>问卷步骤</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Check your answers. Follow &quot;Edit&quot; to change a section.</source>
        <translation>请核对你的答案。点击“修改”可更改相应部分。</translation>
    </message>
    <message>
        <source>All your answers</source>
        <translation>你的所有答案</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Living in</source>
        <translation>居住地</translation>
    </message>
    <message>
        <source>Hong Kong status</source>
        <translation>香港身份</translation>
    </message>
    <message>
        <source>Permanent residence elsewhere</source>
        <translation>其他地方的永久居留权</translation>
    </message>
    <message>
        <source>None</source>
        <translation>没有</translation>
    </message>
    <message>
        <source>Travel document valid until</source>
        <translation>旅行证件有效期至</translation>
    </message>
    <message>
        <source>Spouse or partner</source>
        <translation>配偶或伴侣</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Family members coming</source>
        <translation>随行家人</translation>
    </message>
    <message>
        <source>No job offer</source>
        <translation>没有工作邀约</translation>
    </message>
    <message>
        <source>Offer expected, details not known</source>
        <translation>即将获得工作邀约，详情未知</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>关于你</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家人</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Work periods</source>
        <translation>工作期间</translation>
    </message>
    <message>
        <source>awarded %1</source>
        <translation>%1 颁授</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>full-time</source>
        <translation>全职</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>自雇</translation>
    </message>
    <message>
        <source>graduate level</source>
        <translation>学位程度工作</translation>
    </message>
    <message>
        <source>senior role</source>
        <translation>高级职位</translation>
    </message>
    <message>
        <source>lives in %1</source>
        <translation>居于%1</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Twelve months ending %1</source>
        <translation>截至 %1 的十二个月</translation>
    </message>
    <message>
        <source>Income periods</source>
        <translation>收入期间</translation>
    </message>
    <message>
        <source>Job offer</source>
        <translation>工作邀约</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>工作邀约</translation>
    </message>
    <message>
        <source>Languages, talent and family</source>
        <translation>语言、才能及家庭</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Profession on the Talent List</source>
        <translation>属于人才清单内的专业</translation>
    </message>
    <message>
        <source>Award or recognition</source>
        <translation>奖项或认可</translation>
    </message>
    <message>
        <source>Family member living in Hong Kong</source>
        <translation>在香港居住的家人</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Net assets</source>
        <translation>资产净值</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>持有起始日期</translation>
    </message>
    <message>
        <source>Money to live on</source>
        <translation>生活费</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Criminal conviction</source>
        <translation>刑事定罪</translation>
    </message>
    <message>
        <source>Adverse immigration record</source>
        <translation>不良出入境记录</translation>
    </message>
    <message>
        <source>no end planned</source>
        <translation>未计划结束</translation>
    </message>
    <message>
        <source>Work in Hong Kong</source>
        <translation>在香港工作</translation>
    </message>
    <message>
        <source>%1 from %2, limit of stay %3</source>
        <translation>%1，由 %2 起，逗留期限 %3</translation>
    </message>
    <message>
        <source>No stay recorded</source>
        <translation>未记录逗留</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>你的计划</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>尚未决定</translation>
    </message>
    <message>
        <source>Expected entry</source>
        <translation>预计入境</translation>
    </message>
    <message>
        <source>In Hong Kong now</source>
        <translation>现在在香港</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>逗留</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Timeline chart</source>
        <translation>时间表图表</translation>
    </message>
    <message>
        <source>No stay recorded</source>
        <translation>没有逗留记录</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>unverified pattern</source>
        <translation>未经证实的模式</translation>
    </message>
    <message>
        <source>{who}: {pathway} stay, {how}&lt;br&gt;{start} to {limit}</source>
        <translation>{who}：{pathway}逗留期，{how}&lt;br&gt;{start} 至 {limit}</translation>
    </message>
    <message>
        <source>The pattern behind this projection is not confirmed officially.</source>
        <translation>这项推算所依据的模式未经官方确认。</translation>
    </message>
    <message>
        <source>or top-tier: to {limit}</source>
        <translation>或顶尖人才类别：至 {limit}</translation>
    </message>
    <message>
        <source>{who}: alternative projection ({title})&lt;br&gt;{start} to {limit}&lt;br&gt;{condition}</source>
        <translation>{who}：另一推算（{title}）&lt;br&gt;{start} 至 {limit}&lt;br&gt;{condition}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Renewal on the plan: %1</source>
        <translation>计划中的续期：%1</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>今天，{day}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Add a stay…</source>
        <translation>新增逗留记录(&amp;A)…</translation>
    </message>
    <message>
        <source>Upcoming deadlines</source>
        <translation>即将到期的截止日期</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>整个期间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms; drag or wheel to scroll</source>
        <translation>Ctrl+滚轮可缩放；拖动或滚动滚轮可滚动</translation>
    </message>
    <message>
        <source>&amp;Stays…</source>
        <translation>逗留记录(&amp;S)…</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>导出日历 (.ics)…</translation>
    </message>
    <message>
        <source>Solid bar: recorded stay · pale dashed bar: projected · purple dashed bar: top-tier alternative · shaded: a window to act in</source>
        <translation>实线条：已记录的逗留期 · 淡色虚线条：推算 · 紫色虚线条：顶尖人才类别的另一推算 · 阴影：须办理手续的期间</translation>
    </message>
    <message>
        <source>Choose or create a household to see its timeline.</source>
        <translation>请选择或新建一个家庭，以查看其时间表。</translation>
    </message>
    <message>
        <source>No stays yet. Add each person&apos;s stay in Hong Kong (entry date, limit of stay, pathway) to see the extensions, deadlines and the seven-year date.</source>
        <translation>尚无逗留记录。请添加每人在香港的逗留信息（入境日期、逗留期限、途径），以查看延期、截止日期及满七年的日期。</translation>
    </message>
    <message>
        <source>The timeline cannot be drawn: {reason}</source>
        <translation>无法绘制时间表：{reason}</translation>
    </message>
    <message>
        <source>Rule pack {version}. Hover over a bar or marker for details.</source>
        <translation>规则版本 {version}。将鼠标悬停在线条或标记上可查看详情。</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Calendar written to {path} ({count} events).</source>
        <translation>日历已写入 {path}（{count} 个事件）。</translation>
    </message>
</context>
<context>
    <name>TriStateChoice</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message>
        <source>Edit trip of %1</source>
        <translation>修改 %1 的行程</translation>
    </message>
    <message>
        <source>New trip of %1</source>
        <translation>%1 的新行程</translation>
    </message>
    <message>
        <source>Day you left Hong Kong</source>
        <translation>你离港的日期</translation>
    </message>
    <message>
        <source>Day you came back</source>
        <translation>你回港的日期</translation>
    </message>
    <message>
        <source>Still away</source>
        <translation>仍在外地</translation>
    </message>
    <message>
        <source>Left Hong Kong on</source>
        <translation>离港日期</translation>
    </message>
    <message>
        <source>Came back on</source>
        <translation>回港日期</translation>
    </message>
    <message>
        <source>Give the day you left Hong Kong.</source>
        <translation>请输入离港日期。</translation>
    </message>
    <message>
        <source>You came back before you left: check the two dates.</source>
        <translation>回港日期早于离港日期：请核对两个日期。</translation>
    </message>
    <message>
        <source>This trip overlaps another trip.</source>
        <translation>这次行程与另一次行程重叠。</translation>
    </message>
    <message>
        <source>still away</source>
        <translation>仍在外地</translation>
    </message>
    <message>
        <source>This trip overlaps the trip that left on %1 (back: %2).</source>
        <translation>这次行程与 %1 离港的行程重叠（回港：%2）。</translation>
    </message>
    <message>
        <source>A trip that has not begun yet is not counted until it does.</source>
        <translation>尚未开始的行程，出发后才会计算。</translation>
    </message>
</context>
<context>
    <name>TripImportDialog</name>
    <message>
        <source>Import trips from CSV</source>
        <translation>从 CSV 导入行程</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <source>Rows of the file and their problems</source>
        <translation>文件中的各行及其问题</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The first row must name the columns %1. Member: an id (m1) or a name as in the household. Dates as YYYY-MM-DD; leave &apos;returned&apos; empty while still away. UTF-8, separated by commas or semicolons.</source>
        <translation>第一行必须列出列名 %1。成员：编号（m1）或与家庭资料中相同的名字。日期格式为 YYYY-MM-DD；仍在外地时，“returned”请留空。文件须为 UTF-8 编码，以逗号或分号分隔。</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Choose a CSV file of trips</source>
        <translation>选择行程的 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 trips are ready to import.</source>
        <translation>%1 次行程可以导入。</translation>
    </message>
    <message>
        <source>No trips found.</source>
        <translation>未找到任何行程。</translation>
    </message>
    <message>
        <source>Rows with a problem: %1 of %2. Nothing will be imported: correct the file and choose it again.</source>
        <translation>有问题的行：%2 行中有 %1 行。不会导入任何数据：请修正文件后重新选择。</translation>
    </message>
    <message>
        <source>… and %1 more: tick “Show only rows with problems” to see them.</source>
        <translation>… 另有 %1 项：勾选“只显示有问题的行”即可查看。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>第 %1 行“%2”列</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>TripImportModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离港</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>回港</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Still away</source>
        <translation>仍在外地</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>TripsModel</name>
    <message>
        <source>Whole days outside Hong Kong; the days of leaving and of coming back count as days in Hong Kong</source>
        <translation>完整离港天数；离港及回港当日均计作在港日子</translation>
    </message>
    <message>
        <source>Left Hong Kong</source>
        <translation>离港</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>回港</translation>
    </message>
    <message>
        <source>Days outside</source>
        <translation>离港天数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Still away</source>
        <translation>仍在外地</translation>
    </message>
    <message>
        <source>Planned: not counted yet</source>
        <translation>计划中：暂不计算</translation>
    </message>
    <message>
        <source>Over %1 months: the PR form asks why</source>
        <translation>超过 %1 个月：永久居民申请表会询问原因</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>&lt;p&gt;This interview asks about you and the family members who would move with you, then compares the five routes to living in Hong Kong.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Offline and private.&lt;/b&gt; Your answers stay in a file on this computer. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not legal advice.&lt;/b&gt; The comparison follows the published rules as this program has recorded them; the Immigration Department decides every case.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Don&apos;t know?&lt;/b&gt; Every question accepts &quot;Don&apos;t know&quot;. The comparison then says what it cannot decide yet, and never guesses.&lt;/p&gt;&lt;p&gt;Your answers are saved as you go: you can close the interview at any time and come back to the same page.&lt;/p&gt;&lt;p&gt;Rules: %1, dated %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这份问卷会询问你及会随你移居的家人的情况，然后比较五个赴港居住的途径。&lt;/p&gt;&lt;p&gt;&lt;b&gt;离线且保护隐私。&lt;/b&gt;你的答案只保存在这台电脑上的文件中，不会发送到任何地方。&lt;/p&gt;&lt;p&gt;&lt;b&gt;不构成法律意见。&lt;/b&gt;比较结果依据本程序所记录的已公布规则；每宗个案均由香港入境事务处决定。&lt;/p&gt;&lt;p&gt;&lt;b&gt;不知道？&lt;/b&gt;每个问题都可以回答“不知道”。比较结果会说明哪些事项暂时无法判断，绝不猜测。&lt;/p&gt;&lt;p&gt;你的答案会随时保存：你可以随时关闭问卷，稍后再回到同一页。&lt;/p&gt;&lt;p&gt;规则：%1，日期 %2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About this interview</source>
        <translation>关于这份问卷</translation>
    </message>
</context>
<context>
    <name>WorkCard</name>
    <message>
        <source>Work period</source>
        <translation>工作期间</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>雇主</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Still working here</source>
        <translation>仍在此工作</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>全职</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>自雇</translation>
    </message>
    <message>
        <source>Work at graduate level</source>
        <translation>需要本科学历的工作</translation>
    </message>
    <message>
        <source>Senior or managerial role</source>
        <translation>高级或管理职位</translation>
    </message>
    <message>
        <source>International experience</source>
        <translation>国际工作经验</translation>
    </message>
    <message>
        <source>Multinational or listed employer</source>
        <translation>跨国或上市公司雇主</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>雇主：</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>职位：</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>Full-time:</source>
        <translation>全职：</translation>
    </message>
    <message>
        <source>Self-employed:</source>
        <translation>自雇：</translation>
    </message>
    <message>
        <source>Graduate-level work:</source>
        <translation>需要本科学历的工作：</translation>
    </message>
    <message>
        <source>Senior role:</source>
        <translation>高级职位：</translation>
    </message>
    <message>
        <source>Outside your home country:</source>
        <translation>在原籍国家以外：</translation>
    </message>
    <message>
        <source>A multinational or well-known company, for example one listed on a stock exchange or named in the Forbes Global 2000, Fortune Global 500 or Hurun China 500. QMAS counts three years or more of graduate-level work for one.</source>
        <translation>跨国或知名公司，例如在证券交易所上市，或列入《福布斯》全球 2000 强、《财富》世界 500 强或胡润中国 500 强的公司。优才计划计算在这类公司三年或以上的大学程度工作。</translation>
    </message>
    <message>
        <source>Multinational employer:</source>
        <translation>跨国雇主：</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <source>A past job cannot start in the future.</source>
        <translation>过往的工作不能在将来才开始。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <source>Work experience</source>
        <translation>工作经验</translation>
    </message>
    <message>
        <source>List each job or period of self-employment, the current one included.</source>
        <translation>请列出每份工作或自雇期间，包括目前的工作。</translation>
    </message>
    <message>
        <source>Any work experience?</source>
        <translation>有没有工作经验？</translation>
    </message>
    <message>
        <source>Add a &amp;work period</source>
        <translation>添加工作期间(&amp;W)</translation>
    </message>
</context>
<context>
    <name>YouPage</name>
    <message>
        <source>About you</source>
        <translation>关于你</translation>
    </message>
    <message>
        <source>You are the main applicant. Only your given name is needed to go on.</source>
        <translation>你是主申请人。只需填写名字即可继续。</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Country or territory you live in now</source>
        <translation>你目前居住的国家或地区</translation>
    </message>
    <message>
        <source>Your status in Hong Kong today</source>
        <translation>你目前在香港的身份</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>名字(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>姓氏(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>出生日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Nat&amp;ionality:</source>
        <translation>国籍(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Living in:</source>
        <translation>居住地(&amp;L)：</translation>
    </message>
    <message>
        <source>Countries where you hold permanent residence (other than your nationality)</source>
        <translation>你持有永久居留权的国家（国籍所属国家除外）</translation>
    </message>
    <message>
        <source>Passport or travel document valid until</source>
        <translation>护照或旅行证件有效期至</translation>
    </message>
    <message>
        <source>Hong Kong &amp;status:</source>
        <translation>香港身份(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Permanent residence in other countries:</source>
        <translation>其他国家的永久居留权(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Travel document valid until:</source>
        <translation>旅行证件有效期至(&amp;T)：</translation>
    </message>
    <message>
        <source>A date of birth cannot be in the future.</source>
        <translation>出生日期不能是将来的日期。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>The program hit an unexpected problem and did not finish that step. Your saved answers are safe.</source>
        <translation>程序遇到意外问题，未能完成该步骤。你已保存的答案不受影响。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Extension window opens</source>
        <translation>可申请延期的期间开始</translation>
    </message>
    <message>
        <source>New CIES portfolio check window opens</source>
        <translation>新资投计划投资组合审核期开始</translation>
    </message>
    <message>
        <source>Limit of stay</source>
        <translation>逗留期限</translation>
    </message>
    <message>
        <source>New CIES anniversary</source>
        <translation>新资投计划周年日</translation>
    </message>
    <message>
        <source>Fulfillment document due</source>
        <translation>须交“符合规定文件”</translation>
    </message>
    <message>
        <source>Child comes of age</source>
        <translation>子女成年</translation>
    </message>
    <message>
        <source>Travel document expires</source>
        <translation>旅行证件到期</translation>
    </message>
    <message>
        <source>Sponsor&apos;s stay ends first</source>
        <translation>担保人的逗留期较早届满</translation>
    </message>
    <message>
        <source>Seven years complete</source>
        <translation>满七年</translation>
    </message>
    <message>
        <source>Long absence</source>
        <translation>长时间离港</translation>
    </message>
    <message>
        <source>TTPS</source>
        <translation>高才通</translation>
    </message>
    <message>
        <source>QMAS</source>
        <translation>优才</translation>
    </message>
    <message>
        <source>ASMTP</source>
        <translation>输入内地人才</translation>
    </message>
    <message>
        <source>GEP</source>
        <translation>一般就业政策</translation>
    </message>
    <message>
        <source>New CIES</source>
        <translation>新资投计划</translation>
    </message>
    <message>
        <source>Dependant</source>
        <translation>受养人</translation>
    </message>
    <message>
        <source>Other stay</source>
        <translation>其他逗留</translation>
    </message>
</context>
<context>
    <name>tour</name>
    <message>
        <source>Demo household — not your data</source>
        <translation>示例家庭 — 不是你的数据</translation>
    </message>
</context>
</TS>
