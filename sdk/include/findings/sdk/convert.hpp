// findings/sdk/convert.hpp — conversions between the C records of plugin.h and the C++
// values of records.hpp.
//
// Reading (C to C++) honours struct_size, so a record written against an older or newer
// minor version of the SDK reads correctly: fields the writer did not know stay absent, and
// fields this reader does not know are ignored.
// Writing (C++ to C) goes through CSource / CFinding, which own the arrays and sub-records
// the C struct points to; the C struct borrows the strings of the C++ value, which must
// outlive it.
#pragma once

#include <findings/plugin.h>
#include <findings/sdk/records.hpp>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace findings {

/// Borrows a C++ string as an fnd_str (absent when empty).
inline fnd_str toC(std::string_view s) {
    return fnd_str{s.empty() ? nullptr : s.data(), s.size()};
}

/// Copies an fnd_str into a std::string (empty when absent).
inline std::string toString(fnd_str s) {
    return (s.data && s.size) ? std::string(s.data, s.size) : std::string();
}

/// Views an fnd_str as a string_view (empty when absent).
inline std::string_view toView(fnd_str s) {
    return (s.data && s.size) ? std::string_view(s.data, s.size) : std::string_view();
}

namespace detail {

inline std::vector<std::string> toStrings(const fnd_str* items, size_t count) {
    std::vector<std::string> out;
    if (!items) return out;
    out.reserve(count);
    for (size_t i = 0; i < count; ++i) out.push_back(toString(items[i]));
    return out;
}

inline Properties toProperties(const fnd_property* items, size_t count) {
    Properties out;
    if (!items) return out;
    out.reserve(count);
    for (size_t i = 0; i < count; ++i)
        out.emplace_back(toString(items[i].key), toString(items[i].value));
    return out;
}

inline std::vector<fnd_str> toCStrings(const std::vector<std::string>& items) {
    std::vector<fnd_str> out;
    out.reserve(items.size());
    for (const auto& s : items) out.push_back(toC(s));
    return out;
}

inline std::vector<fnd_property> toCProperties(const Properties& items) {
    std::vector<fnd_property> out;
    out.reserve(items.size());
    for (const auto& [k, v] : items) out.push_back(fnd_property{toC(k), toC(v)});
    return out;
}

/// Copies the first `out->struct_size` bytes of `full` into `out`: a reader built against an
/// older SDK gets exactly the fields it knows.
template <typename T>
void copyPrefix(const T& full, T* out) {
    const uint32_t n = std::min<uint32_t>(out->struct_size, sizeof(T));
    std::memcpy(static_cast<void*>(out), &full, n);
    out->struct_size = n;
}

}  // namespace detail

/// Reads a C location (may be NULL) into a Location.
inline Location fromC(const fnd_location* c) {
    Location l;
    if (!c) return l;
    if (FND_HAS_FIELD(c, fnd_location, line_start)) l.line_start = c->line_start;
    if (FND_HAS_FIELD(c, fnd_location, line_end)) l.line_end = c->line_end;
    if (FND_HAS_FIELD(c, fnd_location, char_start)) l.char_start = c->char_start;
    if (FND_HAS_FIELD(c, fnd_location, char_end)) l.char_end = c->char_end;
    if (FND_HAS_FIELD(c, fnd_location, page)) l.page = c->page;
    if (FND_HAS_FIELD(c, fnd_location, sheet)) l.sheet = toString(c->sheet);
    if (FND_HAS_FIELD(c, fnd_location, row)) l.row = c->row;
    if (FND_HAS_FIELD(c, fnd_location, column)) l.column = c->column;
    return l;
}

/// Reads a C action (may be NULL) into an Action.
inline Action fromC(const fnd_action* c) {
    Action a;
    if (!c) return a;
    if (FND_HAS_FIELD(c, fnd_action, text)) a.text = toString(c->text);
    if (FND_HAS_FIELD(c, fnd_action, owner)) a.owner = toString(c->owner);
    if (FND_HAS_FIELD(c, fnd_action, due)) a.due = toString(c->due);
    if (FND_HAS_FIELD(c, fnd_action, status)) a.status = toString(c->status);
    return a;
}

