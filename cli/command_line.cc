#include "cli/command_line.h"

#include <algorithm>
#include <cctype>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "common/util/date.h"

namespace parley {
namespace cli {
namespace {

struct CommandSpec {
  const char* name;
  int min_args;
  int max_args;                    // -1: no limit.
  std::vector<std::string> flags;  // Besides the common ones.
  const char* synopsis;
  const char* description;
};

const std::vector<std::string> kQueryFlags = {"query_addr", "json", "timeout"};
// Taken by every command that calls a service.
const std::vector<std::string> kTlsFlags = {
    "tls", "tls_ca_file", "tls_cert_file", "tls_key_file", "tls_server_name"};

const std::vector<CommandSpec>& Commands() {
  static const auto* commands = new std::vector<CommandSpec>{
      {"ingest",
       1,
       -1,
       {"ingest_addr", "json", "timeout", "ingest_token_file"},
       "ingest FILE|DIR...",
       "Sends articles to the ingest service, one call per file (*.txt, "
       "*.html and *.htm files of a directory), with a progress line per "
       "file and a summary."},
      {"extract",
       1,
       -1,
       {"format", "kb"},
       "extract [--format=eval|json] [--kb=PATH,...] FILE|DIR...",
       "Runs the extractor in this process (no service, no database) and "
       "prints what it finds. --format=eval (default) prints one line per "
       "event, {\"article\": FILE BASENAME, \"event\": EVENT}, the prediction "
       "format of the evaluation kit; --format=json prints one line per "
       "article with its id, date, events, new actors and warnings. --kb "
       "adds knowledge-base files or directories."},
      {"meetings",
       2,
       2,
       {"from", "to", "calls", "planned"},
       "meetings X Y [--from=DATE] [--to=DATE] [--calls] [--planned]",
       "Meetings between two actors (ids or names; a country matches its "
       "officials), oldest first. --calls adds phone and video calls, "
       "--planned adds planned and cancelled meetings."},
      {"events",
       0,
       0,
       {"actor", "from", "to", "type", "status"},
       "events [--actor=X] [--from=DATE] [--to=DATE] [--type=T] [--status=S]",
       "Events by actor, type (meeting, call, visit, agreement), status "
       "(occurred, planned, cancelled) and date range, oldest first."},
      {"event", 1, 1, {}, "event ID", "One event with its sources."},
      {"agreements",
       0,
       0,
       {"status", "party"},
       "agreements [--status=S] [--party=X]",
       "Agreements by current status (proposed, negotiating, "
       "pending_signature, signed, in_force, suspended, terminated) and "
       "party."},
      {"agreement",
       1,
       1,
       {},
       "agreement ID",
       "One agreement with its status history and sources."},
      {"actors",
       0,
       1,
       {"date", "kind"},
       "actors [NAME] [--date=DATE] [--kind=K]",
       "The actors a name may denote (titles such as \"Iranian president\" "
       "resolved on --date), or with no NAME every known actor (--kind: "
       "person, country, organization)."},
      {"article",
       1,
       1,
       {"ingest_addr", "json", "timeout", "ingest_token_file"},
       "article ID",
       "One stored article (from the ingest service)."},
      {"checkpoint",
       1,
       1,
       {"ingest_addr", "json", "timeout", "ingest_token_file"},
       "checkpoint DIR",
       "Makes the ingest service write a consistent copy of its database "
       "(a RocksDB checkpoint) to DIR while it keeps serving. DIR is an "
       "absolute path on the ingest service's filesystem and must not exist "
       "yet; on the database's filesystem the copy is made of hard links, so "
       "it is fast and takes little space. `ingest_service --db=DIR` opens "
       "it."},
      {"fsck",
       0,
       0,
       {"ingest_addr", "json", "timeout", "ingest_token_file"},
       "fsck",
       "Makes the ingest service check that its database is consistent "
       "(every index entry has its record and every record its index "
       "entries) and prints each problem found, or \"ok: no problems\". "
       "Exits with status 1 when there are problems. It reads the whole "
       "database: raise --timeout for a large one."},
  };
  return *commands;
}

const CommandSpec* FindCommand(const std::string& name) {
  for (const CommandSpec& spec : Commands()) {
    if (name == spec.name) return &spec;
  }
  return nullptr;
}

bool IsBooleanFlag(const std::string& name) {
  return name == "json" || name == "calls" || name == "planned" ||
         name == "help" || name == "tls";
}

bool TakesFlag(const CommandSpec& spec, const std::string& name) {
  if (name == "help") return true;
  if (std::find(spec.flags.begin(), spec.flags.end(), name) !=
      spec.flags.end()) {
    return true;
  }
  const auto in = [&name](const std::vector<std::string>& flags) {
    return std::find(flags.begin(), flags.end(), name) != flags.end();
  };
  if (in(kTlsFlags)) return std::string(spec.name) != "extract";
  // Commands that query take the query service's flags.
  static const auto* not_queries = new std::vector<std::string>{
      "ingest", "extract", "article", "checkpoint", "fsck"};
  const bool queries = std::find(not_queries->begin(), not_queries->end(),
                                 spec.name) == not_queries->end();
  return queries && in(kQueryFlags);
}

absl::Status UsageError(const std::string& message) {
  return absl::InvalidArgumentError(message);
}

// Parses an enum value given as "pending_signature", "pending-signature",
// "PENDING_SIGNATURE" or "AGREEMENT_STATUS_PENDING_SIGNATURE".
template <typename Enum>
absl::Status ParseEnumFlag(const std::string& flag, const std::string& value,
                           const std::string& prefix,
                           bool (*parse)(const std::string&, Enum*),
                           Enum* out) {
  std::string name = absl::AsciiStrToUpper(value);
  absl::StrReplaceAll({{"-", "_"}, {" ", "_"}}, &name);
  if (!absl::StartsWith(name, prefix)) name = prefix + name;
  if (value.empty() || !parse(name, out) ||
      absl::EndsWith(name, "UNSPECIFIED")) {
    return UsageError(absl::StrCat("--", flag, "=", value,
                                   " is not a known value; see parley help"));
  }
  return absl::OkStatus();
}

absl::Status ParseDateFlag(const std::string& flag, const std::string& value,
                           v1::Date* out) {
  absl::StatusOr<v1::Date> date = ParseDate(value);
  if (!date.ok() || PrecisionOf(*date) == DatePrecision::kNone) {
    return UsageError(absl::StrCat("--", flag, "=", value,
                                   " is not a date; use YYYY-MM-DD, YYYY-MM "
                                   "or YYYY"));
  }
  *out = *date;
  return absl::OkStatus();
}

absl::Status SetFlag(const std::string& command, const std::string& name,
                     const std::string& value, CommandLine* line) {
  if (name == "ingest_addr") {
    line->ingest_address = value;
  } else if (name == "query_addr") {
    line->query_address = value;
  } else if (name == "timeout") {
    double seconds = 0;
    if (!absl::SimpleAtod(value, &seconds) || seconds <= 0) {
      return UsageError("--timeout takes a positive number of seconds");
    }
    line->timeout = absl::Seconds(seconds);
  } else if (name == "tls_ca_file") {
    line->tls.ca_file = value;
  } else if (name == "tls_cert_file") {
    line->tls.cert_file = value;
  } else if (name == "tls_key_file") {
    line->tls.key_file = value;
  } else if (name == "tls_server_name") {
    line->tls.server_name = value;
  } else if (name == "ingest_token_file") {
    line->ingest_token_file = value;
  } else if (name == "from") {
    return ParseDateFlag(name, value, &line->from);
  } else if (name == "to") {
    return ParseDateFlag(name, value, &line->to);
  } else if (name == "date") {
    return ParseDateFlag(name, value, &line->date);
  } else if (name == "actor") {
    line->actor = value;
  } else if (name == "party") {
    line->party = value;
  } else if (name == "type") {
    return ParseEnumFlag(name, value, "EVENT_TYPE_", v1::EventType_Parse,
                         &line->type);
  } else if (name == "status" && command == "agreements") {
    return ParseEnumFlag(name, value, "AGREEMENT_STATUS_",
                         v1::AgreementStatus_Parse, &line->agreement_status);
  } else if (name == "status") {
    return ParseEnumFlag(name, value, "EVENT_STATUS_", v1::EventStatus_Parse,
                         &line->event_status);
  } else if (name == "kind") {
    return ParseEnumFlag(name, value, "ACTOR_KIND_", v1::ActorKind_Parse,
                         &line->kind);
  } else if (name == "format") {
    if (value != "eval" && value != "json") {
      return UsageError("--format takes eval or json");
    }
    line->format = value;
  } else if (name == "kb") {
    line->kb_paths = absl::StrSplit(value, ',', absl::SkipEmpty());
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<CommandLine> ParseCommandLine(
    const std::vector<std::string>& argv) {
  CommandLine line;
  size_t i = 1;
  if (i < argv.size() && (argv[i] == "--help" || argv[i] == "-h")) {
    line.help = true;
    return line;
  }
  if (i >= argv.size()) return UsageError("no command given");
  if (argv[i] == "help") {
    line.help = true;
    if (i + 1 < argv.size()) line.command = argv[i + 1];
    return line;
  }
  line.command = argv[i++];
  const CommandSpec* spec = FindCommand(line.command);
  if (spec == nullptr) {
    return UsageError(absl::StrCat("unknown command '", line.command, "'"));
  }
  bool positional_only = false;
  for (; i < argv.size(); ++i) {
    const std::string& arg = argv[i];
    if (positional_only || arg.size() < 2 || arg[0] != '-') {
      line.args.push_back(arg);
      continue;
    }
    if (arg == "--") {
      positional_only = true;
      continue;
    }
    if (arg == "-h") {
      line.help = true;
      continue;
    }
    std::string name = arg.substr(arg[1] == '-' ? 2 : 1);
    std::string value;
    bool has_value = false;
    if (size_t eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name.resize(eq);
      has_value = true;
    }
    if (!TakesFlag(*spec, name)) {
      return UsageError(
          absl::StrCat("parley ", line.command, " has no flag --", name));
    }
    if (IsBooleanFlag(name)) {
      if (has_value && value != "true" && value != "false") {
        return UsageError(absl::StrCat("--", name, " takes no value"));
      }
      const bool on = !has_value || value == "true";
      if (name == "json") line.json = on;
      if (name == "calls") line.calls = on;
      if (name == "planned") line.planned = on;
      if (name == "help") line.help = on;
      if (name == "tls") line.tls.tls = on;
      continue;
    }
    if (!has_value) {
      if (i + 1 >= argv.size()) {
        return UsageError(absl::StrCat("--", name, " needs a value"));
      }
      value = argv[++i];
    }
    absl::Status status = SetFlag(line.command, name, value, &line);
    if (!status.ok()) return status;
  }
  if (line.help) return line;
  const int count = static_cast<int>(line.args.size());
  if (count < spec->min_args ||
      (spec->max_args >= 0 && count > spec->max_args)) {
    return UsageError(absl::StrCat("wrong number of arguments; usage: parley ",
                                   spec->synopsis));
  }
  return line;
}

std::string Usage(const std::string& command) {
  if (const CommandSpec* spec = FindCommand(command)) {
    std::string text = absl::StrCat("usage: parley ", spec->synopsis, "\n\n",
                                    spec->description, "\n");
    if (TakesFlag(*spec, "query_addr")) {
      absl::StrAppend(&text,
                      "\n  --query_addr=HOST:PORT  query service (default "
                      "localhost:50052)\n");
    }
    if (TakesFlag(*spec, "ingest_addr")) {
      absl::StrAppend(&text,
                      "\n  --ingest_addr=HOST:PORT  ingest service (default "
                      "localhost:50051)\n");
    }
    if (TakesFlag(*spec, "json")) {
      absl::StrAppend(&text,
                      "  --json                 one JSON object per line\n"
                      "  --timeout=SECONDS      per call (default 30)\n");
    }
    if (TakesFlag(*spec, "tls")) {
      absl::StrAppend(
          &text,
          "  --tls                  use TLS (implied by the --tls_* files)\n"
          "  --tls_ca_file=PEM      CAs that sign the service's certificate\n"
          "  --tls_cert_file=PEM --tls_key_file=PEM\n"
          "                         client certificate, for mutual TLS\n"
          "  --tls_server_name=NAME name the service's certificate must "
          "carry\n");
    }
    if (TakesFlag(*spec, "ingest_token_file")) {
      absl::StrAppend(&text,
                      "  --ingest_token_file=PATH  file holding the ingest "
                      "service's token\n"
                      "                         (default "
                      "$PARLEY_INGEST_TOKEN)\n");
    }
    return text;
  }
  std::string text =
      "parley: diplomatic events from news articles.\n\n"
      "usage: parley COMMAND [ARGS] [FLAGS]\n\ncommands:\n";
  for (const CommandSpec& spec : Commands()) {
    absl::StrAppend(&text, "  parley ", spec.synopsis, "\n");
  }
  absl::StrAppend(
      &text,
      "\nDates are YYYY-MM-DD, YYYY-MM or YYYY. Actors are ids "
      "(vladimir-putin) or names (Putin).\n"
      "Queries go to the query service (--query_addr, default "
      "localhost:50052),\ningest, article, checkpoint and fsck to the ingest "
      "service (--ingest_addr,\ndefault localhost:50051).\n--json prints one "
      "JSON object per line. --tls and --tls_ca_file=PEM connect with TLS;\n"
      "--ingest_token_file=PATH (or $PARLEY_INGEST_TOKEN) sends the ingest "
      "service's token.\n"
      "`parley help COMMAND` describes a command.\n"
      "Exit status: 0 ok, 1 error from a service or a file (or problems "
      "found by fsck),\n2 usage error.\n");
  return text;
}

}  // namespace cli
}  // namespace parley
