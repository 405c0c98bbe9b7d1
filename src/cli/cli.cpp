#include "cli/cli.h"

#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"

namespace panelpack::cli {

int run(int argc, char** argv) {
  CLI::App app{"panelpack: meeting papers for police and crime panels and commissioners, as HTML and PDF"};
  app.set_version_flag("--version", std::string("panelpack ") + PANELPACK_VERSION);
  app.require_subcommand(1);
  CommandOptions options;

  auto* build = app.add_subcommand("build", "Build every document of the site into the output folder");
  build->add_option("--site", options.site, "Folder holding panelpack.yaml")->capture_default_str();
  build->add_option("--out", options.out, "Output folder (replaced as a whole when the build succeeds)")
      ->capture_default_str();
  build->add_option("--audience", options.audience, "public, members or all")->capture_default_str();

  auto* check = app.add_subcommand("check", "Validate the site and report problems; writes nothing");
  check->add_option("--site", options.site, "Folder holding panelpack.yaml")->capture_default_str();
  check->add_option("--audience", options.audience, "public, members or all")->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return exit_code(Failure::usage);
  }

  DiskFileSystem fs;
  SteadyClock clock;
  Failure f = Failure::internal;
  try {
    if (build->parsed()) f = build_command(options, fs, clock, std::cout, std::cerr);
    if (check->parsed()) f = check_command(options, fs, clock, std::cout, std::cerr);
  } catch (const std::exception& e) {
    std::cerr << "internal error: " << e.what() << "\nhint: this is a bug in panelpack; please report it\n";
    f = Failure::internal;
  }
  return exit_code(f);
}

}  // namespace panelpack::cli
