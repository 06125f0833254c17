// Conversion between absl::Status (used below the RPC layer) and grpc::Status.
// Abseil's status codes have the same numbers as gRPC's.
#ifndef PARLEY_COMMON_RPC_STATUS_H_
#define PARLEY_COMMON_RPC_STATUS_H_

#include <functional>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "grpcpp/server_context.h"
#include "grpcpp/support/status.h"

namespace parley {

// The gRPC status with the same code and message as `status`.
grpc::Status ToGrpcStatus(const absl::Status& status);

// The absl::Status with the same code and message as `status`.
absl::Status FromGrpcStatus(const grpc::Status& status);

// The end of an RPC adapter: moves the value of `result` into `response` and
// returns OK, or returns the error of `result` leaving `response` alone.
template <typename T>
grpc::Status Respond(absl::StatusOr<T> result, T* response) {
  if (!result.ok()) return ToGrpcStatus(result.status());
  *response = *std::move(result);
  return grpc::Status::OK;
}

// The end of a unary callback-API handler: finishes the call of `context`
// with `status` and returns its reactor.
grpc::ServerUnaryReactor* Finish(grpc::CallbackServerContext* context,
                                 const grpc::Status& status);

// A check for long work done for the call of `context` (which must outlive
// it): DEADLINE_EXCEEDED once the call's deadline has passed on this
// server's clock, CANCELLED once the call was cancelled (by the client, by
// the client's own deadline, which often comes first, or by the client going
// away), else OK. Either way the client has stopped waiting. Cheap enough to
// call every few hundred items. `fix` ends the DEADLINE_EXCEEDED message
// with what the caller can change ("allow more time").
std::function<absl::Status()> CallInterrupt(
    const grpc::ServerContextBase* context, absl::string_view fix);

}  // namespace parley

#endif  // PARLEY_COMMON_RPC_STATUS_H_
