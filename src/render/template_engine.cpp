#include "render/template_engine.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "render/output_check.h"
#include "render/site_files.h"

namespace panelpack {

namespace mustache = kainjow::mustache;

namespace {

// An empty value of the kind `j` will fill.
mustache::data shell(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::object: return mustache::data{mustache::data::type::object};
    case nlohmann::json::value_t::array: return mustache::data{mustache::data::type::list};
    case nlohmann::json::value_t::string: {
      // An empty text counts as missing: {{#x}} skips it, {{x}} prints nothing.
      const auto& s = j.get_ref<const std::string&>();
      return s.empty() ? mustache::data{false} : mustache::data{s};
    }
    case nlohmann::json::value_t::boolean: return mustache::data{j.get<bool>()};
    case nlohmann::json::value_t::null: return mustache::data{false};
    default: return mustache::data{j.dump()};
  }
}

// The longest list under each name anywhere in a view.
using ListLengths = std::map<std::string, size_t, std::less<>>;

// Fills `d` (made by shell(j)) from `j`, noting the length of every list in
// `lists`. kainjow's data only copies values in, so children are inserted
// empty and filled where they lie: each value is copied once, not once per
// level above it.
void fill(const nlohmann::json& j, mustache::data& d, ListLengths& lists) {
  if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (it.value().is_array()) {
        size_t& longest = lists[it.key()];
        longest = std::max(longest, it.value().size());
      }
      d.set(it.key(), shell(it.value()));
      fill(it.value(), const_cast<mustache::data&>(*d.get(it.key())), lists);
    }
  } else if (j.is_array()) {
    // All entries first: a vector that grows copies what it holds (kainjow's
    // move is not noexcept), so fill them only once the list is complete.
    for (const auto& v : j) d.push_back(shell(v));
    auto& list = const_cast<std::vector<mustache::data>&>(d.list_value());
    for (size_t i = 0; i < j.size(); ++i) fill(j[i], list[i], lists);
  }
}

// "Unclosed section "items" at 120" -> offset 120 and the message without it.
std::pair<std::string, size_t> split_offset(const std::string& message) {
  size_t at = message.rfind(" at ");
  if (at == std::string::npos) return {message, 0};
  try {
    return {message.substr(0, at), std::stoul(message.substr(at + 4))};
  } catch (...) {
    return {message, 0};
  }
}

// Sections nested this deep are a broken template; no paper comes near it.
constexpr int kMaxSectionDepth = 24;
// Each section repeats what it holds once per item of its list, so a section
// inside a section of the same list multiplies the work. Templates whose
// innermost text could be rendered more often than this are refused.
constexpr double kMaxRepeats = 1e6;

// The offset of the first section tag nested deeper than kMaxSectionDepth, or
// whose text would repeat more than kMaxRepeats times with this view.
std::optional<size_t> runaway_section(const std::string& text, const ListLengths& lists) {
  std::vector<double> repeats{1};
  for (size_t at = text.find("{{"); at != std::string::npos; at = text.find("{{", at + 2)) {
    if (at + 2 >= text.size()) break;
    char kind = text[at + 2];
    if (kind == '#' || kind == '^') {
      size_t end = text.find("}}", at);
      std::string name = text.substr(at + 3, end == std::string::npos ? 0 : end - at - 3);
      if (size_t dot = name.rfind('.'); dot != std::string::npos) name.erase(0, dot + 1);
      auto it = lists.find(name);
      double times = kind == '#' && it != lists.end() ? static_cast<double>(std::max<size_t>(it->second, 1)) : 1;
      repeats.push_back(repeats.back() * times);
      if (static_cast<int>(repeats.size()) - 1 > kMaxSectionDepth || repeats.back() > kMaxRepeats) return at;
    } else if (kind == '/' && repeats.size() > 1) {
      repeats.pop_back();
    }
  }
  return std::nullopt;
}

// A partial is named by a plain name: letters, digits, '-' and '_'. Never a
// path: "{{> x/../../old-output/members/agenda}}" must not read other files.
bool plain_name(const std::string& name) {
  if (name.empty()) return false;
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')) return false;
  return true;
}

struct Tag {
  size_t offset;     // of the "{{"
  size_t end;        // just after the "}}"
  char kind;         // '>' partial, '{' or '&' unescaped, '=' delimiters
  std::string name;  // trimmed
};

