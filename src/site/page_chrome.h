#pragma once
// What every web page shares around its content (templates/_site-top.html and
// _site-bottom.html): the language, the organisation in the header (a body's
// own when it has one), links back to the tree's root, breadcrumbs, the
// members' warning and noindex, and the contact for accessible formats.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/site.h"
#include "redact/audience.h"

namespace panelpack {

struct Crumb {
  std::string label;
  std::string href;  // "" for the page itself
};

struct PageChrome {
  std::string title;   // the <title>
  std::string root;    // from the page to the tree's root: "", "../", "../../"
  std::string body;    // the body whose page it is ("" for the site's): its organisation heads the page
  std::vector<Crumb> crumbs;  // after "Home"
  bool search = false;        // the tree has a search index (a search link in the header)
};

// The view of the chrome for a page of `audience`'s tree.
nlohmann::json chrome_view(const Site& site, Audience audience, const PageChrome& page);

// Who to ask for a paper in another format: for a body hosted by an
// organisation of its own, that organisation; else the accessibility
// statement's contact; else the site's organisation.
struct Contact {
  std::string email, telephone;
};
Contact format_contact(const Site& site, const std::string& body);

}  // namespace panelpack
