#include "query_service/actor_directory.h"

#include <map>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/store/page_token.h"

namespace parley {
namespace {

constexpr int kDefaultPageSize = 50;
constexpr int kMaxPageSize = 1000;

// Page tokens are the store's (checksummed, tied to the filters); the
// filters of ListActors are its kind, tagged with "actors" in ASCII.
uint64_t ActorFilters(v1::ActorKind kind) {
  return 0x6163746f72730000ull | static_cast<uint64_t>(kind);
}

}  // namespace

ActorDirectory::ActorDirectory(const KnowledgeBase* kb, const Store* store)
    : kb_(kb), store_(store) {}

absl::StatusOr<std::vector<v1::Actor>> ActorDirectory::Candidates(
    absl::string_view name, const v1::Date& date) const {
  std::vector<v1::Actor> result;
  absl::flat_hash_set<std::string> seen;
  auto add = [&](const v1::Actor& actor) {
    if (seen.insert(actor.id()).second) result.push_back(actor);
  };
  if (const v1::Actor* actor = kb_->FindActor(name)) {
    add(*actor);
  } else {
    absl::StatusOr<v1::Actor> stored = store_->GetActor(name);
    if (stored.ok()) {
      add(*stored);
    } else if (!absl::IsNotFound(stored.status())) {
      return stored.status();
    }
  }
  for (const v1::Actor* actor : kb_->Resolve(name, date)) add(*actor);
  absl::StatusOr<std::vector<v1::Actor>> stored =
      store_->FindActorsByName(name);
  if (!stored.ok()) return stored.status();
  for (const v1::Actor& actor : *stored) add(actor);
  return result;
}

absl::StatusOr<std::string> ActorDirectory::ResolveOne(
    absl::string_view field, absl::string_view arg,
    const v1::Date& date) const {
  if (arg.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(field,
                     " is empty; pass an actor id such as vladimir-putin or "
                     "a name such as Putin"));
  }
  // An exact id wins over every name match, so an id (what clients send
  // most) needs no search of the names.
  if (const v1::Actor* actor = kb_->FindActor(arg)) return actor->id();
  absl::StatusOr<std::vector<v1::Actor>> candidates = Candidates(arg, date);
  if (!candidates.ok()) return candidates.status();
  if (candidates->empty()) {
    return absl::NotFoundError(
        absl::StrCat("no actor matches '", arg,
                     "'; try ResolveActor or an id such as vladimir-putin"));
  }
  // An exact id comes first and wins over every name match.
  if (candidates->size() == 1 || candidates->front().id() == arg) {
    return candidates->front().id();
  }
  std::vector<std::string> ids;
  for (const v1::Actor& actor : *candidates) ids.push_back(actor.id());
  return absl::InvalidArgumentError(absl::StrCat(
      "'", arg, "' matches ", absl::StrJoin(ids, ", "), "; pass an id"));
}

absl::StatusOr<Page<v1::Actor>> ActorDirectory::List(
    v1::ActorKind kind, const PageRequest& page) const {
  std::string after;
  if (!page.page_token.empty()) {
    absl::StatusOr<std::string> last =
        DecodePageToken(page.page_token, ActorFilters(kind));
    if (!last.ok()) return last.status();
    after = *std::move(last);
  }
  auto wanted = [kind](const v1::Actor& actor) {
    return kind == v1::ACTOR_KIND_UNSPECIFIED || actor.kind() == kind;
  };
  // The stored actors are the persons found in articles: few enough to
  // merge in memory.
  std::map<std::string, v1::Actor> merged;
  for (const v1::Actor& actor : kb_->actors()) {
    if (wanted(actor) && actor.id() > after) merged.emplace(actor.id(), actor);
  }
  PageRequest stored_page;
  stored_page.page_size = kMaxPageSize;
  stored_page.interrupt = page.interrupt;
  do {
    absl::StatusOr<Page<v1::Actor>> stored = store_->ListActors(stored_page);
    if (!stored.ok()) return stored.status();
    for (v1::Actor& actor : stored->items) {
      if (wanted(actor) && actor.id() > after) {
        merged.emplace(actor.id(), std::move(actor));  // Keeps a KB entry.
      }
    }
    stored_page.page_token = std::move(stored->next_page_token);
  } while (!stored_page.page_token.empty());

  const size_t size = page.page_size == 0
                          ? kDefaultPageSize
                          : std::min(page.page_size, kMaxPageSize);
  Page<v1::Actor> result;
  for (auto& [id, actor] : merged) {
    if (result.items.size() == size) {
      result.next_page_token =
          EncodePageToken(result.items.back().id(), ActorFilters(kind));
      break;
    }
    result.items.push_back(std::move(actor));
  }
  return result;
}

}  // namespace parley
