-- What a platform other than the reference one needs of the map: addresses kept as text, exact
-- identities of its own (a login name, an institution's number), operations that add the row
-- they set (a preference), and erasure values computed from the row they replace.
SET LOCAL ROLE fx_owner;

-- An IP address kept as text, as an inet, or NULL where the text is none or the unspecified
-- address (0.0.0.0, ::), which platforms write for "not known": an expression index on it lets
-- look-up and the incident finder search such a column by network. Not parallel safe: the
-- exception block is a subtransaction, which a parallel scan or index build cannot start.
CREATE FUNCTION privacy.inet_or_null(p_text text) RETURNS inet
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL UNSAFE AS $$
BEGIN
    IF p_text !~ '^[0-9a-fA-F:.]{2,45}(/[0-9]{1,3})?$' THEN
        RETURN NULL;
    END IF;
    RETURN nullif(nullif(p_text::inet, '0.0.0.0'), '::');
EXCEPTION WHEN invalid_text_representation THEN
    RETURN NULL;
END
$$;

-- An operation may name columns that pick its row among the learner's rows of a table; where no
-- such row exists, it adds one with those values and the ones it sets.
ALTER TABLE privacy.map_operations ADD COLUMN match_columns jsonb NOT NULL DEFAULT '{}';

-- An erased column may become the hash of another column's value before erasure (as a platform
-- keeps it to recognise a restored backup of the same person).
ALTER TABLE privacy.erasure_columns DROP CONSTRAINT erasure_columns_action_check,
                                    DROP CONSTRAINT erasure_columns_check;
ALTER TABLE privacy.erasure_columns ADD CHECK (action IN ('null', 'value', 'uuid', 'now', 'hash')),
                                    ADD CHECK ((action IN ('value', 'hash')) = (value IS NOT NULL));

-- The rows of a look-up name the reference that matched themselves; the signature changes.
DROP FUNCTION IF EXISTS privacy.mapped_lookup_rows(privacy.lookup_hit[], boolean, jsonb);
DROP FUNCTION IF EXISTS privacy.map_set_findings(regclass, text, jsonb, text);

-- An anonymized table may keep the learner's key in its subject columns, pointing at the
-- erased account's row that stays (as a platform expects of a deleted person's posts).
ALTER TABLE privacy.erasure_rules ADD COLUMN keeps_key boolean NOT NULL DEFAULT false;

-- The whole-number columns of a mapped table that count seconds since 1970 (the map's "seconds"
-- patterns), which the picture shows as times.
ALTER TABLE privacy.export_tables ADD COLUMN seconds name[] NOT NULL DEFAULT '{}';
