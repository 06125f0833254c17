#include "tests/testing/process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "absl/time/clock.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"

namespace parley {
namespace testing {
namespace {

constexpr absl::Duration kPollInterval = absl::Milliseconds(10);

std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

std::string DescribeWaitStatus(int status) {
  if (WIFEXITED(status)) return absl::StrCat("exit code ", WEXITSTATUS(status));
  if (WIFSIGNALED(status)) {
    return absl::StrCat("killed by signal ", WTERMSIG(status));
  }
  return absl::StrCat("wait status ", status);
}

// Forks and execs `argv`; in the child, standard input comes from
// `stdin_path` and standard output and error go to the given files when
// their paths are not empty. Returns the child's pid.
absl::StatusOr<pid_t> Spawn(const std::vector<std::string>& argv,
                            const std::string& stdin_path,
                            const std::string& stdout_path,
                            const std::string& stderr_path) {
  // Everything the child needs is prepared before fork().
  std::vector<char*> args;
  for (const std::string& arg : argv)
    args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  pid_t pid = fork();
  if (pid < 0) return absl::InternalError("fork failed");
  if (pid == 0) {
    auto redirect = [](const std::string& path, int fd, int flags) {
      if (path.empty()) return;
      int file = open(path.c_str(), flags, 0644);
      if (file < 0 || dup2(file, fd) < 0) _exit(126);
      close(file);
    };
    redirect(stdin_path, STDIN_FILENO, O_RDONLY);
    redirect(stdout_path, STDOUT_FILENO, O_WRONLY | O_CREAT | O_TRUNC);
    redirect(stderr_path, STDERR_FILENO, O_WRONLY | O_CREAT | O_TRUNC);
    execv(args[0], args.data());
    _exit(127);
  }
  return pid;
}

// Waits up to `timeout` for `pid`; DEADLINE_EXCEEDED if it still runs.
absl::StatusOr<int> WaitPid(pid_t pid, absl::Duration timeout) {
  const absl::Time deadline = absl::Now() + timeout;
  while (true) {
    int status = 0;
    pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) return status;
    if (done < 0) return absl::InternalError("waitpid failed");
    if (absl::Now() >= deadline) {
      return absl::DeadlineExceededError(
          absl::StrCat("process ", pid, " still runs"));
    }
    absl::SleepFor(kPollInterval);
  }
}

}  // namespace

absl::StatusOr<std::unique_ptr<ServerProcess>> ServerProcess::Start(
    const std::string& binary, const std::vector<std::string>& args,
    const std::string& scratch_dir, absl::Duration timeout,
    const std::string& log_file) {
  static std::atomic<int> counter{0};
  const std::string port_file = absl::StrCat(
      scratch_dir, "/", std::filesystem::path(binary).filename().string(), "-",
      counter++, ".port");
  std::vector<std::string> argv = {binary, "--listen=127.0.0.1:0",
                                   "--port_file=" + port_file};
  argv.insert(argv.end(), args.begin(), args.end());
  absl::StatusOr<pid_t> pid = Spawn(argv, "", "", log_file);
  if (!pid.ok()) return pid.status();

  const absl::Time deadline = absl::Now() + timeout;
  while (true) {
    int port = 0;
    std::string text = ReadWholeFile(port_file);
    if (absl::SimpleAtoi(absl::StripAsciiWhitespace(text), &port) && port > 0) {
      return std::unique_ptr<ServerProcess>(new ServerProcess(*pid, port));
    }
    int status = 0;
    if (waitpid(*pid, &status, WNOHANG) == *pid) {
      return absl::InternalError(absl::StrCat(
          binary, " exited before serving: ", DescribeWaitStatus(status),
          log_file.empty()
              ? ""
              : absl::StrCat("; its log:\n", ReadWholeFile(log_file))));
    }
    if (absl::Now() >= deadline) {
      kill(*pid, SIGKILL);
      waitpid(*pid, &status, 0);
      return absl::DeadlineExceededError(
          absl::StrCat(binary, " wrote no port file within ",
                       absl::FormatDuration(timeout)));
    }
    absl::SleepFor(kPollInterval);
  }
}

ServerProcess::~ServerProcess() {
  if (exited_) return;
  kill(pid_, SIGKILL);
  int status = 0;
  waitpid(pid_, &status, 0);
}

std::string ServerProcess::address() const {
  return absl::StrCat("127.0.0.1:", port_);
}

std::shared_ptr<grpc::Channel> ServerProcess::NewChannel() const {
  return grpc::CreateChannel(address(), grpc::InsecureChannelCredentials());
}

bool ServerProcess::Signal(int signal_number) {
  return !exited_ && kill(pid_, signal_number) == 0;
}

absl::StatusOr<int> ServerProcess::WaitForExit(absl::Duration timeout) {
  if (exited_) return wait_status_;
  absl::StatusOr<int> status = WaitPid(pid_, timeout);
  if (status.ok()) {
    exited_ = true;
    wait_status_ = *status;
  }
  return status;
}

absl::StatusOr<int> ServerProcess::Stop(absl::Duration timeout) {
  Signal(SIGTERM);
  absl::StatusOr<int> status = WaitForExit(timeout);
  if (absl::IsDeadlineExceeded(status.status())) {
    Signal(SIGKILL);
    return WaitForExit(absl::InfiniteDuration());
  }
  return status;
}

int CommandResult::exit_code() const {
  return WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : -1;
}

absl::StatusOr<CommandResult> RunCommand(const std::vector<std::string>& argv,
                                         const std::string& scratch_dir,
                                         absl::Duration timeout) {
  static std::atomic<int> counter{0};
  const std::string stem = absl::StrCat(scratch_dir, "/command-", counter++);
  const std::string out_path = stem + ".out";
  const std::string err_path = stem + ".err";
  absl::StatusOr<pid_t> pid = Spawn(argv, "/dev/null", out_path, err_path);
  if (!pid.ok()) return pid.status();
  absl::StatusOr<int> status = WaitPid(*pid, timeout);
  if (!status.ok()) {
    kill(*pid, SIGKILL);
    int ignored = 0;
    waitpid(*pid, &ignored, 0);
    return absl::DeadlineExceededError(absl::StrCat(
        argv[0], " did not finish within ", absl::FormatDuration(timeout),
        "; stderr: ", ReadWholeFile(err_path)));
  }
  CommandResult result;
  result.wait_status = *status;
  result.out = ReadWholeFile(out_path);
  result.err = ReadWholeFile(err_path);
  return result;
}

}  // namespace testing
}  // namespace parley
