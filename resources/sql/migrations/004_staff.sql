-- Staff logins: LOGIN roles that are members of exactly one fx_ group. Created and removed only
-- through these functions (fx_owner holds CREATEROLE; no staff login does). Passwords arrive as
-- SCRAM-SHA-256 verifiers computed by the client, so no plain password reaches the server.
SET LOCAL ROLE fx_owner;

CREATE TABLE privacy.staff (
    login           text PRIMARY KEY,
    display_name    text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL DEFAULT session_user
);
