-- Schema privacy: the console's API. Staff roles may use the schema and call what is granted;
-- they hold no privilege on any table.
-- The access log: append-only and hash-chained. The byte layout is in resources/sql/ACCESS_LOG.md
-- and implemented a second time in models/privacy/AuditChain.cpp; keep the two in step.
SET LOCAL ROLE fx_owner;

CREATE SCHEMA privacy;
REVOKE ALL ON SCHEMA privacy FROM PUBLIC;
GRANT USAGE ON SCHEMA privacy TO fx_support, fx_dpo, fx_admin;

CREATE TABLE privacy.access_log (
    id          bigint PRIMARY KEY,
    at          timestamptz NOT NULL,
    staff       text NOT NULL,
    staff_role  text NOT NULL,
    action      text NOT NULL,
    subject_id  bigint,
    ticket      text,
    purpose     text,
    details     text NOT NULL DEFAULT '{}' CHECK (details::jsonb IS NOT NULL),
    prev_hash   bytea NOT NULL CHECK (octet_length(prev_hash) = 32),
    hash        bytea NOT NULL CHECK (octet_length(hash) = 32)
);
CREATE INDEX ON privacy.access_log (subject_id, id);
CREATE INDEX ON privacy.access_log (staff, id);
CREATE INDEX ON privacy.access_log (at);

-- The chain head: one row, locked by every append so that appends are serialized and the chain
-- cannot fork. A rolled-back access rolls back its entry and the head together.
CREATE TABLE privacy.access_log_head (
    singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    last_id     bigint NOT NULL,
    last_hash   bytea NOT NULL
);
INSERT INTO privacy.access_log_head VALUES (true, 0, '\x0000000000000000000000000000000000000000000000000000000000000000');

CREATE FUNCTION privacy.refuse_log_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = privacy, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'the access log is append-only: % is refused', tg_op
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON privacy.access_log
    FOR EACH ROW EXECUTE FUNCTION privacy.refuse_log_change();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON privacy.access_log
    FOR EACH STATEMENT EXECUTE FUNCTION privacy.refuse_log_change();
CREATE TRIGGER access_log_head_kept BEFORE DELETE ON privacy.access_log_head
    FOR EACH ROW EXECUTE FUNCTION privacy.refuse_log_change();
CREATE TRIGGER access_log_head_no_truncate BEFORE TRUNCATE ON privacy.access_log_head
    FOR EACH STATEMENT EXECUTE FUNCTION privacy.refuse_log_change();