// The partial, unescaped and set-delimiter tags of a template's text.
std::vector<Tag> special_tags(const std::string& text) {
  std::vector<Tag> tags;
  for (size_t at = text.find("{{"); at != std::string::npos; at = text.find("{{", at + 2)) {
    if (at + 2 >= text.size()) break;
    const char kind = text[at + 2];
    if (kind != '>' && kind != '{' && kind != '&' && kind != '=') continue;
    size_t end = text.find("}}", at + 3);
    if (end == std::string::npos) break;
    std::string name = text.substr(at + 3, end - at - 3);
    if (kind == '{' && !name.empty() && name.back() == '}') name.pop_back();
    name.erase(0, name.find_first_not_of(" \t"));
    name.erase(name.find_last_not_of(" \t") + 1);
    tags.push_back({at, end + 2, kind, name});
    at = end;
  }
  return tags;
}

// A template with its partials expanded may grow no larger than this.
constexpr size_t kMaxExpandedTemplate = 16 * read_limit::kMiB;

// Where page.html's paper goes while the page around it is checked. It
// cannot come from content: the view's other text is searched for its first
// character.
constexpr std::string_view kPaperSlot = "\x1epanelpack-paper\x1e";

bool holds_char(const nlohmann::json& j, char c, const nlohmann::json* skip) {
  if (&j == skip) return false;
  if (j.is_string()) return j.get_ref<const std::string&>().find(c) != std::string::npos;
  if (j.is_object() || j.is_array())
    for (const auto& x : j)
      if (holds_char(x, c, skip)) return true;
  return false;
}

size_t count_of(std::string_view text, std::string_view what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// `page` with the paper in place of each slot, and the findings of a scan of
// `page` moved to where they fall in it.
std::string splice(std::string_view page, const std::string& paper, std::vector<UnsafeMarkup>& found) {
  for (UnsafeMarkup& f : found)
    f.offset += count_of(page.substr(0, f.offset), kPaperSlot) * (paper.size() - kPaperSlot.size());
  std::string out;
  size_t from = 0;
  for (size_t at = page.find(kPaperSlot); at != std::string_view::npos; at = page.find(kPaperSlot, from)) {
    out.append(page, from, at - from).append(paper);
    from = at + kPaperSlot.size();
  }
  return out.append(page, from);
}

}  // namespace

TemplateEngine::TemplateEngine(const FileSystem& fs, std::string site_root, std::string templates_dir)
    : fs_(fs), root_(std::move(site_root)), dir_(std::move(templates_dir)) {}

std::optional<TemplateEngine::Source> TemplateEngine::source(const std::string& name, std::string* why) const {
  std::string reason;
  if (auto own = read_site_override(fs_, root_, dir_, name + ".html", read_limit::templates, &reason))
    return Source{std::move(own->text), std::move(own->shown_as)};
  if (!reason.empty()) {
    if (why) *why = reason;
    return std::nullopt;
  }
  if (auto builtin = builtin_file("templates/" + name + ".html"))
    return Source{std::move(builtin->text), std::move(builtin->shown_as)};
  return std::nullopt;
}

// A template ready to render: its text, the partials it reaches, and the
// parsed template with its partials in place. Kept per name once it has
// passed its checks, so a build of thousands of papers reads, checks and
// parses each template and partial once.
struct TemplateEngine::Prepared {
  Source src;
  std::vector<Source> partial_sources;          // for messages, in the order found
  std::map<std::string, size_t> partials;       // name -> index in partial_sources
  std::unique_ptr<mustache::mustache> tmpl;     // of the expanded text
  explicit Prepared(Source s) : src(std::move(s)) {}
};

