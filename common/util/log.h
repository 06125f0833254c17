// A minimal leveled logger writing one line per message to stderr.
//
//   PARLEY_LOG(INFO) << "listening on " << address;
//
// Thread-safe: each message is formatted in a local buffer and written with a
// single call.
#ifndef PARLEY_COMMON_UTIL_LOG_H_
#define PARLEY_COMMON_UTIL_LOG_H_

#include <sstream>
#include <string>

#include "absl/strings/string_view.h"

namespace parley {

enum class LogLevel { kDebug = 0, kInfo = 1, kWarning = 2, kError = 3 };

// Sets the minimum level written; messages below it are discarded.
void SetLogLevel(LogLevel level);
LogLevel GetLogLevel();

// Parses "debug", "info", "warning" or "error". Returns false otherwise.
bool ParseLogLevel(absl::string_view text, LogLevel* level);

// One log line; writes itself when destroyed.
class LogMessage {
 public:
  LogMessage(LogLevel level, const char* file, int line);
  ~LogMessage();
  LogMessage(const LogMessage&) = delete;
  LogMessage& operator=(const LogMessage&) = delete;

  std::ostream& stream() { return stream_; }

 private:
  LogLevel level_;
  std::ostringstream stream_;
};

}  // namespace parley

#define PARLEY_LOG_LEVEL_DEBUG ::parley::LogLevel::kDebug
#define PARLEY_LOG_LEVEL_INFO ::parley::LogLevel::kInfo
#define PARLEY_LOG_LEVEL_WARNING ::parley::LogLevel::kWarning
#define PARLEY_LOG_LEVEL_ERROR ::parley::LogLevel::kError

#define PARLEY_LOG(level)                                   \
  if (PARLEY_LOG_LEVEL_##level < ::parley::GetLogLevel()) { \
  } else                                                    \
    ::parley::LogMessage(PARLEY_LOG_LEVEL_##level, __FILE__, __LINE__).stream()

#endif  // PARLEY_COMMON_UTIL_LOG_H_
