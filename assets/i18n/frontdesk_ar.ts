<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>App</name>
    <message>
        <source>The database file is damaged and cannot be used safely.

The latest good backup is from %1 (%2 people, %3 visits). Visits recorded after that time are not in it.

Restore this backup? The damaged file is kept aside for staff, not deleted.</source>
        <translation>ملف قاعدة البيانات تالف ولا يمكن استخدامه بأمان.

آخر نسخة احتياطية سليمة من %1 (%2 شخصًا، %3 زيارة). الزيارات المسجلة بعد ذلك الوقت ليست فيها.

هل تريد استعادة هذه النسخة؟ يُحفظ الملف التالف جانبًا للموظفين ولا يُحذف.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>The database file %1 is damaged and there is no good backup of it. Nothing was changed. Tell a staff member; the log file is %2.</source>
        <translation>ملف قاعدة البيانات %1 تالف ولا توجد له نسخة احتياطية سليمة. لم يتغير شيء. أبلغ أحد الموظفين؛ ملف السجل هو %2.</translation>
    </message>
    <message>
        <source>The damaged database was left as it is. Tell a staff member.</source>
        <translation>تُركت قاعدة البيانات التالفة كما هي. أبلغ أحد الموظفين.</translation>
    </message>
    <message>
        <source>Front Desk is already open on this database, in %1. Use that window, or close it first. Two windows on one file could hand out the same queue number.</source>
        <translation>برنامج Front Desk مفتوح بالفعل على قاعدة البيانات هذه في %1. استخدم تلك النافذة أو أغلقها أولًا. نافذتان على ملف واحد قد تعطيان رقم الدور نفسه مرتين.</translation>
    </message>
    <message>
        <source>No admin account can sign in to %1, so the desk does not open: nobody becomes its admin by typing a name. Restore a backup, or set up a new desk.</source>
        <translation>لا يوجد حساب مسؤول يمكنه تسجيل الدخول إلى %1، لذلك لا يفتح المكتب: لا يصبح أحد مسؤولًا بمجرد كتابة اسم. استعد نسخة احتياطية أو أعدّ مكتبًا جديدًا.</translation>
    </message>
    <message>
        <source>Opening the database…
The desk opens by itself when it is ready.</source>
        <translation>جارٍ فتح قاعدة البيانات…
ستُفتح شاشة الاستقبال تلقائيًا عندما تكون جاهزة.</translation>
    </message>
    <message>
        <source>Making the desk&apos;s keys…</source>
        <translation>جارٍ إنشاء مفاتيح المكتب…</translation>
    </message>
    <message>
        <source>The database %1 is not encrypted, so the desk does not open it. Front Desk opens a plain file only when started with --unencrypted (demos and tests).</source>
        <translation>قاعدة البيانات %1 غير مشفرة، لذلك لا يفتحها المكتب. لا يفتح Front Desk ملفًا غير مشفر إلا عند تشغيله مع ‎--unencrypted (للعروض والاختبارات).</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Taking a backup and moving the desk to accounts…</source>
        <translation>جارٍ أخذ نسخة احتياطية ونقل المكتب إلى الحسابات…</translation>
    </message>
    <message>
        <source>Saving a backup before closing…</source>
        <translation>جارٍ حفظ نسخة احتياطية قبل الإغلاق…</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>كل الإجراءات</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>تحقق من السلسلة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n حدث</numerusform>
            <numerusform>%n حدث</numerusform>
            <numerusform>%n حدث</numerusform>
            <numerusform>%n حدث</numerusform>
            <numerusform>%n حدث</numerusform>
            <numerusform>%n حدث</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is intact: no event changed or deleted.</source>
        <translation>سجل التدقيق سليم: لم يُغيَّر أو يُحذف أي حدث.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: %1</source>
        <translation>تم العبث بسجل التدقيق: %1</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backup saved at %1, but the copy for the second place failed: %2</source>
        <translation>حُفظت النسخة الاحتياطية في %1، لكن فشل حفظ النسخة في المكان الثاني: %2</translation>
    </message>
    <message>
        <source>Backup saved at %1.</source>
        <translation>حُفظت النسخة الاحتياطية في %1.</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <source>Adding the people</source>
        <translation>إضافة الأشخاص</translation>
    </message>
    <message>
        <source>All rows are added together, or none if anything goes wrong.</source>
        <translation>تُضاف كل الصفوف معًا، أو لا يُضاف أي منها إذا حدث خطأ.</translation>
    </message>
    <message>
        <source>Save the row report…</source>
        <translation>حفظ تقرير الصفوف…</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>جارٍ الإضافة…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s).</source>
        <translation>
            <numerusform>لم يُضف أي شخص.</numerusform>
            <numerusform>أُضيف شخص واحد.</numerusform>
            <numerusform>أُضيف شخصان.</numerusform>
            <numerusform>أُضيف %n أشخاص.</numerusform>
            <numerusform>أُضيف %n شخصًا.</numerusform>
            <numerusform>أُضيف %n شخص.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>الاسم بلغته الأصلية</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>الاسم المفضل</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>هاتف آخر</translation>
    </message>
    <message>
        <source>Area in Hong Kong</source>
        <translation>المنطقة في هونغ كونغ</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>وضع الهجرة</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>نقاط الضعف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Whole record (not stored here)</source>
        <translation>السجل كاملاً (لم يُحفظ هنا)</translation>
    </message>
    <message>
        <source>(staff only)</source>
        <translation>(للموظفين فقط)</translation>
    </message>
    <message>
        <source>%1 (desk %2)</source>
        <translation>%1 (المكتب %2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>ما تم الاحتفاظ به</translation>
    </message>
    <message>
        <source>Overwritten</source>
        <translation>ما تم استبداله</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>Consent (read this to the member)</source>
        <translation>الموافقة (اقرأ هذا على العضو)</translation>
    </message>
    <message>
        <source>We keep your name, contact details, immigration status and the services you receive, so that we can help you and plan our services. Only centre staff and volunteers see your record; notes about your needs are seen by staff only. We never give your details to the Immigration Department or the police. You can ask to see, correct or delete your record at any time.</source>
        <translation>نحتفظ باسمك وبيانات الاتصال بك ووضع الهجرة الخاص بك والخدمات التي تتلقاها، لكي نتمكن من مساعدتك والتخطيط لخدماتنا. لا يطّلع على سجلك إلا موظفو المركز ومتطوعوه؛ والملاحظات المتعلقة باحتياجاتك يراها الموظفون فقط. لا نعطي بياناتك أبدًا لدائرة الهجرة أو للشرطة. يمكنك أن تطلب الاطلاع على سجلك أو تصحيحه أو حذفه في أي وقت.</translation>
    </message>
    <message>
        <source>Agrees that the centre keeps this record (needed to register) *</source>
        <translation>يوافق على أن يحتفظ المركز بهذا السجل (مطلوب للتسجيل) *</translation>
    </message>
    <message>
        <source>Agrees to share details with partner organisations when referred</source>
        <translation>يوافق على مشاركة بياناته مع المنظمات الشريكة عند الإحالة</translation>
    </message>
    <message>
        <source>Agrees to be phoned or messaged about services</source>
        <translation>يوافق على تلقي اتصالات أو رسائل بشأن الخدمات</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>سجّلها</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Stateless</source>
        <translation>عديم الجنسية</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <source>Discard what was typed?</source>
        <translation>هل تريد تجاهل ما كُتب؟</translation>
    </message>
    <message>
        <source>This form has things typed in it. Close it and lose them?</source>
        <translation>في هذا النموذج بيانات مكتوبة. هل تريد إغلاقه وفقدانها؟</translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation>&amp;تجاهل وإغلاق</translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation>&amp;متابعة الكتابة</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Dry run: what would happen</source>
        <translation>تجربة: ما الذي سيحدث</translation>
    </message>
    <message>
        <source>Nothing is written yet. Every row held back or refused says why: choose one to add it, leave it out, join it to someone, or fix a value.</source>
        <translation>لم يُكتب شيء بعد. كل صف مؤجَّل أو مرفوض يذكر السبب: اختر صفًا لإضافته أو تركه أو ربطه بشخص أو تصحيح قيمة.</translation>
    </message>
    <message>
        <source>Add the people</source>
        <translation>أضف الأشخاص</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>الصفوف المراد استيرادها</translation>
    </message>
    <message>
        <source>Also add the rows that look like someone else</source>
        <translation>أضف أيضًا الصفوف التي تشبه شخصًا آخر</translation>
    </message>
    <message>
        <source>Save the row report…</source>
        <translation>حفظ تقرير الصفوف…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>جارٍ فحص كل صف…</translation>
    </message>
    <message>
        <source>%1 will be added, %2 cannot be taken, %3 look like someone else, %4 were imported before or repeat a row.</source>
        <translation>سيُضاف %1، ولا يمكن قبول %2، ويشبه %3 شخصًا آخر، و%4 استُوردت من قبل أو تكرر صفًا.</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Possible duplicates</source>
        <translation>سجلات قد تكون مكررة</translation>
    </message>
    <message>
        <source>Same person: open their record</source>
        <translation>الشخص نفسه: افتح سجله</translation>
    </message>
    <message>
        <source>Different person: save as new</source>
        <translation>شخص مختلف: احفظه كسجل جديد</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) on file may be this person. Ask for their card or check the details, then choose.</source>
        <translation>
            <numerusform>لا يوجد عضو مسجَّل قد يكون هذا الشخص. اطلب بطاقته أو تحقق من البيانات، ثم اختر.</numerusform>
            <numerusform>عضو واحد مسجَّل قد يكون هذا الشخص. اطلب بطاقته أو تحقق من البيانات، ثم اختر.</numerusform>
            <numerusform>عضوان مسجَّلان قد يكون أحدهما هذا الشخص. اطلب بطاقته أو تحقق من البيانات، ثم اختر.</numerusform>
            <numerusform>%n أعضاء مسجَّلين قد يكون أحدهم هذا الشخص. اطلب بطاقته أو تحقق من البيانات، ثم اختر.</numerusform>
            <numerusform>%n عضوًا مسجَّلًا قد يكون أحدهم هذا الشخص. اطلب بطاقته أو تحقق من البيانات، ثم اختر.</numerusform>
            <numerusform>%n عضو مسجَّل قد يكون أحدهم هذا الشخص. اطلب بطاقته أو تحقق من البيانات، ثم اختر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateTableModel</name>
    <message>
        <source>same name</source>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>اسم مشابه</translation>
    </message>
    <message>
        <source>family and given names swapped</source>
        <translation>اسم العائلة والاسم الأول متبادلان</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>تاريخ الميلاد نفسه</translation>
    </message>
    <message>
        <source>same year of birth</source>
        <translation>سنة الميلاد نفسها</translation>
    </message>
    <message>
        <source>different birth date</source>
        <translation>تاريخ ميلاد مختلف</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>الهاتف نفسه</translation>
    </message>
    <message>
        <source>same name in own script</source>
        <translation>الاسم نفسه بخط لغته</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>رقم العضوية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>بخط لغته</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>التطابق</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>السجل…</translation>
    </message>
    <message>
        <source>Please check the fields marked below. Nothing was saved yet.</source>
        <translation>يرجى مراجعة الحقول المحددة أدناه. لم يُحفظ شيء بعد.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>People registered</source>
        <translation>الأشخاص المسجلون</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>CSV (Excel, any spreadsheet)</source>
        <translation>CSV (Excel أو أي جدول بيانات)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>مصنف Excel (XLSX)</translation>
    </message>
    <message>
        <source>Anonymised: no names, numbers, phones or notes</source>
        <translation>مجهول الهوية: بلا أسماء أو أرقام أو هواتف أو ملاحظات</translation>
    </message>
    <message>
        <source>Only an administrator may export personal data.</source>
        <translation>لا يحق تصدير البيانات الشخصية إلا للمسؤول.</translation>
    </message>
    <message>
        <source>Everyone on file (ignore the dates)</source>
        <translation>كل المسجلين (تجاهل التواريخ)</translation>
    </message>
    <message>
        <source>Excel workbook with names: Excel asks for it</source>
        <translation>ملف Excel يحوي أسماء: سيطلبها Excel عند الفتح</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Column in the file: %1</source>
        <translation>العمود في الملف: %1</translation>
    </message>
    <message>
        <source>Personal: not in an anonymised export.</source>
        <translation>بيانات شخصية: لا تدخل في التصدير المجهول الهوية.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>تصدير إلى</translation>
    </message>
    <message numerus="yes">
        <source>So that no row stands out, %n cell(s) were made less precise or left out (at least 5 people share every row&apos;s sex, age band, country or region, registration month and household size).</source>
        <translation>
            <numerusform>حتى لا يتميّز أي صف، جُعلت %n خلية أقل دقة أو تُركت فارغة (يشترك 5 أشخاص على الأقل في الجنس وفئة العمر والبلد أو المنطقة وشهر التسجيل وحجم الأسرة في كل صف).</numerusform>
            <numerusform>حتى لا يتميّز أي صف، جُعلت %n خلية أقل دقة أو تُركت فارغة (يشترك 5 أشخاص على الأقل في الجنس وفئة العمر والبلد أو المنطقة وشهر التسجيل وحجم الأسرة في كل صف).</numerusform>
            <numerusform>حتى لا يتميّز أي صف، جُعلت %n خلية أقل دقة أو تُركت فارغة (يشترك 5 أشخاص على الأقل في الجنس وفئة العمر والبلد أو المنطقة وشهر التسجيل وحجم الأسرة في كل صف).</numerusform>
            <numerusform>حتى لا يتميّز أي صف، جُعلت %n خلية أقل دقة أو تُركت فارغة (يشترك 5 أشخاص على الأقل في الجنس وفئة العمر والبلد أو المنطقة وشهر التسجيل وحجم الأسرة في كل صف).</numerusform>
            <numerusform>حتى لا يتميّز أي صف، جُعلت %n خلية أقل دقة أو تُركت فارغة (يشترك 5 أشخاص على الأقل في الجنس وفئة العمر والبلد أو المنطقة وشهر التسجيل وحجم الأسرة في كل صف).</numerusform>
            <numerusform>حتى لا يتميّز أي صف، جُعلت %n خلية أقل دقة أو تُركت فارغة (يشترك 5 أشخاص على الأقل في الجنس وفئة العمر والبلد أو المنطقة وشهر التسجيل وحجم الأسرة في كل صف).</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>اختر ملفًا في مجلد موجود.</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>اليوم الأول يقع بعد اليوم الأخير.</translation>
    </message>
    <message>
        <source>Tick at least one field.</source>
        <translation>ضع علامة على حقل واحد على الأقل.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>لم يُكتب أي صف في %1.</numerusform>
            <numerusform>كُتب صف واحد في %1.</numerusform>
            <numerusform>كُتب صفان في %1.</numerusform>
            <numerusform>كُتبت %n صفوف في %1.</numerusform>
            <numerusform>كُتب %n صفًا في %1.</numerusform>
            <numerusform>كُتب %n صف في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportField</name>
    <message>
        <source>Person (code, not a name)</source>
        <translation>الشخص (رمز، وليس اسمًا)</translation>
    </message>
    <message>
        <source>Queue number</source>
        <translation>رقم الدور</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>رقم العضوية</translation>
    </message>
    <message>
        <source>Household (code)</source>
        <translation>الأسرة (رمز)</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Note on the visit</source>
        <translation>ملاحظة على الزيارة</translation>
    </message>
    <message>
        <source>Undone (void)</source>
        <translation>أُلغيت (باطلة)</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Household name</source>
        <translation>اسم الأسرة</translation>
    </message>
    <message>
        <source>Head&apos;s member number</source>
        <translation>رقم عضوية رب الأسرة</translation>
    </message>
    <message>
        <source>Number of members</source>
        <translation>عدد الأفراد</translation>
    </message>
    <message>
        <source>Members&apos; numbers</source>
        <translation>أرقام الأفراد</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>البلد أو المنطقة</translation>
    </message>
    <message>
        <source>Month registered</source>
        <translation>شهر التسجيل</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>حجم الأسرة</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>The database file failed its check: part of it is damaged.

