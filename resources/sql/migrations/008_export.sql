-- The data export package (Art. 15 + 20). One transaction per export: export_begin
-- locks the open request, export_rows reads every table that holds the learner's data, and
-- export_finish records the archive's SHA-256, fulfils the request and writes the one
-- access-log entry. A cancelled or failed export rolls all of it back.
SET LOCAL ROLE fx_owner;

-- Every table that refers to a learner, the data category of the privacy policy it belongs to,
-- and where its data came from. A table missing here is missing from the export, which the
-- completeness test catches.
CREATE TABLE privacy.export_tables (
    table_name      regclass PRIMARY KEY,
    category        text NOT NULL
                    CHECK (category IN ('account', 'profile', 'consents', 'education', 'technical', 'communication',
                                        'payment', 'processors', 'requests')),
    origin          text NOT NULL CHECK (origin IN ('provided', 'observed', 'derived', 'received')),
    position        integer NOT NULL UNIQUE,
    user_columns    text[] NOT NULL,
    order_by        text NOT NULL,
    omitted         text[] NOT NULL DEFAULT '{}'
);
INSERT INTO privacy.export_tables VALUES
    ('platform.users', 'account', 'provided', 1, '{id}', 'id', '{password_hash}'),
    ('platform.social_identities', 'account', 'received', 2, '{user_id}', 'id', '{}'),
    ('platform.profiles', 'profile', 'provided', 3, '{user_id}', 'user_id', '{}'),
    ('platform.consents', 'consents', 'provided', 4, '{user_id}', 'user_id', '{}'),
    ('platform.enrollments', 'education', 'observed', 5, '{user_id}', 'id', '{}'),
    ('platform.lesson_completions', 'education', 'observed', 6, '{user_id}', 'lesson_id', '{}'),
    ('platform.test_results', 'education', 'derived', 7, '{user_id}', 'id', '{}'),
    ('platform.certificates', 'education', 'derived', 8, '{user_id}', 'id', '{}'),
    ('platform.courses', 'education', 'provided', 9, '{instructor_user_id}', 'id', '{}'),
    ('platform.login_events', 'technical', 'observed', 10, '{user_id}', 'id', '{}'),
    ('platform.usage_events', 'technical', 'observed', 11, '{user_id}', 'id', '{}'),
    ('platform.sessions', 'technical', 'observed', 12, '{user_id}', 'id', '{}'),
    ('platform.messages', 'communication', 'provided', 13, '{sender_user_id,recipient_user_id}', 'id', '{}'),
    ('platform.forum_threads', 'communication', 'provided', 14, '{author_user_id}', 'id', '{}'),
    ('platform.forum_posts', 'communication', 'provided', 15, '{author_user_id}', 'id', '{}'),
    ('platform.invoices', 'payment', 'provided', 16, '{user_id}', 'id', '{}'),
    ('platform.payment_references', 'payment', 'received', 17, '{user_id}', 'id', '{token_encrypted}'),
    ('platform.processor_links', 'processors', 'derived', 18, '{user_id}', 'processor_id', '{}'),
    ('privacy.requests', 'requests', 'provided', 19, '{user_id}', 'id', '{}');

-- The export running in this transaction; export_rows reads nothing without one.
CREATE TABLE privacy.export_runs (
    request_id  bigint PRIMARY KEY REFERENCES privacy.requests,
    txid        bigint NOT NULL,
    user_id     bigint NOT NULL
);
