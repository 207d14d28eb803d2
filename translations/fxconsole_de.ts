<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>&amp;Generate a strong password and show it once</source>
        <translation>Starkes Passwort &amp;erzeugen und einmal anzeigen</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Mitarbeiter hinzufügen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Use &quot;%1&quot;</source>
        <translation>„%1“ verwenden</translation>
    </message>
    <message>
        <source>A login has 2 to 63 lower-case letters, digits, dot, dash or underscore and starts with a letter; &quot;%1&quot; does not fit. Use &quot;%2&quot; instead?</source>
        <translation>Eine Anmeldung hat 2 bis 63 Kleinbuchstaben, Ziffern, Punkt, Bindestrich oder Unterstrich und beginnt mit einem Buchstaben; „%1“ passt nicht. Stattdessen „%2“ verwenden?</translation>
    </message>
    <message>
        <source>The login needs 2 to 63 lower-case letters, digits, dot, dash or underscore, starting with a letter.</source>
        <translation>Die Anmeldung braucht 2 bis 63 Kleinbuchstaben, Ziffern, Punkt, Bindestrich oder Unterstrich und beginnt mit einem Buchstaben.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Save the records of processing activities</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten speichern</translation>
    </message>
    <message>
        <source>records-of-processing.pdf</source>
        <translation>verarbeitungsverzeichnis.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;CSV files (*.csv)</source>
        <translation>PDF-Dokumente (*.pdf);;CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Wrote the records of processing activities to %1.</source>
        <translation>Das Verzeichnis von Verarbeitungstätigkeiten wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Records of processing…</source>
        <translation>&amp;Verarbeitungsverzeichnis…</translation>
    </message>
    <message>
        <source>The records of processing activities (Art. 30 GDPR) from the data map, the processors and the policies, as PDF or CSV</source>
        <translation>Das Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO) aus der Datenkarte, den Auftragsverarbeitern und den Richtlinien, als PDF oder CSV</translation>
    </message>
</context>
<context>
    <name>AffectedPeople</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Unusual</source>
        <translation>Auffällig</translation>
    </message>
    <message>
        <source>%1 (reviewed: %2)</source>
        <translation>%1 (geprüft: %2)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>The learner is given by their id, a positive number.</source>
        <translation>Die lernende Person wird durch ihre ID angegeben, eine positive Zahl.</translation>
    </message>
    <message>
        <source>unusual</source>
        <translation>auffällig</translation>
    </message>
    <message>
        <source>No entries under this filter.</source>
        <translation>Keine Einträge unter diesem Filter.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Verifying… %L1 entries</source>
        <translation>Wird geprüft … %L1 Einträge</translation>
    </message>
    <message>
        <source>Broken: %1 Entries up to %2 are intact.</source>
        <translation>Beschädigt: %1 Einträge bis %2 sind intakt.</translation>
    </message>
    <message>
        <source>Intact up to entry %1, head hash %2.</source>
        <translation>Intakt bis Eintrag %1, Kopf-Hash %2.</translation>
    </message>
    <message>
        <source>The access log is broken (%1); a checkpoint would vouch for a broken log.</source>
        <translation>Das Zugriffsprotokoll ist beschädigt (%1); ein Prüfpunkt würde für ein beschädigtes Protokoll bürgen.</translation>
    </message>
    <message>
        <source>Checkpoint of entry %1 signed with key %2.</source>
        <translation>Prüfpunkt für Eintrag %1 mit Schlüssel %2 signiert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln entry(s) to %1.</source>
        <translation>
            <numerusform>%Ln Eintrag nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Einträge nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checkpoint to verify against</source>
        <translation>Prüfpunkt, gegen den geprüft wird</translation>
    </message>
    <message>
        <source>Checkpoints (*.json)</source>
        <translation>Prüfpunkte (*.json)</translation>
    </message>
    <message>
        <source>Public key the checkpoint must be signed with</source>
        <translation>Öffentlicher Schlüssel, mit dem der Prüfpunkt signiert sein muss</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Öffentliche Schlüssel (*.pub)</translation>
    </message>
    <message>
        <source>New checkpoint key</source>
        <translation>Neuer Prüfpunkt-Schlüssel</translation>
    </message>
    <message>
        <source>Keys (*.key)</source>
        <translation>Schlüssel (*.key)</translation>
    </message>
    <message>
        <source>Passphrase for the key (at least 12 characters):</source>
        <translation>Passphrase für den Schlüssel (mindestens 12 Zeichen):</translation>
    </message>
    <message>
        <source>Wrote %1 and %1.pub. Keep the key away from the database server.</source>
        <translation>%1 und %1.pub geschrieben. Bewahren Sie den Schlüssel fern vom Datenbankserver auf.</translation>
    </message>
    <message>
        <source>Checkpoint key</source>
        <translation>Prüfpunkt-Schlüssel</translation>
    </message>
    <message>
        <source>Passphrase of the key:</source>
        <translation>Passphrase des Schlüssels:</translation>
    </message>
    <message>
        <source>Save checkpoint</source>
        <translation>Prüfpunkt speichern</translation>
    </message>
    <message>
        <source>Export the filtered log</source>
        <translation>Gefiltertes Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Staff login</source>
        <translation>Login der mitarbeitenden Person</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Jede Rolle</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragte(r)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>Learner id</source>
        <translation>Lernenden-ID</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Without ticket</source>
        <translation>Ohne Ticket</translation>
    </message>
    <message>
        <source>Only unusual</source>
        <translation>Nur auffällige</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Jump to the start of the log and read forward.</source>
        <translation>Zum Anfang des Protokolls springen und vorwärts lesen.</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Create key…</source>
        <translation>Schlüssel erstellen …</translation>
    </message>
    <message>
        <source>Sign checkpoint…</source>
        <translation>Prüfpunkt signieren …</translation>
    </message>
    <message>
        <source>Verify against checkpoint…</source>
        <translation>Gegen Prüfpunkt prüfen …</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the review report of %Ln entry(s) to %1.</source>
        <translation>
            <numerusform>Prüfbericht über %Ln Eintrag nach %1 geschrieben.</numerusform>
            <numerusform>Prüfbericht über %Ln Einträge nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the review report</source>
        <translation>Prüfbericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Review report (PDF)…</source>
        <translation>Prüfbericht (PDF) …</translation>
    </message>
    <message>
        <source>Chart per day</source>
        <translation>Diagramm je Tag</translation>
    </message>
    <message>
        <source>Chart per hour</source>
        <translation>Diagramm je Stunde</translation>
    </message>
    <message>
        <source>Chart per day or per hour</source>
        <translation>Diagramm je Tag oder je Stunde</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Entries per staff member</source>
        <translation>Einträge je Person</translation>
    </message>
    <message>
        <source>Access log entries</source>
        <translation>Einträge des Zugriffsprotokolls</translation>
    </message>
    <message>
        <source>Reads the whole access log and recomputes its hash chain on this computer. A changed, missing or reordered entry is named; nothing is changed.</source>
        <translation>Liest das ganze Zugriffsprotokoll und berechnet seine Hash-Kette auf diesem Rechner neu. Ein geänderter, fehlender oder vertauschter Eintrag wird benannt; nichts wird verändert.</translation>
    </message>
    <message>
        <source>Signs the verified end of the chain with your private key, kept in a file outside the database. A later verification against the checkpoint also finds a rewritten or shortened log.</source>
        <translation>Signiert das geprüfte Ende der Kette mit Ihrem privaten Schlüssel, der in einer Datei außerhalb der Datenbank liegt. Eine spätere Prüfung gegen den Prüfpunkt findet auch ein umgeschriebenes oder gekürztes Protokoll.</translation>
    </message>
    <message>
        <source>Entry %1 reviewed: %2.</source>
        <translation>Eintrag %1 geprüft: %2.</translation>
    </message>
    <message>
        <source>Review flag</source>
        <translation>Markierung prüfen</translation>
    </message>
    <message>
        <source>%1
%2

Outcome:</source>
        <translation>%1
%2

Ergebnis:</translation>
    </message>
    <message>
        <source>Note (what you found, whom you asked):</source>
        <translation>Notiz (was Sie festgestellt und wen Sie gefragt haben):</translation>
    </message>
    <message>
        <source>Shows only flagged entries not yet reviewed: access to a learner outside working hours, many people in an hour, no ticket and no open request, sensitive reveals, repeated refusals. Reading the log and administration are never flagged.</source>
        <translation>Zeigt nur markierte Einträge, die noch nicht geprüft sind: Zugriffe auf Lernende außerhalb der Arbeitszeit, viele Personen in einer Stunde, kein Ticket und kein offener Antrag, Aufdecken sensibler Daten, wiederholte Ablehnungen. Das Lesen des Protokolls und Verwaltung werden nie markiert.</translation>
    </message>
    <message>
        <source>Include reviewed</source>
        <translation>Auch geprüfte</translation>
    </message>
    <message>
        <source>Also show flags that have been reviewed, with their outcome.</source>
        <translation>Auch geprüfte Markierungen mit ihrem Ergebnis zeigen.</translation>
    </message>
    <message>
        <source>Review flag…</source>
        <translation>Markierung prüfen …</translation>
    </message>
    <message>
        <source>Mark the selected flag as justified, followed up or escalated, with a note.</source>
        <translation>Die gewählte Markierung als begründet, nachverfolgt oder eskaliert kennzeichnen, mit einer Notiz.</translation>
    </message>
    <message>
        <source>the shift plan shows a night shift for this ticket</source>
        <translation>laut Dienstplan Nachtschicht für dieses Ticket</translation>
    </message>
</context>
<context>
    <name>AuditPdfReport</name>
    <message>
        <source>Access-log review</source>
        <translation>Prüfung des Zugriffsprotokolls</translation>
    </message>
    <message>
        <source>Created %1 by %2.</source>
        <translation>Erstellt am %1 von %2.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>the whole log</source>
        <translation>das ganze Protokoll</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>Entries: %1. Unusual entries: %2.</source>
        <translation>Einträge: %1. Auffällige Einträge: %2.</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Mitarbeitende Person</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Unusual</source>
        <translation>Auffällig</translation>
    </message>
    <message>
        <source>Entries per day (red: unusual)</source>
        <translation>Einträge je Tag (rot: auffällig)</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Unversehrtheit</translation>
    </message>
    <message>
        <source>The hash chain is intact up to entry %1, head hash %2.</source>
        <translation>Die Hash-Kette ist bis Eintrag %1 intakt, Kopf-Hash %2.</translation>
    </message>
    <message>
        <source>The hash chain is broken: %1</source>
        <translation>Die Hash-Kette ist beschädigt: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Rules for unusual entries</source>
        <translation>Regeln für auffällige Einträge</translation>
    </message>
    <message>
        <source>Unusual entries, not yet reviewed</source>
        <translation>Auffällige Einträge, noch nicht geprüft</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Why it is unusual</source>
        <translation>Warum auffällig</translation>
    </message>
    <message>
        <source>The first %1 open flags are listed.</source>
        <translation>Die ersten %1 offenen Markierungen sind aufgeführt.</translation>
    </message>
    <message>
        <source>Reviewed flags</source>
        <translation>Geprüfte Markierungen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Reviewed by, on</source>
        <translation>Geprüft von, am</translation>
    </message>
    <message>
        <source>No flag reviewed yet.</source>
        <translation>Noch keine Markierung geprüft.</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message>
        <source>Learner search</source>
        <translation>Suche nach Lernenden</translation>
    </message>
    <message>
        <source>{staff} searched for learners by {kind} ({results} found){context}</source>
        <translation>{staff} hat Lernende nach {kind} gesucht ({results} gefunden){context}</translation>
    </message>
    <message>
        <source>Learner opened</source>
        <translation>Lernende geöffnet</translation>
    </message>
    <message>
        <source>{staff} opened the overview of learner {learner}{context}</source>
        <translation>{staff} hat die Übersicht der lernenden Person {learner}{context} geöffnet</translation>
    </message>
    <message>
        <source>Learner data viewed</source>
        <translation>Daten von Lernenden angesehen</translation>
    </message>
    <message>
        <source>{staff} viewed {category} of learner {learner}{context}</source>
        <translation>{staff} hat {category} der lernenden Person {learner}{context} angesehen</translation>
    </message>
    <message>
        <source>Masked field revealed</source>
        <translation>Maskiertes Feld aufgedeckt</translation>
    </message>
    <message>
        <source>{staff} revealed {field} of learner {learner}{context}</source>
        <translation>{staff} hat {field} der lernenden Person {learner}{context} aufgedeckt</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <source>{staff} locked the account of learner {learner}{context}</source>
        <translation>{staff} hat das Konto der lernenden Person {learner}{context} gesperrt</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Konto entsperrt</translation>
    </message>
    <message>
        <source>{staff} unlocked the account of learner {learner}{context}</source>
        <translation>{staff} hat das Konto der lernenden Person {learner}{context} entsperrt</translation>
    </message>
    <message>
        <source>Sessions ended</source>
        <translation>Sitzungen beendet</translation>
    </message>
    <message>
        <source>{staff} signed learner {learner} out everywhere{context}</source>
        <translation>{staff} hat die lernende Person {learner} überall abgemeldet{context}</translation>
    </message>
    <message>
        <source>New password required</source>
        <translation>Neues Passwort verlangt</translation>
    </message>
    <message>
        <source>{staff} required learner {learner} to choose a new password{context}</source>
        <translation>{staff} hat der lernenden Person {learner}{context} ein neues Passwort verlangt</translation>
    </message>
    <message>
        <source>Data corrected</source>
        <translation>Daten berichtigt</translation>
    </message>
    <message>
        <source>{staff} corrected the data of learner {learner}{context}</source>
        <translation>{staff} hat die Daten der lernenden Person {learner}{context} berichtigt</translation>
    </message>
    <message>
        <source>Marketing consent withdrawn</source>
        <translation>Werbeeinwilligung widerrufen</translation>
    </message>
    <message>
        <source>{staff} withdrew the marketing consent of learner {learner}{context}</source>
        <translation>{staff} hat die Werbeeinwilligung der lernenden Person {learner}{context} widerrufen</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Verarbeitung eingeschränkt</translation>
    </message>
    <message>
        <source>{staff} restricted the processing of learner {learner}&apos;s data{context}</source>
        <translation>{staff} hat die Verarbeitung der Daten der lernenden Person {learner}{context} eingeschränkt</translation>
    </message>
    <message>
        <source>Request opened</source>
        <translation>Antrag eröffnet</translation>
    </message>
    <message>
        <source>{staff} opened {kind} for learner {learner}{context}</source>
        <translation>{staff} hat {kind} für die lernende Person {learner}{context} eröffnet</translation>
    </message>
    <message>
        <source>Request viewed</source>
        <translation>Antrag angesehen</translation>
    </message>
    <message>
        <source>{staff} viewed request {request} of learner {learner}{context}</source>
        <translation>{staff} hat Antrag {request} der lernenden Person {learner}{context} angesehen</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Frist verlängert</translation>
    </message>
    <message>
        <source>{staff} extended the deadline of request {request} of learner {learner} by {months} months{context}</source>
        <translation>{staff} hat die Frist von Antrag {request} der lernenden Person {learner}{context} um {months} Monate verlängert</translation>
    </message>
    <message>
        <source>Request started</source>
        <translation>Antrag begonnen</translation>
    </message>
    <message>
        <source>{staff} started work on request {request} of learner {learner}{context}</source>
        <translation>{staff} hat mit der Bearbeitung von Antrag {request} der lernenden Person {learner}{context} begonnen</translation>
    </message>
    <message>
        <source>Request fulfilled</source>
        <translation>Antrag erfüllt</translation>
    </message>
    <message>
        <source>{staff} closed request {request} of learner {learner} as fulfilled{context}</source>
        <translation>{staff} hat Antrag {request} der lernenden Person {learner}{context} als erfüllt abgeschlossen</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Antrag abgelehnt</translation>
    </message>
    <message>
        <source>{staff} rejected request {request} of learner {learner}{context}</source>
        <translation>{staff} hat Antrag {request} der lernenden Person {learner}{context} abgelehnt</translation>
    </message>
    <message>
        <source>Request withdrawn</source>
        <translation>Antrag zurückgezogen</translation>
    </message>
    <message>
        <source>{staff} closed request {request} of learner {learner} as withdrawn{context}</source>
        <translation>{staff} hat Antrag {request} der lernenden Person {learner}{context} als zurückgezogen abgeschlossen</translation>
    </message>
    <message>
        <source>Request assigned</source>
        <translation>Antrag zugewiesen</translation>
    </message>
    <message>
        <source>{staff} assigned request {request} of learner {learner}{context}</source>
        <translation>{staff} hat Antrag {request} der lernenden Person {learner}{context} zugewiesen</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Daten exportiert</translation>
    </message>
    <message>
        <source>{staff} exported the data of learner {learner} for request {request}{context}</source>
        <translation>{staff} hat die Daten der lernenden Person {learner} zu Antrag {request}{context} exportiert</translation>
    </message>
    <message>
        <source>Export approved</source>
        <translation>Export freigegeben</translation>
    </message>
    <message>
        <source>{staff} approved the export for request {request} of learner {learner}{context}</source>
        <translation>{staff} hat den Export zu Antrag {request} der lernenden Person {learner}{context} freigegeben</translation>
    </message>
    <message>
        <source>Erasure previewed</source>
        <translation>Löschung in der Vorschau</translation>
    </message>
    <message>
        <source>{staff} previewed the erasure for request {request} of learner {learner}{context}</source>
        <translation>{staff} hat die Vorschau der Löschung zu Antrag {request} der lernenden Person {learner}{context} angesehen</translation>
    </message>
    <message>
        <source>Erasure approved</source>
        <translation>Löschung genehmigt</translation>
    </message>
    <message>
        <source>{staff} approved the erasure for request {request} of learner {learner}{context}</source>
        <translation>{staff} hat die Löschung zu Antrag {request} der lernenden Person {learner}{context} genehmigt</translation>
    </message>
    <message>
        <source>Erasure rejected</source>
        <translation>Löschung abgelehnt</translation>
    </message>
    <message>
        <source>{staff} rejected the erasure for request {request} of learner {learner}{context}</source>
        <translation>{staff} hat die Löschung zu Antrag {request} der lernenden Person {learner}{context} abgelehnt</translation>
    </message>
    <message>
        <source>Learner erased</source>
        <translation>Lernende gelöscht</translation>
    </message>
    <message>
        <source>{staff} erased learner {learner} for request {request}{context}</source>
        <translation>{staff} hat die lernende Person {learner} zu Antrag {request}{context} gelöscht</translation>
    </message>
    <message>
        <source>Erasure applied again</source>
        <translation>Löschung erneut angewandt</translation>
    </message>
    <message>
        <source>{staff} erased learner {learner} again after a restore</source>
        <translation>{staff} hat die lernende Person {learner} nach einer Wiederherstellung erneut gelöscht</translation>
    </message>
    <message>
        <source>Retention purge previewed</source>
        <translation>Aufbewahrungsende in der Vorschau</translation>
    </message>
    <message>
        <source>Retained records deleted</source>
        <translation>Aufbewahrte Datensätze gelöscht</translation>
    </message>
    <message>
        <source>Retention rule changed</source>
        <translation>Aufbewahrungsregel geändert</translation>
    </message>
    <message>
        <source>{staff} changed the retention rule for {table}</source>
        <translation>{staff} hat die Aufbewahrungsregel für {table} geändert</translation>
    </message>
    <message>
        <source>Processor task done</source>
        <translation>Auftragsverarbeiter-Aufgabe erledigt</translation>
    </message>
    <message>
        <source>{staff} marked a processor&apos;s erasure task of request {request} as done</source>
        <translation>{staff} hat eine Löschaufgabe eines Auftragsverarbeiters zu Antrag {request} als erledigt markiert</translation>
    </message>
    <message>
        <source>Processor added</source>
        <translation>Auftragsverarbeiter hinzugefügt</translation>
    </message>
    <message>
        <source>{staff} added processor {processor} to the registry</source>
        <translation>{staff} hat Auftragsverarbeiter {processor} ins Verzeichnis aufgenommen</translation>
    </message>
    <message>
        <source>Processor changed</source>
        <translation>Auftragsverarbeiter geändert</translation>
    </message>
    <message>
        <source>{staff} changed processor {processor} in the registry</source>
        <translation>{staff} hat Auftragsverarbeiter {processor} im Verzeichnis geändert</translation>
    </message>
    <message>
        <source>Incident opened</source>
        <translation>Vorfall eröffnet</translation>
    </message>
    <message>
        <source>{staff} opened incident {incident}</source>
        <translation>{staff} hat Vorfall {incident} eröffnet</translation>
    </message>
    <message>
        <source>Checklist item done</source>
        <translation>Checklistenpunkt erledigt</translation>
    </message>
    <message>
        <source>{staff} ticked off a checklist item of incident {incident}</source>
        <translation>{staff} hat einen Checklistenpunkt von Vorfall {incident} abgehakt</translation>
    </message>
    <message>
        <source>Checklist item reopened</source>
        <translation>Checklistenpunkt wieder geöffnet</translation>
    </message>
    <message>
        <source>{staff} reopened a checklist item of incident {incident}</source>
        <translation>{staff} hat einen Checklistenpunkt von Vorfall {incident} wieder geöffnet</translation>
    </message>
    <message>
        <source>Incident assessed</source>
        <translation>Vorfall bewertet</translation>
    </message>
    <message>
        <source>{staff} assessed the risk of incident {incident}</source>
        <translation>{staff} hat das Risiko von Vorfall {incident} bewertet</translation>
    </message>
    <message>
        <source>Incident described</source>
        <translation>Vorfall beschrieben</translation>
    </message>
    <message>
        <source>{staff} described incident {incident}</source>
        <translation>{staff} hat Vorfall {incident} beschrieben</translation>
    </message>
    <message>
        <source>Notification recorded</source>
        <translation>Meldung erfasst</translation>
    </message>
    <message>
        <source>{staff} recorded a notification about incident {incident}</source>
        <translation>{staff} hat eine Meldung zu Vorfall {incident} erfasst</translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation>Vorfall abgeschlossen</translation>
    </message>
    <message>
        <source>{staff} closed incident {incident}</source>
        <translation>{staff} hat Vorfall {incident} abgeschlossen</translation>
    </message>
    <message>
        <source>Affected people searched</source>
        <translation>Betroffene gesucht</translation>
    </message>
    <message>
        <source>{staff} searched for the people affected by an incident ({people} found)</source>
        <translation>{staff} hat die von einem Vorfall Betroffenen gesucht ({people} gefunden)</translation>
    </message>
    <message>
        <source>Finding attached</source>
        <translation>Ergebnis angehängt</translation>
    </message>
    <message>
        <source>{staff} attached the people affected to incident {incident}</source>
        <translation>{staff} hat die Betroffenen an Vorfall {incident} angehängt</translation>
    </message>
    <message>
        <source>Affected people exported</source>
        <translation>Betroffene exportiert</translation>
    </message>
    <message>
        <source>{staff} exported the contact data of {people} people affected by incident {incident}</source>
        <translation>{staff} hat die Kontaktdaten von {people} Betroffenen von Vorfall {incident} exportiert</translation>
    </message>
    <message>
        <source>Breach register exported</source>
        <translation>Verzeichnis der Verletzungen exportiert</translation>
    </message>
    <message>
        <source>{staff} exported the breach register</source>
        <translation>{staff} hat das Verzeichnis der Datenschutzverletzungen exportiert</translation>
    </message>
    <message>
        <source>Access log searched</source>
        <translation>Zugriffsprotokoll durchsucht</translation>
    </message>
    <message>
        <source>{staff} searched the access log</source>
        <translation>{staff} hat das Zugriffsprotokoll durchsucht</translation>
    </message>
    <message>
        <source>Access-log report</source>
        <translation>Bericht zum Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>{staff} exported a report of {entries} access-log entries ({format})</source>
        <translation>{staff} hat einen Bericht über {entries} Einträge des Zugriffsprotokolls exportiert ({format})</translation>
    </message>
    <message>
        <source>Flag reviewed</source>
        <translation>Markierung geprüft</translation>
    </message>
    <message>
        <source>{staff} reviewed the flag on entry {entry}: {outcome}</source>
        <translation>{staff} hat die Markierung von Eintrag {entry} geprüft: {outcome}</translation>
    </message>
    <message>
        <source>Access log verified</source>
        <translation>Zugriffsprotokoll geprüft</translation>
    </message>
    <message>
        <source>{staff} verified the hash chain of the access log ({entries} entries)</source>
        <translation>{staff} hat die Hash-Kette des Zugriffsprotokolls geprüft ({entries} Einträge)</translation>
    </message>
    <message>
        <source>Checkpoint signed</source>
        <translation>Prüfpunkt signiert</translation>
    </message>
    <message>
        <source>{staff} signed a checkpoint of the access log at entry {last}</source>
        <translation>{staff} hat einen Prüfpunkt des Zugriffsprotokolls bei Eintrag {last} signiert</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Einstellung geändert</translation>
    </message>
    <message>
        <source>{staff} set {setting} to {value}</source>
        <translation>{staff} hat {setting} auf {value} gesetzt</translation>
    </message>
    <message>
        <source>Staff login added</source>
        <translation>Mitarbeiterzugang angelegt</translation>
    </message>
    <message>
        <source>{staff} added the staff login {login} as {role}</source>
        <translation>{staff} hat den Mitarbeiterzugang {login} als {role} angelegt</translation>
    </message>
    <message>
        <source>Staff login removed</source>
        <translation>Mitarbeiterzugang entfernt</translation>
    </message>
    <message>
        <source>{staff} removed the staff login {login}</source>
        <translation>{staff} hat den Mitarbeiterzugang {login} entfernt</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>{staff} changed the role of {login} from {from} to {to}</source>
        <translation>{staff} hat die Rolle von {login} von {from} zu {to} geändert</translation>
    </message>
    <message>
        <source>Staff login enabled</source>
        <translation>Mitarbeiterzugang aktiviert</translation>
    </message>
    <message>
        <source>{staff} enabled the staff login {login}</source>
        <translation>{staff} hat den Mitarbeiterzugang {login} aktiviert</translation>
    </message>
    <message>
        <source>Staff login disabled</source>
        <translation>Mitarbeiterzugang deaktiviert</translation>
    </message>
    <message>
        <source>{staff} disabled the staff login {login}</source>
        <translation>{staff} hat den Mitarbeiterzugang {login} deaktiviert</translation>
    </message>
    <message>
        <source>Role confirmed</source>
        <translation>Rolle bestätigt</translation>
    </message>
    <message>
        <source>{staff} confirmed that {login} still needs the role {role}</source>
        <translation>{staff} hat bestätigt, dass {login} die Rolle {role} weiter braucht</translation>
    </message>
    <message>
        <source>Operation refused</source>
        <translation>Vorgang abgelehnt</translation>
    </message>
    <message>
        <source>The database refused an operation of {staff}</source>
        <translation>Die Datenbank hat einen Vorgang von {staff} abgelehnt</translation>
    </message>
    <message>
        <source>the course enrolments</source>
        <translation>die Kurseinschreibungen</translation>
    </message>
    <message>
        <source>the completed lessons</source>
        <translation>die abgeschlossenen Lektionen</translation>
    </message>
    <message>
        <source>the test results</source>
        <translation>die Testergebnisse</translation>
    </message>
    <message>
        <source>the certificates</source>
        <translation>die Zertifikate</translation>
    </message>
    <message>
        <source>the sign-ins</source>
        <translation>die Anmeldungen</translation>
    </message>
    <message>
        <source>the usage events</source>
        <translation>die Nutzungsereignisse</translation>
    </message>
    <message>
        <source>the sessions</source>
        <translation>die Sitzungen</translation>
    </message>
    <message>
        <source>the messages</source>
        <translation>die Nachrichten</translation>
    </message>
    <message>
        <source>the forum posts</source>
        <translation>die Forenbeiträge</translation>
    </message>
    <message>
        <source>the invoices</source>
        <translation>die Rechnungen</translation>
    </message>
    <message>
        <source>the payment references</source>
        <translation>die Zahlungsreferenzen</translation>
    </message>
    <message>
        <source>the linked social accounts</source>
        <translation>die verknüpften Social-Media-Konten</translation>
    </message>
    <message>
        <source>the processor links</source>
        <translation>die Verknüpfungen mit Auftragsverarbeitern</translation>
    </message>
    <message>
        <source>the email address</source>
        <translation>die E-Mail-Adresse</translation>
    </message>
    <message>
        <source>a billing address</source>
        <translation>eine Rechnungsadresse</translation>
    </message>
    <message>
        <source>the content of a message</source>
        <translation>den Inhalt einer Nachricht</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>public id</source>
        <translation>öffentlicher ID</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>an access request (export)</source>
        <translation>einen Auskunftsantrag (Export)</translation>
    </message>
    <message>
        <source>an erasure request</source>
        <translation>einen Löschantrag</translation>
    </message>
    <message>
        <source>a rectification request</source>
        <translation>einen Berichtigungsantrag</translation>
    </message>
    <message>
        <source>a restriction request</source>
        <translation>einen Antrag auf Einschränkung</translation>
    </message>
    <message>
        <source>an objection</source>
        <translation>einen Widerspruch</translation>
    </message>
    <message>
        <source>access-log review</source>
        <translation>Prüfung des Zugriffsprotokolls</translation>
    </message>
    <message>
        <source>access-log verification</source>
        <translation>Prüfung der Hash-Kette</translation>
    </message>
    <message>
        <source>access-log checkpoint</source>
        <translation>Prüfpunkt des Zugriffsprotokolls</translation>
    </message>
    <message>
        <source>access recertification</source>
        <translation>Rezertifizierung der Zugänge</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>retention policy</source>
        <translation>Aufbewahrungsrichtlinie</translation>
    </message>
    <message>
        <source>retention period ended</source>
        <translation>Aufbewahrungsfrist abgelaufen</translation>
    </message>
    <message>
        <source>erasure applied again after a restore</source>
        <translation>Löschung nach Wiederherstellung erneut angewandt</translation>
    </message>
    <message>
        <source>breach communication (Art. 34 GDPR)</source>
        <translation>Benachrichtigung Betroffener (Art. 34 DSGVO)</translation>
    </message>
    <message>
        <source>breach register (Art. 33(5) GDPR)</source>
        <translation>Verzeichnis der Verletzungen (Art. 33 Abs. 5 DSGVO)</translation>
    </message>
    <message>
        <source>people per hour that are never unusual</source>
        <translation>Personen pro Stunde, die nie auffällig sind</translation>
    </message>
    <message>
        <source>unusual above this many times the usual hour</source>
        <translation>auffällig ab dem Vielfachen der üblichen Stunde</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>time zone of the working hours</source>
        <translation>Zeitzone der Arbeitszeit</translation>
    </message>
    <message>
        <source>form of a ticket reference</source>
        <translation>Form einer Ticketnummer</translation>
    </message>
    <message>
        <source>days of warning before a request&apos;s deadline</source>
        <translation>Tage Vorwarnung vor der Frist eines Antrags</translation>
    </message>
    <message>
        <source>days after which a checkpoint is due</source>
        <translation>Tage, nach denen ein Prüfpunkt fällig ist</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Learners found</source>
        <translation>Gefundene Lernende</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>Status vorher</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Geänderte Felder</translation>
    </message>
    <message>
        <source>Had opted in</source>
        <translation>War eingewilligt</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Prüfsumme (SHA-256)</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>Größe in Bytes</translation>
    </message>
    <message>
        <source>Rows per table</source>
        <translation>Zeilen je Tabelle</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Staff login</source>
        <translation>Mitarbeiterzugang</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Records released</source>
        <translation>Freigegebene Datensätze</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intakt</translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation>Letzter Eintrag</translation>
    </message>
    <message>
        <source>Aware since</source>
        <translation>Bekannt seit</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Checklistenpunkte</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Checklistenpunkt</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Mitarbeiter(in)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Lernende(r)</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Only without ticket</source>
        <translation>Nur ohne Ticket</translation>
    </message>
    <message>
        <source>Only unusual entries</source>
        <translation>Nur auffällige Einträge</translation>
    </message>
    <message>
        <source>Reviewed flags included</source>
        <translation>Mit geprüften Markierungen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>the whole log</source>
        <translation>das ganze Protokoll</translation>
    </message>
    <message>
        <source>for ticket {ticket}</source>
        <translation>zu Ticket {ticket}</translation>
    </message>
    <message>
        <source>(purpose: {purpose})</source>
        <translation>(Zweck: {purpose})</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>{staff} searched the access log for entries about learner {learner}{context}</source>
        <translation>{staff} hat das Zugriffsprotokoll nach Einträgen zur lernenden Person {learner}{context} durchsucht</translation>
    </message>
    <message>
        <source>{staff} worked with the data of learner {learner}{context}</source>
        <translation>{staff} hat mit den Daten der lernenden Person {learner}{context} gearbeitet</translation>
    </message>
    <message>
        <source>{staff} carried out an administrative task{context}</source>
        <translation>{staff} hat eine Verwaltungsaufgabe erledigt{context}</translation>
    </message>
    <message>
        <source>{people} different people within one hour; usually {usual}, unusual above {threshold}</source>
        <translation>{people} verschiedene Personen in einer Stunde; üblich {usual}, auffällig über {threshold}</translation>
    </message>
    <message>
        <source>outside working hours ({time} local time)</source>
        <translation>außerhalb der Arbeitszeit ({time} Ortszeit)</translation>
    </message>
    <message>
        <source>outside working hours: {time} ({zone}); working hours {hours}, {days}</source>
        <translation>außerhalb der Arbeitszeit: {time} ({zone}); Arbeitszeit {hours}, {days}</translation>
    </message>
    <message>
        <source>about a learner, without a ticket and without an open request</source>
        <translation>zu Lernenden, ohne Ticket und ohne offenen Antrag</translation>
    </message>
    <message>
        <source>{count} refused operations within one hour</source>
        <translation>{count} abgelehnte Vorgänge in einer Stunde</translation>
    </message>
    <message>
        <source>revealed the content of a message</source>
        <translation>Inhalt einer Nachricht aufgedeckt</translation>
    </message>
    <message>
        <source>revealed payment data (a billing address)</source>
        <translation>Zahlungsdaten aufgedeckt (eine Rechnungsadresse)</translation>
    </message>
    <message>
        <source>flagged for review</source>
        <translation>zur Prüfung markiert</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Unusual</source>
        <translation>Auffällig</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>{outcome}, by {who} on {when}</source>
        <translation>{outcome}, von {who} am {when}</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Notiz der Prüfung</translation>
    </message>
    <message>
        <source>Other action</source>
        <translation>Andere Aktion</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragte(r)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Database owner</source>
        <translation>Datenbankeigentümer</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Begründet</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Nachverfolgt</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>Data map applied</source>
        <translation>Datenkarte angewendet</translation>
    </message>
    <message>
        <source>{staff} applied the data map {map} {version}</source>
        <translation>{staff} hat die Datenkarte {map} {version} angewendet</translation>
    </message>
    <message>
        <source>data map</source>
        <translation>Datenkarte</translation>
    </message>
    <message>
        <source>Data map</source>
        <translation>Datenkarte</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Changes confirmed</source>
        <translation>Bestätigte Änderungen</translation>
    </message>
    <message>
        <source>{staff} listed {records} retained records of learner {learner} whose retention period ended</source>
        <translation>{staff} hat {records} aufbewahrte Datensätze der lernenden Person {learner} mit abgelaufener Aufbewahrungsfrist aufgelistet</translation>
    </message>
    <message>
        <source>{staff} deleted {records} retained records of learner {learner} whose retention period ended</source>
        <translation>{staff} hat {records} aufbewahrte Datensätze der lernenden Person {learner} mit abgelaufener Aufbewahrungsfrist gelöscht</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Consent history viewed</source>
        <translation>Einwilligungsverlauf angesehen</translation>
    </message>
    <message>
        <source>{staff} viewed the consent history of learner {learner}{context}</source>
        <translation>{staff} hat den Einwilligungsverlauf der lernenden Person {learner}{context} angesehen</translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>The checkpoint was made for the database &quot;%1&quot;, not for &quot;%2&quot;.</source>
        <translation>Der Prüfpunkt wurde für die Datenbank „%1“ erstellt, nicht für „%2“.</translation>
    </message>
    <message>
        <source>The log ends at entry %1, but the checkpoint of %2 vouches for %3 entries: entries at the end were removed.</source>
        <translation>Das Protokoll endet bei Eintrag %1, aber der Prüfpunkt vom %2 bürgt für %3 Einträge: Einträge am Ende wurden entfernt.</translation>
    </message>
    <message>
        <source>Entry %1 differs from the signed checkpoint of %2: the log was rewritten up to there.</source>
        <translation>Eintrag %1 weicht vom signierten Prüfpunkt vom %2 ab: Das Protokoll wurde bis dorthin neu geschrieben.</translation>
    </message>
    <message>
        <source>The log matches the checkpoint of %1 (entry %2, key %3).</source>
        <translation>Das Protokoll stimmt mit dem Prüfpunkt vom %1 überein (Eintrag %2, Schlüssel %3).</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Entry %1 is missing: the log jumps from entry %2 to entry %3.</source>
        <translation>Eintrag %1 fehlt: Das Protokoll springt von Eintrag %2 zu Eintrag %3.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: the log jumps from entry %3 to entry %4.</source>
        <translation>Die Einträge %1 bis %2 fehlen: Das Protokoll springt von Eintrag %3 zu Eintrag %4.</translation>
    </message>
    <message>
        <source>Entry %1 appears out of order.</source>
        <translation>Eintrag %1 steht an der falschen Stelle.</translation>
    </message>
    <message>
        <source>Entry %1 was changed: its content does not match its hash.</source>
        <translation>Eintrag %1 wurde verändert: Sein Inhalt passt nicht zu seinem Hashwert.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: entries were reordered, replaced or removed.</source>
        <translation>Eintrag %1 folgt nicht auf Eintrag %2: Einträge wurden umsortiert, ersetzt oder entfernt.</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing at the end of the log.</source>
        <translation>Am Ende des Protokolls fehlen die Einträge %1 bis %2.</translation>
    </message>
    <message>
        <source>The recorded head of the log does not match entry %1.</source>
        <translation>Der gespeicherte Kopf des Protokolls passt nicht zu Eintrag %1.</translation>
    </message>