/// Reads a C source into a Source.
inline Source fromC(const fnd_source& c) {
    Source s;
    const fnd_source* p = &c;
#define FND_READ_STR_(field) \
    if (FND_HAS_FIELD(p, fnd_source, field)) s.field = toString(p->field)
    FND_READ_STR_(id);
    FND_READ_STR_(path);
    FND_READ_STR_(sha256);
    FND_READ_STR_(kind);
    FND_READ_STR_(title);
    FND_READ_STR_(local_authority);
    FND_READ_STR_(author);
    FND_READ_STR_(recipient);
    FND_READ_STR_(date);
    FND_READ_STR_(framework);
#undef FND_READ_STR_
    if (FND_HAS_FIELD(p, fnd_source, visit) && p->visit) {
        const fnd_visit* v = p->visit;
        if (FND_HAS_FIELD(v, fnd_visit, ordinal)) s.visit.ordinal = v->ordinal;
        if (FND_HAS_FIELD(v, fnd_visit, start)) s.visit.start = toString(v->start);
        if (FND_HAS_FIELD(v, fnd_visit, end)) s.visit.end = toString(v->end);
    }
    if (FND_HAS_FIELD(p, fnd_source, inspector_count))
        s.inspectors = detail::toStrings(p->inspectors, p->inspector_count);
    if (FND_HAS_FIELD(p, fnd_source, previous_judgement) && p->previous_judgement) {
        const fnd_previous_judgement* j = p->previous_judgement;
        if (FND_HAS_FIELD(j, fnd_previous_judgement, grade))
            s.previous_judgement.grade = toString(j->grade);
        if (FND_HAS_FIELD(j, fnd_previous_judgement, date))
            s.previous_judgement.date = toString(j->date);
    }
    if (FND_HAS_FIELD(p, fnd_source, judgement_count) && p->judgements)
        for (size_t i = 0; i < p->judgement_count; ++i)
            s.judgements.push_back(
                {toString(p->judgements[i].area), toString(p->judgements[i].grade)});
    if (FND_HAS_FIELD(p, fnd_source, area_count))
        s.areas_covered = detail::toStrings(p->areas_covered, p->area_count);
    if (FND_HAS_FIELD(p, fnd_source, person_count) && p->people)
        for (size_t i = 0; i < p->person_count; ++i)
            s.people.push_back({toString(p->people[i].name), toString(p->people[i].role)});
    if (FND_HAS_FIELD(p, fnd_source, importer) && p->importer) {
        const fnd_importer_ref* r = p->importer;
        if (FND_HAS_FIELD(r, fnd_importer_ref, id)) s.importer.id = toString(r->id);
        if (FND_HAS_FIELD(r, fnd_importer_ref, version))
            s.importer.version = toString(r->version);
    }
    if (FND_HAS_FIELD(p, fnd_source, property_count))
        s.properties = detail::toProperties(p->properties, p->property_count);
    if (FND_HAS_FIELD(p, fnd_source, role)) s.role = toString(p->role);
    return s;
}

/// Reads a C link into a Link.
inline Link fromC(const fnd_link& c) {
    Link l;
    const fnd_link* p = &c;
    if (FND_HAS_FIELD(p, fnd_link, target)) l.target = toString(p->target);
    if (FND_HAS_FIELD(p, fnd_link, relation)) l.relation = toString(p->relation);
    if (FND_HAS_FIELD(p, fnd_link, stance)) l.stance = toString(p->stance);
    if (FND_HAS_FIELD(p, fnd_link, confidence)) l.confidence = p->confidence;
    if (FND_HAS_FIELD(p, fnd_link, origin)) l.origin = toString(p->origin);
    if (FND_HAS_FIELD(p, fnd_link, review)) l.review = toString(p->review);
    if (FND_HAS_FIELD(p, fnd_link, evidence)) l.evidence = toString(p->evidence);
    return l;
}

/// Reads a C finding into a Finding.
inline Finding fromC(const fnd_finding& c) {
    Finding f;
    const fnd_finding* p = &c;
#define FND_READ_STR_(field) \
    if (FND_HAS_FIELD(p, fnd_finding, field)) f.field = toString(p->field)
    FND_READ_STR_(id);
    FND_READ_STR_(source);
    FND_READ_STR_(section);
    FND_READ_STR_(text);
    FND_READ_STR_(summary);
    FND_READ_STR_(polarity);
    FND_READ_STR_(attribution);
    FND_READ_STR_(review);
#undef FND_READ_STR_
    if (FND_HAS_FIELD(p, fnd_finding, paragraph)) f.paragraph = p->paragraph;
    if (FND_HAS_FIELD(p, fnd_finding, theme_count))
        f.themes = detail::toStrings(p->themes, p->theme_count);
    if (FND_HAS_FIELD(p, fnd_finding, location)) f.location = fromC(p->location);
    if (FND_HAS_FIELD(p, fnd_finding, confidence)) f.confidence = p->confidence;
    if (FND_HAS_FIELD(p, fnd_finding, action)) f.action = fromC(p->action);
    if (FND_HAS_FIELD(p, fnd_finding, property_count))
        f.properties = detail::toProperties(p->properties, p->property_count);
    if (FND_HAS_FIELD(p, fnd_finding, kind)) f.kind = toString(p->kind);
    if (FND_HAS_FIELD(p, fnd_finding, link_count) && p->links)
        for (size_t i = 0; i < p->link_count; ++i) f.links.push_back(fromC(p->links[i]));
    return f;
}

