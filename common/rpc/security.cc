#include "common/rpc/security.h"

#include <arpa/inet.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/support/channel_arguments.h"
#include "grpcpp/support/client_interceptor.h"

namespace parley {
namespace {

// The contents of the PEM file named by `flag`.
absl::StatusOr<std::string> ReadPemFile(absl::string_view flag,
                                        const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream contents;
  contents << in.rdbuf();
  if (!in) {
    return absl::NotFoundError(
        absl::StrCat("cannot read ", flag, " file '", path, "'"));
  }
  if (!absl::StrContains(contents.str(), "-----BEGIN ")) {
    return absl::InvalidArgumentError(
        absl::StrCat(flag, " file '", path,
                     "' is not PEM; pass a PEM certificate or key file"));
  }
  return contents.str();
}

// Adds "authorization: Bearer <token>" to every call of a channel.
class BearerTokenAdder : public grpc::experimental::Interceptor {
 public:
  explicit BearerTokenAdder(const std::string* header) : header_(header) {}

  void Intercept(
      grpc::experimental::InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(
            grpc::experimental::InterceptionHookPoints::
                PRE_SEND_INITIAL_METADATA)) {
      methods->GetSendInitialMetadata()->emplace("authorization", *header_);
    }
    methods->Proceed();
  }

 private:
  const std::string* header_;  // Owned by the factory.
};

class BearerTokenAdderFactory
    : public grpc::experimental::ClientInterceptorFactoryInterface {
 public:
  explicit BearerTokenAdderFactory(const std::string& token)
      : header_(absl::StrCat("Bearer ", token)) {}

  grpc::experimental::Interceptor* CreateClientInterceptor(
      grpc::experimental::ClientRpcInfo* info) override {
    return new BearerTokenAdder(&header_);
  }

 private:
  const std::string header_;
};

absl::string_view HostOf(absl::string_view address) {
  if (absl::ConsumePrefix(&address, "[")) {
    return address.substr(0, address.find(']'));
  }
  const size_t colon = address.rfind(':');
  return colon == absl::string_view::npos ? address : address.substr(0, colon);
}

}  // namespace

const char* DescribeTransport(const TransportOptions& options) {
  if (options.tls_cert_file.empty()) return "plaintext";
  return options.tls_client_ca_file.empty() ? "TLS" : "mutual TLS";
}

bool IsLocalAddress(absl::string_view listen_address) {
  if (absl::StartsWith(listen_address, "unix:") ||
      absl::StartsWith(listen_address, "unix-abstract:")) {
    return true;
  }
  const std::string host = absl::AsciiStrToLower(HostOf(listen_address));
  if (host == "localhost" || host == "::1") return true;
  in_addr ipv4;
  if (inet_pton(AF_INET, host.c_str(), &ipv4) == 1) {
    return (ntohl(ipv4.s_addr) >> 24) == 127;
  }
  return false;
}

absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> MakeServerCredentials(
    const TransportOptions& options, absl::string_view listen_address) {
  const bool tls = !options.tls_cert_file.empty();
  if (tls != !options.tls_key_file.empty()) {
    return absl::InvalidArgumentError(
        "--tls_cert_file and --tls_key_file go together; pass both (the "
        "server's PEM certificate chain and private key) or neither");
  }
  if (!tls && !options.tls_client_ca_file.empty()) {
    return absl::InvalidArgumentError(
        "--tls_client_ca_file needs TLS; also pass --tls_cert_file and "
        "--tls_key_file");
  }
  if (tls && options.plaintext) {
    return absl::InvalidArgumentError(
        "--plaintext conflicts with --tls_cert_file; pass one or the other");
  }
  if (!tls) {
    if (!options.plaintext && !IsLocalAddress(listen_address)) {
      return absl::InvalidArgumentError(absl::StrCat(
          "refusing to listen on ", listen_address,
          " without TLS: pass --tls_cert_file and --tls_key_file, or "
          "--plaintext to accept unencrypted connections from other hosts "
          "(or listen on 127.0.0.1 only)"));
    }
    return grpc::InsecureServerCredentials();
  }
  absl::StatusOr<std::string> cert =
      ReadPemFile("--tls_cert_file", options.tls_cert_file);
  if (!cert.ok()) return cert.status();
  absl::StatusOr<std::string> key =
      ReadPemFile("--tls_key_file", options.tls_key_file);
  if (!key.ok()) return key.status();
  grpc::SslServerCredentialsOptions ssl(
      options.tls_client_ca_file.empty()
          ? GRPC_SSL_DONT_REQUEST_CLIENT_CERTIFICATE
          : GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY);
  ssl.pem_key_cert_pairs.push_back({*std::move(key), *std::move(cert)});
  if (!options.tls_client_ca_file.empty()) {
    absl::StatusOr<std::string> ca =
        ReadPemFile("--tls_client_ca_file", options.tls_client_ca_file);
    if (!ca.ok()) return ca.status();
    ssl.pem_root_certs = *std::move(ca);
  }
  return grpc::SslServerCredentials(ssl);
}

