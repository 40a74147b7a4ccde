#include <findings/core/merge_service.hpp>

#include <unordered_map>

namespace findings::core {

const std::vector<std::string>& mergeableFields() {
    static const std::vector<std::string> fields{"action.text", "action.owner", "action.due",
                                                 "action.status", "themes", "polarity",
                                                 "review"};
    return fields;
}

std::string fieldText(const Finding& f, const std::string& field) {
    if (field == "action.text") return f.action.text;
    if (field == "action.owner") return f.action.owner;
    if (field == "action.due") return f.action.due;
    if (field == "action.status") return f.action.status;
    if (field == "polarity") return f.polarity;
    if (field == "review") return f.review.empty() ? "unreviewed" : f.review;
    if (field == "themes") {
        std::string out;
        for (const auto& t : f.themes) out += (out.empty() ? "" : "; ") + t;
        return out;
    }
    return {};
}

namespace {

/// Copies one field's value from `from` into `to`.
void copyField(const Finding& from, Finding& to, const std::string& field) {
    if (field == "action.text") to.action.text = from.action.text;
    else if (field == "action.owner") to.action.owner = from.action.owner;
    else if (field == "action.due") to.action.due = from.action.due;
    else if (field == "action.status") to.action.status = from.action.status;
    else if (field == "polarity") to.polarity = from.polarity;
    else if (field == "review") to.review = from.review;
    else if (field == "themes") to.themes = from.themes;
}

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
        for (const auto& field : mergeableFields()) {
            const std::string ov = fieldText(ancestor, field);
            const std::string ev = fieldText(e, field);
            const std::string bv = fieldText(b, field);
            if (ev == ov || ev == bv) continue;
            if (bv == ov) {
                result.changes.push_back({b.id, field, bv, ev});
                copyField(e, b, field);
            } else {
                result.conflicts.push_back({b.id, field, bv, ev});
            }
        }
    }
    return result;
}

}  // namespace findings::core