Finish with the person at the desk, then close Front Desk and open it again. It will offer to restore the latest good backup. Tell a staff member.</source>
        <translation>لم يجتز ملف قاعدة البيانات الفحص: جزء منه تالف.

أنهِ خدمة الشخص الموجود عند المكتب، ثم أغلق Front Desk وافتحه من جديد. سيعرض عليك استعادة آخر نسخة احتياطية سليمة. أخبر أحد الموظفين.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the old spreadsheet</source>
        <translation>اختر جدول البيانات القديم</translation>
    </message>
    <message>
        <source>A CSV file (any encoding) or an Excel workbook (.xlsx).</source>
        <translation>ملف CSV (بأي ترميز) أو مصنف Excel (.xlsx).</translation>
    </message>
    <message>
        <source>Spreadsheet to import</source>
        <translation>جدول البيانات المراد استيراده</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Find out automatically</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <source>Read the file</source>
        <translation>قراءة الملف</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>ترميز النص</translation>
    </message>
    <message>
        <source>Old spreadsheet</source>
        <translation>جدول البيانات القديم</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation>جداول البيانات (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), read as %1.</source>
        <translation>
            <numerusform>لا صفوف، قُرئت بترميز %1.</numerusform>
            <numerusform>صف واحد، قُرئ بترميز %1.</numerusform>
            <numerusform>صفان، قُرئا بترميز %1.</numerusform>
            <numerusform>%n صفوف، قُرئت بترميز %1.</numerusform>
            <numerusform>%n صفًا، قُرئت بترميز %1.</numerusform>
            <numerusform>%n صف، قُرئت بترميز %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Front Desk</source>
        <translation>إعداد Front Desk</translation>
    </message>
    <message>
        <source>This computer holds personal data about people who fled persecution. The database is encrypted: each person signs in with their own account, and without an account&apos;s password a stolen computer or backup shows nothing.

Create the first admin account (the person who will add the volunteers&apos; accounts). Next you will see a recovery key to print and keep in the office safe.</source>
        <translation>يحتوي هذا الحاسوب على بيانات شخصية عن أشخاص فرّوا من الاضطهاد. قاعدة البيانات مشفرة: يسجّل كل شخص الدخول بحسابه الخاص، ودون كلمة مرور حساب لا يُظهر الحاسوب المسروق أو النسخة الاحتياطية شيئًا.

أنشئ حساب المسؤول الأول (الشخص الذي سيضيف حسابات المتطوعين). بعد ذلك سترى مفتاح استرداد لطباعته وحفظه في خزنة المكتب.</translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation>اسم مستخدم المدير</translation>
    </message>
    <message>
        <source>Admin&apos;s full name</source>
        <translation>الاسم الكامل للمدير</translation>
    </message>
    <message>
        <source>Admin password</source>
        <translation>كلمة مرور المدير</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>كلمة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Type the admin&apos;s user name and full name.</source>
        <translation>اكتب اسم مستخدم المدير واسمه الكامل.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>تحتاج كلمة المرور إلى %n حرفًا على الأقل.</numerusform>
            <numerusform>تحتاج كلمة المرور إلى %n حرفًا على الأقل.</numerusform>
            <numerusform>تحتاج كلمة المرور إلى %n حرفًا على الأقل.</numerusform>
            <numerusform>تحتاج كلمة المرور إلى %n حرفًا على الأقل.</numerusform>
            <numerusform>تحتاج كلمة المرور إلى %n حرفًا على الأقل.</numerusform>
            <numerusform>تحتاج كلمة المرور إلى %n حرفًا على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Changes to %1</source>
        <translation>التغييرات على %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>No changes since registration.</source>
        <translation>لا تغييرات منذ التسجيل.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>HouseholdController</name>
    <message numerus="yes">
        <source>Checked in %n household member(s).</source>
        <translation>
            <numerusform>لم يُسجَّل حضور أي فرد من الأسرة.</numerusform>
            <numerusform>سُجِّل حضور فرد واحد من الأسرة.</numerusform>
            <numerusform>سُجِّل حضور فردين من الأسرة.</numerusform>
            <numerusform>سُجِّل حضور %n أفراد من الأسرة.</numerusform>
            <numerusform>سُجِّل حضور %n فردًا من الأسرة.</numerusform>
            <numerusform>سُجِّل حضور %n فرد من الأسرة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Head of household</source>
        <translation>ربّ الأسرة</translation>
    </message>
    <message>
        <source>Spouse or partner</source>
        <translation>الزوج أو الشريك</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>ابن أو ابنة</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>أحد الوالدين</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>أخ أو أخت</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>قريب آخر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>رقم العضوية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Household of %1</source>
        <translation>أسرة %1</translation>
    </message>
    <message>
        <source>Start a household with this person as head</source>
        <translation>إنشاء أسرة يكون هذا الشخص ربّها</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>أفراد الأسرة</translation>
    </message>
    <message>
        <source>Remove the chosen member from the household</source>
        <translation>إخراج الفرد المختار من الأسرة</translation>
    </message>
    <message>
        <source>Add a family member who is registered</source>
        <translation>إضافة فرد مسجَّل من العائلة</translation>
    </message>
    <message>
        <source>Type a name, member number or phone</source>
        <translation>اكتب اسمًا أو رقم عضوية أو رقم هاتف</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>الأشخاص الذين عُثر عليهم</translation>
    </message>
    <message>
        <source>Add to household</source>
        <translation>إضافة إلى الأسرة</translation>
    </message>
    <message>
        <source>Relationship to the head</source>
        <translation>صلة القرابة بربّ الأسرة</translation>
    </message>
    <message>
        <source>This person is not in a household yet.</source>
        <translation>هذا الشخص ليس ضمن أسرة بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s). Services given per household count them together.</source>
        <translation>
            <numerusform>لا أفراد. الخدمات المحسوبة لكل أسرة تعدّهم معًا.</numerusform>
            <numerusform>فرد واحد. الخدمات المحسوبة لكل أسرة تعدّهم معًا.</numerusform>
            <numerusform>فردان. الخدمات المحسوبة لكل أسرة تعدّهم معًا.</numerusform>
            <numerusform>%n أفراد. الخدمات المحسوبة لكل أسرة تعدّهم معًا.</numerusform>
            <numerusform>%n فردًا. الخدمات المحسوبة لكل أسرة تعدّهم معًا.</numerusform>
            <numerusform>%n فرد. الخدمات المحسوبة لكل أسرة تعدّهم معًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the family member first, then choose them in the list.</source>
        <translation>ابحث عن فرد العائلة أولًا، ثم اختره من القائمة.</translation>
    </message>
