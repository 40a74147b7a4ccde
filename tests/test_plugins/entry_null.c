/* A plugin that refuses every host by returning no descriptor. */
#include <findings/plugin.h>

FND_EXPORT const fnd_plugin* findings_plugin_entry_v1(uint32_t host_version) {
    (void)host_version;
    return 0;
}
