-- SPDX-License-Identifier: GPL-3.0-or-later
-- The access log's append-only trigger gives its refusal a code, as every privacy function does
-- (the convention is in resources/sql/README.md). The trigger function stays versioned: the
-- triggers of the access log were created with it.
SET LOCAL ROLE fx_owner;

CREATE OR REPLACE FUNCTION privacy.refuse_log_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = privacy, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'the access log is append-only: % is refused', tg_op
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'fx:log.append_only ' || json_build_object('operation', tg_op);
END
$$;
