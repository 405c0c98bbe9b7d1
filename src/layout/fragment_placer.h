#pragma once
// Puts fragments onto a surface (a page, or a table cell being assembled):
// moves their content into place and draws the background and borders of
// the boxes they sit in, one segment per page a box spans (a box cut by a
// page break has no bottom border before the break nor top border after).
#include <vector>

#include "layout/fragment.h"

namespace layout {

class FragmentPlacer {
 public:
  FragmentPlacer(const Flow& flow, Content& out, double dx) : flow_(flow), out_(&out), dx_(dx) {}

  // A new surface `out` starts at `top`: boxes still open continue on it.
  void begin_segment(Content& out, double top);
  // Places `f` with its top at `y` (copying its content, as artifacts
  // when asked: repeated table headers) …
  void place(const Fragment& f, double y, bool artifact = false);
  // … or moving it, when `f` is not needed again.
  void place(Fragment&& f, double y);
  // The surface ends; open boxes are drawn down to `bottom`.
  void end_segment(double bottom);

 private:
  struct Open {
    int box;
    double top;
    bool first_segment;
    std::size_t background;  // index of its background in out_.items, or npos
  };
  void open_box(int box, double top, bool first);
  void draw(const Open& o, double bottom, bool last_segment);
  bool place_marker(const Fragment& f, double y);  // box_open/box_close; false for others

  const Flow& flow_;
  Content* out_;
  double dx_;
  std::vector<Open> open_;
};

}  // namespace layout
