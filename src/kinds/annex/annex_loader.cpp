#include "kinds/annex/annex_loader.h"

#include "core/site_path.h"

#include "core/suggest.h"
#include "load/csv_reader.h"
#include "load/map_reader.h"
#include "load/yaml_file.h"

namespace panelpack::annex {

namespace {

struct Defaults {
  std::string data;
  SpcMethod method = SpcMethod::xmr;
  bool screening = true;
  BadgePeriod badge = BadgePeriod::quarter;
};

class Loader {
 public:
  Loader(std::string file, std::string text, Diagnostics& diags)
      : file_(std::move(file)), text_(std::move(text)), diags_(diags) {}

  Text text(MapReader& r, const std::string& key, bool required = false) {
    Text t;
    auto s = r.text(key, required);
    if (!s) return t;
    t.text = *s;
    t.pos = r.pos(key);
    char c = char_at(t.pos);
    t.block = c == '|' || c == '>';
    t.quoted = c == '"' || c == '\'';
    if (t.block) t.indent = indent_of(t.pos.line + 1);
    return t;
  }

  std::optional<double> number(MapReader& r, const std::string& key) {
    if (!r.has(key)) return std::nullopt;
    YAML::Node v = r.get(key);
    std::optional<double> n = v.IsScalar() ? parse_csv_number(v.Scalar()) : std::nullopt;
    if (!n) diags_.error(r.pos(key), "expected '" + key + "' to be a number (found " + describe_node(v) + ")");
    return n;
  }

  std::optional<Month> month(MapReader& r, const std::string& key, bool required) {
    auto s = r.text(key, required);
    if (!s) return std::nullopt;
    std::string why = "is not a month";
    auto m = Month::parse(*s, &why);
    if (!m) diags_.error(r.pos(key), "'" + *s + "' " + why, "write months as 2024-12");
    return m;
  }

  SeriesRef series(MapReader& r, const std::string& key, const std::string& table, bool required) {
    SeriesRef ref;
    ref.table = table;
    if (auto s = r.text(key, required)) {
      ref.name = *s;
      ref.pos = r.pos(key);
    }
    return ref;
  }

  std::string table_of(MapReader& r, const std::string& fallback, const std::string& what) {
    if (auto t = r.text("data", false)) {
      if (!spec_->data.count(*t)) {
        std::vector<std::string> names;
        for (const auto& [n, f] : spec_->data) names.push_back(n);
        diags_.error(r.pos("data"), "unknown data table '" + *t + "'", suggestion(*t, names));
      }
      return *t;
    }
    if (!fallback.empty()) return fallback;
    if (spec_->data.size() == 1) return spec_->data.begin()->first;
    diags_.error(r.pos(), what + " has no data table (the annex has " + std::to_string(spec_->data.size()) +
                              " and no default)",
                 "add 'data: <name>' naming one of the annex's data tables, here or under 'defaults'");
    return {};
  }

