// The sources of the set being exported, read once from the host's view and kept only as the
// few texts the row-per-finding sheets and the Progress matrix need (a set of a million
// findings may have tens of thousands of sources: whole records would cost tens of MB), with
// a lookup from a finding's source id.
#pragma once

#include <findings/sdk.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace findings::excel {

/// One source as the sheets name it.
struct SourceInfo {
    std::size_t index = 0;     ///< position in the set
    std::string id;
    std::string authority;     ///< local_authority
    std::string label;         ///< sourceLabel(): title and date
    std::string visit;         ///< visitLabel(): "Visit 3"
    std::string heading;       ///< sourceHeading(): "Visit 3", "News article"
    std::string sortDate;      ///< sourceSortDate(): ISO, "" when undated
    std::string when;          ///< sourceWhen(): "May 2024"
    std::int64_t ordinal = -1; ///< visit.ordinal, or kNone
    std::string role;          ///< roleOf(): inspection, commentary, plan, workbook
    std::string placeDate;     ///< followup::placeDate(): the visit's last day, else the date
    bool fullReport = false;   ///< followup::isFullReport(), and Ofsted's (role inspection)

    /// The summary of `source`, the `index`th of its set.
    static SourceInfo of(const Source& source, std::size_t index);
};

class SourceCatalog {
public:
    /// Reads every source of `view`.
    explicit SourceCatalog(const View& view);
    /// Builds a catalog from sources already in memory (tests, benchmarks).
    explicit SourceCatalog(const std::vector<Source>& sources);
    // The id index views the ids inside this object: no copies or moves.
    SourceCatalog(const SourceCatalog&) = delete;
    SourceCatalog& operator=(const SourceCatalog&) = delete;

    /// The source with this id, or nullptr (a finding may name a source the set lacks).
    const SourceInfo* find(std::string_view id) const;
    const std::vector<SourceInfo>& all() const { return sources_; }
    /// The local authority every source with one names, or "" when they differ or none does.
    std::string commonAuthority() const;
    /// The place date of the authority's latest full inspection report, or "" when none is
    /// held (or none is dated): where the council's current working list starts.
    const std::string& latestFullReportDate(const std::string& authority) const;

private:
    void index();
    std::vector<SourceInfo> sources_;
    std::unordered_map<std::string_view, std::size_t> byId_;
    std::unordered_map<std::string, std::string> latestReport_;  ///< authority -> date
};

/// Theme labels from the host's taxonomy, asked for once per theme id.
class ThemeLabelCache {
public:
    explicit ThemeLabelCache(const View* view) : view_(view) {}
    /// The label of `id` (the id itself when the host has no taxonomy or no view was given).
    const std::string& label(const std::string& id);
    /// Labels of `ids`, in order, into `out` (cleared first).
    void labels(const std::vector<std::string>& ids, std::vector<std::string>& out);

private:
    const View* view_;
    std::unordered_map<std::string, std::string> labels_;
};

}  // namespace findings::excel