namespace {

// `text` (shown as `shown`) with each {{> name}} replaced by the partial's own
// text, expanded the same way. kainjow renders a partial where its tag stands,
// in the line state of the text around it, so the expansion renders the same;
// parsed once, it spares parsing every partial at every use. A partial that
// reaches itself, or an expansion past kMaxExpandedTemplate, is an error.
bool expand_partials(const std::string& text, const std::string& shown, const std::vector<TemplateEngine::Source>& sources,
                     const std::map<std::string, size_t>& index, std::vector<std::string>& stack,
                     const std::string& for_file, std::string& out, Diagnostics& diags) {
  size_t from = 0;
  for (const Tag& tag : special_tags(text)) {
    if (tag.kind != '>') continue;
    out.append(text, from, tag.offset - from);
    from = tag.end;
    const auto it = index.find(tag.name);
    if (it == index.end()) continue;
    if (std::find(stack.begin(), stack.end(), tag.name) != stack.end()) {
      diags.error(position_in(shown, text, tag.offset), "the partial '" + tag.name + "' includes itself",
                  "while rendering " + for_file + "; a partial may not lead back to itself");
      return false;
    }
    stack.push_back(tag.name);
    const TemplateEngine::Source& p = sources[it->second];
    if (!expand_partials(p.text, p.shown_as, sources, index, stack, for_file, out, diags)) return false;
    stack.pop_back();
    if (out.size() > kMaxExpandedTemplate) {
      diags.error(position_in(shown, text, tag.offset),
                  "the template's partials expand to more than " +
                      std::to_string(kMaxExpandedTemplate / read_limit::kMiB) + " MB",
                  "while rendering " + for_file + "; include each partial fewer times");
      return false;
    }
  }
  out.append(text, from);
  return true;
}

// `src` parsed as a template; nullptr after reporting where it does not parse.
std::unique_ptr<mustache::mustache> parse(const TemplateEngine::Source& src, const std::string& for_file,
                                          Diagnostics& diags) {
  auto tmpl = std::make_unique<mustache::mustache>(src.text);
  if (tmpl->is_valid()) return tmpl;
  auto [message, offset] = split_offset(tmpl->error_message());
  diags.error(position_in(src.shown_as, src.text, offset), "broken template (" + message + ")",
              "while rendering " + for_file + "; every {{#section}} needs a matching {{/section}}");
  return nullptr;
}

}  // namespace

TemplateEngine::~TemplateEngine() = default;

std::shared_ptr<TemplateEngine::Prepared> TemplateEngine::prepare(const std::string& name, const std::string& for_file,
                                                                  Diagnostics& diags) const {
  if (auto it = prepared_.find(name); it != prepared_.end()) return it->second;
  const std::string own = join_path(dir_, name + ".html");
  std::string why;
  auto src = source(name, &why);
  if (!src) {
    if (!why.empty())
      diags.error({own, 0, 0}, "failed to read the template " + own + " (" + why + ")",
                  "while rendering " + for_file + "; make it a file of your own, or remove it to use the built-in " +
                      name + " template");
    else
      diags.error({for_file, 0, 0}, "failed to find the template '" + name + "' (no " + own + " and no built-in one)");
    return nullptr;
  }
  diags.add_source(src->shown_as, src->text);
  auto ready = std::make_shared<Prepared>(std::move(*src));
  const Source& top = ready->src;
  std::unique_ptr<mustache::mustache> parsed = parse(top, for_file, diags);
  if (!parsed) return nullptr;
  // The template and every partial it reaches: partial names must be plain,
  // the partial files readable, and only markup panelpack made may be
  // inserted unescaped.
  bool ok = true;
  std::set<std::string> missing;  // partials already reported
  std::vector<std::pair<std::string, std::string>> pending{{top.shown_as, top.text}};
  while (!pending.empty()) {
    auto [shown, text] = std::move(pending.back());
    pending.pop_back();
    for (const Tag& tag : special_tags(text)) {
      const SourcePos at = position_in(shown, text, tag.offset);
      if (tag.kind == '=') {
        diags.error(at, "the template changes its tag delimiters (panelpack templates keep {{ and }})",
                    "while rendering " + for_file + "; write tags as {{name}}");
        ok = false;
      } else if (tag.kind != '>') {
        if (!raw_field_allowed(tag.name)) {
          diags.error(at, "the template inserts '" + tag.name + "' unescaped (it is text, and could inject markup)",
                      "while rendering " + for_file + "; write {{" + tag.name +
                          "}}: only markup panelpack makes (paper and the fields named *_html and *_svg) may be "
                          "inserted with {{{ }}}");
          ok = false;
        }
      } else if (!plain_name(tag.name)) {
        diags.error(at, "the partial '" + tag.name + "' is not a plain name (partials are not paths)",
                    "while rendering " + for_file + "; write {{> letterhead}} for the partial _letterhead.html in " +
                        (dir_.empty() ? std::string("templates") : dir_) + "/ or among the built-in templates");
        ok = false;
      } else if (!ready->partials.count(tag.name) && !missing.count(tag.name)) {
        std::string reason;
        auto p = source("_" + tag.name, &reason);
        if (!p) {
          const std::string file = join_path(dir_, "_" + tag.name + ".html");
          diags.error(at,
                      reason.empty() ? "failed to find the partial '" + tag.name + "' (no _" + tag.name + ".html)"
                                     : "failed to read the partial " + file + " (" + reason + ")",
                      "while rendering " + for_file);
          ok = false;
          missing.insert(tag.name);
          continue;
        }
        diags.add_source(p->shown_as, p->text);
        // Each partial is parsed on its own once per engine, whichever templates use it.
        if (!parsed_partials_.count(p->shown_as + '\0' + p->text)) {
          if (parse(*p, for_file, diags)) parsed_partials_.insert(p->shown_as + '\0' + p->text);
          else ok = false;
        }
        pending.emplace_back(p->shown_as, p->text);
        ready->partials[tag.name] = ready->partial_sources.size();
        ready->partial_sources.push_back(std::move(*p));
      }
    }
  }
  if (!ok) return nullptr;
  if (ready->partials.empty()) {
    ready->tmpl = std::move(parsed);
  } else {
    std::string expanded;
    std::vector<std::string> stack;
    if (!expand_partials(top.text, top.shown_as, ready->partial_sources, ready->partials, stack, for_file, expanded,
                         diags))
      return nullptr;
    ready->tmpl = std::make_unique<mustache::mustache>(expanded);
  }
  prepared_.emplace(name, ready);
  return ready;
}

