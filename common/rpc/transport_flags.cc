#include "common/rpc/transport_flags.h"

#include <string>

#include "absl/flags/flag.h"

ABSL_FLAG(std::string, tls_cert_file, "",
          "PEM certificate chain of the server; with --tls_key_file the "
          "server speaks only TLS");
ABSL_FLAG(std::string, tls_key_file, "", "PEM private key of the server");
ABSL_FLAG(std::string, tls_client_ca_file, "",
          "PEM CA certificates; when set, clients must present a certificate "
          "signed by one of them (mutual TLS)");
ABSL_FLAG(bool, plaintext, false,
          "accept unencrypted connections on an address other than loopback "
          "(without TLS files, a non-loopback --listen needs this)");
ABSL_FLAG(int, max_concurrent_streams, 100,
          "calls one client connection may have open at once");
ABSL_FLAG(int, max_send_message_bytes, 16 << 20,
          "larger responses fail with RESOURCE_EXHAUSTED");

namespace parley {

TransportOptions TransportOptionsFromFlags() {
  TransportOptions options;
  options.tls_cert_file = absl::GetFlag(FLAGS_tls_cert_file);
  options.tls_key_file = absl::GetFlag(FLAGS_tls_key_file);
  options.tls_client_ca_file = absl::GetFlag(FLAGS_tls_client_ca_file);
  options.plaintext = absl::GetFlag(FLAGS_plaintext);
  options.max_concurrent_streams = absl::GetFlag(FLAGS_max_concurrent_streams);
  options.max_send_message_bytes = absl::GetFlag(FLAGS_max_send_message_bytes);
  return options;
}

}  // namespace parley
