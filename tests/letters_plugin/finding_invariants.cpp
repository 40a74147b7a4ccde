#include "finding_invariants.hpp"

#include "import_run.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

namespace letters_plugin_test {

void checkFindingInvariants(const findings::FindingsSet& set, const findings::Source& source, bool pages) {
    const auto found = findingsOf(set, source.id);
    REQUIRE(!found.empty());
    // Ofsted's letters and reports are inspection evidence; articles and releases commentary.
    CHECK(source.role == findings::defaultRole(source.kind));
    CHECK(!source.role.empty());
    std::set<std::string> ids;
    for (const findings::Finding* f : found) {
        INFO("finding " << f->id << ": " << f->text.substr(0, 80));
        CHECK(ids.insert(f->id).second);
        CHECK(f->id.rfind(source.id + "-", 0) == 0);
        CHECK(!f->text.empty());
        CHECK(!f->summary.empty());
        CHECK(!f->section.empty());
        CHECK(f->paragraph >= 1);
        const auto& allowed = findings::polarities();
        CHECK(std::find(allowed.begin(), allowed.end(), f->polarity) != allowed.end());
        CHECK(f->confidence > 0.0);
        CHECK(f->confidence <= 1.0);
        CHECK(f->review == "unreviewed");
        CHECK(f->location.line_start >= 1);
        CHECK(f->location.line_end >= f->location.line_start);
        CHECK(f->location.char_end > f->location.char_start);
        if (pages) CHECK(f->location.page >= 1);
        else CHECK(f->location.page == findings::kNone);
        const std::string role = propertyOf(f->properties, "role");
        // Ofsted's points are improvement_point findings; `action` is the council's, so an
        // importer of Ofsted's documents never fills it.
        CHECK(f->action.empty());
        if (role == "improvement_point") {
            CHECK(f->polarity == "weakness");
            CHECK(f->kind == "improvement_point");
        } else {
            CHECK(f->kind.empty());
        }
        if (role == "quotation") CHECK(!f->attribution.empty());
    }
}

void checkThemedRoles(const findings::FindingsSet& set, const findings::Source& source) {
    for (const findings::Finding* f : findingsOf(set, source.id)) {
        const std::string role = propertyOf(f->properties, "role");
        if (role != "headline" && role != "finding" && role != "improvement_point") continue;
        INFO("finding " << f->id << ": " << f->text.substr(0, 80));
        CHECK(!f->themes.empty());
    }
}

double themedShare(const findings::FindingsSet& set, const findings::Source& source) {
    const auto found = findingsOf(set, source.id);
    if (found.empty()) return 0.0;
    const auto themed = std::count_if(found.begin(), found.end(), [](const findings::Finding* f) { return !f->themes.empty(); });
    return static_cast<double>(themed) / static_cast<double>(found.size());
}

void checkLocationsPointAtText(const findings::FindingsSet& set, const findings::Source& source,
                               const std::string& fileBytes) {
    for (const findings::Finding* f : findingsOf(set, source.id)) {
        INFO("finding " << f->id << ": " << f->text.substr(0, 80));
        REQUIRE(f->location.char_start >= 0);
        REQUIRE(static_cast<std::size_t>(f->location.char_end) <= fileBytes.size());
        // The start of the text as written (the first word is never reflowed).
        const std::string firstWord = f->text.substr(0, f->text.find(' '));
        const auto start = static_cast<std::size_t>(f->location.char_start);
        if (propertyOf(f->properties, "role") == "quotation") {
            // A quotation inside "X said: “…”" is located by the paragraph that holds it.
            const std::string located = fileBytes.substr(start, static_cast<std::size_t>(f->location.char_end) - start);
            CHECK(located.find(firstWord) != std::string::npos);
        } else {
            CHECK(fileBytes.compare(start, firstWord.size(), firstWord) == 0);
        }
    }
}

}  // namespace letters_plugin_test
