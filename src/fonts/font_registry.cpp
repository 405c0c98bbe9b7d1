#include "fonts/font_registry.h"

#include "fonts/font_families.h"

namespace fonts {

FontRegistry::FontRegistry(std::string font_dir) : dir_(std::move(font_dir)) {}

std::vector<std::string> FontRegistry::families() {
  std::vector<std::string> out;
  for (const FontFamily& f : font_families()) out.emplace_back(f.name);
  return out;
}

const ResolvedFamily& FontRegistry::resolve(std::string_view list) const {
  std::string key(list);
  std::lock_guard<std::mutex> lock(lock_);
  if (auto it = resolved_.find(key); it != resolved_.end()) return it->second;
  const FontFamily* f = find_font_family(list);
  ResolvedFamily r{std::string(f ? f->name : font_families().front().name), f != nullptr};
  return resolved_.emplace(key, r).first->second;
}

std::string FontRegistry::path(std::string_view family, bool bold, bool italic) const {
  for (const FontFamily& f : font_families())
    if (family == f.name)
      return dir_ + "/" + std::string(f.file_stem) + "-" + std::string(face_style(bold, italic)) + ".ttf";
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
