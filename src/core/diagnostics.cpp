#include "core/diagnostics.h"

#include <algorithm>
#include <tuple>

#include "core/source_excerpt.h"

namespace panelpack {

void Diagnostics::add(Diagnostic d) {
  std::string key = std::string(d.severity == Severity::error ? "e" : "w") + d.pos.file + '\0' +
                    std::to_string(d.pos.line) + ':' + std::to_string(d.pos.col) + '\0' + d.message;
  if (!keys_.insert(std::move(key)).second) return;
  (d.severity == Severity::error ? errors_ : warnings_) += 1;
  list_.push_back(std::move(d));
}

void Diagnostics::error(SourcePos pos, std::string message, std::string hint) {
  add({Severity::error, std::move(pos), std::move(message), std::move(hint)});
}

void Diagnostics::warning(SourcePos pos, std::string message, std::string hint) {
  add({Severity::warning, std::move(pos), std::move(message), std::move(hint)});
}

void Diagnostics::merge(Diagnostics&& other) {
  for (auto& [file, text] : other.sources_) sources_.try_emplace(file, std::move(text));
  for (auto& d : other.list_) add(std::move(d));
  other = Diagnostics();
}

void Diagnostics::add_source(const std::string& file, std::string text) {
  sources_[file] = std::move(text);
}

namespace {
std::string line_of(const std::string& text, int line) {
  size_t start = 0;
  for (int i = 1; i < line; ++i) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) return {};
    start = nl + 1;
  }
  size_t end = text.find('\n', start);
  std::string s = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (!s.empty() && s.back() == '\r') s.pop_back();
  return s;
}

// Columns count characters, not bytes: advance the caret past UTF-8 sequences.
std::string caret_padding(const std::string& line, int col) {
  std::string pad;
  int seen = 1;
  for (size_t i = 0; i < line.size() && seen < col; ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;
    pad += line[i] == '\t' ? '\t' : ' ';
    ++seen;
  }
  return pad;
}
}  // namespace

const std::string* Diagnostics::source(const std::string& file) const {
  if (auto it = sources_.find(file); it != sources_.end()) return &it->second;
  return parent_ ? parent_->source(file) : nullptr;
}

std::string Diagnostics::source_line(const std::string& file, int line) const {
  const std::string* text = source(file);
  return !text || line < 1 ? std::string() : line_of(*text, line);
}

std::string Diagnostics::format(const Diagnostic& d) const {
  std::string out;
  if (d.pos.known()) out += d.pos.str() + ": ";
  out += d.severity == Severity::error ? "error: " : "warning: ";
  out += d.message + "\n";
  const std::string* source_text = source(d.pos.file);
  if (source_text && d.pos.line > 0) {
    const Excerpt shown = excerpt(line_of(*source_text, d.pos.line), d.pos.col);
    const std::string& text = shown.text;
    std::string num = std::to_string(d.pos.line);
    std::string gutter(num.size(), ' ');
    out += " " + num + " | " + text + "\n";
    if (d.pos.col > 0) out += " " + gutter + " | " + caret_padding(text, shown.col) + "^\n";
  }
  if (!d.hint.empty()) out += "hint: " + d.hint + "\n";
  return out;
}

std::string Diagnostics::format() const {
  std::vector<const Diagnostic*> sorted;
  for (const auto& d : list_) sorted.push_back(&d);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic* a, const Diagnostic* b) {
    return std::tie(a->pos.file, a->pos.line, a->pos.col) <
           std::tie(b->pos.file, b->pos.line, b->pos.col);
  });
  std::string out;
  for (size_t i = 0; i < sorted.size();) {
    // One file's messages: the first kMaxShownPerFile, then how many more.
    size_t end = i;
    while (end < sorted.size() && sorted[end]->pos.file == sorted[i]->pos.file) ++end;
    const size_t shown = std::min(end - i, kMaxShownPerFile);
    for (size_t k = i; k < i + shown; ++k) out += format(*sorted[k]);
    if (end - i > shown) {
      const size_t more = end - i - shown;
      out += (sorted[i]->pos.file.empty() ? std::string() : sorted[i]->pos.file + ": ") + "… and " +
             std::to_string(more) + " more " + (more == 1 ? "message" : "messages") + " about this file (the first " +
             std::to_string(shown) + " are shown)\n";
    }
    i = end;
  }
  return out;
}

}  // namespace panelpack
