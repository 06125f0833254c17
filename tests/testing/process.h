// Child processes for the integration tests: a server binary started on
// 127.0.0.1 port 0, and a command run to completion with its output.
#ifndef PARLEY_TESTS_TESTING_PROCESS_H_
#define PARLEY_TESTS_TESTING_PROCESS_H_

#include <sys/types.h>

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "grpcpp/channel.h"

namespace parley {
namespace testing {

// A server binary running as a child process.
class ServerProcess {
 public:
  // Runs `binary` with `args` plus --listen=127.0.0.1:0 and
  // --port_file=<scratch_dir>/<binary name>.port, and waits until the port
  // file appears. Returns DEADLINE_EXCEEDED when it does not appear within
  // `timeout`, and INTERNAL when the child exits first (with its status).
  // The child's standard error goes to `log_file` when it is not empty,
  // else to the test's own.
  static absl::StatusOr<std::unique_ptr<ServerProcess>> Start(
      const std::string& binary, const std::vector<std::string>& args,
      const std::string& scratch_dir,
      absl::Duration timeout = absl::Seconds(30),
      const std::string& log_file = "");

  // Kills the child with SIGKILL if it still runs, and reaps it.
  ~ServerProcess();

  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  pid_t pid() const { return pid_; }
  int port() const { return port_; }
  // "127.0.0.1:<port>".
  std::string address() const;
  // A new insecure channel to address().
  std::shared_ptr<grpc::Channel> NewChannel() const;

  // Sends `signal_number` to the child. Returns false if it has exited.
  bool Signal(int signal_number);

  // Waits up to `timeout` for the child to exit and returns its wait status
  // (see WIFEXITED). DEADLINE_EXCEEDED if it is still running.
  absl::StatusOr<int> WaitForExit(absl::Duration timeout);

  // SIGTERM, then SIGKILL if the child has not exited within `timeout`.
  // Returns the wait status.
  absl::StatusOr<int> Stop(absl::Duration timeout = absl::Seconds(20));

 private:
  ServerProcess(pid_t pid, int port) : pid_(pid), port_(port) {}

  const pid_t pid_;
  const int port_;
  bool exited_ = false;
  int wait_status_ = 0;
};

// What a finished command printed and how it ended.
struct CommandResult {
  int wait_status = 0;  // As returned by waitpid.
  std::string out;      // Standard output.
  std::string err;      // Standard error.
  // The exit code, or -1 when the command was killed by a signal.
  int exit_code() const;
};

// Runs `argv` (argv[0] is a path) with /dev/null as its standard input and
// waits up to `timeout` for it to finish; after that it is killed and
// DEADLINE_EXCEEDED returned. Output is collected through files in
// `scratch_dir`.
absl::StatusOr<CommandResult> RunCommand(
    const std::vector<std::string>& argv, const std::string& scratch_dir,
    absl::Duration timeout = absl::Seconds(60));

}  // namespace testing
}  // namespace parley

#endif  // PARLEY_TESTS_TESTING_PROCESS_H_
