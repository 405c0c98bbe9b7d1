#include "validate/project_loader.h"

#include <algorithm>

#include "validate/meeting_loader.h"
#include "validate/site_loader.h"

namespace panelpack {

std::optional<Project> load_project(const FileSystem& fs, const std::string& root, Diagnostics& diags) {
  auto site = load_site(fs, root, diags);
  if (!site) return std::nullopt;
  Project project;
  project.site = std::move(*site);
  const std::string dir = project.site.meetings_dir;
  const std::string full_dir = join_path(root, dir);
  if (!fs.is_dir(full_dir)) {
    diags.error({kSiteFile, 0, 0}, "failed to find the meetings folder " + dir + " (no such folder)",
                "create it with one folder per meeting, each holding a meeting.yaml, or set paths.meetings");
    return project;
  }
  for (const auto& folder : fs.list(full_dir)) {
    const std::string shown = join_path(join_path(dir, folder), kMeetingFile);
    const std::string path = join_path(root, shown);
    if (!fs.is_dir(join_path(full_dir, folder))) continue;
    if (fs.is_dir(path)) {
      diags.error({shown, 0, 0}, "failed to read " + shown + " (it is a folder, not a file)",
                  "move the files out of it and write the meeting in a file called meeting.yaml");
      continue;
    }
    if (!fs.is_file(path)) {
      diags.error({join_path(dir, folder), 0, 0}, "meeting folder " + join_path(dir, folder) + " has no meeting.yaml",
                  "add a meeting.yaml (see docs/content.md), or remove the folder");
      continue;
    }
    auto meeting = load_meeting(fs, path, shown, project.site, diags);
    if (!meeting) continue;
    meeting->folder = join_path(dir, folder);
    project.meetings.push_back(std::move(*meeting));
  }
  std::stable_sort(project.meetings.begin(), project.meetings.end(),
                   [](const Meeting& a, const Meeting& b) { return std::tie(a.body, a.date) < std::tie(b.body, b.date); });
  for (size_t i = 1; i < project.meetings.size(); ++i) {
    const Meeting& a = project.meetings[i - 1];
    const Meeting& b = project.meetings[i];
    if (!a.body.empty() && a.body == b.body && a.date == b.date)
      diags.error(b.field_pos.count("date") ? b.field_pos.at("date") : b.pos,
                  "two meetings of '" + b.body + "' on " + b.date.iso() + " (the other is " + a.file + ")",
                  "correct the date in one of them");
  }
  return project;
}

}  // namespace panelpack
