#include "pdf/xmp_metadata.h"

#include <doctest/doctest.h>

TEST_CASE("the XMP packet carries the document information, escaped") {
  pdf::XmpFields f;
  f.title = "Budget & precept <2025/26>";
  f.author = "OPFCC";
  f.language = "en-GB";
  f.date = "2025-01-20";
  std::string x = pdf::xmp_packet(f);
  CHECK(x.find("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Budget &amp; precept &lt;2025/26&gt;</rdf:li>") !=
        std::string::npos);
  CHECK(x.find("<dc:creator><rdf:Seq><rdf:li>OPFCC</rdf:li></rdf:Seq></dc:creator>") != std::string::npos);
  CHECK(x.find("<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>") != std::string::npos);
  CHECK(x.find("<xmp:CreateDate>2025-01-20</xmp:CreateDate>") != std::string::npos);
  CHECK(x.find("<xmp:ModifyDate>2025-01-20</xmp:ModifyDate>") != std::string::npos);
  CHECK(x.find("dc:description") == std::string::npos);  // no subject, no element
  CHECK(x.rfind("<?xpacket end=\"r\"?>\n") == x.size() - 20);
}
