#pragma once
// An HMICFRS inspection and the commissioner's response to it
// (inspections/*.yaml), and the 56-day clock of section 55 of the Police Act
// 1996: the response is due within 56 days beginning with the day the
// report was published, so day 1 is the publication day and the due date is
// published + 55 days.
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/source_pos.h"
#include "model/markdown_text.h"

namespace panelpack {

// The words 'type' may take, as written in content.
const std::vector<std::string>& inspection_types();  // PEEL, national thematic, joint, inspection of a force, other
// Whom a recommendation is addressed to.
const std::vector<std::string>& addressees();         // force, commissioner, all-forces, regional-unit, other
// What has become of the action on one recommendation.
const std::vector<std::string>& action_statuses();    // planned, in progress, complete, no action

struct Recommendation {
  std::string id;    // the inspectorate's reference, "#29550"
  std::string kind;  // "recommendation" or "area-for-improvement"
  std::optional<int> level;  // areas for improvement: the inspectorate's level, 1-3
  std::string text;
  std::string addressed_to;  // one of addressees()
  std::string response;      // the action taken or proposed, or why none (s.55(5B))
  std::string status;        // one of action_statuses(); empty when no response is asked for
  SourcePos pos, id_pos;
  // Does the force or the commissioner have to answer it?
  bool needs_response() const { return addressed_to == "force" || addressed_to == "commissioner"; }
};

struct Inspection {
  std::string id;    // slug of the reference (else the title): the letter's file name
  std::string file;  // inspections/29536.yaml as shown
  std::string reference, title;
  Date published;
  std::string type;  // one of inspection_types()
  std::vector<std::string> forces;
  std::string report_url;  // https only
  Markdown findings, response, chief_constable;
  std::vector<Recommendation> recommendations;
  std::optional<Date> response_published;
  std::vector<std::string> copied_to;
  std::string signed_by;  // person id
  bool is_public = true;  // false: the members' tree only
  std::string meeting, item;  // attached as a paper of this meeting's item, when given
  SourcePos pos, published_pos, meeting_pos, item_pos;
};

// published + 55 days: the last of the 56 days beginning with publication.
Date response_due(const Date& published);

enum class ResponseState { due, on_time, late, overdue };
// A published response is on time or late by its own date; an unpublished
// one is due, or overdue once `as_at` is past the due date.
ResponseState response_state(const Inspection& inspection, const Date& as_at);
const char* state_label(ResponseState s);  // "Due", "Published on time", "Published late", "Overdue"

// "National thematic", "Area for improvement" …: the content word as a heading.
std::string type_label(const std::string& type);
std::string kind_label(const std::string& kind);

}  // namespace panelpack
