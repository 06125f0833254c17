#include "common/store/page_token.h"

#include <string>

#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "gtest/gtest.h"

namespace parley {
namespace {

using std::string_literals::operator""s;

constexpr uint64_t kFilters = 0x1234abcd5678ef90ULL;

void ExpectMalformed(const std::string& token) {
  absl::StatusOr<std::string> key = DecodePageToken(token, kFilters);
  ASSERT_FALSE(key.ok()) << "accepted '" << token << "'";
  EXPECT_EQ(key.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(
      absl::StrContains(key.status().message(), "pass the next_page_token"))
      << key.status();
}

TEST(PageTokenTest, RoundTripsBinaryKeys) {
  for (const std::string& key :
       {"iran"s + '\0' + "russia" + '\0' + "20220119" + '\0' + "ev-1", "a"s,
        std::string(300, '\xff')}) {
    const std::string token = EncodePageToken(key, kFilters);
    // URL-safe, unpadded.
    EXPECT_EQ(token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklm"
                                      "nopqrstuvwxyz0123456789-_"),
              std::string::npos);
    absl::StatusOr<std::string> decoded = DecodePageToken(token, kFilters);
    ASSERT_TRUE(decoded.ok()) << decoded.status();
    EXPECT_EQ(*decoded, key);
  }
}

TEST(PageTokenTest, TruncatedTokensAreRejected) {
  const std::string token = EncodePageToken("events-key-20240101", kFilters);
  for (size_t length = 0; length < token.size(); ++length) {
    ExpectMalformed(token.substr(0, length));
  }
}

TEST(PageTokenTest, EditedTokensAreRejected) {
  const std::string token = EncodePageToken("events-key-20240101", kFilters);
  const std::string alphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  for (size_t i = 0; i < token.size(); ++i) {
    for (char replacement : alphabet) {
      if (replacement == token[i]) continue;
      std::string edited = token;
      edited[i] = replacement;
      ExpectMalformed(edited);
    }
  }
  ExpectMalformed(token + "A");
  ExpectMalformed(token + "=");
  ExpectMalformed("not a token!");
}

TEST(PageTokenTest, ForgedTokensAreRejected) {
  // A plausible payload with a made-up checksum.
  std::string payload = "\x01"s + std::string(8, '\0') + "some-key";
  payload += std::string(8, 'x');
  ExpectMalformed(absl::WebSafeBase64Escape(payload));
  // A token with a valid layout but another version byte.
  std::string bytes;
  ASSERT_TRUE(
      absl::WebSafeBase64Unescape(EncodePageToken("k", kFilters), &bytes));
  bytes[0] = 2;
  ExpectMalformed(absl::WebSafeBase64Escape(bytes));
}

TEST(PageTokenTest, TokenForOtherFiltersIsRejected) {
  const std::string token = EncodePageToken("key", kFilters);
  absl::StatusOr<std::string> key = DecodePageToken(token, kFilters + 1);
  ASSERT_FALSE(key.ok());
  EXPECT_EQ(key.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StrContains(key.status().message(), "different filters"))
      << key.status();
}

}  // namespace
}  // namespace parley
