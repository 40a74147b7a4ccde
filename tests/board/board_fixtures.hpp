// Small records for the board summary's unit tests: councils' reports with judgements and
// points, later letters that follow the points up, and plan items with due dates.
#pragma once

#include <findings/sdk/records.hpp>

#include <string>
#include <vector>

namespace boardtest {

inline findings::Source source(std::string id, std::string kind, std::string date, std::string authority,
                               std::int64_t ordinal = findings::kNone) {
    findings::Source s;
    s.id = std::move(id);
    s.kind = std::move(kind);
    s.title = s.id;
    s.local_authority = std::move(authority);
    s.visit.end = std::move(date);
    s.visit.ordinal = ordinal;
    return s;
}

inline findings::Finding finding(std::string id, std::string source, std::string text, std::string kind = "",
                                 std::string polarity = "weakness", std::vector<std::string> themes = {}) {
    findings::Finding f;
    f.id = std::move(id);
    f.source = std::move(source);
    f.text = std::move(text);
    f.kind = std::move(kind);
    f.polarity = std::move(polarity);
    f.themes = std::move(themes);
    return f;
}

inline findings::Link link(std::string target, std::string relation, std::string stance = "") {
    findings::Link l;
    l.target = std::move(target);
    l.relation = std::move(relation);
    l.stance = std::move(stance);
    l.confidence = 0.9;
    l.origin = "auto";
    l.review = "accepted";
    return l;
}

inline findings::Finding planItem(std::string id, std::string source, std::string text, std::string due,
                                  std::string status, std::string respondsTo = "") {
    findings::Finding f = finding(std::move(id), std::move(source), text, "plan_item");
    f.action.text = text;
    f.action.owner = "Head of Service";
    f.action.due = std::move(due);
    f.action.status = std::move(status);
    if (!respondsTo.empty()) f.links.push_back(link(std::move(respondsTo), "responds_to"));
    return f;
}

}  // namespace boardtest
