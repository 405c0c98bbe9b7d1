#pragma once
// Logic-less templates (mustache) from the site's templates/ folder, falling
// back to the defaults compiled into panelpack. Errors name the template and
// its line.
#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>

#include "core/diagnostics.h"
#include "core/file_system.h"

namespace panelpack {

class TemplateEngine {
 public:
  // Templates are looked up as <site>/<templates_dir>/<name>.html, then among
  // the built-in defaults. Files named _<name>.html are partials ({{> name}}).
  TemplateEngine(const FileSystem& fs, std::string site_root, std::string templates_dir);

  // Renders template `name` ("agenda") with `view`; nullopt after reporting
  // an error. `for_file` names the content being rendered, for messages.
  std::optional<std::string> render(const std::string& name, const nlohmann::json& view, const std::string& for_file,
                                    Diagnostics& diags) const;

  // The template's text and the name messages show for it.
  struct Source {
    std::string text;
    std::string shown_as;  // "templates/agenda.html"
  };
  std::optional<Source> source(const std::string& name) const;

 private:
  const FileSystem& fs_;
  std::string root_, dir_;
};

}  // namespace panelpack
