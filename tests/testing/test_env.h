// Where the integration tests find things, and a temporary directory.
#ifndef PARLEY_TESTS_TESTING_TEST_ENV_H_
#define PARLEY_TESTS_TESTING_TEST_ENV_H_

#include <string>
#include <vector>

namespace parley {
namespace testing {

// Absolute paths of the built binaries and of the generated Python stubs.
std::string IngestServiceBinary();
std::string QueryServiceBinary();
std::string CliBinary();
std::string PythonStubsDir();
// The source tree's root.
std::string SourceDir();

// The texts of the *.txt files in `dir` (relative to SourceDir(), such as
// "examples/articles"), in file-name order. Aborts the test binary when the
// directory holds none.
std::vector<std::string> ReadArticleTexts(const std::string& dir);

// A fresh directory under $TEST_TMPDIR or /tmp, removed with its contents
// when the object is destroyed.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  // path() + "/" + name.
  std::string Join(const std::string& name) const;
  // Writes `contents` to Join(name) and returns that path. Aborts the test
  // binary if the file cannot be written.
  std::string WriteFile(const std::string& name,
                        const std::string& contents) const;

 private:
  std::string path_;
};

}  // namespace testing
}  // namespace parley

#endif  // PARLEY_TESTS_TESTING_TEST_ENV_H_
