#include "source_catalog.hpp"

#include "display_text.hpp"

#include <findings/sdk/followup.hpp>

namespace findings::excel {

SourceInfo SourceInfo::of(const Source& s, std::size_t index) {
    SourceInfo info;
    info.index = index;
    info.id = s.id;
    info.authority = s.local_authority;
    info.label = sourceLabel(s);
    info.visit = visitLabel(s);
    info.heading = sourceHeading(s);
    info.sortDate = sourceSortDate(s);
    info.when = sourceWhen(s);
    info.ordinal = s.visit.ordinal;
    info.role = std::string(roleOf(s));
    info.placeDate = followup::placeDate(s);
    info.fullReport = followup::isFullReport(s) && info.role == "inspection";
    return info;
}

SourceCatalog::SourceCatalog(const View& view) {
    const std::size_t n = view.sourceCount();
    sources_.reserve(n);
    for (std::size_t i = 0; i < n; ++i) sources_.push_back(SourceInfo::of(view.source(i), i));
    index();
}

SourceCatalog::SourceCatalog(const std::vector<Source>& sources) {
    sources_.reserve(sources.size());
    for (std::size_t i = 0; i < sources.size(); ++i)
        sources_.push_back(SourceInfo::of(sources[i], i));
    index();
}

void SourceCatalog::index() {
    // Keys view the ids inside sources_, which no longer grows.
    for (const auto& s : sources_) {
        byId_.emplace(s.id, s.index);
        if (!s.fullReport || s.placeDate.empty()) continue;
        std::string& latest = latestReport_[s.authority];
        if (s.placeDate > latest) latest = s.placeDate;
    }
}

const std::string& SourceCatalog::latestFullReportDate(const std::string& authority) const {
    static const std::string none;
    auto it = latestReport_.find(authority);
    return it == latestReport_.end() ? none : it->second;
}

const SourceInfo* SourceCatalog::find(std::string_view id) const {
    auto it = byId_.find(id);
    return it == byId_.end() ? nullptr : &sources_[it->second];
}

std::string SourceCatalog::commonAuthority() const {
    std::string common;
    for (const auto& s : sources_) {
        const std::string& la = s.authority;
        if (la.empty()) continue;
        if (common.empty())
            common = la;
        else if (common != la)
            return {};
    }
    return common;
}

const std::string& ThemeLabelCache::label(const std::string& id) {
    auto it = labels_.find(id);
    if (it == labels_.end()) it = labels_.emplace(id, view_ ? view_->themeLabel(id) : id).first;
    return it->second;
}

void ThemeLabelCache::labels(const std::vector<std::string>& ids, std::vector<std::string>& out) {
    out.clear();
    for (const auto& id : ids) out.push_back(label(id));
}

}  // namespace findings::excel
