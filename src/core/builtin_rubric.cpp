#include "rubric.hpp"
#include "rubric_table.hpp"

namespace dvcscore {

const Rubric& default_rubric() {
    // Built once from the generated table (rubric_table.hpp says why not from the JSON).
    static const Rubric rubric = rubric_from_table(builtin_rubric_table);
    return rubric;
}

}  // namespace dvcscore
