#include "output/commit.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace panelpack;

namespace {
std::string slurp(const fs::path& p) {
  std::ifstream f(p);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}
struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("panelpack-commit-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};
}  // namespace

TEST_CASE("a build replaces the whole output folder, leaving no staging behind") {
  TempDir tmp;
  const std::string out = (tmp.path / "output").string();
  OutputSet first;
  first.add("public/a.html", "one");
  first.add("public/old.html", "stale");
  CHECK(commit_output(first, out) == "");
  OutputSet second;
  second.add("public/a.html", "two");
  CHECK(commit_output(second, out) == "");
  CHECK(slurp(tmp.path / "output/public/a.html") == "two");
  CHECK_FALSE(fs::exists(tmp.path / "output/public/old.html"));
  CHECK(fs::exists(tmp.path / "output" / kOutputMarker));
  CHECK_FALSE(fs::exists(tmp.path / "output.staging"));
  CHECK_FALSE(fs::exists(tmp.path / "output.previous"));
}

TEST_CASE("a folder panelpack did not make is never replaced") {
  TempDir tmp;
  fs::create_directories(tmp.path / "src");
  std::ofstream(tmp.path / "src/main.cpp") << "int main() {}";
  OutputSet set;
  set.add("public/index.html", "x");
  std::string err = commit_output(set, (tmp.path / "src").string());
  CHECK(err.find("refusing to replace") == 0);
  CHECK(slurp(tmp.path / "src/main.cpp") == "int main() {}");
}
