// parley_bench: Parley's whole-system benchmark. It prints one Markdown
// table with
//   1. extraction on one core (articles/s, MB/s) over synthetic 3 KB articles;
//   2. durable ingest through gRPC: concurrent IngestArticle calls (each
//      acknowledged after its WAL sync) and bulk IngestArticles streams;
//   3. ListMeetings (pages of --page_size, and of 1 for the same pairs),
//      ListAgreements, ListEvents and GetEvent at each concurrency on each
//      database size, next to the health Check RPC of the same server (the
//      floor), with p99 as a ratio to the floor's p99 and to the same
//      query's p99 on the smallest database, the query service's CPU time
//      per call and the mean number of items per answer;
//   4. resident memory of both services and bytes on disk per event.
//
// Databases of each size are built through the real ingest path (streaming
// IngestArticles of bench/article_gen.h articles) into --data_dir and reused
// by later runs; a larger one starts from a checkpoint of the largest smaller
// one built from the same seed. The services run as child processes on
// 127.0.0.1 port 0. The load generator is closed-loop: each client sends its
// next request when the previous answer arrives, through gRPC's async API on
// one completion-queue thread; every phase is bounded in time and requests.
//
// With --check the exit status is 1 when any RPC failed or a query kind
// never returned a result (the ctest smoke run uses it).
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "bench/article_gen.h"
#include "common/extract/extractor.h"
#include "common/kb/knowledge_base.h"
#include "common/store/store.h"
#include "grpcpp/generic/generic_stub.h"
#include "grpcpp/grpcpp.h"
#include "parley/v1/ingest_service.grpc.pb.h"
#include "parley/v1/query_service.grpc.pb.h"
#include "tests/testing/process.h"
#include "tests/testing/test_env.h"

ABSL_FLAG(std::string, sizes, "10k,100k,1m",
          "database sizes in events, comma-separated (k = 1,000, m = "
          "1,000,000)");
ABSL_FLAG(std::string, concurrency, "1,8,64",
          "concurrent query clients, comma-separated");
ABSL_FLAG(absl::Duration, duration, absl::Seconds(4),
          "measuring time of each query phase (one RPC kind at one "
          "concurrency on one database)");
ABSL_FLAG(int64_t, max_requests, 200000, "request cap of each query phase");
ABSL_FLAG(std::string, data_dir, "bench-data",
          "where databases are built and kept for later runs");
ABSL_FLAG(bool, fresh, false,
          "rebuild the databases even when kept ones exist");
ABSL_FLAG(uint64_t, seed, 1, "seed of the article generator");
ABSL_FLAG(int32_t, page_size, 20, "page_size of the list queries");
ABSL_FLAG(absl::Duration, extract_time, absl::Seconds(3),
          "how long to run the one-core extraction benchmark");
ABSL_FLAG(int32_t, ingest_clients, 16, "concurrent IngestArticle clients");
ABSL_FLAG(int64_t, ingest_articles, 3000,
          "articles of each durable-ingest measurement");
ABSL_FLAG(bool, check, false,
          "exit 1 when any RPC failed or a query kind found nothing");

