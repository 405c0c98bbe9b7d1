#pragma once
// One TrueType face loaded through harfbuzz, with the metrics layout needs.
// Advances are cached per code point (a flat table for the Basic
// Multilingual Plane), so measuring text is a table look-up per character.
// Widths are plain sums of advances: the PDF painter draws without kerning.
// The caches may be filled from several threads: the table's entries are
// atomic, the map is behind a lock.
#include <hb.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace fonts {

class FontFace {
 public:
  // nullptr with the reason in *why when the file cannot be read.
  static std::unique_ptr<FontFace> load(const std::string& path, std::string* why);
  ~FontFace();
  FontFace(const FontFace&) = delete;
  FontFace& operator=(const FontFace&) = delete;

  const std::string& path() const { return path_; }
  hb_face_t* hb_face() const { return face_; }

  // Vertical metrics as fractions of the font size (descender positive).
  double ascender() const { return ascender_; }
  double descender() const { return descender_; }
  double line_gap() const { return line_gap_; }

  bool has_glyph(char32_t cp) const { return advance_em(cp) >= 0; }
  // Advance as a fraction of the font size; negative when the face has no
  // glyph (layout then measures the .notdef glyph width of 0.5 em).
  double advance_em(char32_t cp) const {
    if (cp < 0x10000) {
      float a = bmp_[cp].load(std::memory_order_relaxed);
      if (a != kUnknown) return a;
    }
    return lookup(cp);
  }
  // Width of UTF-8 text at `size` points; missing glyphs count 0.5 em.
  double width(std::string_view utf8, double size) const;

 private:
  FontFace() : bmp_(new std::atomic<float>[0x10000]) {
    for (char32_t i = 0; i < 0x10000; ++i) bmp_[i].store(kUnknown, std::memory_order_relaxed);
  }
  double lookup(char32_t cp) const;

  static constexpr float kUnknown = -2.0f;
  std::string path_;
  hb_blob_t* blob_ = nullptr;
  hb_face_t* face_ = nullptr;
  hb_font_t* font_ = nullptr;
  double upem_ = 1000;
  double ascender_ = 0.9, descender_ = 0.2, line_gap_ = 0;
  std::unique_ptr<std::atomic<float>[]> bmp_;
  mutable std::mutex astral_lock_;
  mutable std::unordered_map<char32_t, float> astral_;
};

}  // namespace fonts
