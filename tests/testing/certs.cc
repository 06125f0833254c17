#include "tests/testing/certs.h"

#include <fstream>
#include <vector>

#include "absl/strings/str_cat.h"
#include "tests/testing/process.h"

namespace parley {
namespace testing {
namespace {

absl::Status Openssl(const std::vector<std::string>& args,
                     const std::string& dir) {
  std::vector<std::string> argv = {"/usr/bin/openssl"};
  argv.insert(argv.end(), args.begin(), args.end());
  absl::StatusOr<CommandResult> result = RunCommand(argv, dir);
  if (!result.ok()) return result.status();
  if (result->exit_code() != 0) {
    return absl::InternalError(absl::StrCat(
        "openssl ", args[0], " failed: ", result->out, result->err));
  }
  return absl::OkStatus();
}

// A self-signed CA certificate and its key: <dir>/<name>.crt, .key.
absl::Status MakeCa(const std::string& dir, const std::string& name) {
  return Openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt",
                  "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                  dir + "/" + name + ".key", "-out", dir + "/" + name + ".crt",
                  "-subj", "/CN=" + name, "-days", "2"},
                 dir);
}

// <dir>/<name>.crt and .key signed by the CA <dir>/<ca>.crt, with the
// extensions `extensions` (openssl -extfile syntax).
absl::Status MakeLeaf(const std::string& dir, const std::string& name,
                      const std::string& ca, const std::string& extensions,
                      int serial) {
  const std::string base = dir + "/" + name;
  absl::Status status =
      Openssl({"req", "-newkey", "ec", "-pkeyopt",
               "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
               base + ".key", "-out", base + ".csr", "-subj", "/CN=" + name},
              dir);
  if (!status.ok()) return status;
  {
    std::ofstream ext(base + ".ext");
    ext << extensions;
    if (!ext) return absl::InternalError("cannot write " + base + ".ext");
  }
  return Openssl(
      {"x509", "-req", "-in", base + ".csr", "-CA", dir + "/" + ca + ".crt",
       "-CAkey", dir + "/" + ca + ".key", "-set_serial", absl::StrCat(serial),
       "-days", "2", "-out", base + ".crt", "-extfile", base + ".ext"},
      dir);
}

}  // namespace

absl::StatusOr<TestCerts> MakeTestCerts(const std::string& dir) {
  for (absl::Status status : {
           MakeCa(dir, "ca"),
           MakeLeaf(dir, "server", "ca",
                    "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                    "extendedKeyUsage=serverAuth\n",
                    2),
           MakeLeaf(dir, "client", "ca", "extendedKeyUsage=clientAuth\n", 3),
           MakeCa(dir, "other-ca"),
           MakeLeaf(dir, "other-client", "other-ca",
                    "extendedKeyUsage=clientAuth\n", 4),
       }) {
    if (!status.ok()) return status;
  }
  TestCerts certs;
  certs.ca_cert = dir + "/ca.crt";
  certs.server_cert = dir + "/server.crt";
  certs.server_key = dir + "/server.key";
  certs.client_cert = dir + "/client.crt";
  certs.client_key = dir + "/client.key";
  certs.other_ca_cert = dir + "/other-ca.crt";
  certs.other_client_cert = dir + "/other-client.crt";
  certs.other_client_key = dir + "/other-client.key";
  return certs;
}

}  // namespace testing
}  // namespace parley
