#include "cli/commands.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <ostream>

#include "pipeline/pipeline.h"
#include "validate/site_loader.h"
#include "core/site_path.h"
#include "output/out_folder.h"
#include "output/staging_output.h"
#include "search/search_index.h"

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
  if (!options.as_of.empty()) {
    std::string why;
    build.as_of = Date::parse(options.as_of, &why);
    if (!build.as_of) {
      err << "error: --as-of " << options.as_of << " is not a date (" << why << ")\nhint: write it as YYYY-MM-DD, e.g. --as-of 2025-01-20\n";
      return Failure::usage;
    }
  }
  if (!fs.is_dir(options.site)) {
    err << "error: --site " << options.site << " is not a folder ("
        << (fs.is_file(options.site) ? "it is a file" : "no such folder") << ")\n"
        << "hint: give --site the folder that holds panelpack.yaml\n";
    return Failure::usage;
  }
  if (write) {
    std::string why = check_out_folder(options.out, options.site);
    if (why.empty()) {
      // Nor inside the site's content folders, where it would be read back as content.
      Diagnostics quiet;
      if (auto site = load_site(fs, options.site, quiet))
        why = check_out_outside_content(fs, options.out, options.site,
                                        {site->meetings_dir, site->data_dir, site->templates_dir, site->styles_dir, site->inspections_dir});
    }
    if (!why.empty()) {
      err << "error: " << why << "\nhint: give --out a folder of its own, e.g. --out output\n";
      return Failure::usage;
    }
  }
  // A build streams its files into a staging folder beside --out, swapped in
  // only when everything succeeded; a check writes nothing.
  std::unique_ptr<StagingOutput> staging;
  DiscardOutput discard;
  if (write) {
    std::string why;
    staging = StagingOutput::open(options.out, why);
    if (!staging) {
      err << "error: " << why << "\n";
      return Failure::io;
    }
  }
  OutputSink& sink = write ? static_cast<OutputSink&>(*staging) : discard;
  // The search index is made by Pagefind, when there is one; without it the
  // site is written without search, and the build says so once.
  PagefindLookup pagefind;
  if (write) {
    std::error_code ec;
    pagefind = find_pagefind(options.pagefind, std::getenv("PANELPACK_PAGEFIND"),
                             std::filesystem::read_symlink("/proc/self/exe", ec), std::filesystem::current_path(ec));
    build.search = !pagefind.program.empty();
    if (!pagefind.off && pagefind.program.empty())
      err << "note: the site is written without search (Pagefind was not found at " << pagefind.looked << ")\n"
          << "hint: run scripts/setup.sh to install it, or give --pagefind PATH (or --pagefind none to build without "
             "search and without this note)\n";
  }
  BuildStats stats;
  Diagnostics diags;
  bool ok = build_site(fs, build, sink, stats, diags);
  if (ok && build.search) {
    auto indexer = pagefind_indexer(pagefind.program);
    for (Audience audience : build.audiences) {
      std::string why = add_search_index(*indexer, staging->staging(), audience_name(audience), sink);
      if (!why.empty()) {
        err << diags.format() << "error: could not make the search index (" << why << ")\n"
            << "hint: give --pagefind none to build without search\n"
            << "build failed; " << options.out << " was left as it was\n";
        return Failure::io;
      }
    }
    stats.files = static_cast<int>(sink.size());
  }
  if (!sink.error().empty()) {
    err << diags.format() << "error: " << sink.error() << "\n";
    if (write) err << "build failed; " << options.out << " was left as it was\n";
    return Failure::io;
  }
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
  std::string failure = staging->commit();
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

Failure actions_command(const ActionListing& listing, const FileSystem& fs, std::ostream& out, std::ostream& err) {
  if (!fs.is_dir(listing.site)) {
    err << "error: --site " << listing.site << " is not a folder\nhint: give --site the folder that holds panelpack.yaml\n";
    return Failure::usage;
  }
  Diagnostics diags;
  const bool ok = list_actions(fs, listing, out, diags);
  err << diags.format();
  return ok ? Failure::none : Failure::content;
}

}  // namespace panelpack::cli
