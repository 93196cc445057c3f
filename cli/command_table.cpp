#include "command.h"
#include "core/translate.h"
#include "core/unicode_text.h"

#include <sstream>

namespace relief::cli {

namespace {

const Option at_option{"--at", "WHEN", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "when it happened: YYYY-MM-DDTHH:MM local time (default: now)")};
const Option zone_option{"--zone", "AREA/CITY",
                         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "the time zone you were in, when travelling (default: the journal's)")};

}  // namespace

const std::vector<Command>& commands() {
    static const std::vector<Command> list{
        {"init", "", 0, 0,
         {{"--zone", "AREA/CITY", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "your home time zone (default: this computer's)")}},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "create a new journal"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "The journal is one file, readable only by you. Schedules run on the home zone's clock.\n"
         "Example:\n  relief init --zone Europe/Berlin"),
         run_init},
        {"profile set", "", 0, 0,
         {{"--name", "NAME", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "your name, shown on reports (optional)")},
          {"--birth-year", "YEAR", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "year of birth, e.g. 1961")},
          {"--birth-date", "DATE", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "date of birth, YYYY-MM-DD (sets the year too; '' clears it)")},
          {"--identifier", "TEXT", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "a hospital or insurance number for reports (optional; '' clears it)")},
          {"--identifier-system", "TEXT", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "whose number it is: a URI such as urn:oid:1.2.3, or a label")},
          {"--condition", "NAME[,NAME...]", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "conditions, e.g. multiple-sclerosis,kidney-disease (replaces the list)")},
          {"--no-conditions", "", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "clear the list of conditions")},
          {"--onset", "DATE", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "the day the current pain began, YYYY-MM-DD")},
          {"--zone", "AREA/CITY", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "change the home time zone")}},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "set what the analyser should know about you"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "Example:\n  relief profile set --birth-year 1961 --condition multiple-sclerosis --onset 2026-03-01"),
         run_profile_set},
        {"profile show", "", 0, 0, {}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "show the profile"), "", run_profile_show},
        {"med add", "NAME", 1, 1,
         {{"--dose", "AMOUNT", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "one dose, such as 5mg or 0.5g (required)")},
          {"--times", "HH:MM,...", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "scheduled times each day, such as 08:00,14:00,20:00")},
          {"--as-needed", "", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "taken when needed (may be combined with --times)")},
          {"--max-daily", "AMOUNT", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "the most your prescriber allows per day")},
          {"--start", "DATE", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "first day (default: today)")},
          {"--class", "CLASS", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "for a drug the catalogue does not know: its class, or 'other'")}},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "add a medication"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "NAME is an ingredient or a brand: 'Flexeril' is cyclobenzaprine, 'Amrix' its extended-release form.\n"
         "Examples:\n  relief med add Flexeril --dose 5mg --times 08:00,14:00,20:00\n"
         "  relief med add ibuprofen --dose 400mg --as-needed --max-daily 1200mg\n"
         "  relief med add 'Herbal sleep tea' --dose 1mg --as-needed --class sedative"),
         run_med_add},
        {"med stop", "NAME", 1, 1,
         {{"--on", "DATE", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "the last day you take it (default: today)")},
          {"--taper", "", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "you are stopping on a taper plan from your clinician")}},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "record that a medication stops"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "Baclofen and tizanidine should not be stopped suddenly: ask your clinician for a plan.\n"
         "Example:\n  relief med stop baclofen --on 2026-04-30 --taper"),
         run_med_stop},
        {"med edit", "NAME", 1, 1,
         {{"--dose", "AMOUNT", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "a new dose")},
          {"--times", "HH:MM,...", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "new scheduled times")},
          {"--no-times", "", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "no scheduled times any more (as needed only)")},
          {"--as-needed", "", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "may also be taken as needed")},
          {"--no-as-needed", "", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "no longer taken as needed")},
          {"--max-daily", "AMOUNT|none", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "the prescribed maximum per day")},
          {"--start", "DATE", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "correct the first day")}},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "correct a medication (the previous version is kept)"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "A correction applies to the whole medication, past days included (for a medication with\n"
         "prescription changes: to its first prescription). When the dose or times change from a\n"
         "given day on, use 'relief med change' instead: the days before keep their prescription.\n"
         "Example:\n  relief med edit Flexeril --times 08:00,20:00"),
         run_med_edit},
        {"med change", "NAME", 1, 1,
         {{"--from", "DATE", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "the first day of the new prescription (required)")},
          {"--dose", "AMOUNT", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "the new dose (default: as before)")},
          {"--times", "HH:MM,...", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "the new scheduled times (default: as before)")},
          {"--no-times", "", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "no scheduled times from then on (as needed only)")},
          {"--as-needed", "", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "may also be taken as needed from then on")},
          {"--no-as-needed", "", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "no longer taken as needed from then on")},
          {"--remove", "", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "undo the change from --from (it stays in the history)")}},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "change a prescription from a given day (titration, taper step)"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "The days before --from keep the earlier prescription: scheduled doses, adherence and the\n"
         "dose a logged dose defaults to follow the prescription of each day. A second change from\n"
         "the same day replaces the first; both stay in the journal's history. A taper entered as\n"
         "falling doses is a taper plan to the withdrawal alert. --from may be in the future.\n"
         "Examples:\n  relief med change baclofen --dose 10mg --from 2026-03-05\n"
         "  relief med change Flexeril --dose 10mg --times 08:00,20:00 --from 2026-03-05\n"
         "  relief med change baclofen --from 2026-03-05 --remove"),
         run_med_change},
        {"med list", "", 0, 0, {}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "list medications"), "", run_med_list},
        {"log pain", "SCORE", 1, 1,
         {at_option,
          {"--location", "L[,L...]", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "where: back, neck, left-leg, left-calf, ...")},
          {"--where", "L[,L...]", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "the same as --location")},
          {"--quality", "Q[,Q...]", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "what it feels like: aching, spasm, burning, shooting, ...")},
          zone_option},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "log a pain score from 0 (none) to 10 (worst imaginable)"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "Everyday words are understood: 'back' is the lower back, 'left leg' is left-leg,\n"
         "'pins and needles' is tingling.\n"
         "Example:\n  relief log pain 6 --location lower-back --quality spasm,stiffness\n"
         "  relief log pain 4 --where \"left leg\" --quality \"pins and needles\""),
         run_log_pain},
        {"log dose", "NAME [AMOUNT]", 1, 2,
         {at_option, {"--skipped", "", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "the dose was skipped")}, zone_option},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "log a dose taken (or skipped) of one of your medications"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "AMOUNT defaults to the medication's dose.\n"
         "Examples:\n  relief log dose Flexeril\n  relief log dose ibuprofen 600mg --at 2026-03-01T13:30\n"
         "  relief log dose baclofen --skipped"),
         run_log_dose},
        {"log side-effect", "NAME", 1, 1,
         {{"--severity", "mild|moderate|severe", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "how bad (default: mild)")}, at_option, zone_option},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "log a side effect such as drowsiness, dizziness or dry-mouth"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "Example:\n  relief log side-effect drowsiness --severity moderate"), run_log_side_effect},
        {"log cramp", "", 0, 0,
         {at_option, {"--location", "L", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "where, such as left-calf")}, {"--where", "L", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "the same as --location")},
          {"--minutes", "N", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "how long it lasted")}, {"--severity", "0-10", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "how bad")}, zone_option},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "log a muscle cramp"), RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "Example:\n  relief log cramp --location left-calf --minutes 5 --severity 6"),
         run_log_cramp},
        {"log measure", "KIND", 1, 1,
         {at_option, {"--minutes", "N", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "how long")}, zone_option},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "log heat, ice, stretching, activity, exercise, physical-therapy, massage or rest"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "Example:\n  relief log measure heat --minutes 20"), run_log_measure},
        {"log fluids", "GLASSES", 1, 1, {at_option, zone_option}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "log glasses of water or other fluids"),
         "", run_log_fluids},
        {"log alcohol", "DRINKS", 1, 1, {at_option, zone_option}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "log alcoholic drinks"), "",
         run_log_alcohol},
        {"log symptom", "NAME", 1, 1, {at_option, zone_option},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "log a symptom, such as fever, leg-weakness or bladder-control-loss"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "Some symptoms need urgent care; the analyser flags them: bladder-control-loss,\n"
         "bowel-control-loss, urinary-retention (\"can't pee\"), saddle-numbness, leg-weakness,\n"
         "foot-drop, fever with back pain, pain-after-fall, night-pain, unexplained-weight-loss.\n"
         "Example:\n  relief log symptom \"pins and needles\""),
         run_log_symptom},
        {"log note", "TEXT", 1, 1, {at_option, zone_option}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "log a note in your own words"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "Example:\n  relief log note \"Slept badly, back stiff in the morning\""), run_log_note},
        {"log peg", "PAIN ENJOYMENT ACTIVITY", 3, 3, {at_option, zone_option},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "log the PEG: pain, and how it interfered with enjoyment and activity (0-10 each)"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "The PEG scale (Krebs et al. 2009) asks about the past week:\n"
         "  PAIN        what number best describes your pain on average (0 no pain - 10 as bad as you can imagine)\n"
         "  ENJOYMENT   how pain has interfered with your enjoyment of life (0 not at all - 10 completely)\n"
         "  ACTIVITY    how pain has interfered with your general activity (0 not at all - 10 completely)\n"
         "Its score is the mean of the three. Weekly is enough. Example:\n  relief log peg 6 5 7"),
         run_log_peg},
        {"log sleep", "HOURS", 1, 1,
         {{"--quality", "0-10", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "how well you slept (0 very poorly - 10 very well)")}, at_option, zone_option},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "log last night's sleep"), RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "HOURS such as 7, 6.5h, 6h30 or 6:30. Example:\n  relief log sleep 6.5h --quality 4"),
         run_log_sleep},
        {"log pgic", "ANSWER", 1, 1, {at_option, zone_option},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "log your impression of change since the treatment began (1-7)"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "The Patient Global Impression of Change: 1 very much improved, 2 much improved,\n"
         "3 minimally improved, 4 no change, 5 minimally worse, 6 much worse, 7 very much worse.\n"
         "The words work too. Example:\n  relief log pgic 3\n  relief log pgic \"no change\""),
         run_log_pgic},
        {"goal add", "TEXT", 1, 1, {}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "add a personal function goal in your own words (two at most)"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "Examples:\n  relief goal add \"walk the dog 20 minutes\"\n  relief goal add \"sit through a work day\""),
         run_goal_add},
        {"goal list", "", 0, 0, {}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "list your goals"), "", run_goal_list},
        {"goal done", "GOAL", 1, 1, {{"--not-met", "", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "log that you did not manage it that day")}, at_option, zone_option},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "check a goal off for the day (GOAL: its number or its words)"), RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "Example:\n  relief goal done 1"),
         run_goal_done},
        {"goal remove", "GOAL", 1, 1, {}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "remove a goal (the days checked off stay)"), "", run_goal_remove},
        {"day", "[DATE]", 0, 1, {}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "show what was logged on a day (default: today)"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "Each scheduled dose shows as taken, taken late (over 60 minutes after its time), skipped,\n"
         "overdue (its time has passed), missed (6 hours passed and nothing logged) or upcoming."), run_day},
        {"alerts", "", 0, 0,
         {{"--as-of", "DATE", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "analyse as of this day (default: today)")},
          {"--json", "", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "stable JSON for other programs (docs/alerts.md)")},
          {"--all", "", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "also list earlier alerts that are no longer current")}},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "check the journal against the guidance and list alerts"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "Each alert says why (the evidence), where the guidance comes from, and what to do.\n"
         "The rules are in docs/rules.md; their thresholds in 'relief settings'."),
         run_alerts},
        {"alert discuss", "ID", 1, 1, {}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "mark an alert as discussed with your clinician"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "The alert stays in the history; it shows again only if it becomes more serious."), run_alert_discuss},
        {"report", "", 0, 0,
         {{"-o", "FILE", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "where to write (required)")},
          {"--format", "pdf|html|csv|fhir", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "the format (default: from the file name: .pdf .html .csv .json)")},
          {"--from", "DATE", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "first day (default: the last visit, or 30 days ago)")},
          {"--to", "DATE", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "last day (default: today)")},
          {"--paper", "a4|letter", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "PDF paper size (default: a4)")},
          {"--fhir-bundle", "document|transaction",
           RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "FHIR only: a document Bundle to hand over (default), or a transaction to POST to a FHIR server")},
          {"--language", "en|es|de",
           RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "the language of the report, for a clinician who reads another one (default: the messages' language)")}},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "write a visit report for your clinician"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "PDF and HTML to read or print; CSV for spreadsheets; FHIR R4 JSON for other software\n"
         "(docs/report-formats.md, docs/fhir-mapping.md). Examples:\n"
         "  relief report -o visit.pdf\n  relief report --from 2026-03-01 --to 2026-03-31 --format csv -o march.csv\n"
         "  relief report --format fhir --fhir-bundle transaction -o upload.json"),
         run_report},
        {"visit record", "[DATE]", 0, 1, {}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "record a visit to your clinician (default: today)"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "The next report then starts on that day."), run_visit_record},
        {"reminders status", "", 0, 0, {{"--zone", "AREA/CITY", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "plan on this zone's clock (default: this computer's)")}},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "say whether reminders are on and what rings next, and why"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "Reminders come from relief-reminders, a service that runs while the app is closed\n"
         "(docs/reminders.md). Switch them on in the app, or with\n"
         "  relief settings set reminders.enabled yes"),
         run_reminders_status},
        {"reminders test", "", 0, 0, {}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "show a test notification now"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "Nothing is logged. It fails when the desktop has no notification service."), run_reminders_test},
        {"settings", "", 0, 0, {}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "show the analyser's thresholds and the reminder settings"), "", run_settings},
        {"settings set", "KEY VALUE", 2, 2, {}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "change a threshold, a daily maximum or a reminder setting"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "Examples:\n  relief settings set threshold.short-term-warning-day 29\n"
         "  relief settings set max-daily.baclofen 60mg\n"
         "  relief settings set reminders.quiet-hours 22:00-07:00"),
         run_settings_set},
        {"settings reset", "KEY", 1, 1, {}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "put a threshold or a reminder setting back to its default"), "", run_settings_reset},
        {"delete", "ID", 1, 1, {}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "delete an entry (it stays in the history and can be restored)"), "",
         run_delete},
        {"restore", "ID", 1, 1, {}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "restore a deleted entry"), "", run_restore},
        {"history", "ID", 1, 1, {}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "show every version of an entry"), "", run_history},
        {"export", "", 0, 0, {{"-o", "FILE.csv", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "where to write (required)")}},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "export the whole journal, history included, to CSV"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "The format is documented in docs/csv-format.md."), run_export},
        {"import", "FILE.csv", 1, 1, {}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "import a CSV export (all or nothing)"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "Entries already in the journal are not doubled. Into a journal that does not exist yet,\n"
         "import creates it in the export's home time zone."),
         run_import},
        {"backup", "", 0, 0, {{"-o", "FILE", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "where to write (required)")}},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "write a consistent copy of the journal"), "", run_backup},
        {"share init", "FOLDER", 1, 1,
         {{"--name", "NAME", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "what to call this device, such as laptop (default: the computer's name)")},
          {"--passphrase", "", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "use a passphrase of your own, read from the input, instead of new words")}},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "share this journal through a folder that a sync tool keeps in step"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "Choose a folder that Syncthing, Nextcloud, a network share or a USB stick keeps the\n"
         "same on your devices. The changes written there are encrypted with a key made of 16\n"
         "words, shown once: type them on each device that joins (docs/sharing.md).\n"
         "Example:\n  relief share init ~/Sync/relief --name laptop"),
         run_share_init},
        {"share join", "FOLDER", 1, 1,
         {{"--name", "NAME", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "what to call this device (default: the computer's name)")},
          {"--read-only", "", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "follow the journal without changing it (a caregiver's device)")}},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "join a journal shared in a folder"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "Type the share's words (or passphrase) when asked, or give them on the first line of\n"
         "input. Joining in full merges this journal with the shared one; a read-only device\n"
         "starts from a new journal file.\n"
         "Example:\n  relief --journal ~/mum.db share join ~/Sync/relief --read-only --name carer"),
         run_share_join},
        {"share status", "", 0, 0, {}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "say where the journal is shared and when the other devices last changed it"),
         "", run_share_status},
        {"share sync", "", 0, 0, {},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "send this device's changes and take the others'"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "The app does this by itself every minute while it is open. A file another device is\n"
         "still copying, or one that is damaged, is named and left for the next time."),
         run_share_sync},
        {"share key", "", 0, 0, {}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "show the share's words again (on the device that created it)"),
         "", run_share_key},
        {"share notify", "on|off", 1, 1, {},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "tell a caregiver when a dose is not logged within an hour"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "On the person's device it lets caregivers who follow the journal be told; on a\n"
         "caregiver's device it switches the telling on: relief-reminders syncs the share each\n"
         "minute and shows a notification for each scheduled dose not logged (taken or skipped)\n"
         "an hour after its time, once. Both must be on."),
         run_share_notify},
        {"share leave", "", 0, 0, {}, RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "stop sharing this journal (it keeps everything)"), "",
         run_share_leave},
        {"demo", "", 0, 0,
         {{"--weeks", "N", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "how many weeks of story (default: 8)")},
          {"--seed", "S", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "another seed tells another story (default: 1)")},
          {"--zone", "AREA/CITY", RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "time zone for a new demo journal")}},
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "fill an empty journal with a realistic example story"),
         RELIEF_TRANSLATE_NOOP("relief::cli::command_table", "Try it on a scratch journal:\n  relief --journal /tmp/demo.db demo\n  relief --journal /tmp/demo.db day"),
         run_demo},
    };
    return list;
}

