#include "sheet_emitter.hpp"

namespace spreadsheet {

void SheetEmitter::emitSource() {
    sink_.emit(source_);
    sourceEmitted_ = true;
    for (const auto& f : held_) sink_.emit(f);
    emitted_ += held_.size();
    held_.clear();
    held_.shrink_to_fit();
}

void SheetEmitter::add(findings::Finding finding) {
    if (sourceEmitted_) {
        sink_.emit(finding);
        ++emitted_;
        return;
    }
    held_.push_back(std::move(finding));
    if (held_.size() >= maxHeld_) emitSource();
}

size_t SheetEmitter::finish(const std::vector<std::string>& notes, Diagnostics& diagnostics,
                            const findings::DiagLocation& where) {
    std::string joined;
    for (const auto& n : notes) joined += (joined.empty() ? "" : "\n") + n;
    if (!joined.empty()) {
        if (!sourceEmitted_) {
            findings::setProperty(source_.properties, "Notes", joined);
        } else {
            diagnostics.info("notes-not-attached",
                             "notes under the table were not added to the source (a sheet this long "
                             "has its source written before its end): " + joined,
                             &where);
        }
    }
    if (!sourceEmitted_) emitSource();
    return emitted_;
}

}  // namespace spreadsheet
