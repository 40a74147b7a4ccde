// Word list numbering (internal): what word/numbering.xml says each list level prints,
// and the running counters that turn a list paragraph into "• " or "2. " as a reader sees.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "findings/docparse/readers.hpp"

namespace findings::docparse::detail {

/// One level of a list: w:numFmt ("bullet", "decimal", "lowerLetter", ...), w:lvlText
/// ("%1.", "(%2)") and w:start.
struct ListLevel {
    std::string format = "bullet";
    std::string text;
    int start = 1;
};

/// The levels of every w:num id, resolved through its w:abstractNum.
class ListNumbering {
public:
    /// Reads word/numbering.xml when the package has one; without it every list
    /// paragraph is a bullet (the part is optional).
    static ListNumbering read(std::string_view docx, const DocxLimits& limits);

    /// The marker a reader sees before the next item of list numId at level ilvl
    /// ("• ", "3. ", "b) "), advancing its counter; "" for numId 0 (numbering removed)
    /// or a format of "none".
    std::string nextMarker(int numId, int ilvl);

    /// The list (numId, ilvl) a paragraph style makes its paragraphs items of, through
    /// its w:basedOn chain (Word's "List Bullet" style carries its numbering in
    /// styles.xml, not in the paragraph), or numId -1.
    std::pair<int, int> styleList(const std::string& styleId) const;

    /// A paragraph style's own w:numPr and w:basedOn, from styles.xml.
    struct StyleList {
        int numId = -1, ilvl = -1;
        std::string basedOn;
    };
    std::map<std::string, StyleList> styles;

    // Filled by the numbering.xml handler.
    std::map<int, std::map<int, ListLevel>> abstractLevels;  ///< abstractNumId -> ilvl -> level
    std::map<int, int> numToAbstract;                        ///< numId -> abstractNumId
    std::map<std::pair<int, int>, int> startOverrides;       ///< (numId, ilvl) -> start

private:
    std::map<int, std::map<int, int>> counters_;  ///< numId -> ilvl -> last number printed
    const ListLevel* level(int numId, int ilvl) const;
};

}  // namespace findings::docparse::detail
