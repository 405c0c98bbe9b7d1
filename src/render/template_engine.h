#pragma once
// Logic-less templates (mustache) from the site's templates/ folder, falling
// back to the defaults compiled into panelpack. Errors name the template and
// its line.
#include <nlohmann/json.hpp>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"

namespace panelpack {

class TemplateEngine {
 public:
  // Templates are looked up as <site>/<templates_dir>/<name>.html, then among
  // the built-in defaults. Files named _<name>.html are partials ({{> name}}),
  // found the same way by a plain name: never a path.
  TemplateEngine(const FileSystem& fs, std::string site_root, std::string templates_dir);
  ~TemplateEngine();

  // The addresses of the scripts a page may load (allow_scripts in
  // panelpack.yaml); any other <script> in a template's output is an error.
  void set_allowed_scripts(std::vector<std::string> urls) {
    allowed_scripts_ = std::move(urls);
    recent_checked_ = {};
  }

  // Renders template `name` ("agenda") with `view`; nullopt after reporting
  // an error. `for_file` names the content being rendered, for messages.
  // The fields of `also` (an object, when given) are added to the view's
  // own, so a large view shared by several papers need not be copied to add
  // one field. A template is read, checked and parsed on its first use and
  // kept: one engine serves one build, on one thread.
  std::optional<std::string> render(const std::string& name, const nlohmann::json& view, const std::string& for_file,
                                    Diagnostics& diags, const nlohmann::json* also = nullptr) const;

  // The template's text and the name messages show for it. The site's own
  // file wins; when the site has something by that name that cannot be read
  // (a folder, a FIFO, a link that leads nowhere or out of the site, a file
  // over read_limit::templates), there is no fall-back to the built-in one:
  // nullopt, with why in *why ("it is a folder, not a file").
  struct Source {
    std::string text;
    std::string shown_as;  // "templates/agenda.html"
  };
  std::optional<Source> source(const std::string& name, std::string* why = nullptr) const;

 private:
  struct Prepared;
  // The template and its partials, read, checked and parsed; nullptr after
  // reporting why not.
  std::shared_ptr<Prepared> prepare(const std::string& name, const std::string& for_file, Diagnostics& diags) const;

  const FileSystem& fs_;
  std::string root_, dir_;
  std::vector<std::string> allowed_scripts_;
  mutable std::map<std::string, std::shared_ptr<Prepared>> prepared_;
  mutable std::set<std::string> parsed_partials_;  // file and text of each partial that parsed
  // The last outputs that passed the script check, compared whole, and
  // whether each ends in text (scan_markup).
  struct Checked {
    std::string html;
    bool ends_in_text = false;
  };
  const Checked* recently_checked(const std::string& html) const;
  mutable std::array<Checked, 4> recent_checked_;
  mutable size_t next_checked_ = 0;
};

}  // namespace panelpack
