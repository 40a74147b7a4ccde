// Theme ids to labels, from the taxonomy data file shipped beside the plugins
// (`<plugin folder>/data/themes.json`) or the user's override
// (`~/.local/share/findings-studio/themes.json`). The host needs only labels and order
// here; the file is read by the classifier's own reader (findings::classify::Taxonomy), so
// there is one reader of the taxonomy and one set of rules for it.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace findings::core {

/// The taxonomy file the host uses, for labels and for classifying (fnd_host.classify): the
/// user's override (`<userDataDir>/themes.json`), else the first folder's `data/themes.json`
/// that exists; "" when there is none.
std::string findTaxonomyFile(const std::vector<std::string>& pluginDirs);

class ThemeLabels {
public:
    /// Loads the taxonomy file findTaxonomyFile() chooses. Leaves the list empty when there
    /// is none.
    static ThemeLabels find(const std::vector<std::string>& pluginDirs);
    /// Loads one taxonomy file with the classifier's reader (a file it would refuse is refused
    /// here too); throws std::runtime_error naming the file and the cause.
    static ThemeLabels load(const std::string& path);

    /// The label of `id`, or `id` itself when unknown.
    std::string label(std::string_view id) const;
    /// The id whose label or id matches `text` (case-insensitive), or "".
    std::string idFor(std::string_view text) const;
    /// Every (id, label), in taxonomy order.
    const std::vector<std::pair<std::string, std::string>>& all() const { return items_; }
    /// The file the labels came from, or "".
    const std::string& path() const { return path_; }

private:
    std::vector<std::pair<std::string, std::string>> items_;
    std::string path_;
};

}  // namespace findings::core
