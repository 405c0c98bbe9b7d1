#include "model/standing_presets.h"

#include <algorithm>

namespace panelpack {

const std::vector<StandingPreset>& standing_presets() {
  static const std::vector<StandingPreset> presets = {
      {"apologies", "Apologies for absence", ""},
      {"urgent-business", "Urgent business and exclusion of press and public",
       "To consider (i) any urgent items of business and (ii) whether the press and public should be excluded "
       "from the meeting during consideration of any agenda item where there is likely disclosure of information "
       "exempt under s.100A(4) and Part 1 of Schedule 12A to the Local Government Act 1972 and the public interest "
       "in not disclosing outweighs any public interest in disclosure."},
      {"public-questions", "Questions from the public",
       "An opportunity (not exceeding 20 minutes) to deal with any questions which have been provided in writing "
       "within at least {question_days} clear working days before the meeting date to {question_recipient} "
       "(by {question_deadline})."},
      {"declarations", "Disclosure of personal interests",
       "Attendees are invited to disclose any personal or prejudicial interest which they may have in any of the "
       "items on the agenda. If the personal interest is a prejudicial interest, the individual should not "
       "participate in a discussion of the matter and must withdraw from the room unless a dispensation has "
       "previously been obtained."},
      {"previous-minutes", "Minutes of the previous meeting",
       "To receive and approve the minutes of the {body} held on {previous_meeting}."},
      {"next-meeting", "Date of next meeting", "The next meeting of the {body} is scheduled to take place on "
                                               "{next_meeting}."},
      {"chair-urgent", "Any other items which the {chair_title} has decided to take as urgent", ""},
  };
  return presets;
}

const StandingPreset* find_standing_preset(const std::string& id) {
  for (const auto& p : standing_presets())
    if (id == p.id) return &p;
  return nullptr;
}

std::vector<std::string> standing_preset_ids() {
  std::vector<std::string> ids;
  for (const auto& p : standing_presets()) ids.push_back(p.id);
  return ids;
}

const std::vector<std::string>& standing_field_names() {
  static const std::vector<std::string> names = {"body",          "previous_meeting",   "previous_date",
                                                 "question_days", "question_deadline", "question_recipient",
                                                 "next_meeting",  "chair_title"};
  return names;
}

std::vector<std::string> unknown_fields(const std::string& text) {
  std::vector<std::string> unknown;
  const auto& names = standing_field_names();
  for (size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
    size_t close = text.find('}', open);
    if (close == std::string::npos) break;
    std::string name = text.substr(open + 1, close - open - 1);
    if (std::find(names.begin(), names.end(), name) == names.end()) unknown.push_back(name);
  }
  return unknown;
}

}  // namespace panelpack
