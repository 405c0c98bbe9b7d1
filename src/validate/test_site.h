#pragma once
// A small site in memory for the validate and compute tests.
#include "core/file_system.h"

namespace panelpack::test {

inline const char* const kSiteYaml = R"(organisation:
  name: Office of the Commissioner
  address: [Carleton Hall, Penrith]
people:
  david-allen: {name: Mr David Allen, role: Commissioner}
  gill-shearer: {name: Ms Gill Shearer, role: Chief Executive}
bodies:
  pac:
    name: Public Accountability Conference
    chair: david-allen
    standing_items:
      opening: [apologies, previous-minutes]
      closing: [next-meeting]
)";

inline const char* const kMeetingYaml = R"(body: pac
date: 2025-01-20
start: "10:00"
venue: Carleton Hall
issued: 2025-01-10
attendees: [david-allen, gill-shearer]
items:
  - title: Performance
    description: To receive **an update**.
    report_by: [gill-shearer]
  - title: Estates disposal
    part: 2
    exempt: {paragraph: 3, reason: Commercial negotiations are under way., public_title: Estates matter}
    description: Sale of the SECRET-SITE at a price of £1.
)";

inline MemoryFileSystem site_fs(const std::string& meeting = kMeetingYaml) {
  MemoryFileSystem fs;
  fs.add("panelpack.yaml", kSiteYaml);
  fs.add("meetings/2025-01-20/meeting.yaml", meeting);
  fs.add("meetings/2024-10-25/meeting.yaml",
         "body: pac\ndate: 2024-10-25\nstart: \"10:00\"\nvenue: Carleton Hall\nprevious_meeting: 2024-07-16\nitems: []\n");
  return fs;
}

}  // namespace panelpack::test