/// A C view of a Source: owns the arrays and sub-records, borrows the strings.
/// Keep the Source alive and unchanged while `get()` is in use.
class CSource {
public:
    explicit CSource(const Source& s)
        : inspectors_(detail::toCStrings(s.inspectors)),
          areas_(detail::toCStrings(s.areas_covered)),
          properties_(detail::toCProperties(s.properties)) {
        for (const auto& j : s.judgements) judgements_.push_back({toC(j.area), toC(j.grade)});
        for (const auto& p : s.people) people_.push_back({toC(p.name), toC(p.role)});
        visit_ = fnd_visit{sizeof(fnd_visit), s.visit.ordinal, toC(s.visit.start),
                           toC(s.visit.end)};
        previous_ = fnd_previous_judgement{sizeof(fnd_previous_judgement),
                                           toC(s.previous_judgement.grade),
                                           toC(s.previous_judgement.date)};
        importer_ = fnd_importer_ref{sizeof(fnd_importer_ref), toC(s.importer.id),
                                     toC(s.importer.version)};
        c_ = fnd_source{};
        c_.struct_size = sizeof(fnd_source);
        c_.id = toC(s.id);
        c_.path = toC(s.path);
        c_.sha256 = toC(s.sha256);
        c_.kind = toC(s.kind);
        c_.title = toC(s.title);
        c_.local_authority = toC(s.local_authority);
        c_.author = toC(s.author);
        c_.recipient = toC(s.recipient);
        c_.date = toC(s.date);
        c_.visit = s.visit.empty() ? nullptr : &visit_;
        c_.inspectors = inspectors_.data();
        c_.inspector_count = inspectors_.size();
        c_.framework = toC(s.framework);
        c_.previous_judgement = s.previous_judgement.empty() ? nullptr : &previous_;
        c_.judgements = judgements_.data();
        c_.judgement_count = judgements_.size();
        c_.areas_covered = areas_.data();
        c_.area_count = areas_.size();
        c_.people = people_.data();
        c_.person_count = people_.size();
        c_.importer = s.importer.empty() ? nullptr : &importer_;
        c_.properties = properties_.data();
        c_.property_count = properties_.size();
        c_.role = toC(s.role);
    }
    CSource(const CSource&) = delete;
    CSource& operator=(const CSource&) = delete;

    /// The C record; valid while this object lives.
    const fnd_source* get() const { return &c_; }

private:
    std::vector<fnd_str> inspectors_, areas_;
    std::vector<fnd_property> properties_;
    std::vector<fnd_judgement> judgements_;
    std::vector<fnd_person> people_;
    fnd_visit visit_{};
    fnd_previous_judgement previous_{};
    fnd_importer_ref importer_{};
    fnd_source c_{};
};

/// A C view of a call's options (fnd_options): owns the array, borrows the strings. Keep
/// the Properties alive and unchanged while `get()` is in use.
class COptions {
public:
    explicit COptions(const Properties& options)
        : items_(detail::toCProperties(options)),
          c_{sizeof(fnd_options), items_.data(), items_.size()} {}
    COptions(const COptions&) = delete;
    COptions& operator=(const COptions&) = delete;
    const fnd_options* get() const { return &c_; }

private:
    std::vector<fnd_property> items_;
    fnd_options c_;
};

/// A C view of a Finding: owns the arrays and sub-records, borrows the strings.
/// Keep the Finding alive and unchanged while `get()` is in use.
class CFinding {
public:
    explicit CFinding(const Finding& f)
        : themes_(detail::toCStrings(f.themes)),
          properties_(detail::toCProperties(f.properties)) {
        for (const Link& l : f.links)
            links_.push_back(fnd_link{sizeof(fnd_link), toC(l.target), toC(l.relation),
                                      toC(l.stance), l.confidence, toC(l.origin),
                                      toC(l.review), toC(l.evidence)});
        const Location& l = f.location;
        location_ = fnd_location{sizeof(fnd_location), l.line_start, l.line_end, l.char_start,
                                 l.char_end, l.page, toC(l.sheet), l.row, l.column};
        action_ = fnd_action{sizeof(fnd_action), toC(f.action.text), toC(f.action.owner),
                             toC(f.action.due), toC(f.action.status)};
        c_ = fnd_finding{};
        c_.struct_size = sizeof(fnd_finding);
        c_.id = toC(f.id);
        c_.source = toC(f.source);
        c_.section = toC(f.section);
        c_.paragraph = f.paragraph;
        c_.text = toC(f.text);
        c_.summary = toC(f.summary);
        c_.themes = themes_.data();
        c_.theme_count = themes_.size();
        c_.polarity = toC(f.polarity);
        c_.attribution = toC(f.attribution);
        c_.location = l.empty() ? nullptr : &location_;
        c_.confidence = f.confidence;
        c_.review = toC(f.review);
        c_.action = f.action.empty() ? nullptr : &action_;
        c_.properties = properties_.data();
        c_.property_count = properties_.size();
        c_.kind = toC(f.kind);
        c_.links = links_.empty() ? nullptr : links_.data();
        c_.link_count = links_.size();
    }
    CFinding(const CFinding&) = delete;
    CFinding& operator=(const CFinding&) = delete;

    /// The C record; valid while this object lives.
    const fnd_finding* get() const { return &c_; }

private:
    std::vector<fnd_str> themes_;
    std::vector<fnd_property> properties_;
    std::vector<fnd_link> links_;
    fnd_location location_{};
    fnd_action action_{};
    fnd_finding c_{};
};

}  // namespace findings
