// Runs a gRPC server the way both Parley services need it: bound to a
// configurable address (port 0 picks a free port, which is read back and can
// be written to a file), with the standard health service and server
// reflection on, one log line for every failed RPC, and a drain with a
// deadline when the process is asked to stop.
#ifndef PARLEY_COMMON_RPC_SERVER_H_
#define PARLEY_COMMON_RPC_SERVER_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "common/rpc/security.h"
#include "grpcpp/server.h"
#include "grpcpp/support/status.h"

namespace parley {

struct ServerOptions {
  // host:port to listen on; port 0 picks a free port.
  std::string listen_address = "127.0.0.1:0";
  // Larger request messages are rejected by gRPC with RESOURCE_EXHAUSTED.
  int max_receive_message_bytes = 4 << 20;
  // TLS, mutual TLS or plaintext, and the per-connection limits.
  TransportOptions transport;
  // How long Shutdown() lets in-flight calls finish before cancelling them.
  absl::Duration drain_timeout = absl::Seconds(10);
  // When not empty, the bound port is written to this file (atomically, as
  // "<port>\n") once the server accepts calls.
  std::string port_file;
};

// A service to serve, under its full name ("parley.v1.QueryService"), which
// is also the name its health status is reported under.
struct NamedService {
  std::string name;
  grpc::Service* service;  // Not owned; must outlive the server.
};

// A running server. Thread-safe. Every call that fails is logged once (at
// WARNING, with method, status and peer). A request gRPC cannot parse (in
// proto3, a string field that is not UTF-8) fails with INVALID_ARGUMENT
// instead of gRPC's bare INTERNAL.
class GrpcServer {
 public:
  // Builds and starts a server for `services`; every service and the
  // overall server ("") report SERVING. Returns INVALID_ARGUMENT or
  // NOT_FOUND when the transport options are wrong (see
  // MakeServerCredentials) or a limit is not positive, UNAVAILABLE when the
  // address cannot be bound and INTERNAL when the port file cannot be
  // written.
  static absl::StatusOr<std::unique_ptr<GrpcServer>> Start(
      const ServerOptions& options, const std::vector<NamedService>& services);

  // Shuts down (see Shutdown) if that has not happened yet.
  ~GrpcServer();

  GrpcServer(const GrpcServer&) = delete;
  GrpcServer& operator=(const GrpcServer&) = delete;

  // The port the server listens on.
  int port() const { return port_; }

  // Reports NOT_SERVING for every service, stops accepting calls, lets
  // in-flight calls run until now + drain_timeout, cancels what is left and
  // returns when every call has ended. Later calls do nothing.
  void Shutdown();

 private:
  GrpcServer(ServerOptions options, std::unique_ptr<grpc::Server> server,
             int port);

  const ServerOptions options_;
  const std::unique_ptr<grpc::Server> server_;
  const int port_;
  absl::Mutex mu_;
  bool shut_down_ ABSL_GUARDED_BY(mu_) = false;
};

// Makes SIGTERM and SIGINT wake WaitForTerminationSignal() instead of killing
// the process. The handler only writes the signal number to a pipe. Call it
// once, early in main, before the work a signal should interrupt.
absl::Status InstallTerminationHandler();

// Blocks until SIGTERM or SIGINT arrives (or arrived since
// InstallTerminationHandler) and returns its number.
// REQUIRES: InstallTerminationHandler() returned OK.
int WaitForTerminationSignal();

// Serves until SIGTERM or SIGINT, then shuts `server` down (logging both).
// REQUIRES: InstallTerminationHandler() returned OK.
void ServeUntilTerminationSignal(GrpcServer* server);

}  // namespace parley

#endif  // PARLEY_COMMON_RPC_SERVER_H_
