<?php
// SPDX-License-Identifier: GPL-3.0-or-later
// What Moodle's generators leave empty on a test site, done through Moodle's own API as its pages
// do: five learners get an ID number, a phone, a city and an address they log in from (a session,
// a log row, lastip); the first one replies in a forum, exchanges messages with the second and
// sets preferences. Run once after admin/tool/generator/cli/maketestsite.php:
//   php resources/moodle/live-site.php MOODLE_CONFIG_PHP
define('CLI_SCRIPT', true);
require $argv[1];
// lib/setup.php refuses a CLI script with a client address; the logins need one afterwards.
$_SERVER['REMOTE_ADDR'] = '10.1.2.3';
require_once($CFG->dirroot . '/user/lib.php');
require_once($CFG->dirroot . '/message/lib.php');
require_once($CFG->dirroot . '/mod/forum/externallib.php');
$CFG->noemailever = true; // no mail server on a test machine

$learners = [
    'tool_generator_000001' => ['STU-2026-0001', '+49 30 5550101', 'Berlin', 'DE', '10.1.2.3'],
    'tool_generator_000002' => ['STU-2026-0002', '+420 2 5550102', 'Praha', 'CZ', '10.1.2.4'],
    'tool_generator_000003' => ['STU-2026-0003', '+49 89 5550103', 'München', 'DE', '10.1.2.5'],
    'tool_generator_000004' => ['STU-2026-0004', '+420 5 5550104', 'Brno', 'CZ', '10.1.2.6'],
    'tool_generator_000005' => ['STU-2026-0005', '+49 40 5550105', 'Hamburg', 'DE', '192.168.7.20'],
];
\core\session\manager::set_user(get_admin());
foreach ($learners as $username => [$idnumber, $phone, $city, $country, $ip]) {
    $user = $DB->get_record('user', ['username' => $username, 'mnethostid' => $CFG->mnet_localhost_id], '*', MUST_EXIST);
    user_update_user((object)['id' => $user->id, 'idnumber' => $idnumber, 'phone1' => $phone, 'city' => $city,
        'country' => $country], false, true);
    // The login page's own function: a session row, lastip, the user_loggedin event.
    $_SERVER['REMOTE_ADDR'] = $ip;
    session_id(bin2hex(random_bytes(16)));
    @complete_user_login(get_complete_user_data('id', $user->id)); // '@': no PHP session to regenerate in CLI
}

$active = get_complete_user_data('username', 'tool_generator_000001');
$other = get_complete_user_data('username', 'tool_generator_000002');
$_SERVER['REMOTE_ADDR'] = '10.1.2.3';
session_id(bin2hex(random_bytes(16)));
@complete_user_login($active);

$forum = $DB->get_record('forum', ['type' => 'general'], '*', IGNORE_MULTIPLE);
$cm = get_coursemodule_from_instance('forum', $forum->id, $forum->course, false, MUST_EXIST);
\core\event\course_viewed::create(['context' => context_course::instance($forum->course)])->trigger();
user_accesstime_log($forum->course);
$discussion = $DB->get_record('forum_discussions', ['forum' => $forum->id], '*', IGNORE_MULTIPLE);
mod_forum_external::add_discussion_post($discussion->firstpost, 'Re: ' . $discussion->name,
    '<p>I think the answer to question 2 is in chapter 3 of the reading.</p>', [], FORMAT_HTML);

message_post_message($active, $other, 'Are you going to the study group on Thursday?', FORMAT_MOODLE);
\core\session\manager::set_user($other);
message_post_message($other, $active, 'Yes, see you at 5pm in the library.', FORMAT_MOODLE);
\core\session\manager::set_user($active);
set_user_preference('htmleditor', 'tiny', $active);
set_user_preference('block_myoverview_user_sort_preference', 'lastaccessed', $active);

get_log_manager()->dispose(); // the log store writes its buffer at shutdown otherwise
mtrace('live-site: five learners logged in; a forum reply, two messages and preferences written');
