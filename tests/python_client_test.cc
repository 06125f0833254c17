// Runs the Python example client (examples/python/parley_client.py, with
// Debian's /usr/bin/python3 and the stubs the build generated) against the
// two real services. The client exits non-zero when a call fails or a query
// misses the article's events.
#include <string>

#include "gtest/gtest.h"
#include "tests/testing/process.h"
#include "tests/testing/service_pair.h"
#include "tests/testing/test_env.h"

namespace parley {
namespace {

TEST(PythonClientTest, IngestsAnArticleAndRunsEveryQuery) {
  testing::TempDir dir;
  absl::StatusOr<std::unique_ptr<testing::ServicePair>> services =
      testing::ServicePair::Start(dir.path());
  ASSERT_TRUE(services.ok()) << services.status();
  const std::string article = dir.WriteFile(
      "moscow.txt",
      "date 2025-01-17\n"
      "Iranian President Masoud Pezeshkian met Russian President Vladimir "
      "Putin in Moscow on Friday. The two presidents signed the "
      "comprehensive strategic partnership agreement between Iran and "
      "Russia.\n");
  absl::StatusOr<testing::CommandResult> result = testing::RunCommand(
      {"/usr/bin/python3",
       testing::SourceDir() + "/examples/python/parley_client.py", "--stubs",
       testing::PythonStubsDir(), "--ingest_addr",
       (*services)->ingest().address(), "--query_addr",
       (*services)->query().address(), article},
      dir.path());
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->exit_code(), 0) << result->out << result->err;
  for (const char* expected :
       {"ingest service: SERVING", "query service: SERVING", "GetArticle",
        "GetEvent", "ListEvents actor=", "ResolveActor", "ListMeetings",
        "ListAgreements: 1 agreement", "GetAgreement", "ListActors",
        "all queries answered"}) {
    EXPECT_NE(result->out.find(expected), std::string::npos)
        << expected << " missing from:\n"
        << result->out;
  }
  EXPECT_TRUE((*services)->Stop().ok());
}

}  // namespace
}  // namespace parley
