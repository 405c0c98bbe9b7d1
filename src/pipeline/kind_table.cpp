#include "pipeline/kind_table.h"

#include "kinds/actions/action_log_kind.h"
#include "kinds/agenda/agenda_kind.h"
#include "kinds/minutes/minutes_kind.h"
#include "kinds/annex/annex_kind.h"
#include "kinds/inspection/inspection_kind.h"
#include "kinds/pack/pack_kind.h"
#include "kinds/report/report_kind.h"

namespace panelpack {

std::span<const Kind> kinds() {
  static const Kind table[] = {
      // name     owns its documents   plans and renders  composes       prepares once
      {"agenda", Owner::meeting, plan_agenda},
      {"minutes", Owner::meeting, plan_minutes},
      {"action-log", Owner::meeting, plan_meeting_action_log},
      // A committee report comes before the other papers of its item (its annex).
      {"report", Owner::meeting, plan_reports},
      {"annex", Owner::meeting, plan_annex, nullptr, prepare_annex},
      {"inspection", Owner::meeting, plan_inspection_papers},
      {"pack", Owner::meeting, plan_pack, compose_pack},
      {"action-log", Owner::body, plan_body_action_log},
      {"inspection", Owner::site, plan_inspections},
  };
  return table;
}

}  // namespace panelpack
