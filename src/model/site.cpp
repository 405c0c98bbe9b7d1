#include "model/site.h"

#include <algorithm>

namespace panelpack {

std::string item_name(int number, const std::string& title) {
  std::string name = "item " + std::to_string(number);
  if (!title.empty()) name += ", '" + title + "'";
  return name;
}

const char* status_label(ItemStatus status) {
  switch (status) {
    case ItemStatus::ready: return "";
    case ItemStatus::to_follow:
    case ItemStatus::late: return "To follow";
    case ItemStatus::withdrawn: return "Withdrawn";
    case ItemStatus::deferred: return "Deferred";
  }
  return "";
}

SourcePos MeetingInfo::field(const std::string& key) const {
  auto it = field_pos.find(key);
  return it == field_pos.end() ? pos : it->second;
}

std::vector<MemberEntry> membership(const Body& body) {
  std::vector<MemberEntry> out;
  if (!body.chair.empty()) out.push_back({body.chair, MemberPlace::chair});
  if (!body.vice_chair.empty() && body.vice_chair != body.chair) out.push_back({body.vice_chair, MemberPlace::vice_chair});
  auto listed = [](const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  for (const auto& id : body.members) {
    if (id == body.chair || id == body.vice_chair) continue;
    if (std::any_of(out.begin(), out.end(), [&](const MemberEntry& e) { return e.person == id; })) continue;
    out.push_back({id, listed(body.co_opted, id)      ? MemberPlace::co_opted
                       : listed(body.independent, id) ? MemberPlace::independent
                                                      : MemberPlace::member});
  }
  return out;
}

std::vector<std::string> standing_ids(const Body& body) {
  std::vector<std::string> ids;
  for (const auto* list : {&body.opening_items, &body.closing_items})
    for (const auto& s : *list) {
      int uses = 1;
      for (const auto& id : ids) uses += id == s.preset || id.rfind(s.preset + "-", 0) == 0;
      ids.push_back(uses == 1 ? s.preset : s.preset + "-" + std::to_string(uses));
    }
  return ids;
}

const AgendaItem* Meeting::item(const std::string& id) const {
  for (const auto& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

}  // namespace panelpack

namespace panelpack {

const char* status_name(ActionStatus s) {
  switch (s) {
    case ActionStatus::open: return "open";
    case ActionStatus::closed: return "closed";
    case ActionStatus::superseded: return "superseded";
  }
  return "open";
}

}  // namespace panelpack