</context>
<context>
    <name>BreachRegister</name>
    <message>
        <source>Register of personal data breaches</source>
        <translation>Verzeichnis der Verletzungen des Schutzes personenbezogener Daten</translation>
    </message>
    <message>
        <source>Every breach, whether notified or not, with its facts, effects, remedial action and the reasons for each decision (Art. 33(5) GDPR).</source>
        <translation>Jede Verletzung, ob gemeldet oder nicht, mit Sachverhalt, Auswirkungen, ergriffenen Abhilfemaßnahmen und den Gründen jeder Entscheidung (Art. 33 Abs. 5 DSGVO).</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Verletzung</translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation>Bekannt geworden</translation>
    </message>
    <message>
        <source>Risk and reasoning</source>
        <translation>Risiko und Begründung</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Authority: not notified</source>
        <translation>Behörde: nicht gemeldet</translation>
    </message>
    <message>
        <source>Authority: %1 (late: %2)</source>
        <translation>Behörde: %1 (verspätet: %2)</translation>
    </message>
    <message>
        <source>Authority: %1</source>
        <translation>Behörde: %1</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Betroffene: %1</translation>
    </message>
    <message>
        <source>Public: %1</source>
        <translation>Öffentlich: %1</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CategoryRowsModel</name>
    <message>
        <source>hidden — reveal with a reason</source>
        <translation>verborgen — mit Begründung aufdecken</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>mandatory</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>not required now</source>
        <translation>derzeit nicht nötig</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>freiwillig</translation>
    </message>
    <message>
        <source>Every mandatory item is done.</source>
        <translation>Alle Pflichtpunkte sind erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mandatory items are still open; the incident cannot be closed before.</source>
        <translation>
            <numerusform>%Ln Pflichtpunkt ist noch offen; vorher kann der Vorfall nicht abgeschlossen werden.</numerusform>
            <numerusform>%Ln Pflichtpunkte sind noch offen; vorher kann der Vorfall nicht abgeschlossen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Item ticked.</source>
        <translation>Punkt abgehakt.</translation>
    </message>
    <message>
        <source>Item unticked.</source>
        <translation>Haken entfernt.</translation>
    </message>
    <message>
        <source>Tick with a note</source>
        <translation>Mit Notiz abhaken</translation>
    </message>
    <message>
        <source>What was done, by whom, or where is the evidence?</source>
        <translation>Was wurde von wem getan, oder wo liegt der Nachweis?</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Erledigt von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tick with a note…</source>
        <translation>Mit Notiz abhaken …</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>passwords reset by the IT desk, ticket IT-881</source>
        <translation>Passwörter vom IT-Service zurückgesetzt, Ticket IT-881</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplate</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>&quot;section&quot; must be one of %1</source>
        <translation>„section“ muss eines von %1 sein</translation>
    </message>
    <message>
        <source>&quot;applies&quot; must be always, risk or high_risk</source>
        <translation>„applies“ muss always, risk oder high_risk sein</translation>
    </message>
    <message>
        <source>&quot;position&quot; must be a whole number from 1</source>
        <translation>„position“ muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>&quot;items&quot; must list at least one item</source>
        <translation>„items“ muss mindestens einen Punkt enthalten</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>Punkt %1: %2</translation>
    </message>
    <message>
        <source>&quot;key&quot; must be lower-case letters, digits and underscores</source>
        <translation>„key“ darf nur Kleinbuchstaben, Ziffern und Unterstriche enthalten</translation>
    </message>
    <message>
        <source>the key %1 is used twice</source>
        <translation>der Schlüssel %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>&quot;title&quot; needs an English (en) and a German (de) text of at most 300 characters</source>
        <translation>„title“ braucht einen englischen (en) und einen deutschen (de) Text von höchstens 300 Zeichen</translation>
    </message>
    <message>
        <source>&quot;guidance&quot; must be an object with en and de texts</source>
        <translation>„guidance“ muss ein Objekt mit en- und de-Texten sein</translation>
    </message>
    <message>
        <source>&quot;mandatory&quot; must be true or false</source>
        <translation>„mandatory“ muss true oder false sein</translation>
    </message>
    <message>
        <source>No checklist templates in %1.</source>
        <translation>Keine Checklistenvorlagen in %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>another template has the same section or position</source>
        <translation>eine andere Vorlage hat denselben Abschnitt oder dieselbe Position</translation>
    </message>
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <source>The key&apos;s passphrase must have at least 12 characters.</source>
        <translation>Die Passphrase des Schlüssels muss mindestens 12 Zeichen haben.</translation>
    </message>
    <message>
        <source>%1 already exists; a key is never overwritten.</source>
        <translation>%1 ist bereits vorhanden; ein Schlüssel wird nie überschrieben.</translation>
    </message>
    <message>
        <source>OpenSSL could not create an Ed25519 key.</source>
        <translation>OpenSSL konnte keinen Ed25519-Schlüssel erzeugen.</translation>
    </message>
    <message>
        <source>OpenSSL could not write the key.</source>
        <translation>OpenSSL konnte den Schlüssel nicht schreiben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The key file cannot be opened: wrong passphrase, or not an Ed25519 key.</source>
        <translation>Die Schlüsseldatei lässt sich nicht öffnen: falsche Passphrase oder kein Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the checkpoint.</source>
        <translation>OpenSSL konnte den Prüfpunkt nicht signieren.</translation>
    </message>
    <message>
        <source>This is not a checkpoint file, or it is damaged.</source>
        <translation>Dies ist keine Prüfpunktdatei, oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s signature does not match its content: the file was changed.</source>
        <translation>Die Signatur des Prüfpunkts passt nicht zu seinem Inhalt: Die Datei wurde verändert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key.</source>
        <translation>%1 ist kein öffentlicher Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>The checkpoint was signed with a different key (%1), not with %2.</source>
        <translation>Der Prüfpunkt wurde mit einem anderen Schlüssel (%1) signiert, nicht mit %2.</translation>
    </message>
</context>
<context>
    <name>ColumnTitles</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>Billing name</source>
        <translation>Rechnungsname</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Eingeschrieben</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe Kennung</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Last 4 digits</source>
        <translation>Letzte 4 Ziffern</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Marketing consent changed</source>
        <translation>Marketing-Einwilligung geändert</translation>
    </message>
    <message>
        <source>Marketing emails</source>
        <translation>Marketing-E-Mails</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Password reset required</source>
        <translation>Neues Passwort erforderlich</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Profilbild</translation>
    </message>
    <message>
        <source>Privacy policy accepted</source>
        <translation>Datenschutzerklärung akzeptiert</translation>
    </message>
    <message>
        <source>Privacy policy version</source>
        <translation>Version der Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Profile details</source>
        <translation>Profilangaben</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Fortschritt (%)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Abgelegt</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Bildung</translation>
    </message>
    <message>
        <source>Technical data</source>
        <translation>Technische Daten</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
</context>
<context>
    <name>ConnectError</name>
    <message>
        <source>The server refused the login: the user name or the password is wrong. Check both and try again.</source>
        <translation>Der Server hat die Anmeldung abgelehnt: Benutzername oder Passwort ist falsch. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot reach the database server at %1. Check the host name and the port, and that the server is running.</source>
        <translation>Der Datenbankserver %1 ist nicht erreichbar. Prüfen Sie Hostname und Port und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server at %1 does not offer an encrypted (TLS) connection, but this profile requires one. Ask the database administrator to enable TLS.</source>
        <translation>Der Server %1 bietet keine verschlüsselte (TLS-)Verbindung an, dieses Profil verlangt aber eine. Bitten Sie die Datenbankadministration, TLS einzuschalten.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified (%2). Check the host name and the CA certificate of the profile.</source>
        <translation>Das TLS-Zertifikat von %1 konnte nicht geprüft werden (%2). Prüfen Sie den Hostnamen und das CA-Zertifikat des Profils.</translation>
    </message>
    <message>
        <source>The database server at %1 did not answer in time. Check the network and try again.</source>
        <translation>Der Datenbankserver %1 hat nicht rechtzeitig geantwortet. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; has no privacy schema, so the console cannot use it. An administrator must set it up first: fxctl db init --dsn &lt;owner connection&gt;.</source>
        <translation>Die Datenbank „%1“ hat kein Schema privacy; die Konsole kann sie nicht verwenden. Eine Administratorin oder ein Administrator muss sie zuerst einrichten: fxctl db init --dsn &lt;Eigentümerverbindung&gt;.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is not a member of a console role (support, DPO or admin). Ask an administrator to add it with: fxctl staff add.</source>
        <translation>Die Anmeldung „%1“ gehört keiner Rolle der Konsole an (Support, DSB oder Admin). Bitten Sie die Administration, sie mit fxctl staff add hinzuzufügen.</translation>
    </message>
    <message>
        <source>The connection to the database server at %1 was lost. Reconnect when the server is reachable again; nothing was half-written.</source>
        <translation>Die Verbindung zum Datenbankserver %1 ist abgerissen. Verbinden Sie sich neu, sobald der Server wieder erreichbar ist; es wurde nichts halb geschrieben.</translation>
    </message>
    <message>
        <source>The connection attempt was cancelled.</source>
        <translation>Der Verbindungsversuch wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server at %1 presented a TLS certificate for a different host name. Connect with the host name the certificate names, or ask the database administrator for a certificate for this one.</source>
        <translation>Der Server unter %1 hat ein TLS-Zertifikat für einen anderen Hostnamen vorgelegt. Verbinden Sie sich mit dem Hostnamen, den das Zertifikat nennt, oder bitten Sie die Datenbankadministration um ein Zertifikat für diesen Namen.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; of the profile cannot be read. Choose the CA certificate your database administrator gave you.</source>
        <translation>Die CA-Zertifikatsdatei „%1“ des Profils kann nicht gelesen werden. Wählen Sie das CA-Zertifikat, das Sie von der Datenbankadministration erhalten haben.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not issued by the CA certificate of the profile, so the server cannot be trusted. Check the CA certificate of the profile with your database administrator.</source>
        <translation>Das TLS-Zertifikat von %1 wurde nicht von der CA im Profil ausgestellt, daher kann dem Server nicht vertraut werden. Prüfen Sie das CA-Zertifikat des Profils mit der Datenbankadministration.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>A password in the connection string is refused. Use ~/.pgpass, PGPASSFILE or --password-file.</source>
        <translation>Ein Passwort in der Verbindungsangabe wird abgelehnt. Verwenden Sie ~/.pgpass, PGPASSFILE oder --password-file.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number between 1 and 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannter sslmode „%1“; erlaubt sind: %2.</translation>
    </message>
    <message>
        <source>The connection string contains a &quot;;&quot;, which is not allowed.</source>
        <translation>Die Verbindungsangabe enthält ein „;“, das nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>Missing &quot;=&quot; after &quot;%1&quot; in the connection string.</source>
        <translation>In der Verbindungsangabe fehlt ein „=“ nach „%1“.</translation>
    </message>
    <message>
        <source>Unterminated quoted value in the connection string.</source>
        <translation>Ein Wert in Anführungszeichen ist in der Verbindungsangabe nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Empty keyword in the connection string.</source>
        <translation>Leeres Schlüsselwort in der Verbindungsangabe.</translation>
    </message>
    <message>
        <source>The connection URI is not valid: %1</source>
        <translation>Die Verbindungs-URI ist ungültig: %1</translation>
    </message>
    <message>
        <source>this computer (local socket, port %1)</source>
        <translation>dieser Rechner (lokaler Socket, Port %1)</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>The Fluxariont Privacy Console.</source>
        <translation>Die Fluxariont-Datenschutzkonsole.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Sign in to the demo database as support, dpo or admin.</source>
        <translation>Als support, dpo oder admin an der Demo-Datenbank anmelden.</translation>
    </message>
    <message>
        <source>Language of the interface: de or en.</source>
        <translation>Sprache der Oberfläche: de oder en.</translation>
    </message>
    <message>
        <source>Open this page: overview, users, requests, audit, incidents or admin.</source>
        <translation>Diese Seite öffnen: overview, users, requests, audit, incidents oder admin.</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to this PNG file and exit.</source>
        <translation>Ein Bildschirmfoto des Fensters in diese PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>--demo takes support, dpo or admin.</source>
        <translation>--demo erwartet support, dpo oder admin.</translation>
    </message>
    <message>
        <source>--lang takes de or en.</source>
        <translation>--lang erwartet de oder en.</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;; use overview, users, requests, audit, incidents or admin.</source>
        <translation>Unbekannte Seite „%1“; verwenden Sie overview, users, requests, audit, incidents oder admin.</translation>
    </message>
    <message>
        <source>--grab needs --demo, so that it can sign in without asking.</source>
        <translation>--grab braucht --demo, damit die Anmeldung ohne Rückfrage gelingt.</translation>
    </message>
    <message>
        <source>Ticket reference for --search.</source>
        <translation>Ticketnummer für --search.</translation>
    </message>
    <message>
        <source>Search the Users page for this and open the first learner found.</source>
        <translation>Auf der Seite Nutzer danach suchen und den ersten Treffer öffnen.</translation>
    </message>
    <message>
        <source>--search works on the Users page only.</source>
        <translation>--search gibt es nur auf der Seite Nutzer.</translation>
    </message>
</context>
<context>
    <name>ContentTab</name>
    <message>
        <source>Everything Art. 33(3) requires is filled in.</source>
        <translation>Alles, was Art. 33 Abs. 3 verlangt, ist ausgefüllt.</translation>
    </message>
    <message>
        <source>Missing before a notice can be recorded: %1.</source>
        <translation>Fehlt, bevor eine Meldung festgehalten werden kann: %1.</translation>
    </message>
    <message>
        <source>late: %1</source>
        <translation>verspätet: %1</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>fristgerecht</translation>
    </message>
    <message>
        <source>Content saved.</source>
        <translation>Inhalt gespeichert.</translation>
    </message>
    <message>
        <source>Notice to the %1 recorded.</source>
        <translation>Meldung an: %1 – festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Save content</source>
        <translation>Inhalt &amp;speichern</translation>
    </message>
    <message>
        <source>Record &amp;notice sent…</source>
        <translation>&amp;Meldung als abgegeben festhalten …</translation>
    </message>
    <message>
        <source>Notices recorded:</source>
        <translation>Festgehaltene Meldungen:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Fristgerecht</translation>
    </message>
    <message>
        <source>Reference and note</source>
        <translation>Aktenzeichen und Notiz</translation>
    </message>
    <message>
        <source>Notices recorded</source>
        <translation>Festgehaltene Meldungen</translation>
    </message>
</context>
<context>
    <name>DataMapFile</name>
    <message>
        <source>The data map is nested too deeply or repeats itself too often (at most %1 entries).</source>
        <translation>Die Datenkarte ist zu tief verschachtelt oder wiederholt sich zu oft (höchstens %1 Einträge).</translation>
    </message>
    <message>
        <source>Line %1: a key of the data map must be a plain name.</source>
        <translation>Zeile %1: Ein Schlüssel der Datenkarte muss ein einfacher Name sein.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is given twice.</source>
        <translation>Zeile %1: „%2“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>The data map %1 cannot be read: %2. Give a file, or one of the maps this console ships: %3.</source>
        <translation>Die Datenkarte %1 kann nicht gelesen werden: %2. Geben Sie eine Datei an oder eine der mitgelieferten Karten: %3.</translation>
    </message>
    <message>
        <source>The data map %1 is too large (at most 1 MiB).</source>
        <translation>Die Datenkarte %1 ist zu groß (höchstens 1 MiB).</translation>
    </message>
    <message>
        <source>The data map is too large (at most 1 MiB).</source>
        <translation>Die Datenkarte ist zu groß (höchstens 1 MiB).</translation>
    </message>
    <message>
        <source>The data map is not a text file.</source>
        <translation>Die Datenkarte ist keine Textdatei.</translation>
    </message>
    <message>
        <source>The data map is nested too deeply (brackets more than 32 levels deep).</source>
        <translation>Die Datenkarte ist zu tief verschachtelt (Klammern mehr als 32 Ebenen tief).</translation>
    </message>
    <message>
        <source>Line %1, column %2: this is not valid YAML; check the indentation and the quotes there.</source>
        <translation>Zeile %1, Spalte %2: Das ist kein gültiges YAML; prüfen Sie dort Einrückung und Anführungszeichen.</translation>
    </message>
    <message>
        <source>A data map starts with its name, version and schema (a YAML mapping).</source>
        <translation>Eine Datenkarte beginnt mit Name, Version und Schema (eine YAML-Zuordnung).</translation>
    </message>
    <message>
        <source>The data map could not be read.</source>
        <translation>Die Datenkarte konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The data map %1 names no table prefix (table_prefix), so none can be changed.</source>
        <translation>Die Datenkarte %1 nennt kein Tabellenpräfix (table_prefix), daher lässt sich keines ändern.</translation>
    </message>
    <message>
        <source>A table prefix has 1 to 20 lower-case letters, digits and _ and starts with a letter; &quot;%1&quot; does not fit.</source>
        <translation>Ein Tabellenpräfix hat 1 bis 20 Kleinbuchstaben, Ziffern und _ und beginnt mit einem Buchstaben; „%1“ passt nicht.</translation>
    </message>
</context>
<context>
    <name>DataMapStore</name>
    <message>
        <source>refers to a learner</source>
        <translation>verweist auf eine lernende Person</translation>
    </message>
    <message>
        <source>looks like an email address</source>
        <translation>sieht nach einer E-Mail-Adresse aus</translation>
    </message>
    <message>
        <source>looks like an IP address</source>
        <translation>sieht nach einer IP-Adresse aus</translation>
    </message>
    <message>
        <source>looks like a person&apos;s name</source>
        <translation>sieht nach dem Namen einer Person aus</translation>
    </message>
    <message>
        <source>looks like a phone number</source>
        <translation>sieht nach einer Telefonnummer aus</translation>
    </message>
    <message>
        <source>looks like a postal address</source>
        <translation>sieht nach einer Postanschrift aus</translation>
    </message>
    <message>
        <source>is free text next to a learner&apos;s key</source>
        <translation>ist Freitext neben dem Schlüssel einer lernenden Person</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>rows unknown</source>
        <translation>Zeilenzahl unbekannt</translation>
    </message>
    <message>
        <source>%1 %2, but the map does not name it among the table&apos;s subject columns (%3); add it there, or to &quot;ignore&quot;.</source>
        <translation>%1 %2, aber die Karte nennt die Spalte nicht unter den Personenspalten der Tabelle (%3); tragen Sie sie dort ein oder unter „ignore“.</translation>
    </message>
    <message>
        <source>%1 %2, and its table is not in the map (%3); add the table, or decide that it holds no personal data.</source>
        <translation>%1 %2, und die Tabelle steht nicht in der Karte (%3); nehmen Sie die Tabelle auf oder entscheiden Sie, dass sie keine personenbezogenen Daten enthält.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a plain table or column name (letters, digits and _ only).</source>
        <translation>%1: „%2“ ist kein einfacher Tabellen- oder Spaltenname (nur Buchstaben, Ziffern und _).</translation>
    </message>
    <message>
        <source>The schema %1 does not exist in this database.</source>
        <translation>Das Schema %1 gibt es in dieser Datenbank nicht.</translation>
    </message>
    <message>
        <source>%1: there is no table %2 in the schema.</source>
        <translation>%1: Im Schema gibt es keine Tabelle %2.</translation>
    </message>
    <message>
        <source>%1: the table %2 has no column %3.</source>
        <translation>%1: Die Tabelle %2 hat keine Spalte %3.</translation>
    </message>
    <message>
        <source>%1: %2 is of type %3; it must be %4.</source>
        <translation>%1: %2 hat den Typ %3; erforderlich ist %4.</translation>
    </message>
    <message>
        <source>a date or time</source>
        <translation>ein Datum oder eine Zeit</translation>
    </message>
    <message>
        <source>a whole number like the learner&apos;s key</source>
        <translation>eine ganze Zahl wie der Schlüssel der lernenden Person</translation>
    </message>
    <message>
        <source>%1: no index serves %2, so every export and erasure would scan the table. Run: %3</source>
        <translation>%1: Kein Index bedient %2, daher müsste jeder Export und jede Löschung die ganze Tabelle lesen. Führen Sie aus: %3</translation>
    </message>
    <message>
        <source>%1: the table %2 is listed twice.</source>
        <translation>%1: Die Tabelle %2 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a data category of the privacy policy; use one of %3.</source>
        <translation>%1: „%2“ ist keine Datenkategorie der Datenschutzerklärung; verwenden Sie eine von %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an origin; use one of %3.</source>
        <translation>%1: „%2“ ist keine Herkunft; verwenden Sie eine von %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an erasure; use one of %3.</source>
        <translation>%1: „%2“ ist keine Löschart; verwenden Sie eine von %3.</translation>
    </message>
    <message>
        <source>%1: the learners&apos; own table can only be anonymized, as requests and the log refer to its rows.</source>
        <translation>%1: Die Tabelle der Lernenden selbst kann nur anonymisiert werden, da Anträge und Protokoll auf ihre Zeilen verweisen.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be empty (NOT NULL); give a value instead.</source>
        <translation>%1: %2 darf nicht leer sein (NOT NULL); geben Sie stattdessen einen Wert an.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the table&apos;s subject columns.</source>
        <translation>%1: „%2“ ist keine der Personenspalten der Tabelle.</translation>
    </message>
    <message>
        <source>%1: the retention period must be 1 to 30 years.</source>
        <translation>%1: Die Aufbewahrungsfrist muss 1 bis 30 Jahre betragen.</translation>
    </message>
    <message>
        <source>%1: give the legal basis in English and German (en, de), 10 to 1000 characters each.</source>
        <translation>%1: Geben Sie die Rechtsgrundlage auf Englisch und Deutsch an (en, de), je 10 bis 1000 Zeichen.</translation>
    </message>
    <message>
        <source>The learners&apos; own table %1 must be one of the tables.</source>
        <translation>Die Tabelle der Lernenden %1 muss unter den Tabellen stehen.</translation>
    </message>
    <message>
        <source>a mapping of keys and values</source>
        <translation>eine Zuordnung von Schlüsseln und Werten</translation>
    </message>
    <message>
        <source>a short lowercase name (letters, digits, - and _)</source>
        <translation>ein kurzer Name in Kleinbuchstaben (Buchstaben, Ziffern, - und _)</translation>
    </message>
    <message>
        <source>a text of 1 to 64 characters</source>
        <translation>ein Text von 1 bis 64 Zeichen</translation>
    </message>
    <message>
        <source>a list with at least one table</source>
        <translation>eine Liste mit mindestens einer Tabelle</translation>
    </message>
    <message>
        <source>one or more column names</source>
        <translation>ein oder mehrere Spaltennamen</translation>
    </message>
    <message>
        <source>{column: NAME, value: TEXT}</source>
        <translation>{column: NAME, value: TEXT}</translation>
    </message>
    <message>
        <source>a value, null or {generate: …}</source>
        <translation>ein Wert, null oder {generate: …}</translation>
    </message>
    <message>
        <source>The data map must be %1.</source>
        <translation>Die Datenkarte muss %1 sein.</translation>
    </message>
    <message>
        <source>%1 must be %2.</source>
        <translation>%1 muss %2 sein.</translation>
    </message>
    <message numerus="yes">
        <source>The table %1 leaves the map; it holds %Ln rows that would no longer be exported or erased.</source>
        <translation>
            <numerusform>Die Tabelle %1 verlässt die Karte; sie enthält %Ln Zeile, die nicht mehr exportiert oder gelöscht würde.</numerusform>
            <numerusform>Die Tabelle %1 verlässt die Karte; sie enthält %Ln Zeilen, die nicht mehr exportiert oder gelöscht würden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table %1 leaves the map.</source>
        <translation>Die Tabelle %1 verlässt die Karte.</translation>
    </message>
    <message>
        <source>The data category %1 leaves the map.</source>
        <translation>Die Datenkategorie %1 verlässt die Karte.</translation>
    </message>
    <message>
        <source>The retention of %1 changes from %2 to %3 years.</source>
        <translation>Die Aufbewahrung von %1 ändert sich von %2 auf %3 Jahre.</translation>
    </message>
    <message>
        <source>The erasure of %1 weakens: %2 instead of %3.</source>
        <translation>Die Löschung von %1 wird schwächer: %2 statt %3.</translation>
    </message>
    <message>
        <source>a list of {column, table, key, subject}</source>
        <translation>eine Liste von {column, table, key, subject}</translation>
    </message>
    <message>
        <source>%1: give one or more purposes of the privacy policy (%3); &quot;%2&quot; is not.</source>
        <translation>%1: Geben Sie einen oder mehrere Zwecke der Datenschutzerklärung an (%3); „%2“ ist keiner.</translation>
    </message>
    <message>
        <source>%1: the table %2 can only be retained with a primary key of one whole-number column.</source>
        <translation>%1: Die Tabelle %2 kann nur aufbewahrt werden, wenn ihr Primärschlüssel aus einer ganzzahligen Spalte besteht.</translation>
    </message>
    <message>
        <source>an IP address (inet)</source>
        <translation>eine IP-Adresse (inet)</translation>
    </message>
    <message>
        <source>%1: the console&apos;s functions (role fx_owner) may not %2 the table %3. Run: %4</source>
        <translation>%1: Die Funktionen der Konsole (Rolle fx_owner) dürfen auf die Tabelle %3 nicht %2 anwenden. Ausführen: %4</translation>
    </message>
    <message>
        <source>a regular expression from ^ to $ of at most 200 characters</source>
        <translation>ein regulärer Ausdruck von ^ bis $ mit höchstens 200 Zeichen</translation>
    </message>
    <message>
        <source>a label in English and German (en, de), 1 to 64 characters each</source>
        <translation>eine Bezeichnung auf Englisch und Deutsch (en, de), je 1 bis 64 Zeichen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an account operation; use one of %3.</source>
        <translation>%1: „%2“ ist keine Kontooperation; verwenden Sie eine von %3.</translation>
    </message>
    <message>
        <source>either {set: {COLUMN: VALUE, …}} or {delete: true}, with table and subject for another table</source>
        <translation>entweder {set: {SPALTE: WERT, …}} oder {delete: true}, für eine andere Tabelle mit table und subject</translation>
    </message>
    <message>
        <source>a column name with a label in English and German (en, de) for each column</source>
        <translation>zu jedem Spaltennamen eine Bezeichnung auf Englisch und Deutsch (en, de)</translation>
    </message>
    <message>
        <source>a date, a time or a whole number of seconds since 1970</source>
        <translation>ein Datum, eine Uhrzeit oder eine ganze Zahl von Sekunden seit 1970</translation>
    </message>
    <message>
        <source>%1: no index serves %2, so every time window of the incident finder would scan the table. Run: %3</source>
        <translation>%1: Kein Index dient %2, daher würde jedes Zeitfenster der Suche nach Betroffenen die ganze Tabelle lesen. Ausführen: %3</translation>
    </message>
    <message>
        <source>%1: no index serves %2, so every look-up by a name would scan the table. Run: %3 The index calls the console&apos;s fold function, so the role the platform writes with needs: %4</source>
        <translation>%1: Kein Index dient %2, daher würde jede Suche nach einem Namen die ganze Tabelle lesen. Ausführen: %3 Der Index ruft die Normalisierungsfunktion der Konsole auf; die Rolle, mit der die Plattform schreibt, braucht daher: %4</translation>
    </message>
    <message>
        <source>{table, key, title, members: {table, subject, course}}</source>
        <translation>{table, key, title, members: {table, subject, course}}</translation>
    </message>
    <message>
        <source>{table, subject, processor, external_id}</source>
        <translation>{table, subject, processor, external_id}</translation>
    </message>
    <message>
        <source>%1: %2 can be shown by a title of %3 only when it is a whole number and %3 has a primary key of one whole-number column.</source>
        <translation>%1: %2 kann nur dann durch einen Titel aus %3 angezeigt werden, wenn es eine ganze Zahl ist und %3 einen Primärschlüssel aus einer ganzzahligen Spalte hat.</translation>
    </message>
    <message>
        <source>{COLUMN: {table: TABLE, column: COLUMN}} for each column shown by a title</source>
        <translation>{SPALTE: {table: TABELLE, column: SPALTE}} für jede Spalte, die durch einen Titel angezeigt wird</translation>
    </message>
    <message>
        <source>%1: %2 is personal data (of the learners&apos; own table, an address, a phone number or an IP address, masked or a credential) and cannot be shown as a title.</source>
        <translation>%1: %2 sind personenbezogene Daten (aus der Tabelle der Lernenden, eine Anschrift, eine Telefonnummer oder eine IP-Adresse, maskiert oder ein Zugangsdatum) und können nicht als Titel angezeigt werden.</translation>
    </message>
    <message>
        <source>%1: no index serves %2, so every look-up by an IP address would scan the table. Run: %3 The index calls the console&apos;s inet_or_null function, so the role the platform writes with needs: %4</source>
        <translation>%1: Kein Index dient %2, jede Suche nach einer IP-Adresse würde also die ganze Tabelle lesen. Ausführen: %3 Der Index ruft die Funktion inet_or_null der Konsole auf, daher braucht die Rolle, mit der die Plattform schreibt: %4</translation>
    </message>
    <message>
        <source>%1: the console&apos;s functions (role fx_owner) may not use the sequence %2 that numbers the new rows of %3. Run: %4</source>
        <translation>%1: Die Funktionen der Konsole (Rolle fx_owner) dürfen die Sequenz %2 nicht verwenden, die neue Zeilen von %3 nummeriert. Ausführen: %4</translation>
    </message>
    <message>
        <source>%1: %2 (%3) can take a value, null, {generate: uuid} on a uuid column, {generate: now} on a date, time or seconds column, or in erasure {hash: COLUMN} on a text column.</source>
        <translation>%1: %2 (%3) kann einen Wert annehmen, null, {generate: uuid} in einer UUID-Spalte, {generate: now} in einer Datums-, Zeit- oder Sekundenspalte oder bei der Löschung {hash: SPALTE} in einer Textspalte.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>{COLUMN: TEXT, …}, the values that pick the learner&apos;s row (not with delete)</source>
        <translation>{SPALTE: TEXT, …}, die Werte, die die Zeile der lernenden Person auswählen (nicht zusammen mit delete)</translation>
    </message>
    <message>
        <source>%1: no index serves %2, so a look-up by an email address with a typo would scan the table. Run: %3 The index calls the console&apos;s email_stem function, so the role the platform writes with needs: %4</source>
        <translation>%1: Kein Index dient %2, eine Suche nach einer E-Mail-Adresse mit Tippfehler würde also die ganze Tabelle lesen. Ausführen: %3 Der Index ruft die Funktion email_stem der Konsole auf, daher braucht die Rolle, mit der die Plattform schreibt: %4</translation>
    </message>
    <message>
        <source>%1: no index serves %2, so every look-up by an email address would scan the table. Run: %3</source>
        <translation>%1: Kein Index dient %2, jede Suche nach einer E-Mail-Adresse würde also die ganze Tabelle lesen. Ausführen: %3</translation>
    </message>
