#pragma once
// Ids in content are slugs: lower-case letters, digits and single hyphens
// between them ("2025-01-20-pac", "victim-services"). They name folders and
// files of the output and anchors in papers, so nothing else may pass.
#include <string>

namespace panelpack {

inline constexpr size_t kMaxSlugLength = 64;

// Is `s` a slug: 1 to kMaxSlugLength characters a-z, 0-9 and '-', starting and
// ending with a letter or digit, with no two hyphens together?
bool is_slug(const std::string& s);

// Why `s` is not a slug, for a message's parentheses ("it has an upper-case
// letter 'P'"); empty when it is one.
std::string slug_problem(const std::string& s);

// The slug of a title: ASCII letters lower-cased, digits kept, every other run
// of characters one hyphen, cut at a hyphen to at most 48 characters
// ("Victim Services: commissioning 2025/26" -> "victim-services-commissioning-2025-26").
// Empty when the title has no ASCII letter or digit.
std::string slugify(const std::string& title);

}  // namespace panelpack
