#include "pdf/hpdf_objects.h"

#include <cstdio>
#include <cstring>

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

// libharu refuses strings over 65,535 bytes; a title, outline entry or alt
// text that long is cut (at a character) rather than failing the document.
constexpr size_t kMaxStringBytes = 65000;

void* byte_string(HPDF_Doc doc, const std::string& bytes) {
  if (bytes.size() <= kMaxStringBytes) return HPDF_String_New(doc->mmgr, bytes.c_str(), nullptr);
  return HPDF_String_New(doc->mmgr, bytes.substr(0, kMaxStringBytes).c_str(), nullptr);
}

void* text_string(HPDF_Doc doc, const std::string& utf8) {
  bool ascii = true;
  for (unsigned char c : utf8)
    if (c < 0x20 || c > 0x7E) ascii = false;
  if (ascii) return byte_string(doc, utf8);
  auto code_points = decode_utf8(utf8);
  if (code_points.size() > kMaxStringBytes / 4) code_points.resize(kMaxStringBytes / 4);  // 4 bytes each at most
  std::string bytes = "\xFE\xFF" + utf16be(code_points);
  return HPDF_Binary_New(doc->mmgr, reinterpret_cast<HPDF_BYTE*>(bytes.data()),
                         static_cast<HPDF_UINT>(bytes.size()));
}

namespace {

HPDF_STATUS write_raw(HPDF_Dict dict, HPDF_Stream stream) {
  const char* body = static_cast<const char*>(dict->attr);
  return body ? HPDF_Stream_WriteStr(stream, body) : HPDF_OK;
}

void free_raw(HPDF_Dict dict) {
  if (dict->attr) HPDF_FreeMem(dict->mmgr, dict->attr);
  dict->attr = nullptr;
}

}  // namespace

HPDF_Dict new_raw_object(HPDF_Doc doc) {
  HPDF_Dict d = new_object(doc);
  if (!d) return nullptr;
  d->write_fn = write_raw;
  d->free_fn = free_raw;
  d->attr = nullptr;
  return d;
}

void set_raw_body(HPDF_Dict dict, const std::string& body) {
  free_raw(dict);
  auto* mem = static_cast<char*>(HPDF_GetMem(dict->mmgr, static_cast<HPDF_UINT>(body.size() + 1)));
  if (!mem) return;
  std::memcpy(mem, body.c_str(), body.size() + 1);
  dict->attr = mem;
}

std::string reference(const void* object) {
  auto* header = static_cast<const HPDF_Obj_Header*>(object);
  return std::to_string(header->obj_id & 0x00FFFFFF) + " 0 R";
}

std::string byte_string_syntax(const std::string& bytes) {
  std::string out = "(";
  for (unsigned char c : bytes) {
    if (c == '(' || c == ')' || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c < 0x20 || c > 0x7E) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out + ")";
}

std::string text_string_syntax(const std::string& utf8) {
  bool ascii = true;
  for (unsigned char c : utf8)
    if (c < 0x20 || c > 0x7E) ascii = false;
  if (ascii) return byte_string_syntax(utf8);
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = "<FEFF";
  for (unsigned char c : utf16be(decode_utf8(utf8))) {
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return out + ">";
}

}  // namespace pdf
