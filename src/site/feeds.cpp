#include "site/feeds.h"

#include <algorithm>
#include <cstdio>

#include "core/markup_escape.h"
#include "core/slug.h"
#include "pdf/md5.h"

namespace panelpack {

namespace {

// How many of the newest papers a feed holds: enough for any subscriber
// between two checks, small enough for a site of thousands of meetings.
constexpr size_t kFeedEntries = 50;

std::string atom_date(const Date& d) { return d.iso() + "T00:00:00Z"; }

std::string compact(const Date& d) {
  std::string s = d.iso();
  s.erase(std::remove(s.begin(), s.end(), '-'), s.end());
  return s;
}

// Where the site's names live, for ids and UIDs: the site's address, else the
// organisation's website, else a name made from the organisation's.
std::string authority(const Site& site) {
  if (std::string h = host_of(site.url); !h.empty()) return h;
  if (std::string h = host_of(site.organisation.website); !h.empty()) return h;
  return slugify(site.organisation.name) + ".invalid";
}

// An address in the public tree: absolute under the site's address when it
// is known, else relative to the file at `from` (a path in the tree).
std::string address(const Site& site, const std::string& path, const std::string& from) {
  if (!site.url.empty()) return site.url + path;
  std::string up;
  for (char c : from)
    if (c == '/') up += "../";
  return up + path;
}

std::string papers_feed(const Site& site, const SiteTree& tree, std::vector<const DocumentRecord*> papers,
                        const std::string& path, const std::string& title, const std::string& page) {
  std::stable_sort(papers.begin(), papers.end(),
                   [](const DocumentRecord* a, const DocumentRecord* b) { return b->date < a->date; });
  if (papers.size() > kFeedEntries) papers.resize(kFeedEntries);
  const Date updated = papers.empty() ? tree.as_at : papers.front()->date;
  std::string x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  x += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" + escape_markup(site.language) + "\">\n";
  x += "<title>" + escape_markup(title) + "</title>\n";
  x += "<id>" + stable_uuid(authority(site) + "/" + path) + "</id>\n";
  x += "<updated>" + atom_date(updated) + "</updated>\n";
  x += "<author><name>" + escape_markup(site.organisation.name) + "</name></author>\n";
  x += "<link rel=\"self\" type=\"application/atom+xml\" href=\"" + escape_markup(address(site, path, path)) + "\"/>\n";
  x += "<link rel=\"alternate\" type=\"text/html\" href=\"" + escape_markup(address(site, page, path)) + "\"/>\n";
  for (const DocumentRecord* r : papers) {
    const std::string base = paper_base(*r);
    x += "<entry>\n";
    x += "<title>" + escape_markup(paper_name(site, tree, *r)) + "</title>\n";
    x += "<id>" + stable_uuid(authority(site) + "/" + base) + "</id>\n";
    x += "<published>" + atom_date(r->date) + "</published>\n";
    x += "<updated>" + atom_date(r->date) + "</updated>\n";
    x += "<link rel=\"alternate\" type=\"text/html\" href=\"" + escape_markup(address(site, paper_href(*r), path)) +
         "\"/>\n";
    if (r->pdf_pages > 0) {
      x += "<link rel=\"enclosure\" type=\"application/pdf\" length=\"" + std::to_string(r->pdf_bytes) + "\" href=\"" +
           escape_markup(address(site, pdf_href(*r), path)) + "\"/>\n";
      x += "<summary>" + escape_markup(attachment_detail(r->pdf_bytes, r->pdf_pages)) + "</summary>\n";
    } else {
      x += "<summary>" + escape_markup(r->label) + "</summary>\n";
    }
    x += "</entry>\n";
  }
  x += "</feed>\n";
  return x;
}

// Europe/London, for start times as the body gives them.
const char* const kLondon =
    "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n"
    "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\nDTSTART:19700329T010000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\nDTSTART:19701025T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

std::string sitemap(const Site& site, const SiteTree& tree) {
  std::vector<std::string> pages = {"index.html", "accessibility.html"};
  for (const auto& b : tree.bodies) {
    pages.push_back(body_page(b.body->id));
    for (const auto& e : b.meetings) pages.push_back(meeting_page(e.meeting->info));
  }
  for (const DocumentRecord* r : tree.papers)
    if (r->html_page) pages.push_back(paper_base(*r) + ".html");
  std::string x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                  "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const auto& p : pages) x += "<url><loc>" + escape_markup(site.url + p) + "</loc></url>\n";
  x += "</urlset>\n";
  return x;
}

}  // namespace

std::string stable_uuid(const std::string& name) {
  auto d = pdf::md5("panelpack:" + name);
  d[6] = static_cast<uint8_t>((d[6] & 0x0f) | 0x30);  // version 3
  d[8] = static_cast<uint8_t>((d[8] & 0x3f) | 0x80);  // RFC 4122 variant
  std::string s = "urn:uuid:";
  char hex[3];
  for (size_t i = 0; i < d.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) s += '-';
    std::snprintf(hex, sizeof hex, "%02x", d[i]);
    s += hex;
  }
  return s;
}

