#include "journal.h"
#include "raw_statement.h"

#include "errors.h"
#include "core/translate.h"
#include "private_file.h"
#include "journal_write.h"
#include "statement_done.h"
#include "schema.h"
#include "gid.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cctype>
#include <utility>
#include <cerrno>
#include <cstring>
#include <system_error>

namespace relief::storage {

namespace fs = std::filesystem;

Instant system_now() { return date::floor<std::chrono::seconds>(std::chrono::system_clock::now()); }

namespace {

void apply_write_pragmas(SQLite::Database& db) {
    db.exec("PRAGMA journal_mode = WAL");
    // FULL: a logged dose that the app reported as saved survives a power cut.
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA foreign_keys = ON");
}

// A journal is used from one thread; SQLite's per-call mutex cost a fifth of reading it.
constexpr int nomutex = SQLITE_OPEN_NOMUTEX;

void remove_journal_files(const fs::path& path) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(fs::path(path.string() + suffix), ignored);
}

// Reads the two header numbers that say whose file this is, before anything writes.
void check_is_our_journal(SQLite::Database& db, const fs::path& path, bool read_only, const Advice& advice) {
    int app = 0, version = 0;
    try {
        app = db.execAndGet("PRAGMA application_id").getInt();
        version = db.execAndGet("PRAGMA user_version").getInt();
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() == SQLITE_NOTADB)
            throw StorageError(fill(translate("relief::storage::journal", "%1 is not a Relief Journal (it is not an SQLite database)"), {path.string()}));
        throw_open_error(e, path, advice);
    }
    if (app == 0 && version == 0 && fs::file_size(path) == 0)
        throw StorageError(fill(translate("relief::storage::journal", "%1 is not a Relief Journal (the file is empty)"), {path.string()}));
    if (app != application_id)
        throw StorageError(fill(translate("relief::storage::journal", "%1 is not a Relief Journal (it is another program's database)"), {path.string()}));
    if (version > latest_schema_version())
        //: %1: the file, %2: its format number, %3: the newest format this version reads.
        throw StorageError(fill(translate("relief::storage::journal", "%1 was written by a newer version of Relief Journal (format %2; this "
                                               "version reads up to %3). Update Relief Journal to open it; the file "
                                               "was not changed."),
                                {path.string(), std::to_string(version), std::to_string(latest_schema_version())}));
    if (version < latest_schema_version() && read_only)
        //: %1: the file, %2: its format number, %3: what to do (such as open it once for writing, not read-only).
        throw StorageError(fill(translate("relief::storage::journal", "%1 uses an older format (%2) that must be upgraded before it can be "
                                               "read; %3"),
                                {path.string(), std::to_string(version), advice_text(advice.open_writable)}));
}

// SQLite's URI syntax reserves '?', '#' and '%'; everything unusual is escaped.
std::string file_uri(const fs::path& path) {
    static const char* hex = "0123456789ABCDEF";
    std::string uri = "file:";
    for (const unsigned char c : fs::absolute(path).string()) {
        if (std::isalnum(c) || std::strchr("/-_.~", c)) {
            uri += static_cast<char>(c);
        } else {
            uri += '%';
            uri += hex[c >> 4];
            uri += hex[c & 15];
        }
    }
    return uri;
}

// A first look at the file alone, before SQLite makes its working files (-wal, -shm)
// beside it, so that a file that is not ours, is damaged or is too new is refused
// exactly as it was. `immutable` reads without locks or log, and SQLite's own file layer
// keeps the locks of this process's other connections to the file intact (a plain
// open() and close() of the file would drop them). Skipped while a log holds frames:
// the header in the file may then be older than the log, which SQLite must replay first.
void look_before_opening(const fs::path& path, bool read_only, const Advice& advice) {
    std::error_code ec;
    if (fs::file_size(path.string() + "-wal", ec) > 0 && !ec) return;
    std::unique_ptr<SQLite::Database> look;
    try {
        look = std::make_unique<SQLite::Database>(file_uri(path) + "?immutable=1",
                                                  SQLite::OPEN_READONLY | SQLite::OPEN_URI);
    } catch (const SQLite::Exception& e) {
        throw_open_error(e, path, advice);
    }
    check_is_our_journal(*look, path, read_only, advice);
}

}  // namespace

