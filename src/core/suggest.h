#pragma once
// "did you mean …?": the closest candidate to a misspelt name.
#include <optional>
#include <string>
#include <vector>

namespace panelpack {

// Case-insensitive Levenshtein distance.
int edit_distance(const std::string& a, const std::string& b);

// The candidate nearest to `word`, if it is close enough to be a likely typo
// (distance at most a third of the longer length, and at least 1 allowed).
std::optional<std::string> closest(const std::string& word, const std::vector<std::string>& candidates);

// "did you mean 'x'?" or, without a close match, "expected one of: a, b, c".
std::string suggestion(const std::string& word, const std::vector<std::string>& candidates);

// "did you mean 'x'?", or without a close match `otherwise` (what to write
// instead, where a list of every candidate would not help).
std::string suggestion_or(const std::string& word, const std::vector<std::string>& candidates,
                          const std::string& otherwise);

}  // namespace panelpack
