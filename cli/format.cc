#include "cli/format.h"

#include <algorithm>
#include <cstdio>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "common/util/date.h"
#include "google/protobuf/util/json_util.h"

namespace parley {
namespace cli {
namespace {

// Rows of cells printed with each column as wide as its widest cell.
class Table {
 public:
  explicit Table(std::vector<std::string> header) {
    rows_.push_back(std::move(header));
  }
  void Add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  void Print(std::ostream& out) const {
    std::vector<size_t> widths(rows_[0].size(), 0);
    for (const auto& row : rows_) {
      for (size_t i = 0; i < row.size(); ++i) {
        widths[i] = std::max(widths[i], row[i].size());
      }
    }
    for (const auto& row : rows_) {
      std::string line;
      for (size_t i = 0; i < row.size(); ++i) {
        absl::StrAppend(&line, row[i]);
        if (i + 1 < row.size()) {
          line.append(widths[i] - row[i].size() + 2, ' ');
        }
      }
      out << line << "\n";
    }
  }

 private:
  std::vector<std::vector<std::string>> rows_;
};

std::string Label(const std::string& name, absl::string_view prefix) {
  if (name.size() < prefix.size() ||
      name.compare(0, prefix.size(), std::string(prefix)) != 0) {
    return absl::AsciiStrToLower(name);
  }
  std::string label = absl::AsciiStrToLower(name.substr(prefix.size()));
  return label == "unspecified" ? "" : label;
}

std::string DateOrUnknown(const v1::Date& date) {
  std::string text = FormatDate(date);
  return text.empty() ? "unknown" : text;
}

std::string OrDash(std::string text) { return text.empty() ? "-" : text; }

std::string Participants(const v1::Event& event) {
  std::vector<std::string> ids;
  for (const v1::ActorRef& actor : event.participants()) {
    ids.push_back(actor.id());
  }
  return absl::StrJoin(ids, ", ");
}

std::string EventStatusOf(const v1::Event& event) {
  if (event.type() == v1::EVENT_TYPE_AGREEMENT) {
    return AgreementStatusLabel(event.agreement().status());
  }
  return EventStatusLabel(event.status());
}

void PrintSources(const google::protobuf::RepeatedPtrField<v1::Source>& sources,
                  std::ostream& out) {
  out << "  sources (" << sources.size() << "):\n";
  for (const v1::Source& source : sources) {
    out << "    article " << source.article_id();
    if (PrecisionOf(source.published()) != DatePrecision::kNone) {
      out << ", published " << FormatDate(source.published());
    }
    if (!source.title().empty()) out << ", \"" << source.title() << "\"";
    if (!source.url().empty()) out << ", " << source.url();
    out << "\n";
    for (const v1::Evidence& evidence : source.evidence()) {
      out << "      > " << evidence.text() << "\n";
    }
  }
}

}  // namespace

std::string JsonQuote(absl::string_view text) {
  std::string quoted = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        quoted += "\\\"";
        break;
      case '\\':
        quoted += "\\\\";
        break;
      case '\n':
        quoted += "\\n";
        break;
      case '\t':
        quoted += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escape[8];
          std::snprintf(escape, sizeof(escape), "\\u%04x", c);
          quoted += escape;
        } else {
          quoted += c;
        }
    }
  }
  quoted += "\"";
  return quoted;
}

std::string ToJson(const google::protobuf::Message& message) {
  std::string json;
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = false;
  if (!google::protobuf::util::MessageToJsonString(message, &json, options)
           .ok()) {
    return "{}";  // Only a message with invalid UTF-8 fails; none reach here.
  }
  return json;
}

std::string EventTypeLabel(v1::EventType type) {
  return Label(v1::EventType_Name(type), "EVENT_TYPE_");
}
std::string EventStatusLabel(v1::EventStatus status) {
  return Label(v1::EventStatus_Name(status), "EVENT_STATUS_");
}
std::string AgreementStatusLabel(v1::AgreementStatus status) {
  return Label(v1::AgreementStatus_Name(status), "AGREEMENT_STATUS_");
}
std::string ActorKindLabel(v1::ActorKind kind) {
  return Label(v1::ActorKind_Name(kind), "ACTOR_KIND_");
}

void PrintEventTable(const std::vector<v1::Event>& events, std::ostream& out) {
  Table table(
      {"DATE", "TYPE", "STATUS", "PARTICIPANTS", "LOCATION", "SOURCES", "ID"});
  for (const v1::Event& event : events) {
    table.Add({DateOrUnknown(event.date()), EventTypeLabel(event.type()),
               OrDash(EventStatusOf(event)), Participants(event),
               OrDash(event.location().id()),
               absl::StrCat(event.sources_size()), event.id()});
  }
  table.Print(out);
}

