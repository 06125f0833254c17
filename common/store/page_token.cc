#include "common/store/page_token.h"

#include "absl/status/status.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "common/store/hash.h"

namespace parley {
namespace {

// Layout before base64url: version (1 byte), filters fingerprint (8 bytes,
// little-endian), resume key, checksum (8 bytes, little-endian) of all the
// preceding bytes salted with kSalt.
constexpr char kVersion = 1;
constexpr size_t kFingerprintBytes = 8;
constexpr size_t kChecksumBytes = 8;
constexpr absl::string_view kSalt = "parley.v1.page_token";

std::string Uint64Bytes(uint64_t value) {
  std::string out(8, '\0');
  for (int i = 0; i < 8; ++i) out[i] = static_cast<char>(value >> (8 * i));
  return out;
}

uint64_t BytesUint64(absl::string_view bytes) {
  uint64_t value = 0;
  for (int i = 7; i >= 0; --i) {
    value = (value << 8) | static_cast<unsigned char>(bytes[i]);
  }
  return value;
}

uint64_t Checksum(absl::string_view payload) {
  return StableHash64(absl::StrCat(kSalt, payload));
}

}  // namespace

absl::Status MalformedPageTokenError() {
  return absl::InvalidArgumentError(
      "page_token is malformed; pass the next_page_token of the previous "
      "response unchanged, or omit page_token to start from the first page");
}

std::string EncodePageToken(absl::string_view resume_key,
                            uint64_t filters_fingerprint) {
  std::string payload =
      absl::StrCat(absl::string_view(&kVersion, 1),
                   Uint64Bytes(filters_fingerprint), resume_key);
  payload += Uint64Bytes(Checksum(payload));
  return absl::WebSafeBase64Escape(payload);
}

absl::StatusOr<std::string> DecodePageToken(absl::string_view token,
                                            uint64_t filters_fingerprint) {
  std::string bytes;
  // Re-encoding must give the token back: base64 decoders ignore the unused
  // low bits of the last character, which an edit could change.
  if (!absl::WebSafeBase64Unescape(token, &bytes) ||
      absl::WebSafeBase64Escape(bytes) != token ||
      bytes.size() <= 1 + kFingerprintBytes + kChecksumBytes ||
      bytes[0] != kVersion) {
    return MalformedPageTokenError();
  }
  const absl::string_view view(bytes);
  const absl::string_view payload =
      view.substr(0, view.size() - kChecksumBytes);
  if (BytesUint64(view.substr(payload.size())) != Checksum(payload)) {
    return MalformedPageTokenError();
  }
  if (BytesUint64(payload.substr(1)) != filters_fingerprint) {
    return absl::InvalidArgumentError(
        "page_token was issued for different filters; repeat the request "
        "with the filters of the request that returned it, or omit "
        "page_token to start the new query from the first page");
  }
  return std::string(payload.substr(1 + kFingerprintBytes));
}

}  // namespace parley
