#include "pdf/page_painter.h"

#include <cmath>

#include "pdf/content_stream.h"
#include "pdf/structure_types.h"
#include "pdf/utf8.h"

namespace pdf {

namespace {

struct State {
  int face = -1;
  double size = -1;
  layout::Color fill;    // PDF starts with black fill and stroke,
  layout::Color stroke;  // 1 pt lines and a solid dash
  double line_width = 1;
  std::vector<double> dash;
  double word_space = 0;  // Tw
};

class Painter {
 public:
  Painter(const layout::Page& page, const std::vector<layout::StructNode>& structure,
          const PageResources& res)
      : page_(page), structure_(structure), res_(res) {}

  // Text objects (BT … ET) stay open across structure elements, so a page
  // of paragraphs is one text object whose lines move relative to each
  // other; marked-content sequences nest inside it. Shapes and images must
  // be outside: a sequence opened inside the text object is then closed
  // there and continued outside under a new MCID of the same element.
  PaintedPage run() {
    for (const layout::Item& item : page_.items) {
      layout::StructId tag = std::visit([](const auto& i) { return i.tag; }, item);
      if (tag < 0 || tag >= static_cast<int>(structure_.size())) tag = layout::kArtifact;
      if (open_ && tag != group_) close_group();
      bool text = std::holds_alternative<layout::TextRun>(item);
      if (!text) end_text();
      if (text && !open_ && !in_text_) begin_text();  // so the sequence nests inside BT
      if (!open_) open_group(tag);
      std::visit([&](const auto& i) { paint(i); }, item);
    }
    close_group();
    end_text();
    return {out_.take(), std::move(mcids_)};
  }

 private:
  double flip(double y) const { return page_.height - y; }

  void open_group(layout::StructId tag) {
    if (tag == layout::kArtifact) {
      out_.op("/Artifact BMC");
    } else {
      out_.raw("/").raw(structure_type(structure_[tag].role)).raw(" <</MCID ");
      out_.raw(std::to_string(mcids_.size())).op(">> BDC");
      mcids_.push_back(tag);
    }
    open_ = true;
    group_ = tag;
    group_in_text_ = in_text_;
  }

  void close_group() {
    close_line();
    if (!open_) return;
    // A text object begun inside the sequence must end inside it.
    if (in_text_ && !group_in_text_) {
      out_.op("ET");
      in_text_ = false;
    }
    out_.op("EMC");
    open_ = false;
  }

  void begin_text() {
    out_.op("BT");
    in_text_ = true;
    line_x_ = line_y_ = 0;  // BT resets the line matrix
  }

  void end_text() {
    close_line();
    if (!in_text_) return;
    if (open_ && group_in_text_) {
      out_.op("EMC");
      out_.op("ET");
      in_text_ = false;
      open_ = false;
      open_group(group_);
      return;
    }
    out_.op("ET");
    in_text_ = false;
  }

  // Writes the line of text gathered so far. When every gap on it is the
  // same stretched space (justified text), the line is one string with Tw
  // word spacing, which one-byte codes allow (code 32 is the space);
  // otherwise a TJ array with a position adjustment per gap.
  void close_line() {
    if (!line_open_) return;
    line_open_ = false;
    int bytes = res_.faces->code_bytes(state_.face);
    bool uniform = bytes == 1;
    for (size_t i = 1; i < pieces_.size() && uniform; ++i) {
      const std::string& before = pieces_[i - 1].codes;
      uniform = std::abs(pieces_[i].adjust - pieces_[1].adjust) < 0.05 && !before.empty() &&
                before.back() == ' ' && before.find(' ') == before.size() - 1;
    }
    // A space in the last piece would stretch with Tw; the line's closing
    // break space (invisible at the line's end) may.
    if (uniform && pieces_.size() > 1) {
      const std::string& last = pieces_.back().codes;
      size_t space = last.find(' ');
      if (space != std::string::npos && !(break_space_ && space == last.size() - 1)) uniform = false;
    }
    break_space_ = false;
    // Tw to 1/100 pt: at most a few hundredths of a point off at the margin.
    double tw = uniform && pieces_.size() > 1 ? std::round(-pieces_[1].adjust * state_.size / 10) / 100 : 0;
    bool has_space = false;
    for (const Piece& p : pieces_) has_space = has_space || p.codes.find(' ') != std::string::npos;
    if (!uniform && has_space && state_.word_space != 0) tw = 0;
    if (tw != state_.word_space && (uniform || has_space)) {
      out_.num(tw).op("Tw");
      state_.word_space = tw;
    }
    if (uniform || pieces_.size() == 1) {
      std::string all;
      for (const Piece& p : pieces_) all += p.codes;
      out_.codes(all, bytes).op(" Tj");
    } else {
      out_.raw("[");
      for (size_t i = 0; i < pieces_.size(); ++i) {
        if (i && std::abs(pieces_[i].adjust) >= 0.05) out_.raw(format_number(pieces_[i].adjust, 1));
        out_.codes(pieces_[i].codes, bytes);
      }
      out_.op("] TJ");
    }
    pieces_.clear();
  }

