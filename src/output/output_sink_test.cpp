#include "output/output_sink.h"

#include <doctest/doctest.h>

#include "output/output_set.h"

using namespace panelpack;

TEST_CASE("an output path is relative, '/'-separated, and has one spelling") {
  CHECK(check_output_path("public/index.html") == "");
  CHECK(check_output_path("public/pac/2025-01-20/agenda.pdf") == "");
  CHECK(check_output_path(".well-known/a..b") == "");
  CHECK(check_output_path("") == "the path is empty");
  CHECK(check_output_path("/etc/passwd") == "it is absolute");
  CHECK(check_output_path("..") == "it has a '..' component");
  CHECK(check_output_path("../x.html") == "it has a '..' component");
  CHECK(check_output_path("a/../b") == "it has a '..' component");
  CHECK(check_output_path("a/..") == "it has a '..' component");
  CHECK(check_output_path("./a") == "it has a '.' component");
  CHECK(check_output_path("a/./b") == "it has a '.' component");
  CHECK(check_output_path("a//b") == "it has an empty component");
  CHECK(check_output_path("a/") == "it has an empty component");
  CHECK(check_output_path("public\\index.html") == "it holds a backslash; folders are separated by '/'");
  CHECK(check_output_path(std::string("a\0b", 3)) == "it holds a NUL character");
  CHECK(check_output_path(kOutputMarker) == "it is the file that marks the folder as panelpack's output");
  CHECK(check_output_path(std::string("public/") + kOutputMarker) == "");
}

TEST_CASE("a sink refuses a bad path, remembers the first failure and ignores later adds") {
  DiscardOutput sink;
  CHECK(sink.add("public/index.html", "x"));
  CHECK(sink.has("public/index.html"));
  CHECK_FALSE(sink.has("public"));
  CHECK_FALSE(sink.add("a/../b", "x"));
  CHECK(sink.error() == "failed to add output file a/../b (it has a '..' component)");
  CHECK_FALSE(sink.add("public/other.html", "x"));
  CHECK(sink.error() == "failed to add output file a/../b (it has a '..' component)");
  CHECK(sink.size() == 1);
}

TEST_CASE("a sink refuses a file named twice, or a file that is also a folder") {
  {
    DiscardOutput sink;
    CHECK(sink.add("public/index.html", "x"));
    CHECK_FALSE(sink.add("public/index.html", "y"));
    CHECK(sink.error() == "failed to add output file public/index.html (it was added already)");
  }
  {
    DiscardOutput sink;
    CHECK(sink.add("public/a/b.html", "x"));
    CHECK_FALSE(sink.add("public/a", "y"));
    CHECK(sink.error() == "failed to add output file public/a (it is a folder of files added already)");
  }
  {
    DiscardOutput sink;
    CHECK(sink.add("public/a", "x"));
    CHECK_FALSE(sink.add("public/a/b.html", "y"));
    CHECK(sink.error() == "failed to add output file public/a/b.html (public/a was added as a file)");
  }
  {
    OutputSet set;
    CHECK(set.add("a.html", "one"));
    CHECK_FALSE(set.add("a.html", "two"));
    CHECK(set.at("a.html") == "one");
    CHECK_FALSE(set.add("", "x"));
    CHECK(set.error() == "failed to add output file a.html (it was added already)");
    CHECK(set.size() == 1);
  }
}

TEST_CASE("an empty path and a NUL are shown readably in the error") {
  DiscardOutput a;
  CHECK_FALSE(a.add("", "x"));
  CHECK(a.error() == "failed to add output file '' (the path is empty)");
  DiscardOutput b;
  CHECK_FALSE(b.add(std::string("a\0b", 3), "x"));
  CHECK(b.error() == "failed to add output file a\\0b (it holds a NUL character)");
}
