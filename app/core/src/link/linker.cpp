#include <findings/core/linker.hpp>
#include <findings/core/link/stance.hpp>
#include <findings/core/link/terms.hpp>
#include <findings/sdk/followup.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace findings::core {

std::string sourceDate(const Source& s) { return followup::placeDate(s); }

bool isPersonDecision(const Link& l) {
    return l.origin == "person" || l.review == "accepted" || l.review == "rejected";
}

namespace {

using link::ConceptHit;
using link::ConceptLayer;
using link::Term;
using link::TermAnalyzer;

// Scores below this make no link at all; the rest are proposals, shown when their
// confidence reaches the threshold. Chosen on the development labels (tests/link).
constexpr double kFloor = 0.12;
// A second or third point is followed up too when it scores this close to the best.
constexpr double kSecondaryRatio = 0.8;
constexpr size_t kMaxLinksPerFinding = 3;
// Commentary restates a letter in many of its words; less than this is not a restatement.
constexpr double kSameAsFloor = 0.25;
// The next full report judges everything afresh: its findings follow up an earlier point only
// when they clearly speak to it.
constexpr double kNextReportFloor = 0.2;
// A monitoring visit reviews the points its "Areas covered" name; others it seldom touches.
constexpr double kInScope = 1.25, kOutOfScope = 0.75;
// The same paragraph in another form of the same document.
constexpr double kDuplicateCosine = 0.9;

/// A text reduced to what the matcher compares.
struct Profile {
    std::unordered_map<std::string, double> terms;    ///< stem -> weight (tf·idf)
    std::unordered_map<size_t, double> concepts;      ///< concept -> weight
    std::unordered_map<std::string, std::string> words; ///< stem -> the word as written
    double termNorm = 0, conceptNorm = 0;
};

std::string lowerWord(std::string_view text, size_t at) {
    std::string w;
    for (size_t i = at; i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) ||
                                            static_cast<unsigned char>(text[i]) >= 0x80 || text[i] == '-');
         ++i)
        w += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    return w;
}

/// Raw counts of one text, before weighting.
struct Counts {
    std::unordered_map<std::string, int> terms;
    std::unordered_map<size_t, int> concepts;
    /// A concept seen only through one-word forms ("sufficiency", "data") is weaker evidence
    /// than one named in a phrase ("changes of social worker").
    std::unordered_map<size_t, double> specificity;
    std::unordered_map<std::string, std::string> words;
};

class Matcher {
public:
    Matcher(const FindingsSet& set, const ConceptLayer* concepts) : concepts_(concepts) {
        // Document frequencies over every finding held: a word every paragraph uses says
        // little, a word two paragraphs share says much.
        for (const Finding& f : set.findings) {
            const Counts c = count(f.text);
            for (const auto& [stem, n] : c.terms) ++termDf_[stem];
            for (const auto& [concept, n] : c.concepts) ++conceptDf_[concept];
            ++documents_;
        }
    }

    Counts count(std::string_view text) const {
        Counts c;
        const std::vector<Term> terms = analyzer_.terms(text);
        for (const Term& t : terms) {
            ++c.terms[t.stem];
            c.words.emplace(t.stem, lowerWord(text, t.offset));
        }
        if (concepts_)
            for (const ConceptHit& h : concepts_->match(terms)) {
                ++c.concepts[h.concept];
                double& spec = c.specificity[h.concept];
                spec = std::max(spec, h.length >= 2 ? 1.0 : 0.5);
            }
        return c;
    }

    Profile profile(std::string_view text) const {
        const Counts c = count(text);
        Profile p;
        for (const auto& [stem, n] : c.terms) {
            double w = (1.0 + std::log(n)) * idf(termDf_, stem);
            if (concepts_ && concepts_->isGeneric(stem)) w *= 0.3;
            p.terms[stem] = w;
            p.termNorm += w * w;
        }
        for (const auto& [concept, n] : c.concepts) {
            const double w = (1.0 + std::log(n)) * idf(conceptDf_, concept) * c.specificity.at(concept);
            p.concepts[concept] = w;
            p.conceptNorm += w * w;
        }
        p.termNorm = std::sqrt(p.termNorm);
        p.conceptNorm = std::sqrt(p.conceptNorm);
        p.words = c.words;
        return p;
    }

