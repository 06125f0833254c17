#include "common/rpc/server.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "common/util/log.h"
#include "grpc/impl/codegen/grpc_types.h"
#include "grpcpp/ext/proto_server_reflection_plugin.h"
#include "grpcpp/health_check_service_interface.h"
#include "grpcpp/security/server_credentials.h"
#include "grpcpp/server_builder.h"
#include "grpcpp/support/server_interceptor.h"

namespace parley {
namespace {

// Logs one line for each RPC that ends with a status other than OK, and
// turns gRPC's bare INTERNAL for an unparsable request into INVALID_ARGUMENT.
class FailedRpcLogger : public grpc::experimental::Interceptor {
 public:
  explicit FailedRpcLogger(grpc::experimental::ServerRpcInfo* info)
      : info_(info) {}

  void Intercept(
      grpc::experimental::InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(
            grpc::experimental::InterceptionHookPoints::PRE_SEND_STATUS)) {
      grpc::Status status = methods->GetSendStatus();
      if (status.error_code() == grpc::StatusCode::INTERNAL &&
          status.error_message().empty()) {
        // gRPC's own answer to a request it could not parse; in proto3 that
        // means a string field with invalid UTF-8. Say so.
        status = grpc::Status(
            grpc::StatusCode::INVALID_ARGUMENT,
            "the request could not be parsed: string fields such as text, "
            "url and title must be valid UTF-8");
        methods->ModifySendStatus(status);
      }
      if (!status.ok()) {
        PARLEY_LOG(WARNING)
            << info_->method() << " failed: "
            << absl::StatusCodeToString(
                   static_cast<absl::StatusCode>(status.error_code()))
            << ": " << status.error_message() << " (peer "
            << info_->server_context()->peer() << ")";
      }
    }
    methods->Proceed();
  }

 private:
  grpc::experimental::ServerRpcInfo* info_;
};

class FailedRpcLoggerFactory
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override {
    return new FailedRpcLogger(info);
  }
};

absl::Status WritePortFile(const std::string& path, int port) {
  const std::string tmp = absl::StrCat(path, ".tmp.", getpid());
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << port << "\n";
    out.close();
    if (!out) {
      return absl::InternalError(
          absl::StrCat("cannot write the port file ", tmp));
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    return absl::InternalError(absl::StrCat("cannot rename ", tmp, " to ", path,
                                            ": ", std::strerror(errno)));
  }
  return absl::OkStatus();
}

// Both ends of the self-pipe that carries termination signals; -1 until
// InstallTerminationHandler() runs.
int signal_pipe[2] = {-1, -1};

void OnTerminationSignal(int signal_number) {
  const int saved_errno = errno;
  const char byte = static_cast<char>(signal_number);
  // Nothing to do on failure: a full pipe already holds a wake-up.
  (void)!write(signal_pipe[1], &byte, 1);
  errno = saved_errno;
}

}  // namespace

absl::StatusOr<std::unique_ptr<GrpcServer>> GrpcServer::Start(
    const ServerOptions& options, const std::vector<NamedService>& services) {
#ifdef NDEBUG
  // Debian's Abseil is built with deadlock detection on, and gRPC locks
  // absl::Mutex on every call: its lock-order graph cost about 2% of a query
  // service's CPU in profiles. Builds with NDEBUG (the default
  // RelWithDebInfo) turn it off; Debug builds keep checking.
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
#endif
  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();

  const TransportOptions& transport = options.transport;
  if (options.max_receive_message_bytes <= 0 ||
      transport.max_send_message_bytes <= 0 ||
      transport.max_concurrent_streams <= 0) {
    return absl::InvalidArgumentError(
        "message size and concurrent stream limits must be positive");
  }
  absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> credentials =
      MakeServerCredentials(transport, options.listen_address);
  if (!credentials.ok()) return credentials.status();

  grpc::ServerBuilder builder;
  int port = 0;
  builder.AddListeningPort(options.listen_address, *credentials, &port);
  builder.SetMaxReceiveMessageSize(options.max_receive_message_bytes);
  builder.SetMaxSendMessageSize(transport.max_send_message_bytes);
  builder.AddChannelArgument(GRPC_ARG_MAX_CONCURRENT_STREAMS,
                             transport.max_concurrent_streams);
  // A second server on a busy port must fail, not share it.
  builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
  for (const NamedService& service : services) {
    builder.RegisterService(service.service);
  }
  std::vector<
      std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>>
      interceptors;
  interceptors.push_back(std::make_unique<FailedRpcLoggerFactory>());
  builder.experimental().SetInterceptorCreators(std::move(interceptors));

  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (server == nullptr || port == 0) {
    return absl::UnavailableError(absl::StrCat(
        "cannot listen on ", options.listen_address,
        "; is the address valid and the port free?",
        transport.tls_cert_file.empty()
            ? ""
            : " Are the TLS certificate and key valid PEM, and do they "
              "match?"));
  }
  grpc::HealthCheckServiceInterface* health = server->GetHealthCheckService();
  health->SetServingStatus("", true);
  for (const NamedService& service : services) {
    health->SetServingStatus(service.name, true);
  }
  auto result = std::unique_ptr<GrpcServer>(
      new GrpcServer(options, std::move(server), port));
  if (!options.port_file.empty()) {
    absl::Status written = WritePortFile(options.port_file, port);
    if (!written.ok()) return written;  // The destructor stops the server.
  }
  return result;
}

GrpcServer::GrpcServer(ServerOptions options,
                       std::unique_ptr<grpc::Server> server, int port)
    : options_(std::move(options)), server_(std::move(server)), port_(port) {}

GrpcServer::~GrpcServer() { Shutdown(); }

void GrpcServer::Shutdown() {
  absl::MutexLock lock(&mu_);
  if (shut_down_) return;
  shut_down_ = true;
  server_->GetHealthCheckService()->SetServingStatus(false);
  server_->Shutdown(absl::ToChronoTime(absl::Now() + options_.drain_timeout));
  server_->Wait();
}

absl::Status InstallTerminationHandler() {
  if (signal_pipe[0] >= 0) return absl::OkStatus();
  if (pipe2(signal_pipe, O_CLOEXEC) != 0) {
    return absl::InternalError(
        absl::StrCat("cannot create the signal pipe: ", std::strerror(errno)));
  }
  struct sigaction action;
  std::memset(&action, 0, sizeof(action));
  action.sa_handler = OnTerminationSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  for (int signal_number : {SIGTERM, SIGINT}) {
    if (sigaction(signal_number, &action, nullptr) != 0) {
      return absl::InternalError(
          absl::StrCat("cannot install a handler for signal ", signal_number,
                       ": ", std::strerror(errno)));
    }
  }
  return absl::OkStatus();
}

int WaitForTerminationSignal() {
  char byte = 0;
  while (true) {
    ssize_t n = read(signal_pipe[0], &byte, 1);
    if (n == 1) return static_cast<unsigned char>(byte);
    if (n < 0 && errno == EINTR) continue;
    // The pipe cannot close while the process runs; treat anything else as
    // a request to stop.
    return SIGTERM;
  }
}

void ServeUntilTerminationSignal(GrpcServer* server) {
  const int signal_number = WaitForTerminationSignal();
  PARLEY_LOG(INFO) << "received " << strsignal(signal_number)
                   << "; draining in-flight calls";
  server->Shutdown();
  PARLEY_LOG(INFO) << "server stopped";
}

}  // namespace parley
