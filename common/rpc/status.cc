#include "common/rpc/status.h"

#include <chrono>
#include <string>

#include "absl/strings/str_cat.h"

namespace parley {

grpc::Status ToGrpcStatus(const absl::Status& status) {
  if (status.ok()) return grpc::Status::OK;
  return grpc::Status(static_cast<grpc::StatusCode>(status.code()),
                      std::string(status.message()));
}

absl::Status FromGrpcStatus(const grpc::Status& status) {
  if (status.ok()) return absl::OkStatus();
  return absl::Status(static_cast<absl::StatusCode>(status.error_code()),
                      status.error_message());
}

grpc::ServerUnaryReactor* Finish(grpc::CallbackServerContext* context,
                                 const grpc::Status& status) {
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  reactor->Finish(status);
  return reactor;
}

std::function<absl::Status()> CallInterrupt(
    const grpc::ServerContextBase* context, absl::string_view fix) {
  return [context, fix = std::string(fix)]() -> absl::Status {
    if (std::chrono::system_clock::now() >= context->deadline()) {
      return absl::DeadlineExceededError(absl::StrCat(
          "the call's deadline passed before the answer was complete; the "
          "server stopped. ",
          fix));
    }
    if (context->IsCancelled()) {
      // A client whose own deadline passes first cancels the call, so this
      // is also what an expired deadline often looks like here.
      return absl::CancelledError(
          "the call was cancelled (its client gave up, or its deadline "
          "passed); the server stopped reading");
    }
    return absl::OkStatus();
  };
}

}  // namespace parley