absl::StatusOr<std::shared_ptr<grpc::Channel>> NewClientChannel(
    const std::string& address, const ClientTlsOptions& options,
    const std::string& bearer_token) {
  std::shared_ptr<grpc::ChannelCredentials> credentials =
      grpc::InsecureChannelCredentials();
  grpc::ChannelArguments args;
  if (options.enabled()) {
    absl::StatusOr<std::shared_ptr<grpc::ChannelCredentials>> tls =
        TlsChannelCredentials(options);
    if (!tls.ok()) return tls.status();
    credentials = *std::move(tls);
    if (!options.server_name.empty()) {
      args.SetSslTargetNameOverride(options.server_name);
    }
  }
  std::vector<
      std::unique_ptr<grpc::experimental::ClientInterceptorFactoryInterface>>
      interceptors;
  if (!bearer_token.empty()) {
    interceptors.push_back(
        std::make_unique<BearerTokenAdderFactory>(bearer_token));
  }
  return grpc::experimental::CreateCustomChannelWithInterceptors(
      address, credentials, args, std::move(interceptors));
}

absl::StatusOr<std::shared_ptr<grpc::ChannelCredentials>> TlsChannelCredentials(
    const ClientTlsOptions& options) {
  if (options.cert_file.empty() != options.key_file.empty()) {
    return absl::InvalidArgumentError(
        "--tls_cert_file and --tls_key_file go together; pass both (the "
        "client's PEM certificate and private key) or neither");
  }
  grpc::SslCredentialsOptions ssl;
  if (!options.ca_file.empty()) {
    absl::StatusOr<std::string> ca =
        ReadPemFile("--tls_ca_file", options.ca_file);
    if (!ca.ok()) return ca.status();
    ssl.pem_root_certs = *std::move(ca);
  }
  if (!options.cert_file.empty()) {
    absl::StatusOr<std::string> cert =
        ReadPemFile("--tls_cert_file", options.cert_file);
    if (!cert.ok()) return cert.status();
    absl::StatusOr<std::string> key =
        ReadPemFile("--tls_key_file", options.key_file);
    if (!key.ok()) return key.status();
    ssl.pem_cert_chain = *std::move(cert);
    ssl.pem_private_key = *std::move(key);
  }
  return grpc::SslCredentials(ssl);
}

absl::StatusOr<std::string> LoadSecret(const std::string& file,
                                       const char* env_var) {
  const char* env = std::getenv(env_var);
  const bool from_env = env != nullptr && env[0] != '\0';
  std::string secret;
  std::string source;
  if (!file.empty()) {
    if (from_env) {
      return absl::InvalidArgumentError(
          absl::StrCat("both a token file ('", file, "') and $", env_var,
                       " are set; use one of them"));
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream contents;
    contents << in.rdbuf();
    if (!in) {
      return absl::NotFoundError(
          absl::StrCat("cannot read the token file '", file, "'"));
    }
    secret = contents.str();
    source = absl::StrCat("the token file '", file, "'");
  } else if (from_env) {
    secret = env;
    source = absl::StrCat("$", env_var);
  } else {
    return std::string();
  }
  absl::StripAsciiWhitespace(&secret);
  if (secret.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(source, " holds no token; put the token in it"));
  }
  for (char c : secret) {
    if (c < 0x21 || c > 0x7e) {
      return absl::InvalidArgumentError(absl::StrCat(
          source,
          " holds a token with spaces or non-ASCII characters; use printable "
          "ASCII only (for example the output of `openssl rand -hex 32`)"));
    }
  }
  return secret;
}

bool ConstantTimeEquals(absl::string_view a, absl::string_view b) {
  // Every byte of `b` is visited whatever `a` holds, and nothing branches
  // on the data.
  volatile unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < b.size(); ++i) {
    const unsigned char from_a =
        i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
    diff = diff | (from_a ^ static_cast<unsigned char>(b[i]));
  }
  return diff == 0;
}

BearerTokenCheck::BearerTokenCheck(std::string token)
    : token_(std::move(token)) {}

grpc::Status BearerTokenCheck::Check(const grpc::ServerContext& context) const {
  if (token_.empty()) return grpc::Status::OK;
  const auto& metadata = context.client_metadata();
  const auto found = metadata.find("authorization");
  absl::string_view value;
  if (found != metadata.end()) {
    value = absl::string_view(found->second.data(), found->second.size());
  }
  // The scheme is case-insensitive (RFC 7235).
  constexpr absl::string_view kScheme = "bearer ";
  if (value.size() <= kScheme.size() ||
      !absl::EqualsIgnoreCase(value.substr(0, kScheme.size()), kScheme)) {
    return grpc::Status(
        grpc::StatusCode::UNAUTHENTICATED,
        "this service requires a token: send the metadata 'authorization: "
        "Bearer <token>' (parley and the Python client read it from "
        "--ingest_token_file or $PARLEY_INGEST_TOKEN)");
  }
  const absl::string_view given =
      absl::StripAsciiWhitespace(value.substr(kScheme.size()));
  if (!ConstantTimeEquals(given, token_)) {
    return grpc::Status(grpc::StatusCode::PERMISSION_DENIED,
                        "the token is not the one this service accepts; "
                        "check --ingest_token_file or $PARLEY_INGEST_TOKEN");
  }
  return grpc::Status::OK;
}

}  // namespace parley