</context>
<context>
    <name>DatabaseConnection</name>
    <message>
        <source>the PostgreSQL driver for Qt (QPSQL) is not installed</source>
        <translation>der PostgreSQL-Treiber für Qt (QPSQL) ist nicht installiert</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>There is no demo database yet. Create it with: fxctl demo up</source>
        <translation>Es gibt noch keine Demo-Datenbank. Legen Sie sie an mit: fxctl demo up</translation>
    </message>
    <message>
        <source>The demo state file %1 is damaged. Remove the demo with: fxctl demo down --purge</source>
        <translation>Die Statusdatei der Demo %1 ist beschädigt. Entfernen Sie die Demo mit: fxctl demo down --purge</translation>
    </message>
    <message>
        <source>Starting the demo database</source>
        <translation>Die Demo-Datenbank wird gestartet</translation>
    </message>
    <message>
        <source>Creating the demo cluster in %1</source>
        <translation>Der Demo-Cluster wird in %1 angelegt</translation>
    </message>
    <message>
        <source>Seeding %L1 synthetic learners</source>
        <translation>%L1 synthetische Lernende werden angelegt</translation>
    </message>
    <message>
        <source>Demo %1</source>
        <translation>Demo %1</translation>
    </message>
    <message>
        <source>The demo database is ready</source>
        <translation>Die Demo-Datenbank ist bereit</translation>
    </message>
    <message>
        <source>Unknown demo role &quot;%1&quot;; use support, dpo or admin.</source>
        <translation>Unbekannte Demo-Rolle „%1“; verwenden Sie support, dpo oder admin.</translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation>Demo: %1</translation>
    </message>
    <message>
        <source>The demo database holds the %1 platform. To try %2 instead, remove it first with: fxctl demo down --purge</source>
        <translation>Die Demo-Datenbank enthält die Plattform %1. Um stattdessen %2 auszuprobieren, entfernen Sie sie zuerst mit: fxctl demo down --purge</translation>
    </message>
    <message>
        <source>Unknown demo platform &quot;%1&quot;; use %2.</source>
        <translation>Unbekannte Demo-Plattform „%1“; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Seeding a Moodle site with %L1 synthetic learners</source>
        <translation>Moodle-Website mit %L1 synthetischen Lernenden wird befüllt</translation>
    </message>
</context>
<context>
    <name>ErasureCertificate</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Sign-in via social networks</source>
        <translation>Anmeldung über soziale Netzwerke</translation>
    </message>
    <message>
        <source>Optional profile</source>
        <translation>Freiwilliges Profil</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Course enrolments</source>
        <translation>Kursanmeldungen</translation>
    </message>
    <message>
        <source>Completed lessons</source>
        <translation>Abgeschlossene Lektionen</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Testergebnisse</translation>
    </message>
    <message>
        <source>Course certificates</source>
        <translation>Kurszertifikate</translation>
    </message>
    <message>
        <source>Courses you taught</source>
        <translation>Von Ihnen geleitete Kurse</translation>
    </message>
    <message>
        <source>Sign-in history</source>
        <translation>Anmeldeverlauf</translation>
    </message>
    <message>
        <source>Usage records</source>
        <translation>Nutzungsdaten</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Forum threads</source>
        <translation>Forenthemen</translation>
    </message>
    <message>
        <source>Forum posts</source>
        <translation>Forenbeiträge</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Payment references</source>
        <translation>Zahlungsreferenzen</translation>
    </message>
    <message>
        <source>Links to external services</source>
        <translation>Verknüpfungen mit externen Diensten</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>anonymized</source>
        <translation>anonymisiert</translation>
    </message>
    <message>
        <source>retained and restricted</source>
        <translation>aufbewahrt und eingeschränkt</translation>
    </message>
    <message>
        <source>A certificate exists only for an executed erasure.</source>
        <translation>Eine Bestätigung gibt es nur für eine ausgeführte Löschung.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Confirmation of erasure</source>
        <translation>Bestätigung der Löschung</translation>
    </message>
    <message>
        <source>We received your request to erase your personal data (Art. 17 GDPR) on %1, our reference %2, request no. %3. We carried it out on %4. This confirmation lists what we did; it repeats none of the erased data.</source>
        <translation>Wir haben Ihre Anfrage auf Löschung Ihrer personenbezogenen Daten (Art. 17 DSGVO) am %1 erhalten, unser Zeichen %2, Anfrage Nr. %3. Wir haben sie am %4 ausgeführt. Diese Bestätigung nennt, was wir getan haben; sie wiederholt keine der gelöschten Daten.</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>Was wir getan haben</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Aufbewahrt bis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>We have asked these external service providers, who held data about you on our behalf, to erase it as well (Art. 19 GDPR):</source>
        <translation>Wir haben diese externen Dienstleister, die in unserem Auftrag Daten über Sie hatten, gebeten, sie ebenfalls zu löschen (Art. 19 DSGVO):</translation>
    </message>
    <message>
        <source>No external service provider held data about you.</source>
        <translation>Kein externer Dienstleister hatte Daten über Sie.</translation>
    </message>
    <message>
        <source>Records we must keep by law are restricted (Art. 18 GDPR): only our data protection officer can see them, they are used for nothing else, and they are deleted when the period ends. We also keep the record of your request and of who accessed your data, without further personal data, as proof that we handled your data lawfully.</source>
        <translation>Aufzeichnungen, die wir gesetzlich aufbewahren müssen, sind eingeschränkt (Art. 18 DSGVO): Nur unsere Datenschutzbeauftragten können sie sehen, sie werden für nichts anderes verwendet und nach Ablauf der Frist gelöscht. Außerdem bewahren wir die Aufzeichnung Ihrer Anfrage und der Zugriffe auf Ihre Daten ohne weitere personenbezogene Daten auf, als Nachweis, dass wir Ihre Daten rechtmäßig verarbeitet haben.</translation>
    </message>
    <message>
        <source>Your Fluxariont data protection team</source>
        <translation>Ihr Datenschutz-Team von Fluxariont</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>done by %1, %2: %3</source>
        <translation>erledigt von %1, %2: %3</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>genehmigt von %1</translation>
    </message>
    <message>
        <source>Erasure request %1 — learner %2 — %3</source>
        <translation>Löschanfrage %1 – lernende Person %2 – %3</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>anonymize</source>
        <translation>anonymisieren</translation>
    </message>
    <message>
        <source>retain, restricted</source>
        <translation>aufbewahren, eingeschränkt</translation>
    </message>
    <message>
        <source>No external processor holds data of this learner.</source>
        <translation>Kein externer Auftragsverarbeiter hat Daten dieser lernenden Person.</translation>
    </message>
    <message>
        <source>External processors to ask for erasure: %1</source>
        <translation>Externe Auftragsverarbeiter, die um Löschung zu bitten sind: %1</translation>
    </message>
    <message>
        <source>Only the data protection officer decides on and executes erasures.</source>
        <translation>Nur die bzw. der Datenschutzbeauftragte entscheidet über Löschungen und führt sie aus.</translation>
    </message>
    <message>
        <source>You opened this request, so a second person must decide on it.</source>
        <translation>Sie haben diese Anfrage eröffnet, daher muss eine zweite Person darüber entscheiden.</translation>
    </message>
    <message>
        <source>Approved. A data protection officer can execute it now.</source>
        <translation>Genehmigt. Die Datenschutzbeauftragten können sie jetzt ausführen.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Abgelehnt.</translation>
    </message>
    <message>
        <source>This erasure had already been executed; nothing was changed.</source>
        <translation>Diese Löschung war bereits ausgeführt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The learner is erased. Save the certificate and follow up with the processors.</source>
        <translation>Die lernende Person ist gelöscht. Speichern Sie die Bestätigung und fassen Sie bei den Auftragsverarbeitern nach.</translation>
    </message>
    <message>
        <source>Approve erasure</source>
        <translation>Löschung genehmigen</translation>
    </message>
    <message>
        <source>Reject erasure</source>
        <translation>Löschung ablehnen</translation>
    </message>
    <message>
        <source>You approve erasing learner %1 as the second person. Why?</source>
        <translation>Sie genehmigen als zweite Person die Löschung der lernenden Person %1. Warum?</translation>
    </message>
    <message>
        <source>Why is the erasure rejected? The requester must be told.</source>
        <translation>Warum wird die Löschung abgelehnt? Die anfragende Person muss es erfahren.</translation>
    </message>
    <message>
        <source>Execute erasure</source>
        <translation>Löschung ausführen</translation>
    </message>
    <message>
        <source>Erase learner %1 now? Everything listed is deleted or anonymized in one step; this cannot be undone. Retained records are restricted to you.</source>
        <translation>Lernende Person %1 jetzt löschen? Alles Aufgeführte wird in einem Schritt gelöscht oder anonymisiert; das lässt sich nicht rückgängig machen. Aufbewahrte Aufzeichnungen sind nur für Sie sichtbar.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save erasure certificate</source>
        <translation>Löschbestätigung speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Text files (*.txt)</source>
        <translation>PDF-Dokumente (*.pdf);;Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Nachfassen erledigt</translation>
    </message>
    <message>
        <source>What did %1 confirm, or where is the evidence?</source>
        <translation>Was hat %1 bestätigt, oder wo liegt der Nachweis?</translation>
    </message>
    <message>
        <source>Noted.</source>
        <translation>Vermerkt.</translation>
    </message>
    <message>
        <source>Erasure request %1</source>
        <translation>Löschanfrage %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Aufbewahrt bis</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Their id of the learner</source>
        <translation>Deren Kennung der lernenden Person</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Genehmigen …</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen …</translation>
    </message>
    <message>
        <source>Execute erasure…</source>
        <translation>Löschung ausführen …</translation>
    </message>
    <message>
        <source>Save certificate…</source>
        <translation>Bestätigung speichern …</translation>
    </message>
    <message>
        <source>Follow-up done…</source>
        <translation>Nachfassen erledigt …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Courses taught by the learner</source>
        <translation>Von der lernenden Person geleitete Kurse</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Wird gelöscht …</translation>
    </message>
    <message>
        <source>What the erasure does</source>
        <translation>Was die Löschung tut</translation>
    </message>
    <message>
        <source>Follow-up with processors</source>
        <translation>Nachfassen bei Auftragsverarbeitern</translation>
    </message>
    <message>
        <source>Certificate in:</source>
        <translation>Bescheinigung auf:</translation>
    </message>
    <message>
        <source>Certificate in (the learner&apos;s language is %1):</source>
        <translation>Bescheinigung auf (die Sprache der lernenden Person ist %1):</translation>
    </message>
    <message>
        <source>identity checked against the account&apos;s email address</source>
        <translation>Identität anhand der E-Mail-Adresse des Kontos geprüft</translation>
    </message>
    <message>
        <source>an open invoice dispute requires keeping the account</source>
        <translation>ein offener Rechnungsstreit erfordert, das Konto zu behalten</translation>
    </message>
    <message>
        <source>Saved the certificate in %1: %2.</source>
        <translation>Bescheinigung auf %1 gespeichert: %2.</translation>
    </message>
    <message>
        <source>their confirmation email of 3 May</source>
        <translation>ihre Bestätigungs-E-Mail vom 3. Mai</translation>
    </message>
    <message>
        <source>Language of the certificate</source>
        <translation>Sprache der Bescheinigung</translation>
    </message>
</context>
<context>
    <name>ExportConsultations</name>
    <message>
        <source>your account overview</source>
        <translation>Ihre Kontoübersicht</translation>
    </message>
    <message>
        <source>a hidden value of your data, shown for the purpose given</source>
        <translation>ein verborgener Wert Ihrer Daten, für den angegebenen Zweck angezeigt</translation>
    </message>
    <message>
        <source>a search whose results listed you</source>
        <translation>eine Suche, deren Ergebnisse Sie aufführten</translation>
    </message>
    <message>
        <source>your account was locked</source>
        <translation>Ihr Konto wurde gesperrt</translation>
    </message>
    <message>
        <source>your account was unlocked</source>
        <translation>Ihr Konto wurde entsperrt</translation>
    </message>
    <message>
        <source>your sign-in sessions were ended</source>
        <translation>Ihre Anmeldesitzungen wurden beendet</translation>
    </message>
    <message>
        <source>a new password was required of you</source>
        <translation>von Ihnen wurde ein neues Passwort verlangt</translation>
    </message>
    <message>
        <source>your marketing consent was withdrawn</source>
        <translation>Ihre Einwilligung in Werbung wurde widerrufen</translation>
    </message>
    <message>
        <source>your data was corrected</source>
        <translation>Ihre Daten wurden berichtigt</translation>
    </message>
    <message>
        <source>the processing of your data was restricted</source>
        <translation>die Verarbeitung Ihrer Daten wurde eingeschränkt</translation>
    </message>
    <message>
        <source>your data in the category %1</source>
        <translation>Ihre Daten der Kategorie %1</translation>
    </message>
    <message>
        <source>your data protection request</source>
        <translation>Ihre Datenschutzanfrage</translation>
    </message>
    <message>
        <source>other work with your data</source>
        <translation>andere Arbeit mit Ihren Daten</translation>
    </message>
    <message>
        <source>support staff</source>
        <translation>Support-Mitarbeiter(in)</translation>
    </message>
    <message>
        <source>data protection officer</source>
        <translation>Datenschutzbeauftragte(r)</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator(in)</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>Mitarbeiter(in)</translation>
    </message>
    <message>
        <source>a support request of yours</source>
        <translation>eine Support-Anfrage von Ihnen</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keiner angegeben</translation>
    </message>
    <message>
        <source>Every time a member of our staff looked at your data or worked with it, our console recorded it. Here is each of these consultations: when, what was looked at, for what purpose, and the role of the person — as the Court of Justice of the EU held (C-579/21), not their name. The same list is in consultations.csv and in data.json.</source>
        <translation>Jedes Mal, wenn jemand aus unserem Team Ihre Daten angesehen oder mit ihnen gearbeitet hat, hat unsere Konsole es aufgezeichnet. Hier steht jede dieser Einsichtnahmen: wann, was angesehen wurde, zu welchem Zweck und die Rolle der Person – wie der Gerichtshof der EU entschieden hat (C-579/21), nicht ihr Name. Dieselbe Liste steht in consultations.csv und in data.json.</translation>
    </message>
    <message>
        <source>No one has consulted your data.</source>
        <translation>Niemand hat Ihre Daten eingesehen.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>your data in the category %1: %2</source>
        <translation>Ihre Daten der Kategorie %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export package for request %1</source>
        <translation>Exportpaket für Anfrage %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Encrypt the ZIP file with AES-256 (recommended)</source>
        <translation>ZIP-Datei mit AES-256 verschlüsseln (empfohlen)</translation>
    </message>
    <message>
        <source>Create package</source>
        <translation>Paket erstellen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy passphrase</source>
        <translation>Passphrase kopieren</translation>
    </message>
    <message>
        <source>Passphrase — shown only now and stored nowhere. Give it to the requester on a different channel than the file:</source>
        <translation>Passphrase – nur jetzt angezeigt und nirgends gespeichert. Geben Sie sie der anfragenden Person auf einem anderen Weg als die Datei:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Save export package</source>
        <translation>Exportpaket speichern</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%Ln record(s)); the request is fulfilled.</source>
        <translation>
            <numerusform>%1 gespeichert (%Ln Datensatz); die Anfrage ist erfüllt.</numerusform>
            <numerusform>%1 gespeichert (%Ln Datensätze); die Anfrage ist erfüllt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create export package</source>
        <translation>Exportpaket erstellen</translation>
    </message>
    <message>
        <source>Create the export package of request %1 and mark the request as fulfilled? This is logged and cannot be undone; a new export needs a new request.</source>
        <translation>Das Exportpaket der Anfrage %1 erstellen und die Anfrage als erfüllt markieren? Das wird protokolliert und kann nicht rückgängig gemacht werden; ein neuer Export braucht eine neue Anfrage.</translation>
    </message>
    <message>
        <source>Create and fulfil</source>
        <translation>Erstellen und erfüllen</translation>
    </message>
    <message>
        <source>Passphrase not copied</source>
        <translation>Passphrase nicht kopiert</translation>
    </message>
    <message>
        <source>The passphrase has not been copied. It is shown only now and stored nowhere: without it the package cannot be opened. Close anyway?</source>
        <translation>Die Passphrase wurde nicht kopiert. Sie wird nur jetzt gezeigt und nirgends gespeichert: ohne sie lässt sich das Paket nicht öffnen. Trotzdem schließen?</translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation>Ohne Kopieren schließen</translation>
    </message>
</context>
<context>
    <name>ExportPackage</name>
    <message>
        <source>Nothing was saved and the request is unchanged.</source>
        <translation>Es wurde nichts gespeichert, und die Anfrage ist unverändert.</translation>
    </message>
    <message>
        <source>Could not write the export (%1). %2</source>
        <translation>Der Export konnte nicht geschrieben werden (%1). %2</translation>
    </message>
    <message>
        <source>The export failed: %1. %2</source>
        <translation>Der Export ist fehlgeschlagen: %1. %2</translation>
    </message>
    <message>
        <source>The export was cancelled. %1</source>
        <translation>Der Export wurde abgebrochen. %1</translation>
    </message>
    <message>
        <source>Choose a file name for the export.</source>
        <translation>Bitte einen Dateinamen für den Export wählen.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or remove it first.</source>
        <translation>%1 ist bereits vorhanden; bitte einen anderen Namen wählen oder die Datei zuerst entfernen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>the folder %1 is not writable: %2</source>
        <translation>in den Ordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the archive cannot be read back</source>
        <translation>das Archiv kann nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>The export was recorded, but could not be moved to %1 (%2); it is at %3.</source>
        <translation>Der Export wurde verbucht, konnte aber nicht nach %1 verschoben werden (%2); er liegt unter %3.</translation>
    </message>
    <message>
        <source>cannot create a folder</source>
        <translation>ein Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>unexpected table name</source>
        <translation>unerwarteter Tabellenname</translation>
    </message>
    <message>
        <source>a file cannot be read back</source>
        <translation>eine Datei kann nicht zurückgelesen werden</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Optional profile</source>
        <translation>Freiwilliges Profil</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Bildung</translation>
    </message>
    <message>
        <source>Technical data</source>
        <translation>Technische Daten</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>External service providers</source>
        <translation>Externe Dienstleister</translation>
    </message>
    <message>
        <source>Your data protection requests</source>
        <translation>Ihre Datenschutzanfragen</translation>
    </message>
    <message>
        <source>provided by you</source>
        <translation>von Ihnen angegeben</translation>
    </message>
    <message>
        <source>recorded while you used the platform</source>
        <translation>bei der Nutzung der Plattform erfasst</translation>
    </message>
    <message>
        <source>derived by us from other data</source>
        <translation>von uns aus anderen Daten abgeleitet</translation>
    </message>
    <message>
        <source>received from a third party</source>
        <translation>von Dritten erhalten</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Video hosting</source>
        <translation>Video-Hosting</translation>
    </message>
    <message>
        <source>Payment services</source>
        <translation>Zahlungsdienste</translation>
    </message>
    <message>
        <source>Cloud storage and content delivery</source>
        <translation>Cloud-Speicher und Content Delivery</translation>
    </message>
    <message>
        <source>Communication tools</source>
        <translation>Kommunikationswerkzeuge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Public identifier</source>
        <translation>Öffentliche Kennung</translation>
    </message>
    <message>
        <source>The file data.json contains all data below in machine-readable form (its structure is described in schema.json); the folder csv holds the same rows as one spreadsheet file per table; manifest.json lists a SHA-256 checksum of every file.</source>
        <translation>Die Datei data.json enthält alle unten aufgeführten Daten in maschinenlesbarer Form (ihr Aufbau ist in schema.json beschrieben); der Ordner csv enthält dieselben Zeilen als eine Tabellendatei je Tabelle; manifest.json nennt für jede Datei eine SHA-256-Prüfsumme.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Where the data comes from</source>
        <translation>Woher die Daten stammen</translation>
    </message>
    <message>
        <source>Not included: your password, which we store only as a one-way hash, and the encrypted payment token of your payment provider. Both are security credentials, not information about you.</source>
        <translation>Nicht enthalten: Ihr Passwort, das wir nur als Einweg-Hash speichern, und das verschlüsselte Zahlungstoken Ihres Zahlungsdienstleisters. Beides sind Sicherheitsmerkmale, keine Informationen über Sie.</translation>
    </message>
    <message>
        <source>Providing our courses: your account, access to courses, your progress and certificates (contract, Art. 6(1)(b) GDPR).</source>
        <translation>Bereitstellung unserer Kurse: Ihr Konto, der Zugang zu Kursen, Ihr Fortschritt und Ihre Zertifikate (Vertrag, Art. 6 Abs. 1 lit. b DSGVO).</translation>
    </message>
    <message>
        <source>Personalisation: course suggestions and difficulty adapted to your learning (legitimate interest, Art. 6(1)(f) GDPR).</source>
        <translation>Personalisierung: Kursvorschläge und an Ihr Lernen angepasste Schwierigkeit (berechtigtes Interesse, Art. 6 Abs. 1 lit. f DSGVO).</translation>
    </message>
    <message>
        <source>Security and fraud prevention: detecting unauthorised access (legitimate interest, Art. 6(1)(f) GDPR).</source>
        <translation>Sicherheit und Betrugsbekämpfung: Erkennen unbefugter Zugriffe (berechtigtes Interesse, Art. 6 Abs. 1 lit. f DSGVO).</translation>
    </message>
    <message>
        <source>We use external service providers who process data on our behalf (Art. 28 GDPR). Those marked &quot;yes&quot; hold data about you.</source>
        <translation>Wir setzen externe Dienstleister ein, die Daten in unserem Auftrag verarbeiten (Art. 28 DSGVO). Die mit „ja“ markierten haben Daten über Sie.</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>Art des Dienstes</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Holds data about you</source>
        <translation>Hat Daten über Sie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Records of data protection requests and of staff access to your data: as long as we must be able to prove that we handled your data lawfully.</source>
        <translation>Aufzeichnungen über Datenschutzanfragen und Zugriffe von Mitarbeitenden auf Ihre Daten: solange wir nachweisen können müssen, dass wir Ihre Daten rechtmäßig verarbeitet haben.</translation>
    </message>
    <message>
        <source>Rectification of inaccurate data (Art. 16 GDPR).</source>
        <translation>Berichtigung unrichtiger Daten (Art. 16 DSGVO).</translation>
    </message>
    <message>
        <source>Erasure (Art. 17 GDPR), unless we must keep data by law.</source>
        <translation>Löschung (Art. 17 DSGVO), soweit wir Daten nicht gesetzlich aufbewahren müssen.</translation>
    </message>
    <message>
        <source>Restriction of processing (Art. 18 GDPR).</source>
        <translation>Einschränkung der Verarbeitung (Art. 18 DSGVO).</translation>
    </message>
    <message>
        <source>Objection to processing based on legitimate interest (Art. 21 GDPR).</source>
        <translation>Widerspruch gegen eine Verarbeitung aufgrund berechtigten Interesses (Art. 21 DSGVO).</translation>
    </message>
    <message>
        <source>Data portability: this package is in a common machine-readable format (Art. 20 GDPR).</source>
        <translation>Datenübertragbarkeit: Dieses Paket liegt in einem gängigen maschinenlesbaren Format vor (Art. 20 DSGVO).</translation>
    </message>
    <message>
        <source>Withdrawing a consent at any time, with effect for the future (Art. 7(3) GDPR).</source>
        <translation>Widerruf einer Einwilligung jederzeit mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO).</translation>
    </message>
    <message>
        <source>Lodging a complaint with a data protection supervisory authority, in particular in the member state where you live or work (Art. 77 GDPR).</source>
        <translation>Beschwerde bei einer Datenschutz-Aufsichtsbehörde, insbesondere in dem Mitgliedstaat, in dem Sie wohnen oder arbeiten (Art. 77 DSGVO).</translation>
    </message>
    <message>
        <source>Most data comes from you or was recorded while you used the platform.</source>
        <translation>Die meisten Daten stammen von Ihnen oder wurden bei der Nutzung der Plattform erfasst.</translation>
    </message>
    <message>
        <source>If you signed in with a social network, we received your profile details from that network.</source>
        <translation>Wenn Sie sich über ein soziales Netzwerk angemeldet haben, haben wir Ihre Profildaten von diesem Netzwerk erhalten.</translation>
    </message>
    <message>
        <source>Payment references come from our payment service provider.</source>
        <translation>Zahlungsreferenzen stammen von unserem Zahlungsdienstleister.</translation>
    </message>
    <message>
        <source>Test results and certificates are derived from your answers and progress. We make no decisions based solely on automated processing that have legal or similarly significant effects on you (Art. 22 GDPR).</source>
        <translation>Testergebnisse und Zertifikate werden aus Ihren Antworten und Ihrem Fortschritt abgeleitet. Wir treffen keine ausschließlich automatisierten Entscheidungen, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen (Art. 22 DSGVO).</translation>
    </message>
    <message>
        <source>Your personal data at Fluxariont</source>
        <translation>Ihre personenbezogenen Daten bei Fluxariont</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <source>What this package contains</source>
        <translation>Was dieses Paket enthält</translation>
    </message>
    <message>
        <source>Why we process your data</source>
        <translation>Warum wir Ihre Daten verarbeiten</translation>
    </message>
    <message>
        <source>Who receives your data</source>
        <translation>Wer Ihre Daten erhält</translation>
    </message>
    <message>
        <source>How long we keep your data</source>
        <translation>Wie lange wir Ihre Daten speichern</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Ihre Rechte</translation>
    </message>
    <message>
        <source>Copy of your data under Art. 15 and 20 GDPR, request no. %1, created %2.</source>
        <translation>Kopie Ihrer Daten nach Art. 15 und 20 DSGVO, Anfrage Nr. %1, erstellt am %2.</translation>
    </message>
    <message>
        <source>Communication: messages and notices about your courses (contract, Art. 6(1)(b) GDPR).</source>
        <translation>Kommunikation: Nachrichten und Hinweise zu Ihren Kursen (Vertrag, Art. 6 Abs. 1 lit. b DSGVO).</translation>
    </message>
    <message>
        <source>Marketing emails about new courses, only with your consent (Art. 6(1)(a) GDPR).</source>
        <translation>Werbe-E-Mails zu neuen Kursen, nur mit Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).</translation>
    </message>
    <message>
        <source>Legal obligations: keeping records as the law requires, such as invoices under tax law (Art. 6(1)(c) GDPR).</source>
        <translation>Rechtliche Pflichten: Aufbewahrung von Unterlagen, wie das Gesetz sie verlangt, etwa Rechnungen nach Steuerrecht (Art. 6 Abs. 1 lit. c DSGVO).</translation>
    </message>
    <message>
        <source>Improving our courses: how they are used, to add explanations where many learners struggle (legitimate interest, Art. 6(1)(f) GDPR).</source>
        <translation>Verbesserung unserer Kurse: wie sie genutzt werden, um Erklärungen dort zu ergänzen, wo viele Lernende Schwierigkeiten haben (berechtigtes Interesse, Art. 6 Abs. 1 lit. f DSGVO).</translation>
    </message>
    <message>
        <source>%1: as long as your account exists; after erasure they are deleted or made anonymous.</source>
        <translation>%1: solange Ihr Konto besteht; nach der Löschung werden sie gelöscht oder anonymisiert.</translation>
    </message>
    <message>
        <source>%1 — %2; during that time they are only kept, not otherwise used.</source>
        <translation>%1 — %2; in dieser Zeit werden sie nur aufbewahrt, nicht anders verwendet.</translation>
    </message>
    <message>
        <source>Who at Fluxariont consulted your data</source>
        <translation>Wer bei Fluxariont Ihre Daten eingesehen hat</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the deadline</source>
        <translation>Frist verlängern</translation>
    </message>
    <message numerus="yes">
        <source>by %Ln month(s)</source>
        <translation>
            <numerusform>um %Ln Monat</numerusform>
            <numerusform>um %Ln Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Why the request needs more time; the requester is told this reason.</source>
        <translation>Warum die Anfrage mehr Zeit braucht; dieser Grund wird der anfragenden Person mitgeteilt.</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Verlängern</translation>
    </message>
    <message>
        <source>A deadline can be extended by at most two further months in total, only while the first month runs, and the requester must be told why.</source>
        <translation>Eine Frist kann insgesamt um höchstens zwei weitere Monate verlängert werden, nur solange der erste Monat läuft, und die anfragende Person muss den Grund erfahren.</translation>
    </message>
    <message>
        <source>&amp;Extend:</source>
        <translation>&amp;Verlängern:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>ExtensionNote</name>
    <message>
        <source>your request for a copy of your data</source>
        <translation>Ihre Anfrage nach einer Kopie Ihrer Daten</translation>
    </message>
    <message>
        <source>your request to erase your data</source>
        <translation>Ihre Anfrage, Ihre Daten zu löschen</translation>
    </message>
    <message>
        <source>your request to correct your data</source>
        <translation>Ihre Anfrage, Ihre Daten zu berichtigen</translation>
    </message>
    <message>
        <source>your request to restrict the processing of your data</source>
        <translation>Ihre Anfrage, die Verarbeitung Ihrer Daten einzuschränken</translation>
    </message>
    <message>
        <source>your objection to the processing of your data</source>
        <translation>Ihren Widerspruch gegen die Verarbeitung Ihrer Daten</translation>
    </message>
    <message>
        <source>Hello,

