// Fuzz target: page-token decoding.
//
// Arbitrary bytes as a token must be rejected with INVALID_ARGUMENT or give
// a resume key that encodes back to the same token; and any bytes as a
// resume key must survive an encode/decode round trip.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "absl/status/status.h"
#include "common/store/page_token.h"

namespace {

void Check(bool condition, const char* what) {
  if (!condition) {
    fprintf(stderr, "page_token_fuzzer: broken property: %s\n", what);
    abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view bytes(reinterpret_cast<const char*>(data), size);
  // The first 8 bytes (when there are that many) choose the fingerprint the
  // token is checked against.
  uint64_t fingerprint = 0x5061726c6579ull;
  if (size >= 8) {
    fingerprint = 0;
    for (int i = 0; i < 8; ++i) fingerprint = (fingerprint << 8) | data[i];
  }

  for (uint64_t expected : {fingerprint, uint64_t{0}}) {
    absl::StatusOr<std::string> key = parley::DecodePageToken(bytes, expected);
    if (key.ok()) {
      Check(!key->empty(), "a decoded resume key is not empty");
      Check(parley::EncodePageToken(*key, expected) == bytes,
            "a token that decodes encodes back to itself");
    } else {
      Check(absl::IsInvalidArgument(key.status()),
            "a bad token is INVALID_ARGUMENT");
    }
  }

  if (!bytes.empty()) {
    const std::string token = parley::EncodePageToken(bytes, fingerprint);
    absl::StatusOr<std::string> key =
        parley::DecodePageToken(token, fingerprint);
    Check(key.ok() && *key == bytes, "encode then decode gives the key back");
    Check(!parley::DecodePageToken(token, fingerprint + 1).ok(),
          "a token is refused for other filters");
  }
  return 0;
}
