// The `parley` binary: usage errors, help, clear errors when a service is
// down, `extract` in process, ingest plus queries through the services, and
// checkpoint and fsck.
#include <sys/stat.h>

#include <algorithm>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "parley/v1/event.pb.h"
#include "rocksdb/db.h"
#include "tests/testing/articles.h"
#include "tests/testing/process.h"
#include "tests/testing/service_pair.h"
#include "tests/testing/test_env.h"

namespace parley {
namespace {

class CliTest : public ::testing::Test {
 protected:
  testing::CommandResult Run(std::vector<std::string> args) {
    args.insert(args.begin(), testing::CliBinary());
    absl::StatusOr<testing::CommandResult> result =
        testing::RunCommand(args, dir_.path());
    EXPECT_TRUE(result.ok()) << result.status();
    return result.ok() ? *result : testing::CommandResult{};
  }

  testing::TempDir dir_;
};

std::vector<std::string> Lines(const std::string& text) {
  return absl::StrSplit(text, '\n', absl::SkipEmpty());
}

// Deletes the first record of column family `cf_name` of the closed database
// at `path` with RocksDB directly, leaving its index entries behind.
void DeleteFirstRecord(const std::string& path, const std::string& cf_name) {
  std::vector<std::string> names;
  ASSERT_TRUE(
      rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path, &names).ok());
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const std::string& name : names) {
    descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  ASSERT_TRUE(
      rocksdb::DB::Open(rocksdb::DBOptions(), path, descriptors, &handles, &db)
          .ok());
  const size_t index =
      std::find(names.begin(), names.end(), cf_name) - names.begin();
  ASSERT_LT(index, names.size());
  std::unique_ptr<rocksdb::Iterator> it(
      db->NewIterator(rocksdb::ReadOptions(), handles[index]));
  it->SeekToFirst();
  ASSERT_TRUE(it->Valid());
  EXPECT_TRUE(
      db->Delete(rocksdb::WriteOptions(), handles[index], it->key()).ok());
  it.reset();
  for (rocksdb::ColumnFamilyHandle* handle : handles) {
    db->DestroyColumnFamilyHandle(handle);
  }
  delete db;
}

TEST_F(CliTest, UsageErrorsExitWithStatus2) {
  const std::vector<std::vector<std::string>> cases = {
      {},
      {"frobnicate"},
      {"meetings", "Putin"},
      {"meetings", "Putin", "Raisi", "--bogus"},
      {"events", "--from=2024-13"},
      {"events", "--type=summit"},
      {"agreements", "--status=done"},
      {"extract", "--format=xml", "a.txt"},
      {"events", "--actor"},
      {"ingest"},
      {"checkpoint"},
      {"checkpoint", "/a", "/b"},
      {"fsck", "extra"},
      {"fsck", "--query_addr=localhost:1"},
  };
  for (const auto& args : cases) {
    testing::CommandResult result = Run(args);
    EXPECT_EQ(result.exit_code(), 2)
        << (args.empty() ? "" : args[0]) << ": " << result.err;
    EXPECT_NE(result.err.find("parley help"), std::string::npos) << result.err;
  }
}

TEST_F(CliTest, HelpDescribesEveryCommand) {
  testing::CommandResult general = Run({"--help"});
  EXPECT_EQ(general.exit_code(), 0);
  for (const char* command : {"ingest", "extract", "meetings", "events",
                              "agreements", "actors", "checkpoint", "fsck"}) {
    EXPECT_NE(general.out.find(std::string("parley ") + command),
              std::string::npos)
        << command;
  }
  testing::CommandResult meetings = Run({"meetings", "--help"});
  EXPECT_EQ(meetings.exit_code(), 0);
  EXPECT_NE(meetings.out.find("--calls"), std::string::npos) << meetings.out;
  EXPECT_EQ(Run({"help", "extract"}).exit_code(), 0);
  testing::CommandResult checkpoint = Run({"checkpoint", "--help"});
  EXPECT_EQ(checkpoint.exit_code(), 0);
  EXPECT_NE(checkpoint.out.find("--ingest_addr"), std::string::npos)
      << checkpoint.out;
  EXPECT_NE(checkpoint.out.find("absolute path"), std::string::npos)
      << checkpoint.out;
}

TEST_F(CliTest, AServiceThatIsDownGetsAClearMessage) {
  testing::CommandResult query =
      Run({"meetings", "Putin", "Raisi", "--query_addr=127.0.0.1:1"});
  EXPECT_EQ(query.exit_code(), 1);
  EXPECT_NE(query.err.find("cannot reach the query service at 127.0.0.1:1 "
                           "(is it running?"),
            std::string::npos)
      << query.err;

  const std::string file = dir_.WriteFile("a.txt", testing::kKazanMeeting);
  testing::CommandResult ingest =
      Run({"ingest", file, "--ingest_addr=127.0.0.1:1"});
  EXPECT_EQ(ingest.exit_code(), 1);
  EXPECT_NE(ingest.err.find("cannot reach the ingest service at 127.0.0.1:1"),
            std::string::npos)
      << ingest.err;
}

TEST_F(CliTest, ExtractPrintsOneEvalLinePerEvent) {
  const std::string file = dir_.WriteFile("kazan.txt", testing::kKazanMeeting);
  testing::CommandResult result = Run({"extract", "--format=eval", file});
  ASSERT_EQ(result.exit_code(), 0) << result.err;
  std::vector<std::string> lines = Lines(result.out);
  ASSERT_GT(lines.size(), 0u);
  bool found_meeting = false;
  for (const std::string& line : lines) {
    // {"article": "kazan.txt", "event": {...}}: the event is an Event in the
    // protobuf JSON mapping.
    google::protobuf::Struct parsed;
    ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(line, &parsed).ok())
        << line;
    EXPECT_EQ(parsed.fields().at("article").string_value(), "kazan.txt");
    std::string event_json;
    ASSERT_TRUE(google::protobuf::util::MessageToJsonString(
                    parsed.fields().at("event"), &event_json)
                    .ok());
    v1::Event event;
    ASSERT_TRUE(
        google::protobuf::util::JsonStringToMessage(event_json, &event).ok())
        << event_json;
    if (event.type() == v1::EVENT_TYPE_MEETING) {
      found_meeting = true;
      EXPECT_NE(line.find("\"type\":\"EVENT_TYPE_MEETING\""),
                std::string::npos);
      EXPECT_EQ(event.date().year(), 2024);
      EXPECT_EQ(event.date().month(), 10);
      EXPECT_EQ(event.date().day(), 23);
    }
  }
  EXPECT_TRUE(found_meeting) << result.out;

