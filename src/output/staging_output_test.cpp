#include "output/staging_output.h"

#include <doctest/doctest.h>

#include "output/output_test_support.h"

namespace fs = std::filesystem;
using namespace panelpack;
using namespace output_test;

namespace {
// The names in `dir`.
std::set<std::string> names(const fs::path& dir) {
  std::set<std::string> n;
  for (const auto& e : fs::directory_iterator(dir)) n.insert(e.path().filename().string());
  return n;
}
// Builds `files` into `out` with `method`; "" or the failure.
std::string build(const fs::path& out, std::initializer_list<std::pair<const char*, const char*>> files,
                  SwapMethod method = SwapMethod::exchange) {
  std::string why;
  auto sink = StagingOutput::open(out.string(), why, method);
  if (!sink) return why;
  for (const auto& [path, bytes] : files) sink->add(path, bytes);
  return sink->commit();
}
const std::string kMarker = kOutputMarker;
}  // namespace

TEST_CASE("files are written to the staging folder as they are added, marker first") {
  TempDir tmp("staging");
  std::string why;
  auto sink = StagingOutput::open((tmp.path / "out").string(), why);
  REQUIRE(sink);
  CHECK(why == "");
  CHECK(sink->staging() == tmp.path / "out.staging");
  CHECK(fs::exists(tmp.path / "out.staging" / kOutputMarker));
  CHECK(sink->add("public/pac/index.html", "hello"));
  CHECK(slurp(tmp.path / "out.staging/public/pac/index.html") == "hello");
  CHECK(sink->size() == 1);
  CHECK(sink->has("public/pac/index.html"));
  CHECK_FALSE(fs::exists(tmp.path / "out"));
  CHECK(sink->commit() == "");
  CHECK(tree(tmp.path / "out") == std::set<std::string>{kMarker + "=This folder is replaced by every panelpack build.\n",
                                                        "public/pac/index.html=hello"});
  CHECK(names(tmp.path) == std::set<std::string>{"out"});
  CHECK_FALSE(sink->add("late.html", "x"));
  CHECK(sink->commit() != "");
}

TEST_CASE("a commit replaces the old content entirely, with either swap") {
  for (SwapMethod method : {SwapMethod::exchange, SwapMethod::two_renames}) {
    TempDir tmp("staging");
    const fs::path out = tmp.path / "out";
    CHECK(build(out, {{"public/a.html", "one"}, {"public/old.html", "stale"}, {"members/m.html", "m"}}, method) == "");
    CHECK(build(out, {{"public/a.html", "two"}}, method) == "");
    CHECK(tree(out) == std::set<std::string>{kMarker + "=This folder is replaced by every panelpack build.\n",
                                             "public/a.html=two"});
    CHECK(names(tmp.path) == std::set<std::string>{"out"});
  }
}

TEST_CASE("a failed build leaves the old output untouched and no staging behind") {
  TempDir tmp("staging");
  const fs::path out = tmp.path / "out";
  CHECK(build(out, {{"public/a.html", "one"}}) == "");
  const auto before = tree(out);
  CHECK(build(out, {{"public/a.html", "two"}, {"../escape.html", "x"}, {"public/b.html", "b"}}) ==
        "failed to add output file ../escape.html (it has a '..' component)");
  CHECK(tree(out) == before);
  CHECK(names(tmp.path) == std::set<std::string>{"out"});
  {
    std::string why;
    auto sink = StagingOutput::open(out.string(), why);
    REQUIRE(sink);
    sink->add("public/a.html", "three");  // never committed
  }
  CHECK(tree(out) == before);
  CHECK(names(tmp.path) == std::set<std::string>{"out"});
}

TEST_CASE("a folder panelpack did not make is never replaced; a file or an empty name is refused") {
  TempDir tmp("staging");
  put(tmp.path / "src/main.cpp", "int main() {}");
  const std::string src = (tmp.path / "src").string();
  CHECK(build(src, {{"a.html", "x"}}) ==
        "refusing to replace " + src + " (it was not made by panelpack; choose another --out)");
  CHECK(build(src + "/", {{"a.html", "x"}}) ==
        "refusing to replace " + src + " (it was not made by panelpack; choose another --out)");
  CHECK(slurp(tmp.path / "src/main.cpp") == "int main() {}");
  CHECK(names(tmp.path) == std::set<std::string>{"src"});
  put(tmp.path / "file", "x");
  CHECK(build(tmp.path / "file", {}) == "failed to replace " + (tmp.path / "file").string() +
                                            " (it is a file, not a folder)");
  CHECK(build("", {}) == "failed to replace '' (no output folder was given)");
  fs::create_directories(tmp.path / "empty");
  CHECK(build(tmp.path / "empty", {{"a.html", "x"}}) == "");  // an empty folder may be used
}

