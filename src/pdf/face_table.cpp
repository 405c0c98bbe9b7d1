#include "pdf/face_table.h"

#include <algorithm>
#include <cstdio>

#include "fonts/font_families.h"
#include "pdf/utf8.h"

namespace pdf {

namespace {

std::string describe(char32_t cp) {
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
  std::string utf8;
  if (cp < 0x80) {
    utf8.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    utf8.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    utf8.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    utf8.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    utf8.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    utf8.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    utf8.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    utf8.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    utf8.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    utf8.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
  std::string out = "'";
  out.append(utf8).append("' (").append(code).append(")");
  return out;
}

}  // namespace

int FaceTable::face_of(const layout::FontSpec& spec, panelpack::Diagnostics& diags) {
  for (const Spec& s : specs_)
    if (s.spec == spec) return s.face;
  bool known = true;
  FaceFile file = face_file(spec, &known);
  if (!known && std::find(warned_families_.begin(), warned_families_.end(), spec.family) ==
                    warned_families_.end()) {
    warned_families_.push_back(spec.family);
    diags.warning({}, fonts::unknown_family_message(spec.family), fonts::kUnknownFamilyHint);
  }
  int index = -1;
  for (size_t i = 0; i < faces_.size(); ++i)
    if (faces_[i].file.file == file.file) index = static_cast<int>(i);
  if (index < 0) {
    index = static_cast<int>(faces_.size());
    Face f;
    f.file = file;
    faces_.push_back(std::move(f));
  }
  specs_.push_back({spec, index});
  return index;
}

int FaceTable::face_index(const layout::FontSpec& spec) const {
  for (const Spec& s : specs_)
    if (s.spec == spec) return s.face;
  return 0;
}

void FaceTable::collect(const layout::Frames& frames, panelpack::Diagnostics& diags) {
  // A bitset per face avoids a map lookup for every character.
  std::vector<std::unique_ptr<std::bitset<0x10000>>> seen;
  for (size_t p = 0; p < frames.pages.size(); ++p) {
    for (const layout::Item& item : frames.pages[p].items) {
      const auto* run = std::get_if<layout::TextRun>(&item);
      if (!run) continue;
      int face = face_of(run->font, diags);
      if (seen.size() <= static_cast<size_t>(face)) seen.resize(face + 1);
      if (!seen[face]) seen[face] = std::make_unique<std::bitset<0x10000>>();
      auto& bits = *seen[face];
      for (char32_t cp : decode_utf8(run->text)) {
        if (cp < 0x20) continue;
        if (cp < 0x10000) {
          if (bits[cp]) continue;
          bits[cp] = true;
        }
        faces_[face].first_page.emplace(cp, static_cast<int>(p));
      }
    }
  }
}

bool FaceTable::make_subsets(const std::string& font_dir, bool warn_missing, panelpack::Diagnostics& diags) {
  // Resource names follow the sorted file names, so the output does not
  // depend on which face the first page happened to use.
  std::vector<size_t> order(faces_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return faces_[a].file.file < faces_[b].file.file; });
  bool ok = true;
  int n = 0;
  for (size_t i : order) {
    Face& f = faces_[i];
    f.resource = std::string("F").append(std::to_string(++n));
    if (f.first_page.empty()) continue;
    f.first_page.emplace(U' ', 0);  // the painter puts spaces between words laid out apart
    std::vector<char32_t> cps;
    cps.reserve(f.first_page.size());
    for (const auto& [cp, page] : f.first_page) cps.push_back(cp);
    std::string why;
    std::string path = font_dir + "/" + f.file.file;
    f.subset = subset_font(path, cps, &why);
    if (!f.subset) {
      diags.error({}, "cannot embed the font " + f.file.label + " (" + why + ")",
                  "install fonts-liberation or point the font directory at the Liberation fonts");
      ok = false;
      continue;
    }
    for (char32_t cp : f.subset->missing)
      if (warn_missing)
        diags.warning({}, "character " + describe(cp) + " on page " +
                            std::to_string(f.first_page[cp] + 1) + " is not in the font " +
                            f.file.label + " (it prints as an empty box)",
                    "replace it with a character the font has, or remove it");
    f.encoding = make_encoding(*f.subset);
  }
  return ok;
}

double FaceTable::advance(int face, const std::string& codes) const {
  const Face& f = faces_[face];
  if (!f.subset) return 0;
  const auto& widths = f.subset->widths;
  double w = 0;
  if (f.encoding.code_bytes == 1) {
    for (unsigned char c : codes) {
      uint16_t g = f.encoding.code_gid[c];
      if (g < widths.size()) w += widths[g];
    }
  } else {
    for (size_t i = 0; i + 1 < codes.size(); i += 2) {
      uint16_t g = static_cast<uint16_t>((static_cast<unsigned char>(codes[i]) << 8) |
                                         static_cast<unsigned char>(codes[i + 1]));
      if (g < widths.size()) w += widths[g];
    }
  }
  return w;
}

std::string FaceTable::space_code(int face) const {
  std::string out;
  const Face& f = faces_[face];
  if (f.subset && f.encoding.code_of(U' ')) codes(face, U" ", out);
  return out;
}

void FaceTable::codes(int face, const std::u32string& text, std::string& out) const {
  out.clear();
  const Face& f = faces_[face];
  if (!f.subset) return;
  bool one_byte = f.encoding.code_bytes == 1;
  for (char32_t cp : text) {
    if (cp < 0x20) continue;
    uint16_t code = f.encoding.code_of(cp);
    if (!one_byte) out.push_back(static_cast<char>(code >> 8));
    out.push_back(static_cast<char>(code & 0xFF));
  }
}

}  // namespace pdf
