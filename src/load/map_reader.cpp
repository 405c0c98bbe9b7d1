#include "load/map_reader.h"

#include <algorithm>
#include <cstdio>

#include "core/suggest.h"
#include "load/yaml_file.h"

namespace panelpack {

std::vector<bool> report_repeated_keys(const YAML::Node& map, const std::string& file, const std::string& what,
                                       Diagnostics& diags) {
  std::vector<std::pair<std::string, SourcePos>> seen;
  std::vector<bool> repeated;
  for (const auto& kv : map) {
    const std::string key = kv.first.Scalar();
    auto first = std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == key; });
    if (first != seen.end())
      diags.error(pos_of(file, kv.first),
                  "'" + key + "' is given twice in " + what + " (first at line " + std::to_string(first->second.line) + ")",
                  "keep one of them");
    repeated.push_back(first != seen.end());
    seen.emplace_back(key, pos_of(file, kv.first));
  }
  return repeated;
}

MapReader::MapReader(const YAML::Node& node, std::string file, std::string what, std::vector<std::string> allowed,
                     Diagnostics& diags)
    : node_(node), file_(std::move(file)), what_(std::move(what)), diags_(diags) {
  if (!node_.IsMap()) {
    diags_.error(pos_of(file_, node_), "expected " + what_ + " to be a map of 'key: value' lines (found " +
                                           describe_node(node_) + ")");
    return;
  }
  is_map_ = true;
  report_repeated_keys(node_, file_, what_, diags_);
  const bool flow = node_.Style() == YAML::EmitterStyle::Flow;
  std::string before_key, before_value;  // the entry before this one, when its value is plain text
  for (const auto& kv : node_) {
    const std::string key = kv.first.Scalar();
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      std::string hint = suggestion(key, allowed);
      // {name: Cllr. Jo Chair, Vice-Chair}: the comma ended the name, and
      // what followed it became a key with no value.
      if (flow && kv.second.IsNull() && !before_key.empty())
        hint = "a comma inside {…} starts a new key: put the value in quotes, e.g. " + before_key + ": \"" +
               before_value + ", " + key + "\"";
      diags_.error(pos_of(file_, kv.first), "unknown key '" + key + "' in " + what_, hint);
      if (auto near = closest(key, allowed)) misspelt_.push_back(*near);
    }
    const bool plain = kv.second.IsScalar() && kv.second.Tag() != "!";  // not quoted
    before_key = plain ? key : "";
    before_value = plain ? kv.second.Scalar() : "";
  }
}

bool MapReader::has(const std::string& key) const {
  if (!is_map_) return false;
  YAML::Node v = node_[key];
  return v.IsDefined() && !v.IsNull();
}

YAML::Node MapReader::get(const std::string& key) const {
  // yaml-cpp's node for an absent key throws on IsMap() and the like; an
  // undefined node answers false instead.
  if (!is_map_) return YAML::Node(YAML::NodeType::Undefined);
  const YAML::Node& map = node_;
  YAML::Node v = map[key];
  return v.IsDefined() ? v : YAML::Node(YAML::NodeType::Undefined);
}

SourcePos MapReader::pos() const { return pos_of(file_, node_); }

SourcePos MapReader::pos(const std::string& key) const {
  if (is_map_) {
    // An empty value has no place of its own (the parser puts it at the next
    // token, often the next key's line): the key stands for it.
    YAML::Node v = node_[key];
    if (v.IsDefined() && !v.IsNull()) {
      SourcePos p = pos_of(file_, v);
      if (p.line > 0) return p;
    }
    return key_pos(key);
  }
  return pos();
}

SourcePos MapReader::key_pos(const std::string& key) const {
  if (is_map_)
    for (const auto& kv : node_)
      if (kv.first.Scalar() == key) return pos_of(file_, kv.first);
  return pos();
}

void MapReader::missing(const std::string& key, const std::string& hint) {
  // "titel: …" was already reported with "did you mean 'title'?".
  if (std::find(misspelt_.begin(), misspelt_.end(), key) != misspelt_.end()) return;
  diags_.error(pos(), what_ + " has no '" + key + "'", hint.empty() ? "add a line '" + key + ": …'" : hint);
}

