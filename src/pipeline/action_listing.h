#pragma once
// `panelpack actions`: the action log in the terminal, for the officer
// preparing the next agenda and for other tools. It reads the whole site as
// the members' edition does (every action, Part 2 ones included).
#include <iosfwd>
#include <string>

#include "core/diagnostics.h"
#include "core/file_system.h"

namespace panelpack {

struct ActionListing {
  std::string site = ".";
  std::string body;            // only this body's actions, when given
  bool open_only = false;      // only actions still open
  std::string format = "table";  // table, csv or json
};

// Writes the listing to `out`; false after reporting errors to `diags`
// (content errors, an unknown body or format).
bool list_actions(const FileSystem& fs, const ActionListing& listing, std::ostream& out, Diagnostics& diags);

}  // namespace panelpack
