#include <findings/core/merge_service.hpp>

#include <unordered_map>

namespace findings::core {

namespace {

std::unordered_map<std::string, const Finding*> byId(const FindingsSet& set) {
    std::unordered_map<std::string, const Finding*> index;
    for (const auto& f : set.findings) index.emplace(f.id, &f);
    return index;
}

}  // namespace

MergeResult mergeEdits(const FindingsSet& base, const FindingsSet* original,
                       const FindingsSet& edited) {
    MergeResult result;
    result.merged = base;
    std::unordered_map<std::string, const Finding*> originals;
    if (original) originals = byId(*original);
    std::unordered_map<std::string, Finding*> merged;
    for (auto& f : result.merged.findings) merged.emplace(f.id, &f);

    for (const Finding& e : edited.findings) {
        auto target = merged.find(e.id);
        if (target == merged.end()) {
            result.unknownIds.push_back(e.id);
            continue;
        }
        Finding& b = *target->second;
        auto o = originals.find(e.id);
        const Finding& ancestor = o != originals.end() ? *o->second : b;
        for (const EditableField field : kEditableFields) {
            const std::string ov = editableFieldText(ancestor, field);
            const std::string ev = editableFieldText(e, field);
            const std::string bv = editableFieldText(b, field);
            if (ev == ov || ev == bv) continue;
            if (bv == ov) {
                result.changes.push_back({b.id, std::string(editableFieldName(field)), bv, ev});
                copyEditableField(e, b, field);
            } else {
                result.conflicts.push_back({b.id, std::string(editableFieldName(field)), bv, ev});
            }
        }
    }
    return result;
}

std::string describeChange(const FieldChange& c) {
    return c.findingId + ": " + c.field + " \"" + c.before + "\" -> \"" + c.after + "\"";
}

std::string describeConflict(const FieldConflict& c, const std::string& kept) {
    return c.findingId + ": " + c.field + " was changed in both; kept " + kept + " \"" + c.base +
           "\", the edited file has \"" + c.edited + "\"";
}

}  // namespace findings::core
