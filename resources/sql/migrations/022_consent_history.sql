-- The history of each learner's marketing consent (Art. 7(1) GDPR: the controller proves the
-- consent it relies on, for any date): every opt-in and withdrawal, when, from where (the
-- platform, support on a ticket, the console) and under which version of the privacy policy.
SET LOCAL ROLE fx_owner;

CREATE TABLE platform.consent_events (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id         bigint NOT NULL REFERENCES platform.users ON DELETE CASCADE,
    at              timestamptz NOT NULL,
    marketing       boolean NOT NULL,
    source          text NOT NULL CHECK (source IN ('platform', 'support', 'console')),
    ticket          text CHECK ((source = 'support') = (ticket IS NOT NULL)),
    policy_version  text NOT NULL
);
CREATE INDEX ON platform.consent_events (user_id, at);

-- What is known of the past: each learner's state as of its last change.
INSERT INTO platform.consent_events (user_id, at, marketing, source, policy_version)
SELECT user_id, coalesce(marketing_changed_at, policy_accepted_at), marketing_opt_in, 'platform', policy_version
  FROM platform.consents;

-- Every change of the consent from now on, whoever writes it. The console's functions say in
-- the transaction who they act for (fx.consent_source, fx.consent_ticket); anything else is the
-- platform itself. Set-based, so that a bulk insert stays one statement.
CREATE FUNCTION platform.record_consent_events() RETURNS trigger
LANGUAGE plpgsql SET search_path = platform, pg_temp AS $$
DECLARE
    v_source text := coalesce(nullif(current_setting('fx.consent_source', true), ''), 'platform');
    v_ticket text := nullif(current_setting('fx.consent_ticket', true), '');
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO consent_events (user_id, at, marketing, source, ticket, policy_version)
        SELECT n.user_id, coalesce(n.marketing_changed_at, n.policy_accepted_at, now()), n.marketing_opt_in, v_source,
               CASE WHEN v_source = 'support' THEN v_ticket END, n.policy_version
          FROM new_rows n;
    ELSE
        INSERT INTO consent_events (user_id, at, marketing, source, ticket, policy_version)
        SELECT n.user_id, now(), n.marketing_opt_in, v_source, CASE WHEN v_source = 'support' THEN v_ticket END,
               n.policy_version
          FROM new_rows n JOIN old_rows o ON o.user_id = n.user_id
         WHERE n.marketing_opt_in IS DISTINCT FROM o.marketing_opt_in;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER consent_events_on_insert AFTER INSERT ON platform.consents
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.record_consent_events();
CREATE TRIGGER consent_events_on_update AFTER UPDATE ON platform.consents
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.record_consent_events();
