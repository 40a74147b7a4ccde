#include "link_scoring.hpp"

#include <findings/format/findings_json.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

namespace link_scoring {

using findings::Finding;
using findings::Link;
using findings::FindingsSet;

namespace {

/// Letters and digits only, lower case: PDF line breaks, hyphenation and curly quotes
/// then do not stop a label from finding its text.
std::string squeezed(const std::string& text) {
    std::string out;
    for (unsigned char c : text)
        if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
    return out;
}

std::string quoted(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

bool endsWith(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

Chain loadChain(const std::string& labelFile, const std::string& sourceDir, const std::string& corpusDir) {
    std::ifstream in(labelFile);
    if (!in) throw std::runtime_error(labelFile + ": cannot open the label file");
    std::stringstream text;
    text << in.rdbuf();
    Chain chain;
    try {
        Poco::JSON::Parser parser;
        auto root = parser.parse(text.str()).extract<Poco::JSON::Object::Ptr>();
        chain.name = root->optValue<std::string>("chain", labelFile);
        auto docs = root->getArray("documents");
        for (size_t i = 0; docs && i < docs->size(); ++i) {
            const std::string rel = docs->getElement<std::string>(static_cast<unsigned>(i));
            chain.relative.push_back(rel);
            chain.documents.push_back((rel.rfind("samples/", 0) == 0 ? sourceDir : corpusDir) + "/" + rel);
        }
        auto links = root->getArray("links");
        for (size_t i = 0; links && i < links->size(); ++i) {
            auto l = links->getObject(static_cast<unsigned>(i));
            GoldLink g;
            g.pointDoc = l->getValue<std::string>("point_doc");
            g.point = l->getValue<std::string>("point");
            g.findingDoc = l->getValue<std::string>("finding_doc");
            g.finding = l->getValue<std::string>("finding");
            g.relation = l->getValue<std::string>("relation");
            g.stance = l->optValue<std::string>("stance", "");
            g.primary = l->optValue<bool>("primary", false);
            chain.links.push_back(std::move(g));
        }
        auto excluded = root->getArray("excluded_findings");
        for (size_t i = 0; excluded && i < excluded->size(); ++i) {
            auto e = excluded->getObject(static_cast<unsigned>(i));
            chain.excluded.emplace_back(e->getValue<std::string>("doc"), e->getValue<std::string>("finding"));
        }
    } catch (const Poco::Exception& e) {
        throw std::runtime_error(labelFile + ": " + e.displayText());
    }
    return chain;
}

FindingsSet importChain(const Chain& chain, const std::string& cli, const std::string& workDir) {
    const std::string out = workDir + "/" + chain.name + ".findings.json";
    std::string command = quoted(cli) + " import --quiet";
    for (const auto& d : chain.documents) command += " " + quoted(d);
    command += " -o " + quoted(out) + " 2>" + quoted(workDir + "/" + chain.name + ".log");
    if (std::system(command.c_str()) != 0)
        throw std::runtime_error("importing the " + chain.name + " chain failed; see " + workDir + "/" +
                                 chain.name + ".log");
    return findings::readFindingsFile(out);
}

namespace {

class Locator {
public:
    Locator(const Chain& chain, const FindingsSet& set) : set_(set) {
        for (size_t s = 0; s < set.sources.size(); ++s)
            for (const auto& rel : chain.relative) {
                const std::string base = rel.substr(rel.rfind('/') + 1);
                if (endsWith(set.sources[s].path, base)) docOfSource_[set.sources[s].id] = rel;
            }
        for (const Finding& f : set.findings) squeezedText_[f.id] = squeezed(f.text);
    }

    /// The id of the finding of `doc` whose text holds `piece`, or "".
    std::string find(const std::string& doc, const std::string& piece) const {
        const std::string needle = squeezed(piece);
        for (const Finding& f : set_.findings) {
            auto d = docOfSource_.find(f.source);
            if (d == docOfSource_.end() || d->second != doc) continue;
            if (squeezedText_.at(f.id).find(needle) != std::string::npos) return f.id;
        }
        return {};
    }

    bool inChain(const Finding& f) const { return docOfSource_.count(f.source) > 0; }

    /// The role of the imported source of document `doc`, or "".
    std::string roleOfDoc(const std::string& doc) const {
        for (const auto& s : set_.sources) {
            auto d = docOfSource_.find(s.id);
            if (d != docOfSource_.end() && d->second == doc) return std::string(findings::roleOf(s));
        }
        return {};
    }

private:
    const FindingsSet& set_;
    std::map<std::string, std::string> docOfSource_;
    std::map<std::string, std::string> squeezedText_;
};

/// The finding's strongest shown link of `relation`, or nullptr.
const Link* primaryLink(const Finding& f, const std::string& relation, double threshold) {
    const Link* best = nullptr;
    for (const Link& l : f.links) {
        if (l.relation != relation || l.review == "rejected") continue;
        if (l.review != "accepted" && l.confidence < threshold) continue;
        if (!best || l.confidence > best->confidence) best = &l;
    }
    return best;
}

}  // namespace

ChainScore scoreChain(const Chain& chain, const FindingsSet& linked, double threshold) {
    ChainScore score;
    const Locator locate(chain, linked);
    // (finding, target) -> the label, for each relation; primaries and all.
    std::map<std::string, std::map<std::pair<std::string, std::string>, const GoldLink*>> all, primaries;
    for (const GoldLink& g : chain.links) {
        // Commentary restates Ofsted (same_as); only Ofsted's own findings follow up points.
        if (g.relation == "follows_up" && locate.roleOfDoc(g.findingDoc) == "commentary") continue;
        const std::string from = locate.find(g.findingDoc, g.finding);
        const std::string to = locate.find(g.pointDoc, g.point);
        if (from.empty() || to.empty()) {
            ++score.unmatchedLabels;
            score.misses.push_back("label not found in the import: " + (from.empty() ? g.finding : g.point));
            if (g.primary) {
                if (g.relation == "follows_up") ++score.followUp.gold;
                else if (g.relation == "responds_to") ++score.respondsTo.gold;
                else ++score.sameAs.gold;
            }
            continue;
        }
        all[g.relation][{from, to}] = &g;
        if (g.primary) primaries[g.relation][{from, to}] = &g;
    }
    score.followUp.gold += primaries["follows_up"].size();
    score.respondsTo.gold += primaries["responds_to"].size();
    score.sameAs.gold += primaries["same_as"].size();

    std::set<std::string> excluded;
    for (const auto& [doc, piece] : chain.excluded)
        if (const std::string id = locate.find(doc, piece); !id.empty()) excluded.insert(id);
    std::map<std::string, std::string> textOf;
    for (const Finding& f : linked.findings) textOf[f.id] = f.text.substr(0, 70);
    for (const Finding& f : linked.findings) {
        if (!locate.inChain(f) || excluded.count(f.id)) continue;
        for (const char* relation : {"follows_up", "responds_to", "same_as"}) {
            Prf& prf = std::string(relation) == "follows_up"    ? score.followUp
                       : std::string(relation) == "responds_to" ? score.respondsTo
                                                                 : score.sameAs;
            const Link* l = primaryLink(f, relation, threshold);
            const auto& gold = primaries[relation];
            if (!l) {
                for (const auto& [pair, g] : gold)
                    if (pair.first == f.id)
                        score.misses.push_back(std::string("missed ") + relation + ": " + textOf[f.id] +
                                               " -> " + textOf[pair.second]);
                continue;
            }
            ++prf.predicted;
            auto hit = gold.find({f.id, l->target});
            if (hit == gold.end()) {
                score.misses.push_back(std::string("wrong ") + relation + " (" + std::to_string(l->confidence) +
                                       "): " + textOf[f.id] + " -> " + textOf[l->target]);
                continue;
            }
            ++prf.correct;
            if (std::string(relation) == "follows_up" && !hit->second->stance.empty()) {
                ++score.stanceCompared;
                if (hit->second->stance == l->stance) ++score.stanceRight;
                else
                    score.misses.push_back("stance " + l->stance + " should be " + hit->second->stance + ": " +
                                           textOf[f.id]);
            }
        }
    }
    return score;
}

}  // namespace link_scoring