</context>
<context>
    <name>ImportReview</name>
    <message>
        <source>Add this row</source>
        <translation>أضف هذا الصف</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>اتركه</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation>الشخص نفسه مثل</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>(do not import)</source>
        <translation>(لا تستورد)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Full name (split into family and given)</source>
        <translation>الاسم الكامل (يُقسم إلى اسم العائلة والاسم الأول)</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>الاسم بخط لغته</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>الاسم المفضل</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Date or year of birth</source>
        <translation>تاريخ الميلاد أو سنته</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>هاتف آخر</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>بلد المنشأ</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Area in Hong Kong</source>
        <translation>المنطقة في هونغ كونغ</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>وضع الهجرة</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>تاريخ الوصول</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Household (same value = same family)</source>
        <translation>الأسرة (القيمة نفسها = العائلة نفسها)</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Old number (kept in the notes)</source>
        <translation>الرقم القديم (يُحفظ في الملاحظات)</translation>
    </message>
    <message>
        <source>Will be added (see why)</source>
        <translation>سيُضاف (انظر السبب)</translation>
    </message>
    <message>
        <source>Cannot be taken</source>
        <translation>لا يمكن قبوله</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>استُورد من قبل</translation>
    </message>
    <message>
        <source>Same row again</source>
        <translation>الصف نفسه مرة أخرى</translation>
    </message>
    <message>
        <source>Looks like another row</source>
        <translation>يشبه صفًا آخر</translation>
    </message>
    <message>
        <source>Looks like someone on file</source>
        <translation>يشبه شخصًا مسجَّلًا</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>ما الذي سيحدث</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>رقم العضوية</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>يشبه</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>اختيارك</translation>
    </message>
    <message>
        <source>Import an old spreadsheet</source>
        <translation>استيراد جدول بيانات قديم</translation>
    </message>
    <message>
        <source>Save the row report</source>
        <translation>حفظ تقرير الصفوف</translation>
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
        <translation>تم تسجيل %1 برقم %2.</translation>
    </message>
    <message>
        <source>These letters of the name cannot be printed and would be blank on the card and slips: %1. Tell a staff member.</source>
        <translation>لا يمكن طباعة هذه الأحرف من الاسم، وستظهر فارغة على البطاقة والإيصالات: %1. أخبر أحد الموظفين.</translation>
    </message>
    <message>
        <source>Opened the member already on file. Nothing new was saved.</source>
        <translation>فُتح سجل العضو الموجود. لم يُحفظ شيء جديد.</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation>حُفظت التغييرات على %1.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Front Desk is locked</source>
        <translation>Front Desk مقفل</translation>
    </message>
    <message>
        <source>%1 — %2 locked this desk. Type your password to carry on where you were, or sign in as someone else.</source>
        <translation>%1 — قام %2 بقفل هذا المكتب. اكتب كلمة المرور لتكمل من حيث توقفت، أو سجّل الدخول باسم شخص آخر.</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>اكتب اسم المستخدم وكلمة المرور.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;زامن الآن</translation>
    </message>
    <message>
        <source>Sync: what to chec&amp;k…</source>
        <translation>المزامنة: ما يجب مراج&amp;عته…</translation>
    </message>
    <message>
        <source>Front Desk — %1</source>
        <translation>مكتب الاستقبال — %1</translation>
    </message>
    <message>
        <source>Not encrypted: this database file is plain, and anyone with this computer or a copy of the file can read it. For demos and tests only.</source>
        <translation>غير مشفر: ملف قاعدة البيانات هذا عادي، ويستطيع أي شخص لديه هذا الحاسوب أو نسخة من الملف قراءته. للعروض والاختبارات فقط.</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;المكتب</translation>
    </message>
    <message>
        <source>&amp;Find a member</source>
        <translation>&amp;البحث عن عضو</translation>
    </message>
    <message>
        <source>&amp;Register a newcomer…</source>
        <translation>&amp;تسجيل قادم جديد…</translation>
    </message>
    <message>
        <source>Re&amp;print last slip</source>
        <translation>إعادة &amp;طباعة آخر قسيمة</translation>
    </message>
    <message>
        <source>Print a &amp;blank intake form</source>
        <translation>طباعة استمارة تسجيل &amp;فارغة</translation>
    </message>
    <message>
        <source>Print &amp;queue…</source>
        <translation>&amp;قائمة انتظار الطباعة…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Report for &amp;donors…</source>
        <translation>تقرير لل&amp;مانحين…</translation>
    </message>
    <message>
        <source>&amp;Import an old spreadsheet…</source>
        <translation>ا&amp;ستيراد جدول بيانات قديم…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>نسخ احتياطي ال&amp;آن</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة الم&amp;فاتيح</translation>
    </message>
    <message>
        <source>Checked in: queue no. %1, %2</source>
        <translation>تم تسجيل الحضور: رقم الدور %1، %2</translation>
    </message>
    <message>
        <source>Not checked in: %1</source>
        <translation>لم يُسجَّل الحضور: %1</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column is which</source>
        <translation>ما محتوى كل عمود</translation>
    </message>
    <message>
        <source>Guessed from the headers; change any that are wrong.</source>
        <translation>خُمّنت من العناوين؛ غيّر ما كان خاطئًا.</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>الصفوف الأولى من الملف</translation>
    </message>
    <message>
        <source>The first rows:</source>
        <translation>الصفوف الأولى:</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(بلا عنوان)</translation>
    </message>
