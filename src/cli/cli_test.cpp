#include "cli/cli.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

using namespace panelpack;

namespace {
struct Run {
  int code = -1;
  std::string out, err;
};

Run run(std::vector<std::string> args) {
  args.insert(args.begin(), "/usr/local/bin/panelpack");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  std::ostringstream out, err;
  Run r;
  r.code = cli::run(static_cast<int>(argv.size()), argv.data(), out, err);
  r.out = out.str();
  r.err = err.str();
  return r;
}

const char* const kCommandList =
    "  build    Build every document of the site into the output folder\n"
    "  check    Validate the site and report problems; writes nothing\n"
    "  actions  Print the action log (every body's, or one's) as a table, CSV or JSON\n";
}  // namespace

TEST_CASE("an unknown command is named, with the list of commands") {
  Run r = run({"bogus"});
  CHECK(r.code == 2);
  CHECK(r.err == std::string("error: unknown command 'bogus'\nhint: the commands are:\n") + kCommandList);
  CHECK(run({"buidl", "--out", "out"}).err ==
        std::string("error: unknown command 'buidl'\nhint: did you mean 'build'? the commands are:\n") + kCommandList);
}

TEST_CASE("no command at all says so") {
  Run r = run({});
  CHECK(r.code == 2);
  CHECK(r.err == std::string("error: no command given\nhint: run panelpack with one of these commands:\n") +
                     kCommandList);
}

TEST_CASE("help names the program panelpack and ends with the exit codes") {
  Run r = run({"--help"});
  CHECK(r.code == 0);
  CHECK(r.out.find("Usage: panelpack [OPTIONS] SUBCOMMAND\n") != std::string::npos);
  CHECK(r.out.find("/usr/local/bin") == std::string::npos);
  CHECK(r.out.ends_with("Exit codes:\n"
                        "  0  success\n"
                        "  1  the content has errors\n"
                        "  2  the command line is wrong\n"
                        "  3  reading or writing files failed\n"
                        "  4  internal error\n"));
  Run b = run({"build", "--help"});
  CHECK(b.out.find("Usage: panelpack build [OPTIONS]\n") != std::string::npos);
  CHECK(b.out.find("Exit codes:") != std::string::npos);
}

TEST_CASE("a --site that is not a folder is a command-line error") {
  Run r = run({"check", "--site", "/nonexistent/site"});
  CHECK(r.code == 2);
  CHECK(r.err ==
        "error: --site /nonexistent/site is not a folder (no such folder)\n"
        "hint: give --site the folder that holds panelpack.yaml\n");
}

TEST_CASE("building into the site folder or the current folder is refused before anything is read") {
  Run r = run({"build", "--site", ".", "--out", "."});
  CHECK(r.code == 2);
  CHECK(r.err ==
        "error: refusing to build into . (it is the site folder, and a build replaces the whole output folder)\n"
        "hint: give --out a folder of its own, e.g. --out output\n");
}

TEST_CASE("the command-line parser's own errors come in the house form, with a hint") {
  Run missing = run({"build", "--out"});
  CHECK(missing.code == 2);
  CHECK(missing.err ==
        "error: --out: 1 required TEXT missing\nhint: run 'panelpack build --help' for the options\n");
  Run typo = run({"check", "--aduience", "public"});
  CHECK(typo.code == 2);
  CHECK(typo.err.find("hint: did you mean '--audience'? ('panelpack check --help' lists every option)\n") !=
        std::string::npos);
}
