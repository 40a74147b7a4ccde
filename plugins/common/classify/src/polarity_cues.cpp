// The polarity cue lexicon: the words inspectors use to praise, criticise, hedge, negate
// and contrast (DOMAIN.md section 4), with weights. A weight says how strong a judgement
// the cue carries on its own: "too many" is a clear criticism (1.5), "some" only leans
// towards one (0.3). Longer entries win over the shorter ones they contain, which is how
// the Neutral entries silence a misleading word ("improvement plan").
#include "cue_lexicon.hpp"

namespace findings::classify::detail {
namespace {

constexpr CueKind S = CueKind::Strength;
constexpr CueKind W = CueKind::Weakness;
constexpr CueKind D = CueKind::Developing;
constexpr CueKind N = CueKind::Negator;
constexpr CueKind WN = CueKind::WeakNegator;
constexpr CueKind PN = CueKind::PartialNegator;
constexpr CueKind C = CueKind::Concession;
constexpr CueKind K = CueKind::Contrast;
constexpr CueKind Z = CueKind::Neutral;
constexpr CueKind A = CueKind::Aspiration;
constexpr CueKind P = CueKind::Past;
constexpr CueKind U = CueKind::Unjudged;
constexpr CueKind IF = CueKind::Condition;

const CueEntry kPolarityCues[] = {
    // Strength: quality words.
    {"effective", S, 1.0f}, {"effectively", S, 1.0f}, {"well supported", S, 1.2f},
    {"positive", S, 1.0f}, {"positively", S, 1.0f}, {"positive impact", S, 1.3f},
    {"positive step*", S, 1.0f}, {"strong", S, 1.0f}, {"stronger", S, 0.8f},
    {"strongly", S, 0.6f}, {"robust", S, 1.0f}, {"robustly", S, 1.0f},
    {"rigorous", S, 1.0f}, {"timely", S, 1.0f}, {"swift", S, 1.0f}, {"swiftly", S, 1.0f},
    {"prompt", S, 0.8f}, {"promptly", S, 1.0f}, {"quickly", S, 0.8f},
    {"appropriate", S, 0.8f}, {"appropriately", S, 0.8f}, {"comprehensive", S, 1.0f},
    {"thorough", S, 1.0f}, {"thoroughly", S, 1.0f}, {"child-centred", S, 1.0f},
    {"child-centered", S, 1.0f}, {"child-focused", S, 1.0f}, {"child-focussed", S, 1.0f},
    {"high quality", S, 1.0f}, {"good", S, 0.7f}, {"good enough", S, 0.8f},
    {"outstanding", S, 1.5f}, {"excellent", S, 1.5f}, {"better", S, 0.7f},
    {"consistent", S, 0.8f}, {"consistently", S, 0.8f}, {"consistency", S, 0.6f},
    {"clear", S, 0.6f}, {"clearly", S, 0.6f}, {"clearer", S, 0.6f}, {"clear rationale", S, 1.0f},
    {"sufficient", S, 0.7f}, {"sufficiently", S, 0.7f}, {"proactive", S, 0.8f},
    {"proactively", S, 0.8f}, {"responsive", S, 0.8f}, {"purposeful", S, 1.0f},
    {"meaningful", S, 0.8f}, {"meaningfully", S, 0.8f}, {"constructive", S, 1.0f},
    {"constructively", S, 1.0f}, {"valuable", S, 1.0f}, {"skilled", S, 1.0f},
    {"skilful", S, 1.0f}, {"skilfully", S, 1.0f}, {"sensitive", S, 0.8f},
    {"sensitively", S, 1.0f}, {"insightful", S, 1.0f}, {"insight", S, 0.4f},
    {"creative", S, 0.8f}, {"innovative", S, 1.0f}, {"authentic", S, 0.7f},
    {"helpful", S, 0.8f}, {"useful", S, 0.7f}, {"supportive", S, 1.0f},
    {"visible", S, 0.7f}, {"accessible", S, 0.7f}, {"focused", S, 0.5f},
    {"regular", S, 0.5f}, {"regularly", S, 0.5f}, {"up to date", S, 0.5f},
    {"critical reflection", S, 0.8f}, {"manageable", S, 1.0f},
    {"increased capacity", S, 1.0f}, {"know their children well", S, 1.5f},
    {"know them well", S, 1.2f}, {"familiar with", S, 0.5f}, {"tenacious", S, 1.0f},
    {"diligent", S, 1.0f}, {"greater", S, 0.4f}, {"have access to", S, 0.7f},
    {"has access to", S, 0.7f}, {"understand*", S, 0.4f}, {"cognisant", S, 0.8f},
    {"aware", S, 0.4f}, {"enhancement", S, 0.8f}, {"enhanced", S, 0.5f},
    // Strength: progress and its results.
    {"improved", S, 1.0f}, {"improving", S, 1.0f}, {"improvement", S, 0.6f},
    {"been improvement", S, 1.0f}, {"strengthened", S, 1.0f}, {"strengthening", S, 0.7f}, {"steady progress", S, 1.5f},
    {"sustained progress", S, 1.5f}, {"good progress", S, 1.5f},
    {"significant progress", S, 1.2f}, {"considerable progress", S, 1.5f},
    {"tangible progress", S, 1.2f}, {"progress has been made", S, 1.2f},
    {"making progress", S, 0.8f}, {"made progress", S, 0.8f}, {"is a strength", S, 1.5f},
    {"strength", S, 0.8f}, {"stable", S, 0.8f}, {"stability", S, 0.6f},
    {"stabilised", S, 0.8f}, {"valued", S, 0.8f}, {"well attended", S, 1.0f},
    {"well implemented", S, 1.2f}, {"well established", S, 1.0f}, {"well embedded", S, 1.2f},
    {"embedded", S, 0.8f}, {"established", S, 0.5f}, {"successful", S, 1.0f},
    {"successfully", S, 1.0f}, {"success", S, 1.0f}, {"benefit", S, 0.7f},
    {"benefited", S, 0.8f}, {"benefitted", S, 0.8f}, {"enables", S, 0.7f},
    {"enable", S, 0.5f}, {"ensures", S, 0.7f}, {"do well", S, 1.0f}, {"doing well", S, 1.0f},
    {"do better", S, 0.8f}, {"enjoy", S, 0.7f}, {"demonstrable", S, 0.8f},
    {"tangible", S, 0.6f}, {"achieved", S, 0.6f}, {"achieving", S, 0.4f},
    {"resolved", S, 0.7f}, {"sustained", S, 0.6f}, {"sustainable", S, 0.5f},
    {"encouraging", S, 1.0f}, {"encouraged", S, 0.5f}, {"pleasing", S, 1.0f},
    {"strides", S, 1.0f}, {"committed", S, 0.5f}, {"commitment", S, 0.5f},
    {"confident", S, 0.7f}, {"confidence", S, 0.5f}, {"dedication", S, 0.7f},
    // A reduction: inspectors report falls in what is bad (caseloads, agency staff,
    // re-referrals, exclusions); "reduced capacity" stays a weak negator below.
    {"has reduced", S, 0.7f}, {"have reduced", S, 0.7f}, {"has been reduced", S, 0.7f},
    {"have been reduced", S, 0.7f}, {"reduced slightly", S, 0.6f}, {"is reducing", S, 0.6f},
    {"are reducing", S, 0.6f}, {"has decreased", S, 0.7f}, {"have decreased", S, 0.7f},
    // "managed well", "promoted well": praise after the verb.
    {"well", S, 0.6f}, {"suitable", S, 0.7f},
    // Strength: quantifiers (inspectors' "most" and "many" lean positive, weakly).
    {"vast majority", S, 1.0f}, {"majority", S, 0.6f}, {"most", S, 0.4f},
    {"almost all", S, 0.8f}, {"nearly all", S, 0.8f}, {"many", S, 0.3f},

    // Weakness: shortfalls.
    {"too many", W, 1.5f}, {"too few", W, 1.5f}, {"too slow", W, 1.5f},
    {"too slowly", W, 1.5f}, {"too long", W, 1.2f}, {"too much", W, 1.0f},
    {"too late", W, 1.2f}, {"taking too long", W, 1.5f}, {"inconsistent", W, 1.2f},
    {"inconsistently", W, 1.2f}, {"inconsistency", W, 1.2f}, {"variable", W, 1.2f},
    {"variability", W, 1.0f}, {"variation", W, 0.6f}, {"vary", W, 0.8f},
    {"varies", W, 0.8f}, {"varying", W, 0.8f}, {"drift", W, 1.2f},
    {"drift and delay", W, 1.8f}, {"delay*", W, 1.0f}, {"insufficient", W, 1.2f},
    {"insufficiently", W, 1.2f}, {"gap", W, 1.0f}, {"weak", W, 1.0f},
    {"weaker", W, 0.8f}, {"weakness", W, 1.2f}, {"serious weakness", W, 2.0f},
    {"poor", W, 1.2f}, {"poorly", W, 1.2f}, {"unsuitable", W, 1.0f}, {"unstable", W, 1.0f},
    {"instability", W, 1.0f}, {"unclear", W, 1.0f}, {"overly optimistic", W, 1.2f},
    {"over optimistic", W, 1.2f}, {"deteriorat*", W, 1.2f}, {"fragile", W, 1.0f},
    {"missed", W, 1.0f}, {"limited", W, 0.8f},
    {"little", W, 0.6f}, {"little progress", W, 1.8f}, {"minimal", W, 1.0f},
    {"reactive", W, 0.8f}, {"rigid", W, 0.8f}, {"jargon", W, 0.8f},
    {"repetitive", W, 0.8f}, {"lengthy", W, 0.6f}, {"unnecessarily", W, 0.8f},
    {"unnecessary", W, 0.8f}, {"difficult", W, 0.6f}, {"difficulty", W, 0.6f},
    {"barrier", W, 1.0f}, {"significant challenge", W, 1.2f}, {"challenges", W, 0.5f},
    {"challenging", W, 0.5f}, {"concern", W, 0.5f}, {"significant concern", W, 1.2f},
    {"remains a concern", W, 1.2f}, {"concerning", W, 1.0f}, {"unmet", W, 1.0f},
    {"disruption", W, 1.0f}, {"disrupted", W, 1.0f}, {"detrimental", W, 1.5f},
    {"misleading", W, 1.0f}, {"backlog", W, 1.0f},
    {"vacancy", W, 0.6f}, {"high turnover", W, 1.2f}, {"turnover", W, 0.6f},
    {"changes of social worker", W, 1.0f}, {"disappoint*", W, 1.0f}, {"unable", W, 1.0f},
    {"fail*", W, 1.2f}, {"inadequate", W, 1.5f}, {"requires improvement", W, 1.0f},
    {"need to improve", W, 1.0f}, {"need to", W, 0.5f}, {"must", W, 0.5f},
    {"more needs to be done", W, 1.2f}, {"is crucial", W, 0.5f}, {"is essential", W, 0.5f},
    {"is vital", W, 0.5f},
    {"requires further", W, 1.0f}, {"further strengthening", W, 0.8f},
    {"to be strengthened", W, 1.0f}, {"needs strengthening", W, 1.0f}, {"work to do", W, 1.0f}, {"slow*", W, 1.0f},
    {"worse", W, 1.2f}, {"worsen*", W, 1.2f}, {"escalat*", W, 0.4f},
    {"overly", W, 0.8f}, {"overly reliant", W, 1.0f}, {"over reliant", W, 1.0f},
    {"over-reliance", W, 1.0f}, {"reliance", W, 0.5f}, {"left at risk", W, 1.2f},
    {"unplanned", W, 0.8f}, {"stressful", W, 0.8f}, {"prolonged", W, 0.8f},
    {"premature*", W, 1.0f}, {"shortfall", W, 1.0f}, {"shortage", W, 1.0f},
    {"deficit", W, 1.0f}, {"unacceptable", W, 1.5f}, {"uncertain", W, 0.7f},
    {"confusing", W, 0.8f}, {"complacen*", W, 1.0f}, {"superficial", W, 1.0f},
    {"cursory", W, 1.0f}, {"generic", W, 0.6f}, {"patchy", W, 1.0f}, {"piecemeal", W, 1.0f},
    {"ineffective", W, 1.2f}, {"ineffectively", W, 1.2f}, {"inappropriate", W, 1.0f},
    {"inappropriately", W, 1.0f}, {"inaccurate", W, 1.0f}, {"incomplete", W, 1.0f},
    {"out of date", W, 1.0f}, {"worrying", W, 1.0f}, {"struggle*", W, 0.8f},
    {"problem*", W, 0.8f}, {"underdeveloped", W, 1.2f}, {"under-developed", W, 1.2f},
    {"disconnect", W, 1.2f}, {"churn", W, 1.0f}, {"angry", W, 1.0f}, {"well below", W, 1.0f},
    {"immediate attention", W, 1.0f}, {"more to do", W, 1.0f}, {"area for improvement", W, 1.0f},
    {"areas for improvement", W, 1.0f}, {"needs to be", W, 1.0f}, {"need to be", W, 1.0f},
    {"too high", W, 1.2f}, {"remain* high", W, 1.2f}, {"remain* relatively high", W, 1.2f},
    {"remain* too high", W, 1.5f}, {"still high", W, 1.2f}, {"high caseload*", W, 1.0f},
    // Weakness: quantifiers (inspectors' "some" and "a minority" mean "not enough").
    {"a minority", W, 0.8f}, {"minority", W, 0.6f}, {"significant minority", W, 1.0f},
    {"significant number", W, 0.6f}, {"some", W, 0.3f}, {"a small number", W, 0.3f},
    {"a few", W, 0.3f}, {"few", W, 0.8f}, {"still", W, 0.3f},

    // Developing: change begun, impact not yet seen. Counted towards weakness, lightly.
    {"beginning to", D, 0.6f}, {"begun to", D, 0.6f}, {"started to", D, 0.4f},
    {"starting to", D, 0.4f}, {"early signs", D, 0.6f}, {"early stage", D, 0.8f},
    {"very early stage", D, 1.0f}, {"early days", D, 0.6f}, {"too early", D, 1.0f}, {"too soon", D, 1.0f},
    {"very recently", D, 0.6f}, {"only recently", D, 0.6f}, {"in the pipeline", D, 0.6f},
    {"being developed", D, 0.6f}, {"in development", D, 0.6f},
    {"in the process of", D, 0.5f}, {"yet to", D, 1.0f}, {"plans to", D, 0.4f},
    {"planned", D, 0.4f}, {"newness", D, 0.6f}, {"being implemented", D, 0.4f},
    {"underway", D, 0.3f}, {"under way", D, 0.3f}, {"in its infancy", D, 1.0f},

    // Negators: flip the cues after them in their clause. "not yet" and "no longer" are
    // listed so that "yet" and "longer" are not read on their own.
    {"not", N, 1.0f}, {"no", N, 1.0f}, {"never", N, 1.0f}, {"nor", N, 1.0f},
    {"neither", N, 1.0f}, {"none", N, 1.0f}, {"without", N, 1.0f}, {"cannot", N, 1.0f},
    {"not yet", N, 1.2f}, {"no longer", N, 1.0f},
    // Verbs that block what follows: "turnover inhibits their ability to form stable,
    // trusting relationships" is a criticism, not praise of stability. "lack of" and
    // "absence of" deny what follows the same way ("a lack of clear pathways").
    {"inhibit*", N, 1.0f}, {"hinder*", N, 1.0f}, {"hamper*", N, 1.0f}, {"impede*", N, 1.0f},
    {"undermine*", N, 1.0f}, {"limits", N, 0.8f}, {"impacts on", N, 0.8f},
    {"impacted on", N, 0.8f}, {"impacting on", N, 0.8f}, {"lack*", N, 1.1f},
    {"absence of", N, 1.0f}, {"loss of", N, 1.0f},
    // "not always" / "not consistently" deny that something happens every time: they deny
    // praise, and a criticism after them is still one.
    {"not always", PN, 1.2f}, {"not consistently", PN, 1.2f},
    {"less", WN, 0.0f}, {"fewer", WN, 0.0f}, {"reduced", WN, 0.0f}, {"reduction in", WN, 0.0f},

    // Goals and history: what follows is not a judgement of present practice.
    {"in order to", A, 0.0f}, {"to achieve", A, 0.0f}, {"to ensure", A, 0.0f},
    {"aim to", A, 0.0f}, {"aims to", A, 0.0f}, {"intended to", A, 0.0f},
    {"commitment to", A, 0.0f}, {"committed to", A, 0.0f}, {"in improving", A, 0.0f},
    {"prior to", P, 0.0f}, {"previously", P, 0.0f}, {"in the past", P, 0.0f},
    {"had been", P, 0.0f}, {"historically", P, 0.0f}, {"at the last inspection", P, 0.0f},

    // Clause words.
    {"although", C, 0.0f}, {"though", C, 0.0f}, {"even though", C, 0.0f}, {"while", C, 0.0f},
    {"whilst", C, 0.0f}, {"whereas", C, 0.0f}, {"despite", C, 0.0f}, {"in spite of", C, 0.0f},
    {"even if", C, 0.0f}, {"albeit", C, 0.0f}, {"notwithstanding", C, 0.0f},
    {"however", K, 0.0f}, {"but", K, 0.0f}, {"yet", K, 0.0f}, {"nevertheless", K, 0.0f},
    {"nonetheless", K, 0.0f}, {"in contrast", K, 0.0f}, {"conversely", K, 0.0f},
    {"on the other hand", K, 0.0f}, {"that said", K, 0.0f}, {"even so", K, 0.0f},
    // "Despite this, data is not used well": looking back at the last sentence, this opens
    // the point the writer lands on, as "However" does; "Despite recent efforts, ..." concedes.
    {"when", IF, 0.0f}, {"if", IF, 0.0f}, {"where", IF, 0.0f}, {"once", IF, 0.0f},
    {"despite this", K, 0.0f}, {"despite these", K, 0.0f}, {"despite that", K, 0.0f},
    {"in spite of this", K, 0.0f}, {"notwithstanding this", K, 0.0f},

    // Neutral: names and set phrases that contain a cue word but judge nothing.
    {"improvement plan", Z, 0.0f}, {"improvement board", Z, 0.0f},
    {"improvement programme", Z, 0.0f}, {"improvement journey", Z, 0.0f},
    {"improvement activity", Z, 0.0f}, {"improvement partner", Z, 0.0f},
    {"strength based", Z, 0.0f}, {"strengths based", Z, 0.0f},
    {"strengths and difficulties", Z, 0.0f}, {"not only", Z, 0.0f},
    {"whether or not", Z, 0.0f}, {"but also", Z, 0.0f}, {"not least", Z, 0.0f},
    {"no further action", Z, 0.0f}, {"most recent", Z, 0.0f}, {"most recently", Z, 0.0f},
    {"at most", Z, 0.0f}, {"all but", Z, 0.0f}, {"not in education", Z, 0.0f},
    {"not in employment", Z, 0.0f}, {"as well", Z, 0.0f},
    {"well-being", Z, 0.0f}, {"not meet the threshold", Z, 0.0f}, {"not meet threshold*", Z, 0.0f},
    // Too early to say: no judgement either way.
    {"too early to evaluate", U, 0.0f}, {"too early to assess", U, 0.0f}, {"too early to judge", U, 0.0f},
    {"too early to measure", U, 0.0f}, {"too early to determine", U, 0.0f}, {"too early to see", U, 0.0f},
    {"too soon to evaluate", U, 0.0f}, {"too soon to assess", U, 0.0f}, {"too soon to judge", U, 0.0f},
    {"too soon to measure", U, 0.0f}, {"too soon to determine", U, 0.0f}, {"too soon to see", U, 0.0f},
    // A previous judgement is background, not a finding of this document.
    {"judged inadequate", Z, 0.0f}, {"judged to be inadequate", Z, 0.0f},
    {"judged as inadequate", Z, 0.0f}, {"deemed inadequate", Z, 0.0f},
    {"rated inadequate", Z, 0.0f}, {"rating of inadequate", Z, 0.0f},
    {"judged requires improvement", Z, 0.0f}, {"judged to require improvement", Z, 0.0f},
    {"rated requires improvement", Z, 0.0f}, {"rating of requires improvement", Z, 0.0f},
    {"judged to be requires improvement", Z, 0.0f}, {"requires improvement to be good", Z, 0.0f},
};

}  // namespace

const CueLexicon& polarityCues() {
    static const CueLexicon lexicon(kPolarityCues, sizeof kPolarityCues / sizeof kPolarityCues[0]);
    return lexicon;
}

}  // namespace findings::classify::detail
