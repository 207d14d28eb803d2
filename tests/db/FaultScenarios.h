// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// One valid call of every function of schema privacy that changes data (the access log included),
// with the committed steps that make it valid. Roles: s support, d DPO, e a second DPO (four
// eyes), a admin. A step's first value is kept under its name: ${name} for a scalar,
// ${name.path.0.key} into JSON. ${support}, ${dpo}, ${admin} are logins, ${n} is unique per run,
// ${verifier} a SCRAM verifier of the staff password.
struct FaultStep {
    char role;
    const char* name;
    const char* sql;
};

struct FaultScenario {
    const char* function;
    QList<FaultStep> prepare;
    FaultStep call;
};

inline QList<FaultScenario> faultScenarios()
{
    const FaultStep openIncident{'d', "i",
                                 "SELECT privacy.incident_open('Lost laptop', 'A laptop was stolen.', now() - interval "
                                 "'2 hours', now() - interval '1 hour', 'IT desk', '[{\"section\": \"containment\", "
                                 "\"applies\": \"always\", \"key\": \"k1\", \"title_en\": \"Contain\", \"title_de\": "
                                 "\"Eindämmen\", \"mandatory\": true}]')"};
    const FaultStep openExport{'s', "r", "SELECT privacy.request_open(10, 'export', 'SUP-2', 'email', current_date)"};
    const FaultStep openErasure{'s', "r", "SELECT privacy.request_open(11, 'erasure', 'SUP-3', 'email', current_date)"};
    const FaultStep approve{'e', "", "SELECT privacy.erasure_decide(${r.id}, true, 'identity verified')"};
    const FaultStep approveExport{'e', "", "SELECT privacy.export_approve(${r.id}, 'identity verified')"};
    const FaultStep execute{'d', "", "SELECT privacy.erasure_execute(${r.id})"};
    const FaultStep addStaff{'a', "", "SELECT privacy.staff_add('fxf_new${n}', 'support', '${verifier}', NULL)"};
    const FaultStep describe{
        'd', "",
        "SELECT privacy.incident_describe(${i.id}, '{\"nature\": \"theft\", \"subject_categories\": "
        "\"learners\", \"subjects_approx\": 20, \"record_categories\": \"contact data\", \"records_approx\": "
        "20, \"consequences\": \"phishing\", \"measures\": \"passwords reset\"}')"};
    return {
        {"user_lock", {}, {'s', "", "SELECT privacy.user_lock(3, 'SUP-1', NULL)"}},
        {"user_unlock",
         {{'s', "", "SELECT privacy.user_lock(3, 'SUP-1', NULL)"}},
         {'s', "", "SELECT privacy.user_unlock(3, 'SUP-1', NULL)"}},
        {"user_revoke_sessions", {}, {'s', "", "SELECT privacy.user_revoke_sessions(4, 'SUP-1', NULL)"}},
        {"user_force_password_reset", {}, {'s', "", "SELECT privacy.user_force_password_reset(4, 'SUP-1', NULL)"}},
        {"user_withdraw_marketing", {}, {'s', "", "SELECT privacy.user_withdraw_marketing(5, 'SUP-1', NULL)"}},
        {"user_rectify", {}, {'d', "", "SELECT privacy.user_rectify(6, 'Anna', 'Beispiel', NULL, 'SUP-1', NULL)"}},
        {"user_restrict", {}, {'d', "", "SELECT privacy.user_restrict(7, 'accuracy disputed', 'SUP-1', NULL)"}},
        {"user_reveal", {}, {'s', "", "SELECT privacy.user_reveal(8, 'email', NULL, 'SUP-1', 'caller confirms')"}},
        {"user_summary", {}, {'s', "", "SELECT privacy.user_summary(9, 'SUP-1', NULL)"}},
        {"consent_history", {}, {'s', "", "SELECT privacy.consent_history(9, NULL, 'SUP-1', NULL)"}},
        {"user_rows",
         {},
         {'s', "", "SELECT count(*) FROM privacy.user_rows(9, 'enrollments', NULL, 10, 'SUP-1', NULL)"}},
        {"lookup", {}, {'s', "", "SELECT count(*) FROM privacy.lookup('example', 'SUP-1', NULL, 5)"}},
        {"log_refusal", {}, {'s', "", "SELECT privacy.log_refusal('lookup', '42501')"}},
        {"request_open", {}, openExport},
        {"request_get", {openExport}, {'s', "", "SELECT privacy.request_get(${r.id})"}},
        {"request_list", {}, {'s', "", "SELECT count(*) FROM privacy.request_list(NULL, NULL, NULL, NULL, 10)"}},
        {"request_assign", {openExport}, {'s', "", "SELECT privacy.request_assign(${r.id}, '${dpo}')"}},
        {"request_extend", {openExport}, {'s', "", "SELECT privacy.request_extend(${r.id}, 2, 'many systems')"}},
        {"request_set_status",
         {openExport},
         {'s', "", "SELECT privacy.request_set_status(${r.id}, 'in_progress', NULL)"}},
        {"export_approve", {openExport}, approveExport},
        {"export_begin", {openExport, approveExport}, {'d', "", "SELECT privacy.export_begin(${r.id})"}},
        // An export begins and finishes in one transaction (the console writes the files between).
        {"export_finish",
         {openExport, approveExport},
         {'d', "",
          "SELECT privacy.export_finish(${r.id}, repeat('ab', 32), 10, 1000) FROM (SELECT "
          "privacy.export_begin(${r.id})) begun"}},
        {"erasure_preview", {openErasure}, {'d', "", "SELECT privacy.erasure_preview(${r.id})"}},
        {"erasure_decide", {openErasure}, approve},
        {"erasure_execute", {openErasure, approve}, execute},
        {"processor_task_done",
         {openErasure,
          approve,
          execute,
          {'d', "t", "SELECT id FROM privacy.processor_tasks_of(${r.id}) ORDER BY id LIMIT 1"}},
         {'d', "", "SELECT privacy.processor_task_done(${t}, 'confirmed by the processor')"}},
        {"erasure_reapply", {}, {'d', "", "SELECT privacy.erasure_reapply('[]')"}},
        {"retention_purge", {}, {'d', "", "SELECT count(*) FROM privacy.retention_purge(false, current_date)"}},
        {"audit_refresh", {}, {'d', "", "SELECT privacy.audit_refresh()"}},
        {"audit_set_setting", {}, {'d', "", "SELECT privacy.audit_set_setting('anomaly_factor', '4')"}},
        {"audit_note_report", {}, {'d', "", "SELECT privacy.audit_note_report('pdf', 10, '{}')"}},
        {"audit_note_verified", {}, {'d', "", "SELECT privacy.audit_note_verified(10, true)"}},
        {"audit_note_checkpoint", {}, {'d', "", "SELECT privacy.audit_note_checkpoint(10, '0123456789abcdef')"}},
        {"audit_activity",
         {},
         {'d', "",
          "SELECT count(*) FROM privacy.audit_activity(now() - interval '1 day', now(), NULL, NULL, NULL, NULL, "
          "NULL, false, false, false, 'hour')"}},
        {"audit_page",
         {},
         {'d', "",
          "SELECT count(*) FROM privacy.audit_page(NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, false, false, "
          "NULL, NULL, 10)"}},
        // A second DPO's look at a learner without ticket or open request is flagged; the DPO reviews it.
        {"anomaly_review",
         {{'e', "", "SELECT privacy.user_summary(9, NULL, 'spot check')"},
          {'d', "x",
           "SELECT id FROM privacy.audit_page(NULL, NULL, NULL, NULL, 'user.view', 9, NULL, false, true, false, NULL, "
           "NULL, 1)"}},
         {'d', "", "SELECT privacy.anomaly_review(${x}, 'justified', 'spot check agreed with the DPO')"}},
        {"incident_open", {}, openIncident},
        {"incident_get", {openIncident}, {'d', "", "SELECT privacy.incident_get(${i.id})"}},
        {"incident_list", {openIncident}, {'d', "", "SELECT count(*) FROM privacy.incident_list()"}},
        {"incident_register", {openIncident}, {'d', "", "SELECT count(*) FROM privacy.incident_register()"}},
        {"incident_note_register", {}, {'d', "", "SELECT privacy.incident_note_register('pdf', 1)"}},
        {"incident_describe", {openIncident}, describe},
        {"incident_tick",
         {openIncident, {'d', "g", "SELECT privacy.incident_get(${i.id})"}},
         {'d', "", "SELECT privacy.incident_tick(${g.items.0.id}, true, 'done')"}},
        {"incident_triage",
         {openIncident},
         {'d', "", "SELECT privacy.incident_triage(${i.id}, 'none', 'no personal data on the disk', NULL, NULL)"}},
        {"incident_notify",
         {openIncident,
          describe,
          {'d', "", "SELECT privacy.incident_triage(${i.id}, 'risk', 'contact data of learners', NULL, NULL)"}},
         {'d', "", "SELECT privacy.incident_notify(${i.id}, 'authority', 'LDI-1', NULL, NULL)"}},
        {"incident_close",
         {openIncident,
          {'d', "g", "SELECT privacy.incident_get(${i.id})"},
          {'d', "", "SELECT privacy.incident_tick(${g.items.0.id}, true, 'done')"},
          {'d', "", "SELECT privacy.incident_triage(${i.id}, 'none', 'no personal data on the disk', NULL, NULL)"}},
         {'d', "", "SELECT privacy.incident_close(${i.id}, 'disk was encrypted')"}},
        {"incident_find",
         {},
         {'d', "",
          "SELECT privacy.incident_find(jsonb_build_object('from', now() - interval '30 days', 'to', now()))"}},
        {"incident_attach_finding",
         {openIncident},
         {'d', "",
          "SELECT privacy.incident_attach_finding(${i.id}, jsonb_build_object('from', now() - interval '30 days', "
          "'to', now()))"}},
        {"incident_affected",
         {openIncident,
          {'d', "f",
           "SELECT privacy.incident_attach_finding(${i.id}, jsonb_build_object('from', now() - interval '3000 days', "
           "'to', now()))"}},
         {'d', "", "SELECT count(*) FROM privacy.incident_affected(${f.id})"}},
        {"map_apply",
         {},
         {'a', "", "SELECT privacy.map_apply(privacy.map_show() -> 'map', md5('${n}') || md5('${n}x'), true)"}},
        {"policy_set", {}, {'a', "", "SELECT privacy.policy_set('request_warn_days', '5')"}},
        {"processor_save",
         {},
         {'a', "",
          "SELECT privacy.processor_save(NULL, 'Mailer ${n} Ltd', 'communication', 'dpo@mailer.example', "
          "'https://mailer.example/delete', 'DPA-7', NULL)"}},
        {"retention_set",
         {},
         {'a', "",
          "SELECT privacy.retention_set('invoices', 'retain', 12, 'Tax law (AO section 147)', 'Steuerrecht (AO § "
          "147)')"}},
        {"staff_add", {}, addStaff},
        {"staff_set_role", {addStaff}, {'a', "", "SELECT privacy.staff_set_role('fxf_new${n}', 'dpo')"}},
        {"staff_set_enabled", {addStaff}, {'a', "", "SELECT privacy.staff_set_enabled('fxf_new${n}', false)"}},
        {"staff_remove", {addStaff}, {'a', "", "SELECT privacy.staff_remove('fxf_new${n}')"}},
        {"staff_recertify", {addStaff}, {'a', "", "SELECT privacy.staff_recertify('fxf_new${n}')"}},
    };
}
