#include "common/store/store.h"

#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "common/store/hash.h"
#include "common/store/keys.h"
#include "common/store/merge.h"
#include "common/store/page_token.h"
#include "common/util/agreement_name.h"
#include "common/util/date.h"
#include "common/util/log.h"
#include "common/util/status.h"
#include "rocksdb/cache.h"
#include "rocksdb/db.h"
#include "rocksdb/filter_policy.h"
#include "rocksdb/table.h"
#include "rocksdb/utilities/checkpoint.h"
#include "rocksdb/write_batch.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

// The column families, in the order they are opened. Append only: existing
// databases hold them under these names.
enum Cf {
  kDefault,
  kEvents,
  kEventsByDate,
  kEventsByActor,
  kMeetingsByPair,
  kAgreements,
  kAgreementsByStatus,
  kArticles,
  kActors,
  kActorsByName,
  kAgreementsByParty,
  kCfCount
};
constexpr const char* kCfNames[kCfCount] = {
    "default",  // rocksdb::kDefaultColumnFamilyName
    "events",          "events_by_date",
    "events_by_actor", "meetings_by_pair",
    "agreements",      "agreements_by_status",
    "articles",        "actors",
    "actors_by_name",  "agreements_by_party"};

constexpr size_t kDefaultPageSize = 50;

// How often a long scan (ForEachKey) asks whether its caller gave up.
constexpr size_t kKeysPerInterruptCheck = 1024;

// Block cache sizes. The query service reads records by id at random, so
// its cache is larger; the ingest service mostly appends.
constexpr size_t kQueryBlockCacheBytes = size_t{128} << 20;
constexpr size_t kIngestBlockCacheBytes = size_t{32} << 20;

// Column families read by id (Get and MultiGet) get whole-key Bloom filters
// so that a lookup skips the levels that do not hold the id; the index
// column families are only scanned by prefix and do without.
rocksdb::ColumnFamilyOptions ColumnFamilyOptionsFor(
    Cf id, const std::shared_ptr<rocksdb::Cache>& block_cache) {
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = block_cache;
  const bool read_by_id =
      id == kEvents || id == kAgreements || id == kArticles || id == kActors;
  if (read_by_id) {
    table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  }
  rocksdb::ColumnFamilyOptions options;
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  return options;
}

rocksdb::Slice ToSlice(absl::string_view text) {
  return rocksdb::Slice(text.data(), text.size());
}

constexpr size_t kMaxPageSize = 1000;

// Converts a RocksDB status; `what` says what was being done.
absl::Status FromRocks(const rocksdb::Status& status, absl::string_view what) {
  if (status.ok()) return absl::OkStatus();
  const std::string message = absl::StrCat(what, ": ", status.ToString());
  switch (status.code()) {
    case rocksdb::Status::kNotFound:
      return absl::NotFoundError(message);
    case rocksdb::Status::kCorruption:
      return absl::DataLossError(message);
    case rocksdb::Status::kNotSupported:
      return absl::FailedPreconditionError(message);
    case rocksdb::Status::kInvalidArgument:
      return absl::InvalidArgumentError(message);
    case rocksdb::Status::kIOError:
    case rocksdb::Status::kBusy:
    case rocksdb::Status::kTimedOut:
    case rocksdb::Status::kTryAgain:
      return absl::UnavailableError(message);
    default:
      return absl::InternalError(message);
  }
}

absl::StatusOr<size_t> PageLimit(int page_size) {
  if (page_size < 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        "page_size ", page_size,
        " is negative; pass 0 for the default of 50, or up to 1000"));
  }
  if (page_size == 0) return kDefaultPageSize;
  return std::min(static_cast<size_t>(page_size), kMaxPageSize);
}

absl::Status ValidateRange(const v1::Date& start, const v1::Date& end) {
  if (absl::Status status = ValidateDate(start); !status.ok()) {
    return absl::InvalidArgumentError(absl::StrCat("start_", status.message()));
  }
  if (absl::Status status = ValidateDate(end); !status.ok()) {
    return absl::InvalidArgumentError(absl::StrCat("end_", status.message()));
  }
  if (PrecisionOf(start) != DatePrecision::kNone &&
      PrecisionOf(end) != DatePrecision::kNone &&
      FirstDay(start) > LastDay(end)) {
    return absl::InvalidArgumentError(
        absl::StrCat("start_date ", FormatDate(start), " is after end_date ",
                     FormatDate(end), "; swap them or widen the range"));
  }
  return absl::OkStatus();
}

// Filters fingerprint: the '\0'-joined canonical filter values.
template <typename... Parts>
uint64_t Fingerprint(const Parts&... parts) {
  std::string joined;
  ((joined += absl::StrCat(parts), joined.push_back('\0')), ...);
  return StableHash64(joined);
}