std::optional<std::string> TemplateEngine::render(const std::string& name, const nlohmann::json& view,
                                                  const std::string& for_file, Diagnostics& diags,
                                                  const nlohmann::json* also) const {
  std::shared_ptr<Prepared> ready = prepare(name, for_file, diags);
  if (!ready) return std::nullopt;
  const Source& src = ready->src;
  diags.add_source(src.shown_as, src.text);
  for (const Source& p : ready->partial_sources) diags.add_source(p.shown_as, p.text);
  mustache::data data = shell(view);
  ListLengths lists;
  fill(view, data, lists);
  if (also) {
    mustache::data more = shell(*also);
    fill(*also, more, lists);
    if (more.is_object())
      for (auto it = also->begin(); it != also->end(); ++it) data.set(it.key(), *more.get(it.key()));
  }
  if (auto runaway = runaway_section(src.text, lists)) {
    diags.error(position_in(src.shown_as, src.text, *runaway),
                "broken template (sections nested more than " + std::to_string(kMaxSectionDepth) +
                    " deep, or repeating a list inside itself)",
                "while rendering " + for_file + "; close each {{#section}} before opening the next");
    return std::nullopt;
  }
  // A page's paper that passed the check as a paper, ending in text, is not
  // read again inside the page: the page is checked with the slot in its
  // place, and the paper goes in only where the slot stood as text.
  const nlohmann::json* paper = nullptr;
  if (view.is_object() && !also)
    if (auto it = view.find("paper"); it != view.end() && it->is_string()) paper = &*it;
  const Checked* known = paper ? recently_checked(paper->get_ref<const std::string&>()) : nullptr;
  if (known && known->ends_in_text && !holds_char(view, kPaperSlot[0], paper)) {
    data.set("paper", std::string(kPaperSlot));
    const std::string page = ready->tmpl->render(data);
    MarkupScan scan;
    if (ready->tmpl->is_valid() &&
        (scan = scan_markup(page, allowed_scripts_, kPaperSlot)).slots_in_text == count_of(page, kPaperSlot)) {
      std::string out = splice(page, known->html, scan.found);
      if (scan.found.empty()) return out;
      report_unsafe(scan.found, out, src.shown_as, for_file, diags);
      return std::nullopt;
    }
    data.set("paper", paper->get_ref<const std::string&>());  // the slot stood in markup: read the whole page
  }
  std::string out = ready->tmpl->render(data);
  if (!ready->tmpl->is_valid()) {
    // The parsed template keeps the error: parse it afresh next time.
    diags.error({src.shown_as, 0, 0}, "broken template (" + ready->tmpl->error_message() + ")",
                "while rendering " + for_file);
    prepared_.erase(name);
    return std::nullopt;
  }
  // The same paper in both trees (an annex, an agenda without Part 2 items)
  // comes out the same twice in a row: an output equal to one just checked
  // needs no second reading.
  if (recently_checked(out)) return out;
  MarkupScan scan = scan_markup(out, allowed_scripts_);
  if (!scan.found.empty()) {
    report_unsafe(scan.found, out, src.shown_as, for_file, diags);
    return std::nullopt;
  }
  recent_checked_[next_checked_++ % recent_checked_.size()] = {out, scan.ends_in_text};
  return out;
}

const TemplateEngine::Checked* TemplateEngine::recently_checked(const std::string& html) const {
  for (const Checked& c : recent_checked_)
    if (c.html == html) return &c;
  return nullptr;
}

}  // namespace panelpack
