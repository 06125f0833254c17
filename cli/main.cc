// parley: the command-line client. Parses the command line and runs it.
#include <iostream>
#include <string>
#include <vector>

#include "cli/command_line.h"
#include "cli/commands.h"

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv, argv + argc);
  absl::StatusOr<parley::cli::CommandLine> line =
      parley::cli::ParseCommandLine(args);
  if (!line.ok()) {
    std::cerr << "parley: " << line.status().message()
              << "\nRun `parley help` for usage.\n";
    return 2;
  }
  if (line->help) {
    std::cout << parley::cli::Usage(line->command);
    return 0;
  }
  return parley::cli::RunCommand(*line, std::cout, std::cerr);
}
