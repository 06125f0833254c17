// The `parley` subcommands.
#ifndef PARLEY_CLI_COMMANDS_H_
#define PARLEY_CLI_COMMANDS_H_

#include <ostream>

#include "cli/command_line.h"

namespace parley {
namespace cli {

// Runs `line` (a command, not a help request), writing results to `out` and
// progress and errors to `err`. Returns the process exit status: 0 when
// everything succeeded, 1 when a service call or a file failed.
int RunCommand(const CommandLine& line, std::ostream& out, std::ostream& err);

}  // namespace cli
}  // namespace parley

#endif  // PARLEY_CLI_COMMANDS_H_
