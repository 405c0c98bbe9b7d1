#include "pipeline/kind_table.h"

#include "kinds/agenda/agenda_kind.h"
#include "kinds/annex/annex_kind.h"
#include "kinds/pack/pack_kind.h"

namespace panelpack {

std::span<const Kind> kinds() {
  static const Kind table[] = {
      {"agenda", Owner::meeting, plan_agendas},
      {"annex", Owner::meeting, plan_annexes},
      {"pack", Owner::meeting, plan_packs, compose_pack},
  };
  return table;
}

}  // namespace panelpack
