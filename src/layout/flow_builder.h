#pragma once
// Appends fragments to a Flow while keeping the rules of where pages may
// break: adjoining vertical margins collapse into one margin fragment;
// break-after/before: avoid, break-inside: avoid, orphans and widows forbid
// a break before the next fragment; forced breaks ride on the next
// fragment. Pending list markers (several when an item's content starts
// with another list), destinations and bookmarks are attached to the next
// fragment with content.
#include <string>
#include <vector>

#include "layout/fragment.h"

namespace layout {

class FlowBuilder {
 public:
  explicit FlowBuilder(Flow& flow) : flow_(flow) {}

  Flow& flow() { return flow_; }

  void add_margin(double m);           // collapses with a margin already pending
  void force_break(style::BreakValue v);
  void avoid_break() { avoid_next_ = true; }
  // Within break-inside: avoid, only the first fragment (the box's own
  // start) may have a break before it.
  void push_avoid_inside() {
    if (avoid_inside_++ == 0) first_in_avoid_ = true;
  }
  void pop_avoid_inside() { --avoid_inside_; }

  // A list item's marker (x final) waits for the item's first line.
  void set_marker(TextRun run) { markers_.push_back(std::move(run)); }
  bool marker_pending() const { return !markers_.empty(); }
  void add_anchor(std::string name) { anchors_.push_back(std::move(name)); }
  void add_mark(int level, std::string title) { marks_.push_back(Mark{level, std::move(title), 0}); }

  // Appends `f`; `baseline` (from the fragment's top) places pending
  // markers. When it is negative, the first text run's baseline is used (a
  // table row's first line), else the marker's own ascent.
  void emit(Fragment f, double baseline = -1);
  // Vertical padding and borders of a box (kept at the top of a page).
  void emit_padding(double h);
  int open_box(const BoxDecor& box);
  void close_box(int box);

  // Whether anything but margins has been emitted.
  bool has_content() const { return has_content_; }

 private:
  void push(Fragment f);

  Flow& flow_;
  double margin_ = 0;
  bool margin_pending_ = false;
  bool avoid_next_ = false;
  int avoid_inside_ = 0;
  bool first_in_avoid_ = false;
  style::BreakValue forced_ = style::BreakValue::automatic;
  std::vector<TextRun> markers_;
  std::vector<std::string> anchors_;
  std::vector<Mark> marks_;
  bool has_content_ = false;
};

}  // namespace layout
