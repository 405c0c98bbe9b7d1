#include "render/output_check.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_set>

#include "core/safe_link.h"
#include "core/source_pos.h"

namespace panelpack {

namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Attributes whose value a browser follows or loads as an address.
bool url_attribute(const std::string& name) {
  static const std::unordered_set<std::string_view> names{
      "href", "src",      "action",   "formaction", "xlink:href", "poster", "data",  "background",
      "cite", "longdesc", "codebase", "manifest",   "ping",       "lowsrc", "dynsrc"};
  return names.count(name) > 0;
}

// The value of an attribute as the browser sees it: character references
// decoded (so "java&#115;cript:" is caught), tabs and line breaks dropped and
// leading spaces and control characters removed (browsers ignore them in a
// scheme).
std::string as_browser_reads(const std::string& value) {
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    if (c == '&') {
      size_t semi = value.find(';', i);
      std::string ref = semi == std::string::npos ? "" : lower(value.substr(i + 1, semi - i - 1));
      long code = -1;
      if (ref.size() > 1 && ref[0] == '#') {
        try {
          code = ref[1] == 'x' ? std::stol(ref.substr(2), nullptr, 16) : std::stol(ref.substr(1));
        } catch (...) {
        }
      } else if (ref == "colon") {
        code = ':';
      } else if (ref == "tab") {
        code = '\t';
      } else if (ref == "newline") {
        code = '\n';
      } else if (ref == "amp") {
        code = '&';
      }
      if (code >= 0) {
        if (code < 128) out += static_cast<char>(code);
        else out += '?';  // not ASCII: cannot be part of a scheme anyway
        i = semi;
        continue;
      }
    }
    out += c;
  }
  std::string clean;
  for (char c : out)
    if (c != '\t' && c != '\n' && c != '\r') clean += c;
  size_t start = 0;
  while (start < clean.size() && static_cast<unsigned char>(clean[start]) <= ' ') ++start;
  return clean.substr(start);
}

bool allowed_scheme(const std::string& value) { return safe_link(as_browser_reads(value)); }

const char* const kScriptHint =
    "pages may not run scripts; to publish a script of your own (analytics, say), list its address under "
    "'allow_scripts' in panelpack.yaml";

}  // namespace

bool raw_field_allowed(const std::string& name) {
  std::string last = name;
  if (size_t dot = last.rfind('.'); dot != std::string::npos) last.erase(0, dot + 1);
  return last == "paper" || last.ends_with("_html") || last.ends_with("_svg");
}

