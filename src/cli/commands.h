#pragma once
// The subcommands, each a function from parsed options to a Failure kind.
#include <iosfwd>
#include <string>

#include "core/clock.h"
#include "core/failure.h"
#include "core/file_system.h"
#include "pipeline/action_listing.h"

namespace panelpack::cli {

struct CommandOptions {
  std::string site = ".";
  std::string out = "output";
  std::string audience = "all";
  std::string as_of;  // YYYY-MM-DD: check: the date the inspection clock is checked against; both: the site's date
  std::string pagefind;  // build: the Pagefind program ("none": no search); "" to look for it (search/search_index.h)
};

Failure build_command(const CommandOptions& options, const FileSystem& fs, const Clock& clock, std::ostream& out,
                      std::ostream& err);
Failure check_command(const CommandOptions& options, const FileSystem& fs, const Clock& clock, std::ostream& out,
                      std::ostream& err);

Failure actions_command(const ActionListing& listing, const FileSystem& fs, std::ostream& out, std::ostream& err);

}  // namespace panelpack::cli
