// Transport security and the ingest token, for the servers and the clients:
// TLS and mutual TLS credentials from PEM files, the rule that decides when
// a server may listen without TLS, secrets read from a file or an
// environment variable (never from a flag, which `ps` shows), and the
// bearer-token check.
#ifndef PARLEY_COMMON_RPC_SECURITY_H_
#define PARLEY_COMMON_RPC_SECURITY_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "grpcpp/channel.h"
#include "grpcpp/security/credentials.h"
#include "grpcpp/security/server_credentials.h"
#include "grpcpp/server_context.h"

namespace parley {

// How a server accepts connections and what it lets them send.
struct TransportOptions {
  // PEM files of the server's certificate chain and private key. Both or
  // neither; with them the server speaks only TLS.
  std::string tls_cert_file;
  std::string tls_key_file;
  // PEM file of the CAs that sign client certificates. When set (it needs
  // TLS), every client must present a certificate signed by one of them
  // (mutual TLS); others fail the handshake.
  std::string tls_client_ca_file;
  // Accepts unencrypted connections on an address other than loopback.
  // Without TLS files, a server whose address is not loopback refuses to
  // start unless this is set. Conflicts with the TLS files.
  bool plaintext = false;
  // HTTP/2 streams (calls) one connection may have open at once; further
  // calls wait on the client until one ends.
  int max_concurrent_streams = 100;
  // Larger responses fail with RESOURCE_EXHAUSTED.
  int max_send_message_bytes = 16 << 20;
};

// "plaintext", "TLS" or "mutual TLS", for the log.
const char* DescribeTransport(const TransportOptions& options);

// Whether `listen_address` ("host:port", "[v6]:port" or "unix:path") only
// accepts connections from this machine: 127.0.0.0/8, ::1, localhost, or a
// Unix socket.
bool IsLocalAddress(absl::string_view listen_address);

// The credentials a server listening on `listen_address` uses.
// INVALID_ARGUMENT (with the flag to fix) for a certificate without a key or
// the reverse, a client CA without TLS, TLS files with `plaintext`, and a
// non-local address with neither TLS nor `plaintext`; NOT_FOUND when a file
// cannot be read.
absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> MakeServerCredentials(
    const TransportOptions& options, absl::string_view listen_address);

// How a client connects. TLS is used when `tls` is set or any file is
// given; otherwise the connection is plaintext.
struct ClientTlsOptions {
  bool tls = false;
  // PEM file of the CAs that sign the server's certificate; empty: gRPC's
  // default roots.
  std::string ca_file;
  // The client's certificate chain and key, for servers that require
  // client certificates. Both or neither.
  std::string cert_file;
  std::string key_file;
  // The name the server's certificate must carry, when it differs from the
  // host in the address (e.g. through a port-forward to localhost).
  std::string server_name;

  bool enabled() const {
    return tls || !ca_file.empty() || !cert_file.empty() || !key_file.empty();
  }
};

// TLS credentials for a client as `options` say; errors as for
// NewClientChannel. `options.server_name` is not part of them (it is a
// channel argument).
absl::StatusOr<std::shared_ptr<grpc::ChannelCredentials>> TlsChannelCredentials(
    const ClientTlsOptions& options);

// A channel to `address` as `options` say. Unless `bearer_token` is empty,
// every call on it carries "authorization: Bearer <bearer_token>".
// INVALID_ARGUMENT for a certificate without a key or the reverse,
// NOT_FOUND for an unreadable file.
absl::StatusOr<std::shared_ptr<grpc::Channel>> NewClientChannel(
    const std::string& address, const ClientTlsOptions& options,
    const std::string& bearer_token = "");

// The environment variable that holds the ingest token when no token file
// is given (servers and clients alike).
inline constexpr char kIngestTokenEnvVar[] = "PARLEY_INGEST_TOKEN";

// Reads a secret: the contents of `file` without surrounding whitespace
// when `file` is not empty, else the value of the environment variable
// `env_var` (also trimmed), else "". INVALID_ARGUMENT when both are set,
// when the file or the variable holds only whitespace, or when the secret
// has characters other than printable ASCII; NOT_FOUND when the file cannot
// be read. Messages never contain the secret.
absl::StatusOr<std::string> LoadSecret(const std::string& file,
                                       const char* env_var);

// Checks the bearer token of server calls. Thread-safe.
class BearerTokenCheck {
 public:
  // An empty `token` lets every call through.
  explicit BearerTokenCheck(std::string token);

  bool required() const { return !token_.empty(); }

  // OK when no token is required or the call carries "authorization:
  // Bearer <token>" with the right token (compared in constant time);
  // UNAUTHENTICATED when the header is missing or not a bearer token;
  // PERMISSION_DENIED when the token is wrong. The messages say what to
  // send and never contain a token.
  grpc::Status Check(const grpc::ServerContext& context) const;

 private:
  const std::string token_;
};

// Whether `a` equals `b`, in time that depends only on the length of `b`.
bool ConstantTimeEquals(absl::string_view a, absl::string_view b);

}  // namespace parley

#endif  // PARLEY_COMMON_RPC_SECURITY_H_
