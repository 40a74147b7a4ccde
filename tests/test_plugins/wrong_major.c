/* A plugin built for a future major version of the SDK: it exports the v2 entry symbol. */
#include <findings/plugin.h>

FND_EXPORT const void* findings_plugin_entry_v2(uint32_t host_version) {
    (void)host_version;
    return 0;
}
