<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>App</name>
    <message>
        <source>The database file is damaged and cannot be used safely.

The latest good backup is from %1 (%2 people, %3 visits). Visits recorded after that time are not in it.

Restore this backup? The damaged file is kept aside for staff, not deleted.</source>
        <translation>資料庫檔案已損壞，無法安全使用。

最近一個完好的備份來自 %1（%2 人，%3 次到訪）。該時間之後記錄的到訪不在備份內。

要還原這個備份嗎？損壞的檔案會留給職員處理，不會刪除。</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>The database file %1 is damaged and there is no good backup of it. Nothing was changed. Tell a staff member; the log file is %2.</source>
        <translation>資料庫檔案 %1 已損壞，而且沒有完好的備份。沒有任何改動。請通知職員；記錄檔是 %2。</translation>
    </message>
    <message>
        <source>The damaged database was left as it is. Tell a staff member.</source>
        <translation>損壞的資料庫保持原狀。請通知職員。</translation>
    </message>
    <message>
        <source>Front Desk is already open on this database, in %1. Use that window, or close it first. Two windows on one file could hand out the same queue number.</source>
        <translation>Front Desk 已在 %1 開啟這個資料庫。請使用那個視窗，或先把它關閉。兩個視窗同時使用一個檔案，可能會派出相同的輪候號碼。</translation>
    </message>
    <message>
        <source>No admin account can sign in to %1, so the desk does not open: nobody becomes its admin by typing a name. Restore a backup, or set up a new desk.</source>
        <translation>沒有管理員帳戶可以登入 %1，所以前台不會開啟：沒有人可以只靠輸入名字成為管理員。請還原備份，或設定新的前台。</translation>
    </message>
    <message>
        <source>Opening the database…
The desk opens by itself when it is ready.</source>
        <translation>正在開啟資料庫…
準備好後，前台會自動開啟。</translation>
    </message>
    <message>
        <source>Making the desk&apos;s keys…</source>
        <translation>正在建立前台的密鑰…</translation>
    </message>
    <message>
        <source>The database %1 is not encrypted, so the desk does not open it. Front Desk opens a plain file only when started with --unencrypted (demos and tests).</source>
        <translation>資料庫 %1 未加密，所以前台不會開啟它。只有以 --unencrypted 啟動時（示範及測試用），Front Desk 才會開啟未加密的檔案。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登入…</translation>
    </message>
    <message>
        <source>Taking a backup and moving the desk to accounts…</source>
        <translation>正在備份，並將前台轉為個人帳戶登入…</translation>
    </message>
    <message>
        <source>Saving a backup before closing…</source>
        <translation>正在關閉前儲存備份…</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>審計記錄</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用戶名稱</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用戶名稱</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>檢查記錄鏈</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用戶</translation>
    </message>
    <message>
        <source>From</source>
        <translation>由</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 項記錄</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is intact: no event changed or deleted.</source>
        <translation>審計記錄完整：沒有記錄被更改或刪除。</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: %1</source>
        <translation>審計記錄曾被篡改：%1</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用戶</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳情</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backup saved at %1, but the copy for the second place failed: %2</source>
        <translation>備份已儲存於 %1，但第二個位置的副本失敗：%2</translation>
    </message>
    <message>
        <source>Backup saved at %1.</source>
        <translation>備份已儲存於 %1。</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改後</translation>
    </message>
    <message>
        <source>By</source>
        <translation>修改人</translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <source>Adding the people</source>
        <translation>正在加入人士</translation>
    </message>
    <message>
        <source>All rows are added together, or none if anything goes wrong.</source>
        <translation>所有資料列會一併加入；如有任何問題，則全部不會加入。</translation>
    </message>
    <message>
        <source>Save the row report…</source>
        <translation>儲存資料列報告…</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>正在加入…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s).</source>
        <translation>
            <numerusform>已加入 %n 人。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>原文姓名</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>慣用名</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>其他電話</translation>
    </message>
    <message>
        <source>Area in Hong Kong</source>
        <translation>香港居住地區</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>入境身份</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>脆弱情況</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Whole record (not stored here)</source>
        <translation>整筆記錄（未儲存於此）</translation>
    </message>
    <message>
        <source>(staff only)</source>
        <translation>（只限職員）</translation>
    </message>
    <message>
        <source>%1 (desk %2)</source>
        <translation>%1（%2 號櫃檯）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Overwritten</source>
        <translation>被覆蓋</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>Consent (read this to the member)</source>
        <translation>同意（請向會員讀出以下內容）</translation>
    </message>
    <message>
        <source>We keep your name, contact details, immigration status and the services you receive, so that we can help you and plan our services. Only centre staff and volunteers see your record; notes about your needs are seen by staff only. We never give your details to the Immigration Department or the police. You can ask to see, correct or delete your record at any time.</source>
        <translation>我們會保存你的姓名、聯絡資料、入境身份和你所接受的服務，以便幫助你和計劃我們的服務。只有中心職員和義工可以查看你的記錄；關於你需要的備註只有職員可以查看。我們絕不會把你的資料交給入境事務處或警方。你可以隨時要求查看、更正或刪除你的記錄。</translation>
    </message>
    <message>
        <source>Agrees that the centre keeps this record (needed to register) *</source>
        <translation>同意中心保存這份記錄（登記必須） *</translation>
    </message>
    <message>
        <source>Agrees to share details with partner organisations when referred</source>
        <translation>同意在轉介時把資料提供給合作機構</translation>
    </message>
    <message>
        <source>Agrees to be phoned or messaged about services</source>
        <translation>同意接收有關服務的電話或訊息</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>記錄人</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Stateless</source>
        <translation>無國籍</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <source>Discard what was typed?</source>
        <translation>放棄已輸入的內容？</translation>
    </message>
    <message>
        <source>This form has things typed in it. Close it and lose them?</source>
        <translation>這份表格已輸入了資料。要關閉並放棄這些資料嗎？</translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation>放棄並關閉(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation>繼續輸入(&amp;K)</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Dry run: what would happen</source>
        <translation>試行：將會發生甚麼</translation>
    </message>
    <message>
        <source>Nothing is written yet. Every row held back or refused says why: choose one to add it, leave it out, join it to someone, or fix a value.</source>
        <translation>尚未寫入任何資料。每一行被暫緩或拒絕的資料都會說明原因：選擇一行，可以加入、略過、併入某人，或修正一個值。</translation>
    </message>
    <message>
        <source>Add the people</source>
        <translation>加入這些人士</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>要匯入的資料列</translation>
    </message>
    <message>
        <source>Also add the rows that look like someone else</source>
        <translation>同時加入看似是其他人的資料列</translation>
    </message>
    <message>
        <source>Save the row report…</source>
        <translation>儲存資料列報告…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在檢查每一列…</translation>
    </message>
    <message>
        <source>%1 will be added, %2 cannot be taken, %3 look like someone else, %4 were imported before or repeat a row.</source>
        <translation>將加入 %1 列，%2 列無法接納，%3 列看似是其他人，%4 列之前已匯入或與其他列重複。</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Possible duplicates</source>
        <translation>可能重複的記錄</translation>
    </message>
    <message>
        <source>Same person: open their record</source>
        <translation>同一人：開啟其記錄</translation>
    </message>
    <message>
        <source>Different person: save as new</source>
        <translation>不同的人：另存為新記錄</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) on file may be this person. Ask for their card or check the details, then choose.</source>
        <translation>
            <numerusform>記錄中有 %n 位會員可能是此人。請查看會員卡或核對資料，然後選擇。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateTableModel</name>
    <message>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>姓名相似</translation>
    </message>
    <message>
        <source>family and given names swapped</source>
        <translation>姓氏與名字對調</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>出生日期相同</translation>
    </message>
    <message>
        <source>same year of birth</source>
        <translation>出生年份相同</translation>
    </message>
    <message>
        <source>different birth date</source>
        <translation>出生日期不同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>電話相同</translation>
    </message>
    <message>
        <source>same name in own script</source>
        <translation>母語文字姓名相同</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>會員編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>母語文字</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>修改記錄…</translation>
    </message>
    <message>
        <source>Please check the fields marked below. Nothing was saved yet.</source>
        <translation>請檢查下面標示的欄位。目前尚未儲存任何資料。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到訪記錄</translation>
    </message>
    <message>
        <source>People registered</source>
        <translation>已登記人士</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>CSV (Excel, any spreadsheet)</source>
        <translation>CSV（Excel 或任何試算表）</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 活頁簿（XLSX）</translation>
    </message>
    <message>
        <source>Anonymised: no names, numbers, phones or notes</source>
        <translation>匿名：不含姓名、編號、電話或備註</translation>
    </message>
    <message>
        <source>Only an administrator may export personal data.</source>
        <translation>只有管理員可以匯出個人資料。</translation>
    </message>
    <message>
        <source>Everyone on file (ignore the dates)</source>
        <translation>所有記錄在案的人（不理會日期）</translation>
    </message>
    <message>
        <source>Excel workbook with names: Excel asks for it</source>
        <translation>含姓名的 Excel 檔案：Excel 開啟時會要求輸入</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>要寫入的檔案</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>From</source>
        <translation>由</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Column in the file: %1</source>
        <translation>檔案中的欄名：%1</translation>
    </message>
    <message>
        <source>Personal: not in an anonymised export.</source>
        <translation>個人資料：匿名匯出不包括此項。</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>匯出至</translation>
    </message>
    <message numerus="yes">
        <source>So that no row stands out, %n cell(s) were made less precise or left out (at least 5 people share every row&apos;s sex, age band, country or region, registration month and household size).</source>
        <translation>
            <numerusform>為免任何一行能認出個人，已將 %n 個儲存格改得較概括或留空（每行的性別、年齡組別、國家或地區、登記月份及家庭人數，最少有 5 人相同）。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>請在現有的資料夾中選擇檔案。</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>開始日期在結束日期之後。</translation>
    </message>
    <message>
        <source>Tick at least one field.</source>
        <translation>請至少剔選一個欄位。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 行寫入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportField</name>
    <message>
        <source>Person (code, not a name)</source>
        <translation>人士（代碼，非姓名）</translation>
    </message>
    <message>
        <source>Queue number</source>
        <translation>輪候號碼</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>會員編號</translation>
    </message>
    <message>
        <source>Household (code)</source>
        <translation>家庭（代碼）</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Note on the visit</source>
        <translation>到訪備註</translation>
    </message>
    <message>
        <source>Undone (void)</source>
        <translation>已撤銷（作廢）</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登記日期</translation>
    </message>
    <message>
        <source>Household name</source>
        <translation>家庭名稱</translation>
    </message>
    <message>
        <source>Head&apos;s member number</source>
        <translation>戶主會員編號</translation>
    </message>
    <message>
        <source>Number of members</source>
        <translation>成員人數</translation>
    </message>
    <message>
        <source>Members&apos; numbers</source>
        <translation>成員編號</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>年齡組別</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>國家或地區</translation>
    </message>
    <message>
        <source>Month registered</source>
        <translation>登記月份</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>家庭人數</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>The database file failed its check: part of it is damaged.

