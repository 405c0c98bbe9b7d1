#include "cli/cli.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/suggest.h"

namespace panelpack::cli {

namespace {

struct Command {
  const char* name;
  const char* description;
};

const std::vector<Command> kCommands = {
    {"build", "Build every document of the site into the output folder"},
    {"check", "Validate the site and report problems; writes nothing"},
    {"actions", "Print the action log (every body's, or one's) as a table, CSV or JSON"},
};

// The exit codes, from the one table of failures, for the end of --help.
std::string exit_codes() {
  std::string text = "Exit codes:";
  for (Failure f : {Failure::none, Failure::content, Failure::usage, Failure::io, Failure::internal})
    text += "\n  " + std::to_string(exit_code(f)) + "  " + describe(f);
  return text;
}

// The first argument that is neither an option nor an option's value: the
// command, if any.
const char* command_word(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--site" || a == "--out" || a == "--audience" || a == "--body" || a == "--format" || a == "--as-of" ||
        a == "--pagefind")
      ++i;
    else if (a.empty() || a[0] != '-') return argv[i];
  }
  return nullptr;
}

std::string command_list() {
  std::string text;
  size_t width = 0;
  for (const auto& c : kCommands) width = std::max(width, std::string(c.name).size());
  for (const auto& c : kCommands)
    text += std::string("\n  ") + c.name + std::string(width - std::string(c.name).size() + 2, ' ') + c.description;
  return text;
}

}  // namespace

int run(int argc, char** argv) { return run(argc, argv, std::cout, std::cerr); }

int run(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"panelpack: meeting papers for police and crime panels and commissioners, as HTML and PDF",
               "panelpack"};
  app.set_version_flag("--version", std::string("panelpack ") + PANELPACK_VERSION);
  app.footer(exit_codes());  // before the subcommands, which copy it
  app.require_subcommand(1);
  CommandOptions options;

  auto* build = app.add_subcommand(kCommands[0].name, kCommands[0].description);
  build->add_option("--site", options.site, "Folder holding panelpack.yaml")->capture_default_str();
  build->add_option("--out", options.out, "Output folder (replaced as a whole when the build succeeds)")
      ->capture_default_str();
  build->add_option("--audience", options.audience, "public, members or all")->capture_default_str();
  build->add_option("--as-of", options.as_of,
                    "YYYY-MM-DD: the site's date, which tells upcoming meetings from held ones on the web pages");
  build->add_option("--pagefind", options.pagefind,
                    "The Pagefind program that makes the search index, or 'none' for no search "
                    "(default: $PANELPACK_PAGEFIND, else tools/search/node_modules/.bin/pagefind)");

  auto* check = app.add_subcommand(kCommands[1].name, kCommands[1].description);
  check->add_option("--site", options.site, "Folder holding panelpack.yaml")->capture_default_str();
  check->add_option("--audience", options.audience, "public, members or all")->capture_default_str();
  check->add_option("--as-of", options.as_of,
                    "YYYY-MM-DD: check the 56-day clock of inspection responses as at this date");

  ActionListing listing;
  auto* actions = app.add_subcommand(kCommands[2].name, kCommands[2].description);
  actions->add_option("--site", listing.site, "Folder holding panelpack.yaml")->capture_default_str();
  actions->add_option("--body", listing.body, "Only this body's actions (its id)");
  actions->add_flag("--open", listing.open_only, "Only actions still open");
  actions->add_option("--format", listing.format, "table, csv or json")->capture_default_str();

  // CLI11 would say "A subcommand is required" for a mistyped command.
  std::vector<std::string> names;
  for (const auto& c : kCommands) names.push_back(c.name);
  const char* word = command_word(argc, argv);
  if (word && std::find(names.begin(), names.end(), word) == names.end()) {
    err << "error: unknown command '" << word << "'\nhint: "
        << (closest(word, names) ? suggestion(word, names) + " " : std::string()) << "the commands are:"
        << command_list() << "\n";
    return exit_code(Failure::usage);
  }
  bool asks_for_help_or_version = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "-h" || a == "--help" || a == "--version") asks_for_help_or_version = true;
  }
  if (!word && !asks_for_help_or_version) {
    err << "error: no command given\nhint: run panelpack with one of these commands:" << command_list() << "\n";
    return exit_code(Failure::usage);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e, out, err);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e, out, err);
  } catch (const CLI::ParseError& e) {
    // CLI11's words, in the house form of every other message.
    std::string what = e.what();
    if (!what.empty()) what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
    std::string hint;
    for (int i = 1; i < argc && hint.empty(); ++i) {
      const std::string a = argv[i];
      const std::vector<std::string> known = {"--site", "--out",    "--audience", "--body",
                                             "--open", "--format", "--as-of",    "--pagefind"};
      if (a.rfind("--", 0) == 0 && std::find(known.begin(), known.end(), a) == known.end())
        if (auto near = closest(a, known)) hint = "did you mean '" + *near + "'? ";
    }
    const std::string help = "'panelpack " + (word ? std::string(word) + " " : std::string()) + "--help'";
    err << "error: " << what << "\nhint: "
        << (hint.empty() ? "run " + help + " for the options" : hint + "(" + help + " lists every option)") << "\n";
    return exit_code(Failure::usage);
  }

  DiskFileSystem fs;
  SteadyClock clock;
  Failure f = Failure::internal;
  try {
    if (build->parsed()) f = build_command(options, fs, clock, out, err);
    if (check->parsed()) f = check_command(options, fs, clock, out, err);
    if (actions->parsed()) f = actions_command(listing, fs, out, err);
  } catch (const std::exception& e) {
    err << "internal error: " << e.what() << "\nhint: this is a bug in panelpack; please report it\n";
    f = Failure::internal;
  }
  return exit_code(f);
}

}  // namespace panelpack::cli