  void set_fill(const layout::Color& c) {
    if (c == state_.fill) return;
    out_.num(c.r, 3).num(c.g, 3).num(c.b, 3).op("rg");
    state_.fill = c;
  }

  void set_stroke(const layout::Stroke& s) {
    if (!(s.color == state_.stroke)) {
      out_.num(s.color.r, 3).num(s.color.g, 3).num(s.color.b, 3).op("RG");
      state_.stroke = s.color;
    }
    if (s.width != state_.line_width) {
      out_.num(s.width).op("w");
      state_.line_width = s.width;
    }
    if (s.dash != state_.dash) {
      out_.raw("[");
      for (double d : s.dash) out_.num(d);
      out_.op("] 0 d");
      state_.dash = s.dash;
    }
  }

  // Runs on one baseline in one face, size and colour (words of justified
  // text, say) make one line: the gap between two runs becomes a space,
  // when it is wide enough to be one and neither side has a space, plus a
  // position adjustment, so text extraction sees real spaces.
  void paint(const layout::TextRun& run) {
    int face = res_.faces->face_index(run.font);
    res_.faces->codes(face, decode_utf8(run.text), codes_);
    if (codes_.empty()) return;
    if (!in_text_) begin_text();
    double y = flip(run.y);
    bool same_line = line_open_ && face == state_.face && run.size == state_.size &&
                     run.color == state_.fill && std::abs(y - line_y_) < 0.01 && run.x >= pen_x_ - 0.01;
    if (same_line) {
      double gap = run.x - pen_x_;
      std::string space = res_.faces->space_code(face);
      double space_w = res_.faces->advance(face, space) * run.size / 1000;
      if (!space.empty() && gap > 0.3 * space_w && !ends_with_space_ && run.text.front() != ' ') {
        pieces_.back().codes += space;
        gap -= space_w;
      }
      pieces_.push_back({codes_, -gap * 1000 / run.size});
    } else {
      close_line();
      set_fill(run.color);
      if (face != state_.face || run.size != state_.size) {
        out_.raw("/").raw(res_.faces->faces()[face].resource).raw(" ").num(run.size).op("Tf");
        state_.face = face;
        state_.size = run.size;
      }
      // Td moves from the start of the previous line: short, repetitive.
      out_.num(run.x - line_x_).num(y - line_y_).op("Td");
      line_x_ = run.x;
      line_y_ = y;
      pieces_.push_back({codes_, 0});
      line_open_ = true;
    }
    pen_x_ = run.x + res_.faces->advance(face, codes_) * run.size / 1000;
    ends_with_space_ = run.text.back() == ' ';
    // A line broken at a space keeps it at the line's end, after the pen:
    // text read through the tags says "Public Accountability", not
    // "PublicAccountability".
    if (run.space_after) {
      std::string space = res_.faces->space_code(face);
      pieces_.back().codes += space;
      ends_with_space_ = ends_with_space_ || !space.empty();
      break_space_ = !space.empty();
    }
  }

