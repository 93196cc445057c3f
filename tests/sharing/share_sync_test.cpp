#include "share_fixture.h"
#include "sharing/change_file.h"
#include "sharing/share_errors.h"
#include "storage/errors.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>

namespace relief::testing {
namespace {

using namespace std::chrono_literals;
using sharing::JoinMode;

Entry note(const Device& d, const std::string& text) { return Entry{0, d.clock.now - 60s, "Europe/Berlin", {}, NoteEntry{text}}; }

std::int64_t current_id(const storage::Journal& j, const std::string& text) {
    for (const auto& e : j.all_entries())
        if (const auto* n = std::get_if<NoteEntry>(&e.data); n && n->text == text) return e.id;
    ADD_FAILURE() << "no current note " << text;
    return 0;
}

class ShareSync : public ::testing::Test {
protected:
    TempDir dir;
    std::filesystem::path folder = dir / "Sync";

    void create(Device& d, const std::string& name) { sharing::create_share(d.j(), {folder, name, test_words}); }
    void join(Device& d, const std::string& name, JoinMode mode = JoinMode::full) {
        sharing::join_share(d.j(), {folder, name, test_words}, mode);
    }
    static sharing::SyncReport sync(Device& d) { return sharing::sync_share(d.j()); }
};

TEST_F(ShareSync, TwoDevicesExchangeWhatEachLogged) {
    Device laptop(dir, "laptop"), desktop(dir, "desktop");
    laptop.j().add_entry(note(laptop, "before sharing"));
    desktop.j().add_entry(note(desktop, "the desktop's own, before joining"));
    create(laptop, "laptop");
    join(desktop, "desktop");
    EXPECT_EQ(desktop.j().entry_count(), 2u);  // joining merges both ways
    sync(laptop);
    EXPECT_EQ(laptop.j().entry_count(), 2u);

    laptop.j().add_entry(note(laptop, "from the laptop"));
    desktop.j().add_entry(note(desktop, "from the desktop"));
    sync(laptop);
    const auto report = sync(desktop);
    EXPECT_GE(report.received, 1u);
    EXPECT_EQ(report.sent, 1u);
    sync(laptop);
    EXPECT_EQ(fingerprint(laptop.j()), fingerprint(desktop.j()));
    EXPECT_EQ(laptop.j().entry_count(), 4u);
    // Nothing new: a sync sends nothing and changes nothing.
    const auto again = sync(laptop);
    EXPECT_EQ(again.sent, 0u);
    EXPECT_EQ(again.received, 0u);
}

TEST_F(ShareSync, ThreeDevicesConvergeWhateverOrderTheySyncIn) {
    std::array<int, 3> order{0, 1, 2};
    do {
        TempDir round;
        const auto shared = round / "Sync";
        std::vector<std::unique_ptr<Device>> devices;
        for (const char* n : {"a", "b", "c"}) devices.push_back(std::make_unique<Device>(round, n));
        sharing::create_share(devices[0]->j(), {shared, "a", test_words});
        sharing::join_share(devices[1]->j(), {shared, "b", test_words}, JoinMode::full);
        sharing::join_share(devices[2]->j(), {shared, "c", test_words}, JoinMode::full);
        for (std::size_t i = 0; i < 3; ++i) {
            devices[i]->later(std::chrono::seconds(10 * (i + 1)));
            devices[i]->j().add_entry(note(*devices[i], "note " + std::to_string(i)));
        }
        devices[1]->j().set_setting("profile.name", "Ana");
        for (int round_trip = 0; round_trip < 2; ++round_trip)
            for (int i : order) sync(*devices[static_cast<std::size_t>(i)]);
        EXPECT_EQ(fingerprint(devices[0]->j()), fingerprint(devices[1]->j()));
        EXPECT_EQ(fingerprint(devices[1]->j()), fingerprint(devices[2]->j()));
        EXPECT_EQ(devices[2]->j().entry_count(), 3u);
        EXPECT_EQ(devices[0]->j().setting("profile.name").value_or(""), "Ana");
    } while (std::next_permutation(order.begin(), order.end()));
}

TEST_F(ShareSync, TheSameChangesAppliedTwiceChangeNothing) {
    Device laptop(dir, "laptop"), desktop(dir, "desktop");
    create(laptop, "laptop");
    join(desktop, "desktop");
    laptop.j().add_entry(note(laptop, "once"));
    laptop.j().add_medication(sample_medication());
    laptop.j().record_visit(parse_day("2026-05-01"));
    sync(laptop);
    sync(desktop);
    const auto before = fingerprint(desktop.j());
    // Every change file of the laptop, read and merged again.
    const auto key_hex = desktop.j().local_value("share.key").value();
    sharing::Key key{};
    sharing::from_hex(key_hex, key.data(), key.size());
    const auto mine = folder / "devices" / laptop.j().device_id();
    std::size_t files = 0;
    for (const auto& f : std::filesystem::directory_iterator(mine)) {
        const auto file = sharing::open_change_file(read_file(f.path()), key);
        const auto outcome = desktop.j().merge_changes(laptop.j().device_id(), file.records);
        EXPECT_EQ(outcome.applied, 0u);
        EXPECT_EQ(outcome.known, file.records.size());
        ++files;
    }
    EXPECT_GE(files, 2u);
    EXPECT_EQ(fingerprint(desktop.j()), before);
    EXPECT_EQ(desktop.j().visits().size(), 1u);
}

TEST_F(ShareSync, AnEditAndADeleteOfOneEntryBothStayAndTheLaterIsCurrent) {
    for (const bool delete_later : {true, false}) {
        TempDir round;
        const auto shared = round / "Sync";
        Device a(round, "a"), b(round, "b");
        sharing::create_share(a.j(), {shared, "a", test_words});
        sharing::join_share(b.j(), {shared, "b", test_words}, JoinMode::full);
        a.j().add_entry(note(a, "draft"));
        sync(a);
        sync(b);
        // Concurrently: a edits, b deletes, neither having seen the other.
        a.later(delete_later ? 10s : 20s);
        b.later(delete_later ? 20s : 10s);
        const auto edited = a.j().replace_entry(current_id(a.j(), "draft"), note(a, "edited"));
        b.j().delete_entry(current_id(b.j(), "draft"));
        for (int i = 0; i < 2; ++i) {
            sync(a);
            sync(b);
        }
        EXPECT_EQ(fingerprint(a.j()), fingerprint(b.j()));
        EXPECT_EQ(current_texts(a.j()), delete_later ? "" : "edited;");
        // Both are in the history: the edited version, and a deletion.
        const auto history = a.j().entry_history(edited);
        ASSERT_EQ(history.size(), 2u);
        EXPECT_EQ(std::get<NoteEntry>(history[1].entry.data).text, "edited");
        EXPECT_TRUE(history[0].deleted.has_value() || history[1].deleted.has_value());
        EXPECT_EQ(history[1].deleted.has_value(), delete_later);
    }
}

TEST_F(ShareSync, AChangeMadeAfterSeeingAnotherWinsEvenWithAClockBehind) {
    Device a(dir, "a"), b(dir, "b", -2h);  // b's clock runs two hours behind
    create(a, "a");
    join(b, "b");
    a.j().add_entry(note(a, "first"));
    sync(a);
    sync(b);
    a.later(60s);
    a.j().replace_entry(current_id(a.j(), "first"), note(a, "a's edit"));
    sync(a);
    sync(b);
    EXPECT_EQ(current_texts(b.j()), "a's edit;");
    // b edits after seeing a's edit: its clock says two hours earlier, yet its edit is later.
    b.later(60s);
    b.j().replace_entry(current_id(b.j(), "a's edit"), note(b, "b's edit"));
    sync(b);
    sync(a);
    EXPECT_EQ(current_texts(a.j()), "b's edit;");
    EXPECT_EQ(fingerprint(a.j()), fingerprint(b.j()));
}

TEST_F(ShareSync, SettingsAndMedicationsGoToTheLastWriterWithTheHistoryKept) {
    Device a(dir, "a"), b(dir, "b");
    create(a, "a");
    join(b, "b");
    const auto med = a.j().add_medication(sample_medication());
    sync(a);
    sync(b);
    a.later(10s);
    b.later(20s);
    a.j().set_setting("profile.name", "Ana");
    b.j().set_setting("profile.name", "Ana Maria");
    auto on_a = *a.j().medication(med);
    on_a.dose = Amount::milligrams(10);
    a.j().update_medication(on_a);
    auto on_b = b.j().medications().front();
    on_b.stop = parse_day("2026-03-20");
    b.j().update_medication(on_b);
    // Both change the prescription from the same day.
    a.j().change_prescription(med, {parse_day("2026-03-05"), Amount::milligrams(5), Schedule{parse_times("08:00"), false}});
    b.j().change_prescription(b.j().medications().front().id,
                              {parse_day("2026-03-05"), Amount::milligrams(5), Schedule{parse_times("20:00"), false}});
    for (int i = 0; i < 2; ++i) {
        sync(a);
        sync(b);
    }
    EXPECT_EQ(fingerprint(a.j()), fingerprint(b.j()));
    EXPECT_EQ(a.j().setting("profile.name").value_or(""), "Ana Maria");
    const auto now_on_a = a.j().medications().front();
    EXPECT_EQ(now_on_a.stop, parse_day("2026-03-20"));  // b's change is the later
    EXPECT_EQ(now_on_a.dose, Amount::milligrams(5));
    ASSERT_EQ(now_on_a.steps.size(), 1u);
    EXPECT_EQ(now_on_a.steps[0].schedule.times, parse_times("20:00"));
    EXPECT_GE(a.j().medication_history(now_on_a.id).size(), 1u);  // a's 10 mg is in the history
    EXPECT_EQ(a.j().prescription_history(now_on_a.id).size(), 2u);
}

TEST_F(ShareSync, ChangesThatNameAMedicationNotYetHereWaitAndApplyLater) {
    Device a(dir, "a"), b(dir, "b"), c(dir, "c");
    create(a, "a");
    join(b, "b");
    join(c, "c");
    const auto med = a.j().add_medication(sample_medication());
    sync(a);
    sync(b);
    b.j().add_entry(Entry{0, b.clock.now - 60s, "Europe/Berlin", {},
                          DoseEntry{b.j().medications().front().id, Amount::milligrams(5), DoseStatus::taken, std::nullopt}});
    sync(b);
    (void)med;
    // c sees b's change file before a's has arrived.
    const auto a_files = folder / "devices" / a.j().device_id();
    std::filesystem::rename(a_files, dir / "held-back");
    const auto before = fingerprint(c.j());
    const auto waiting = sync(c);
    EXPECT_EQ(waiting.waiting.size(), 1u);
    EXPECT_EQ(fingerprint(c.j()), before);
    std::filesystem::rename(dir / "held-back", a_files);
    const auto after = sync(c);
    EXPECT_TRUE(after.waiting.empty());
    EXPECT_EQ(fingerprint(c.j()), fingerprint(b.j()));
}

TEST_F(ShareSync, AWrongKeyIsToldAndTheJournalIsLeftAsItWas) {
    Device a(dir, "a"), b(dir, "b");
    create(a, "a");
    b.j().add_entry(note(b, "mine"));
    const auto before = fingerprint(b.j());
    try {
        sharing::join_share(b.j(), {folder, "b", "acorn actor adobe agent alarm album alley amber anchor angle ankle apple apron arbor arena arrow"},
                            JoinMode::full);
        FAIL() << "a wrong key joined";
    } catch (const sharing::WrongKey& e) {
        EXPECT_NE(std::string(e.what()).find("do not open the share"), std::string::npos) << e.what();
    }
    EXPECT_EQ(fingerprint(b.j()), before);
    EXPECT_FALSE(sharing::share_status(b.j()).shared);
    EXPECT_THROW(sharing::join_share(b.j(), {dir / "nowhere", "b", test_words}, JoinMode::full), sharing::ShareError);
    EXPECT_THROW(sharing::join_share(b.j(), {folder, "b", "too short"}, JoinMode::full), sharing::WrongKey);
}

TEST_F(ShareSync, AFileCutOffOrChangedIsRefusedWholeAndReported) {
    Device a(dir, "a"), b(dir, "b");
    create(a, "a");
    join(b, "b");
    for (int i = 0; i < 50; ++i) a.j().add_entry(note(a, "note " + std::to_string(i)));
    sync(a);
    a.j().add_entry(note(a, "in the next file"));
    sync(a);
    const auto files = folder / "devices" / a.j().device_id();
    const auto second = files / "changes-00000002.rjc";
    const auto third = files / "changes-00000003.rjc";
    const std::string whole = read_file(second);
    const auto before = fingerprint(b.j());

    write_file(second, whole.substr(0, whole.size() / 2));  // still being copied
    auto report = sync(b);
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_NE(report.problems[0].find("incomplete"), std::string::npos) << report.problems[0];
    EXPECT_EQ(fingerprint(b.j()), before);  // not half-applied, and the third file waits

    std::string changed = whole;
    changed[changed.size() - 40] = static_cast<char>(changed[changed.size() - 40] ^ 1);
    write_file(second, changed);
    report = sync(b);
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_NE(report.problems[0].find("damaged or was changed"), std::string::npos) << report.problems[0];
    EXPECT_EQ(fingerprint(b.j()), before);

    // A replay: the third file's name on the second's content.
    write_file(second, whole);
    const std::string third_whole = read_file(third);
    write_file(third, whole);
    report = sync(b);
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_NE(report.problems[0].find("not the file its name says"), std::string::npos) << report.problems[0];
    EXPECT_EQ(current_texts(b.j()).find("in the next file"), std::string::npos);

    write_file(third, third_whole);
    report = sync(b);
    EXPECT_TRUE(report.problems.empty());
    EXPECT_EQ(fingerprint(a.j()), fingerprint(b.j()));
}

TEST_F(ShareSync, ACaregiverFollowsReadOnlyAndCannotWrite) {
    Device person(dir, "person"), carer(dir, "carer");
    create(person, "laptop");
    person.j().add_entry(note(person, "a bad night"));
    sync(person);
    join(carer, "carer", JoinMode::read_only);
    EXPECT_TRUE(carer.j().read_only());
    EXPECT_EQ(current_texts(carer.j()), "a bad night;");
    EXPECT_EQ(carer.j().home_zone().name(), "Europe/Berlin");

    const auto before = fingerprint(carer.j());
    EXPECT_THROW(carer.j().add_entry(note(carer, "not mine to write")), storage::ReadOnlyError);
    EXPECT_THROW(carer.j().set_setting("profile.name", "x"), storage::ReadOnlyError);
    carer.reopen();
    EXPECT_TRUE(carer.j().following());
    EXPECT_THROW(carer.j().record_visit(parse_day("2026-05-01")), storage::ReadOnlyError);
    EXPECT_EQ(fingerprint(carer.j()), before);
    sync(carer);
    EXPECT_FALSE(std::filesystem::exists(folder / "devices" / carer.j().device_id()));

    person.later(600s);
    person.j().add_entry(note(person, "better today"));
    sync(person);
    EXPECT_GE(sync(carer).received, 1u);
    EXPECT_EQ(fingerprint(carer.j()), fingerprint(person.j()));
    const auto status = sharing::share_status(carer.j());
    ASSERT_EQ(status.peers.size(), 1u);
    EXPECT_EQ(sharing::status_line(status, static_cast<std::int64_t>(person.clock.now.time_since_epoch().count()) + 180),
              "Last change from laptop 3 minutes ago");
}

TEST_F(ShareSync, AReadOnlyJoinNeedsAJournalOfItsOwn) {
    Device person(dir, "person"), other(dir, "other");
    create(person, "laptop");
    other.j().add_entry(note(other, "someone's own notes"));
    EXPECT_THROW(join(other, "carer", JoinMode::read_only), sharing::ShareError);
    EXPECT_FALSE(sharing::share_status(other.j()).shared);
}

TEST_F(ShareSync, ACopyOfASharingJournalDoesNotWriteAsItsDevice) {
    Device a(dir, "a");
    create(a, "a");
    a.j().backup_to(dir / "copy.relief");
    auto copy = storage::Journal::open(dir / "copy.relief", storage::OpenMode::read_write, a.clock.clock());
    try {
        sharing::sync_share(copy);
        FAIL() << "the copy synced";
    } catch (const sharing::ShareError& e) {
        EXPECT_NE(std::string(e.what()).find("is a copy"), std::string::npos) << e.what();
    }
    sharing::leave_share(copy);
    EXPECT_FALSE(sharing::share_status(copy).shared);
    EXPECT_TRUE(sharing::share_status(a.j()).shared);
}

TEST_F(ShareSync, AFolderThatAlreadyHoldsAShareIsJoinedNotCreatedAgain) {
    Device a(dir, "a"), b(dir, "b");
    create(a, "a");
    EXPECT_THROW(create(b, "b"), sharing::ShareError);
    EXPECT_THROW(create(a, "a"), sharing::ShareError);  // already shared
    EXPECT_FALSE(sharing::share_status(b.j()).shared);
}

TEST_F(ShareSync, TheFolderAndItsFilesArePrivate) {
    Device a(dir, "a");
    create(a, "a");
    a.j().add_entry(note(a, "private"));
    sync(a);
    for (const auto& f : std::filesystem::recursive_directory_iterator(folder)) {
        const auto perms = std::filesystem::status(f.path()).permissions();
        EXPECT_EQ(perms & (std::filesystem::perms::group_all | std::filesystem::perms::others_all), std::filesystem::perms::none)
            << f.path();
        if (f.is_regular_file() && f.path().extension() == ".rjc") {
            EXPECT_EQ(read_file(f.path()).find("private"), std::string::npos) << "the note is readable in " << f.path();
        }
    }
}


TEST_F(ShareSync, SharingAgainInANewFolderSendsEverythingAgain) {
    Device a(dir, "a"), b(dir, "b"), carer(dir, "carer");
    create(a, "a");
    join(b, "b");
    a.j().add_entry(note(a, "from a"));
    b.j().add_entry(note(b, "from b"));
    for (int i = 0; i < 2; ++i) {
        sync(a);
        sync(b);
    }
    // A new key means a new share: a leaves and shares in another folder.
    sharing::leave_share(a.j());
    const auto second = dir / "Sync2";
    sharing::create_share(a.j(), {second, "a", test_words});
    sharing::join_share(carer.j(), {second, "carer", test_words}, JoinMode::read_only);
    EXPECT_EQ(fingerprint(carer.j()), fingerprint(a.j()));
    EXPECT_EQ(carer.j().entry_count(), 2u);  // b's note too, which a had taken from b
}

TEST_F(ShareSync, AMedicationChangedOnOneDeviceAndAPrescriptionChangeOnAnotherBothApply) {
    Device a(dir, "a"), b(dir, "b");
    create(a, "a");
    join(b, "b");
    const auto med = a.j().add_medication(sample_medication());  // from 2026-03-01
    sync(a);
    sync(b);
    // a moves the start to the 10th; b, not knowing, adds a change from the 5th.
    a.later(10s);
    b.later(20s);
    auto moved = *a.j().medication(med);
    moved.start = parse_day("2026-03-10");
    a.j().update_medication(moved);
    b.j().change_prescription(b.j().medications().front().id,
                              {parse_day("2026-03-05"), Amount::milligrams(10), Schedule{parse_times("08:00"), false}});
    for (int i = 0; i < 2; ++i) {
        EXPECT_TRUE(sync(a).problems.empty());
        EXPECT_TRUE(sync(b).problems.empty());
    }
    EXPECT_EQ(fingerprint(a.j()), fingerprint(b.j()));
    EXPECT_EQ(a.j().medications().front().start, parse_day("2026-03-10"));
}

TEST_F(ShareSync, AFileLeftByASyncThatFailedDoesNotStopSending) {
    Device a(dir, "a"), b(dir, "b");
    create(a, "a");
    join(b, "b");
    a.j().add_entry(note(a, "one"));
    sync(a);
    // As if that sync had written file 2 and then failed to mark its rows sent.
    a.j().restart_sharing();
    a.j().set_local_value("share.next_file", "2");
    a.j().add_entry(note(a, "two"));
    const auto report = sync(a);
    EXPECT_GE(report.sent, 2u);
    const auto mine = folder / "devices" / a.j().device_id();
    EXPECT_TRUE(std::filesystem::exists(mine / "changes-00000003.rjc"));
    const auto taken = sync(b);
    EXPECT_TRUE(taken.problems.empty());
    EXPECT_EQ(fingerprint(a.j()), fingerprint(b.j()));
    EXPECT_EQ(b.j().entry_count(), 2u);
}

TEST_F(ShareSync, AnEntryImportedAsLoggedAndDeletedInOneSecondIsDeletedEverywhere) {
    Device a(dir, "a"), b(dir, "b");
    create(a, "a");
    join(b, "b");
    const Instant at = a.clock.now - 60s;
    a.j().insert_row(storage::StoredEntry{Entry{0, at, "Europe/Berlin", {}, NoteEntry{"undone at once"}}, at, at, std::nullopt});
    EXPECT_EQ(a.j().entry_count(), 0u);
    sync(a);
    sync(b);
    EXPECT_EQ(b.j().entry_count(), 0u);
    EXPECT_EQ(fingerprint(a.j()), fingerprint(b.j()));
}

}  // namespace
}  // namespace relief::testing