we received %1 on %2 (our reference %3). We need more time to answer it completely, for this reason:

%4

As Art. 12(3) GDPR allows, we are extending the deadline. You will have our answer by %5 at the latest.

Kind regards
Your Fluxariont data protection team</source>
        <translation>Guten Tag,

wir haben %1 am %2 erhalten (unser Zeichen %3). Um sie vollständig zu beantworten, brauchen wir mehr Zeit, aus folgendem Grund:

%4

Wie Art. 12 Abs. 3 DSGVO es erlaubt, verlängern wir die Frist. Sie erhalten unsere Antwort spätestens am %5.

Mit freundlichen Grüßen
Ihr Datenschutz-Team von Fluxariont</translation>
    </message>
</context>
<context>
    <name>FinderTab</name>
    <message>
        <source>signed in %1 – %2</source>
        <translation>angemeldet %1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>enrolled in course %1</source>
        <translation>eingeschrieben in Kurs %1</translation>
    </message>
    <message>
        <source>with payment references</source>
        <translation>mit Zahlungsreferenzen</translation>
    </message>
    <message>
        <source>data at processor %1</source>
        <translation>Daten bei Auftragsverarbeiter %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people match. Data they hold, by category (estimated from a sample of 5,000): %1</source>
        <translation>
            <numerusform>%Ln Person trifft zu. Daten nach Kategorie (geschätzt aus einer Stichprobe von 5.000): %1</numerusform>
            <numerusform>%Ln Personen treffen zu. Daten nach Kategorie (geschätzt aus einer Stichprobe von 5.000): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people match. Data they hold, by category: %1</source>
        <translation>
            <numerusform>%Ln Person trifft zu. Daten nach Kategorie: %1</numerusform>
            <numerusform>%Ln Personen treffen zu. Daten nach Kategorie: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Finder result attached to the incident.</source>
        <translation>Suchergebnis an den Vorfall angehängt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people written to %1. The export is in the access log.</source>
        <translation>
            <numerusform>%Ln Person nach %1 geschrieben. Der Export steht im Zugriffsprotokoll.</numerusform>
            <numerusform>%Ln Personen nach %1 geschrieben. Der Export steht im Zugriffsprotokoll.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the people concerned</source>
        <translation>Betroffene Personen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Signed in &amp;between</source>
        <translation>Angemeldet &amp;zwischen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>From the &amp;address or range:</source>
        <translation>Von der &amp;Adresse oder dem Bereich:</translation>
    </message>
    <message>
        <source>Enrolled in &amp;course:</source>
        <translation>Eingeschrieben in &amp;Kurs:</translation>
    </message>
    <message>
        <source>Data held by &amp;processor:</source>
        <translation>Daten beim Auftrags&amp;verarbeiter:</translation>
    </message>
    <message>
        <source>Holds payment &amp;references</source>
        <translation>Hat Zahlungs&amp;referenzen</translation>
    </message>
    <message>
        <source>any or none</source>
        <translation>beliebig oder keiner</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>&amp;Zählen</translation>
    </message>
    <message>
        <source>A&amp;ttach to incident</source>
        <translation>An Vorfall &amp;anhängen</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>Liste &amp;exportieren …</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Stores the criteria and the number of people with the incident, not the list. Only the data protection officer can export the list of people, and that is logged.</source>
        <translation>Speichert die Kriterien und die Zahl der Personen beim Vorfall, nicht die Liste. Nur die oder der Datenschutzbeauftragte kann die Liste exportieren, und das wird protokolliert.</translation>
    </message>
    <message>
        <source>Attached results</source>
        <translation>Angehängte Ergebnisse</translation>
    </message>
    <message>
        <source>The data map of this platform names nothing to search for this.</source>
        <translation>Die Datenkarte dieser Plattform nennt hierfür nichts, was durchsucht werden könnte.</translation>
    </message>
</context>
<context>
    <name>HashedFile</name>
    <message>
        <source>not enough space on the disk</source>
        <translation>nicht genug Platz auf dem Datenträger</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>There is no guide for this page yet.</source>
        <translation>Für diese Seite gibt es noch keine Anleitung.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today for %1 (%2)</source>
        <translation>Heute für %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing needs you today</source>
        <translation>Heute ist nichts für Sie zu tun</translation>
    </message>
    <message>
        <source>Request #%1, %2 (%3)</source>
        <translation>Anfrage #%1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1: was due %2</source>
        <translation>%1: war fällig am %2</translation>
    </message>
    <message>
        <source>%1: due %2</source>
        <translation>%1: fällig am %2</translation>
    </message>
    <message>
        <source>Erasure request #%1 waits for your decision: due %2</source>
        <translation>Löschanfrage #%1 wartet auf Ihre Entscheidung: fällig am %2</translation>
    </message>
    <message>
        <source>Erasure request #%1: processors still to confirm: %L2</source>
        <translation>Löschanfrage #%1: Auftragsverarbeiter, die noch bestätigen müssen: %L2</translation>
    </message>
    <message>
        <source>Incident #%1: %2 (authority deadline %3)</source>
        <translation>Vorfall #%1: %2 (Frist der Aufsichtsbehörde %3)</translation>
    </message>
    <message>
        <source>Flagged access-log entries not yet reviewed: %L1</source>
        <translation>Auffällige Einträge im Zugriffsprotokoll, noch nicht geprüft: %L1</translation>
    </message>
    <message>
        <source>Records whose retention has ended: %L1 of %L2 learners (since %3)</source>
        <translation>Aufzeichnungen mit abgelaufener Aufbewahrung: %L1 von %L2 Lernenden (seit %3)</translation>
    </message>
    <message>
        <source>The chain has not been verified yet</source>
        <translation>Die Kette wurde noch nicht geprüft</translation>
    </message>
    <message>
        <source>The last verification, %1, found the chain broken</source>
        <translation>Die letzte Prüfung am %1 hat die Kette beschädigt vorgefunden</translation>
    </message>
    <message>
        <source>Chain last verified %1: intact, %L2 entries</source>
        <translation>Kette zuletzt geprüft am %1: intakt, %L2 Einträge</translation>
    </message>
    <message>
        <source>No checkpoint has been signed yet</source>
        <translation>Noch kein Prüfpunkt signiert</translation>
    </message>
    <message>
        <source>Last signed checkpoint %1, %L2 days ago; the policy asks for one every %L3 days</source>
        <translation>Letzter signierter Prüfpunkt am %1, vor %L2 Tagen; die Richtlinie verlangt einen alle %L3 Tage</translation>
    </message>
    <message>
        <source>Last signed checkpoint %1, %L2 days ago</source>
        <translation>Letzter signierter Prüfpunkt am %1, vor %L2 Tagen</translation>
    </message>
    <message>
        <source>%1: last seen %2</source>
        <translation>%1: zuletzt gesehen am %2</translation>
    </message>
    <message>
        <source>%1: never seen</source>
        <translation>%1: nie gesehen</translation>
    </message>
    <message>
        <source>%1 (%2): last confirmed %3</source>
        <translation>%1 (%2): zuletzt bestätigt am %3</translation>
    </message>
    <message>
        <source>%1 (%2): never confirmed</source>
        <translation>%1 (%2): nie bestätigt</translation>
    </message>
    <message>
        <source>My open requests</source>
        <translation>Meine offenen Anfragen</translation>
    </message>
    <message>
        <source>Requests due soon or overdue</source>
        <translation>Bald fällige oder überfällige Anfragen</translation>
    </message>
    <message>
        <source>Erasures waiting for your decision</source>
        <translation>Löschungen, die auf Ihre Entscheidung warten</translation>
    </message>
    <message>
        <source>Incident clocks</source>
        <translation>Fristen der Vorfälle</translation>
    </message>
    <message>
        <source>Unusual access</source>
        <translation>Auffällige Zugriffe</translation>
    </message>
    <message>
        <source>Processors to confirm erasures</source>
        <translation>Auftragsverarbeiter, die Löschungen bestätigen müssen</translation>
    </message>
    <message>
        <source>Due for purge</source>
        <translation>Zum Löschen fällig</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>Logins not used for 90 days</source>
        <translation>Seit 90 Tagen nicht genutzte Anmeldungen</translation>
    </message>
    <message>
        <source>Roles to confirm</source>
        <translation>Zu bestätigende Rollen</translation>
    </message>
    <message>
        <source>What needs you today</source>
        <translation>Was heute ansteht</translation>
    </message>
</context>
<context>
    <name>IncidentDraft</name>
    <message>
        <source>[missing: to be completed]</source>
        <translation>[fehlt: noch zu ergänzen]</translation>
    </message>
    <message>
        <source>Notification of a personal data breach to the supervisory authority (Art. 33 GDPR)</source>
        <translation>Meldung einer Verletzung des Schutzes personenbezogener Daten an die Aufsichtsbehörde (Art. 33 DSGVO)</translation>
    </message>
    <message>
        <source>Controller: Fluxariont. Our reference: incident %1, &quot;%2&quot;. Phase %3 of the notification (Art. 33(4) GDPR).</source>
        <translation>Verantwortlicher: Fluxariont. Unser Zeichen: Vorfall %1, „%2“. Phase %3 der Meldung (Art. 33 Abs. 4 DSGVO).</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Breach detected: %1</source>
        <translation>Verletzung entdeckt: %1</translation>
    </message>
    <message>
        <source>Controller became aware: %1</source>
        <translation>Dem Verantwortlichen bekannt geworden: %1</translation>
    </message>
    <message>
        <source>72 hours end: %1</source>
        <translation>72 Stunden enden: %1</translation>
    </message>
    <message>
        <source>Reasons for the delay (Art. 33(1) GDPR): [missing: to be completed]</source>
        <translation>Gründe für die Verzögerung (Art. 33 Abs. 1 DSGVO): [fehlt: noch zu ergänzen]</translation>
    </message>
    <message>
        <source>(a) Nature of the breach</source>
        <translation>a) Art der Verletzung</translation>
    </message>
    <message>
        <source>(b) Data protection officer or other contact point</source>
        <translation>b) Datenschutzbeauftragte oder sonstige Anlaufstelle</translation>
    </message>
    <message>
        <source>(c) Likely consequences</source>
        <translation>c) Wahrscheinliche Folgen</translation>
    </message>
    <message>
        <source>(d) Measures taken or proposed</source>
        <translation>d) Ergriffene oder vorgeschlagene Maßnahmen</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Risikobewertung</translation>
    </message>
    <message>
        <source>Risk to the people concerned: %1</source>
        <translation>Risiko für die betroffenen Personen: %1</translation>
    </message>
    <message>
        <source>The people concerned are being informed (Art. 34 GDPR).</source>
        <translation>Die betroffenen Personen werden benachrichtigt (Art. 34 DSGVO).</translation>
    </message>
    <message>
        <source>Art. 34(3) GDPR applies: %1</source>
        <translation>Art. 34 Abs. 3 DSGVO greift: %1</translation>
    </message>
    <message>
        <source>Draft prepared with the Fluxariont Privacy Console on %1.</source>
        <translation>Entwurf erstellt mit der Fluxariont Privacy Console am %1.</translation>
    </message>
    <message>
        <source>Information about a breach of your personal data</source>
        <translation>Information über eine Verletzung des Schutzes Ihrer personenbezogenen Daten</translation>
    </message>
    <message>
        <source>Dear learner, we are writing to tell you about a security incident that concerns your personal data at Fluxariont (Art. 34 GDPR).</source>
        <translation>Liebe Lernende, lieber Lernender, wir informieren Sie über einen Sicherheitsvorfall, der Ihre personenbezogenen Daten bei Fluxariont betrifft (Art. 34 DSGVO).</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>What this may mean for you</source>
        <translation>Was das für Sie bedeuten kann</translation>
    </message>
    <message>
        <source>What we have done</source>
        <translation>Was wir getan haben</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <source>Change your Fluxariont password and any other account where you use the same password. Be wary of e-mails or calls that refer to this incident and ask for passwords or payment details: we never ask for them.</source>
        <translation>Ändern Sie Ihr Fluxariont-Passwort und das jedes anderen Kontos, bei dem Sie dasselbe Passwort verwenden. Seien Sie vorsichtig bei E-Mails oder Anrufen, die sich auf diesen Vorfall beziehen und nach Passwörtern oder Zahlungsdaten fragen: Wir fragen nie danach.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Our data protection officer answers your questions: %1</source>
        <translation>Unsere Datenschutzbeauftragte oder unser Datenschutzbeauftragter beantwortet Ihre Fragen: %1</translation>
    </message>
    <message>
        <source>You also have the right to lodge a complaint with a supervisory authority (Art. 77 GDPR).</source>
        <translation>Sie haben außerdem das Recht, sich bei einer Aufsichtsbehörde zu beschweren (Art. 77 DSGVO).</translation>
    </message>
    <message>
        <source>Your Fluxariont data protection team</source>
        <translation>Ihr Datenschutz-Team von Fluxariont</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>As reported when the incident was opened: %1</source>
        <translation>Wie beim Eröffnen des Vorfalls gemeldet: %1</translation>
    </message>
    <message>
        <source>Done: %1 (%2)</source>
        <translation>Erledigt: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message numerus="yes">
        <source>%Ln mandatory checklist items open</source>
        <translation>
            <numerusform>%Ln offener Pflichtpunkt</numerusform>
            <numerusform>%Ln offene Pflichtpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (abgeschlossen)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>72-hour clock</source>
        <translation>72-Stunden-Frist</translation>
    </message>
    <message>
        <source>Notify authority by</source>
        <translation>Meldung an Behörde bis</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
</context>
<context>
    <name>IncidentTexts</name>
    <message>
        <source>Containment</source>
        <translation>Eindämmung</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Notification of the authority (Art. 33)</source>
        <translation>Meldung an die Aufsichtsbehörde (Art. 33)</translation>
    </message>
    <message>
        <source>Communication to the people (Art. 34)</source>
        <translation>Benachrichtigung der Betroffenen (Art. 34)</translation>
    </message>
    <message>
        <source>Documentation (Art. 33(5))</source>
        <translation>Dokumentation (Art. 33 Abs. 5)</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>unlikely to result in a risk</source>
        <translation>voraussichtlich kein Risiko</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>hohes Risiko</translation>
    </message>
    <message>
        <source>no exception</source>
        <translation>keine Ausnahme</translation>
    </message>
    <message>
        <source>(a) the data is unintelligible, e.g. encrypted</source>
        <translation>a) die Daten sind unverständlich, z. B. verschlüsselt</translation>
    </message>
    <message>
        <source>(b) later measures removed the high risk</source>
        <translation>b) nachfolgende Maßnahmen haben das hohe Risiko beseitigt</translation>
    </message>
    <message>
        <source>(c) disproportionate effort: public communication instead</source>
        <translation>c) unverhältnismäßiger Aufwand: stattdessen öffentliche Bekanntmachung</translation>
    </message>
    <message>
        <source>supervisory authority</source>
        <translation>Aufsichtsbehörde</translation>
    </message>
    <message>
        <source>people concerned</source>
        <translation>betroffene Personen</translation>
    </message>
    <message>
        <source>public communication</source>
        <translation>öffentliche Bekanntmachung</translation>
    </message>
    <message>
        <source>Nature of the breach</source>
        <translation>Art der Verletzung</translation>
    </message>
    <message>
        <source>Categories of people concerned</source>
        <translation>Kategorien betroffener Personen</translation>
    </message>
    <message>
        <source>Approximate number of people</source>
        <translation>Ungefähre Zahl der Personen</translation>
    </message>
    <message>
        <source>Categories of personal data records</source>
        <translation>Kategorien personenbezogener Datensätze</translation>
    </message>
    <message>
        <source>Approximate number of records</source>
        <translation>Ungefähre Zahl der Datensätze</translation>
    </message>
    <message>
        <source>Contact of the data protection officer</source>
        <translation>Kontakt der oder des Datenschutzbeauftragten</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Wahrscheinliche Folgen</translation>
    </message>
    <message>
        <source>Measures taken or proposed</source>
        <translation>Ergriffene oder vorgeschlagene Maßnahmen</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 T %2 Std. %3 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>authority notified</source>
        <translation>Behörde benachrichtigt</translation>
    </message>
    <message>
        <source>no notification required</source>
        <translation>keine Meldung nötig</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>No incident chosen</source>
        <translation>Kein Vorfall gewählt</translation>
    </message>
    <message>
        <source>Incident %1: %2</source>
        <translation>Vorfall %1: %2</translation>
    </message>
    <message>
        <source>Detected %1 · aware since %2 · notify the authority by %3 · risk: %4</source>
        <translation>Entdeckt %1 · bekannt seit %2 · Meldung an die Behörde bis %3 · Risiko: %4</translation>
    </message>
    <message>
        <source>Unknown kind of draft.</source>
        <translation>Unbekannte Art von Entwurf.</translation>
    </message>
    <message>
        <source>Save the draft for the authority</source>
        <translation>Entwurf für die Behörde speichern</translation>
    </message>
    <message>
        <source>Save the draft for the people</source>
        <translation>Entwurf für die Betroffenen speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Text files (*.txt)</source>
        <translation>PDF-Dokumente (*.pdf);;Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Draft saved as %1.</source>
        <translation>Entwurf gespeichert als %1.</translation>
    </message>
    <message>
        <source>Incident %1 is closed.</source>
        <translation>Vorfall %1 ist abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mandatory checklist items are still open; tick them before closing.</source>
        <translation>
            <numerusform>%Ln Pflichtpunkt ist noch offen; haken Sie ihn vor dem Abschließen ab.</numerusform>
            <numerusform>%Ln Pflichtpunkte sind noch offen; haken Sie sie vor dem Abschließen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Vorfall abschließen</translation>
    </message>
    <message>
        <source>Summarize the outcome for the breach register: what happened, what was decided and why, what changes.</source>
        <translation>Fassen Sie das Ergebnis für das Verzeichnis zusammen: was geschah, was warum entschieden wurde, was sich ändert.</translation>
    </message>
    <message>
        <source>C&amp;lose incident…</source>
        <translation>Vorfall ab&amp;schließen …</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>Betroffene</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>eröffnet</translation>
    </message>
    <message>
        <source>ticked %1</source>
        <translation>%1 abgehakt</translation>
    </message>
    <message>
        <source>unticked %1</source>
        <translation>Haken bei %1 entfernt</translation>
    </message>
    <message>
        <source>risk assessed: %1</source>
        <translation>Risiko bewertet: %1</translation>
    </message>
    <message>
        <source>content changed</source>
        <translation>Inhalt geändert</translation>
    </message>
    <message>
        <source>notice to the %1, phase %2</source>
        <translation>Meldung an: %1, Phase %2</translation>
    </message>
    <message>
        <source>people counted: %1</source>
        <translation>Personen gezählt: %1</translation>
    </message>
    <message>
        <source>list of %1 people exported</source>
        <translation>Liste mit %1 Personen exportiert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>Draft for the &amp;authority</source>
        <translation>Entwurf für die &amp;Behörde</translation>
    </message>
    <message>
        <source>Draft for the &amp;people</source>
        <translation>Entwurf für die Be&amp;troffenen</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>laptop encrypted, no data exposed; disks are now checked monthly</source>
        <translation>Laptop verschlüsselt, keine Daten offengelegt; Festplatten werden nun monatlich geprüft</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>No incidents so far. Open one as soon as you learn of a breach.</source>
        <translation>Bisher keine Vorfälle. Eröffnen Sie einen, sobald Sie von einer Verletzung erfahren.</translation>
    </message>
    <message>
        <source>Incident %1 is open. The 72-hour clock is running.</source>
        <translation>Vorfall %1 ist eröffnet. Die 72-Stunden-Frist läuft.</translation>
    </message>
    <message numerus="yes">
        <source>Breach register with %Ln incidents saved as %1.</source>
        <translation>
            <numerusform>Verzeichnis mit %Ln Vorfall gespeichert als %1.</numerusform>
            <numerusform>Verzeichnis mit %Ln Vorfällen gespeichert als %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the breach register</source>
        <translation>Verzeichnis der Verletzungen speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;CSV files (*.csv)</source>
        <translation>PDF-Dokumente (*.pdf);;CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Neuer Vorfall …</translation>
    </message>
    <message>
        <source>Breach &amp;register…</source>
        <translation>&amp;Verzeichnis …</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Open an incident as soon as you learn of a breach: the 72 hours run from then.</source>
        <translation>Eröffnen Sie einen Vorfall, sobald Sie von einer Verletzung erfahren: Ab dann laufen die 72 Stunden.</translation>
    </message>
</context>
<context>
    <name>ItemLabels</name>
    <message>
        <source>Course viewed</source>
        <translation>Kurs angesehen</translation>
    </message>
    <message>
        <source>Lesson viewed</source>
        <translation>Lektion angesehen</translation>
    </message>
    <message>
        <source>File downloaded</source>
        <translation>Datei heruntergeladen</translation>
    </message>
    <message>
        <source>Video played</source>
        <translation>Video abgespielt</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Desktop-Rechner</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Video hosting</source>
        <translation>Video-Hosting</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Cloud and CDN</source>
        <translation>Cloud und CDN</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragte(r)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>LocalCluster</name>
    <message>
        <source>The PostgreSQL server programs (initdb, pg_ctl, postgres) were not found. Install them, on Debian or Ubuntu with: sudo apt-get install postgresql postgresql-contrib. If they are installed elsewhere, set FX_PG_BINDIR to their directory.</source>
        <translation>Die PostgreSQL-Serverprogramme (initdb, pg_ctl, postgres) wurden nicht gefunden. Installieren Sie sie, unter Debian oder Ubuntu mit: sudo apt-get install postgresql postgresql-contrib. Liegen sie an anderer Stelle, setzen Sie FX_PG_BINDIR auf ihr Verzeichnis.</translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation>%1 wurde nicht rechtzeitig fertig</translation>
    </message>
    <message>
        <source>Running as root needs the unprivileged account &quot;postgres&quot; to run the server; it does not exist. Install the postgresql package or run as an ordinary user.</source>
        <translation>Als root wird das unprivilegierte Konto „postgres“ gebraucht, um den Server auszuführen; es existiert nicht. Installieren Sie das Paket postgresql oder arbeiten Sie als gewöhnlicher Benutzer.</translation>
    </message>
    <message>
        <source>Cannot hand %1 to the account postgres.</source>
        <translation>%1 kann nicht an das Konto postgres übergeben werden.</translation>
    </message>
    <message>
        <source>Cannot write the server configuration: %1</source>
        <translation>Die Serverkonfiguration kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>A cluster exists already in %1.</source>
        <translation>In %1 gibt es bereits einen Cluster.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The PostgreSQL server runs as the account postgres, which cannot reach %1. Choose a directory that account can reach, for example under /var/tmp.</source>
        <translation>Der PostgreSQL-Server läuft unter dem Konto postgres, das %1 nicht erreichen kann. Wählen Sie ein Verzeichnis, das dieses Konto erreicht, zum Beispiel unter /var/tmp.</translation>
    </message>
    <message>
        <source>initdb failed: %1</source>
        <translation>initdb ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The local PostgreSQL server did not start: %1</source>
        <translation>Der lokale PostgreSQL-Server ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The local PostgreSQL server did not stop: %1</source>
        <translation>Der lokale PostgreSQL-Server hat nicht angehalten: %1</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Demo database: %1</source>
        <translation>Demo-Datenbank: %1</translation>
    </message>
    <message>
        <source>New connection…</source>
        <translation>Neue Verbindung …</translation>
    </message>
    <message>
        <source>Give the profile a name before saving it.</source>
        <translation>Geben Sie dem Profil einen Namen, bevor Sie es speichern.</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;. The password is not saved.</source>
        <translation>Das Profil „%1“ wurde gespeichert. Das Passwort wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>the demo database</source>
        <translation>der Demo-Datenbank</translation>
    </message>
    <message>
        <source>The connection attempt was cancelled.</source>
        <translation>Der Verbindungsversuch wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Sign in — Fluxariont Privacy Console</source>
        <translation>Anmelden — Fluxariont-Datenschutzkonsole</translation>
    </message>
    <message>
        <source>Sign in to the Fluxariont Privacy Console</source>
        <translation>An der Fluxariont-Datenschutzkonsole anmelden</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>LookupInput</name>
    <message>
        <source>It is too long (%1 characters; at most %2).</source>
        <translation>Die Eingabe ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>Search text refused:</source>
        <translation>Suchtext abgelehnt:</translation>
    </message>
    <message>
        <source>Type something to search for: an email address, a name, a learner id, an invoice number or an IP address.</source>
        <translation>Geben Sie etwas zum Suchen ein: eine E-Mail-Adresse, einen Namen, eine Lernenden-ID, eine Rechnungsnummer oder eine IP-Adresse.</translation>
    </message>
    <message>
        <source>Ticket reference refused:</source>
        <translation>Ticketnummer abgelehnt:</translation>
    </message>
    <message>
        <source>Purpose refused:</source>
        <translation>Zweck abgelehnt:</translation>
    </message>
</context>
<context>
    <name>LookupResultsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>Nutzer-Id</translation>
    </message>
    <message>
        <source>public id</source>
        <translation>öffentliche Id</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>email (beginning)</source>
        <translation>E-Mail (Anfang)</translation>
    </message>
    <message>
        <source>email (similar)</source>
        <translation>E-Mail (ähnlich)</translation>
    </message>
    <message>
        <source>name (similar)</source>
        <translation>Name (ähnlich)</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The role %1 may not use the page &quot;%2&quot;.</source>
        <translation>Die Rolle %1 darf die Seite „%2“ nicht verwenden.</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Neu verbinden …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2 (%3)&lt;/p&gt;&lt;p&gt;The desktop tool with which Fluxariont&apos;s staff keep the promises of its privacy policy. Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Component&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Version&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Licence&lt;/th&gt;&lt;/tr&gt;%4&lt;/table&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2 (%3)&lt;/p&gt;&lt;p&gt;Das Werkzeug, mit dem die Mitarbeitenden von Fluxariont die Versprechen der Datenschutzerklärung einhalten. Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;&lt;p&gt;Erstellt mit:&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Komponente&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Version&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Lizenz&lt;/th&gt;&lt;/tr&gt;%4&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&amp;User guide for this page</source>
        <translation>&amp;Anleitung zu dieser Seite</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>S&amp;eite</translation>
    </message>
    <message>
        <source>The server can no longer tell whether the change &quot;%1&quot;, cut off by the lost connection, was saved. Check the record before doing it again.</source>
        <translation>Der Server kann nicht mehr sagen, ob die durch die verlorene Verbindung unterbrochene Änderung „%1“ gespeichert wurde. Prüfen Sie den Datensatz, bevor Sie sie wiederholen.</translation>
    </message>
    <message>
        <source>The change &quot;%1&quot; was saved before the connection was lost. Do not do it again; refresh the page to see it.</source>
        <translation>Die Änderung „%1“ wurde gespeichert, bevor die Verbindung verloren ging. Wiederholen Sie sie nicht; aktualisieren Sie die Seite, um sie zu sehen.</translation>
    </message>
    <message>
        <source>The change &quot;%1&quot; was not saved when the connection was lost. Do it again.</source>
        <translation>Die Änderung „%1“ wurde nicht gespeichert, als die Verbindung verloren ging. Führen Sie sie erneut aus.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Setting up the database needs a superuser connection (it creates the console&apos;s roles). Connect as the database&apos;s superuser, for example postgres.</source>
        <translation>Zum Einrichten der Datenbank braucht es eine Superuser-Verbindung (dabei entstehen die Rollen der Konsole). Verbinden Sie sich als Superuser der Datenbank, zum Beispiel postgres.</translation>
    </message>
    <message>
        <source>This database was set up by a newer console: it has migration %1 (%2), which this version does not know. Use the newer console.</source>
        <translation>Diese Datenbank wurde von einer neueren Konsole eingerichtet: Sie hat Migration %1 (%2), die diese Version nicht kennt. Verwenden Sie die neuere Konsole.</translation>
    </message>
    <message>
        <source>The database&apos;s migration history does not match this console: migration %1 (%2) was recorded with different content. The database was changed by hand or by another build; restore it or use the console that set it up.</source>
        <translation>Die Migrationsgeschichte der Datenbank passt nicht zu dieser Konsole: Migration %1 (%2) wurde mit anderem Inhalt eingetragen. Die Datenbank wurde von Hand oder von einem anderen Build verändert; stellen Sie sie wieder her oder verwenden Sie die Konsole, die sie eingerichtet hat.</translation>
    </message>
    <message>
        <source>No migrations are built into this program.</source>
        <translation>In dieses Programm sind keine Migrationen eingebaut.</translation>
    </message>
    <message>
        <source>Applying migration %1 (%2)</source>
        <translation>Migration %1 (%2) wird angewendet</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Applying the privacy functions</source>
        <translation>Die Datenschutzfunktionen werden angewendet</translation>
    </message>
    <message>
        <source>The functions of %1 could not be applied: %2</source>
        <translation>Die Funktionen von %1 konnten nicht angewendet werden: %2</translation>
    </message>
    <message>
        <source>The functions of the database could not be checked: %1</source>
        <translation>Die Funktionen der Datenbank konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The database uses the encoding %1; the console needs UTF8. Create the database with ENCODING &apos;UTF8&apos; and run the set-up again.</source>
        <translation>Die Datenbank verwendet die Kodierung %1; die Konsole braucht UTF8. Legen Sie die Datenbank mit ENCODING &apos;UTF8&apos; an und führen Sie die Einrichtung erneut aus.</translation>
    </message>
    <message>
        <source>The data map of the reference platform could not be applied: %1</source>
        <translation>Die Datenkarte der Referenzplattform konnte nicht angewendet werden: %1</translation>
    </message>
    <message>
        <source>The data map in force could not be compiled: %1</source>
        <translation>Die geltende Datenkarte konnte nicht kompiliert werden: %1</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Reasons for the &amp;delay:</source>
        <translation>Gründe für die &amp;Verzögerung:</translation>
    </message>
    <message>
        <source>Record notice sent</source>
        <translation>Abgegebene Meldung festhalten</translation>
    </message>
    <message>
        <source>Sent &amp;to:</source>
        <translation>Gesendet &amp;an:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Aktenzeichen:</translation>
    </message>
    <message>
        <source>What this phase &amp;adds:</source>
        <translation>Was diese Phase &amp;ergänzt:</translation>
    </message>
    <message>
        <source>The time recorded is the server&apos;s, now. The content of Art. 33(3) is kept as it stands.</source>
        <translation>Festgehalten wird die Zeit des Servers, jetzt. Der Inhalt nach Art. 33 Abs. 3 wird so gespeichert, wie er jetzt ist.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Festhalten</translation>
    </message>
</context>
<context>
    <name>OpenIncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>Neuer Vorfall</translation>
    </message>
    <message>
        <source>The authority must be notified within 72 hours of the moment the organisation became aware of the breach (Art. 33 GDPR). Times are in your time zone; the database keeps them in UTC.</source>
        <translation>Die Behörde muss binnen 72 Stunden ab dem Zeitpunkt gemeldet werden, zu dem die Organisation von der Verletzung erfahren hat (Art. 33 DSGVO). Zeiten gelten in Ihrer Zeitzone; die Datenbank speichert sie in UTC.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Was ist passiert:</translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation>Ge&amp;meldet von:</translation>
    </message>
    <message>
        <source>&amp;Detected:</source>
        <translation>&amp;Entdeckt:</translation>
    </message>
    <message>
        <source>Became &amp;aware:</source>
        <translation>&amp;Bekannt geworden:</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Vorfall eröffnen</translation>
    </message>
</context>
<context>
    <name>OpenRequestDialog</name>
    <message>
        <source>Open a request</source>
        <translation>Anfrage eröffnen</translation>
    </message>
    <message>
        <source>For example: replied from the account&apos;s email address; ID card checked</source>
        <translation>Zum Beispiel: Antwort von der E-Mail-Adresse des Kontos; Ausweis geprüft</translation>
    </message>
    <message>
        <source>Open request</source>
        <translation>Anfrage eröffnen</translation>
    </message>
    <message>
        <source>Learner:</source>
        <translation>Lernende Person:</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Ticket:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Identity verified by:</source>
        <translation>&amp;Identität geprüft durch:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Eingegangen am:</translation>
    </message>
    <message>
        <source>The deadline is one month from the day received; the database computes it.</source>
        <translation>Die Frist beträgt einen Monat ab Eingang; die Datenbank berechnet sie.</translation>
    </message>
</context>
<context>
    <name>PasswordVault</name>
    <message>
        <source>No keychain service runs on this computer (on Linux: a Secret Service such as GNOME Keyring or KWallet), so passwords cannot be remembered safely.</source>
        <translation>Auf diesem Rechner läuft kein Schlüsselbunddienst (unter Linux ein Secret Service wie GNOME Keyring oder KWallet), daher können Passwörter nicht sicher gemerkt werden.</translation>
    </message>
    <message>
        <source>The keychain does not answer (%1), so passwords cannot be remembered.</source>
        <translation>Der Schlüsselbund antwortet nicht (%1), daher können Passwörter nicht gemerkt werden.</translation>
    </message>
