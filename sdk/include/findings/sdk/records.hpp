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

    bool operator==(const Source& o) const {
        return id == o.id && path == o.path && sha256 == o.sha256 && kind == o.kind &&
               title == o.title && local_authority == o.local_authority &&
               author == o.author && recipient == o.recipient && date == o.date &&
               visit == o.visit && inspectors == o.inspectors && framework == o.framework &&
               previous_judgement == o.previous_judgement && judgements == o.judgements &&
               areas_covered == o.areas_covered && people == o.people &&
               importer == o.importer && properties == o.properties;
    }
    bool operator!=(const Source& o) const { return !(*this == o); }
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

    bool operator==(const Finding& o) const {
        return id == o.id && source == o.source && section == o.section &&
               paragraph == o.paragraph && text == o.text && summary == o.summary &&
               themes == o.themes && polarity == o.polarity && attribution == o.attribution &&
               location == o.location && confidence == o.confidence && review == o.review &&
               action == o.action && properties == o.properties;
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

}  // namespace findings
