<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>&amp;Generate a strong password and show it once</source>
        <translation>&amp;Generate a strong password and show it once</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Use &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login has 2 to 63 lower-case letters, digits, dot, dash or underscore and starts with a letter; &quot;%1&quot; does not fit. Use &quot;%2&quot; instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login needs 2 to 63 lower-case letters, digits, dot, dash or underscore, starting with a letter.</source>
        <translation type="unfinished"></translation>
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
        <translation>Staff</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Policies</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Processors</translation>
    </message>
    <message>
        <source>Save the records of processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records-of-processing.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;CSV files (*.csv)</source>
        <translation type="unfinished">PDF documents (*.pdf);;CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Wrote the records of processing activities to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records of processing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of processing activities (Art. 30 GDPR) from the data map, the processors and the policies, as PDF or CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AffectedPeople</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Unusual</source>
        <translation>Unusual</translation>
    </message>
    <message>
        <source>%1 (reviewed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">What happened</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>The learner is given by their id, a positive number.</source>
        <translation>The learner is given by their id, a positive number.</translation>
    </message>
    <message>
        <source>unusual</source>
        <translation>unusual</translation>
    </message>
    <message>
        <source>No entries under this filter.</source>
        <translation>No entries under this filter.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>Verifying… %L1 entries</source>
        <translation>Verifying… %L1 entries</translation>
    </message>
    <message>
        <source>Broken: %1 Entries up to %2 are intact.</source>
        <translation>Broken: %1 Entries up to %2 are intact.</translation>
    </message>
    <message>
        <source>Intact up to entry %1, head hash %2.</source>
        <translation>Intact up to entry %1, head hash %2.</translation>
    </message>
    <message>
        <source>The access log is broken (%1); a checkpoint would vouch for a broken log.</source>
        <translation>The access log is broken (%1); a checkpoint would vouch for a broken log.</translation>
    </message>
    <message>
        <source>Checkpoint of entry %1 signed with key %2.</source>
        <translation>Checkpoint of entry %1 signed with key %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln entry(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln entry to %1.</numerusform>
            <numerusform>Wrote %Ln entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checkpoint to verify against</source>
        <translation>Checkpoint to verify against</translation>
    </message>
    <message>
        <source>Checkpoints (*.json)</source>
        <translation>Checkpoints (*.json)</translation>
    </message>
    <message>
        <source>Public key the checkpoint must be signed with</source>
        <translation>Public key the checkpoint must be signed with</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Public keys (*.pub)</translation>
    </message>
    <message>
        <source>New checkpoint key</source>
        <translation>New checkpoint key</translation>
    </message>
    <message>
        <source>Keys (*.key)</source>
        <translation>Keys (*.key)</translation>
    </message>
    <message>
        <source>Passphrase for the key (at least 12 characters):</source>
        <translation>Passphrase for the key (at least 12 characters):</translation>
    </message>
    <message>
        <source>Wrote %1 and %1.pub. Keep the key away from the database server.</source>
        <translation>Wrote %1 and %1.pub. Keep the key away from the database server.</translation>
    </message>
    <message>
        <source>Checkpoint key</source>
        <translation>Checkpoint key</translation>
    </message>
    <message>
        <source>Passphrase of the key:</source>
        <translation>Passphrase of the key:</translation>
    </message>
    <message>
        <source>Save checkpoint</source>
        <translation>Save checkpoint</translation>
    </message>
    <message>
        <source>Export the filtered log</source>
        <translation>Export the filtered log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Staff login</source>
        <translation>Staff login</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Any role</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Data protection officer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Any action</translation>
    </message>
    <message>
        <source>Learner id</source>
        <translation>Learner id</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Without ticket</source>
        <translation>Without ticket</translation>
    </message>
    <message>
        <source>Only unusual</source>
        <translation>Only unusual</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>Jump to the start of the log and read forward.</source>
        <translation>Jump to the start of the log and read forward.</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Create key…</source>
        <translation>Create key…</translation>
    </message>
    <message>
        <source>Sign checkpoint…</source>
        <translation>Sign checkpoint…</translation>
    </message>
    <message>
        <source>Verify against checkpoint…</source>
        <translation>Verify against checkpoint…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the review report of %Ln entry(s) to %1.</source>
        <translation>
            <numerusform>Wrote the review report of %Ln entry to %1.</numerusform>
            <numerusform>Wrote the review report of %Ln entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the review report</source>
        <translation>Save the review report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Review report (PDF)…</source>
        <translation>Review report (PDF)…</translation>
    </message>
    <message>
        <source>Chart per day</source>
        <translation>Chart per day</translation>
    </message>
    <message>
        <source>Chart per hour</source>
        <translation>Chart per hour</translation>
    </message>
    <message>
        <source>Chart per day or per hour</source>
        <translation>Chart per day or per hour</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entries per staff member</source>
        <translation>Entries per staff member</translation>
    </message>
    <message>
        <source>Access log entries</source>
        <translation>Access log entries</translation>
    </message>
    <message>
        <source>Reads the whole access log and recomputes its hash chain on this computer. A changed, missing or reordered entry is named; nothing is changed.</source>
        <translation>Reads the whole access log and recomputes its hash chain on this computer. A changed, missing or reordered entry is named; nothing is changed.</translation>
    </message>
    <message>
        <source>Signs the verified end of the chain with your private key, kept in a file outside the database. A later verification against the checkpoint also finds a rewritten or shortened log.</source>
        <translation>Signs the verified end of the chain with your private key, kept in a file outside the database. A later verification against the checkpoint also finds a rewritten or shortened log.</translation>
    </message>
    <message>
        <source>Entry %1 reviewed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2

Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (what you found, whom you asked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only flagged entries not yet reviewed: access to a learner outside working hours, many people in an hour, no ticket and no open request, sensitive reveals, repeated refusals. Reading the log and administration are never flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show flags that have been reviewed, with their outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review flag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected flag as justified, followed up or escalated, with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shift plan shows a night shift for this ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPdfReport</name>
    <message>
        <source>Access-log review</source>
        <translation>Access-log review</translation>
    </message>
    <message>
        <source>Created %1 by %2.</source>
        <translation>Created %1 by %2.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>the whole log</source>
        <translation>the whole log</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Entries: %1. Unusual entries: %2.</source>
        <translation>Entries: %1. Unusual entries: %2.</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Unusual</source>
        <translation>Unusual</translation>
    </message>
    <message>
        <source>Entries per day (red: unusual)</source>
        <translation>Entries per day (red: unusual)</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>The hash chain is intact up to entry %1, head hash %2.</source>
        <translation>The hash chain is intact up to entry %1, head hash %2.</translation>
    </message>
    <message>
        <source>The hash chain is broken: %1</source>
        <translation>The hash chain is broken: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Rules for unusual entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual entries, not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">What happened</translation>
    </message>
    <message>
        <source>Why it is unusual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 open flags are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished">Outcome</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Reviewed by, on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flag reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message>
        <source>Learner search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} searched for learners by {kind} ({results} found){context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} opened the overview of learner {learner}{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner data viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} viewed {category} of learner {learner}{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked field revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} revealed {field} of learner {learner}{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} locked the account of learner {learner}{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} unlocked the account of learner {learner}{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} signed learner {learner} out everywhere{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} required learner {learner} to choose a new password{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} corrected the data of learner {learner}{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} withdrew the marketing consent of learner {learner}{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation type="unfinished">Processing restricted</translation>
    </message>
    <message>
        <source>{staff} restricted the processing of learner {learner}&apos;s data{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} opened {kind} for learner {learner}{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} viewed request {request} of learner {learner}{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} extended the deadline of request {request} of learner {learner} by {months} months{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} started work on request {request} of learner {learner}{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} closed request {request} of learner {learner} as fulfilled{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} rejected request {request} of learner {learner}{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} closed request {request} of learner {learner} as withdrawn{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} assigned request {request} of learner {learner}{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} exported the data of learner {learner} for request {request}{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} approved the export for request {request} of learner {learner}{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure previewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} previewed the erasure for request {request} of learner {learner}{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} approved the erasure for request {request} of learner {learner}{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} rejected the erasure for request {request} of learner {learner}{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} erased learner {learner} for request {request}{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure applied again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} erased learner {learner} again after a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention purge previewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained records deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rule changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} changed the retention rule for {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} marked a processor&apos;s erasure task of request {request} as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} added processor {processor} to the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} changed processor {processor} in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} opened incident {incident}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} ticked off a checklist item of incident {incident}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} reopened a checklist item of incident {incident}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} assessed the risk of incident {incident}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} described incident {incident}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} recorded a notification about incident {incident}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} closed incident {incident}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected people searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} searched for the people affected by an incident ({people} found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} attached the people affected to incident {incident}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected people exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} exported the contact data of {people} people affected by incident {incident}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach register exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} exported the breach register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} searched the access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-log report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} exported a report of {entries} access-log entries ({format})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} reviewed the flag on entry {entry}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} verified the hash chain of the access log ({entries} entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} signed a checkpoint of the access log at entry {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} set {setting} to {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff login added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} added the staff login {login} as {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff login removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} removed the staff login {login}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} changed the role of {login} from {from} to {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff login enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} enabled the staff login {login}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff login disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} disabled the staff login {login}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} confirmed that {login} still needs the role {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused an operation of {staff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course enrolments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the completed lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the usage events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forum posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the linked social accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the processor links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content of a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user id</source>
        <translation type="unfinished">user id</translation>
    </message>
    <message>
        <source>public id</source>
        <translation type="unfinished">public id</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation type="unfinished">invoice number</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished">IP address</translation>
    </message>
    <message>
        <source>email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an access request (export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an erasure request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rectification request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a restriction request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access-log review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access-log verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access-log checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access recertification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention period ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasure applied again after a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breach communication (Art. 34 GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breach register (Art. 33(5) GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people per hour that are never unusual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unusual above this many times the usual hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working hours</source>
        <translation type="unfinished">working hours</translation>
    </message>
    <message>
        <source>working days</source>
        <translation type="unfinished">working days</translation>
    </message>
    <message>
        <source>time zone of the working hours</source>
        <translation type="unfinished">time zone of the working hours</translation>
    </message>
    <message>
        <source>form of a ticket reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days of warning before a request&apos;s deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days after which a checkpoint is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners found</source>
        <translation type="unfinished">Learners found</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished">Rows</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished">Record</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Had opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished">Incident</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">People</translation>
    </message>
    <message>
        <source>Staff login</source>
        <translation type="unfinished">Staff login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Role</translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished">Entries</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished">Filter</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished">Invoices</translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished">Processor</translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished">Outcome</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aware since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished">Risk</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished">Phase</translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished">Staff member</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished">Learner</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished">Ticket</translation>
    </message>
    <message>
        <source>Only without ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only unusual entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed flags included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">no</translation>
    </message>
    <message>
        <source>the whole log</source>
        <translation type="unfinished">the whole log</translation>
    </message>
    <message>
        <source>for ticket {ticket}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(purpose: {purpose})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} searched the access log for entries about learner {learner}{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} worked with the data of learner {learner}{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} carried out an administrative task{context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{people} different people within one hour; usually {usual}, unusual above {threshold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside working hours ({time} local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside working hours: {time} ({zone}); working hours {hours}, {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about a learner, without a ticket and without an open request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} refused operations within one hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revealed the content of a message</source>
        <translation type="unfinished">revealed the content of a message</translation>
    </message>
    <message>
        <source>revealed payment data (a billing address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished">Purpose</translation>
    </message>
    <message>
        <source>Unusual</source>
        <translation type="unfinished">Unusual</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{outcome}, by {who} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished">Support</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation type="unfinished">Data protection officer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished">Administrator</translation>
    </message>
    <message>
        <source>Database owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data map applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} applied the data map {map} {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} listed {records} retained records of learner {learner} whose retention period ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} deleted {records} retained records of learner {learner} whose retention period ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished">Records</translation>
    </message>
    <message>
        <source>Consent history viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} viewed the consent history of learner {learner}{context}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>The checkpoint was made for the database &quot;%1&quot;, not for &quot;%2&quot;.</source>
        <translation>The checkpoint was made for the database &quot;%1&quot;, not for &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The log ends at entry %1, but the checkpoint of %2 vouches for %3 entries: entries at the end were removed.</source>
        <translation>The log ends at entry %1, but the checkpoint of %2 vouches for %3 entries: entries at the end were removed.</translation>
    </message>
    <message>
        <source>Entry %1 differs from the signed checkpoint of %2: the log was rewritten up to there.</source>
        <translation>Entry %1 differs from the signed checkpoint of %2: the log was rewritten up to there.</translation>
    </message>
    <message>
        <source>The log matches the checkpoint of %1 (entry %2, key %3).</source>
        <translation>The log matches the checkpoint of %1 (entry %2, key %3).</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Entry %1 is missing: the log jumps from entry %2 to entry %3.</source>
        <translation>Entry %1 is missing: the log jumps from entry %2 to entry %3.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: the log jumps from entry %3 to entry %4.</source>
        <translation>Entries %1 to %2 are missing: the log jumps from entry %3 to entry %4.</translation>
    </message>
    <message>
        <source>Entry %1 appears out of order.</source>
        <translation>Entry %1 appears out of order.</translation>
    </message>
    <message>
        <source>Entry %1 was changed: its content does not match its hash.</source>
        <translation>Entry %1 was changed: its content does not match its hash.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: entries were reordered, replaced or removed.</source>
        <translation>Entry %1 does not follow entry %2: entries were reordered, replaced or removed.</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>Verification was cancelled.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing at the end of the log.</source>
        <translation>Entries %1 to %2 are missing at the end of the log.</translation>
    </message>
    <message>
        <source>The recorded head of the log does not match entry %1.</source>
        <translation>The recorded head of the log does not match entry %1.</translation>
    </message>
</context>
<context>
    <name>BreachRegister</name>
    <message>
        <source>Register of personal data breaches</source>
        <translation>Register of personal data breaches</translation>
    </message>
    <message>
        <source>Every breach, whether notified or not, with its facts, effects, remedial action and the reasons for each decision (Art. 33(5) GDPR).</source>
        <translation>Every breach, whether notified or not, with its facts, effects, remedial action and the reasons for each decision (Art. 33(5) GDPR).</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Breach</translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation>Became aware</translation>
    </message>
    <message>
        <source>Risk and reasoning</source>
        <translation>Risk and reasoning</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notified</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Authority: not notified</source>
        <translation>Authority: not notified</translation>
    </message>
    <message>
        <source>Authority: %1 (late: %2)</source>
        <translation>Authority: %1 (late: %2)</translation>
    </message>
    <message>
        <source>Authority: %1</source>
        <translation>Authority: %1</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>People: %1</translation>
    </message>
    <message>
        <source>Public: %1</source>
        <translation>Public: %1</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>still open</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>CategoryRowsModel</name>
    <message>
        <source>hidden — reveal with a reason</source>
        <translation>hidden — reveal with a reason</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>mandatory</source>
        <translation>mandatory</translation>
    </message>
    <message>
        <source>not required now</source>
        <translation>not required now</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Every mandatory item is done.</source>
        <translation>Every mandatory item is done.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mandatory items are still open; the incident cannot be closed before.</source>
        <translation>
            <numerusform>%Ln mandatory item is still open; the incident cannot be closed before.</numerusform>
            <numerusform>%Ln mandatory items are still open; the incident cannot be closed before.</numerusform>
        </translation>
    </message>
    <message>
        <source>Item ticked.</source>
        <translation>Item ticked.</translation>
    </message>
    <message>
        <source>Item unticked.</source>
        <translation>Item unticked.</translation>
    </message>
    <message>
        <source>Tick with a note</source>
        <translation>Tick with a note</translation>
    </message>
    <message>
        <source>What was done, by whom, or where is the evidence?</source>
        <translation>What was done, by whom, or where is the evidence?</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tick with a note…</source>
        <translation>Tick with a note…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>passwords reset by the IT desk, ticket IT-881</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTemplate</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>not valid JSON (%1)</translation>
    </message>
    <message>
        <source>&quot;section&quot; must be one of %1</source>
        <translation>&quot;section&quot; must be one of %1</translation>
    </message>
    <message>
        <source>&quot;applies&quot; must be always, risk or high_risk</source>
        <translation>&quot;applies&quot; must be always, risk or high_risk</translation>
    </message>
    <message>
        <source>&quot;position&quot; must be a whole number from 1</source>
        <translation>&quot;position&quot; must be a whole number from 1</translation>
    </message>
    <message>
        <source>&quot;items&quot; must list at least one item</source>
        <translation>&quot;items&quot; must list at least one item</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>item %1: %2</translation>
    </message>
    <message>
        <source>&quot;key&quot; must be lower-case letters, digits and underscores</source>
        <translation>&quot;key&quot; must be lower-case letters, digits and underscores</translation>
    </message>
    <message>
        <source>the key %1 is used twice</source>
        <translation>the key %1 is used twice</translation>
    </message>
    <message>
        <source>&quot;title&quot; needs an English (en) and a German (de) text of at most 300 characters</source>
        <translation>&quot;title&quot; needs an English (en) and a German (de) text of at most 300 characters</translation>
    </message>
    <message>
        <source>&quot;guidance&quot; must be an object with en and de texts</source>
        <translation>&quot;guidance&quot; must be an object with en and de texts</translation>
    </message>
    <message>
        <source>&quot;mandatory&quot; must be true or false</source>
        <translation>&quot;mandatory&quot; must be true or false</translation>
    </message>
    <message>
        <source>No checklist templates in %1.</source>
        <translation>No checklist templates in %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>another template has the same section or position</source>
        <translation>another template has the same section or position</translation>
    </message>
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <source>The key&apos;s passphrase must have at least 12 characters.</source>
        <translation>The key&apos;s passphrase must have at least 12 characters.</translation>
    </message>
    <message>
        <source>%1 already exists; a key is never overwritten.</source>
        <translation>%1 already exists; a key is never overwritten.</translation>
    </message>
    <message>
        <source>OpenSSL could not create an Ed25519 key.</source>
        <translation>OpenSSL could not create an Ed25519 key.</translation>
    </message>
    <message>
        <source>OpenSSL could not write the key.</source>
        <translation>OpenSSL could not write the key.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The key file cannot be opened: wrong passphrase, or not an Ed25519 key.</source>
        <translation>The key file cannot be opened: wrong passphrase, or not an Ed25519 key.</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the checkpoint.</source>
        <translation>OpenSSL could not sign the checkpoint.</translation>
    </message>
    <message>
        <source>This is not a checkpoint file, or it is damaged.</source>
        <translation>This is not a checkpoint file, or it is damaged.</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s signature does not match its content: the file was changed.</source>
        <translation>The checkpoint&apos;s signature does not match its content: the file was changed.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key.</source>
        <translation>%1 is not an Ed25519 public key.</translation>
    </message>
    <message>
        <source>The checkpoint was signed with a different key (%1), not with %2.</source>
        <translation>The checkpoint was signed with a different key (%1), not with %2.</translation>
    </message>
</context>
<context>
    <name>ColumnTitles</name>
    <message>
        <source>Id</source>
        <translation type="unfinished">Id</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Amount</translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished">Billing address</translation>
    </message>
    <message>
        <source>Billing name</source>
        <translation type="unfinished">Billing name</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation type="unfinished">Biography</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">Text</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished">Browser</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished">Completed</translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished">Course</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Created</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished">Currency</translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished">Device</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished">Duration (s)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Email</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished">Enrolled</translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished">External id</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished">Interests</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished">IP address</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished">Issued</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Language</translation>
    </message>
    <message>
        <source>Last 4 digits</source>
        <translation type="unfinished">Last 4 digits</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished">Last login</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished">Last seen</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished">Lesson</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished">Linked</translation>
    </message>
    <message>
        <source>Marketing consent changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing emails</source>
        <translation type="unfinished">Marketing emails</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation type="unfinished">Out of</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished">Number</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished">Operating system</translation>
    </message>
    <message>
        <source>Password reset required</source>
        <translation type="unfinished">Password reset required</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation type="unfinished">Profile picture</translation>
    </message>
    <message>
        <source>Privacy policy accepted</source>
        <translation type="unfinished">Privacy policy accepted</translation>
    </message>
    <message>
        <source>Privacy policy version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished">Posted</translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished">Processor</translation>
    </message>
    <message>
        <source>Profile details</source>
        <translation type="unfinished">Profile details</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation type="unfinished">Progress (%)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished">Provider</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished">Score</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished">Sent</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished">Serial number</translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished">Since</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished">Subject</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished">Succeeded</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished">Taken</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished">Thread</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User agent</source>
        <translation type="unfinished">User agent</translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished">Account</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished">Consents</translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished">Education</translation>
    </message>
    <message>
        <source>Technical data</source>
        <translation type="unfinished">Technical data</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished">Communication</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished">Payment</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation type="unfinished">Processors</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished">Requests</translation>
    </message>
</context>
<context>
    <name>ConnectError</name>
    <message>
        <source>The server refused the login: the user name or the password is wrong. Check both and try again.</source>
        <translation>The server refused the login: the user name or the password is wrong. Check both and try again.</translation>
    </message>
    <message>
        <source>Cannot reach the database server at %1. Check the host name and the port, and that the server is running.</source>
        <translation>Cannot reach the database server at %1. Check the host name and the port, and that the server is running.</translation>
    </message>
    <message>
        <source>The server at %1 does not offer an encrypted (TLS) connection, but this profile requires one. Ask the database administrator to enable TLS.</source>
        <translation>The server at %1 does not offer an encrypted (TLS) connection, but this profile requires one. Ask the database administrator to enable TLS.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified (%2). Check the host name and the CA certificate of the profile.</source>
        <translation>The TLS certificate of %1 could not be verified (%2). Check the host name and the CA certificate of the profile.</translation>
    </message>
    <message>
        <source>The database server at %1 did not answer in time. Check the network and try again.</source>
        <translation>The database server at %1 did not answer in time. Check the network and try again.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; has no privacy schema, so the console cannot use it. An administrator must set it up first: fxctl db init --dsn &lt;owner connection&gt;.</source>
        <translation>The database &quot;%1&quot; has no privacy schema, so the console cannot use it. An administrator must set it up first: fxctl db init --dsn &lt;owner connection&gt;.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is not a member of a console role (support, DPO or admin). Ask an administrator to add it with: fxctl staff add.</source>
        <translation>The login &quot;%1&quot; is not a member of a console role (support, DPO or admin). Ask an administrator to add it with: fxctl staff add.</translation>
    </message>
    <message>
        <source>The connection to the database server at %1 was lost. Reconnect when the server is reachable again; nothing was half-written.</source>
        <translation>The connection to the database server at %1 was lost. Reconnect when the server is reachable again; nothing was half-written.</translation>
    </message>
    <message>
        <source>The connection attempt was cancelled.</source>
        <translation>The connection attempt was cancelled.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>The connection to %1 failed: %2</translation>
    </message>
    <message>
        <source>The server at %1 presented a TLS certificate for a different host name. Connect with the host name the certificate names, or ask the database administrator for a certificate for this one.</source>
        <translation>The server at %1 presented a TLS certificate for a different host name. Connect with the host name the certificate names, or ask the database administrator for a certificate for this one.</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; of the profile cannot be read. Choose the CA certificate your database administrator gave you.</source>
        <translation>The CA certificate file &quot;%1&quot; of the profile cannot be read. Choose the CA certificate your database administrator gave you.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not issued by the CA certificate of the profile, so the server cannot be trusted. Check the CA certificate of the profile with your database administrator.</source>
        <translation>The TLS certificate of %1 was not issued by the CA certificate of the profile, so the server cannot be trusted. Check the CA certificate of the profile with your database administrator.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>A password in the connection string is refused. Use ~/.pgpass, PGPASSFILE or --password-file.</source>
        <translation>A password in the connection string is refused. Use ~/.pgpass, PGPASSFILE or --password-file.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number between 1 and 65535.</source>
        <translation>The port &quot;%1&quot; is not a number between 1 and 65535.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown sslmode &quot;%1&quot;; use one of: %2.</translation>
    </message>
    <message>
        <source>The connection string contains a &quot;;&quot;, which is not allowed.</source>
        <translation>The connection string contains a &quot;;&quot;, which is not allowed.</translation>
    </message>
    <message>
        <source>Missing &quot;=&quot; after &quot;%1&quot; in the connection string.</source>
        <translation>Missing &quot;=&quot; after &quot;%1&quot; in the connection string.</translation>
    </message>
    <message>
        <source>Unterminated quoted value in the connection string.</source>
        <translation>Unterminated quoted value in the connection string.</translation>
    </message>
    <message>
        <source>Empty keyword in the connection string.</source>
        <translation>Empty keyword in the connection string.</translation>
    </message>
    <message>
        <source>The connection URI is not valid: %1</source>
        <translation>The connection URI is not valid: %1</translation>
    </message>
    <message>
        <source>this computer (local socket, port %1)</source>
        <translation>this computer (local socket, port %1)</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>The Fluxariont Privacy Console.</source>
        <translation>The Fluxariont Privacy Console.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Sign in to the demo database as support, dpo or admin.</source>
        <translation>Sign in to the demo database as support, dpo or admin.</translation>
    </message>
    <message>
        <source>Language of the interface: de or en.</source>
        <translation>Language of the interface: de or en.</translation>
    </message>
    <message>
        <source>Open this page: overview, users, requests, audit, incidents or admin.</source>
        <translation>Open this page: overview, users, requests, audit, incidents or admin.</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to this PNG file and exit.</source>
        <translation>Save a screenshot of the window to this PNG file and exit.</translation>
    </message>
    <message>
        <source>--demo takes support, dpo or admin.</source>
        <translation>--demo takes support, dpo or admin.</translation>
    </message>
    <message>
        <source>--lang takes de or en.</source>
        <translation>--lang takes de or en.</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;; use overview, users, requests, audit, incidents or admin.</source>
        <translation>Unknown page &quot;%1&quot;; use overview, users, requests, audit, incidents or admin.</translation>
    </message>
    <message>
        <source>--grab needs --demo, so that it can sign in without asking.</source>
        <translation>--grab needs --demo, so that it can sign in without asking.</translation>
    </message>
    <message>
        <source>Ticket reference for --search.</source>
        <translation>Ticket reference for --search.</translation>
    </message>
    <message>
        <source>Search the Users page for this and open the first learner found.</source>
        <translation>Search the Users page for this and open the first learner found.</translation>
    </message>
    <message>
        <source>--search works on the Users page only.</source>
        <translation>--search works on the Users page only.</translation>
    </message>
</context>
<context>
    <name>ContentTab</name>
    <message>
        <source>Everything Art. 33(3) requires is filled in.</source>
        <translation>Everything Art. 33(3) requires is filled in.</translation>
    </message>
    <message>
        <source>Missing before a notice can be recorded: %1.</source>
        <translation>Missing before a notice can be recorded: %1.</translation>
    </message>
    <message>
        <source>late: %1</source>
        <translation>late: %1</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>in time</translation>
    </message>
    <message>
        <source>Content saved.</source>
        <translation>Content saved.</translation>
    </message>
    <message>
        <source>Notice to the %1 recorded.</source>
        <translation>Notice to the %1 recorded.</translation>
    </message>
    <message>
        <source>&amp;Save content</source>
        <translation>&amp;Save content</translation>
    </message>
    <message>
        <source>Record &amp;notice sent…</source>
        <translation>Record &amp;notice sent…</translation>
    </message>
    <message>
        <source>Notices recorded:</source>
        <translation>Notices recorded:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Reference and note</source>
        <translation>Reference and note</translation>
    </message>
    <message>
        <source>Notices recorded</source>
        <translation>Notices recorded</translation>
    </message>
</context>
<context>
    <name>DataMapFile</name>
    <message>
        <source>The data map is nested too deeply or repeats itself too often (at most %1 entries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a key of the data map must be a plain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data map %1 cannot be read: %2. Give a file, or one of the maps this console ships: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data map %1 is too large (at most 1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data map is too large (at most 1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data map is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data map is nested too deeply (brackets more than 32 levels deep).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: this is not valid YAML; check the indentation and the quotes there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data map starts with its name, version and schema (a YAML mapping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data map could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data map %1 names no table prefix (table_prefix), so none can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table prefix has 1 to 20 lower-case letters, digits and _ and starts with a letter; &quot;%1&quot; does not fit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataMapStore</name>
    <message>
        <source>refers to a learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like a person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like a postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is free text next to a learner&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>rows unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, but the map does not name it among the table&apos;s subject columns (%3); add it there, or to &quot;ignore&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, and its table is not in the map (%3); add the table, or decide that it holds no personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a plain table or column name (letters, digits and _ only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema %1 does not exist in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no table %2 in the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the table %2 has no column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is of type %3; it must be %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number like the learner&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no index serves %2, so every export and erasure would scan the table. Run: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the table %2 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a data category of the privacy policy; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an origin; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an erasure; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the learners&apos; own table can only be anonymized, as requests and the log refer to its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 cannot be empty (NOT NULL); give a value instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the table&apos;s subject columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the retention period must be 1 to 30 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the legal basis in English and German (en, de), 10 to 1000 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learners&apos; own table %1 must be one of the tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping of keys and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short lowercase name (letters, digits, - and _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text of 1 to 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list with at least one table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one or more column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column: NAME, value: TEXT}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value, null or {generate: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data map must be %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The table %1 leaves the map; it holds %Ln rows that would no longer be exported or erased.</source>
        <translation>
            <numerusform>The table %1 leaves the map; it holds %Ln row that would no longer be exported or erased.</numerusform>
            <numerusform>The table %1 leaves the map; it holds %Ln rows that would no longer be exported or erased.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table %1 leaves the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data category %1 leaves the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention of %1 changes from %2 to %3 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure of %1 weakens: %2 instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of {column, table, key, subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give one or more purposes of the privacy policy (%3); &quot;%2&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the table %2 can only be retained with a primary key of one whole-number column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IP address (inet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the console&apos;s functions (role fx_owner) may not %2 the table %3. Run: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a regular expression from ^ to $ of at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label in English and German (en, de), 1 to 64 characters each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an account operation; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either {set: {COLUMN: VALUE, …}} or {delete: true}, with table and subject for another table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column name with a label in English and German (en, de) for each column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date, a time or a whole number of seconds since 1970</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no index serves %2, so every time window of the incident finder would scan the table. Run: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no index serves %2, so every look-up by a name would scan the table. Run: %3 The index calls the console&apos;s fold function, so the role the platform writes with needs: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table, key, title, members: {table, subject, course}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table, subject, processor, external_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 can be shown by a title of %3 only when it is a whole number and %3 has a primary key of one whole-number column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{COLUMN: {table: TABLE, column: COLUMN}} for each column shown by a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is personal data (of the learners&apos; own table, an address, a phone number or an IP address, masked or a credential) and cannot be shown as a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no index serves %2, so every look-up by an IP address would scan the table. Run: %3 The index calls the console&apos;s inet_or_null function, so the role the platform writes with needs: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the console&apos;s functions (role fx_owner) may not use the sequence %2 that numbers the new rows of %3. Run: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3) can take a value, null, {generate: uuid} on a uuid column, {generate: now} on a date, time or seconds column, or in erasure {hash: COLUMN} on a text column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{COLUMN: TEXT, …}, the values that pick the learner&apos;s row (not with delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no index serves %2, so a look-up by an email address with a typo would scan the table. Run: %3 The index calls the console&apos;s email_stem function, so the role the platform writes with needs: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no index serves %2, so every look-up by an email address would scan the table. Run: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseConnection</name>
    <message>
        <source>the PostgreSQL driver for Qt (QPSQL) is not installed</source>
        <translation>the PostgreSQL driver for Qt (QPSQL) is not installed</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>There is no demo database yet. Create it with: fxctl demo up</source>
        <translation>There is no demo database yet. Create it with: fxctl demo up</translation>
    </message>
    <message>
        <source>The demo state file %1 is damaged. Remove the demo with: fxctl demo down --purge</source>
        <translation>The demo state file %1 is damaged. Remove the demo with: fxctl demo down --purge</translation>
    </message>
    <message>
        <source>Starting the demo database</source>
        <translation>Starting the demo database</translation>
    </message>
    <message>
        <source>Creating the demo cluster in %1</source>
        <translation>Creating the demo cluster in %1</translation>
    </message>
    <message>
        <source>Seeding %L1 synthetic learners</source>
        <translation>Seeding %L1 synthetic learners</translation>
    </message>
    <message>
        <source>Demo %1</source>
        <translation>Demo %1</translation>
    </message>
    <message>
        <source>The demo database is ready</source>
        <translation>The demo database is ready</translation>
    </message>
    <message>
        <source>Unknown demo role &quot;%1&quot;; use support, dpo or admin.</source>
        <translation>Unknown demo role &quot;%1&quot;; use support, dpo or admin.</translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation>Demo: %1</translation>
    </message>
    <message>
        <source>The demo database holds the %1 platform. To try %2 instead, remove it first with: fxctl demo down --purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown demo platform &quot;%1&quot;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeding a Moodle site with %L1 synthetic learners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureCertificate</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Sign-in via social networks</source>
        <translation>Sign-in via social networks</translation>
    </message>
    <message>
        <source>Optional profile</source>
        <translation>Optional profile</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Course enrolments</source>
        <translation>Course enrolments</translation>
    </message>
    <message>
        <source>Completed lessons</source>
        <translation>Completed lessons</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Test results</translation>
    </message>
    <message>
        <source>Course certificates</source>
        <translation>Course certificates</translation>
    </message>
    <message>
        <source>Courses you taught</source>
        <translation>Courses you taught</translation>
    </message>
    <message>
        <source>Sign-in history</source>
        <translation>Sign-in history</translation>
    </message>
    <message>
        <source>Usage records</source>
        <translation>Usage records</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Forum threads</source>
        <translation>Forum threads</translation>
    </message>
    <message>
        <source>Forum posts</source>
        <translation>Forum posts</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Payment references</source>
        <translation>Payment references</translation>
    </message>
    <message>
        <source>Links to external services</source>
        <translation>Links to external services</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>anonymized</source>
        <translation>anonymized</translation>
    </message>
    <message>
        <source>retained and restricted</source>
        <translation>retained and restricted</translation>
    </message>
    <message>
        <source>A certificate exists only for an executed erasure.</source>
        <translation>A certificate exists only for an executed erasure.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Confirmation of erasure</source>
        <translation>Confirmation of erasure</translation>
    </message>
    <message>
        <source>We received your request to erase your personal data (Art. 17 GDPR) on %1, our reference %2, request no. %3. We carried it out on %4. This confirmation lists what we did; it repeats none of the erased data.</source>
        <translation>We received your request to erase your personal data (Art. 17 GDPR) on %1, our reference %2, request no. %3. We carried it out on %4. This confirmation lists what we did; it repeats none of the erased data.</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>What we did</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Kept until</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>We have asked these external service providers, who held data about you on our behalf, to erase it as well (Art. 19 GDPR):</source>
        <translation>We have asked these external service providers, who held data about you on our behalf, to erase it as well (Art. 19 GDPR):</translation>
    </message>
    <message>
        <source>No external service provider held data about you.</source>
        <translation>No external service provider held data about you.</translation>
    </message>
    <message>
        <source>Records we must keep by law are restricted (Art. 18 GDPR): only our data protection officer can see them, they are used for nothing else, and they are deleted when the period ends. We also keep the record of your request and of who accessed your data, without further personal data, as proof that we handled your data lawfully.</source>
        <translation>Records we must keep by law are restricted (Art. 18 GDPR): only our data protection officer can see them, they are used for nothing else, and they are deleted when the period ends. We also keep the record of your request and of who accessed your data, without further personal data, as proof that we handled your data lawfully.</translation>
    </message>
    <message>
        <source>Your Fluxariont data protection team</source>
        <translation>Your Fluxariont data protection team</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>done by %1, %2: %3</source>
        <translation>done by %1, %2: %3</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>approved by %1</translation>
    </message>
    <message>
        <source>Erasure request %1 — learner %2 — %3</source>
        <translation>Erasure request %1 — learner %2 — %3</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>anonymize</source>
        <translation>anonymize</translation>
    </message>
    <message>
        <source>retain, restricted</source>
        <translation>retain, restricted</translation>
    </message>
    <message>
        <source>No external processor holds data of this learner.</source>
        <translation>No external processor holds data of this learner.</translation>
    </message>
    <message>
        <source>External processors to ask for erasure: %1</source>
        <translation>External processors to ask for erasure: %1</translation>
    </message>
    <message>
        <source>Only the data protection officer decides on and executes erasures.</source>
        <translation>Only the data protection officer decides on and executes erasures.</translation>
    </message>
    <message>
        <source>You opened this request, so a second person must decide on it.</source>
        <translation>You opened this request, so a second person must decide on it.</translation>
    </message>
    <message>
        <source>Approved. A data protection officer can execute it now.</source>
        <translation>Approved. A data protection officer can execute it now.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Rejected.</translation>
    </message>
    <message>
        <source>This erasure had already been executed; nothing was changed.</source>
        <translation>This erasure had already been executed; nothing was changed.</translation>
    </message>
    <message>
        <source>The learner is erased. Save the certificate and follow up with the processors.</source>
        <translation>The learner is erased. Save the certificate and follow up with the processors.</translation>
    </message>
    <message>
        <source>Approve erasure</source>
        <translation>Approve erasure</translation>
    </message>
    <message>
        <source>Reject erasure</source>
        <translation>Reject erasure</translation>
    </message>
    <message>
        <source>You approve erasing learner %1 as the second person. Why?</source>
        <translation>You approve erasing learner %1 as the second person. Why?</translation>
    </message>
    <message>
        <source>Why is the erasure rejected? The requester must be told.</source>
        <translation>Why is the erasure rejected? The requester must be told.</translation>
    </message>
    <message>
        <source>Execute erasure</source>
        <translation>Execute erasure</translation>
    </message>
    <message>
        <source>Erase learner %1 now? Everything listed is deleted or anonymized in one step; this cannot be undone. Retained records are restricted to you.</source>
        <translation>Erase learner %1 now? Everything listed is deleted or anonymized in one step; this cannot be undone. Retained records are restricted to you.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Save erasure certificate</source>
        <translation>Save erasure certificate</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Text files (*.txt)</source>
        <translation>PDF documents (*.pdf);;Text files (*.txt)</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <source>What did %1 confirm, or where is the evidence?</source>
        <translation>What did %1 confirm, or where is the evidence?</translation>
    </message>
    <message>
        <source>Noted.</source>
        <translation>Noted.</translation>
    </message>
    <message>
        <source>Erasure request %1</source>
        <translation>Erasure request %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Kept until</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processor</translation>
    </message>
    <message>
        <source>Their id of the learner</source>
        <translation>Their id of the learner</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Execute erasure…</source>
        <translation>Execute erasure…</translation>
    </message>
    <message>
        <source>Save certificate…</source>
        <translation>Save certificate…</translation>
    </message>
    <message>
        <source>Follow-up done…</source>
        <translation>Follow-up done…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Courses taught by the learner</source>
        <translation>Courses taught by the learner</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Erasing…</translation>
    </message>
    <message>
        <source>What the erasure does</source>
        <translation>What the erasure does</translation>
    </message>
    <message>
        <source>Follow-up with processors</source>
        <translation>Follow-up with processors</translation>
    </message>
    <message>
        <source>Certificate in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate in (the learner&apos;s language is %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity checked against the account&apos;s email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an open invoice dispute requires keeping the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the certificate in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their confirmation email of 3 May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportConsultations</name>
    <message>
        <source>your account overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hidden value of your data, shown for the purpose given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a search whose results listed you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account was locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account was unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your sign-in sessions were ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new password was required of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your marketing consent was withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your data was corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the processing of your data was restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your data in the category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your data protection request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other work with your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a support request of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every time a member of our staff looked at your data or worked with it, our console recorded it. Here is each of these consultations: when, what was looked at, for what purpose, and the role of the person — as the Court of Justice of the EU held (C-579/21), not their name. The same list is in consultations.csv and in data.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one has consulted your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">When</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">What</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished">Purpose</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">By</translation>
    </message>
    <message>
        <source>your data in the category %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export package for request %1</source>
        <translation>Export package for request %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Encrypt the ZIP file with AES-256 (recommended)</source>
        <translation>Encrypt the ZIP file with AES-256 (recommended)</translation>
    </message>
    <message>
        <source>Create package</source>
        <translation>Create package</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy passphrase</source>
        <translation>Copy passphrase</translation>
    </message>
    <message>
        <source>Passphrase — shown only now and stored nowhere. Give it to the requester on a different channel than the file:</source>
        <translation>Passphrase — shown only now and stored nowhere. Give it to the requester on a different channel than the file:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Save export package</source>
        <translation>Save export package</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP archives (*.zip)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%Ln record(s)); the request is fulfilled.</source>
        <translation>
            <numerusform>Saved %1 (%Ln record); the request is fulfilled.</numerusform>
            <numerusform>Saved %1 (%Ln records); the request is fulfilled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create export package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the export package of request %1 and mark the request as fulfilled? This is logged and cannot be undone; a new export needs a new request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and fulfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase has not been copied. It is shown only now and stored nowhere: without it the package cannot be opened. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPackage</name>
    <message>
        <source>Nothing was saved and the request is unchanged.</source>
        <translation>Nothing was saved and the request is unchanged.</translation>
    </message>
    <message>
        <source>Could not write the export (%1). %2</source>
        <translation>Could not write the export (%1). %2</translation>
    </message>
    <message>
        <source>The export failed: %1. %2</source>
        <translation>The export failed: %1. %2</translation>
    </message>
    <message>
        <source>The export was cancelled. %1</source>
        <translation>The export was cancelled. %1</translation>
    </message>
    <message>
        <source>Choose a file name for the export.</source>
        <translation>Choose a file name for the export.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or remove it first.</source>
        <translation>%1 already exists; choose another name or remove it first.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>the folder %1 is not writable: %2</source>
        <translation>the folder %1 is not writable: %2</translation>
    </message>
    <message>
        <source>the archive cannot be read back</source>
        <translation>the archive cannot be read back</translation>
    </message>
    <message>
        <source>The export was recorded, but could not be moved to %1 (%2); it is at %3.</source>
        <translation>The export was recorded, but could not be moved to %1 (%2); it is at %3.</translation>
    </message>
    <message>
        <source>cannot create a folder</source>
        <translation>cannot create a folder</translation>
    </message>
    <message>
        <source>unexpected table name</source>
        <translation>unexpected table name</translation>
    </message>
    <message>
        <source>a file cannot be read back</source>
        <translation>a file cannot be read back</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Optional profile</source>
        <translation>Optional profile</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Technical data</source>
        <translation>Technical data</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>External service providers</source>
        <translation>External service providers</translation>
    </message>
    <message>
        <source>Your data protection requests</source>
        <translation>Your data protection requests</translation>
    </message>
    <message>
        <source>provided by you</source>
        <translation>provided by you</translation>
    </message>
    <message>
        <source>recorded while you used the platform</source>
        <translation>recorded while you used the platform</translation>
    </message>
    <message>
        <source>derived by us from other data</source>
        <translation>derived by us from other data</translation>
    </message>
    <message>
        <source>received from a third party</source>
        <translation>received from a third party</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytics</translation>
    </message>
    <message>
        <source>Video hosting</source>
        <translation>Video hosting</translation>
    </message>
    <message>
        <source>Payment services</source>
        <translation>Payment services</translation>
    </message>
    <message>
        <source>Cloud storage and content delivery</source>
        <translation>Cloud storage and content delivery</translation>
    </message>
    <message>
        <source>Communication tools</source>
        <translation>Communication tools</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>Public identifier</source>
        <translation>Public identifier</translation>
    </message>
    <message>
        <source>The file data.json contains all data below in machine-readable form (its structure is described in schema.json); the folder csv holds the same rows as one spreadsheet file per table; manifest.json lists a SHA-256 checksum of every file.</source>
        <translation>The file data.json contains all data below in machine-readable form (its structure is described in schema.json); the folder csv holds the same rows as one spreadsheet file per table; manifest.json lists a SHA-256 checksum of every file.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Where the data comes from</source>
        <translation>Where the data comes from</translation>
    </message>
    <message>
        <source>Not included: your password, which we store only as a one-way hash, and the encrypted payment token of your payment provider. Both are security credentials, not information about you.</source>
        <translation>Not included: your password, which we store only as a one-way hash, and the encrypted payment token of your payment provider. Both are security credentials, not information about you.</translation>
    </message>
    <message>
        <source>Providing our courses: your account, access to courses, your progress and certificates (contract, Art. 6(1)(b) GDPR).</source>
        <translation>Providing our courses: your account, access to courses, your progress and certificates (contract, Art. 6(1)(b) GDPR).</translation>
    </message>
    <message>
        <source>Personalisation: course suggestions and difficulty adapted to your learning (legitimate interest, Art. 6(1)(f) GDPR).</source>
        <translation>Personalisation: course suggestions and difficulty adapted to your learning (legitimate interest, Art. 6(1)(f) GDPR).</translation>
    </message>
    <message>
        <source>Security and fraud prevention: detecting unauthorised access (legitimate interest, Art. 6(1)(f) GDPR).</source>
        <translation>Security and fraud prevention: detecting unauthorised access (legitimate interest, Art. 6(1)(f) GDPR).</translation>
    </message>
    <message>
        <source>We use external service providers who process data on our behalf (Art. 28 GDPR). Those marked &quot;yes&quot; hold data about you.</source>
        <translation>We use external service providers who process data on our behalf (Art. 28 GDPR). Those marked &quot;yes&quot; hold data about you.</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>Kind of service</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Holds data about you</source>
        <translation>Holds data about you</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Records of data protection requests and of staff access to your data: as long as we must be able to prove that we handled your data lawfully.</source>
        <translation>Records of data protection requests and of staff access to your data: as long as we must be able to prove that we handled your data lawfully.</translation>
    </message>
    <message>
        <source>Rectification of inaccurate data (Art. 16 GDPR).</source>
        <translation>Rectification of inaccurate data (Art. 16 GDPR).</translation>
    </message>
    <message>
        <source>Erasure (Art. 17 GDPR), unless we must keep data by law.</source>
        <translation>Erasure (Art. 17 GDPR), unless we must keep data by law.</translation>
    </message>
    <message>
        <source>Restriction of processing (Art. 18 GDPR).</source>
        <translation>Restriction of processing (Art. 18 GDPR).</translation>
    </message>
    <message>
        <source>Objection to processing based on legitimate interest (Art. 21 GDPR).</source>
        <translation>Objection to processing based on legitimate interest (Art. 21 GDPR).</translation>
    </message>
    <message>
        <source>Data portability: this package is in a common machine-readable format (Art. 20 GDPR).</source>
        <translation>Data portability: this package is in a common machine-readable format (Art. 20 GDPR).</translation>
    </message>
    <message>
        <source>Withdrawing a consent at any time, with effect for the future (Art. 7(3) GDPR).</source>
        <translation>Withdrawing a consent at any time, with effect for the future (Art. 7(3) GDPR).</translation>
    </message>
    <message>
        <source>Lodging a complaint with a data protection supervisory authority, in particular in the member state where you live or work (Art. 77 GDPR).</source>
        <translation>Lodging a complaint with a data protection supervisory authority, in particular in the member state where you live or work (Art. 77 GDPR).</translation>
    </message>
    <message>
        <source>Most data comes from you or was recorded while you used the platform.</source>
        <translation>Most data comes from you or was recorded while you used the platform.</translation>
    </message>
    <message>
        <source>If you signed in with a social network, we received your profile details from that network.</source>
        <translation>If you signed in with a social network, we received your profile details from that network.</translation>
    </message>
    <message>
        <source>Payment references come from our payment service provider.</source>
        <translation>Payment references come from our payment service provider.</translation>
    </message>
    <message>
        <source>Test results and certificates are derived from your answers and progress. We make no decisions based solely on automated processing that have legal or similarly significant effects on you (Art. 22 GDPR).</source>
        <translation>Test results and certificates are derived from your answers and progress. We make no decisions based solely on automated processing that have legal or similarly significant effects on you (Art. 22 GDPR).</translation>
    </message>
    <message>
        <source>Your personal data at Fluxariont</source>
        <translation>Your personal data at Fluxariont</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>What this package contains</source>
        <translation>What this package contains</translation>
    </message>
    <message>
        <source>Why we process your data</source>
        <translation>Why we process your data</translation>
    </message>
    <message>
        <source>Who receives your data</source>
        <translation>Who receives your data</translation>
    </message>
    <message>
        <source>How long we keep your data</source>
        <translation>How long we keep your data</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Your rights</translation>
    </message>
    <message>
        <source>Copy of your data under Art. 15 and 20 GDPR, request no. %1, created %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication: messages and notices about your courses (contract, Art. 6(1)(b) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing emails about new courses, only with your consent (Art. 6(1)(a) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligations: keeping records as the law requires, such as invoices under tax law (Art. 6(1)(c) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improving our courses: how they are used, to add explanations where many learners struggle (legitimate interest, Art. 6(1)(f) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: as long as your account exists; after erasure they are deleted or made anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2; during that time they are only kept, not otherwise used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who at Fluxariont consulted your data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the deadline</source>
        <translation>Extend the deadline</translation>
    </message>
    <message numerus="yes">
        <source>by %Ln month(s)</source>
        <translation>
            <numerusform>by %Ln month</numerusform>
            <numerusform>by %Ln months</numerusform>
        </translation>
    </message>
    <message>
        <source>Why the request needs more time; the requester is told this reason.</source>
        <translation>Why the request needs more time; the requester is told this reason.</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>A deadline can be extended by at most two further months in total, only while the first month runs, and the requester must be told why.</source>
        <translation>A deadline can be extended by at most two further months in total, only while the first month runs, and the requester must be told why.</translation>
    </message>
    <message>
        <source>&amp;Extend:</source>
        <translation>&amp;Extend:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>ExtensionNote</name>
    <message>
        <source>your request for a copy of your data</source>
        <translation>your request for a copy of your data</translation>
    </message>
    <message>
        <source>your request to erase your data</source>
        <translation>your request to erase your data</translation>
    </message>
    <message>
        <source>your request to correct your data</source>
        <translation>your request to correct your data</translation>
    </message>
    <message>
        <source>your request to restrict the processing of your data</source>
        <translation>your request to restrict the processing of your data</translation>
    </message>
    <message>
        <source>your objection to the processing of your data</source>
        <translation>your objection to the processing of your data</translation>
    </message>
    <message>
        <source>Hello,

we received %1 on %2 (our reference %3). We need more time to answer it completely, for this reason:

%4

As Art. 12(3) GDPR allows, we are extending the deadline. You will have our answer by %5 at the latest.

Kind regards
Your Fluxariont data protection team</source>
        <translation>Hello,

we received %1 on %2 (our reference %3). We need more time to answer it completely, for this reason:

%4

As Art. 12(3) GDPR allows, we are extending the deadline. You will have our answer by %5 at the latest.

Kind regards
Your Fluxariont data protection team</translation>
    </message>
</context>
<context>
    <name>FinderTab</name>
    <message>
        <source>signed in %1 – %2</source>
        <translation>signed in %1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>enrolled in course %1</source>
        <translation>enrolled in course %1</translation>
    </message>
    <message>
        <source>with payment references</source>
        <translation>with payment references</translation>
    </message>
    <message>
        <source>data at processor %1</source>
        <translation>data at processor %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people match. Data they hold, by category (estimated from a sample of 5,000): %1</source>
        <translation>
            <numerusform>%Ln person matches. Data they hold, by category (estimated from a sample of 5,000): %1</numerusform>
            <numerusform>%Ln people match. Data they hold, by category (estimated from a sample of 5,000): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people match. Data they hold, by category: %1</source>
        <translation>
            <numerusform>%Ln person matches. Data they hold, by category: %1</numerusform>
            <numerusform>%Ln people match. Data they hold, by category: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Finder result attached to the incident.</source>
        <translation>Finder result attached to the incident.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people written to %1. The export is in the access log.</source>
        <translation>
            <numerusform>%Ln person written to %1. The export is in the access log.</numerusform>
            <numerusform>%Ln people written to %1. The export is in the access log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the people concerned</source>
        <translation>Export the people concerned</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Signed in &amp;between</source>
        <translation>Signed in &amp;between</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>From the &amp;address or range:</source>
        <translation>From the &amp;address or range:</translation>
    </message>
    <message>
        <source>Enrolled in &amp;course:</source>
        <translation>Enrolled in &amp;course:</translation>
    </message>
    <message>
        <source>Data held by &amp;processor:</source>
        <translation>Data held by &amp;processor:</translation>
    </message>
    <message>
        <source>Holds payment &amp;references</source>
        <translation>Holds payment &amp;references</translation>
    </message>
    <message>
        <source>any or none</source>
        <translation>any or none</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>C&amp;ount</translation>
    </message>
    <message>
        <source>A&amp;ttach to incident</source>
        <translation>A&amp;ttach to incident</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Export list…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Stores the criteria and the number of people with the incident, not the list. Only the data protection officer can export the list of people, and that is logged.</source>
        <translation>Stores the criteria and the number of people with the incident, not the list. Only the data protection officer can export the list of people, and that is logged.</translation>
    </message>
    <message>
        <source>Attached results</source>
        <translation>Attached results</translation>
    </message>
    <message>
        <source>The data map of this platform names nothing to search for this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HashedFile</name>
    <message>
        <source>not enough space on the disk</source>
        <translation>not enough space on the disk</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>There is no guide for this page yet.</source>
        <translation>There is no guide for this page yet.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs you today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request #%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: was due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure request #%1 waits for your decision: due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure request #%1: processors still to confirm: %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1: %2 (authority deadline %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged access-log entries not yet reviewed: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records whose retention has ended: %L1 of %L2 learners (since %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain has not been verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last verification, %1, found the chain broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain last verified %1: intact, %L2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checkpoint has been signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last signed checkpoint %1, %L2 days ago; the policy asks for one every %L3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last signed checkpoint %1, %L2 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: last seen %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: never seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): last confirmed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): never confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests due soon or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasures waiting for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processors to confirm erasures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log</source>
        <translation type="unfinished">Access log</translation>
    </message>
    <message>
        <source>Logins not used for 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs you today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDraft</name>
    <message>
        <source>[missing: to be completed]</source>
        <translation>[missing: to be completed]</translation>
    </message>
    <message>
        <source>Notification of a personal data breach to the supervisory authority (Art. 33 GDPR)</source>
        <translation>Notification of a personal data breach to the supervisory authority (Art. 33 GDPR)</translation>
    </message>
    <message>
        <source>Controller: Fluxariont. Our reference: incident %1, &quot;%2&quot;. Phase %3 of the notification (Art. 33(4) GDPR).</source>
        <translation>Controller: Fluxariont. Our reference: incident %1, &quot;%2&quot;. Phase %3 of the notification (Art. 33(4) GDPR).</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Breach detected: %1</source>
        <translation>Breach detected: %1</translation>
    </message>
    <message>
        <source>Controller became aware: %1</source>
        <translation>Controller became aware: %1</translation>
    </message>
    <message>
        <source>72 hours end: %1</source>
        <translation>72 hours end: %1</translation>
    </message>
    <message>
        <source>Reasons for the delay (Art. 33(1) GDPR): [missing: to be completed]</source>
        <translation>Reasons for the delay (Art. 33(1) GDPR): [missing: to be completed]</translation>
    </message>
    <message>
        <source>(a) Nature of the breach</source>
        <translation>(a) Nature of the breach</translation>
    </message>
    <message>
        <source>(b) Data protection officer or other contact point</source>
        <translation>(b) Data protection officer or other contact point</translation>
    </message>
    <message>
        <source>(c) Likely consequences</source>
        <translation>(c) Likely consequences</translation>
    </message>
    <message>
        <source>(d) Measures taken or proposed</source>
        <translation>(d) Measures taken or proposed</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Risk assessment</translation>
    </message>
    <message>
        <source>Risk to the people concerned: %1</source>
        <translation>Risk to the people concerned: %1</translation>
    </message>
    <message>
        <source>The people concerned are being informed (Art. 34 GDPR).</source>
        <translation>The people concerned are being informed (Art. 34 GDPR).</translation>
    </message>
    <message>
        <source>Art. 34(3) GDPR applies: %1</source>
        <translation>Art. 34(3) GDPR applies: %1</translation>
    </message>
    <message>
        <source>Draft prepared with the Fluxariont Privacy Console on %1.</source>
        <translation>Draft prepared with the Fluxariont Privacy Console on %1.</translation>
    </message>
    <message>
        <source>Information about a breach of your personal data</source>
        <translation>Information about a breach of your personal data</translation>
    </message>
    <message>
        <source>Dear learner, we are writing to tell you about a security incident that concerns your personal data at Fluxariont (Art. 34 GDPR).</source>
        <translation>Dear learner, we are writing to tell you about a security incident that concerns your personal data at Fluxariont (Art. 34 GDPR).</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>What this may mean for you</source>
        <translation>What this may mean for you</translation>
    </message>
    <message>
        <source>What we have done</source>
        <translation>What we have done</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>What you can do</translation>
    </message>
    <message>
        <source>Change your Fluxariont password and any other account where you use the same password. Be wary of e-mails or calls that refer to this incident and ask for passwords or payment details: we never ask for them.</source>
        <translation>Change your Fluxariont password and any other account where you use the same password. Be wary of e-mails or calls that refer to this incident and ask for passwords or payment details: we never ask for them.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Our data protection officer answers your questions: %1</source>
        <translation>Our data protection officer answers your questions: %1</translation>
    </message>
    <message>
        <source>You also have the right to lodge a complaint with a supervisory authority (Art. 77 GDPR).</source>
        <translation>You also have the right to lodge a complaint with a supervisory authority (Art. 77 GDPR).</translation>
    </message>
    <message>
        <source>Your Fluxariont data protection team</source>
        <translation>Your Fluxariont data protection team</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>As reported when the incident was opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message numerus="yes">
        <source>%Ln mandatory checklist items open</source>
        <translation>
            <numerusform>%Ln mandatory checklist item open</numerusform>
            <numerusform>%Ln mandatory checklist items open</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (closed)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>72-hour clock</source>
        <translation>72-hour clock</translation>
    </message>
    <message>
        <source>Notify authority by</source>
        <translation>Notify authority by</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
</context>
<context>
    <name>IncidentTexts</name>
    <message>
        <source>Containment</source>
        <translation>Containment</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Notification of the authority (Art. 33)</source>
        <translation>Notification of the authority (Art. 33)</translation>
    </message>
    <message>
        <source>Communication to the people (Art. 34)</source>
        <translation>Communication to the people (Art. 34)</translation>
    </message>
    <message>
        <source>Documentation (Art. 33(5))</source>
        <translation>Documentation (Art. 33(5))</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>not assessed yet</translation>
    </message>
    <message>
        <source>unlikely to result in a risk</source>
        <translation>unlikely to result in a risk</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risk</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>high risk</translation>
    </message>
    <message>
        <source>no exception</source>
        <translation>no exception</translation>
    </message>
    <message>
        <source>(a) the data is unintelligible, e.g. encrypted</source>
        <translation>(a) the data is unintelligible, e.g. encrypted</translation>
    </message>
    <message>
        <source>(b) later measures removed the high risk</source>
        <translation>(b) later measures removed the high risk</translation>
    </message>
    <message>
        <source>(c) disproportionate effort: public communication instead</source>
        <translation>(c) disproportionate effort: public communication instead</translation>
    </message>
    <message>
        <source>supervisory authority</source>
        <translation>supervisory authority</translation>
    </message>
    <message>
        <source>people concerned</source>
        <translation>people concerned</translation>
    </message>
    <message>
        <source>public communication</source>
        <translation>public communication</translation>
    </message>
    <message>
        <source>Nature of the breach</source>
        <translation>Nature of the breach</translation>
    </message>
    <message>
        <source>Categories of people concerned</source>
        <translation>Categories of people concerned</translation>
    </message>
    <message>
        <source>Approximate number of people</source>
        <translation>Approximate number of people</translation>
    </message>
    <message>
        <source>Categories of personal data records</source>
        <translation>Categories of personal data records</translation>
    </message>
    <message>
        <source>Approximate number of records</source>
        <translation>Approximate number of records</translation>
    </message>
    <message>
        <source>Contact of the data protection officer</source>
        <translation>Contact of the data protection officer</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Likely consequences</translation>
    </message>
    <message>
        <source>Measures taken or proposed</source>
        <translation>Measures taken or proposed</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 d %2 h %3 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>authority notified</source>
        <translation>authority notified</translation>
    </message>
    <message>
        <source>no notification required</source>
        <translation>no notification required</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>No incident chosen</source>
        <translation>No incident chosen</translation>
    </message>
    <message>
        <source>Incident %1: %2</source>
        <translation>Incident %1: %2</translation>
    </message>
    <message>
        <source>Detected %1 · aware since %2 · notify the authority by %3 · risk: %4</source>
        <translation>Detected %1 · aware since %2 · notify the authority by %3 · risk: %4</translation>
    </message>
    <message>
        <source>Unknown kind of draft.</source>
        <translation>Unknown kind of draft.</translation>
    </message>
    <message>
        <source>Save the draft for the authority</source>
        <translation>Save the draft for the authority</translation>
    </message>
    <message>
        <source>Save the draft for the people</source>
        <translation>Save the draft for the people</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Text files (*.txt)</source>
        <translation>PDF documents (*.pdf);;Text files (*.txt)</translation>
    </message>
    <message>
        <source>Draft saved as %1.</source>
        <translation>Draft saved as %1.</translation>
    </message>
    <message>
        <source>Incident %1 is closed.</source>
        <translation>Incident %1 is closed.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mandatory checklist items are still open; tick them before closing.</source>
        <translation>
            <numerusform>%Ln mandatory checklist item is still open; tick it before closing.</numerusform>
            <numerusform>%Ln mandatory checklist items are still open; tick them before closing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Close incident</translation>
    </message>
    <message>
        <source>Summarize the outcome for the breach register: what happened, what was decided and why, what changes.</source>
        <translation>Summarize the outcome for the breach register: what happened, what was decided and why, what changes.</translation>
    </message>
    <message>
        <source>C&amp;lose incident…</source>
        <translation>C&amp;lose incident…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>People concerned</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opened</translation>
    </message>
    <message>
        <source>ticked %1</source>
        <translation>ticked %1</translation>
    </message>
    <message>
        <source>unticked %1</source>
        <translation>unticked %1</translation>
    </message>
    <message>
        <source>risk assessed: %1</source>
        <translation>risk assessed: %1</translation>
    </message>
    <message>
        <source>content changed</source>
        <translation>content changed</translation>
    </message>
    <message>
        <source>notice to the %1, phase %2</source>
        <translation>notice to the %1, phase %2</translation>
    </message>
    <message>
        <source>people counted: %1</source>
        <translation>people counted: %1</translation>
    </message>
    <message>
        <source>list of %1 people exported</source>
        <translation>list of %1 people exported</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Draft for the &amp;authority</source>
        <translation>Draft for the &amp;authority</translation>
    </message>
    <message>
        <source>Draft for the &amp;people</source>
        <translation>Draft for the &amp;people</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>laptop encrypted, no data exposed; disks are now checked monthly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>No incidents so far. Open one as soon as you learn of a breach.</source>
        <translation>No incidents so far. Open one as soon as you learn of a breach.</translation>
    </message>
    <message>
        <source>Incident %1 is open. The 72-hour clock is running.</source>
        <translation>Incident %1 is open. The 72-hour clock is running.</translation>
    </message>
    <message numerus="yes">
        <source>Breach register with %Ln incidents saved as %1.</source>
        <translation>
            <numerusform>Breach register with %Ln incident saved as %1.</numerusform>
            <numerusform>Breach register with %Ln incidents saved as %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the breach register</source>
        <translation>Save the breach register</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;CSV files (*.csv)</source>
        <translation>PDF documents (*.pdf);;CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;New incident…</translation>
    </message>
    <message>
        <source>Breach &amp;register…</source>
        <translation>Breach &amp;register…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Open an incident as soon as you learn of a breach: the 72 hours run from then.</source>
        <translation>Open an incident as soon as you learn of a breach: the 72 hours run from then.</translation>
    </message>
</context>
<context>
    <name>ItemLabels</name>
    <message>
        <source>Course viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished">Analytics</translation>
    </message>
    <message>
        <source>Video hosting</source>
        <translation type="unfinished">Video hosting</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished">Payment</translation>
    </message>
    <message>
        <source>Cloud and CDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished">Communication</translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished">Support</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation type="unfinished">Data protection officer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished">Administrator</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
</context>
<context>
    <name>LocalCluster</name>
    <message>
        <source>The PostgreSQL server programs (initdb, pg_ctl, postgres) were not found. Install them, on Debian or Ubuntu with: sudo apt-get install postgresql postgresql-contrib. If they are installed elsewhere, set FX_PG_BINDIR to their directory.</source>
        <translation>The PostgreSQL server programs (initdb, pg_ctl, postgres) were not found. Install them, on Debian or Ubuntu with: sudo apt-get install postgresql postgresql-contrib. If they are installed elsewhere, set FX_PG_BINDIR to their directory.</translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation>%1 did not finish in time</translation>
    </message>
    <message>
        <source>Running as root needs the unprivileged account &quot;postgres&quot; to run the server; it does not exist. Install the postgresql package or run as an ordinary user.</source>
        <translation>Running as root needs the unprivileged account &quot;postgres&quot; to run the server; it does not exist. Install the postgresql package or run as an ordinary user.</translation>
    </message>
    <message>
        <source>Cannot hand %1 to the account postgres.</source>
        <translation>Cannot hand %1 to the account postgres.</translation>
    </message>
    <message>
        <source>Cannot write the server configuration: %1</source>
        <translation>Cannot write the server configuration: %1</translation>
    </message>
    <message>
        <source>A cluster exists already in %1.</source>
        <translation>A cluster exists already in %1.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Cannot create the directory %1.</translation>
    </message>
    <message>
        <source>The PostgreSQL server runs as the account postgres, which cannot reach %1. Choose a directory that account can reach, for example under /var/tmp.</source>
        <translation>The PostgreSQL server runs as the account postgres, which cannot reach %1. Choose a directory that account can reach, for example under /var/tmp.</translation>
    </message>
    <message>
        <source>initdb failed: %1</source>
        <translation>initdb failed: %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>The local PostgreSQL server did not start: %1</source>
        <translation>The local PostgreSQL server did not start: %1</translation>
    </message>
    <message>
        <source>The local PostgreSQL server did not stop: %1</source>
        <translation>The local PostgreSQL server did not stop: %1</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Cannot remove %1.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Demo database: %1</source>
        <translation>Demo database: %1</translation>
    </message>
    <message>
        <source>New connection…</source>
        <translation>New connection…</translation>
    </message>
    <message>
        <source>Give the profile a name before saving it.</source>
        <translation>Give the profile a name before saving it.</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;. The password is not saved.</source>
        <translation>Saved the profile &quot;%1&quot;. The password is not saved.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>the demo database</source>
        <translation>the demo database</translation>
    </message>
    <message>
        <source>The connection attempt was cancelled.</source>
        <translation>The connection attempt was cancelled.</translation>
    </message>
    <message>
        <source>Sign in — Fluxariont Privacy Console</source>
        <translation>Sign in — Fluxariont Privacy Console</translation>
    </message>
    <message>
        <source>Sign in to the Fluxariont Privacy Console</source>
        <translation>Sign in to the Fluxariont Privacy Console</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connection:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>LookupInput</name>
    <message>
        <source>It is too long (%1 characters; at most %2).</source>
        <translation>It is too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <source>Search text refused:</source>
        <translation>Search text refused:</translation>
    </message>
    <message>
        <source>Type something to search for: an email address, a name, a learner id, an invoice number or an IP address.</source>
        <translation>Type something to search for: an email address, a name, a learner id, an invoice number or an IP address.</translation>
    </message>
    <message>
        <source>Ticket reference refused:</source>
        <translation>Ticket reference refused:</translation>
    </message>
    <message>
        <source>Purpose refused:</source>
        <translation>Purpose refused:</translation>
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
        <translation>Email</translation>
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
        <translation>Found by</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>erased</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>user id</translation>
    </message>
    <message>
        <source>public id</source>
        <translation>public id</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>email (beginning)</source>
        <translation>email (beginning)</translation>
    </message>
    <message>
        <source>email (similar)</source>
        <translation>email (similar)</translation>
    </message>
    <message>
        <source>name (similar)</source>
        <translation>name (similar)</translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The role %1 may not use the page &quot;%2&quot;.</source>
        <translation>The role %1 may not use the page &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnect</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Reconnect…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2 (%3)&lt;/p&gt;&lt;p&gt;The desktop tool with which Fluxariont&apos;s staff keep the promises of its privacy policy. Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Component&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Version&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Licence&lt;/th&gt;&lt;/tr&gt;%4&lt;/table&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2 (%3)&lt;/p&gt;&lt;p&gt;The desktop tool with which Fluxariont&apos;s staff keep the promises of its privacy policy. Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Component&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Version&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Licence&lt;/th&gt;&lt;/tr&gt;%4&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&amp;User guide for this page</source>
        <translation>&amp;User guide for this page</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Page</translation>
    </message>
    <message>
        <source>The server can no longer tell whether the change &quot;%1&quot;, cut off by the lost connection, was saved. Check the record before doing it again.</source>
        <translation>The server can no longer tell whether the change &quot;%1&quot;, cut off by the lost connection, was saved. Check the record before doing it again.</translation>
    </message>
    <message>
        <source>The change &quot;%1&quot; was saved before the connection was lost. Do not do it again; refresh the page to see it.</source>
        <translation>The change &quot;%1&quot; was saved before the connection was lost. Do not do it again; refresh the page to see it.</translation>
    </message>
    <message>
        <source>The change &quot;%1&quot; was not saved when the connection was lost. Do it again.</source>
        <translation>The change &quot;%1&quot; was not saved when the connection was lost. Do it again.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Setting up the database needs a superuser connection (it creates the console&apos;s roles). Connect as the database&apos;s superuser, for example postgres.</source>
        <translation>Setting up the database needs a superuser connection (it creates the console&apos;s roles). Connect as the database&apos;s superuser, for example postgres.</translation>
    </message>
    <message>
        <source>This database was set up by a newer console: it has migration %1 (%2), which this version does not know. Use the newer console.</source>
        <translation>This database was set up by a newer console: it has migration %1 (%2), which this version does not know. Use the newer console.</translation>
    </message>
    <message>
        <source>The database&apos;s migration history does not match this console: migration %1 (%2) was recorded with different content. The database was changed by hand or by another build; restore it or use the console that set it up.</source>
        <translation>The database&apos;s migration history does not match this console: migration %1 (%2) was recorded with different content. The database was changed by hand or by another build; restore it or use the console that set it up.</translation>
    </message>
    <message>
        <source>No migrations are built into this program.</source>
        <translation>No migrations are built into this program.</translation>
    </message>
    <message>
        <source>Applying migration %1 (%2)</source>
        <translation>Applying migration %1 (%2)</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) failed: %3</translation>
    </message>
    <message>
        <source>Applying the privacy functions</source>
        <translation>Applying the privacy functions</translation>
    </message>
    <message>
        <source>The functions of %1 could not be applied: %2</source>
        <translation>The functions of %1 could not be applied: %2</translation>
    </message>
    <message>
        <source>The functions of the database could not be checked: %1</source>
        <translation>The functions of the database could not be checked: %1</translation>
    </message>
    <message>
        <source>The database uses the encoding %1; the console needs UTF8. Create the database with ENCODING &apos;UTF8&apos; and run the set-up again.</source>
        <translation>The database uses the encoding %1; the console needs UTF8. Create the database with ENCODING &apos;UTF8&apos; and run the set-up again.</translation>
    </message>
    <message>
        <source>The data map of the reference platform could not be applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data map in force could not be compiled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Reasons for the &amp;delay:</source>
        <translation>Reasons for the &amp;delay:</translation>
    </message>
    <message>
        <source>Record notice sent</source>
        <translation>Record notice sent</translation>
    </message>
    <message>
        <source>Sent &amp;to:</source>
        <translation>Sent &amp;to:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>What this phase &amp;adds:</source>
        <translation>What this phase &amp;adds:</translation>
    </message>
    <message>
        <source>The time recorded is the server&apos;s, now. The content of Art. 33(3) is kept as it stands.</source>
        <translation>The time recorded is the server&apos;s, now. The content of Art. 33(3) is kept as it stands.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>OpenIncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>The authority must be notified within 72 hours of the moment the organisation became aware of the breach (Art. 33 GDPR). Times are in your time zone; the database keeps them in UTC.</source>
        <translation>The authority must be notified within 72 hours of the moment the organisation became aware of the breach (Art. 33 GDPR). Times are in your time zone; the database keeps them in UTC.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation>&amp;Reported by:</translation>
    </message>
    <message>
        <source>&amp;Detected:</source>
        <translation>&amp;Detected:</translation>
    </message>
    <message>
        <source>Became &amp;aware:</source>
        <translation>Became &amp;aware:</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Open incident</translation>
    </message>
</context>
<context>
    <name>OpenRequestDialog</name>
    <message>
        <source>Open a request</source>
        <translation>Open a request</translation>
    </message>
    <message>
        <source>For example: replied from the account&apos;s email address; ID card checked</source>
        <translation>For example: replied from the account&apos;s email address; ID card checked</translation>
    </message>
    <message>
        <source>Open request</source>
        <translation>Open request</translation>
    </message>
    <message>
        <source>Learner:</source>
        <translation>Learner:</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Ticket:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Identity verified by:</source>
        <translation>&amp;Identity verified by:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>The deadline is one month from the day received; the database computes it.</source>
        <translation>The deadline is one month from the day received; the database computes it.</translation>
    </message>
</context>
<context>
    <name>PasswordVault</name>
    <message>
        <source>No keychain service runs on this computer (on Linux: a Secret Service such as GNOME Keyring or KWallet), so passwords cannot be remembered safely.</source>
        <translation>No keychain service runs on this computer (on Linux: a Secret Service such as GNOME Keyring or KWallet), so passwords cannot be remembered safely.</translation>
    </message>
    <message>
        <source>The keychain does not answer (%1), so passwords cannot be remembered.</source>
        <translation>The keychain does not answer (%1), so passwords cannot be remembered.</translation>
    </message>
</context>
<context>
    <name>PoliciesTab</name>
    <message>
        <source>Nothing has changed.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln policies saved.</source>
        <translation>
            <numerusform>%Ln policy saved.</numerusform>
            <numerusform>%Ln policies saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Ticket reference pattern (regular expression):</source>
        <translation>&amp;Ticket reference pattern (regular expression):</translation>
    </message>
    <message>
        <source>&amp;Contact of the data protection officer:</source>
        <translation>&amp;Contact of the data protection officer:</translation>
    </message>
    <message>
        <source>Privacy policy &amp;version learners accept:</source>
        <translation>Privacy policy &amp;version learners accept:</translation>
    </message>
    <message>
        <source>&amp;Search results at most:</source>
        <translation>&amp;Search results at most:</translation>
    </message>
    <message>
        <source>Incident finder sample &amp;size:</source>
        <translation>Incident finder sample &amp;size:</translation>
    </message>
    <message>
        <source>Unusual volume: at least this many &amp;people an hour:</source>
        <translation>Unusual volume: at least this many &amp;people an hour:</translation>
    </message>
    <message>
        <source>Unusual volume: times the usual &amp;hour:</source>
        <translation>Unusual volume: times the usual &amp;hour:</translation>
    </message>
    <message>
        <source>Working &amp;hours (HH:MM-HH:MM):</source>
        <translation>Working &amp;hours (HH:MM-HH:MM):</translation>
    </message>
    <message>
        <source>Working &amp;days (1 = Monday, e.g. 1-5):</source>
        <translation>Working &amp;days (1 = Monday, e.g. 1-5):</translation>
    </message>
    <message>
        <source>Time &amp;zone of the working hours:</source>
        <translation>Time &amp;zone of the working hours:</translation>
    </message>
    <message>
        <source>Sa&amp;ve policies</source>
        <translation>Sa&amp;ve policies</translation>
    </message>
    <message>
        <source>Requests are &amp;due soon this many days before:</source>
        <translation>Requests are &amp;due soon this many days before:</translation>
    </message>
    <message>
        <source>Exports need a DPO&apos;s &amp;approval (true or false):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles are confirmed again after this many days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn after this many days without a signed chec&amp;kpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontroller (name, address, contact):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Remember passwords in the operating system&apos;s &amp;keychain</source>
        <translation>Remember passwords in the operating system&apos;s &amp;keychain</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Like the system</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>The last one used</source>
        <translation>The last one used</translation>
    </message>
    <message>
        <source>Checking for a keychain…</source>
        <translation>Checking for a keychain…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Start with the &amp;profile:</source>
        <translation>Start with the &amp;profile:</translation>
    </message>
    <message>
        <source>Log &amp;detail:</source>
        <translation>Log &amp;detail:</translation>
    </message>
    <message>
        <source>Save files &amp;in:</source>
        <translation>Save files &amp;in:</translation>
    </message>
    <message>
        <source>Save files in</source>
        <translation>Save files in</translation>
    </message>
    <message>
        <source>Off by default. A remembered password is kept by the operating system, never in the console&apos;s settings.</source>
        <translation>Off by default. A remembered password is kept by the operating system, never in the console&apos;s settings.</translation>
    </message>
    <message>
        <source>When on, the password of a profile is kept by the operating system&apos;s keychain after it signed in successfully, and filled in next time. The console&apos;s own settings never hold a password.</source>
        <translation>When on, the password of a profile is kept by the operating system&apos;s keychain after it signed in successfully, and filled in next time. The console&apos;s own settings never hold a password.</translation>
    </message>
</context>
<context>
    <name>PrivacyCall</name>
    <message>
        <source>The connection was lost while the change was being saved, so it is not known whether it was. Reconnect: the console then checks and tells you whether to do it again.</source>
        <translation>The connection was lost while the change was being saved, so it is not known whether it was. Reconnect: the console then checks and tells you whether to do it again.</translation>
    </message>
</context>
<context>
    <name>ProcessingRecords</name>
    <message>
        <source>Account data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional profile</source>
        <translation type="unfinished">Optional profile</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished">Consents</translation>
    </message>
    <message>
        <source>Education data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical data</source>
        <translation type="unfinished">Technical data</translation>
    </message>
    <message>
        <source>Communication data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to external services</source>
        <translation type="unfinished">Links to external services</translation>
    </message>
    <message>
        <source>Providing the courses: accounts, access, progress and certificates (contract, Art. 6(1)(b) GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalised course suggestions and difficulty (legitimate interest, Art. 6(1)(f) GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages and notices about the courses (contract, Art. 6(1)(b) GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing emails (consent, Art. 6(1)(a) GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security and fraud prevention (legitimate interest, Art. 6(1)(f) GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligations such as retention under tax law (Art. 6(1)(c) GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improving the courses from how they are used (legitimate interest, Art. 6(1)(f) GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded during use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished">Analytics</translation>
    </message>
    <message>
        <source>Video hosting</source>
        <translation type="unfinished">Video hosting</translation>
    </message>
    <message>
        <source>Payment services</source>
        <translation type="unfinished">Payment services</translation>
    </message>
    <message>
        <source>Cloud storage and content delivery</source>
        <translation type="unfinished">Cloud storage and content delivery</translation>
    </message>
    <message>
        <source>Communication tools</source>
        <translation type="unfinished">Communication tools</translation>
    </message>
    <message>
        <source>deleted when the learner&apos;s data is erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made anonymous when the learner&apos;s data is erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept %1 years from the end of the year of %2, restricted meanwhile, then deleted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of processing activities (Art. 30(1) GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1, from the data map %2 version %3 (SHA-256 %4) applied on %5, the processor registry and the policies (privacy policy version %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a) Controller and data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Role</translation>
    </message>
    <message>
        <source>Name and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation type="unfinished">Data protection officer</translation>
    </message>
    <message>
        <source>(b) Purposes of the processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(c) Categories of data subjects and of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects: the learners of the platform (about %1 accounts).  Personal data, by category and table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(d) Categories of recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the controller: support staff (masked data, for a ticket), the data protection officer and administrators, each through their own database login; every access is logged. Processors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished">Processor</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Contact</translation>
    </message>
    <message>
        <source>(e) Transfers to third countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor registry records no transfer to a third country. Where a processor transfers data outside the EU/EEA, its processing agreement (above) names the safeguards under Art. 46 GDPR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(f) Time limits for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data is kept while the learner&apos;s account exists. On erasure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure and retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each staff member works with their own database login in one role (support, data protection officer, administrator); the database enforces what each role may do, staff hold no table privilege.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every look at a learner&apos;s data is written, in the same transaction, to an access log chained by SHA-256 hashes, with its ticket or purpose; the data protection officer reviews and verifies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support sees email addresses, billing addresses and message texts masked; revealing one needs a reason and is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasures and exports need a second person&apos;s approval; export packages are encrypted (AES-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data breaches are run as incidents against the 72-hour deadline of Art. 33 GDPR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(g) Technical and organisational security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished">Record</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file .pdf or .csv: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Connections to a database on another machine are encrypted and the server verified (TLS, verify-full); the console keeps passwords only in the operating system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>providing the courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improving the courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
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
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact:</translation>
    </message>
    <message>
        <source>&amp;Deletion requests to:</source>
        <translation>&amp;Deletion requests to:</translation>
    </message>
    <message>
        <source>Processing a&amp;greement:</source>
        <translation>Processing a&amp;greement:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>&amp;Add processor</source>
        <translation>&amp;Add processor</translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation>%1 is saved.</translation>
    </message>
    <message>
        <source>Data it receives:</source>
        <translation>Data it receives:</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processor</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Holds data of</source>
        <translation>Holds data of</translation>
    </message>
    <message>
        <source>Data it receives</source>
        <translation>Data it receives</translation>
    </message>
    <message>
        <source>&amp;New processor</source>
        <translation>&amp;New processor</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Processors</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Profile name:</source>
        <translation>Profile name:</translation>
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
        <translation>Database:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>TLS mode:</source>
        <translation>TLS mode:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA certificate:</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>CA file for verify-full (optional)</source>
        <translation>CA file for verify-full (optional)</translation>
    </message>
    <message>
        <source>The demo database runs on this computer and is reached through a local socket.</source>
        <translation>The demo database runs on this computer and is reached through a local socket.</translation>
    </message>
    <message>
        <source>Encrypted, and the server&apos;s certificate and host name are verified.</source>
        <translation>Encrypted, and the server&apos;s certificate and host name are verified.</translation>
    </message>
    <message>
        <source>Warning: the connection may be unencrypted. Use this only on this computer or a trusted network.</source>
        <translation>Warning: the connection may be unencrypted. Use this only on this computer or a trusted network.</translation>
    </message>
    <message>
        <source>Encrypted, but the server&apos;s identity is not fully verified.</source>
        <translation>Encrypted, but the server&apos;s identity is not fully verified.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reason (5 to 500 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (5 to 500 characters), for example %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RectifyDialog</name>
    <message>
        <source>Rectify (Art. 16 GDPR)</source>
        <translation>Rectify (Art. 16 GDPR)</translation>
    </message>
    <message>
        <source>leave empty to keep the current address</source>
        <translation>leave empty to keep the current address</translation>
    </message>
    <message>
        <source>Correct what the learner reported as wrong. The log records which fields changed, not their old or new values.</source>
        <translation>Correct what the learner reported as wrong. The log records which fields changed, not their old or new values.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>say whether to enable or disable</source>
        <translation>say whether to enable or disable</translation>
    </message>
    <message>
        <source>the erasure of {table} can only {allowed}</source>
        <translation>the erasure of {table} can only {allowed}</translation>
    </message>
    <message>
        <source>the last administrator cannot be disabled</source>
        <translation>the last administrator cannot be disabled</translation>
    </message>
    <message>
        <source>the last administrator keeps the role</source>
        <translation>the last administrator keeps the role</translation>
    </message>
    <message>
        <source>no staff login named {login}</source>
        <translation>no staff login named {login}</translation>
    </message>
    <message>
        <source>there is no policy {policy}</source>
        <translation>there is no policy {policy}</translation>
    </message>
    <message>
        <source>there is no processor {id}</source>
        <translation>there is no processor {id}</translation>
    </message>
    <message>
        <source>there is no rule for the table {table}</source>
        <translation>there is no rule for the table {table}</translation>
    </message>
    <message>
        <source>you cannot change your own login; ask another administrator</source>
        <translation>you cannot change your own login; ask another administrator</translation>
    </message>
    <message>
        <source>the category must be analytics, video_hosting, payment, cloud_cdn or communication</source>
        <translation>the category must be analytics, video_hosting, payment, cloud_cdn or communication</translation>
    </message>
    <message>
        <source>give a contact of 3 to 500 characters; the deletion contact and the agreement reference may be up to 500 and 200</source>
        <translation>give a contact of 3 to 500 characters; the deletion contact and the agreement reference may be up to 500 and 200</translation>
    </message>
    <message>
        <source>unknown data category: use account, profile, consents, education, technical, communication, payment</source>
        <translation>unknown data category: use account, profile, consents, education, technical, communication, payment</translation>
    </message>
    <message>
        <source>a processor named {name} exists already</source>
        <translation>a processor named {name} exists already</translation>
    </message>
    <message>
        <source>give the processor a name of 2 to 200 characters</source>
        <translation>give the processor a name of 2 to 200 characters</translation>
    </message>
    <message>
        <source>give the legal basis in English and German, 10 to 1000 characters each</source>
        <translation>give the legal basis in English and German, 10 to 1000 characters each</translation>
    </message>
    <message>
        <source>the retention period must be 1 to 30 years</source>
        <translation>the retention period must be 1 to 30 years</translation>
    </message>
    <message>
        <source>the chart shows entries per day or per hour</source>
        <translation>the chart shows entries per day or per hour</translation>
    </message>
    <message>
        <source>this value does not fit the setting</source>
        <translation>this value does not fit the setting</translation>
    </message>
    <message>
        <source>this setting is not one of the access-log review&apos;s</source>
        <translation>this setting is not one of the access-log review&apos;s</translation>
    </message>
    <message>
        <source>this request is already approved</source>
        <translation>this request is already approved</translation>
    </message>
    <message>
        <source>a decision needs a reason of 5 to 1000 characters</source>
        <translation>a decision needs a reason of 5 to 1000 characters</translation>
    </message>
    <message>
        <source>only the data protection officer may do this</source>
        <translation>only the data protection officer may do this</translation>
    </message>
    <message>
        <source>you opened this request; a second person must decide on it</source>
        <translation>you opened this request; a second person must decide on it</translation>
    </message>
    <message>
        <source>there is no such erasure request</source>
        <translation>there is no such erasure request</translation>
    </message>
    <message>
        <source>there is no such open task</source>
        <translation>there is no such open task</translation>
    </message>
    <message>
        <source>only an approved erasure request can be executed</source>
        <translation>only an approved erasure request can be executed</translation>
    </message>
    <message>
        <source>this is not an erasure request</source>
        <translation>this is not an erasure request</translation>
    </message>
    <message>
        <source>records can only be purged as of today or an earlier day</source>
        <translation>records can only be purged as of today or an earlier day</translation>
    </message>
    <message>
        <source>say in 3 to 1000 characters what was done or where the evidence is</source>
        <translation>say in 3 to 1000 characters what was done or where the evidence is</translation>
    </message>
    <message>
        <source>invalid archive checksum</source>
        <translation>invalid archive checksum</translation>
    </message>
    <message>
        <source>this is not an export request</source>
        <translation>this is not an export request</translation>
    </message>
    <message>
        <source>start the export first</source>
        <translation>start the export first</translation>
    </message>
    <message>
        <source>the criteria must be a JSON object</source>
        <translation>the criteria must be a JSON object</translation>
    </message>
    <message>
        <source>the address range must be an IP address or a CIDR range such as 203.0.113.0/24</source>
        <translation>the address range must be an IP address or a CIDR range such as 203.0.113.0/24</translation>
    </message>
    <message>
        <source>choose at least one criterion</source>
        <translation>choose at least one criterion</translation>
    </message>
    <message>
        <source>there is no such finding</source>
        <translation>there is no such finding</translation>
    </message>
    <message>
        <source>the course and the processor are given by number</source>
        <translation>the course and the processor are given by number</translation>
    </message>
    <message>
        <source>unknown criterion: use from, to, network, course_id, payment, processor_id</source>
        <translation>unknown criterion: use from, to, network, course_id, payment, processor_id</translation>
    </message>
    <message>
        <source>the time window must be given as two ISO 8601 times</source>
        <translation>the time window must be given as two ISO 8601 times</translation>
    </message>
    <message>
        <source>the time window must end after it begins</source>
        <translation>the time window must end after it begins</translation>
    </message>
    <message>
        <source>the approximate numbers must be whole numbers of zero or more</source>
        <translation>the approximate numbers must be whole numbers of zero or more</translation>
    </message>
    <message>
        <source>the time of becoming aware cannot lie in the future</source>
        <translation>the time of becoming aware cannot lie in the future</translation>
    </message>
    <message>
        <source>someone else is changing this incident right now; try again in a moment</source>
        <translation>someone else is changing this incident right now; try again in a moment</translation>
    </message>
    <message>
        <source>the checklist is not valid: each item needs a known section, when it applies, a key, English and German titles and whether it is mandatory</source>
        <translation>the checklist is not valid: each item needs a known section, when it applies, a key, English and German titles and whether it is mandatory</translation>
    </message>
    <message>
        <source>an incident needs a checklist of 1 to 500 items</source>
        <translation>an incident needs a checklist of 1 to 500 items</translation>
    </message>
    <message>
        <source>assess the risk before closing the incident</source>
        <translation>assess the risk before closing the incident</translation>
    </message>
    <message>
        <source>this incident is closed</source>
        <translation>this incident is closed</translation>
    </message>
    <message>
        <source>the 72 hours have passed: give the reasons for the delay (Art. 33(1))</source>
        <translation>the 72 hours have passed: give the reasons for the delay (Art. 33(1))</translation>
    </message>
    <message>
        <source>the description or the reporter is too long</source>
        <translation>the description or the reporter is too long</translation>
    </message>
    <message>
        <source>the breach cannot be detected after the organisation became aware of it</source>
        <translation>the breach cannot be detected after the organisation became aware of it</translation>
    </message>
    <message>
        <source>the exception must be a, b or c of Art. 34(3)</source>
        <translation>the exception must be a, b or c of Art. 34(3)</translation>
    </message>
    <message>
        <source>an Art. 34(3) exception applies only to a high risk</source>
        <translation>an Art. 34(3) exception applies only to a high risk</translation>
    </message>
    <message>
        <source>record why the exception applies in 10 to 5000 characters</source>
        <translation>record why the exception applies in 10 to 5000 characters</translation>
    </message>
    <message>
        <source>the field {field} must be text of at most 20000 characters</source>
        <translation>the field {field} must be text of at most 20000 characters</translation>
    </message>
    <message>
        <source>the fields must be a JSON object</source>
        <translation>the fields must be a JSON object</translation>
    </message>
    <message>
        <source>the note is too long (at most 2000 characters)</source>
        <translation>the note is too long (at most 2000 characters)</translation>
    </message>
    <message>
        <source>mandatory checklist items are still open: {items}</source>
        <translation>mandatory checklist items are still open: {items}</translation>
    </message>
    <message>
        <source>there is no such incident</source>
        <translation>there is no such incident</translation>
    </message>
    <message>
        <source>there is no such checklist item</source>
        <translation>there is no such checklist item</translation>
    </message>
    <message>
        <source>the notice lacks required content: {fields}</source>
        <translation>the notice lacks required content: {fields}</translation>
    </message>
    <message>
        <source>assess the risk before recording a notice</source>
        <translation>assess the risk before recording a notice</translation>
    </message>
    <message>
        <source>the notice must go to the authority, the people concerned or the public</source>
        <translation>the notice must go to the authority, the people concerned or the public</translation>
    </message>
    <message>
        <source>the reference, note or reasons are too long</source>
        <translation>the reference, note or reasons are too long</translation>
    </message>
    <message>
        <source>a public communication replaces the individual one only under Art. 34(3)(c)</source>
        <translation>a public communication replaces the individual one only under Art. 34(3)(c)</translation>
    </message>
    <message>
        <source>the required notice to {recipient} has not been recorded</source>
        <translation>the required notice to {recipient} has not been recorded</translation>
    </message>
    <message>
        <source>the risk must be none, risk or high_risk</source>
        <translation>the risk must be none, risk or high_risk</translation>
    </message>
    <message>
        <source>record the reasoning for the risk assessment in 10 to 5000 characters</source>
        <translation>record the reasoning for the risk assessment in 10 to 5000 characters</translation>
    </message>
    <message>
        <source>only the data protection officer and administrators may handle incidents</source>
        <translation>only the data protection officer and administrators may handle incidents</translation>
    </message>
    <message>
        <source>the people concerned are told when the risk is high and no exception of Art. 34(3) applies</source>
        <translation>the people concerned are told when the risk is high and no exception of Art. 34(3) applies</translation>
    </message>
    <message>
        <source>summarize the outcome in 10 to 20000 characters</source>
        <translation>summarize the outcome in 10 to 20000 characters</translation>
    </message>
    <message>
        <source>give the incident a title of 3 to 200 characters</source>
        <translation>give the incident a title of 3 to 200 characters</translation>
    </message>
    <message>
        <source>an incident has no field {field}</source>
        <translation>an incident has no field {field}</translation>
    </message>
    <message>
        <source>this is not a valid email address</source>
        <translation>this is not a valid email address</translation>
    </message>
    <message>
        <source>another account uses this email address</source>
        <translation>another account uses this email address</translation>
    </message>
    <message>
        <source>names must be at most 100 characters without control characters</source>
        <translation>names must be at most 100 characters without control characters</translation>
    </message>
    <message>
        <source>learner {learner} has no such record</source>
        <translation>learner {learner} has no such record</translation>
    </message>
    <message>
        <source>a restriction needs a reason of 5 to 500 characters</source>
        <translation>a restriction needs a reason of 5 to 500 characters</translation>
    </message>
    <message>
        <source>a reveal needs a reason of 5 to 500 characters</source>
        <translation>a reveal needs a reason of 5 to 500 characters</translation>
    </message>
    <message>
        <source>unknown data category</source>
        <translation>unknown data category</translation>
    </message>
    <message>
        <source>the access log is append-only: {operation} is refused</source>
        <translation>the access log is append-only: {operation} is refused</translation>
    </message>
    <message>
        <source>invalid access-log action</source>
        <translation>invalid access-log action</translation>
    </message>
    <message>
        <source>login {login} is not staff</source>
        <translation>login {login} is not staff</translation>
    </message>
    <message>
        <source>give a ticket reference or a purpose</source>
        <translation>give a ticket reference or a purpose</translation>
    </message>
    <message>
        <source>this learner was erased; what is retained is visible to the data protection officer only</source>
        <translation>this learner was erased; what is retained is visible to the data protection officer only</translation>
    </message>
    <message>
        <source>this is not a valid IP address or network</source>
        <translation>this is not a valid IP address or network</translation>
    </message>
    <message>
        <source>learner {learner} was erased; nothing can be done on this account</source>
        <translation>learner {learner} was erased; nothing can be done on this account</translation>
    </message>
    <message>
        <source>there is no learner with id {learner}</source>
        <translation>there is no learner with id {learner}</translation>
    </message>
    <message>
        <source>the purpose is too long (at most 500 characters)</source>
        <translation>the purpose is too long (at most 500 characters)</translation>
    </message>
    <message>
        <source>the search text contains control characters</source>
        <translation>the search text contains control characters</translation>
    </message>
    <message>
        <source>type something to search for</source>
        <translation>type something to search for</translation>
    </message>
    <message>
        <source>the search text is too long ({length} characters; at most 200)</source>
        <translation>the search text is too long ({length} characters; at most 200)</translation>
    </message>
    <message>
        <source>only support staff and the data protection officer may look at learners</source>
        <translation>only support staff and the data protection officer may look at learners</translation>
    </message>
    <message>
        <source>the ticket reference does not have the agreed form (for example SUP-12345)</source>
        <translation>the ticket reference does not have the agreed form (for example SUP-12345)</translation>
    </message>
    <message>
        <source>a ticket reference is required</source>
        <translation>a ticket reference is required</translation>
    </message>
    <message>
        <source>requests can only be assigned to support staff or the data protection officer</source>
        <translation>requests can only be assigned to support staff or the data protection officer</translation>
    </message>
    <message>
        <source>someone else is working on this request right now; try again in a moment</source>
        <translation>someone else is working on this request right now; try again in a moment</translation>
    </message>
    <message>
        <source>closing a request needs a note of at least 5 characters</source>
        <translation>closing a request needs a note of at least 5 characters</translation>
    </message>
    <message>
        <source>this request is already closed</source>
        <translation>this request is already closed</translation>
    </message>
    <message>
        <source>this learner already has an open request of this kind</source>
        <translation>this learner already has an open request of this kind</translation>
    </message>
    <message>
        <source>an erasure request is approved or rejected by a second person, through its decision</source>
        <translation>an erasure request is approved or rejected by a second person, through its decision</translation>
    </message>
    <message>
        <source>a request can be extended by at most two further months in total</source>
        <translation>a request can be extended by at most two further months in total</translation>
    </message>
    <message>
        <source>an extension needs a reason of 10 to 1000 characters</source>
        <translation>an extension needs a reason of 10 to 1000 characters</translation>
    </message>
    <message>
        <source>the first month has passed; the deadline can no longer be extended</source>
        <translation>the first month has passed; the deadline can no longer be extended</translation>
    </message>
    <message>
        <source>export and erasure requests are fulfilled by running them</source>
        <translation>export and erasure requests are fulfilled by running them</translation>
    </message>
    <message>
        <source>the kind of request must be export, erasure, rectification, restriction or objection</source>
        <translation>the kind of request must be export, erasure, rectification, restriction or objection</translation>
    </message>
    <message>
        <source>there is no such request</source>
        <translation>there is no such request</translation>
    </message>
    <message>
        <source>the note is too long (at most 1000 characters)</source>
        <translation>the note is too long (at most 1000 characters)</translation>
    </message>
    <message>
        <source>the date received must lie within the last year and not in the future</source>
        <translation>the date received must lie within the last year and not in the future</translation>
    </message>
    <message>
        <source>only support staff and the data protection officer may work on requests</source>
        <translation>only support staff and the data protection officer may work on requests</translation>
    </message>
    <message>
        <source>this change of status is not allowed</source>
        <translation>this change of status is not allowed</translation>
    </message>
    <message>
        <source>say in 5 to 500 characters how the requester&apos;s identity was verified</source>
        <translation>say in 5 to 500 characters how the requester&apos;s identity was verified</translation>
    </message>
    <message>
        <source>only an administrator may manage staff</source>
        <translation>only an administrator may manage staff</translation>
    </message>
    <message>
        <source>invalid role: use support, dpo or admin</source>
        <translation>invalid role: use support, dpo or admin</translation>
    </message>
    <message>
        <source>the last administrator cannot be removed</source>
        <translation>the last administrator cannot be removed</translation>
    </message>
    <message>
        <source>a login named {login} exists already</source>
        <translation>a login named {login} exists already</translation>
    </message>
    <message>
        <source>invalid login name: use 2 to 63 lower-case letters, digits, dot, dash or underscore</source>
        <translation>invalid login name: use 2 to 63 lower-case letters, digits, dot, dash or underscore</translation>
    </message>
    <message>
        <source>the password must be given as a SCRAM-SHA-256 verifier</source>
        <translation>the password must be given as a SCRAM-SHA-256 verifier</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>anonymize</source>
        <translation>anonymize</translation>
    </message>
    <message>
        <source>retain</source>
        <translation>retain</translation>
    </message>
    <message>
        <source>retain or delete</source>
        <translation>retain or delete</translation>
    </message>
    <message>
        <source>the authority</source>
        <translation>the authority</translation>
    </message>
    <message>
        <source>the people concerned</source>
        <translation>the people concerned</translation>
    </message>
    <message>
        <source>the public</source>
        <translation>the public</translation>
    </message>
    <message>
        <source>the nature of the breach</source>
        <translation>the nature of the breach</translation>
    </message>
    <message>
        <source>the categories of people concerned</source>
        <translation>the categories of people concerned</translation>
    </message>
    <message>
        <source>the approximate number of people concerned</source>
        <translation>the approximate number of people concerned</translation>
    </message>
    <message>
        <source>the categories of records</source>
        <translation>the categories of records</translation>
    </message>
    <message>
        <source>the approximate number of records</source>
        <translation>the approximate number of records</translation>
    </message>
    <message>
        <source>the contact of the data protection officer</source>
        <translation>the contact of the data protection officer</translation>
    </message>
    <message>
        <source>the likely consequences</source>
        <translation>the likely consequences</translation>
    </message>
    <message>
        <source>the measures taken or proposed</source>
        <translation>the measures taken or proposed</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>the title</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>the description</translation>
    </message>
    <message>
        <source>the reporter</source>
        <translation>the reporter</translation>
    </message>
    <message>
        <source>this value does not fit the policy &quot;{policy}&quot;</source>
        <translation>this value does not fit the policy &quot;{policy}&quot;</translation>
    </message>
    <message>
        <source>ticket reference pattern</source>
        <translation>ticket reference pattern</translation>
    </message>
    <message>
        <source>contact of the data protection officer</source>
        <translation>contact of the data protection officer</translation>
    </message>
    <message>
        <source>privacy policy version</source>
        <translation>privacy policy version</translation>
    </message>
    <message>
        <source>days before a request is due soon</source>
        <translation>days before a request is due soon</translation>
    </message>
    <message>
        <source>search results at most</source>
        <translation>search results at most</translation>
    </message>
    <message>
        <source>incident finder sample size</source>
        <translation>incident finder sample size</translation>
    </message>
    <message>
        <source>unusual volume: people an hour</source>
        <translation>unusual volume: people an hour</translation>
    </message>
    <message>
        <source>unusual volume: times the usual hour</source>
        <translation>unusual volume: times the usual hour</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>working hours</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>time zone of the working hours</source>
        <translation>time zone of the working hours</translation>
    </message>
    <message>
        <source>a checkpoint is noted with its last entry and the fingerprint of its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {entry} has been reviewed already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {entry} is not flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a review needs a note of at most 2000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outcome of a review is justified, followed up or escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {entry} is your own access; another data protection officer reviews it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a verification is noted with its number of entries and whether the chain is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an approval needs a reason of 5 to 1000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a data protection officer who did not open this export request must approve it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you cannot confirm your own role; ask another administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exports need a DPO&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days until a role is confirmed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days without a signed checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an administrator or the data protection officer may work with the data map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an administrator may apply a data map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data map has {errors} errors; run &quot;fxctl map check&quot; to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data map&apos;s SHA-256 is missing or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data map has been applied to this database yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data map is too large (at most 1 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data map of this platform binds no such account operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field cannot be revealed; only what the data map masks can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data map names no courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data map names no tables of payment data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data map does not say which processor holds whose data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data map names no addresses with the time they were seen, so there is nothing to search by time or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this platform keeps no history of consents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestQueueModel</name>
    <message>
        <source>Export (access)</source>
        <translation>Export (access)</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Restriction</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %Ln day(s)</source>
        <translation>
            <numerusform>overdue by %Ln day</numerusform>
            <numerusform>overdue by %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left</source>
        <translation>
            <numerusform>%Ln day left</numerusform>
            <numerusform>%Ln days left</numerusform>
        </translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation> (extended)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opened</translation>
    </message>
    <message>
        <source>deadline extended</source>
        <translation>deadline extended</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>assigned</translation>
    </message>
    <message numerus="yes">
        <source>due soon: %Ln day(s) left</source>
        <translation>
            <numerusform>due soon: %Ln day left</numerusform>
            <numerusform>due soon: %Ln days left</numerusform>
        </translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erased</source>
        <translation type="unfinished">erased</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Choose a request to see its details.</source>
        <translation>Choose a request to see its details.</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE by %Ln day(s)</source>
        <translation>
            <numerusform>OVERDUE by %Ln day</numerusform>
            <numerusform>OVERDUE by %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left</source>
        <translation>
            <numerusform>%Ln day left</numerusform>
            <numerusform>%Ln days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>Request %1: %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Identity verified by</source>
        <translation>Identity verified by</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Extended</translation>
    </message>
    <message numerus="yes">
        <source>by %Ln month(s): </source>
        <translation>
            <numerusform>by %Ln month: </numerusform>
            <numerusform>by %Ln months: </numerusform>
        </translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Opened by</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Export SHA-256</source>
        <translation>Export SHA-256</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Note for the requester</source>
        <translation>Note for the requester</translation>
    </message>
    <message>
        <source>Request %1 is in progress.</source>
        <translation>Request %1 is in progress.</translation>
    </message>
    <message>
        <source>Request %1 is now due %2. Send the requester the note below.</source>
        <translation>Request %1 is now due %2. Send the requester the note below.</translation>
    </message>
    <message>
        <source>Mark as fulfilled</source>
        <translation>Mark as fulfilled</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Reject request</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Record withdrawal</translation>
    </message>
    <message>
        <source>Closing request %1 cannot be undone. Note what was done or why:</source>
        <translation>Closing request %1 cannot be undone. Note what was done or why:</translation>
    </message>
    <message>
        <source>Request %1: %2.</source>
        <translation>Request %1: %2.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Learner id</source>
        <translation>Learner id</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <source>Fulfilled…</source>
        <translation>Fulfilled…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Withdrawn…</source>
        <translation>Withdrawn…</translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation>Export package…</translation>
    </message>
    <message>
        <source>No restricted record has reached the end of its retention period.</source>
        <translation>No restricted record has reached the end of its retention period.</translation>
    </message>
    <message>
        <source>Purge expired records</source>
        <translation>Purge expired records</translation>
    </message>
    <message numerus="yes">
        <source>%Ln restricted record(s) of erased learners have reached the end of their retention period. Delete them now? This is logged like any erasure and cannot be undone.</source>
        <translation>
            <numerusform>%Ln restricted record of erased learners has reached the end of its retention period. Delete it now? This is logged like any erasure and cannot be undone.</numerusform>
            <numerusform>%Ln restricted records of erased learners have reached the end of their retention period. Delete them now? This is logged like any erasure and cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>%Ln restricted record(s) deleted.</source>
        <translation>
            <numerusform>%Ln restricted record deleted.</numerusform>
            <numerusform>%Ln restricted records deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasure…</source>
        <translation>Erasure…</translation>
    </message>
    <message>
        <source>Purge expired records…</source>
        <translation>Purge expired records…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Request details</translation>
    </message>
    <message>
        <source>A data protection officer must approve this export before it can be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You opened this request, so another data protection officer must approve it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed before the export is built (a second person, data protection officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requester withdrew by email of 3 May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data were corrected as requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an export request in the queue first; Ctrl+E then builds its package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is a request for %2; only export requests have a package to build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is closed (%2); its package cannot be built again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 needs the approval of a data protection officer who did not open it before its package can be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You approve building the export package of request %1 (learner %2) as the second person. Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity checked by a call-back to the account&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is approved; its export package can be built now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>anonymized</source>
        <translation>anonymized</translation>
    </message>
    <message>
        <source>retained and restricted</source>
        <translation>retained and restricted</translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
    <message>
        <source>This period releases no restricted record.</source>
        <translation>This period releases no restricted record.</translation>
    </message>
    <message numerus="yes">
        <source>This period releases %Ln restricted record(s) for the purge (erased learners %1).</source>
        <translation>
            <numerusform>This period releases %Ln restricted record for the purge (erased learners %1).</numerusform>
            <numerusform>This period releases %Ln restricted records for the purge (erased learners %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The period is now %Ln years; future previews use it.</source>
        <translation>
            <numerusform>The period is now %Ln year; future previews use it.</numerusform>
            <numerusform>The period is now %Ln years; future previews use it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln restricted record(s) released for the purge.</source>
        <translation>
            <numerusform>%Ln restricted record released for the purge.</numerusform>
            <numerusform>%Ln restricted records released for the purge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release restricted records</source>
        <translation>Release restricted records</translation>
    </message>
    <message numerus="yes">
        <source>The new period releases %Ln restricted record(s); the next purge deletes them. Save?</source>
        <translation>
            <numerusform>The new period releases %Ln restricted record; the next purge deletes it. Save?</numerusform>
            <numerusform>The new period releases %Ln restricted records; the next purge deletes them. Save?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>At erasure</source>
        <translation>At erasure</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Retention &amp;period (years):</source>
        <translation>Retention &amp;period (years):</translation>
    </message>
    <message>
        <source>Legal basis in &amp;English:</source>
        <translation>Legal basis in &amp;English:</translation>
    </message>
    <message>
        <source>Legal basis in &amp;German:</source>
        <translation>Legal basis in &amp;German:</translation>
    </message>
    <message>
        <source>Show &amp;released records</source>
        <translation>Show &amp;released records</translation>
    </message>
    <message>
        <source>What erasure does with this data is part of the erasure itself; only invoices can be retained for a period or deleted.</source>
        <translation>What erasure does with this data is part of the erasure itself; only invoices can be retained for a period or deleted.</translation>
    </message>
    <message>
        <source>These records are now deleted at erasure; future previews say so.</source>
        <translation>These records are now deleted at erasure; future previews say so.</translation>
    </message>
    <message>
        <source>At &amp;erasure:</source>
        <translation>At &amp;erasure:</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>&amp;Save rule</translation>
    </message>
    <message>
        <source>The first click shows which restricted records the new rule releases; the next saves it. Released records are deleted by the next purge.</source>
        <translation>The first click shows which restricted records the new rule releases; the next saves it. Released records are deleted by the next purge.</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Retention rules</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The number of users must be between 1 and 100,000,000.</source>
        <translation>The number of users must be between 1 and 100,000,000.</translation>
    </message>
    <message>
        <source>The database has no platform schema. Run fxctl db init first.</source>
        <translation>The database has no platform schema. Run fxctl db init first.</translation>
    </message>
    <message>
        <source>The database holds users already; the seeder only fills an empty platform schema.</source>
        <translation>The database holds users already; the seeder only fills an empty platform schema.</translation>
    </message>
    <message>
        <source>Seeding step %1 failed: %2</source>
        <translation>Seeding step %1 failed: %2</translation>
    </message>
    <message>
        <source>Seeding was cancelled; nothing was written.</source>
        <translation>Seeding was cancelled; nothing was written.</translation>
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
        <translation>Data protection officer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Database superuser</source>
        <translation>Database superuser</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
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
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Server: %1 · Database: %2</source>
        <translation>Server: %1 · Database: %2</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>Login: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>TLS: on (%1)</source>
        <translation>TLS: on (%1)</translation>
    </message>
    <message>
        <source>TLS: off (local socket)</source>
        <translation>TLS: off (local socket)</translation>
    </message>
    <message>
        <source>TLS: off — not encrypted</source>
        <translation>TLS: off — not encrypted</translation>
    </message>
    <message>
        <source>TLS: on (%1, %2)</source>
        <translation>TLS: on (%1, %2)</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The database refused this for your login: %1.</source>
        <translation>The database refused this for your login: %1.</translation>
    </message>
    <message>
        <source>The database refused this for your login.</source>
        <translation>The database refused this for your login.</translation>
    </message>
    <message>
        <source>The database stopped the operation: it was cancelled or took too long. Nothing was changed.</source>
        <translation>The database stopped the operation: it was cancelled or took too long. Nothing was changed.</translation>
    </message>
    <message>
        <source>Another change collided with this one at the same moment. Nothing was changed; try again.</source>
        <translation>Another change collided with this one at the same moment. Nothing was changed; try again.</translation>
    </message>
    <message>
        <source>Someone else is changing this right now. Nothing was changed; try again in a moment.</source>
        <translation>Someone else is changing this right now. Nothing was changed; try again in a moment.</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full. Nothing was changed; ask its administrator to free space.</source>
        <translation>The database server&apos;s disk is full. Nothing was changed; ask its administrator to free space.</translation>
    </message>
    <message>
        <source>The database server is out of resources. Nothing was changed; ask its administrator.</source>
        <translation>The database server is out of resources. Nothing was changed; ask its administrator.</translation>
    </message>
    <message>
        <source>The connection to the database was lost.</source>
        <translation>The connection to the database was lost.</translation>
    </message>
</context>
<context>
    <name>StaffPassword</name>
    <message>
        <source>The password must have at least 12 characters.</source>
        <translation>The password must have at least 12 characters.</translation>
    </message>
    <message>
        <source>Use at least three of: lower-case letters, capitals, digits, other characters.</source>
        <translation>Use at least three of: lower-case letters, capitals, digits, other characters.</translation>
    </message>
    <message>
        <source>The password must not contain the login.</source>
        <translation>The password must not contain the login.</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>can sign in</source>
        <translation>can sign in</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>%1 can now sign in as %2.</source>
        <translation>%1 can now sign in as %2.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 can no longer sign in.</translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation>%1 is removed.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation>New role for %1:</translation>
    </message>
    <message>
        <source>Remove staff login</source>
        <translation>Remove staff login</translation>
    </message>
    <message>
        <source>Remove %1? The login can no longer sign in; the access log keeps its entries.</source>
        <translation>Remove %1? The login can no longer sign in; the access log keeps its entries.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>The initial password of %1 is shown only now. Hand it over in person or by a separate channel.</source>
        <translation>The initial password of %1 is shown only now. Hand it over in person or by a separate channel.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>&amp;Add staff member…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Make data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 data protection officer? This login will then see every request, decide on erasures, read the whole access log and run incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role of %1 is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that this person still needs this role (access recertification); logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextCheck</name>
    <message>
        <source>The text is too long (%1 characters; at most %2).</source>
        <translation>The text is too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <source>The text contains a NUL character (position %1), which cannot be stored. Remove it.</source>
        <translation>The text contains a NUL character (position %1), which cannot be stored. Remove it.</translation>
    </message>
    <message>
        <source>The text contains control characters (%1 at position %2). Remove them.</source>
        <translation>The text contains control characters (%1 at position %2). Remove them.</translation>
    </message>
    <message>
        <source>The text contains bytes that are not valid UTF-8 (position %1). Type it again.</source>
        <translation>The text contains bytes that are not valid UTF-8 (position %1). Type it again.</translation>
    </message>
    <message>
        <source>The text contains a broken character (position %1). Type it again.</source>
        <translation>The text contains a broken character (position %1). Type it again.</translation>
    </message>
    <message>
        <source>The text contains the invisible direction mark %1 (position %2), which makes it read differently than it is stored. Remove it.</source>
        <translation>The text contains the invisible direction mark %1 (position %2), which makes it read differently than it is stored. Remove it.</translation>
    </message>
</context>
<context>
    <name>TriageTab</name>
    <message>
        <source>Risk assessment recorded.</source>
        <translation>Risk assessment recorded.</translation>
    </message>
    <message>
        <source>Until the risk is assessed, plan to notify the authority within the 72 hours.</source>
        <translation>Until the risk is assessed, plan to notify the authority within the 72 hours.</translation>
    </message>
    <message>
        <source>No notification is required. The incident and this reasoning go into the breach register.</source>
        <translation>No notification is required. The incident and this reasoning go into the breach register.</translation>
    </message>
    <message>
        <source>The supervisory authority must be notified (Art. 33).</source>
        <translation>The supervisory authority must be notified (Art. 33).</translation>
    </message>
    <message>
        <source>The supervisory authority must be notified (Art. 33), and the people concerned told without undue delay (Art. 34).</source>
        <translation>The supervisory authority must be notified (Art. 33), and the people concerned told without undue delay (Art. 34).</translation>
    </message>
    <message>
        <source>The supervisory authority must be notified (Art. 33); a public communication replaces telling each person (Art. 34(3)(c)).</source>
        <translation>The supervisory authority must be notified (Art. 33); a public communication replaces telling each person (Art. 34(3)(c)).</translation>
    </message>
    <message>
        <source>The supervisory authority must be notified (Art. 33); the people concerned need not be told (Art. 34(3)).</source>
        <translation>The supervisory authority must be notified (Art. 33); the people concerned need not be told (Art. 34(3)).</translation>
    </message>
    <message>
        <source>&amp;Risk to the people:</source>
        <translation>&amp;Risk to the people:</translation>
    </message>
    <message>
        <source>R&amp;easoning:</source>
        <translation>R&amp;easoning:</translation>
    </message>
    <message>
        <source>Art. 34(3) e&amp;xception:</source>
        <translation>Art. 34(3) e&amp;xception:</translation>
    </message>
    <message>
        <source>Why it &amp;applies:</source>
        <translation>Why it &amp;applies:</translation>
    </message>
    <message>
        <source>Which data, whose, how likely and how severe the harm is (at least 10 characters)</source>
        <translation>Which data, whose, how likely and how severe the harm is (at least 10 characters)</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>&amp;Save assessment</translation>
    </message>
    <message>
        <source>Art. 34(3) GDPR: the people need not be told when the data was unintelligible to others (a), later measures removed the high risk (b), or telling each would take disproportionate effort, in which case a public communication is required (c).</source>
        <translation>Art. 34(3) GDPR: the people need not be told when the data was unintelligible to others (a), later measures removed the high risk (b), or telling each would take disproportionate effort, in which case a public communication is required (c).</translation>
    </message>
</context>
<context>
    <name>UncoveredSummary</name>
    <message>
        <source>learner&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished">IP address</translation>
    </message>
    <message>
        <source>person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>rows unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), not in the map: %3. Add the table, or list it under discovery.not_personal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln tables without rows on this site, not in the map: %1.</source>
        <translation>
            <numerusform>%Ln table without rows on this site, not in the map: %1.</numerusform>
            <numerusform>%Ln tables without rows on this site, not in the map: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDetailView</name>
    <message>
        <source>Choose a learner from the results.</source>
        <translation>Choose a learner from the results.</translation>
    </message>
    <message>
        <source>%1 — learner %2, %3</source>
        <translation>%1 — learner %2, %3</translation>
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
        <translation>Email</translation>
    </message>
    <message>
        <source> (masked)</source>
        <translation> (masked)</translation>
    </message>
    <message>
        <source>Public id</source>
        <translation>Public id</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Processing restricted</translation>
    </message>
    <message>
        <source>since %1: %2</source>
        <translation>since %1: %2</translation>
    </message>
    <message>
        <source>%1 (learner %2)</source>
        <translation>%1 (learner %2)</translation>
    </message>
    <message>
        <source>Lock account</source>
        <translation>Lock account</translation>
    </message>
    <message>
        <source>Lock the account of %1? They are signed out everywhere and cannot sign in until the account is unlocked.</source>
        <translation>Lock the account of %1? They are signed out everywhere and cannot sign in until the account is unlocked.</translation>
    </message>
    <message>
        <source>Unlock account</source>
        <translation>Unlock account</translation>
    </message>
    <message>
        <source>Unlock the account of %1? They can sign in again.</source>
        <translation>Unlock the account of %1? They can sign in again.</translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <translation>Revoke sessions</translation>
    </message>
    <message>
        <source>Sign %1 out of all devices? Their password stays as it is.</source>
        <translation>Sign %1 out of all devices? Their password stays as it is.</translation>
    </message>
    <message>
        <source>Force password reset</source>
        <translation>Force password reset</translation>
    </message>
    <message>
        <source>Delete the password of %1 and sign them out everywhere? They must set a new password at the next sign-in.</source>
        <translation>Delete the password of %1 and sign them out everywhere? They must set a new password at the next sign-in.</translation>
    </message>
    <message>
        <source>Withdraw marketing consent</source>
        <translation>Withdraw marketing consent</translation>
    </message>
    <message>
        <source>Record that %1 withdraws consent to marketing emails? They receive no more marketing emails.</source>
        <translation>Record that %1 withdraws consent to marketing emails? They receive no more marketing emails.</translation>
    </message>
    <message>
        <source>This is logged with your login and the ticket.</source>
        <translation>This is logged with your login and the ticket.</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: done.</translation>
    </message>
    <message numerus="yes">
        <source>Rectified: %Ln field(s) changed.</source>
        <translation>
            <numerusform>Rectified: %Ln field changed.</numerusform>
            <numerusform>Rectified: %Ln fields changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Restrict processing</translation>
    </message>
    <message>
        <source>Restrict the processing of the data of %1 (Art. 18 GDPR)? Give the reason, for example &quot;accuracy contested&quot;. The reason is kept with the account; the restriction is logged.</source>
        <translation>Restrict the processing of the data of %1 (Art. 18 GDPR)? Give the reason, for example &quot;accuracy contested&quot;. The reason is kept with the account; the restriction is logged.</translation>
    </message>
    <message>
        <source>Processing is restricted.</source>
        <translation>Processing is restricted.</translation>
    </message>
    <message>
        <source>Reveal email address</source>
        <translation>Reveal email address</translation>
    </message>
    <message>
        <source>Why must you see the full email address of %1? Your reason is logged with the ticket.</source>
        <translation>Why must you see the full email address of %1? Your reason is logged with the ticket.</translation>
    </message>
    <message>
        <source>Email address: %1</source>
        <translation>Email address: %1</translation>
    </message>
    <message>
        <source>Why must you see this? Your reason is logged with the ticket.</source>
        <translation>Why must you see this? Your reason is logged with the ticket.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Rectify…</source>
        <translation>Rectify…</translation>
    </message>
    <message>
        <source>Restrict processing…</source>
        <translation>Restrict processing…</translation>
    </message>
    <message>
        <source>Reveal email…</source>
        <translation>Reveal email…</translation>
    </message>
    <message>
        <source>Request %1 opened; it is due %2.</source>
        <translation>Request %1 opened; it is due %2.</translation>
    </message>
    <message>
        <source>Open request…</source>
        <translation>Open request…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Data by category</source>
        <translation>Data by category</translation>
    </message>
    <message>
        <source>Enter the ticket you are working on above. Nothing was changed or revealed.</source>
        <translation>Enter the ticket you are working on above. Nothing was changed or revealed.</translation>
    </message>
    <message>
        <source>No ticket: enter the ticket you are working on above to change or reveal anything.</source>
        <translation>No ticket: enter the ticket you are working on above to change or reveal anything.</translation>
    </message>
    <message>
        <source>Working for the purpose: %1</source>
        <translation>Working for the purpose: %1</translation>
    </message>
    <message>
        <source>Working under ticket %1</source>
        <translation>Working under ticket %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learner contests the accuracy of their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s question in the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal email… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data map of this platform binds no such operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <source>%Ln learner(s) found</source>
        <translation>
            <numerusform>%Ln learner found</numerusform>
            <numerusform>%Ln learners found</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>Ticket reference (or give a purpose)</source>
        <translation>Ticket reference (or give a purpose)</translation>
    </message>
    <message>
        <source>Ticket reference, e.g. SUP-12345</source>
        <translation>Ticket reference, e.g. SUP-12345</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>Why you look, e.g. &quot;Art. 15 request of 3 May&quot;</source>
        <translation>Why you look, e.g. &quot;Art. 15 request of 3 May&quot;</translation>
    </message>
    <message>
        <source>Search by email, name, user id, public id, IP address or network, or invoice number (Ctrl+F)</source>
        <translation>Search by email, name, user id, public id, IP address or network, or invoice number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Searching</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Search learners</source>
        <translation>Search learners</translation>
    </message>
    <message>
        <source>Learners found</source>
        <translation>Learners found</translation>
    </message>
    <message>
        <source>Every look-up is written to the access log with this ticket reference, so that a review can tell why you looked. Support must give one; the data protection officer may give a purpose instead.</source>
        <translation>Every look-up is written to the access log with this ticket reference, so that a review can tell why you looked. Support must give one; the data protection officer may give a purpose instead.</translation>
    </message>
    <message>
        <source>&amp;Open learner</source>
        <translation>&amp;Open learner</translation>
    </message>
    <message>
        <source>Open the selected learner (Return or double-click). Opening is logged as a view.</source>
        <translation>Open the selected learner (Return or double-click). Opening is logged as a view.</translation>
    </message>
    <message>
        <source>Showing the first %1 — refine the search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>fxctl</name>
    <message>
        <source>fxctl: unknown command &quot;%1&quot;.
</source>
        <translation>fxctl: unknown command &quot;%1&quot;.
</translation>
    </message>
    <message>
        <source>Recompute the access log&apos;s hash chain and name the first bad entry.</source>
        <translation>Recompute the access log&apos;s hash chain and name the first bad entry.</translation>
    </message>
    <message>
        <source>The access log is intact up to entry %1, head hash %2 (%L3 entries in %4 s).</source>
        <translation>The access log is intact up to entry %1, head hash %2 (%L3 entries in %4 s).</translation>
    </message>
    <message>
        <source>The access log is broken: %1 Entries up to %2 are intact.</source>
        <translation>The access log is broken: %1 Entries up to %2 are intact.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Connection as a libpq URI or key=value string; unset parts come from the PG* environment variables and ~/.pgpass.</source>
        <translation>Connection as a libpq URI or key=value string; unset parts come from the PG* environment variables and ~/.pgpass.</translation>
    </message>
    <message>
        <source>Connect to the demo database as support, dpo or admin.</source>
        <translation>Connect to the demo database as support, dpo or admin.</translation>
    </message>
    <message>
        <source>Read the connection password from this file (first line).</source>
        <translation>Read the connection password from this file (first line).</translation>
    </message>
    <message>
        <source>Print one JSON document on standard output.</source>
        <translation>Print one JSON document on standard output.</translation>
    </message>
    <message>
        <source>This command takes no further arguments.</source>
        <translation>This command takes no further arguments.</translation>
    </message>
    <message numerus="yes">
        <source>This command takes %Ln argument(s).</source>
        <translation>
            <numerusform>This command takes %Ln argument.</numerusform>
            <numerusform>This command takes %Ln arguments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give either --dsn or --demo, not both.</source>
        <translation>Give either --dsn or --demo, not both.</translation>
    </message>
    <message>
        <source>--demo takes support, dpo or admin.</source>
        <translation>--demo takes support, dpo or admin.</translation>
    </message>
    <message>
        <source>Run &quot;fxctl %1 --help&quot; for its options.</source>
        <translation>Run &quot;fxctl %1 --help&quot; for its options.</translation>
    </message>
    <message>
        <source>No terminal to ask for the password; give it with --%1 FILE.</source>
        <translation>No terminal to ask for the password; give it with --%1 FILE.</translation>
    </message>
    <message>
        <source>Create or update the platform and privacy schemas (needs a superuser).</source>
        <translation>Create or update the platform and privacy schemas (needs a superuser).</translation>
    </message>
    <message>
        <source>Show which migrations the database has.</source>
        <translation>Show which migrations the database has.</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>Number of learners to create.</source>
        <translation>Number of learners to create.</translation>
    </message>
    <message>
        <source>Random seed (same seed, same data).</source>
        <translation>Random seed (same seed, same data).</translation>
    </message>
    <message>
        <source>Reference date YYYY-MM-DD (default: today).</source>
        <translation>Reference date YYYY-MM-DD (default: today).</translation>
    </message>
    <message>
        <source>Users per batch.</source>
        <translation>Users per batch.</translation>
    </message>
    <message>
        <source>Fill an empty platform schema with synthetic learners.</source>
        <translation>Fill an empty platform schema with synthetic learners.</translation>
    </message>
    <message>
        <source>--users takes a positive number.</source>
        <translation>--users takes a positive number.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed takes a whole number.</translation>
    </message>
    <message>
        <source>--batch takes a positive number.</source>
        <translation>--batch takes a positive number.</translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD.</source>
        <translation>--as-of takes a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%L1 of %L2 users</source>
        <translation>%L1 of %L2 users</translation>
    </message>
    <message>
        <source>Seeded %L1 users: %L2 rows in %3 s (%L4 rows/s).</source>
        <translation>Seeded %L1 users: %L2 rows in %3 s (%L4 rows/s).</translation>
    </message>
    <message>
        <source>Learners to seed on first creation.</source>
        <translation>Learners to seed on first creation.</translation>
    </message>
    <message>
        <source>Create (first time) or start the private demo database.</source>
        <translation>Create (first time) or start the private demo database.</translation>
    </message>
    <message>
        <source>The demo database is running on port %1 (%2).</source>
        <translation>The demo database is running on port %1 (%2).</translation>
    </message>
    <message>
        <source>Demo logins: %1. Open the console with: fxconsole --demo support|dpo|admin</source>
        <translation>Demo logins: %1. Open the console with: fxconsole --demo support|dpo|admin</translation>
    </message>
    <message>
        <source>Delete the demo database and its logins as well.</source>
        <translation>Delete the demo database and its logins as well.</translation>
    </message>
    <message>
        <source>Stop the demo database.</source>
        <translation>Stop the demo database.</translation>
    </message>
    <message>
        <source>The demo database was stopped and deleted.</source>
        <translation>The demo database was stopped and deleted.</translation>
    </message>
    <message>
        <source>The demo database was stopped.</source>
        <translation>The demo database was stopped.</translation>
    </message>
    <message>
        <source>Tell whether the demo database exists and runs.</source>
        <translation>Tell whether the demo database exists and runs.</translation>
    </message>
    <message>
        <source>The demo database exists but is stopped. Start it with: fxctl demo up</source>
        <translation>The demo database exists but is stopped. Start it with: fxctl demo up</translation>
    </message>
    <message>
        <source>support, dpo or admin.</source>
        <translation>support, dpo or admin.</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>Display name.</translation>
    </message>
    <message>
        <source>Read the new login&apos;s password from this file (else it is asked for).</source>
        <translation>Read the new login&apos;s password from this file (else it is asked for).</translation>
    </message>
    <message>
        <source>The new staff login.</source>
        <translation>The new staff login.</translation>
    </message>
    <message>
        <source>Add a staff login in exactly one console role.</source>
        <translation>Add a staff login in exactly one console role.</translation>
    </message>
    <message>
        <source>--role takes support, dpo or admin.</source>
        <translation>--role takes support, dpo or admin.</translation>
    </message>
    <message>
        <source>Password for the new login: </source>
        <translation>Password for the new login: </translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>Added %1 as %2.</translation>
    </message>
    <message>
        <source>List staff logins and their roles.</source>
        <translation>List staff logins and their roles.</translation>
    </message>
    <message>
        <source>The staff login to remove.</source>
        <translation>The staff login to remove.</translation>
    </message>
    <message>
        <source>Remove a staff login.</source>
        <translation>Remove a staff login.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Removed %1.</translation>
    </message>
    <message>
        <source>Ticket reference (required for support).</source>
        <translation>Ticket reference (required for support).</translation>
    </message>
    <message>
        <source>Purpose of the access (the DPO may give it instead of a ticket).</source>
        <translation>Purpose of the access (the DPO may give it instead of a ticket).</translation>
    </message>
    <message>
        <source>At most this many results.</source>
        <translation>At most this many results.</translation>
    </message>
    <message>
        <source>Email, name, user id, public id, IP address or network, or invoice number.</source>
        <translation>Email, name, user id, public id, IP address or network, or invoice number.</translation>
    </message>
    <message>
        <source>Find learners, as your role sees them (masked for support).</source>
        <translation>Find learners, as your role sees them (masked for support).</translation>
    </message>
    <message>
        <source>The search text is not valid UTF-8 text.</source>
        <translation>The search text is not valid UTF-8 text.</translation>
    </message>
    <message>
        <source>No learner matches.</source>
        <translation>No learner matches.</translation>
    </message>
    <message>
        <source>Rows after this row id (paging).</source>
        <translation>Rows after this row id (paging).</translation>
    </message>
    <message>
        <source>Rows per page.</source>
        <translation>Rows per page.</translation>
    </message>
    <message>
        <source>The learner&apos;s id.</source>
        <translation>The learner&apos;s id.</translation>
    </message>
    <message>
        <source>Show a learner&apos;s data: the summary, or one category.</source>
        <translation>Show a learner&apos;s data: the summary, or one category.</translation>
    </message>
    <message>
        <source>The learner&apos;s id is a positive number.</source>
        <translation>The learner&apos;s id is a positive number.</translation>
    </message>
    <message>
        <source>Why the field must be seen (logged).</source>
        <translation>Why the field must be seen (logged).</translation>
    </message>
    <message>
        <source>Reveal one masked field, with a reason that is logged.</source>
        <translation>Reveal one masked field, with a reason that is logged.</translation>
    </message>
    <message>
        <source>Why processing is restricted (restrict only).</source>
        <translation>Why processing is restricted (restrict only).</translation>
    </message>
    <message>
        <source>Corrected first name (rectify only).</source>
        <translation>Corrected first name (rectify only).</translation>
    </message>
    <message>
        <source>Corrected last name (rectify only).</source>
        <translation>Corrected last name (rectify only).</translation>
    </message>
    <message>
        <source>Corrected email address (rectify only).</source>
        <translation>Corrected email address (rectify only).</translation>
    </message>
    <message>
        <source>Run an account operation; it is logged.</source>
        <translation>Run an account operation; it is logged.</translation>
    </message>
    <message>
        <source>An argument is not valid UTF-8 text.</source>
        <translation>An argument is not valid UTF-8 text.</translation>
    </message>
    <message>
        <source>Done: %1 on learner %2.</source>
        <translation>Done: %1 on learner %2.</translation>
    </message>
    <message>
        <source>The export request&apos;s id.</source>
        <translation>The export request&apos;s id.</translation>
    </message>
    <message>
        <source>The ZIP file to write (must not exist).</source>
        <translation>The ZIP file to write (must not exist).</translation>
    </message>
    <message>
        <source>Encrypt with AES-256 under a generated passphrase.</source>
        <translation>Encrypt with AES-256 under a generated passphrase.</translation>
    </message>
    <message>
        <source>Write the passphrase to this new file (mode 0600) instead of standard output.</source>
        <translation>Write the passphrase to this new file (mode 0600) instead of standard output.</translation>
    </message>
    <message>
        <source>Build the export package of an export request (Art. 15 and 20).</source>
        <translation>Build the export package of an export request (Art. 15 and 20).</translation>
    </message>
    <message>
        <source>--request needs the request&apos;s id, a positive number.</source>
        <translation>--request needs the request&apos;s id, a positive number.</translation>
    </message>
    <message>
        <source>--out needs the file to write.</source>
        <translation>--out needs the file to write.</translation>
    </message>
    <message>
        <source>--passphrase-file only goes with --encrypt.</source>
        <translation>--passphrase-file only goes with --encrypt.</translation>
    </message>
    <message>
        <source>%1 already exists; the passphrase file must be new.</source>
        <translation>%1 already exists; the passphrase file must be new.</translation>
    </message>
    <message>
        <source>The passphrase could not be written (%1); it is printed above, once.</source>
        <translation>The passphrase could not be written (%1); it is printed above, once.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 rows, %3 bytes), SHA-256 %4; request %5 is fulfilled.</source>
        <translation>Wrote %1 (%2 rows, %3 bytes), SHA-256 %4; request %5 is fulfilled.</translation>
    </message>
    <message>
        <source>export, erasure, rectification, restriction or objection.</source>
        <translation>export, erasure, rectification, restriction or objection.</translation>
    </message>
    <message>
        <source>Ticket reference.</source>
        <translation>Ticket reference.</translation>
    </message>
    <message>
        <source>How the requester&apos;s identity was verified.</source>
        <translation>How the requester&apos;s identity was verified.</translation>
    </message>
    <message>
        <source>Date the request was received, YYYY-MM-DD (default: today).</source>
        <translation>Date the request was received, YYYY-MM-DD (default: today).</translation>
    </message>
    <message>
        <source>Open a data-subject request; the database sets its deadline.</source>
        <translation>Open a data-subject request; the database sets its deadline.</translation>
    </message>
    <message>
        <source>--user needs the learner&apos;s id, a positive number.</source>
        <translation>--user needs the learner&apos;s id, a positive number.</translation>
    </message>
    <message>
        <source>--kind must be one of: %1.</source>
        <translation>--kind must be one of: %1.</translation>
    </message>
    <message>
        <source>--received needs a date as YYYY-MM-DD.</source>
        <translation>--received needs a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Request %1 opened; due %2.</source>
        <translation>Request %1 opened; due %2.</translation>
    </message>
    <message>
        <source>Only this kind.</source>
        <translation>Only this kind.</translation>
    </message>
    <message>
        <source>open, closed, or one status (new, in_progress, fulfilled, rejected, withdrawn); default: open.</source>
        <translation>open, closed, or one status (new, in_progress, fulfilled, rejected, withdrawn); default: open.</translation>
    </message>
    <message>
        <source>Only requests of this login; - for none.</source>
        <translation>Only requests of this login; - for none.</translation>
    </message>
    <message>
        <source>Only requests of this learner.</source>
        <translation>Only requests of this learner.</translation>
    </message>
    <message>
        <source>The request queue, soonest deadline first.</source>
        <translation>The request queue, soonest deadline first.</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left</source>
        <translation>
            <numerusform>%Ln day left</numerusform>
            <numerusform>%Ln days left</numerusform>
        </translation>
    </message>
    <message>
        <source>No request matches.</source>
        <translation>No request matches.</translation>
    </message>
    <message>
        <source>Further months, 1 or 2.</source>
        <translation>Further months, 1 or 2.</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Why (required).</translation>
    </message>
    <message>
        <source>Staff login; empty to unassign.</source>
        <translation>Staff login; empty to unassign.</translation>
    </message>
    <message>
        <source>Show a request with its history.</source>
        <translation>Show a request with its history.</translation>
    </message>
    <message>
        <source>Extend the deadline by up to two months (Art. 12(3)), inside the first month.</source>
        <translation>Extend the deadline by up to two months (Art. 12(3)), inside the first month.</translation>
    </message>
    <message>
        <source>Assign a request to a staff member.</source>
        <translation>Assign a request to a staff member.</translation>
    </message>
    <message>
        <source>Mark a new request as in progress.</source>
        <translation>Mark a new request as in progress.</translation>
    </message>
    <message>
        <source>Close a request as %1, with a note.</source>
        <translation>Close a request as %1, with a note.</translation>
    </message>
    <message>
        <source>The request&apos;s id.</source>
        <translation>The request&apos;s id.</translation>
    </message>
    <message>
        <source>The request&apos;s id is a positive number.</source>
        <translation>The request&apos;s id is a positive number.</translation>
    </message>
    <message>
        <source>Note for the requester:</source>
        <translation>Note for the requester:</translation>
    </message>
    <message>
        <source>The erasure request&apos;s id.</source>
        <translation>The erasure request&apos;s id.</translation>
    </message>
    <message>
        <source>The file to write (.pdf or .txt).</source>
        <translation>The file to write (.pdf or .txt).</translation>
    </message>
    <message>
        <source>What an erasure would delete, anonymize and retain, per table.</source>
        <translation>What an erasure would delete, anonymize and retain, per table.</translation>
    </message>
    <message>
        <source>Decide on an erasure request as a second person (four eyes).</source>
        <translation>Decide on an erasure request as a second person (four eyes).</translation>
    </message>
    <message>
        <source>Execute an approved erasure, in one transaction.</source>
        <translation>Execute an approved erasure, in one transaction.</translation>
    </message>
    <message>
        <source>Write the erasure certificate for the requester.</source>
        <translation>Write the erasure certificate for the requester.</translation>
    </message>
    <message>
        <source>--lang is de or en.</source>
        <translation>--lang is de or en.</translation>
    </message>
    <message>
        <source>Request %1 is approved.</source>
        <translation>Request %1 is approved.</translation>
    </message>
    <message>
        <source>Request %1 is rejected.</source>
        <translation>Request %1 is rejected.</translation>
    </message>
    <message>
        <source>Request %1 was already executed; nothing was changed.</source>
        <translation>Request %1 was already executed; nothing was changed.</translation>
    </message>
    <message>
        <source>Request %1: the learner is erased.</source>
        <translation>Request %1: the learner is erased.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>Write the ledger to this new file.</source>
        <translation>Write the ledger to this new file.</translation>
    </message>
    <message>
        <source>A ledger file written by &quot;erasure ledger&quot;.</source>
        <translation>A ledger file written by &quot;erasure ledger&quot;.</translation>
    </message>
    <message>
        <source>Export the erasure ledger (salted hashes, no personal data).</source>
        <translation>Export the erasure ledger (salted hashes, no personal data).</translation>
    </message>
    <message>
        <source>Erase again everyone the ledger names, after a backup restore.</source>
        <translation>Erase again everyone the ledger names, after a backup restore.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a ledger file.</source>
        <translation>%1 is not a ledger file.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln ledger entry(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln ledger entry to %1.</numerusform>
            <numerusform>Wrote %Ln ledger entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ledger entries; %2 learner(s) erased again.</source>
        <translation>%1 ledger entries; %2 learner(s) erased again.</translation>
    </message>
    <message>
        <source>Only list what would be deleted.</source>
        <translation>Only list what would be deleted.</translation>
    </message>
    <message>
        <source>Evaluate periods as of this day (not later than today).</source>
        <translation>Evaluate periods as of this day (not later than today).</translation>
    </message>
    <message>
        <source>Delete restricted records whose retention period has ended.</source>
        <translation>Delete restricted records whose retention period has ended.</translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD.</source>
        <translation>--as-of needs a date as YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln restricted record(s) deleted.</source>
        <translation>
            <numerusform>%Ln restricted record deleted.</numerusform>
            <numerusform>%Ln restricted records deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln restricted record(s) past their period.</source>
        <translation>
            <numerusform>%Ln restricted record past its period.</numerusform>
            <numerusform>%Ln restricted records past their period.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task&apos;s id.</source>
        <translation>The task&apos;s id.</translation>
    </message>
    <message>
        <source>What was done, or where the evidence is.</source>
        <translation>What was done, or where the evidence is.</translation>
    </message>
    <message>
        <source>The follow-up tasks with external processors of an erasure.</source>
        <translation>The follow-up tasks with external processors of an erasure.</translation>
    </message>
    <message>
        <source>Tick off a follow-up task with a note.</source>
        <translation>Tick off a follow-up task with a note.</translation>
    </message>
    <message>
        <source>Task %1 is done.</source>
        <translation>Task %1 is done.</translation>
    </message>
    <message>
        <source>done by %1</source>
        <translation>done by %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Restricted records of erased learners, soonest end first.</source>
        <translation>Restricted records of erased learners, soonest end first.</translation>
    </message>
    <message>
        <source>Also check against this signed checkpoint.</source>
        <translation>Also check against this signed checkpoint.</translation>
    </message>
    <message>
        <source>Require the checkpoint to be signed with this public key.</source>
        <translation>Require the checkpoint to be signed with this public key.</translation>
    </message>
    <message>
        <source>From this time (ISO 8601, local unless it says).</source>
        <translation>From this time (ISO 8601, local unless it says).</translation>
    </message>
    <message>
        <source>Before this time.</source>
        <translation>Before this time.</translation>
    </message>
    <message>
        <source>Only this staff login.</source>
        <translation>Only this staff login.</translation>
    </message>
    <message>
        <source>Only this role: support, dpo or admin.</source>
        <translation>Only this role: support, dpo or admin.</translation>
    </message>
    <message>
        <source>Only this action, e.g. user.reveal.</source>
        <translation>Only this action, e.g. user.reveal.</translation>
    </message>
    <message>
        <source>Only entries about this learner.</source>
        <translation>Only entries about this learner.</translation>
    </message>
    <message>
        <source>Only this ticket reference.</source>
        <translation>Only this ticket reference.</translation>
    </message>
    <message>
        <source>Only entries without a ticket.</source>
        <translation>Only entries without a ticket.</translation>
    </message>
    <message>
        <source>--%1 needs a time as YYYY-MM-DDTHH:MM (ISO 8601).</source>
        <translation>--%1 needs a time as YYYY-MM-DDTHH:MM (ISO 8601).</translation>
    </message>
    <message>
        <source>--subject needs a learner&apos;s id, a positive number.</source>
        <translation>--subject needs a learner&apos;s id, a positive number.</translation>
    </message>
    <message>
        <source>At most this many entries (0: all).</source>
        <translation>At most this many entries (0: all).</translation>
    </message>
    <message>
        <source>Access-log entries under a filter, newest first (DPO).</source>
        <translation>Access-log entries under a filter, newest first (DPO).</translation>
    </message>
    <message>
        <source>The new key file (KEYFILE.pub gets the public key).</source>
        <translation>The new key file (KEYFILE.pub gets the public key).</translation>
    </message>
    <message>
        <source>Read the key&apos;s passphrase from this file (else it is asked for).</source>
        <translation>Read the key&apos;s passphrase from this file (else it is asked for).</translation>
    </message>
    <message>
        <source>Create the Ed25519 key that signs access-log checkpoints.</source>
        <translation>Create the Ed25519 key that signs access-log checkpoints.</translation>
    </message>
    <message>
        <source>--out needs the key file to write.</source>
        <translation>--out needs the key file to write.</translation>
    </message>
    <message>
        <source>Passphrase for the new key: </source>
        <translation>Passphrase for the new key: </translation>
    </message>
    <message>
        <source>Wrote %1 (private, keep it outside the database) and %1.pub.</source>
        <translation>Wrote %1 (private, keep it outside the database) and %1.pub.</translation>
    </message>
    <message>
        <source>The key file from &quot;audit keygen&quot;.</source>
        <translation>The key file from &quot;audit keygen&quot;.</translation>
    </message>
    <message>
        <source>The checkpoint file to write.</source>
        <translation>The checkpoint file to write.</translation>
    </message>
    <message>
        <source>Verify the chain, then sign its head and length as a checkpoint.</source>
        <translation>Verify the chain, then sign its head and length as a checkpoint.</translation>
    </message>
    <message>
        <source>--key and --out are required.</source>
        <translation>--key and --out are required.</translation>
    </message>
    <message>
        <source>Passphrase of the key: </source>
        <translation>Passphrase of the key: </translation>
    </message>
    <message>
        <source>The access log is broken (%1); a checkpoint would vouch for a broken log.</source>
        <translation>The access log is broken (%1); a checkpoint would vouch for a broken log.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Checkpoint of entry %1 signed with key %2: %3.</source>
        <translation>Checkpoint of entry %1 signed with key %2: %3.</translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation>Write CSV.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>Wrote %1 entries to %2.</source>
        <translation>Wrote %1 entries to %2.</translation>
    </message>
    <message>
        <source>Write the PDF review report.</source>
        <translation>Write the PDF review report.</translation>
    </message>
    <message>
        <source>The filtered access log as a CSV or PDF report (logged).</source>
        <translation>The filtered access log as a CSV or PDF report (logged).</translation>
    </message>
    <message>
        <source>Use --csv or --pdf, and --out FILE.</source>
        <translation>Use --csv or --pdf, and --out FILE.</translation>
    </message>
    <message>
        <source>Change a setting: anomaly_min_distinct, anomaly_factor, work_hours (07:00-19:00), work_days (1-5) or work_timezone. Logged; the flags are computed again.</source>
        <translation>Change a setting: anomaly_min_distinct, anomaly_factor, work_hours (07:00-19:00), work_days (1-5) or work_timezone. Logged; the flags are computed again.</translation>
    </message>
    <message>
        <source>Show or change the thresholds and working hours of the anomaly rules.</source>
        <translation>Show or change the thresholds and working hours of the anomaly rules.</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE.</source>
        <translation>--set needs KEY=VALUE.</translation>
    </message>
    <message>
        <source>A field to set, as key=value; keys: title, description, reported_by, nature, subject_categories, subjects_approx, record_categories, records_approx, dpo_contact, consequences, measures. Repeat for several.</source>
        <translation>A field to set, as key=value; keys: title, description, reported_by, nature, subject_categories, subjects_approx, record_categories, records_approx, dpo_contact, consequences, measures. Repeat for several.</translation>
    </message>
    <message>
        <source>Incident %1: %2</source>
        <translation>Incident %1: %2</translation>
    </message>
    <message>
        <source>Aware since %1; the authority must be notified by %2 (%3).</source>
        <translation>Aware since %1; the authority must be notified by %2 (%3).</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risk: %1</translation>
    </message>
    <message>
        <source>Notice to the %1, phase %2, %3%4</source>
        <translation>Notice to the %1, phase %2, %3%4</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (late)</translation>
    </message>
    <message>
        <source>The incident&apos;s number.</source>
        <translation>The incident&apos;s number.</translation>
    </message>
    <message>
        <source>What happened, in a few words.</source>
        <translation>What happened, in a few words.</translation>
    </message>
    <message>
        <source>When the organisation became aware (ISO 8601); the 72 hours start here.</source>
        <translation>When the organisation became aware (ISO 8601); the 72 hours start here.</translation>
    </message>
    <message>
        <source>When the breach was detected.</source>
        <translation>When the breach was detected.</translation>
    </message>
    <message>
        <source>What is known.</source>
        <translation>What is known.</translation>
    </message>
    <message>
        <source>Who reported it.</source>
        <translation>Who reported it.</translation>
    </message>
    <message>
        <source>A folder of checklist templates instead of the built-in ones.</source>
        <translation>A folder of checklist templates instead of the built-in ones.</translation>
    </message>
    <message>
        <source>The checklist item, as section.key.</source>
        <translation>The checklist item, as section.key.</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>A note.</translation>
    </message>
    <message>
        <source>Untick the item.</source>
        <translation>Untick the item.</translation>
    </message>
    <message>
        <source>none, risk or high_risk.</source>
        <translation>none, risk or high_risk.</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Why.</translation>
    </message>
    <message>
        <source>a, b or c of Art. 34(3).</source>
        <translation>a, b or c of Art. 34(3).</translation>
    </message>
    <message>
        <source>Why the exception applies.</source>
        <translation>Why the exception applies.</translation>
    </message>
    <message>
        <source>authority, subjects or public.</source>
        <translation>authority, subjects or public.</translation>
    </message>
    <message>
        <source>The authority&apos;s reference.</source>
        <translation>The authority&apos;s reference.</translation>
    </message>
    <message>
        <source>Why the notice comes after 72 hours.</source>
        <translation>Why the notice comes after 72 hours.</translation>
    </message>
    <message>
        <source>The outcome.</source>
        <translation>The outcome.</translation>
    </message>
    <message>
        <source>Sign-ins from this time (ISO 8601).</source>
        <translation>Sign-ins from this time (ISO 8601).</translation>
    </message>
    <message>
        <source>Sign-ins before this time (ISO 8601).</source>
        <translation>Sign-ins before this time (ISO 8601).</translation>
    </message>
    <message>
        <source>Sign-ins from this address or CIDR range.</source>
        <translation>Sign-ins from this address or CIDR range.</translation>
    </message>
    <message>
        <source>Enrolled in this course.</source>
        <translation>Enrolled in this course.</translation>
    </message>
    <message>
        <source>Holds payment references.</source>
        <translation>Holds payment references.</translation>
    </message>
    <message>
        <source>Data held by this processor.</source>
        <translation>Data held by this processor.</translation>
    </message>
    <message>
        <source>Attach the result to the incident --id.</source>
        <translation>Attach the result to the incident --id.</translation>
    </message>
    <message>
        <source>The attached finding&apos;s number.</source>
        <translation>The attached finding&apos;s number.</translation>
    </message>
    <message>
        <source>Open an incident; the 72-hour clock starts when the organisation became aware.</source>
        <translation>Open an incident; the 72-hour clock starts when the organisation became aware.</translation>
    </message>
    <message>
        <source>Incidents, open ones first, by deadline.</source>
        <translation>Incidents, open ones first, by deadline.</translation>
    </message>
    <message>
        <source>An incident with its checklist and notices.</source>
        <translation>An incident with its checklist and notices.</translation>
    </message>
    <message>
        <source>Tick a checklist item.</source>
        <translation>Tick a checklist item.</translation>
    </message>
    <message>
        <source>Assess the risk to the people concerned.</source>
        <translation>Assess the risk to the people concerned.</translation>
    </message>
    <message>
        <source>Set the content of Art. 33(3).</source>
        <translation>Set the content of Art. 33(3).</translation>
    </message>
    <message>
        <source>Record a notice as sent.</source>
        <translation>Record a notice as sent.</translation>
    </message>
    <message>
        <source>Close an incident.</source>
        <translation>Close an incident.</translation>
    </message>
    <message>
        <source>Count the people a breach concerns, by criteria.</source>
        <translation>Count the people a breach concerns, by criteria.</translation>
    </message>
    <message>
        <source>Write the people of an attached finding as CSV (DPO only, logged).</source>
        <translation>Write the people of an attached finding as CSV (DPO only, logged).</translation>
    </message>
    <message>
        <source>Write the breach register (.csv or .pdf).</source>
        <translation>Write the breach register (.csv or .pdf).</translation>
    </message>
    <message>
        <source>Write a draft notification (.pdf or .txt).</source>
        <translation>Write a draft notification (.pdf or .txt).</translation>
    </message>
    <message>
        <source>--id needs the incident&apos;s number, a positive number.</source>
        <translation>--id needs the incident&apos;s number, a positive number.</translation>
    </message>
    <message>
        <source>--kind is authority or subjects.</source>
        <translation>--kind is authority or subjects.</translation>
    </message>
    <message>
        <source>Give times in ISO 8601, for example 2026-03-28T10:00:00+01:00.</source>
        <translation>Give times in ISO 8601, for example 2026-03-28T10:00:00+01:00.</translation>
    </message>
    <message>
        <source>--aware-at is required: the 72 hours start when the organisation became aware.</source>
        <translation>--aware-at is required: the 72 hours start when the organisation became aware.</translation>
    </message>
    <message>
        <source>--set takes key=value.</source>
        <translation>--set takes key=value.</translation>
    </message>
    <message>
        <source>Incident %1 is open; notify the authority by %2.</source>
        <translation>Incident %1 is open; notify the authority by %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>People per data category, estimated from a sample of 5,000:</source>
        <translation>People per data category, estimated from a sample of 5,000:</translation>
    </message>
    <message>
        <source>Attached to incident %1 as finding %2.</source>
        <translation>Attached to incident %1 as finding %2.</translation>
    </message>
    <message>
        <source>--finding needs the finding&apos;s number, a positive number.</source>
        <translation>--finding needs the finding&apos;s number, a positive number.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people written to %1.</source>
        <translation>
            <numerusform>%Ln person written to %1.</numerusform>
            <numerusform>%Ln people written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incidents written to %1.</source>
        <translation>
            <numerusform>%Ln incident written to %1.</numerusform>
            <numerusform>%Ln incidents written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--item names no item of this incident; see incident show.</source>
        <translation>--item names no item of this incident; see incident show.</translation>
    </message>
    <message>
        <source>Unticked.</source>
        <translation>Unticked.</translation>
    </message>
    <message>
        <source>Ticked.</source>
        <translation>Ticked.</translation>
    </message>
    <message>
        <source>Risk recorded.</source>
        <translation>Risk recorded.</translation>
    </message>
    <message>
        <source>Give at least one --set key=value.</source>
        <translation>Give at least one --set key=value.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Notice recorded (phase %1).</source>
        <translation>Notice recorded (phase %1).</translation>
    </message>
    <message>
        <source>Incident %1 is closed.</source>
        <translation>Incident %1 is closed.</translation>
    </message>
    <message>
        <source>Draft written to %1.</source>
        <translation>Draft written to %1.</translation>
    </message>
    <message>
        <source>The policy: %1.</source>
        <translation>The policy: %1.</translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation>The new value.</translation>
    </message>
    <message>
        <source>Change a policy.</source>
        <translation>Change a policy.</translation>
    </message>
    <message>
        <source>Show the policies, or one of them.</source>
        <translation>Show the policies, or one of them.</translation>
    </message>
    <message>
        <source>policy get takes at most one key.</source>
        <translation>policy get takes at most one key.</translation>
    </message>
    <message>
        <source>Unknown policy &quot;%1&quot;; the policies are %2.</source>
        <translation>Unknown policy &quot;%1&quot;; the policies are %2.</translation>
    </message>
    <message>
        <source>Generate a strong password and print it once.</source>
        <translation>Generate a strong password and print it once.</translation>
    </message>
    <message>
        <source>Added %1 as %2. Initial password, shown only now: %3</source>
        <translation>Added %1 as %2. Initial password, shown only now: %3</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>The staff login.</source>
        <translation>The staff login.</translation>
    </message>
    <message>
        <source>Move a staff login to another role.</source>
        <translation>Move a staff login to another role.</translation>
    </message>
    <message>
        <source>Stop a staff login from signing in.</source>
        <translation>Stop a staff login from signing in.</translation>
    </message>
    <message>
        <source>Let a disabled staff login sign in again.</source>
        <translation>Let a disabled staff login sign in again.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 can no longer sign in.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <source>The table, e.g. invoices.</source>
        <translation>The table, e.g. invoices.</translation>
    </message>
    <message>
        <source>The retention period in years (1 to 30).</source>
        <translation>The retention period in years (1 to 30).</translation>
    </message>
    <message>
        <source>The legal basis in English.</source>
        <translation>The legal basis in English.</translation>
    </message>
    <message>
        <source>The legal basis in German.</source>
        <translation>The legal basis in German.</translation>
    </message>
    <message>
        <source>Only list the restricted records the new period would release.</source>
        <translation>Only list the restricted records the new period would release.</translation>
    </message>
    <message>
        <source>Change the retention period of retained records.</source>
        <translation>Change the retention period of retained records.</translation>
    </message>
    <message>
        <source>The retention rules: what erasure does per table.</source>
        <translation>The retention rules: what erasure does per table.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln restricted record(s) would be released.</source>
        <translation>
            <numerusform>%Ln restricted record would be released.</numerusform>
            <numerusform>%Ln restricted records would be released.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention of %1 is now %2 years; %Ln restricted record(s) released for the purge.</source>
        <translation>
            <numerusform>Retention of %1 is now %2 years; %Ln restricted record released for the purge.</numerusform>
            <numerusform>Retention of %1 is now %2 years; %Ln restricted records released for the purge.</numerusform>
        </translation>
    </message>
    <message>
        <source>The processor&apos;s number.</source>
        <translation>The processor&apos;s number.</translation>
    </message>
    <message>
        <source>The processor&apos;s name.</source>
        <translation>The processor&apos;s name.</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>One of %1.</translation>
    </message>
    <message>
        <source>Whom to contact.</source>
        <translation>Whom to contact.</translation>
    </message>
    <message>
        <source>Where to send deletion requests (address or API).</source>
        <translation>Where to send deletion requests (address or API).</translation>
    </message>
    <message>
        <source>The data processing agreement&apos;s reference.</source>
        <translation>The data processing agreement&apos;s reference.</translation>
    </message>
    <message>
        <source>Data categories it receives, comma-separated: %1.</source>
        <translation>Data categories it receives, comma-separated: %1.</translation>
    </message>
    <message>
        <source>The external processors.</source>
        <translation>The external processors.</translation>
    </message>
    <message>
        <source>Add an external processor.</source>
        <translation>Add an external processor.</translation>
    </message>
    <message>
        <source>Change an external processor.</source>
        <translation>Change an external processor.</translation>
    </message>
    <message>
        <source>--id needs the processor&apos;s number, a positive number.</source>
        <translation>--id needs the processor&apos;s number, a positive number.</translation>
    </message>
    <message>
        <source>There is no processor %1.</source>
        <translation>There is no processor %1.</translation>
    </message>
    <message>
        <source>Processor %1 is saved.</source>
        <translation>Processor %1 is saved.</translation>
    </message>
    <message>
        <source>retain (default) or delete.</source>
        <translation>retain (default) or delete.</translation>
    </message>
    <message>
        <source>--table is required, and --years (a whole number) for retained records.</source>
        <translation>--table is required, and --years (a whole number) for retained records.</translation>
    </message>
    <message numerus="yes">
        <source>%1 are now deleted at erasure; %Ln restricted record(s) released for the purge.</source>
        <translation>
            <numerusform>%1 are now deleted at erasure; %Ln restricted record released for the purge.</numerusform>
            <numerusform>%1 are now deleted at erasure; %Ln restricted records released for the purge.</numerusform>
        </translation>
    </message>
    <message>
        <source>fxctl: the connection was lost at the very end, but the server saved the change. Do not run the command again.</source>
        <translation>fxctl: the connection was lost at the very end, but the server saved the change. Do not run the command again.</translation>
    </message>
    <message>
        <source>The connection was lost before the change was saved; nothing was changed. Run the command again.</source>
        <translation>The connection was lost before the change was saved; nothing was changed. Run the command again.</translation>
    </message>
    <message>
        <source>The database is up to date (%1 migrations); the functions of %2 areas were applied again.</source>
        <translation>The database is up to date (%1 migrations); the functions of %2 areas were applied again.</translation>
    </message>
    <message>
        <source>Applied %1 migration(s); %2 were applied before. The functions of %3 areas were applied.</source>
        <translation>Applied %1 migration(s); %2 were applied before. The functions of %3 areas were applied.</translation>
    </message>
    <message>
        <source>set up the schemas, fill them with synthetic data</source>
        <translation>set up the schemas, fill them with synthetic data</translation>
    </message>
    <message>
        <source>the private demo database</source>
        <translation>the private demo database</translation>
    </message>
    <message>
        <source>staff logins and their roles</source>
        <translation>staff logins and their roles</translation>
    </message>
    <message>
        <source>ticket pattern, DPO contact, review thresholds, ... (KEY [VALUE])</source>
        <translation>ticket pattern, DPO contact, review thresholds, ... (KEY [VALUE])</translation>
    </message>
    <message>
        <source>find learners (masked for support): QUERY --ticket T</source>
        <translation>find learners (masked for support): QUERY --ticket T</translation>
    </message>
    <message>
        <source>a learner&apos;s data and account operations: ... ID</source>
        <translation>a learner&apos;s data and account operations: ... ID</translation>
    </message>
    <message>
        <source>data-subject requests and their deadlines</source>
        <translation>data-subject requests and their deadlines</translation>
    </message>
    <message>
        <source>the export package of an export request: --request ID --out FILE [--encrypt]</source>
        <translation>the export package of an export request: --request ID --out FILE [--encrypt]</translation>
    </message>
    <message>
        <source>erasure with four eyes, certificate, ledger</source>
        <translation>erasure with four eyes, certificate, ledger</translation>
    </message>
    <message>
        <source>restricted records; retention periods (admin)</source>
        <translation>restricted records; retention periods (admin)</translation>
    </message>
    <message>
        <source>the processor registry (admin); erasure follow-up</source>
        <translation>the processor registry (admin); erasure follow-up</translation>
    </message>
    <message>
        <source>personal-data breaches and the 72-hour clock</source>
        <translation>personal-data breaches and the 72-hour clock</translation>
    </message>
    <message>
        <source>review the access log, check and sign its chain</source>
        <translation>review the access log, check and sign its chain</translation>
    </message>
    <message>
        <source>authority or subjects.</source>
        <translation>authority or subjects.</translation>
    </message>
    <message>
        <source>usage: fxctl &lt;noun&gt; &lt;verb&gt; [options]</source>
        <translation>usage: fxctl &lt;noun&gt; &lt;verb&gt; [options]</translation>
    </message>
    <message>
        <source>Common options: --dsn DSN, --demo support|dpo|admin, --password-file FILE, --json.
&quot;fxctl &lt;noun&gt; &lt;verb&gt; --help&quot; shows a command&apos;s options.
Exit status: 0 done, 1 refused or failed, 2 usage error.
</source>
        <translation>Common options: --dsn DSN, --demo support|dpo|admin, --password-file FILE, --json.
&quot;fxctl &lt;noun&gt; &lt;verb&gt; --help&quot; shows a command&apos;s options.
Exit status: 0 done, 1 refused or failed, 2 usage error.
</translation>
    </message>
    <message>
        <source>fxctl: use %1.
</source>
        <translation>fxctl: use %1.
</translation>
    </message>
    <message>
        <source>Language of messages and documents: de or en (default: LANG, LC_MESSAGES).</source>
        <translation>Language of messages and documents: de or en (default: LANG, LC_MESSAGES).</translation>
    </message>
    <message>
        <source>Only flagged entries not yet reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --anomalies: reviewed flags too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the review found: justified, followed_up or escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why; kept with the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flagged entry&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a flagged entry as reviewed, with an outcome and a note (DPO; never one&apos;s own access).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry&apos;s id is a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--outcome needs justified, followed_up or escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 reviewed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve an export request (four eyes; the data protection officer), with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff login whose role to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that a staff member still needs their role (logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role of %1 is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data map: where the platform keeps personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data map: a YAML file, or a map this console ships (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a data map against this database&apos;s catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the data map with --map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered by the map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln errors; the map cannot be applied until they are fixed.</source>
        <translation>
            <numerusform>%Ln error; the map cannot be applied until it is fixed.</numerusform>
            <numerusform>%Ln errors; the map cannot be applied until they are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The map %1 %2 is correct for this database; %Ln columns are not covered.</source>
        <translation>
            <numerusform>The map %1 %2 is correct for this database; %Ln column is not covered.</numerusform>
            <numerusform>The map %1 %2 is correct for this database; %Ln columns are not covered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply even though the map takes tables, categories or erasure away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a data map to this database (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This map is already in force; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map takes away what is listed above; nothing was applied. Check each change, then run the command again with --confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied the data map %1 %2 (SHA-256 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the data map in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data map %1 %2, applied by %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records of processing activities (Art. 30): --out FILE.pdf|FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .pdf or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of processing activities (Art. 30(1) GDPR) from the data map, the processor registry and the policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.pdf or --out FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the records of processing activities to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One table of the data map, as the summary lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email, or table.column of a masked column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row id of the row, as &quot;user show --category&quot; gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--field takes email, or table.column of a masked column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform of a new demo: fluxariont (the reference platform) or moodle (a Moodle-shaped site).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--platform takes fluxariont or moodle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a learner&apos;s marketing consent over time: history ID [--at TIME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support, ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the consent in force at this time (ISO 8601, such as 2026-03-01T12:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a learner&apos;s marketing consent over time (Art. 7(1) GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at takes a date or a time in ISO 8601, such as 2026-03-01 or 2026-03-01T12:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 no consent was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 marketing consent was given, since %2, under policy %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 marketing consent was not given (since %2, under policy %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s table prefix, where it is not the map&apos;s (Moodle: mdl_).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
</TS>
