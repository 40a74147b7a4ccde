// Fictional letters laid out on pages as Ofsted prints them (letterhead on the first page,
// running header and footer with page numbers on every page, paragraphs broken by page
// breaks) import through the CLI from PDF and Word to what their text says: the same
// metadata and findings, no header, footer or sign-off text in any finding, and each
// finding located on the page where it starts.
#include <catch2/catch.hpp>

#include <sstream>

#include "finding_invariants.hpp"
#include "import_run.hpp"

using namespace letters_plugin_test;

namespace {

const char* const kPagedLetters[] = {"monitoring-visit-calderbrook-2023", "focused-visit-fenwick-vale-2022",
                                     "monitoring-visit-thornbury-2018"};

std::string fixture(const std::string& name) { return std::string(LETTERS_PLUGIN_FIXTURES_DIR) + "/" + name; }

// The letter laid out on pages as `ext` (pdf, docx): committed in fixtures/paged/ (made by
// fixtures/make_paged.sh), so its page breaks do not depend on this machine's fonts.
std::string pagedFile(const std::string& letter, const std::string& ext) {
    const std::string path = std::string(LETTERS_PLUGIN_FIXTURES_PAGED_DIR) + "/" + letter + "." + ext;
    REQUIRE(testsupport::fileExists(path));
    return path;
}

// Lower case, digits dropped and white space collapsed: page numbers and line breaks do
// not matter when looking for one text inside another.
std::string normalised(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c >= '0' && c <= '9') continue;
        bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
        if (space) {
            if (!out.empty() && out.back() != ' ') out.push_back(' ');
        } else {
            out.push_back(char(std::tolower(static_cast<unsigned char>(c))));
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// The running header and footer lines the letter's .page file sets, of two words or more
// (one word such as "Ofsted" may well be in a finding), page fields left out.
std::vector<std::string> runningLines(const std::string& letter) {
    std::vector<std::string> lines;
    std::istringstream in(testsupport::readFile(fixture(letter + ".page")));
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("header:", 0) != 0 && line.rfind("footer:", 0) != 0) continue;
        std::string text = line.substr(7);
        for (const char* field : {"{page}", "{pages}"})
            for (std::size_t at; (at = text.find(field)) != std::string::npos;) text.erase(at, std::string(field).size());
        text = normalised(text);
        if (text.find(' ') != std::string::npos) lines.push_back(text);
    }
    return lines;
}

// Each page's text as pdftotext reads it, normalised.
std::vector<std::string> pageTexts(const std::string& pdf) {
    std::vector<std::string> pages;
#ifdef LETTERS_PLUGIN_PDFTOTEXT
    const testsupport::RunResult run = testsupport::runCommand(std::string(LETTERS_PLUGIN_PDFTOTEXT) + " " +
                                                               testsupport::shellQuote(pdf) + " -");
    REQUIRE(run.status == 0);
    std::size_t start = 0;
    for (std::size_t ff; (ff = run.out.find('\f', start)) != std::string::npos; start = ff + 1)
        pages.push_back(normalised(run.out.substr(start, ff - start)));
#else
    FAIL("pdftotext (poppler-utils) was not found when the build was configured: cannot check " << pdf);
#endif
    return pages;
}

// The last words of a finding: they close it on the page where it ends.
std::string closing(const std::string& text) {
    std::size_t start = text.size();
    for (int words = 0; words < 5 && start != std::string::npos && start > 0; ++words) start = text.rfind(' ', start - 1);
    return normalised(start == std::string::npos ? text : text.substr(start + 1));
}

// The first words of a finding: they open a line of the page the finding starts on.
std::string opening(const std::string& text) {
    std::size_t end = 0;
    for (int words = 0; words < 5 && end != std::string::npos; ++words) end = text.find(' ', end + 1);
    return normalised(text.substr(0, end));
}

