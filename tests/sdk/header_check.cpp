// Proves the C header and the C++ layer compile under this C++ standard with -Werror, and
// that a C++ record survives the trip through the C structs.
#include <findings/sdk.hpp>

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