  testing::CommandResult json = Run({"extract", "--format=json", file});
  ASSERT_EQ(json.exit_code(), 0) << json.err;
  ASSERT_EQ(Lines(json.out).size(), 1u);
  EXPECT_NE(json.out.find("\"events\":["), std::string::npos);

  testing::CommandResult missing = Run({"extract", dir_.Join("none.txt")});
  EXPECT_EQ(missing.exit_code(), 1);
}

TEST_F(CliTest, IngestsAndQueriesThroughTheServices) {
  absl::StatusOr<std::unique_ptr<testing::ServicePair>> services =
      testing::ServicePair::Start(dir_.path());
  ASSERT_TRUE(services.ok()) << services.status();
  const std::string ingest_addr =
      "--ingest_addr=" + (*services)->ingest().address();
  const std::string query_addr =
      "--query_addr=" + (*services)->query().address();
  const std::string articles = dir_.Join("articles");
  ASSERT_EQ(mkdir(articles.c_str(), 0755), 0);
  dir_.WriteFile("articles/1-kazan.txt", testing::kKazanMeeting);
  dir_.WriteFile("articles/2-moscow.txt", testing::kMoscowMeeting);
  dir_.WriteFile("articles/notes.md", "not an article");

  testing::CommandResult ingest = Run({"ingest", articles, ingest_addr});
  ASSERT_EQ(ingest.exit_code(), 0) << ingest.err;
  EXPECT_NE(ingest.err.find("[1/2] 1-kazan.txt: "), std::string::npos)
      << ingest.err;
  EXPECT_NE(ingest.err.find("[2/2] 2-moscow.txt: "), std::string::npos);
  EXPECT_NE(ingest.out.find("2 files: 2 ingested, 0 already ingested, 0 "
                            "failed"),
            std::string::npos)
      << ingest.out;

  testing::CommandResult again = Run({"ingest", articles, ingest_addr});
  EXPECT_EQ(again.exit_code(), 0);
  EXPECT_NE(again.out.find("0 ingested, 2 already ingested"), std::string::npos)
      << again.out;

  testing::CommandResult table =
      Run({"meetings", "Putin", "Pezeshkian", query_addr});
  ASSERT_EQ(table.exit_code(), 0) << table.err;
  std::vector<std::string> rows = Lines(table.out);
  ASSERT_EQ(rows.size(), 3u) << table.out;  // Header and two meetings.
  EXPECT_EQ(rows[0].rfind("DATE", 0), 0u);
  EXPECT_EQ(rows[1].rfind("2024-10-23", 0), 0u) << rows[1];
  EXPECT_EQ(rows[2].rfind("2025-01-17", 0), 0u) << rows[2];
  EXPECT_NE(rows[1].find("masoud-pezeshkian"), std::string::npos) << rows[1];
  EXPECT_NE(rows[1].find("vladimir-putin"), std::string::npos) << rows[1];

  testing::CommandResult json = Run({"meetings", "vladimir-putin", "Iran",
                                     "--from=2025", query_addr, "--json"});
  ASSERT_EQ(json.exit_code(), 0) << json.err;
  std::vector<std::string> lines = Lines(json.out);
  ASSERT_EQ(lines.size(), 1u) << json.out;
  v1::Event event;
  ASSERT_TRUE(
      google::protobuf::util::JsonStringToMessage(lines[0], &event).ok());
  EXPECT_EQ(event.date().year(), 2025);

  testing::CommandResult detail = Run({"event", event.id(), query_addr});
  ASSERT_EQ(detail.exit_code(), 0) << detail.err;
  EXPECT_NE(detail.out.find("sources (1)"), std::string::npos) << detail.out;
  EXPECT_NE(detail.out.find("Moscow"), std::string::npos) << detail.out;

  testing::CommandResult events =
      Run({"events", "--actor=Pezeshkian", "--type=meeting", query_addr});
  ASSERT_EQ(events.exit_code(), 0) << events.err;
  EXPECT_EQ(Lines(events.out).size(), 3u) << events.out;

  testing::CommandResult actors = Run({"actors", "Putin", query_addr});
  ASSERT_EQ(actors.exit_code(), 0) << actors.err;
  EXPECT_NE(actors.out.find("vladimir-putin"), std::string::npos);

  testing::CommandResult unknown =
      Run({"meetings", "Putin", "Nobody Atall", query_addr});
  EXPECT_EQ(unknown.exit_code(), 1);
  EXPECT_NE(unknown.err.find("NOT_FOUND: no actor matches 'Nobody Atall'"),
            std::string::npos)
      << unknown.err;

  const std::string empty = dir_.WriteFile("empty.txt", "");
  testing::CommandResult bad = Run({"ingest", empty, ingest_addr});
  EXPECT_EQ(bad.exit_code(), 1);
  EXPECT_NE(bad.err.find("[1/1] empty.txt: failed: INVALID_ARGUMENT"),
            std::string::npos)
      << bad.err;
  EXPECT_TRUE((*services)->Stop().ok());
}

