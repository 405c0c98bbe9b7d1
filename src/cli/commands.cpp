#include "cli/commands.h"

#include <cstdio>
#include <ostream>

#include "build/site_build.h"
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

// Runs the build (or check); reports diagnostics; the summary is the caller's.
Failure run_build(const CommandOptions& options, const FileSystem& fs, std::ostream& err, OutputSet& set,
                  BuildStats& stats, Diagnostics& diags) {
  BuildOptions build;
  build.site = options.site;
  if (!audiences(options.audience, build, err)) return Failure::usage;
  bool ok = build_site(fs, build, set, stats, diags);
  err << diags.format();
  return ok ? Failure::none : Failure::content;
}

}  // namespace

Failure build_command(const CommandOptions& options, const FileSystem& fs, const Clock& clock, std::ostream& out,
                      std::ostream& err) {
  const double start = clock.seconds();
  OutputSet set;
  BuildStats stats;
  Diagnostics diags;
  Failure f = run_build(options, fs, err, set, stats, diags);
  if (f == Failure::content) {
    err << "build failed: " << plural(diags.error_count(), "error") << ", " << plural(diags.warning_count(), "warning")
        << "; " << options.out << " was left as it was\n";
    return f;
  }
  if (f != Failure::none) return f;
  std::string failure = commit_output(set, options.out);
  if (!failure.empty()) {
    err << "error: " << failure << "\n";
    return Failure::io;
  }
  out << "built " << plural(stats.documents, "document") << " (" << plural(stats.pages, "page") << ", "
      << plural(stats.files, "file") << ") into "
      << options.out << " with " << plural(diags.warning_count(), "warning") << " in "
      << seconds(clock.seconds() - start) << "\n";
  return Failure::none;
}

Failure check_command(const CommandOptions& options, const FileSystem& fs, const Clock& clock, std::ostream& out,
                      std::ostream& err) {
  const double start = clock.seconds();
  OutputSet set;
  BuildStats stats;
  Diagnostics diags;
  // Everything a build does (templates, layout) but writing.
  Failure f = run_build(options, fs, err, set, stats, diags);
  if (f == Failure::content) {
    err << "check failed: " << plural(diags.error_count(), "error") << ", " << plural(diags.warning_count(), "warning")
        << "\n";
    return f;
  }
  if (f == Failure::none)
    out << "checked " << options.site << ": no errors, " << plural(diags.warning_count(), "warning") << " in "
        << seconds(clock.seconds() - start) << "\n";
  return f;
}

}  // namespace panelpack::cli
