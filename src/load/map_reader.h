#pragma once
// Typed reading of one YAML map: unknown keys, missing fields and wrong types
// become positioned errors with hints, and reading carries on so one run
// reports every problem.
#include <yaml-cpp/yaml.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/diagnostics.h"

namespace panelpack {

// Reports each key of `map` given again after its first appearance, at the
// repeat, naming the first's line. Returns, for each entry in order, whether it
// repeats an earlier one.
std::vector<bool> report_repeated_keys(const YAML::Node& map, const std::string& file, const std::string& what,
                                       Diagnostics& diags);

class MapReader {
 public:
  // `what` names the map in messages ("meeting", "agenda item 3").
  // Keys outside `allowed` are reported at once with a suggestion.
  MapReader(const YAML::Node& node, std::string file, std::string what, std::vector<std::string> allowed,
            Diagnostics& diags);

  bool ok() const { return is_map_; }
  bool has(const std::string& key) const;
  YAML::Node get(const std::string& key) const;  // undefined node when absent
  SourcePos pos() const;                         // of the map itself
  SourcePos pos(const std::string& key) const;   // of the key's value, else of the map
  SourcePos key_pos(const std::string& key) const;  // of the key itself, else of the map
  const std::string& file() const { return file_; }
  Diagnostics& diags() const { return diags_; }

  // Each returns nullopt when the key is absent (an error if required) or the
  // value has the wrong type (always an error).
  std::optional<std::string> text(const std::string& key, bool required);
  std::optional<int> integer(const std::string& key, bool required, int min, int max,
                             const std::string& hint = {});
  std::optional<bool> boolean(const std::string& key, bool required);
  std::optional<Date> date(const std::string& key, bool required);
  // A value from a fixed set of words.
  std::optional<std::string> choice(const std::string& key, bool required, const std::vector<std::string>& words);
  // "HH:MM", 24-hour clock.
  std::optional<std::string> time(const std::string& key, bool required);
  // A list of text items (a single text value is taken as a list of one).
  std::vector<std::string> text_list(const std::string& key, bool required);

  void missing(const std::string& key, const std::string& hint = {});

 private:
  YAML::Node node_;
  std::string file_, what_;
  Diagnostics& diags_;
  bool is_map_ = false;
  std::vector<std::string> misspelt_;  // allowed keys suggested for unknown ones
};

// Runs `each` for the items of a list value, reporting a non-list (with
// `hint`, when given).
void for_each_item(const YAML::Node& list, const std::string& file, const std::string& what, Diagnostics& diags,
                   const std::function<void(const YAML::Node&, size_t index)>& each, const std::string& hint = {});

}  // namespace panelpack