Journal::Journal(std::unique_ptr<SQLite::Database> db, fs::path path, bool read_only, Clock clock, Advice advice)
    : db_(std::move(db)),
      path_(std::move(path)),
      read_only_(read_only),
      clock_(std::move(clock)),
      advice_(std::move(advice)) {
    // A journal joined read-only follows the shared one: it takes other devices' changes
    // and refuses its own, whichever way it was opened.
    auto& q = statement("SELECT value FROM share_local WHERE key = 'mode'");
    const StatementDone q_done(q);
    following_ = q.executeStep() && q.getColumn(0).getString() == "read-only";
    if (following_) read_only_ = true;
}

Journal::Journal(Journal&&) noexcept = default;
Journal& Journal::operator=(Journal&& other) noexcept {
    if (this == &other) return *this;
    statements_.clear();  // they must finalise before the database they belong to closes
    raw_statements_.clear();
    db_ = std::move(other.db_);
    path_ = std::move(other.path_);
    read_only_ = other.read_only_;
    following_ = other.following_;
    clock_ = std::move(other.clock_);
    advice_ = std::move(other.advice_);
    statements_ = std::move(other.statements_);
    raw_statements_ = std::move(other.raw_statements_);
    device_in_transaction_.reset();
    std::swap(copy_, other.copy_);  // the other one removes ours, if any, when it goes
    return *this;
}
Journal::~Journal() {
    statements_.clear();  // statements must finalise before their database closes
    raw_statements_.clear();
    if (!copy_.empty()) {
        db_.reset();
        remove_database_files(copy_);
    }
}

namespace {
// What a write asks to do, named in the message of a read-only journal (require_writable).
[[maybe_unused]] constexpr const char* write_actions[] = {
    RELIEF_TRANSLATE_NOOP("relief::storage::actions", "add a medication"),
    RELIEF_TRANSLATE_NOOP("relief::storage::actions", "change a medication"),
    RELIEF_TRANSLATE_NOOP("relief::storage::actions", "change a prescription"),
    RELIEF_TRANSLATE_NOOP("relief::storage::actions", "change it"),
    RELIEF_TRANSLATE_NOOP("relief::storage::actions", "change settings"),
    RELIEF_TRANSLATE_NOOP("relief::storage::actions", "change the profile"),
    RELIEF_TRANSLATE_NOOP("relief::storage::actions", "delete an entry"),
    RELIEF_TRANSLATE_NOOP("relief::storage::actions", "edit an entry"),
    RELIEF_TRANSLATE_NOOP("relief::storage::actions", "log an entry"),
    RELIEF_TRANSLATE_NOOP("relief::storage::actions", "mark an alert as discussed"),
    RELIEF_TRANSLATE_NOOP("relief::storage::actions", "record a visit"),
    RELIEF_TRANSLATE_NOOP("relief::storage::actions", "record alerts"),
    RELIEF_TRANSLATE_NOOP("relief::storage::actions", "remove a prescription change"),
    RELIEF_TRANSLATE_NOOP("relief::storage::actions", "restore an entry"),
    RELIEF_TRANSLATE_NOOP("relief::storage::actions", "import"),
};

// "Permission denied" in the middle of our sentence reads "permission denied".
std::string lower_first(std::string text) {
    if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    return text;
}

// SQLite writes NAME-wal, NAME-shm and NAME-journal beside the journal and follows a link
// there: one planted by someone else would send the journal's changes (health data) to a
// file of their choosing, or let them truncate one of ours.
void refuse_planted_links(const fs::path& path) {
    std::error_code ec;
    for (const auto suffix : database_working_suffixes) {
        const fs::path working = path.string() + std::string(suffix);
        if (fs::is_symlink(fs::symlink_status(working, ec)))
            //: %1: the journal, %2: the link beside it.
            throw StorageError(fill(translate("relief::storage::journal", "cannot open %1: %2 beside it is a symbolic link, not SQLite's own "
                                                   "working file; someone may be trying to redirect the journal's "
                                                   "changes. Check where it points, remove it, and try again"),
                                    {path.string(), working.string()}));
    }
}
}  // namespace

