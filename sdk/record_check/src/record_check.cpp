#include <findings/check/record_check.hpp>

#include <findings/civil_date.hpp>
#include <findings/text/decode.hpp>

#include <cmath>
#include <sstream>
#include <utility>

namespace findings::check {

namespace {

/// A value as a message shows it: quoted, and cut short when long.
std::string quoted(std::string_view value) {
    constexpr std::size_t kMax = 60;
    if (value.size() <= kMax) return "\"" + std::string(value) + "\"";
    std::size_t cut = kMax;
    // Not inside a UTF-8 sequence.
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
    return "\"" + std::string(value.substr(0, cut)) + "…\"";
}

std::string number(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

std::string joined(const std::vector<std::string_view>& values) {
    std::string out;
    for (std::string_view v : values) out += (out.empty() ? "" : ", ") + std::string(v);
    return out;
}

/// A field's name, spelled out only when it is part of a problem: checking a record builds
/// no strings. "links" + 0 + "relation" is "links[0].relation".
struct Field {
    std::string_view base;
    std::size_t index = npos;
    std::string_view sub;
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    Field(const char* name) : base(name) {}  // NOLINT: a plain name reads as a field
    Field(std::string_view b, std::size_t i, std::string_view s = {}) : base(b), index(i), sub(s) {}

    std::string str() const {
        std::string out(base);
        if (index != npos) out += "[" + std::to_string(index) + "]";
        if (!sub.empty()) out += std::string(".").append(sub);
        return out;
    }
};

const char* kindName(RecordProblem::Record record) {
    return record == RecordProblem::Record::Source ? "source" : "finding";
}

}  // namespace

/// The rules for the fields of one record: each check adds a problem naming the field.
class RecordChecker::Fields {
public:
    Fields(RecordChecker& checker, RecordProblem::Record record, std::size_t index,
           const std::string& id)
        : checker_(checker), record_(record), index_(index), id_(id) {}

    void problem(const Field& field, std::string message) {
        checker_.add({record_, index_, id_, field.str(), std::move(message)});
    }

