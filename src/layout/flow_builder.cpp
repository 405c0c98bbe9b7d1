#include "layout/flow_builder.h"

#include <algorithm>

namespace layout {

void FlowBuilder::add_margin(double m) {
  if (!margin_pending_) {
    margin_ = m;
    margin_pending_ = true;
  } else if (m >= 0 && margin_ >= 0) {
    margin_ = std::max(margin_, m);
  } else if (m < 0 && margin_ < 0) {
    margin_ = std::min(margin_, m);
  } else {
    margin_ += m;
  }
}

void FlowBuilder::force_break(style::BreakValue v) {
  if (v == style::BreakValue::page || v == style::BreakValue::left || v == style::BreakValue::right) {
    // right/left outrank page when several meet
    if (forced_ == style::BreakValue::automatic || forced_ == style::BreakValue::page) forced_ = v;
  }
}

void FlowBuilder::push(Fragment f) {
  bool inside = avoid_inside_ > 0 && !first_in_avoid_;
  f.break_allowed = f.break_allowed && !avoid_next_ && !inside;
  if (forced_ != style::BreakValue::automatic) {
    f.forced = forced_;
    f.break_allowed = true;
    forced_ = style::BreakValue::automatic;
  }
  avoid_next_ = false;
  first_in_avoid_ = false;
  flow_.fragments.push_back(std::move(f));
}

void FlowBuilder::emit(Fragment f, double baseline) {
  if (margin_pending_) {
    margin_pending_ = false;
    if (margin_ != 0) {
      Fragment m;
      m.kind = Fragment::margin;
      m.height = margin_;
      push(std::move(m));
      avoid_next_ = true;  // the break belongs before the margin, not after it
    }
  }
  if (f.kind == Fragment::content) {
    if (!markers_.empty()) {
      if (baseline < 0)
        for (const Item& it : f.body.items)
          if (const auto* t = std::get_if<TextRun>(&it)) {
            baseline = t->y;
            break;
          }
      for (TextRun& r : markers_) r.y = baseline >= 0 ? baseline : 0.905 * r.size;
      f.body.items.insert(f.body.items.begin(), std::make_move_iterator(markers_.begin()),
                          std::make_move_iterator(markers_.end()));
      markers_.clear();
    }
    for (std::string& a : anchors_) f.body.anchors.push_back(Anchor{std::move(a), 0});
    anchors_.clear();
    for (Mark& m : marks_) f.body.marks.push_back(std::move(m));
    marks_.clear();
    has_content_ = true;
  }
  push(std::move(f));
}

void FlowBuilder::emit_padding(double h) {
  if (h <= 0) return;
  Fragment f;
  f.kind = Fragment::padding;
  f.height = h;
  emit(std::move(f));
}

int FlowBuilder::open_box(const BoxDecor& box) {
  flow_.boxes.push_back(box);
  int id = static_cast<int>(flow_.boxes.size()) - 1;
  Fragment f;
  f.kind = Fragment::box_open;
  f.box = id;
  emit(std::move(f));
  avoid_next_ = true;
  return id;
}

void FlowBuilder::close_box(int box) {
  Fragment f;
  f.kind = Fragment::box_close;
  f.box = box;
  // A margin still pending (a last child's, with no padding or border to
  // hold it) collapses through the box's end and is laid out after it.
  avoid_next_ = true;
  push(std::move(f));
}

}  // namespace layout
