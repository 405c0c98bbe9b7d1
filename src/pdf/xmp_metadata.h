#pragma once
// The catalog's XMP metadata stream: the document information (title,
// author, subject, keywords, language, dates, creator, producer) as RDF,
// which accessibility checkers and archives read in preference to /Info.
// Deterministic: dates come from the content, the packet has no IDs.
#include <string>

namespace pdf {

struct XmpFields {
  std::string title, author, subject, keywords, language, creator, producer;
  std::string date, modified;  // "2025-01-20" or ""
};

std::string xmp_packet(const XmpFields& fields);

}  // namespace pdf
