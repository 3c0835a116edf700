<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message numerus="yes">
        <source>Added %n person(s).</source>
        <translation>
            <numerusform>Added %n person.</numerusform>
            <numerusform>Added %n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message numerus="yes">
        <source>%n member(s) on file may be this person. Ask for their card or check the details, then choose.</source>
        <translation>
            <numerusform>%n member on file may be this person. Ask for their card or check the details, then choose.</numerusform>
            <numerusform>%n members on file may be this person. Ask for their card or check the details, then choose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>So that no row stands out, %n cell(s) were made less precise or left out (at least 5 people share every row&apos;s sex, age band, country or region, registration month and household size).</source>
        <translation>
            <numerusform>So that no row stands out, %n cell was made less precise or left out (at least 5 people share every row&apos;s sex, age band, country or region, registration month and household size).</numerusform>
            <numerusform>So that no row stands out, %n cells were made less precise or left out (at least 5 people share every row&apos;s sex, age band, country or region, registration month and household size).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <source>%n row(s), read as %1.</source>
        <translation>
            <numerusform>%n row, read as %1.</numerusform>
            <numerusform>%n rows, read as %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n characters.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdController</name>
    <message numerus="yes">
        <source>Checked in %n household member(s).</source>
        <translation>
            <numerusform>Checked in %n household member.</numerusform>
            <numerusform>Checked in %n household members.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message numerus="yes">
        <source>%n member(s). Services given per household count them together.</source>
        <translation>
            <numerusform>%n member. Services given per household count them together.</numerusform>
            <numerusform>%n members. Services given per household count them together.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%n record(s) on file may be the same person.</source>
        <translation>
            <numerusform>%n record on file may be the same person.</numerusform>
            <numerusform>%n records on file may be the same person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NowServingWindow</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message numerus="yes">
        <source>%1: at most %n per household every %2 days, and this household has had it.</source>
        <translation>
            <numerusform>%1: at most %n per household every %2 days, and this household has had it.</numerusform>
            <numerusform>%1: at most %n per household every %2 days, and this household has had it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n per person every %2 days, and this person has had it.</source>
        <translation>
            <numerusform>%1: at most %n per person every %2 days, and this person has had it.</numerusform>
            <numerusform>%1: at most %n per person every %2 days, and this person has had it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last time: %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Last time: %1 (%n day ago)</numerusform>
            <numerusform>Last time: %1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not checked in yet: %n rule(s) stop this check-in.</source>
        <translation>
            <numerusform>Not checked in yet: %n rule stops this check-in.</numerusform>
            <numerusform>Not checked in yet: %n rules stop this check-in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintNotice</name>
    <message numerus="yes">
        <source>No printer: %n document(s) waiting</source>
        <translation>
            <numerusform>No printer: %n document waiting</numerusform>
            <numerusform>No printer: %n documents waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer problem: %n document(s) waiting</source>
        <translation>
            <numerusform>Printer problem: %n document waiting</numerusform>
            <numerusform>Printer problem: %n documents waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer ready: %n document(s) waiting</source>
        <translation>
            <numerusform>Printer ready: %n document waiting</numerusform>
            <numerusform>Printer ready: %n documents waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>%n person(s) not seen for that long.</source>
        <translation>
            <numerusform>%n person not seen for that long.</numerusform>
            <numerusform>%n people not seen for that long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Anonymise %n person? This cannot be undone.</numerusform>
            <numerusform>Anonymise %n people? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n person anonymised.</numerusform>
            <numerusform>%n people anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n match(es). Enter opens the first; ↓ to choose.</source>
        <translation>
            <numerusform>%n match. Enter opens the first; ↓ to choose.</numerusform>
            <numerusform>%n matches. Enter opens the first; ↓ to choose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityController</name>
    <message numerus="yes">
        <source>%n backup(s) in %1, taken %2 to %3, still hold them; a safety copy among them stays until five newer ones are taken.</source>
        <translation>
            <numerusform>%n backup in %1, taken %2 to %3, still holds them; a safety copy among them stays until five newer ones are taken.</numerusform>
            <numerusform>%n backups in %1, taken %2 to %3, still hold them; a safety copy among them stays until five newer ones are taken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1, taken %2 to %3, still hold them; the rotation deletes the last of them by %4 (when the desk is used every week).</source>
        <translation>
            <numerusform>%n backup in %1, taken %2 to %3, still holds them; the rotation deletes it by %4 (when the desk is used every week).</numerusform>
            <numerusform>%n backups in %1, taken %2 to %3, still hold them; the rotation deletes the last of them by %4 (when the desk is used every week).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message numerus="yes">
        <source>%n document(s) may not have printed when Front Desk stopped. Check them in the print queue (Ctrl+Shift+P).</source>
        <translation>
            <numerusform>%n document may not have printed when Front Desk stopped. Check them in the print queue (Ctrl+Shift+P).</numerusform>
            <numerusform>%n documents may not have printed when Front Desk stopped. Check them in the print queue (Ctrl+Shift+P).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLight</name>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation>
            <numerusform>%n to check</numerusform>
            <numerusform>%n to check</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message numerus="yes">
        <source>Today: %n visit(s)</source>
        <translation>
            <numerusform>Today: %n visit</numerusform>
            <numerusform>Today: %n visits</numerusform>
        </translation>
    </message>
</context>
</TS>