  MeasureSpec measure(const YAML::Node& node, const std::string& table, const Defaults& d) {
    MeasureSpec m;
    MapReader r(node, file_, "measure",
                {"id", "name", "data", "series", "per", "bars", "bars_label", "unit", "decimals", "seconds", "improvement", "target", "chart",
                 "method", "screening", "fix_after", "rebase", "badge", "near_lines", "description", "commentary"},
                diags_);
    m.pos = r.pos();
    if (!r.ok()) return m;
    m.id = r.text("id", true).value_or("");
    m.name = r.text("name", true).value_or("");
    std::string t = table_of(r, table, "measure " + r.text("id", false).value_or(""));
    m.series = series(r, "series", t, true);
    if (r.has("per")) m.per = series(r, "per", t, true);
    if (r.has("bars")) m.bars = series(r, "bars", t, true);
    m.bars_label = r.text("bars_label", false).value_or(m.bars ? m.bars->name : "");
    if (auto u = r.choice("unit", false, {"count", "percent", "minutes", "pounds", "£"})) {
      m.unit = *u == "count" ? Unit::count : *u == "percent" ? Unit::percent : *u == "minutes" ? Unit::minutes
                                                                                                 : Unit::pounds;
    } else if (m.per) {
      m.unit = Unit::percent;
    }
    m.decimals = r.integer("decimals", false, 0, 4).value_or(m.unit == Unit::percent ? 1 : 0);
    m.seconds = r.boolean("seconds", false).value_or(false);
    if (m.seconds && m.unit != Unit::minutes)
      diags_.error(r.pos("seconds"), "'seconds' is for durations (this measure's unit is " + std::string(id(m.unit)) + ")",
                   "add 'unit: minutes', or remove 'seconds'");
    if (auto dir = r.choice("improvement", true, {"increase", "decrease", "neither"}))
      m.direction = *parse_direction(*dir);
    m.target = number(r, "target");
    if (auto c = r.choice("chart", false, {"spc", "line", "bar", "combo", "years"}))
      m.chart = *c == "spc"    ? ChartKind::spc
                : *c == "line" ? ChartKind::line
                : *c == "bar"  ? ChartKind::bar
                : *c == "years" ? ChartKind::years
                                : ChartKind::combo;
    if (m.chart == ChartKind::combo && !m.bars)
      diags_.error(r.pos("chart"), "a combo chart needs 'bars' (the series drawn as bars)",
                   "add 'bars: <column>' or choose chart: spc, line or bar");
    m.method = d.method;
    if (auto me = r.choice("method", false, {"xmr", "mean-3sd"})) m.method = *parse_method(*me);
    m.screening = r.boolean("screening", false).value_or(d.screening);
    if (r.has("fix_after")) m.fix_after = r.integer("fix_after", false, 12, 1000).value_or(0);
    if (r.has("rebase")) {
      auto add = [&](const YAML::Node& item, size_t) {
        SourcePos p = pos_of(file_, item);
        auto mo = item.IsScalar() ? Month::parse(item.Scalar()) : std::nullopt;
        if (!mo)
          diags_.error(p, "'" + (item.IsScalar() ? item.Scalar() : describe_node(item)) + "' is not a month",
                       "write rebase months as 2023-04");
        else
          m.rebase.push_back({*mo, p});
      };
      if (r.get("rebase").IsScalar()) add(r.get("rebase"), 0);
      else for_each_item(r.get("rebase"), file_, "rebase", diags_, add);
    }
    m.near_lines = r.boolean("near_lines", false).value_or(false);
    m.badge = d.badge;
    if (auto b = r.choice("badge", false, {"quarter", "month", "fytd"}))
      m.badge = *b == "quarter" ? BadgePeriod::quarter : *b == "month" ? BadgePeriod::month : BadgePeriod::fytd;
    m.description = text(r, "description");
    m.commentary = text(r, "commentary");
    return m;
  }

  TableSpec table(const YAML::Node& node, const std::string& def_table) {
    TableSpec t;
    MapReader r(node, file_, "table",
                {"id", "title", "kind", "data", "caption", "chart", "rows", "columns", "percent_of", "percent_label",
                 "percent_decimals", "decimals"},
                diags_);
    t.pos = r.pos();
    if (!r.ok()) return t;
    t.id = r.text("id", true).value_or("");
    t.title = r.text("title", true).value_or("");
    t.caption = text(r, "caption");
    std::string data = table_of(r, def_table, "table " + r.text("id", false).value_or(""));
    auto kind = r.choice("kind", true, {"comparison", "counts", "annual"});
    t.kind = !kind || *kind == "comparison" ? TableSpec::Kind::comparison
             : *kind == "counts"            ? TableSpec::Kind::counts
                                            : TableSpec::Kind::annual;
    if (t.kind == TableSpec::Kind::comparison) {
      for_each_item(r.get("rows"), file_, "rows", diags_, [&](const YAML::Node& item, size_t) {
        MapReader rr(item, file_, "comparison row", {"name", "volume", "outcomes"}, diags_);
        if (!rr.ok()) return;
        ComparisonRowSpec row;
        row.pos = rr.pos();
        row.name = rr.text("name", true).value_or("");
        row.volume = series(rr, "volume", data, true);
        if (rr.has("outcomes")) row.outcomes = series(rr, "outcomes", data, true);
        t.rows.push_back(row);
      });
      if (!r.has("rows")) r.missing("rows", "list the rows, each with 'name' and 'volume' (and 'outcomes')");
      if (auto c = r.choice("chart", false, {"bars", "none"})) t.bars = *c == "bars";
    } else {
      const bool annual = t.kind == TableSpec::Kind::annual;
      for_each_item(r.get("columns"), file_, "columns", diags_, [&](const YAML::Node& item, size_t) {
        MapReader cr(item, file_, "column",
                     annual ? std::vector<std::string>{"label", "series", "over"}
                            : std::vector<std::string>{"label", "series"},
                     diags_);
        if (!cr.ok()) return;
        std::string label = cr.text("label", true).value_or("");
        t.columns.push_back({label, series(cr, "series", data, true)});
        t.column_mean.push_back(annual && cr.choice("over", false, {"sum", "mean"}).value_or("sum") == "mean");
      });
      t.decimals = r.integer("decimals", false, 0, 4).value_or(0);
      if (!r.has("columns")) r.missing("columns", "list the columns, each with 'label' and 'series'");
      if (auto p = r.text("percent_of", false)) {
        std::vector<std::string> labels;
        for (size_t i = 0; i < t.columns.size(); ++i) {
          labels.push_back(t.columns[i].first);
          if (t.columns[i].first == *p) t.percent_of = static_cast<int>(i);
        }
        if (t.percent_of < 0)
          diags_.error(r.pos("percent_of"), "'" + *p + "' is not one of the table's column labels",
                       suggestion(*p, labels));
        t.percent_label = r.text("percent_label", false).value_or("Percent " + *p);
      }
      t.percent_decimals = r.integer("percent_decimals", false, 0, 4).value_or(0);
    }
    return t;
  }

