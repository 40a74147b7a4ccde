// The cells the exporter writes for each finding on its three row-per-finding sheets
// (Findings, Actions and the hidden _findings data), computed with the exporter's own text
// functions. The floor writer and the Python writer write exactly these cells, so the
// comparison with the exporter is about writing, not about what is written.
#pragma once

#include "source_catalog.hpp"

#include <findings/format/findings_set.hpp>
#include <findings/core/theme_labels.hpp>

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace excel_bench {

/// One cell: text, a number, or a date (an Excel serial number shown as a date).
struct Cell {
    enum class Kind { Text, Number, Date };
    Kind kind = Kind::Text;
    double number = 0;
    std::string text;
};
using Row = std::vector<Cell>;

class CellTable {
public:
    CellTable(const findings::FindingsSet& set, const findings::core::ThemeLabels& labels);

    std::size_t findingCount() const { return set_.findings.size(); }
    std::size_t sourceCount() const { return set_.sources.size(); }
    static const std::vector<std::string>& findingsHeader();
    static const std::vector<std::string>& actionsHeader();
    /// Finding i's row on the Findings sheet.
    void findingsRow(std::size_t i, Row& out) const;
    /// Finding i's row on the Actions sheet; false when it has none.
    bool actionsRow(std::size_t i, Row& out) const;
    /// The first two rows of each part of the data sheet.
    static Row dataMarkerRow();
    static Row dataHeaderRow();
    /// Finding i's / source i's row on the data sheet.
    void findingDataRow(std::size_t i, Row& out) const;
    void sourceDataRow(std::size_t i, Row& out) const;

private:
    const std::string& label(const std::string& themeId) const;
    const findings::FindingsSet& set_;
    const findings::core::ThemeLabels& labels_;
    findings::excel::SourceCatalog sources_;  // id lookup and source labels, as the exporter
    mutable std::unordered_map<std::string, std::string> labelCache_;
};

}  // namespace excel_bench
