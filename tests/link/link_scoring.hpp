// Scores the follow-up linker against hand labels (fixtures/*-links.json): the documents of
// a chain are imported through the `findings` CLI as a user would, linked in process, and
// each labelled link is found by the text of its two findings.
#pragma once

#include <findings/format/findings_set.hpp>
#include <findings/core/link/concepts.hpp>

#include <string>
#include <vector>

namespace link_scoring {

/// One hand-labelled link.
struct GoldLink {
    std::string pointDoc, point;     ///< the target's document and a distinctive piece of its text
    std::string findingDoc, finding; ///< the linking finding's document and text
    std::string relation, stance;
    bool primary = false;
};

/// A chain of documents and its labels.
struct Chain {
    std::string name;
    std::vector<std::string> documents; ///< absolute paths, in the label file's order
    std::vector<std::string> relative;  ///< as the label file names them
    std::vector<GoldLink> links;
    /// Findings the labels leave out on purpose (headline summaries, standfirsts): links
    /// from them are neither right nor wrong. (document, text) pairs.
    std::vector<std::pair<std::string, std::string>> excluded;
};

/// Reads a label file; documents under `samples/` resolve against `sourceDir`, the rest
/// against `corpusDir`. Throws std::runtime_error naming the file for a malformed one.
Chain loadChain(const std::string& labelFile, const std::string& sourceDir, const std::string& corpusDir);

/// Precision, recall and F1 of one relation's links.
struct Prf {
    size_t predicted = 0, gold = 0, correct = 0;
    double precision() const { return predicted ? double(correct) / predicted : 0; }
    double recall() const { return gold ? double(correct) / gold : 0; }
    double f1() const {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

struct ChainScore {
    Prf followUp;   ///< primary follows_up links
    Prf respondsTo; ///< primary responds_to links
    Prf sameAs;     ///< same_as links
    size_t stanceCompared = 0, stanceRight = 0; ///< over correct primary follow-ups
    size_t unmatchedLabels = 0;                 ///< labels whose text no imported finding holds
    std::vector<std::string> misses;            ///< readable lines, for looking at errors
    double stanceAccuracy() const { return stanceCompared ? double(stanceRight) / stanceCompared : 0; }
};

/// Imports the chain's documents with the CLI at `cli` into a findings set. Throws
/// std::runtime_error when the import fails.
findings::FindingsSet importChain(const Chain& chain, const std::string& cli, const std::string& workDir);

/// Scores an already linked set: a link counts when its confidence reaches `threshold` or
/// a person accepted it; each finding's strongest link of a relation is its primary one.
ChainScore scoreChain(const Chain& chain, const findings::FindingsSet& linked, double threshold);

}  // namespace link_scoring