Journal Journal::create(const fs::path& path, const Zone& home, Clock clock, Advice advice) {
    std::error_code ec;
    if (fs::exists(path, ec))
        throw StorageError(fill(translate("relief::storage::journal", "%1 already exists; open it, or choose another file"), {path.string()}));
    refuse_planted_links(path);
    if (!path.parent_path().empty()) create_private_folders(path.parent_path());
    create_private_file(path);
    try {
        auto db = std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READWRITE | nomutex);
        db->exec("PRAGMA application_id = " + std::to_string(application_id));
        apply_write_pragmas(*db);
        migrate(*db, 0);
        Journal journal(std::move(db), path, false, std::move(clock), std::move(advice));
        journal.set_setting("zone", std::string(home.name()));
        return journal;
    } catch (const SQLite::Exception& e) {
        remove_journal_files(path);
        //: %1: the file, %2: the error as SQLite reports it (in English).
        throw StorageError(fill(translate("relief::storage::journal", "cannot create journal %1: %2"), {path.string(), e.what()}));
    }
}

Journal Journal::open(const fs::path& path, OpenMode mode, Clock clock, const Advice& advice) {
    std::error_code ec;
    const bool read_only = mode == OpenMode::read_only;
    if (!fs::exists(path, ec))
        //: %1: the file, %2: what to do (such as Create a new journal, or open another file).
        throw JournalMissing(fill(translate("relief::storage::journal", "no journal at %1. %2"), {path.string(), advice_text(advice.create_or_open)}));
    if (fs::is_directory(path, ec))
        throw StorageError(fill(translate("relief::storage::journal", "%1 is a folder, not a journal file"), {path.string()}));
    if (::access(path.c_str(), R_OK) != 0)
        //: %1: the file, %2: the system's reason (in English, such as permission denied).
        throw StorageError(fill(translate("relief::storage::journal", "cannot read %1: %2"), {path.string(), lower_first(std::strerror(errno))}));
    if (!read_only && ::access(path.c_str(), W_OK) != 0)
        //: %1: the file, %2: why, %3: how to open it without changing it (such as open it read-only).
        throw StorageError(fill(translate("relief::storage::journal", "cannot write %1: %2. To look without changing anything, %3"),
                                {path.string(),
                                 errno == EROFS ? translate("relief::storage::journal", "the file system it is on is read-only (a locked USB "
                                                                 "stick or a read-only mount)")
                                                : lower_first(std::strerror(errno)),
                                 advice_text(advice.look_only)}));
    refuse_planted_links(path);

    look_before_opening(path, read_only, advice);
    // SQLite needs to create NAME-shm beside a journal even to read it; where it cannot,
    // the caregiver reads a consistent copy instead.
    auto folder = path.parent_path();
    if (folder.empty()) folder = ".";
    if (read_only && ::access(folder.c_str(), W_OK) != 0) return open_copy(path, std::move(clock), advice);
    std::unique_ptr<SQLite::Database> db;
    try {
        db = std::make_unique<SQLite::Database>(
            path.string(), (read_only ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE) | nomutex);
        db->setBusyTimeout(5000);
    } catch (const SQLite::Exception& e) {
        throw_open_error(e, path, advice);
    }
    check_is_our_journal(*db, path, read_only, advice);
    try {
        if (read_only) {
            db->exec("PRAGMA query_only = ON");
        } else {
            apply_write_pragmas(*db);
            migrate(*db, db->execAndGet("PRAGMA user_version").getInt());
        }
    } catch (const SQLite::Exception& e) {
        throw_open_error(e, path, advice);
    }
    return Journal(std::move(db), path, read_only, std::move(clock), advice);
}