    void text(const Field& field, std::string_view value) {
        if (!findings::text::isValidUtf8(value)) problem(field, "is not valid UTF-8");
    }
    void texts(std::string_view field, const std::vector<std::string>& values) {
        for (std::size_t i = 0; i < values.size(); ++i) text(Field(field, i), values[i]);
    }
    void properties(const Properties& values) {
        for (const auto& [key, value] : values) {
            if (!findings::text::isValidUtf8(key)) {
                problem("properties", "has a key that is not valid UTF-8");
                continue;
            }
            text(Field("properties", Field::npos, key), value);
        }
    }
    /// Empty is absent and allowed unless `required`.
    void oneOf(const Field& field, std::string_view value,
               const std::vector<std::string_view>& allowed, bool required = false) {
        if (value.empty()) {
            if (required) problem(field, "is missing (one of " + joined(allowed) + ")");
            return;
        }
        for (std::string_view a : allowed)
            if (a == value) return;
        if (!findings::text::isValidUtf8(value)) return text(field, value);
        problem(field, quoted(value) + " is not one of " + joined(allowed));
    }
    void date(const Field& field, const std::string& value) {
        if (value.empty()) return;
        if (!findings::text::isValidUtf8(value)) return text(field, value);
        if (!civil::parseIso(value, true))
            problem(field, quoted(value) +
                               " is not a day of the calendar in ISO form (YYYY-MM-DD or YYYY-MM)");
    }
    /// kNone is absent; anything else must be at least `least`.
    void atLeast(const Field& field, std::int64_t value, std::int64_t least) {
        if (value != kNone && value < least)
            problem(field, std::to_string(value) + " is less than " + std::to_string(least) +
                               (least == 1 ? " (it counts from 1; absent is -1)" : ""));
    }
    /// Negative is absent; otherwise 0..1.
    void confidence(const Field& field, double value) {
        if (std::isnan(value)) problem(field, "is not a number");
        else if (value > 1) problem(field, number(value) + " is outside 0..1");
    }
    void sha256(const Field& field, const std::string& value) {
        if (value.empty()) return;
        bool hex = value.size() == 64;
        for (char c : value) hex = hex && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
        if (!hex) {
            if (!findings::text::isValidUtf8(value)) return text(field, value);
            problem(field, quoted(value) + " is not a SHA-256 digest (64 lower-case hex digits)");
        }
    }

private:
    RecordChecker& checker_;
    RecordProblem::Record record_;
    std::size_t index_;
    const std::string& id_;
};

std::string describe(const RecordProblem& p) {
    std::string out = std::string(kindName(p.record)) + " #" + std::to_string(p.index + 1);
    if (!p.id.empty()) out += " (id " + quoted(p.id) + ")";
    return out + ": " + p.field + " " + p.message;
}

std::string describeProblems(std::string_view emitter, const std::vector<RecordProblem>& problems,
                             std::size_t total, std::size_t shown) {
    std::string out = std::string(emitter) + " emitted ";
    for (std::size_t i = 0; i < problems.size() && i < shown; ++i)
        out += (i ? "; " : "") + describe(problems[i]);
    const std::size_t told = std::min(problems.size(), shown);
    if (total > told)
        out += " (and " + std::to_string(total - told) + " more problem" +
               (total - told == 1 ? "" : "s") + ")";
    return out;
}

RecordChecker::RecordChecker(std::size_t maxProblems) : max_(maxProblems) {}

void RecordChecker::add(RecordProblem problem) {
    ++count_;
    if (problems_.size() < max_) problems_.push_back(std::move(problem));
}

void RecordChecker::source(const Source& s) {
    const std::size_t index = sources_++;
    Fields f(*this, RecordProblem::Record::Source, index, s.id);
    f.text("id", s.id);
    if (!s.id.empty())
        if (auto earlier = ids_.addSource(s.id, index))
            f.problem("id", quoted(s.id) + " is also the id of source #" + std::to_string(*earlier + 1));
    f.text("path", s.path);
    f.sha256("sha256", s.sha256);
    f.oneOf("kind", s.kind, sourceKinds());
    f.oneOf("role", s.role, sourceRoles());
    f.text("title", s.title);
    f.text("local_authority", s.local_authority);
    f.text("author", s.author);
    f.text("recipient", s.recipient);
    f.date("date", s.date);
    f.atLeast("visit.ordinal", s.visit.ordinal, 1);
    f.date("visit.start", s.visit.start);
    f.date("visit.end", s.visit.end);
    f.texts("inspectors", s.inspectors);
    f.text("framework", s.framework);
    f.oneOf("previous_judgement.grade", s.previous_judgement.grade, grades());
    f.date("previous_judgement.date", s.previous_judgement.date);
    for (std::size_t i = 0; i < s.judgements.size(); ++i) {
        f.text(Field("judgements", i, "area"), s.judgements[i].area);
        f.oneOf(Field("judgements", i, "grade"), s.judgements[i].grade, grades());
    }
    f.texts("areas_covered", s.areas_covered);
    for (std::size_t i = 0; i < s.people.size(); ++i) {
        f.text(Field("people", i, "name"), s.people[i].name);
        f.text(Field("people", i, "role"), s.people[i].role);
    }
    f.text("importer.id", s.importer.id);
    f.text("importer.version", s.importer.version);
    f.properties(s.properties);
}

void RecordChecker::finding(const Finding& x) {
    const std::size_t index = findings_++;
    Fields f(*this, RecordProblem::Record::Finding, index, x.id);
    f.text("id", x.id);
    if (!x.id.empty())
        if (auto earlier = ids_.addFinding(x.id, index))
            f.problem("id", quoted(x.id) + " is also the id of finding #" + std::to_string(*earlier + 1));
    f.text("source", x.source);
    // An empty source is the host's to fill (the file's first source).
    if (!x.source.empty()) ids_.referToSource(index, x.id, x.source);
    f.oneOf("kind", x.kind, findingKinds());
    f.text("section", x.section);
    f.atLeast("paragraph", x.paragraph, 0);
    f.text("text", x.text);
    f.text("summary", x.summary);
    f.texts("themes", x.themes);
    f.oneOf("polarity", x.polarity, polarities());
    f.text("attribution", x.attribution);
    const Location& l = x.location;
    f.atLeast("location.line_start", l.line_start, 1);
    f.atLeast("location.line_end", l.line_end, 1);
    f.atLeast("location.char_start", l.char_start, 0);
    f.atLeast("location.char_end", l.char_end, 0);
    f.atLeast("location.page", l.page, 1);
    f.text("location.sheet", l.sheet);
    f.atLeast("location.row", l.row, 1);
    f.atLeast("location.column", l.column, 1);
    f.confidence("confidence", x.confidence);
    f.oneOf("review", x.review, reviewStates());
    f.text("action.text", x.action.text);
    f.text("action.owner", x.action.owner);
    f.date("action.due", x.action.due);
    f.oneOf("action.status", x.action.status, actionStatuses());
    f.properties(x.properties);
    for (std::size_t i = 0; i < x.links.size(); ++i) {
        const Link& k = x.links[i];
        if (k.target.empty()) f.problem(Field("links", i, "target"), "is missing (the id of the linked finding)");
        else if (!findings::text::isValidUtf8(k.target)) f.text(Field("links", i, "target"), k.target);
        else ids_.linkTo(index, i, k.target, x.id);
        f.oneOf(Field("links", i, "relation"), k.relation, linkRelations(), true);
        f.oneOf(Field("links", i, "stance"), k.stance, linkStances());
        f.confidence(Field("links", i, "confidence"), k.confidence);
        f.oneOf(Field("links", i, "origin"), k.origin, linkOrigins());
        f.oneOf(Field("links", i, "review"), k.review, linkReviews());
        f.text(Field("links", i, "evidence"), k.evidence);
    }
}

void RecordChecker::finish() {
    for (const RecordIds::Unresolved& u : ids_.unresolved()) {
        Fields f(*this, RecordProblem::Record::Finding, u.finding, u.from);
        if (u.link == RecordIds::kSource)
            f.problem("source", quoted(u.target) + " names no source of this file");
        else if (u.self)
            f.problem(Field("links", u.link, "target"), quoted(u.target) + " links the finding to itself");
        else
            f.problem(Field("links", u.link, "target"), quoted(u.target) + " names no finding of this file");
    }
}

RecordChecker checkRecords(const std::vector<Source>& sources,
                           const std::vector<Finding>& findings, std::size_t maxProblems) {
    RecordChecker checker(maxProblems);
    checker.reserve(sources.size(), findings.size());
    for (const Source& s : sources) checker.source(s);
    for (const Finding& f : findings) checker.finding(f);
    checker.finish();
    return checker;
}

bool isValidUtf8(std::string_view text) { return findings::text::isValidUtf8(text); }

}  // namespace findings::check
