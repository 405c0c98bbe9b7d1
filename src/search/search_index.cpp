#include "search/search_index.h"

#include <fcntl.h>
#include <stdlib.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>
#include <vector>

extern char** environ;

namespace panelpack {

namespace fs = std::filesystem;

namespace {

class PagefindIndexer final : public SearchIndexer {
 public:
  explicit PagefindIndexer(std::string program) : program_(std::move(program)) {}

  std::string index(const fs::path& site, const fs::path& into) override {
    std::vector<std::string> args = {program_,       "--site", site.string(), "--output-path", into.string(),
                                     "--keep-index-url", "--silent"};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    int pipe_fds[2];
    if (pipe2(pipe_fds, O_CLOEXEC) != 0) return "could not start Pagefind (no pipe)";
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], 1);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], 2);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, program_.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipe_fds[1]);
    std::string said;
    char buf[4096];
    for (ssize_t n; (n = read(pipe_fds[0], buf, sizeof buf)) > 0;) said.append(buf, static_cast<size_t>(n));
    close(pipe_fds[0]);
    if (spawned != 0) return "could not run " + program_ + " (" + std::error_code(spawned, std::generic_category()).message() + ")";
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return "";
    while (!said.empty() && (said.back() == '\n' || said.back() == ' ')) said.pop_back();
    if (said.size() > 2000) said = said.substr(0, 2000) + " …";
    return program_ + " failed on " + site.filename().string() +
           (WIFEXITED(status) ? " (exit code " + std::to_string(WEXITSTATUS(status)) + ")" : " (killed)") +
           (said.empty() ? "" : ": " + said);
  }

 private:
  std::string program_;
};

bool runnable(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec) && access(p.c_str(), X_OK) == 0;
}

}  // namespace

std::unique_ptr<SearchIndexer> pagefind_indexer(std::string program) {
  return std::make_unique<PagefindIndexer>(std::move(program));
}

PagefindLookup find_pagefind(const std::string& given, const char* env, const fs::path& executable,
                             const fs::path& working_dir) {
  PagefindLookup found;
  const std::string asked = !given.empty() ? given : env && *env ? std::string(env) : "";
  if (asked == "none") {
    found.off = true;
    return found;
  }
  if (!asked.empty()) {
    found.looked = asked;
    if (runnable(asked)) found.program = asked;
    return found;
  }
  const fs::path rel = fs::path("tools") / "search" / "node_modules" / ".bin" / "pagefind";
  std::vector<fs::path> places;
  if (!executable.empty()) places.push_back(executable.parent_path().parent_path() / rel);
  places.push_back(working_dir / rel);
  for (const auto& p : places) {
    if (!found.looked.empty()) found.looked += " or ";
    found.looked += p.lexically_normal().string();
    if (runnable(p)) {
      found.program = p.lexically_normal().string();
      return found;
    }
  }
  return found;
}

std::string add_search_index(SearchIndexer& indexer, const fs::path& staging, const std::string& tree,
                             OutputSink& out) {
  // The scratch folder is a fresh temporary one, not inside the staging
  // folder: an indexer left running by a build killed with -9 can then never
  // write into the staging folder of the next build.
  std::string pattern = (fs::temp_directory_path() / "panelpack-search-XXXXXX").string();
  if (!mkdtemp(pattern.data())) return "could not make a temporary folder for the search index";
  const fs::path scratch = pattern;
  std::error_code ec;
  std::string why = indexer.index(staging / tree, scratch / "index");
  if (why.empty() && !fs::is_directory(scratch / "index")) why = "the indexer wrote no index";
  if (why.empty()) {
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(scratch / "index", ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec))
      if (it->is_regular_file()) files.push_back(it->path());
    if (ec) why = "could not read the search index of the " + tree + " tree (" + ec.message() + ")";
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      if (!why.empty()) break;
      std::ifstream in(f, std::ios::binary);
      std::ostringstream bytes;
      bytes << in.rdbuf();
      if (!in && !in.eof()) why = "could not read " + f.string();
      else if (!out.add(tree + "/pagefind/" + f.lexically_relative(scratch / "index").generic_string(), bytes.str()))
        why = out.error();
    }
  }
  fs::remove_all(scratch, ec);
  return why;
}

}  // namespace panelpack
