/* Proves findings/plugin.h compiles as strict C99 (-pedantic-errors -Werror). */
#include <findings/plugin.h>

int main(void) {
    fnd_finding finding = {0};
    fnd_str lit = FND_LIT("text");
    finding.struct_size = sizeof finding;
    finding.text = lit;
    return FND_HAS_FIELD(&finding, fnd_finding, text) && FND_SDK_VERSION_MAJOR == 1 ? 0 : 1;
}
