#include "validate/site_loader.h"

#include <algorithm>
#include <cctype>

#include "core/safe_link.h"
#include "core/site_path.h"
#include "core/slug.h"
#include "core/suggest.h"
#include "load/map_reader.h"
#include "load/yaml_file.h"
#include "model/standing_presets.h"
#include "validate/references.h"

namespace panelpack {

namespace {

// What a logo's first bytes say it is: "PNG", "JPEG", or "" for neither.
std::string image_kind(const std::string& bytes) {
  if (bytes.size() >= 24 && bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0 && bytes.compare(12, 4, "IHDR") == 0)
    return "PNG";
  if (bytes.size() >= 4 && bytes.compare(0, 3, "\xFF\xD8\xFF") == 0) return "JPEG";
  return "";
}

// The logo must be a PNG or JPEG file inside the site, and be what its name
// says: the build copies it into the output and every letterhead prints it,
// so a problem is reported once, here at the 'logo' line. On success `logo`
// becomes the path with "." and ".." resolved, as the output uses it.
void check_logo(const FileSystem& fs, const std::string& root, const SourcePos& at, std::string& logo,
                Diagnostics& diags) {
  std::string lower = logo;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const bool png = lower.ends_with(".png");
  if (!(png || lower.ends_with(".jpg") || lower.ends_with(".jpeg"))) {
    diags.error(at, "the logo " + logo + " is not a PNG or JPEG file", "convert it to PNG");
    return;
  }
  const SitePath where = resolve_site_path(fs, root, logo, "the site folder");
  if (!where) {
    diags.error(at, "the logo " + logo + " may not be used (" + where.error + ")",
                "copy the image into the site folder, e.g. to assets/logo.png, and give that path");
    return;
  }
  if (!fs.exists(where.path)) {
    diags.error(at, "failed to find the logo " + logo + " (no such file)",
                "give its path relative to the folder holding panelpack.yaml");
    return;
  }
  std::string why;
  auto bytes = fs.read(where.path, &why, read_limit::image);
  if (!bytes) {
    diags.error(at, "failed to read the logo " + logo + " (" + why + ")",
                "give the path of a PNG or JPEG file of at most " + describe_size(read_limit::image));
    return;
  }
  const std::string named = png ? "PNG" : "JPEG";
  const std::string kind = image_kind(*bytes);
  if (kind != named) {
    diags.error(at, "the logo " + logo + " is not a " + named + " image (" +
                        (kind.empty() ? "its bytes are not a PNG or JPEG image's" : "it is a " + kind + " image") + ")",
                kind.empty() ? "save the logo again as PNG from an image editor; renaming a file does not convert it"
                             : "rename it to end in ." + std::string(kind == "PNG" ? "png" : "jpg"));
    return;
  }
  logo = where.relative;
}

Organisation read_organisation(const YAML::Node& node, const std::string& file, const FileSystem& fs,
                               const std::string& root, Diagnostics& diags) {
  Organisation org;
  MapReader r(node, file, "the organisation", {"name", "address", "telephone", "email", "website", "logo"}, diags);
  org.pos = r.pos();
  org.name = r.text("name", true).value_or("");
  org.address = r.text_list("address", false);
  org.telephone = r.text("telephone", false).value_or("");
  org.email = r.text("email", false).value_or("");
  org.website = r.text("website", false).value_or("");
  const std::string scheme = link_scheme(org.website);
  if (!org.website.empty() && scheme != "https" && scheme != "http" && (!scheme.empty() || org.website[0] == '#'))
    diags.error(r.pos("website"), "the website " + org.website + " is not a web address",
                "write it as https://www.example.gov.uk");
  org.logo = r.text("logo", false).value_or("");
  if (!org.logo.empty()) check_logo(fs, root, r.pos("logo"), org.logo, diags);
  return org;
}

// Ids of bodies and people name folders and anchors: they must be slugs.
void check_id(const std::string& id, const char* what, const SourcePos& pos, Diagnostics& diags) {
  if (std::string why = slug_problem(id); !why.empty())
    diags.error(pos, "the " + std::string(what) + " id '" + id + "' is not a slug (" + why + ")",
                "write ids in lower-case letters, digits and hyphens, e.g. '" +
                    (slugify(id).empty() ? std::string(what) : slugify(id)) + "'");
}

void read_people(const YAML::Node& node, const std::string& file, Site& site, Diagnostics& diags) {
  if (!node.IsDefined() || node.IsNull()) return;
  if (!node.IsMap()) {
    diags.error(pos_of(file, node), "expected 'people' to be a map of person ids (found " + describe_node(node) + ")",
                "write each person as 'id: {name: …, role: …}'");
    return;
  }
  const std::vector<bool> repeated = report_repeated_keys(node, file, "'people'", diags);
  size_t index = 0;
  for (const auto& kv : node) {
    if (repeated[index++]) continue;  // the first of them is the one read
    Person p;
    p.id = kv.first.Scalar();
    check_id(p.id, "person", pos_of(file, kv.first), diags);
    MapReader r(kv.second, file, "person '" + p.id + "'",
                {"name", "role", "organisation", "email", "telephone"}, diags);
    p.pos = pos_of(file, kv.first);
    p.name = r.text("name", true).value_or("");
    p.role = r.text("role", false).value_or("");
    p.organisation = r.text("organisation", false).value_or("");
    p.email = r.text("email", false).value_or("");
    p.telephone = r.text("telephone", false).value_or("");
    site.people[p.id] = std::move(p);
  }
}

std::vector<StandingItem> read_standing(const YAML::Node& list, const std::string& file, Diagnostics& diags) {
  std::vector<StandingItem> items;
  const auto ids = standing_preset_ids();
  for_each_item(list, file, "the standing items", diags, [&](const YAML::Node& node, size_t) {
    StandingItem item;
    item.pos = pos_of(file, node);
    if (node.IsScalar()) {
      item.preset = node.Scalar();
    } else {
      MapReader r(node, file, "a standing item", {"preset", "title", "description"}, diags);
      item.preset = r.text("preset", true).value_or("");
      item.title = r.text("title", false).value_or("");
      item.description = r.text("description", false).value_or("");
      if (r.has("preset")) item.pos = r.pos("preset");
    }
    if (item.preset.empty()) return;
    for (const std::string* text : {&item.title, &item.description})
      for (const auto& field : unknown_fields(*text))
        diags.error(item.pos, "unknown field {" + field + "} in the wording of standing item '" + item.preset + "'",
                    suggestion(field, standing_field_names()));
    const StandingPreset* preset = find_standing_preset(item.preset);
    if (!preset) {
      diags.error(item.pos, "unknown standing item '" + item.preset + "'", suggestion(item.preset, ids));
      return;
    }
    if (item.title.empty()) item.title = preset->title;
    if (item.description.empty() && !node.IsMap()) item.description = preset->description;
    if (node.IsMap() && !node["description"].IsDefined()) item.description = preset->description;
    items.push_back(std::move(item));
  });
  return items;
}

Body read_body(const std::string& id, const YAML::Node& node, const SourcePos& key_pos, const std::string& file,
               const FileSystem& fs, const Site& site, Diagnostics& diags) {
  const std::string& root = site.root;
  Body b;
  b.id = id;
  b.pos = key_pos;
  MapReader r(node, file, "body '" + id + "'",
              {"name", "title", "organisation", "chair", "chair_title", "vice_chair", "vice_chair_title", "members",
               "co_opted", "independent", "membership", "minute_numbering", "publication", "public_questions", "clock", "standing_items",
               "resolved_wording", "duplex", "reports"},
              diags);
  b.name = r.text("name", true).value_or(id);
  b.title = r.text("title", false).value_or(b.name);
  if (r.has("organisation")) b.organisation = read_organisation(r.get("organisation"), file, fs, root, diags);
  b.chair = r.text("chair", false).value_or("");
  check_person(site, b.chair, r.pos("chair"), diags);
  b.chair_title = r.text("chair_title", false).value_or("Chair");
  b.vice_chair_title = r.text("vice_chair_title", false).value_or("Vice-" + b.chair_title);
  b.members = read_people(r, "members", site);
  if (r.has("membership")) {
    MapReader ms(r.get("membership"), file, "membership", {"style"}, diags);
    if (ms.choice("style", true, {"roles", "names"}) == "names") b.membership_style = MembershipStyle::names;
  }
  b.vice_chair = r.text("vice_chair", false).value_or("");
  check_person(site, b.vice_chair, r.pos("vice_chair"), diags);
  b.co_opted = read_people(r, "co_opted", site);
  b.independent = read_people(r, "independent", site);
  // The membership groups name people of the membership: each must be listed in 'members'.
  auto in_members = [&](const std::string& person, const std::string& key) {
    if (person.empty() || person == b.chair || site.people.count(person) == 0) return;
    if (std::find(b.members.begin(), b.members.end(), person) == b.members.end())
      diags.error(r.pos(key), "'" + person + "' is in '" + key + "' of body '" + id + "' but not in its 'members'",
                  "add '" + person + "' to 'members' " +
                      (key == "vice_chair" ? std::string("(the vice-chair is one of the members)")
                                           : "('" + key + "' says which of the members are " +
                                                 (key == "co_opted" ? "co-opted)" : "independent members)")));
  };
  in_members(b.vice_chair, "vice_chair");
  for (const auto& p : b.co_opted) in_members(p, "co_opted");
  for (const auto& p : b.independent) in_members(p, "independent");
  if (r.has("minute_numbering")) {
    MapReader n(r.get("minute_numbering"), file, "minute_numbering", {"style", "digits", "restarts"}, diags);
    b.numbering.pos = n.pos();
    auto style = n.choice("style", true, {"per-meeting", "running"});
    if (style == "running") b.numbering.style = MinuteNumbering::Style::running;
    b.numbering.digits = n.integer("digits", false, 1, 4).value_or(3);
    if (auto m = n.choice("restarts", false,
                          {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                           "October", "November", "December"})) {
      for (int i = 1; i <= 12; ++i)
        if (*m == month_name(i)) b.numbering.restart_month = i;
    }
  }
  if (r.has("publication")) {
    MapReader p(r.get("publication"), file, "publication",
                {"clear_days", "count_weekends", "count_bank_holidays"}, diags);
    b.publication_clear_days = p.integer("clear_days", false, 0, 60).value_or(5);
    b.count_weekends = p.boolean("count_weekends", false).value_or(false);
    b.count_bank_holidays = p.boolean("count_bank_holidays", false).value_or(false);
  }
  if (r.has("public_questions")) {
    MapReader q(r.get("public_questions"), file, "public_questions", {"clear_days", "send_to", "time"}, diags);
    b.question_clear_days = q.integer("clear_days", false, 0, 60).value_or(3);
    b.question_time = q.time("time", false).value_or("");
    b.question_recipient = q.text("send_to", false).value_or(b.question_recipient);
  }
  b.twelve_hour_clock = r.choice("clock", false, {"24-hour", "12-hour"}).value_or("24-hour") == "12-hour";
  b.duplex = r.boolean("duplex", false).value_or(false);
  b.resolved_wording = r.choice("resolved_wording", false, {"RESOLVED:", "RESOLVED, that"}).value_or("RESOLVED:");
  if (r.has("standing_items")) {
    MapReader s(r.get("standing_items"), file, "standing_items", {"opening", "closing"}, diags);
    b.opening_items = read_standing(s.get("opening"), file, diags);
    b.closing_items = read_standing(s.get("closing"), file, diags);
  }
  if (r.has("reports")) {
    MapReader rep(r.get("reports"), file, "reports", {"background_papers"}, diags);
    b.background_papers_required =
        rep.choice("background_papers", false, {"required", "optional"}).value_or("optional") == "required";
  }
  return b;
}

Accessibility read_accessibility(const YAML::Node& node, const std::string& file, Diagnostics& diags) {
  MapReader r(node, file, "the accessibility statement",
              {"compliance", "limitations", "email", "telephone", "reply_days", "prepared", "reviewed"}, diags);
  Accessibility a;
  a.pos = r.pos();
  if (auto c = r.choice("compliance", false, {"full", "partial", "non"}))
    a.compliance = *c == "full" ? Accessibility::Compliance::full
                   : *c == "non" ? Accessibility::Compliance::non
                                 : Accessibility::Compliance::partial;
  a.limitations = r.text_list("limitations", false);
  a.contact_email = r.text("email", false).value_or("");
  a.contact_telephone = r.text("telephone", false).value_or("");
  a.reply_days = r.integer("reply_days", false, 1, 60, "give the working days you take to answer, e.g. 'reply_days: 10'")
                     .value_or(a.reply_days);
  a.prepared = r.date("prepared", true);
  a.reviewed = r.date("reviewed", false);
  if (a.prepared && a.reviewed && *a.reviewed < *a.prepared)
    diags.error(r.pos("reviewed"), "the accessibility statement was reviewed (" + a.reviewed->iso() +
                                       ") before it was prepared (" + a.prepared->iso() + ")");
  if (a.compliance == Accessibility::Compliance::full && !a.limitations.empty())
    diags.error(r.pos("limitations"), "the accessibility statement says 'compliance: full' but lists limitations",
                "write 'compliance: partial' while any limitation remains");
  return a;
}

}  // namespace

std::optional<Site> load_site(const FileSystem& fs, const std::string& root, Diagnostics& diags) {
  const std::string file = kSiteFile;
  if (!fs.is_dir(root)) {
    diags.error({root, 0, 0}, "failed to open the site " + root + " (no such folder)",
                "give --site the folder that holds panelpack.yaml");
    return std::nullopt;
  }
  if (!fs.is_file(join_path(root, file))) {
    diags.error({file, 0, 0}, "failed to find " + join_path(root, file) + " (no such file)",
                "run panelpack in the folder that holds panelpack.yaml, or give it with --site DIR");
    return std::nullopt;
  }
  auto yaml = load_yaml(fs, join_path(root, file), file, diags);
  if (!yaml) return std::nullopt;
  Site site;
  site.root = root;
  MapReader r(*yaml, file, "panelpack.yaml", {"language", "paths", "styles", "organisation", "people", "bodies", "allow_scripts", "inspections", "url",
               "accessibility"},
              diags);
  site.language = r.text("language", false).value_or("en-GB");
  if (r.has("paths")) {
    MapReader p(r.get("paths"), file, "paths", {"meetings", "templates", "styles", "data", "inspections"}, diags);
    site.inspections_dir = p.text("inspections", false).value_or(site.inspections_dir);
    site.meetings_dir = p.text("meetings", false).value_or(site.meetings_dir);
    site.templates_dir = p.text("templates", false).value_or(site.templates_dir);
    site.styles_dir = p.text("styles", false).value_or(site.styles_dir);
    site.data_dir = p.text("data", false).value_or(site.data_dir);
    // Content folders are the site's own: none may lead out of it.
    for (const char* key : {"meetings", "templates", "styles", "data", "inspections"})
      if (p.has(key) && p.get(key).IsScalar())
        if (SitePath where = resolve_site_path(fs, root, p.get(key).Scalar(), "the site folder"); !where)
          diags.error(p.pos(key), "the " + std::string(key) + " folder " + p.get(key).Scalar() +
                                      " may not be used (" + where.error + ")",
                      "keep the site's " + std::string(key) + " inside the folder holding panelpack.yaml");
  }
  if (r.has("inspections")) {
    MapReader in(r.get("inspections"), file, "inspections", {"warn_days"}, diags);
    site.inspection_warn_days = in.integer("warn_days", false, 0, 365, "give the number of days before a response "
                                           "falls due that 'panelpack check --as-of' starts to warn, e.g. 14")
                                    .value_or(site.inspection_warn_days);
  }
  if (r.has("styles")) {
    MapReader st(r.get("styles"), file, "styles", {"replace"}, diags);
    site.replace_styles_pos = st.has("replace") ? st.pos("replace") : r.pos("styles");
    for (const auto& name : st.text_list("replace", false)) {
      if (name == "paper.css" || name == "site.css")
        site.replace_styles.push_back(name);
      else
        diags.error(st.pos("replace"), "'" + name + "' is not a house stylesheet (it may be paper.css or site.css)",
                    suggestion(name, {"paper.css", "site.css"}));
    }
  }
  for (const auto& url : r.text_list("allow_scripts", false)) {
    // Only a script at a fixed web address may be allowed, and only by that address.
    if (link_scheme(url) != "https" || url.find_first_of(" \t\"'<>&") != std::string::npos)
      diags.error(r.pos("allow_scripts"), "the script address " + url + " is not an https address",
                  "list each script a page may load by its full address, e.g. "
                  "'allow_scripts: [https://stats.example.org/script.js]'");
    else
      site.allow_scripts.push_back(url);
  }
  if (auto url = r.text("url", false)) {
    // The feeds and the sitemap give absolute addresses: the public tree's own.
    const std::string scheme = link_scheme(*url);
    if ((scheme != "https" && scheme != "http") || url->find_first_of(" \t\"'<>&?#") != std::string::npos)
      diags.error(r.pos("url"), "the site address " + *url + " is not a web address",
                  "give the address the public tree is published at, e.g. 'url: https://www.example.org/meetings/'");
    else
      site.url = url->ends_with("/") ? *url : *url + "/";
  }
  if (r.has("accessibility")) site.accessibility = read_accessibility(r.get("accessibility"), file, diags);
  if (r.has("organisation"))
    site.organisation = read_organisation(r.get("organisation"), file, fs, root, diags);
  else
    r.missing("organisation", "add the organisation's name, address and contact details");
  read_people(r.get("people"), file, site, diags);

  YAML::Node bodies = r.get("bodies");
  if (!bodies.IsDefined() || bodies.IsNull()) {
    r.missing("bodies", "add at least one body, e.g. 'bodies: {panel: {name: Police and Crime Panel}}'");
  } else if (!bodies.IsMap()) {
    diags.error(pos_of(file, bodies), "expected 'bodies' to be a map of body ids (found " + describe_node(bodies) + ")");
  } else {
    const std::vector<bool> repeated = report_repeated_keys(bodies, file, "'bodies'", diags);
    size_t index = 0;
    for (const auto& kv : bodies) {
      if (repeated[index++]) continue;
      check_id(kv.first.Scalar(), "body", pos_of(file, kv.first), diags);
      Body b = read_body(kv.first.Scalar(), kv.second, pos_of(file, kv.first), file, fs, site, diags);
      site.bodies[b.id] = std::move(b);
    }
  }
  return site;
}

}  // namespace panelpack
