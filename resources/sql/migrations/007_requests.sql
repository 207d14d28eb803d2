-- Data-subject requests with their GDPR deadlines. The database computes due dates,
-- guards the state machine and logs every change; the console only shows and asks.
SET LOCAL ROLE fx_owner;

CREATE TABLE privacy.requests (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id             bigint NOT NULL REFERENCES platform.users,
    kind                text NOT NULL CHECK (kind IN ('export', 'erasure', 'rectification', 'restriction', 'objection')),
    status              text NOT NULL DEFAULT 'new'
                        CHECK (status IN ('new', 'in_progress', 'fulfilled', 'rejected', 'withdrawn')),
    ticket              text NOT NULL,
    identity_check      text NOT NULL,
    received_on         date NOT NULL,
    due_on              date NOT NULL,
    extended_months     smallint NOT NULL DEFAULT 0 CHECK (extended_months BETWEEN 0 AND 2),
    extension_reason    text,
    opened_by           text NOT NULL,
    opened_at           timestamptz NOT NULL DEFAULT now(),
    assignee            text,
    closed_by           text,
    closed_at           timestamptz,
    close_reason        text,
    export_sha256       text CHECK (export_sha256 ~ '^[0-9a-f]{64}$')
);
CREATE INDEX ON privacy.requests (due_on, id) WHERE status IN ('new', 'in_progress');
CREATE INDEX ON privacy.requests (user_id);

-- Who changed what and when, shown with the request.
CREATE TABLE privacy.request_events (
    request_id  bigint NOT NULL REFERENCES privacy.requests,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    staff       text NOT NULL DEFAULT session_user,
    event       text NOT NULL,
    note        text
);
CREATE INDEX ON privacy.request_events (request_id, at);
