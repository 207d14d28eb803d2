-- Personal-data breaches (Art. 33/34): the 72-hour clock from awareness, checklists,
-- risk triage, the Art. 33(3) content, notices in phases, the affected-people finder, a timeline
-- and the breach register (Art. 33(5)). Only the DPO and administrators see or change incidents.
-- Every time here is the server's, so no desktop clock can move the deadline.
SET LOCAL ROLE fx_owner;

INSERT INTO privacy.settings VALUES
    ('dpo_contact', 'Data protection officer, Fluxariont, privacy@fluxariont.example'),
    ('finder_sample', '5000')
    ON CONFLICT (key) DO NOTHING;

CREATE TABLE privacy.incidents (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title                   text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
    description             text NOT NULL DEFAULT '',
    reported_by             text NOT NULL DEFAULT '',
    detected_at             timestamptz NOT NULL,
    aware_at                timestamptz NOT NULL,
    -- Art. 33(1): 72 hours are 72 real hours, whatever the clocks do meanwhile.
    authority_deadline      timestamptz NOT NULL CHECK (extract(epoch FROM authority_deadline - aware_at) = 259200),
    opened_by               text NOT NULL DEFAULT session_user,
    opened_at               timestamptz NOT NULL DEFAULT now(),
    status                  text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    risk                    text CHECK (risk IN ('none', 'risk', 'high_risk')),
    risk_reasoning          text,
    -- Art. 34(3): (a) unintelligible, (b) high risk no longer likely, (c) disproportionate effort.
    subject_exception       text CHECK (subject_exception IN ('a', 'b', 'c')),
    exception_reasoning     text,
    -- Art. 33(3)(a)-(d).
    nature                  text NOT NULL DEFAULT '',
    subject_categories      text NOT NULL DEFAULT '',
    subjects_approx         bigint CHECK (subjects_approx >= 0),
    record_categories       text NOT NULL DEFAULT '',
    records_approx          bigint CHECK (records_approx >= 0),
    dpo_contact             text NOT NULL DEFAULT '',
    consequences            text NOT NULL DEFAULT '',
    measures                text NOT NULL DEFAULT '',
    closed_by               text,
    closed_at               timestamptz,
    close_summary           text,
    CHECK (detected_at <= aware_at AND aware_at <= opened_at),
    CHECK ((risk IS NULL) = (risk_reasoning IS NULL)),
    CHECK (subject_exception IS NULL OR (risk = 'high_risk' AND exception_reasoning IS NOT NULL)),
    CHECK ((status = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX ON privacy.incidents (status, authority_deadline);

-- The checklist of one incident, copied from the templates when it is opened. A section applies
-- always, when there is a risk, or when there is a high risk that must be communicated.
CREATE TABLE privacy.incident_items (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id     bigint NOT NULL REFERENCES privacy.incidents,
    section         text NOT NULL
                    CHECK (section IN ('containment', 'assessment', 'authority', 'subjects', 'documentation', 'lessons')),
    applies         text NOT NULL CHECK (applies IN ('always', 'risk', 'high_risk')),
    position        integer NOT NULL,
    key             text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{0,62}$'),
    title_en        text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 300),
    title_de        text NOT NULL CHECK (length(title_de) BETWEEN 1 AND 300),
    guidance_en     text NOT NULL DEFAULT '',
    guidance_de     text NOT NULL DEFAULT '',
    mandatory       boolean NOT NULL,
    done_by         text,
    done_at         timestamptz,
    note            text,
    UNIQUE (incident_id, section, key),
    CHECK ((done_by IS NULL) = (done_at IS NULL))
);
CREATE INDEX ON privacy.incident_items (incident_id, position);

-- Notices sent: to the authority, possibly in phases (Art. 33(4)); to the people concerned, or a
-- public communication instead (Art. 34(3)(c)). The Art. 33(3) content is kept as it was sent.
CREATE TABLE privacy.incident_notices (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id     bigint NOT NULL REFERENCES privacy.incidents,
    kind            text NOT NULL CHECK (kind IN ('authority', 'subjects', 'public')),
    phase           integer NOT NULL CHECK (phase >= 1),
    sent_at         timestamptz NOT NULL DEFAULT now(),
    sent_by         text NOT NULL DEFAULT session_user,
    reference       text NOT NULL DEFAULT '',
    note            text NOT NULL DEFAULT '',
    late            boolean NOT NULL,
    delay_reasons   text,
    content         jsonb NOT NULL,
    UNIQUE (incident_id, kind, phase)
);

-- Attached finder results: the query and what it found, never the list of people.
CREATE TABLE privacy.incident_findings (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id     bigint NOT NULL REFERENCES privacy.incidents,
    criteria        jsonb NOT NULL,
    people          bigint NOT NULL,
    categories      jsonb NOT NULL,
    found_by        text NOT NULL DEFAULT session_user,
    found_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE privacy.incident_events (
    incident_id     bigint NOT NULL REFERENCES privacy.incidents,
    at              timestamptz NOT NULL DEFAULT clock_timestamp(),
    staff           text NOT NULL DEFAULT session_user,
    event           text NOT NULL,
    note            text,
    details         jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX ON privacy.incident_events (incident_id, at);

-- The finder's time window with an address range reads sign-ins by time, without the table.
CREATE INDEX login_events_at ON platform.login_events (at) INCLUDE (ip, user_id);
