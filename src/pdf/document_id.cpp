#include "pdf/document_id.h"

#include "pdf/md5.h"

namespace pdf {

namespace {
constexpr const char* kPlaceholder = "<00000000000000000000000000000000>";
}

void add_id_placeholder(HPDF_Doc doc) {
  HPDF_BYTE zeros[16] = {};
  HPDF_Array id = HPDF_Array_New(doc->mmgr);
  HPDF_Array_Add(id, HPDF_Binary_New(doc->mmgr, zeros, 16));
  HPDF_Array_Add(id, HPDF_Binary_New(doc->mmgr, zeros, 16));
  HPDF_Dict_Add(doc->trailer, "ID", id);
}

bool set_document_id(std::string& bytes) {
  size_t trailer = bytes.rfind("trailer");
  if (trailer == std::string::npos) return false;
  size_t first = bytes.find(kPlaceholder, trailer);
  if (first == std::string::npos) return false;
  size_t second = bytes.find(kPlaceholder, first + 1);
  if (second == std::string::npos) return false;
  auto digest = md5(bytes);
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string hex = "<";
  for (uint8_t b : digest) {
    hex.push_back(kHex[b >> 4]);
    hex.push_back(kHex[b & 15]);
  }
  hex.push_back('>');
  bytes.replace(first, hex.size(), hex);
  bytes.replace(second, hex.size(), hex);
  return true;
}

}  // namespace pdf
