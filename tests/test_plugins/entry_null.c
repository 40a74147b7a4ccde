/* A plugin that refuses every host by returning no descriptor. */
#include <findings/plugin.h>

FND_PLUGIN_ENTRY(host_version) {
    (void)host_version;
    return 0;
}
