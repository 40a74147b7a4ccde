// The overall-direction cue lexicon (DOMAIN.md "Overall direction"): how inspectors and
// journalists say that services are improving, not improving, or improving only in part.
// Negators and goal words are repeated here so that "not making steady progress" reads as
// not improving and "committed to improving" as no direction at all.
#include "cue_lexicon.hpp"

namespace findings::classify::detail {
namespace {

constexpr CueKind I = CueKind::Improving;
constexpr CueKind NI = CueKind::NotImproving;
constexpr CueKind M = CueKind::MixedDirection;
constexpr CueKind N = CueKind::Negator;
constexpr CueKind Z = CueKind::Neutral;
constexpr CueKind A = CueKind::Aspiration;

const CueEntry kDirectionCues[] = {
    {"steady progress", I, 2.0f}, {"sustained progress", I, 2.0f},
    {"considerable progress", I, 2.0f}, {"significant progress", I, 1.5f},
    {"good progress", I, 2.0f}, {"strong progress", I, 2.0f}, {"positive progress", I, 1.5f},
    {"encouraging progress", I, 1.5f}, {"clear progress", I, 1.5f},
    {"tangible progress", I, 1.5f}, {"demonstrable progress", I, 1.5f},
    {"satisfactory progress", I, 1.5f}, {"continues to improve", I, 2.0f},
    {"continue to improve", I, 2.0f}, {"continued to improve", I, 2.0f},
    {"gathering pace", I, 2.0f}, {"gathered pace", I, 2.0f}, {"picked up pace", I, 1.5f},
    {"build pace", I, 1.5f}, {"build up pace", I, 1.5f}, {"build up some pace", I, 1.5f},
    {"gaining momentum", I, 1.5f}, {"momentum", I, 0.8f}, {"on track", I, 1.0f},
    {"right direction", I, 1.5f}, {"positive trajectory", I, 1.5f},
    {"making progress", I, 1.0f}, {"made progress", I, 1.0f},
    {"progress has been made", I, 1.2f}, {"improving", I, 1.0f}, {"improvements", I, 0.8f},
    {"improved", I, 0.7f}, {"strengthened", I, 0.7f},
    // "improvement" alone is as often a goal as a fact; as an outcome it is telling,
    // above all when denied ("has not yet resulted in improvement").
    {"resulted in improvement*", I, 0.8f}, {"led to improvement*", I, 0.8f},

    {"insufficient progress", NI, 2.5f}, {"little progress", NI, 2.5f},
    {"limited progress", NI, 2.0f}, {"slow progress", NI, 2.0f}, {"no progress", NI, 2.5f},
    {"no improvement", NI, 2.0f}, {"too slow", NI, 1.5f}, {"pace of change", NI, 1.0f},
    {"serious weakness", NI, 2.0f}, {"widespread weakness", NI, 2.0f},
    {"weaknesses remain", NI, 1.5f}, {"remain inadequate", NI, 2.0f},
    {"deteriorat*", NI, 2.0f}, {"declined", NI, 1.5f}, {"decline", NI, 1.5f},
    {"stalled", NI, 2.0f}, {"regressed", NI, 2.0f}, {"worsened", NI, 2.0f},

    {"some progress", M, 1.5f}, {"mixed", M, 1.5f}, {"uneven", M, 1.0f},
    {"variable", M, 1.0f}, {"remain variable", M, 1.5f}, {"remain inconsistent", M, 1.5f},
    {"inconsistent", M, 0.7f}, {"go far enough", M, 1.5f}, {"gone far enough", M, 1.5f},
    {"in some areas", M, 1.0f}, {"some areas of", M, 1.0f}, {"pockets of", M, 1.0f},
    {"more needs to be done", M, 1.0f},

    {"not", N, 1.0f}, {"no", N, 1.0f}, {"never", N, 1.0f}, {"nor", N, 1.0f},
    {"without", N, 1.0f}, {"cannot", N, 1.0f}, {"not yet", N, 1.0f}, {"no longer", N, 1.0f},

    {"improvement plan", Z, 0.0f}, {"improvement board", Z, 0.0f},
    {"improvement programme", Z, 0.0f}, {"improvement journey", Z, 0.0f},
    {"improvement activity", Z, 0.0f}, {"improvement partner", Z, 0.0f},
    {"not only", Z, 0.0f}, {"whether or not", Z, 0.0f},

    // Goals are not directions: "committed to improving", "progress in improving".
    {"in order to", A, 0.0f}, {"to achieve", A, 0.0f}, {"to ensure", A, 0.0f},
    {"commitment to", A, 0.0f}, {"committed to", A, 0.0f}, {"in improving", A, 0.0f},
    {"aim to", A, 0.0f}, {"aims to", A, 0.0f},
};

}  // namespace

const CueLexicon& directionCues() {
    static const CueLexicon lexicon(kDirectionCues, sizeof kDirectionCues / sizeof kDirectionCues[0]);
    return lexicon;
}

}  // namespace findings::classify::detail
