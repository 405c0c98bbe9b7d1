#include "core/file_system.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

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

namespace {
// A fresh folder on the real disk for one test, removed afterwards.
struct TempDir {
  std::string path;
  TempDir() {
    char name[] = "/tmp/panelpack-fs-XXXXXX";
    path = ::mkdtemp(name);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string operator/(const std::string& name) const { return path + "/" + name; }
};
void write(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }
}  // namespace

TEST_CASE("the disk reads regular files only, and says what else it found") {
  TempDir dir;
  DiskFileSystem disk;
  std::string why;
  write(dir / "a.csv", "month,value\n");
  CHECK(*disk.read(dir / "a.csv", &why) == "month,value\n");
  CHECK(disk.is_file(dir / "a.csv"));

  REQUIRE(::mkfifo((dir / "pipe.csv").c_str(), 0600) == 0);
  CHECK_FALSE(disk.read(dir / "pipe.csv", &why));  // at once, not blocked waiting for a writer
  CHECK(why == "it is a FIFO, not a file");
  CHECK_FALSE(disk.is_file(dir / "pipe.csv"));
  CHECK(disk.exists(dir / "pipe.csv"));

  std::filesystem::create_symlink("/dev/zero", dir / "zero.css");
  CHECK_FALSE(disk.read(dir / "zero.css", &why));
  CHECK(why == "it is a character device, not a file");

  std::filesystem::create_directory(dir / "folder.html");
  CHECK_FALSE(disk.read(dir / "folder.html", &why));
  CHECK(why == "it is a folder, not a file");

  std::filesystem::create_symlink("missing.png", dir / "dangling.png");
  CHECK_FALSE(disk.read(dir / "dangling.png", &why));
  CHECK(why == "it is a symbolic link to missing.png, which does not exist");
  CHECK(disk.exists(dir / "dangling.png"));
  CHECK_FALSE(disk.is_file(dir / "dangling.png"));

  std::filesystem::create_symlink("loop-b", dir / "loop-a");
  std::filesystem::create_symlink("loop-a", dir / "loop-b");
  CHECK_FALSE(disk.read(dir / "loop-a", &why));
  CHECK(why == "it is a symbolic link that leads round in a loop");

  CHECK_FALSE(disk.read(dir / "nothing", &why));
  CHECK(why == "No such file or directory");
  CHECK_FALSE(disk.exists(dir / "nothing"));
}

TEST_CASE("a file over the limit is refused before it is read") {
  TempDir dir;
  DiskFileSystem disk;
  std::string why;
  write(dir / "big.yaml", std::string(3000, 'x'));
  CHECK(disk.read(dir / "big.yaml", &why, 3000));
  CHECK_FALSE(disk.read(dir / "big.yaml", &why, 2048));
  CHECK(why == "it is 3 KB; the limit is 2 KB");
  // A file that reports no size (as /proc does) is held to the limit as it is read.
  CHECK_FALSE(disk.read("/proc/self/maps", &why, 10));
  CHECK(why == "it is more than 10 bytes; the limit is 10 bytes");
  // Sparse: 5 GB on paper, no time or memory spent.
  ::truncate((dir / "big.yaml").c_str(), 5LL << 30);
  CHECK_FALSE(disk.read(dir / "big.yaml", &why, read_limit::yaml));
  CHECK(why == "it is 5 GB; the limit is 4 MB");

  MemoryFileSystem mem;
  mem.add("t.html", std::string(2048, 'x'));
  CHECK_FALSE(mem.read("t.html", &why, 1024));
  CHECK(why == "it is 2 KB; the limit is 1 KB");
}

TEST_CASE("sizes are shown as people read them") {
  CHECK(describe_size(900) == "900 bytes");
  CHECK(describe_size(12 * 1024) == "12 KB");
  CHECK(describe_size(4 * 1024 * 1024) == "4 MB");
  CHECK(describe_size(7ULL * 1024 * 1024 * 1024 + 512ULL * 1024 * 1024) == "7.5 GB");
}

TEST_CASE("the in-memory file system holds things that are not files") {
  MemoryFileSystem mem;
  mem.add_special("m/meeting.yaml", "it is a FIFO, not a file");
  mem.add_unreadable_dir("locked", "Permission denied");
  std::string why;
  CHECK_FALSE(mem.is_file("m/meeting.yaml"));
  CHECK(mem.exists("m/meeting.yaml"));
  CHECK(mem.is_dir("m"));
  CHECK(mem.list("m") == std::vector<std::string>{"meeting.yaml"});
  CHECK_FALSE(mem.read("m/meeting.yaml", &why));
  CHECK(why == "it is a FIFO, not a file");
  CHECK(mem.is_dir("locked"));
  CHECK(mem.list("locked", &why).empty());
  CHECK(why == "Permission denied");
}