    /// How well `later` speaks to `target` (a point or one of its clauses), 0..~1.
    static double similarity(const Profile& later, const Profile& target) {
        const double cos = cosine(later.terms, later.termNorm, target.terms, target.termNorm);
        if (target.concepts.empty()) return cos;
        // The share of the target's concepts the later text speaks of: a finding usually
        // takes up one topic of a point, so coverage of the clause counts, not of the finding.
        double shared = 0, all = 0;
        for (const auto& [concept, w] : target.concepts) {
            all += w;
            if (later.concepts.count(concept)) shared += w;
        }
        const double coverage = all > 0 ? shared / all : 0;
        return 0.45 * coverage * std::min(1.0, shared) + 0.55 * cos;
    }

    static double cosine(const std::unordered_map<std::string, double>& a, double na,
                         const std::unordered_map<std::string, double>& b, double nb) {
        if (na == 0 || nb == 0) return 0;
        const auto& small = a.size() < b.size() ? a : b;
        const auto& large = a.size() < b.size() ? b : a;
        double dot = 0;
        for (const auto& [k, w] : small)
            if (auto it = large.find(k); it != large.end()) dot += w * it->second;
        return dot / (na * nb);
    }

    /// "care leavers · pathway plans · personal advisers": the shared concepts first, then
    /// the rarest shared words.
    std::string evidence(const Profile& later, const Profile& target) const {
        std::vector<std::pair<double, std::string>> parts;
        if (concepts_)
            for (const auto& [concept, w] : target.concepts)
                if (later.concepts.count(concept))
                    parts.emplace_back(w + 100.0, concepts_->concepts()[concept].label);
        std::vector<std::pair<double, std::string>> words;
        for (const auto& [stem, w] : target.terms)
            if (auto it = later.terms.find(stem); it != later.terms.end()) {
                auto word = target.words.find(stem);
                words.emplace_back(w * it->second, word != target.words.end() ? word->second : stem);
            }
        std::sort(parts.rbegin(), parts.rend());
        std::sort(words.rbegin(), words.rend());
        std::string out;
        size_t n = 0;
        for (const auto& [w, label] : parts) {
            if (n == 3) break;
            out += (out.empty() ? "" : " · ") + label;
            ++n;
        }
        for (const auto& [w, word] : words) {
            if (n == 4) break;
            if (out.find(word) != std::string::npos) continue;
            out += (out.empty() ? "" : " · ") + word;
            ++n;
        }
        return out;
    }

private:
    double idf(const std::unordered_map<std::string, int>& df, const std::string& key) const {
        auto it = df.find(key);
        const double n = it == df.end() ? 0 : it->second;
        return std::log(1.0 + (documents_ + 1.0) / (n + 1.0));
    }
    double idf(const std::unordered_map<size_t, int>& df, size_t key) const {
        auto it = df.find(key);
        const double n = it == df.end() ? 0 : it->second;
        return std::log(1.0 + (documents_ + 1.0) / (n + 1.0));
    }

    TermAnalyzer analyzer_;
    const ConceptLayer* concepts_;
    std::unordered_map<std::string, int> termDf_;
    std::unordered_map<size_t, int> conceptDf_;
    size_t documents_ = 0;
};

/// The topics of a point, one clause each: Ofsted often packs several into one point
/// ("the quality of assessments; the timeliness of strategy discussions, including…").
std::vector<std::string> clausesOf(const std::string& text) {
    std::vector<std::string> out;
    std::string current;
    auto flush = [&] {
        size_t words = std::count(current.begin(), current.end(), ' ');
        if (words >= 2) out.push_back(current);
        current.clear();
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ';' || c == ':' || (c == '.' && (i + 1 == text.size() || text[i + 1] == ' '))) {
            flush();
            continue;
        }
        if (c == ',' && text.compare(i, 6, ", and ") == 0) {
            flush();
            i += 5;
            continue;
        }
        if (text.compare(i, 11, " including ") == 0 || text.compare(i, 12, " as well as ") == 0) {
            flush();
            i += text.compare(i, 11, " including ") == 0 ? 10 : 11;
            continue;
        }
        current += c;
    }
    flush();
    return out;
}

