// The command-line flags both services share for TLS and connection limits
// (--tls_cert_file, --tls_key_file, --tls_client_ca_file, --plaintext,
// --max_concurrent_streams, --max_send_message_bytes). Link this library
// into a service's main() only.
#ifndef PARLEY_COMMON_RPC_TRANSPORT_FLAGS_H_
#define PARLEY_COMMON_RPC_TRANSPORT_FLAGS_H_

#include "common/rpc/security.h"

namespace parley {

// The values of the flags above. REQUIRES: absl::ParseCommandLine ran.
TransportOptions TransportOptionsFromFlags();

}  // namespace parley

#endif  // PARLEY_COMMON_RPC_TRANSPORT_FLAGS_H_