</context>
<context>
    <name>PoliciesTab</name>
    <message>
        <source>Nothing has changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln policies saved.</source>
        <translation>
            <numerusform>%Ln Richtlinie gespeichert.</numerusform>
            <numerusform>%Ln Richtlinien gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Ticket reference pattern (regular expression):</source>
        <translation>&amp;Muster der Ticketnummer (regulärer Ausdruck):</translation>
    </message>
    <message>
        <source>&amp;Contact of the data protection officer:</source>
        <translation>&amp;Kontakt der oder des Datenschutzbeauftragten:</translation>
    </message>
    <message>
        <source>Privacy policy &amp;version learners accept:</source>
        <translation>&amp;Version der Datenschutzerklärung für Lernende:</translation>
    </message>
    <message>
        <source>&amp;Search results at most:</source>
        <translation>Höchstens so viele &amp;Suchtreffer:</translation>
    </message>
    <message>
        <source>Incident finder sample &amp;size:</source>
        <translation>&amp;Stichprobengröße der Betroffenensuche:</translation>
    </message>
    <message>
        <source>Unusual volume: at least this many &amp;people an hour:</source>
        <translation>Ungewöhnliche Menge: mindestens so viele &amp;Personen je Stunde:</translation>
    </message>
    <message>
        <source>Unusual volume: times the usual &amp;hour:</source>
        <translation>Ungewöhnliche Menge: das Vielfache der üblichen &amp;Stunde:</translation>
    </message>
    <message>
        <source>Working &amp;hours (HH:MM-HH:MM):</source>
        <translation>Arbeits&amp;zeit (HH:MM-HH:MM):</translation>
    </message>
    <message>
        <source>Working &amp;days (1 = Monday, e.g. 1-5):</source>
        <translation>Arbeits&amp;tage (1 = Montag, z. B. 1-5):</translation>
    </message>
    <message>
        <source>Time &amp;zone of the working hours:</source>
        <translation>Zeit&amp;zone der Arbeitszeit:</translation>
    </message>
    <message>
        <source>Sa&amp;ve policies</source>
        <translation>Richtlinien &amp;speichern</translation>
    </message>
    <message>
        <source>Requests are &amp;due soon this many days before:</source>
        <translation>Anfragen sind so viele Tage vorher &amp;bald fällig:</translation>
    </message>
    <message>
        <source>Exports need a DPO&apos;s &amp;approval (true or false):</source>
        <translation>Exporte brauchen die &amp;Genehmigung der oder des Datenschutzbeauftragten (true oder false):</translation>
    </message>
    <message>
        <source>&amp;Roles are confirmed again after this many days:</source>
        <translation>&amp;Rollen werden nach so vielen Tagen erneut bestätigt:</translation>
    </message>
    <message>
        <source>Warn after this many days without a signed chec&amp;kpoint:</source>
        <translation>Warnen nach so vielen Tagen ohne signierten Prüfp&amp;unkt:</translation>
    </message>
    <message>
        <source>C&amp;ontroller (name, address, contact):</source>
        <translation>Verant&amp;wortlicher (Name, Anschrift, Kontakt):</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Remember passwords in the operating system&apos;s &amp;keychain</source>
        <translation>Passwörter im &amp;Schlüsselbund des Betriebssystems merken</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The last one used</source>
        <translation>Das zuletzt verwendete</translation>
    </message>
    <message>
        <source>Checking for a keychain…</source>
        <translation>Schlüsselbund wird gesucht …</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Start with the &amp;profile:</source>
        <translation>Mit dem &amp;Profil beginnen:</translation>
    </message>
    <message>
        <source>Log &amp;detail:</source>
        <translation>Protokoll&amp;umfang:</translation>
    </message>
    <message>
        <source>Save files &amp;in:</source>
        <translation>Dateien speichern &amp;in:</translation>
    </message>
    <message>
        <source>Save files in</source>
        <translation>Dateien speichern in</translation>
    </message>
    <message>
        <source>Off by default. A remembered password is kept by the operating system, never in the console&apos;s settings.</source>
        <translation>Standardmäßig aus. Ein gemerktes Passwort verwahrt das Betriebssystem, nie die Einstellungen der Konsole.</translation>
    </message>
    <message>
        <source>When on, the password of a profile is kept by the operating system&apos;s keychain after it signed in successfully, and filled in next time. The console&apos;s own settings never hold a password.</source>
        <translation>Wenn eingeschaltet, verwahrt der Schlüsselbund des Betriebssystems das Passwort eines Profils nach erfolgreicher Anmeldung und trägt es beim nächsten Mal ein. Die Einstellungen der Konsole enthalten nie ein Passwort.</translation>
    </message>
</context>
<context>
    <name>PrivacyCall</name>
    <message>
        <source>The connection was lost while the change was being saved, so it is not known whether it was. Reconnect: the console then checks and tells you whether to do it again.</source>
        <translation>Die Verbindung ging verloren, während die Änderung gespeichert wurde; ob sie gespeichert ist, ist daher unbekannt. Verbinden Sie sich neu: Die Konsole prüft es dann und sagt Ihnen, ob Sie sie wiederholen müssen.</translation>
    </message>
</context>
<context>
    <name>ProcessingRecords</name>
    <message>
        <source>Account data</source>
        <translation>Kontodaten</translation>
    </message>
    <message>
        <source>Optional profile</source>
        <translation>Freiwilliges Profil</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Education data</source>
        <translation>Bildungsdaten</translation>
    </message>
    <message>
        <source>Technical data</source>
        <translation>Technische Daten</translation>
    </message>
    <message>
        <source>Communication data</source>
        <translation>Kommunikationsdaten</translation>
    </message>
    <message>
        <source>Payment data</source>
        <translation>Zahlungsdaten</translation>
    </message>
    <message>
        <source>Links to external services</source>
        <translation>Verknüpfungen mit externen Diensten</translation>
    </message>
    <message>
        <source>Providing the courses: accounts, access, progress and certificates (contract, Art. 6(1)(b) GDPR)</source>
        <translation>Bereitstellung der Kurse: Konten, Zugang, Fortschritt und Zertifikate (Vertrag, Art. 6 Abs. 1 lit. b DSGVO)</translation>
    </message>
    <message>
        <source>Personalised course suggestions and difficulty (legitimate interest, Art. 6(1)(f) GDPR)</source>
        <translation>Personalisierte Kursvorschläge und Schwierigkeit (berechtigtes Interesse, Art. 6 Abs. 1 lit. f DSGVO)</translation>
    </message>
    <message>
        <source>Messages and notices about the courses (contract, Art. 6(1)(b) GDPR)</source>
        <translation>Nachrichten und Hinweise zu den Kursen (Vertrag, Art. 6 Abs. 1 lit. b DSGVO)</translation>
    </message>
    <message>
        <source>Marketing emails (consent, Art. 6(1)(a) GDPR)</source>
        <translation>Werbe-E-Mails (Einwilligung, Art. 6 Abs. 1 lit. a DSGVO)</translation>
    </message>
    <message>
        <source>Security and fraud prevention (legitimate interest, Art. 6(1)(f) GDPR)</source>
        <translation>Sicherheit und Betrugsbekämpfung (berechtigtes Interesse, Art. 6 Abs. 1 lit. f DSGVO)</translation>
    </message>
    <message>
        <source>Legal obligations such as retention under tax law (Art. 6(1)(c) GDPR)</source>
        <translation>Rechtliche Pflichten wie die steuerrechtliche Aufbewahrung (Art. 6 Abs. 1 lit. c DSGVO)</translation>
    </message>
    <message>
        <source>Improving the courses from how they are used (legitimate interest, Art. 6(1)(f) GDPR)</source>
        <translation>Verbesserung der Kurse anhand ihrer Nutzung (berechtigtes Interesse, Art. 6 Abs. 1 lit. f DSGVO)</translation>
    </message>
    <message>
        <source>from the learner</source>
        <translation>von den Lernenden</translation>
    </message>
    <message>
        <source>recorded during use</source>
        <translation>bei der Nutzung erfasst</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <source>from a third party</source>
        <translation>von Dritten</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Video hosting</source>
        <translation>Video-Hosting</translation>
    </message>
    <message>
        <source>Payment services</source>
        <translation>Zahlungsdienste</translation>
    </message>
    <message>
        <source>Cloud storage and content delivery</source>
        <translation>Cloud-Speicher und Content Delivery</translation>
    </message>
    <message>
        <source>Communication tools</source>
        <translation>Kommunikationswerkzeuge</translation>
    </message>
    <message>
        <source>deleted when the learner&apos;s data is erased</source>
        <translation>gelöscht, wenn die Daten der Person gelöscht werden</translation>
    </message>
    <message>
        <source>made anonymous when the learner&apos;s data is erased</source>
        <translation>anonymisiert, wenn die Daten der Person gelöscht werden</translation>
    </message>
    <message>
        <source>kept %1 years from the end of the year of %2, restricted meanwhile, then deleted: %3</source>
        <translation>%1 Jahre ab Ende des Jahres von %2 aufbewahrt, in dieser Zeit eingeschränkt, danach gelöscht: %3</translation>
    </message>
    <message>
        <source>no rule</source>
        <translation>keine Regel</translation>
    </message>
    <message>
        <source>Records of processing activities (Art. 30(1) GDPR)</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten (Art. 30 Abs. 1 DSGVO)</translation>
    </message>
    <message>
        <source>As of %1, from the data map %2 version %3 (SHA-256 %4) applied on %5, the processor registry and the policies (privacy policy version %6).</source>
        <translation>Stand %1, aus der Datenkarte %2 Version %3 (SHA-256 %4), angewendet am %5, dem Verzeichnis der Auftragsverarbeiter und den Richtlinien (Datenschutzerklärung Version %6).</translation>
    </message>
    <message>
        <source>(a) Controller and data protection officer</source>
        <translation>(a) Verantwortlicher und Datenschutzbeauftragte(r)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name and contact</source>
        <translation>Name und Kontakt</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragte(r)</translation>
    </message>
    <message>
        <source>(b) Purposes of the processing</source>
        <translation>(b) Zwecke der Verarbeitung</translation>
    </message>
    <message>
        <source>(c) Categories of data subjects and of personal data</source>
        <translation>(c) Kategorien betroffener Personen und personenbezogener Daten</translation>
    </message>
    <message>
        <source>Data subjects: the learners of the platform (about %1 accounts).  Personal data, by category and table:</source>
        <translation>Betroffene Personen: die Lernenden der Plattform (etwa %1 Konten).  Personenbezogene Daten nach Kategorie und Tabelle:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <source>(d) Categories of recipients</source>
        <translation>(d) Kategorien von Empfängern</translation>
    </message>
    <message>
        <source>Within the controller: support staff (masked data, for a ticket), the data protection officer and administrators, each through their own database login; every access is logged. Processors:</source>
        <translation>Beim Verantwortlichen: der Support (maskierte Daten, zu einem Ticket), die/der Datenschutzbeauftragte und die Administration, jeweils mit eigener Datenbankanmeldung; jeder Zugriff wird protokolliert. Auftragsverarbeiter:</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Datenkategorien</translation>
    </message>
    <message>
        <source>Processing agreement</source>
        <translation>AV-Vertrag</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>(e) Transfers to third countries</source>
        <translation>(e) Übermittlungen in Drittländer</translation>
    </message>
    <message>
        <source>The processor registry records no transfer to a third country. Where a processor transfers data outside the EU/EEA, its processing agreement (above) names the safeguards under Art. 46 GDPR.</source>
        <translation>Das Verzeichnis der Auftragsverarbeiter verzeichnet keine Übermittlung in ein Drittland. Wo ein Auftragsverarbeiter Daten außerhalb der EU/des EWR übermittelt, nennt sein Auftragsverarbeitungsvertrag (oben) die Garantien nach Art. 46 DSGVO.</translation>
    </message>
    <message>
        <source>(f) Time limits for erasure</source>
        <translation>(f) Fristen für die Löschung</translation>
    </message>
    <message>
        <source>Data is kept while the learner&apos;s account exists. On erasure:</source>
        <translation>Die Daten werden aufbewahrt, solange das Konto der Person besteht. Bei der Löschung:</translation>
    </message>
    <message>
        <source>Erasure and retention</source>
        <translation>Löschung und Aufbewahrung</translation>
    </message>
    <message>
        <source>Each staff member works with their own database login in one role (support, data protection officer, administrator); the database enforces what each role may do, staff hold no table privilege.</source>
        <translation>Alle Mitarbeitenden arbeiten mit einer eigenen Datenbankanmeldung in einer Rolle (Support, Datenschutzbeauftragte(r), Administration); die Datenbank setzt durch, was jede Rolle darf, Mitarbeitende haben kein Recht auf Tabellen.</translation>
    </message>
    <message>
        <source>Every look at a learner&apos;s data is written, in the same transaction, to an access log chained by SHA-256 hashes, with its ticket or purpose; the data protection officer reviews and verifies it.</source>
        <translation>Jeder Blick auf die Daten einer Person wird in derselben Transaktion mit Ticket oder Zweck in ein durch SHA-256-Hashes verkettetes Zugriffsprotokoll geschrieben; die/der Datenschutzbeauftragte prüft und verifiziert es.</translation>
    </message>
    <message>
        <source>Support sees email addresses, billing addresses and message texts masked; revealing one needs a reason and is logged.</source>
        <translation>Der Support sieht E-Mail-Adressen, Rechnungsanschriften und Nachrichtentexte maskiert; ein Aufdecken braucht einen Grund und wird protokolliert.</translation>
    </message>
    <message>
        <source>Erasures and exports need a second person&apos;s approval; export packages are encrypted (AES-256).</source>
        <translation>Löschungen und Exporte brauchen die Freigabe einer zweiten Person; Exportpakete werden verschlüsselt (AES-256).</translation>
    </message>
    <message>
        <source>Personal data breaches are run as incidents against the 72-hour deadline of Art. 33 GDPR.</source>
        <translation>Verletzungen des Schutzes personenbezogener Daten werden als Vorfälle gegen die 72-Stunden-Frist des Art. 33 DSGVO bearbeitet.</translation>
    </message>
    <message>
        <source>(g) Technical and organisational security measures</source>
        <translation>(g) Technische und organisatorische Maßnahmen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Name the file .pdf or .csv: %1</source>
        <translation>Benennen Sie die Datei mit .pdf oder .csv: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Connections to a database on another machine are encrypted and the server verified (TLS, verify-full); the console keeps passwords only in the operating system&apos;s keychain.</source>
        <translation>Verbindungen zu einer Datenbank auf einem anderen Rechner sind verschlüsselt und der Server geprüft (TLS, verify-full); die Konsole bewahrt Passwörter nur im Schlüsselbund des Betriebssystems auf.</translation>
    </message>
    <message>
        <source>providing the courses</source>
        <translation>Bereitstellung der Kurse</translation>
    </message>
    <message>
        <source>personalisation</source>
        <translation>Personalisierung</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>legal obligations</source>
        <translation>rechtliche Pflichten</translation>
    </message>
    <message>
        <source>improving the courses</source>
        <translation>Verbesserung der Kurse</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
</context>
<context>
    <name>ProcessorsTab</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
    <message>
        <source>&amp;Deletion requests to:</source>
        <translation>&amp;Löschersuchen an:</translation>
    </message>
    <message>
        <source>Processing a&amp;greement:</source>
        <translation>Auftragsverarbeitungs&amp;vertrag:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Add processor</source>
        <translation>Auftragsverarbeiter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation>%1 ist gespeichert.</translation>
    </message>
    <message>
        <source>Data it receives:</source>
        <translation>Erhaltene Daten:</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Holds data of</source>
        <translation>Hat Daten von</translation>
    </message>
    <message>
        <source>Data it receives</source>
        <translation>Erhaltene Daten</translation>
    </message>
    <message>
        <source>&amp;New processor</source>
        <translation>&amp;Neuer Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>TLS mode:</source>
        <translation>TLS-Modus:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA-Zertifikat:</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>CA file for verify-full (optional)</source>
        <translation>CA-Datei für verify-full (optional)</translation>
    </message>
    <message>
        <source>The demo database runs on this computer and is reached through a local socket.</source>
        <translation>Die Demo-Datenbank läuft auf diesem Rechner und wird über einen lokalen Socket erreicht.</translation>
    </message>
    <message>
        <source>Encrypted, and the server&apos;s certificate and host name are verified.</source>
        <translation>Verschlüsselt; Zertifikat und Hostname des Servers werden geprüft.</translation>
    </message>
    <message>
        <source>Warning: the connection may be unencrypted. Use this only on this computer or a trusted network.</source>
        <translation>Achtung: Die Verbindung ist möglicherweise unverschlüsselt. Nutzen Sie das nur auf diesem Rechner oder in einem vertrauenswürdigen Netz.</translation>
    </message>
    <message>
        <source>Encrypted, but the server&apos;s identity is not fully verified.</source>
        <translation>Verschlüsselt, aber die Identität des Servers wird nicht vollständig geprüft.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reason (5 to 500 characters)</source>
        <translation>Begründung (5 bis 500 Zeichen)</translation>
    </message>
    <message>
        <source>Reason (5 to 500 characters), for example %1</source>
        <translation>Begründung (5 bis 500 Zeichen), zum Beispiel %1</translation>
    </message>
</context>
<context>
    <name>RectifyDialog</name>
    <message>
        <source>Rectify (Art. 16 GDPR)</source>
        <translation>Berichtigen (Art. 16 DSGVO)</translation>
    </message>
    <message>
        <source>leave empty to keep the current address</source>
        <translation>leer lassen, um die bisherige Adresse zu behalten</translation>
    </message>
    <message>
        <source>Correct what the learner reported as wrong. The log records which fields changed, not their old or new values.</source>
        <translation>Berichtigen Sie, was die lernende Person als falsch gemeldet hat. Das Protokoll hält fest, welche Felder sich geändert haben, nicht ihre alten oder neuen Werte.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>say whether to enable or disable</source>
        <translation>geben Sie an, ob aktiviert oder deaktiviert werden soll</translation>
    </message>
    <message>
        <source>the erasure of {table} can only {allowed}</source>
        <translation>für die Tabelle {table} ist bei der Löschung nur möglich: {allowed}</translation>
    </message>
    <message>
        <source>the last administrator cannot be disabled</source>
        <translation>die letzte Administratorin oder der letzte Administrator kann nicht deaktiviert werden</translation>
    </message>
    <message>
        <source>the last administrator keeps the role</source>
        <translation>die letzte Administratorin oder der letzte Administrator behält die Rolle</translation>
    </message>
    <message>
        <source>no staff login named {login}</source>
        <translation>es gibt keine Mitarbeiteranmeldung namens {login}</translation>
    </message>
    <message>
        <source>there is no policy {policy}</source>
        <translation>es gibt keine Richtlinie {policy}</translation>
    </message>
    <message>
        <source>there is no processor {id}</source>
        <translation>es gibt keinen Auftragsverarbeiter {id}</translation>
    </message>
    <message>
        <source>there is no rule for the table {table}</source>
        <translation>für die Tabelle {table} gibt es keine Regel</translation>
    </message>
    <message>
        <source>you cannot change your own login; ask another administrator</source>
        <translation>Sie können Ihre eigene Anmeldung nicht ändern; bitten Sie eine andere Administratorin oder einen anderen Administrator</translation>
    </message>
    <message>
        <source>the category must be analytics, video_hosting, payment, cloud_cdn or communication</source>
        <translation>die Kategorie muss analytics, video_hosting, payment, cloud_cdn oder communication sein</translation>
    </message>
    <message>
        <source>give a contact of 3 to 500 characters; the deletion contact and the agreement reference may be up to 500 and 200</source>
        <translation>geben Sie einen Kontakt von 3 bis 500 Zeichen an; der Löschkontakt und die Vertragsreferenz dürfen bis zu 500 bzw. 200 Zeichen haben</translation>
    </message>
    <message>
        <source>unknown data category: use account, profile, consents, education, technical, communication, payment</source>
        <translation>unbekannte Datenkategorie: verwenden Sie account, profile, consents, education, technical, communication oder payment</translation>
    </message>
    <message>
        <source>a processor named {name} exists already</source>
        <translation>einen Auftragsverarbeiter namens {name} gibt es bereits</translation>
    </message>
    <message>
        <source>give the processor a name of 2 to 200 characters</source>
        <translation>geben Sie dem Auftragsverarbeiter einen Namen von 2 bis 200 Zeichen</translation>
    </message>
    <message>
        <source>give the legal basis in English and German, 10 to 1000 characters each</source>
        <translation>geben Sie die Rechtsgrundlage auf Englisch und Deutsch an, jeweils 10 bis 1000 Zeichen</translation>
    </message>
    <message>
        <source>the retention period must be 1 to 30 years</source>
        <translation>die Aufbewahrungsfrist muss 1 bis 30 Jahre betragen</translation>
    </message>
    <message>
        <source>the chart shows entries per day or per hour</source>
        <translation>das Diagramm zeigt Einträge je Tag oder je Stunde</translation>
    </message>
    <message>
        <source>this value does not fit the setting</source>
        <translation>dieser Wert passt nicht zur Einstellung</translation>
    </message>
    <message>
        <source>this setting is not one of the access-log review&apos;s</source>
        <translation>diese Einstellung gehört nicht zur Prüfung des Zugriffsprotokolls</translation>
    </message>
    <message>
        <source>this request is already approved</source>
        <translation>diese Anfrage ist bereits genehmigt</translation>
    </message>
    <message>
        <source>a decision needs a reason of 5 to 1000 characters</source>
        <translation>eine Entscheidung braucht eine Begründung von 5 bis 1000 Zeichen</translation>
    </message>
    <message>
        <source>only the data protection officer may do this</source>
        <translation>nur die bzw. der Datenschutzbeauftragte darf das</translation>
    </message>
    <message>
        <source>you opened this request; a second person must decide on it</source>
        <translation>Sie haben diese Anfrage eröffnet; eine zweite Person muss darüber entscheiden</translation>
    </message>
    <message>
        <source>there is no such erasure request</source>
        <translation>diese Löschanfrage gibt es nicht</translation>
    </message>
    <message>
        <source>there is no such open task</source>
        <translation>diese offene Aufgabe gibt es nicht</translation>
    </message>
    <message>
        <source>only an approved erasure request can be executed</source>
        <translation>nur eine genehmigte Löschanfrage kann ausgeführt werden</translation>
    </message>
    <message>
        <source>this is not an erasure request</source>
        <translation>dies ist keine Löschanfrage</translation>
    </message>
    <message>
        <source>records can only be purged as of today or an earlier day</source>
        <translation>Aufzeichnungen können nur zu heute oder einem früheren Tag gelöscht werden</translation>
    </message>
    <message>
        <source>say in 3 to 1000 characters what was done or where the evidence is</source>
        <translation>bitte in 3 bis 1000 Zeichen angeben, was getan wurde oder wo der Nachweis liegt</translation>
    </message>
    <message>
        <source>invalid archive checksum</source>
        <translation>ungültige Prüfsumme des Archivs</translation>
    </message>
    <message>
        <source>this is not an export request</source>
        <translation>dies ist keine Exportanfrage</translation>
    </message>
    <message>
        <source>start the export first</source>
        <translation>zuerst den Export starten</translation>
    </message>
    <message>
        <source>the criteria must be a JSON object</source>
        <translation>die Kriterien müssen ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>the address range must be an IP address or a CIDR range such as 203.0.113.0/24</source>
        <translation>der Adressbereich muss eine IP-Adresse oder ein CIDR-Bereich wie 203.0.113.0/24 sein</translation>
    </message>
    <message>
        <source>choose at least one criterion</source>
        <translation>wählen Sie mindestens ein Kriterium</translation>
    </message>
    <message>
        <source>there is no such finding</source>
        <translation>dieses Suchergebnis gibt es nicht</translation>
    </message>
    <message>
        <source>the course and the processor are given by number</source>
        <translation>Kurs und Auftragsverarbeiter werden als Nummer angegeben</translation>
    </message>
    <message>
        <source>unknown criterion: use from, to, network, course_id, payment, processor_id</source>
        <translation>unbekanntes Kriterium: verwenden Sie from, to, network, course_id, payment oder processor_id</translation>
    </message>
    <message>
        <source>the time window must be given as two ISO 8601 times</source>
        <translation>das Zeitfenster muss als zwei Zeitpunkte nach ISO 8601 angegeben werden</translation>
    </message>
    <message>
        <source>the time window must end after it begins</source>
        <translation>das Zeitfenster muss nach seinem Beginn enden</translation>
    </message>
    <message>
        <source>the approximate numbers must be whole numbers of zero or more</source>
        <translation>die ungefähren Anzahlen müssen ganze Zahlen ab null sein</translation>
    </message>
    <message>
        <source>the time of becoming aware cannot lie in the future</source>
        <translation>der Zeitpunkt der Kenntnisnahme kann nicht in der Zukunft liegen</translation>
    </message>
    <message>
        <source>someone else is changing this incident right now; try again in a moment</source>
        <translation>jemand anderes ändert diesen Vorfall gerade; bitte gleich noch einmal versuchen</translation>
    </message>
    <message>
        <source>the checklist is not valid: each item needs a known section, when it applies, a key, English and German titles and whether it is mandatory</source>
        <translation>die Checkliste ist ungültig: jeder Punkt braucht einen bekannten Abschnitt, wann er gilt, einen Schlüssel, einen englischen und deutschen Titel und ob er Pflicht ist</translation>
    </message>
    <message>
        <source>an incident needs a checklist of 1 to 500 items</source>
        <translation>ein Vorfall braucht eine Checkliste mit 1 bis 500 Punkten</translation>
    </message>
    <message>
        <source>assess the risk before closing the incident</source>
        <translation>bewerten Sie das Risiko, bevor Sie den Vorfall abschließen</translation>
    </message>
    <message>
        <source>this incident is closed</source>
        <translation>dieser Vorfall ist abgeschlossen</translation>
    </message>
    <message>
        <source>the 72 hours have passed: give the reasons for the delay (Art. 33(1))</source>
        <translation>die 72 Stunden sind vorbei: geben Sie die Gründe für die Verzögerung an (Art. 33 Abs. 1)</translation>
    </message>
    <message>
        <source>the description or the reporter is too long</source>
        <translation>die Beschreibung oder die meldende Stelle ist zu lang</translation>
    </message>
    <message>
        <source>the breach cannot be detected after the organisation became aware of it</source>
        <translation>die Verletzung kann nicht erst entdeckt worden sein, nachdem die Organisation von ihr Kenntnis erlangt hat</translation>
    </message>
    <message>
        <source>the exception must be a, b or c of Art. 34(3)</source>
        <translation>die Ausnahme muss a, b oder c nach Art. 34 Abs. 3 sein</translation>
    </message>
    <message>
        <source>an Art. 34(3) exception applies only to a high risk</source>
        <translation>eine Ausnahme nach Art. 34 Abs. 3 gilt nur bei hohem Risiko</translation>
    </message>
    <message>
        <source>record why the exception applies in 10 to 5000 characters</source>
        <translation>halten Sie in 10 bis 5000 Zeichen fest, warum die Ausnahme gilt</translation>
    </message>
    <message>
        <source>the field {field} must be text of at most 20000 characters</source>
        <translation>das Feld {field} muss ein Text von höchstens 20000 Zeichen sein</translation>
    </message>
    <message>
        <source>the fields must be a JSON object</source>
        <translation>die Felder müssen ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>the note is too long (at most 2000 characters)</source>
        <translation>die Notiz ist zu lang (höchstens 2000 Zeichen)</translation>
    </message>
    <message>
        <source>mandatory checklist items are still open: {items}</source>
        <translation>Pflichtpunkte der Checkliste sind noch offen: {items}</translation>
    </message>
    <message>
        <source>there is no such incident</source>
        <translation>diesen Vorfall gibt es nicht</translation>
    </message>
    <message>
        <source>there is no such checklist item</source>
        <translation>diesen Punkt der Checkliste gibt es nicht</translation>
    </message>
    <message>
        <source>the notice lacks required content: {fields}</source>
        <translation>der Meldung fehlen Pflichtangaben: {fields}</translation>
    </message>
    <message>
        <source>assess the risk before recording a notice</source>
        <translation>bewerten Sie das Risiko, bevor Sie eine Meldung erfassen</translation>
    </message>
    <message>
        <source>the notice must go to the authority, the people concerned or the public</source>
        <translation>die Meldung geht an die Aufsichtsbehörde, die betroffenen Personen oder die Öffentlichkeit</translation>
    </message>
    <message>
        <source>the reference, note or reasons are too long</source>
        <translation>Aktenzeichen, Notiz oder Gründe sind zu lang</translation>
    </message>
    <message>
        <source>a public communication replaces the individual one only under Art. 34(3)(c)</source>
        <translation>eine öffentliche Bekanntmachung ersetzt die einzelne Benachrichtigung nur nach Art. 34 Abs. 3 lit. c</translation>
    </message>
    <message>
        <source>the required notice to {recipient} has not been recorded</source>
        <translation>die erforderliche Meldung an {recipient} ist nicht erfasst</translation>
    </message>
    <message>
        <source>the risk must be none, risk or high_risk</source>
        <translation>das Risiko muss none, risk oder high_risk sein</translation>
    </message>
    <message>
        <source>record the reasoning for the risk assessment in 10 to 5000 characters</source>
        <translation>halten Sie die Begründung der Risikobewertung in 10 bis 5000 Zeichen fest</translation>
    </message>
    <message>
        <source>only the data protection officer and administrators may handle incidents</source>
        <translation>nur die bzw. der Datenschutzbeauftragte und die Administration dürfen Vorfälle bearbeiten</translation>
    </message>
    <message>
        <source>the people concerned are told when the risk is high and no exception of Art. 34(3) applies</source>
        <translation>die betroffenen Personen werden benachrichtigt, wenn das Risiko hoch ist und keine Ausnahme nach Art. 34 Abs. 3 gilt</translation>
    </message>
    <message>
        <source>summarize the outcome in 10 to 20000 characters</source>
        <translation>fassen Sie das Ergebnis in 10 bis 20000 Zeichen zusammen</translation>
    </message>
    <message>
        <source>give the incident a title of 3 to 200 characters</source>
        <translation>geben Sie dem Vorfall einen Titel von 3 bis 200 Zeichen</translation>
    </message>
    <message>
        <source>an incident has no field {field}</source>
        <translation>ein Vorfall hat kein Feld {field}</translation>
    </message>
    <message>
        <source>this is not a valid email address</source>
        <translation>das ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>another account uses this email address</source>
        <translation>ein anderes Konto verwendet diese E-Mail-Adresse</translation>
    </message>
    <message>
        <source>names must be at most 100 characters without control characters</source>
        <translation>Namen dürfen höchstens 100 Zeichen ohne Steuerzeichen haben</translation>
    </message>
    <message>
        <source>learner {learner} has no such record</source>
        <translation>die lernende Person {learner} hat keinen solchen Datensatz</translation>
    </message>
    <message>
        <source>a restriction needs a reason of 5 to 500 characters</source>
        <translation>eine Einschränkung braucht eine Begründung von 5 bis 500 Zeichen</translation>
    </message>
    <message>
        <source>a reveal needs a reason of 5 to 500 characters</source>
        <translation>ein Aufdecken braucht eine Begründung von 5 bis 500 Zeichen</translation>
    </message>
    <message>
        <source>unknown data category</source>
        <translation>unbekannte Datenkategorie</translation>
    </message>
    <message>
        <source>the access log is append-only: {operation} is refused</source>
        <translation>das Zugriffsprotokoll kann nur ergänzt werden: {operation} wird abgelehnt</translation>
    </message>
    <message>
        <source>invalid access-log action</source>
        <translation>ungültige Aktion für das Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>login {login} is not staff</source>
        <translation>die Anmeldung {login} gehört zu keiner Mitarbeiterin und keinem Mitarbeiter</translation>
    </message>
    <message>
        <source>give a ticket reference or a purpose</source>
        <translation>geben Sie eine Ticketnummer oder einen Zweck an</translation>
    </message>
    <message>
        <source>this learner was erased; what is retained is visible to the data protection officer only</source>
        <translation>diese lernende Person wurde gelöscht; was aufbewahrt wird, sieht nur die bzw. der Datenschutzbeauftragte</translation>
    </message>
    <message>
        <source>this is not a valid IP address or network</source>
        <translation>das ist keine gültige IP-Adresse und kein gültiges Netz</translation>
    </message>
    <message>
        <source>learner {learner} was erased; nothing can be done on this account</source>
        <translation>die lernende Person {learner} wurde gelöscht; mit diesem Konto ist nichts mehr möglich</translation>
    </message>
    <message>
        <source>there is no learner with id {learner}</source>
        <translation>es gibt keine lernende Person mit der Nummer {learner}</translation>
    </message>
    <message>
        <source>the purpose is too long (at most 500 characters)</source>
        <translation>der Zweck ist zu lang (höchstens 500 Zeichen)</translation>
    </message>
    <message>
        <source>the search text contains control characters</source>
        <translation>der Suchtext enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>type something to search for</source>
        <translation>geben Sie einen Suchbegriff ein</translation>
    </message>
    <message>
        <source>the search text is too long ({length} characters; at most 200)</source>
        <translation>der Suchtext ist zu lang ({length} Zeichen; höchstens 200)</translation>
    </message>
    <message>
        <source>only support staff and the data protection officer may look at learners</source>
        <translation>nur der Support und die oder der Datenschutzbeauftragte dürfen Lernende ansehen</translation>
    </message>
    <message>
        <source>the ticket reference does not have the agreed form (for example SUP-12345)</source>
        <translation>die Ticketnummer hat nicht die vereinbarte Form (zum Beispiel SUP-12345)</translation>
    </message>
    <message>
        <source>a ticket reference is required</source>
        <translation>eine Ticketnummer ist erforderlich</translation>
    </message>
    <message>
        <source>requests can only be assigned to support staff or the data protection officer</source>
        <translation>Anfragen können nur dem Support oder der bzw. dem Datenschutzbeauftragten zugewiesen werden</translation>
    </message>
    <message>
        <source>someone else is working on this request right now; try again in a moment</source>
        <translation>jemand anderes bearbeitet diese Anfrage gerade; bitte gleich noch einmal versuchen</translation>
    </message>
    <message>
        <source>closing a request needs a note of at least 5 characters</source>
        <translation>zum Abschließen einer Anfrage ist eine Notiz von mindestens 5 Zeichen nötig</translation>
    </message>
    <message>
        <source>this request is already closed</source>
        <translation>diese Anfrage ist bereits abgeschlossen</translation>
    </message>
    <message>
        <source>this learner already has an open request of this kind</source>
        <translation>für diese lernende Person ist bereits eine offene Anfrage dieser Art vorhanden</translation>
    </message>
    <message>
        <source>an erasure request is approved or rejected by a second person, through its decision</source>
        <translation>eine Löschanfrage wird von einer zweiten Person durch ihre Entscheidung genehmigt oder abgelehnt</translation>
    </message>
    <message>
        <source>a request can be extended by at most two further months in total</source>
        <translation>eine Anfrage kann insgesamt um höchstens zwei weitere Monate verlängert werden</translation>
    </message>
    <message>
        <source>an extension needs a reason of 10 to 1000 characters</source>
        <translation>eine Verlängerung braucht eine Begründung von 10 bis 1000 Zeichen</translation>
    </message>
    <message>
        <source>the first month has passed; the deadline can no longer be extended</source>
        <translation>der erste Monat ist vorbei; die Frist kann nicht mehr verlängert werden</translation>
    </message>
    <message>
        <source>export and erasure requests are fulfilled by running them</source>
        <translation>Export- und Löschanfragen werden durch ihre Ausführung erfüllt</translation>
    </message>
    <message>
        <source>the kind of request must be export, erasure, rectification, restriction or objection</source>
        <translation>die Art der Anfrage muss Export, Löschung, Berichtigung, Einschränkung oder Widerspruch sein</translation>
    </message>
    <message>
        <source>there is no such request</source>
        <translation>diese Anfrage gibt es nicht</translation>
    </message>
    <message>
        <source>the note is too long (at most 1000 characters)</source>
        <translation>die Notiz ist zu lang (höchstens 1000 Zeichen)</translation>
    </message>
    <message>
        <source>the date received must lie within the last year and not in the future</source>
        <translation>das Eingangsdatum muss im letzten Jahr liegen und darf nicht in der Zukunft liegen</translation>
    </message>
    <message>
        <source>only support staff and the data protection officer may work on requests</source>
        <translation>nur der Support und die bzw. der Datenschutzbeauftragte dürfen Anfragen bearbeiten</translation>
    </message>
    <message>
        <source>this change of status is not allowed</source>
        <translation>dieser Statuswechsel ist nicht erlaubt</translation>
    </message>
    <message>
        <source>say in 5 to 500 characters how the requester&apos;s identity was verified</source>
        <translation>bitte in 5 bis 500 Zeichen angeben, wie die Identität der anfragenden Person geprüft wurde</translation>
    </message>
    <message>
        <source>only an administrator may manage staff</source>
        <translation>nur die Administration darf Mitarbeitende verwalten</translation>
    </message>
    <message>
        <source>invalid role: use support, dpo or admin</source>
        <translation>ungültige Rolle: verwenden Sie support, dpo oder admin</translation>
    </message>
    <message>
        <source>the last administrator cannot be removed</source>
        <translation>die letzte Administratorin oder der letzte Administrator kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>a login named {login} exists already</source>
        <translation>eine Anmeldung namens {login} gibt es bereits</translation>
    </message>
    <message>
        <source>invalid login name: use 2 to 63 lower-case letters, digits, dot, dash or underscore</source>
        <translation>ungültiger Anmeldename: verwenden Sie 2 bis 63 Kleinbuchstaben, Ziffern, Punkt, Bindestrich oder Unterstrich</translation>
    </message>
    <message>
        <source>the password must be given as a SCRAM-SHA-256 verifier</source>
        <translation>das Passwort muss als SCRAM-SHA-256-Verifier angegeben werden</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>anonymize</source>
        <translation>anonymisieren</translation>
    </message>
    <message>
        <source>retain</source>
        <translation>aufbewahren</translation>
    </message>
    <message>
        <source>retain or delete</source>
        <translation>aufbewahren oder löschen</translation>
    </message>
    <message>
        <source>the authority</source>
        <translation>die Aufsichtsbehörde</translation>
    </message>
    <message>
        <source>the people concerned</source>
        <translation>die betroffenen Personen</translation>
    </message>
    <message>
        <source>the public</source>
        <translation>die Öffentlichkeit</translation>
    </message>
    <message>
        <source>the nature of the breach</source>
        <translation>Art der Verletzung</translation>
    </message>
    <message>
        <source>the categories of people concerned</source>
        <translation>Kategorien betroffener Personen</translation>
    </message>
    <message>
        <source>the approximate number of people concerned</source>
        <translation>ungefähre Zahl betroffener Personen</translation>
    </message>
    <message>
        <source>the categories of records</source>
        <translation>Kategorien der Datensätze</translation>
    </message>
    <message>
        <source>the approximate number of records</source>
        <translation>ungefähre Zahl der Datensätze</translation>
    </message>
    <message>
        <source>the contact of the data protection officer</source>
        <translation>Kontakt der bzw. des Datenschutzbeauftragten</translation>
    </message>
    <message>
        <source>the likely consequences</source>
        <translation>wahrscheinliche Folgen</translation>
    </message>
    <message>
        <source>the measures taken or proposed</source>
        <translation>ergriffene oder vorgeschlagene Maßnahmen</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>the reporter</source>
        <translation>meldende Stelle</translation>
    </message>
    <message>
        <source>this value does not fit the policy &quot;{policy}&quot;</source>
        <translation>dieser Wert passt nicht zur Richtlinie „{policy}“</translation>
    </message>
    <message>
        <source>ticket reference pattern</source>
        <translation>Muster der Ticketnummer</translation>
    </message>
    <message>
        <source>contact of the data protection officer</source>
        <translation>Kontakt der oder des Datenschutzbeauftragten</translation>
    </message>
    <message>
        <source>privacy policy version</source>
        <translation>Version der Datenschutzerklärung</translation>
    </message>
    <message>
        <source>days before a request is due soon</source>
        <translation>Tage, bevor eine Anfrage bald fällig ist</translation>
    </message>
    <message>
        <source>search results at most</source>
        <translation>höchstens so viele Suchtreffer</translation>
    </message>
    <message>
        <source>incident finder sample size</source>
        <translation>Stichprobengröße der Betroffenensuche</translation>
    </message>
    <message>
        <source>unusual volume: people an hour</source>
        <translation>ungewöhnliche Menge: Personen je Stunde</translation>
    </message>
    <message>
        <source>unusual volume: times the usual hour</source>
        <translation>ungewöhnliche Menge: Vielfaches der üblichen Stunde</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>time zone of the working hours</source>
        <translation>Zeitzone der Arbeitszeit</translation>
    </message>
    <message>
        <source>a checkpoint is noted with its last entry and the fingerprint of its key</source>
        <translation>ein Prüfpunkt wird mit seinem letzten Eintrag und dem Fingerabdruck seines Schlüssels vermerkt</translation>
    </message>
    <message>
        <source>entry {entry} has been reviewed already</source>
        <translation>Eintrag {entry} ist bereits geprüft</translation>
    </message>
    <message>
        <source>entry {entry} is not flagged</source>
        <translation>Eintrag {entry} ist nicht markiert</translation>
    </message>
    <message>
        <source>a review needs a note of at most 2000 characters</source>
        <translation>eine Prüfung braucht eine Notiz von höchstens 2000 Zeichen</translation>
    </message>
    <message>
        <source>the outcome of a review is justified, followed up or escalated</source>
        <translation>das Ergebnis einer Prüfung ist begründet, nachverfolgt oder eskaliert</translation>
    </message>
    <message>
        <source>entry {entry} is your own access; another data protection officer reviews it</source>
        <translation>Eintrag {entry} ist Ihr eigener Zugriff; ein(e) andere(r) Datenschutzbeauftragte(r) prüft ihn</translation>
    </message>
    <message>
        <source>a verification is noted with its number of entries and whether the chain is intact</source>
        <translation>eine Prüfung wird mit der Zahl ihrer Einträge vermerkt und ob die Kette intakt ist</translation>
    </message>
    <message>
        <source>an approval needs a reason of 5 to 1000 characters</source>
        <translation>eine Genehmigung braucht eine Begründung von 5 bis 1000 Zeichen</translation>
    </message>
    <message>
        <source>a data protection officer who did not open this export request must approve it first</source>
        <translation>eine Datenschutzbeauftragte oder ein Datenschutzbeauftragter, die oder der diese Exportanfrage nicht eröffnet hat, muss sie zuerst genehmigen</translation>
    </message>
    <message>
        <source>you cannot confirm your own role; ask another administrator</source>
        <translation>Sie können Ihre eigene Rolle nicht bestätigen; bitten Sie eine andere Administratorin oder einen anderen Administrator</translation>
    </message>
    <message>
        <source>exports need a DPO&apos;s approval</source>
        <translation>Exporte brauchen die Genehmigung der oder des Datenschutzbeauftragten</translation>
    </message>
    <message>
        <source>days until a role is confirmed again</source>
        <translation>Tage, bis eine Rolle erneut bestätigt wird</translation>
    </message>
    <message>
        <source>days without a signed checkpoint</source>
        <translation>Tage ohne signierten Prüfpunkt</translation>
    </message>
    <message>
        <source>only an administrator or the data protection officer may work with the data map</source>
        <translation>nur Administratoren oder die bzw. der Datenschutzbeauftragte dürfen mit der Datenkarte arbeiten</translation>
    </message>
    <message>
        <source>only an administrator may apply a data map</source>
        <translation>nur Administratoren dürfen eine Datenkarte anwenden</translation>
    </message>
    <message>
        <source>the data map has {errors} errors; run &quot;fxctl map check&quot; to see them</source>
        <translation>die Datenkarte hat Fehler ({errors}); „fxctl map check“ zeigt sie</translation>
    </message>
    <message>
        <source>the data map&apos;s SHA-256 is missing or malformed</source>
        <translation>die SHA-256 der Datenkarte fehlt oder ist fehlerhaft</translation>
    </message>
    <message>
        <source>no data map has been applied to this database yet</source>
        <translation>auf diese Datenbank wurde noch keine Datenkarte angewendet</translation>
    </message>
    <message>
        <source>the data map is too large (at most 1 MiB)</source>
        <translation>die Datenkarte ist zu groß (höchstens 1 MiB)</translation>
    </message>
    <message>
        <source>the data map of this platform binds no such account operation</source>
        <translation>die Datenkarte dieser Plattform sieht diese Kontooperation nicht vor</translation>
    </message>
    <message>
        <source>this field cannot be revealed; only what the data map masks can be</source>
        <translation>dieses Feld kann nicht aufgedeckt werden; nur was die Datenkarte maskiert, lässt sich aufdecken</translation>
    </message>
    <message>
        <source>the data map names no courses</source>
        <translation>die Datenkarte nennt keine Kurse</translation>
    </message>
    <message>
        <source>the data map names no tables of payment data</source>
        <translation>die Datenkarte nennt keine Tabellen mit Zahlungsdaten</translation>
    </message>
    <message>
        <source>the data map does not say which processor holds whose data</source>
        <translation>die Datenkarte sagt nicht, welcher Auftragsverarbeiter wessen Daten hat</translation>
    </message>
    <message>
        <source>the data map names no addresses with the time they were seen, so there is nothing to search by time or address</source>
        <translation>die Datenkarte nennt keine Adressen mit dem Zeitpunkt, zu dem sie gesehen wurden; nach Zeit oder Adresse lässt sich daher nichts suchen</translation>
    </message>
    <message>
        <source>this platform keeps no history of consents</source>
        <translation>diese Plattform führt keinen Verlauf der Einwilligungen</translation>
    </message>
