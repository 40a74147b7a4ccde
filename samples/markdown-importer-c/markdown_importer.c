/*
 * A Findings Studio importer in plain C: reads "findings as a Markdown list" files.
 *
 *   # Wyvern findings            <- the source's title
 *   ## Children in care          <- a section
 *   - [weakness] Too many ...    <- a finding, with its polarity in brackets
 *     continued on an indented line
 *
 * It shows the whole C side of the ABI: the descriptor, identify from the file's head,
 * reading through the host's input callbacks, streaming records to the host's sink, and a
 * host service of SDK 1.1 used only where the host offers it: the host's classify gives each
 * finding its themes from the user's taxonomy (the polarity stays the author's tag). It also
 * offers the 1.1 document_text extension, so the desktop app's source view can show each
 * finding on its lines of the file.
 */
#include <findings/plugin.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_INPUT (16u * 1024u * 1024u) /* a Markdown list larger than this is not ours */

static fnd_str str_of(const char* data, size_t size) {
    fnd_str s;
    s.data = size ? data : NULL;
    s.size = size;
    return s;
}

static void report(const fnd_host* host, fnd_severity severity, const char* code,
                   const char* message, long long line) {
    fnd_diag_location where;
    memset(&where, 0, sizeof where);
    where.struct_size = sizeof where;
    where.line = line;
    where.row = FND_NONE;
    where.column = FND_NONE;
    where.page = FND_NONE;
    host->log(host->ctx, severity, str_of(code, strlen(code)), str_of(message, strlen(message)),
              line > 0 ? &where : NULL);
}

static int ends_with_md(fnd_str path) {
    return path.size >= 3 && memcmp(path.data + path.size - 3, ".md", 3) == 0;
}

static int md_identify(const fnd_importer* self, const fnd_host* host, fnd_str path,
                       const void* head, size_t head_size, fnd_reason_buffer reason) {
    const char* text = (const char*)head;
    (void)self;
    (void)host;
    if (head_size >= 2 && text[0] == '#' && text[1] == ' ') {
        /* Look for a bullet with a polarity tag within the head. */
        size_t i;
        for (i = 0; i + 3 < head_size; ++i)
            if (text[i] == '\n' && text[i + 1] == '-' && text[i + 2] == ' ' && text[i + 3] == '[') {
                snprintf(reason.data, reason.capacity, "Markdown title and \"- [polarity]\" bullets");
                return 80;
            }
    }
    if (ends_with_md(path)) {
        snprintf(reason.data, reason.capacity, ".md file without findings bullets");
        return 10;
    }
    return FND_IDENTIFY_UNKNOWN;
}

/* Reads the whole input through the host's callbacks. Returns NULL on failure. */
static char* read_all(const fnd_input* input, size_t* size_out) {
    size_t capacity = 65536, size = 0;
    char* buffer = (char*)malloc(capacity + 1);
    if (!buffer) return NULL;
    for (;;) {
        int64_t n;
        if (size == capacity) {
            char* bigger;
            if (capacity >= MAX_INPUT) { free(buffer); return NULL; }
            capacity *= 2;
            bigger = (char*)realloc(buffer, capacity + 1);
            if (!bigger) { free(buffer); return NULL; }
            buffer = bigger;
        }
        n = input->read(input->ctx, buffer + size, capacity - size);
        if (n < 0) { free(buffer); return NULL; }
        if (n == 0) break;
        size += (size_t)n;
    }
    buffer[size] = '\0';
    *size_out = size;
    return buffer;
}

static const char* polarity_of(const char* tag, size_t size) {
    static const char* known[] = {"strength", "weakness", "mixed", "neutral"};
    size_t i;
    for (i = 0; i < 4; ++i)
        if (strlen(known[i]) == size && memcmp(known[i], tag, size) == 0) return known[i];
    return NULL;
}

