#include "fonts/font_face.h"

#include <hb-ot.h>

#include <cstdio>

#include "core/utf8.h"

namespace fonts {

std::unique_ptr<FontFace> FontFace::load(const std::string& path, std::string* why) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    *why = "cannot open " + path;
    return nullptr;
  }
  std::fclose(f);
  std::unique_ptr<FontFace> ff(new FontFace());
  ff->path_ = path;
  ff->blob_ = hb_blob_create_from_file(path.c_str());
  ff->face_ = hb_face_create(ff->blob_, 0);
  if (hb_face_get_glyph_count(ff->face_) == 0) {
    *why = path + " is not a font harfbuzz can read";
    return nullptr;
  }
  ff->font_ = hb_font_create(ff->face_);
  ff->upem_ = hb_face_get_upem(ff->face_);
  hb_font_set_scale(ff->font_, static_cast<int>(ff->upem_), static_cast<int>(ff->upem_));
  hb_position_t asc = 0, desc = 0, gap = 0;
  if (hb_ot_metrics_get_position(ff->font_, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &asc)) ff->ascender_ = asc / ff->upem_;
  if (hb_ot_metrics_get_position(ff->font_, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &desc)) ff->descender_ = -desc / ff->upem_;
  if (hb_ot_metrics_get_position(ff->font_, HB_OT_METRICS_TAG_HORIZONTAL_LINE_GAP, &gap)) ff->line_gap_ = gap / ff->upem_;
  return ff;
}

FontFace::~FontFace() {
  if (font_) hb_font_destroy(font_);
  if (face_) hb_face_destroy(face_);
  if (blob_) hb_blob_destroy(blob_);
}

double FontFace::lookup(char32_t cp) const {
  std::lock_guard<std::mutex> lock(astral_lock_);  // harfbuzz's font object is not shared between threads either
  if (cp >= 0x10000)
    if (auto it = astral_.find(cp); it != astral_.end()) return it->second;
  hb_codepoint_t glyph = 0;
  float a = -1.0f;
  if (hb_font_get_nominal_glyph(font_, cp, &glyph)) a = static_cast<float>(hb_font_get_glyph_h_advance(font_, glyph) / upem_);
  if (cp < 0x10000) bmp_[cp].store(a, std::memory_order_relaxed);
  else astral_[cp] = a;
  return a;
}

double FontFace::width(std::string_view s, double size) const {
  double w = 0;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char32_t cp = c < 0x80 ? (++i, c) : panelpack::next_code_point(s, &i);
    double a = advance_em(cp);
    w += a < 0 ? 0.5 : a;
  }
  return w * size;
}

}  // namespace fonts
