#include "query_service/query_server.h"

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <system_error>
#include <thread>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "common/kb/knowledge_base.h"
#include "common/rpc/server.h"
#include "common/store/store.h"
#include "common/util/status.h"
#include "parley/v1/query_service.grpc.pb.h"
#include "query_service/querier.h"
#include "query_service/query_service_impl.h"

namespace parley {
namespace {

// Calls Store::CatchUp every `interval` on its own thread until destroyed.
class CatchUpLoop {
 public:
  CatchUpLoop(Store* store, absl::Duration interval)
      : store_(store), interval_(interval), thread_([this] { Run(); }) {}

  ~CatchUpLoop() {
    {
      absl::MutexLock lock(&mu_);
      stop_ = true;
    }
    thread_.join();
  }

 private:
  void Run() {
    absl::MutexLock lock(&mu_);
    while (!mu_.AwaitWithTimeout(absl::Condition(&stop_), interval_)) {
      mu_.Unlock();
      absl::Status status = store_->CatchUp();
      if (!status.ok()) {
        PARLEY_LOG(WARNING) << "catching up with the primary: " << status;
      }
      mu_.Lock();
    }
  }

  Store* const store_;
  const absl::Duration interval_;
  absl::Mutex mu_;
  bool stop_ ABSL_GUARDED_BY(mu_) = false;
  std::thread thread_;  // Last: starts after the members it reads.
};

std::string DefaultSecondaryDir(const std::string& db_path) {
  std::filesystem::path db(db_path);
  if (!db.has_filename()) db = db.parent_path();  // "data/" -> "data".
  return (db.parent_path() /
          absl::StrCat(db.filename().string(), "-secondary-", getpid()))
      .string();
}

// Opens the secondary, retrying while the primary has not finished creating
// the database and its column families (FAILED_PRECONDITION, see
// Store::OpenSecondary) and `timeout` has not passed.
absl::StatusOr<std::unique_ptr<Store>> OpenSecondary(
    const std::string& db_path, const std::string& secondary_dir,
    absl::Duration timeout) {
  const absl::Time deadline = absl::Now() + timeout;
  bool logged = false;
  while (true) {
    absl::StatusOr<std::unique_ptr<Store>> store =
        Store::OpenSecondary(db_path, secondary_dir);
    if (store.ok() || !absl::IsFailedPrecondition(store.status()) ||
        absl::Now() >= deadline) {
      return store;
    }
    if (!logged) {
      PARLEY_LOG(INFO) << "waiting for the ingest service to create " << db_path
                       << " (" << store.status().message() << ")";
      logged = true;
    }
    absl::SleepFor(absl::Milliseconds(200));
  }
}

}  // namespace

absl::Status RunQueryServer(const QueryServerOptions& options) {
  SetLogLevel(options.log_level);
  if (options.db_path.empty()) {
    return absl::InvalidArgumentError(
        "no database directory; pass --db=DIR, the ingest service's --db");
  }
  if (options.catch_up_interval <= absl::ZeroDuration()) {
    return absl::InvalidArgumentError("--catch_up_interval must be positive");
  }
  // Transport mistakes are reported before the wait for the database.
  PARLEY_RETURN_IF_ERROR(
      MakeServerCredentials(options.transport, options.listen_address)
          .status());
  PARLEY_RETURN_IF_ERROR(InstallTerminationHandler());

  absl::StatusOr<std::unique_ptr<KnowledgeBase>> kb =
      KnowledgeBase::LoadDefault(options.kb_paths);
  if (!kb.ok()) return kb.status();
  const bool own_secondary_dir = options.secondary_dir.empty();
  const std::string secondary_dir = own_secondary_dir
                                        ? DefaultSecondaryDir(options.db_path)
                                        : options.secondary_dir;
  absl::StatusOr<std::unique_ptr<Store>> store =
      OpenSecondary(options.db_path, secondary_dir, options.open_timeout);
  if (!store.ok()) return store.status();

  absl::Status result;
  {
    Querier querier(kb->get(), store->get());
    QueryServiceImpl service(&querier);
    CatchUpLoop catch_up(store->get(), options.catch_up_interval);
    ServerOptions server_options;
    server_options.listen_address = options.listen_address;
    server_options.drain_timeout = options.drain_timeout;
    server_options.port_file = options.port_file;
    server_options.transport = options.transport;
    server_options.max_receive_message_bytes =
        options.max_receive_message_bytes;
    absl::StatusOr<std::unique_ptr<GrpcServer>> server = GrpcServer::Start(
        server_options, {{v1::QueryService::service_full_name(), &service}});
    if (server.ok()) {
      PARLEY_LOG(INFO) << "query service listening on "
                       << options.listen_address << " (port "
                       << (*server)->port() << "), following "
                       << options.db_path << " from " << secondary_dir << "; "
                       << DescribeTransport(options.transport);
      ServeUntilTerminationSignal(server->get());
    } else {
      result = server.status();
    }
  }
  store->reset();
  if (own_secondary_dir) {
    std::error_code ignored;
    std::filesystem::remove_all(secondary_dir, ignored);
  }
  PARLEY_LOG(INFO) << "database closed";
  return result;
}

}  // namespace parley