TEST_CASE("a staging folder left by a killed run is removed; one without the marker is refused") {
  TempDir tmp("staging");
  const fs::path out = tmp.path / "out";
  CHECK(build(out, {{"public/a.html", "old"}}) == "");
  put(tmp.path / "out.staging" / kOutputMarker, "");
  put(tmp.path / "out.staging/public/half.html", "half");
  CHECK(build(out, {{"public/a.html", "new"}}) == "");
  CHECK(slurp(out / "public/a.html") == "new");
  CHECK_FALSE(fs::exists(out / "public/half.html"));
  CHECK(names(tmp.path) == std::set<std::string>{"out"});

  put(tmp.path / "out.staging/thesis.docx", "years of work");
  CHECK(build(out, {{"public/a.html", "newer"}}) ==
        "refusing to remove " + out.string() + ".staging (it was not made by panelpack; move or rename it)");
  CHECK(slurp(tmp.path / "out.staging/thesis.docx") == "years of work");
  CHECK(slurp(out / "public/a.html") == "new");
}

TEST_CASE("a previous folder whose removal was cut short (only the marker left) is recovered") {
  TempDir tmp("staging");
  const fs::path out = tmp.path / "out";
  CHECK(build(out, {{"public/a.html", "old"}}) == "");
  put(tmp.path / "out.previous" / kOutputMarker, "");
  fs::create_directories(tmp.path / "out.previous/public/pac");  // emptied folders stay behind
  CHECK(build(out, {{"public/a.html", "new"}}) == "");
  CHECK(names(tmp.path) == std::set<std::string>{"out"});
  fs::create_directories(tmp.path / "out.previous");  // empty
  CHECK(build(out, {{"public/a.html", "newer"}}) == "");
  CHECK(names(tmp.path) == std::set<std::string>{"out"});
  put(tmp.path / "out.previous/public/a.html", "no marker");
  CHECK(build(out, {{"public/a.html", "newest"}}) ==
        "refusing to remove " + out.string() + ".previous (it was not made by panelpack; move or rename it)");
  CHECK(slurp(out / "public/a.html") == "newer");
}

TEST_CASE("an output given as a symbolic link keeps the link and replaces its target") {
  TempDir tmp("staging");
  fs::create_directories(tmp.path / "real");
  fs::create_directory_symlink("real", tmp.path / "link");
  CHECK(build(tmp.path / "link", {{"a.html", "one"}}) == "");
  CHECK(build(tmp.path / "link", {{"b.html", "two"}}) == "");
  CHECK(fs::is_symlink(tmp.path / "link"));
  CHECK(slurp(tmp.path / "link/b.html") == "two");
  CHECK_FALSE(fs::exists(tmp.path / "real/a.html"));
  CHECK(names(tmp.path) == std::set<std::string>{"link", "real"});

  fs::create_directory_symlink("gone", tmp.path / "dangling");
  CHECK(build(tmp.path / "dangling", {{"a.html", "x"}}) ==
        "failed to replace " + (tmp.path / "dangling").string() +
            " (it is a symbolic link to gone, which does not exist; create that folder or remove the link)");
}

TEST_CASE("a mount point is refused with a hint") {
  std::string why;
  CHECK(StagingOutput::open("/", why) == nullptr);  // the root: no marker, so refused before the mount check
  CHECK(why == "refusing to replace / (it was not made by panelpack; choose another --out)");
}

TEST_CASE("a second build into the same folder is refused while the first is writing") {
  TempDir tmp("staging");
  const fs::path out = tmp.path / "out";
  std::string why;
  auto first = StagingOutput::open(out.string(), why);
  REQUIRE(first);
  CHECK(first->add("a.html", "first"));
  // flock is per open file, so a second open in this process stands for another build.
  auto second = StagingOutput::open(out.string(), why);
  CHECK(second == nullptr);
  CHECK(why == "refusing to replace " + out.string() + " (another panelpack build is writing " + out.string() +
                   ".staging; wait for it to finish)");
  CHECK(slurp(tmp.path / "out.staging/a.html") == "first");
  CHECK(first->commit() == "");
  CHECK(slurp(out / "a.html") == "first");
  first.reset();
  CHECK(build(out, {{"b.html", "second"}}) == "");
  CHECK(names(tmp.path) == std::set<std::string>{"out"});
}
