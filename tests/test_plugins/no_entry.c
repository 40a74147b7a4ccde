/* A shared library with the plugin suffix but no entry symbol. */
#include <findings/plugin.h>

FND_EXPORT int some_other_function(void) { return 42; }
