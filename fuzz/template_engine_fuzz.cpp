// Fuzzes the template engine in two ways, chosen by the first byte:
//   even: the rest is a template, rendered against a small fixed view;
//   odd:  the rest is JSON (a view), rendered with a built-in template
//         (agenda, annex, index or page, by the first byte) and a fixed
//         template that uses every tag kind.
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "render/template_engine.h"

using namespace panelpack;

namespace {

const char kFixedTemplate[] =
    "<article class=\"paper\">{{! a comment }}<h1>{{title}}</h1>{{{title}}}{{&title}}"
    "{{#items}}<p>{{number}}. {{title}} {{#public}}open{{/public}}{{^public}}closed{{/public}}"
    "{{#children}}<span>{{.}}</span>{{/children}}</p>{{/items}}{{^items}}none{{/items}}"
    "{{meeting.date}}{{#meeting}}{{venue}}{{/meeting}}{{> letterhead}}{{=<% %>=}}<%title%><%={{ }}=%></article>";

const nlohmann::json& fixed_view() {
  static const nlohmann::json view = {
      {"title", "Agenda & <minutes>"},
      {"meeting", {{"date", "Monday 20 January 2025"}, {"venue", "Carleton Hall"}}},
      {"items",
       {{{"number", 1}, {"title", "Apologies"}, {"public", true}, {"children", {"a", "b"}}},
        {{"number", 2}, {"title", "Minutes"}, {"public", false}, {"children", nlohmann::json::array()}},
        {{"number", 3}, {"title", ""}, {"public", nullptr}}}},
      {"empty", ""},
      {"list", {1, 2, 3}},
  };
  return view;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const uint8_t mode = data[0];
  const std::string rest(reinterpret_cast<const char*>(data + 1), size - 1);
  MemoryFileSystem fs;
  fs.add("site/templates/_letterhead.html", "<header>{{title}}</header>");
  Diagnostics diags;
  if (mode % 2 == 0) {
    fs.add("site/templates/fuzz.html", rest);
    fs.add("site/templates/_part.html", "{{#items}}{{title}}{{/items}}");
    TemplateEngine engine(fs, "site", "templates");
    (void)engine.render("fuzz", fixed_view(), "meetings/m/meeting.yaml", diags);
  } else {
    nlohmann::json view = nlohmann::json::parse(rest, nullptr, /*allow_exceptions=*/false);
    if (view.is_discarded()) return 0;
    fs.add("site/templates/fixed.html", kFixedTemplate);
    TemplateEngine engine(fs, "site", "templates");
    static const char* const kBuiltIn[] = {"agenda", "annex", "index", "page"};
    (void)engine.render(kBuiltIn[(mode >> 1) % 4], view, "meetings/m/meeting.yaml", diags);
    (void)engine.render("fixed", view, "meetings/m/meeting.yaml", diags);
  }
  (void)diags.format();
  return 0;
}
