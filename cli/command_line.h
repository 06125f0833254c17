// Parsing of the `parley` command line: one subcommand, its positional
// arguments and flags. All argument handling of the CLI lives here.
#ifndef PARLEY_CLI_COMMAND_LINE_H_
#define PARLEY_CLI_COMMAND_LINE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "common/rpc/security.h"
#include "parley/v1/event.pb.h"
#include "parley/v1/types.pb.h"

namespace parley {
namespace cli {

// A parsed command line. Fields a command does not take keep their defaults.
struct CommandLine {
  // "ingest", "extract", "meetings", "events", "event", "agreements",
  // "agreement", "actors", "article", "checkpoint", "fsck"; empty with
  // `help` for general usage.
  std::string command;
  // True when usage was asked for (--help, -h, `parley help [command]`).
  bool help = false;
  std::vector<std::string> args;  // Positional arguments after the command.

  // Flags shared by every command that talks to a service.
  std::string ingest_address = "localhost:50051";
  std::string query_address = "localhost:50052";
  bool json = false;                           // One JSON object per line.
  absl::Duration timeout = absl::Seconds(30);  // Per RPC.
  // --tls, --tls_ca_file, --tls_cert_file, --tls_key_file,
  // --tls_server_name: how to reach the service.
  ClientTlsOptions tls;
  // --ingest_token_file: the file holding the ingest service's token (else
  // $PARLEY_INGEST_TOKEN). Never the token itself: `ps` shows flags.
  std::string ingest_token_file;

  // Filters (meetings, events, agreements, actors).
  v1::Date from;         // --from, inclusive.
  v1::Date to;           // --to, inclusive.
  v1::Date date;         // --date: resolve titles as of this date.
  bool calls = false;    // --calls
  bool planned = false;  // --planned
  std::string actor;     // --actor
  std::string party;     // --party
  v1::EventType type = v1::EVENT_TYPE_UNSPECIFIED;              // --type
  v1::EventStatus event_status = v1::EVENT_STATUS_UNSPECIFIED;  // --status
  v1::AgreementStatus agreement_status =
      v1::AGREEMENT_STATUS_UNSPECIFIED;             // --status (agreements)
  v1::ActorKind kind = v1::ACTOR_KIND_UNSPECIFIED;  // --kind (actors)

  // extract
  std::string format = "eval";        // "eval" or "json".
  std::vector<std::string> kb_paths;  // --kb, comma-separated.
};

// Parses argv (argv[0] is the program). Returns INVALID_ARGUMENT with a
// message for the user on a usage error: unknown command or flag, missing
// or extra arguments, a bad date or enum value.
absl::StatusOr<CommandLine> ParseCommandLine(
    const std::vector<std::string>& argv);

// Usage text: general when `command` is empty or unknown, else the
// command's own.
std::string Usage(const std::string& command);

}  // namespace cli
}  // namespace parley

#endif  // PARLEY_CLI_COMMAND_LINE_H_