TEST_F(CliTest, ChecksAndCheckpointsTheDatabase) {
  absl::StatusOr<std::unique_ptr<testing::ServicePair>> services =
      testing::ServicePair::Start(dir_.path());
  ASSERT_TRUE(services.ok()) << services.status();
  const std::string ingest_addr =
      "--ingest_addr=" + (*services)->ingest().address();
  const std::string kazan = dir_.WriteFile("kazan.txt", testing::kKazanMeeting);
  ASSERT_EQ(Run({"ingest", kazan, ingest_addr}).exit_code(), 0);

  testing::CommandResult fsck = Run({"fsck", ingest_addr});
  EXPECT_EQ(fsck.exit_code(), 0) << fsck.out << fsck.err;
  EXPECT_EQ(fsck.out, "ok: no problems\n");

  const std::string backup = dir_.Join("backups/1");
  testing::CommandResult checkpoint = Run({"checkpoint", backup, ingest_addr});
  ASSERT_EQ(checkpoint.exit_code(), 0) << checkpoint.err;
  EXPECT_EQ(checkpoint.out, "checkpoint written to " + backup + "\n");
  struct stat info;
  EXPECT_EQ(stat((backup + "/CURRENT").c_str(), &info), 0);

  testing::CommandResult again = Run({"checkpoint", backup, ingest_addr});
  EXPECT_EQ(again.exit_code(), 1);
  EXPECT_NE(again.err.find("ALREADY_EXISTS"), std::string::npos) << again.err;

  testing::CommandResult relative =
      Run({"checkpoint", "backups/2", ingest_addr, "--json"});
  EXPECT_EQ(relative.exit_code(), 1);
  EXPECT_NE(relative.err.find("INVALID_ARGUMENT"), std::string::npos)
      << relative.err;
  EXPECT_NE(relative.err.find("absolute path"), std::string::npos)
      << relative.err;

  // A checkpoint whose event record is gone: fsck names the dangling entries
  // and exits with status 1.
  DeleteFirstRecord(backup, "events");
  const std::string scratch = dir_.Join("broken");
  ASSERT_EQ(mkdir(scratch.c_str(), 0755), 0);
  absl::StatusOr<std::unique_ptr<testing::ServerProcess>> broken =
      testing::ServerProcess::Start(testing::IngestServiceBinary(),
                                    {"--db=" + backup}, scratch);
  ASSERT_TRUE(broken.ok()) << broken.status();
  testing::CommandResult problems =
      Run({"fsck", "--ingest_addr=" + (*broken)->address()});
  EXPECT_EQ(problems.exit_code(), 1) << problems.err;
  std::vector<std::string> lines = Lines(problems.out);
  ASSERT_GE(lines.size(), 2u) << problems.out;
  EXPECT_NE(problems.out.find("names a missing event"), std::string::npos)
      << problems.out;
  EXPECT_EQ(lines.back(), std::to_string(lines.size() - 1) + " problems")
      << problems.out;
  // The live database was not touched by changes to its checkpoint.
  EXPECT_EQ(Run({"fsck", ingest_addr}).out, "ok: no problems\n");

  testing::CommandResult down = Run({"fsck", "--ingest_addr=127.0.0.1:1"});
  EXPECT_EQ(down.exit_code(), 1);
  EXPECT_NE(down.err.find("cannot reach the ingest service"), std::string::npos)
      << down.err;
  EXPECT_TRUE((*services)->Stop().ok());
}

}  // namespace
}  // namespace parley
