// Hand-written scanners for the metadata of inspection documents: dates and date ranges,
// visit ordinals, grades, local-authority names, people's names and first sentences.
// Public so that they can be unit-tested and reused by other importers. All are pure
// functions over UTF-8 text; none uses std::regex.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace findings::docparse {

/// A calendar date of which only some parts may be known (0 = unknown).
struct PartialDate {
    int year = 0;
    int month = 0;  ///< 1..12
    int day = 0;    ///< 1..31

    /// "YYYY-MM-DD", "YYYY-MM" when the day is unknown, "" when year or month is unknown.
    std::string iso() const;
    bool operator==(const PartialDate& o) const {
        return year == o.year && month == o.month && day == o.day;
    }
};

/// A date or a range of dates found in text ("21 and 22 February 2024", "March 29-30").
struct DateRange {
    PartialDate start;
    PartialDate end;          ///< equals start for a single date
    std::size_t begin = 0;    ///< byte span of the match in the scanned text
    std::size_t finish = 0;
    /// True when the range names a day, not only a month ("July 2022").
    bool has_day() const { return start.day != 0; }
};

/// Every date or date range in `text`, in order. Handles day-first and month-first
/// forms, weekdays, ordinal suffixes, "and"/"to"/hyphen/en dash/em dash ranges, ranges
/// across months and years, and "Month Year". Years left unstated are 0.
std::vector<DateRange> findDates(std::string_view text);

/// The first date in `text` that has a day, month and year, or nothing.
std::optional<PartialDate> findFullDate(std::string_view text);

/// Fills unknown years of a range from `year`; an end month earlier than the start month
/// rolls the end into the following year.
void fillYear(DateRange& range, int year);

/// Resolves "last July" / "last summer"-style references: the most recent `month` strictly
/// before `reference`. Returns {0,0,0} when reference is unknown.
PartialDate lastMonthBefore(int month, const PartialDate& reference);

/// Month number of an English month name or abbreviation ("Sept", "march"), or 0.
int monthFromName(std::string_view word);

/// Value of an ordinal word or number ("fourth", "6th", "twenty-first"), or 0.
int ordinalValue(std::string_view word);

/// The visit ordinal stated in `text`: an ordinal within three words before "visit",
/// "monitoring visit", "monitoring session" or "of these visits". 0 when none.
int findVisitOrdinal(std::string_view text);

/// Normalises a grade phrase: "Requires improvement to be good" and "requires
/// improvement" give "requires improvement"; "Good", "Outstanding", "Inadequate" lower
/// case. Returns "" for anything else.
std::string normaliseGrade(std::string_view phrase);

/// A grade phrase found in text.
struct GradeMatch {
    std::string grade;       ///< normalised
    std::size_t begin = 0;   ///< byte span of the phrase (quotes excluded)
    std::size_t finish = 0;
};

/// The grade phrase that ends `text` (ignoring trailing spaces, quotes and a footnote
/// digit), or nothing. Used for judgement table rows and headings.
std::optional<GradeMatch> gradeAtEnd(std::string_view text);

/// The previous judgement stated in `text` ("judged inadequate in July 2022", "rating of
/// 'requires improvement'", "deemed 'inadequate'"): the grade, and the date when the same
/// sentence gives one (relative "last July" resolved against `reference`).
struct PreviousJudgementMatch {
    std::string grade;
    PartialDate date;
};
std::optional<PreviousJudgementMatch> findPreviousJudgement(std::string_view text,
                                                            const PartialDate& reference);

/// Normalises a local authority's name to its short form: "Herefordshire County
/// Council", "Herefordshire Council" -> "Herefordshire"; "London Borough of Barnet" ->
/// "Barnet"; "City of York Council" -> "York"; "Royal Borough of Greenwich" ->
/// "Greenwich"; "Wigan Metropolitan Borough Council" -> "Wigan".
std::string normaliseAuthority(std::string_view name);

/// findAuthorityIn() with the built-in directory: the short name, or the name as written.
std::string findAuthority(std::string_view text);

class AuthorityDirectory;

/// The local authority a document is about, and whether the directory knows it.
struct AuthorityMatch {
    std::string name;    ///< the directory's short name, or the name as written; "" for none
    bool known = false;  ///< false: no directory name fits, `name` is as written
};

/// The local authority of `text`: the directory name the phrasings around it point to
/// ("visit to X children's services", "X Council", a trust's name), the longest form at
/// each place. When no directory name fits, the name the phrasings give, as written.
AuthorityMatch findAuthorityIn(std::string_view text, const AuthorityDirectory& directory);

/// True when `word` looks like part of a person's name: capitalised ("McEntee",
/// "O'Neill", "Smith-Jones") and not a title, role, month or common capitalised word.
bool isNameWord(std::string_view word);

/// Splits a written list of people into names: "Alison Smale and Janet Fraser",
/// "Shirley Bailey, Lisa Williams (AI) and Steven Gauntley" -> names only.
std::vector<std::string> splitNameList(std::string_view text);

/// The first sentence of `text`, not fooled by "e.g.", "Dr.", "1.5" or initials.
std::string firstSentence(std::string_view text);

}  // namespace findings::docparse
