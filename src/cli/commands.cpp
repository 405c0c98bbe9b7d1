#include "cli/commands.h"

#include <cstdio>
#include <ostream>

#include "pipeline/pipeline.h"
#include "output/commit.h"

namespace panelpack::cli {

namespace {

std::string seconds(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f s", s);
  return buf;
}

std::string plural(int n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

bool audiences(const std::string& name, BuildOptions& options, std::ostream& err) {
  if (name == "all") return true;
  if (auto a = parse_audience(name)) {
    options.audiences = {*a};
    return true;
  }
  err << "error: unknown audience '" << name << "'\nhint: use public, members or all\n";
  return false;
}

// Builds the site; `write` commits the output (build), otherwise nothing is
// written (check). Diagnostics go to `err`, the summary line to `out`.
Failure build_or_check(const CommandOptions& options, bool write, const FileSystem& fs, const Clock& clock,
                       std::ostream& out, std::ostream& err) {
  const double start = clock.seconds();
  BuildOptions build;
  build.site = options.site;
  if (!audiences(options.audience, build, err)) return Failure::usage;
  if (!fs.is_dir(options.site)) {
    err << "error: --site " << options.site << " is not a folder ("
        << (fs.is_file(options.site) ? "it is a file" : "no such folder") << ")\n"
        << "hint: give --site the folder that holds panelpack.yaml\n";
    return Failure::usage;
  }
  if (write) {
    if (std::string why = check_out_folder(options.out, options.site); !why.empty()) {
      err << "error: " << why << "\nhint: give --out a folder of its own, e.g. --out output\n";
      return Failure::usage;
    }
  }
  OutputSet set;
  BuildStats stats;
  Diagnostics diags;
  bool ok = build_site(fs, build, set, stats, diags);
  err << diags.format();
  const std::string counts = plural(diags.error_count(), "error") + ", " + plural(diags.warning_count(), "warning");
  if (!ok) {
    if (write)
      err << "build failed: " << counts << "; " << options.out << " was left as it was\n";
    else
      err << "check failed: " << counts << "\n";
    return Failure::content;
  }
  const std::string took = " in " + seconds(clock.seconds() - start);
  if (!write) {
    out << "checked " << options.site << ": " << plural(stats.documents, "document") << ", no errors, "
        << plural(diags.warning_count(), "warning") << took << "\n";
    return Failure::none;
  }
  std::string failure = commit_output(set, options.out);
  if (!failure.empty()) {
    err << "error: " << failure << "\n";
    return Failure::io;
  }
  out << "built " << plural(stats.documents, "document") << " (" << plural(stats.pages, "page") << ", "
      << plural(stats.files, "file") << ") into " << options.out << " with "
      << plural(diags.warning_count(), "warning") << took << "\n";
  return Failure::none;
}

}  // namespace

Failure build_command(const CommandOptions& options, const FileSystem& fs, const Clock& clock, std::ostream& out,
                      std::ostream& err) {
  return build_or_check(options, true, fs, clock, out, err);
}

Failure check_command(const CommandOptions& options, const FileSystem& fs, const Clock& clock, std::ostream& out,
                      std::ostream& err) {
  return build_or_check(options, false, fs, clock, out, err);
}

}  // namespace panelpack::cli