</context>
<context>
    <name>MergeController</name>
    <message>
        <source>Records merged. Every visit and note is on the kept record.</source>
        <translation>دُمج السجلان. كل الزيارات والملاحظات في السجل المحتفَظ به.</translation>
    </message>
    <message>
        <source>Merge undone: both records are back as they were.</source>
        <translation>أُلغي الدمج: عاد السجلان كما كانا.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>المحتفَظ به</translation>
    </message>
    <message>
        <source>Joined into it</source>
        <translation>السجل المدموج فيه</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Possible duplicates of %1</source>
        <translation>سجلات قد تكون مكررة لـ %1</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>سجلات قد تكون مكررة</translation>
    </message>
    <message>
        <source>Join the two records (staff only)</source>
        <translation>دمج السجلين (للموظفين فقط)</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>الاحتفاظ بهذا السجل</translation>
    </message>
    <message>
        <source>Keep the other record</source>
        <translation>الاحتفاظ بالسجل الآخر</translation>
    </message>
    <message>
        <source>Why are they the same person? (e.g. checked ID)</source>
        <translation>لماذا هما الشخص نفسه؟ (مثلًا: تم التحقق من الهوية)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Every visit, consent, card and note of both records is kept. A merge can be undone below.</source>
        <translation>تُحفظ كل الزيارات والموافقات والبطاقات والملاحظات في السجلين. يمكن إلغاء الدمج أدناه.</translation>
    </message>
    <message>
        <source>Only staff may merge records.</source>
        <translation>دمج السجلات للموظفين فقط.</translation>
    </message>
    <message>
        <source>Earlier merges</source>
        <translation>عمليات الدمج السابقة</translation>
    </message>
    <message>
        <source>Undo the chosen merge</source>
        <translation>إلغاء الدمج المختار</translation>
    </message>
    <message>
        <source>Merges of this record</source>
        <translation>عمليات دمج هذا السجل</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) on file may be the same person.</source>
        <translation>
            <numerusform>لا يوجد سجل قد يكون الشخص نفسه.</numerusform>
            <numerusform>سجل واحد قد يكون الشخص نفسه.</numerusform>
            <numerusform>سجلان قد يكونان الشخص نفسه.</numerusform>
            <numerusform>%n سجلات قد تكون الشخص نفسه.</numerusform>
            <numerusform>%n سجلًا قد تكون الشخص نفسه.</numerusform>
            <numerusform>%n سجل قد تكون الشخص نفسه.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates on file.</source>
        <translation>لا توجد سجلات مكررة محتملة.</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>رقم العضوية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>بلغته الأصلية</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>هذا السجل</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Choose the other record in the list first.</source>
        <translation>اختر السجل الآخر من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Choose a merge that is not undone yet.</source>
        <translation>اختر عملية دمج لم تُلغَ بعد.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Some details need checking: %1</source>
        <translation>بعض البيانات تحتاج إلى مراجعة: %1</translation>
    </message>
    <message>
        <source>That record is no longer on file. Search again.</source>
        <translation>هذا السجل لم يعد موجودًا. ابحث مرة أخرى.</translation>
    </message>
    <message>
        <source>Wrong user name or password. Check Caps Lock and try again.</source>
        <translation>اسم المستخدم أو كلمة المرور خاطئة. تحقق من مفتاح الأحرف الكبيرة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Your session has ended (your account was changed). Sign in again.</source>
        <translation>انتهت جلستك (تم تغيير حسابك). سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>That passphrase does not open this database (or the file is damaged). Nothing was changed. Check Caps Lock and try again.</source>
        <translation>عبارة المرور هذه لا تفتح قاعدة البيانات (أو أن الملف تالف). لم يتغير شيء. تحقق من مفتاح الأحرف الكبيرة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This database is encrypted: its passphrase is needed to open it.</source>
        <translation>قاعدة البيانات هذه مشفّرة: يلزم إدخال عبارة المرور لفتحها.</translation>
    </message>
    <message>
        <source>Your account may not do this. Ask a staff member.</source>
        <translation>حسابك لا يسمح بهذا الإجراء. اسأل أحد الموظفين.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>توقف. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>فشلت الطباعة: %1</translation>
    </message>
    <message>
        <source>The backup was not made: %1. The desk&apos;s data is safe; tell a staff member.</source>
        <translation>لم تُنشأ النسخة الاحتياطية: %1. بيانات المكتب سليمة؛ أبلغ أحد الموظفين.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged. Tell a staff member.</source>
        <translation>ملف قاعدة البيانات %1 تالف. أبلغ أحد الموظفين.</translation>
    </message>
    <message>
        <source>The database is in use by %1. Close it there first.</source>
        <translation>قاعدة البيانات قيد الاستخدام في %1. أغلقها هناك أولًا.</translation>
    </message>
    <message>
        <source>That backup cannot be used: %1. Nothing was changed.</source>
        <translation>لا يمكن استخدام تلك النسخة الاحتياطية: %1. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The database is busy (another program is using it). Try again.</source>
        <translation>قاعدة البيانات مشغولة (يستخدمها برنامج آخر). حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved. Tell a staff member.</source>
        <translation>القرص ممتلئ. لم يُحفظ شيء. أبلغ أحد الموظفين.</translation>
    </message>
    <message>
        <source>The database cannot be written to. Nothing was saved. Tell a staff member.</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات. لم يُحفظ شيء. أبلغ أحد الموظفين.</translation>
    </message>
    <message>
        <source>The disk reported an error. Nothing was saved. Tell a staff member.</source>
        <translation>أبلغ القرص عن خطأ. لم يُحفظ شيء. أبلغ أحد الموظفين.</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved. The details are in the log.</source>
        <translation>حدث خطأ ولم يُحفظ شيء. التفاصيل في ملف السجل.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>Add an account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>كلمة المرور الأولى</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>كلمة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>NowServingController</name>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;الدور</translation>
    </message>
    <message>
        <source>&amp;Call the next number</source>
        <translation>&amp;نداء الرقم التالي</translation>
    </message>
    <message>
        <source>Call the same number &amp;again</source>
        <translation>نداء الرقم نفسه &amp;مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Now-serving screen (show or hide)</source>
        <translation>&amp;شاشة «يُخدم الآن» (إظهار أو إخفاء)</translation>
    </message>
    <message>
        <source>&amp;Move it to the next screen</source>
        <translation>&amp;نقلها إلى الشاشة التالية</translation>
    </message>
    <message>
        <source>&amp;Full screen on or off</source>
        <translation>ملء ال&amp;شاشة تشغيل أو إيقاف</translation>
    </message>
    <message>
        <source>No one is waiting.</source>
        <translation>لا أحد ينتظر.</translation>
    </message>
    <message>
        <source>Calling number %1.</source>
        <translation>نداء الرقم %1.</translation>
    </message>
    <message>
        <source>No number has been called yet today.</source>
        <translation>لم يُنادَ أي رقم اليوم بعد.</translation>
    </message>
    <message>
        <source>Calling number %1 again.</source>
        <translation>نداء الرقم %1 مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>NowServingWindow</name>
    <message>
        <source>Now serving — Front Desk</source>
        <translation>يُخدم الآن — Front Desk</translation>
    </message>
    <message>
        <source>Now serving</source>
        <translation>يُخدم الآن</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>نوديَ سابقًا</translation>
    </message>
    <message>
        <source>Please have your slip ready. Your number is on it.</source>
        <translation>يُرجى تجهيز ورقتك. رقمك مطبوع عليها.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>لا أحد ينتظر</numerusform>
            <numerusform>شخص واحد ينتظر</numerusform>
            <numerusform>شخصان ينتظران</numerusform>
            <numerusform>%n أشخاص ينتظرون</numerusform>
            <numerusform>%n شخصًا ينتظرون</numerusform>
            <numerusform>%n شخص ينتظرون</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>inactive</source>
        <translation>غير نشطة</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>متوفى</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>مجهولة الهوية</translation>
    </message>
    <message>
        <source>merged into another record</source>
        <translation>مدمجة في سجل آخر</translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n per household every %2 days, and this household has had it.</source>
        <translation>
            <numerusform>%1: لا شيء لكل أسرة كل %2 يومًا، وقد حصلت عليه هذه الأسرة.</numerusform>
            <numerusform>%1: مرة واحدة على الأكثر لكل أسرة كل %2 يومًا، وقد حصلت عليه هذه الأسرة.</numerusform>
            <numerusform>%1: مرتان على الأكثر لكل أسرة كل %2 يومًا، وقد حصلت عليه هذه الأسرة.</numerusform>
            <numerusform>%1: %n مرات على الأكثر لكل أسرة كل %2 يومًا، وقد حصلت عليه هذه الأسرة.</numerusform>
            <numerusform>%1: %n مرة على الأكثر لكل أسرة كل %2 يومًا، وقد حصلت عليه هذه الأسرة.</numerusform>
            <numerusform>%1: %n مرة على الأكثر لكل أسرة كل %2 يومًا، وقد حصلت عليه هذه الأسرة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n per person every %2 days, and this person has had it.</source>
        <translation>
            <numerusform>%1: لا شيء لكل شخص كل %2 يومًا، وقد حصل عليه هذا الشخص.</numerusform>
            <numerusform>%1: مرة واحدة على الأكثر لكل شخص كل %2 يومًا، وقد حصل عليه هذا الشخص.</numerusform>
            <numerusform>%1: مرتان على الأكثر لكل شخص كل %2 يومًا، وقد حصل عليه هذا الشخص.</numerusform>
            <numerusform>%1: %n مرات على الأكثر لكل شخص كل %2 يومًا، وقد حصل عليه هذا الشخص.</numerusform>
            <numerusform>%1: %n مرة على الأكثر لكل شخص كل %2 يومًا، وقد حصل عليه هذا الشخص.</numerusform>
            <numerusform>%1: %n مرة على الأكثر لكل شخص كل %2 يومًا، وقد حصل عليه هذا الشخص.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not given on %2.</source>
        <translation>لا تُقدَّم خدمة %1 يوم %2.</translation>
    </message>
    <message>
        <source>%1 is not offered any more.</source>
        <translation>لم تعد خدمة %1 متاحة.</translation>
    </message>
    <message>
        <source>This membership is %1, not active.</source>
        <translation>هذه العضوية %1، وليست نشطة.</translation>
    </message>
    <message>
        <source>Last time: %1 (today)</source>
        <translation>آخر مرة: %1 (اليوم)</translation>
    </message>
    <message numerus="yes">
        <source>Last time: %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>آخر مرة: %1 (اليوم)</numerusform>
            <numerusform>آخر مرة: %1 (قبل يوم واحد)</numerusform>
            <numerusform>آخر مرة: %1 (قبل يومين)</numerusform>
            <numerusform>آخر مرة: %1 (قبل %n أيام)</numerusform>
            <numerusform>آخر مرة: %1 (قبل %n يومًا)</numerusform>
            <numerusform>آخر مرة: %1 (قبل %n يوم)</numerusform>
        </translation>
    </message>
    <message>
        <source>A service rule says no</source>
        <translation>قاعدة الخدمة لا تسمح</translation>
    </message>
    <message numerus="yes">
        <source>Not checked in yet: %n rule(s) stop this check-in.</source>
        <translation>
            <numerusform>لم يُسجَّل الحضور بعد: لا توجد قاعدة تمنع هذا التسجيل.</numerusform>
            <numerusform>لم يُسجَّل الحضور بعد: قاعدة واحدة تمنع هذا التسجيل.</numerusform>
            <numerusform>لم يُسجَّل الحضور بعد: قاعدتان تمنعان هذا التسجيل.</numerusform>
            <numerusform>لم يُسجَّل الحضور بعد: %n قواعد تمنع هذا التسجيل.</numerusform>
            <numerusform>لم يُسجَّل الحضور بعد: %n قاعدة تمنع هذا التسجيل.</numerusform>
            <numerusform>لم يُسجَّل الحضور بعد: %n قاعدة تمنع هذا التسجيل.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Why give it anyway? The reason is required and kept on file:</source>
        <translation>&amp;لماذا تُقدَّم رغم ذلك؟ السبب مطلوب ويُحفظ في السجل:</translation>
    </message>
    <message>
        <source>For example: family of six, flat flooded</source>
        <translation>مثلًا: أسرة من ستة أفراد، غمرت المياه الشقة</translation>
    </message>
    <message>
        <source>Override and check in</source>
        <translation>تجاوز القاعدة وسجّل الحضور</translation>
    </message>
    <message>
        <source>Approve and check in</source>
        <translation>الموافقة وتسجيل الحضور</translation>
    </message>
    <message>
        <source>Check in the &amp;others only (Alt+O)</source>
        <translation>تسجيل الخدمات الأخرى فقط (Alt+&amp;O)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>إلغاء (Esc)</translation>
    </message>
    <message>
        <source>Only a caseworker or an admin can override a rule. They type their own user name and password here; it counts for this visit only and the desk stays yours.</source>
        <translation>لا يمكن تجاوز القاعدة إلا لأخصائي حالة أو مسؤول. يكتب اسم المستخدم وكلمة المرور الخاصين به هنا؛ تسري الموافقة على هذه الزيارة فقط ويبقى المكتب باسمك.</translation>
    </message>
    <message>
        <source>&amp;Staff user name</source>
        <translation>اسم مستخدم ال&amp;موظف</translation>
    </message>
    <message>
        <source>Staff &amp;password</source>
        <translation>&amp;كلمة مرور الموظف</translation>
    </message>
    <message>
        <source>A caseworker or admin types their user name and password.</source>
        <translation>يكتب أخصائي الحالة أو المسؤول اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <source>Write why the rule is overridden. Without a reason nothing is saved.</source>
        <translation>اكتب سبب تجاوز القاعدة. بدون سبب لا يُحفظ شيء.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Open the database</source>
        <translation>فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>The database %1 still opens with the old shared passphrase. Type it once: the desk then moves to one sign-in per account (a backup is taken first), and the passphrase opens nothing any more.</source>
        <translation>لا تزال قاعدة البيانات %1 تُفتح بعبارة المرور المشتركة القديمة. اكتبها مرة واحدة: ينتقل المكتب بعدها إلى تسجيل دخول لكل حساب (تؤخذ نسخة احتياطية أولًا)، ولا تفتح عبارة المرور شيئًا بعد ذلك.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>اكتب عبارة المرور.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Not stated</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>ثنائي الجنس</translation>
    </message>
    <message>
        <source>Non-refoulement claimant</source>
        <translation>مقدم طلب عدم الإعادة القسرية</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>طالب لجوء</translation>
    </message>
    <message>
        <source>Recognised refugee</source>
        <translation>لاجئ معترف به</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Arrived in Hong Kong</source>
        <translation>الوصول إلى هونغ كونغ</translation>
    </message>
    <message>
        <source>Claim lodged</source>
        <translation>تاريخ تقديم الطلب</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <source>Notes (staff only)</source>
        <translation>ملاحظات (للموظفين فقط)</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <source>Membership status</source>
        <translation>حالة العضوية</translation>
    </message>
    <message>
        <source>Optional, in the person&apos;s own words</source>
        <translation>اختياري، بكلمات الشخص نفسه</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, or the year only</source>
        <translation>يوم/شهر/سنة، أو السنة فقط</translation>
    </message>
    <message>
        <source>The year is a guess</source>
        <translation>السنة تقديرية</translation>
    </message>
    <message>
        <source>Type to find a language, Space to tick</source>
        <translation>اكتب للبحث عن لغة، واضغط المسافة للتحديد</translation>
    </message>
    <message>
        <source>e.g. 9123 4567</source>
        <translation>مثال: 9123 4567</translation>
    </message>
    <message>
        <source>Family name *</source>
        <translation>اسم العائلة *</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>يفضّل عدم الإجابة</translation>
    </message>
    <message>
        <source>Child without a parent here</source>
        <translation>طفل بلا والدين هنا</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>حامل</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>إعاقة</translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation>مرض خطير</translation>
    </message>
    <message>
        <source>Mental health needs</source>
        <translation>احتياجات الصحة النفسية</translation>
    </message>
    <message>
        <source>Survivor of violence</source>
        <translation>ناجٍ من العنف</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation>والد وحيد</translation>
    </message>
    <message>
        <source>Older person alone</source>
        <translation>مسن بمفرده</translation>
    </message>
    <message>
        <source>No shelter</source>
        <translation>بلا مأوى</translation>
    </message>
    <message>
        <source>Given name(s)</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>الاسم بخط لغته</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>الاسم المفضل</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>الهوية الجنسانية</translation>
    </message>
    <message>
        <source>Date or year of birth</source>
        <translation>تاريخ الميلاد أو سنته</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>بلد المنشأ</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>اللغة المفضلة</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>لغات أخرى</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>هاتف آخر</translation>
    </message>
    <message>
        <source>Area in Hong Kong</source>
        <translation>المنطقة في هونغ كونغ</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>وضع الهجرة</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>اللغات المحكية</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>&amp;1 Name and birth</source>
        <translation>&amp;1 الاسم والميلاد</translation>
    </message>
    <message>
        <source>&amp;2 Origin and languages</source>
        <translation>&amp;2 الأصل واللغات</translation>
    </message>
    <message>
        <source>&amp;3 Contact and status</source>
        <translation>&amp;3 الاتصال والوضع</translation>
    </message>
    <message>
        <source>&amp;4 Needs and notes</source>
        <translation>&amp;4 الاحتياجات والملاحظات</translation>
    </message>
    <message>
        <source>Fields to correct on this tab</source>
        <translation>في هذه الصفحة حقول تحتاج إلى تصحيح</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <source>Services (press the number to tick)</source>
        <translation>الخدمات (اضغط الرقم للتحديد)</translation>
    </message>
    <message>
        <source>Note for this visit (optional)</source>
        <translation>ملاحظة لهذه الزيارة (اختياري)</translation>
    </message>
    <message>
        <source>Check in and print slip  (Enter)</source>
        <translation>تسجيل الحضور وطباعة القسيمة  (Enter)</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>تعديل البيانات</translation>
    </message>
    <message>
        <source>Recent visits</source>
        <translation>الزيارات الأخيرة</translation>
    </message>
    <message>
        <source>Note for this visit</source>
        <translation>ملاحظة لهذه الزيارة</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>طباعة البطاقة</translation>
    </message>
    <message>
        <source>Intake form</source>
        <translation>استمارة التسجيل</translation>
    </message>
    <message>
        <source>Household…</source>
        <translation>الأسرة…</translation>
    </message>
    <message>
        <source>Duplicates…</source>
        <translation>السجلات المكررة…</translation>
    </message>
    <message>
        <source>Check in the whole household</source>
        <translation>تسجيل حضور الأسرة كلها</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Queue number of %1. The slip is in the print queue.</source>
        <translation>رقم الدور لـ %1. الإيصال في قائمة انتظار الطباعة.</translation>
    </message>
    <message>
        <source>Queue number of %1. These services print no slip: tell them the number.</source>
        <translation>رقم الدور لـ %1. هذه الخدمات لا تطبع إيصالًا: أخبره بالرقم.</translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation>تاريخ الميلاد: %1</translation>
    </message>
    <message>
        <source>Speaks: %1</source>
        <translation>يتحدث: %1</translation>
    </message>
    <message>
        <source>Membership status: %1</source>
        <translation>حالة العضوية: %1</translation>
    </message>
    <message>
        <source>No one chosen</source>
        <translation>لم يُختر أحد</translation>
    </message>
    <message>
        <source>Find a member on the left, then press Enter.</source>
        <translation>ابحث عن عضو في القائمة الجانبية، ثم اضغط Enter.</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>member no.</source>
        <translation>رقم العضوية</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>name in own script</source>
        <translation>الاسم بخطه الأصلي</translation>
    </message>
    <message>
        <source>preferred name</source>
        <translation>الاسم المفضل</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>تهجئة مشابهة</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>رقم العضوية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>بخط لغته</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <source>Phone ends</source>
        <translation>آخر أرقام الهاتف</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>عُثر عليه بـ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