typedef struct pending {
    char text[8192];
    size_t size;
    const char* polarity;
    long long line_start, line_end, paragraph;
} pending;

static fnd_status flush_finding(const fnd_host* host, const fnd_sink* sink, pending* p,
                                fnd_str section) {
    fnd_finding f;
    fnd_location loc;
    fnd_classification classified;
    if (!p->size) return FND_OK;
    memset(&loc, 0, sizeof loc);
    loc.struct_size = sizeof loc;
    loc.line_start = p->line_start;
    loc.line_end = p->line_end;
    loc.char_start = loc.char_end = loc.page = loc.row = loc.column = FND_NONE;
    memset(&f, 0, sizeof f);
    f.struct_size = sizeof f;
    f.section = section;
    f.paragraph = p->paragraph;
    f.text = str_of(p->text, p->size);
    f.polarity = str_of(p->polarity, strlen(p->polarity));
    f.location = &loc;
    f.confidence = 1.0; /* the author tagged the polarity by hand */
    /* Themes from the host's classifier, when this host offers one (SDK 1.1 with a taxonomy):
     * check the table is long enough, then that the service is there. The themes stay valid
     * until the next classify call, which comes after this finding has been emitted. */
    if (FND_HAS_FIELD(host, fnd_host, classify) && host->classify) {
        fnd_status status;
        memset(&classified, 0, sizeof classified);
        classified.struct_size = sizeof classified;
        status = host->classify(host->ctx, f.text, &classified);
        if (status != FND_OK) return status; /* the host has logged why */
        f.themes = classified.themes;
        f.theme_count = classified.theme_count;
    }
    p->size = 0;
    return sink->finding(sink->ctx, &f) ? FND_ERR_STOPPED : FND_OK;
}

static fnd_status md_import(const fnd_importer* self, const fnd_host* host,
                            const fnd_input* input, const fnd_options* options,
                            const fnd_sink* sink) {
    size_t size = 0, pos = 0;
    long long line_no = 0, paragraph = 0;
    char* text;
    fnd_source source;
    fnd_str section = str_of(NULL, 0);
    pending p;
    fnd_status status = FND_OK;
    int source_sent = 0;
    (void)self;
    (void)options;

    text = read_all(input, &size);
    if (!text) {
        report(host, FND_SEV_ERROR, "unreadable", "cannot read the file (or it exceeds 16 MiB)", 0);
        return FND_ERR_IO;
    }
    memset(&p, 0, sizeof p);
    memset(&source, 0, sizeof source);
    source.struct_size = sizeof source;
    source.kind = str_of("other", 5);

    while (pos < size && status == FND_OK) {
        const char* line = text + pos;
        const char* nl = memchr(line, '\n', size - pos);
        size_t len = nl ? (size_t)(nl - line) : size - pos;
        pos += len + (nl ? 1 : 0);
        ++line_no;
        if (len && line[len - 1] == '\r') --len;
        if (host->is_cancelled(host->ctx)) { status = FND_ERR_CANCELLED; break; }

        if (len > 2 && line[0] == '#' && line[1] == ' ') {
            source.title = str_of(line + 2, len - 2);
            if (!source_sent) {
                source_sent = 1;
                if (sink->source(sink->ctx, &source)) status = FND_ERR_STOPPED;
            }
        } else if (len > 3 && memcmp(line, "## ", 3) == 0) {
            status = flush_finding(host, sink, &p, section);
            section = str_of(line + 3, len - 3);
            paragraph = 0;
        } else if (len > 2 && line[0] == '-' && line[1] == ' ') {
            const char* close;
            status = flush_finding(host, sink, &p, section);
            if (status != FND_OK) break;
            if (!source_sent) {
                source_sent = 1;
                if (sink->source(sink->ctx, &source)) { status = FND_ERR_STOPPED; break; }
            }
            close = len > 3 && line[2] == '[' ? memchr(line + 3, ']', len - 3) : NULL;
            p.polarity = close ? polarity_of(line + 3, (size_t)(close - line - 3)) : NULL;
            if (!p.polarity) {
                report(host, FND_SEV_WARNING, "no-polarity",
                       "bullet without [strength], [weakness], [mixed] or [neutral]; read as neutral",
                       line_no);
                p.polarity = "neutral";
                close = line + 1;
            }
            {
                const char* body = close + 1;
                size_t body_len = (size_t)(line + len - body);
                while (body_len && *body == ' ') { ++body; --body_len; }
                if (body_len > sizeof p.text) body_len = sizeof p.text;
                memcpy(p.text, body, body_len);
                p.size = body_len;
            }
            p.line_start = p.line_end = line_no;
            p.paragraph = ++paragraph;
        } else if (len && (line[0] == ' ' || line[0] == '\t') && p.size) {
            /* A continuation line: join it with one space. */
            size_t skip = 0;
            while (skip < len && (line[skip] == ' ' || line[skip] == '\t')) ++skip;
            if (p.size + 1 + (len - skip) <= sizeof p.text) {
                p.text[p.size++] = ' ';
                memcpy(p.text + p.size, line + skip, len - skip);
                p.size += len - skip;
            }
            p.line_end = line_no;
        } else if (len == 0) {
            status = flush_finding(host, sink, &p, section);
        }
    }
    if (status == FND_OK) status = flush_finding(host, sink, &p, section);
    if (status == FND_OK && !source_sent) {
        report(host, FND_SEV_ERROR, "empty", "no title and no findings bullets", 0);
        status = FND_ERR_INVALID_INPUT;
    }
    free(text);
    return status;
}

