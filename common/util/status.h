// Small absl::Status helpers shared below the RPC layer.
#ifndef PARLEY_COMMON_UTIL_STATUS_H_
#define PARLEY_COMMON_UTIL_STATUS_H_

// Returns from the enclosing function when `expr` (an absl::Status) is not OK.
// Abseil 20220623 has no such macro of its own.
#define PARLEY_RETURN_IF_ERROR(expr)                 \
  do {                                               \
    ::absl::Status parley_status_ = (expr);          \
    if (!parley_status_.ok()) return parley_status_; \
  } while (0)

#endif  // PARLEY_COMMON_UTIL_STATUS_H_
