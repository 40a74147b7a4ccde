/* An importer in plain C that uses every 1.1 host service as a third party would, checking
 * that the host offers each (struct_size, then the pointer) before the call:
 *   SERVICES            <- the first line, which identify looks for
 *   any line of text    <- one finding each, classified by the host when it offers classify
 * The source reports what the host served in its properties (host_sha256, status_words,
 * classify) and leaves fnd_source.sha256 absent, for the host to fill in. */
#include <findings/plugin.h>

#include <stdlib.h>

/* Built twice: against this SDK, and against the 1.0 header (sdk-1.0/) as a plugin of 1.0
 * would be, which knows no host services and writes 1.0-sized records. */
#if FND_SDK_VERSION_MINOR >= 1
#define PLUGIN_ID "test.services"
#define HAS_SERVICES 1
#else
#define PLUGIN_ID "test.services10"
#define HAS_SERVICES 0
#endif
#include <string.h>

#define MAX_INPUT (1u << 20)

static fnd_str str_of(const char* data, size_t size) {
    fnd_str s;
    s.data = size ? data : NULL;
    s.size = size;
    return s;
}

static fnd_str lit(const char* text) { return str_of(text, strlen(text)); }

static int services_identify(const fnd_importer* self, const fnd_host* host, fnd_str path,
                             const void* head, size_t head_size, fnd_reason_buffer reason) {
    (void)self; (void)host; (void)path; (void)reason;
    return head_size >= 9 && memcmp(head, "SERVICES\n", 9) == 0 ? 90 : FND_IDENTIFY_UNKNOWN;
}

static fnd_status services_import(const fnd_importer* self, const fnd_host* host,
                                  const fnd_input* input, const fnd_options* options,
                                  const fnd_sink* sink) {
    char* text = (char*)malloc(MAX_INPUT + 1);
    size_t size = 0, pos;
    int64_t n;
    fnd_source source;
    fnd_property properties[3];
    fnd_str digest = str_of(NULL, 0), words = lit("(not offered)");
    char id[32] = "svc-none";
#if HAS_SERVICES
    const int has_classify = FND_HAS_FIELD(host, fnd_host, classify) && host->classify;
#else
    const int has_classify = 0;
#endif
    fnd_status status = FND_OK;
    (void)self; (void)options;
    if (!text) return FND_ERR_LIMIT;
    while (size < MAX_INPUT && (n = input->read(input->ctx, text + size, MAX_INPUT - size)) > 0)
        size += (size_t)n;
    text[size] = '\0';

#if HAS_SERVICES
    if (FND_HAS_FIELD(host, fnd_host, input_sha256) && host->input_sha256)
        digest = host->input_sha256(host->ctx);
#endif
    if (digest.size >= 12) {
        memcpy(id, "svc-", 4);
        memcpy(id + 4, digest.data, 12);
        id[16] = '\0';
    }
#if HAS_SERVICES
    if (FND_HAS_FIELD(host, fnd_host, status_text) && host->status_text)
        words = host->status_text(host->ctx, FND_ERR_LIMIT);
#endif

    memset(&source, 0, sizeof source);
    source.struct_size = sizeof source;
    source.id = lit(id);
    source.kind = lit("other");
    source.title = lit("services");
    properties[0].key = lit("host_sha256");
    properties[0].value = digest;
    properties[1].key = lit("status_words");
    properties[1].value = words;
    properties[2].key = lit("classify");
    properties[2].value = lit(has_classify ? "offered" : "absent");
    source.properties = properties;
    source.property_count = 3;
    if (sink->source(sink->ctx, &source)) {
        free(text);
        return FND_ERR_STOPPED;
    }

    pos = 0;
    while (pos < size && status == FND_OK) { /* the first line is the SERVICES marker */
        size_t end = pos;
        while (end < size && text[end] != '\n') ++end;
        if (pos > 0 && end > pos) {
            fnd_finding f;
            memset(&f, 0, sizeof f);
            f.struct_size = sizeof f;
            f.text = str_of(text + pos, end - pos);
            f.paragraph = FND_NONE;
            f.confidence = -1;
            f.polarity = lit("neutral");
#if HAS_SERVICES
            if (has_classify) {
                fnd_classification c;
                memset(&c, 0, sizeof c);
                c.struct_size = sizeof c;
                status = host->classify(host->ctx, f.text, &c);
                if (status != FND_OK) break; /* the host has logged why */
                f.themes = c.themes;
                f.theme_count = c.theme_count;
                f.polarity = c.polarity;
                f.confidence = c.confidence;
            }
#endif
            if (sink->finding(sink->ctx, &f)) status = FND_ERR_STOPPED;
        }
        pos = end + 1;
    }
    free(text);
    return status;
}

static const fnd_str extensions[] = {FND_LIT("svc")};
static const fnd_importer importer = {
    sizeof(fnd_importer), FND_LIT(PLUGIN_ID ".import"), FND_LIT("Host services probe"),
    FND_LIT("Uses every 1.1 host service."), extensions, 1, NULL, 0,
    services_identify, services_import, NULL};
static const fnd_importer* const importers[] = {&importer};

static const fnd_plugin plugin = {
    sizeof(fnd_plugin), FND_SDK_VERSION, FND_LIT(PLUGIN_ID), FND_LIT("Host services probe"),
    FND_LIT("1.0.0"), FND_LIT("Tests"), FND_LIT("Uses every 1.1 host service."),
    importers, 1, NULL, 0};

/* Built against today's header and against the 1.0 header as released
 * (tests/test_plugins/sdk-1.0), which predates FND_PLUGIN_ENTRY: that build spells the 1.0
 * entry as a 1.0 plugin did. */
#ifdef FND_PLUGIN_ENTRY
FND_PLUGIN_ENTRY(host_version) {
#else
FND_EXPORT const fnd_plugin* findings_plugin_entry_v1(uint32_t host_version) {
#endif
    (void)host_version;
    return &plugin;
}
