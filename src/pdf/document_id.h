#pragma once
// A deterministic /ID: the trailer gets a placeholder of zero bytes, and
// once the file is written the placeholder becomes the MD5 of the file.
// The same document gives the same bytes; a changed one a new /ID.
#include <hpdf.h>

#include <string>

namespace pdf {

void add_id_placeholder(HPDF_Doc doc);

// Replaces the placeholder in the written file; false if it is not found.
bool set_document_id(std::string& pdf_bytes);

}  // namespace pdf
