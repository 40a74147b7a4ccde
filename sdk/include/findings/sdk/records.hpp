// findings/sdk/records.hpp — the findings format's records as ordinary C++ values.
//
// These owning types mirror the C structs of plugin.h one to one. Plugin authors build them
// and hand them to a Sink; exporters read them from a View. The host uses the same types as
// its in-memory model, so a record means the same thing on both sides of the boundary.
// Absent values are empty strings, empty containers, or kNone for integers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace findings {

/// Value of an integer field that is absent (mirrors FND_NONE).
inline constexpr std::int64_t kNone = -1;

/// Free-form key/value pairs, in the order they were added (e.g. unmapped spreadsheet
/// columns in column order).
using Properties = std::vector<std::pair<std::string, std::string>>;

/// Returns the value stored under `key`, or nullptr when there is none.
inline const std::string* findProperty(const Properties& properties, std::string_view key) {
    for (const auto& [k, v] : properties)
        if (k == key) return &v;
    return nullptr;
}

/// Sets `key` to `value`, replacing an existing entry in place or appending a new one.
inline void setProperty(Properties& properties, std::string key, std::string value) {
    for (auto& [k, v] : properties)
        if (k == key) {
            v = std::move(value);
            return;
        }
    properties.emplace_back(std::move(key), std::move(value));
}

/// Where a finding stands in its source.
struct Location {
    std::int64_t line_start = kNone; ///< 1-based first line of the source text
    std::int64_t line_end = kNone;   ///< 1-based last line, inclusive
    std::int64_t char_start = kNone; ///< 0-based byte offset into the decoded text
    std::int64_t char_end = kNone;   ///< 0-based byte offset one past the end
    std::int64_t page = kNone;       ///< 1-based page of a PDF
    std::string sheet;               ///< sheet name of a spreadsheet
    std::int64_t row = kNone;        ///< 1-based row of a spreadsheet
    std::int64_t column = kNone;     ///< 1-based column of the finding text

    /// True when no field is set.
    bool empty() const {
        return line_start == kNone && line_end == kNone && char_start == kNone &&
               char_end == kNone && page == kNone && sheet.empty() && row == kNone &&
               column == kNone;
    }
    bool operator==(const Location& o) const {
        return line_start == o.line_start && line_end == o.line_end &&
               char_start == o.char_start && char_end == o.char_end && page == o.page &&
               sheet == o.sheet && row == o.row && column == o.column;
    }
};

/// The action a finding calls for.
struct Action {
    std::string text;   ///< what is to be done
    std::string owner;  ///< who leads it
    std::string due;    ///< ISO date, YYYY-MM-DD or YYYY-MM
    std::string status; ///< not_started, red, amber, green, complete, or empty

    bool empty() const { return text.empty() && owner.empty() && due.empty() && status.empty(); }
    bool operator==(const Action& o) const {
        return text == o.text && owner == o.owner && due == o.due && status == o.status;
    }
};

/// The inspection visit a source reports on.
struct Visit {
    std::int64_t ordinal = kNone; ///< 1 for the first monitoring visit
    std::string start;            ///< ISO date
    std::string end;              ///< ISO date

    bool empty() const { return ordinal == kNone && start.empty() && end.empty(); }
    bool operator==(const Visit& o) const {
        return ordinal == o.ordinal && start == o.start && end == o.end;
    }
};

/// A previous overall judgement the source refers back to.
struct PreviousJudgement {
    std::string grade; ///< outstanding, good, requires improvement, inadequate
    std::string date;  ///< ISO date, often YYYY-MM

    bool empty() const { return grade.empty() && date.empty(); }
    bool operator==(const PreviousJudgement& o) const {
        return grade == o.grade && date == o.date;
    }
};

/// A person named or quoted in a source.
struct Person {
    std::string name;
    std::string role;
    bool operator==(const Person& o) const { return name == o.name && role == o.role; }
};

/// One graded judgement of an inspection report.
struct Judgement {
    std::string area;  ///< as written
    std::string grade; ///< outstanding, good, requires improvement, inadequate
    bool operator==(const Judgement& o) const { return area == o.area && grade == o.grade; }
};

/// Which importer produced a source.
struct ImporterRef {
    std::string id;
    std::string version;
    bool empty() const { return id.empty() && version.empty(); }
    bool operator==(const ImporterRef& o) const { return id == o.id && version == o.version; }
};

/// One imported document or sheet.
struct Source {
    std::string id;
    std::string path;
    std::string sha256;
    std::string kind; ///< see kSourceKinds
    std::string title;
    std::string local_authority;
    std::string author;
    std::string recipient;
    std::string date;
    Visit visit;
    std::vector<std::string> inspectors;
    std::string framework;
    PreviousJudgement previous_judgement;
    std::vector<Judgement> judgements;
    std::vector<std::string> areas_covered;
    std::vector<Person> people;
    ImporterRef importer;
    Properties properties;
    std::string role; ///< format 1.1: see sourceRoles(); empty reads as defaultRole(kind)

    bool operator==(const Source& o) const {
        return id == o.id && path == o.path && sha256 == o.sha256 && kind == o.kind &&
               title == o.title && local_authority == o.local_authority &&
               author == o.author && recipient == o.recipient && date == o.date &&
               visit == o.visit && inspectors == o.inspectors && framework == o.framework &&
               previous_judgement == o.previous_judgement && judgements == o.judgements &&
               areas_covered == o.areas_covered && people == o.people &&
               importer == o.importer && properties == o.properties && role == o.role;
    }
    bool operator!=(const Source& o) const { return !(*this == o); }
};

