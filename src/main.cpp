// panelpack: the command line entry point; everything else lives in src/cli.
#include "cli/cli.h"

int main(int argc, char** argv) { return panelpack::cli::run(argc, argv); }
