#pragma once
// The command line: panelpack build | check, with --help and --version.
#include <iosfwd>

namespace panelpack::cli {

int run(int argc, char** argv);
// The same, writing to `out` and `err` (for tests). The program is always
// named "panelpack" in messages, whatever argv[0] is.
int run(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace panelpack::cli
