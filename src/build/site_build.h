#pragma once
// The whole build: load, validate, compute, render every document for every
// audience, and the site pages around them. Nothing touches the disk here
// but reading; the caller commits the OutputSet.
#include <vector>

#include "compute/audience.h"
#include "core/diagnostics.h"
#include "core/file_system.h"
#include "output/output_set.h"

namespace panelpack {

struct BuildOptions {
  std::string site = ".";
  std::vector<Audience> audiences{Audience::public_, Audience::members};
};

struct BuildStats {
  int documents = 0;  // papers rendered (each in every format)
  int pages = 0;      // PDF pages in all
  int files = 0;
};

// Returns false when there were errors (all of them in `diags`).
bool build_site(const FileSystem& fs, const BuildOptions& options, OutputSet& out, BuildStats& stats,
                Diagnostics& diags);

}  // namespace panelpack
