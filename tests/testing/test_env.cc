#include "tests/testing/test_env.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>
#include <vector>

namespace parley {
namespace testing {

std::string IngestServiceBinary() { return PARLEY_INGEST_SERVICE_BIN; }
std::string QueryServiceBinary() { return PARLEY_QUERY_SERVICE_BIN; }
std::string CliBinary() { return PARLEY_CLI_BIN; }
std::string PythonStubsDir() { return PARLEY_PYTHON_STUBS_DIR; }
std::string SourceDir() { return PARLEY_TESTING_SOURCE_DIR; }

std::vector<std::string> ReadArticleTexts(const std::string& dir) {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& entry :
       std::filesystem::directory_iterator(SourceDir() + "/" + dir, error)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> texts;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    texts.emplace_back(std::istreambuf_iterator<char>(in),
                       std::istreambuf_iterator<char>());
  }
  if (texts.empty()) {
    std::fprintf(stderr, "no *.txt articles in %s\n", dir.c_str());
    std::abort();
  }
  return texts;
}

TempDir::TempDir() {
  const char* root = std::getenv("TEST_TMPDIR");
  std::string pattern =
      std::string(root != nullptr && *root != '\0' ? root : "/tmp") +
      "/parley-test-XXXXXX";
  if (mkdtemp(pattern.data()) == nullptr) {
    std::perror("mkdtemp");
    std::abort();
  }
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::string TempDir::Join(const std::string& name) const {
  return path_ + "/" + name;
}

std::string TempDir::WriteFile(const std::string& name,
                               const std::string& contents) const {
  const std::string path = Join(name);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << contents;
  out.close();
  if (!out) {
    std::fprintf(stderr, "cannot write %s\n", path.c_str());
    std::abort();
  }
  return path;
}

}  // namespace testing
}  // namespace parley