/* The document_text extension: the text whose lines the findings' line_start and line_end
 * count. The import counts the file's own lines, so the text is the file as it is. */
static fnd_status md_document_text(const fnd_importer* self, const fnd_host* host,
                                   const fnd_input* input, const fnd_options* options,
                                   const fnd_text_out* out) {
    size_t size = 0;
    char* text;
    fnd_status status = FND_OK;
    (void)self;
    (void)options;
    text = read_all(input, &size);
    if (!text) {
        report(host, FND_SEV_ERROR, "unreadable", "cannot read the file (or it exceeds 16 MiB)", 0);
        return FND_ERR_IO;
    }
    if (out->write(out->ctx, str_of(text, size))) status = FND_ERR_STOPPED;
    free(text);
    return status;
}

static const fnd_document_text_ext md_document_text_ext = {sizeof(fnd_document_text_ext), md_document_text};

/* The extensions this importer offers: only document_text. */
static const void* md_get_extension(const fnd_importer* self, const char* id) {
    (void)self;
    if (id && strcmp(id, FND_EXT_DOCUMENT_TEXT) == 0) return &md_document_text_ext;
    return NULL;
}

static const fnd_str md_extensions[] = {FND_LIT("md"), FND_LIT("markdown")};

static const fnd_importer md_importer = {
    sizeof(fnd_importer),
    FND_LIT("org.example.markdown-findings"),
    FND_LIT("Markdown findings list (sample, C)"),
    FND_LIT("Reads '- [polarity] text' bullets under '## section' headings."),
    md_extensions,
    2,
    NULL,
    0,
    md_identify,
    md_import,
    NULL,
    md_get_extension};

static const fnd_importer* const md_importers[] = {&md_importer};

static const fnd_plugin md_plugin = {
    sizeof(fnd_plugin),
    FND_SDK_VERSION,
    FND_LIT("org.example.markdown"),
    FND_LIT("Markdown findings (sample)"),
    FND_LIT("1.0.0"),
    FND_LIT("Example Ltd"),
    FND_LIT("A sample importer written in plain C."),
    md_importers,
    1,
    NULL,
    0};

FND_PLUGIN_ENTRY(host_sdk_version) {
    (void)host_sdk_version;
    return &md_plugin;
}
