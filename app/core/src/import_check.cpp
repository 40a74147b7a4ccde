#include <findings/core/import_check.hpp>

#include <findings/check/record_check.hpp>

#include <stdexcept>
#include <utility>

namespace findings::core {

ImportGate::ImportGate(std::string importerId, std::size_t sources, std::size_t findings)
    : importerId_(std::move(importerId)) {
    checker_.reserve(sources, findings);
}

void ImportGate::finish() {
    checker_.finish();
    if (!checker_.ok())
        throw std::runtime_error(
            check::describeProblems(importerId_, checker_.problems(), checker_.problemCount()));
}

}  // namespace findings::core
