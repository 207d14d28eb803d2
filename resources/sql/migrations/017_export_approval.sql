-- SPDX-License-Identifier: GPL-3.0-or-later
-- Whether an export request needs the approval of a data protection officer (not the one who
-- opened it) before it can be built. On by default, as in Moodle's data privacy tool. The approval
-- is recorded in the request's approval columns, as an erasure's is (010_erasure.sql).
SET LOCAL ROLE fx_owner;

INSERT INTO privacy.settings VALUES ('export_needs_approval', 'true') ON CONFLICT (key) DO NOTHING;
