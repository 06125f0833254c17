// Parley's storage: one RocksDB instance holding articles, events,
// agreements, discovered actors and the indexes that answer typed queries.
//
// Column families (a fixed list, all created when the primary opens):
//   events            event id -> v1::Event
//   events_by_date    date sort key | event id -> ""
//   events_by_actor   actor id | date sort key | event id -> ""
//   meetings_by_pair  lower id | higher id | date sort key | event id -> ""
//   agreements        agreement id -> v1::Agreement
//   agreements_by_status  status | agreement id -> ""
//   agreements_by_party   party id | agreement id -> "" (filled from the
//                         agreements when a database without it is opened)
//   articles          article id -> v1::Article
//   actors            actor id -> v1::Actor (persons not in the knowledge base)
//   actors_by_name    lowercased name or alias | actor id -> ""
// An event is indexed under each participant and under each participant's
// country (ActorRef.country), so a country matches its officials' events;
// MEETING and CALL events also under every pair of those ids. Key layouts:
// common/store/keys.h.
#ifndef PARLEY_COMMON_STORE_STORE_H_
#define PARLEY_COMMON_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "parley/v1/event.pb.h"
#include "parley/v1/types.pb.h"

namespace parley {

// One page of a list.
template <typename T>
struct Page {
  std::vector<T> items;
  std::string next_page_token;  // Empty on the last page.
};

// Paging arguments shared by every list call.
struct PageRequest {
  int page_size = 0;  // 0 -> 50; values above 1000 are capped to 1000.
  std::string page_token;
  // Optional. Called before each chunk of at most 128 index entries a list
  // reads; when it returns an error (say, DEADLINE_EXCEEDED once the caller
  // has given up), the scan stops and the list returns that error.
  std::function<absl::Status()> interrupt = nullptr;
};

// Events between two actors (ids; a country id matches its officials).
struct MeetingQuery {
  std::string actor_a;
  std::string actor_b;
  v1::Date start_date;           // Inclusive; all zero = unbounded.
  v1::Date end_date;             // Inclusive; all zero = unbounded.
  bool include_calls = false;    // Also EVENT_TYPE_CALL.
  bool include_planned = false;  // Also PLANNED and CANCELLED.
};

struct EventQuery {
  std::string actor;                                      // Optional actor id.
  v1::EventType type = v1::EVENT_TYPE_UNSPECIFIED;        // Optional.
  v1::EventStatus status = v1::EVENT_STATUS_UNSPECIFIED;  // Optional.
  v1::Date start_date;
  v1::Date end_date;
};

struct ActorQuery {
  v1::ActorKind kind = v1::ACTOR_KIND_UNSPECIFIED;  // Optional.
};

struct AgreementQuery {
  v1::AgreementStatus status = v1::AGREEMENT_STATUS_UNSPECIFIED;  // Optional.
  std::string party;  // Optional actor id.
};

// Result of ingesting one article.
struct IngestResult {
  std::string article_id;
  bool duplicate = false;  // The article was already stored; nothing changed.
  // The article's events as stored after merging (with ids and all sources).
  std::vector<v1::Event> events;
};

// When IngestArticle's write is made durable.
enum class Durability {
  // Synced to the WAL before IngestArticle returns. Concurrent ingests share
  // one sync (group commit).
  kSynced,
  // Written to the WAL (visible to readers, safe from a crash of the
  // process) and synced by a later SyncWal(); a crash of the machine before
  // that loses it. For callers that acknowledge many articles at once.
  kDeferred,
};

class Store {
 public:
  // Opens (creating if missing, parent directories included) the primary
  // database at `path`. Only one process may hold the primary.
  static absl::StatusOr<std::unique_ptr<Store>> OpenPrimary(
      const std::string& path);

  // Opens a read-only secondary instance following the primary at `path`;
  // `secondary_path` is this instance's own scratch directory (created if
  // missing). FAILED_PRECONDITION while the primary has not finished
  // creating the database at `path`: no directory, a directory without
  // CURRENT that holds nothing or only RocksDB's own files, or a database
  // still lacking one of the column families above; the caller may wait and
  // retry. INVALID_ARGUMENT when `path` is not a directory, or has no
  // CURRENT but holds a file RocksDB does not write (not a database at all).
  // DATA_LOSS (or another RocksDB error) for a damaged CURRENT or MANIFEST.
  static absl::StatusOr<std::unique_ptr<Store>> OpenSecondary(
      const std::string& path, const std::string& secondary_path);

