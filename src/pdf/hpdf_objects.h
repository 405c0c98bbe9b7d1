#pragma once
// Building raw PDF objects inside a libharu document (its internal object
// API: dictionaries, arrays, streams). Only src/pdf includes hpdf.h.
#include <hpdf.h>

#include <string>
#include <string_view>

namespace pdf {

// The first error libharu reported (its error handler's user data).
struct LibharuError {
  HPDF_STATUS code = HPDF_OK;
  HPDF_STATUS detail = 0;
};
void on_libharu_error(HPDF_STATUS code, HPDF_STATUS detail, void* user);
// Forgets an error that the caller has handled (e.g. an unreadable image).
void clear_libharu_error(HPDF_Doc doc);

// A new dictionary registered as an indirect object.
HPDF_Dict new_object(HPDF_Doc doc);

// A new indirect stream object holding `bytes`, Flate-compressed.
HPDF_Dict new_stream(HPDF_Doc doc, std::string_view bytes);

// A PDF text string: a literal for printable ASCII, otherwise UTF-16BE with
// a byte order mark (as /Title, /Alt and outline titles need).
void* text_string(HPDF_Doc doc, const std::string& utf8);

// A byte string written as given: (literal) with escapes.
void* byte_string(HPDF_Doc doc, const std::string& bytes);

}  // namespace pdf
