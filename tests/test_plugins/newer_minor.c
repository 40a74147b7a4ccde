/* A plugin built against a newer minor SDK (1.5) whose descriptor has grown a field the
 * host does not know: the host must load it and read only the fields it knows. */
#include <findings/plugin.h>

typedef struct future_plugin {
    fnd_plugin base;      /* the fields of 1.0 ... */
    const char* appended; /* ... and one a later minor appended */
} future_plugin;

static int ident(const fnd_importer* self, const fnd_host* host, fnd_str path, const void* head,
                 size_t head_size, fnd_reason_buffer reason) {
    (void)self; (void)host; (void)path; (void)head; (void)head_size; (void)reason;
    return FND_IDENTIFY_UNKNOWN;
}
static fnd_status imp(const fnd_importer* self, const fnd_host* host, const fnd_input* input,
                      const fnd_options* options, const fnd_sink* sink) {
    (void)self; (void)host; (void)input; (void)options; (void)sink;
    return FND_ERR_UNSUPPORTED;
}

typedef struct future_importer {
    fnd_importer base;
    int appended_flag;
} future_importer;

static const future_importer importer = {
    {sizeof(future_importer), FND_LIT("test.future.import"), FND_LIT("Future importer"),
     FND_LIT("From a newer minor SDK."), NULL, 0, NULL, 0, ident, imp, NULL},
    1};
static const fnd_importer* const importers[] = {&importer.base};

static const future_plugin plugin = {
    {sizeof(future_plugin), (1u << 16) | 5u, FND_LIT("test.future"), FND_LIT("Future plugin"),
     FND_LIT("1.0.0"), FND_LIT("Tests"), FND_LIT("Built with SDK 1.5."), importers, 1, NULL, 0},
    "a field this host does not know"};

FND_PLUGIN_ENTRY(host_version) {
    (void)host_version;
    return &plugin.base;
}
