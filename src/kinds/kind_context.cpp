#include "kinds/kind.h"

namespace panelpack {

Document KindContext::meeting_document(const AudienceView& view, const MeetingView& meeting, const std::string& kind,
                                       const std::string& name) const {
  Document doc;
  doc.kind = kind;
  doc.name = name;
  doc.meeting = &meeting;
  doc.body = meeting.info.body;
  doc.audience = view.audience();
  doc.stem = std::string(audience_name(view.audience())) + "/" + meeting.info.body + "/" + meeting.info.date.iso() +
             "/" + name;
  doc.root = "../../";
  doc.language = site.language;
  const Body& body = site.bodies.at(meeting.info.body);
  doc.author = body.organisation ? body.organisation->name : site.organisation.name;
  doc.crumbs = {body.name, meeting.info.date.day_month_year()};
  doc.date = meeting.info.issued.value_or(meeting.info.date);
  return doc;
}

Document KindContext::body_document(const AudienceView& view, const Body& body, const std::string& kind,
                                    const std::string& name) const {
  Document doc;
  doc.kind = kind;
  doc.name = name;
  doc.body = body.id;
  doc.audience = view.audience();
  doc.stem = std::string(audience_name(view.audience())) + "/" + body.id + "/" + name;
  doc.root = "../";
  doc.language = site.language;
  doc.author = body.organisation ? body.organisation->name : site.organisation.name;
  doc.crumbs = {body.name};
  return doc;
}

void KindContext::render(Document& doc, const std::string& name, const nlohmann::json& view, Diagnostics& diags,
                         const nlohmann::json* also) const {
  auto html = templates.render(name, view, doc.source, diags, also);
  if (!html) return;
  auto src = templates.source(name);
  doc.paper = parse_paper(std::move(*html), src ? src->shown_as : "templates/" + name + ".html", doc.source, diags);
  check_images(doc.paper, fs, site.root, doc.source, diags);
}

}  // namespace panelpack
