// Theme and polarity classification of finding text, shared by every importer plugin
// (letters, reports, articles, spreadsheets) so that one paragraph gets the same themes
// and polarity whichever file it came from.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace findings::classify {

/// One theme of the taxonomy: a stable id (stored in findings), a label for people,
/// and the phrases whose presence in a text is evidence for the theme.
/// Phrase syntax (see data/README.md): lower-case words; a word ending in `*` matches any
/// word starting with it; an all-capitals word (`MASH`, `PA`) matches only that word
/// written in capitals (plural `PAs` too); a leading `~` marks a generic phrase that is
/// weak evidence on its own.
struct Theme {
    std::string id;
    std::string label;
    std::vector<std::string> phrases;
};

/// The theme taxonomy, loaded from a JSON data file shipped beside the plugins
/// (and overridable by the user with a file of the same shape):
/// {"version":1,"themes":[{"id":"...","label":"...","phrases":["..."]}]}.
class Taxonomy {
public:
    /// Parses a taxonomy document; throws std::runtime_error naming the problem.
    static Taxonomy fromJson(std::string_view json);
    /// Reads and parses a taxonomy file; throws std::runtime_error naming the file and the cause.
    static Taxonomy load(const std::string& path);
    /// Builds a taxonomy from themes already in memory, checked as fromJson checks a
    /// document (ids lower_snake_case and unique, at least one well-formed phrase each);
    /// throws std::runtime_error naming the problem.
    static Taxonomy fromThemes(std::vector<Theme> themes);
    /// The taxonomy to use: the user's override file when `userOverridePath` is not empty
    /// and the file exists (it replaces the default entirely; errors in it are thrown, not
    /// hidden), else `<pluginDataDir>/themes.json` as shipped. Throws like load().
    static Taxonomy loadDefault(const std::string& pluginDataDir,
                                const std::string& userOverridePath = {});

    /// The file name of the shipped taxonomy inside the plugin data directory.
    static constexpr const char* kDefaultFileName = "themes.json";

    /// All themes, in file order.
    const std::vector<Theme>& themes() const { return themes_; }
    /// The theme with this id, or nullptr.
    const Theme* find(std::string_view id) const;

private:
    std::vector<Theme> themes_;
};

/// What the classifier concluded about one text.
struct Classification {
    std::vector<std::string> themes;  ///< theme ids, strongest evidence first
    std::string polarity;             ///< "strength", "weakness", "mixed" or "neutral"
    double confidence = 0.0;          ///< 0..1: how clear-cut the evidence was
};

/// Why a theme was chosen: its score and the phrases (as written in the taxonomy) that
/// matched, for showing to people and for tuning a taxonomy.
struct ThemeEvidence {
    std::string id;
    double score = 0.0;                ///< summed, weighted evidence (higher is stronger)
    std::vector<std::string> phrases;  ///< distinct taxonomy phrases matched, in text order
};

/// The polarity evidence of one clause. Sentences are split into clauses at contrast
/// words (although, while, whereas, however, but, despite, though, ...).
struct ClauseEvidence {
    std::string text;              ///< the clause as it appears in the input
    std::string role;              ///< "main", "concession" (although/despite/while...),
                                   ///< "contrast" (however/but/yet/despite this...) or
                                   ///< "condition" (a sentence's opening "When ...,")
    std::string polarity;          ///< net polarity of the clause alone
    double strength = 0.0;         ///< weighted strength evidence
    double weakness = 0.0;         ///< weighted weakness evidence (developing cues included)
    std::vector<std::string> cues; ///< cues found, e.g. "timely", "not→effectively", "too many"
};

/// A classification together with the evidence behind it.
struct Explanation {
    Classification result;
    std::vector<ThemeEvidence> themes;    ///< every theme with any evidence, strongest first
    std::vector<ClauseEvidence> clauses;  ///< in text order
};

/// Classifies paragraphs by theme and polarity. Immutable after construction and safe
/// to share between threads.
class Classifier {
public:
    /// Indexes the taxonomy's phrases; construction is the only costly step.
    explicit Classifier(Taxonomy taxonomy);
    /// Themes (at most three, strongest first), polarity and confidence of one paragraph.
    /// Takes UTF-8; curly quotes, dashes and non-breaking spaces are folded.
    Classification classify(std::string_view text) const;
    /// The same result as classify() with the evidence behind it (slower: copies text).
    Explanation explain(std::string_view text) const;
    /// The taxonomy this classifier was built from.
    const Taxonomy& taxonomy() const;

private:
    struct Impl;
    std::shared_ptr<const Impl> impl_;
};

/// The overall direction of a letter from its headline findings:
/// "improving", "mixed" or "not improving".
/// Direction phrases ("steady progress", "insufficient progress", "remains inconsistent")
/// count most; otherwise the balance of strength and weakness in the text decides.
std::string overallDirection(std::string_view headlineText);

}  // namespace findings::classify