</context>
<context>
    <name>PrintJobTableModel</name>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>طُبع</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>لم يُطبع</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Check the printer</source>
        <translation>افحص الطابعة</translation>
    </message>
    <message>
        <source>%1 (reprint)</source>
        <translation>%1 (إعادة طباعة)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>What</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
</context>
<context>
    <name>PrintKind</name>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>قسيمة</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>بطاقة العضوية</translation>
    </message>
    <message>
        <source>Intake form</source>
        <translation>استمارة التسجيل</translation>
    </message>
    <message>
        <source>Blank intake form</source>
        <translation>استمارة تسجيل فارغة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PrintNotice</name>
    <message>
        <source>Printer: checking…</source>
        <translation>الطابعة: جارٍ الفحص…</translation>
    </message>
    <message numerus="yes">
        <source>No printer: %n document(s) waiting</source>
        <translation>
            <numerusform>لا توجد طابعة: لا مستندات في الانتظار</numerusform>
            <numerusform>لا توجد طابعة: مستند واحد في الانتظار</numerusform>
            <numerusform>لا توجد طابعة: مستندان في الانتظار</numerusform>
            <numerusform>لا توجد طابعة: %n مستندات في الانتظار</numerusform>
            <numerusform>لا توجد طابعة: %n مستندًا في الانتظار</numerusform>
            <numerusform>لا توجد طابعة: %n مستند في الانتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer problem: %n document(s) waiting</source>
        <translation>
            <numerusform>مشكلة في الطابعة: لا مستندات في الانتظار</numerusform>
            <numerusform>مشكلة في الطابعة: مستند واحد في الانتظار</numerusform>
            <numerusform>مشكلة في الطابعة: مستندان في الانتظار</numerusform>
            <numerusform>مشكلة في الطابعة: %n مستندات في الانتظار</numerusform>
            <numerusform>مشكلة في الطابعة: %n مستندًا في الانتظار</numerusform>
            <numerusform>مشكلة في الطابعة: %n مستند في الانتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer ready: %n document(s) waiting</source>
        <translation>
            <numerusform>الطابعة جاهزة: لا مستندات في الانتظار</numerusform>
            <numerusform>الطابعة جاهزة: مستند واحد في الانتظار</numerusform>
            <numerusform>الطابعة جاهزة: مستندان في الانتظار</numerusform>
            <numerusform>الطابعة جاهزة: %n مستندات في الانتظار</numerusform>
            <numerusform>الطابعة جاهزة: %n مستندًا في الانتظار</numerusform>
            <numerusform>الطابعة جاهزة: %n مستند في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation>الطابعة جاهزة</translation>
    </message>
    <message>
        <source>Click to open the print queue (Ctrl+Shift+P).</source>
        <translation>انقر لفتح قائمة انتظار الطباعة (Ctrl+Shift+P).</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <source>Print queue</source>
        <translation>قائمة انتظار الطباعة</translation>
    </message>
    <message>
        <source>Print jobs</source>
        <translation>مهام الطباعة</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;إرسال مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Reprint</source>
        <translation>&amp;إعادة الطباعة</translation>
    </message>
    <message>
        <source>Cancel &amp;job</source>
        <translation>إلغاء ال&amp;مهمة</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>حفظ بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Front Desk stopped while this was being sent. Look in the printer&apos;s tray: if it did not come out, press Send again.</source>
        <translation>توقّف Front Desk أثناء إرسال هذا المستند. انظر في درج الطابعة: إن لم يخرج، فاضغط «إرسال مرة أخرى».</translation>
    </message>
    <message>
        <source>This document is no longer kept; print it anew.</source>
        <translation>لم يعد هذا المستند محفوظًا؛ اطبعه من جديد.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1. The document is still in the queue: cancel it there if it need not be printed.</source>
        <translation>حُفظ باسم %1. المستند لا يزال في القائمة: ألغِه هناك إن لم تكن هناك حاجة لطباعته.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>The recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Write this recovery key down or print this window, and keep it in the office safe. It opens the desk if every admin&apos;s password is lost; nothing else can. It is shown only now.</source>
        <translation>اكتب مفتاح الاسترداد هذا أو اطبع هذه النافذة، واحفظه في خزنة المكتب. يفتح المكتب إذا فُقدت كلمات مرور جميع المسؤولين، ولا شيء غيره يفعل. لا يُعرض إلا الآن.</translation>
    </message>
    <message>
        <source>I have put the recovery key in a safe place</source>
        <translation>وضعتُ مفتاح الاسترداد في مكان آمن</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Tick the box once the key is kept.</source>
        <translation>ضع علامة في المربع بعد حفظ المفتاح.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register a newcomer</source>
        <translation>تسجيل قادم جديد</translation>
    </message>
    <message>
        <source>Fields marked * are required. Ctrl+1 to Ctrl+4 switch tabs. Search first to avoid duplicates.</source>
        <translation>الحقول المعلَّمة بـ * مطلوبة. يبدّل Ctrl+1 إلى Ctrl+4 بين التبويبات. ابحث أولًا لتجنب التكرار.</translation>
    </message>
    <message>
        <source>Print the member card</source>
        <translation>طباعة بطاقة العضوية</translation>
    </message>
    <message>
        <source>Please check the fields marked below. Nothing was saved yet.</source>
        <translation>يرجى مراجعة الحقول المحددة أدناه. لم يُحفظ شيء بعد.</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>ثنائي الجنس</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>يفضّل عدم الإجابة</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Other (small numbers together)</source>
        <translation>أخرى (الأعداد الصغيرة معًا)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Humanitarian</source>
        <translation>إنسانية</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>طبية</translation>
    </message>
    <message>
        <source>Psycho-social</source>
        <translation>نفسية واجتماعية</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>تعليم</translation>
    </message>
    <message>
        <source>Employability</source>
        <translation>التوظيف</translation>
    </message>
    <message>
        <source>Empowerment</source>
        <translation>التمكين</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>طوارئ</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>التواصل الميداني</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>الأشخاص المخدومون</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>أشخاص جدد</translation>
    </message>
    <message>
        <source>Returning people</source>
        <translation>أشخاص عائدون</translation>
    </message>
    <message>
        <source>Households served</source>
        <translation>الأسر المخدومة</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>بلد المنشأ</translation>
    </message>
    <message>
        <source>Report for donors</source>
        <translation>تقرير للمانحين</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>الشهر الماضي</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>شهرًا بشهر</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>نوع الخدمة</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>النوع الاجتماعي</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>حجم الأسرة</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 show as &lt;5, as on the donor report.</source>
        <translation>تظهر الأعداد من 1 إلى 4 بصورة ‎&lt;5، كما في تقرير المانحين.</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>اليوم الأول يقع بعد اليوم الأخير.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العد…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>جارٍ إنشاء ملف PDF…</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>حُفظ التقرير في %1.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention: people not seen for years</source>
        <translation>مدة الاحتفاظ: أشخاص لم يحضروا منذ سنوات</translation>
    </message>
    <message>
        <source>Years to keep records</source>
        <translation>سنوات الاحتفاظ بالسجلات</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Anonymise these people…</source>
        <translation>إخفاء هوية هؤلاء الأشخاص…</translation>
    </message>
    <message>
        <source>Records past the limit</source>
        <translation>سجلات تجاوزت المدة</translation>
    </message>
    <message>
        <source>Not seen for (years)</source>
        <translation>لم يحضروا منذ (سنوات)</translation>
    </message>
    <message>
        <source>Anonymising keeps each visit in the counts but removes names, contact details, notes and the member number. It cannot be undone.</source>
        <translation>إخفاء الهوية يُبقي كل زيارة في الإحصاءات لكنه يحذف الأسماء وبيانات الاتصال والملاحظات ورقم العضوية. لا يمكن التراجع عنه.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) not seen for that long.</source>
        <translation>
            <numerusform>%n شخص لم يحضر منذ تلك المدة.</numerusform>
            <numerusform>%n شخص لم يحضر منذ تلك المدة.</numerusform>
            <numerusform>%n شخص لم يحضر منذ تلك المدة.</numerusform>
            <numerusform>%n شخص لم يحضر منذ تلك المدة.</numerusform>
            <numerusform>%n شخص لم يحضر منذ تلك المدة.</numerusform>
            <numerusform>%n شخص لم يحضر منذ تلك المدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>إخفاء الهوية</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s)? This cannot be undone.</source>
        <translation>
            <numerusform>إخفاء هوية %n شخص؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>إخفاء هوية %n شخص؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>إخفاء هوية %n شخص؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>إخفاء هوية %n شخص؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>إخفاء هوية %n شخص؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>إخفاء هوية %n شخص؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>تم إخفاء هوية %n شخص.</numerusform>
            <numerusform>تم إخفاء هوية %n شخص.</numerusform>
            <numerusform>تم إخفاء هوية %n شخص.</numerusform>
            <numerusform>تم إخفاء هوية %n شخص.</numerusform>
            <numerusform>تم إخفاء هوية %n شخص.</numerusform>
            <numerusform>تم إخفاء هوية %n شخص.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionTableModel</name>
    <message>
        <source>Member no.</source>
        <translation>رقم العضوية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>آخر حضور</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Choose a row in the list to decide what happens to it.</source>
        <translation>اختر صفًا من القائمة لتقرر ما يحدث له.</translation>
    </message>
    <message>
        <source>As the dry run says</source>
        <translation>كما في التجربة</translation>
    </message>
    <message>
        <source>row 12, or a member number</source>
        <translation>row 12 أو رقم عضو</translation>
    </message>
    <message>
        <source>column = value, e.g. DOB = 14/02/1990</source>
        <translation>العمود = القيمة، مثل DOB = 14/02/1990</translation>
    </message>
    <message>
        <source>Keep this choice</source>
        <translation>احفظ هذا الاختيار</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation>الشخص نفسه مثل</translation>
    </message>
    <message>
        <source>Fix a value</source>
        <translation>صحّح قيمة</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Scan the card, or type a name, member number or phone (Ctrl+F)</source>
        <translation>امسح البطاقة، أو اكتب اسمًا أو رقم عضوية أو هاتفًا (Ctrl+F)</translation>
    </message>
    <message>
        <source>Register… (Ctrl+N)</source>
        <translation>تسجيل… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Register a newcomer (search first)</source>
        <translation>تسجيل قادم جديد (ابحث أولًا)</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es). Enter opens the first; ↓ to choose.</source>
        <translation>
            <numerusform>%n نتيجة. اضغط Enter لفتح الأولى، و↓ للاختيار.</numerusform>
            <numerusform>نتيجة واحدة. اضغط Enter لفتحها، و↓ للاختيار.</numerusform>
            <numerusform>نتيجتان. اضغط Enter لفتح الأولى، و↓ للاختيار.</numerusform>
            <numerusform>%n نتائج. اضغط Enter لفتح الأولى، و↓ للاختيار.</numerusform>
            <numerusform>%n نتيجة. اضغط Enter لفتح الأولى، و↓ للاختيار.</numerusform>
            <numerusform>%n نتيجة. اضغط Enter لفتح الأولى، و↓ للاختيار.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one found. Check the spelling, or register a newcomer (Ctrl+N).</source>
        <translation>لم يُعثر على أحد. تحقق من الإملاء، أو سجّل قادمًا جديدًا (Ctrl+N).</translation>
    </message>
    <message>
        <source>No member has the number “%1”. Check the card or search by name.</source>
        <translation>لا يوجد عضو بالرقم «%1». تحقق من البطاقة أو ابحث بالاسم.</translation>
    </message>
    <message>
        <source>No one is called “%1”. Check the spelling, or register a newcomer (Ctrl+N).</source>
        <translation>لا يوجد أحد باسم «%1». تحقق من الإملاء، أو سجّل قادمًا جديدًا (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>SecurityController</name>
    <message>
        <source>&amp;Lock the desk</source>
        <translation>&amp;قفل المكتب</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;تبديل المستخدم…</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>إ&amp;دارة</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>ال&amp;حسابات…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>سجل ال&amp;تدقيق…</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>مدة ال&amp;احتفاظ…</translation>
    </message>
    <message>
        <source>Everything held on this person (&amp;PDF)…</source>
        <translation>كل ما نحتفظ به عن هذا الشخص (&amp;PDF)…</translation>
    </message>
    <message>
        <source>&amp;Erase this person…</source>
        <translation>&amp;محو هذا الشخص…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>مسجّل الدخول: %1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>تم تسجيل الدخول باسم %1.</translation>
    </message>
    <message>
        <source>Open a person first.</source>
        <translation>افتح سجل شخص أولًا.</translation>
    </message>
    <message>
        <source>Save the access-request PDF</source>
        <translation>حفظ ملف PDF لطلب الاطلاع</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>محو هذا الشخص</translation>
    </message>
    <message>
        <source>Their name, contact details, notes and member number are removed for good; their visits stay in the counts. Why (e.g. &apos;asked at the desk on 3 March&apos;)?</source>
        <translation>ستُحذف نهائيًا أسماؤه وبيانات الاتصال والملاحظات ورقم العضوية؛ وتبقى زياراته في الإحصاءات. ما السبب (مثلًا «طلب ذلك عند المكتب في 3 مارس»)؟</translation>
    </message>
    <message>
        <source>The person&apos;s data was erased; their visits stay in the counts.</source>
        <translation>تم محو بيانات الشخص؛ تبقى زياراته في الإحصاءات.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1, taken %2 to %3, still hold them; a safety copy among them stays until five newer ones are taken.</source>
        <translation>
            <numerusform>لا تزال %n نسخة احتياطية في %1، أُخذت من %2 إلى %3، تحتفظ ببياناته؛ وتبقى نسخة الأمان بينها حتى تُؤخذ خمس نسخ أحدث.</numerusform>
            <numerusform>لا تزال %n نسخة احتياطية في %1، أُخذت من %2 إلى %3، تحتفظ ببياناته؛ وتبقى نسخة الأمان بينها حتى تُؤخذ خمس نسخ أحدث.</numerusform>
            <numerusform>لا تزال %n نسخة احتياطية في %1، أُخذت من %2 إلى %3، تحتفظ ببياناته؛ وتبقى نسخة الأمان بينها حتى تُؤخذ خمس نسخ أحدث.</numerusform>
            <numerusform>لا تزال %n نسخة احتياطية في %1، أُخذت من %2 إلى %3، تحتفظ ببياناته؛ وتبقى نسخة الأمان بينها حتى تُؤخذ خمس نسخ أحدث.</numerusform>
            <numerusform>لا تزال %n نسخة احتياطية في %1، أُخذت من %2 إلى %3، تحتفظ ببياناته؛ وتبقى نسخة الأمان بينها حتى تُؤخذ خمس نسخ أحدث.</numerusform>
            <numerusform>لا تزال %n نسخة احتياطية في %1، أُخذت من %2 إلى %3، تحتفظ ببياناته؛ وتبقى نسخة الأمان بينها حتى تُؤخذ خمس نسخ أحدث.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1, taken %2 to %3, still hold them; the rotation deletes the last of them by %4 (when the desk is used every week).</source>
        <translation>
            <numerusform>لا تزال %n نسخة احتياطية في %1، أُخذت من %2 إلى %3، تحتفظ ببياناته؛ ويحذف التدوير آخرها بحلول %4 (إذا استُخدم المكتب كل أسبوع).</numerusform>
            <numerusform>لا تزال %n نسخة احتياطية في %1، أُخذت من %2 إلى %3، تحتفظ ببياناته؛ ويحذف التدوير آخرها بحلول %4 (إذا استُخدم المكتب كل أسبوع).</numerusform>
            <numerusform>لا تزال %n نسخة احتياطية في %1، أُخذت من %2 إلى %3، تحتفظ ببياناته؛ ويحذف التدوير آخرها بحلول %4 (إذا استُخدم المكتب كل أسبوع).</numerusform>
            <numerusform>لا تزال %n نسخة احتياطية في %1، أُخذت من %2 إلى %3، تحتفظ ببياناته؛ ويحذف التدوير آخرها بحلول %4 (إذا استُخدم المكتب كل أسبوع).</numerusform>
            <numerusform>لا تزال %n نسخة احتياطية في %1، أُخذت من %2 إلى %3، تحتفظ ببياناته؛ ويحذف التدوير آخرها بحلول %4 (إذا استُخدم المكتب كل أسبوع).</numerusform>
            <numerusform>لا تزال %n نسخة احتياطية في %1، أُخذت من %2 إلى %3، تحتفظ ببياناته؛ ويحذف التدوير آخرها بحلول %4 (إذا استُخدم المكتب كل أسبوع).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <source>A Hong Kong number has 8 digits after +852.</source>
        <translation>رقم هونغ كونغ يتكون من 8 أرقام بعد ‎+852.</translation>
    </message>
    <message>
        <source>A desk code is one letter, then up to two letters or digits (A, B, C2...).</source>
        <translation>رمز المكتب حرف واحد، يليه حتى حرفين أو رقمين (A، B، C2...).</translation>
    </message>
    <message>
        <source>A full date is needed (day, month and year).</source>
        <translation>يلزم تاريخ كامل (اليوم والشهر والسنة).</translation>
    </message>
    <message>
        <source>A phone number has 8 digits in Hong Kong, or starts with + and a code.</source>
        <translation>رقم الهاتف في هونغ كونغ من 8 أرقام، أو يبدأ بـ + ورمز الدولة.</translation>
    </message>
    <message>
        <source>An anonymised export cannot include {fields}.</source>
        <translation>لا يمكن أن يتضمن التصدير مجهول الهوية: {fields}.</translation>
    </message>
    <message>
        <source>An anonymised export needs at least {k} people; this one has {count}.</source>
        <translation>يحتاج التصدير المجهول الهوية إلى {k} أشخاص على الأقل؛ هذا التصدير فيه {count}.</translation>
    </message>
    <message>
        <source>Choose at least one field.</source>
        <translation>اختر حقلًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Choose at least one service.</source>
        <translation>اختر خدمة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation>اختر من القائمة.</translation>
    </message>
    <message>
        <source>Choose how this person is related.</source>
        <translation>اختر صلة قرابة هذا الشخص.</translation>
    </message>
    <message>
        <source>Choose languages from the list.</source>
        <translation>اختر اللغات من القائمة.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>اختر أحد الخيارات.</translation>
    </message>
    <message>
        <source>Choose one of: {formats}.</source>
        <translation>اختر واحدًا من: {formats}.</translation>
    </message>
    <message>
        <source>Choose two different records.</source>
        <translation>اختر سجلين مختلفين.</translation>
    </message>
    <message>
        <source>Choose volunteer, caseworker or admin.</source>
        <translation>اختر متطوعًا أو أخصائي حالة أو مسؤولًا.</translation>
    </message>
    <message>
        <source>Keep at least one active admin.</source>
        <translation>أبقِ مسؤولًا نشطًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Keep records at least one year.</source>
        <translation>احتفظ بالسجلات سنة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Not a date we can read: type it as dd/mm/yyyy, or just the year.</source>
        <translation>لا يمكن قراءة هذا التاريخ: اكتبه بالشكل يوم/شهر/سنة (dd/mm/yyyy)، أو السنة فقط.</translation>
    </message>
    <message>
        <source>One of these records is already merged.</source>
        <translation>أحد هذين السجلين مدموج بالفعل.</translation>
    </message>
    <message>
        <source>Only Excel workbooks (XLSX) can carry a password.</source>
        <translation>مصنفات Excel ‏(XLSX) وحدها يمكن حمايتها بكلمة مرور.</translation>
    </message>
    <message>
        <source>Only a job that did not print can be sent again.</source>
        <translation>لا يمكن إعادة إرسال إلا مهمة لم تُطبع.</translation>
    </message>
    <message>
        <source>Only a job that is waiting can be cancelled.</source>
        <translation>لا يمكن إلغاء إلا مهمة في الانتظار.</translation>
    </message>
    <message>
        <source>Say why (e.g. the person asked on 3 March).</source>
        <translation>اذكر السبب (مثلًا: طلب الشخص ذلك في 3 مارس).</translation>
    </message>
    <message>
        <source>Say why the visit is void.</source>
        <translation>اذكر سبب إلغاء الزيارة.</translation>
    </message>
    <message>
        <source>That user name is taken.</source>
        <translation>اسم المستخدم هذا مستخدم بالفعل.</translation>
    </message>
    <message>
        <source>The claim date is before the arrival date.</source>
        <translation>تاريخ الطلب قبل تاريخ الوصول.</translation>
    </message>
    <message>
        <source>The consent date is in the future.</source>
        <translation>تاريخ الموافقة في المستقبل.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>التاريخ في المستقبل.</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>المستند فارغ.</translation>
    </message>
    <message>
        <source>The file cannot be opened: {reason}</source>
        <translation>لا يمكن فتح الملف: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read as {encoding}.</source>
        <translation>لا يمكن قراءة الملف بترميز {encoding}.</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>لا يحتوي الملف على أي صفوف.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook we can read.</source>
        <translation>الملف ليس مصنف Excel يمكننا قراءته.</translation>
    </message>
    <message>
        <source>The file is not text in an encoding we know (UTF-8, UTF-16, Big5 or GBK).</source>
        <translation>الملف ليس نصًا بترميز نعرفه (UTF-8 أو UTF-16 أو Big5 أو GBK).</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>اليوم الأول بعد اليوم الأخير.</translation>
    </message>
    <message>
        <source>The household already has a head.</source>
        <translation>للأسرة رب أسرة بالفعل.</translation>
    </message>
    <message>
        <source>The member must agree that the centre keeps their record.</source>
        <translation>يجب أن يوافق العضو على أن يحتفظ المركز بسجله.</translation>
    </message>
    <message>
        <source>The merged record was changed since; undo by hand.</source>
        <translation>تغيّر السجل المدموج منذ ذلك الحين؛ تراجع عن الدمج يدويًا.</translation>
    </message>
    <message>
        <source>The year must be between {first} and {last}.</source>
        <translation>يجب أن تكون السنة بين {first} و{last}.</translation>
    </message>
    <message>
        <source>The year must be {first} or later.</source>
        <translation>يجب أن تكون السنة {first} أو بعدها.</translation>
    </message>
    <message>
        <source>There is no setting called {name}.</source>
        <translation>لا يوجد إعداد باسم {name}.</translation>
    </message>
    <message>
        <source>There is no {day} January.</source>
        <translation>لا يوجد يوم {day} في يناير.</translation>
    </message>
    <message>
        <source>There is no {day} February.</source>
        <translation>لا يوجد يوم {day} في فبراير.</translation>
    </message>
    <message>
        <source>There is no {day} March.</source>
        <translation>لا يوجد يوم {day} في مارس.</translation>
    </message>
    <message>
        <source>There is no {day} April.</source>
        <translation>لا يوجد يوم {day} في أبريل.</translation>
    </message>
    <message>
        <source>There is no {day} May.</source>
        <translation>لا يوجد يوم {day} في مايو.</translation>
    </message>
    <message>
        <source>There is no {day} June.</source>
        <translation>لا يوجد يوم {day} في يونيو.</translation>
    </message>
    <message>
        <source>There is no {day} July.</source>
        <translation>لا يوجد يوم {day} في يوليو.</translation>
    </message>
    <message>
        <source>There is no {day} August.</source>
        <translation>لا يوجد يوم {day} في أغسطس.</translation>
    </message>
    <message>
        <source>There is no {day} September.</source>
        <translation>لا يوجد يوم {day} في سبتمبر.</translation>
    </message>
    <message>
        <source>There is no {day} October.</source>
        <translation>لا يوجد يوم {day} في أكتوبر.</translation>
    </message>
    <message>
        <source>There is no {day} November.</source>
        <translation>لا يوجد يوم {day} في نوفمبر.</translation>
    </message>
    <message>
        <source>There is no {day} December.</source>
        <translation>لا يوجد يوم {day} في ديسمبر.</translation>
    </message>
    <message>
        <source>There is no 29 February in {year}.</source>
        <translation>لا يوجد 29 فبراير في سنة {year}.</translation>
    </message>
    <message>
        <source>There is no month {month}: type the day first (dd/mm/yyyy).</source>
        <translation>لا يوجد شهر {month}: اكتب اليوم أولًا (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>“{value}” does not name one country in the list: choose it from the list.</source>
        <translation>«{value}» لا يطابق بلدًا واحدًا في القائمة: اختره من القائمة.</translation>
    </message>
    <message>
        <source>“{value}” does not name one country in the list: choose it, or stateless.</source>
        <translation>«{value}» لا يطابق بلدًا واحدًا في القائمة: اختره، أو عديم الجنسية.</translation>
    </message>
    <message>
        <source>“{value}” does not name one language in the list: choose it from the list.</source>
        <translation>«{value}» لا يطابق لغة واحدة في القائمة: اخترها من القائمة.</translation>
    </message>
    <message>
        <source>This desk already registered {count} people as desk {old}; the server registered it as desk {new}.</source>
        <translation>سجّل هذا المكتب {count} أشخاص بوصفه المكتب {old}؛ لكن الخادم سجّله بوصفه المكتب {new}.</translation>
    </message>
    <message>
        <source>This document is no longer kept; print it anew.</source>
        <translation>لم يعد هذا المستند محفوظًا؛ اطبعه من جديد.</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>تم التراجع عن هذا الدمج بالفعل.</translation>
    </message>
    <message>
        <source>This person is already anonymised.</source>
        <translation>بيانات هذا الشخص مجهولة الهوية بالفعل.</translation>
    </message>
    <message>
        <source>This person is already in a household.</source>
        <translation>هذا الشخص ضمن أسرة بالفعل.</translation>
    </message>
    <message>
        <source>This person is in another household. Remove them from it first.</source>
        <translation>هذا الشخص ضمن أسرة أخرى. أزله منها أولًا.</translation>
    </message>
    <message>
        <source>This person is not in a household.</source>
        <translation>هذا الشخص ليس ضمن أي أسرة.</translation>
    </message>
    <message>
        <source>This setting needs a value of type {kind}.</source>
        <translation>يحتاج هذا الإعداد إلى قيمة من النوع {kind}.</translation>
    </message>
    <message>
        <source>Type a user name without spaces (up to 60 characters).</source>
        <translation>اكتب اسم مستخدم بلا مسافات (حتى 60 حرفًا).</translation>
    </message>
    <message>
        <source>Type at least a family name or a given name.</source>
        <translation>اكتب اسم العائلة أو الاسم الأول على الأقل.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>اكتب اسم الشخص.</translation>
    </message>
    <message>
        <source>Unknown consent: {names}.</source>
        <translation>موافقة غير معروفة: {names}.</translation>
    </message>
    <message>
        <source>Unknown field(s): {fields}.</source>
        <translation>حقول غير معروفة: {fields}.</translation>
    </message>
    <message>
        <source>Use a password of at least {count} characters.</source>
        <translation>استخدم كلمة مرور من {count} أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>استخدم {count} أحرف على الأقل.</translation>
    </message>
    <message>
        <source>{rows} rows are more than Excel can hold: choose CSV.</source>
        <translation>{rows} صف أكثر مما يتسع له Excel: اختر CSV.</translation>
    </message>
    <message>
        <source>A document number has {least} to {most} letters and digits.</source>
        <translation>رقم الوثيقة من {least} إلى {most} أحرف وأرقام.</translation>
    </message>
    <message>
        <source>Row {row} cannot be included: {why}</source>
        <translation>لا يمكن إضافة الصف {row}: {why}</translation>
    </message>
    <message>
        <source>Row {row} has a cell longer than {limit} characters: shorten it, then try again.</source>
        <translation>في الصف {row} خلية أطول من {limit} حرف: اختصرها ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Row {row} is marked the same as {target}, which is not added.</source>
        <translation>الصف {row} مُعلَّم بأنه الشخص نفسه مثل {target}، لكن {target} لن يُضاف.</translation>
    </message>
    <message>
        <source>Row {row} is marked the same as {target}: no member has that number.</source>
        <translation>الصف {row} مُعلَّم بأنه الشخص نفسه مثل {target}: لا يوجد عضو بهذا الرقم.</translation>
    </message>
    <message>
        <source>Row {row} is not a row of the sheet.</source>
        <translation>الصف {row} ليس من صفوف الجدول.</translation>
    </message>
    <message>
        <source>Row {row}: the sheet has no column &apos;{column}&apos;.</source>
        <translation>الصف {row}: لا يوجد في الجدول عمود &apos;{column}&apos;.</translation>
    </message>
    <message>
        <source>Row {row}: write a fix as column = value, e.g. DOB = 14/02/1990.</source>
        <translation>الصف {row}: اكتب التصحيح بصيغة العمود = القيمة، مثل DOB = 14/02/1990.</translation>
    </message>
    <message>
        <source>Row {row}: write include, leave out, or same as row N or a number, not &apos;{typed}&apos;.</source>
        <translation>الصف {row}: اكتب include أو leave out أو same as row N أو same as ورقم العضو، لا &apos;{typed}&apos;.</translation>
    </message>
    <message>
        <source>The file has more than {limit} columns: is it a registration sheet?</source>
        <translation>في الملف أكثر من {limit} عمود: هل هو جدول تسجيل؟</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows: split it into smaller files.</source>
        <translation>في الملف أكثر من {limit} صف: قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>The file is not a CSV we can read: {reason}</source>
        <translation>لا يمكننا قراءة ملف CSV هذا: {reason}</translation>
    </message>
    <message>
        <source>The file is {size} MB; an import reads at most {limit} MB: split the file.</source>
        <translation>حجم الملف {size} ميغابايت؛ الاستيراد يقرأ {limit} ميغابايت على الأكثر: قسّم الملف.</translation>
    </message>
    <message>
        <source>The review file cannot be read: {reason}</source>
        <translation>لا يمكن قراءة ملف المراجعة: {reason}</translation>
    </message>
    <message>
        <source>The workbook unpacks to {size} MB, too much to read: save its sheet as CSV.</source>
        <translation>يصبح المصنف {size} ميغابايت بعد فك الضغط، وهذا كثير: احفظ الورقة بصيغة CSV.</translation>
    </message>
    <message>
        <source>There is no such date in the calendar.</source>
        <translation>لا يوجد هذا التاريخ في التقويم.</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Scan, or type + Enter</source>
        <translation>امسح البطاقة، أو اكتب ثم Enter</translation>
    </message>
    <message>
        <source>Find a member: card, name, number or phone</source>
        <translation>البحث عن عضو: البطاقة أو الاسم أو الرقم أو الهاتف</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the first match (or the scanned card)</source>
        <translation>فتح أول نتيجة (أو البطاقة الممسوحة)</translation>
    </message>
    <message>
        <source>↓ / ↑</source>
        <translation>↓ / ↑</translation>
    </message>
    <message>
        <source>Move through the results</source>
        <translation>التنقل بين النتائج</translation>
    </message>
    <message>
        <source>1 … 0</source>
        <translation>1 … 0</translation>
    </message>
    <message>
        <source>Tick or untick a service</source>
        <translation>تحديد خدمة أو إلغاء تحديدها</translation>
    </message>
    <message>
        <source>Check in and print the slip</source>
        <translation>تسجيل الحضور وطباعة القسيمة</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Check in the whole household</source>
        <translation>تسجيل حضور الأسرة كلها</translation>
    </message>
    <message>
        <source>A letter</source>
        <translation>أي حرف</translation>
    </message>
    <message>
        <source>Start a new search (a card scanned mid-visit)</source>
        <translation>بدء بحث جديد (بطاقة مُسحت أثناء الزيارة)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Back to the search box</source>
        <translation>العودة إلى مربع البحث</translation>
    </message>
    <message>
        <source>F11 / Esc</source>
        <translation>F11 / Esc</translation>
    </message>
    <message>
        <source>On the now-serving screen: full screen on / off</source>
        <translation>على شاشة «يُخدم الآن»: ملء الشاشة تشغيل / إيقاف</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>على المكتب</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>وظيفتها</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Esc or F1 closes this list.</source>
        <translation>Esc أو F1 يغلق هذه القائمة.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>تسجيل الدخول — %1</translation>
    </message>
    <message>
        <source>Sign in with your own account. Never share your password.</source>
        <translation>سجّل الدخول بحسابك الخاص. لا تشارك كلمة المرور أبدًا.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>اكتب اسم المستخدم وكلمة المرور.</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message numerus="yes">
        <source>%n document(s) may not have printed when Front Desk stopped. Check them in the print queue (Ctrl+Shift+P).</source>
        <translation>
            <numerusform>لا توجد مستندات ربما لم تُطبع عند توقّف Front Desk.</numerusform>
            <numerusform>مستند واحد ربما لم يُطبع عند توقّف Front Desk. افحصه في قائمة انتظار الطباعة (Ctrl+Shift+P).</numerusform>
            <numerusform>مستندان ربما لم يُطبعا عند توقّف Front Desk. افحصهما في قائمة انتظار الطباعة (Ctrl+Shift+P).</numerusform>
            <numerusform>%n مستندات ربما لم تُطبع عند توقّف Front Desk. افحصها في قائمة انتظار الطباعة (Ctrl+Shift+P).</numerusform>
            <numerusform>%n مستندًا ربما لم تُطبع عند توقّف Front Desk. افحصها في قائمة انتظار الطباعة (Ctrl+Shift+P).</numerusform>
            <numerusform>%n مستند ربما لم تُطبع عند توقّف Front Desk. افحصها في قائمة انتظار الطباعة (Ctrl+Shift+P).</numerusform>
        </translation>
    </message>
    <message>
        <source>No slip printed yet today.</source>
        <translation>لم تُطبع أي قسيمة اليوم بعد.</translation>
    </message>
    <message>
        <source>%1 Nothing was lost: the print queue (Ctrl+Shift+P) keeps what waits to print.</source>
        <translation>%1 لم يضِع شيء: قائمة انتظار الطباعة (Ctrl+Shift+P) تحفظ ما ينتظر الطباعة.</translation>
    </message>
    <message>
        <source>%1 Nothing was printed.</source>
        <translation>%1 لم يُطبع شيء.</translation>
    </message>
    <message>
        <source>%1 was printed already. To print it again, use Reprint.</source>
        <translation>طُبع %1 من قبل. لطباعته مرة أخرى، استخدم «إعادة الطباعة».</translation>
    </message>
    <message>
        <source>%1 sent to %2.</source>
        <translation>أُرسل %1 إلى %2.</translation>
    </message>
    <message>
        <source>%1 may not have printed: %2. Look at the printer; if it did not come out, send it again from the print queue (Ctrl+Shift+P).</source>
        <translation>ربما لم تُطبع %1: %2. انظر إلى الطابعة؛ إن لم تخرج، أرسلها مرة أخرى من قائمة انتظار الطباعة (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <source>%1 could not be drawn (%2). What it belongs to is saved; the document waits in the print queue (Ctrl+Shift+P). Tell a staff member.</source>
        <translation>تعذّر إنشاء %1 (%2). ما يخصّه محفوظ؛ والمستند ينتظر في قائمة انتظار الطباعة (Ctrl+Shift+P). أخبر أحد الموظفين.</translation>
    </message>
    <message>
        <source>Not printed: %1. It is kept in the print queue and tried again; Ctrl+Shift+P shows it.</source>
        <translation>لم يُطبع: %1. هو محفوظ في قائمة انتظار الطباعة وستُعاد المحاولة؛ اضغط Ctrl+Shift+P لعرضه.</translation>
    </message>
</context>
<context>
    <name>SuspectTableModel</name>
    <message>
        <source>Same name and birth</source>
        <translation>نفس الاسم والميلاد</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>نفس الاسم</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>نفس الهاتف</translation>
    </message>
    <message>
        <source>First</source>
        <translation>الأول</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>الثاني</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync: what to check</source>
        <translation>المزامنة: ما يجب مراجعته</translation>
    </message>
    <message>
        <source>Two desks changed the same detail before they could see each other&apos;s change. The later change was kept; the other is shown here.</source>
        <translation>غيّر مكتبان المعلومة نفسها قبل أن يرى كل منهما تغيير الآخر. تم الاحتفاظ بالتغيير الأحدث، ويظهر الآخر هنا.</translation>
    </message>
    <message>
        <source>Changes made at two desks</source>
        <translation>تغييرات أُجريت في مكتبين</translation>
    </message>
    <message>
        <source>These newcomers were registered at different desks and look like the same person. Open both, and merge them if they are.</source>
        <translation>سُجّل هؤلاء القادمون الجدد في مكاتب مختلفة ويبدو أنهم الشخص نفسه. افتح السجلين وادمجهما إن كانا لشخص واحد.</translation>
    </message>
    <message>
        <source>Newcomers who may be the same person</source>
        <translation>قادمون جدد قد يكونون الشخص نفسه</translation>
    </message>
    <message>
        <source>Compare and merge…</source>
        <translation>قارن وادمج…</translation>
    </message>
    <message>
        <source>They are different people</source>
        <translation>إنهما شخصان مختلفان</translation>
    </message>
    <message>
        <source>Only staff may merge records.</source>
        <translation>يمكن للموظفين فقط دمج السجلات.</translation>
    </message>
    <message>
        <source>Overwritten values</source>
        <translation>القيم المستبدلة</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <source>Overwritten values (%1)</source>
        <translation>القيم المستبدلة (%1)</translation>
    </message>
    <message>
        <source>Possible duplicates (%1)</source>
        <translation>تكرارات محتملة (%1)</translation>
    </message>
    <message>
        <source>Choose a pair in the list first.</source>
        <translation>اختر زوجًا من القائمة أولًا.</translation>
    </message>
</context>
<context>
    <name>SyncLight</name>
    <message>
        <source>never</source>
        <translation>أبداً</translation>
    </message>
    <message>
        <source>Sync failed (last good %1)</source>
        <translation>فشلت المزامنة (آخر نجاح %1)</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n تغيير بانتظار المزامنة</numerusform>
            <numerusform>%n تغيير بانتظار المزامنة</numerusform>
            <numerusform>%n تغيير بانتظار المزامنة</numerusform>
            <numerusform>%n تغيير بانتظار المزامنة</numerusform>
            <numerusform>%n تغيير بانتظار المزامنة</numerusform>
            <numerusform>%n تغيير بانتظار المزامنة</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>تمت المزامنة %1</translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation>
            <numerusform>%n للمراجعة</numerusform>
            <numerusform>%n للمراجعة</numerusform>
            <numerusform>%n للمراجعة</numerusform>
            <numerusform>%n للمراجعة</numerusform>
            <numerusform>%n للمراجعة</numerusform>
            <numerusform>%n للمراجعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>بانتظار الإرسال: %1</translation>
    </message>
    <message>
        <source>Overwritten values to check: %1</source>
        <translation>قيم مستبدلة للمراجعة: %1</translation>
    </message>
    <message>
        <source>Possible duplicates to check: %1</source>
        <translation>تكرارات محتملة للمراجعة: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>خطأ: %1</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today&apos;s visits</source>
        <translation>زيارات اليوم</translation>
    </message>
    <message>
        <source>&amp;Undo this check-in…</source>
        <translation>&amp;إلغاء تسجيل الحضور هذا…</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n visit(s)</source>
        <translation>
            <numerusform>اليوم: %n زيارة</numerusform>
            <numerusform>اليوم: زيارة واحدة</numerusform>
            <numerusform>اليوم: زيارتان</numerusform>
            <numerusform>اليوم: %n زيارات</numerusform>
            <numerusform>اليوم: %n زيارة</numerusform>
            <numerusform>اليوم: %n زيارة</numerusform>
        </translation>
    </message>
    <message>
        <source>next queue no. %1</source>
        <translation>رقم الدور التالي %1</translation>
    </message>
    <message>
        <source>now serving %1</source>
        <translation>يُخدم الآن الرقم %1</translation>
    </message>
</context>
<context>
    <name>UndoCheckIn</name>
    <message>
        <source>Undo a check-in</source>
        <translation>إلغاء تسجيل حضور</translation>
    </message>
    <message>
        <source>Undo queue no. %1, %2? It stays on file but leaves today&apos;s counts. Why?</source>
        <translation>إلغاء الدور رقم %1، %2؟ يبقى في السجل لكنه يخرج من أرقام اليوم. لماذا؟</translation>
    </message>
    <message>
        <source>Undo the check-in</source>
        <translation>إلغاء تسجيل الحضور</translation>
    </message>
    <message>
        <source>Say why the check-in is undone.</source>
        <translation>اذكر سبب إلغاء تسجيل الحضور.</translation>
    </message>
    <message>
        <source>Check-in no. %1 undone.</source>
        <translation>أُلغي تسجيل الحضور رقم %1.</translation>
    </message>
    <message>
        <source>Only the volunteer who made a check-in may undo it, within %1 minutes; after that, ask a caseworker or admin.</source>
        <translation>لا يلغي تسجيل الحضور إلا المتطوع الذي أجراه خلال %1 دقائق؛ بعد ذلك اطلب ذلك من أخصائي حالة أو مسؤول.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Volunteer</source>
        <translation>متطوع</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>أخصائي حالات</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>مدير</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>تغيير الدور…</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>كلمة مرور جديدة…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Switch off / on</source>
        <translation>تعطيل / تفعيل</translation>
    </message>
    <message>
        <source>Account added: %1.</source>
        <translation>أُضيف الحساب: %1.</translation>
    </message>
    <message>
        <source>Choose an account in the list first.</source>
        <translation>اختر حسابًا من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Account changed.</source>
        <translation>تم تغيير الحساب.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>الدور الجديد</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>New password (tell the person in private)</source>
        <translation>كلمة مرور جديدة (أخبر الشخص بها على انفراد)</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>cannot sign in</source>
        <translation>لا يمكنه تسجيل الدخول</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <source>locked (wrong passwords)</source>
        <translation>مقفل (كلمات مرور خاطئة)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>رقم العضوية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>وقت النداء</translation>
    </message>
    <message>
        <source>This visit was voided.</source>
        <translation>أُلغيت هذه الزيارة.</translation>
    </message>
</context>
<context>
    <name>ZoomController</name>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>حجم النص العادي</translation>
    </message>
    <message>
        <source>Text size: %1%</source>
        <translation>حجم النص: %1%</translation>
    </message>
</context>
<context>
    <name>_JobPage</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
</TS>