Finish with the person at the desk, then close Front Desk and open it again. It will offer to restore the latest good backup. Tell a staff member.</source>
        <translation>資料庫檔案未能通過檢查：部分內容已損壞。

請先完成櫃檯前這位人士的事務，然後關閉 Front Desk 再重新開啟。程式會提議還原最新的完好備份。請通知職員。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the old spreadsheet</source>
        <translation>選擇舊試算表</translation>
    </message>
    <message>
        <source>A CSV file (any encoding) or an Excel workbook (.xlsx).</source>
        <translation>CSV 檔案（任何編碼）或 Excel 活頁簿（.xlsx）。</translation>
    </message>
    <message>
        <source>Spreadsheet to import</source>
        <translation>要匯入的試算表</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Find out automatically</source>
        <translation>自動偵測</translation>
    </message>
    <message>
        <source>Read the file</source>
        <translation>讀取檔案</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>文字編碼</translation>
    </message>
    <message>
        <source>Old spreadsheet</source>
        <translation>舊試算表</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation>試算表 (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在讀取…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), read as %1.</source>
        <translation>
            <numerusform>%n 列，以 %1 讀取。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Front Desk</source>
        <translation>設定 Front Desk</translation>
    </message>
    <message>
        <source>This computer holds personal data about people who fled persecution. The database is encrypted: each person signs in with their own account, and without an account&apos;s password a stolen computer or backup shows nothing.

Create the first admin account (the person who will add the volunteers&apos; accounts). Next you will see a recovery key to print and keep in the office safe.</source>
        <translation>這部電腦存有逃離迫害人士的個人資料。資料庫已加密：每個人以自己的帳戶登入；沒有帳戶密碼，被盜的電腦或備份不會顯示任何內容。

請建立第一個管理員帳戶（負責新增義工帳戶的人）。接著你會看到一個復原密鑰，請列印並存放在辦公室的保險箱。</translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation>管理員用戶名稱</translation>
    </message>
    <message>
        <source>Admin&apos;s full name</source>
        <translation>管理員全名</translation>
    </message>
    <message>
        <source>Admin password</source>
        <translation>管理員密碼</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <source>Type the admin&apos;s user name and full name.</source>
        <translation>請輸入管理員的用戶名稱及全名。</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>密碼最少需要 %n 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>兩次輸入的密碼不相同。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Changes to %1</source>
        <translation>%1 的修改記錄</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改記錄</translation>
    </message>
    <message>
        <source>No changes since registration.</source>
        <translation>登記後沒有任何修改。</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>HouseholdController</name>
    <message numerus="yes">
        <source>Checked in %n household member(s).</source>
        <translation>
            <numerusform>已為 %n 位住戶成員登記到訪。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Head of household</source>
        <translation>戶主</translation>
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
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>兄弟姊妹</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他親屬</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>會員編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>Household of %1</source>
        <translation>%1 的住戶</translation>
    </message>
    <message>
        <source>Start a household with this person as head</source>
        <translation>以此人為戶主建立住戶</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>家庭成員</translation>
    </message>
    <message>
        <source>Remove the chosen member from the household</source>
        <translation>把所選成員從住戶中移除</translation>
    </message>
    <message>
        <source>Add a family member who is registered</source>
        <translation>加入已登記的家庭成員</translation>
    </message>
    <message>
        <source>Type a name, member number or phone</source>
        <translation>輸入姓名、會員編號或電話</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>找到的人士</translation>
    </message>
    <message>
        <source>Add to household</source>
        <translation>加入住戶</translation>
    </message>
    <message>
        <source>Relationship to the head</source>
        <translation>與戶主的關係</translation>
    </message>
    <message>
        <source>This person is not in a household yet.</source>
        <translation>此人尚未屬於任何住戶。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s). Services given per household count them together.</source>
        <translation>
            <numerusform>%n 位成員。按住戶計算的服務會把他們合併計算。</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the family member first, then choose them in the list.</source>
        <translation>請先搜尋家庭成員，再在清單中選擇。</translation>
    </message>
