#include "site/feeds.h"

#include <doctest/doctest.h>

using namespace panelpack;

TEST_CASE("iCalendar text escapes backslashes, commas, semicolons and line ends") {
  CHECK(ical_text("County Hall, Room 1; a\\b\nnext") == "County Hall\\, Room 1\\; a\\\\b\\nnext");
}

TEST_CASE("iCalendar lines fold at 75 octets, never inside a character") {
  CHECK(ical_line("SUMMARY:short") == "SUMMARY:short\r\n");
  const std::string long_line = "DESCRIPTION:" + std::string(100, 'a');
  const std::string folded = ical_line(long_line);
  CHECK(folded == "DESCRIPTION:" + std::string(63, 'a') + "\r\n " + std::string(37, 'a') + "\r\n");
  // 74 ASCII octets, then a two-octet character: it goes whole onto the next line.
  const std::string euro = std::string(74, 'x') + "é";
  CHECK(ical_line(euro) == std::string(74, 'x') + "\r\n é\r\n");
}

TEST_CASE("a stable id is a version 3 UUID, the same for the same name") {
  const std::string a = stable_uuid("www.example.org/pac/2025-01-20/agenda");
  CHECK(a == stable_uuid("www.example.org/pac/2025-01-20/agenda"));
  CHECK(a != stable_uuid("www.example.org/pac/2025-01-20/minutes"));
  REQUIRE(a.size() == std::string("urn:uuid:").size() + 36);
  CHECK(a.rfind("urn:uuid:", 0) == 0);
  CHECK(a[9 + 14] == '3');  // the version
  CHECK(std::string("89ab").find(a[9 + 19]) != std::string::npos);  // the variant
}

TEST_CASE("the host of an address") {
  CHECK(host_of("https://www.example.org/meetings/") == "www.example.org");
  CHECK(host_of("https://www.example.org") == "www.example.org");
  CHECK(host_of("http://example.org:8080/x") == "example.org");
  CHECK(host_of("www.example.org") == "");
}