Journal Journal::open_copy(const fs::path& path, Clock clock, const Advice& advice) {
    std::error_code ec;
    const fs::path copy = create_private_temp_beside(fs::temp_directory_path(ec) / ("relief-view-" + path.filename().string()));
    const fs::path wal = path.string() + "-wal";
    try {
        for (int attempt = 0;; ++attempt) {
            // With a -wal beside it the owner has it open: read through SQLite's locks (its
            // -shm must exist and be readable). Without one nobody is writing, and the file
            // alone is the journal; if a -wal appears while we copy, the owner began to
            // write, and the copy is made again.
            const bool owner_open = fs::exists(wal, ec);
            {
                SQLite::Database source(owner_open ? path.string() : file_uri(path) + "?immutable=1",
                                        SQLite::OPEN_READONLY | SQLite::OPEN_URI);
                source.setBusyTimeout(5000);
                SQLite::Database target(copy.string(), SQLite::OPEN_READWRITE);
                SQLite::Backup backup(target, source);
                backup.executeStep(-1);
            }
            if (owner_open || !fs::exists(wal, ec)) break;
            if (attempt == 2)
                throw StorageError(fill(translate("relief::storage::journal", "cannot open %1: it is being written to right now. Try "
                                                       "again in a moment"),
                                        {path.string()}));
        }
        auto db = std::make_unique<SQLite::Database>(copy.string(), SQLite::OPEN_READWRITE | nomutex);
        check_is_our_journal(*db, path, true, advice);
        db->exec("PRAGMA query_only = ON");
        Journal journal(std::move(db), path, true, std::move(clock), advice);
        journal.copy_ = copy;
        return journal;
    } catch (const SQLite::Exception& e) {
        remove_database_files(copy);
        throw_open_error(e, path, advice);
    } catch (...) {
        remove_database_files(copy);
        throw;
    }
}