  // Runs `draw` inside q … Q with the item's ExtGState when it is translucent.
  template <typename Draw>
  void with_alpha(const layout::Item& item, Draw draw) {
    auto alphas = item_alphas(item);
    if (alphas == std::pair<double, double>(1, 1)) {
      draw();
      return;
    }
    auto it = res_.alphas.find(alphas);
    State saved = state_;
    out_.op("q");
    if (it != res_.alphas.end()) out_.raw("/").raw(it->second).op(" gs");
    draw();
    out_.op("Q");
    state_ = saved;
  }

  void finish_shape(const std::optional<layout::Fill>& fill,
                    const std::optional<layout::Stroke>& stroke) {
    out_.op(fill && stroke ? "B" : fill ? "f" : stroke ? "S" : "n");
  }

  void paint(const layout::Rect& r) {
    if (!r.fill && !r.stroke) return;
    end_text();
    with_alpha(r, [&] {
      if (r.fill) set_fill(r.fill->color);
      if (r.stroke) set_stroke(*r.stroke);
      out_.num(r.x).num(flip(r.y + r.h)).num(r.w).num(r.h).op("re");
      finish_shape(r.fill, r.stroke);
    });
  }

  void paint(const layout::Path& p) {
    if (p.ops.empty() || (!p.fill && !p.stroke)) return;
    end_text();
    with_alpha(p, [&] {
      if (p.fill) set_fill(p.fill->color);
      if (p.stroke) set_stroke(*p.stroke);
      for (const layout::PathOp& o : p.ops) {
        switch (o.kind) {
          case layout::PathOp::move: out_.num(o.x).num(flip(o.y)).op("m"); break;
          case layout::PathOp::line: out_.num(o.x).num(flip(o.y)).op("l"); break;
          case layout::PathOp::curve:
            out_.num(o.x1).num(flip(o.y1)).num(o.x2).num(flip(o.y2)).num(o.x).num(flip(o.y)).op("c");
            break;
          case layout::PathOp::close: out_.op("h"); break;
        }
      }
      finish_shape(p.fill, p.stroke);
    });
  }

  void paint(const layout::Image& img) {
    auto it = res_.images.find(img.file);
    if (it == res_.images.end() || !(img.w > 0) || !(img.h > 0)) return;  // no singular matrices
    end_text();
    out_.op("q");
    out_.num(img.w).raw("0 0 ").num(img.h).num(img.x).num(flip(img.y + img.h)).op("cm");
    out_.raw("/").raw(it->second).op(" Do");
    out_.op("Q");
  }

  const layout::Page& page_;
  const std::vector<layout::StructNode>& structure_;
  const PageResources& res_;
  ContentStream out_;
  std::vector<layout::StructId> mcids_;
  std::string codes_;
  State state_;
  bool open_ = false;
  bool group_in_text_ = false;  // the open sequence began inside BT … ET
  bool in_text_ = false;
  bool line_open_ = false;
  struct Piece {
    std::string codes;
    double adjust;  // TJ adjustment before it, thousandths of an em
  };
  std::vector<Piece> pieces_;  // the line of text not yet written
  double line_x_ = 0, line_y_ = 0, pen_x_ = 0;
  bool ends_with_space_ = false;
  bool break_space_ = false;  // the open line ends with a line break's space
  layout::StructId group_ = layout::kArtifact;
};

}  // namespace

std::pair<double, double> item_alphas(const layout::Item& item) {
  auto of = [](const auto& shape) {
    return std::pair<double, double>(shape.fill ? shape.fill->opacity : 1,
                                     shape.stroke ? shape.stroke->opacity : 1);
  };
  if (const auto* r = std::get_if<layout::Rect>(&item)) return of(*r);
  if (const auto* p = std::get_if<layout::Path>(&item)) return of(*p);
  return {1, 1};
}

PaintedPage paint_page(const layout::Page& page, const std::vector<layout::StructNode>& structure,
                       const PageResources& resources) {
  return Painter(page, structure, resources).run();
}

}  // namespace pdf