std::vector<UnsafeMarkup> unsafe_markup(const std::string& html, const std::vector<std::string>& allowed_scripts) {
  std::vector<UnsafeMarkup> found;
  const size_t n = html.size();
  size_t i = 0;
  auto skip_to = [&](const std::string& end, size_t from) {
    size_t at = html.find(end, from);
    return at == std::string::npos ? n : at + end.size();
  };
  while (i < n) {
    size_t lt = html.find('<', i);
    if (lt == std::string::npos) break;
    if (lt + 1 < n && html[lt + 1] == '!' && html.compare(lt, 4, "<!--") == 0) {
      i = skip_to("-->", lt + 4);
      continue;
    }
    if (lt + 1 < n && (html[lt + 1] == '!' || html[lt + 1] == '?' || html[lt + 1] == '/')) {
      i = skip_to(">", lt + 1);
      continue;
    }
    size_t p = lt + 1;
    if (p >= n || !std::isalpha(static_cast<unsigned char>(html[p]))) {
      i = lt + 1;
      continue;
    }
    size_t name_end = p;
    while (name_end < n && !std::isspace(static_cast<unsigned char>(html[name_end])) && html[name_end] != '>' &&
           html[name_end] != '/')
      ++name_end;
    const std::string tag = lower(html.substr(p, name_end - p));
    p = name_end;
    std::string script_src;
    bool script_src_given = false;
    // Attributes, up to the '>' that ends the tag.
    while (p < n && html[p] != '>') {
      if (std::isspace(static_cast<unsigned char>(html[p])) || html[p] == '/') {
        ++p;
        continue;
      }
      const size_t attr_at = p;
      while (p < n && !std::isspace(static_cast<unsigned char>(html[p])) && html[p] != '=' && html[p] != '>' &&
             !(html[p] == '/' && p + 1 < n && html[p + 1] == '>'))
        ++p;
      const std::string attr = lower(html.substr(attr_at, p - attr_at));
      while (p < n && std::isspace(static_cast<unsigned char>(html[p]))) ++p;
      std::string value;
      if (p < n && html[p] == '=') {
        ++p;
        while (p < n && std::isspace(static_cast<unsigned char>(html[p]))) ++p;
        if (p < n && (html[p] == '"' || html[p] == '\'')) {
          const char quote = html[p];
          size_t close = html.find(quote, p + 1);
          if (close == std::string::npos) close = n;
          value = html.substr(p + 1, close - p - 1);
          p = std::min(n, close + 1);
        } else {
          const size_t v = p;
          while (p < n && !std::isspace(static_cast<unsigned char>(html[p])) && html[p] != '>') ++p;
          value = html.substr(v, p - v);
        }
      }
      if (attr.size() > 2 && attr.starts_with("on")) {
        found.push_back({attr_at, "an event attribute " + attr + " on <" + tag + ">", kScriptHint});
      } else if (url_attribute(attr) && !allowed_scheme(value)) {
        found.push_back({attr_at,
                         "a link to a " + link_scheme(as_browser_reads(value)) + ": address in " + attr + " of <" +
                             tag + ">",
                         "links and sources may use http, https, mailto and tel addresses, or relative ones"});
      } else if (attr == "srcset") {
        // "a.png 1x, javascript:… 2x": each candidate's address.
        size_t from = 0;
        while (from < value.size()) {
          size_t comma = value.find(',', from);
          std::string candidate = value.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
          candidate = as_browser_reads(candidate);
          candidate = candidate.substr(0, candidate.find(' '));
          if (!safe_link(candidate)) {
            found.push_back({attr_at, "a link to a " + link_scheme(candidate) + ": address in srcset of <" + tag + ">",
                             "images may come from http and https addresses, or relative ones"});
            break;
          }
          if (comma == std::string::npos) break;
          from = comma + 1;
        }
      } else if (attr == "content" && tag == "meta" && lower(value).find("url=") != std::string::npos) {
        // <meta http-equiv="refresh" content="0;url=javascript:…">
        const std::string url = value.substr(lower(value).find("url=") + 4);
        if (!allowed_scheme(url))
          found.push_back({attr_at, "a link to a " + link_scheme(as_browser_reads(url)) + ": address in content of <meta>",
                           "links may use http, https, mailto and tel addresses, or relative ones"});
      }
      if (tag == "script" && attr == "src") script_src = value, script_src_given = true;
    }
    const size_t tag_end = std::min(n, p + 1);
    if (tag == "script" || tag == "style" || tag == "title" || tag == "textarea") {
      // Their content is text to the browser, never markup: skip to the end tag.
      size_t content_end = n;
      for (size_t at = html.find("</", tag_end); at != std::string::npos; at = html.find("</", at + 2))
        if (lower(html.substr(at + 2, tag.size())) == tag) {
          content_end = at;
          break;
        }
      if (tag == "script") {
        const bool empty = html.find_first_not_of(" \t\r\n", tag_end) >= content_end;
        const bool allowed = script_src_given && empty &&
                             std::find(allowed_scripts.begin(), allowed_scripts.end(), script_src) !=
                                 allowed_scripts.end();
        if (!allowed)
          found.push_back({lt, script_src_given ? "a <script> element for " + script_src : "a <script> element",
                           kScriptHint});
      }
      i = skip_to(">", content_end);
      continue;
    }
    i = tag_end;
  }
  return found;
}

bool check_template_output(const std::string& html, const std::string& template_file, const std::string& for_file,
                           const std::vector<std::string>& allowed_scripts, Diagnostics& diags) {
  const auto found = unsafe_markup(html, allowed_scripts);
  for (const auto& f : found) {
    const int line = position_in(template_file, html, f.offset).line;
    diags.error({template_file, 0, 0},
                "the template produced " + f.what + " for " + for_file + " (scripts are not published, output line " +
                    std::to_string(line) + ")",
                f.hint);
  }
  return found.empty();
}

}  // namespace panelpack
