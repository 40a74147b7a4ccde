// Emits one sheet's source and findings in the order the SDK requires (the source first) while
// still letting notes found under the table reach the source: the first findings are held
// back (a bounded number) until the sheet ends. A sheet longer than that has its source
// emitted when the limit is reached; notes found later are then reported, not attached, so
// memory never grows with the number of rows.
#pragma once

#include "diagnostics.hpp"

#include <findings/sdk.hpp>

#include <string>
#include <vector>

namespace spreadsheet {

class SheetEmitter {
public:
    /// Findings held before the source must go out.
    static constexpr size_t kMaxHeld = 1000;

    SheetEmitter(const findings::Sink& sink, findings::Source source, size_t maxHeld = kMaxHeld)
        : sink_(sink), source_(std::move(source)), maxHeld_(maxHeld) {}

    /// Emits or holds the finding.
    void add(findings::Finding finding);
    /// Adds the notes to the source when it has not gone out yet (else reports them through
    /// `diagnostics`), then emits whatever is still held. Returns the findings emitted.
    size_t finish(const std::vector<std::string>& notes, Diagnostics& diagnostics,
                  const findings::DiagLocation& where);

    const findings::Source& source() const { return source_; }

private:
    void emitSource();
    const findings::Sink& sink_;
    findings::Source source_;
    size_t maxHeld_;
    bool sourceEmitted_ = false;
    std::vector<findings::Finding> held_;
    size_t emitted_ = 0;
};

}  // namespace spreadsheet
