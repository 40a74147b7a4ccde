// The columns of the findings table and the text each shows. Toolkit-neutral so sorting (in
// the model library) and drawing (in the wx table) use the same definitions.
#pragma once

#include <findings/core/theme_labels.hpp>
#include <findings/sdk/records.hpp>

#include <array>
#include <string>

namespace findings::studio {

enum class Column : unsigned {
    Source,
    Visit,
    Section,
    Themes,
    Polarity,
    Summary,
    Action,       ///< the action's text (hidden by default: action coverage)
    Owner,        ///< who leads the action (hidden by default)
    Due,          ///< the action's due date (hidden by default)
    ActionStatus, ///< the action's RAG status (hidden by default)
    Review,
    Confidence
};
inline constexpr unsigned kColumnCount = 12;

/// Every column, in display order.
const std::array<Column, kColumnCount>& allColumns();
/// The column header: "Source", "Strength/weakness", …
const char* columnTitle(Column column);
/// Shown until the user says otherwise: the action columns (Action, Owner, Due, RAG) are
/// for the follow-up of a plan and start hidden, so a first look is not crowded.
bool shownByDefault(Column column);

/// The text of one cell. `source` may be null (a finding whose source is missing).
std::string cellText(const Finding& finding, const Source* source, Column column,
                     const core::ThemeLabels& themes);

/// Theme labels of a finding, shortened and joined with ", ".
std::string themeListText(const Finding& finding, const core::ThemeLabels& themes);
/// The finding's summary, or the start of its text when the importer gave none.
std::string summaryText(const Finding& finding);
/// "85%" for a confidence of 0.85, "" when absent.
std::string confidenceText(double confidence);

}  // namespace findings::studio