namespace parley {
namespace bench {
namespace {

namespace fs = std::filesystem;
using testing::ServerProcess;

// ---------------------------------------------------------------------------
// Small helpers.

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "parley_bench: %s\n", message.c_str());
  std::exit(2);
}

template <typename T>
T OrDie(absl::StatusOr<T> value, absl::string_view what) {
  if (!value.ok()) Die(absl::StrCat(what, ": ", value.status().ToString()));
  return *std::move(value);
}

void Progress(const std::string& line) {
  std::fprintf(
      stderr, "[%s] %s\n",
      absl::FormatTime("%H:%M:%S", absl::Now(), absl::UTCTimeZone()).c_str(),
      line.c_str());
}

int64_t ParseCount(absl::string_view text) {
  std::string lower = absl::AsciiStrToLower(absl::StripAsciiWhitespace(text));
  int64_t scale = 1;
  if (!lower.empty() && lower.back() == 'k') scale = 1000;
  if (!lower.empty() && lower.back() == 'm') scale = 1000000;
  if (scale != 1) lower.pop_back();
  int64_t n = 0;
  if (!absl::SimpleAtoi(lower, &n) || n <= 0) {
    Die(absl::StrCat("'", text, "' is not a positive count such as 10k"));
  }
  return n * scale;
}

std::string CountLabel(int64_t n) {
  if (n >= 1000000 && n % 1000000 == 0) return absl::StrCat(n / 1000000, "m");
  if (n >= 1000 && n % 1000 == 0) return absl::StrCat(n / 1000, "k");
  return absl::StrCat(n);
}

// Resident and peak resident memory of a process, in MiB.
struct Memory {
  double rss_mib = 0;
  double peak_mib = 0;
};
Memory MemoryOf(pid_t pid) {
  std::ifstream status(absl::StrCat("/proc/", pid, "/status"));
  Memory memory;
  std::string line;
  while (std::getline(status, line)) {
    double kib = 0;
    auto value = [&](absl::string_view prefix) {
      if (!absl::StartsWith(line, prefix)) return false;
      std::string rest(absl::StripAsciiWhitespace(
          absl::StripSuffix(line.substr(prefix.size()), "kB")));
      return absl::SimpleAtod(rest, &kib);
    };
    if (value("VmRSS:")) memory.rss_mib = kib / 1024;
    if (value("VmHWM:")) memory.peak_mib = kib / 1024;
  }
  return memory;
}

// User plus system CPU time the process `pid` has used, in seconds (from
// /proc/<pid>/stat; 0 when it cannot be read).
double CpuSeconds(pid_t pid) {
  std::ifstream file(absl::StrCat("/proc/", pid, "/stat"));
  std::string stat((std::istreambuf_iterator<char>(file)),
                   std::istreambuf_iterator<char>());
  // Fields after the command name (which may hold spaces) start at ") ";
  // utime and stime are the 12th and 13th of them.
  const size_t close = stat.rfind(") ");
  if (close == std::string::npos) return 0;
  const std::vector<std::string> fields =
      absl::StrSplit(stat.substr(close + 2), ' ');
  int64_t user = 0, system = 0;
  if (fields.size() < 13 || !absl::SimpleAtoi(fields[11], &user) ||
      !absl::SimpleAtoi(fields[12], &system)) {
    return 0;
  }
  return static_cast<double>(user + system) / sysconf(_SC_CLK_TCK);
}

int64_t DirectoryBytes(const std::string& dir) {
  int64_t total = 0;
  std::error_code error;
  for (const auto& entry : fs::recursive_directory_iterator(dir, error)) {
    if (entry.is_regular_file(error)) total += entry.file_size(error);
  }
  return total;
}

std::string LoadAverage() {
  std::ifstream in("/proc/loadavg");
  std::string one, five, fifteen;
  in >> one >> five >> fifteen;
  return absl::StrCat(one, " ", five, " ", fifteen);
}

grpc::ByteBuffer ToBuffer(const google::protobuf::Message& message) {
  grpc::Slice slice(message.SerializeAsString());
  return grpc::ByteBuffer(&slice, 1);
}

std::shared_ptr<grpc::Channel> Channel(const std::string& address, int index) {
  grpc::ChannelArguments args;
  // Distinct arguments keep channels from sharing one connection.
  args.SetInt("parley.bench.channel", index);
  args.SetMaxReceiveMessageSize(64 << 20);
  return grpc::CreateCustomChannel(address, grpc::InsecureChannelCredentials(),
                                   args);
}

// ---------------------------------------------------------------------------
// The closed-loop load generator.

struct LoadResult {
  int64_t ok = 0;
  int64_t failed = 0;
  int64_t nonempty = 0;   // OK answers with a non-empty message.
  int64_t completed = 0;  // Every answer, warm-up included.
  // The server's CPU time per answer (warm-up included), when measured.
  double server_cpu_us = -1;
  std::string first_error;
  double seconds = 0;
  std::vector<int64_t> latencies_ns;  // Of OK answers, sorted.

  double Rate() const { return seconds > 0 ? ok / seconds : 0; }
  double PercentileMs(double p) const {
    if (latencies_ns.empty()) return 0;
    size_t index = static_cast<size_t>(p * (latencies_ns.size() - 1) + 0.5);
    return latencies_ns[std::min(index, latencies_ns.size() - 1)] / 1e6;
  }
};

// Sends `requests` (cycled) to `method` from `clients` concurrent clients
// over up to 4 connections for `warmup` (not recorded) and then `duration`
// or `max_requests`, whichever ends first.
LoadResult RunLoad(const std::string& address, const std::string& method,
                   const std::vector<grpc::ByteBuffer>& requests, int clients,
                   absl::Duration warmup, absl::Duration duration,
                   int64_t max_requests) {
  struct Slot {
    std::unique_ptr<grpc::ClientContext> context;
    std::unique_ptr<grpc::GenericClientAsyncResponseReader> reader;
    grpc::ByteBuffer response;
    grpc::Status status;
    std::chrono::steady_clock::time_point start;
    int stub = 0;
  };
  const int connections = std::min(clients, 4);
  std::vector<std::unique_ptr<grpc::GenericStub>> stubs;
  for (int i = 0; i < connections; ++i) {
    stubs.push_back(std::make_unique<grpc::GenericStub>(Channel(address, i)));
  }
  grpc::CompletionQueue cq;
  std::vector<Slot> slots(clients);
  size_t next_request = 0;
  auto start_call = [&](Slot& slot) {
    slot.context = std::make_unique<grpc::ClientContext>();
    slot.context->set_deadline(std::chrono::system_clock::now() +
                               std::chrono::seconds(60));
    slot.response.Clear();
    const grpc::ByteBuffer& request = requests[next_request];
    next_request = (next_request + 1) % requests.size();
    slot.start = std::chrono::steady_clock::now();
    slot.reader = stubs[slot.stub]->PrepareUnaryCall(slot.context.get(), method,
                                                     request, &cq);
    slot.reader->StartCall();
    slot.reader->Finish(&slot.response, &slot.status, &slot);
  };

  LoadResult result;
  const auto begin = std::chrono::steady_clock::now();
  const auto measure_from = begin + absl::ToChronoNanoseconds(warmup);
  const auto end = measure_from + absl::ToChronoNanoseconds(duration);
  int64_t started = 0;
  int in_flight = 0;
  for (int i = 0; i < clients; ++i) {
    slots[i].stub = i % connections;
    start_call(slots[i]);
    ++started;
    ++in_flight;
  }
  int64_t recorded = 0;
  void* tag;
  bool ok;
  while (in_flight > 0 && cq.Next(&tag, &ok)) {
    Slot& slot = *static_cast<Slot*>(tag);
    const auto now = std::chrono::steady_clock::now();
    --in_flight;
    ++result.completed;
    if (slot.start >= measure_from && now <= end) {
      ++recorded;
      if (ok && slot.status.ok()) {
        ++result.ok;
        if (slot.response.Length() > 0) ++result.nonempty;
        result.latencies_ns.push_back(
            std::chrono::duration_cast<std::chrono::nanoseconds>(now -
                                                                 slot.start)
                .count());
      } else {
        ++result.failed;
        if (result.first_error.empty()) {
          result.first_error =
              absl::StrCat(method, ": ", slot.status.error_code(), " ",
                           slot.status.error_message());
        }
      }
    }
    if (now < end && recorded + in_flight < max_requests) {
      start_call(slot);
      ++started;
      ++in_flight;
    }
  }
  const auto finish = std::min(std::chrono::steady_clock::now(), end);
  result.seconds = std::chrono::duration<double>(finish - measure_from).count();
  std::sort(result.latencies_ns.begin(), result.latencies_ns.end());
  return result;
}

// ---------------------------------------------------------------------------
// The table.

struct Row {
  std::string section;
  std::string what;
  std::string db;
  std::string clients;
  std::string rate;
  std::string p50, p99, p999;
  std::string vs_floor, vs_smallest;
  std::string note;
};

std::string Ms(double ms) { return absl::StrFormat("%.3f", ms); }

class Report {
 public:
  void Add(Row row) { rows_.push_back(std::move(row)); }
  void Failure(const std::string& what) { failures_.push_back(what); }
  const std::vector<std::string>& failures() const { return failures_; }

