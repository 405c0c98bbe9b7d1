#include "pdf/xmp_metadata.h"

namespace pdf {

namespace {

std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') out.push_back(c);
    }
  }
  return out;
}

std::string alt(const char* element, const std::string& value) {
  return std::string("   <") + element + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(value) +
         "</rdf:li></rdf:Alt></" + element + ">\n";
}

std::string simple(const char* element, const std::string& value) {
  return std::string("   <") + element + ">" + escape(value) + "</" + element + ">\n";
}

}  // namespace

std::string xmp_packet(const XmpFields& f) {
  std::string out =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "  <rdf:Description rdf:about=\"\"\n"
      "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
      "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
      "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
      "   <dc:format>application/pdf</dc:format>\n";
  if (!f.title.empty()) out += alt("dc:title", f.title);
  if (!f.author.empty())
    out += "   <dc:creator><rdf:Seq><rdf:li>" + escape(f.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
  if (!f.subject.empty()) out += alt("dc:description", f.subject);
  if (!f.language.empty())
    out += "   <dc:language><rdf:Bag><rdf:li>" + escape(f.language) + "</rdf:li></rdf:Bag></dc:language>\n";
  if (!f.keywords.empty()) out += simple("pdf:Keywords", f.keywords);
  if (!f.producer.empty()) out += simple("pdf:Producer", f.producer);
  if (!f.creator.empty()) out += simple("xmp:CreatorTool", f.creator);
  if (!f.date.empty()) out += simple("xmp:CreateDate", f.date);
  std::string modified = f.modified.empty() ? f.date : f.modified;
  if (!modified.empty()) out += simple("xmp:ModifyDate", modified);
  out +=
      "  </rdf:Description>\n"
      " </rdf:RDF>\n"
      "</x:xmpmeta>\n"
      "<?xpacket end=\"r\"?>\n";
  return out;
}

}  // namespace pdf
