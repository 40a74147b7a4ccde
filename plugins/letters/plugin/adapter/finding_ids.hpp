// Stable, readable finding ids: "<source id>-<section slug>-<paragraph>", e.g.
// "src-3f2a9c01b7de-headline-findings-1". The source id comes from the file's SHA-256 and
// the rest from where the paragraph stands, so the same file always gives the same ids.
#pragma once

#include <findings/docparse/document.hpp>

#include <map>
#include <set>
#include <string>

namespace letters_plugin {

/// A short slug of a section heading: its first four significant words, lower-case ASCII,
/// joined by hyphens ("The impact of leaders on social work practice" ->
/// "impact-leaders-social-work"); empty when the heading has no ASCII letters or digits.
std::string sectionSlug(const std::string& heading);

/// Hands out the ids of one document's findings, in document order.
class FindingIdAllocator {
public:
    explicit FindingIdAllocator(std::string sourceId) : sourceId_(std::move(sourceId)) {}

    /// The id of the finding for `paragraph`, whose `paragraph` field is `number`. Two
    /// sections with the same slug get "-2", "-3"... in order of appearance; an id that
    /// would repeat (a printed number used twice) gets a suffix, so ids stay unique.
    std::string next(const findings::docparse::Paragraph& paragraph, long long number);

private:
    std::string slugFor(const std::string& section);

    std::string sourceId_;
    std::map<std::string, std::string> slugBySection_;
    std::set<std::string> slugsTaken_;
    std::set<std::string> idsTaken_;
};

}  // namespace letters_plugin