Journal Journal::in_memory(const Zone& home, Clock clock, Advice advice) {
    auto db = std::make_unique<SQLite::Database>(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db->exec("PRAGMA application_id = " + std::to_string(application_id));
    db->exec("PRAGMA foreign_keys = ON");
    migrate(*db, 0);
    Journal journal(std::move(db), ":memory:", false, std::move(clock), std::move(advice));
    journal.set_setting("zone", std::string(home.name()));
    return journal;
}

int Journal::schema_version() const { return db_->execAndGet("PRAGMA user_version").getInt(); }

std::int64_t Journal::data_version() const {
    auto& q = statement("PRAGMA data_version");
    const StatementDone q_done(q);
    if (!q.executeStep()) return 0;
    return q.getColumn(0).getInt64();
}

void Journal::require_writable(const std::string& action) const {
    if (following_)
        //: %1: what was asked, such as log an entry.
        throw ReadOnlyError(fill(translate("relief::storage::journal", "this journal follows a shared journal read-only (it was joined as a caregiver's): cannot %1"),
                                 {translate("relief::storage::actions", action.c_str())}));
    if (read_only_)
        //: %1: what was asked, such as log an entry.
        throw ReadOnlyError(fill(translate("relief::storage::journal", "this journal is open read-only (the caregiver's view): cannot %1"),
                                 {translate("relief::storage::actions", action.c_str())}));
}

SQLite::Statement& Journal::statement(const char* sql) const {
    auto& slot = statements_[sql];
    if (!slot) slot = std::make_unique<SQLite::Statement>(*db_, sql);
    slot->reset();
    slot->clearBindings();
    return *slot;
}

Journal::TransactionEnd::TransactionEnd(const Journal& j)
    : journal(j), outermost(sqlite3_get_autocommit(j.db_->getHandle()) != 0) {}

Journal::TransactionEnd::~TransactionEnd() {
    if (outermost) journal.device_in_transaction_.reset();
}

RawStatement& Journal::raw_statement(const char* sql) const {
    auto& slot = raw_statements_[sql];
    if (!slot) slot = std::make_unique<RawStatement>(db_->getHandle(), sql);
    slot->reset();
    return *slot;
}

void Journal::atomically(const std::function<void()>& work) { write("change it", work); }

void Journal::atomically_in_bulk(const std::function<void()>& work) {
    struct Restore {
        bool& flag;
        bool was;
        ~Restore() { flag = was; }
    } restore{bulk_, std::exchange(bulk_, true)};
    write("change it", work);
}

std::optional<std::string> Journal::setting(const std::string& key) const {
    auto& q = statement("SELECT value FROM settings WHERE key = ? ORDER BY hlc DESC, origin DESC, id DESC LIMIT 1");
    const StatementDone q_done(q);
    q.bind(1, key);
    if (!q.executeStep()) return std::nullopt;
    std::string value = q.getColumn(0).getString();
    if (value.empty()) return std::nullopt;  // an empty value records that it was cleared
    return value;
}

void Journal::set_setting(const std::string& key, const std::string& value) {
    require_writable("change settings");
    if (setting(key).value_or("") == value) return;
    write("change settings", [&] {
        auto& q = statement("INSERT INTO settings (key, value, set_utc, gid, hlc, origin) VALUES (?, ?, ?, ?, ?, ?)");
        const StatementDone q_done(q);
        q.bind(1, key);
        q.bind(2, value);
        q.bind(3, static_cast<std::int64_t>(clock_().time_since_epoch().count()));
        q.bind(4, new_gid());
        q.bind(5, tick());
        q.bind(6, device_id());
        q.exec();
    });
}

std::map<std::string, std::string> Journal::settings() const {
    std::map<std::string, std::string> out;
    auto& q = statement("SELECT key, value FROM settings ORDER BY hlc, origin, id");
    const StatementDone q_done(q);
    while (q.executeStep()) out[q.getColumn(0).getString()] = q.getColumn(1).getString();
    std::erase_if(out, [](const auto& kv) { return kv.second.empty(); });
    return out;
}

Zone Journal::home_zone() const { return Zone::locate(setting("zone").value_or("UTC")); }

Profile Journal::profile() const {
    Profile p;
    p.zone = setting("zone").value_or("UTC");
    p.name = setting("profile.name");
    if (auto y = setting("profile.birth_year")) p.birth_year = std::stoi(*y);
    // A date of birth implies its year, whatever an older birth_year setting says.
    if (auto d = setting("profile.birth_date")) {
        p.birth_date = parse_day(*d);
        p.birth_year = static_cast<int>(date::year_month_day{*p.birth_date}.year());
    }
    p.identifier = setting("profile.identifier");
    p.identifier_system = setting("profile.identifier_system");
    if (auto c = setting("profile.conditions")) {
        std::size_t start = 0;
        while (true) {
            const auto comma = c->find(',', start);
            p.conditions.push_back(c->substr(start, comma - start));
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
    }
    if (auto o = setting("profile.onset")) p.onset = parse_day(*o);
    return p;
}

void Journal::set_profile(const Profile& p) {
    require_writable("change the profile");
    Zone::locate(p.zone);
    check_birth(p);
    std::string conditions;
    for (const auto& c : p.conditions) conditions += (conditions.empty() ? "" : ",") + c;
    atomically([&] {
        set_setting("zone", p.zone);
        set_setting("profile.name", p.name.value_or(""));
        set_setting("profile.birth_year", p.birth_year ? std::to_string(*p.birth_year) : "");
        set_setting("profile.birth_date", p.birth_date ? format_day(*p.birth_date) : "");
        set_setting("profile.identifier", p.identifier.value_or(""));
        set_setting("profile.identifier_system", p.identifier_system.value_or(""));
        set_setting("profile.conditions", conditions);
        set_setting("profile.onset", p.onset ? format_day(*p.onset) : "");
    });
}

JournalSnapshot Journal::snapshot() const {
    return JournalSnapshot{profile(), medications(), all_entries()};
}

void Journal::backup_to(const fs::path& target) const {
    if (fs::is_directory(target))
        throw StorageError(fill(translate("relief::storage::journal", "cannot write backup %1: it is a folder"), {target.string()}));
    const auto temp = create_private_temp_beside(target);
    try {
        SQLite::Database copy(temp.string(), SQLite::OPEN_READWRITE);
        SQLite::Backup backup(copy, *db_);
        backup.executeStep(-1);
    } catch (const SQLite::Exception& e) {
        fs::remove(temp);
        //: %1: the backup file, %2: the error as SQLite reports it (in English).
        throw StorageError(fill(translate("relief::storage::journal", "cannot write backup %1: %2"), {target.string(), e.what()}));
    }
    replace_file(temp, target);
}

}  // namespace relief::storage