  // Flushes nothing and closes the database (writes are already in the WAL).
  ~Store();

  bool is_secondary() const;

  // Secondary only: replays what the primary wrote since the last catch-up.
  // FAILED_PRECONDITION on a primary.
  absl::Status CatchUp();

  // Secondary only: makes sure every write acknowledged by the primary
  // before `request_time` is visible. Concurrent callers share one
  // catch-up; a call is free when a catch-up started after `request_time`,
  // and costs a few stat() calls when the primary's directory, newest WAL
  // and MANIFEST are as they were before the latest catch-up (the primary
  // has written nothing since).
  absl::Status CatchUpIfOlderThan(absl::Time request_time);

  // Primary only. Stores `article` (id set by the caller), its `events`
  // (without ids) and `new_actors` in one atomic WriteBatch synced to the WAL
  // before returning. An event that is the same happening as a stored one
  // (same type and status, same participant ids, dates that agree, places
  // that do not differ) is merged into it: the source is appended and the
  // date refined to the finer precision. AGREEMENT events are attached to the
  // stored Agreement with the same parties and a matching name (see
  // SameAgreementName), or create one; the agreement's history gains the
  // dated status and its current status is that of the latest-dated entry.
  // An article whose id is already stored changes nothing (duplicate=true).
  // With Durability::kDeferred the write is synced by a later SyncWal()
  // instead (see Durability). Readers may see a write before it is synced.
  // Thread-safe; writes are serialized, syncs shared.
  absl::StatusOr<IngestResult> IngestArticle(
      const v1::Article& article, const std::vector<v1::Event>& events,
      const std::vector<v1::Actor>& new_actors,
      Durability durability = Durability::kSynced);

  // Primary only: syncs the WAL, making every write made so far durable.
  // Concurrent callers share one sync.
  absl::Status SyncWal();

  // NOT_FOUND when the id is unknown.
  absl::StatusOr<v1::Article> GetArticle(absl::string_view id) const;
  absl::StatusOr<v1::Event> GetEvent(absl::string_view id) const;
  absl::StatusOr<v1::Agreement> GetAgreement(absl::string_view id) const;
  absl::StatusOr<v1::Actor> GetActor(absl::string_view id) const;

  // Lists, oldest event first (agreements and actors by id). Page tokens are
  // opaque; INVALID_ARGUMENT for a token that is malformed, forged, or was
  // issued for different filters, for a negative page_size, for an id that
  // is not kebab-case, for an invalid date, or for a start after the end.
  // Date ranges: see keys::DateRange; with a range, events of unknown date
  // are left out. ListMeetings: INVALID_ARGUMENT when actor_a == actor_b.
  absl::StatusOr<Page<v1::Event>> ListMeetings(const MeetingQuery& query,
                                               const PageRequest& page) const;
  absl::StatusOr<Page<v1::Event>> ListEvents(const EventQuery& query,
                                             const PageRequest& page) const;
  absl::StatusOr<Page<v1::Agreement>> ListAgreements(
      const AgreementQuery& query, const PageRequest& page) const;
  absl::StatusOr<Page<v1::Actor>> ListActors(const PageRequest& page) const;
  absl::StatusOr<Page<v1::Actor>> ListActors(const ActorQuery& query,
                                             const PageRequest& page) const;

  // Stored actors whose name or alias equals `name` (ASCII case-insensitive).
  absl::StatusOr<std::vector<v1::Actor>> FindActorsByName(
      absl::string_view name) const;

  // Checks every stored record and index entry: each index entry is
  // well-formed and points to an existing record that it indexes, every
  // event, agreement and actor has all its index entries, and the ids an
  // article or agreement lists exist. Appends one line per problem to
  // `problems`; returns an error only when the database cannot be read or
  // `interrupt` (optional, called every thousand or so entries read)
  // returns one, which stops the check.
  absl::Status CheckConsistency(
      std::vector<std::string>* problems,
      const std::function<absl::Status()>& interrupt = nullptr) const;

  // Writes a consistent copy of the database to `dir` (which must not
  // exist; its parent is created) that OpenPrimary can open. Primary only.
  absl::Status Checkpoint(const std::string& dir) const;

  // Secondary only: how many catch-ups with the primary have run.
  int64_t catch_up_count() const;

 private:
  class Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley

#endif  // PARLEY_COMMON_STORE_STORE_H_
