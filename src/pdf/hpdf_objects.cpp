#include "pdf/hpdf_objects.h"

#include "pdf/utf8.h"

namespace pdf {

void on_libharu_error(HPDF_STATUS code, HPDF_STATUS detail, void* user) {
  auto* e = static_cast<LibharuError*>(user);
  if (e && e->code == HPDF_OK) {
    e->code = code;
    e->detail = detail;
  }
}

void clear_libharu_error(HPDF_Doc doc) {
  HPDF_ResetError(doc);
  if (auto* e = static_cast<LibharuError*>(doc->error.user_data)) *e = LibharuError{};
}

HPDF_Dict new_object(HPDF_Doc doc) {
  HPDF_Dict d = HPDF_Dict_New(doc->mmgr);
  if (d) HPDF_Xref_Add(doc->xref, d);
  return d;
}

HPDF_Dict new_stream(HPDF_Doc doc, std::string_view bytes) {
  HPDF_Dict d = HPDF_DictStream_New(doc->mmgr, doc->xref);
  if (!d) return nullptr;
  d->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
  HPDF_Stream_Write(d->stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                    static_cast<HPDF_UINT>(bytes.size()));
  return d;
}

void* byte_string(HPDF_Doc doc, const std::string& bytes) {
  return HPDF_String_New(doc->mmgr, bytes.c_str(), nullptr);
}

void* text_string(HPDF_Doc doc, const std::string& utf8) {
  bool ascii = true;
  for (unsigned char c : utf8)
    if (c < 0x20 || c > 0x7E) ascii = false;
  if (ascii) return byte_string(doc, utf8);
  std::string bytes = "\xFE\xFF" + utf16be(decode_utf8(utf8));
  return HPDF_Binary_New(doc->mmgr, reinterpret_cast<HPDF_BYTE*>(bytes.data()),
                         static_cast<HPDF_UINT>(bytes.size()));
}

}  // namespace pdf