void PrintAgreementTable(const std::vector<v1::Agreement>& agreements,
                         std::ostream& out) {
  Table table({"ID", "STATUS", "PARTIES", "SOURCES", "NAME"});
  for (const v1::Agreement& agreement : agreements) {
    table.Add({agreement.id(), OrDash(AgreementStatusLabel(agreement.status())),
               absl::StrJoin(agreement.parties(), ", "),
               absl::StrCat(agreement.sources_size()), agreement.name()});
  }
  table.Print(out);
}

void PrintActorTable(const std::vector<v1::Actor>& actors, const v1::Date& date,
                     std::ostream& out) {
  v1::Date on = date;
  if (PrecisionOf(on) == DatePrecision::kNone) {
    on = DateFromCivilDay(absl::ToCivilDay(absl::Now(), absl::UTCTimeZone()));
  }
  Table table({"ID", "KIND", "NAME", "COUNTRY", "ROLE"});
  for (const v1::Actor& actor : actors) {
    std::string role;
    for (const v1::Role& r : actor.roles()) {
      if (FirstDay(r.start()) <= LastDay(on) &&
          (PrecisionOf(r.end()) == DatePrecision::kNone ||
           LastDay(r.end()) >= FirstDay(on))) {
        role = absl::StrCat(r.title(), r.country().empty() ? "" : " of ",
                            r.country(), r.organization().empty() ? "" : " of ",
                            r.organization());
        break;
      }
    }
    table.Add({actor.id(), OrDash(ActorKindLabel(actor.kind())), actor.name(),
               OrDash(actor.country()), OrDash(role)});
  }
  table.Print(out);
}

void PrintEvent(const v1::Event& event, std::ostream& out) {
  out << "event " << event.id() << "\n";
  out << "  type: " << EventTypeLabel(event.type());
  if (event.type() != v1::EVENT_TYPE_AGREEMENT) {
    out << ", status: " << OrDash(EventStatusLabel(event.status()));
  }
  out << ", date: " << DateOrUnknown(event.date())
      << ", confidence: " << event.confidence() << "\n";
  out << "  participants:\n";
  for (const v1::ActorRef& actor : event.participants()) {
    out << "    " << actor.id() << " (" << actor.name();
    if (!actor.role().empty()) out << ", " << actor.role();
    if (!actor.country().empty()) out << ", " << actor.country();
    out << ")\n";
  }
  if (!event.location().id().empty()) {
    out << "  location: " << event.location().id() << " ("
        << event.location().name();
    if (!event.location().country().empty()) {
      out << ", " << event.location().country();
    }
    out << ")\n";
  }
  if (event.has_agreement()) {
    out << "  agreement: " << OrDash(event.agreement().id()) << " \""
        << event.agreement().name() << "\", "
        << AgreementStatusLabel(event.agreement().status()) << ", parties "
        << absl::StrJoin(event.agreement().parties(), ", ") << "\n";
  }
  PrintSources(event.sources(), out);
}

void PrintAgreement(const v1::Agreement& agreement, std::ostream& out) {
  out << "agreement " << agreement.id() << "\n";
  out << "  name: " << agreement.name() << "\n";
  if (agreement.aliases_size() > 0) {
    out << "  also called: " << absl::StrJoin(agreement.aliases(), "; ")
        << "\n";
  }
  out << "  parties: " << absl::StrJoin(agreement.parties(), ", ") << "\n";
  out << "  status: " << OrDash(AgreementStatusLabel(agreement.status()))
      << "\n";
  out << "  history:\n";
  for (const v1::AgreementStatusChange& change : agreement.history()) {
    out << "    " << DateOrUnknown(change.date()) << "  "
        << AgreementStatusLabel(change.status()) << "  (article "
        << change.article_id() << ")\n";
  }
  out << "  events: " << absl::StrJoin(agreement.event_ids(), ", ") << "\n";
  PrintSources(agreement.sources(), out);
}

void PrintArticle(const v1::Article& article, std::ostream& out) {
  out << "article " << article.id() << "\n";
  if (!article.title().empty()) out << "  title: " << article.title() << "\n";
  if (!article.url().empty()) out << "  url: " << article.url() << "\n";
  out << "  published: " << DateOrUnknown(article.published()) << "\n";
  out << "  events: " << absl::StrJoin(article.event_ids(), ", ") << "\n";
  out << "  text (" << article.text().size() << " bytes):\n"
      << article.text() << "\n";
}

}  // namespace cli
}  // namespace parley