</context>
<context>
    <name>RequestQueueModel</name>
    <message>
        <source>Export (access)</source>
        <translation>Export (Auskunft)</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Berichtigung</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %Ln day(s)</source>
        <translation>
            <numerusform>seit %Ln Tag überfällig</numerusform>
            <numerusform>seit %Ln Tagen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left</source>
        <translation>
            <numerusform>noch %Ln Tag</numerusform>
            <numerusform>noch %Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation> (verlängert)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Lernende Person</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>eröffnet</translation>
    </message>
    <message>
        <source>deadline extended</source>
        <translation>Frist verlängert</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>zugewiesen</translation>
    </message>
    <message numerus="yes">
        <source>due soon: %Ln day(s) left</source>
        <translation>
            <numerusform>bald fällig: noch %Ln Tag</numerusform>
            <numerusform>bald fällig: noch %Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>gelöscht</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Choose a request to see its details.</source>
        <translation>Wählen Sie eine Anfrage, um ihre Einzelheiten zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE by %Ln day(s)</source>
        <translation>
            <numerusform>ÜBERFÄLLIG seit %Ln Tag</numerusform>
            <numerusform>ÜBERFÄLLIG seit %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left</source>
        <translation>
            <numerusform>noch %Ln Tag</numerusform>
            <numerusform>noch %Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>Anfrage %1: %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Lernende Person</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Identity verified by</source>
        <translation>Identität geprüft durch</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Verlängert</translation>
    </message>
    <message numerus="yes">
        <source>by %Ln month(s): </source>
        <translation>
            <numerusform>um %Ln Monat: </numerusform>
            <numerusform>um %Ln Monate: </numerusform>
        </translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Eröffnet von</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Export SHA-256</source>
        <translation>SHA-256 des Exports</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Note for the requester</source>
        <translation>Mitteilung an die anfragende Person</translation>
    </message>
    <message>
        <source>Request %1 is in progress.</source>
        <translation>Anfrage %1 ist in Bearbeitung.</translation>
    </message>
    <message>
        <source>Request %1 is now due %2. Send the requester the note below.</source>
        <translation>Anfrage %1 ist jetzt am %2 fällig. Senden Sie der anfragenden Person die Mitteilung unten.</translation>
    </message>
    <message>
        <source>Mark as fulfilled</source>
        <translation>Als erfüllt markieren</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Anfrage ablehnen</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Rücknahme erfassen</translation>
    </message>
    <message>
        <source>Closing request %1 cannot be undone. Note what was done or why:</source>
        <translation>Das Abschließen von Anfrage %1 lässt sich nicht rückgängig machen. Notieren Sie, was getan wurde oder warum:</translation>
    </message>
    <message>
        <source>Request %1: %2.</source>
        <translation>Anfrage %1: %2.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Zuständigen</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Mir zugewiesen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Learner id</source>
        <translation>Lernenden-ID</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Verlängern …</translation>
    </message>
    <message>
        <source>Fulfilled…</source>
        <translation>Erfüllt …</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen …</translation>
    </message>
    <message>
        <source>Withdrawn…</source>
        <translation>Zurückgezogen …</translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation>Exportpaket …</translation>
    </message>
    <message>
        <source>No restricted record has reached the end of its retention period.</source>
        <translation>Keine eingeschränkte Aufzeichnung hat das Ende ihrer Aufbewahrungsfrist erreicht.</translation>
    </message>
    <message>
        <source>Purge expired records</source>
        <translation>Abgelaufene Aufzeichnungen löschen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln restricted record(s) of erased learners have reached the end of their retention period. Delete them now? This is logged like any erasure and cannot be undone.</source>
        <translation>
            <numerusform>%Ln eingeschränkte Aufzeichnung gelöschter Lernender hat das Ende ihrer Aufbewahrungsfrist erreicht. Jetzt löschen? Das wird wie jede Löschung protokolliert und lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%Ln eingeschränkte Aufzeichnungen gelöschter Lernender haben das Ende ihrer Aufbewahrungsfrist erreicht. Jetzt löschen? Das wird wie jede Löschung protokolliert und lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln restricted record(s) deleted.</source>
        <translation>
            <numerusform>%Ln eingeschränkte Aufzeichnung gelöscht.</numerusform>
            <numerusform>%Ln eingeschränkte Aufzeichnungen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasure…</source>
        <translation>Löschung …</translation>
    </message>
    <message>
        <source>Purge expired records…</source>
        <translation>Abgelaufene Aufzeichnungen löschen …</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Einzelheiten der Anfrage</translation>
    </message>
    <message>
        <source>A data protection officer must approve this export before it can be built.</source>
        <translation>Eine Datenschutzbeauftragte oder ein Datenschutzbeauftragter muss diesen Export genehmigen, bevor er erstellt werden kann.</translation>
    </message>
    <message>
        <source>You opened this request, so another data protection officer must approve it (four eyes).</source>
        <translation>Sie haben diese Anfrage eröffnet; daher muss eine andere Datenschutzbeauftragte oder ein anderer Datenschutzbeauftragter sie genehmigen (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <source>Learner&apos;s language</source>
        <translation>Sprache der lernenden Person</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>needed before the export is built (a second person, data protection officer)</source>
        <translation>nötig, bevor der Export erstellt wird (eine zweite Person, Datenschutzbeauftragte oder Datenschutzbeauftragter)</translation>
    </message>
    <message>
        <source>the requester withdrew by email of 3 May</source>
        <translation>die antragstellende Person hat per E-Mail vom 3. Mai zurückgezogen</translation>
    </message>
    <message>
        <source>the data were corrected as requested</source>
        <translation>die Daten wurden wie gewünscht berichtigt</translation>
    </message>
    <message>
        <source>Choose an export request in the queue first; Ctrl+E then builds its package.</source>
        <translation>Wählen Sie zuerst eine Exportanfrage in der Liste; Strg+E erstellt dann ihr Paket.</translation>
    </message>
    <message>
        <source>Request %1 is a request for %2; only export requests have a package to build.</source>
        <translation>Anfrage %1 ist eine Anfrage auf %2; nur Exportanfragen haben ein Paket zum Erstellen.</translation>
    </message>
    <message>
        <source>Request %1 is closed (%2); its package cannot be built again.</source>
        <translation>Anfrage %1 ist abgeschlossen (%2); ihr Paket kann nicht noch einmal erstellt werden.</translation>
    </message>
    <message>
        <source>Request %1 needs the approval of a data protection officer who did not open it before its package can be built.</source>
        <translation>Anfrage %1 braucht die Genehmigung einer oder eines Datenschutzbeauftragten, die oder der sie nicht eröffnet hat, bevor ihr Paket erstellt werden kann.</translation>
    </message>
    <message>
        <source>Approve export</source>
        <translation>Export genehmigen</translation>
    </message>
    <message>
        <source>You approve building the export package of request %1 (learner %2) as the second person. Why?</source>
        <translation>Sie genehmigen als zweite Person, das Exportpaket der Anfrage %1 (lernende Person %2) zu erstellen. Warum?</translation>
    </message>
    <message>
        <source>identity checked by a call-back to the account&apos;s phone number</source>
        <translation>Identität durch Rückruf an die Telefonnummer des Kontos geprüft</translation>
    </message>
    <message>
        <source>Request %1 is approved; its export package can be built now.</source>
        <translation>Anfrage %1 ist genehmigt; ihr Exportpaket kann jetzt erstellt werden.</translation>
    </message>
    <message>
        <source>Approve export…</source>
        <translation>Export genehmigen …</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>anonymized</source>
        <translation>anonymisiert</translation>
    </message>
    <message>
        <source>retained and restricted</source>
        <translation>aufbewahrt und eingeschränkt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln Jahr</numerusform>
            <numerusform>%Ln Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>This period releases no restricted record.</source>
        <translation>Diese Frist gibt keine eingeschränkte Aufzeichnung frei.</translation>
    </message>
    <message numerus="yes">
        <source>This period releases %Ln restricted record(s) for the purge (erased learners %1).</source>
        <translation>
            <numerusform>Diese Frist gibt %Ln eingeschränkte Aufzeichnung für die Bereinigung frei (gelöschte Lernende %1).</numerusform>
            <numerusform>Diese Frist gibt %Ln eingeschränkte Aufzeichnungen für die Bereinigung frei (gelöschte Lernende %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The period is now %Ln years; future previews use it.</source>
        <translation>
            <numerusform>Die Frist ist jetzt %Ln Jahr; künftige Vorschauen verwenden sie.</numerusform>
            <numerusform>Die Frist ist jetzt %Ln Jahre; künftige Vorschauen verwenden sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln restricted record(s) released for the purge.</source>
        <translation>
            <numerusform>%Ln eingeschränkte Aufzeichnung für die Bereinigung freigegeben.</numerusform>
            <numerusform>%Ln eingeschränkte Aufzeichnungen für die Bereinigung freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release restricted records</source>
        <translation>Eingeschränkte Aufzeichnungen freigeben</translation>
    </message>
    <message numerus="yes">
        <source>The new period releases %Ln restricted record(s); the next purge deletes them. Save?</source>
        <translation>
            <numerusform>Die neue Frist gibt %Ln eingeschränkte Aufzeichnung frei; die nächste Bereinigung löscht sie. Speichern?</numerusform>
            <numerusform>Die neue Frist gibt %Ln eingeschränkte Aufzeichnungen frei; die nächste Bereinigung löscht sie. Speichern?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>At erasure</source>
        <translation>Bei Löschung</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Aufbewahrt</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Retention &amp;period (years):</source>
        <translation>Aufbewahrungs&amp;frist (Jahre):</translation>
    </message>
    <message>
        <source>Legal basis in &amp;English:</source>
        <translation>Rechtsgrundlage auf &amp;Englisch:</translation>
    </message>
    <message>
        <source>Legal basis in &amp;German:</source>
        <translation>Rechtsgrundlage auf &amp;Deutsch:</translation>
    </message>
    <message>
        <source>Show &amp;released records</source>
        <translation>&amp;Freigegebene Aufzeichnungen zeigen</translation>
    </message>
    <message>
        <source>What erasure does with this data is part of the erasure itself; only invoices can be retained for a period or deleted.</source>
        <translation>Was die Löschung mit diesen Daten tut, ist Teil der Löschung selbst; nur Rechnungen können für eine Frist aufbewahrt oder gelöscht werden.</translation>
    </message>
    <message>
        <source>These records are now deleted at erasure; future previews say so.</source>
        <translation>Diese Datensätze werden jetzt bei der Löschung gelöscht; künftige Vorschauen zeigen das.</translation>
    </message>
    <message>
        <source>At &amp;erasure:</source>
        <translation>Bei &amp;Löschung:</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>Regel &amp;speichern</translation>
    </message>
    <message>
        <source>The first click shows which restricted records the new rule releases; the next saves it. Released records are deleted by the next purge.</source>
        <translation>Der erste Klick zeigt, welche eingeschränkten Aufzeichnungen die neue Regel freigibt; der nächste speichert sie. Freigegebene Aufzeichnungen löscht die nächste Bereinigung.</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Aufbewahrungsregeln</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The number of users must be between 1 and 100,000,000.</source>
        <translation>Die Zahl der Nutzer muss zwischen 1 und 100.000.000 liegen.</translation>
    </message>
    <message>
        <source>The database has no platform schema. Run fxctl db init first.</source>
        <translation>Die Datenbank hat kein Schema platform. Führen Sie zuerst fxctl db init aus.</translation>
    </message>
    <message>
        <source>The database holds users already; the seeder only fills an empty platform schema.</source>
        <translation>Die Datenbank enthält bereits Nutzer; der Generator füllt nur ein leeres Schema platform.</translation>
    </message>
    <message>
        <source>Seeding step %1 failed: %2</source>
        <translation>Der Generierungsschritt %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Seeding was cancelled; nothing was written.</source>
        <translation>Das Generieren wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>SessionInfo</name>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragte(r)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Database superuser</source>
        <translation>Datenbank-Superuser</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Server: %1 · Database: %2</source>
        <translation>Server: %1 · Datenbank: %2</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>Anmeldung: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>TLS: on (%1)</source>
        <translation>TLS: an (%1)</translation>
    </message>
    <message>
        <source>TLS: off (local socket)</source>
        <translation>TLS: aus (lokaler Socket)</translation>
    </message>
    <message>
        <source>TLS: off — not encrypted</source>
        <translation>TLS: aus — nicht verschlüsselt</translation>
    </message>
    <message>
        <source>TLS: on (%1, %2)</source>
        <translation>TLS: an (%1, %2)</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The database refused this for your login: %1.</source>
        <translation>Die Datenbank hat das für Ihre Anmeldung abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The database refused this for your login.</source>
        <translation>Die Datenbank hat das für Ihre Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>The database stopped the operation: it was cancelled or took too long. Nothing was changed.</source>
        <translation>Die Datenbank hat den Vorgang angehalten: Er wurde abgebrochen oder dauerte zu lange. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Another change collided with this one at the same moment. Nothing was changed; try again.</source>
        <translation>Eine andere Änderung kam im selben Moment dazwischen. Es wurde nichts geändert; bitte noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Someone else is changing this right now. Nothing was changed; try again in a moment.</source>
        <translation>Jemand anderes ändert das gerade. Es wurde nichts geändert; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full. Nothing was changed; ask its administrator to free space.</source>
        <translation>Der Datenträger des Datenbankservers ist voll. Es wurde nichts geändert; bitten Sie die Administration des Servers, Platz zu schaffen.</translation>
    </message>
    <message>
        <source>The database server is out of resources. Nothing was changed; ask its administrator.</source>
        <translation>Dem Datenbankserver gehen die Ressourcen aus. Es wurde nichts geändert; wenden Sie sich an die Administration des Servers.</translation>
    </message>
    <message>
        <source>The connection to the database was lost.</source>
        <translation>Die Verbindung zur Datenbank ist abgebrochen.</translation>
    </message>
</context>
<context>
    <name>StaffPassword</name>
    <message>
        <source>The password must have at least 12 characters.</source>
        <translation>Das Passwort muss mindestens 12 Zeichen haben.</translation>
    </message>
    <message>
        <source>Use at least three of: lower-case letters, capitals, digits, other characters.</source>
        <translation>Verwenden Sie mindestens drei von: Kleinbuchstaben, Großbuchstaben, Ziffern, anderen Zeichen.</translation>
    </message>
    <message>
        <source>The password must not contain the login.</source>
        <translation>Das Passwort darf den Anmeldenamen nicht enthalten.</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>can sign in</source>
        <translation>kann sich anmelden</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>%1 can now sign in as %2.</source>
        <translation>%1 kann sich jetzt als %2 anmelden.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation>%1 ist entfernt.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation>Neue Rolle für %1:</translation>
    </message>
    <message>
        <source>Remove staff login</source>
        <translation>Mitarbeiteranmeldung entfernen</translation>
    </message>
    <message>
        <source>Remove %1? The login can no longer sign in; the access log keeps its entries.</source>
        <translation>%1 entfernen? Die Anmeldung ist dann nicht mehr möglich; das Zugriffsprotokoll behält ihre Einträge.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Anfangspasswort</translation>
    </message>
    <message>
        <source>The initial password of %1 is shown only now. Hand it over in person or by a separate channel.</source>
        <translation>Das Anfangspasswort von %1 wird nur jetzt angezeigt. Übergeben Sie es persönlich oder über einen getrennten Weg.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>Mitarbeiter &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern …</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>E&amp;ntfernen …</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Make data protection officer</source>
        <translation>Zur oder zum Datenschutzbeauftragten machen</translation>
    </message>
    <message>
        <source>Make %1 data protection officer? This login will then see every request, decide on erasures, read the whole access log and run incidents.</source>
        <translation>%1 zur oder zum Datenschutzbeauftragten machen? Diese Anmeldung sieht dann jede Anfrage, entscheidet über Löschungen, liest das ganze Zugriffsprotokoll und führt Vorfälle.</translation>
    </message>
    <message>
        <source>Make DPO</source>
        <translation>Als DSB einsetzen</translation>
    </message>
    <message>
        <source>The role of %1 is confirmed.</source>
        <translation>Die Rolle von %1 ist bestätigt.</translation>
    </message>
    <message>
        <source>Con&amp;firm role</source>
        <translation>Rolle &amp;bestätigen</translation>
    </message>
    <message>
        <source>Confirm that this person still needs this role (access recertification); logged.</source>
        <translation>Bestätigen, dass diese Person die Rolle weiterhin braucht (Rezertifizierung der Zugriffsrechte); wird protokolliert.</translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation>Zuletzt bestätigt</translation>
    </message>
</context>
<context>
    <name>TextCheck</name>
    <message>
        <source>The text is too long (%1 characters; at most %2).</source>
        <translation>Der Text ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>The text contains a NUL character (position %1), which cannot be stored. Remove it.</source>
        <translation>Der Text enthält ein NUL-Zeichen (Position %1), das nicht gespeichert werden kann. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>The text contains control characters (%1 at position %2). Remove them.</source>
        <translation>Der Text enthält Steuerzeichen (%1 an Position %2). Entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The text contains bytes that are not valid UTF-8 (position %1). Type it again.</source>
        <translation>Der Text enthält Bytes, die kein gültiges UTF-8 sind (Position %1). Geben Sie ihn neu ein.</translation>
    </message>
    <message>
        <source>The text contains a broken character (position %1). Type it again.</source>
        <translation>Der Text enthält ein defektes Zeichen (Position %1). Geben Sie ihn neu ein.</translation>
    </message>
    <message>
        <source>The text contains the invisible direction mark %1 (position %2), which makes it read differently than it is stored. Remove it.</source>
        <translation>Der Text enthält die unsichtbare Richtungsmarke %1 (Position %2), durch die er anders gelesen wird, als er gespeichert ist. Entfernen Sie sie.</translation>
    </message>
</context>
<context>
    <name>TriageTab</name>
    <message>
        <source>Risk assessment recorded.</source>
        <translation>Risikobewertung festgehalten.</translation>
    </message>
    <message>
        <source>Until the risk is assessed, plan to notify the authority within the 72 hours.</source>
        <translation>Bis das Risiko bewertet ist, planen Sie die Meldung an die Behörde binnen 72 Stunden ein.</translation>
    </message>
    <message>
        <source>No notification is required. The incident and this reasoning go into the breach register.</source>
        <translation>Keine Meldung nötig. Der Vorfall und diese Begründung kommen in das Verzeichnis.</translation>
    </message>
    <message>
        <source>The supervisory authority must be notified (Art. 33).</source>
        <translation>Die Aufsichtsbehörde muss benachrichtigt werden (Art. 33).</translation>
    </message>
    <message>
        <source>The supervisory authority must be notified (Art. 33), and the people concerned told without undue delay (Art. 34).</source>
        <translation>Die Aufsichtsbehörde muss benachrichtigt werden (Art. 33), und die betroffenen Personen sind unverzüglich zu benachrichtigen (Art. 34).</translation>
    </message>
    <message>
        <source>The supervisory authority must be notified (Art. 33); a public communication replaces telling each person (Art. 34(3)(c)).</source>
        <translation>Die Aufsichtsbehörde muss benachrichtigt werden (Art. 33); eine öffentliche Bekanntmachung ersetzt die Benachrichtigung jeder Person (Art. 34 Abs. 3 lit. c).</translation>
    </message>
    <message>
        <source>The supervisory authority must be notified (Art. 33); the people concerned need not be told (Art. 34(3)).</source>
        <translation>Die Aufsichtsbehörde muss benachrichtigt werden (Art. 33); die betroffenen Personen müssen nicht benachrichtigt werden (Art. 34 Abs. 3).</translation>
    </message>
    <message>
        <source>&amp;Risk to the people:</source>
        <translation>&amp;Risiko für die Personen:</translation>
    </message>
    <message>
        <source>R&amp;easoning:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Art. 34(3) e&amp;xception:</source>
        <translation>Ausnahme nach Art. 34 Abs. &amp;3:</translation>
    </message>
    <message>
        <source>Why it &amp;applies:</source>
        <translation>Warum sie &amp;greift:</translation>
    </message>
    <message>
        <source>Which data, whose, how likely and how severe the harm is (at least 10 characters)</source>
        <translation>Welche Daten, wessen, wie wahrscheinlich und wie schwer der Schaden ist (mindestens 10 Zeichen)</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>Bewertung &amp;speichern</translation>
    </message>
    <message>
        <source>Art. 34(3) GDPR: the people need not be told when the data was unintelligible to others (a), later measures removed the high risk (b), or telling each would take disproportionate effort, in which case a public communication is required (c).</source>
        <translation>Art. 34 Abs. 3 DSGVO: Die Personen müssen nicht benachrichtigt werden, wenn die Daten für andere unverständlich waren (a), nachfolgende Maßnahmen das hohe Risiko beseitigt haben (b) oder die Benachrichtigung jeder Person unverhältnismäßigen Aufwand erfordern würde; dann ist eine öffentliche Bekanntmachung nötig (c).</translation>
    </message>
</context>
<context>
    <name>UncoveredSummary</name>
    <message>
        <source>learner&apos;s key</source>
        <translation>Schlüssel einer lernenden Person</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>person&apos;s name</source>
        <translation>Name einer Person</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>rows unknown</source>
        <translation>Zeilenzahl unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), not in the map: %3. Add the table, or list it under discovery.not_personal.</source>
        <translation>%1 (%2), nicht in der Karte: %3. Nehmen Sie die Tabelle auf oder führen Sie sie unter discovery.not_personal.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tables without rows on this site, not in the map: %1.</source>
        <translation>
            <numerusform>%Ln Tabelle ohne Zeilen auf dieser Website, nicht in der Karte: %1.</numerusform>
            <numerusform>%Ln Tabellen ohne Zeilen auf dieser Website, nicht in der Karte: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDetailView</name>
    <message>
        <source>Choose a learner from the results.</source>
        <translation>Wählen Sie eine lernende Person aus den Treffern.</translation>
    </message>
    <message>
        <source>%1 — learner %2, %3</source>
        <translation>%1 — Lernende(r) %2, %3</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source> (masked)</source>
        <translation> (maskiert)</translation>
    </message>
    <message>
        <source>Public id</source>
        <translation>Öffentliche Id</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Verarbeitung eingeschränkt</translation>
    </message>
    <message>
        <source>since %1: %2</source>
        <translation>seit %1: %2</translation>
    </message>
    <message>
        <source>%1 (learner %2)</source>
        <translation>%1 (Lernende(r) %2)</translation>
    </message>
    <message>
        <source>Lock account</source>
        <translation>Konto sperren</translation>
    </message>
    <message>
        <source>Lock the account of %1? They are signed out everywhere and cannot sign in until the account is unlocked.</source>
        <translation>Das Konto von %1 sperren? Die Person wird überall abgemeldet und kann sich erst nach dem Entsperren wieder anmelden.</translation>
    </message>
    <message>
        <source>Unlock account</source>
        <translation>Konto entsperren</translation>
    </message>
    <message>
        <source>Unlock the account of %1? They can sign in again.</source>
        <translation>Das Konto von %1 entsperren? Die Person kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <translation>Sitzungen beenden</translation>
    </message>
    <message>
        <source>Sign %1 out of all devices? Their password stays as it is.</source>
        <translation>%1 auf allen Geräten abmelden? Das Passwort bleibt unverändert.</translation>
    </message>
    <message>
        <source>Force password reset</source>
        <translation>Neues Passwort erzwingen</translation>
    </message>
    <message>
        <source>Delete the password of %1 and sign them out everywhere? They must set a new password at the next sign-in.</source>
        <translation>Das Passwort von %1 löschen und die Person überall abmelden? Bei der nächsten Anmeldung muss sie ein neues Passwort setzen.</translation>
    </message>
    <message>
        <source>Withdraw marketing consent</source>
        <translation>Marketing-Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Record that %1 withdraws consent to marketing emails? They receive no more marketing emails.</source>
        <translation>Festhalten, dass %1 die Einwilligung in Marketing-E-Mails widerruft? Die Person erhält keine Marketing-E-Mails mehr.</translation>
    </message>
    <message>
        <source>This is logged with your login and the ticket.</source>
        <translation>Das wird mit Ihrer Anmeldung und dem Ticket protokolliert.</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>Rectified: %Ln field(s) changed.</source>
        <translation>
            <numerusform>Berichtigt: %Ln Feld geändert.</numerusform>
            <numerusform>Berichtigt: %Ln Felder geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Verarbeitung einschränken</translation>
    </message>
    <message>
        <source>Restrict the processing of the data of %1 (Art. 18 GDPR)? Give the reason, for example &quot;accuracy contested&quot;. The reason is kept with the account; the restriction is logged.</source>
        <translation>Die Verarbeitung der Daten von %1 einschränken (Art. 18 DSGVO)? Geben Sie den Grund an, zum Beispiel „Richtigkeit bestritten“. Der Grund wird beim Konto gespeichert; die Einschränkung wird protokolliert.</translation>
    </message>
    <message>
        <source>Processing is restricted.</source>
        <translation>Die Verarbeitung ist eingeschränkt.</translation>
    </message>
    <message>
        <source>Reveal email address</source>
        <translation>E-Mail-Adresse aufdecken</translation>
    </message>
    <message>
        <source>Why must you see the full email address of %1? Your reason is logged with the ticket.</source>
        <translation>Warum müssen Sie die vollständige E-Mail-Adresse von %1 sehen? Ihre Begründung wird mit dem Ticket protokolliert.</translation>
    </message>
    <message>
        <source>Email address: %1</source>
        <translation>E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <source>Why must you see this? Your reason is logged with the ticket.</source>
        <translation>Warum müssen Sie das sehen? Ihre Begründung wird mit dem Ticket protokolliert.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Rectify…</source>
        <translation>Berichtigen …</translation>
    </message>
    <message>
        <source>Restrict processing…</source>
        <translation>Verarbeitung einschränken …</translation>
    </message>
    <message>
        <source>Reveal email…</source>
        <translation>E-Mail aufdecken …</translation>
    </message>
    <message>
        <source>Request %1 opened; it is due %2.</source>
        <translation>Anfrage %1 eröffnet; sie ist am %2 fällig.</translation>
    </message>
    <message>
        <source>Open request…</source>
        <translation>Anfrage eröffnen …</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>Data by category</source>
        <translation>Daten nach Kategorie</translation>
    </message>
    <message>
        <source>Enter the ticket you are working on above. Nothing was changed or revealed.</source>
        <translation>Geben Sie oben das Ticket ein, an dem Sie arbeiten. Es wurde nichts geändert oder aufgedeckt.</translation>
    </message>
    <message>
        <source>No ticket: enter the ticket you are working on above to change or reveal anything.</source>
        <translation>Kein Ticket: Geben Sie oben das Ticket ein, an dem Sie arbeiten, um etwas zu ändern oder aufzudecken.</translation>
    </message>
    <message>
        <source>Working for the purpose: %1</source>
        <translation>Arbeit zum Zweck: %1</translation>
    </message>
    <message>
        <source>Working under ticket %1</source>
        <translation>Arbeit unter Ticket %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>the learner contests the accuracy of their name</source>
        <translation>die lernende Person bestreitet die Richtigkeit ihres Namens</translation>
    </message>
    <message>
        <source>the customer&apos;s question in the ticket</source>
        <translation>die Frage der Kundin oder des Kunden im Ticket</translation>
    </message>
    <message>
        <source>Reveal email… (%1)</source>
        <translation>E-Mail aufdecken … (%1)</translation>
    </message>
    <message>
        <source>The data map of this platform binds no such operation.</source>
        <translation>Die Datenkarte dieser Plattform sieht diese Operation nicht vor.</translation>
    </message>
    <message>
        <source>Reveal %1…</source>
        <translation>%1 aufdecken …</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>%1 aufdecken</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <source>%Ln learner(s) found</source>
        <translation>
            <numerusform>%Ln lernende Person gefunden</numerusform>
            <numerusform>%Ln Lernende gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>Ticket reference (or give a purpose)</source>
        <translation>Ticketnummer (oder einen Zweck angeben)</translation>
    </message>
    <message>
        <source>Ticket reference, e.g. SUP-12345</source>
        <translation>Ticketnummer, z. B. SUP-12345</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>Why you look, e.g. &quot;Art. 15 request of 3 May&quot;</source>
        <translation>Warum Sie nachsehen, z. B. „Auskunftsantrag vom 3. Mai“</translation>
    </message>
    <message>
        <source>Search by email, name, user id, public id, IP address or network, or invoice number (Ctrl+F)</source>
        <translation>Suche nach E-Mail, Name, Nutzer-Id, öffentlicher Id, IP-Adresse oder Netz oder Rechnungsnummer (Strg+F)</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suche läuft</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>Search learners</source>
        <translation>Lernende suchen</translation>
    </message>
    <message>
        <source>Learners found</source>
        <translation>Gefundene Lernende</translation>
    </message>
    <message>
        <source>Every look-up is written to the access log with this ticket reference, so that a review can tell why you looked. Support must give one; the data protection officer may give a purpose instead.</source>
        <translation>Jede Suche wird mit dieser Ticketnummer ins Zugriffsprotokoll geschrieben, damit eine Prüfung erkennt, warum Sie nachgesehen haben. Der Support muss eine angeben; die oder der Datenschutzbeauftragte darf stattdessen einen Zweck nennen.</translation>
    </message>
    <message>
        <source>&amp;Open learner</source>
        <translation>Lernende Person ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected learner (Return or double-click). Opening is logged as a view.</source>
        <translation>Öffnet die gewählte lernende Person (Eingabetaste oder Doppelklick). Das Öffnen wird als Einsicht protokolliert.</translation>
    </message>
    <message>
        <source>Showing the first %1 — refine the search</source>
        <translation>Die ersten %1 werden gezeigt — Suche bitte eingrenzen</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>fxctl</name>
    <message>
        <source>fxctl: unknown command &quot;%1&quot;.
</source>
        <translation>fxctl: unbekannter Befehl „%1“.
</translation>
    </message>
    <message>
        <source>Recompute the access log&apos;s hash chain and name the first bad entry.</source>
        <translation>Die Hash-Kette des Zugriffsprotokolls neu berechnen und den ersten fehlerhaften Eintrag nennen.</translation>
    </message>
    <message>
        <source>The access log is intact up to entry %1, head hash %2 (%L3 entries in %4 s).</source>
        <translation>Das Zugriffsprotokoll ist bis Eintrag %1 unversehrt, Kopf-Hash %2 (%L3 Einträge in %4 s).</translation>
    </message>
    <message>
        <source>The access log is broken: %1 Entries up to %2 are intact.</source>
        <translation>Das Zugriffsprotokoll ist beschädigt: %1 Die Einträge bis %2 sind unversehrt.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Connection as a libpq URI or key=value string; unset parts come from the PG* environment variables and ~/.pgpass.</source>
        <translation>Verbindung als libpq-URI oder Schlüssel=Wert-Angabe; fehlende Teile kommen aus den PG*-Umgebungsvariablen und ~/.pgpass.</translation>
    </message>
    <message>
        <source>Connect to the demo database as support, dpo or admin.</source>
        <translation>Mit der Demo-Datenbank als support, dpo oder admin verbinden.</translation>
    </message>
    <message>
        <source>Read the connection password from this file (first line).</source>
        <translation>Das Verbindungspasswort aus dieser Datei lesen (erste Zeile).</translation>
    </message>
    <message>
        <source>Print one JSON document on standard output.</source>
        <translation>Ein JSON-Dokument auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <source>This command takes no further arguments.</source>
        <translation>Dieser Befehl nimmt keine weiteren Argumente.</translation>
    </message>
    <message numerus="yes">
        <source>This command takes %Ln argument(s).</source>
        <translation>
            <numerusform>Dieser Befehl nimmt %Ln Argument.</numerusform>
            <numerusform>Dieser Befehl nimmt %Ln Argumente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give either --dsn or --demo, not both.</source>
        <translation>Geben Sie entweder --dsn oder --demo an, nicht beides.</translation>
    </message>
    <message>
        <source>--demo takes support, dpo or admin.</source>
        <translation>--demo erwartet support, dpo oder admin.</translation>
    </message>
    <message>
        <source>Run &quot;fxctl %1 --help&quot; for its options.</source>
        <translation>„fxctl %1 --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>No terminal to ask for the password; give it with --%1 FILE.</source>
        <translation>Kein Terminal für die Passwortabfrage; geben Sie es mit --%1 DATEI an.</translation>
    </message>
    <message>
        <source>Create or update the platform and privacy schemas (needs a superuser).</source>
        <translation>Die Schemas platform und privacy anlegen oder aktualisieren (braucht einen Superuser).</translation>
    </message>
    <message>
        <source>Show which migrations the database has.</source>
        <translation>Zeigen, welche Migrationen die Datenbank hat.</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Number of learners to create.</source>
        <translation>Zahl der anzulegenden Lernenden.</translation>
    </message>
    <message>
        <source>Random seed (same seed, same data).</source>
        <translation>Startwert des Zufalls (gleicher Startwert, gleiche Daten).</translation>
    </message>
    <message>
        <source>Reference date YYYY-MM-DD (default: today).</source>
        <translation>Stichtag JJJJ-MM-TT (Vorgabe: heute).</translation>
    </message>
    <message>
        <source>Users per batch.</source>
        <translation>Nutzer je Stapel.</translation>
    </message>
    <message>
        <source>Fill an empty platform schema with synthetic learners.</source>
        <translation>Ein leeres Schema platform mit synthetischen Lernenden füllen.</translation>
    </message>
    <message>
        <source>--users takes a positive number.</source>
        <translation>--users erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>--batch takes a positive number.</source>
        <translation>--batch erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD.</source>
        <translation>--as-of erwartet ein Datum als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>%L1 of %L2 users</source>
        <translation>%L1 von %L2 Nutzern</translation>
    </message>
    <message>
        <source>Seeded %L1 users: %L2 rows in %3 s (%L4 rows/s).</source>
        <translation>%L1 Nutzer angelegt: %L2 Zeilen in %3 s (%L4 Zeilen/s).</translation>
    </message>
    <message>
        <source>Learners to seed on first creation.</source>
        <translation>Beim ersten Anlegen zu erzeugende Lernende.</translation>
    </message>
    <message>
        <source>Create (first time) or start the private demo database.</source>
        <translation>Die private Demo-Datenbank anlegen (beim ersten Mal) oder starten.</translation>
    </message>
    <message>
        <source>The demo database is running on port %1 (%2).</source>
        <translation>Die Demo-Datenbank läuft auf Port %1 (%2).</translation>
    </message>
    <message>
        <source>Demo logins: %1. Open the console with: fxconsole --demo support|dpo|admin</source>
        <translation>Demo-Anmeldungen: %1. Öffnen Sie die Konsole mit: fxconsole --demo support|dpo|admin</translation>
    </message>
    <message>
        <source>Delete the demo database and its logins as well.</source>
        <translation>Auch die Demo-Datenbank und ihre Anmeldungen löschen.</translation>
    </message>
    <message>
        <source>Stop the demo database.</source>
        <translation>Die Demo-Datenbank anhalten.</translation>
    </message>
    <message>
        <source>The demo database was stopped and deleted.</source>
        <translation>Die Demo-Datenbank wurde angehalten und gelöscht.</translation>
    </message>
    <message>
        <source>The demo database was stopped.</source>
        <translation>Die Demo-Datenbank wurde angehalten.</translation>
    </message>
    <message>
        <source>Tell whether the demo database exists and runs.</source>
        <translation>Angeben, ob die Demo-Datenbank existiert und läuft.</translation>
    </message>
    <message>
        <source>The demo database exists but is stopped. Start it with: fxctl demo up</source>
        <translation>Die Demo-Datenbank existiert, ist aber angehalten. Starten Sie sie mit: fxctl demo up</translation>
    </message>
    <message>
        <source>support, dpo or admin.</source>
        <translation>support, dpo oder admin.</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>Anzeigename.</translation>
    </message>
    <message>
        <source>Read the new login&apos;s password from this file (else it is asked for).</source>
        <translation>Das Passwort der neuen Anmeldung aus dieser Datei lesen (sonst wird danach gefragt).</translation>
    </message>
    <message>
        <source>The new staff login.</source>
        <translation>Die neue Mitarbeiteranmeldung.</translation>
    </message>
    <message>
        <source>Add a staff login in exactly one console role.</source>
        <translation>Eine Mitarbeiteranmeldung in genau einer Rolle der Konsole anlegen.</translation>
    </message>
    <message>
        <source>--role takes support, dpo or admin.</source>
        <translation>--role erwartet support, dpo oder admin.</translation>
    </message>
    <message>
        <source>Password for the new login: </source>
        <translation>Passwort für die neue Anmeldung: </translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>%1 als %2 angelegt.</translation>
    </message>
    <message>
        <source>List staff logins and their roles.</source>
        <translation>Mitarbeiteranmeldungen und ihre Rollen auflisten.</translation>
    </message>
    <message>
        <source>The staff login to remove.</source>
        <translation>Die zu entfernende Mitarbeiteranmeldung.</translation>
    </message>
    <message>
        <source>Remove a staff login.</source>
        <translation>Eine Mitarbeiteranmeldung entfernen.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Ticket reference (required for support).</source>
        <translation>Ticketnummer (für den Support Pflicht).</translation>
    </message>
    <message>
        <source>Purpose of the access (the DPO may give it instead of a ticket).</source>
        <translation>Zweck des Zugriffs (der oder die DSB kann ihn statt eines Tickets angeben).</translation>
    </message>
    <message>
        <source>At most this many results.</source>
        <translation>Höchstens so viele Treffer.</translation>
    </message>
    <message>
        <source>Email, name, user id, public id, IP address or network, or invoice number.</source>
        <translation>E-Mail, Name, Nutzer-Id, öffentliche Id, IP-Adresse oder Netz oder Rechnungsnummer.</translation>
    </message>
    <message>
        <source>Find learners, as your role sees them (masked for support).</source>
        <translation>Lernende finden, so wie Ihre Rolle sie sieht (maskiert für den Support).</translation>
    </message>
    <message>
        <source>The search text is not valid UTF-8 text.</source>
        <translation>Der Suchtext ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>No learner matches.</source>
        <translation>Keine lernende Person passt.</translation>
    </message>
    <message>
        <source>Rows after this row id (paging).</source>
        <translation>Zeilen nach dieser Zeilen-Id (Blättern).</translation>
    </message>
    <message>
        <source>Rows per page.</source>
        <translation>Zeilen je Seite.</translation>
    </message>
    <message>
        <source>The learner&apos;s id.</source>
        <translation>Die Id der lernenden Person.</translation>
    </message>
    <message>
        <source>Show a learner&apos;s data: the summary, or one category.</source>
        <translation>Die Daten einer lernenden Person zeigen: die Übersicht oder eine Kategorie.</translation>
    </message>
    <message>
        <source>The learner&apos;s id is a positive number.</source>
        <translation>Die Id der lernenden Person ist eine positive Zahl.</translation>
    </message>
    <message>
        <source>Why the field must be seen (logged).</source>
        <translation>Warum das Feld gesehen werden muss (wird protokolliert).</translation>
    </message>
    <message>
        <source>Reveal one masked field, with a reason that is logged.</source>
        <translation>Ein maskiertes Feld aufdecken, mit einer Begründung, die protokolliert wird.</translation>
    </message>
    <message>
        <source>Why processing is restricted (restrict only).</source>
        <translation>Warum die Verarbeitung eingeschränkt wird (nur restrict).</translation>
    </message>
    <message>
        <source>Corrected first name (rectify only).</source>
        <translation>Berichtigter Vorname (nur rectify).</translation>
    </message>
    <message>
        <source>Corrected last name (rectify only).</source>
        <translation>Berichtigter Nachname (nur rectify).</translation>
    </message>
    <message>
        <source>Corrected email address (rectify only).</source>
        <translation>Berichtigte E-Mail-Adresse (nur rectify).</translation>
    </message>
    <message>
        <source>Run an account operation; it is logged.</source>
        <translation>Einen Kontovorgang ausführen; er wird protokolliert.</translation>
    </message>
    <message>
        <source>An argument is not valid UTF-8 text.</source>
        <translation>Ein Argument ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>Done: %1 on learner %2.</source>
        <translation>Erledigt: %1 bei Lernender/Lernendem %2.</translation>
    </message>
    <message>
        <source>The export request&apos;s id.</source>
        <translation>Die ID der Exportanfrage.</translation>
    </message>
    <message>
        <source>The ZIP file to write (must not exist).</source>
        <translation>Die zu schreibende ZIP-Datei (darf noch nicht existieren).</translation>
    </message>
    <message>
        <source>Encrypt with AES-256 under a generated passphrase.</source>
        <translation>Mit AES-256 unter einer erzeugten Passphrase verschlüsseln.</translation>
    </message>
    <message>
        <source>Write the passphrase to this new file (mode 0600) instead of standard output.</source>
        <translation>Die Passphrase in diese neue Datei (Modus 0600) statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Build the export package of an export request (Art. 15 and 20).</source>
        <translation>Das Exportpaket einer Exportanfrage erstellen (Art. 15 und 20).</translation>
    </message>
    <message>
        <source>--request needs the request&apos;s id, a positive number.</source>
        <translation>--request braucht die ID der Anfrage, eine positive Zahl.</translation>
    </message>
    <message>
        <source>--out needs the file to write.</source>
        <translation>--out braucht die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>--passphrase-file only goes with --encrypt.</source>
        <translation>--passphrase-file geht nur zusammen mit --encrypt.</translation>
    </message>
    <message>
        <source>%1 already exists; the passphrase file must be new.</source>
        <translation>%1 ist bereits vorhanden; die Passphrase-Datei muss neu sein.</translation>
    </message>
    <message>
        <source>The passphrase could not be written (%1); it is printed above, once.</source>
        <translation>Die Passphrase konnte nicht geschrieben werden (%1); sie steht einmalig oben.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 rows, %3 bytes), SHA-256 %4; request %5 is fulfilled.</source>
        <translation>%1 geschrieben (%2 Zeilen, %3 Bytes), SHA-256 %4; Anfrage %5 ist erfüllt.</translation>
    </message>
    <message>
        <source>export, erasure, rectification, restriction or objection.</source>
        <translation>export, erasure, rectification, restriction oder objection.</translation>
    </message>
    <message>
        <source>Ticket reference.</source>
        <translation>Ticket-Referenz.</translation>
    </message>
    <message>
        <source>How the requester&apos;s identity was verified.</source>
        <translation>Wie die Identität der anfragenden Person geprüft wurde.</translation>
    </message>
    <message>
        <source>Date the request was received, YYYY-MM-DD (default: today).</source>
        <translation>Eingangsdatum der Anfrage, JJJJ-MM-TT (Standard: heute).</translation>
    </message>
    <message>
        <source>Open a data-subject request; the database sets its deadline.</source>
        <translation>Eine Betroffenenanfrage eröffnen; die Datenbank setzt ihre Frist.</translation>
    </message>
    <message>
        <source>--user needs the learner&apos;s id, a positive number.</source>
        <translation>--user braucht die ID der lernenden Person, eine positive Zahl.</translation>
    </message>
    <message>
        <source>--kind must be one of: %1.</source>
        <translation>--kind muss eines davon sein: %1.</translation>
    </message>
    <message>
        <source>--received needs a date as YYYY-MM-DD.</source>
        <translation>--received braucht ein Datum als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Request %1 opened; due %2.</source>
        <translation>Anfrage %1 eröffnet; fällig am %2.</translation>
    </message>
    <message>
        <source>Only this kind.</source>
        <translation>Nur diese Art.</translation>
    </message>
    <message>
        <source>open, closed, or one status (new, in_progress, fulfilled, rejected, withdrawn); default: open.</source>
        <translation>open, closed oder ein Status (new, in_progress, fulfilled, rejected, withdrawn); Standard: open.</translation>
    </message>
    <message>
        <source>Only requests of this login; - for none.</source>
        <translation>Nur Anfragen dieses Logins; - für keine Zuständigkeit.</translation>
    </message>
    <message>
        <source>Only requests of this learner.</source>
        <translation>Nur Anfragen dieser lernenden Person.</translation>
    </message>
    <message>
        <source>The request queue, soonest deadline first.</source>
        <translation>Die Anfragen, früheste Frist zuerst.</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left</source>
        <translation>
            <numerusform>noch %Ln Tag</numerusform>
            <numerusform>noch %Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No request matches.</source>
        <translation>Keine Anfrage passt.</translation>
    </message>
    <message>
        <source>Further months, 1 or 2.</source>
        <translation>Weitere Monate, 1 oder 2.</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Warum (erforderlich).</translation>
    </message>
    <message>
        <source>Staff login; empty to unassign.</source>
        <translation>Login einer mitarbeitenden Person; leer, um die Zuweisung aufzuheben.</translation>
    </message>
    <message>
        <source>Show a request with its history.</source>
        <translation>Eine Anfrage mit ihrem Verlauf zeigen.</translation>
    </message>
    <message>
        <source>Extend the deadline by up to two months (Art. 12(3)), inside the first month.</source>
        <translation>Die Frist innerhalb des ersten Monats um bis zu zwei Monate verlängern (Art. 12 Abs. 3).</translation>
    </message>
    <message>
        <source>Assign a request to a staff member.</source>
        <translation>Eine Anfrage einer mitarbeitenden Person zuweisen.</translation>
    </message>
    <message>
        <source>Mark a new request as in progress.</source>
        <translation>Eine neue Anfrage als in Bearbeitung markieren.</translation>
    </message>
    <message>
        <source>Close a request as %1, with a note.</source>
        <translation>Eine Anfrage als %1 abschließen, mit einer Notiz.</translation>
    </message>
    <message>
        <source>The request&apos;s id.</source>
        <translation>Die ID der Anfrage.</translation>
    </message>
    <message>
        <source>The request&apos;s id is a positive number.</source>
        <translation>Die ID der Anfrage ist eine positive Zahl.</translation>
    </message>
    <message>
        <source>Note for the requester:</source>
        <translation>Mitteilung an die anfragende Person:</translation>
    </message>
    <message>
        <source>The erasure request&apos;s id.</source>
        <translation>Die ID der Löschanfrage.</translation>
    </message>
    <message>
        <source>The file to write (.pdf or .txt).</source>
        <translation>Die zu schreibende Datei (.pdf oder .txt).</translation>
    </message>
    <message>
        <source>What an erasure would delete, anonymize and retain, per table.</source>
        <translation>Was eine Löschung je Tabelle löschen, anonymisieren und aufbewahren würde.</translation>
    </message>
    <message>
        <source>Decide on an erasure request as a second person (four eyes).</source>
        <translation>Als zweite Person über eine Löschanfrage entscheiden (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <source>Execute an approved erasure, in one transaction.</source>
        <translation>Eine genehmigte Löschung in einer Transaktion ausführen.</translation>
    </message>
    <message>
        <source>Write the erasure certificate for the requester.</source>
        <translation>Die Löschbestätigung für die anfragende Person schreiben.</translation>
    </message>
    <message>
        <source>--lang is de or en.</source>
        <translation>--lang ist de oder en.</translation>
    </message>
    <message>
        <source>Request %1 is approved.</source>
        <translation>Anfrage %1 ist genehmigt.</translation>
    </message>
    <message>
        <source>Request %1 is rejected.</source>
        <translation>Anfrage %1 ist abgelehnt.</translation>
    </message>
    <message>
        <source>Request %1 was already executed; nothing was changed.</source>
        <translation>Anfrage %1 war bereits ausgeführt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Request %1: the learner is erased.</source>
        <translation>Anfrage %1: Die lernende Person ist gelöscht.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Write the ledger to this new file.</source>
        <translation>Das Löschregister in diese neue Datei schreiben.</translation>
    </message>
    <message>
        <source>A ledger file written by &quot;erasure ledger&quot;.</source>
        <translation>Eine von „erasure ledger“ geschriebene Registerdatei.</translation>
    </message>
    <message>
        <source>Export the erasure ledger (salted hashes, no personal data).</source>
        <translation>Das Löschregister exportieren (gesalzene Hashes, keine personenbezogenen Daten).</translation>
    </message>
    <message>
        <source>Erase again everyone the ledger names, after a backup restore.</source>
        <translation>Nach dem Einspielen einer Sicherung alle im Register genannten Personen erneut löschen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a ledger file.</source>
        <translation>%1 ist keine Registerdatei.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln ledger entry(s) to %1.</source>
        <translation>
            <numerusform>%Ln Registereintrag nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Registereinträge nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ledger entries; %2 learner(s) erased again.</source>
        <translation>%1 Registereinträge; %2 lernende Person(en) erneut gelöscht.</translation>
    </message>
    <message>
        <source>Only list what would be deleted.</source>
        <translation>Nur auflisten, was gelöscht würde.</translation>
    </message>
    <message>
        <source>Evaluate periods as of this day (not later than today).</source>
        <translation>Fristen zu diesem Tag bewerten (nicht später als heute).</translation>
    </message>
    <message>
        <source>Delete restricted records whose retention period has ended.</source>
        <translation>Eingeschränkte Aufzeichnungen löschen, deren Aufbewahrungsfrist abgelaufen ist.</translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD.</source>
        <translation>--as-of braucht ein Datum als JJJJ-MM-TT.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln restricted record(s) deleted.</source>
        <translation>
            <numerusform>%Ln eingeschränkte Aufzeichnung gelöscht.</numerusform>
            <numerusform>%Ln eingeschränkte Aufzeichnungen gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln restricted record(s) past their period.</source>
        <translation>
            <numerusform>%Ln eingeschränkte Aufzeichnung hat ihre Frist überschritten.</numerusform>
            <numerusform>%Ln eingeschränkte Aufzeichnungen haben ihre Frist überschritten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task&apos;s id.</source>
        <translation>Die ID der Aufgabe.</translation>
    </message>
    <message>
        <source>What was done, or where the evidence is.</source>
        <translation>Was getan wurde, oder wo der Nachweis liegt.</translation>
    </message>
    <message>
        <source>The follow-up tasks with external processors of an erasure.</source>
        <translation>Die Nachfass-Aufgaben bei externen Auftragsverarbeitern zu einer Löschung.</translation>
    </message>
    <message>
        <source>Tick off a follow-up task with a note.</source>
        <translation>Eine Nachfass-Aufgabe mit einer Notiz abhaken.</translation>
    </message>
    <message>
        <source>Task %1 is done.</source>
        <translation>Aufgabe %1 ist erledigt.</translation>
    </message>
    <message>
        <source>done by %1</source>
        <translation>erledigt von %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Restricted records of erased learners, soonest end first.</source>
        <translation>Eingeschränkte Aufzeichnungen gelöschter Lernender, früheste Frist zuerst.</translation>
    </message>
    <message>
        <source>Also check against this signed checkpoint.</source>
        <translation>Zusätzlich gegen diesen signierten Prüfpunkt prüfen.</translation>
    </message>
    <message>
        <source>Require the checkpoint to be signed with this public key.</source>
        <translation>Verlangen, dass der Prüfpunkt mit diesem öffentlichen Schlüssel signiert ist.</translation>
    </message>
    <message>
        <source>From this time (ISO 8601, local unless it says).</source>
        <translation>Ab diesem Zeitpunkt (ISO 8601, Ortszeit, sofern nicht angegeben).</translation>
    </message>
    <message>
        <source>Before this time.</source>
        <translation>Vor diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>Only this staff login.</source>
        <translation>Nur dieses Login.</translation>
    </message>
    <message>
        <source>Only this role: support, dpo or admin.</source>
        <translation>Nur diese Rolle: support, dpo oder admin.</translation>
    </message>
    <message>
        <source>Only this action, e.g. user.reveal.</source>
        <translation>Nur diese Aktion, z. B. user.reveal.</translation>
    </message>
    <message>
        <source>Only entries about this learner.</source>
        <translation>Nur Einträge zu dieser lernenden Person.</translation>
    </message>
    <message>
        <source>Only this ticket reference.</source>
        <translation>Nur diese Ticket-Referenz.</translation>
    </message>
    <message>
        <source>Only entries without a ticket.</source>
        <translation>Nur Einträge ohne Ticket.</translation>
    </message>
    <message>
        <source>--%1 needs a time as YYYY-MM-DDTHH:MM (ISO 8601).</source>
        <translation>--%1 braucht einen Zeitpunkt als JJJJ-MM-TTTHH:MM (ISO 8601).</translation>
    </message>
    <message>
        <source>--subject needs a learner&apos;s id, a positive number.</source>
        <translation>--subject braucht die ID einer lernenden Person, eine positive Zahl.</translation>
    </message>
    <message>
        <source>At most this many entries (0: all).</source>
        <translation>Höchstens so viele Einträge (0: alle).</translation>
    </message>
    <message>
        <source>Access-log entries under a filter, newest first (DPO).</source>
        <translation>Einträge des Zugriffsprotokolls unter einem Filter, neueste zuerst (DSB).</translation>
    </message>
    <message>
        <source>The new key file (KEYFILE.pub gets the public key).</source>
        <translation>Die neue Schlüsseldatei (SCHLÜSSELDATEI.pub erhält den öffentlichen Schlüssel).</translation>
    </message>
    <message>
        <source>Read the key&apos;s passphrase from this file (else it is asked for).</source>
        <translation>Die Passphrase des Schlüssels aus dieser Datei lesen (sonst wird gefragt).</translation>
    </message>
    <message>
        <source>Create the Ed25519 key that signs access-log checkpoints.</source>
        <translation>Den Ed25519-Schlüssel erstellen, der Prüfpunkte des Zugriffsprotokolls signiert.</translation>
    </message>
    <message>
        <source>--out needs the key file to write.</source>
        <translation>--out braucht die zu schreibende Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Passphrase for the new key: </source>
        <translation>Passphrase für den neuen Schlüssel: </translation>
    </message>
    <message>
        <source>Wrote %1 (private, keep it outside the database) and %1.pub.</source>
        <translation>%1 (privat, außerhalb der Datenbank aufbewahren) und %1.pub geschrieben.</translation>
    </message>
    <message>
        <source>The key file from &quot;audit keygen&quot;.</source>
        <translation>Die Schlüsseldatei von „audit keygen“.</translation>
    </message>
    <message>
        <source>The checkpoint file to write.</source>
        <translation>Die zu schreibende Prüfpunktdatei.</translation>
    </message>
    <message>
        <source>Verify the chain, then sign its head and length as a checkpoint.</source>
        <translation>Die Kette prüfen, dann ihren Kopf und ihre Länge als Prüfpunkt signieren.</translation>
    </message>
    <message>
        <source>--key and --out are required.</source>
        <translation>--key und --out sind erforderlich.</translation>
    </message>
    <message>
        <source>Passphrase of the key: </source>
        <translation>Passphrase des Schlüssels: </translation>
    </message>
    <message>
        <source>The access log is broken (%1); a checkpoint would vouch for a broken log.</source>
        <translation>Das Zugriffsprotokoll ist beschädigt (%1); ein Prüfpunkt würde für ein beschädigtes Protokoll bürgen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Checkpoint of entry %1 signed with key %2: %3.</source>
        <translation>Prüfpunkt für Eintrag %1 mit Schlüssel %2 signiert: %3.</translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation>CSV schreiben.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Wrote %1 entries to %2.</source>
        <translation>%1 Einträge nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Write the PDF review report.</source>
        <translation>Den PDF-Prüfbericht schreiben.</translation>
    </message>
    <message>
        <source>The filtered access log as a CSV or PDF report (logged).</source>
        <translation>Das gefilterte Zugriffsprotokoll als CSV- oder PDF-Bericht (wird protokolliert).</translation>
    </message>
    <message>
        <source>Use --csv or --pdf, and --out FILE.</source>
        <translation>Verwenden Sie --csv oder --pdf und --out DATEI.</translation>
    </message>
    <message>
        <source>Change a setting: anomaly_min_distinct, anomaly_factor, work_hours (07:00-19:00), work_days (1-5) or work_timezone. Logged; the flags are computed again.</source>
        <translation>Eine Einstellung ändern: anomaly_min_distinct, anomaly_factor, work_hours (07:00-19:00), work_days (1-5) oder work_timezone. Wird protokolliert; die Markierungen werden neu berechnet.</translation>
    </message>
    <message>
        <source>Show or change the thresholds and working hours of the anomaly rules.</source>
        <translation>Die Schwellen und Arbeitszeiten der Auffälligkeitsregeln anzeigen oder ändern.</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE.</source>
        <translation>--set braucht SCHLÜSSEL=WERT.</translation>
    </message>
    <message>
        <source>A field to set, as key=value; keys: title, description, reported_by, nature, subject_categories, subjects_approx, record_categories, records_approx, dpo_contact, consequences, measures. Repeat for several.</source>
        <translation>Ein zu setzendes Feld als Schlüssel=Wert; Schlüssel: title, description, reported_by, nature, subject_categories, subjects_approx, record_categories, records_approx, dpo_contact, consequences, measures. Für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Incident %1: %2</source>
        <translation>Vorfall %1: %2</translation>
    </message>
    <message>
        <source>Aware since %1; the authority must be notified by %2 (%3).</source>
        <translation>Bekannt seit %1; Meldung an die Behörde bis %2 (%3).</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <source>Notice to the %1, phase %2, %3%4</source>
        <translation>Meldung an: %1, Phase %2, %3%4</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (verspätet)</translation>
    </message>
    <message>
        <source>The incident&apos;s number.</source>
        <translation>Die Nummer des Vorfalls.</translation>
    </message>
    <message>
        <source>What happened, in a few words.</source>
        <translation>Was geschah, in wenigen Worten.</translation>
    </message>
    <message>
        <source>When the organisation became aware (ISO 8601); the 72 hours start here.</source>
        <translation>Wann die Organisation davon erfuhr (ISO 8601); hier beginnen die 72 Stunden.</translation>
    </message>
    <message>
        <source>When the breach was detected.</source>
        <translation>Wann die Verletzung entdeckt wurde.</translation>
    </message>
    <message>
        <source>What is known.</source>
        <translation>Was bekannt ist.</translation>
    </message>
    <message>
        <source>Who reported it.</source>
        <translation>Wer sie gemeldet hat.</translation>
    </message>
    <message>
        <source>A folder of checklist templates instead of the built-in ones.</source>
        <translation>Ein Ordner mit Checklistenvorlagen statt der eingebauten.</translation>
    </message>
    <message>
        <source>The checklist item, as section.key.</source>
        <translation>Der Checklistenpunkt als abschnitt.schlüssel.</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>Eine Notiz.</translation>
    </message>
    <message>
        <source>Untick the item.</source>
        <translation>Den Haken entfernen.</translation>
    </message>
    <message>
        <source>none, risk or high_risk.</source>
        <translation>none, risk oder high_risk.</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Warum.</translation>
    </message>
    <message>
        <source>a, b or c of Art. 34(3).</source>
        <translation>a, b oder c aus Art. 34 Abs. 3.</translation>
    </message>
    <message>
        <source>Why the exception applies.</source>
        <translation>Warum die Ausnahme greift.</translation>
    </message>
    <message>
        <source>authority, subjects or public.</source>
        <translation>authority, subjects oder public.</translation>
    </message>
    <message>
        <source>The authority&apos;s reference.</source>
        <translation>Das Aktenzeichen der Behörde.</translation>
    </message>
    <message>
        <source>Why the notice comes after 72 hours.</source>
        <translation>Warum die Meldung nach 72 Stunden kommt.</translation>
    </message>
    <message>
        <source>The outcome.</source>
        <translation>Das Ergebnis.</translation>
    </message>
    <message>
        <source>Sign-ins from this time (ISO 8601).</source>
        <translation>Anmeldungen ab diesem Zeitpunkt (ISO 8601).</translation>
    </message>
    <message>
        <source>Sign-ins before this time (ISO 8601).</source>
        <translation>Anmeldungen vor diesem Zeitpunkt (ISO 8601).</translation>
    </message>
    <message>
        <source>Sign-ins from this address or CIDR range.</source>
        <translation>Anmeldungen von dieser Adresse oder diesem CIDR-Bereich.</translation>
    </message>
    <message>
        <source>Enrolled in this course.</source>
        <translation>In diesen Kurs eingeschrieben.</translation>
    </message>
    <message>
        <source>Holds payment references.</source>
        <translation>Hat Zahlungsreferenzen.</translation>
    </message>
    <message>
        <source>Data held by this processor.</source>
        <translation>Daten bei diesem Auftragsverarbeiter.</translation>
    </message>
    <message>
        <source>Attach the result to the incident --id.</source>
        <translation>Das Ergebnis an den Vorfall --id anhängen.</translation>
    </message>
    <message>
        <source>The attached finding&apos;s number.</source>
        <translation>Die Nummer des angehängten Suchergebnisses.</translation>
    </message>
    <message>
        <source>Open an incident; the 72-hour clock starts when the organisation became aware.</source>
        <translation>Einen Vorfall eröffnen; die 72-Stunden-Frist beginnt, wenn die Organisation davon erfuhr.</translation>
    </message>
    <message>
        <source>Incidents, open ones first, by deadline.</source>
        <translation>Vorfälle, offene zuerst, nach Frist.</translation>
    </message>
    <message>
        <source>An incident with its checklist and notices.</source>
        <translation>Ein Vorfall mit Checkliste und Meldungen.</translation>
    </message>
    <message>
        <source>Tick a checklist item.</source>
        <translation>Einen Checklistenpunkt abhaken.</translation>
    </message>
    <message>
        <source>Assess the risk to the people concerned.</source>
        <translation>Das Risiko für die betroffenen Personen bewerten.</translation>
    </message>
    <message>
        <source>Set the content of Art. 33(3).</source>
        <translation>Den Inhalt nach Art. 33 Abs. 3 setzen.</translation>
    </message>
    <message>
        <source>Record a notice as sent.</source>
        <translation>Eine Meldung als abgegeben festhalten.</translation>
    </message>
    <message>
        <source>Close an incident.</source>
        <translation>Einen Vorfall abschließen.</translation>
    </message>
    <message>
        <source>Count the people a breach concerns, by criteria.</source>
        <translation>Die von einer Verletzung betroffenen Personen nach Kriterien zählen.</translation>
    </message>
    <message>
        <source>Write the people of an attached finding as CSV (DPO only, logged).</source>
        <translation>Die Personen eines angehängten Suchergebnisses als CSV schreiben (nur DSB, protokolliert).</translation>
    </message>
    <message>
        <source>Write the breach register (.csv or .pdf).</source>
        <translation>Das Verzeichnis der Verletzungen schreiben (.csv oder .pdf).</translation>
    </message>
    <message>
        <source>Write a draft notification (.pdf or .txt).</source>
        <translation>Einen Meldungsentwurf schreiben (.pdf oder .txt).</translation>
    </message>
    <message>
        <source>--id needs the incident&apos;s number, a positive number.</source>
        <translation>--id braucht die Nummer des Vorfalls, eine positive Zahl.</translation>
    </message>
    <message>
        <source>--kind is authority or subjects.</source>
        <translation>--kind ist authority oder subjects.</translation>
    </message>
    <message>
        <source>Give times in ISO 8601, for example 2026-03-28T10:00:00+01:00.</source>
        <translation>Geben Sie Zeiten in ISO 8601 an, zum Beispiel 2026-03-28T10:00:00+01:00.</translation>
    </message>
    <message>
        <source>--aware-at is required: the 72 hours start when the organisation became aware.</source>
        <translation>--aware-at ist nötig: Die 72 Stunden beginnen, wenn die Organisation davon erfuhr.</translation>
    </message>
    <message>
        <source>--set takes key=value.</source>
        <translation>--set erwartet Schlüssel=Wert.</translation>
    </message>
    <message>
        <source>Incident %1 is open; notify the authority by %2.</source>
        <translation>Vorfall %1 ist eröffnet; Meldung an die Behörde bis %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>People per data category, estimated from a sample of 5,000:</source>
        <translation>Personen je Datenkategorie, geschätzt aus einer Stichprobe von 5.000:</translation>
    </message>
    <message>
        <source>Attached to incident %1 as finding %2.</source>
        <translation>An Vorfall %1 angehängt als Suchergebnis %2.</translation>
    </message>
    <message>
        <source>--finding needs the finding&apos;s number, a positive number.</source>
        <translation>--finding braucht die Nummer des Suchergebnisses, eine positive Zahl.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people written to %1.</source>
        <translation>
            <numerusform>%Ln Person nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Personen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incidents written to %1.</source>
        <translation>
            <numerusform>%Ln Vorfall nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Vorfälle nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>--item names no item of this incident; see incident show.</source>
        <translation>--item nennt keinen Punkt dieses Vorfalls; siehe incident show.</translation>
    </message>
    <message>
        <source>Unticked.</source>
        <translation>Haken entfernt.</translation>
    </message>
    <message>
        <source>Ticked.</source>
        <translation>Abgehakt.</translation>
    </message>
    <message>
        <source>Risk recorded.</source>
        <translation>Risiko festgehalten.</translation>
    </message>
    <message>
        <source>Give at least one --set key=value.</source>
        <translation>Geben Sie mindestens ein --set Schlüssel=Wert an.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Notice recorded (phase %1).</source>
        <translation>Meldung festgehalten (Phase %1).</translation>
    </message>
    <message>
        <source>Incident %1 is closed.</source>
        <translation>Vorfall %1 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Draft written to %1.</source>
        <translation>Entwurf nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>The policy: %1.</source>
        <translation>Die Richtlinie: %1.</translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation>Der neue Wert.</translation>
    </message>
    <message>
        <source>Change a policy.</source>
        <translation>Eine Richtlinie ändern.</translation>
    </message>
    <message>
        <source>Show the policies, or one of them.</source>
        <translation>Die Richtlinien anzeigen, oder eine davon.</translation>
    </message>
    <message>
        <source>policy get takes at most one key.</source>
        <translation>policy get nimmt höchstens einen Schlüssel.</translation>
    </message>
    <message>
        <source>Unknown policy &quot;%1&quot;; the policies are %2.</source>
        <translation>Unbekannte Richtlinie „%1“; die Richtlinien sind %2.</translation>
    </message>
    <message>
        <source>Generate a strong password and print it once.</source>
        <translation>Ein starkes Passwort erzeugen und einmal ausgeben.</translation>
    </message>
    <message>
        <source>Added %1 as %2. Initial password, shown only now: %3</source>
        <translation>%1 als %2 hinzugefügt. Anfangspasswort, nur jetzt angezeigt: %3</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The staff login.</source>
        <translation>Die Mitarbeiteranmeldung.</translation>
    </message>
    <message>
        <source>Move a staff login to another role.</source>
        <translation>Eine Mitarbeiteranmeldung in eine andere Rolle verschieben.</translation>
    </message>
    <message>
        <source>Stop a staff login from signing in.</source>
        <translation>Eine Mitarbeiteranmeldung sperren.</translation>
    </message>
    <message>
        <source>Let a disabled staff login sign in again.</source>
        <translation>Eine gesperrte Mitarbeiteranmeldung wieder zulassen.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>The table, e.g. invoices.</source>
        <translation>Die Tabelle, z. B. invoices.</translation>
    </message>
    <message>
        <source>The retention period in years (1 to 30).</source>
        <translation>Die Aufbewahrungsfrist in Jahren (1 bis 30).</translation>
    </message>
    <message>
        <source>The legal basis in English.</source>
        <translation>Die Rechtsgrundlage auf Englisch.</translation>
    </message>
    <message>
        <source>The legal basis in German.</source>
        <translation>Die Rechtsgrundlage auf Deutsch.</translation>
    </message>
    <message>
        <source>Only list the restricted records the new period would release.</source>
        <translation>Nur die eingeschränkten Aufzeichnungen auflisten, die die neue Frist freigäbe.</translation>
    </message>
    <message>
        <source>Change the retention period of retained records.</source>
        <translation>Die Aufbewahrungsfrist aufbewahrter Datensätze ändern.</translation>
    </message>
    <message>
        <source>The retention rules: what erasure does per table.</source>
        <translation>Die Aufbewahrungsregeln: was die Löschung je Tabelle tut.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln Jahr</numerusform>
            <numerusform>%Ln Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln restricted record(s) would be released.</source>
        <translation>
            <numerusform>%Ln eingeschränkte Aufzeichnung würde freigegeben.</numerusform>
            <numerusform>%Ln eingeschränkte Aufzeichnungen würden freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention of %1 is now %2 years; %Ln restricted record(s) released for the purge.</source>
        <translation>
            <numerusform>Aufbewahrung von %1 ist jetzt %2 Jahre; %Ln eingeschränkte Aufzeichnung für die Bereinigung freigegeben.</numerusform>
            <numerusform>Aufbewahrung von %1 ist jetzt %2 Jahre; %Ln eingeschränkte Aufzeichnungen für die Bereinigung freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The processor&apos;s number.</source>
        <translation>Die Nummer des Auftragsverarbeiters.</translation>
    </message>
    <message>
        <source>The processor&apos;s name.</source>
        <translation>Der Name des Auftragsverarbeiters.</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>Eines von %1.</translation>
    </message>
    <message>
        <source>Whom to contact.</source>
        <translation>Wer zu kontaktieren ist.</translation>
    </message>
    <message>
        <source>Where to send deletion requests (address or API).</source>
        <translation>Wohin Löschersuchen gehen (Adresse oder API).</translation>
    </message>
    <message>
        <source>The data processing agreement&apos;s reference.</source>
        <translation>Das Zeichen des Auftragsverarbeitungsvertrags.</translation>
    </message>
    <message>
        <source>Data categories it receives, comma-separated: %1.</source>
        <translation>Datenkategorien, die er erhält, durch Kommas getrennt: %1.</translation>
    </message>
    <message>
        <source>The external processors.</source>
        <translation>Die externen Auftragsverarbeiter.</translation>
    </message>
    <message>
        <source>Add an external processor.</source>
        <translation>Einen externen Auftragsverarbeiter hinzufügen.</translation>
    </message>
    <message>
        <source>Change an external processor.</source>
        <translation>Einen externen Auftragsverarbeiter ändern.</translation>
    </message>
    <message>
        <source>--id needs the processor&apos;s number, a positive number.</source>
        <translation>--id braucht die Nummer des Auftragsverarbeiters, eine positive Zahl.</translation>
    </message>
    <message>
        <source>There is no processor %1.</source>
        <translation>Es gibt keinen Auftragsverarbeiter %1.</translation>
    </message>
    <message>
        <source>Processor %1 is saved.</source>
        <translation>Auftragsverarbeiter %1 ist gespeichert.</translation>
    </message>
    <message>
        <source>retain (default) or delete.</source>
        <translation>retain (Standard) oder delete.</translation>
    </message>
    <message>
        <source>--table is required, and --years (a whole number) for retained records.</source>
        <translation>--table ist nötig, und --years (eine ganze Zahl) für aufbewahrte Datensätze.</translation>
    </message>
    <message numerus="yes">
        <source>%1 are now deleted at erasure; %Ln restricted record(s) released for the purge.</source>
        <translation>
            <numerusform>%1 werden jetzt bei der Löschung gelöscht; %Ln eingeschränkte Aufzeichnung für die Bereinigung freigegeben.</numerusform>
            <numerusform>%1 werden jetzt bei der Löschung gelöscht; %Ln eingeschränkte Aufzeichnungen für die Bereinigung freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>fxctl: the connection was lost at the very end, but the server saved the change. Do not run the command again.</source>
        <translation>fxctl: Die Verbindung ging ganz am Ende verloren, aber der Server hat die Änderung gespeichert. Führen Sie den Befehl nicht noch einmal aus.</translation>
    </message>
    <message>
        <source>The connection was lost before the change was saved; nothing was changed. Run the command again.</source>
        <translation>Die Verbindung ging verloren, bevor die Änderung gespeichert war; es wurde nichts geändert. Führen Sie den Befehl noch einmal aus.</translation>
    </message>
    <message>
        <source>The database is up to date (%1 migrations); the functions of %2 areas were applied again.</source>
        <translation>Die Datenbank ist auf dem neuesten Stand (%1 Migrationen); die Funktionen von %2 Bereichen wurden erneut angewendet.</translation>
    </message>
    <message>
        <source>Applied %1 migration(s); %2 were applied before. The functions of %3 areas were applied.</source>
        <translation>%1 Migration(en) angewendet; %2 waren bereits angewendet. Die Funktionen von %3 Bereichen wurden angewendet.</translation>
    </message>
    <message>
        <source>set up the schemas, fill them with synthetic data</source>
        <translation>Schemas einrichten, mit synthetischen Daten füllen</translation>
    </message>
    <message>
        <source>the private demo database</source>
        <translation>die private Demo-Datenbank</translation>
    </message>
    <message>
        <source>staff logins and their roles</source>
        <translation>Mitarbeiteranmeldungen und ihre Rollen</translation>
    </message>
    <message>
        <source>ticket pattern, DPO contact, review thresholds, ... (KEY [VALUE])</source>
        <translation>Ticketmuster, DSB-Kontakt, Prüfschwellen, ... (KEY [VALUE])</translation>
    </message>
    <message>
        <source>find learners (masked for support): QUERY --ticket T</source>
        <translation>Lernende finden (maskiert für den Support): SUCHE --ticket T</translation>
    </message>
    <message>
        <source>a learner&apos;s data and account operations: ... ID</source>
        <translation>Daten einer lernenden Person und Kontovorgänge: ... ID</translation>
    </message>
    <message>
        <source>data-subject requests and their deadlines</source>
        <translation>Betroffenenanfragen und ihre Fristen</translation>
    </message>
    <message>
        <source>the export package of an export request: --request ID --out FILE [--encrypt]</source>
        <translation>das Exportpaket einer Exportanfrage: --request ID --out DATEI [--encrypt]</translation>
    </message>
    <message>
        <source>erasure with four eyes, certificate, ledger</source>
        <translation>Löschung mit vier Augen, Bestätigung, Register</translation>
    </message>
    <message>
        <source>restricted records; retention periods (admin)</source>
        <translation>eingeschränkte Aufzeichnungen; Aufbewahrungsfristen (Admin)</translation>
    </message>
    <message>
        <source>the processor registry (admin); erasure follow-up</source>
        <translation>Verzeichnis der Auftragsverarbeiter (Admin); Nachfassen</translation>
    </message>
    <message>
        <source>personal-data breaches and the 72-hour clock</source>
        <translation>Datenschutzverletzungen und die 72-Stunden-Frist</translation>
    </message>
    <message>
        <source>review the access log, check and sign its chain</source>
        <translation>das Zugriffsprotokoll prüfen, seine Kette prüfen und signieren</translation>
    </message>
    <message>
        <source>authority or subjects.</source>
        <translation>authority (Behörde) oder subjects (Betroffene).</translation>
    </message>
    <message>
        <source>usage: fxctl &lt;noun&gt; &lt;verb&gt; [options]</source>
        <translation>Aufruf: fxctl &lt;Nomen&gt; &lt;Verb&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Common options: --dsn DSN, --demo support|dpo|admin, --password-file FILE, --json.
&quot;fxctl &lt;noun&gt; &lt;verb&gt; --help&quot; shows a command&apos;s options.
Exit status: 0 done, 1 refused or failed, 2 usage error.
</source>
        <translation>Gemeinsame Optionen: --dsn DSN, --demo support|dpo|admin, --password-file DATEI, --json.
„fxctl &lt;Nomen&gt; &lt;Verb&gt; --help“ zeigt die Optionen eines Befehls.
Exit-Status: 0 erledigt, 1 abgelehnt oder fehlgeschlagen, 2 Aufruffehler.
</translation>
    </message>
    <message>
        <source>fxctl: use %1.
</source>
        <translation>fxctl: verwenden Sie %1.
</translation>
    </message>
    <message>
        <source>Language of messages and documents: de or en (default: LANG, LC_MESSAGES).</source>
        <translation>Sprache der Meldungen und Dokumente: de oder en (Standard: LANG, LC_MESSAGES).</translation>
    </message>
    <message>
        <source>Only flagged entries not yet reviewed.</source>
        <translation>Nur markierte Einträge, die noch nicht geprüft sind.</translation>
    </message>
    <message>
        <source>With --anomalies: reviewed flags too.</source>
        <translation>Mit --anomalies: auch geprüfte Markierungen.</translation>
    </message>
    <message>
        <source>What the review found: justified, followed_up or escalated.</source>
        <translation>Was die Prüfung ergab: justified (begründet), followed_up (nachverfolgt) oder escalated (eskaliert).</translation>
    </message>
    <message>
        <source>Why; kept with the review.</source>
        <translation>Warum; wird mit der Prüfung gespeichert.</translation>
    </message>
    <message>
        <source>The flagged entry&apos;s id.</source>
        <translation>Die Nummer des markierten Eintrags.</translation>
    </message>
    <message>
        <source>Mark a flagged entry as reviewed, with an outcome and a note (DPO; never one&apos;s own access).</source>
        <translation>Einen markierten Eintrag als geprüft kennzeichnen, mit Ergebnis und Notiz (Datenschutzbeauftragte; nie der eigene Zugriff).</translation>
    </message>
    <message>
        <source>The entry&apos;s id is a positive number.</source>
        <translation>Die Nummer des Eintrags ist eine positive Zahl.</translation>
    </message>
    <message>
        <source>--outcome needs justified, followed_up or escalated.</source>
        <translation>--outcome braucht justified, followed_up oder escalated.</translation>
    </message>
    <message>
        <source>Entry %1 reviewed: %2.</source>
        <translation>Eintrag %1 geprüft: %2.</translation>
    </message>
    <message>
        <source>Approve an export request (four eyes; the data protection officer), with a reason.</source>
        <translation>Eine Exportanfrage genehmigen (Vier-Augen-Prinzip; die oder der Datenschutzbeauftragte), mit Begründung.</translation>
    </message>
    <message>
        <source>The staff login whose role to confirm.</source>
        <translation>Die Mitarbeiteranmeldung, deren Rolle bestätigt wird.</translation>
    </message>
    <message>
        <source>Confirm that a staff member still needs their role (logged).</source>
        <translation>Bestätigen, dass eine Mitarbeiterin oder ein Mitarbeiter die Rolle weiterhin braucht (protokolliert).</translation>
    </message>
    <message>
        <source>The role of %1 is confirmed.</source>
        <translation>Die Rolle von %1 ist bestätigt.</translation>
    </message>
    <message>
        <source>the data map: where the platform keeps personal data</source>
        <translation>die Datenkarte: wo die Plattform personenbezogene Daten hält</translation>
    </message>
    <message>
        <source>The data map: a YAML file, or a map this console ships (%1).</source>
        <translation>Die Datenkarte: eine YAML-Datei oder eine mitgelieferte Karte (%1).</translation>
    </message>
    <message>
        <source>Check a data map against this database&apos;s catalog.</source>
        <translation>Eine Datenkarte gegen den Katalog dieser Datenbank prüfen.</translation>
    </message>
    <message>
        <source>Give the data map with --map.</source>
        <translation>Geben Sie die Datenkarte mit --map an.</translation>
    </message>
    <message>
        <source>Not covered by the map:</source>
        <translation>Nicht von der Karte erfasst:</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>Fehler:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln errors; the map cannot be applied until they are fixed.</source>
        <translation>
            <numerusform>%Ln Fehler; die Karte kann erst angewendet werden, wenn er behoben ist.</numerusform>
            <numerusform>%Ln Fehler; die Karte kann erst angewendet werden, wenn sie behoben sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The map %1 %2 is correct for this database; %Ln columns are not covered.</source>
        <translation>
            <numerusform>Die Karte %1 %2 ist für diese Datenbank korrekt; %Ln Spalte ist nicht erfasst.</numerusform>
            <numerusform>Die Karte %1 %2 ist für diese Datenbank korrekt; %Ln Spalten sind nicht erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply even though the map takes tables, categories or erasure away.</source>
        <translation>Anwenden, obwohl die Karte Tabellen, Kategorien oder Löschungen wegnimmt.</translation>
    </message>
    <message>
        <source>Apply a data map to this database (administrators).</source>
        <translation>Eine Datenkarte auf diese Datenbank anwenden (Administratoren).</translation>
    </message>
    <message>
        <source>This map is already in force; nothing changed.</source>
        <translation>Diese Karte gilt bereits; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The map takes away what is listed above; nothing was applied. Check each change, then run the command again with --confirm.</source>
        <translation>Die Karte nimmt weg, was oben aufgeführt ist; nichts wurde angewendet. Prüfen Sie jede Änderung und führen Sie den Befehl dann mit --confirm erneut aus.</translation>
    </message>
    <message>
        <source>Applied the data map %1 %2 (SHA-256 %3).</source>
        <translation>Datenkarte %1 %2 angewendet (SHA-256 %3).</translation>
    </message>
    <message>
        <source>Show the data map in force.</source>
        <translation>Die geltende Datenkarte zeigen.</translation>
    </message>
    <message>
        <source>Data map %1 %2, applied by %3 at %4</source>
        <translation>Datenkarte %1 %2, angewendet von %3 am %4</translation>
    </message>
    <message>
        <source>records of processing activities (Art. 30): --out FILE.pdf|FILE.csv</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten (Art. 30): --out DATEI.pdf|DATEI.csv</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .csv.</source>
        <translation>Die zu schreibende Datei: .pdf oder .csv.</translation>
    </message>
    <message>
        <source>The records of processing activities (Art. 30(1) GDPR) from the data map, the processor registry and the policies.</source>
        <translation>Das Verzeichnis von Verarbeitungstätigkeiten (Art. 30 Abs. 1 DSGVO) aus der Datenkarte, dem Verzeichnis der Auftragsverarbeiter und den Richtlinien.</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.pdf or --out FILE.csv.</source>
        <translation>Geben Sie die zu schreibende Datei mit --out DATEI.pdf oder --out DATEI.csv an.</translation>
    </message>
    <message>
        <source>Wrote the records of processing activities to %1.</source>
        <translation>Das Verzeichnis von Verarbeitungstätigkeiten wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>One table of the data map, as the summary lists them.</source>
        <translation>Eine Tabelle der Datenkarte, wie die Übersicht sie aufführt.</translation>
    </message>
    <message>
        <source>(masked)</source>
        <translation>(maskiert)</translation>
    </message>
    <message>
        <source>email, or table.column of a masked column.</source>
        <translation>email oder tabelle.spalte einer maskierten Spalte.</translation>
    </message>
    <message>
        <source>Row id of the row, as &quot;user show --category&quot; gives it.</source>
        <translation>Zeilen-ID der Zeile, wie „user show --category“ sie ausgibt.</translation>
    </message>
    <message>
        <source>--field takes email, or table.column of a masked column.</source>
        <translation>--field erwartet email oder tabelle.spalte einer maskierten Spalte.</translation>
    </message>
    <message>
        <source>The platform of a new demo: fluxariont (the reference platform) or moodle (a Moodle-shaped site).</source>
        <translation>Die Plattform einer neuen Demo: fluxariont (die Referenzplattform) oder moodle (eine Website in Moodles Form).</translation>
    </message>
    <message>
        <source>--platform takes fluxariont or moodle.</source>
        <translation>--platform erwartet fluxariont oder moodle.</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Plattform: %1</translation>
    </message>
    <message>
        <source>a learner&apos;s marketing consent over time: history ID [--at TIME]</source>
        <translation>die Werbeeinwilligung einer lernenden Person im Zeitverlauf: history ID [--at ZEIT]</translation>
    </message>
    <message>
        <source>support, ticket %1</source>
        <translation>Support, Ticket %1</translation>
    </message>
    <message>
        <source>privacy console</source>
        <translation>Datenschutzkonsole</translation>
    </message>
    <message>
        <source>the platform</source>
        <translation>die Plattform</translation>
    </message>
    <message>
        <source>Show the consent in force at this time (ISO 8601, such as 2026-03-01T12:00Z).</source>
        <translation>Die zu dieser Zeit geltende Einwilligung zeigen (ISO 8601, etwa 2026-03-01T12:00Z).</translation>
    </message>
    <message>
        <source>Show a learner&apos;s marketing consent over time (Art. 7(1) GDPR).</source>
        <translation>Die Werbeeinwilligung einer lernenden Person im Zeitverlauf zeigen (Art. 7 Abs. 1 DSGVO).</translation>
    </message>
    <message>
        <source>--at takes a date or a time in ISO 8601, such as 2026-03-01 or 2026-03-01T12:00Z.</source>
        <translation>--at erwartet ein Datum oder eine Zeit in ISO 8601, etwa 2026-03-01 oder 2026-03-01T12:00Z.</translation>
    </message>
    <message>
        <source>opted in</source>
        <translation>eingewilligt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>Erklärung %1</translation>
    </message>
    <message>
        <source>At %1 no consent was recorded.</source>
        <translation>Am %1 war keine Einwilligung erfasst.</translation>
    </message>
    <message>
        <source>At %1 marketing consent was given, since %2, under policy %3.</source>
        <translation>Am %1 bestand die Werbeeinwilligung, seit %2, nach Datenschutzerklärung %3.</translation>
    </message>
    <message>
        <source>At %1 marketing consent was not given (since %2, under policy %3).</source>
        <translation>Am %1 bestand keine Werbeeinwilligung (seit %2, nach Datenschutzerklärung %3).</translation>
    </message>
    <message>
        <source>The platform&apos;s table prefix, where it is not the map&apos;s (Moodle: mdl_).</source>
        <translation>Das Tabellenpräfix der Plattform, wo es nicht das der Karte ist (Moodle: mdl_).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
</TS>
