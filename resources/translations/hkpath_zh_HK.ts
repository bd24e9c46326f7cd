<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK" sourcelanguage="en">
<context>
    <name>AssetsPage</name>
    <message>
        <source>Assets and business</source>
        <translation>資產及業務</translation>
    </message>
    <message>
        <source>Net assets are what you own minus what you owe. Money to live on is what you could support yourself and your family with in Hong Kong without a job there.</source>
        <translation>資產淨值即你擁有的資產減去負債。生活費是指你在香港沒有工作時，足以維持自己及家人生活的款項。</translation>
    </message>
    <message>
        <source>Net assets</source>
        <translation>資產淨值</translation>
    </message>
    <message>
        <source>Held at least this much since</source>
        <translation>自此日期起一直持有至少此數額</translation>
    </message>
    <message>
        <source>Net &amp;assets:</source>
        <translation>資產淨值(&amp;A)：</translation>
    </message>
    <message>
        <source>Held since:</source>
        <translation>持有日期起：</translation>
    </message>
    <message>
        <source>Money you can live on in Hong Kong without working</source>
        <translation>在香港不工作也足以維持生活的款項</translation>
    </message>
    <message>
        <source>&amp;Money to live on:</source>
        <translation>生活費(&amp;M)：</translation>
    </message>
    <message>
        <source>A business you own</source>
        <translation>你擁有的業務</translation>
    </message>
    <message>
        <source>No business</source>
        <translation>沒有業務</translation>
    </message>
    <message>
        <source>Yes, I own a business</source>
        <translation>有，我擁有業務</translation>
    </message>
    <message>
        <source>B&amp;usiness:</source>
        <translation>業務(&amp;U)：</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>你的業務</translation>
    </message>
    <message>
        <source>Business profit over the last year</source>
        <translation>過去一年的業務利潤</translation>
    </message>
    <message>
        <source>Business is listed on a stock exchange</source>
        <translation>業務已在證券交易所上市</translation>
    </message>
    <message>
        <source>Profit last year:</source>
        <translation>去年利潤：</translation>
    </message>
    <message>
        <source>Listed:</source>
        <translation>上市：</translation>
    </message>
    <message>
        <source>Listed: the company&apos;s shares trade on a stock exchange. QMAS counts owning a listed company as one of its criteria.</source>
        <translation>上市：公司股份在證券交易所買賣。優才計劃把擁有上市公司列為其中一項準則。</translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation>這個日期不可以是將來的日期。</translation>
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
        <translation>途徑</translation>
    </message>
    <message>
        <source>TTPS category</source>
        <translation>「高才通」類別</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>A name, a document, a note or a file name</source>
        <translation>名字、文件、備註或檔案名稱</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>按文字篩選</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按狀態篩選</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>Files needing attention</source>
        <translation>需要處理的檔案</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>類別(&amp;Y)：</translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation>途徑(&amp;U)：</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>階段(&amp;G)：</translation>
    </message>
    <message>
        <source>Filt&amp;er:</source>
        <translation>篩選(&amp;E)：</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>顯示(&amp;W)：</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>符合資格</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合資格</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>資料不全</translation>
    </message>
    <message>
        <source>As assessed (%1)</source>
        <translation>按評估結果（%1）</translation>
    </message>
    <message>
        <source>Not decided: list all</source>
        <translation>未決定：全部列出</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>%1 類</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>所有階段</translation>
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
        <translation>延長逗留</translation>
    </message>
    <message>
        <source>Permanent residency</source>
        <translation>永久性居民身份</translation>
    </message>
    <message>
        <source>Net asset assessment</source>
        <translation>資產淨值評估</translation>
    </message>
    <message>
        <source>Investment assessment</source>
        <translation>投資評估</translation>
    </message>
    <message>
        <source>Yearly maintenance</source>
        <translation>每年維持</translation>
    </message>
    <message>
        <source>Unconditional stay</source>
        <translation>無條件逗留</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>欠缺</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>已附加</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>已豁免</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未檢查</translation>
    </message>
    <message>
        <source>Folder or drive missing</source>
        <translation>找不到資料夾或磁碟</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Changed since attached</source>
        <translation>附加後曾被更改</translation>
    </message>
    <message>
        <source>Moved or deleted</source>
        <translation>已移動或刪除</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>The file has not been checked yet.</source>
        <translation>檔案尚未檢查。</translation>
    </message>
    <message>
        <source>The file is where it was and unchanged.</source>
        <translation>檔案仍在原處，且沒有改動。</translation>
    </message>
    <message>
        <source>The file is no longer there: it was moved, renamed or deleted.</source>
        <translation>檔案已不在原處：可能已被移動、重新命名或刪除。</translation>
    </message>
    <message>
        <source>The folder holding the file is not there: a drive may be unplugged or the folder moved.</source>
        <translation>找不到存放檔案的資料夾：磁碟可能已拔除，或資料夾已被移動。</translation>
    </message>
    <message>
        <source>Permission denied: this account may not read the file.</source>
        <translation>權限不足：這個帳戶無權讀取檔案。</translation>
    </message>
    <message>
        <source>The drive holding the file cannot be read: it may have been removed.</source>
        <translation>無法讀取存放檔案的磁碟：磁碟可能已被移除。</translation>
    </message>
    <message>
        <source>The path is too long for the system to open.</source>
        <translation>路徑太長，系統無法開啟。</translation>
    </message>
    <message>
        <source>The path is not an ordinary file (a folder or a device).</source>
        <translation>此路徑不是一般檔案（而是資料夾或裝置）。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>無法讀取檔案。</translation>
    </message>
    <message>
        <source>The file&apos;s size has changed since it was attached.</source>
        <translation>檔案大小自附加後已有改變。</translation>
    </message>
    <message>
        <source>The file was modified since it was attached.</source>
        <translation>檔案自附加後曾被修改。</translation>
    </message>
    <message>
        <source>The file&apos;s content has changed since it was attached.</source>
        <translation>檔案內容自附加後已有改動。</translation>
    </message>
    <message>
        <source>%1 of %2 documents ready</source>
        <translation>%1 份文件已備妥，共 %2 份</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="vanished">已完成 %1／%2</translation>
    </message>
    <message>
        <source>principal</source>
        <translation>主申請人</translation>
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
        <translation>文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source> (from the employer)</source>
        <translation>（由僱主提供）</translation>
    </message>
    <message>
        <source> (if it applies)</source>
        <translation>（如適用）</translation>
    </message>
    <message>
        <source> (%1 files)</source>
        <translation>（%1 個檔案）</translation>
    </message>
    <message>
        <source> — files to check: %1</source>
        <translation> — 需檢查的檔案：%1</translation>
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
        <translation>請選擇或新增一個家庭，以查看其文件。</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>匯出 PDF(&amp;X)…</translation>
    </message>
    <message>
        <source>Documents by person and stage</source>
        <translation>按人及階段列出的文件</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <source>Where is “%1” now?</source>
        <translation>「%1」現在在哪裏？</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Route</source>
        <translation>途徑</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Category or points</source>
        <translation>類別或分數</translation>
    </message>
    <message>
        <source>Job offer?</source>
        <translation type="vanished">需要聘書？</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation type="vanished">資金</translation>
    </message>
    <message>
        <source>First stay</source>
        <translation>首次逗留期</translation>
    </message>
    <message>
        <source>PR from</source>
        <translation>可申請永久居民</translation>
    </message>
    <message>
        <source>Main risk</source>
        <translation>主要風險</translation>
    </message>
    <message>
        <source>Whether a job offer in Hong Kong is needed to apply</source>
        <translation>申請時是否需要香港的聘書</translation>
    </message>
    <message>
        <source>Money that must be invested or committed</source>
        <translation>須投資或承諾投入的款項</translation>
    </message>
    <message>
        <source>Length of the first stay granted</source>
        <translation>首次獲批逗留期的長短</translation>
    </message>
    <message>
        <source>Earliest date to apply for permanent residency</source>
        <translation>最早可申請永久居民身份的日期</translation>
    </message>
    <message>
        <source>%1 of %2 criteria met</source>
        <translation>%2 項條件中符合 %1 項</translation>
    </message>
    <message>
        <source>General Points Test</source>
        <translation>綜合計分制</translation>
    </message>
    <message>
        <source>Achievement-based Points Test</source>
        <translation>成就計分制</translation>
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
        <translation>符合資格</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合資格</translation>
    </message>
    <message>
        <source>Needs answers</source>
        <translation>尚需資料</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>Job offer needed</source>
        <translation>需要聘書</translation>
    </message>
    <message>
        <source>Investment needed</source>
        <translation>所需投資</translation>
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
        <translation>無</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 個月</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>尚未知道</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Choose or create a household to compare the routes.</source>
        <translation>請選擇或新增一個家庭，以比較各個途徑。</translation>
    </message>
    <message>
        <source>Comparison of the five routes</source>
        <translation>五個途徑的比較</translation>
    </message>
    <message>
        <source>Details of the selected route</source>
        <translation>所選途徑的詳情</translation>
    </message>
    <message>
        <source>Export adviser report (PDF)…</source>
        <translation>匯出顧問報告 (PDF)…</translation>
    </message>
    <message>
        <source>A PDF of the comparison, every criterion, the outlook and the timeline</source>
        <translation>包含比較結果、每項準則、前景及時間表的 PDF</translation>
    </message>
    <message>
        <source>Stays granted (months)</source>
        <translation>獲批逗留期（月）</translation>
    </message>
    <message>
        <source>Earliest permanent residency</source>
        <translation>最早可成為永久性居民</translation>
    </message>
    <message>
        <source>Government fees</source>
        <translation>政府收費</translation>
    </message>
    <message>
        <source>Fees in detail</source>
        <translation>費用明細</translation>
    </message>
    <message>
        <source>Capital needed</source>
        <translation type="vanished">所需資金</translation>
    </message>
    <message>
        <source>Job offer needed</source>
        <translation>需要聘書</translation>
    </message>
    <message>
        <source>Family who may come</source>
        <translation>可隨行的家人</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>檢查了甚麼</translation>
    </message>
    <message>
        <source>Rules version</source>
        <translation>規則版本</translation>
    </message>
    <message>
        <source>The seven years to permanent residency</source>
        <translation>成為永久性居民的七年</translation>
    </message>
    <message>
        <source>unverified rule</source>
        <translation>未經證實的規則</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>What would change the answer</source>
        <translation>怎樣才會改變結果</translation>
    </message>
    <message>
        <source>Investment needed</source>
        <translation>所需投資</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>To renew each stay</source>
        <translation>每次延長逗留的條件</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>風險</translation>
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
        <translation>無國籍</translation>
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
        <translation>沒有</translation>
    </message>
    <message>
        <source>Yes, the ones ticked below</source>
        <translation>有，即下面剔選的</translation>
    </message>
    <message>
        <source>%1: tick each one</source>
        <translation>%1：逐一剔選</translation>
    </message>
