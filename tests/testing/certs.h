// Certificates for the TLS tests, made at test time with the openssl
// command: a CA, a server certificate for 127.0.0.1 and localhost signed by
// it, a client certificate signed by it, and a client certificate signed by
// another CA (which a server trusting only the first must refuse).
#ifndef PARLEY_TESTS_TESTING_CERTS_H_
#define PARLEY_TESTS_TESTING_CERTS_H_

#include <string>

#include "absl/status/statusor.h"

namespace parley {
namespace testing {

// Paths of PEM files.
struct TestCerts {
  std::string ca_cert;
  std::string server_cert;
  std::string server_key;
  std::string client_cert;
  std::string client_key;
  std::string other_ca_cert;
  std::string other_client_cert;  // Signed by other_ca_cert.
  std::string other_client_key;
};

// Writes the files into `dir` (which must exist). INTERNAL with openssl's
// output when a command fails.
absl::StatusOr<TestCerts> MakeTestCerts(const std::string& dir);

}  // namespace testing
}  // namespace parley

#endif  // PARLEY_TESTS_TESTING_CERTS_H_