/// A finding's link to another finding (format 1.1): what it follows up, answers or restates.
struct Link {
    std::string target;     ///< the id of the linked finding
    std::string relation;   ///< see linkRelations()
    std::string stance;     ///< see linkStances(); for follows_up, progress on the target
    double confidence = -1; ///< 0..1, negative when absent
    std::string origin;     ///< auto, person
    std::string review;     ///< proposed, accepted, rejected
    std::string evidence;   ///< a short readable reason ("care leavers · pathway plans")

    bool operator==(const Link& o) const {
        return target == o.target && relation == o.relation && stance == o.stance &&
               confidence == o.confidence && origin == o.origin && review == o.review &&
               evidence == o.evidence;
    }
};

/// One finding.
struct Finding {
    std::string id;
    std::string source; ///< a Source id
    std::string section;
    std::int64_t paragraph = kNone;
    std::string text;
    std::string summary;
    std::vector<std::string> themes; ///< theme ids, strongest evidence first
    std::string polarity;            ///< strength, weakness, mixed, neutral
    std::string attribution;
    Location location;
    double confidence = -1.0; ///< 0..1, negative when absent
    std::string review;       ///< unreviewed, confirmed, edited (empty reads as unreviewed)
    Action action;
    Properties properties;
    std::string kind;        ///< format 1.1: see findingKinds(); empty reads as "finding"
    std::vector<Link> links; ///< format 1.1: links to earlier findings, in order

    bool operator==(const Finding& o) const {
        return id == o.id && source == o.source && section == o.section &&
               paragraph == o.paragraph && text == o.text && summary == o.summary &&
               themes == o.themes && polarity == o.polarity && attribution == o.attribution &&
               location == o.location && confidence == o.confidence && review == o.review &&
               action == o.action && properties == o.properties && kind == o.kind &&
               links == o.links;
    }
    bool operator!=(const Finding& o) const { return !(*this == o); }
};

/// The allowed values of the enumerated fields, in documentation order.
inline const std::vector<std::string_view>& sourceKinds() {
    static const std::vector<std::string_view> v{
        "monitoring_letter", "focused_visit_letter", "inspection_report", "news_article",
        "press_release",     "spreadsheet",          "findings_workbook", "other"};
    return v;
}
/// Allowed polarities.
inline const std::vector<std::string_view>& polarities() {
    static const std::vector<std::string_view> v{"strength", "weakness", "mixed", "neutral"};
    return v;
}
/// Allowed review states.
inline const std::vector<std::string_view>& reviewStates() {
    static const std::vector<std::string_view> v{"unreviewed", "confirmed", "edited"};
    return v;
}
/// Allowed action statuses (empty is allowed too).
inline const std::vector<std::string_view>& actionStatuses() {
    static const std::vector<std::string_view> v{"not_started", "red", "amber", "green",
                                                 "complete"};
    return v;
}
/// Allowed judgement grades.
inline const std::vector<std::string_view>& grades() {
    static const std::vector<std::string_view> v{"outstanding", "good", "requires improvement",
                                                 "inadequate"};
    return v;
}

/// Source roles (format 1.1): what a source is evidence of.
inline const std::vector<std::string_view>& sourceRoles() {
    static const std::vector<std::string_view> v{"inspection", "commentary", "plan", "workbook"};
    return v;
}
/// Finding kinds (format 1.1).
inline const std::vector<std::string_view>& findingKinds() {
    static const std::vector<std::string_view> v{"finding", "improvement_point", "plan_item"};
    return v;
}
/// Link relations (format 1.1).
inline const std::vector<std::string_view>& linkRelations() {
    static const std::vector<std::string_view> v{"follows_up", "responds_to", "same_as"};
    return v;
}
/// Link stances (format 1.1): what the linking finding says about progress on the target.
inline const std::vector<std::string_view>& linkStances() {
    static const std::vector<std::string_view> v{"improved", "not_improved", "mixed", "unclear"};
    return v;
}
/// Who made a link (format 1.1).
inline const std::vector<std::string_view>& linkOrigins() {
    static const std::vector<std::string_view> v{"auto", "person"};
    return v;
}
/// A link's review state (format 1.1).
inline const std::vector<std::string_view>& linkReviews() {
    static const std::vector<std::string_view> v{"proposed", "accepted", "rejected"};
    return v;
}

/// The role a source of this kind has when no role is recorded (a 1.0 document, or an
/// importer that does not set one): Ofsted's letters and reports are inspection evidence,
/// news and press releases commentary, a tracker the plan, our own workbook a workbook.
inline std::string_view defaultRole(std::string_view sourceKind) {
    if (sourceKind == "monitoring_letter" || sourceKind == "focused_visit_letter" ||
        sourceKind == "inspection_report")
        return "inspection";
    if (sourceKind == "news_article" || sourceKind == "press_release") return "commentary";
    if (sourceKind == "spreadsheet") return "plan";
    if (sourceKind == "findings_workbook") return "workbook";
    return "commentary";
}

/// The source's role: as recorded, or the default for its kind.
inline std::string_view roleOf(const Source& source) {
    return source.role.empty() ? defaultRole(source.kind) : std::string_view(source.role);
}

/// The finding's kind: as recorded, or "finding".
inline std::string_view kindOf(const Finding& finding) {
    return finding.kind.empty() ? std::string_view("finding") : std::string_view(finding.kind);
}

}  // namespace findings
