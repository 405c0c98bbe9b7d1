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

// An indirect dictionary whose entries are written as raw PDF syntax, set
// with set_raw_body ("/S /P\n/K [0 1]\n"). A libharu dictionary costs
// about 1.5 KB of memory; a tagged PDF has one structure element per
// paragraph and table cell, tens of thousands in a long pack.
HPDF_Dict new_raw_object(HPDF_Doc doc);
void set_raw_body(HPDF_Dict dict, const std::string& body);

// "12 0 R" for an indirect object.
std::string reference(const void* object);

// PDF syntax for a text string: (literal) for printable ASCII, otherwise
// <FEFF…> UTF-16BE hex.
std::string text_string_syntax(const std::string& utf8);
// PDF syntax for a byte string: (literal) with escapes.
std::string byte_string_syntax(const std::string& bytes);

}  // namespace pdf
