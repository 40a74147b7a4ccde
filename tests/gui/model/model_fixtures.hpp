// Findings sets built in code for the model tests: small ones whose every value is known,
// and large ones for timing.
#pragma once

#include <findings/format/findings_set.hpp>
#include <findings/core/theme_labels.hpp>

#include <string>

namespace fixtures {

/// Three sources (two about visit 3 of Wyvern on 2024-05-14, one tracker) and eight
/// findings with known themes, polarities, review states and confidences.
findings::FindingsSet smallSet();

/// `count` findings over 20 sources, with varied text, themes, polarities and confidences;
/// deterministic for a given count.
findings::FindingsSet largeSet(size_t count);

/// A taxonomy with the themes the fixtures use, written to `dir`/themes.json and loaded.
findings::core::ThemeLabels writeThemes(const std::string& dir);

/// The taxonomy file's text.
std::string themesJson();

}  // namespace fixtures