void checkSameAsText(const std::string& letter, const std::string& ext) {
    INFO(letter << "." << ext);
    const std::string paged = pagedFile(letter, ext);
    const Imported text = importOk({fixture(letter + ".txt")});
    const Imported other = importOk({paged});
    REQUIRE(text.set.sources.size() == 1);
    REQUIRE(other.set.sources.size() == 1);
    const findings::Source& t = text.set.sources[0];
    const findings::Source& o = other.set.sources[0];
    CHECK(o.importer.id == "uk.findings.letters." + ext);
    CHECK(o.kind == t.kind);
    CHECK(o.title == t.title);
    CHECK(o.local_authority == t.local_authority);
    CHECK(o.date == t.date);
    CHECK(o.recipient == t.recipient);
    CHECK(o.visit == t.visit);
    CHECK(o.inspectors == t.inspectors);
    CHECK(o.framework == t.framework);
    CHECK(o.previous_judgement == t.previous_judgement);
    CHECK(o.areas_covered == t.areas_covered);
    checkFindingInvariants(other.set, o, ext == "pdf");
    REQUIRE(other.set.findings.size() == text.set.findings.size());
    for (std::size_t i = 0; i < text.set.findings.size(); ++i) {
        INFO("finding " << i);
        CHECK(other.set.findings[i].section == text.set.findings[i].section);
        CHECK(other.set.findings[i].text == text.set.findings[i].text);
        CHECK(other.set.findings[i].polarity == text.set.findings[i].polarity);
    }
    // Said again with the page furniture named, so that a failure says what leaked in.
    const std::vector<std::string> running = runningLines(letter);
    for (const findings::Finding& f : other.set.findings) {
        const std::string body = normalised(f.text);
        for (const std::string& line : running) CHECK_FALSE(body.find(line) != std::string::npos);
    }
}

}  // namespace

TEST_CASE("fictional letters with running headers and footers import from PDF as from text", "[fictional][pdf]") {
    if (!havePdfPlugin()) return;
    for (const char* letter : kPagedLetters) checkSameAsText(letter, "pdf");
}

TEST_CASE("fictional letters with running headers and footers import from Word as from text", "[fictional][docx]") {
    for (const char* letter : kPagedLetters) checkSameAsText(letter, "docx");
}

TEST_CASE("findings of a paged PDF letter are located on the page where they start", "[fictional][pdf][location]") {
    if (!havePdfPlugin()) return;
    for (const char* letter : kPagedLetters) {
        INFO(letter);
        const std::string pdf = pagedFile(letter, "pdf");
        const std::vector<std::string> pages = pageTexts(pdf);
        CHECK(pages.size() >= 3);  // the layouts only test something when they run over pages
        const Imported imported = importOk({pdf});
        std::int64_t previous = 1;
        for (const findings::Finding& f : imported.set.findings) {
            INFO(f.text.substr(0, 60));
            REQUIRE(f.location.page >= previous);
            REQUIRE(f.location.page <= std::int64_t(pages.size()));
            CHECK(pages[std::size_t(f.location.page - 1)].find(opening(f.text)) != std::string::npos);
            previous = f.location.page;
        }
        // The findings run over three pages or more; the letter's sign-off may sit alone on
        // a page after them, so the last finding ends on its own page or the next.
        CHECK(previous >= 3);
        REQUIRE_FALSE(imported.set.findings.empty());
        const std::string last = closing(imported.set.findings.back().text);
        const std::size_t at = std::size_t(previous - 1);
        const bool endsThere = pages[at].find(last) != std::string::npos ||
                               (at + 1 < pages.size() && pages[at + 1].find(last) != std::string::npos);
        INFO("last words: " << last);
        CHECK(endsThere);
    }
}

TEST_CASE("the paged letters' text says what the letters say, without the sign-off", "[fictional][text]") {
    struct Expected {
        const char* letter;
        const char* kind;
        const char* authority;
        const char* date;
        const char* visitStart;
        std::size_t findings;
    };
    const Expected expected[] = {
        {"monitoring-visit-calderbrook-2023", "monitoring_letter", "Calderbrook", "2023-07-11", "2023-06-13", 12},
        {"focused-visit-fenwick-vale-2022", "focused_visit_letter", "Fenwick Vale", "2022-10-28", "2022-09-27", 13},
        {"monitoring-visit-thornbury-2018", "monitoring_letter", "Thornbury and Wellmouth", "2018-04-19", "2018-03-20", 11},
    };
    for (const Expected& e : expected) {
        INFO(e.letter);
        const Imported text = importOk({fixture(std::string(e.letter) + ".txt")});
        REQUIRE(text.set.sources.size() == 1);
        const findings::Source& s = text.set.sources[0];
        CHECK(s.kind == e.kind);
        CHECK(s.local_authority == e.authority);
        CHECK(s.date == e.date);
        CHECK(s.visit.start == e.visitStart);
        CHECK(s.inspectors.size() == 2);
        CHECK(text.set.findings.size() == e.findings);
        // The close ("..., and I am copying this letter to ...", "Yours sincerely", the
        // inspector, "cc: ...") is never a finding.
        for (const findings::Finding& f : text.set.findings) {
            CHECK(f.text.find("copying this letter") == std::string::npos);
            CHECK(f.text.rfind("Yours", 0) != 0);
            CHECK(f.text.rfind("cc:", 0) != 0);
            const std::string title = "Majesty's Inspector";
            CHECK_FALSE((f.text.size() >= title.size() && f.text.compare(f.text.size() - title.size(), title.size(), title) == 0));
        }
    }
}
