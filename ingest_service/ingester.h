// The core of the ingest service, free of gRPC: validates an article, runs
// the extractor on it and stores the result.
#ifndef PARLEY_INGEST_SERVICE_INGESTER_H_
#define PARLEY_INGEST_SERVICE_INGESTER_H_

#include <cstddef>
#include <functional>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "common/extract/extractor.h"
#include "common/store/store.h"
#include "parley/v1/event.pb.h"
#include "parley/v1/ingest_service.pb.h"

namespace parley {

struct IngestLimits {
  // Longer article texts are rejected with RESOURCE_EXHAUSTED.
  size_t max_article_bytes = 1 << 20;
  // Longer URLs or titles are rejected with INVALID_ARGUMENT.
  size_t max_metadata_bytes = 4096;
};

// Checks what can be checked without reading the text: the text is present
// and within limits, the metadata is short, the format is known, and the
// publication date is well formed and not after `current_year` + 1.
// Returns INVALID_ARGUMENT or RESOURCE_EXHAUSTED with what to fix.
absl::Status ValidateIngestRequest(const v1::IngestArticleRequest& request,
                                   const IngestLimits& limits,
                                   int current_year);

// Thread-safe.
class Ingester {
 public:
  // `store` (a primary) and `extractor` must outlive the ingester.
  Ingester(Store* store, const Extractor* extractor, IngestLimits limits);

  // Validates `request` (see ValidateIngestRequest and Extractor::Extract),
  // extracts its events and stores them in one durable write. Returns the
  // article id, the events as stored (merged with earlier reports) and
  // warnings; `duplicate` is set, and nothing changes, when the same text
  // was ingested before. With Durability::kDeferred the write is made
  // durable by a later SyncWal() (see Store::IngestArticle). `interrupt`
  // (optional) is asked after the extraction: its error (the caller gave
  // up) is returned and nothing is stored.
  absl::StatusOr<v1::IngestArticleResponse> Ingest(
      const v1::IngestArticleRequest& request,
      Durability durability = Durability::kSynced,
      const std::function<absl::Status()>& interrupt = nullptr) const;

  // Makes every article stored so far durable (Store::SyncWal).
  absl::Status SyncWal() const;

  // INVALID_ARGUMENT for an empty id, NOT_FOUND for an unknown one.
  absl::StatusOr<v1::Article> GetArticle(absl::string_view article_id) const;

  // Writes a checkpoint of the database to `directory` (see Store::
  // Checkpoint) and returns its normalized path. INVALID_ARGUMENT when
  // `directory` is empty or relative, ALREADY_EXISTS when it exists.
  absl::StatusOr<v1::CreateCheckpointResponse> CreateCheckpoint(
      const std::string& directory) const;

  // The problems Store::CheckConsistency finds; none when consistent.
  // Stops with the error of `interrupt` (optional; see
  // Store::CheckConsistency) when it returns one.
  absl::StatusOr<v1::CheckConsistencyResponse> CheckConsistency(
      const std::function<absl::Status()>& interrupt = nullptr) const;

 private:
  Store* const store_;
  const Extractor* const extractor_;
  const IngestLimits limits_;
};

}  // namespace parley

#endif  // PARLEY_INGEST_SERVICE_INGESTER_H_
