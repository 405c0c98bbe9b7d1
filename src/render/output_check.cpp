#include "render/output_check.h"

#include <algorithm>
#include <string_view>
#include <array>

#include "core/safe_link.h"
#include "core/source_pos.h"

namespace panelpack {

namespace {

// ASCII only, without the C library's locale: markup names and schemes are ASCII.
char lower_char(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// What ends what, by byte: one look-up per character of a tag.
enum : unsigned char { kSpace = 1, kEndsTagName = 2, kEndsAttributeName = 4 };
constexpr auto kClasses = [] {
  std::array<unsigned char, 256> t{};
  for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[c] = kSpace | kEndsTagName | kEndsAttributeName;
  t['>'] = kEndsTagName | kEndsAttributeName;
  t['/'] = kEndsTagName;  // in a name, only "/>" ends it
  t['='] = kEndsAttributeName;
  return t;
}();
bool is(char c, unsigned char what) { return (kClasses[static_cast<unsigned char>(c)] & what) != 0; }
bool space(char c) { return is(c, kSpace); }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower_char(c);
  return out;
}

// Attributes whose value a browser follows or loads as an address.
bool url_attribute(std::string_view name) {
  constexpr std::string_view names[] = {"href", "src",      "action",   "formaction", "xlink:href", "poster", "data",
                                        "background", "cite", "longdesc", "codebase",   "manifest",   "ping",   "lowsrc",
                                        "dynsrc"};
  if (name.size() < 3 || name.size() > 10) return false;  // most names are not one: no comparing
  for (std::string_view n : names)
    if (n == name) return true;
  return false;
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

MarkupScan scan_markup(const std::string& html, const std::vector<std::string>& allowed_scripts, std::string_view slot) {
  MarkupScan scan;
  std::vector<UnsafeMarkup>& found = scan.found;
  const std::string_view text(html);
  const size_t n = html.size();
  size_t i = 0;
  // Everything from the last end of markup up to `end` is text.
  auto text_until = [&](size_t end) {
    if (slot.empty()) return;
    for (size_t at = text.find(slot, i); at != std::string_view::npos && at + slot.size() <= end;
         at = text.find(slot, at + slot.size()))
      if (at == 0 || text[at - 1] != '<') ++scan.slots_in_text;
  };
  auto skip_to = [&](std::string_view end, size_t from) {
    size_t at = text.find(end, from);
    if (at == std::string_view::npos) scan.ends_in_text = false;
    return at == std::string_view::npos ? n : at + end.size();
  };
  while (i < n) {
    size_t lt = text.find('<', i);
    text_until(lt == std::string_view::npos ? n : lt);
    if (lt == std::string_view::npos) break;
    if (lt + 1 == n) scan.ends_in_text = false;  // "<" then whatever follows
    if (lt + 1 < n && text[lt + 1] == '!' && text.compare(lt, 4, "<!--") == 0) {
      i = skip_to("-->", lt + 4);
      continue;
    }
    if (lt + 1 < n && (text[lt + 1] == '!' || text[lt + 1] == '?' || text[lt + 1] == '/')) {
      i = skip_to(">", lt + 1);
      continue;
    }
    size_t p = lt + 1;
    if (p >= n || !letter(text[p])) {
      i = lt + 1;
      continue;
    }
    size_t name_end = p;
    while (name_end < n && !is(text[name_end], kEndsTagName)) ++name_end;
    // The name in lower case, in place: every name that matters here is short.
    char tag_name[16];
    const size_t tag_size = name_end - p < sizeof tag_name ? name_end - p : 0;
    for (size_t k = 0; k < tag_size; ++k) tag_name[k] = lower_char(text[p + k]);
    const std::string_view tag_view(tag_name, tag_size);
    const size_t tag_at = p;
    auto tag = [&] { return lower(text.substr(tag_at, name_end - tag_at)); };  // for messages
    const bool script = tag_view == "script", meta = tag_view == "meta";
    p = name_end;
    std::string script_src;
    bool script_src_given = false;
    // Attributes, up to the '>' that ends the tag. Values are looked at where
    // they lie; only an address is copied, to be read as the browser would.
    while (p < n && text[p] != '>') {
      if (space(text[p]) || text[p] == '/') {
        ++p;
        continue;
      }
      const size_t attr_at = p;
      while (p < n && !is(text[p], kEndsAttributeName) && !(text[p] == '/' && p + 1 < n && text[p + 1] == '>')) ++p;
      // The name in lower case, in place: every name that matters here is short.
      const std::string_view raw = text.substr(attr_at, p - attr_at);
      char name[16];
      const size_t name_size = raw.size() < sizeof name ? raw.size() : 0;
      for (size_t k = 0; k < name_size; ++k) name[k] = lower_char(raw[k]);
      const std::string_view attr(name, name_size);
      while (p < n && space(text[p])) ++p;
      std::string_view value;
      if (p < n && text[p] == '=') {
        ++p;
        while (p < n && space(text[p])) ++p;
        if (p < n && (text[p] == '"' || text[p] == '\'')) {
          const char quote = text[p];
          size_t close = text.find(quote, p + 1);
          if (close == std::string_view::npos) close = n;
          value = text.substr(p + 1, close - p - 1);
          p = std::min(n, close + 1);
        } else {
          const size_t v = p;
          while (p < n && !space(text[p]) && text[p] != '>') ++p;
          value = text.substr(v, p - v);
        }
      }
      if (raw.size() > 2 && lower_char(raw[0]) == 'o' && lower_char(raw[1]) == 'n') {
        found.push_back({attr_at, "an event attribute " + lower(raw) + " on <" + tag() + ">", kScriptHint});
      } else if (url_attribute(attr) && !allowed_scheme(std::string(value))) {
        found.push_back({attr_at,
                         "a link to a " + link_scheme(as_browser_reads(std::string(value))) + ": address in " +
                             std::string(attr) + " of <" + tag() + ">",
                         "links and sources may use http, https, mailto and tel addresses, or relative ones"});
      } else if (attr == "srcset") {
        // "a.png 1x, javascript:… 2x": each candidate's address.
        size_t from = 0;
        while (from < value.size()) {
          size_t comma = value.find(',', from);
          std::string candidate =
              as_browser_reads(std::string(value.substr(from, comma == std::string_view::npos ? comma : comma - from)));
          candidate = candidate.substr(0, candidate.find(' '));
          if (!safe_link(candidate)) {
            found.push_back({attr_at, "a link to a " + link_scheme(candidate) + ": address in srcset of <" + tag() + ">",
                             "images may come from http and https addresses, or relative ones"});
            break;
          }
          if (comma == std::string_view::npos) break;
          from = comma + 1;
        }
      } else if (meta && attr == "content" && lower(value).find("url=") != std::string::npos) {
        // <meta http-equiv="refresh" content="0;url=javascript:…">
        const std::string url(value.substr(lower(value).find("url=") + 4));
        if (!allowed_scheme(url))
          found.push_back({attr_at, "a link to a " + link_scheme(as_browser_reads(url)) + ": address in content of <meta>",
                           "links may use http, https, mailto and tel addresses, or relative ones"});
      }
      if (script && attr == "src") script_src = std::string(value), script_src_given = true;
    }
    if (p >= n) scan.ends_in_text = false;
    const size_t tag_end = std::min(n, p + 1);
    if (script || tag_view == "style" || tag_view == "title" || tag_view == "textarea") {
      // Their content is text to the browser, never markup: skip to the end tag.
      size_t content_end = n;
      for (size_t at = text.find("</", tag_end); at != std::string_view::npos; at = text.find("</", at + 2))
        if (lower(text.substr(at + 2, tag_view.size())) == tag_view) {
          content_end = at;
          break;
        }
      if (content_end == n) scan.ends_in_text = false;
      if (script) {
        const bool empty = text.find_first_not_of(" \t\r\n", tag_end) >= content_end;
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
  return scan;
}

void report_unsafe(const std::vector<UnsafeMarkup>& found, const std::string& html, const std::string& template_file,
                   const std::string& for_file, Diagnostics& diags) {
  for (const auto& f : found) {
    const int line = position_in(template_file, html, f.offset).line;
    diags.error({template_file, 0, 0},
                "the template produced " + f.what + " for " + for_file + " (scripts are not published, output line " +
                    std::to_string(line) + ")",
                f.hint);
  }
}

}  // namespace panelpack