  std::optional<AnnexSpec> load(const YAML::Node& root) {
    AnnexSpec spec;
    spec_ = &spec;
    spec.file = file_;
    MapReader r(root, file_, "the annex",
                {"title", "subtitle", "report_month", "meeting", "item", "summary", "data", "defaults", "sections", "tables",
                 "exceptions", "print"},
                diags_);
    spec.pos = r.pos();
    if (!r.ok()) return std::nullopt;
    spec.title = r.text("title", true).value_or("");
    spec.subtitle = r.text("subtitle", false).value_or("");
    spec.report_month = month(r, "report_month", true).value_or(Month{});
    spec.meeting = r.text("meeting", false).value_or("");
    spec.meeting_pos = r.pos("meeting");
    spec.item = r.text("item", false).value_or("");
    spec.item_pos = r.pos("item");
    spec.summary = text(r, "summary");
    spec.exceptions = r.boolean("exceptions", false).value_or(true);
    if (r.has("print")) {
      MapReader pr(r.get("print"), file_, "print", {"compact", "chart_data"}, diags_);
      if (pr.ok()) {
        spec.compact = pr.boolean("compact", false).value_or(false);
        spec.print_chart_data = pr.boolean("chart_data", false).value_or(true);
      }
    }
    YAML::Node data = r.get("data");
    if (data.IsMap()) {
      for (const auto& kv : data) {
        // Where it may lead is checked when it is read (load_annex_data).
        std::string v = kv.second.IsScalar() ? kv.second.Scalar() : "";
        if (v.empty())
          diags_.error(pos_of(file_, kv.second), "expected the data table '" + kv.first.Scalar() +
                                                     "' to be a file name (found " + describe_node(kv.second) + ")");
        spec.data[kv.first.Scalar()] = {v, pos_of(file_, kv.second)};
      }
    } else {
      r.missing("data", "name the CSV files, e.g. 'data:' then '  calls: content/data/calls.csv'");
    }
    Defaults d;
    if (r.has("defaults")) {
      MapReader dr(r.get("defaults"), file_, "defaults", {"data", "method", "screening", "badge"}, diags_);
      if (dr.ok()) {
        d.data = dr.has("data") ? table_of(dr, "", "defaults") : "";
        if (auto me = dr.choice("method", false, {"xmr", "mean-3sd"})) d.method = *parse_method(*me);
        d.screening = dr.boolean("screening", false).value_or(true);
        if (auto b = dr.choice("badge", false, {"quarter", "month", "fytd"}))
          d.badge = *b == "quarter" ? BadgePeriod::quarter : *b == "month" ? BadgePeriod::month : BadgePeriod::fytd;
      }
    }
    for_each_item(r.get("sections"), file_, "sections", diags_, [&](const YAML::Node& node, size_t) {
      MapReader sr(node, file_, "section", {"number", "title", "intro", "data", "measures"}, diags_);
      if (!sr.ok()) return;
      SectionSpec s;
      s.pos = sr.pos();
      s.number = sr.text("number", false).value_or("");
      s.title = sr.text("title", true).value_or("");
      s.intro = text(sr, "intro");
      std::string table = sr.has("data") ? table_of(sr, "", "section") : d.data;
      for_each_item(sr.get("measures"), file_, "measures", diags_,
                    [&](const YAML::Node& m, size_t) { s.measures.push_back(measure(m, table, d)); });
      spec.sections.push_back(std::move(s));
    });
    if (r.has("tables"))
      for_each_item(r.get("tables"), file_, "tables", diags_,
                    [&](const YAML::Node& t, size_t) { spec.tables.push_back(table(t, d.data)); });
    // Measure ids are how commentary refers to measures: they must be unique.
    std::map<std::string, SourcePos> seen;
    for (const auto& s : spec.sections)
      for (const auto& m : s.measures) {
        if (m.id.empty()) continue;
        auto [it, fresh] = seen.insert({m.id, m.pos});
        if (!fresh)
          diags_.error(m.pos, "measure id '" + m.id + "' is used twice (first at line " +
                                  std::to_string(it->second.line) + ")");
      }
    return spec;
  }

