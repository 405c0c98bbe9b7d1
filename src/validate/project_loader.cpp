#include "validate/project_loader.h"

#include <algorithm>
#include <cctype>

#include "core/slug.h"
#include "validate/inspection_loader.h"
#include "validate/meeting_loader.h"
#include "validate/minutes_loader.h"
#include "validate/report_loader.h"
#include "validate/site_loader.h"

namespace panelpack {

namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool is_yaml_name(const std::string& name) {
  const std::string l = lower(name);
  return l.ends_with(".yaml") || l.ends_with(".yml");
}

}  // namespace

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
    project.inspections = load_inspections(fs, project.site, project.meetings, diags);
    return project;
  }
  int folders = 0;
  for (const auto& folder : fs.list(full_dir)) {
    const std::string shown = join_path(join_path(dir, folder), kMeetingFile);
    const std::string path = join_path(root, shown);
    if (!fs.is_dir(join_path(full_dir, folder))) {
      // A meeting written as meetings/2025-03-10.yaml rather than in a folder.
      if (is_yaml_name(folder) && join_path(dir, folder) != kSiteFile) {
        const std::string stem = folder.substr(0, folder.rfind('.'));
        diags.warning({join_path(dir, folder), 0, 0},
                      "skipped " + join_path(dir, folder) + " (a meeting is a folder holding a meeting.yaml)",
                      "if it is a meeting, move it to " + join_path(join_path(dir, stem), kMeetingFile));
      }
      continue;
    }
    ++folders;
    if (fs.is_dir(path)) {
      diags.error({shown, 0, 0}, "failed to read " + shown + " (it is a folder, not a file)",
                  "move the files out of it and write the meeting in a file called meeting.yaml");
      continue;
    }
    if (!fs.is_file(path)) {
      const std::string folder_path = join_path(dir, folder);
      std::string unlisted;
      const auto names = fs.list(join_path(full_dir, folder), &unlisted);
      if (!unlisted.empty()) {
        diags.error({folder_path, 0, 0}, "failed to read the meeting folder " + folder_path + " (" + unlisted + ")",
                    "let panelpack read the folder (chmod a+rx " + folder_path + "), or remove it");
        continue;
      }
      // Something called meeting.yaml that is not a file: a FIFO, a device, a
      // link that leads nowhere or round in a loop. Say what it is.
      if (fs.exists(path) || std::find(names.begin(), names.end(), kMeetingFile) != names.end()) {
        std::string why = "it is not a file";
        fs.read(path, &why, read_limit::yaml);
        diags.error({shown, 0, 0}, "failed to read " + shown + " (" + why + ")",
                    "make meeting.yaml a file holding the meeting (see docs/content.md)");
        continue;
      }
      std::string misnamed;
      for (const auto& name : names)
        if (fs.is_file(join_path(join_path(full_dir, folder), name)) && is_yaml_name(name) &&
            lower(name.substr(0, name.rfind('.'))) == "meeting")
          misnamed = name;
      if (!misnamed.empty())
        diags.error({join_path(folder_path, misnamed), 0, 0},
                    "meeting folder " + folder_path + " has no meeting.yaml (it has " + misnamed + ")",
                    "rename it to meeting.yaml");
      else
        diags.error({folder_path, 0, 0}, "meeting folder " + folder_path + " has no meeting.yaml",
                    "add a meeting.yaml (see docs/content.md), or remove the folder");
      continue;
    }
    if (std::string why = slug_problem(folder); !why.empty())
      diags.error({join_path(dir, folder), 0, 0}, "the meeting folder name '" + folder + "' is not a slug (" + why + ")",
                  "rename the folder in lower-case letters, digits and hyphens" +
                      (slugify(folder).empty() ? std::string(", e.g. '2025-01-20-panel'")
                                               : ", e.g. '" + slugify(folder) + "'") +
                      " (it is the meeting's id)");
    // An annex.yaml that is there but is not a file would be skipped without a
    // word by the build: say so here.
    const std::string annex_shown = join_path(join_path(dir, folder), "annex.yaml");
    const std::string annex = join_path(root, annex_shown);
    if (fs.exists(annex) && !fs.is_file(annex)) {
      std::string why = "it is not a file";
      fs.read(annex, &why, read_limit::yaml);
      diags.error({annex_shown, 0, 0}, "failed to read " + annex_shown + " (" + why + ")",
                  "write the performance annex in a file called annex.yaml (docs/annex.md), or remove it");
    }
    auto meeting = load_meeting(fs, path, shown, project.site, diags);
    if (!meeting) continue;
    meeting->id = folder;
    meeting->folder = join_path(dir, folder);
    const std::string minutes_shown = join_path(meeting->folder, kMinutesFile);
    if (fs.exists(join_path(root, minutes_shown)))
      meeting->minutes = load_minutes(fs, join_path(root, minutes_shown), minutes_shown, project.site, *meeting, diags);
    const std::string actions_shown = join_path(meeting->folder, kActionsFile);
    if (fs.exists(join_path(root, actions_shown)))
      meeting->action_updates = load_action_updates(fs, join_path(root, actions_shown), actions_shown, diags);
    meeting->reports = load_reports(fs, project.site, *meeting, diags);
    project.meetings.push_back(std::move(*meeting));
  }
  if (folders == 0)
    diags.warning({dir, 0, 0}, "no meetings found in " + dir + " (it has no meeting folders)",
                  "add a folder for each meeting holding its meeting.yaml, e.g. " +
                      join_path(join_path(dir, "2025-03-10"), kMeetingFile));
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
  project.inspections = load_inspections(fs, project.site, project.meetings, diags);
  return project;
}

}  // namespace panelpack
