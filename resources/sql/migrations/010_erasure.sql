-- Erasure (Art. 17): rules per table, a preview computed from the same rules as the
-- execution, four-eyes approval, one-transaction execution, restricted retention (Art. 18),
-- processor follow-up tasks and a ledger without personal data.

-- A restore rebuilds the indexes on privacy.fold() (which calls ext.unaccent) before it restores
-- grants, so the owner role must own schema ext rather than be granted it.
ALTER SCHEMA ext OWNER TO fx_owner;

SET LOCAL ROLE fx_owner;

-- What happens to each table's rows of an erased learner. The preview and the execution both read
-- this table, so the preview cannot promise what the execution does not do.
CREATE TABLE privacy.erasure_rules (
    table_name          regclass PRIMARY KEY,
    position            integer NOT NULL UNIQUE,
    action              text NOT NULL CHECK (action IN ('delete', 'anonymize', 'retain')),
    retention_years     integer CHECK (retention_years BETWEEN 1 AND 30),
    basis_en            text,
    basis_de            text,
    CHECK ((action = 'retain') = (retention_years IS NOT NULL AND basis_en IS NOT NULL AND basis_de IS NOT NULL))
);
INSERT INTO privacy.erasure_rules VALUES
    ('platform.social_identities', 1, 'delete', NULL, NULL, NULL),
    ('platform.profiles', 2, 'delete', NULL, NULL, NULL),
    ('platform.consents', 3, 'delete', NULL, NULL, NULL),
    ('platform.enrollments', 4, 'delete', NULL, NULL, NULL),
    ('platform.lesson_completions', 5, 'delete', NULL, NULL, NULL),
    ('platform.test_results', 6, 'delete', NULL, NULL, NULL),
    ('platform.certificates', 7, 'delete', NULL, NULL, NULL),
    ('platform.courses', 8, 'anonymize', NULL, NULL, NULL),
    ('platform.login_events', 9, 'delete', NULL, NULL, NULL),
    ('platform.usage_events', 10, 'delete', NULL, NULL, NULL),
    ('platform.sessions', 11, 'delete', NULL, NULL, NULL),
    ('platform.messages', 12, 'anonymize', NULL, NULL, NULL),
    ('platform.forum_threads', 13, 'anonymize', NULL, NULL, NULL),
    ('platform.forum_posts', 14, 'anonymize', NULL, NULL, NULL),
    ('platform.invoices', 15, 'retain', 8,
     'booking voucher: 8 years from the end of the calendar year of issue (§ 147 AO, § 257 HGB, § 14b UStG)',
     'Buchungsbeleg: 8 Jahre ab Ende des Kalenderjahres der Ausstellung (§ 147 AO, § 257 HGB, § 14b UStG)'),
    ('platform.payment_references', 16, 'delete', NULL, NULL, NULL),
    ('platform.processor_links', 17, 'delete', NULL, NULL, NULL),
    ('platform.users', 18, 'anonymize', NULL, NULL, NULL);

-- Retained rows are restricted: kept, visible to the DPO only, until the date they may go.
ALTER TABLE platform.invoices
    ADD COLUMN retained_until date,
    ADD COLUMN retention_basis text;
CREATE INDEX invoices_retained ON platform.invoices (retained_until) WHERE retained_until IS NOT NULL;

-- Four-eyes approval of erasure requests.
ALTER TABLE privacy.requests
    ADD COLUMN approved_by text,
    ADD COLUMN approved_at timestamptz,
    ADD COLUMN approval_note text,
    ADD COLUMN erasure_summary jsonb;

-- One task per external processor that held data of the erased person.
CREATE TABLE privacy.processor_tasks (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id      bigint NOT NULL REFERENCES privacy.requests,
    processor_id    integer NOT NULL REFERENCES platform.processors,
    external_id     text NOT NULL,
    what            text NOT NULL,
    done_by         text,
    done_at         timestamptz,
    note            text,
    UNIQUE (request_id, processor_id)
);

-- The ledger: which requests erased whom, as salted hashes only, so that an erasure can be applied
-- again after a backup is restored. The salt is the database's own, made once.
CREATE TABLE privacy.erasure_ledger (
    request_id      bigint PRIMARY KEY,
    subject_hash    text NOT NULL CHECK (subject_hash ~ '^[0-9a-f]{64}$'),
    erased_at       timestamptz NOT NULL
);
INSERT INTO privacy.settings
    VALUES ('ledger_salt', encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')), 'hex'))
    ON CONFLICT (key) DO NOTHING;