 private:
  size_t line_start(int line) const {
    size_t off = 0;
    for (int l = 1; l < line && off != std::string::npos; ++l) {
      off = text_.find('\n', off);
      if (off != std::string::npos) ++off;
    }
    return off;
  }

  int indent_of(int line) const {
    size_t off = line_start(line);
    if (off == std::string::npos) return 0;
    int n = 0;
    while (off + n < text_.size() && text_[off + n] == ' ') ++n;
    return n;
  }

  char char_at(const SourcePos& p) const {
    size_t off = 0;
    for (int line = 1; line < p.line && off != std::string::npos; ++line) {
      off = text_.find('\n', off);
      if (off != std::string::npos) ++off;
    }
    if (off == std::string::npos) return '\0';
    off += p.col - 1;
    return off < text_.size() ? text_[off] : '\0';
  }

  std::string file_, text_;
  Diagnostics& diags_;
  AnnexSpec* spec_ = nullptr;
};

}  // namespace

std::optional<AnnexSpec> load_annex_spec(const FileSystem& fs, const std::string& path, const std::string& shown_as,
                                         Diagnostics& diags) {
  auto root = load_yaml(fs, path, shown_as, diags);
  if (!root) return std::nullopt;
  std::string why;
  std::string text = fs.read(path, &why).value_or("");
  Loader loader(shown_as, text, diags);
  return loader.load(*root);
}

std::map<std::string, MonthlyTable> load_annex_data(const FileSystem& fs, const AnnexSpec& spec,
                                                    const std::string& site_root, const std::string& data_dir,
                                                    Diagnostics& diags) {
  std::map<std::string, MonthlyTable> tables;
  for (const auto& [name, entry] : spec.data) {
    const auto& [name_in_annex, pos] = entry;
    if (name_in_annex.empty()) continue;
    const SitePath where =
        resolve_site_path(fs, join_path(site_root, data_dir), name_in_annex, "the site's data folder");
    if (!where) {
      diags.error(pos, "the data table '" + name + "' (" + name_in_annex + ") may not be read (" + where.error + ")",
                  "copy the file into the data folder and give its name there, e.g. 'calls.csv'");
      continue;
    }
    const std::string file = join_path(data_dir, where.relative);
    std::string why;
    auto bytes = fs.read(where.path, &why, read_limit::csv);
    if (!bytes) {
      diags.error(pos, "failed to read " + file + " (" + why + ")",
                  "data files are named relative to the data folder, " + data_dir);
      continue;
    }
    diags.add_source(file, *bytes);
    auto csv = parse_csv(file, *bytes, diags);
    if (!csv) continue;
    auto table = read_monthly_table(*csv, diags);
    if (table) tables[name] = std::move(*table);
  }
  return tables;
}

}  // namespace panelpack::annex