</context>
<context>
    <name>ImportReview</name>
    <message>
        <source>Add this row</source>
        <translation>加入這一行</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation>與此人相同</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>(do not import)</source>
        <translation>（不匯入）</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Full name (split into family and given)</source>
        <translation>全名（分為姓氏和名字）</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>以母語文字書寫的姓名</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>慣用名稱</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Date or year of birth</source>
        <translation>出生日期或年份</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>其他電話</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>原居國家</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>國籍</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Area in Hong Kong</source>
        <translation>香港居住地區</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>入境身份</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>抵達日期</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>聲請日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Household (same value = same family)</source>
        <translation>家庭（相同數值 = 同一家庭）</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>登記日期</translation>
    </message>
    <message>
        <source>Old number (kept in the notes)</source>
        <translation>舊編號（保留在備註中）</translation>
    </message>
    <message>
        <source>Will be added (see why)</source>
        <translation>將會加入（見原因）</translation>
    </message>
    <message>
        <source>Cannot be taken</source>
        <translation>無法接納</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>之前已匯入</translation>
    </message>
    <message>
        <source>Same row again</source>
        <translation>重複的資料列</translation>
    </message>
    <message>
        <source>Looks like another row</source>
        <translation>看似另一列</translation>
    </message>
    <message>
        <source>Looks like someone on file</source>
        <translation>看似記錄中的某人</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>會員編號</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>相似於</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>你的決定</translation>
    </message>
    <message>
        <source>Import an old spreadsheet</source>
        <translation>匯入舊試算表</translation>
    </message>
    <message>
        <source>Save the row report</source>
        <translation>儲存資料列報告</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>IntakeController</name>
    <message>
        <source>Registered %1 as %2.</source>
        <translation>已登記 %1，編號 %2。</translation>
    </message>
    <message>
        <source>These letters of the name cannot be printed and would be blank on the card and slips: %1. Tell a staff member.</source>
        <translation>姓名中的這些字母無法列印，在會員卡和服務單上會變成空白：%1。請告知職員。</translation>
    </message>
    <message>
        <source>Opened the member already on file. Nothing new was saved.</source>
        <translation>已開啟記錄中的會員。沒有儲存新資料。</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation>已儲存 %1 的修改。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用戶名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Front Desk is locked</source>
        <translation>Front Desk 已鎖定</translation>
    </message>
    <message>
        <source>%1 — %2 locked this desk. Type your password to carry on where you were, or sign in as someone else.</source>
        <translation>%1 — %2 鎖定了這個櫃檯。輸入你的密碼即可從剛才的地方繼續，或以其他人身分登入。</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>請輸入你的用戶名稱及密碼。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Sync: what to chec&amp;k…</source>
        <translation>同步：待檢查項目(&amp;K)…</translation>
    </message>
    <message>
        <source>Front Desk — %1</source>
        <translation>Front Desk 接待處 — %1</translation>
    </message>
    <message>
        <source>Not encrypted: this database file is plain, and anyone with this computer or a copy of the file can read it. For demos and tests only.</source>
        <translation>未加密：這個資料庫檔案沒有加密，任何人拿到這部電腦或檔案副本都可以讀取。只限示範及測試使用。</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>接待處(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find a member</source>
        <translation>尋找會員(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Register a newcomer…</source>
        <translation>登記新來者(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;print last slip</source>
        <translation>重印上一張服務單(&amp;P)</translation>
    </message>
    <message>
        <source>Print a &amp;blank intake form</source>
        <translation>列印空白登記表格(&amp;B)</translation>
    </message>
    <message>
        <source>Print &amp;queue…</source>
        <translation>列印隊列(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>Report for &amp;donors…</source>
        <translation>捐助者報告(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import an old spreadsheet…</source>
        <translation>匯入舊試算表(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <source>Checked in: queue no. %1, %2</source>
        <translation>已登記到訪：輪候號碼 %1，%2</translation>
    </message>
    <message>
        <source>Not checked in: %1</source>
        <translation>未登記到訪：%1</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column is which</source>
        <translation>各欄是甚麼資料</translation>
    </message>
    <message>
        <source>Guessed from the headers; change any that are wrong.</source>
        <translation>根據標題推測；如有錯誤請更改。</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>檔案首數列</translation>
    </message>
    <message>
        <source>The first rows:</source>
        <translation>首幾列：</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>（沒有標題）</translation>
    </message>
</context>
<context>
    <name>MergeController</name>
    <message>
        <source>Records merged. Every visit and note is on the kept record.</source>
        <translation>紀錄已合併。所有到訪及備註都在保留的紀錄中。</translation>
    </message>
    <message>
        <source>Merge undone: both records are back as they were.</source>
        <translation>已取消合併：兩份紀錄已回復原狀。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Joined into it</source>
        <translation>併入的紀錄</translation>
    </message>
    <message>
        <source>By</source>
        <translation>經手人</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Possible duplicates of %1</source>
        <translation>%1 可能的重複紀錄</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>可能重複的記錄</translation>
    </message>
    <message>
        <source>Join the two records (staff only)</source>
        <translation>合併兩份紀錄（只限職員）</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>保留此紀錄</translation>
    </message>
    <message>
        <source>Keep the other record</source>
        <translation>保留另一份紀錄</translation>
    </message>
    <message>
        <source>Why are they the same person? (e.g. checked ID)</source>
        <translation>為何是同一人？（例如：已核對身份證明）</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>Every visit, consent, card and note of both records is kept. A merge can be undone below.</source>
        <translation>兩份紀錄的所有到訪、同意書、會員證及備註都會保留。合併可在下方取消。</translation>
    </message>
    <message>
        <source>Only staff may merge records.</source>
        <translation>只有職員可以合併紀錄。</translation>
    </message>
    <message>
        <source>Earlier merges</source>
        <translation>以往的合併</translation>
    </message>
    <message>
        <source>Undo the chosen merge</source>
        <translation>取消所選的合併</translation>
    </message>
    <message>
        <source>Merges of this record</source>
        <translation>此紀錄的合併</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) on file may be the same person.</source>
        <translation>
            <numerusform>有 %n 份紀錄可能是同一人。</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates on file.</source>
        <translation>沒有可能重複的紀錄。</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>會員編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>母語文字</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登記日期</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>此紀錄</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Choose the other record in the list first.</source>
        <translation>請先在清單中選擇另一份紀錄。</translation>
    </message>
    <message>
        <source>Choose a merge that is not undone yet.</source>
        <translation>請選擇一個尚未取消的合併。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Some details need checking: %1</source>
        <translation>部分資料需要檢查：%1</translation>
    </message>
    <message>
        <source>That record is no longer on file. Search again.</source>
        <translation>該記錄已不存在。請重新搜尋。</translation>
    </message>
    <message>
        <source>Wrong user name or password. Check Caps Lock and try again.</source>
        <translation>用戶名稱或密碼錯誤。請檢查大寫鎖定鍵後再試。</translation>
    </message>
    <message>
        <source>Your session has ended (your account was changed). Sign in again.</source>
        <translation>你的登入已結束（帳戶已被更改）。請重新登入。</translation>
    </message>
    <message>
        <source>That passphrase does not open this database (or the file is damaged). Nothing was changed. Check Caps Lock and try again.</source>
        <translation>這個通行句無法開啟此資料庫（或檔案已損壞）。沒有任何更改。請檢查大寫鎖定鍵後再試。</translation>
    </message>
    <message>
        <source>This database is encrypted: its passphrase is needed to open it.</source>
        <translation>此資料庫已加密：需要通行句才能開啟。</translation>
    </message>
    <message>
        <source>Your account may not do this. Ask a staff member.</source>
        <translation>你的帳戶無權進行此操作。請向職員查詢。</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>已停止。沒有任何改動。</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>列印失敗：%1</translation>
    </message>
    <message>
        <source>The backup was not made: %1. The desk&apos;s data is safe; tell a staff member.</source>
        <translation>未能備份：%1。接待處的資料安全無損；請通知職員。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged. Tell a staff member.</source>
        <translation>資料庫檔案 %1 已損壞。請通知職員。</translation>
    </message>
    <message>
        <source>The database is in use by %1. Close it there first.</source>
        <translation>資料庫正由 %1 使用。請先在那裏關閉。</translation>
    </message>
    <message>
        <source>That backup cannot be used: %1. Nothing was changed.</source>
        <translation>該備份無法使用：%1。沒有任何改動。</translation>
    </message>
    <message>
        <source>The database is busy (another program is using it). Try again.</source>
        <translation>資料庫正忙（另一個程式正在使用）。請再試一次。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved. Tell a staff member.</source>
        <translation>磁碟已滿。沒有儲存任何資料。請通知職員。</translation>
    </message>
    <message>
        <source>The database cannot be written to. Nothing was saved. Tell a staff member.</source>
        <translation>無法寫入資料庫。沒有儲存任何資料。請通知職員。</translation>
    </message>
    <message>
        <source>The disk reported an error. Nothing was saved. Tell a staff member.</source>
        <translation>磁碟出現錯誤。沒有儲存任何資料。請通知職員。</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved. The details are in the log.</source>
        <translation>發生錯誤，沒有儲存任何資料。詳情已寫入記錄檔。</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>Add an account</source>
        <translation>新增帳戶</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用戶名稱</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>初始密碼</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再輸入密碼</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>兩次輸入的密碼不相同。</translation>
    </message>
</context>
<context>
    <name>NowServingController</name>
    <message>
        <source>&amp;Queue</source>
        <translation>輪候(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Call the next number</source>
        <translation>叫下一個號碼(&amp;C)</translation>
    </message>
    <message>
        <source>Call the same number &amp;again</source>
        <translation>再叫一次同一個號碼(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Now-serving screen (show or hide)</source>
        <translation>「現正服務」螢幕（顯示或隱藏）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Move it to the next screen</source>
        <translation>移到下一個螢幕(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Full screen on or off</source>
        <translation>全螢幕開／關(&amp;F)</translation>
    </message>
    <message>
        <source>No one is waiting.</source>
        <translation>沒有人在輪候。</translation>
    </message>
    <message>
        <source>Calling number %1.</source>
        <translation>現在叫 %1 號。</translation>
    </message>
    <message>
        <source>No number has been called yet today.</source>
        <translation>今天還未叫過號碼。</translation>
    </message>
    <message>
        <source>Calling number %1 again.</source>
        <translation>再叫一次 %1 號。</translation>
    </message>
</context>
<context>
    <name>NowServingWindow</name>
    <message>
        <source>Now serving — Front Desk</source>
        <translation>現正服務 — Front Desk</translation>
    </message>
    <message>
        <source>Now serving</source>
        <translation>現正服務</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一位</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>已叫號碼</translation>
    </message>
    <message>
        <source>Please have your slip ready. Your number is on it.</source>
        <translation>請準備好你的輪候紙，號碼印在上面。</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 人輪候中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>inactive</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>已故</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>已匿名</translation>
    </message>
    <message>
        <source>merged into another record</source>
        <translation>已併入另一紀錄</translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n per household every %2 days, and this household has had it.</source>
        <translation>
            <numerusform>%1：每戶每 %2 日最多 %n 次，這個家庭已經領取過。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n per person every %2 days, and this person has had it.</source>
        <translation>
            <numerusform>%1：每人每 %2 日最多 %n 次，這位會員已經領取過。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not given on %2.</source>
        <translation>%1 在%2不提供。</translation>
    </message>
    <message>
        <source>%1 is not offered any more.</source>
        <translation>%1 已不再提供。</translation>
    </message>
    <message>
        <source>This membership is %1, not active.</source>
        <translation>這個會籍狀態是「%1」，並非有效。</translation>
    </message>
    <message>
        <source>Last time: %1 (today)</source>
        <translation>上次：%1（今天）</translation>
    </message>
    <message numerus="yes">
        <source>Last time: %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>上次：%1（%n 日前）</numerusform>
        </translation>
    </message>
    <message>
        <source>A service rule says no</source>
        <translation>服務規則不允許</translation>
    </message>
    <message numerus="yes">
        <source>Not checked in yet: %n rule(s) stop this check-in.</source>
        <translation>
            <numerusform>尚未登記到訪：有 %n 項規則不允許這次登記到訪。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Why give it anyway? The reason is required and kept on file:</source>
        <translation>為何仍然提供？(&amp;W) 必須填寫原因，原因會存檔：</translation>
    </message>
    <message>
        <source>For example: family of six, flat flooded</source>
        <translation>例如：六口之家，住所水浸</translation>
    </message>
    <message>
        <source>Override and check in</source>
        <translation>破例並登記到訪</translation>
    </message>
    <message>
        <source>Approve and check in</source>
        <translation>批准並登記到訪</translation>
    </message>
    <message>
        <source>Check in the &amp;others only (Alt+O)</source>
        <translation>只登記其他服務 (Alt+&amp;O)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Only a caseworker or an admin can override a rule. They type their own user name and password here; it counts for this visit only and the desk stays yours.</source>
        <translation>只有個案工作者或管理員可以破例。請他們在這裏輸入自己的用戶名稱和密碼；批准只適用於這次到訪，接待處仍由你使用。</translation>
    </message>
    <message>
        <source>&amp;Staff user name</source>
        <translation>職員用戶名稱(&amp;S)</translation>
    </message>
    <message>
        <source>Staff &amp;password</source>
        <translation>職員密碼(&amp;P)</translation>
    </message>
    <message>
        <source>A caseworker or admin types their user name and password.</source>
        <translation>請個案工作者或管理員輸入用戶名稱和密碼。</translation>
    </message>
    <message>
        <source>Write why the rule is overridden. Without a reason nothing is saved.</source>
        <translation>請寫下破例的原因。沒有原因，甚麼都不會儲存。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Open the database</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <source>The database %1 still opens with the old shared passphrase. Type it once: the desk then moves to one sign-in per account (a backup is taken first), and the passphrase opens nothing any more.</source>
        <translation>資料庫 %1 仍然以舊的共用密碼短語開啟。請輸入一次：前台隨即轉為每個帳戶各自登入（會先備份），之後該密碼短語不再能開啟任何東西。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>通行句</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>請輸入通行句。</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Not stated</source>
        <translation>未有提供</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>雙性人</translation>
    </message>
    <message>
        <source>Non-refoulement claimant</source>
        <translation>免遣返聲請人</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>尋求庇護者</translation>
    </message>
    <message>
        <source>Recognised refugee</source>
        <translation>已確認難民</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Arrived in Hong Kong</source>
        <translation>抵達香港日期</translation>
    </message>
    <message>
        <source>Claim lodged</source>
        <translation>提出聲請日期</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Notes (staff only)</source>
        <translation>備註（只限職員）</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Membership status</source>
        <translation>會籍狀態</translation>
    </message>
    <message>
        <source>Optional, in the person&apos;s own words</source>
        <translation>可選填，以當事人自己的說法</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, or the year only</source>
        <translation>日/月/年，或只填年份</translation>
    </message>
    <message>
        <source>The year is a guess</source>
        <translation>年份是估計的</translation>
    </message>
    <message>
        <source>Type to find a language, Space to tick</source>
        <translation>輸入以尋找語言，按空白鍵剔選</translation>
    </message>
    <message>
        <source>e.g. 9123 4567</source>
        <translation>例如 9123 4567</translation>
    </message>
    <message>
        <source>Family name *</source>
        <translation>姓氏 *</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>不願透露</translation>
    </message>
    <message>
        <source>Child without a parent here</source>
        <translation>在港沒有父母陪同的兒童</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>懷孕</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>殘疾</translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation>嚴重疾病</translation>
    </message>
    <message>
        <source>Mental health needs</source>
        <translation>精神健康需要</translation>
    </message>
    <message>
        <source>Survivor of violence</source>
        <translation>暴力倖存者</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation>單親家長</translation>
    </message>
    <message>
        <source>Older person alone</source>
        <translation>獨居長者</translation>
    </message>
    <message>
        <source>No shelter</source>
        <translation>沒有居所</translation>
    </message>
    <message>
        <source>Given name(s)</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>以母語文字書寫的姓名</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>慣用名稱</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>性別認同</translation>
    </message>
    <message>
        <source>Date or year of birth</source>
        <translation>出生日期或年份</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>原居國家</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>國籍</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>慣用語言</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>其他語言</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>其他電話</translation>
    </message>
    <message>
        <source>Area in Hong Kong</source>
        <translation>香港居住地區</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>入境身份</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>會說的語言</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <source>&amp;1 Name and birth</source>
        <translation>&amp;1 姓名與出生</translation>
    </message>
    <message>
        <source>&amp;2 Origin and languages</source>
        <translation>&amp;2 原籍與語言</translation>
    </message>
    <message>
        <source>&amp;3 Contact and status</source>
        <translation>&amp;3 聯絡與身份</translation>
    </message>
    <message>
        <source>&amp;4 Needs and notes</source>
        <translation>&amp;4 需要與備註</translation>
    </message>
    <message>
        <source>Fields to correct on this tab</source>
        <translation>這一頁有需要更正的資料</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <source>Services (press the number to tick)</source>
        <translation>服務（按數字鍵剔選）</translation>
    </message>
    <message>
        <source>Note for this visit (optional)</source>
        <translation>今次到訪的備註（可選填）</translation>
    </message>
    <message>
        <source>Check in and print slip  (Enter)</source>
        <translation>登記到訪並列印服務單  (Enter)</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>修改資料</translation>
    </message>
    <message>
        <source>Recent visits</source>
        <translation>最近到訪</translation>
    </message>
    <message>
        <source>Note for this visit</source>
        <translation>這次到訪的備註</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>列印會員證</translation>
    </message>
    <message>
        <source>Intake form</source>
        <translation>登記表格</translation>
    </message>
    <message>
        <source>Household…</source>
        <translation>住戶…</translation>
    </message>
    <message>
        <source>Duplicates…</source>
        <translation>重複紀錄…</translation>
    </message>
    <message>
        <source>Check in the whole household</source>
        <translation>為整個住戶登記到訪</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Queue number of %1. The slip is in the print queue.</source>
        <translation>%1 的輪候號碼。服務單已在列印隊列中。</translation>
    </message>
    <message>
        <source>Queue number of %1. These services print no slip: tell them the number.</source>
        <translation>%1 的輪候號碼。這些服務不列印服務單：請把號碼告訴對方。</translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation>出生：%1</translation>
    </message>
    <message>
        <source>Speaks: %1</source>
        <translation>語言：%1</translation>
    </message>
    <message>
        <source>Membership status: %1</source>
        <translation>會籍狀態：%1</translation>
    </message>
    <message>
        <source>No one chosen</source>
        <translation>未選擇任何人</translation>
    </message>
    <message>
        <source>Find a member on the left, then press Enter.</source>
        <translation>先在左邊尋找會員，然後按 Enter。</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>member no.</source>
        <translation>會員編號</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>name in own script</source>
        <translation>本國文字姓名</translation>
    </message>
    <message>
        <source>preferred name</source>
        <translation>慣用名</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>相近拼法</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>會員編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>母語文字</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>Phone ends</source>
        <translation>電話尾數</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
</context>
<context>
    <name>PrintJobTableModel</name>
    <message>
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>列印中…</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已列印</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未列印</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Check the printer</source>
        <translation>請檢查列印機</translation>
    </message>
    <message>
        <source>%1 (reprint)</source>
        <translation>%1（重印）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>列印機</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>PrintKind</name>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>服務單</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>會員證</translation>
    </message>
    <message>
        <source>Intake form</source>
        <translation>登記表格</translation>
    </message>
    <message>
        <source>Blank intake form</source>
        <translation>空白登記表格</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>PrintNotice</name>
    <message>
        <source>Printer: checking…</source>
        <translation>打印機：檢查中…</translation>
    </message>
    <message numerus="yes">
        <source>No printer: %n document(s) waiting</source>
        <translation>
            <numerusform>沒有打印機：%n 份文件等待列印</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer problem: %n document(s) waiting</source>
        <translation>
            <numerusform>打印機有問題：%n 份文件等待列印</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer ready: %n document(s) waiting</source>
        <translation>
            <numerusform>打印機就緒：%n 份文件等待列印</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation>打印機就緒</translation>
    </message>
    <message>
        <source>Click to open the print queue (Ctrl+Shift+P).</source>
        <translation>按此開啟列印隊列 (Ctrl+Shift+P)。</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <source>Print queue</source>
        <translation>列印隊列</translation>
    </message>
    <message>
        <source>Print jobs</source>
        <translation>列印工作</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>再次傳送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reprint</source>
        <translation>重新列印(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel &amp;job</source>
        <translation>取消工作(&amp;J)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存為 &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Front Desk stopped while this was being sent. Look in the printer&apos;s tray: if it did not come out, press Send again.</source>
        <translation>傳送此文件時 Front Desk 停止了運作。請查看列印機出紙盤：如果沒有列印出來，請按「再次傳送」。</translation>
    </message>
    <message>
        <source>This document is no longer kept; print it anew.</source>
        <translation>此文件已不再保存；請重新列印一份新的。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1. The document is still in the queue: cancel it there if it need not be printed.</source>
        <translation>已儲存為 %1。文件仍在隊列中：如不需要列印，請在隊列中取消。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>The recovery key</source>
        <translation>復原密鑰</translation>
    </message>
    <message>
        <source>Write this recovery key down or print this window, and keep it in the office safe. It opens the desk if every admin&apos;s password is lost; nothing else can. It is shown only now.</source>
        <translation>請抄下這個復原密鑰或列印此視窗，並存放在辦公室的保險箱。如果所有管理員的密碼都遺失，只有它能開啟前台。它只會在此刻顯示。</translation>
    </message>
    <message>
        <source>I have put the recovery key in a safe place</source>
        <translation>我已把復原密鑰存放在安全的地方</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>復原密鑰</translation>
    </message>
    <message>
        <source>Tick the box once the key is kept.</source>
        <translation>妥善保存密鑰後，請勾選此方格。</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register a newcomer</source>
        <translation>登記新來者</translation>
    </message>
    <message>
        <source>Fields marked * are required. Ctrl+1 to Ctrl+4 switch tabs. Search first to avoid duplicates.</source>
        <translation>標有 * 的欄位必須填寫。按 Ctrl+1 至 Ctrl+4 切換分頁。請先搜尋，以免重複登記。</translation>
    </message>
    <message>
        <source>Print the member card</source>
        <translation>列印會員卡</translation>
    </message>
    <message>
        <source>Please check the fields marked below. Nothing was saved yet.</source>
        <translation>請檢查下面標示的欄位。目前尚未儲存任何資料。</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>雙性人</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未有提供</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>不願透露</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不詳</translation>
    </message>
    <message>
        <source>Other (small numbers together)</source>
        <translation>其他（少數合併計算）</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未有記錄</translation>
    </message>
    <message>
        <source>Humanitarian</source>
        <translation>人道援助</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>醫療</translation>
    </message>
    <message>
        <source>Psycho-social</source>
        <translation>心理社交</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Employability</source>
        <translation>就業能力</translation>
    </message>
    <message>
        <source>Empowerment</source>
        <translation>充權</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>外展</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>受助人數</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到訪記錄</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>新來人士</translation>
    </message>
    <message>
        <source>Returning people</source>
        <translation>再次到訪人士</translation>
    </message>
    <message>
        <source>Households served</source>
        <translation>受助家庭</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>組別</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>原居國家</translation>
    </message>
    <message>
        <source>Report for donors</source>
        <translation>捐助者報告</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上個月</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存為 PDF…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>由</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>服務類別</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齡</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>家庭人數</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 show as &lt;5, as on the donor report.</source>
        <translation>1 至 4 的數字顯示為 &lt;5，與捐助者報告相同。</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>開始日期在結束日期之後。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>儲存報告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>正在製作 PDF…</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>報告已儲存至 %1。</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention: people not seen for years</source>
        <translation>保留期限：多年未見的人</translation>
    </message>
    <message>
        <source>Years to keep records</source>
        <translation>記錄保存年數</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Anonymise these people…</source>
        <translation>將這些人匿名化…</translation>
    </message>
    <message>
        <source>Records past the limit</source>
        <translation>已超過期限的記錄</translation>
    </message>
    <message>
        <source>Not seen for (years)</source>
        <translation>未見年數</translation>
    </message>
    <message>
        <source>Anonymising keeps each visit in the counts but removes names, contact details, notes and the member number. It cannot be undone.</source>
        <translation>匿名化會保留每次到訪的統計，但會刪除姓名、聯絡資料、備註及會員編號。此操作無法復原。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) not seen for that long.</source>
        <translation>
            <numerusform>%n 人已有這麼久未見。</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>匿名化</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s)? This cannot be undone.</source>
        <translation>
            <numerusform>將 %n 人匿名化？此操作無法復原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>已將 %n 人匿名化。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionTableModel</name>
    <message>
        <source>Member no.</source>
        <translation>會員編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最後到訪</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Choose a row in the list to decide what happens to it.</source>
        <translation>在列表中選擇一行，決定如何處理。</translation>
    </message>
    <message>
        <source>As the dry run says</source>
        <translation>按試行結果</translation>
    </message>
    <message>
        <source>row 12, or a member number</source>
        <translation>例如 row 12，或會員編號</translation>
    </message>
    <message>
        <source>column = value, e.g. DOB = 14/02/1990</source>
        <translation>欄 = 值，例如 DOB = 14/02/1990</translation>
    </message>
    <message>
        <source>Keep this choice</source>
        <translation>保留這個決定</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation>與此人相同</translation>
    </message>
    <message>
        <source>Fix a value</source>
        <translation>修正一個值</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>Scan the card, or type a name, member number or phone (Ctrl+F)</source>
        <translation>掃描會員卡，或輸入姓名、會員編號或電話 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Register… (Ctrl+N)</source>
        <translation>登記… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Register a newcomer (search first)</source>
        <translation>登記新來者（請先搜尋）</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es). Enter opens the first; ↓ to choose.</source>
        <translation>
            <numerusform>找到 %n 個結果。按 Enter 開啟第一個；按 ↓ 選擇。</numerusform>
        </translation>
    </message>
    <message>
        <source>No one found. Check the spelling, or register a newcomer (Ctrl+N).</source>
        <translation>找不到任何人。請檢查拼寫，或登記新來者 (Ctrl+N)。</translation>
    </message>
    <message>
        <source>No member has the number “%1”. Check the card or search by name.</source>
        <translation>沒有會員的編號是「%1」。請檢查會員卡，或以姓名搜尋。</translation>
    </message>
    <message>
        <source>No one is called “%1”. Check the spelling, or register a newcomer (Ctrl+N).</source>
        <translation>找不到名叫「%1」的人。請檢查拼寫，或登記新來者 (Ctrl+N)。</translation>
    </message>
</context>
<context>
    <name>SecurityController</name>
    <message>
        <source>&amp;Lock the desk</source>
        <translation>鎖定櫃檯(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切換用戶(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>帳戶(&amp;A)…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>審計記錄(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>保留期限(&amp;R)…</translation>
    </message>
    <message>
        <source>Everything held on this person (&amp;PDF)…</source>
        <translation>此人的所有資料(&amp;PDF)…</translation>
    </message>
    <message>
        <source>&amp;Erase this person…</source>
        <translation>刪除此人的資料(&amp;E)…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>已登入：%1（%2）</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>已以 %1 身分登入。</translation>
    </message>
    <message>
        <source>Open a person first.</source>
        <translation>請先開啟一個人的記錄。</translation>
    </message>
    <message>
        <source>Save the access-request PDF</source>
        <translation>儲存查閱資料要求的 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已儲存：%1</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>刪除此人的資料</translation>
    </message>
    <message>
        <source>Their name, contact details, notes and member number are removed for good; their visits stay in the counts. Why (e.g. &apos;asked at the desk on 3 March&apos;)?</source>
        <translation>此人的姓名、聯絡資料、備註及會員編號會被永久刪除；到訪記錄仍會計入統計。原因是甚麼（例如「3 月 3 日在櫃檯要求」）？</translation>
    </message>
    <message>
        <source>The person&apos;s data was erased; their visits stay in the counts.</source>
        <translation>此人的資料已刪除；到訪記錄仍計入統計。</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1, taken %2 to %3, still hold them; a safety copy among them stays until five newer ones are taken.</source>
        <translation>
            <numerusform>%1 內仍有 %n 個備份（於 %2 至 %3 建立）載有此人的資料；其中的安全備份會保留，直至再有五個較新的安全備份為止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1, taken %2 to %3, still hold them; the rotation deletes the last of them by %4 (when the desk is used every week).</source>
        <translation>
            <numerusform>%1 內仍有 %n 個備份（於 %2 至 %3 建立）載有此人的資料；輪替會在 %4 或之前刪除最後一個（假設每星期都有使用此櫃檯）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <source>A Hong Kong number has 8 digits after +852.</source>
        <translation>香港電話號碼在 +852 之後有 8 位數字。</translation>
    </message>
    <message>
        <source>A desk code is one letter, then up to two letters or digits (A, B, C2...).</source>
        <translation>櫃枱代號是一個英文字母，之後最多兩個字母或數字（A、B、C2……）。</translation>
    </message>
    <message>
        <source>A full date is needed (day, month and year).</source>
        <translation>需要完整日期（日、月、年）。</translation>
    </message>
    <message>
        <source>A phone number has 8 digits in Hong Kong, or starts with + and a code.</source>
        <translation>香港電話號碼有 8 位數字；其他地方的號碼以 + 和國家區號開頭。</translation>
    </message>
    <message>
        <source>An anonymised export cannot include {fields}.</source>
        <translation>匿名匯出不可包括 {fields}。</translation>
    </message>
    <message>
        <source>An anonymised export needs at least {k} people; this one has {count}.</source>
        <translation>匿名匯出最少要有 {k} 人；這次只有 {count} 人。</translation>
    </message>
    <message>
        <source>Choose at least one field.</source>
        <translation>請至少選擇一個欄位。</translation>
    </message>
    <message>
        <source>Choose at least one service.</source>
        <translation>請至少選擇一項服務。</translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation>請在清單中選擇。</translation>
    </message>
    <message>
        <source>Choose how this person is related.</source>
        <translation>請選擇此人的關係。</translation>
    </message>
    <message>
        <source>Choose languages from the list.</source>
        <translation>請在清單中選擇語言。</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>請選擇其中一個選項。</translation>
    </message>
    <message>
        <source>Choose one of: {formats}.</source>
        <translation>請選擇其中一個：{formats}。</translation>
    </message>
    <message>
        <source>Choose two different records.</source>
        <translation>請選擇兩個不同的紀錄。</translation>
    </message>
    <message>
        <source>Choose volunteer, caseworker or admin.</source>
        <translation>請選擇義工、個案工作員或管理員。</translation>
    </message>
    <message>
        <source>Keep at least one active admin.</source>
        <translation>請保留最少一個有效的管理員。</translation>
    </message>
    <message>
        <source>Keep records at least one year.</source>
        <translation>紀錄最少要保留一年。</translation>
    </message>
    <message>
        <source>Not a date we can read: type it as dd/mm/yyyy, or just the year.</source>
        <translation>無法讀取這個日期：請以 日/月/年（dd/mm/yyyy）輸入，或只輸入年份。</translation>
    </message>
    <message>
        <source>One of these records is already merged.</source>
        <translation>其中一個紀錄已經合併。</translation>
    </message>
    <message>
        <source>Only Excel workbooks (XLSX) can carry a password.</source>
        <translation>只有 Excel 活頁簿（XLSX）可以加上密碼。</translation>
    </message>
    <message>
        <source>Only a job that did not print can be sent again.</source>
        <translation>只有未能列印的工作才可以再次傳送。</translation>
    </message>
    <message>
        <source>Only a job that is waiting can be cancelled.</source>
        <translation>只有正在等候的工作才可以取消。</translation>
    </message>
    <message>
        <source>Say why (e.g. the person asked on 3 March).</source>
        <translation>請說明原因（例如：當事人於 3 月 3 日提出要求）。</translation>
    </message>
    <message>
        <source>Say why the visit is void.</source>
        <translation>請說明為何此到訪作廢。</translation>
    </message>
    <message>
        <source>That user name is taken.</source>
        <translation>這個用戶名稱已被使用。</translation>
    </message>
    <message>
        <source>The claim date is before the arrival date.</source>
        <translation>申請日期早於抵港日期。</translation>
    </message>
    <message>
        <source>The consent date is in the future.</source>
        <translation>同意日期是未來的日期。</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>這個日期是未來的日期。</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>文件是空白的。</translation>
    </message>
    <message>
        <source>The file cannot be opened: {reason}</source>
        <translation>無法開啟檔案：{reason}</translation>
    </message>
    <message>
        <source>The file cannot be read as {encoding}.</source>
        <translation>無法以 {encoding} 讀取檔案。</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>檔案沒有任何資料行。</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook we can read.</source>
        <translation>這個檔案不是可讀取的 Excel 活頁簿。</translation>
    </message>
    <message>
        <source>The file is not text in an encoding we know (UTF-8, UTF-16, Big5 or GBK).</source>
        <translation>這個檔案的文字編碼無法辨認（支援 UTF-8、UTF-16、Big5 或 GBK）。</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>開始日期在結束日期之後。</translation>
    </message>
    <message>
        <source>The household already has a head.</source>
        <translation>這個家庭已經有戶主。</translation>
    </message>
    <message>
        <source>The member must agree that the centre keeps their record.</source>
        <translation>會員必須同意中心保存其紀錄。</translation>
    </message>
    <message>
        <source>The merged record was changed since; undo by hand.</source>
        <translation>合併後的紀錄其後曾被修改；請人手還原。</translation>
    </message>
    <message>
        <source>The year must be between {first} and {last}.</source>
        <translation>年份必須介乎 {first} 至 {last}。</translation>
    </message>
    <message>
        <source>The year must be {first} or later.</source>
        <translation>年份必須是 {first} 年或之後。</translation>
    </message>
    <message>
        <source>There is no setting called {name}.</source>
        <translation>沒有名為 {name} 的設定。</translation>
    </message>
    <message>
        <source>There is no {day} January.</source>
        <translation>一月沒有 {day} 日。</translation>
    </message>
    <message>
        <source>There is no {day} February.</source>
        <translation>二月沒有 {day} 日。</translation>
    </message>
    <message>
        <source>There is no {day} March.</source>
        <translation>三月沒有 {day} 日。</translation>
    </message>
    <message>
        <source>There is no {day} April.</source>
        <translation>四月沒有 {day} 日。</translation>
    </message>
    <message>
        <source>There is no {day} May.</source>
        <translation>五月沒有 {day} 日。</translation>
    </message>
    <message>
        <source>There is no {day} June.</source>
        <translation>六月沒有 {day} 日。</translation>
    </message>
    <message>
        <source>There is no {day} July.</source>
        <translation>七月沒有 {day} 日。</translation>
    </message>
    <message>
        <source>There is no {day} August.</source>
        <translation>八月沒有 {day} 日。</translation>
    </message>
    <message>
        <source>There is no {day} September.</source>
        <translation>九月沒有 {day} 日。</translation>
    </message>
    <message>
        <source>There is no {day} October.</source>
        <translation>十月沒有 {day} 日。</translation>
    </message>
    <message>
        <source>There is no {day} November.</source>
        <translation>十一月沒有 {day} 日。</translation>
    </message>
    <message>
        <source>There is no {day} December.</source>
        <translation>十二月沒有 {day} 日。</translation>
    </message>
    <message>
        <source>There is no 29 February in {year}.</source>
        <translation>{year} 年的二月沒有 29 日。</translation>
    </message>
    <message>
        <source>There is no month {month}: type the day first (dd/mm/yyyy).</source>
        <translation>沒有 {month} 月：請先輸入日，再輸入月 (dd/mm/yyyy)。</translation>
    </message>
    <message>
        <source>“{value}” does not name one country in the list: choose it from the list.</source>
        <translation>「{value}」不是清單中的一個國家：請從清單中選擇。</translation>
    </message>
    <message>
        <source>“{value}” does not name one country in the list: choose it, or stateless.</source>
        <translation>「{value}」不是清單中的一個國家：請從清單中選擇，或選無國籍。</translation>
    </message>
    <message>
        <source>“{value}” does not name one language in the list: choose it from the list.</source>
        <translation>「{value}」不是清單中的一種語言：請從清單中選擇。</translation>
    </message>
    <message>
        <source>This desk already registered {count} people as desk {old}; the server registered it as desk {new}.</source>
        <translation>此櫃枱已以櫃枱 {old} 登記了 {count} 人；伺服器卻把它登記為櫃枱 {new}。</translation>
    </message>
    <message>
        <source>This document is no longer kept; print it anew.</source>
        <translation>此文件已不再保存；請重新列印。</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>此合併已經還原。</translation>
    </message>
    <message>
        <source>This person is already anonymised.</source>
        <translation>此人的紀錄已經匿名化。</translation>
    </message>
    <message>
        <source>This person is already in a household.</source>
        <translation>此人已經屬於一個家庭。</translation>
    </message>
    <message>
        <source>This person is in another household. Remove them from it first.</source>
        <translation>此人屬於另一個家庭。請先把此人從該家庭移除。</translation>
    </message>
    <message>
        <source>This person is not in a household.</source>
        <translation>此人不屬於任何家庭。</translation>
    </message>
    <message>
        <source>This setting needs a value of type {kind}.</source>
        <translation>此設定需要 {kind} 類型的值。</translation>
    </message>
    <message>
        <source>Type a user name without spaces (up to 60 characters).</source>
        <translation>請輸入不含空格的用戶名稱（最多 60 個字元）。</translation>
    </message>
    <message>
        <source>Type at least a family name or a given name.</source>
        <translation>請最少輸入姓氏或名字。</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>請輸入此人的姓名。</translation>
    </message>
    <message>
        <source>Unknown consent: {names}.</source>
        <translation>不明的同意項目：{names}。</translation>
    </message>
    <message>
        <source>Unknown field(s): {fields}.</source>
        <translation>不明的欄位：{fields}。</translation>
    </message>
    <message>
        <source>Use a password of at least {count} characters.</source>
        <translation>密碼最少要有 {count} 個字元。</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>最少要有 {count} 個字元。</translation>
    </message>
    <message>
        <source>{rows} rows are more than Excel can hold: choose CSV.</source>
        <translation>{rows} 行超出 Excel 可容納的數量：請選擇 CSV。</translation>
    </message>
    <message>
        <source>A document number has {least} to {most} letters and digits.</source>
        <translation>證件號碼須有 {least} 至 {most} 個字母及數字。</translation>
    </message>
    <message>
        <source>Row {row} cannot be included: {why}</source>
        <translation>第 {row} 行不能加入：{why}</translation>
    </message>
    <message>
        <source>Row {row} has a cell longer than {limit} characters: shorten it, then try again.</source>
        <translation>第 {row} 行有一格超過 {limit} 個字元：請縮短後再試。</translation>
    </message>
    <message>
        <source>Row {row} is marked the same as {target}, which is not added.</source>
        <translation>第 {row} 行被標示為與 {target} 相同，但 {target} 不會加入。</translation>
    </message>
    <message>
        <source>Row {row} is marked the same as {target}: no member has that number.</source>
        <translation>第 {row} 行被標示為與 {target} 相同：沒有會員使用這個編號。</translation>
    </message>
    <message>
        <source>Row {row} is not a row of the sheet.</source>
        <translation>試算表中沒有第 {row} 行。</translation>
    </message>
    <message>
        <source>Row {row}: the sheet has no column &apos;{column}&apos;.</source>
        <translation>第 {row} 行：試算表沒有「{column}」這一欄。</translation>
    </message>
    <message>
        <source>Row {row}: write a fix as column = value, e.g. DOB = 14/02/1990.</source>
        <translation>第 {row} 行：修正請寫成 欄 = 值，例如 DOB = 14/02/1990。</translation>
    </message>
    <message>
        <source>Row {row}: write include, leave out, or same as row N or a number, not &apos;{typed}&apos;.</source>
        <translation>第 {row} 行：請寫 include、leave out、same as row N 或 same as 會員編號，而不是「{typed}」。</translation>
    </message>
    <message>
        <source>The file has more than {limit} columns: is it a registration sheet?</source>
        <translation>檔案超過 {limit} 欄：這是登記表嗎？</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows: split it into smaller files.</source>
        <translation>檔案超過 {limit} 行：請分成較小的檔案。</translation>
    </message>
    <message>
        <source>The file is not a CSV we can read: {reason}</source>
        <translation>無法讀取這個 CSV 檔案：{reason}</translation>
    </message>
    <message>
        <source>The file is {size} MB; an import reads at most {limit} MB: split the file.</source>
        <translation>檔案有 {size} MB；匯入最多只讀 {limit} MB：請分拆檔案。</translation>
    </message>
    <message>
        <source>The review file cannot be read: {reason}</source>
        <translation>無法讀取審閱檔案：{reason}</translation>
    </message>
    <message>
        <source>The workbook unpacks to {size} MB, too much to read: save its sheet as CSV.</source>
        <translation>這個活頁簿解壓後有 {size} MB，太大無法讀取：請把工作表另存為 CSV。</translation>
    </message>
    <message>
        <source>There is no such date in the calendar.</source>
        <translation>日曆上沒有這個日期。</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Scan, or type + Enter</source>
        <translation>掃描，或輸入後按 Enter</translation>
    </message>
    <message>
        <source>Find a member: card, name, number or phone</source>
        <translation>尋找會員：會員卡、姓名、號碼或電話</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the first match (or the scanned card)</source>
        <translation>開啟第一個結果（或已掃描的會員卡）</translation>
    </message>
    <message>
        <source>↓ / ↑</source>
        <translation>↓ / ↑</translation>
    </message>
    <message>
        <source>Move through the results</source>
        <translation>在結果之間移動</translation>
    </message>
    <message>
        <source>1 … 0</source>
        <translation>1 … 0</translation>
    </message>
    <message>
        <source>Tick or untick a service</source>
        <translation>剔選或取消剔選服務</translation>
    </message>
    <message>
        <source>Check in and print the slip</source>
        <translation>登記到訪並列印服務單</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Check in the whole household</source>
        <translation>為整個家庭登記到訪</translation>
    </message>
    <message>
        <source>A letter</source>
        <translation>任何字母</translation>
    </message>
    <message>
        <source>Start a new search (a card scanned mid-visit)</source>
        <translation>開始新的搜尋（例如途中掃描了另一張會員卡）</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Back to the search box</source>
        <translation>返回搜尋欄</translation>
    </message>
    <message>
        <source>F11 / Esc</source>
        <translation>F11 / Esc</translation>
    </message>
    <message>
        <source>On the now-serving screen: full screen on / off</source>
        <translation>在「現正服務」螢幕上：全螢幕開／關</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>在接待處</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <source>Esc or F1 closes this list.</source>
        <translation>按 Esc 或 F1 關閉這個清單。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>登入 — %1</translation>
    </message>
    <message>
        <source>Sign in with your own account. Never share your password.</source>
        <translation>請以你自己的帳戶登入。切勿與他人共用密碼。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用戶名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>請輸入你的用戶名稱及密碼。</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message numerus="yes">
        <source>%n document(s) may not have printed when Front Desk stopped. Check them in the print queue (Ctrl+Shift+P).</source>
        <translation>
            <numerusform>Front Desk 停止時，可能有 %n 份文件未打印。請在打印隊列 (Ctrl+Shift+P) 中檢查。</numerusform>
        </translation>
    </message>
    <message>
        <source>No slip printed yet today.</source>
        <translation>今日尚未列印任何服務單。</translation>
    </message>
    <message>
        <source>%1 Nothing was lost: the print queue (Ctrl+Shift+P) keeps what waits to print.</source>
        <translation>%1 沒有遺失任何資料：列印隊列 (Ctrl+Shift+P) 保留等待列印的文件。</translation>
    </message>
    <message>
        <source>%1 Nothing was printed.</source>
        <translation>%1 沒有列印任何文件。</translation>
    </message>
    <message>
        <source>%1 was printed already. To print it again, use Reprint.</source>
        <translation>%1 已經列印過。如要再列印，請使用「重新列印」。</translation>
    </message>
    <message>
        <source>%1 sent to %2.</source>
        <translation>%1 已傳送到 %2。</translation>
    </message>
    <message>
        <source>%1 may not have printed: %2. Look at the printer; if it did not come out, send it again from the print queue (Ctrl+Shift+P).</source>
        <translation>%1 可能未有印出：%2。請查看列印機；如果沒有印出，請在列印隊列（Ctrl+Shift+P）再次傳送。</translation>
    </message>
    <message>
        <source>%1 could not be drawn (%2). What it belongs to is saved; the document waits in the print queue (Ctrl+Shift+P). Tell a staff member.</source>
        <translation>無法製作 %1（%2）。相關紀錄已儲存；文件在列印隊列 (Ctrl+Shift+P) 中等待。請告知職員。</translation>
    </message>
    <message>
        <source>Not printed: %1. It is kept in the print queue and tried again; Ctrl+Shift+P shows it.</source>
        <translation>未列印：%1。文件已保存在列印隊列中，並會再次嘗試；按 Ctrl+Shift+P 查看。</translation>
    </message>
</context>
<context>
    <name>SuspectTableModel</name>
    <message>
        <source>Same name and birth</source>
        <translation>姓名及出生相同</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>電話相同</translation>
    </message>
    <message>
        <source>First</source>
        <translation>第一位</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>第二位</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync: what to check</source>
        <translation>同步：待檢查項目</translation>
    </message>
    <message>
        <source>Two desks changed the same detail before they could see each other&apos;s change. The later change was kept; the other is shown here.</source>
        <translation>兩個櫃檯在看到對方的修改前更改了同一項資料。已保留較後的修改，另一項列於此處。</translation>
    </message>
    <message>
        <source>Changes made at two desks</source>
        <translation>兩個接待處作出的修改</translation>
    </message>
    <message>
        <source>These newcomers were registered at different desks and look like the same person. Open both, and merge them if they are.</source>
        <translation>這些新來者在不同櫃檯登記，看來是同一人。請打開兩份記錄，如屬同一人便合併。</translation>
    </message>
    <message>
        <source>Newcomers who may be the same person</source>
        <translation>可能是同一人的新來者</translation>
    </message>
    <message>
        <source>Compare and merge…</source>
        <translation>比較並合併…</translation>
    </message>
    <message>
        <source>They are different people</source>
        <translation>他們是不同的人</translation>
    </message>
    <message>
        <source>Only staff may merge records.</source>
        <translation>只有職員可以合併紀錄。</translation>
    </message>
    <message>
        <source>Overwritten values</source>
        <translation>被覆蓋的資料</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>可能重複</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Overwritten values (%1)</source>
        <translation>被覆蓋的資料（%1）</translation>
    </message>
    <message>
        <source>Possible duplicates (%1)</source>
        <translation>可能重複（%1）</translation>
    </message>
    <message>
        <source>Choose a pair in the list first.</source>
        <translation>請先在清單中選擇一對紀錄。</translation>
    </message>
</context>
<context>
    <name>SyncLight</name>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Sync failed (last good %1)</source>
        <translation>同步失敗（上次成功 %1）</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n 項修改等待同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>已於 %1 同步</translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation>
            <numerusform>%n 項待檢查</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>等待傳送：%1</translation>
    </message>
    <message>
        <source>Overwritten values to check: %1</source>
        <translation>待檢查的被覆蓋資料：%1</translation>
    </message>
    <message>
        <source>Possible duplicates to check: %1</source>
        <translation>待檢查的可能重複：%1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today&apos;s visits</source>
        <translation>今日到訪</translation>
    </message>
    <message>
        <source>&amp;Undo this check-in…</source>
        <translation>撤銷這次到訪登記(&amp;U)…</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n visit(s)</source>
        <translation>
            <numerusform>今日：%n 次到訪</numerusform>
        </translation>
    </message>
    <message>
        <source>next queue no. %1</source>
        <translation>下一個輪候號碼 %1</translation>
    </message>
    <message>
        <source>now serving %1</source>
        <translation>現正服務 %1 號</translation>
    </message>
</context>
<context>
    <name>UndoCheckIn</name>
    <message>
        <source>Undo a check-in</source>
        <translation>撤銷到訪登記</translation>
    </message>
    <message>
        <source>Undo queue no. %1, %2? It stays on file but leaves today&apos;s counts. Why?</source>
        <translation>撤銷輪候號碼 %1（%2）？記錄會保留，但不再計入今日的數字。原因是？</translation>
    </message>
    <message>
        <source>Undo the check-in</source>
        <translation>撤銷登記</translation>
    </message>
    <message>
        <source>Say why the check-in is undone.</source>
        <translation>請說明撤銷登記的原因。</translation>
    </message>
    <message>
        <source>Check-in no. %1 undone.</source>
        <translation>已撤銷第 %1 號的到訪登記。</translation>
    </message>
    <message>
        <source>Only the volunteer who made a check-in may undo it, within %1 minutes; after that, ask a caseworker or admin.</source>
        <translation>只有作出登記的義工可在 %1 分鐘內撤銷；之後請找個案工作者或管理員。</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Volunteer</source>
        <translation>義工</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>個案工作者</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>新密碼…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Switch off / on</source>
        <translation>停用／啟用</translation>
    </message>
    <message>
        <source>Account added: %1.</source>
        <translation>已新增帳戶：%1。</translation>
    </message>
    <message>
        <source>Choose an account in the list first.</source>
        <translation>請先在清單中選擇一個帳戶。</translation>
    </message>
    <message>
        <source>Account changed.</source>
        <translation>帳戶已更改。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>新角色</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <source>New password (tell the person in private)</source>
        <translation>新密碼（請私下告知當事人）</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>cannot sign in</source>
        <translation>不能登入</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked (wrong passwords)</source>
        <translation>已鎖定（密碼錯誤）</translation>
    </message>
    <message>
        <source>active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用戶名稱</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>No.</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>會員編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>叫號時間</translation>
    </message>
    <message>
        <source>This visit was voided.</source>
        <translation>這次到訪已被取消。</translation>
    </message>
</context>
<context>
    <name>ZoomController</name>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>縮小文字</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>正常文字大小</translation>
    </message>
    <message>
        <source>Text size: %1%</source>
        <translation>文字大小：%1%</translation>
    </message>
</context>
<context>
    <name>_JobPage</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