std::string host_of(const std::string& url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string::npos) return "";
  const size_t start = scheme + 3;
  const size_t end = url.find_first_of("/:?#", start);
  return url.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::string ical_text(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == ';' || c == ',') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c == '\r') continue;
    out += c;
  }
  return out;
}

std::string ical_line(const std::string& line) {
  std::string out;
  size_t width = 0;
  for (size_t i = 0; i < line.size();) {
    size_t len = 1;  // the UTF-8 character starting at i
    const auto b = static_cast<unsigned char>(line[i]);
    if (b >= 0xF0) len = 4;
    else if (b >= 0xE0) len = 3;
    else if (b >= 0xC0) len = 2;
    len = std::min(len, line.size() - i);
    if (width + len > 75) {
      out += "\r\n ";
      width = 1;
    }
    out.append(line, i, len);
    width += len;
    i += len;
  }
  return out + "\r\n";
}

std::string meeting_calendar(const Site& site, const SiteTree& tree, const std::vector<const MeetingEntry*>& meetings,
                             const std::string& name) {
  std::string c = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//panelpack//meetings//EN\r\nCALSCALE:GREGORIAN\r\n"
                  "METHOD:PUBLISH\r\n";
  c += ical_line("X-WR-CALNAME:" + ical_text(name));
  c += kLondon;
  for (const MeetingEntry* e : meetings) {
    const MeetingInfo& m = e->meeting->info;
    const Body& body = site.bodies.at(m.body);
    std::string start = m.start;
    start.erase(std::remove(start.begin(), start.end(), ':'), start.end());
    c += "BEGIN:VEVENT\r\n";
    c += ical_line("UID:" + m.body + "-" + compact(m.date) + "@" + authority(site));
    c += "DTSTAMP:" + compact(m.issued.value_or(m.date)) + "T000000Z\r\n";
    c += "DTSTART;TZID=Europe/London:" + compact(m.date) + "T" + start + "00\r\n";
    c += ical_line("SUMMARY:" + ical_text(body.name));
    c += ical_line("LOCATION:" + ical_text(m.venue));
    std::string description = body.title + ", " + m.date.long_uk() + ".";
    if (e->state == MeetingState::postponed || e->state == MeetingState::cancelled) {
      description += std::string(" ") + state_word(e->state) + ".";
      if (!m.status_reason.empty()) description += " " + m.status_reason;
      if (m.new_date) description += " New date: " + m.new_date->long_uk() + ".";
    }
    c += ical_line("DESCRIPTION:" + ical_text(description));
    const bool off = e->state == MeetingState::postponed || e->state == MeetingState::cancelled;
    c += std::string("STATUS:") + (off ? "CANCELLED" : "CONFIRMED") + "\r\n";
    c += std::string("SEQUENCE:") + (off ? "1" : "0") + "\r\n";
    if (tree.audience == Audience::public_ && !site.url.empty())
      c += ical_line("URL:" + site.url + meeting_page(m));
    c += "END:VEVENT\r\n";
  }
  c += "END:VCALENDAR\r\n";
  return c;
}

void write_feeds(const Site& site, const SiteTree& tree, OutputSink& out) {
  if (tree.audience != Audience::public_) return;
  const std::string root = tree.tree + "/";
  out.add(root + "papers.atom",
          papers_feed(site, tree, tree.papers, "papers.atom", "Papers: " + site.organisation.name, "index.html"));
  for (const auto& b : tree.bodies) {
    std::vector<const DocumentRecord*> papers = b.papers;
    std::vector<const MeetingEntry*> meetings;
    for (const auto& e : b.meetings) {
      papers.insert(papers.end(), e.papers.begin(), e.papers.end());
      meetings.push_back(&e);
    }
    const std::string folder = b.body->id + "/";
    out.add(root + folder + "papers.atom", papers_feed(site, tree, papers, folder + "papers.atom",
                                                      "Papers of the " + b.body->name, body_page(b.body->id)));
    out.add(root + folder + "meetings.ics", meeting_calendar(site, tree, meetings, b.body->name));
  }
  std::string robots = "User-agent: *\nAllow: /\n";
  if (!site.url.empty()) {
    out.add(root + "sitemap.xml", sitemap(site, tree));
    robots += "Sitemap: " + site.url + "sitemap.xml\n";
  }
  out.add(root + "robots.txt", robots);
}

}  // namespace panelpack
