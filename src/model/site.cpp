#include "model/site.h"

namespace panelpack {

std::string item_name(int number, const std::string& title) {
  std::string name = "item " + std::to_string(number);
  if (!title.empty()) name += ", '" + title + "'";
  return name;
}

SourcePos MeetingInfo::field(const std::string& key) const {
  auto it = field_pos.find(key);
  return it == field_pos.end() ? pos : it->second;
}

const AgendaItem* Meeting::item(const std::string& id) const {
  for (const auto& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

}  // namespace panelpack
