// The concept layer of the follow-up linker: the ideas Ofsted writes about in ever-changing
// words ("changes of social worker" is "stability of the workforce"; MASH, MARAT and the
// first response service are one front door), as data users can extend.
//
// A concept file (concepts.json, shipped beside the plugins' other data and extended by the
// user's own copy in ~/.local/share/findings-studio/) lists concepts with their surface forms
// and related themes, and the generic words that alone must not make a link:
//
//   {"format": "findings-concepts", "version": 1,
//    "concepts": [{"id": "workforce_stability", "label": "...", "forms": ["staff turnover"],
//                  "themes": ["workforce"]}],
//    "generic": ["oversight", "plans"]}
#pragma once

#include <findings/core/link/terms.hpp>

#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace findings::core::link {

/// A mistake in a concept file: the message names the file and the line.
class ConceptFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// One concept: an idea and the words it comes in.
struct Concept {
    std::string id;
    std::string label;
    std::vector<std::string> forms;              ///< surface forms as written in the file
    std::vector<std::vector<std::string>> stems; ///< each form as stems, in order
    std::vector<std::string> themes;             ///< related theme ids
};

/// Where a concept was found in a text.
struct ConceptHit {
    size_t concept = 0; ///< index into ConceptLayer::concepts()
    size_t first = 0;   ///< index of the first term
    size_t length = 0;  ///< terms covered
};

class ConceptLayer {
public:
    /// An empty layer: linking then rests on shared terms alone.
    ConceptLayer() = default;

    /// Parses a concept file's text; `name` is used in messages. Throws ConceptFileError
    /// ("NAME:LINE: concept 3 has no \"forms\"").
    static ConceptLayer parse(std::string_view json, const std::string& name,
                              const TermAnalyzer& analyzer);
    /// Reads one concept file. Throws ConceptFileError.
    static ConceptLayer load(const std::string& path, const TermAnalyzer& analyzer);
    /// The shipped file (the first `dir/data/concepts.json` of `dataDirs`), extended by the
    /// user's file when there is one: a user concept with a shipped id replaces it, others
    /// are added. Throws ConceptFileError for a file with a mistake.
    static ConceptLayer find(const std::vector<std::string>& pluginDirs,
                             const TermAnalyzer& analyzer);

    /// Adds or replaces concepts and generic words from `other`.
    void extend(const ConceptLayer& other);

    /// Every concept found in `terms`. Where one concept's form lies inside a longer form
    /// of another ("children in need" inside "children in need of protection"), only the
    /// longer counts.
    std::vector<ConceptHit> match(const std::vector<Term>& terms) const;

    /// True when the stem alone must not make a link.
    bool isGeneric(const std::string& stem) const { return generic_.count(stem) > 0; }

    const std::vector<Concept>& concepts() const { return concepts_; }
    /// The files the layer was read from, in order.
    const std::vector<std::string>& paths() const { return paths_; }
    bool empty() const { return concepts_.empty(); }

private:
    void index();

    std::vector<Concept> concepts_;
    std::unordered_set<std::string> generic_;
    std::vector<std::string> paths_;
    /// First stem of a form -> (concept, form) pairs starting with it.
    std::unordered_map<std::string, std::vector<std::pair<size_t, size_t>>> byFirstStem_;
};

}  // namespace findings::core::link
