#include "ingest_service/ingester.h"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "common/util/date.h"
#include "common/util/log.h"
#include "common/util/status.h"

namespace parley {
namespace {

ArticleInput::Format FormatFrom(v1::TextFormat format) {
  switch (format) {
    case v1::TEXT_FORMAT_PLAIN:
      return ArticleInput::Format::kPlain;
    case v1::TEXT_FORMAT_HTML:
      return ArticleInput::Format::kHtml;
    default:
      return ArticleInput::Format::kDetect;
  }
}

int CurrentYear() {
  return static_cast<int>(
      absl::ToCivilYear(absl::Now(), absl::UTCTimeZone()).year());
}

}  // namespace

absl::Status ValidateIngestRequest(const v1::IngestArticleRequest& request,
                                   const IngestLimits& limits,
                                   int current_year) {
  if (request.text().empty()) {
    return absl::InvalidArgumentError(
        "text is empty; send the article's text (UTF-8, plain or HTML)");
  }
  if (request.text().size() > limits.max_article_bytes) {
    return absl::ResourceExhaustedError(
        absl::StrCat("text is ", request.text().size(),
                     " bytes, over the limit of ", limits.max_article_bytes,
                     " bytes; split the article or raise the ingest service's "
                     "--max_article_bytes"));
  }
  if (request.url().size() > limits.max_metadata_bytes ||
      request.title().size() > limits.max_metadata_bytes) {
    return absl::InvalidArgumentError(
        absl::StrCat("url and title may have at most ",
                     limits.max_metadata_bytes, " bytes each"));
  }
  if (!v1::TextFormat_IsValid(request.format())) {
    return absl::InvalidArgumentError(absl::StrCat(
        "format ", request.format(),
        " is not a TextFormat; use TEXT_FORMAT_PLAIN, TEXT_FORMAT_HTML or "
        "leave it unset"));
  }
  absl::Status date = ValidateDate(request.published());
  if (!date.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("published: ", date.message()));
  }
  if (request.published().year() > current_year + 1) {
    return absl::InvalidArgumentError(absl::StrCat(
        "published year ", request.published().year(),
        " is in the future; send the article's real publication date or "
        "leave it unset"));
  }
  return absl::OkStatus();
}

Ingester::Ingester(Store* store, const Extractor* extractor,
                   IngestLimits limits)
    : store_(store), extractor_(extractor), limits_(limits) {}

absl::StatusOr<v1::IngestArticleResponse> Ingester::Ingest(
    const v1::IngestArticleRequest& request, Durability durability,
    const std::function<absl::Status()>& interrupt) const {
  PARLEY_RETURN_IF_ERROR(
      ValidateIngestRequest(request, limits_, CurrentYear()));
  ArticleInput input;
  input.text = request.text();
  input.url = request.url();
  input.title = request.title();
  input.published = request.published();
  input.format = FormatFrom(request.format());
  absl::StatusOr<ExtractedArticle> extracted = extractor_->Extract(input);
  if (!extracted.ok()) return extracted.status();
  if (interrupt) PARLEY_RETURN_IF_ERROR(interrupt());
  absl::StatusOr<IngestResult> stored = store_->IngestArticle(
      extracted->article, extracted->events, extracted->new_actors, durability);
  if (!stored.ok()) return stored.status();

  v1::IngestArticleResponse response;
  response.set_article_id(stored->article_id);
  response.set_duplicate(stored->duplicate);
  for (v1::Event& event : stored->events) {
    *response.add_events() = std::move(event);
  }
  for (const std::string& warning : extracted->warnings) {
    response.add_warnings(warning);
  }
  return response;
}

absl::Status Ingester::SyncWal() const { return store_->SyncWal(); }

absl::StatusOr<v1::Article> Ingester::GetArticle(
    absl::string_view article_id) const {
  if (article_id.empty()) {
    return absl::InvalidArgumentError(
        "article_id is empty; pass an id returned by IngestArticle");
  }
  return store_->GetArticle(article_id);
}

absl::StatusOr<v1::CreateCheckpointResponse> Ingester::CreateCheckpoint(
    const std::string& directory) const {
  std::filesystem::path path(directory);
  if (path.empty() || !path.is_absolute()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "directory '", directory,
        "' is not an absolute path; pass the absolute path of a directory "
        "that does not exist yet on the ingest service's filesystem, such as "
        "/data/backups/2025-01-20"));
  }
  path = path.lexically_normal();
  // "/data/backups/x/" names the directory "/data/backups/x".
  if (!path.has_filename() && path.has_relative_path()) {
    path = path.parent_path();
  }
  PARLEY_RETURN_IF_ERROR(store_->Checkpoint(path.string()));
  PARLEY_LOG(INFO) << "checkpoint written to " << path.string();
  v1::CreateCheckpointResponse response;
  response.set_directory(path.string());
  return response;
}

absl::StatusOr<v1::CheckConsistencyResponse> Ingester::CheckConsistency(
    const std::function<absl::Status()>& interrupt) const {
  std::vector<std::string> problems;
  PARLEY_RETURN_IF_ERROR(store_->CheckConsistency(&problems, interrupt));
  v1::CheckConsistencyResponse response;
  for (std::string& problem : problems) {
    response.add_problems(std::move(problem));
  }
  return response;
}

}  // namespace parley