std::optional<std::string> MapReader::text(const std::string& key, bool required) {
  if (!has(key)) {
    if (required && is_map_) missing(key);
    return std::nullopt;
  }
  YAML::Node v = get(key);
  if (!v.IsScalar()) {
    diags_.error(pos(key), "expected '" + key + "' to be text (found " + describe_node(v) + ")",
                 v.IsSequence() ? "write the text on one line without [ ] or '- '; for long text use '" + key +
                                      ": >' and indented lines"
                                : "write the text on one line after '" + key + ": '");
    return std::nullopt;
  }
  // A control character ("\0" or "\e" in a quoted value) has no place in a paper.
  const std::string& value = v.Scalar();
  for (unsigned char c : value)
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
      char code[8];
      std::snprintf(code, sizeof code, "U+%04X", c);
      diags_.error(pos(key), "'" + key + "' holds the control character " + code,
                   "remove the escape (such as \\0 or \\e) from the quoted text");
      return std::nullopt;
    }
  return value;
}

std::optional<int> MapReader::integer(const std::string& key, bool required, int min, int max,
                                      const std::string& hint) {
  auto s = text(key, required);
  if (!s) return std::nullopt;
  bool digits = !s->empty() && s->size() < 10 &&
                std::all_of(s->begin() + (s->front() == '-'), s->end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                *s != "-";
  if (!digits) {
    diags_.error(pos(key), "expected '" + key + "' to be a whole number (found '" + *s + "')", hint);
    return std::nullopt;
  }
  int n = std::stoi(*s);
  if (n < min || n > max) {
    diags_.error(pos(key), "'" + key + "' is " + *s + " (it must be from " + std::to_string(min) + " to " +
                               std::to_string(max) + ")",
                 hint);
    return std::nullopt;
  }
  return n;
}

std::optional<bool> MapReader::boolean(const std::string& key, bool required) {
  auto s = text(key, required);
  if (!s) return std::nullopt;
  if (*s == "true" || *s == "yes") return true;
  if (*s == "false" || *s == "no") return false;
  diags_.error(pos(key), "expected '" + key + "' to be true or false (found '" + *s + "')");
  return std::nullopt;
}

std::optional<Date> MapReader::date(const std::string& key, bool required) {
  auto s = text(key, required);
  if (!s) return std::nullopt;
  std::string why;
  auto d = Date::parse(*s, &why);
  if (!d) {
    bool shape_ok = why.rfind("expected", 0) != 0;
    diags_.error(pos(key), "'" + *s + "' is not a date (" + why + ")",
                 shape_ok ? "check the day and the month" : "write dates as YYYY-MM-DD, e.g. 2025-01-20");
  }
  return d;
}

std::optional<std::string> MapReader::choice(const std::string& key, bool required,
                                             const std::vector<std::string>& words) {
  auto s = text(key, required);
  if (!s) return std::nullopt;
  if (std::find(words.begin(), words.end(), *s) == words.end()) {
    diags_.error(pos(key), "'" + *s + "' is not a valid " + key, suggestion(*s, words));
    return std::nullopt;
  }
  return s;
}

std::optional<std::string> MapReader::time(const std::string& key, bool required) {
  auto s = text(key, required);
  if (!s) return std::nullopt;
  bool shape = s->size() == 5 && (*s)[2] == ':' && isdigit((*s)[0]) && isdigit((*s)[1]) && isdigit((*s)[3]) &&
               isdigit((*s)[4]);
  if (!shape || std::stoi(s->substr(0, 2)) > 23 || std::stoi(s->substr(3, 2)) > 59) {
    diags_.error(pos(key), "'" + *s + "' is not a time of day", "write times on the 24-hour clock as HH:MM, e.g. 14:00");
    return std::nullopt;
  }
  return s;
}

std::vector<std::string> MapReader::text_list(const std::string& key, bool required) {
  std::vector<std::string> out;
  if (!has(key)) {
    if (required && is_map_) missing(key);
    return out;
  }
  YAML::Node v = get(key);
  if (v.IsScalar()) return {v.Scalar()};
  for_each_item(v, file_, "'" + key + "'", diags_, [&](const YAML::Node& item, size_t) {
    if (item.IsScalar())
      out.push_back(item.Scalar());
    else
      diags_.error(pos_of(file_, item), "expected each entry of '" + key + "' to be text (found " +
                                            describe_node(item) + ")");
  });
  return out;
}

void for_each_item(const YAML::Node& list, const std::string& file, const std::string& what, Diagnostics& diags,
                   const std::function<void(const YAML::Node&, size_t)>& each, const std::string& hint) {
  if (!list.IsDefined() || list.IsNull()) return;
  if (!list.IsSequence()) {
    diags.error(pos_of(file, list),
                "expected " + what + " to be a list of '- ' lines (found " + describe_node(list) + ")", hint);
    return;
  }
  for (size_t i = 0; i < list.size(); ++i) each(list[i], i);
}

}  // namespace panelpack
