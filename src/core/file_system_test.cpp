#include "core/file_system.h"

#include <doctest/doctest.h>

using namespace panelpack;

TEST_CASE("the in-memory file system lists folders implied by its files") {
  MemoryFileSystem fs;
  fs.add("meetings/2025-01-20/meeting.yaml", "body: pac\n");
  fs.add("meetings/2024-10-25/meeting.yaml", "body: pac\n");
  fs.add("panelpack.yaml", "");
  CHECK(fs.is_dir("meetings"));
  CHECK(fs.is_dir("."));
  CHECK_FALSE(fs.is_dir("meetings/2025-01-20/meeting.yaml"));
  CHECK(fs.is_file("panelpack.yaml"));
  CHECK(fs.list("meetings") == std::vector<std::string>{"2024-10-25", "2025-01-20"});
  CHECK(fs.list(".") == std::vector<std::string>{"meetings", "panelpack.yaml"});
  std::string why;
  CHECK_FALSE(fs.read("nope.yaml", &why));
  CHECK(why == "No such file or directory");
  CHECK(*fs.read("panelpack.yaml", nullptr) == "");
}

TEST_CASE("join_path drops empty and current-folder parts") {
  CHECK(join_path(".", "a.yaml") == "a.yaml");
  CHECK(join_path("site", "a.yaml") == "site/a.yaml");
  CHECK(join_path("site/", "a.yaml") == "site/a.yaml");
  CHECK(join_path("site", "/abs") == "/abs");
}