// Lowercased distinct names and aliases of an actor.
std::vector<std::string> ActorNames(const v1::Actor& actor) {
  std::vector<std::string> names;
  if (!actor.name().empty())
    names.push_back(absl::AsciiStrToLower(actor.name()));
  for (const std::string& alias : actor.aliases()) {
    if (!alias.empty()) names.push_back(absl::AsciiStrToLower(alias));
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::vector<std::string> ActorNameKeys(const v1::Actor& actor) {
  std::vector<std::string> keys;
  for (const std::string& name : ActorNames(actor)) {
    keys.push_back(keys::ActorsByNameKey(name, actor.id()));
  }
  return keys;
}

bool HasNul(absl::string_view text) {
  return text.find('\0') != absl::string_view::npos;
}

absl::Status ValidateEvent(const v1::Event& event, size_t index) {
  const std::string where = absl::StrCat("event ", index, ": ");
  auto wrap = [&](const absl::Status& status) {
    return absl::InvalidArgumentError(absl::StrCat(where, status.message()));
  };
  if (event.type() == v1::EVENT_TYPE_UNSPECIFIED ||
      !v1::EventType_IsValid(event.type())) {
    return wrap(absl::InvalidArgumentError("type is unset or unknown"));
  }
  if (!v1::EventStatus_IsValid(event.status()) ||
      !v1::AgreementStatus_IsValid(event.agreement().status())) {
    return wrap(absl::InvalidArgumentError("status is unknown"));
  }
  if (absl::Status s = ValidateDate(event.date()); !s.ok()) return wrap(s);
  for (const v1::ActorRef& participant : event.participants()) {
    if (auto s = keys::ValidateActorId(participant.id(), "participant id");
        !s.ok()) {
      return wrap(s);
    }
    if (!participant.country().empty()) {
      if (auto s = keys::ValidateActorId(participant.country(),
                                         "participant country");
          !s.ok()) {
        return wrap(s);
      }
    }
  }
  for (const std::string& party : event.agreement().parties()) {
    if (auto s = keys::ValidateActorId(party, "agreement party"); !s.ok()) {
      return wrap(s);
    }
  }
  return absl::OkStatus();
}

absl::Status ValidateActor(const v1::Actor& actor) {
  PARLEY_RETURN_IF_ERROR(keys::ValidateActorId(actor.id(), "new actor id"));
  if (HasNul(actor.name()) ||
      std::any_of(actor.aliases().begin(), actor.aliases().end(),
                  [](const std::string& alias) { return HasNul(alias); })) {
    return absl::InvalidArgumentError(absl::StrCat(
        "actor '", actor.id(), "' has a name or alias with a NUL byte"));
  }
  return absl::OkStatus();
}

// Puts the keys of `now` that `before` lacks and deletes the reverse.
void ApplyIndexDiff(rocksdb::WriteBatch* batch, rocksdb::ColumnFamilyHandle* cf,
                    const std::vector<std::string>& before,
                    const std::vector<std::string>& now) {
  const std::set<std::string> old_keys(before.begin(), before.end());
  const std::set<std::string> new_keys(now.begin(), now.end());
  for (const std::string& key : old_keys) {
    if (!new_keys.count(key)) batch->Delete(cf, key);
  }
  for (const std::string& key : new_keys) {
    if (!old_keys.count(key)) batch->Put(cf, key, "");
  }
}

// The agreements_by_party keys of an agreement: one per distinct party.
std::vector<std::string> PartyKeys(const v1::Agreement& agreement) {
  std::vector<std::string> keys;
  for (const std::string& party : agreement.parties()) {
    keys.push_back(keys::AgreementsByPartyKey(party, agreement.id()));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

std::string NewEventId(absl::string_view article_id, size_t index) {
  return absl::StrCat(
      "ev-", Hex64(StableHash64(
                 absl::StrCat(article_id, absl::string_view("\0", 1), index))));
}

// The state of the primary's files that every write changes: the directory
// (a new WAL, MANIFEST or table is a new entry), the size of the newest WAL
// and the size of the current MANIFEST. Taken before a catch-up, so that
// finding the same state later proves the primary wrote nothing since.
struct PrimaryFiles {
  absl::Time dir_mtime;
  std::string wal;  // Path of the highest-numbered *.log file.
  int64_t wal_size = -1;
  std::string manifest;  // Path of the MANIFEST that CURRENT names.
  int64_t manifest_size = -1;
  // The directory's mtime has a coarse clock (a few milliseconds): a file
  // created in the same tick as the mtime we saw would leave it unchanged.
  // An mtime older than a second before the scan cannot hide one.
  bool mtime_settled = false;
};

std::optional<absl::Time> MtimeOf(const std::string& path) {
  struct stat info;
  if (stat(path.c_str(), &info) != 0) return std::nullopt;
  return absl::TimeFromTimespec(info.st_mtim);
}

int64_t SizeOf(const std::string& path) {
  struct stat info;
  if (stat(path.c_str(), &info) != 0) return -1;
  return static_cast<int64_t>(info.st_size);
}

// Reads the directory; nullopt when it cannot, or holds no WAL.
std::optional<PrimaryFiles> ScanPrimaryFiles(const std::string& dir) {
  const absl::Time now = absl::Now();
  PrimaryFiles files;
  const std::optional<absl::Time> mtime = MtimeOf(dir);
  if (!mtime) return std::nullopt;
  files.dir_mtime = *mtime;
  files.mtime_settled = *mtime < now - absl::Seconds(1);
  std::error_code error;
  uint64_t newest = 0;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    const std::string name = entry.path().filename().string();
    uint64_t number = 0;
    if (absl::EndsWith(name, ".log") &&
        absl::SimpleAtoi(absl::StripSuffix(name, ".log"), &number) &&
        number >= newest) {
      newest = number;
      files.wal = entry.path().string();
    }
  }
  if (error || files.wal.empty()) return std::nullopt;
  std::ifstream current(dir + "/CURRENT");
  std::string manifest;
  if (!std::getline(current, manifest) || manifest.empty()) return std::nullopt;
  files.manifest = dir + "/" + manifest;
  files.wal_size = SizeOf(files.wal);
  files.manifest_size = SizeOf(files.manifest);
  if (files.wal_size < 0 || files.manifest_size < 0) return std::nullopt;
  return files;
}

// True when the directory, the WAL and the MANIFEST are as in `before`.
bool Unchanged(const std::string& dir, const PrimaryFiles& before) {
  return before.mtime_settled && MtimeOf(dir) == before.dir_mtime &&
         SizeOf(before.wal) == before.wal_size &&
         SizeOf(before.manifest) == before.manifest_size;
}

bool IsMeetingMatch(const MeetingQuery& query, const v1::Event& event) {
  const bool type_ok =
      event.type() == v1::EVENT_TYPE_MEETING ||
      (query.include_calls && event.type() == v1::EVENT_TYPE_CALL);
  const bool status_ok =
      event.status() == v1::EVENT_STATUS_OCCURRED ||
      (query.include_planned && (event.status() == v1::EVENT_STATUS_PLANNED ||
                                 event.status() == v1::EVENT_STATUS_CANCELLED));
  return type_ok && status_ok;
}

}  // namespace

class Store::Impl {
 public:
  ~Impl() {
    for (rocksdb::ColumnFamilyHandle* handle : handles_) {
      if (handle != nullptr) db_->DestroyColumnFamilyHandle(handle);
    }
  }

  static absl::StatusOr<std::unique_ptr<Impl>> Open(
      const std::string& path, const std::string& secondary_path);

  bool secondary() const { return secondary_; }
  // Fills agreements_by_party from the stored agreements (for a database
  // written before that index existed). Primary only.
  absl::Status IndexAgreementsByParty();
  // `full`: catch up even when the primary's files show no new write.
  absl::Status CatchUpIfOlderThan(absl::Time request_time, bool full);
  int64_t catch_up_count() const {
    std::lock_guard<std::mutex> lock(catch_up_mu_);
    return catch_up_count_;
  }

  // Ingest's read-merge-write under write_mu_; sets *ticket to the number
  // of its write (unchanged when it writes nothing).
  absl::StatusOr<IngestResult> WriteLocked(const v1::Article& article,
                                           const std::vector<v1::Event>& events,
                                           const std::vector<v1::Actor>& actors,
                                           uint64_t* ticket);
  absl::StatusOr<IngestResult> Ingest(const v1::Article& article,
                                      const std::vector<v1::Event>& events,
                                      const std::vector<v1::Actor>& actors,
                                      Durability durability);

  // Returns once the WAL is synced past write number `ticket` (see
  // written_); concurrent callers share one sync.
  absl::Status SyncThrough(uint64_t ticket);
  absl::Status SyncWal() { return SyncThrough(written_.load()); }

  // NOT_FOUND (naming `what`) when `key` is absent; DATA_LOSS when the
  // stored value does not parse.
  template <typename T>
  absl::StatusOr<T> Get(Cf cf, absl::string_view key,
                        absl::string_view what) const;

  absl::StatusOr<Page<v1::Event>> ListMeetings(const MeetingQuery& query,
                                               const PageRequest& page) const;
  absl::StatusOr<Page<v1::Event>> ListEvents(const EventQuery& query,
                                             const PageRequest& page) const;
  absl::StatusOr<Page<v1::Agreement>> ListAgreements(
      const AgreementQuery& query, const PageRequest& page) const;
  absl::StatusOr<Page<v1::Actor>> ListActors(const ActorQuery& query,
                                             const PageRequest& page) const;
  absl::StatusOr<std::vector<v1::Actor>> FindActorsByName(
      absl::string_view name) const;
  absl::Status CheckConsistency(
      std::vector<std::string>* problems,
      const std::function<absl::Status()>& interrupt) const;
  absl::Status Checkpoint(const std::string& dir) const;

 private:
  // The state of one ingest before it is written.
  struct PendingEvent {
    v1::Event event;
    // The index keys as stored; nullopt for a new event.
    std::optional<keys::EventIndexKeys> stored_keys;
  };
  struct PendingAgreement {
    v1::Agreement agreement;
    // The current status as stored; nullopt for a new agreement.
    std::optional<v1::AgreementStatus> stored_status;
    // The agreements_by_party keys as stored; empty for a new agreement.
    std::vector<std::string> stored_party_keys;
  };
  struct Pending {
    std::map<std::string, PendingEvent> events;
    std::map<std::string, PendingAgreement> agreements;
  };

  // What a list scans: keys of `index` within `range`, each naming a record
  // of `records` (the key itself when index == records).
  struct ScanSpec {
    Cf index;
    keys::KeyRange range;
    Cf records;
    std::function<absl::StatusOr<keys::DatedKey>(absl::string_view)> decode;
    uint64_t fingerprint;
  };

  rocksdb::ColumnFamilyHandle* cf(Cf id) const { return handles_[id]; }

  // Whether `key` exists in `cf`.
  absl::StatusOr<bool> Exists(Cf id, absl::string_view key) const;

  // Calls `visit` for every key in `range` of `cf`, in order, until it
  // returns false. When `interrupt` is given it is called at the first key
  // and then every kKeysPerInterruptCheck keys; its error stops the scan
  // and is returned.
  absl::Status ForEachKey(
      Cf id, const keys::KeyRange& range,
      const std::function<bool(absl::string_view key, absl::string_view value)>&
          visit,
      const std::function<absl::Status()>& interrupt = nullptr) const;

  template <typename T>
  absl::StatusOr<Page<T>> Scan(const ScanSpec& spec, const PageRequest& page,
                               const std::function<bool(const T&)>& keep) const;

  // Loads events by id, in order; NOT_FOUND for a missing one.
  absl::StatusOr<std::vector<v1::Event>> GetEvents(
      const std::vector<std::string>& ids) const;

  // Finds or creates the agreement of AGREEMENT event `event` in `pending`
  // and sets event->agreement().id() and its parties.
  absl::Status AttachAgreement(v1::Event* event, Pending* pending) const;

  // The id of an event in `pending` or stored (then loaded into `pending`)
  // that is the same happening as `event`; "" when none is.
  absl::StatusOr<std::string> FindSameHappening(const v1::Event& event,
                                                Pending* pending) const;

  bool secondary_ = false;
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;

  std::mutex write_mu_;  // Serializes Ingest.
  // Writes are numbered in order; written_ is the number of the last one
  // whose db_->Write has returned (it is in the WAL, maybe not synced).
  uint64_t next_write_ = 0;  // Guarded by write_mu_.
  std::atomic<uint64_t> written_{0};

  std::mutex sync_mu_;
  std::condition_variable sync_done_;
  bool syncing_ = false;  // Guarded by sync_mu_.
  uint64_t synced_ = 0;   // Guarded by sync_mu_: writes up to it are synced.

  mutable std::mutex catch_up_mu_;
  std::condition_variable catch_up_done_;
  bool catching_up_ = false;    // Guarded by catch_up_mu_.
  absl::Time running_started_;  // Of the running catch-up.
  absl::Time last_ok_started_ = absl::InfinitePast();  // Latest success.
  absl::Status last_status_;    // Of the latest catch-up.
  int64_t catch_up_count_ = 0;  // Completed catch-ups.
  std::string path_;            // Of the primary's directory.
  // The primary's files as they were when the latest successful catch-up
  // began; guarded by catch_up_mu_.
  std::optional<PrimaryFiles> caught_up_files_;
};

// Whether `name` is a file RocksDB writes into a database directory, some
// of them before CURRENT while it creates the database.
bool IsRocksDbFileName(absl::string_view name) {
  return name == "LOCK" || name == "IDENTITY" ||
         absl::StartsWith(name, "LOG") || absl::StartsWith(name, "MANIFEST-") ||
         absl::StartsWith(name, "OPTIONS-") || absl::EndsWith(name, ".dbtmp") ||
         absl::EndsWith(name, ".log") || absl::EndsWith(name, ".sst") ||
         absl::EndsWith(name, ".blob");
}

// For a secondary: whether the primary has finished creating the database
// at `path`, every column family included. FAILED_PRECONDITION while it has
// not (no directory, a directory holding nothing or only RocksDB's files
// without CURRENT, or a database lacking some column family): the caller may
// wait and retry. INVALID_ARGUMENT when `path` cannot be the primary's
// database: not a directory, or a directory without CURRENT holding a file
// RocksDB does not write. The RocksDB error (DATA_LOSS for a damaged
// CURRENT or MANIFEST) when the column families cannot be read.
absl::Status CheckPrimaryCreated(const std::string& path) {
  const std::string not_yet =
      "' yet; start the ingest service (the primary) on it, which creates it";
  const std::string fix =
      "; --db must name the ingest service's database directory";
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (!fs::exists(status)) {
    return absl::FailedPreconditionError(
        absl::StrCat("no database at '", path, not_yet));
  }
  if (!fs::is_directory(status)) {
    return absl::InvalidArgumentError(
        absl::StrCat("'", path, "' is not a directory", fix));
  }
  if (!fs::exists(fs::path(path) / "CURRENT", error)) {
    for (const auto& entry : fs::directory_iterator(path, error)) {
      const std::string name = entry.path().filename().string();
      if (!IsRocksDbFileName(name)) {
        return absl::InvalidArgumentError(
            absl::StrCat("'", path, "' is not a RocksDB database (it holds '",
                         name, "' but no CURRENT file)", fix));
      }
    }
    return absl::FailedPreconditionError(
        absl::StrCat("no database at '", path, not_yet));
  }
  std::vector<std::string> existing;
  PARLEY_RETURN_IF_ERROR(FromRocks(
      rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path, &existing),
      absl::StrCat("reading the column families of the database at '", path,
                   "'")));
  for (int i = 0; i < kCfCount; ++i) {
    if (i != kDefault && std::find(existing.begin(), existing.end(),
                                   kCfNames[i]) == existing.end()) {
      return absl::FailedPreconditionError(
          absl::StrCat("the database at '", path, "' has no column family '",
                       kCfNames[i], "' yet; the ingest service (the primary) ",
                       "creates it when it opens the database", fix));
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<std::unique_ptr<Store::Impl>> Store::Impl::Open(
    const std::string& path, const std::string& secondary_path) {
  const bool secondary = !secondary_path.empty();
  std::error_code error;
  if (secondary) {
    PARLEY_RETURN_IF_ERROR(CheckPrimaryCreated(path));
    fs::create_directories(secondary_path, error);
  } else {
    fs::create_directories(path, error);
  }
  if (error) {
    return absl::UnavailableError(absl::StrCat(
        "cannot create directory for the database: ", error.message()));
  }

  // One block cache for all column families of this instance.
  const std::shared_ptr<rocksdb::Cache> block_cache = rocksdb::NewLRUCache(
      secondary ? kQueryBlockCacheBytes : kIngestBlockCacheBytes);
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (int i = 0; i < kCfCount; ++i) {
    descriptors.emplace_back(
        i == kDefault ? rocksdb::kDefaultColumnFamilyName : kCfNames[i],
        ColumnFamilyOptionsFor(static_cast<Cf>(i), block_cache));
  }
  rocksdb::DBOptions options;
  // The column families of an existing database; none for a new one.
  std::vector<std::string> existing;
  if (!rocksdb::DB::ListColumnFamilies(options, path, &existing).ok()) {
    existing.clear();
  }
  auto impl = std::make_unique<Impl>();
  impl->secondary_ = secondary;
  impl->path_ = path;
  rocksdb::DB* db = nullptr;
  rocksdb::Status status;
  if (secondary) {
    options.max_open_files = -1;  // Required by secondary instances.
    // Each catch-up loads the tables of the primary's newest version; with
    // more than one opening thread RocksDB starts (and joins) that many
    // threads on every catch-up, even when nothing changed, which cost
    // tens of milliseconds per query under load.
    options.max_file_opening_threads = 1;
    status = rocksdb::DB::OpenAsSecondary(options, path, secondary_path,
                                          descriptors, &impl->handles_, &db);
  } else {
    options.create_if_missing = true;
    options.create_missing_column_families = true;
    status =
        rocksdb::DB::Open(options, path, descriptors, &impl->handles_, &db);
  }
  if (!status.ok()) {
    return FromRocks(status, absl::StrCat("opening the database at '", path,
                                          secondary ? "' as a secondary"
                                                    : "' as the primary"));
  }
  impl->db_.reset(db);
  if (!secondary && !existing.empty() &&
      std::find(existing.begin(), existing.end(),
                kCfNames[kAgreementsByParty]) == existing.end()) {
    PARLEY_RETURN_IF_ERROR(impl->IndexAgreementsByParty());
  }
  return impl;
}

absl::Status Store::Impl::IndexAgreementsByParty() {
  rocksdb::WriteBatch batch;
  absl::Status status;
  int64_t count = 0;
  PARLEY_RETURN_IF_ERROR(
      ForEachKey(kAgreements, keys::PrefixRange(""),
                 [&](absl::string_view key, absl::string_view value) {
                   v1::Agreement agreement;
                   if (!agreement.ParseFromArray(
                           value.data(), static_cast<int>(value.size()))) {
                     status = absl::DataLossError(absl::StrCat(
                         "stored agreement '", key, "' does not parse"));
                     return false;
                   }
                   for (const std::string& party_key : PartyKeys(agreement)) {
                     batch.Put(cf(kAgreementsByParty), party_key, "");
                   }
                   ++count;
                   return true;
                 }));
  PARLEY_RETURN_IF_ERROR(status);
  rocksdb::WriteOptions options;
  options.sync = true;
  PARLEY_RETURN_IF_ERROR(FromRocks(db_->Write(options, &batch),
                                   "writing the agreements_by_party index"));
  PARLEY_LOG(INFO) << "indexed " << count
                   << " stored agreements by party (new index)";
  return absl::OkStatus();
}

absl::Status Store::Impl::CatchUpIfOlderThan(absl::Time request_time,
                                             bool full) {
  if (!secondary_) {
    return absl::FailedPreconditionError(
        "catching up is for secondary instances; the primary always sees "
        "its own writes");
  }
  std::unique_lock<std::mutex> lock(catch_up_mu_);
  while (true) {
    if (last_ok_started_ >= request_time) return absl::OkStatus();
    if (!catching_up_) break;
    // Wait for the running catch-up; it serves us if it started after
    // request_time.
    const bool serves_us = running_started_ >= request_time;
    const int64_t done_before = catch_up_count_;
    catch_up_done_.wait(lock, [&] { return catch_up_count_ != done_before; });
    if (serves_us) return last_status_;
  }
  // A catch-up costs tens of microseconds even when there is nothing new.
  // When the primary's files are as they were before the latest successful
  // catch-up began, every write acknowledged before now was visible to it.
  const absl::Time now = absl::Now();
  if (!full && caught_up_files_ && Unchanged(path_, *caught_up_files_)) {
    last_ok_started_ = std::max(last_ok_started_, now);
    return absl::OkStatus();
  }
  catching_up_ = true;
  running_started_ = absl::Now();
  lock.unlock();
  std::optional<PrimaryFiles> files = ScanPrimaryFiles(path_);
  const absl::Status status =
      FromRocks(db_->TryCatchUpWithPrimary(), "catching up with the primary");
  lock.lock();
  catching_up_ = false;
  if (status.ok()) {
    last_ok_started_ = running_started_;
    caught_up_files_ = std::move(files);
  }
  last_status_ = status;
  ++catch_up_count_;
  catch_up_done_.notify_all();
  return status;
}

template <typename T>
absl::StatusOr<T> Store::Impl::Get(Cf id, absl::string_view key,
                                   absl::string_view what) const {
  rocksdb::PinnableSlice value;
  const rocksdb::Status status =
      db_->Get(rocksdb::ReadOptions(), cf(id), ToSlice(key), &value);
  if (status.IsNotFound()) {
    return absl::NotFoundError(
        absl::StrCat("no ", what, " with id '", absl::CHexEscape(key), "'"));
  }
  PARLEY_RETURN_IF_ERROR(
      FromRocks(status, absl::StrCat("reading ", what, " '", key, "'")));
  T record;
  if (!record.ParseFromArray(value.data(), static_cast<int>(value.size()))) {
    return absl::DataLossError(
        absl::StrCat("stored ", what, " '", key, "' does not parse"));
  }
  return record;
}

absl::StatusOr<bool> Store::Impl::Exists(Cf id, absl::string_view key) const {
  rocksdb::PinnableSlice value;
  const rocksdb::Status status =
      db_->Get(rocksdb::ReadOptions(), cf(id), ToSlice(key), &value);
  if (status.IsNotFound()) return false;
  PARLEY_RETURN_IF_ERROR(FromRocks(status, "reading the database"));
  return true;
}

absl::Status Store::Impl::ForEachKey(
    Cf id, const keys::KeyRange& range,
    const std::function<bool(absl::string_view, absl::string_view)>& visit,
    const std::function<absl::Status()>& interrupt) const {
  rocksdb::ReadOptions options;
  const rocksdb::Slice upper(range.upper);
  if (!range.upper.empty()) options.iterate_upper_bound = &upper;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(options, cf(id)));
  size_t visited = 0;
  for (it->Seek(range.lower); it->Valid(); it->Next()) {
    if (interrupt && visited++ % kKeysPerInterruptCheck == 0) {
      PARLEY_RETURN_IF_ERROR(interrupt());
    }
    const rocksdb::Slice key = it->key();
    const rocksdb::Slice value = it->value();
    if (!visit(absl::string_view(key.data(), key.size()),
               absl::string_view(value.data(), value.size()))) {
      break;
    }
  }
  return FromRocks(it->status(), absl::StrCat("scanning ", kCfNames[id]));
}

template <typename T>
absl::StatusOr<Page<T>> Store::Impl::Scan(
    const ScanSpec& spec, const PageRequest& page,
    const std::function<bool(const T&)>& keep) const {
  const absl::StatusOr<size_t> limit = PageLimit(page.page_size);
  if (!limit.ok()) return limit.status();
  std::string start = spec.range.lower;
  if (!page.page_token.empty()) {
    absl::StatusOr<std::string> resume =
        DecodePageToken(page.page_token, spec.fingerprint);
    if (!resume.ok()) return resume.status();
    if (*resume < spec.range.lower ||
        (!spec.range.upper.empty() && *resume >= spec.range.upper)) {
      return MalformedPageTokenError();  // Forged: outside the query.
    }
    start = *std::move(resume);
  }

  // Index keys are read in chunks whose records are fetched with MultiGet.
  struct Entry {
    std::string key;
    std::string record_id;
    std::string value;  // Filled when index == records.
  };
  const size_t chunk_size = std::min<size_t>(*limit + 1, 128);
  std::vector<Entry> chunk;
  Page<T> out;
  std::set<std::string> seen;
  bool full = false;
  auto flush = [&]() -> absl::Status {
    if (page.interrupt) PARLEY_RETURN_IF_ERROR(page.interrupt());
    std::vector<rocksdb::PinnableSlice> values(chunk.size());
    std::vector<rocksdb::Status> statuses(chunk.size());
    if (spec.index != spec.records) {
      std::vector<rocksdb::Slice> ids;
      for (const Entry& entry : chunk) ids.emplace_back(entry.record_id);
      db_->MultiGet(rocksdb::ReadOptions(), cf(spec.records), ids.size(),
                    ids.data(), values.data(), statuses.data());
    }
    for (size_t i = 0; i < chunk.size() && !full; ++i) {
      const Entry& entry = chunk[i];
      absl::string_view bytes = entry.value;
      if (spec.index != spec.records) {
        if (statuses[i].IsNotFound()) {
          PARLEY_LOG(WARNING)
              << "index " << kCfNames[spec.index] << " names missing record '"
              << entry.record_id << "'; run parley fsck";
          continue;
        }
        PARLEY_RETURN_IF_ERROR(FromRocks(statuses[i], "reading records"));
        bytes = absl::string_view(values[i].data(), values[i].size());
      }
      T record;
      if (!record.ParseFromArray(bytes.data(),
                                 static_cast<int>(bytes.size()))) {
        return absl::DataLossError(
            absl::StrCat("stored record '", entry.record_id, "' in ",
                         kCfNames[spec.records], " does not parse"));
      }
      if (!keep(record) || seen.count(entry.record_id)) continue;
      if (out.items.size() == *limit) {
        out.next_page_token = EncodePageToken(entry.key, spec.fingerprint);
        full = true;
        break;
      }
      seen.insert(entry.record_id);
      out.items.push_back(std::move(record));
    }
    chunk.clear();
    return absl::OkStatus();
  };

  absl::Status status;
  PARLEY_RETURN_IF_ERROR(
      ForEachKey(spec.index, keys::KeyRange{start, spec.range.upper},
                 [&](absl::string_view key, absl::string_view value) {
                   Entry entry;
                   entry.key = std::string(key);
                   if (spec.index == spec.records) {
                     entry.record_id = entry.key;
                     entry.value = std::string(value);
                   } else {
                     absl::StatusOr<keys::DatedKey> decoded = spec.decode(key);
                     if (!decoded.ok()) {
                       status = absl::DataLossError(decoded.status().message());
                       return false;
                     }
                     entry.record_id = std::move(decoded->event_id);
                   }
                   chunk.push_back(std::move(entry));
                   if (chunk.size() >= chunk_size) status = flush();
                   return status.ok() && !full;
                 }));
  PARLEY_RETURN_IF_ERROR(status);
  if (!full) PARLEY_RETURN_IF_ERROR(flush());
  return out;
}

absl::StatusOr<std::vector<v1::Event>> Store::Impl::GetEvents(
    const std::vector<std::string>& ids) const {
  std::vector<v1::Event> events;
  for (const std::string& id : ids) {
    absl::StatusOr<v1::Event> event = Get<v1::Event>(kEvents, id, "event");
    if (!event.ok()) return event.status();
    events.push_back(*std::move(event));
  }
  return events;
}

absl::Status Store::Impl::AttachAgreement(v1::Event* event,
                                          Pending* pending) const {
  const std::vector<std::string> parties = AgreementParties(*event);
  v1::EventAgreement* reported = event->mutable_agreement();
  reported->clear_parties();
  for (const std::string& party : parties) reported->add_parties(party);
  const std::string& name = reported->name();

  for (const auto& [id, entry] : pending->agreements) {
    if (SameAgreement(entry.agreement, parties, name)) {
      reported->set_id(id);
      return absl::OkStatus();
    }
  }
  // Stored agreements between these parties share an id prefix.
  const std::string prefix = AgreementIdPrefix(parties);
  std::optional<v1::Agreement> found;
  absl::Status status;
  PARLEY_RETURN_IF_ERROR(
      ForEachKey(kAgreements, keys::PrefixRange(prefix),
                 [&](absl::string_view key, absl::string_view value) {
                   if (pending->agreements.count(std::string(key))) return true;
                   v1::Agreement agreement;
                   if (!agreement.ParseFromArray(
                           value.data(), static_cast<int>(value.size()))) {
                     status = absl::DataLossError(absl::StrCat(
                         "stored agreement '", key, "' does not parse"));
                     return false;
                   }
                   if (!SameAgreement(agreement, parties, name)) return true;
                   found = std::move(agreement);
                   return false;
                 }));
  PARLEY_RETURN_IF_ERROR(status);
  if (found) {
    const std::string id = found->id();
    const v1::AgreementStatus stored_status = found->status();
    std::vector<std::string> party_keys = PartyKeys(*found);
    pending->agreements[id] = PendingAgreement{*std::move(found), stored_status,
                                               std::move(party_keys)};
    reported->set_id(id);
    return absl::OkStatus();
  }

  const std::string base = prefix + AgreementNameSlug(name);
  std::string id = base;
  for (int n = 2;; ++n) {
    absl::StatusOr<bool> taken = Exists(kAgreements, id);
    if (!taken.ok()) return taken.status();
    if (!*taken && !pending->agreements.count(id)) break;
    id = absl::StrCat(base, "-", n);
  }
  reported->set_id(id);
  pending->agreements[id] =
      PendingAgreement{NewAgreement(id, *event), std::nullopt, {}};
  return absl::OkStatus();
}

absl::StatusOr<std::string> Store::Impl::FindSameHappening(
    const v1::Event& event, Pending* pending) const {
  for (const auto& [id, entry] : pending->events) {
    if (SameHappening(entry.event, event)) return id;
  }

  // Stored candidates, through the most selective index.
  std::vector<std::string> candidates;
  // An AGREEMENT event can only be one of its agreement's events. A long
  // list of those is narrowed by date through the index below, so that an
  // agreement reported many times does not make each report load them all.
  const bool is_agreement = event.type() == v1::EVENT_TYPE_AGREEMENT;
  std::set<std::string> agreement_events;
  if (is_agreement) {
    const auto& ids =
        pending->agreements.at(event.agreement().id()).agreement.event_ids();
    if (ids.size() <= 8 || PrecisionOf(event.date()) == DatePrecision::kNone) {
      candidates.assign(ids.begin(), ids.end());
    } else {
      agreement_events.insert(ids.begin(), ids.end());
    }
  }
  if (!is_agreement || !agreement_events.empty()) {
    std::vector<std::string> ids;
    for (const v1::ActorRef& participant : event.participants()) {
      ids.push_back(participant.id());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    Cf index = kEventsByDate;
    std::string prefix;
    std::function<absl::StatusOr<keys::DatedKey>(absl::string_view)> decode =
        keys::DecodeEventsByDateKey;
    if (keys::IsPairIndexed(event.type()) && ids.size() >= 2) {
      index = kMeetingsByPair;
      prefix = keys::PairPrefix(ids[0], ids[1]);
      decode = keys::DecodeMeetingsByPairKey;
    } else if (!ids.empty()) {
      index = kEventsByActor;
      prefix = keys::ActorPrefix(ids[0]);
      decode = keys::DecodeEventsByActorKey;
    }
    absl::Status status;
    for (const keys::KeyRange& range :
         keys::AgreeingDateRanges(prefix, event.date())) {
      PARLEY_RETURN_IF_ERROR(ForEachKey(
          index, range, [&](absl::string_view key, absl::string_view) {
            absl::StatusOr<keys::DatedKey> decoded = decode(key);
            if (!decoded.ok()) {
              status = absl::DataLossError(decoded.status().message());
              return false;
            }
            if (!is_agreement || agreement_events.count(decoded->event_id)) {
              candidates.push_back(std::move(decoded->event_id));
            }
            return true;
          }));
      PARLEY_RETURN_IF_ERROR(status);
    }
  }

  for (const std::string& id : candidates) {
    if (pending->events.count(id)) continue;  // Checked above.
    absl::StatusOr<v1::Event> stored = Get<v1::Event>(kEvents, id, "event");
    if (!stored.ok()) return stored.status();
    if (!SameHappening(*stored, event)) continue;
    keys::EventIndexKeys stored_keys = keys::IndexKeysOf(*stored);
    pending->events[id] =
        PendingEvent{*std::move(stored), std::move(stored_keys)};
    return id;
  }
  return std::string();
}

absl::Status Store::Impl::SyncThrough(uint64_t ticket) {
  if (secondary_) {
    return absl::FailedPreconditionError(
        "a secondary instance writes nothing; sync the primary");
  }
  std::unique_lock<std::mutex> lock(sync_mu_);
  while (synced_ < ticket) {
    if (syncing_) {
      sync_done_.wait(lock);
      continue;
    }
    // One sync covers every write that has returned by now.
    syncing_ = true;
    const uint64_t target = written_.load();
    lock.unlock();
    const absl::Status status =
        FromRocks(db_->SyncWAL(), "syncing the write-ahead log");
    lock.lock();
    syncing_ = false;
    if (status.ok()) synced_ = std::max(synced_, target);
    sync_done_.notify_all();
    PARLEY_RETURN_IF_ERROR(status);
  }
  return absl::OkStatus();
}

absl::StatusOr<IngestResult> Store::Impl::Ingest(
    const v1::Article& article, const std::vector<v1::Event>& events,
    const std::vector<v1::Actor>& actors, Durability durability) {
  if (secondary_) {
    return absl::FailedPreconditionError(
        "a secondary instance is read-only; ingest through the primary");
  }
  PARLEY_RETURN_IF_ERROR(keys::ValidateRecordId(article.id(), "article id"));
  if (absl::Status s = ValidateDate(article.published()); !s.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("article published ", s.message()));
  }
  for (size_t i = 0; i < events.size(); ++i) {
    PARLEY_RETURN_IF_ERROR(ValidateEvent(events[i], i));
  }
  for (const v1::Actor& actor : actors)
    PARLEY_RETURN_IF_ERROR(ValidateActor(actor));

  // The write happens under write_mu_ without a sync, so that the next
  // ingest reads it; the sync after it is shared with concurrent ingests.
  uint64_t ticket = 0;
  absl::StatusOr<IngestResult> result = [&]() -> absl::StatusOr<IngestResult> {
    std::lock_guard<std::mutex> lock(write_mu_);
    // A duplicate's answer also waits for the sync of the write it found.
    ticket = written_.load();
    return WriteLocked(article, events, actors, &ticket);
  }();
  if (!result.ok()) return result.status();
  if (durability == Durability::kSynced) {
    PARLEY_RETURN_IF_ERROR(SyncThrough(ticket));
  }
  return result;
}

absl::StatusOr<IngestResult> Store::Impl::WriteLocked(
    const v1::Article& article, const std::vector<v1::Event>& events,
    const std::vector<v1::Actor>& actors, uint64_t* ticket) {
  IngestResult result;
  result.article_id = article.id();
  absl::StatusOr<v1::Article> stored =
      Get<v1::Article>(kArticles, article.id(), "article");
  if (stored.ok()) {
    result.duplicate = true;
    absl::StatusOr<std::vector<v1::Event>> stored_events =
        GetEvents(std::vector<std::string>(stored->event_ids().begin(),
                                           stored->event_ids().end()));
    if (!stored_events.ok()) return stored_events.status();
    result.events = *std::move(stored_events);
    return result;
  }
  if (!absl::IsNotFound(stored.status())) return stored.status();

  Pending pending;
  std::vector<std::string> event_ids;  // Of this article, in order.
  for (size_t i = 0; i < events.size(); ++i) {
    v1::Event event = events[i];
    event.clear_id();
    const bool is_agreement = event.type() == v1::EVENT_TYPE_AGREEMENT;
    if (is_agreement) {
      PARLEY_RETURN_IF_ERROR(AttachAgreement(&event, &pending));
    }
    absl::StatusOr<std::string> same = FindSameHappening(event, &pending);
    if (!same.ok()) return same.status();
    std::string id = *same;
    if (id.empty()) {
      id = NewEventId(article.id(), i);
      event.set_id(id);
      pending.events[id] = PendingEvent{event, std::nullopt};
    } else {
      MergeEvent(event, &pending.events[id].event);
      event.set_id(id);
    }
    if (is_agreement) {
      AddToAgreement(event, article.id(), article.published(),
                     &pending.agreements.at(event.agreement().id()).agreement);
    }
    if (std::find(event_ids.begin(), event_ids.end(), id) == event_ids.end()) {
      event_ids.push_back(id);
    }
  }

  rocksdb::WriteBatch batch;
  for (const auto& [id, entry] : pending.events) {
    batch.Put(cf(kEvents), id, entry.event.SerializeAsString());
    const keys::EventIndexKeys before =
        entry.stored_keys.value_or(keys::EventIndexKeys{});
    const keys::EventIndexKeys now = keys::IndexKeysOf(entry.event);
    ApplyIndexDiff(&batch, cf(kEventsByDate), before.by_date, now.by_date);
    ApplyIndexDiff(&batch, cf(kEventsByActor), before.by_actor, now.by_actor);
    ApplyIndexDiff(&batch, cf(kMeetingsByPair), before.by_pair, now.by_pair);
  }
  for (const auto& [id, entry] : pending.agreements) {
    batch.Put(cf(kAgreements), id, entry.agreement.SerializeAsString());
    const v1::AgreementStatus now = entry.agreement.status();
    if (entry.stored_status != now) {
      if (entry.stored_status) {
        batch.Delete(cf(kAgreementsByStatus),
                     keys::AgreementsByStatusKey(*entry.stored_status, id));
      }
      batch.Put(cf(kAgreementsByStatus), keys::AgreementsByStatusKey(now, id),
                "");
    }
    ApplyIndexDiff(&batch, cf(kAgreementsByParty), entry.stored_party_keys,
                   PartyKeys(entry.agreement));
  }
  v1::Article record = article;
  record.clear_event_ids();
  for (const std::string& id : event_ids) record.add_event_ids(id);
  batch.Put(cf(kArticles), record.id(), record.SerializeAsString());
  std::set<std::string> added_actors;
  for (const v1::Actor& actor : actors) {
    absl::StatusOr<bool> known = Exists(kActors, actor.id());
    if (!known.ok()) return known.status();
    if (*known || !added_actors.insert(actor.id()).second) continue;
    batch.Put(cf(kActors), actor.id(), actor.SerializeAsString());
    for (const std::string& key : ActorNameKeys(actor)) {
      batch.Put(cf(kActorsByName), key, "");
    }
  }

  // Synced afterwards (see Ingest), before the caller is told it is stored.
  PARLEY_RETURN_IF_ERROR(
      FromRocks(db_->Write(rocksdb::WriteOptions(), &batch),
                absl::StrCat("writing article '", article.id(), "'")));
  *ticket = ++next_write_;
  written_.store(*ticket);

  for (const std::string& id : event_ids) {
    result.events.push_back(pending.events.at(id).event);
  }
  return result;
}

absl::StatusOr<Page<v1::Event>> Store::Impl::ListMeetings(
    const MeetingQuery& query, const PageRequest& page) const {
  PARLEY_RETURN_IF_ERROR(keys::ValidateActorId(query.actor_a, "actor_a"));
  PARLEY_RETURN_IF_ERROR(keys::ValidateActorId(query.actor_b, "actor_b"));
  if (query.actor_a == query.actor_b) {
    return absl::InvalidArgumentError(
        "actor_a and actor_b are the same actor; name two different actors");
  }
  PARLEY_RETURN_IF_ERROR(ValidateRange(query.start_date, query.end_date));
  const std::string low = std::min(query.actor_a, query.actor_b);
  const std::string high = std::max(query.actor_a, query.actor_b);
  ScanSpec spec{
      kMeetingsByPair,
      keys::DateRange(keys::PairPrefix(low, high), query.start_date,
                      query.end_date),
      kEvents, keys::DecodeMeetingsByPairKey,
      Fingerprint("meetings", low, high, keys::DateKey(query.start_date),
                  keys::DateKey(query.end_date), query.include_calls,
                  query.include_planned)};
  return Scan<v1::Event>(spec, page, [&](const v1::Event& event) {
    return IsMeetingMatch(query, event);
  });
}

absl::StatusOr<Page<v1::Event>> Store::Impl::ListEvents(
    const EventQuery& query, const PageRequest& page) const {
  if (!query.actor.empty()) {
    PARLEY_RETURN_IF_ERROR(keys::ValidateActorId(query.actor, "actor"));
  }
  PARLEY_RETURN_IF_ERROR(ValidateRange(query.start_date, query.end_date));
  const bool by_actor = !query.actor.empty();
  ScanSpec spec{
      by_actor ? kEventsByActor : kEventsByDate,
      keys::DateRange(by_actor ? keys::ActorPrefix(query.actor) : "",
                      query.start_date, query.end_date),
      kEvents,
      by_actor ? keys::DecodeEventsByActorKey : keys::DecodeEventsByDateKey,
      Fingerprint("events", query.actor, query.type, query.status,
                  keys::DateKey(query.start_date),
                  keys::DateKey(query.end_date))};
  return Scan<v1::Event>(spec, page, [&](const v1::Event& event) {
    return (query.type == v1::EVENT_TYPE_UNSPECIFIED ||
            event.type() == query.type) &&
           (query.status == v1::EVENT_STATUS_UNSPECIFIED ||
            event.status() == query.status);
  });
}

absl::StatusOr<Page<v1::Agreement>> Store::Impl::ListAgreements(
    const AgreementQuery& query, const PageRequest& page) const {
  if (!query.party.empty()) {
    PARLEY_RETURN_IF_ERROR(keys::ValidateActorId(query.party, "party"));
  }
  if (!v1::AgreementStatus_IsValid(query.status)) {
    return absl::InvalidArgumentError(
        absl::StrCat("status ", query.status, " is not an AgreementStatus"));
  }
  const bool by_status = query.status != v1::AGREEMENT_STATUS_UNSPECIFIED;
  const bool by_party = !query.party.empty();
  // A party narrows the scan to that party's agreements (filtered by status
  // below); a status alone to the agreements with that status.
  ScanSpec spec{
      by_party    ? kAgreementsByParty
      : by_status ? kAgreementsByStatus
                  : kAgreements,
      keys::PrefixRange(by_party    ? keys::ActorPrefix(query.party)
                        : by_status ? keys::StatusPrefix(query.status)
                                    : ""),
      kAgreements,
      [by_party](absl::string_view key) -> absl::StatusOr<keys::DatedKey> {
        keys::DatedKey out;
        if (by_party) {
          absl::StatusOr<keys::PartyKey> decoded =
              keys::DecodeAgreementsByPartyKey(key);
          if (!decoded.ok()) return decoded.status();
          out.event_id = decoded->agreement_id;  // The record id.
        } else {
          absl::StatusOr<keys::StatusKey> decoded =
              keys::DecodeAgreementsByStatusKey(key);
          if (!decoded.ok()) return decoded.status();
          out.event_id = decoded->agreement_id;
        }
        return out;
      },
      Fingerprint("agreements", query.status, query.party)};
  return Scan<v1::Agreement>(spec, page, [&](const v1::Agreement& agreement) {
    return (!by_status || agreement.status() == query.status) &&
           (query.party.empty() ||
            std::count(agreement.parties().begin(), agreement.parties().end(),
                       query.party) > 0);
  });
}

absl::StatusOr<Page<v1::Actor>> Store::Impl::ListActors(
    const ActorQuery& query, const PageRequest& page) const {
  if (!v1::ActorKind_IsValid(query.kind)) {
    return absl::InvalidArgumentError(
        absl::StrCat("kind ", query.kind, " is not an ActorKind"));
  }
  ScanSpec spec{kActors, keys::PrefixRange(""), kActors, nullptr,
                Fingerprint("actors", query.kind)};
  return Scan<v1::Actor>(spec, page, [&](const v1::Actor& actor) {
    return query.kind == v1::ACTOR_KIND_UNSPECIFIED ||
           actor.kind() == query.kind;
  });
}

absl::StatusOr<std::vector<v1::Actor>> Store::Impl::FindActorsByName(
    absl::string_view name) const {
  if (name.empty() || HasNul(name)) {
    return absl::InvalidArgumentError(
        "name is empty or holds a NUL byte; pass a name such as 'Raisi'");
  }
  std::vector<std::string> ids;
  absl::Status status;
  PARLEY_RETURN_IF_ERROR(
      ForEachKey(kActorsByName, keys::PrefixRange(keys::NamePrefix(name)),
                 [&](absl::string_view key, absl::string_view) {
                   absl::StatusOr<keys::NameKey> decoded =
                       keys::DecodeActorsByNameKey(key);
                   if (!decoded.ok()) {
                     status = absl::DataLossError(decoded.status().message());
                     return false;
                   }
                   ids.push_back(std::move(decoded->actor_id));
                   return true;
                 }));
  PARLEY_RETURN_IF_ERROR(status);
  std::vector<v1::Actor> actors;
  for (const std::string& id : ids) {
    absl::StatusOr<v1::Actor> actor = Get<v1::Actor>(kActors, id, "actor");
    if (!actor.ok()) return actor.status();
    actors.push_back(*std::move(actor));
  }
  return actors;
}

absl::Status Store::Impl::CheckConsistency(
    std::vector<std::string>* problems,
    const std::function<absl::Status()>& interrupt) const {
  auto problem = [&](auto&&... parts) {
    problems->push_back(absl::StrCat(parts...));
  };
  auto expect_key = [&](Cf id, const std::string& key,
                        absl::string_view owner) -> absl::Status {
    absl::StatusOr<bool> found = Exists(id, key);
    if (!found.ok()) return found.status();
    if (!*found) {
      problem(owner, ": missing ", kCfNames[id], " entry '",
              absl::CHexEscape(key), "'");
    }
    return absl::OkStatus();
  };
  const keys::KeyRange all = keys::PrefixRange("");
  absl::Status status;  // First read error inside a visitor.
  auto keep_going = [&](const absl::Status& s) {
    if (!s.ok() && status.ok()) status = s;
    return status.ok();
  };

  // Records and the index entries each one needs.
  PARLEY_RETURN_IF_ERROR(ForEachKey(
      kEvents, all,
      [&](absl::string_view key, absl::string_view value) {
        v1::Event event;
        const std::string owner = absl::StrCat("event '", key, "'");
        if (!event.ParseFromArray(value.data(),
                                  static_cast<int>(value.size())) ||
            event.id() != key) {
          problem(owner, ": record does not parse or has another id");
          return true;
        }
        const keys::EventIndexKeys index = keys::IndexKeysOf(event);
        for (const auto& [id, list] :
             {std::pair{kEventsByDate, &index.by_date},
              std::pair{kEventsByActor, &index.by_actor},
              std::pair{kMeetingsByPair, &index.by_pair}}) {
          for (const std::string& index_key : *list) {
            if (!keep_going(expect_key(id, index_key, owner))) return false;
          }
        }
        if (event.type() == v1::EVENT_TYPE_AGREEMENT) {
          absl::StatusOr<bool> found =
              Exists(kAgreements, event.agreement().id());
          if (!keep_going(found.status())) return false;
          if (!*found)
            problem(owner, ": its agreement '", event.agreement().id(),
                    "' is missing");
        }
        return true;
      },
      interrupt));
  PARLEY_RETURN_IF_ERROR(status);
  PARLEY_RETURN_IF_ERROR(ForEachKey(
      kAgreements, all,
      [&](absl::string_view key, absl::string_view value) {
        v1::Agreement agreement;
        const std::string owner = absl::StrCat("agreement '", key, "'");
        if (!agreement.ParseFromArray(value.data(),
                                      static_cast<int>(value.size())) ||
            agreement.id() != key) {
          problem(owner, ": record does not parse or has another id");
          return true;
        }
        if (!keep_going(expect_key(
                kAgreementsByStatus,
                keys::AgreementsByStatusKey(agreement.status(), agreement.id()),
                owner))) {
          return false;
        }
        for (const std::string& party_key : PartyKeys(agreement)) {
          if (!keep_going(expect_key(kAgreementsByParty, party_key, owner))) {
            return false;
          }
        }
        for (const std::string& event_id : agreement.event_ids()) {
          if (!keep_going(expect_key(kEvents, event_id, owner))) return false;
        }
        return true;
      },
      interrupt));
  PARLEY_RETURN_IF_ERROR(status);
  PARLEY_RETURN_IF_ERROR(ForEachKey(
      kArticles, all,
      [&](absl::string_view key, absl::string_view value) {
        v1::Article article;
        const std::string owner = absl::StrCat("article '", key, "'");
        if (!article.ParseFromArray(value.data(),
                                    static_cast<int>(value.size())) ||
            article.id() != key) {
          problem(owner, ": record does not parse or has another id");
          return true;
        }
        for (const std::string& event_id : article.event_ids()) {
          if (!keep_going(expect_key(kEvents, event_id, owner))) return false;
        }
        return true;
      },
      interrupt));
  PARLEY_RETURN_IF_ERROR(status);
  PARLEY_RETURN_IF_ERROR(ForEachKey(
      kActors, all,
      [&](absl::string_view key, absl::string_view value) {
        v1::Actor actor;
        const std::string owner = absl::StrCat("actor '", key, "'");
        if (!actor.ParseFromArray(value.data(),
                                  static_cast<int>(value.size())) ||
            actor.id() != key) {
          problem(owner, ": record does not parse or has another id");
          return true;
        }
        for (const std::string& name_key : ActorNameKeys(actor)) {
          if (!keep_going(expect_key(kActorsByName, name_key, owner))) {
            return false;
          }
        }
        return true;
      },
      interrupt));
  PARLEY_RETURN_IF_ERROR(status);

  // Index entries: well-formed, and their record still wants them.
  using DatedDecoder = absl::StatusOr<keys::DatedKey> (*)(absl::string_view);
  for (const auto& [id, decode] :
       {std::pair<Cf, DatedDecoder>{kEventsByDate, keys::DecodeEventsByDateKey},
        std::pair<Cf, DatedDecoder>{kEventsByActor,
                                    keys::DecodeEventsByActorKey},
        std::pair<Cf, DatedDecoder>{kMeetingsByPair,
                                    keys::DecodeMeetingsByPairKey}}) {
    const Cf index = id;
    const DatedDecoder decoder = decode;
    PARLEY_RETURN_IF_ERROR(ForEachKey(
        index, all,
        [&](absl::string_view key, absl::string_view) {
          absl::StatusOr<keys::DatedKey> decoded = decoder(key);
          if (!decoded.ok()) {
            problem(decoded.status().message());
            return true;
          }
          absl::StatusOr<v1::Event> event =
              Get<v1::Event>(kEvents, decoded->event_id, "event");
          if (absl::IsNotFound(event.status())) {
            problem(kCfNames[index], " entry '", absl::CHexEscape(key),
                    "' names a missing event");
            return true;
          }
          if (!keep_going(event.status())) return false;
          const keys::EventIndexKeys wanted = keys::IndexKeysOf(*event);
          const std::vector<std::string>& list =
              index == kEventsByDate    ? wanted.by_date
              : index == kEventsByActor ? wanted.by_actor
                                        : wanted.by_pair;
          if (std::find(list.begin(), list.end(), key) == list.end()) {
            problem(kCfNames[index], " entry '", absl::CHexEscape(key),
                    "' is stale: event '", decoded->event_id,
                    "' is not indexed there");
          }
          return true;
        },
        interrupt));
    PARLEY_RETURN_IF_ERROR(status);
  }
  // Agreement index entries: well-formed, naming a stored agreement that
  // still wants them. `stale` says why an entry no longer fits, or "".
  auto check_agreement_index = [&](Cf index, auto decode, auto stale) {
    return ForEachKey(
        index, all,
        [&](absl::string_view key, absl::string_view) {
          auto decoded = decode(key);
          if (!decoded.ok()) {
            problem(decoded.status().message());
            return true;
          }
          absl::StatusOr<v1::Agreement> agreement = Get<v1::Agreement>(
              kAgreements, decoded->agreement_id, "agreement");
          if (absl::IsNotFound(agreement.status())) {
            problem(kCfNames[index], " entry '", absl::CHexEscape(key),
                    "' names a missing agreement");
            return true;
          }
          if (!keep_going(agreement.status())) return false;
          const std::string why = stale(*decoded, *agreement);
          if (!why.empty()) {
            problem(kCfNames[index], " entry '", absl::CHexEscape(key),
                    "' is stale: ", why);
          }
          return true;
        },
        interrupt);
  };
  PARLEY_RETURN_IF_ERROR(check_agreement_index(
      kAgreementsByStatus, keys::DecodeAgreementsByStatusKey,
      [](const keys::StatusKey& entry, const v1::Agreement& agreement) {
        return agreement.status() == entry.status
                   ? std::string()
                   : absl::StrCat("the agreement's status is ",
                                  v1::AgreementStatus_Name(agreement.status()));
      }));
  PARLEY_RETURN_IF_ERROR(status);
  PARLEY_RETURN_IF_ERROR(check_agreement_index(
      kAgreementsByParty, keys::DecodeAgreementsByPartyKey,
      [](const keys::PartyKey& entry, const v1::Agreement& agreement) {
        const bool listed =
            std::count(agreement.parties().begin(), agreement.parties().end(),
                       entry.party) > 0;
        return listed ? std::string()
                      : absl::StrCat("the agreement has no party '",
                                     entry.party, "'");
      }));
  PARLEY_RETURN_IF_ERROR(status);
  PARLEY_RETURN_IF_ERROR(ForEachKey(
      kActorsByName, all,
      [&](absl::string_view key, absl::string_view) {
        absl::StatusOr<keys::NameKey> decoded =
            keys::DecodeActorsByNameKey(key);
        if (!decoded.ok()) {
          problem(decoded.status().message());
          return true;
        }
        absl::StatusOr<v1::Actor> actor =
            Get<v1::Actor>(kActors, decoded->actor_id, "actor");
        if (absl::IsNotFound(actor.status())) {
          problem("actors_by_name entry '", absl::CHexEscape(key),
                  "' names a missing actor");
          return true;
        }
        if (!keep_going(actor.status())) return false;
        const std::vector<std::string> names = ActorNames(*actor);
        if (std::find(names.begin(), names.end(), decoded->name) ==
            names.end()) {
          problem("actors_by_name entry '", absl::CHexEscape(key),
                  "' is stale: the actor has no such name");
        }
        return true;
      },
      interrupt));
  return status;
}

absl::Status Store::Impl::Checkpoint(const std::string& dir) const {
  if (secondary_) {
    return absl::FailedPreconditionError(
        "checkpoints are taken from the primary; call it on the ingest "
        "service's store");
  }
  std::error_code error;
  if (fs::exists(dir, error)) {
    return absl::AlreadyExistsError(absl::StrCat(
        "checkpoint directory '", dir, "' exists; name a new directory"));
  }
  const fs::path parent = fs::path(dir).parent_path();
  if (!parent.empty()) fs::create_directories(parent, error);
  if (error) {
    return absl::UnavailableError(absl::StrCat("cannot create the parent of '",
                                               dir, "': ", error.message()));
  }
  rocksdb::Checkpoint* raw = nullptr;
  PARLEY_RETURN_IF_ERROR(FromRocks(rocksdb::Checkpoint::Create(db_.get(), &raw),
                                   "preparing a checkpoint"));
  std::unique_ptr<rocksdb::Checkpoint> checkpoint(raw);
  return FromRocks(checkpoint->CreateCheckpoint(dir),
                   absl::StrCat("writing a checkpoint to '", dir, "'"));
}

// Store: thin forwarding to Impl.

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

absl::StatusOr<std::unique_ptr<Store>> Store::OpenPrimary(
    const std::string& path) {
  absl::StatusOr<std::unique_ptr<Impl>> impl = Impl::Open(path, "");
  if (!impl.ok()) return impl.status();
  return std::unique_ptr<Store>(new Store(*std::move(impl)));
}

absl::StatusOr<std::unique_ptr<Store>> Store::OpenSecondary(
    const std::string& path, const std::string& secondary_path) {
  if (secondary_path.empty()) {
    return absl::InvalidArgumentError(
        "secondary_path is empty; name a scratch directory for the "
        "secondary instance");
  }
  absl::StatusOr<std::unique_ptr<Impl>> impl = Impl::Open(path, secondary_path);
  if (!impl.ok()) return impl.status();
  return std::unique_ptr<Store>(new Store(*std::move(impl)));
}

bool Store::is_secondary() const { return impl_->secondary(); }

absl::Status Store::CatchUp() {
  return impl_->CatchUpIfOlderThan(absl::Now(), /*full=*/true);
}

absl::Status Store::CatchUpIfOlderThan(absl::Time request_time) {
  return impl_->CatchUpIfOlderThan(request_time, /*full=*/false);
}

int64_t Store::catch_up_count() const { return impl_->catch_up_count(); }

absl::StatusOr<IngestResult> Store::IngestArticle(
    const v1::Article& article, const std::vector<v1::Event>& events,
    const std::vector<v1::Actor>& new_actors, Durability durability) {
  return impl_->Ingest(article, events, new_actors, durability);
}

absl::Status Store::SyncWal() { return impl_->SyncWal(); }

absl::StatusOr<v1::Article> Store::GetArticle(absl::string_view id) const {
  return impl_->Get<v1::Article>(kArticles, id, "article");
}

absl::StatusOr<v1::Event> Store::GetEvent(absl::string_view id) const {
  return impl_->Get<v1::Event>(kEvents, id, "event");
}

absl::StatusOr<v1::Agreement> Store::GetAgreement(absl::string_view id) const {
  return impl_->Get<v1::Agreement>(kAgreements, id, "agreement");
}

absl::StatusOr<v1::Actor> Store::GetActor(absl::string_view id) const {
  return impl_->Get<v1::Actor>(kActors, id, "actor");
}

absl::StatusOr<Page<v1::Event>> Store::ListMeetings(
    const MeetingQuery& query, const PageRequest& page) const {
  return impl_->ListMeetings(query, page);
}

absl::StatusOr<Page<v1::Event>> Store::ListEvents(
    const EventQuery& query, const PageRequest& page) const {
  return impl_->ListEvents(query, page);
}

absl::StatusOr<Page<v1::Agreement>> Store::ListAgreements(
    const AgreementQuery& query, const PageRequest& page) const {
  return impl_->ListAgreements(query, page);
}

absl::StatusOr<Page<v1::Actor>> Store::ListActors(
    const PageRequest& page) const {
  return impl_->ListActors(ActorQuery(), page);
}

absl::StatusOr<Page<v1::Actor>> Store::ListActors(
    const ActorQuery& query, const PageRequest& page) const {
  return impl_->ListActors(query, page);
}

absl::StatusOr<std::vector<v1::Actor>> Store::FindActorsByName(
    absl::string_view name) const {
  return impl_->FindActorsByName(name);
}

absl::Status Store::CheckConsistency(
    std::vector<std::string>* problems,
    const std::function<absl::Status()>& interrupt) const {
  return impl_->CheckConsistency(problems, interrupt);
}

absl::Status Store::Checkpoint(const std::string& dir) const {
  return impl_->Checkpoint(dir);
}

}  // namespace parley
