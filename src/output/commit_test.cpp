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

TEST_CASE("a staging or previous folder left beside the output is removed only if panelpack made it") {
  TempDir tmp;
  const std::string out = (tmp.path / "output").string();
  OutputSet set;
  set.add("public/a.html", "new");
  fs::create_directories(tmp.path / "output.staging");
  std::ofstream(tmp.path / "output.staging/thesis.docx") << "years of work";
  CHECK(commit_output(set, out) ==
        "refusing to remove " + out + ".staging (it was not made by panelpack; move or rename it)");
  CHECK(slurp(tmp.path / "output.staging/thesis.docx") == "years of work");
  CHECK_FALSE(fs::exists(tmp.path / "output"));

  fs::rename(tmp.path / "output.staging", tmp.path / "output.previous");
  CHECK(commit_output(set, out) ==
        "refusing to remove " + out + ".previous (it was not made by panelpack; move or rename it)");
  CHECK(slurp(tmp.path / "output.previous/thesis.docx") == "years of work");

  fs::remove_all(tmp.path / "output.previous");
  fs::create_directories(tmp.path / "output.staging/public");  // a run that stopped part way
  std::ofstream(tmp.path / "output.staging" / kOutputMarker) << "";
  std::ofstream(tmp.path / "output.staging/public/half.html") << "half";
  fs::create_directories(tmp.path / "output.previous");  // empty
  CHECK(commit_output(set, out) == "");
  CHECK(slurp(tmp.path / "output/public/a.html") == "new");
  CHECK_FALSE(fs::exists(tmp.path / "output/public/half.html"));
  CHECK_FALSE(fs::exists(tmp.path / "output.staging"));
  CHECK_FALSE(fs::exists(tmp.path / "output.previous"));
}

TEST_CASE("a failed replacement names the real reason") {
  TempDir tmp;
  std::ofstream(tmp.path / "file.txt") << "x";
  OutputSet set;
  set.add("a.html", "x");
  const std::string out = (tmp.path / "file.txt/out").string();
  CHECK(commit_output(set, out) == "failed to create " + out + ".staging (Not a directory)");
}

TEST_CASE("a set that refused a path is not written") {
  TempDir tmp;
  OutputSet set;
  set.add("public/a.html", "x");
  set.add("public/../b.html", "x");
  const std::string out = (tmp.path / "output").string();
  CHECK(commit_output(set, out) == "failed to add output file public/../b.html (it has a '..' component)");
  CHECK_FALSE(fs::exists(tmp.path / "output"));
  CHECK_FALSE(fs::exists(tmp.path / "output.staging"));
}

TEST_CASE("the output folder may not be the site, the current folder, or hold either") {
  TempDir tmp;
  fs::create_directories(tmp.path / "site");
  fs::create_directories(tmp.path / "work/here");
  const std::string site = (tmp.path / "site").string();
  CHECK(check_out_folder(site + "/output", site) == "");
  CHECK(check_out_folder((tmp.path / "output").string(), site) == "");
  CHECK(check_out_folder(site, site) ==
        "refusing to build into " + site + " (it is the site folder, and a build replaces the whole output folder)");
  CHECK(check_out_folder(site + "/", site).find("(it is the site folder") != std::string::npos);
  CHECK(check_out_folder(site + "/output/..", site).find("(it is the site folder") != std::string::npos);
  CHECK(check_out_folder(tmp.path.string(), site) ==
        "refusing to build into " + tmp.path.string() +
            " (it holds the site folder, and a build replaces the whole output folder)");
  const fs::path was = fs::current_path();
  fs::current_path(tmp.path / "work/here");
  const std::string dot = check_out_folder(".", site);
  const std::string up = check_out_folder("..", site);
  const std::string out = check_out_folder("out", ".");
  const std::string dot_site = check_out_folder(".", ".");
  fs::current_path(was);
  CHECK(dot == "refusing to build into . (it is the current folder, and a build replaces the whole output folder)");
  CHECK(up == "refusing to build into .. (it holds the current folder, and a build replaces the whole output folder)");
  CHECK(out == "");
  CHECK(dot_site.find("(it is the site folder") != std::string::npos);
}
