// Indexing of cue tables (see cue_lexicon.hpp).
#include "cue_lexicon.hpp"

namespace findings::classify::detail {

CueLexicon::CueLexicon(const CueEntry* entries, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
        for (PhrasePattern& pattern : parsePhrase(entries[i].phrase)) {
            index.add(std::move(pattern));
            kind.push_back(entries[i].kind);
            weight.push_back(entries[i].weight);
            phrase.push_back(entries[i].phrase);
        }
    }
    index.finish();
}

}  // namespace findings::classify::detail