</context>
<context>
    <name>DaysAwayChart</name>
    <message>
        <source>Days outside Hong Kong per calendar year</source>
        <translation>每個曆年離港的日數</translation>
    </message>
    <message>
        <source>No days outside Hong Kong yet</source>
        <translation>暫時沒有離港日數</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
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
        <translation>直至</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>續期</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
</context>
<context>
    <name>EducationCard</name>
    <message>
        <source>Qualification</source>
        <translation>學歷</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>程度</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>院校</translation>
    </message>
    <message>
        <source>Country of the institution</source>
        <translation>院校所在國家</translation>
    </message>
    <message>
        <source>Date awarded</source>
        <translation>頒授日期</translation>
    </message>
    <message>
        <source>Honorary degree</source>
        <translation>榮譽學位</translation>
    </message>
    <message>
        <source>On the Top Talent Pass list of top universities</source>
        <translation>屬「高端人才通行證計劃」合資格大學名單</translation>
    </message>
    <message>
        <source>Check the official list published by the Immigration Department: %1</source>
        <translation type="vanished">請查閱入境事務處公布的官方名單：%1</translation>
    </message>
    <message>
        <source>The aggregate list of eligible universities, compiled by the Labour and Welfare Bureau, is linked from the Top Talent Pass Scheme page: %1</source>
        <translation>合資格大學綜合名單由勞工及福利局編製，可在「高端人才通行證計劃」網頁上找到連結：%1</translation>
    </message>
    <message>
        <source>Science, technology, engineering or mathematics subject</source>
        <translation>科學、科技、工程或數學學科</translation>
    </message>
    <message>
        <source>Internationally renowned institution</source>
        <translation>國際知名院校</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>程度：</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>院校：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>國家：</translation>
    </message>
    <message>
        <source>Awarded on:</source>
        <translation>頒授日期：</translation>
    </message>
    <message>
        <source>Honorary degree:</source>
        <translation>榮譽學位：</translation>
    </message>
    <message>
        <source>On the TTPS list of top universities?</source>
        <translation>是否屬「高才通」合資格大學名單？</translation>
    </message>
    <message>
        <source>STEM: science, technology, engineering or mathematics. The Immigration Department publishes a reference list of STEM subjects with its QMAS page; QMAS asks whether a master&apos;s or doctoral degree is in one of them.</source>
        <translation>STEM：科學、科技、工程或數學。入境事務處在優才計劃網頁附有 STEM 學科參考列表；優才計劃會問碩士或博士學位是否屬其中一科。</translation>
    </message>
    <message>
        <source>An internationally renowned university or institution. Only the QMAS points table used before November 2024 gave extra points for it. Not sure? Answer Don&apos;t know.</source>
        <translation>國際知名的大學或院校。只有 2024 年 11 月前使用的優才計劃計分表會為此加分。不肯定？請答「不知道」。</translation>
    </message>
    <message>
        <source>STEM subject:</source>
        <translation>STEM 學科：</translation>
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
        <translation>請列出你的學位及其他專上學歷。</translation>
    </message>
    <message>
        <source>Any degree or diploma?</source>
        <translation>有沒有學位或文憑？</translation>
    </message>
    <message>
        <source>Add a &amp;qualification</source>
        <translation>新增學歷(&amp;Q)</translation>
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
        <translation>請加入會隨你移居的配偶或伴侶及子女。</translation>
    </message>
    <message>
        <source>A &amp;spouse or partner would come with me</source>
        <translation>配偶或伴侶會隨我同行(&amp;S)</translation>
    </message>
    <message>
        <source>A spouse or partner would come with me</source>
        <translation>配偶或伴侶會隨我同行</translation>
    </message>
    <message>
        <source>Spouse or partner</source>
        <translation>配偶或伴侶</translation>
    </message>
    <message>
        <source>Relationship to you</source>
        <translation>與你的關係</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>關係：</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Add a &amp;child</source>
        <translation>新增子女(&amp;C)</translation>
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
        <translation>這個答案有問題</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Attach files…</source>
        <translation>附加檔案(&amp;A)…</translation>
    </message>
    <message>
        <source>Attach files to the selected document</source>
        <translation>把檔案附加到所選文件</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>開啟(&amp;P)</translation>
    </message>
    <message>
        <source>Open the file in its viewer</source>
        <translation>以相應的檢視程式開啟檔案</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>在資料夾中顯示(&amp;S)</translation>
    </message>
    <message>
        <source>Open the folder holding the file</source>
        <translation>開啟存放檔案的資料夾</translation>
    </message>
    <message>
        <source>Rel&amp;ink…</source>
        <translation>重新連結(&amp;I)…</translation>
    </message>
    <message>
        <source>Point the record at the file&apos;s new place</source>
        <translation>把紀錄指向檔案的新位置</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>取消附加(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the file from the list (it stays on disk)</source>
        <translation>從清單移除檔案（檔案仍保留在磁碟上）</translation>
    </message>
    <message>
        <source>Re-check fi&amp;les</source>
        <translation>重新檢查檔案(&amp;L)</translation>
    </message>
    <message>
        <source>Check every attached file again</source>
        <translation>再次檢查所有已附加的檔案</translation>
    </message>
    <message>
        <source>“%1” is not there: choose Relink… if it moved.</source>
        <translation>找不到「%1」：如檔案已移動，請選「重新連結…」。</translation>
    </message>
    <message>
        <source>The system could not open “%1”.</source>
        <translation>系統無法開啟「%1」。</translation>
    </message>
    <message>
        <source>The folder “%1” is not there.</source>
        <translation>找不到資料夾「%1」。</translation>
    </message>
    <message>
        <source>Detached. The file itself was not touched.</source>
        <translation>已取消附加。檔案本身沒有任何改動。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」：%2</translation>
    </message>
    <message>
        <source>Files attached: %1.</source>
        <translation>已附加檔案：%1。</translation>
    </message>
    <message>
        <source>Not attached:</source>
        <translation>未能附加：</translation>
    </message>
    <message>
        <source>Not relinked: %1</source>
        <translation>未能重新連結：%1</translation>
    </message>
    <message>
        <source>Relinked to “%1”.</source>
        <translation>已重新連結至「%1」。</translation>
    </message>
</context>
<context>
    <name>FileJobs</name>
    <message>
        <source>Reading the files to attach…</source>
        <translation>正在讀取要附加的檔案…</translation>
    </message>
    <message>
        <source>Reading the new file…</source>
        <translation>正在讀取新檔案…</translation>
    </message>
    <message>
        <source>Checking the attached files…</source>
        <translation>正在檢查已附加的檔案…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to HKPath Desktop</source>
        <translation>歡迎使用 HKPath Desktop</translation>
    </message>
    <message>
        <source>Answer a short interview about your household, and the program compares the five routes to living in Hong Kong and plans the seven years to permanent residence. Everything stays on this computer.</source>
        <translation>回答一份關於你家庭的簡短問卷，程式便會比較在香港居留的五條途徑，並規劃至永久居留的七年。所有資料只留在這部電腦上。</translation>
    </message>
    <message>
        <source>Create a household</source>
        <translation>建立家庭</translation>
    </message>
    <message>
        <source>Try the demo household</source>
        <translation>試用示範家庭</translation>
    </message>
    <message>
        <source>Import a profile…</source>
        <translation>匯入資料檔…</translation>
    </message>
    <message>
        <source>Start the interview for you and your family.</source>
        <translation>為你和家人開始問卷。</translation>
    </message>
    <message>
        <source>Look around with a sample family; delete it later.</source>
        <translation>用一個示範家庭四處看看；之後可以刪除。</translation>
    </message>
    <message>
        <source>Open a profile file you were given or exported.</source>
        <translation>開啟別人給你或你匯出的資料檔。</translation>
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
        <translation>現在在香港</translation>
    </message>
    <message>
        <source>If you hold a Hong Kong visa or entry permit now, give its route and dates as on the visa label: the plan starts from it. The rest of the family&apos;s stays can be added in the Timeline tab (Stays…).</source>
        <translation>如你現時持有香港簽證或進入許可，請按簽證標籤填寫其計劃及日期：規劃由此開始。其他家庭成員的逗留可在「時間線」分頁（逗留…）加入。</translation>
    </message>
    <message>
        <source>N&amp;o, I do not live in Hong Kong on a stay now</source>
        <translation>否，我現時並非以逗留身份住在香港(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Yes, I am in Hong Kong on this stay:</source>
        <translation>是，我以下列逗留身份在香港(&amp;Y)：</translation>
    </message>
    <message>
        <source>Route of the stay</source>
        <translation>逗留的計劃</translation>
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
        <translation>正式批准（新資本投資者入境計劃）</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>計劃：</translation>
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
        <translation>正式批准（新資本投資者入境計劃）：</translation>
    </message>
    <message>
        <source>A stay covering today is recorded: it is kept. Delete it in the Timeline tab (Stays…) if it is wrong.</source>
        <translation>已記錄一段涵蓋今天的逗留，會予以保留。如有錯誤，請在「時間線」分頁（逗留…）刪除。</translation>
    </message>
    <message>
        <source>Give the entry date and the limit of stay on the visa label.</source>
        <translation>請填寫簽證標籤上的入境日期及逗留期限。</translation>
    </message>
    <message>
        <source>The limit of stay is before the entry date: check the two dates.</source>
        <translation>逗留期限早於入境日期：請檢查這兩個日期。</translation>
    </message>
    <message>
        <source>A stay you are on now began today or earlier.</source>
        <translation>你現時的逗留應在今天或之前開始。</translation>
    </message>
    <message>
        <source>This stay has ended: its limit of stay is before today.</source>
        <translation>此逗留已結束：其逗留期限早於今天。</translation>
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
        <translation>誰的工作</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>工作類別</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>受僱</translation>
    </message>
    <message>
        <source>Own business</source>
        <translation>自己的業務</translation>
    </message>
    <message>
        <source>Employer or business name</source>
        <translation>僱主或業務名稱</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>Starts or started</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>Ends or ended</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>No end planned</source>
        <translation>未計劃結束</translation>
    </message>
    <message>
        <source>Monthly salary</source>
        <translation>月薪</translation>
    </message>
    <message>
        <source>A post usually taken by degree holders</source>
        <translation>通常由學位持有人擔任的職位</translation>
    </message>
    <message>
        <source>Paid at the market rate</source>
        <translation>薪酬符合市場水平</translation>
    </message>
    <message>
        <source>The Immigration Department approved this employment</source>
        <translation>入境事務處已批准此僱傭</translation>
    </message>
    <message>
        <source>Approval matters for GEP and ASMTP stays.</source>
        <translation>一般就業政策及輸入內地人才計劃的逗留須有此批准。</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>人士：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類別：</translation>
    </message>
    <message>
        <source>Employer or business:</source>
        <translation>僱主或業務：</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>職位：</translation>
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
        <translation>學位程度職位：</translation>
    </message>
    <message>
        <source>Market pay:</source>
        <translation>市場薪酬：</translation>
    </message>
    <message>
        <source>Approved by ImmD:</source>
        <translation>入境處已批准：</translation>
    </message>
    <message>
        <source>Name the employer or the business.</source>
        <translation>請填寫僱主或業務名稱。</translation>
    </message>
    <message>
        <source>Give the start date (a planned date is fine).</source>
        <translation>請填寫開始日期（計劃日期亦可）。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>結束日期早於開始日期。</translation>
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
        <translation>家庭任何成員在香港現有或計劃的每份工作或業務。大部分逗留的續期都會問及。</translation>
    </message>
    <message>
        <source>Will anyone work in Hong Kong?</source>
        <translation>會有人在香港工作嗎？</translation>
    </message>
    <message>
        <source>Add &amp;work in Hong Kong</source>
        <translation>加入在香港的工作(&amp;W)</translation>
    </message>
</context>
<context>
    <name>IncomeCard</name>
    <message>
        <source>Twelve months of income</source>
        <translation>十二個月的收入</translation>
    </message>
    <message>
        <source>Last day of the twelve months</source>
        <translation>十二個月期間的最後一天</translation>
    </message>
    <message>
        <source>Kind of income</source>
        <translation>收入類別</translation>
    </message>
    <message>
        <source>Income over the twelve months</source>
        <translation>十二個月的收入</translation>
    </message>
    <message>
        <source>Twelve months ending:</source>
        <translation>十二個月截至：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>類別：</translation>
    </message>
    <message>
        <source>Amount before tax:</source>
        <translation>稅前金額：</translation>
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
        <translation>請輸入每段十二個月期間的收入，可用任何貨幣，並填上你想採用的匯率。金額會以港幣記錄。</translation>
    </message>
    <message>
        <source>Any income to declare?</source>
        <translation>有沒有收入需要申報？</translation>
    </message>
    <message>
        <source>Add &amp;twelve months of income</source>
        <translation>新增十二個月的收入(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>HKPath Desktop is already open on this data folder (process %1). Use that window: two windows on one file would each save over the other&apos;s answers.</source>
        <translation>HKPath Desktop 已在這個資料夾開啟（程序 %1）。請使用那個視窗：兩個視窗同時使用一個檔案，會互相覆蓋對方儲存的答案。</translation>
    </message>
    <message>
        <source>It was opened on the computer %1.</source>
        <translation>它是在電腦 %1 上開啟的。</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>已經開啟</translation>
    </message>
</context>
<context>
    <name>InterviewWizard</name>
    <message>
        <source>Interview — %1</source>
        <translation>問卷 — %1</translation>
    </message>
    <message>
        <source>the stays changed meanwhile; look again and retry.</source>
        <translation>逗留記錄已在此期間更改；請再查看後重試。</translation>
    </message>
    <message>
        <source>another program kept the data file busy for a minute (a large import, perhaps). What you typed is still here; it is saved when you next pause, leave a field or turn the page.</source>
        <translation>另一個程式佔用資料檔已達一分鐘（可能正在匯入大量資料）。你輸入的內容仍在這裏；下次停下輸入、離開欄位或翻頁時便會儲存。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未能儲存</translation>
    </message>
    <message>
        <source>The answers of this page were not saved: %1</source>
        <translation>這一頁的答案未能儲存：%1</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>About the selected document</source>
        <translation>所選文件的說明</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <source>Note on the selected document</source>
        <translation>所選文件的備註</translation>
    </message>
    <message>
        <source>Your note on this document, saved as you type</source>
        <translation>你對這份文件的備註，輸入時自動儲存</translation>
    </message>
    <message>
        <source>Drop files here to attach them to the selected document</source>
        <translation>把檔案拖放到這裏，即可附加到所選文件</translation>
    </message>
    <message>
        <source>A note is kept up to %1 characters; this one has %2. Shorten it to save it.</source>
        <translation>備註最多可保存 %1 個字元；這則備註有 %2 個。請縮短後再保存。</translation>
    </message>
    <message>
        <source>Select a document to see why it is needed, attach files or write a note.</source>
        <translation>選擇一份文件，查看為何需要、附加檔案或寫備註。</translation>
    </message>
    <message>
        <source>Choose Relink… to point this record at the file&apos;s new place.</source>
        <translation>請選「重新連結…」，把這項紀錄指向檔案的新位置。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>unverified rule</source>
        <translation>未經證實的規則</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>已豁免</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>已附加的檔案</translation>
    </message>
</context>
<context>
    <name>JobDetailsPage</name>
    <message>
        <source>The job offer</source>
        <translation>聘書內容</translation>
    </message>
    <message>
        <source>As written in the offer letter or the draft contract.</source>
        <translation>按聘書或合約草稿所寫填寫。</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>僱主</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>職位名稱</translation>
    </message>
    <message>
        <source>Monthly salary</source>
        <translation>月薪</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>不知道</translation>
    </message>
    <message>
        <source>Employer is listed on the Hong Kong stock exchange</source>
        <translation>僱主在香港交易所上市</translation>
    </message>
    <message>
        <source>Listed: its shares trade on the Hong Kong stock exchange (Main Board or GEM). A listed employer need not send its company papers for a Top Talent Pass extension; a listing abroad does not count for this.</source>
        <translation>上市：股份在香港交易所（主板或 GEM）買賣。上市僱主在高才通延期時無須提交公司文件；在外地上市不計。</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 個月</translation>
    </message>
    <message>
        <source> month</source>
        <translation> 個月</translation>
    </message>
    <message>
        <source>Length of the contract in months</source>
        <translation>合約期（月）</translation>
    </message>
    <message>
        <source>Employer is listed on a stock exchange</source>
        <translation type="vanished">僱主已在證券交易所上市</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>僱主(&amp;E)：</translation>
    </message>
    <message>
        <source>Job &amp;title:</source>
        <translation>職位名稱(&amp;T)：</translation>
    </message>
    <message>
        <source>Monthly &amp;salary:</source>
        <translation>月薪(&amp;S)：</translation>
    </message>
    <message>
        <source>Starts on:</source>
        <translation>開始日期：</translation>
    </message>
    <message>
        <source>&amp;Contract length:</source>
        <translation>合約期(&amp;C)：</translation>
    </message>
    <message>
        <source>Listed employer:</source>
        <translation>上市僱主：</translation>
    </message>
</context>
<context>
    <name>JobOfferPage</name>
    <message>
        <source>Job offer</source>
        <translation>聘書</translation>
    </message>
    <message>
        <source>Some routes need an offer of a job in Hong Kong; others do not.</source>
        <translation>有些途徑需要香港的聘書，有些則不需要。</translation>
    </message>
    <message>
        <source>N&amp;o job offer</source>
        <translation>沒有聘書(&amp;O)</translation>
    </message>
    <message>
        <source>An offer is coming, but I have no &amp;details yet</source>
        <translation>快將獲聘，但未有詳細資料(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Yes, I have an offer and can give its details</source>
        <translation>有，我已獲聘並可提供詳情(&amp;Y)</translation>
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
        <translation>語言、才能及家庭</translation>
    </message>
    <message>
        <source>Languages you write and speak well enough to work in, and a few more facts.</source>
        <translation>你的讀寫及說話能力足以在工作中使用的語言，以及其他幾項資料。</translation>
    </message>
    <message>
        <source>Chinese (Putonghua or Cantonese)</source>
        <translation>中文（普通話或廣東話）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>for example: Japanese, French</source>
        <translation>例如：日文、法文</translation>
    </message>
    <message>
        <source>Other languages, separated by commas</source>
        <translation>其他語言，以逗號分隔</translation>
    </message>
    <message>
        <source>Chinese:</source>
        <translation>中文：</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>英文：</translation>
    </message>
    <message>
        <source>&amp;Other languages:</source>
        <translation>其他語言(&amp;O)：</translation>
    </message>
    <message>
        <source>Your profession is on Hong Kong&apos;s Talent List</source>
        <translation>你的專業屬於香港人才清單內的專業</translation>
    </message>
    <message>
        <source>The Talent List is linked from the Quality Migrant Admission Scheme page: %1</source>
        <translation>人才清單可在「優秀人才入境計劃」網頁上找到連結：%1</translation>
    </message>
    <message>
        <source>The list is published at %1</source>
        <translation type="vanished">名單刊登於 %1</translation>
    </message>
    <message>
        <source>An exceptional award or a widely recognised contribution in your field</source>
        <translation>在你的領域獲頒傑出獎項或有廣受認可的貢獻</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes, described below</source>
        <translation>有，詳見下文</translation>
    </message>
    <message>
        <source>Describe the award or contribution</source>
        <translation>請描述該獎項或貢獻</translation>
    </message>
    <message>
        <source>for example: Olympic medal, 2024</source>
        <translation>例如：奧運獎牌，2024 年</translation>
    </message>
    <message>
        <source>Is your spouse, a parent, a brother or sister, or a child a Hong Kong permanent resident living in Hong Kong</source>
        <translation>你的配偶、父母、兄弟姊妹或子女是否居於香港的香港永久性居民</translation>
    </message>
    <message>
        <source>On the &amp;Talent List:</source>
        <translation>屬人才清單專業(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Award or recognition:</source>
        <translation>獎項或認可(&amp;A)：</translation>
    </message>
    <message>
        <source>Describe it in a few words.</source>
        <translation>請以幾句話簡單描述。</translation>
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
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>文件清單(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>時間表(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Residence</source>
        <translation>居港紀錄(&amp;R)</translation>
    </message>
    <message>
        <source>Se&amp;ven-year plan</source>
        <translation>七年計劃(&amp;V)</translation>
    </message>
    <message>
        <source>Rules %1</source>
        <translation>規則 %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>資料：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>新增家庭(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation>匯入資料檔(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export profile…</source>
        <translation>匯出資料檔(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Export adviser &amp;report (PDF)…</source>
        <translation>匯出顧問報告 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <source>Export &amp;checklist (PDF)…</source>
        <translation>匯出文件清單 (PDF)(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>從備份還原(&amp;T)…</translation>
    </message>
    <message>
        <source>Import r&amp;ule pack…</source>
        <translation>匯入規則集(&amp;U)…</translation>
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
        <translation>重新命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About HKPath Desktop</source>
        <translation>關於 HKPath Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>新增家庭</translation>
    </message>
    <message>
        <source>Name of the household:</source>
        <translation>家庭名稱：</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>名稱最多 %1 個字元。</translation>
    </message>
    <message>
        <source>My household</source>
        <translation>我的家庭</translation>
    </message>
    <message>
        <source>A household needs a name, for example your family name:</source>
        <translation>家庭需要一個名稱，例如你的姓氏：</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1（示範）</translation>
    </message>
    <message>
        <source>Rename household</source>
        <translation>重新命名家庭</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>刪除家庭</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and all its answers? This cannot be undone.</source>
        <translation>刪除「%1」及其所有答案？此操作無法復原。</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>匯入資料檔</translation>
    </message>
    <message>
        <source>Profile JSON (*.json);;All files (*)</source>
        <translation>資料檔 JSON (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Cannot import this profile</source>
        <translation>無法匯入這個資料檔</translation>
    </message>
    <message>
        <source>Nothing was imported. The problem is at %1: %2</source>
        <translation>沒有匯入任何資料。問題出在 %1：%2</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未能儲存</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>沒有更改任何資料：%1</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>匯出資料檔</translation>
    </message>
    <message>
        <source>Profile JSON (*.json)</source>
        <translation>資料檔 JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>無法匯出</translation>
    </message>
    <message>
        <source>About HKPath Desktop</source>
        <translation>關於 HKPath Desktop</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;HKPath Desktop&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Compares the five routes to residence in Hong Kong, offline. Not legal advice.&lt;/p&gt;&lt;p&gt;Rules: %2, dated %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;HKPath Desktop&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;離線比較五個來港居留的途徑。並非法律意見。&lt;/p&gt;&lt;p&gt;規則：%2，日期 %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>%1: currency code</source>
        <translation>%1：貨幣代碼</translation>
    </message>
    <message>
        <source>Three-letter currency code, for example HKD, USD, CNY</source>
        <translation>三個字母的貨幣代碼，例如 HKD、USD、CNY</translation>
    </message>
    <message>
        <source>HKD per unit:</source>
        <translation>每單位兌港幣：</translation>
    </message>
    <message>
        <source>rate you use</source>
        <translation>你採用的匯率</translation>
    </message>
    <message>
        <source>%1: Hong Kong dollars for one unit of the currency</source>
        <translation>%1：一個單位該貨幣可兌換的港幣</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>我不知道</translation>
    </message>
    <message>
        <source>Enter an amount, or tick &quot;I don&apos;t know&quot;.</source>
        <translation>請輸入金額，或剔選「我不知道」。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金額不可以是負數。</translation>
    </message>
    <message>
        <source>Enter a three-letter currency code, such as HKD.</source>
        <translation>請輸入三個字母的貨幣代碼，例如 HKD。</translation>
    </message>
    <message>
        <source>Enter how many Hong Kong dollars one unit of this currency is worth.</source>
        <translation>請輸入一個單位這種貨幣值多少港幣。</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not answered (e.g. 14/03/1991 or 1991-03-14)</source>
        <translation type="vanished">未回答（例如 14/03/1991 或 1991-03-14）</translation>
    </message>
    <message>
        <source>e.g. 14/03/1991</source>
        <translation>例如 14/03/1991</translation>
    </message>
    <message>
        <source>Not answered yet. Type a date such as 14/03/1991 or 1991-03-14, or pick one from the calendar.</source>
        <translation>尚未回答。請輸入日期，例如 14/03/1991 或 1991-03-14，或從日曆選擇。</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日曆</translation>
    </message>
    <message>
        <source>Pick %1 from a calendar</source>
        <translation>從日曆選擇%1</translation>
    </message>
    <message>
        <source>Type the year in full (1991, not 91).</source>
        <translation>請輸入完整年份（1991，而非 91）。</translation>
    </message>
    <message>
        <source>Put the year first, for example 1991-03-14.</source>
        <translation>請把年份放在最前，例如 1991-03-14。</translation>
    </message>
    <message>
        <source>There is no month %1.</source>
        <translation>沒有第 %1 個月。</translation>
    </message>
    <message>
        <source>That month name is not one we know: type 1991-03-14.</source>
        <translation>無法辨認這個月份名稱：請寫成 1991-03-14。</translation>
    </message>
    <message>
        <source>%1 has no day %2.</source>
        <translation>%1沒有 %2 日。</translation>
    </message>
    <message>
        <source>Give a date between 1900 and 2100.</source>
        <translation>請輸入 1900 至 2100 年之間的日期。</translation>
    </message>
    <message>
        <source>Type the date as 14/03/1991 or 1991-03-14.</source>
        <translation>請把日期寫成 14/03/1991 或 1991-03-14。</translation>
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
        <translation>%1：國籍</translation>
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
        <translation>%1：現時居住的國家或地區</translation>
    </message>
    <message>
        <source>%1: status in Hong Kong today</source>
        <translation>%1：現時在香港的身份</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>國籍：</translation>
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
        <translation>居住地決定部分所需文件：例如只有澳門居民才須提交澳門身份證。</translation>
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
        <translation>出生日期不可以是將來的日期。</translation>
    </message>
    <message>
        <source>A child cannot be born before you (check both dates of birth).</source>
        <translation>子女的出生日期不可以早於你（請核對兩個出生日期）。</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Your plan</source>
        <translation>你的計劃</translation>
    </message>
    <message>
        <source>The route you mean to take and when you expect to enter Hong Kong. The Plan tab then checks each renewal of that route; while the route is not decided it checks every route open to you.</source>
        <translation>你打算採用的計劃及預計入境香港的日期。「計劃」分頁會逐次檢查該計劃的續期；未決定計劃時，會檢查所有你可申請的計劃。</translation>
    </message>
    <message>
        <source>Route you mean to take</source>
        <translation>你打算採用的計劃</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>尚未決定</translation>
    </message>
    <message>
        <source>Expected date of entry to Hong Kong</source>
        <translation>預計入境香港日期</translation>
    </message>
    <message>
        <source>Leave the date empty if you do not know it yet.</source>
        <translation>如尚未知道日期，請留空。</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>計劃(&amp;R)：</translation>
    </message>
    <message>
        <source>Expected &amp;entry:</source>
        <translation>預計入境(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Route planned</source>
        <translation>計劃的途徑</translation>
    </message>
    <message>
        <source>Renewal, condition or step</source>
        <translation>續期、條件或步驟</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Renewals of each member</source>
        <translation>每位成員的續期</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>途徑：</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>假如…</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>改變的種類</translation>
    </message>
    <message>
        <source>The Hong Kong job ends on</source>
        <translation>香港的工作結束於</translation>
    </message>
    <message>
        <source>Away from Hong Kong from</source>
        <translation>離開香港，由</translation>
    </message>
    <message>
        <source>Income a year, from</source>
        <translation>每年收入，由</translation>
    </message>
    <message>
        <source>New CIES portfolio, from</source>
        <translation>新資本投資者入境計劃的投資組合，由</translation>
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
        <translation>港幣</translation>
    </message>
    <message>
        <source>Amount in HK$</source>
        <translation>金額（港幣）</translation>
    </message>
    <message>
        <source>e.g. 2,000,000</source>
        <translation>例如 2,000,000</translation>
    </message>
    <message>
        <source>Tr&amp;y it</source>
        <translation>試算(&amp;Y)</translation>
    </message>
    <message>
        <source>Changes tried</source>
        <translation>已試算的改變</translation>
    </message>
    <message>
        <source>C&amp;lear the changes</source>
        <translation>清除改變(&amp;L)</translation>
    </message>
    <message>
        <source>Try a change on a copy of the household: nothing is saved. Each status then shows what it is on your plan as well.</source>
        <translation>在家庭資料的副本上試算改變：不會儲存任何資料。每個狀態旁亦會顯示按你原本計劃的狀態。</translation>
    </message>
    <message>
        <source>Give the date.</source>
        <translation>請填寫日期。</translation>
    </message>
    <message>
        <source>Give the day you would be back.</source>
        <translation>請填寫回港日期。</translation>
    </message>
    <message>
        <source>The day back is before the day you leave.</source>
        <translation>回港日期早於離港日期。</translation>
    </message>
    <message>
        <source>Give the amount in whole Hong Kong dollars.</source>
        <translation>請以整數港元填寫金額。</translation>
    </message>
    <message>
        <source>The Hong Kong job ends on %1</source>
        <translation>香港的工作於 %1 結束</translation>
    </message>
    <message>
        <source>Away from %1 until %2</source>
        <translation>由 %1 至 %2 離港</translation>
    </message>
    <message>
        <source>Income of %1 a year from %2</source>
        <translation>由 %2 起每年收入 %1</translation>
    </message>
    <message>
        <source>Portfolio of %1 from %2</source>
        <translation>由 %2 起投資組合為 %1</translation>
    </message>
    <message>
        <source>Choose or create a household to see its seven-year plan.</source>
        <translation>請選擇或新增一個家庭，以查看其七年計劃。</translation>
    </message>
    <message>
        <source>The plan cannot be made: %1</source>
        <translation>無法製作計劃：%1</translation>
    </message>
    <message>
        <source>%1, entering %2: %3</source>
        <translation>%1，%2 入境：%3</translation>
    </message>
    <message>
        <source>Every renewal of this plan has its conditions met.</source>
        <translation>此計劃的每次續期均符合條件。</translation>
    </message>
    <message>
        <source>Some conditions are not known yet: answer them, or check them, before the window opens.</source>
        <translation>部分條件尚未知道：請在申請期開始前填寫或核實。</translation>
    </message>
    <message>
        <source>A renewal of this plan is blocked: see what to do, and the other routes.</source>
        <translation>此計劃有續期受阻：請查看需要做的事，以及其他途徑。</translation>
    </message>
    <message>
        <source>%1 (on your plan: %2)</source>
        <translation>%1（按你的計劃：%2）</translation>
    </message>
    <message>
        <source>%1 (%2): this plan does not reach permanent residence</source>
        <translation>%1（%2）：按此計劃未能取得永久居民身份</translation>
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
        <translation>%1，%2 的續期：%3 → %4</translation>
    </message>
    <message>
        <source>With these changes, no renewal of this route changes status.</source>
        <translation>有這些改變時，此途徑沒有續期的狀態改變。</translation>
    </message>
    <message>
        <source>With these changes:</source>
        <translation>有這些改變時：</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Records</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Every route asks these two questions on its application form. Your answers stay on this computer; they only help show which questions to prepare for. If you are unsure how a past matter counts, choose &quot;Don&apos;t know&quot; and ask a lawyer.</source>
        <translation>每個途徑的申請表都會問這兩條問題。你的答案只會留在這部電腦內，只用來顯示需要準備哪些問題。如不確定過往某件事應如何計算，請選「不知道」並諮詢律師。</translation>
    </message>
    <message>
        <source>Have you ever been convicted of a crime or offence in any country?</source>
        <translation>你曾否在任何國家被裁定觸犯任何罪行？</translation>
    </message>
    <message>
        <source>Have you ever been refused a visa or entry, deported or removed, or overstayed, in any country?</source>
        <translation>你曾否在任何國家被拒發簽證或拒絕入境、被遞解或遣送離境，或逾期逗留？</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Your saved data file is damaged and cannot be opened.</source>
        <translation>你儲存的資料檔已損壞，無法開啟。</translation>
    </message>
    <message>
        <source>The data file is not an HKPath Desktop file.</source>
        <translation>這個資料檔不是 HKPath Desktop 的檔案。</translation>
    </message>
    <message>
        <source>Your data file holds things HKPath Desktop did not put there, or lacks some it needs; another program may have changed it. It was not opened, so nothing in it could run.</source>
        <translation>你的資料檔含有 HKPath Desktop 沒有放進去的東西，或缺少它需要的部分；可能有其他程式改動過它。檔案沒有被開啟，所以其中的內容都不能執行。</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of HKPath Desktop. Please install that version to open it.</source>
        <translation>你的資料由較新版本的 HKPath Desktop 儲存。請安裝該版本以開啟資料。</translation>
    </message>
    <message>
        <source>HKPath Desktop may not write to your data file or its folder. Please check their permissions, then start the program again.</source>
        <translation type="vanished">HKPath Desktop 沒有權限寫入你的資料檔或其資料夾。請檢查兩者的權限，然後重新啟動程式。</translation>
    </message>
    <message>
        <source>Your data could not be brought up to date for this version of the program. A copy taken before the attempt is kept beside it.</source>
        <translation>未能把你的資料更新至本版本程式適用的格式。更新前的副本已保存在同一資料夾。</translation>
    </message>
    <message>
        <source>Your data file cannot be used right now; another copy of the program may have it open. Please close it and try again.</source>
        <translation type="vanished">你的資料檔目前無法使用，可能已被另一個正在執行的程式開啟。請關閉該程式後再試。</translation>
    </message>
    <message>
        <source>HKPath Desktop may not write to your data file or its folder: the disk may be read-only, or their permissions forbid it. The file itself is fine. Please make the disk or folder writable, then choose Try again.</source>
        <translation>HKPath Desktop 無法寫入你的資料檔或其資料夾：磁碟可能是唯讀的，或權限不允許。檔案本身沒有問題。請讓該磁碟或資料夾可以寫入，然後選擇「再試一次」。</translation>
    </message>
    <message>
        <source>The disk that holds your data file is full, so HKPath Desktop cannot open it. The file itself is fine. Please free some space on that disk (move or delete other files), then choose Try again.</source>
        <translation>存放你資料檔的磁碟已滿，因此 HKPath Desktop 無法開啟它。檔案本身沒有問題。請在該磁碟騰出一些空間（移走或刪除其他檔案），然後選擇「再試一次」。</translation>
    </message>
    <message>
        <source>Another program, perhaps a second HKPath Desktop window, is using your data file. The file itself is fine. Please close that program, then choose Try again.</source>
        <translation>另一個程式（可能是第二個 HKPath Desktop 視窗）正在使用你的資料檔。檔案本身沒有問題。請關閉該程式，然後選擇「再試一次」。</translation>
    </message>
    <message>
        <source>Your data file could not be read just now. This does not mean it is damaged. Please check the disk it is on, then choose Try again.</source>
        <translation>剛才未能讀取你的資料檔。這並不表示檔案已損壞。請檢查存放它的磁碟，然後選擇「再試一次」。</translation>
    </message>
    <message>
        <source>HKPath Desktop cannot open your data</source>
        <translation>HKPath Desktop 無法開啟你的資料</translation>
    </message>
    <message>
        <source>The file is %1. It has not been changed.</source>
        <translation>檔案為 %1，並未被更改。</translation>
    </message>
    <message>
        <source>You can go back to your newest backup, from %1.</source>
        <translation>你可以還原至最新的備份（%1）。</translation>
    </message>
    <message>
        <source>Whatever you choose, the current file is kept under a new name beside it; nothing is deleted.</source>
        <translation>無論你怎樣選擇，現有檔案都會以新名稱保存在同一資料夾；不會刪除任何資料。</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>Start a new file</source>
        <translation>開始新檔案</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試一次</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>未能建立備份：%1</translation>
    </message>
    <message>
        <source>Your data was copied to %1.</source>
        <translation>你的資料已複製至 %1。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation>暫時未有任何備份。</translation>
    </message>
    <message>
        <source>Go back to the backup from:</source>
        <translation>還原至以下日期的備份：</translation>
    </message>
    <message>
        <source>Replace your current data with the backup from %1? The current file is kept beside it under a new name.</source>
        <translation>以 %1 的備份取代你現有的資料？現有檔案會以新名稱保存在同一資料夾。</translation>
    </message>
    <message>
        <source>another program (a command in a terminal, say) has your data file open, and its saves would be lost. Close it and try again.</source>
        <translation>另一個程式（例如終端機中的指令）正在使用你的資料檔案，它儲存的內容會因此遺失。請先關閉它，然後再試。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>沒有還原任何資料：%1</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>PDF, A4 paper (*.pdf)</source>
        <translation>PDF，A4 紙 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter paper (*.pdf)</source>
        <translation>PDF，美國 Letter 紙 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF 已儲存</translation>
    </message>
    <message>
        <source>Saved {pages} pages to {path}.

Open it now?</source>
        <translation>已把 {pages} 頁儲存至 {path}。

現在開啟嗎？</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF 未儲存</translation>
    </message>
    <message>
        <source>The PDF could not be written: {0}</source>
        <translation>無法寫入 PDF：{0}</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>正在寫入 {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Saving PDF</source>
        <translation>正在儲存 PDF</translation>
    </message>
    <message>
        <source>Save adviser report</source>
        <translation>儲存顧問報告</translation>
    </message>
    <message>
        <source>adviser report</source>
        <translation>顧問報告</translation>
    </message>
    <message>
        <source>Save checklist</source>
        <translation>儲存文件清單</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>文件清單</translation>
    </message>
</context>
<context>
    <name>ResidenceView</name>
    <message>
        <source>Choose or create a household to keep its trips.</source>
        <translation>請選擇或新增一個家庭，以記錄其行程。</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>家庭成員</translation>
    </message>
    <message>
        <source>&amp;Add trip…</source>
        <translation>新增行程(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>匯入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>匯出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Trips out of Hong Kong</source>
        <translation>離港行程</translation>
    </message>
    <message>
        <source>Days outside Hong Kong: summary</source>
        <translation>離港日數：摘要</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>成員：</translation>
    </message>
    <message>
        <source>These trips cannot be counted until they are corrected:</source>
        <translation>以下行程須先更正才能計算：</translation>
    </message>
    <message>
        <source>%1 — as of %2</source>
        <translation>%1 — 截至 %2</translation>
    </message>
    <message>
        <source>Last twelve months: %1 days outside</source>
        <translation>過去十二個月：離港 %1 日</translation>
    </message>
    <message>
        <source>A day counts as outside when you spent all of it away: the days you leave and come back are days in Hong Kong.</source>
        <translation>整天不在香港才算作離港日：離港及回港當日都算作在港日子。</translation>
    </message>
    <message>
        <source>Busiest twelve months: none</source>
        <translation>離港最多的十二個月：沒有</translation>
    </message>
    <message>
        <source>Busiest twelve months: %1 days outside, ending %2</source>
        <translation>離港最多的十二個月：離港 %1 日，截至 %2</translation>
    </message>
    <message>
        <source>Absences longer than %1 months</source>
        <translation>超過 %1 個月的離港</translation>
    </message>
    <message>
        <source>still away</source>
        <translation>仍在外地</translation>
    </message>
    <message>
        <source>Left %1, back %2: %3 days. The PR form asks for the reason.</source>
        <translation>%1 離港，%2 回港：%3 日。永久居民申請表會問原因。</translation>
    </message>
    <message>
        <source>Delete the trip that left on %1 (back: %2)?</source>
        <translation>刪除 %1 離港的行程（回港：%2）？</translation>
    </message>
    <message>
        <source>Delete trip</source>
        <translation>刪除行程</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <source>Not saved: the trips changed meanwhile; import the file again.</source>
        <translation>未儲存：行程在此期間已有變動，請重新匯入檔案。</translation>
    </message>
    <message>
        <source>Saving %1 trips…</source>
        <translation>正在儲存 %1 次行程…</translation>
    </message>
    <message>
        <source>Export trips as CSV</source>
        <translation>把行程匯出為 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未匯出：%1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>沒有。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Days outside</source>
        <translation>離港日數</translation>
    </message>
    <message>
        <source>What these numbers mean</source>
        <translation>這些數字的意思</translation>
    </message>
</context>
<context>
    <name>RulePackDialog</name>
    <message>
        <source>Import rule pack</source>
        <translation>匯入規則集</translation>
    </message>
    <message>
        <source>Rule pack (*.zip);;All files (*)</source>
        <translation>規則集 (*.zip);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>沒有更改任何資料：%1</translation>
    </message>
    <message>
        <source>Your households cannot be read: %1</source>
        <translation>無法讀取你的家庭資料：%1</translation>
    </message>
    <message>
        <source>The rule pack was not saved: %1</source>
        <translation type="vanished">規則集未有儲存：%1</translation>
    </message>
    <message>
        <source>Rule pack %1 → %2, released %3</source>
        <translation>規則集 %1 → %2，%3 發佈</translation>
    </message>
    <message>
        <source>Values that change (%1):</source>
        <translation>會改變的數值（%1 項）：</translation>
    </message>
    <message>
        <source>No value changes.</source>
        <translation>沒有數值改變。</translation>
    </message>
    <message>
        <source>Verdicts of your households that change on %1:</source>
        <translation>你的家庭在 %1 會改變的結果：</translation>
    </message>
    <message>
        <source>No verdict of your %1 households changes on %2.</source>
        <translation>你的 %1 個家庭在 %2 的結果都沒有改變。</translation>
    </message>
    <message>
        <source>&amp;Apply this rule pack</source>
        <translation>套用此規則集(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot import this rule pack</source>
        <translation>無法匯入此規則集</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>A new language applies the next time you start HKPath Desktop.</source>
        <translation>新的語言會在下次啟動 HKPath Desktop 時生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Documents done</source>
        <translation>已完成的文件</translation>
    </message>
    <message>
        <source>Files needing attention</source>
        <translation>需要處理的檔案</translation>
    </message>
    <message>
        <source>Reading files</source>
        <translation>正在讀取檔案</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>上一個操作</translation>
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
        <translation>需要處理的檔案：%1（已移動、刪除、更改或無法讀取）。請選擇其中一個，再選「重新連結…」把紀錄指向檔案所在位置。</translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <source>Edit stay</source>
        <translation>修改逗留記錄</translation>
    </message>
    <message>
        <source>New stay</source>
        <translation>新增逗留記錄</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>途徑</translation>
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
        <translation>保證人</translation>
    </message>
    <message>
        <source>Formal Approval</source>
        <translation>正式批准</translation>
    </message>
    <message>
        <source>Dependant of</source>
        <translation>保證人</translation>
    </message>
    <message>
        <source>Formal Approval (New CIES)</source>
        <translation>正式批准（新資本投資者入境計劃）</translation>
    </message>
    <message>
        <source>Give the day the stay began (the entry date on the visa label).</source>
        <translation>請填寫逗留期開始的日期（簽證標籤上的入境日期）。</translation>
    </message>
    <message>
        <source>Give the limit of stay (the last day the stay allows).</source>
        <translation>請填寫逗留期限（准許逗留的最後一天）。</translation>
    </message>
    <message>
        <source>The limit of stay is before the entry date: check the two dates.</source>
        <translation>逗留期限早於入境日期：請核對這兩個日期。</translation>
    </message>
    <message>
        <source>Choose whose dependant this person is.</source>
        <translation>請選擇此人是誰的受養人。</translation>
    </message>
    <message>
        <source>The Formal Approval date is after the limit of stay.</source>
        <translation>正式批准日期在逗留期限之後。</translation>
    </message>
</context>
<context>
    <name>StaysDialog</name>
    <message>
        <source>Stays in Hong Kong</source>
        <translation>在香港的逗留記錄</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>途徑</translation>
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
        <translation>保證人</translation>
    </message>
    <message>
        <source>Formal Approval</source>
        <translation>正式批准</translation>
    </message>
    <message>
        <source>&amp;Add stay…</source>
        <translation>新增逗留記錄(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the %1 stay of %2 from %3 to %4?</source>
        <translation>刪除%2由 %3 至 %4 的%1逗留記錄？</translation>
    </message>
    <message>
        <source>Delete stay</source>
        <translation>刪除逗留記錄</translation>
    </message>
    <message>
        <source>Not saved: the stays changed meanwhile; look again and retry.</source>
        <translation>未儲存：逗留記錄在此期間已有變動，請再查看後重試。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps of the interview</source>
        <translation>問卷步驟</translation>
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
        <translation>請核對你的答案。按「修改」可更改個別部分。</translation>
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
        <translation>國籍</translation>
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
        <translation>其他地方的永久居留權</translation>
    </message>
    <message>
        <source>None</source>
        <translation>沒有</translation>
    </message>
    <message>
        <source>Travel document valid until</source>
        <translation>旅行證件有效期至</translation>
    </message>
    <message>
        <source>Spouse or partner</source>
        <translation>配偶或伴侶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Family members coming</source>
        <translation>隨行家人</translation>
    </message>
    <message>
        <source>No job offer</source>
        <translation>沒有聘書</translation>
    </message>
    <message>
        <source>Offer expected, details not known</source>
        <translation>快將獲聘，詳情未知</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>關於你</translation>
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
        <translation>學歷</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Work periods</source>
        <translation>工作期間</translation>
    </message>
    <message>
        <source>awarded %1</source>
        <translation>%1 頒授</translation>
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
        <translation>全職</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>自僱</translation>
    </message>
    <message>
        <source>graduate level</source>
        <translation>學位程度工作</translation>
    </message>
    <message>
        <source>senior role</source>
        <translation>高級職位</translation>
    </message>
    <message>
        <source>lives in %1</source>
        <translation>居於%1</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Twelve months ending %1</source>
        <translation>截至 %1 的十二個月</translation>
    </message>
    <message>
        <source>Income periods</source>
        <translation>收入期間</translation>
    </message>
    <message>
        <source>Job offer</source>
        <translation>聘書</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>聘書</translation>
    </message>
    <message>
        <source>Languages, talent and family</source>
        <translation>語言、才能及家庭</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Profession on the Talent List</source>
        <translation>屬人才清單內的專業</translation>
    </message>
    <message>
        <source>Award or recognition</source>
        <translation>獎項或認可</translation>
    </message>
    <message>
        <source>Family member living in Hong Kong</source>
        <translation>在香港居住的家人</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資產</translation>
    </message>
    <message>
        <source>Net assets</source>
        <translation>資產淨值</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>持有日期起</translation>
    </message>
    <message>
        <source>Money to live on</source>
        <translation>生活費</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Criminal conviction</source>
        <translation>刑事定罪</translation>
    </message>
    <message>
        <source>Adverse immigration record</source>
        <translation>不良出入境紀錄</translation>
    </message>
    <message>
        <source>no end planned</source>
        <translation>未計劃結束</translation>
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
        <translation>未記錄逗留</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>你的計劃</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>計劃</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>尚未決定</translation>
    </message>
    <message>
        <source>Expected entry</source>
        <translation>預計入境</translation>
    </message>
    <message>
        <source>In Hong Kong now</source>
        <translation>現在在香港</translation>
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
        <translation>最多 %1 個字元。</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Timeline chart</source>
        <translation>時間表圖表</translation>
    </message>
    <message>
        <source>No stay recorded</source>
        <translation>沒有逗留紀錄</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>已記錄</translation>
    </message>
    <message>
        <source>unverified pattern</source>
        <translation>未經證實的模式</translation>
    </message>
    <message>
        <source>{who}: {pathway} stay, {how}&lt;br&gt;{start} to {limit}</source>
        <translation>{who}：{pathway}逗留期，{how}&lt;br&gt;{start} 至 {limit}</translation>
    </message>
    <message>
        <source>The pattern behind this projection is not confirmed officially.</source>
        <translation>這項推算所依據的模式未經官方確認。</translation>
    </message>
    <message>
        <source>or top-tier: to {limit}</source>
        <translation>或頂尖人才類別：至 {limit}</translation>
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
        <translation>計劃中的續期：%1</translation>
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
        <translation>新增逗留記錄(&amp;A)…</translation>
    </message>
    <message>
        <source>Upcoming deadlines</source>
        <translation>即將到期的限期</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>整段期間</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms; drag or wheel to scroll</source>
        <translation>Ctrl+滾輪可縮放；拖曳或滾動滾輪可捲動</translation>
    </message>
    <message>
        <source>&amp;Stays…</source>
        <translation>逗留記錄(&amp;S)…</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>匯出日曆 (.ics)…</translation>
    </message>
    <message>
        <source>Solid bar: recorded stay · pale dashed bar: projected · purple dashed bar: top-tier alternative · shaded: a window to act in</source>
        <translation>實線條：已記錄的逗留期 · 淡色虛線條：推算 · 紫色虛線條：頂尖人才類別的另一推算 · 陰影：須辦理手續的期間</translation>
    </message>
    <message>
        <source>Choose or create a household to see its timeline.</source>
        <translation>請選擇或新增一個家庭，以查看其時間表。</translation>
    </message>
    <message>
        <source>No stays yet. Add each person&apos;s stay in Hong Kong (entry date, limit of stay, pathway) to see the extensions, deadlines and the seven-year date.</source>
        <translation>尚未有逗留紀錄。請加入每人在香港的逗留資料（入境日期、逗留期限、途徑），以查看延期、限期及滿七年的日期。</translation>
    </message>
    <message>
        <source>The timeline cannot be drawn: {reason}</source>
        <translation>無法繪製時間表：{reason}</translation>
    </message>
    <message>
        <source>Rule pack {version}. Hover over a bar or marker for details.</source>
        <translation>規則版本 {version}。把游標移到線條或標記上可查看詳情。</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>匯出日曆</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 檔案 (*.ics)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>無法寫入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Calendar written to {path} ({count} events).</source>
        <translation>日曆已寫入 {path}（{count} 項事件）。</translation>
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
        <translation>你離港的日期</translation>
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
        <translation>離港日期</translation>
    </message>
    <message>
        <source>Came back on</source>
        <translation>回港日期</translation>
    </message>
    <message>
        <source>Give the day you left Hong Kong.</source>
        <translation>請輸入離港日期。</translation>
    </message>
    <message>
        <source>You came back before you left: check the two dates.</source>
        <translation>回港日期早於離港日期：請核對兩個日期。</translation>
    </message>
    <message>
        <source>This trip overlaps another trip.</source>
        <translation>這次行程與另一次行程重疊。</translation>
    </message>
    <message>
        <source>still away</source>
        <translation>仍在外地</translation>
    </message>
    <message>
        <source>This trip overlaps the trip that left on %1 (back: %2).</source>
        <translation>這次行程與 %1 離港的行程重疊（回港：%2）。</translation>
    </message>
    <message>
        <source>A trip that has not begun yet is not counted until it does.</source>
        <translation>尚未開始的行程，要到出發後才會計算。</translation>
    </message>
</context>
<context>
    <name>TripImportDialog</name>
    <message>
        <source>Import trips from CSV</source>
        <translation>從 CSV 匯入行程</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>尚未選擇檔案。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>只顯示有問題的行</translation>
    </message>
    <message>
        <source>Rows of the file and their problems</source>
        <translation>檔案中的各行及其問題</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>The first row must name the columns %1. Member: an id (m1) or a name as in the household. Dates as YYYY-MM-DD; leave &apos;returned&apos; empty while still away. UTF-8, separated by commas or semicolons.</source>
        <translation>第一行必須列出欄位名稱 %1。成員：編號（m1）或與家庭資料相同的名字。日期格式為 YYYY-MM-DD；仍在外地時，「returned」請留空。檔案須為 UTF-8，以逗號或分號分隔。</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>檔案：%1</translation>
    </message>
    <message>
        <source>Choose a CSV file of trips</source>
        <translation>選擇行程的 CSV 檔案</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 檔案 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 trips are ready to import.</source>
        <translation>%1 次行程可以匯入。</translation>
    </message>
    <message>
        <source>No trips found.</source>
        <translation>找不到任何行程。</translation>
    </message>
    <message>
        <source>Rows with a problem: %1 of %2. Nothing will be imported: correct the file and choose it again.</source>
        <translation>有問題的行：%2 行中有 %1 行。不會匯入任何資料：請修正檔案後再重新選擇。</translation>
    </message>
    <message>
        <source>… and %1 more: tick “Show only rows with problems” to see them.</source>
        <translation>… 另有 %1 項：剔選「只顯示有問題的行」即可查看。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>第 %1 行「%2」欄</translation>
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
        <translation>成員</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>離港</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>回港</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
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
        <translation>完整離港日數；離港及回港當日均計作在港日子</translation>
    </message>
    <message>
        <source>Left Hong Kong</source>
        <translation>離港</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>回港</translation>
    </message>
    <message>
        <source>Days outside</source>
        <translation>離港日數</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Still away</source>
        <translation>仍在外地</translation>
    </message>
    <message>
        <source>Planned: not counted yet</source>
        <translation>計劃中：暫不計算</translation>
    </message>
    <message>
        <source>Over %1 months: the PR form asks why</source>
        <translation>超過 %1 個月：永久居民申請表會問原因</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>歡迎</translation>
    </message>
    <message>
        <source>&lt;p&gt;This interview asks about you and the family members who would move with you, then compares the five routes to living in Hong Kong.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Offline and private.&lt;/b&gt; Your answers stay in a file on this computer. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not legal advice.&lt;/b&gt; The comparison follows the published rules as this program has recorded them; the Immigration Department decides every case.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Don&apos;t know?&lt;/b&gt; Every question accepts &quot;Don&apos;t know&quot;. The comparison then says what it cannot decide yet, and never guesses.&lt;/p&gt;&lt;p&gt;Your answers are saved as you go: you can close the interview at any time and come back to the same page.&lt;/p&gt;&lt;p&gt;Rules: %1, dated %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;這份問卷會詢問你及會隨你移居的家人的情況，然後比較五個來港居住的途徑。&lt;/p&gt;&lt;p&gt;&lt;b&gt;離線及私隱。&lt;/b&gt;你的答案只會存放在這部電腦的檔案內，不會傳送到任何地方。&lt;/p&gt;&lt;p&gt;&lt;b&gt;並非法律意見。&lt;/b&gt;比較結果依據本程式所記錄的已公布規則；每宗個案均由入境事務處決定。&lt;/p&gt;&lt;p&gt;&lt;b&gt;不知道？&lt;/b&gt;每條問題都可以答「不知道」。比較結果會說明哪些事項暫時未能判斷，絕不會猜測。&lt;/p&gt;&lt;p&gt;你的答案會即時儲存：你可以隨時關閉問卷，稍後再回到同一頁。&lt;/p&gt;&lt;p&gt;規則：%1，日期 %2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About this interview</source>
        <translation>關於這份問卷</translation>
    </message>
</context>
<context>
    <name>WorkCard</name>
    <message>
        <source>Work period</source>
        <translation>工作期間</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>僱主</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Still working here</source>
        <translation>仍在此工作</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>全職</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>自僱</translation>
    </message>
    <message>
        <source>Work at graduate level</source>
        <translation>須具備學位程度的工作</translation>
    </message>
    <message>
        <source>Senior or managerial role</source>
        <translation>高級或管理職位</translation>
    </message>
    <message>
        <source>International experience</source>
        <translation>國際工作經驗</translation>
    </message>
    <message>
        <source>Multinational or listed employer</source>
        <translation>跨國或上市公司僱主</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行業</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>僱主：</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>職位：</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>開始日期：</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>結束日期：</translation>
    </message>
    <message>
        <source>Full-time:</source>
        <translation>全職：</translation>
    </message>
    <message>
        <source>Self-employed:</source>
        <translation>自僱：</translation>
    </message>
    <message>
        <source>Graduate-level work:</source>
        <translation>須具備學位程度的工作：</translation>
    </message>
    <message>
        <source>Senior role:</source>
        <translation>高級職位：</translation>
    </message>
    <message>
        <source>Outside your home country:</source>
        <translation>在原居國家以外：</translation>
    </message>
    <message>
        <source>A multinational or well-known company, for example one listed on a stock exchange or named in the Forbes Global 2000, Fortune Global 500 or Hurun China 500. QMAS counts three years or more of graduate-level work for one.</source>
        <translation>跨國或知名公司，例如在證券交易所上市，或列入《福布斯》全球 2000 強、《財富》世界 500 強或胡潤中國 500 強的公司。優才計劃計算在這類公司三年或以上的大學程度工作。</translation>
    </message>
    <message>
        <source>Multinational employer:</source>
        <translation>跨國僱主：</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>行業：</translation>
    </message>
    <message>
        <source>A past job cannot start in the future.</source>
        <translation>過往的工作不可以在將來才開始。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>結束日期早於開始日期。</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <source>Work experience</source>
        <translation>工作經驗</translation>
    </message>
    <message>
        <source>List each job or period of self-employment, the current one included.</source>
        <translation>請列出每份工作或自僱期間，包括現職。</translation>
    </message>
    <message>
        <source>Any work experience?</source>
        <translation>有沒有工作經驗？</translation>
    </message>
    <message>
        <source>Add a &amp;work period</source>
        <translation>新增工作期間(&amp;W)</translation>
    </message>
</context>
<context>
    <name>YouPage</name>
    <message>
        <source>About you</source>
        <translation>關於你</translation>
    </message>
    <message>
        <source>You are the main applicant. Only your given name is needed to go on.</source>
        <translation>你是主申請人。只需填寫名字即可繼續。</translation>
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
        <translation>國籍</translation>
    </message>
    <message>
        <source>Country or territory you live in now</source>
        <translation>你現時居住的國家或地區</translation>
    </message>
    <message>
        <source>Your status in Hong Kong today</source>
        <translation>你現時在香港的身份</translation>
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
        <translation>國籍(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Living in:</source>
        <translation>居住地(&amp;L)：</translation>
    </message>
    <message>
        <source>Countries where you hold permanent residence (other than your nationality)</source>
        <translation>你持有永久居留權的國家（國籍所屬國家除外）</translation>
    </message>
    <message>
        <source>Passport or travel document valid until</source>
        <translation>護照或旅行證件有效期至</translation>
    </message>
    <message>
        <source>Hong Kong &amp;status:</source>
        <translation>香港身份(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Permanent residence in other countries:</source>
        <translation>其他國家的永久居留權(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Travel document valid until:</source>
        <translation>旅行證件有效期至(&amp;T)：</translation>
    </message>
    <message>
        <source>A date of birth cannot be in the future.</source>
        <translation>出生日期不可以是將來的日期。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong</source>
        <translation>出現問題</translation>
    </message>
    <message>
        <source>The program hit an unexpected problem and did not finish that step. Your saved answers are safe.</source>
        <translation>程式遇到意外問題，未能完成該步驟。你已儲存的答案安全無恙。</translation>
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
        <translation>可申請延期的期間開始</translation>
    </message>
    <message>
        <source>New CIES portfolio check window opens</source>
        <translation>新資投計劃投資組合審核期開始</translation>
    </message>
    <message>
        <source>Limit of stay</source>
        <translation>逗留期限</translation>
    </message>
    <message>
        <source>New CIES anniversary</source>
        <translation>新資投計劃周年日</translation>
    </message>
    <message>
        <source>Fulfillment document due</source>
        <translation>須交「符合規定文件」</translation>
    </message>
    <message>
        <source>Child comes of age</source>
        <translation>子女成年</translation>
    </message>
    <message>
        <source>Travel document expires</source>
        <translation>旅行證件到期</translation>
    </message>
    <message>
        <source>Sponsor&apos;s stay ends first</source>
        <translation>保證人的逗留期較早屆滿</translation>
    </message>
    <message>
        <source>Seven years complete</source>
        <translation>滿七年</translation>
    </message>
    <message>
        <source>Long absence</source>
        <translation>長時間離港</translation>
    </message>
    <message>
        <source>TTPS</source>
        <translation>高才通</translation>
    </message>
    <message>
        <source>QMAS</source>
        <translation>優才</translation>
    </message>
    <message>
        <source>ASMTP</source>
        <translation>輸入內地人才</translation>
    </message>
    <message>
        <source>GEP</source>
        <translation>一般就業政策</translation>
    </message>
    <message>
        <source>New CIES</source>
        <translation>新資投計劃</translation>
    </message>
    <message>
        <source>Dependant</source>
        <translation>受養人</translation>
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
        <translation>示範家庭 — 並非你的資料</translation>
    </message>
</context>
</TS>