namespace {

constexpr const char* context = "relief::cli::command_table";

// Pads by the characters a person sees, not by bytes ("añadir" is six characters and seven
// bytes), and lines up each further line of a translated text under its first.
std::string row(const std::string& left, std::size_t width, const std::string& text) {
    std::string out = left;
    const std::size_t shown = character_count(left);
    if (shown < width) out.append(width - shown, ' ');
    else out += "\n" + std::string(width, ' ');
    for (char ch : text) {
        out += ch;
        if (ch == '\n') out.append(width, ' ');
    }
    return out + "\n";
}

// A summary starts a sentence in the command's help; only an ASCII letter is raised, so a
// translation's first letter is never cut in half.
std::string sentence(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = char(text[0] - 'a' + 'A');
    return text;
}

}  // namespace

std::string command_summary(const Command& c) { return translate(context, c.summary.c_str()); }

std::string command_help(const Command& c) {
    std::ostringstream out;
    // The command, its options and its values are typed as they are, in every language.
    const std::string synopsis =
        "relief " + c.name + (c.options.empty() ? "" : " [options]") + (c.operands.empty() ? "" : " " + c.operands);
    out << fill(translate("relief::cli::command_table", "Usage: %1"), {synopsis}) << "\n\n"
        << fill(translate("relief::cli::command_table", "%1."), {sentence(command_summary(c))}) << "\n";
    if (!c.options.empty()) {
        out << "\n" << translate("relief::cli::command_table", "Options:") << "\n";
        for (const auto& o : c.options)
            out << row("  " + o.name + (o.value_name.empty() ? "" : " " + o.value_name), 26,
                       translate(context, o.help.c_str()));
    }
    if (!c.details.empty()) out << "\n" << translate(context, c.details.c_str()) << "\n";
    return out.str();
}

