// Actors as the query service knows them: the knowledge base's, plus the
// persons the store discovered in articles. Resolves the actor arguments of
// queries (an id or a name) to one id.
#ifndef PARLEY_QUERY_SERVICE_ACTOR_DIRECTORY_H_
#define PARLEY_QUERY_SERVICE_ACTOR_DIRECTORY_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "common/kb/knowledge_base.h"
#include "common/store/store.h"
#include "parley/v1/types.pb.h"

namespace parley {

// Thread-safe (reads only).
class ActorDirectory {
 public:
  // `kb` and `store` must outlive the directory.
  ActorDirectory(const KnowledgeBase* kb, const Store* store);

  // The actors `name` may denote, best first, without repeats: the actor
  // whose id is `name`, then the knowledge base's matches (titles resolved
  // on `date`), then stored actors with that name or alias.
  absl::StatusOr<std::vector<v1::Actor>> Candidates(absl::string_view name,
                                                    const v1::Date& date) const;

  // The id of the one actor `arg` (an id or a name) denotes; `field` names
  // the request field in messages. An exact id wins over names.
  // INVALID_ARGUMENT when `arg` is empty or denotes several actors (the
  // message lists their ids); NOT_FOUND when it denotes none.
  absl::StatusOr<std::string> ResolveOne(absl::string_view field,
                                         absl::string_view arg,
                                         const v1::Date& date) const;

  // Every actor of `kind` (all kinds for ACTOR_KIND_UNSPECIFIED), by id; a
  // knowledge-base actor hides a stored one with the same id. Page tokens
  // are opaque; INVALID_ARGUMENT for a malformed token or one issued for
  // another kind. REQUIRES: page.page_size >= 0.
  absl::StatusOr<Page<v1::Actor>> List(v1::ActorKind kind,
                                       const PageRequest& page) const;

 private:
  const KnowledgeBase* const kb_;
  const Store* const store_;
};

}  // namespace parley

#endif  // PARLEY_QUERY_SERVICE_ACTOR_DIRECTORY_H_
