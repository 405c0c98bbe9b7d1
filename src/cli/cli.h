#pragma once
// The command line: panelpack build | check, with --help and --version.

namespace panelpack::cli {

int run(int argc, char** argv);

}  // namespace panelpack::cli
