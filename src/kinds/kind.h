#pragma once
// A document kind is one folder of src/kinds/ plus one entry in the table of
// src/pipeline/kind_table.cpp: its name, what owns its documents, how it
// plans them (and renders their papers), and for a composed kind how its
// frames are made from other documents'. Kinds see the site only through
// AudienceViews: they cannot be handed exempt text for the public tree.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "kinds/document.h"
#include "render/template_engine.h"

namespace panelpack {

// What owns a kind's documents: each meeting, each body, or the site.
enum class Owner { meeting, body, site };

// What a kind's documents are planned for: one meeting, one body, or the site.
struct Scope {
  std::string meeting;  // Owner::meeting: the meeting's id
  std::string body;     // Owner::body: the body's id
};

// What every kind may use. Deliberately no Project: only views.
struct KindContext {
  const FileSystem& fs;
  const Site& site;
  const TemplateEngine& templates;

  // The fields every document of a meeting shares: where it goes, its
  // breadcrumbs, author and language.
  Document meeting_document(const AudienceView& view, const MeetingView& meeting, const std::string& kind,
                            const std::string& name) const;
  // The same for a document of a body: "<tree>/<body>/<name>".
  Document body_document(const AudienceView& view, const Body& body, const std::string& kind,
                         const std::string& name) const;
  // Renders `view` (with the fields of `also`, TemplateEngine::render)
  // through template `name` into doc.paper, checked against the paper
  // subset, its images against the site.
  void render(Document& doc, const std::string& name, const nlohmann::json& view, Diagnostics& diags,
              const nlohmann::json* also = nullptr) const;
};

// Lays out a document's paper (cached by content: the same paper in two
// trees is laid out once). nullptr if the paper could not be laid out.
using LayoutFn = std::function<std::shared_ptr<const layout::Frames>(const Document&, Diagnostics&)>;

// Work a kind does once for a scope, whatever the audience (reading and
// computing an annex's data): it sees no view, so no content of the
// meeting's items at all.
using Prepared = std::shared_ptr<const void>;

struct Kind {
  const char* name;
  Owner owner;
  // Appends the kind's documents for `scope` in one audience's `view` to
  // `out`, with their papers rendered (a composed kind's have none) and any
  // further files in extras. Called once per audience, with that audience's
  // view only, and what `prepare` made for the scope.
  void (*plan)(const KindContext& ctx, const AudienceView& view, const Scope& scope, const Prepared& prepared,
               std::vector<Document>& out, Diagnostics& diags);
  // A composed kind: sets doc.frames and doc.sections from the laid-out
  // documents of the same scope and audience (`group`, in plan order).
  // nullptr otherwise.
  void (*compose)(const KindContext& ctx, Document& doc, const std::vector<const Document*>& group,
                  const LayoutFn& layout, Diagnostics& diags) = nullptr;
  // Optional: the audience-independent work for a scope, before any plan.
  Prepared (*prepare)(const KindContext& ctx, const Scope& scope, Diagnostics& diags) = nullptr;
};

}  // namespace panelpack
