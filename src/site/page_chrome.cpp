#include "site/page_chrome.h"

namespace panelpack {

namespace {

const Organisation& organisation_of(const Site& site, const std::string& body) {
  auto it = site.bodies.find(body);
  if (it != site.bodies.end() && it->second.organisation) return *it->second.organisation;
  return site.organisation;
}

}  // namespace

Contact format_contact(const Site& site, const std::string& body) {
  // A body hosted by an organisation of its own answers for its papers.
  if (auto it = site.bodies.find(body); it != site.bodies.end() && it->second.organisation) {
    const Organisation& org = *it->second.organisation;
    if (!org.email.empty() || !org.telephone.empty()) return {org.email, org.telephone};
  }
  const Accessibility& a = site.accessibility;
  if (!a.contact_email.empty() || !a.contact_telephone.empty()) return {a.contact_email, a.contact_telephone};
  return {site.organisation.email, site.organisation.telephone};
}

nlohmann::json chrome_view(const Site& site, Audience audience, const PageChrome& page) {
  const Organisation& org = organisation_of(site, page.body);
  nlohmann::json crumbs = nlohmann::json::array();
  for (const auto& c : page.crumbs) crumbs.push_back({{"label", c.label}, {"href", c.href}});
  nlohmann::json v{{"lang", site.language},
                   {"title", page.title},
                   {"root", page.root},
                   {"header_name", org.name},
                   {"site_name", site.organisation.name},
                   {"crumbs", crumbs},
                   {"has_crumbs", !page.crumbs.empty()},
                   {"search", page.search},
                   {"noindex", audience == Audience::members}};
  const Contact contact = format_contact(site, page.body);
  v["contact_email"] = contact.email;
  v["contact_telephone"] = contact.telephone;
  v["has_contact"] = !contact.email.empty() || !contact.telephone.empty();
  v["audience_note"] =
      audience == Audience::members ? "Members' edition: includes exempt information. Not for publication." : "";
  return v;
}

}  // namespace panelpack
