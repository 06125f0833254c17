// The extraction engine: article text in, diplomatic events out. No gRPC and
// no storage here; used in-process by the ingest service and `parley extract`.
#ifndef PARLEY_COMMON_EXTRACT_EXTRACTOR_H_
#define PARLEY_COMMON_EXTRACT_EXTRACTOR_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/extract/events.h"
#include "common/extract/lexicon.h"
#include "common/extract/mentions.h"
#include "common/kb/knowledge_base.h"
#include "parley/v1/event.pb.h"
#include "parley/v1/types.pb.h"

namespace parley {

// One article as a client submits it.
struct ArticleInput {
  std::string text;    // UTF-8; plain text or HTML.
  std::string url;     // Optional.
  std::string title;   // Optional.
  v1::Date published;  // Optional (all zero): then read from the text.
  enum class Format { kDetect, kPlain, kHtml };
  Format format = Format::kDetect;
};

// What the extractor found in one article.
struct ExtractedArticle {
  // id (hash of the normalized text), url, title, the publication date used,
  // and the normalized text that evidence offsets point into. event_ids is
  // left empty (ids are assigned by the store).
  v1::Article article;
  // Events without ids. Each has exactly one Source (this article) with its
  // supporting sentences; AGREEMENT events have agreement.name/status/parties
  // set but no agreement.id.
  std::vector<v1::Event> events;
  // Persons met in the article that are not in the knowledge base
  // ("Iran's Economy Minister Abdolnaser Hemmati"), with the role the
  // article gives them.
  std::vector<v1::Actor> new_actors;
  // Notes for the caller: "no publication date found; relative dates left
  // unresolved", or that the date was inferred ("publication date
  // 2024-11-27 inferred: the dateline gives no year; ...") and from what.
  std::vector<std::string> warnings;
};

struct ExtractorOptions {
  // Articles longer than this (bytes of input) are rejected.
  size_t max_text_bytes = 1 << 20;
  // Longer sentences are read in pieces of at most this many bytes
  // (CapSentenceLength): the rules relate each event word of a sentence to
  // each name in it, at a cost that grows with the cube of its length.
  // News sentences stay under 1,000 bytes.
  int max_sentence_bytes = 2000;
};

// Thread-safe: Extract() may be called concurrently.
class Extractor {
 public:
  // `kb` must outlive the extractor.
  explicit Extractor(const KnowledgeBase* kb, ExtractorOptions options = {});

  // Returns INVALID_ARGUMENT for empty text, text that is not UTF-8 or holds
  // NUL bytes, or a malformed `published` date; RESOURCE_EXHAUSTED for text
  // over options.max_text_bytes.
  absl::StatusOr<ExtractedArticle> Extract(const ArticleInput& input) const;

 private:
  v1::Event BuildEvent(const EventDraft& draft, const Discourse& discourse,
                       const ExtractedArticle& article,
                       const std::vector<int>& sentence_begin,
                       const std::vector<int>& sentence_end) const;

  const KnowledgeBase* kb_;
  ExtractorOptions options_;
  Lexicon lexicon_;
  MentionFinder mentions_;
  EventFinder events_;
};

// Hex digest (32 characters) of `text` that is stable across runs and
// machines: the article id of a normalized text.
std::string ArticleId(absl::string_view text);

}  // namespace parley

#endif  // PARLEY_COMMON_EXTRACT_EXTRACTOR_H_
