#include "cli/commands.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/clock.h"
#include "cli/format.h"
#include "common/extract/extractor.h"
#include "common/kb/knowledge_base.h"
#include "common/rpc/security.h"
#include "grpcpp/client_context.h"
#include "parley/v1/ingest_service.grpc.pb.h"
#include "parley/v1/query_service.grpc.pb.h"

namespace parley {
namespace cli {
namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kPageSize = 200;

std::string CodeName(grpc::StatusCode code) {
  return absl::StatusCodeToString(static_cast<absl::StatusCode>(code));
}

// What to tell the user about a failed call to `service` at `address`.
std::string DescribeFailure(const grpc::Status& status, const char* service,
                            const std::string& address) {
  if (status.error_code() == grpc::StatusCode::UNAVAILABLE) {
    return absl::StrCat("cannot reach the ", service, " service at ", address,
                        " (is it running? start it with `", service,
                        "_service --db=DIR`, or pass --", service,
                        "_addr=HOST:PORT; if it uses TLS, pass --tls or "
                        "--tls_ca_file=PEM, and for mutual TLS also "
                        "--tls_cert_file and --tls_key_file): ",
                        status.error_message());
  }
  return absl::StrCat(CodeName(status.error_code()), ": ",
                      status.error_message());
}

std::unique_ptr<grpc::ClientContext> NewContext(const CommandLine& line) {
  auto context = std::make_unique<grpc::ClientContext>();
  context->set_deadline(absl::ToChronoTime(absl::Now() + line.timeout));
  return context;
}

// A channel to the query service, or to the ingest service with its token.
absl::StatusOr<std::shared_ptr<grpc::Channel>> QueryChannel(
    const CommandLine& line) {
  return NewClientChannel(line.query_address, line.tls);
}

absl::StatusOr<std::shared_ptr<grpc::Channel>> IngestChannel(
    const CommandLine& line) {
  absl::StatusOr<std::string> token =
      LoadSecret(line.ingest_token_file, kIngestTokenEnvVar);
  if (!token.ok()) return token.status();
  return NewClientChannel(line.ingest_address, line.tls, *token);
}

// "1 event", "3 events".
std::string Count(size_t n, const char* noun) {
  return absl::StrCat(n, " ", noun, n == 1 ? "" : "s");
}

bool IsArticleFile(const std::filesystem::path& path) {
  const std::string ext = absl::AsciiStrToLower(path.extension().string());
  return ext == ".txt" || ext == ".html" || ext == ".htm";
}

// The files named in `args`; a directory stands for its article files
// (*.txt, *.html, *.htm), sorted by name.
absl::StatusOr<std::vector<std::string>> ArticleFiles(
    const std::vector<std::string>& args) {
  std::vector<std::string> files;
  for (const std::string& arg : args) {
    std::error_code error;
    if (std::filesystem::is_directory(arg, error)) {
      std::vector<std::string> found;
      for (const auto& entry :
           std::filesystem::directory_iterator(arg, error)) {
        if (entry.is_regular_file() && IsArticleFile(entry.path())) {
          found.push_back(entry.path().string());
        }
      }
      if (error) {
        return absl::NotFoundError(
            absl::StrCat("cannot list ", arg, ": ", error.message()));
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (std::filesystem::is_regular_file(arg, error)) {
      files.push_back(arg);
    } else {
      return absl::NotFoundError(
          absl::StrCat(arg, " is neither a file nor a directory"));
    }
  }
  return files;
}

absl::StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) return absl::NotFoundError(absl::StrCat("cannot read ", path));
  return text.str();
}

std::string BaseName(const std::string& path) {
  return std::filesystem::path(path).filename().string();
}

int Ingest(const CommandLine& line, std::ostream& out, std::ostream& err) {
  absl::StatusOr<std::vector<std::string>> files = ArticleFiles(line.args);
  if (!files.ok()) {
    err << "parley: " << files.status().message() << "\n";
    return kFailed;
  }
  absl::StatusOr<std::shared_ptr<grpc::Channel>> channel = IngestChannel(line);
  if (!channel.ok()) {
    err << "parley: " << channel.status().message() << "\n";
    return kFailed;
  }
  auto stub = v1::IngestService::NewStub(*channel);
  int ingested = 0, duplicates = 0, failed = 0, events = 0;
  const size_t total = files->size();
  for (size_t i = 0; i < total; ++i) {
    const std::string& file = (*files)[i];
    const std::string progress =
        absl::StrCat("[", i + 1, "/", total, "] ", BaseName(file), ": ");
    v1::IngestArticleRequest request;
    absl::StatusOr<std::string> text = ReadFile(file);
    if (!text.ok()) {
      err << progress << text.status().message() << "\n";
      ++failed;
      continue;
    }
    request.set_text(*std::move(text));
    v1::IngestArticleResponse response;
    grpc::Status status =
        stub->IngestArticle(NewContext(line).get(), request, &response);
    if (status.error_code() == grpc::StatusCode::UNAVAILABLE) {
      err << "parley: "
          << DescribeFailure(status, "ingest", line.ingest_address) << "\n";
      return kFailed;
    }
    if (!status.ok()) {
      err << progress << "failed: "
          << DescribeFailure(status, "ingest", line.ingest_address) << "\n";
      if (line.json) {
        out << "{\"file\":" << JsonQuote(file) << ",\"error\":{\"code\":"
            << JsonQuote(CodeName(status.error_code()))
            << ",\"message\":" << JsonQuote(status.error_message()) << "}}\n";
      }
      ++failed;
      continue;
    }
    err << progress << Count(response.events_size(), "event")
        << (response.duplicate() ? " (already ingested)" : "") << "\n";
    for (const std::string& warning : response.warnings()) {
      err << "    warning: " << warning << "\n";
    }
    if (line.json) {
      out << "{\"file\":" << JsonQuote(file)
          << ",\"response\":" << ToJson(response) << "}\n";
    }
    if (response.duplicate()) {
      ++duplicates;
    } else {
      ++ingested;
      events += response.events_size();
    }
  }
  (line.json ? err : out) << Count(total, "file") << ": " << ingested
                          << " ingested, " << duplicates
                          << " already ingested, " << failed << " failed; "
                          << Count(events, "event") << "\n";
  return failed == 0 ? kOk : kFailed;
}

int Extract(const CommandLine& line, std::ostream& out, std::ostream& err) {
  absl::StatusOr<std::vector<std::string>> files = ArticleFiles(line.args);
  if (!files.ok()) {
    err << "parley: " << files.status().message() << "\n";
    return kFailed;
  }
  absl::StatusOr<std::unique_ptr<KnowledgeBase>> kb =
      KnowledgeBase::LoadDefault(line.kb_paths);
  if (!kb.ok()) {
    err << "parley: cannot load the knowledge base: " << kb.status() << "\n";
    return kFailed;
  }
  Extractor extractor(kb->get());
  int result = kOk;
  for (const std::string& file : *files) {
    absl::StatusOr<std::string> text = ReadFile(file);
    ArticleInput input;
    if (text.ok()) input.text = *std::move(text);
    const absl::StatusOr<ExtractedArticle> extracted =
        text.ok() ? extractor.Extract(input)
                  : absl::StatusOr<ExtractedArticle>(text.status());
    if (!extracted.ok()) {
      err << "parley: " << file << ": " << extracted.status() << "\n";
      result = kFailed;
      continue;
    }
    const std::string article = JsonQuote(BaseName(file));
    if (line.format == "eval") {
      for (const v1::Event& event : extracted->events) {
        out << "{\"article\":" << article << ",\"event\":" << ToJson(event)
            << "}\n";
      }
      continue;
    }
    std::vector<std::string> events, actors, warnings;
    for (const v1::Event& event : extracted->events) {
      events.push_back(ToJson(event));
    }
    for (const v1::Actor& actor : extracted->new_actors) {
      actors.push_back(ToJson(actor));
    }
    for (const std::string& warning : extracted->warnings) {
      warnings.push_back(JsonQuote(warning));
    }
    v1::Article summary = extracted->article;
    summary.clear_text();
    out << "{\"article\":" << article << ",\"metadata\":" << ToJson(summary)
        << ",\"events\":[" << absl::StrJoin(events, ",") << "],\"newActors\":["
        << absl::StrJoin(actors, ",") << "],\"warnings\":["
        << absl::StrJoin(warnings, ",") << "]}\n";
  }
  return result;
}

// Calls a List RPC page by page, collecting the items `items` picks from each
// response. Returns the failure, if any.
template <typename Request, typename Response, typename Item, typename Call,
          typename Items>
grpc::Status ListAll(const CommandLine& line, Request request, Call call,
                     Items items, std::vector<Item>* all) {
  request.set_page_size(kPageSize);
  while (true) {
    Response response;
    grpc::Status status = call(NewContext(line).get(), request, &response);
    if (!status.ok()) return status;
    for (const Item& item : items(response)) all->push_back(item);
    if (response.next_page_token().empty()) return grpc::Status::OK;
    request.set_page_token(response.next_page_token());
  }
}

// Prints `items` as one JSON object per line, or as a table (`print`), or
// says there are none.
template <typename Message, typename Print>
void PrintList(const CommandLine& line, const std::vector<Message>& items,
               const char* none, Print print, std::ostream& out) {
  if (line.json) {
    for (const Message& item : items) out << ToJson(item) << "\n";
  } else if (items.empty()) {
    out << none << "\n";
  } else {
    print(items, out);
  }
}

// Prints `message` as JSON or with `print`.
template <typename Message, typename Print>
void PrintOne(const CommandLine& line, const Message& message, Print print,
              std::ostream& out) {
  if (line.json) {
    out << ToJson(message) << "\n";
  } else {
    print(message, out);
  }
}

using QueryStub = v1::QueryService::Stub;

grpc::Status Meetings(const CommandLine& line, QueryStub* stub,
                      std::ostream& out) {
  v1::ListMeetingsRequest request;
  request.set_actor_a(line.args[0]);
  request.set_actor_b(line.args[1]);
  *request.mutable_start_date() = line.from;
  *request.mutable_end_date() = line.to;
  request.set_include_calls(line.calls);
  request.set_include_planned(line.planned);
  std::vector<v1::Event> events;
  grpc::Status status =
      ListAll<v1::ListMeetingsRequest, v1::ListMeetingsResponse>(
          line, request,
          [stub](grpc::ClientContext* context, const v1::ListMeetingsRequest& r,
                 v1::ListMeetingsResponse* response) {
            return stub->ListMeetings(context, r, response);
          },
          [](const v1::ListMeetingsResponse& r) -> const auto& {
            return r.events();
          },
          &events);
  if (status.ok()) PrintList(line, events, "no meetings", PrintEventTable, out);
  return status;
}

grpc::Status Events(const CommandLine& line, QueryStub* stub,
                    std::ostream& out) {
  v1::ListEventsRequest request;
  request.set_actor(line.actor);
  request.set_type(line.type);
  request.set_status(line.event_status);
  *request.mutable_start_date() = line.from;
  *request.mutable_end_date() = line.to;
  std::vector<v1::Event> events;
  grpc::Status status = ListAll<v1::ListEventsRequest, v1::ListEventsResponse>(
      line, request,
      [stub](grpc::ClientContext* context, const v1::ListEventsRequest& r,
             v1::ListEventsResponse* response) {
        return stub->ListEvents(context, r, response);
      },
      [](const v1::ListEventsResponse& r) -> const auto& { return r.events(); },
      &events);
  if (status.ok()) PrintList(line, events, "no events", PrintEventTable, out);
  return status;
}

grpc::Status Agreements(const CommandLine& line, QueryStub* stub,
                        std::ostream& out) {
  v1::ListAgreementsRequest request;
  request.set_status(line.agreement_status);
  request.set_party(line.party);
  std::vector<v1::Agreement> agreements;
  grpc::Status status =
      ListAll<v1::ListAgreementsRequest, v1::ListAgreementsResponse>(
          line, request,
          [stub](grpc::ClientContext* context,
                 const v1::ListAgreementsRequest& r,
                 v1::ListAgreementsResponse* response) {
            return stub->ListAgreements(context, r, response);
          },
          [](const v1::ListAgreementsResponse& r) -> const auto& {
            return r.agreements();
          },
          &agreements);
  if (status.ok()) {
    PrintList(line, agreements, "no agreements", PrintAgreementTable, out);
  }
  return status;
}

grpc::Status Actors(const CommandLine& line, QueryStub* stub,
                    std::ostream& out) {
  std::vector<v1::Actor> actors;
  grpc::Status status;
  if (line.args.empty()) {
    v1::ListActorsRequest request;
    request.set_kind(line.kind);
    status = ListAll<v1::ListActorsRequest, v1::ListActorsResponse>(
        line, request,
        [stub](grpc::ClientContext* context, const v1::ListActorsRequest& r,
               v1::ListActorsResponse* response) {
          return stub->ListActors(context, r, response);
        },
        [](const v1::ListActorsResponse& r) -> const auto& {
          return r.actors();
        },
        &actors);
  } else {
    v1::ResolveActorRequest request;
    request.set_name(line.args[0]);
    *request.mutable_date() = line.date;
    v1::ResolveActorResponse response;
    status = stub->ResolveActor(NewContext(line).get(), request, &response);
    actors.assign(response.actors().begin(), response.actors().end());
  }
  if (status.ok()) {
    PrintList(
        line, actors, "no actor matches",
        [&line](const std::vector<v1::Actor>& items, std::ostream& o) {
          PrintActorTable(items, line.date, o);
        },
        out);
  }
  return status;
}

grpc::Status GetEvent(const CommandLine& line, QueryStub* stub,
                      std::ostream& out) {
  v1::GetEventRequest request;
  request.set_id(line.args[0]);
  v1::Event event;
  grpc::Status status = stub->GetEvent(NewContext(line).get(), request, &event);
  if (status.ok()) PrintOne(line, event, PrintEvent, out);
  return status;
}

grpc::Status GetAgreement(const CommandLine& line, QueryStub* stub,
                          std::ostream& out) {
  v1::GetAgreementRequest request;
  request.set_id(line.args[0]);
  v1::Agreement agreement;
  grpc::Status status =
      stub->GetAgreement(NewContext(line).get(), request, &agreement);
  if (status.ok()) PrintOne(line, agreement, PrintAgreement, out);
  return status;
}

int Query(const CommandLine& line, std::ostream& out, std::ostream& err) {
  absl::StatusOr<std::shared_ptr<grpc::Channel>> channel = QueryChannel(line);
  if (!channel.ok()) {
    err << "parley: " << channel.status().message() << "\n";
    return kFailed;
  }
  auto stub = v1::QueryService::NewStub(*channel);
  grpc::Status status;
  if (line.command == "meetings") {
    status = Meetings(line, stub.get(), out);
  } else if (line.command == "events") {
    status = Events(line, stub.get(), out);
  } else if (line.command == "agreements") {
    status = Agreements(line, stub.get(), out);
  } else if (line.command == "actors") {
    status = Actors(line, stub.get(), out);
  } else if (line.command == "event") {
    status = GetEvent(line, stub.get(), out);
  } else if (line.command == "agreement") {
    status = GetAgreement(line, stub.get(), out);
  }
  if (!status.ok()) {
    err << "parley: " << DescribeFailure(status, "query", line.query_address)
        << "\n";
    return kFailed;
  }
  return kOk;
}

grpc::Status GetArticle(const CommandLine& line, v1::IngestService::Stub* stub,
                        std::ostream& out) {
  v1::GetArticleRequest request;
  request.set_article_id(line.args[0]);
  v1::Article article;
  grpc::Status status =
      stub->GetArticle(NewContext(line).get(), request, &article);
  if (status.ok()) PrintOne(line, article, PrintArticle, out);
  return status;
}

grpc::Status Checkpoint(const CommandLine& line, v1::IngestService::Stub* stub,
                        std::ostream& out) {
  v1::CreateCheckpointRequest request;
  request.set_directory(line.args[0]);
  v1::CreateCheckpointResponse response;
  grpc::Status status =
      stub->CreateCheckpoint(NewContext(line).get(), request, &response);
  if (!status.ok()) return status;
  PrintOne(
      line, response,
      [](const v1::CreateCheckpointResponse& r, std::ostream& o) {
        o << "checkpoint written to " << r.directory() << "\n";
      },
      out);
  return status;
}

// Sets *clean to whether the database has no problems.
grpc::Status Fsck(const CommandLine& line, v1::IngestService::Stub* stub,
                  std::ostream& out, bool* clean) {
  v1::CheckConsistencyResponse response;
  grpc::Status status = stub->CheckConsistency(
      NewContext(line).get(), v1::CheckConsistencyRequest(), &response);
  if (!status.ok()) return status;
  PrintOne(
      line, response,
      [](const v1::CheckConsistencyResponse& r, std::ostream& o) {
        for (const std::string& problem : r.problems()) o << problem << "\n";
        if (r.problems().empty()) {
          o << "ok: no problems\n";
        } else {
          o << Count(r.problems_size(), "problem") << "\n";
        }
      },
      out);
  *clean = response.problems().empty();
  return status;
}

// The commands answered by the ingest service other than `ingest`.
int IngestAdmin(const CommandLine& line, std::ostream& out, std::ostream& err) {
  absl::StatusOr<std::shared_ptr<grpc::Channel>> channel = IngestChannel(line);
  if (!channel.ok()) {
    err << "parley: " << channel.status().message() << "\n";
    return kFailed;
  }
  auto stub = v1::IngestService::NewStub(*channel);
  grpc::Status status;
  bool clean = true;
  if (line.command == "article") {
    status = GetArticle(line, stub.get(), out);
  } else if (line.command == "checkpoint") {
    status = Checkpoint(line, stub.get(), out);
  } else if (line.command == "fsck") {
    status = Fsck(line, stub.get(), out, &clean);
  }
  if (!status.ok()) {
    err << "parley: " << DescribeFailure(status, "ingest", line.ingest_address)
        << "\n";
    return kFailed;
  }
  return clean ? kOk : kFailed;
}

}  // namespace

int RunCommand(const CommandLine& line, std::ostream& out, std::ostream& err) {
  if (line.command == "ingest") return Ingest(line, out, err);
  if (line.command == "extract") return Extract(line, out, err);
  if (line.command == "article" || line.command == "checkpoint" ||
      line.command == "fsck") {
    return IngestAdmin(line, out, err);
  }
  return Query(line, out, err);
}

}  // namespace cli
}  // namespace parley
