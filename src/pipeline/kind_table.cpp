#include "pipeline/kind_table.h"

#include "kinds/agenda/agenda_kind.h"
#include "kinds/annex/annex_kind.h"
#include "kinds/pack/pack_kind.h"

namespace panelpack {

std::span<const Kind> kinds() {
  static const Kind table[] = {
      // name     owns its documents   plans and renders  composes       prepares once
      {"agenda", Owner::meeting, plan_agenda},
      {"annex", Owner::meeting, plan_annex, nullptr, prepare_annex},
      {"pack", Owner::meeting, plan_pack, compose_pack},
  };
  return table;
}

}  // namespace panelpack