std::string main_help() {
    std::ostringstream out;
    out << fill(translate("relief::cli::command_table", "Usage: %1"),
                {"relief [--journal FILE] [--today YYYY-MM-DD[THH:MM]] [--read-only] [--lang LANG] COMMAND ..."})
        << "\n\n"
        << translate("relief::cli::command_table", "Relief Journal: a private journal of pain, muscle relaxants and what helps.") << "\n\n"
        << translate("relief::cli::command_table", "Commands:") << "\n";
    for (const auto& c : commands()) out << row("  " + c.name + (c.operands.empty() ? "" : " " + c.operands), 30, command_summary(c));
    out << "\n" << translate("relief::cli::command_table", "Options for every command:") << "\n"
        << row("  --journal FILE", 30,
               translate("relief::cli::command_table", "the journal file (default: $RELIEF_JOURNAL, else\n"
                                  "$XDG_DATA_HOME/relief-journal/journal.db)"))
        << row("  --today YYYY-MM-DD[THH:MM]", 30,
               translate("relief::cli::command_table", "act as if today were this day (and, with a time, this minute)"))
        << row("  --read-only", 30, translate("relief::cli::command_table", "open the journal without changing it (caregiver's view)"))
        << row("  --lang LANG", 30,
               translate("relief::cli::command_table", "the language of messages and reports: en, es or de (default:\n"
                                  "the one chosen in the app, else the system's)"))
        << row("  --help", 30, translate("relief::cli::command_table", "help for relief or for one command"))
        << row("  --version", 30, translate("relief::cli::command_table", "the version")) << "\n"
        << translate("relief::cli::command_table", "Start with:\n  relief init\n  relief med add Flexeril --dose 5mg --times 08:00,14:00,20:00\n"
                              "  relief log pain 6 --location lower-back --quality spasm\n  relief day")
        << "\n\n"
        << translate("relief::cli::command_table", "'relief COMMAND --help' explains a command. Exit codes: 0 done, 1 failed, 2 bad input.")
        << "\n";
    return out.str();
}

}  // namespace relief::cli
