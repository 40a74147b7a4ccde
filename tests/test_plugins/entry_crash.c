/* A plugin whose entry point segfaults: the scan in a child process must list it as a load
   failure with the signal, and the host must never load it. */
#include <findings/plugin.h>

FND_PLUGIN_ENTRY(host_version) {
    volatile int* nowhere = 0;
    *nowhere = (int)host_version;
    return 0;
}
