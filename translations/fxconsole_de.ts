<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The role %1 may not use the page &quot;%2&quot;.</source>
        <translation>Die Rolle %1 darf die Seite „%2“ nicht verwenden.</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; is not built yet.</source>
        <translation>Die Seite „%1“ gibt es noch nicht.</translation>
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
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2&lt;/p&gt;&lt;p&gt;The desktop tool with which Fluxariont&apos;s staff keep the promises of its privacy policy.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2&lt;/p&gt;&lt;p&gt;Das Desktop-Werkzeug, mit dem die Beschäftigten von Fluxariont die Zusagen der Datenschutzerklärung einhalten.&lt;/p&gt;</translation>
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
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>encrypted (%1)</source>
        <translation>verschlüsselt (%1)</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>As support staff you look learners up for a ticket, see their data masked, reveal a field with a reason, run account operations and open export or erasure requests.</source>
        <translation>Im Support suchen Sie Lernende zu einem Ticket, sehen ihre Daten maskiert, decken ein Feld mit Begründung auf, führen Kontovorgänge aus und eröffnen Auskunfts- oder Löschanträge.</translation>
    </message>
    <message>
        <source>As data protection officer you approve or reject requests (never your own), run erasures, review who accessed whose data, verify the access log and run breach incidents.</source>
        <translation>Als Datenschutzbeauftragte oder Datenschutzbeauftragter genehmigen oder verweigern Sie Anträge (nie die eigenen), führen Löschungen aus, prüfen, wer auf wessen Daten zugegriffen hat, prüfen das Zugriffsprotokoll und leiten Datenpannen.</translation>
    </message>
    <message>
        <source>As administrator you manage staff accounts and roles, retention rules, the processor registry and incidents.</source>
        <translation>Als Administratorin oder Administrator verwalten Sie Mitarbeiterkonten und Rollen, Aufbewahrungsregeln, das Verzeichnis der Auftragsverarbeiter und Vorfälle.</translation>
    </message>
    <message>
        <source>The database decides what this login may do and records every access to personal data in a tamper-evident log.</source>
        <translation>Die Datenbank entscheidet, was diese Anmeldung darf, und hält jeden Zugriff auf personenbezogene Daten in einem manipulationssicheren Protokoll fest.</translation>
    </message>
    <message>
        <source>local socket, does not leave this computer</source>
        <translation>lokaler Socket, verlässt diesen Rechner nicht</translation>
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
        <translation>Anträge</translation>
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
        <translation>Verwaltung</translation>
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
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The database refused this for your login: %1.</source>
        <translation>Die Datenbank hat das für Ihre Anmeldung abgelehnt: %1.</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>The password must have at least 12 characters.</source>
        <translation>Das Passwort muss mindestens 12 Zeichen haben.</translation>
    </message>
</context>
<context>
    <name>fxctl</name>
    <message>
        <source>usage: fxctl &lt;noun&gt; &lt;verb&gt; [options]

  db init|seed|status        set up the schemas, fill them with synthetic data
  demo up|down|status        the private demo database
  staff add|list|remove      staff logins and their roles
  audit verify               check the access log&apos;s hash chain

Common options: --dsn DSN, --demo support|dpo|admin, --password-file FILE, --json.
&quot;fxctl &lt;noun&gt; &lt;verb&gt; --help&quot; shows a command&apos;s options.
Exit status: 0 done, 1 refused or failed, 2 usage error.
</source>
        <translation>Aufruf: fxctl &lt;Nomen&gt; &lt;Verb&gt; [Optionen]

  db init|seed|status        Schemas einrichten, mit synthetischen Daten füllen
  demo up|down|status        die private Demo-Datenbank
  staff add|list|remove      Mitarbeiteranmeldungen und ihre Rollen
  audit verify               die Hash-Kette des Zugriffsprotokolls prüfen

Gemeinsame Optionen: --dsn DSN, --demo support|dpo|admin, --password-file DATEI, --json.
„fxctl &lt;Nomen&gt; &lt;Verb&gt; --help“ zeigt die Optionen eines Befehls.
Exit-Status: 0 erledigt, 1 abgelehnt oder fehlgeschlagen, 2 Aufruffehler.
</translation>
    </message>
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
        <source>Unknown verb &quot;%1&quot;; use verify.</source>
        <translation>Unbekanntes Verb „%1“; verwenden Sie verify.</translation>
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
        <source>This command takes %n argument(s).</source>
        <translation>
            <numerusform>Dieser Befehl nimmt %n Argument.</numerusform>
            <numerusform>Dieser Befehl nimmt %n Argumente.</numerusform>
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
        <source>The database is up to date (%1 migrations).</source>
        <translation>Die Datenbank ist aktuell (%1 Migrationen).</translation>
    </message>
    <message>
        <source>Applied %1 migration(s); %2 were applied before.</source>
        <translation>%1 Migration(en) angewendet; %2 waren schon angewendet.</translation>
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
        <source>Unknown verb &quot;%1&quot;; use init, seed or status.</source>
        <translation>Unbekanntes Verb „%1“; verwenden Sie init, seed oder status.</translation>
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
        <source>Unknown verb &quot;%1&quot;; use up, down or status.</source>
        <translation>Unbekanntes Verb „%1“; verwenden Sie up, down oder status.</translation>
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
        <source>Unknown verb &quot;%1&quot;; use add, list or remove.</source>
        <translation>Unbekanntes Verb „%1“; verwenden Sie add, list oder remove.</translation>
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
