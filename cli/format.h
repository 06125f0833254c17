// How the CLI shows results: aligned tables and detail views for people,
// one JSON object per line for scripts.
#ifndef PARLEY_CLI_FORMAT_H_
#define PARLEY_CLI_FORMAT_H_

#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "google/protobuf/message.h"
#include "parley/v1/event.pb.h"
#include "parley/v1/types.pb.h"

namespace parley {
namespace cli {

// `text` as a JSON string literal, quotes included.
std::string JsonQuote(absl::string_view text);

// The protobuf JSON mapping of `message` on one line.
std::string ToJson(const google::protobuf::Message& message);

// An enum value's name without its type prefix, in lowercase:
// EVENT_TYPE_MEETING -> "meeting". "" for the UNSPECIFIED value.
std::string EventTypeLabel(v1::EventType type);
std::string EventStatusLabel(v1::EventStatus status);
std::string AgreementStatusLabel(v1::AgreementStatus status);
std::string ActorKindLabel(v1::ActorKind kind);

// Tables, one row per item, with a header line.
void PrintEventTable(const std::vector<v1::Event>& events, std::ostream& out);
void PrintAgreementTable(const std::vector<v1::Agreement>& agreements,
                         std::ostream& out);
// Roles are those held on `date` (today's when unknown).
void PrintActorTable(const std::vector<v1::Actor>& actors, const v1::Date& date,
                     std::ostream& out);

// Every field worth reading, sources and evidence included.
void PrintEvent(const v1::Event& event, std::ostream& out);
void PrintAgreement(const v1::Agreement& agreement, std::ostream& out);
void PrintArticle(const v1::Article& article, std::ostream& out);

}  // namespace cli
}  // namespace parley

#endif  // PARLEY_CLI_FORMAT_H_
