#include "model/inspection.h"

namespace panelpack {

const std::vector<std::string>& inspection_types() {
  static const std::vector<std::string> words = {"PEEL", "national thematic", "joint", "inspection of a force", "other"};
  return words;
}

const std::vector<std::string>& addressees() {
  static const std::vector<std::string> words = {"force", "commissioner", "all-forces", "regional-unit", "other"};
  return words;
}

const std::vector<std::string>& action_statuses() {
  static const std::vector<std::string> words = {"planned", "in progress", "complete", "no action"};
  return words;
}

Date response_due(const Date& published) { return published.add_days(55); }

ResponseState response_state(const Inspection& inspection, const Date& as_at) {
  const Date due = response_due(inspection.published);
  if (inspection.response_published) return *inspection.response_published <= due ? ResponseState::on_time : ResponseState::late;
  return due < as_at ? ResponseState::overdue : ResponseState::due;
}

const char* state_label(ResponseState s) {
  switch (s) {
    case ResponseState::due: return "Due";
    case ResponseState::on_time: return "Published on time";
    case ResponseState::late: return "Published late";
    case ResponseState::overdue: return "Overdue";
  }
  return "";
}

std::string type_label(const std::string& type) {
  if (type == "PEEL") return type;
  std::string s = type;
  if (!s.empty()) s[0] = static_cast<char>(s[0] - ('a' <= s[0] && s[0] <= 'z' ? 'a' - 'A' : 0));
  return s;
}

std::string kind_label(const std::string& kind) {
  return kind == "area-for-improvement" ? "Area for improvement" : "Recommendation";
}

}  // namespace panelpack