/// Sentences of a finding, for reading its stance on one topic.
std::vector<std::string> sentencesOf(const std::string& text) {
    std::vector<std::string> out;
    std::string current;
    for (size_t i = 0; i < text.size(); ++i) {
        current += text[i];
        if ((text[i] == '.' || text[i] == '?' || text[i] == '!') &&
            (i + 1 == text.size() || text[i + 1] == ' ')) {
            out.push_back(current);
            current.clear();
        }
    }
    if (current.find_first_not_of(' ') != std::string::npos) out.push_back(current);
    return out;
}

bool sectionNamesPoints(const std::string& section) {
    std::string s;
    for (char c : section) s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* name : {"what needs to improve", "areas for improvement", "recommendation",
                             "areas for priority action", "need to improve"})
        if (s.find(name) != std::string::npos) return true;
    return false;
}

/// A point is an improvement_point; a 1.0 document's points are known by their section.
bool isPoint(const Finding& f) {
    if (!f.kind.empty()) return f.kind == "improvement_point";
    return sectionNamesPoints(f.section);
}

std::string authorityKey(const Source& s) {
    std::string key;
    for (char c : s.local_authority)
        if (std::isalnum(static_cast<unsigned char>(c))) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

/// One candidate target with its score and the profile it was scored on (for evidence).
struct Scored {
    size_t target = 0;   ///< finding index
    double score = 0;
    size_t clause = 0;   ///< which clause of the target matched best
};

double confidenceOf(double best, double second) {
    const double strength = 1.0 - std::exp(-best / 0.22);
    const double margin = best > 0 ? std::clamp((best - second) / best * 3.0, 0.0, 1.0) : 0.0;
    return std::round(std::clamp(strength * (0.7 + 0.3 * margin), 0.0, 1.0) * 100.0) / 100.0;
}

class Linker {
public:
    Linker(FindingsSet& set, const LinkSettings& settings, LinkReport& report)
        : set_(set), settings_(settings), report_(report), matcher_(set, settings.concepts) {}

    void run() {
        keepDecisions(false);
        groupByAuthority();
        for (auto& [key, sources] : groups_) linkAuthority(key, sources);
    }

    /// Only the same documents in other forms; every other link is left as it is.
    void runSameDocuments() {
        keepDecisions(true);
        groupByAuthority();
        for (auto& [key, sources] : groups_) findDuplicateSources(sources);
    }

private:
    struct Target {
        size_t finding;
        Profile whole;
        std::vector<Profile> clauses;
        std::vector<std::string> clauseTexts;
    };

    /// Drops the linker's own earlier proposals (all of them, or with `onlySameAs` only the
    /// same_as ones), keeping what people decided.
    void keepDecisions(bool onlySameAs) {
        for (Finding& f : set_.findings) {
            std::vector<Link> kept;
            for (Link& l : f.links) {
                if (isPersonDecision(l)) ++report_.keptDecisions;
                if (isPersonDecision(l) || (onlySameAs && l.relation != "same_as")) kept.push_back(std::move(l));
            }
            f.links = std::move(kept);
        }
        for (size_t i = 0; i < set_.findings.size(); ++i) findingIndex_[set_.findings[i].id] = i;
        for (size_t i = 0; i < set_.sources.size(); ++i) {
            sourceIndex_[set_.sources[i].id] = i;
            findingsOf_[i];
        }
        for (size_t i = 0; i < set_.findings.size(); ++i) {
            auto it = sourceIndex_.find(set_.findings[i].source);
            if (it != sourceIndex_.end()) findingsOf_[it->second].push_back(i);
        }
    }

    void groupByAuthority() {
        std::vector<size_t> unplaced;
        for (size_t i = 0; i < set_.sources.size(); ++i) {
            const std::string key = authorityKey(set_.sources[i]);
            if (key.empty()) unplaced.push_back(i);
            else groups_[key].push_back(i);
        }
        // A tracker seldom names its council: with one council in the set it is that one's.
        for (size_t i : unplaced) {
            if (groups_.empty()) {
                groups_[""].push_back(i);
            } else if (groups_.size() == 1) {
                groups_.begin()->second.push_back(i);
            } else if (!findingsOf_[i].empty()) {
                report_.notes.push_back(describe(set_.sources[i]) +
                                        " names no local authority and the set holds " +
                                        std::to_string(groups_.size()) +
                                        " councils, so it was not linked; set its local authority");
            }
        }
        report_.authorities = groups_.size();
        for (auto& [key, sources] : groups_)
            std::stable_sort(sources.begin(), sources.end(), [&](size_t a, size_t b) {
                return sourceDate(set_.sources[a]) < sourceDate(set_.sources[b]);
            });
    }

    std::string describe(const Source& s) const {
        if (!s.title.empty()) return "\"" + s.title + "\"";
        if (!s.path.empty()) return s.path;
        return "source " + s.id;
    }

    std::string_view role(size_t source) const { return roleOf(set_.sources[source]); }

    Target targetFor(size_t finding) {
        Target t{finding, matcher_.profile(set_.findings[finding].text), {}, {}};
        for (const std::string& clause : clausesOf(set_.findings[finding].text)) {
            t.clauses.push_back(matcher_.profile(clause));
            t.clauseTexts.push_back(clause);
        }
        return t;
    }

    /// Score of a later text against a target: its best clause, with the whole point as a
    /// smaller part, adjusted by whether their themes agree.
    double score(const Profile& later, const Finding& laterFinding, const Target& target,
                 size_t* bestClause) const {
        double best = 0;
        size_t which = 0;
        for (size_t c = 0; c < target.clauses.size(); ++c) {
            const double s = Matcher::similarity(later, target.clauses[c]);
            if (s > best) best = s, which = c;
        }
        const double whole = Matcher::similarity(later, target.whole);
        double s = target.clauses.size() > 1 ? 0.7 * best + 0.3 * whole : std::max(best, whole);
        const auto& a = laterFinding.themes;
        const auto& b = set_.findings[target.finding].themes;
        if (!a.empty() && !b.empty()) {
            const bool agree = std::any_of(a.begin(), a.end(), [&](const std::string& t) {
                return std::find(b.begin(), b.end(), t) != b.end();
            });
            s *= agree ? 1.3 : 0.7;
        }
        if (bestClause) *bestClause = which;
        return s;
    }

    bool alreadyDecided(const Finding& f, const std::string& target, const std::string& relation) const {
        return std::any_of(f.links.begin(), f.links.end(), [&](const Link& l) {
            return l.target == target && l.relation == relation;
        });
    }

    void addLink(size_t from, const Target& target, const Profile& later, const std::string& relation,
                 const std::string& stance, double confidence, std::string evidence = {}) {
        Finding& f = set_.findings[from];
        const std::string& targetId = set_.findings[target.finding].id;
        if (targetId == f.id || alreadyDecided(f, targetId, relation)) return;
        Link l;
        l.target = targetId;
        l.relation = relation;
        l.stance = stance;
        l.confidence = confidence;
        l.origin = "auto";
        l.review = "proposed";
        l.evidence = evidence.empty() ? matcher_.evidence(later, target.whole) : std::move(evidence);
        f.links.push_back(std::move(l));
        if (relation == "follows_up") ++report_.followUps;
        else if (relation == "responds_to") ++report_.responses;
        else ++report_.restatements;
        if (confidence >= settings_.threshold) ++report_.aboveThreshold;
    }

    /// The stance of `finding` on the target clause: read from its sentences that speak of
    /// that clause, so a paragraph praising one thing and faulting another is read for the
    /// topic in question.
    std::string stanceOn(const Finding& finding, const Target& target, size_t clause, bool wholeParagraph) {
        // A paragraph about one point is read whole: Ofsted's usual paragraph states the
        // progress first and the shortfall after, and both make its stance.
        if (wholeParagraph) return link::stanceOf(link::stanceCues(finding.text), finding.polarity);
        const Profile& topic = target.clauses.empty() ? target.whole : target.clauses[clause];
        const auto sentences = sentencesOf(finding.text);
        std::vector<double> relevance;
        double best = 0;
        for (const auto& s : sentences) {
            relevance.push_back(Matcher::similarity(matcher_.profile(s), topic));
            best = std::max(best, relevance.back());
        }
        std::string relevant;
        for (size_t i = 0; i < sentences.size(); ++i)
            if (best == 0 || relevance[i] >= 0.5 * best) relevant += sentences[i] + " ";
        return link::stanceOf(link::stanceCues(relevant), finding.polarity);
    }

    /// Which points the visit's "Areas covered" name: those points are in scope for its findings.
    std::vector<bool> pointsInScope(size_t source, const std::vector<Target>& points) {
        std::vector<bool> inScope(points.size(), false);
        for (const std::string& area : set_.sources[source].areas_covered) {
            const Profile p = matcher_.profile(area);
            double best = 0;
            size_t which = 0;
            for (size_t i = 0; i < points.size(); ++i) {
                double s = 0;
                for (const auto& clause : points[i].clauses) s = std::max(s, Matcher::similarity(p, clause));
                s = std::max(s, Matcher::similarity(p, points[i].whole));
                if (s > best) best = s, which = i;
            }
            if (best >= kFloor) inScope[which] = true;
        }
        return inScope;
    }

    /// Links every finding of `source` to the points it follows up.
    void followUp(size_t source, const std::vector<Target>& points, bool nextFullReport) {
        const bool hasAreas = !set_.sources[source].areas_covered.empty();
        const std::vector<bool> inScope = hasAreas ? pointsInScope(source, points) : std::vector<bool>();
        for (size_t fi : findingsOf_[source]) {
            if (duplicates_.count(fi)) continue;
            const Finding& f = set_.findings[fi];
            const Profile later = matcher_.profile(f.text);
            std::vector<Scored> scored;
            for (size_t p = 0; p < points.size(); ++p) {
                size_t clause = 0;
                double s = score(later, f, points[p], &clause);
                if (hasAreas) s *= inScope[p] ? kInScope : kOutOfScope;
                scored.push_back({p, s, clause});
            }
            std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) { return a.score > b.score; });
            const double floor = nextFullReport && !isPoint(f) ? kNextReportFloor : kFloor;
            if (scored.empty() || scored[0].score < floor) continue;
            const double second = scored.size() > 1 ? scored[1].score : 0;
            const bool onePoint = scored.size() < 2 || second < kFloor || second < kSecondaryRatio * scored[0].score;
            for (size_t k = 0; k < scored.size() && k < kMaxLinksPerFinding; ++k) {
                const Scored& s = scored[k];
                if (k > 0 && (s.score < kFloor || s.score < kSecondaryRatio * scored[0].score)) break;
                const Target& target = points[s.target];
                // A point restated among the next report's points has not been resolved.
                const std::string stance = nextFullReport && isPoint(f) ? std::string("not_improved")
                                                                         : stanceOn(f, target, s.clause, onePoint);
                const double confidence =
                    confidenceOf(s.score, k == 0 ? second : scored[0].score) * (k == 0 ? 1.0 : 0.85);
                addLink(fi, target, later, "follows_up", stance, confidence);
            }
        }
    }

    /// Marks sources that are another form of an earlier source of the same authority
    /// (the .txt and .pdf of one letter; a letter reprinted whole) and links their findings
    /// `same_as`, so they are neither matched nor counted twice.
    void findDuplicateSources(const std::vector<size_t>& sources) {
        std::map<size_t, std::vector<std::pair<size_t, Profile>>> bySource;
        for (size_t s : sources) {
            if (role(s) == "plan" || role(s) == "workbook") continue;
            for (size_t fi : findingsOf_[s]) bySource[s].emplace_back(fi, matcher_.profile(set_.findings[fi].text));
        }
        std::vector<size_t> order;
        for (const auto& [s, list] : bySource) order.push_back(s);
        for (size_t bi = 0; bi < order.size(); ++bi)
            for (size_t ai = 0; ai < order.size(); ++ai) {
                const size_t a = order[ai], b = order[bi];
                if (ai >= bi || duplicateSources_.count(a) || duplicateSources_.count(b)) continue;
                const auto& la = bySource[a];
                const auto& lb = bySource[b];
                if (la.empty() || lb.empty()) continue;
                std::vector<std::pair<size_t, size_t>> pairs;
                for (const auto& [fb, pb] : lb)
                    for (const auto& [fa, pa] : la)
                        if (Matcher::cosine(pb.terms, pb.termNorm, pa.terms, pa.termNorm) >= kDuplicateCosine) {
                            pairs.emplace_back(fb, fa);
                            break;
                        }
                if (pairs.size() * 10 < lb.size() * 6) continue;  // fewer than 60% alike
                duplicateSources_.insert(b);
                for (const auto& [fb, fa] : pairs) {
                    duplicates_.insert(fb);
                    Target t{fa, matcher_.profile(set_.findings[fa].text), {}, {}};
                    addLink(fb, t, t.whole, "same_as", "", 1.0);
                }
                report_.notes.push_back(describe(set_.sources[b]) + " is the same document as " +
                                        describe(set_.sources[a]) + " in another form: " +
                                        std::to_string(pairs.size()) +
                                        " of its findings are linked same_as and not counted twice");
            }
    }

    void linkAuthority(const std::string& key, const std::vector<size_t>& sources) {
        findDuplicateSources(sources);
        // Full reports with points, in date order: the anchors.
        std::vector<size_t> reports;
        for (size_t s : sources) {
            if (duplicateSources_.count(s) || set_.sources[s].kind != "inspection_report") continue;
            if (std::any_of(findingsOf_[s].begin(), findingsOf_[s].end(),
                            [&](size_t f) { return isPoint(set_.findings[f]); }))
                reports.push_back(s);
        }
        const std::string name = set_.sources[sources.front()].local_authority.empty()
                                     ? key
                                     : set_.sources[sources.front()].local_authority;
        if (reports.empty()) {
            report_.notes.push_back(name + ": no full inspection report with improvement points, so there is "
                                           "nothing to follow up; import the last full report to link its points");
            linkCommentary(sources);
            return;
        }
        std::map<size_t, std::vector<Target>> pointsOf;
        for (size_t r : reports) {
            for (size_t f : findingsOf_[r])
                if (isPoint(set_.findings[f])) pointsOf[r].push_back(targetFor(f));
            report_.anchors += pointsOf[r].size();
        }
        for (size_t s : sources) {
            if (duplicateSources_.count(s) || role(s) != "inspection") continue;
            const std::string date = sourceDate(set_.sources[s]);
            if (date.empty()) {
                if (set_.sources[s].kind != "inspection_report" || !pointsOf.count(s))
                    report_.notes.push_back(describe(set_.sources[s]) +
                                            " gives no date, so it cannot be placed after a report; set its date");
                continue;
            }
            size_t anchor = SIZE_MAX;
            for (size_t r : reports)
                if (r != s && sourceDate(set_.sources[r]) < date) anchor = r;
            if (anchor == SIZE_MAX) continue;
            followUp(s, pointsOf[anchor], set_.sources[s].kind == "inspection_report");
        }
        linkPlans(sources, reports, pointsOf);
        linkCommentary(sources);
    }

    /// A plan's rows answer the points of the latest report before it (or the latest of all
    /// for an undated plan), and the weaknesses found since. A row that quotes a letter's
    /// weakness answers, first, the point that weakness follows up: the plan is organised by
    /// Ofsted's points, and the letter is how it heard of the shortfall.
    void linkPlans(const std::vector<size_t>& sources, const std::vector<size_t>& reports,
                   std::map<size_t, std::vector<Target>>& pointsOf) {
        for (size_t s : sources) {
            if (role(s) != "plan" || findingsOf_[s].empty()) continue;
            const std::string date = sourceDate(set_.sources[s]);
            size_t anchor = reports.back();
            if (!date.empty())
                for (size_t r : reports)
                    if (sourceDate(set_.sources[r]) <= date) anchor = r;
            const std::vector<Target>& points = pointsOf[anchor];
            std::unordered_map<std::string, size_t> pointById;
            for (size_t p = 0; p < points.size(); ++p) pointById[set_.findings[points[p].finding].id] = p;
            std::vector<Target> weaknesses;
            const std::string since = sourceDate(set_.sources[anchor]);
            for (size_t other : sources) {
                if (other == anchor || duplicateSources_.count(other) || role(other) != "inspection") continue;
                const std::string d = sourceDate(set_.sources[other]);
                if (d.empty() || d <= since || (!date.empty() && d > date)) continue;
                for (size_t f : findingsOf_[other]) {
                    const Finding& w = set_.findings[f];
                    if (!isPoint(w) && (w.polarity == "weakness" || w.polarity == "mixed"))
                        weaknesses.push_back(targetFor(f));
                }
            }
            for (size_t fi : findingsOf_[s]) {
                const Finding& f = set_.findings[fi];
                const Profile later = matcher_.profile(f.text);
                // A row that names the point it answers ("AFI 3") needs no guessing.
                if (const size_t named = namedPoint(f, points); named != SIZE_MAX) {
                    addLink(fi, points[named], later, "responds_to", "", 0.95,
                            "the row names point " + *findProperty(f.properties, "inspection_ref"));
                    continue;
                }
                std::vector<double> pointScores(points.size(), 0.0);
                for (size_t p = 0; p < points.size(); ++p) pointScores[p] = score(later, f, points[p], nullptr);
                double bestWeakness = 0;
                size_t weakness = SIZE_MAX;
                for (size_t w = 0; w < weaknesses.size(); ++w) {
                    const double sc = score(later, f, weaknesses[w], nullptr);
                    if (sc > bestWeakness) bestWeakness = sc, weakness = w;
                }
                // The weakness's own point, reached through it.
                size_t viaPoint = SIZE_MAX;
                if (weakness != SIZE_MAX && bestWeakness >= kFloor)
                    if (const Link* via = strongestFollowUp(set_.findings[weaknesses[weakness].finding]))
                        if (auto p = pointById.find(via->target); p != pointById.end())
                            if (0.9 * bestWeakness > pointScores[p->second]) {
                                pointScores[p->second] = 0.9 * bestWeakness;
                                viaPoint = p->second;
                            }
                size_t best = SIZE_MAX;
                double bestScore = 0, second = 0;
                for (size_t p = 0; p < points.size(); ++p) {
                    if (pointScores[p] > bestScore) second = bestScore, bestScore = pointScores[p], best = p;
                    else if (pointScores[p] > second) second = pointScores[p];
                }
                double confidence = 0;
                if (best != SIZE_MAX && bestScore >= kFloor) {
                    confidence = confidenceOf(bestScore, second);
                    std::string evidence;
                    if (best == viaPoint)
                        evidence = "through a later finding: " + matcher_.evidence(later, weaknesses[weakness].whole);
                    addLink(fi, points[best], later, "responds_to", "", confidence, std::move(evidence));
                }
                if (weakness != SIZE_MAX && bestWeakness >= kFloor) {
                    double c = confidenceOf(bestWeakness, 0);
                    if (confidence > 0) c = std::min(c, confidence * 0.95);
                    addLink(fi, weaknesses[weakness], later, "responds_to", "", std::round(c * 100) / 100);
                }
            }
        }
    }

    /// The point a plan row names by number in its Ofsted reference column (the importer keeps
    /// it as the property inspection_ref: "AFI 3", "R3", "3"), or SIZE_MAX.
    size_t namedPoint(const Finding& row, const std::vector<Target>& points) const {
        const std::string* ref = findProperty(row.properties, "inspection_ref");
        if (!ref) return SIZE_MAX;
        const size_t digit = ref->find_first_of("0123456789");
        if (digit == std::string::npos) return SIZE_MAX;
        const long n = std::strtol(ref->c_str() + digit, nullptr, 10);
        if (n < 1) return SIZE_MAX;
        // The report's own numbering where it has one, else the points' order.
        for (size_t p = 0; p < points.size(); ++p)
            if (set_.findings[points[p].finding].paragraph == n) return p;
        return static_cast<size_t>(n) <= points.size() ? static_cast<size_t>(n - 1) : SIZE_MAX;
    }

    /// The finding's strongest follows_up link that nobody rejected, or nullptr.
    const Link* strongestFollowUp(const Finding& f) const {
        const Link* best = nullptr;
        for (const Link& l : f.links)
            if (l.relation == "follows_up" && l.review != "rejected" && (!best || l.confidence > best->confidence))
                best = &l;
        return best;
    }

    /// Commentary restating an inspection finding: `same_as` the one it restates best, in
    /// the latest Ofsted document published before it (what the article reports on).
    void linkCommentary(const std::vector<size_t>& sources) {
        std::vector<size_t> inspections;
        for (size_t s : sources)
            if (role(s) == "inspection" && !duplicateSources_.count(s)) inspections.push_back(s);
        if (inspections.empty()) return;
        std::map<size_t, std::vector<Target>> statementsOf;
        for (size_t s : inspections)
            for (size_t f : findingsOf_[s]) statementsOf[s].push_back({f, matcher_.profile(set_.findings[f].text), {}, {}});
        for (size_t s : sources) {
            if (role(s) != "commentary" || duplicateSources_.count(s)) continue;
            const std::string date = sourceDate(set_.sources[s]);
            // Sources are in date order: the last one dated on or before the article.
            std::vector<size_t> reportedOn;
            if (!date.empty()) {
                for (size_t i : inspections)
                    if (!sourceDate(set_.sources[i]).empty() && sourceDate(set_.sources[i]) <= date)
                        reportedOn.assign(1, i);
            }
            if (reportedOn.empty()) reportedOn = inspections;
            for (size_t fi : findingsOf_[s]) {
                const Profile later = matcher_.profile(set_.findings[fi].text);
                double best = 0, second = 0;
                const Target* which = nullptr;
                for (size_t i : reportedOn)
                    for (const Target& t : statementsOf[i]) {
                        const double c = Matcher::similarity(later, t.whole);
                        if (c > best) second = best, best = c, which = &t;
                        else if (c > second) second = c;
                    }
                if (!which || best < kSameAsFloor) continue;
                addLink(fi, *which, later, "same_as", "", confidenceOf(best, second));
            }
        }
    }

    FindingsSet& set_;
    const LinkSettings& settings_;
    LinkReport& report_;
    Matcher matcher_;
    std::unordered_map<std::string, size_t> findingIndex_, sourceIndex_;
    std::map<size_t, std::vector<size_t>> findingsOf_;
    std::map<std::string, std::vector<size_t>> groups_;
    std::set<size_t> duplicateSources_, duplicates_;
};

}  // namespace

LinkReport linkSameDocuments(FindingsSet& set) {
    LinkReport report;
    // Copies are looked for among documents, never among a plan's rows: with fewer than two
    // documents there is nothing to compare, and a large tracker costs nothing.
    size_t documents = 0;
    for (const Source& s : set.sources) {
        const std::string_view role = roleOf(s);
        documents += role != "plan" && role != "workbook";
    }
    if (documents < 2) return report;
    LinkSettings settings;
    Linker(set, settings, report).runSameDocuments();
    return report;
}

LinkReport linkFindings(FindingsSet& set, const LinkSettings& settings) {
    LinkReport report;
    if (set.findings.empty()) {
        report.notes.push_back("the set holds no findings, so there is nothing to link");
        return report;
    }
    Linker(set, settings, report).run();
    return report;
}

}  // namespace findings::core
