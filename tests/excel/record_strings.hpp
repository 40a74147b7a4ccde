// How records print in failed checks: as their JSON, so a mismatch shows which field differs.
// Every test file of this suite that compares records includes it: Catch instantiates its
// expression printers per type, and a file without this specialisation would give the whole
// program the "{?}" printer.
#pragma once

#include <catch2/catch.hpp>
#include <findings/excel/roundtrip/record_json.hpp>

namespace Catch {
template <>
struct StringMaker<findings::Finding> {
    static std::string convert(const findings::Finding& f) {
        return findings::excel::findingToJson(f);
    }
};
template <>
struct StringMaker<findings::Source> {
    static std::string convert(const findings::Source& s) {
        return findings::excel::sourceToJson(s);
    }
};
}  // namespace Catch