  void Print() const {
    std::printf(
        "| # | measure | db events | clients | throughput | p50 ms | p99 ms "
        "| p99.9 ms | p99 ÷ floor p99 | p99 ÷ p99 on smallest db | notes |\n"
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (const Row& r : rows_) {
      std::printf("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
                  r.section.c_str(), r.what.c_str(), r.db.c_str(),
                  r.clients.c_str(), r.rate.c_str(), r.p50.c_str(),
                  r.p99.c_str(), r.p999.c_str(), r.vs_floor.c_str(),
                  r.vs_smallest.c_str(), r.note.c_str());
    }
    std::fflush(stdout);
  }

 private:
  std::vector<Row> rows_;
  std::vector<std::string> failures_;
};

// ---------------------------------------------------------------------------
// 1. Extraction on one core.

void BenchExtraction(const KnowledgeBase& kb, Report* report) {
  GeneratorOptions options;
  options.seed = absl::GetFlag(FLAGS_seed) + 7919;
  ArticleGenerator generator(&kb, options);
  std::vector<ArticleInput> articles;
  for (int i = 0; i < 200; ++i) {
    GeneratedArticle generated = generator.Next();
    ArticleInput input;
    input.text = std::move(generated.text);
    input.published = generated.published;
    articles.push_back(std::move(input));
  }
  Extractor extractor(&kb);
  int64_t count = 0, bytes = 0, events = 0;
  const absl::Time start = absl::Now();
  const absl::Time end = start + absl::GetFlag(FLAGS_extract_time);
  while (absl::Now() < end || count < static_cast<int64_t>(articles.size())) {
    const ArticleInput& article = articles[count % articles.size()];
    absl::StatusOr<ExtractedArticle> extracted = extractor.Extract(article);
    if (!extracted.ok()) {
      report->Failure(absl::StrCat("extract: ", extracted.status().ToString()));
      return;
    }
    ++count;
    bytes += static_cast<int64_t>(article.text.size());
    events += static_cast<int64_t>(extracted->events.size());
  }
  const double seconds = absl::ToDoubleSeconds(absl::Now() - start);
  Row row;
  row.section = "1";
  row.what = "extraction, one core (in-process Extractor::Extract)";
  row.db = "-";
  row.clients = "1 thread";
  row.rate = absl::StrFormat("%.0f articles/s (%.2f MB/s)", count / seconds,
                             bytes / seconds / 1e6);
  row.note = absl::StrFormat("%.0f B/article, %.2f events/article",
                             static_cast<double>(bytes) / count,
                             static_cast<double>(events) / count);
  report->Add(row);
  Progress(absl::StrCat("extraction: ", row.rate));
}

// ---------------------------------------------------------------------------
// Services.

struct Services {
  std::unique_ptr<ServerProcess> ingest;
  std::unique_ptr<ServerProcess> query;
};

std::unique_ptr<ServerProcess> StartIngest(const std::string& db,
                                           const std::string& scratch) {
  fs::create_directories(scratch);
  return OrDie(ServerProcess::Start(testing::IngestServiceBinary(),
                                    {"--db=" + db, "--log_level=warning"},
                                    scratch, absl::Minutes(5)),
               "starting ingest_service");
}

std::unique_ptr<ServerProcess> StartQuery(const std::string& db,
                                          const std::string& scratch) {
  fs::create_directories(scratch);
  std::error_code ignored;
  fs::remove_all(scratch + "/secondary", ignored);
  return OrDie(ServerProcess::Start(
                   testing::QueryServiceBinary(),
                   {"--db=" + db, "--secondary_dir=" + scratch + "/secondary",
                    "--log_level=warning"},
                   scratch, absl::Minutes(5)),
               "starting query_service");
}

void StopOrDie(std::unique_ptr<ServerProcess>* process, const char* name) {
  if (*process == nullptr) return;
  absl::StatusOr<int> status = (*process)->Stop(absl::Minutes(2));
  if (!status.ok() || !WIFEXITED(*status) || WEXITSTATUS(*status) != 0) {
    Die(absl::StrCat(name, " did not exit cleanly"));
  }
  process->reset();
}

v1::IngestArticleRequest ToRequest(const GeneratedArticle& article) {
  v1::IngestArticleRequest request;
  request.set_text(article.text);
  request.set_title(article.title);
  request.set_url(article.url);
  *request.mutable_published() = article.published;
  request.set_format(v1::TEXT_FORMAT_PLAIN);
  return request;
}

// Streams `count` articles of `generator` in IngestArticles calls of up to
// 2,000 articles each; returns the articles acknowledged.
int64_t StreamArticles(v1::IngestService::Stub& stub,
                       ArticleGenerator& generator, int64_t count,
                       Report* report) {
  int64_t done = 0;
  while (done < count) {
    const int64_t batch = std::min<int64_t>(2000, count - done);
    grpc::ClientContext context;
    v1::IngestArticlesResponse response;
    std::unique_ptr<grpc::ClientWriter<v1::IngestArticleRequest>> writer =
        stub.IngestArticles(&context, &response);
    for (int64_t i = 0; i < batch; ++i) {
      if (!writer->Write(ToRequest(generator.Next()))) break;
    }
    writer->WritesDone();
    grpc::Status status = writer->Finish();
    if (!status.ok()) {
      Die(absl::StrCat("IngestArticles: ", status.error_message()));
    }
    if (response.failures_size() > 0) {
      report->Failure(
          absl::StrCat("IngestArticles: ", response.failures_size(),
                       " articles failed: ", response.failures(0).message()));
    }
    done += response.ingested() + response.duplicates();
    if (response.received() != batch) {
      Die(absl::StrCat("IngestArticles received ", response.received(), " of ",
                       batch, " articles"));
    }
  }
  return done;
}

// Counts the stored events by reading the database as a secondary.
int64_t CountEvents(const std::string& db, const std::string& scratch) {
  std::error_code ignored;
  fs::remove_all(scratch, ignored);
  std::unique_ptr<Store> store =
      OrDie(Store::OpenSecondary(db, scratch), "opening the database");
  int64_t count = 0;
  PageRequest page;
  page.page_size = 1000;
  do {
    Page<v1::Event> events =
        OrDie(store->ListEvents(EventQuery(), page), "counting events");
    count += static_cast<int64_t>(events.items.size());
    page.page_token = events.next_page_token;
  } while (!page.page_token.empty());
  store.reset();
  fs::remove_all(scratch, ignored);
  return count;
}

// A kept database: <data_dir>/seed<seed>-<label>/{db,meta}.
struct BuiltDb {
  std::string dir;
  std::string db;
  int64_t target = 0;
  int64_t articles = 0;  // Generator articles ingested.
  int64_t events = 0;    // Stored events.
  double build_seconds = 0;
};

bool ReadMeta(BuiltDb* built) {
  std::ifstream in(built->dir + "/meta");
  return static_cast<bool>(in >> built->articles >> built->events >>
                           built->build_seconds);
}

// Builds (or reuses) the database of about `target` events.
BuiltDb BuildDb(const KnowledgeBase& kb, int64_t target,
                const std::vector<BuiltDb>& smaller, Report* report) {
  const std::string data_dir = fs::absolute(absl::GetFlag(FLAGS_data_dir));
  const uint64_t seed = absl::GetFlag(FLAGS_seed);
  BuiltDb built;
  built.target = target;
  built.dir = absl::StrCat(data_dir, "/seed", seed, "-", CountLabel(target));
  built.db = built.dir + "/db";
  if (!absl::GetFlag(FLAGS_fresh) && ReadMeta(&built)) {
    Progress(
        absl::StrCat("reusing ", built.dir, " (", built.events, " events)"));
    return built;
  }
  std::error_code ignored;
  fs::remove_all(built.dir, ignored);
  fs::create_directories(built.dir);
  const absl::Time start = absl::Now();

  GeneratorOptions options;
  options.seed = seed;
  ArticleGenerator generator(&kb, options);
  int64_t intended = 0;  // Distinct happenings of the articles so far.
  const BuiltDb* base = smaller.empty() ? nullptr : &smaller.back();
  std::unique_ptr<ServerProcess> ingest;
  if (base != nullptr) {
    // Continue from a checkpoint of the smaller database.
    std::unique_ptr<ServerProcess> from =
        StartIngest(base->db, built.dir + "/scratch-base");
    auto stub = v1::IngestService::NewStub(from->NewChannel());
    grpc::ClientContext context;
    v1::CreateCheckpointRequest request;
    request.set_directory(built.db);
    v1::CreateCheckpointResponse response;
    grpc::Status status = stub->CreateCheckpoint(&context, request, &response);
    if (!status.ok()) Die("CreateCheckpoint: " + status.error_message());
    stub.reset();
    StopOrDie(&from, "ingest_service");
    for (int64_t i = 0; i < base->articles; ++i) {
      intended += generator.Next().new_events;
    }
    built.articles = base->articles;
  }
  ingest = StartIngest(built.db, built.dir + "/scratch");
  auto stub = v1::IngestService::NewStub(ingest->NewChannel());
  // The articles report about one distinct happening per event the store
  // keeps; stream in steps until the intended count reaches the target.
  while (intended < target) {
    ArticleGenerator probe = generator;
    int64_t step = 0, step_events = 0;
    while (intended + step_events < target && step < 10000) {
      step_events += probe.Next().new_events;
      ++step;
    }
    built.articles += StreamArticles(*stub, generator, step, report);
    intended += step_events;
    Progress(absl::StrCat("building ", CountLabel(target), ": ", built.articles,
                          " articles, ~", intended, " events"));
  }
  stub.reset();
  StopOrDie(&ingest, "ingest_service");
  built.events = CountEvents(built.db, built.dir + "/count-secondary");
  built.build_seconds = absl::ToDoubleSeconds(absl::Now() - start);
  fs::remove_all(built.dir + "/scratch", ignored);
  fs::remove_all(built.dir + "/scratch-base", ignored);
  std::ofstream(built.dir + "/meta") << built.articles << " " << built.events
                                     << " " << built.build_seconds << "\n";
  Progress(absl::StrFormat("built %s: %d articles, %d events in %.0f s",
                           built.dir, built.articles, built.events,
                           built.build_seconds));
  return built;
}

// ---------------------------------------------------------------------------
// 2. Durable ingest.

void BenchIngest(const KnowledgeBase& kb, Report* report) {
  const std::string dir =
      fs::absolute(absl::GetFlag(FLAGS_data_dir)).string() + "/ingest-bench";
  std::error_code ignored;
  const int64_t articles = absl::GetFlag(FLAGS_ingest_articles);
  GeneratorOptions options;
  options.seed = absl::GetFlag(FLAGS_seed) + 104729;
  ArticleGenerator generator(&kb, options);
  std::vector<v1::IngestArticleRequest> messages;
  std::vector<grpc::ByteBuffer> requests;
  for (int64_t i = 0; i < articles; ++i) {
    messages.push_back(ToRequest(generator.Next()));
    requests.push_back(ToBuffer(messages.back()));
  }

  // Concurrent unary calls, each answered after its WAL sync.
  fs::remove_all(dir, ignored);
  std::unique_ptr<ServerProcess> ingest = StartIngest(dir + "/db", dir);
  const int clients = absl::GetFlag(FLAGS_ingest_clients);
  LoadResult unary = RunLoad(
      ingest->address(), "/parley.v1.IngestService/IngestArticle", requests,
      clients, absl::ZeroDuration(), absl::Minutes(5), articles);
  const Memory memory = MemoryOf(ingest->pid());
  StopOrDie(&ingest, "ingest_service");
  if (unary.failed > 0) report->Failure(unary.first_error);
  if (unary.nonempty == 0) report->Failure("IngestArticle: no answers");
  Row row;
  row.section = "2";
  row.what = "durable ingest: IngestArticle (WAL synced before the answer)";
  row.db = absl::StrCat("0 → ", unary.ok, " articles");
  row.clients = absl::StrCat(clients);
  row.rate = absl::StrFormat("%.0f articles/s", unary.Rate());
  row.p50 = Ms(unary.PercentileMs(0.5));
  row.p99 = Ms(unary.PercentileMs(0.99));
  row.p999 = Ms(unary.PercentileMs(0.999));
  row.note = absl::StrFormat("%d failed; ingest_service RSS %.0f MiB",
                             unary.failed, memory.rss_mib);
  report->Add(row);
  Progress(absl::StrCat("durable ingest: ", row.rate, " p99 ", row.p99, " ms"));

  // Bulk: IngestArticles streams (one answer, after one sync, per stream).
  for (int streams : {1, 2}) {
    fs::remove_all(dir, ignored);
    ingest = StartIngest(dir + "/db", dir);
    std::vector<std::thread> threads;
    std::vector<int64_t> done(streams, 0);
    std::vector<std::string> errors(streams);
    const absl::Time start = absl::Now();
    for (int s = 0; s < streams; ++s) {
      threads.emplace_back([&, s] {
        auto stub = v1::IngestService::NewStub(Channel(ingest->address(), s));
        grpc::ClientContext context;
        v1::IngestArticlesResponse response;
        auto writer = stub->IngestArticles(&context, &response);
        for (int64_t i = s; i < articles; i += streams) {
          if (!writer->Write(messages[i])) break;
        }
        writer->WritesDone();
        grpc::Status status = writer->Finish();
        if (!status.ok()) errors[s] = status.error_message();
        if (response.failures_size() > 0) {
          errors[s] = response.failures(0).message();
        }
        done[s] = response.ingested();
      });
    }
    for (std::thread& thread : threads) thread.join();
    const double seconds = absl::ToDoubleSeconds(absl::Now() - start);
    StopOrDie(&ingest, "ingest_service");
    int64_t total = 0;
    for (int s = 0; s < streams; ++s) {
      total += done[s];
      if (!errors[s].empty()) report->Failure("IngestArticles: " + errors[s]);
    }
    if (total == 0) report->Failure("IngestArticles: nothing ingested");
    Row bulk;
    bulk.section = "2";
    bulk.what = "bulk ingest: IngestArticles stream(s)";
    bulk.db = absl::StrCat("0 → ", total, " articles");
    bulk.clients = absl::StrCat(streams, streams == 1 ? " stream" : " streams");
    bulk.rate = absl::StrFormat("%.0f articles/s", total / seconds);
    bulk.note = "WAL synced once per stream, before its answer";
    report->Add(bulk);
    Progress(absl::StrCat("bulk ingest, ", bulk.clients, ": ", bulk.rate));
  }
  fs::remove_all(dir, ignored);
}

// ---------------------------------------------------------------------------
// 3. Queries.

struct QueryMix {
  std::vector<grpc::ByteBuffer> meetings, meetings_first, agreements, events,
      get_event;
  // Mean items per answer of the first kSampledAnswers requests of each
  // list kind: the answer size, which grows with the database until pages
  // are full.
  double meetings_items = 0, agreements_items = 0, events_items = 0;
};

constexpr int kSampledAnswers = 64;

// Request parameters that find data: pairs, actors and ids read back from
// the database through the query service itself.
QueryMix MakeQueries(v1::QueryService::Stub& stub,
                     const ArticleGenerator& generator, Report* report) {
  QueryMix mix;
  const int page_size = absl::GetFlag(FLAGS_page_size);
  std::set<std::pair<std::string, std::string>> pairs;
  std::vector<std::string> event_ids;
  std::vector<std::pair<std::string, int>> actor_years;
  const auto& persons = generator.persons();
  for (size_t i = 0; i < std::min<size_t>(persons.size(), 40); ++i) {
    grpc::ClientContext context;
    v1::ListEventsRequest request;
    request.set_actor(persons[i]->id());
    request.set_page_size(100);
    v1::ListEventsResponse response;
    grpc::Status status = stub.ListEvents(&context, request, &response);
    if (!status.ok()) Die("ListEvents: " + status.error_message());
    for (const v1::Event& event : response.events()) {
      event_ids.push_back(event.id());
      if (event.date().year() > 0) {
        actor_years.emplace_back(persons[i]->id(), event.date().year());
      }
      if (event.type() == v1::EVENT_TYPE_MEETING &&
          event.participants_size() == 2) {
        pairs.emplace(event.participants(0).id(), event.participants(1).id());
      }
    }
  }
  if (pairs.empty() || event_ids.empty() || actor_years.empty()) {
    Die("the database holds no meetings of its most reported persons");
  }
  std::mt19937_64 rng(absl::GetFlag(FLAGS_seed));
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  const std::vector<std::pair<std::string, std::string>> pair_list(
      pairs.begin(), pairs.end());
  for (int i = 0; i < 512; ++i) {
    const auto& [a, b] = pair_list[pick(pair_list.size())];
    v1::ListMeetingsRequest meetings;
    meetings.set_actor_a(a);
    meetings.set_actor_b(b);
    meetings.set_include_calls(true);
    meetings.set_page_size(page_size);
    mix.meetings.push_back(ToBuffer(meetings));
    if (i < kSampledAnswers) {
      grpc::ClientContext context;
      v1::ListMeetingsResponse response;
      if (stub.ListMeetings(&context, meetings, &response).ok()) {
        mix.meetings_items += response.events_size();
      }
    }
    // The same pair's first meeting only: the index seek and one record,
    // whatever the number of meetings the pair has.
    meetings.set_page_size(1);
    mix.meetings_first.push_back(ToBuffer(meetings));

    v1::ListAgreementsRequest agreements;
    const auto& countries = generator.countries();
    agreements.set_party(
        countries[pick(std::min<size_t>(countries.size(), 20))]->id());
    static constexpr v1::AgreementStatus kStatuses[] = {
        v1::AGREEMENT_STATUS_PROPOSED, v1::AGREEMENT_STATUS_PENDING_SIGNATURE,
        v1::AGREEMENT_STATUS_SIGNED, v1::AGREEMENT_STATUS_IN_FORCE};
    agreements.set_status(kStatuses[pick(std::size(kStatuses))]);
    agreements.set_page_size(page_size);
    mix.agreements.push_back(ToBuffer(agreements));
    if (i < kSampledAnswers) {
      grpc::ClientContext context;
      v1::ListAgreementsResponse response;
      if (stub.ListAgreements(&context, agreements, &response).ok()) {
        mix.agreements_items += response.agreements_size();
      }
    }

    // One actor's events over one year.
    const auto& [actor, year] = actor_years[pick(actor_years.size())];
    v1::ListEventsRequest events;
    events.set_actor(actor);
    events.mutable_start_date()->set_year(year);
    events.mutable_start_date()->set_month(1);
    events.mutable_start_date()->set_day(1);
    events.mutable_end_date()->set_year(year);
    events.mutable_end_date()->set_month(12);
    events.mutable_end_date()->set_day(31);
    events.set_page_size(page_size);
    mix.events.push_back(ToBuffer(events));
    if (i < kSampledAnswers) {
      grpc::ClientContext context;
      v1::ListEventsResponse response;
      if (stub.ListEvents(&context, events, &response).ok()) {
        mix.events_items += response.events_size();
      }
    }

    v1::GetEventRequest get;
    get.set_id(event_ids[pick(event_ids.size())]);
    mix.get_event.push_back(ToBuffer(get));
  }
  mix.meetings_items /= kSampledAnswers;
  mix.agreements_items /= kSampledAnswers;
  mix.events_items /= kSampledAnswers;
  return mix;
}

struct QueryKind {
  const char* name;
  const char* method;
  const std::vector<grpc::ByteBuffer>* requests;
  double mean_items;  // Per answer; < 0 for GetEvent (one event).
};

// p99 of each (query, clients) on the smallest database.
using P99Map = std::map<std::pair<std::string, int>, double>;

void BenchQueries(const KnowledgeBase& kb, const BuiltDb& built, bool smallest,
                  P99Map* smallest_p99, Report* report) {
  const std::string scratch = built.dir + "/scratch";
  Services services;
  services.ingest = StartIngest(built.db, scratch + "/ingest");
  services.query = StartQuery(built.db, scratch + "/query");
  const std::string address = services.query->address();
  auto stub = v1::QueryService::NewStub(services.query->NewChannel());
  GeneratorOptions options;
  options.seed = absl::GetFlag(FLAGS_seed);
  ArticleGenerator generator(&kb, options);
  const QueryMix mix = MakeQueries(*stub, generator, report);
  // A HealthCheckRequest for the whole server ("") is an empty message.
  grpc::Slice empty("");
  const std::vector<grpc::ByteBuffer> health = {grpc::ByteBuffer(&empty, 1)};
  const std::vector<QueryKind> kinds = {
      {"ListMeetings (a pair, calls too)",
       "/parley.v1.QueryService/ListMeetings", &mix.meetings,
       mix.meetings_items},
      {"ListMeetings, page_size 1 (same pairs)",
       "/parley.v1.QueryService/ListMeetings", &mix.meetings_first, -1},
      {"ListAgreements (party and status)",
       "/parley.v1.QueryService/ListAgreements", &mix.agreements,
       mix.agreements_items},
      {"ListEvents (actor, one year)", "/parley.v1.QueryService/ListEvents",
       &mix.events, mix.events_items},
      {"GetEvent", "/parley.v1.QueryService/GetEvent", &mix.get_event, -1},
  };
  const std::string db_label = absl::StrCat(built.events);
  const absl::Duration duration = absl::GetFlag(FLAGS_duration);
  const absl::Duration warmup = std::min(absl::Milliseconds(500), duration / 4);
  const int64_t max_requests = absl::GetFlag(FLAGS_max_requests);
  // A load phase, with the query service's CPU time per call: unlike the
  // latencies it does not depend on what else runs on the machine.
  const pid_t query_pid = services.query->pid();
  auto run_measured = [&](const std::string& method,
                          const std::vector<grpc::ByteBuffer>& requests,
                          int clients) {
    const double cpu_before = CpuSeconds(query_pid);
    LoadResult result = RunLoad(address, method, requests, clients, warmup,
                                duration, max_requests);
    result.server_cpu_us = (CpuSeconds(query_pid) - cpu_before) * 1e6 /
                           std::max<int64_t>(1, result.completed);
    return result;
  };
  for (absl::string_view clients_text :
       absl::StrSplit(absl::GetFlag(FLAGS_concurrency), ',')) {
    const int clients = static_cast<int>(ParseCount(clients_text));
    auto row_of = [&](const char* what, const LoadResult& result) {
      Row row;
      row.section = "3";
      row.what = what;
      row.db = db_label;
      row.clients = absl::StrCat(clients);
      row.rate = absl::StrFormat("%.0f/s", result.Rate());
      row.p50 = Ms(result.PercentileMs(0.5));
      row.p99 = Ms(result.PercentileMs(0.99));
      row.p999 = Ms(result.PercentileMs(0.999));
      row.note = absl::StrFormat("n=%d", result.ok);
      if (result.server_cpu_us >= 0) {
        row.note +=
            absl::StrFormat(", server CPU %.0f µs/call", result.server_cpu_us);
      }
      if (result.failed > 0) {
        row.note += absl::StrFormat(", %d failed", result.failed);
        report->Failure(result.first_error);
      }
      return row;
    };
    const LoadResult floor =
        run_measured("/grpc.health.v1.Health/Check", health, clients);
    const double floor_p99 = floor.PercentileMs(0.99);
    Row floor_row = row_of("floor: grpc.health.v1.Health/Check", floor);
    floor_row.vs_floor = "1.00";
    report->Add(floor_row);
    for (const QueryKind& kind : kinds) {
      const LoadResult result =
          run_measured(kind.method, *kind.requests, clients);
      Row row = row_of(kind.name, result);
      const double p99 = result.PercentileMs(0.99);
      if (floor_p99 > 0)
        row.vs_floor = absl::StrFormat("%.2f", p99 / floor_p99);
      const auto key = std::make_pair(std::string(kind.name), clients);
      if (smallest) {
        (*smallest_p99)[key] = p99;
        row.vs_smallest = "1.00";
      } else if (smallest_p99->count(key) && (*smallest_p99)[key] > 0) {
        row.vs_smallest = absl::StrFormat("%.2f", p99 / (*smallest_p99)[key]);
      }
      row.note += absl::StrFormat(
          ", %.0f%% non-empty",
          100.0 * result.nonempty / std::max<int64_t>(1, result.ok));
      if (kind.mean_items >= 0) {
        row.note += absl::StrFormat(", %.1f items/answer", kind.mean_items);
      }
      if (result.nonempty == 0) {
        report->Failure(absl::StrCat(kind.name, " found nothing on ",
                                     built.events, " events"));
      }
      report->Add(row);
      Progress(absl::StrCat(built.events, " events, ", clients, " clients, ",
                            kind.name, ": p99 ", row.p99, " ms (floor ",
                            Ms(floor_p99), " ms), ", row.rate));
    }
  }

  // 4. Memory after the queries, and disk.
  const Memory query_memory = MemoryOf(services.query->pid());
  const Memory ingest_memory = MemoryOf(services.ingest->pid());
  stub.reset();
  StopOrDie(&services.query, "query_service");
  StopOrDie(&services.ingest, "ingest_service");
  std::error_code ignored;
  fs::remove_all(scratch, ignored);
  const int64_t bytes = DirectoryBytes(built.db);
  Row memory;
  memory.section = "4";
  memory.what = "resident memory after the queries (VmRSS; peak VmHWM)";
  memory.db = db_label;
  memory.note = absl::StrFormat(
      "query_service %.0f MiB (peak %.0f); ingest_service %.0f MiB (peak "
      "%.0f)",
      query_memory.rss_mib, query_memory.peak_mib, ingest_memory.rss_mib,
      ingest_memory.peak_mib);
  report->Add(memory);
  Row disk;
  disk.section = "4";
  disk.what = "bytes on disk per event";
  disk.db = db_label;
  disk.rate =
      absl::StrFormat("%.0f B/event", static_cast<double>(bytes) /
                                          std::max<int64_t>(1, built.events));
  disk.note = absl::StrFormat(
      "%.1f MiB for %d articles (their text included); built in %.0f s",
      bytes / 1048576.0, built.articles, built.build_seconds);
  report->Add(disk);
}

int Main() {
  // The load generator shares the cores with the servers: like them (see
  // GrpcServer::Start), it skips Abseil's deadlock detection.
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
  const absl::Time start = absl::Now();
  Progress(absl::StrCat("load average at start: ", LoadAverage()));
  const std::unique_ptr<KnowledgeBase> kb =
      OrDie(KnowledgeBase::LoadDefault(), "loading the knowledge base");
  Report report;
  BenchExtraction(*kb, &report);
  BenchIngest(*kb, &report);

  std::vector<int64_t> sizes;
  for (absl::string_view size :
       absl::StrSplit(absl::GetFlag(FLAGS_sizes), ',', absl::SkipEmpty())) {
    sizes.push_back(ParseCount(size));
  }
  std::sort(sizes.begin(), sizes.end());
  std::vector<BuiltDb> built;
  P99Map smallest_p99;
  for (int64_t size : sizes) {
    built.push_back(BuildDb(*kb, size, built, &report));
    BenchQueries(*kb, built.back(), built.size() == 1, &smallest_p99, &report);
  }

  std::printf("\n");
  report.Print();
  absl::PrintF(
      "\nparley_bench --sizes=%s --concurrency=%s --duration=%s "
      "--page_size=%d --seed=%d; took %.0f s; load average at the end %s; "
      "%d CPUs\n",
      absl::GetFlag(FLAGS_sizes), absl::GetFlag(FLAGS_concurrency),
      absl::FormatDuration(absl::GetFlag(FLAGS_duration)),
      absl::GetFlag(FLAGS_page_size), absl::GetFlag(FLAGS_seed),
      absl::ToDoubleSeconds(absl::Now() - start), LoadAverage(),
      std::thread::hardware_concurrency());
  for (const std::string& failure : report.failures()) {
    std::printf("FAILED: %s\n", failure.c_str());
  }
  return absl::GetFlag(FLAGS_check) && !report.failures().empty() ? 1 : 0;
}

}  // namespace
}  // namespace bench
}  // namespace parley

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "Parley's whole-system benchmark; prints one table. See README "
      "\"Performance\" and scripts/bench.sh.");
  absl::ParseCommandLine(argc, argv);
  return parley::bench::Main();
}
