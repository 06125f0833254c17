// Opaque page tokens (AIP-158). A token holds the key at which the next page
// starts and a fingerprint of the filters of the request that got it, with a
// checksum so that truncated or edited tokens are detected. Tokens are
// base64url without padding.
//
// The checksum is not a secret: a token built by hand with a valid checksum
// is accepted, so callers must still check that the resume key lies within
// the range their filters select.
#ifndef PARLEY_COMMON_STORE_PAGE_TOKEN_H_
#define PARLEY_COMMON_STORE_PAGE_TOKEN_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace parley {

// Returns a token that resumes a list at `resume_key` (non-empty) for
// requests whose filters have `filters_fingerprint`.
std::string EncodePageToken(absl::string_view resume_key,
                            uint64_t filters_fingerprint);

// Returns the resume key of `token`. INVALID_ARGUMENT when the token is
// malformed (not one EncodePageToken made, truncated or edited) or was
// issued for filters other than `filters_fingerprint`; the message tells the
// caller what to do.
absl::StatusOr<std::string> DecodePageToken(absl::string_view token,
                                            uint64_t filters_fingerprint);

// The INVALID_ARGUMENT error for a token that is not a valid token.
absl::Status MalformedPageTokenError();

}  // namespace parley

#endif  // PARLEY_COMMON_STORE_PAGE_TOKEN_H_
