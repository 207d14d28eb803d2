<?php
// SPDX-License-Identifier: GPL-3.0-or-later
// Moodle itself reads a user the console erased: its API sees Moodle's deleted-user shape, its
// lists leave the user out, and the user's forum posts stay, blanked. Exits 1 with what differs.
//   php resources/moodle/read-erased-user.php MOODLE_CONFIG_PHP USER_ID
define('CLI_SCRIPT', true);
require $argv[1];
$id = (int)$argv[2];
$failed = [];
$check = function (string $what, bool $ok) use (&$failed) {
    mtrace(($ok ? 'ok   ' : 'FAIL ') . $what);
    if (!$ok) {
        $failed[] = $what;
    }
};

$user = core_user::get_user($id);
$check('core_user::get_user finds the row', $user !== false);
$check('the row is deleted (deleted = 1)', $user && (int)$user->deleted === 1);
$check('the email is the MD5 of a login name', $user && preg_match('/^[0-9a-f]{32}$/', $user->email) === 1);
$check('the ID number and picture are cleared', $user && $user->idnumber === '' && (int)$user->picture === 0);
$check('fullname() renders', $user && is_string(fullname($user)));
$check('get_complete_user_data refuses a deleted user', get_complete_user_data('id', $id) === false);
$check('the user is not among the site\'s users',
    !array_key_exists($id, get_users(true, '', false, null, 'id ASC', '', '', '', 5000)));
$posts = $DB->get_records('forum_posts', ['userid' => $id]);
$check('the forum posts stay with the deleted user (' . count($posts) . ')',
    count(array_filter($posts, fn($p) => $p->message !== '')) === 0);
exit($failed ? 1 : 0);
