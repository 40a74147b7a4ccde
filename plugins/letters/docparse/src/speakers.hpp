// Who is quoted or named in an article or press release, and in what role (internal).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace findings::docparse::detail {

struct Speaker {
    std::string name;  ///< the person's name without titles ("Jane Smith", not "Cllr Jane Smith")
    std::string role;  ///< the role as the text gives it, or empty
};

/// Position of a speech verb ("said", "says", "added") in text, or npos; `length`
/// receives its length.
std::size_t speechVerb(std::string_view text, std::size_t* length);

/// True when the speech verb at `verb` directly follows a closing quotation mark
/// ("…,” said"): the speaker is named after the verb.
bool verbFollowsQuote(std::string_view text, std::size_t verb);

/// The speaker named after the verb: "…,” said Cllr Jane Smith, cabinet member for ...".
std::optional<Speaker> speakerAfter(std::string_view text, std::size_t afterVerb);

/// The speaker named in the clause before the verb: "Cabinet member Jane Smith said",
/// "Jane Smith, director of children's services, said", "Jane Smith (Director of
/// Children's Services) said", "Ofsted's regional director, Jane Smith, said".
std::optional<Speaker> speakerBefore(std::string_view text, std::size_t verbPos);

/// People named with their role but not quoted: "The report was presented to Jane Smith,
/// chief executive of the council, ...". Only a role with a word such as "director",
/// "leader" or "member" in it makes the words before it a person.
std::vector<Speaker> peopleNamedWithRole(std::string_view text);

/// "A council spokesperson said", "A spokesperson for the council said": the speaker as
/// named when no person is ("council spokesperson"), or "" when the clause before the
/// verb at `verb` is not such a phrase.
std::string unnamedSpeaker(std::string_view text, std::size_t verb);

/// True for "“...,” the letter said": the words between the closing quotation mark and the
/// verb at `verb` name Ofsted's letter or report, or its inspectors.
bool quotesOfsted(std::string_view text, std::size_t verb);

}  // namespace findings::docparse::detail
