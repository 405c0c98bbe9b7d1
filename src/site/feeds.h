#pragma once
// The public tree's feeds, for subscribers and search engines: an Atom feed
// of published papers (the site's, and each body's), an iCalendar feed of
// each body's meetings (and one file per meeting to add it to a calendar),
// sitemap.xml and robots.txt. Entry ids and UIDs are made from where a paper
// or meeting lives, so they stay the same from build to build; dates come
// from the content. The members' tree never appears in any of them.
#include <string>
#include <vector>

#include "output/output_sink.h"
#include "site/site_tree.h"

namespace panelpack {

// papers.atom, <body>/papers.atom, <body>/meetings.ics, robots.txt and, when
// the site gives its 'url', sitemap.xml, into the public tree.
void write_feeds(const Site& site, const SiteTree& tree, OutputSink& out);

// An iCalendar file (VCALENDAR) of `meetings`, named `name`.
std::string meeting_calendar(const Site& site, const SiteTree& tree, const std::vector<const MeetingEntry*>& meetings,
                             const std::string& name);

// iCalendar text escaping (RFC 5545 3.3.11) and line folding at 75 octets,
// never inside a UTF-8 character, each line ended by CRLF.
std::string ical_text(const std::string& s);
std::string ical_line(const std::string& line);

// A urn:uuid made from `name` (an MD5 name-based UUID, version 3): the same
// name always gives the same id.
std::string stable_uuid(const std::string& name);

// The host of an address: "www.example.org" for "https://www.example.org/x/".
std::string host_of(const std::string& url);

}  // namespace panelpack
