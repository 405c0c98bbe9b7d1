#include "fonts/font_registry.h"

namespace fonts {
namespace {

struct Family {
  const char* name;
  const char* file_stem;
  std::vector<const char*> aliases;  // lower case
};

const std::vector<Family>& table() {
  static const std::vector<Family> t = {
      {"Liberation Sans", "LiberationSans",
       {"liberation sans", "arial", "helvetica", "helvetica neue", "sans-serif", "system-ui", "verdana", "calibri"}},
      {"Liberation Serif", "LiberationSerif", {"liberation serif", "times new roman", "times", "serif", "georgia"}},
      {"Liberation Mono", "LiberationMono", {"liberation mono", "courier new", "courier", "monospace"}},
      {"Liberation Sans Narrow", "LiberationSansNarrow", {"liberation sans narrow", "arial narrow"}},
  };
  return t;
}

std::string clean(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '"' || s.front() == '\'')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '"' || s.back() == '\'')) s.remove_suffix(1);
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

FontRegistry::FontRegistry(std::string font_dir) : dir_(std::move(font_dir)) {}

std::vector<std::string> FontRegistry::families() {
  std::vector<std::string> out;
  for (const Family& f : table()) out.push_back(f.name);
  return out;
}

const ResolvedFamily& FontRegistry::resolve(std::string_view list) const {
  std::string key(list);
  std::lock_guard<std::mutex> lock(lock_);
  if (auto it = resolved_.find(key); it != resolved_.end()) return it->second;
  ResolvedFamily r{"Liberation Sans", false};
  std::size_t start = 0;
  while (start <= list.size() && !r.known) {
    std::size_t comma = list.find(',', start);
    std::string name = clean(list.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    for (const Family& f : table())
      for (const char* alias : f.aliases)
        if (name == alias) {
          r = ResolvedFamily{f.name, true};
          break;
        }
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return resolved_.emplace(key, r).first->second;
}

std::string FontRegistry::path(std::string_view family, bool bold, bool italic) const {
  for (const Family& f : table())
    if (family == f.name) {
      const char* style = bold ? (italic ? "BoldItalic" : "Bold") : (italic ? "Italic" : "Regular");
      return dir_ + "/" + f.file_stem + "-" + style + ".ttf";
    }
  return {};
}

const FontFace* FontRegistry::face(std::string_view family, bool bold, bool italic, std::string* why) const {
  std::string p = path(family, bold, italic);
  if (p.empty()) {
    if (why) *why = "no font family '" + std::string(family) + "'";
    return nullptr;
  }
  std::lock_guard<std::mutex> lock(lock_);
  if (auto it = faces_.find(p); it != faces_.end()) return it->second.get();
  std::string reason;
  auto f = FontFace::load(p, &reason);
  if (!f) {
    if (why) *why = reason;
    return nullptr;
  }
  return faces_.emplace(p, std::move(f)).first->second.get();
}

}  // namespace fonts
