// Proves the C header and the C++ layer compile under this C++ standard with -Werror, and
// that a C++ record survives the trip through the C structs.
#include <findings/sdk.hpp>

#include <string_view>

// The entry's name follows the header's major version (tests/sdk/entry_name.sh proves a 2.x
// header makes a _v2 entry).
static_assert(std::string_view(FND_ENTRY_SYMBOL) ==
                  "findings_plugin_entry_v" FND_STRINGIFY(FND_SDK_VERSION_MAJOR),
              "FND_ENTRY_SYMBOL must be derived from FND_SDK_VERSION_MAJOR");

int main() {
    findings::Finding f;
    f.id = "f1";
    f.text = "Caseloads are manageable.";
    f.themes = {"workforce"};
    f.location.line_start = 3;
    f.properties = {{"RAG", "Green"}};
    findings::CFinding c(f);
    return findings::fromC(*c.get()) == f ? 0 : 1;
}
