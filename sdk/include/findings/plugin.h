/*
 * findings/plugin.h — the Findings Studio plugin ABI, version 1.
 *
 * This is the whole contract between the host (the `findings` CLI and the `findings-studio`
 * desktop app) and a plugin. It is plain C99 so that plugins can be built with any compiler,
 * against any 1.x release of this header, and loaded by any 1.x host.
 *
 * Shape of the boundary
 * ---------------------
 *  - A plugin is a shared library with the file suffix FND_PLUGIN_SUFFIX that exports exactly
 *    one symbol, FND_ENTRY_SYMBOL ("findings_plugin_entry_v1"): the ABI major version is part of
 *    the name, so a host never calls into a plugin of another major version by mistake.
 *  - The entry returns a static descriptor (fnd_plugin) listing the plugin's importers and
 *    exporters. Descriptors are owned by the plugin and must stay valid until it is unloaded.
 *  - The host hands services to the plugin (fnd_host: diagnostics, progress, cancellation,
 *    and since 1.1 status words, the input's SHA-256 and classification), so
 *    a plugin never links against the application and has no undefined host symbols.
 *  - Every struct that may grow begins with `struct_size`; new fields are only ever appended.
 *    A reader checks `struct_size` before touching a field added in a later minor version.
 *    The small pair types (fnd_str, fnd_property, fnd_person, fnd_judgement) never grow.
 *  - Strings are UTF-8, passed as pointer + length (fnd_str), never NUL-terminated by contract.
 *    A string with data == NULL or size == 0 means "absent" (null in the findings format).
 *  - Integers that may be absent use FND_NONE (-1).
 *  - No memory ownership crosses the boundary: whatever one side passes in a call is valid
 *    for the duration of that call only (unless a comment says longer), and the receiver
 *    copies what it wants to keep.
 *  - Errors cross as an fnd_status code plus diagnostics through fnd_host.log, never as C++
 *    exceptions. A plugin must not let an exception or longjmp escape any function it exports.
 *
 * Threads
 * -------
 *  [any-thread]   may be called from any thread, concurrently.
 *  [call-thread]  called on the thread that is running the import/export call in question.
 *  The host may run several imports in parallel (one per input file), each on its own thread,
 *  so importer functions must not keep mutable global state without their own locking.
 */
#ifndef FINDINGS_PLUGIN_H
#define FINDINGS_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------------------------ */
/* Versions and the entry point                                                               */
/* ------------------------------------------------------------------------------------------ */

/** ABI major version: a host loads only plugins of its own major version. */
#define FND_SDK_VERSION_MAJOR 1
/** ABI minor version: grows when fields or functions are appended; any minor loads. */
#define FND_SDK_VERSION_MINOR 1
/** Both in one number: (major << 16) | minor. */
#define FND_SDK_VERSION ((uint32_t)((FND_SDK_VERSION_MAJOR << 16) | FND_SDK_VERSION_MINOR))
/** Extracts the major part of a packed version. */
#define FND_VERSION_MAJOR(v) ((uint32_t)(v) >> 16)
/** Extracts the minor part of a packed version. */
#define FND_VERSION_MINOR(v) ((uint32_t)(v) & 0xFFFFu)

/* Pasting and stringising through a second level, so that macro arguments expand first. */
#define FND_CONCAT_(a, b) a##b
#define FND_CONCAT(a, b) FND_CONCAT_(a, b)
#define FND_STRINGIFY_(x) #x
#define FND_STRINGIFY(x) FND_STRINGIFY_(x)

/** The entry point's name as an identifier: findings_plugin_entry_v<FND_SDK_VERSION_MAJOR>.
 *  Derived from the major version, never spelled out, so a plugin built against a 2.x header
 *  cannot define a 1.x entry (and be called with 1.x structs) by mistake. Define the entry
 *  with FND_PLUGIN_ENTRY below rather than by this name. */
#define FND_ENTRY_NAME FND_CONCAT(findings_plugin_entry_v, FND_SDK_VERSION_MAJOR)
/** The one symbol a plugin exports, as a string: "findings_plugin_entry_v1". */
#define FND_ENTRY_SYMBOL FND_STRINGIFY(FND_ENTRY_NAME)
/** File name suffix of plugin libraries; the host loads no other files from a folder. */
#define FND_PLUGIN_SUFFIX ".findings-plugin"

/** Marks the entry point for export from a library built with hidden visibility. */
#if defined(_WIN32)
#define FND_EXPORT __declspec(dllexport)
#else
#define FND_EXPORT __attribute__((visibility("default")))
#endif

/** Value of an integer field that is absent. */
#define FND_NONE (-1)

/**
 * True when the struct at `ptr` (of type `type`, beginning with struct_size) is large enough
 * to hold `field`: use it before reading any field a reader cannot be sure the writer knew.
 */
#define FND_HAS_FIELD(ptr, type, field) \
    ((ptr)->struct_size >= offsetof(type, field) + sizeof(((type*)0)->field))

/* ------------------------------------------------------------------------------------------ */
/* Basic types                                                                                */
/* ------------------------------------------------------------------------------------------ */

/** A UTF-8 string slice. Owned by whoever passes it; valid as documented at each use. */
typedef struct fnd_str {
    const char* data; /**< first byte, or NULL when absent */
    size_t size;      /**< length in bytes, without any terminator */
} fnd_str;

/** Builds an fnd_str from a string literal (C and C++). */
#define FND_LIT(literal) { (literal), sizeof(literal) - 1 }

/** A key/value pair of strings (options, free-form properties). Never grows. */
typedef struct fnd_property {
    fnd_str key;
    fnd_str value;
} fnd_property;

/** A person named or quoted in a source. Never grows. */
typedef struct fnd_person {
    fnd_str name;
    fnd_str role; /**< e.g. "Director of Children's Services"; may be absent */
} fnd_person;

/** One graded judgement of a full inspection report. Never grows. */
typedef struct fnd_judgement {
    fnd_str area;  /**< as written in the report */
    fnd_str grade; /**< "outstanding", "good", "requires improvement" or "inadequate" */
} fnd_judgement;

/** Result of every call that can fail. New codes may be appended; treat unknown as failure. */
typedef enum fnd_status {
    FND_OK = 0,
    FND_ERR_INVALID_INPUT = 1, /**< the input is not in the format this plugin reads, or corrupt */
    FND_ERR_IO = 2,            /**< reading the input or writing the output failed */
    FND_ERR_LIMIT = 3,         /**< a safety limit was hit (size, zip bomb, cell count, ...) */
    FND_ERR_UNSUPPORTED = 4,   /**< valid input using a feature this plugin cannot handle */
    FND_ERR_CANCELLED = 5,     /**< fnd_host.is_cancelled() returned non-zero */
    FND_ERR_STOPPED = 6,       /**< a sink callback returned non-zero; not an error of the plugin */
    FND_ERR_BAD_OPTION = 7,    /**< an option value could not be used */
    FND_ERR_INTERNAL = 8       /**< a bug or an unexpected exception inside the plugin */
} fnd_status;

/**
 * Words for a status, for messages to people: "safety limit reached" for FND_ERR_LIMIT.
 * The one table of these words: the host prints them for every failed import and export
 * (never "status 3"), and returns them from fnd_host.status_text. A code newer than this
 * header gives "unknown failure"; a plugin that wants words for codes its header predates
 * asks the host instead (fnd_host.status_text, 1.1). Static storage. [any-thread]
 */
static inline const char* fnd_status_words(fnd_status status) {
    switch (status) {
    case FND_OK: return "ok";
    case FND_ERR_INVALID_INPUT: return "invalid input";
    case FND_ERR_IO: return "input/output error";
    case FND_ERR_LIMIT: return "safety limit reached";
    case FND_ERR_UNSUPPORTED: return "unsupported feature";
    case FND_ERR_CANCELLED: return "cancelled";
    case FND_ERR_STOPPED: return "stopped";
    case FND_ERR_BAD_OPTION: return "bad option";
    case FND_ERR_INTERNAL: return "internal error in the plugin";
    }
    return "unknown failure";
}

/** Severity of a diagnostic. */
typedef enum fnd_severity {
    FND_SEV_INFO = 0,
    FND_SEV_WARNING = 1,
    FND_SEV_ERROR = 2
} fnd_severity;

/* ------------------------------------------------------------------------------------------ */
/* Records: sources and findings                                                              */
/* ------------------------------------------------------------------------------------------ */

/** Where a finding stands in its source, enough for a reader to jump there. */
typedef struct fnd_location {
    uint32_t struct_size; /**< sizeof(fnd_location) as the writer knew it */
    int64_t line_start;   /**< 1-based first line in the source text, or FND_NONE */
    int64_t line_end;     /**< 1-based last line (inclusive), or FND_NONE */
    int64_t char_start;   /**< 0-based byte offset of the first character in the decoded text */
    int64_t char_end;     /**< 0-based byte offset one past the last character */
    int64_t page;         /**< 1-based page (PDF), or FND_NONE */
    fnd_str sheet;        /**< spreadsheet sheet name, or absent */
    int64_t row;          /**< 1-based spreadsheet row, or FND_NONE */
    int64_t column;       /**< 1-based spreadsheet column of the finding text, or FND_NONE */
} fnd_location;

/** The action a finding calls for, as tracked in an improvement plan. */
typedef struct fnd_action {
    uint32_t struct_size; /**< sizeof(fnd_action) as the writer knew it */
    fnd_str text;         /**< what is to be done */
    fnd_str owner;        /**< who leads it */
    fnd_str due;          /**< ISO date YYYY-MM-DD or YYYY-MM */
    fnd_str status;       /**< "not_started", "red", "amber", "green", "complete" or absent */
} fnd_action;

/** The inspection visit a source reports on. */
typedef struct fnd_visit {
    uint32_t struct_size; /**< sizeof(fnd_visit) as the writer knew it */
    int64_t ordinal;      /**< 1 for the first monitoring visit, ...; FND_NONE if unknown */
    fnd_str start;        /**< ISO date of the first day */
    fnd_str end;          /**< ISO date of the last day */
} fnd_visit;

/** A previous overall judgement the source refers back to. */
typedef struct fnd_previous_judgement {
    uint32_t struct_size; /**< sizeof(fnd_previous_judgement) as the writer knew it */
    fnd_str grade;        /**< "outstanding", "good", "requires improvement", "inadequate" */
    fnd_str date;         /**< ISO date, often only YYYY-MM */
} fnd_previous_judgement;

/** Identifies the importer that produced a source. */
typedef struct fnd_importer_ref {
    uint32_t struct_size; /**< sizeof(fnd_importer_ref) as the writer knew it */
    fnd_str id;           /**< importer id, e.g. "uk.findings.letters.text" */
    fnd_str version;      /**< the plugin's version */
} fnd_importer_ref;

/**
 * One imported document or sheet. See sdk/FORMAT.md for each field's meaning.
 * Pointers to sub-records may be NULL (absent). Arrays are pointer + count.
 */
typedef struct fnd_source {
    uint32_t struct_size; /**< sizeof(fnd_source) as the writer knew it */
    fnd_str id;           /**< unique within a findings set; the host assigns one if absent */
    fnd_str path;         /**< the input path; the host fills it if absent */
    fnd_str sha256;       /**< hex digest of the input file; the host fills it if absent */
    fnd_str kind;         /**< "monitoring_letter", "focused_visit_letter", "inspection_report",
                               "news_article", "press_release", "spreadsheet",
                               "findings_workbook" or "other" */
    fnd_str title;
    fnd_str local_authority; /**< normalised short name, e.g. "Herefordshire" */
    fnd_str author;          /**< e.g. "Ofsted" */
    fnd_str recipient;
    fnd_str date;            /**< ISO date of the document (letter date, publication date) */
    const fnd_visit* visit;  /**< NULL when the source reports on no visit */
    const fnd_str* inspectors;
    size_t inspector_count;
    fnd_str framework;       /**< e.g. "ILACS", "SIF" */
    const fnd_previous_judgement* previous_judgement; /**< or NULL */
    const fnd_judgement* judgements;
    size_t judgement_count;
    const fnd_str* areas_covered;
    size_t area_count;
    const fnd_person* people;
    size_t person_count;
    const fnd_importer_ref* importer; /**< the host fills it if NULL */
    const fnd_property* properties;
    size_t property_count;
    /* --- appended in 1.1 --- */
    fnd_str role;            /**< "inspection", "commentary", "plan" or "workbook"; absent:
                                  the host derives it from `kind` (see FORMAT.md) */
} fnd_source;

/**
 * A link from one finding to another (1.1): a later finding following up an earlier point,
 * a plan item responding to a point, or the same statement in another source.
 */
typedef struct fnd_link {
    uint32_t struct_size; /**< sizeof(fnd_link) as the writer knew it */
    fnd_str target;       /**< id of the linked finding */
    fnd_str relation;     /**< "follows_up", "responds_to" or "same_as" */
    fnd_str stance;       /**< "improved", "not_improved", "mixed", "unclear", or absent */
    double confidence;    /**< 0..1, or negative when absent */
    fnd_str origin;       /**< "auto" or "person"; absent means "auto" */
    fnd_str review;       /**< "proposed", "accepted" or "rejected"; absent means "proposed" */
    fnd_str evidence;     /**< a short readable reason, e.g. "care leavers · pathway plans" */
} fnd_link;

/** One finding. See sdk/FORMAT.md for each field's meaning. */
typedef struct fnd_finding {
    uint32_t struct_size; /**< sizeof(fnd_finding) as the writer knew it */
    fnd_str id;           /**< stable: the same input gives the same id; the host assigns one
                               from the source id and emission order if absent */
    fnd_str source;       /**< id of an fnd_source emitted earlier in the same import */
    fnd_str section;      /**< e.g. "Headline findings", a judgement heading, a sheet name */
    int64_t paragraph;    /**< ordinal within the section, or FND_NONE */
    fnd_str text;         /**< the full finding, reflowed into one paragraph */
    fnd_str summary;      /**< its first sentence */
    const fnd_str* themes; /**< theme ids, strongest evidence first */
    size_t theme_count;
    fnd_str polarity;     /**< "strength", "weakness", "mixed" or "neutral" */
    fnd_str attribution;  /**< who said it, for quotations */
    const fnd_location* location; /**< or NULL */
    double confidence;    /**< 0..1, or negative when absent */
    fnd_str review;       /**< "unreviewed", "confirmed" or "edited"; absent means unreviewed */
    const fnd_action* action; /**< or NULL */
    const fnd_property* properties;
    size_t property_count;
    /* --- appended in 1.1 --- */
    fnd_str kind;         /**< "finding", "improvement_point" or "plan_item"; absent means
                               "finding" */
    const fnd_link* links; /**< links to other findings of the set, or NULL */
    size_t link_count;
} fnd_finding;

/* ------------------------------------------------------------------------------------------ */
/* Host services                                                                              */
/* ------------------------------------------------------------------------------------------ */

/** Where a diagnostic points in the input; every field optional (FND_NONE / absent). */
typedef struct fnd_diag_location {
    uint32_t struct_size; /**< sizeof(fnd_diag_location) as the writer knew it */
    int64_t line;         /**< 1-based line */
    fnd_str sheet;        /**< sheet name */
    int64_t row;          /**< 1-based row */
    int64_t column;       /**< 1-based column */
    int64_t page;         /**< 1-based page */
} fnd_diag_location;

/**
 * What the host's classifier concluded about one text (fnd_host.classify, 1.1). The caller
 * provides the struct and sets `struct_size`; the host fills only the fields that fit.
 */
typedef struct fnd_classification {
    uint32_t struct_size;  /**< sizeof(fnd_classification) as the caller knew it */
    const fnd_str* themes; /**< theme ids of the user's taxonomy, strongest evidence first
                                (at most three; none when no theme has evidence) */
    size_t theme_count;
    fnd_str polarity;      /**< "strength", "weakness", "mixed" or "neutral" */
    double confidence;     /**< 0..1: how clear-cut the evidence was */
} fnd_classification;

/**
 * Services the host lends to a plugin for the duration of one identify/import/export call.
 * Owned by the host; valid until that call returns. All functions are [call-thread] unless
 * stated, and are safe to call from other threads the plugin starts during the call.
 */
typedef struct fnd_host {
    uint32_t struct_size;  /**< sizeof(fnd_host) as the host knew it */
    uint32_t sdk_version;  /**< the host's FND_SDK_VERSION */
    void* ctx;             /**< opaque; pass back to every function below */

    /** Reports a diagnostic about the current input. `code` is a short stable identifier
     *  (e.g. "ragged-row"); `message` a sentence for people; `where` may be NULL.
     *  Strings are copied before return. [any-thread] */
    void (*log)(void* ctx, fnd_severity severity, fnd_str code, fnd_str message,
                const fnd_diag_location* where);

    /** Reports progress of the current call: `fraction` in 0..1, or negative when unknown;
     *  `what` a short phrase ("reading sheet Tracker"). Cheap; call as often as convenient.
     *  [any-thread] */
    void (*progress)(void* ctx, double fraction, fnd_str what);

    /** Non-zero once the user has asked to cancel: the plugin should stop soon and return
     *  FND_ERR_CANCELLED. [any-thread] */
    int (*is_cancelled)(void* ctx);

    /** Folder the plugin library was loaded from (for data files shipped beside it). */
    fnd_str plugin_dir;
    /** The user's data folder (~/.local/share/findings-studio), for user overrides. */
    fnd_str user_data_dir;

    /* --- appended in 1.1: host services. Check FND_HAS_FIELD(host, fnd_host, f) before
     *     reading any of them (a 1.0 host's table ends above), then that the pointer is not
     *     NULL: a host offers a service only where it can serve it. --- */

    /** Words for a status ("safety limit reached"), from the host's own table, so a plugin
     *  gets words for codes newer than its header too (fnd_status_words is the same table as
     *  this header knew it). Never NULL data; static storage, valid while the plugin is
     *  loaded. Offered in every call. [any-thread] */
    fnd_str (*status_text)(void* ctx, fnd_status status);

    /** The current input's SHA-256 as 64 lower-case hex digits, computed by the host once
     *  per call from the file itself (the input's read position does not move), so an
     *  importer that wants a stable id from the file's bytes need not hash them again. The
     *  host puts the same digest in fnd_source.sha256 when a source leaves it absent.
     *  Returns an absent string when the file cannot be read (the host has logged why).
     *  Valid until the call returns. The first call reads the whole input: call it from
     *  import, not from identify. Offered in identify and import calls only (NULL in an
     *  export call). [any-thread] */
    fnd_str (*input_sha256)(void* ctx);

    /** Themes and polarity of `text` (UTF-8, a paragraph) by the host's classifier, with the
     *  taxonomy the user chose: the file the call's `themes` option names when given, else
     *  the user's themes.json, else the one installed with the host. Every importer that
     *  classifies through it, a third party's included, gets the same themes for the same
     *  words. `out` is the caller's (set out->struct_size first); the strings and the array
     *  it is filled with belong to the host and stay valid until the next classify call on
     *  the same thread or the end of the call, whichever comes first: copy what you keep.
     *  Returns FND_OK, or the failure when the taxonomy cannot be loaded (FND_ERR_BAD_OPTION
     *  for the `themes` option's file, FND_ERR_IO for the installed one; the host has logged
     *  the cause once for the call, and every later classify call of the call fails alike).
     *  Offered in identify and import calls when the host has a taxonomy (NULL otherwise).
     *  [any-thread] */
    fnd_status (*classify)(void* ctx, fnd_str text, fnd_classification* out);
} fnd_host;

/** Options the user passed for this call, as key/value strings. Owned by the host. */
typedef struct fnd_options {
    uint32_t struct_size; /**< sizeof(fnd_options) as the host knew it */
    const fnd_property* items;
    size_t count;
} fnd_options;

/** Type of a declared option, so a GUI can draw a form. */
typedef enum fnd_option_type {
    FND_OPT_STRING = 0,
    FND_OPT_BOOL = 1,   /**< "true"/"false" */
    FND_OPT_INT = 2,
    FND_OPT_CHOICE = 3, /**< one of `choices` */
    FND_OPT_PATH = 4    /**< a file path */
} fnd_option_type;

/** An option a plugin understands. Owned by the plugin, valid while it is loaded.
 *  A name ending in ".*" declares a family (e.g. "map.*" accepts "map.text"). */
typedef struct fnd_option {
    uint32_t struct_size; /**< sizeof(fnd_option) as the plugin knew it */
    fnd_str name;
    fnd_option_type type;
    fnd_str default_value; /**< as text; absent when there is none */
    fnd_str help;          /**< one sentence for people */
    const fnd_str* choices; /**< for FND_OPT_CHOICE */
    size_t choice_count;
} fnd_option;

/* ------------------------------------------------------------------------------------------ */
/* Importers                                                                                  */
/* ------------------------------------------------------------------------------------------ */

/** The input an importer reads: a file, a zip member or memory alike. Owned by the host. */
typedef struct fnd_input {
    uint32_t struct_size; /**< sizeof(fnd_input) as the host knew it */
    void* ctx;            /**< opaque; pass back to the functions below */
    fnd_str path;         /**< the input's path (for messages and file-type decisions) */
    /** Reads up to `size` bytes into `buffer`; returns the count read, 0 at end, or -1 on
     *  error (the host has logged it). [call-thread] */
    int64_t (*read)(void* ctx, void* buffer, size_t size);
    /** Moves the read position: whence 0 = from start, 1 = from current, 2 = from end.
     *  Returns the new position, or -1 if the input cannot seek there. [call-thread] */
    int64_t (*seek)(void* ctx, int64_t offset, int whence);
    /** Total size in bytes, or -1 when unknown. [call-thread] */
    int64_t (*size)(void* ctx);
} fnd_input;

/** Where an importer streams its records. Owned by the host. Each record is copied during
 *  the call; a non-zero return asks the importer to stop and return FND_ERR_STOPPED. */
typedef struct fnd_sink {
    uint32_t struct_size; /**< sizeof(fnd_sink) as the host knew it */
    void* ctx;            /**< opaque; pass back to the functions below */
    /** Accepts one source. Emit a source before the findings that refer to it. [call-thread] */
    int (*source)(void* ctx, const fnd_source* source);
    /** Accepts one finding. [call-thread] */
    int (*finding)(void* ctx, const fnd_finding* finding);
} fnd_sink;

/** Value of fnd_identify's result when the importer does not recognise the input at all. */
#define FND_IDENTIFY_UNKNOWN (-1)

/** Result text of identify: the importer writes a short reason ("zip container with
 *  xl/workbook.xml") into this host-owned buffer, NUL-terminated, truncated to fit. */
typedef struct fnd_reason_buffer {
    char* data;
    size_t capacity; /**< including room for the terminating NUL */
} fnd_reason_buffer;

struct fnd_importer;

/**
 * Cheap recognition from bytes already read, in the manner of GDAL's Identify: no further
 * reading. `head` holds the first `head_size` bytes of the file (up to 64 KiB; fewer for a
 * short file). Returns FND_IDENTIFY_UNKNOWN, or a confidence 0..100 (0 = certainly not,
 * 100 = certainly mine) and writes a reason. [any-thread]
 */
typedef int (*fnd_identify_fn)(const struct fnd_importer* self, const fnd_host* host,
                               fnd_str path, const void* head, size_t head_size,
                               fnd_reason_buffer reason);

/**
 * Reads `input` and streams its sources and findings to `sink`. Reports problems through
 * host->log, progress through host->progress, and polls host->is_cancelled.
 * Returns FND_OK or the first failure; after a failure the host discards every record of
 * this call. [call-thread; several imports may run at once on different threads]
 */
typedef fnd_status (*fnd_import_fn)(const struct fnd_importer* self, const fnd_host* host,
                                    const fnd_input* input, const fnd_options* options,
                                    const fnd_sink* sink);

/** An importer a plugin offers. Owned by the plugin, valid while it is loaded. */
typedef struct fnd_importer {
    uint32_t struct_size;  /**< sizeof(fnd_importer) as the plugin knew it */
    fnd_str id;            /**< unique, reverse-DNS style: "org.example.tracker" */
    fnd_str name;          /**< for people: "Ofsted letters (text)" */
    fnd_str description;   /**< one or two sentences */
    const fnd_str* extensions; /**< lower case, without the dot: "txt", "docx" */
    size_t extension_count;
    const fnd_option* const* options;
    size_t option_count;
    fnd_identify_fn identify;
    fnd_import_fn import;
    void* user;            /**< the plugin's own pointer, untouched by the host */

    /* --- appended in 1.1 --- */

    /** The importer's table for extension `id` (an FND_EXT_* name, NUL-terminated), or NULL
     *  when it does not offer that extension. Check FND_HAS_FIELD(importer, fnd_importer,
     *  get_extension) first: a 1.0 importer's struct ends above, and offers none. May be
     *  NULL. The table returned is the plugin's, valid while it is loaded. [any-thread] */
    const void* (*get_extension)(const struct fnd_importer* self, const char* id);
} fnd_importer;

/* ------------------------------------------------------------------------------------------ */
/* Importer extensions (1.1)                                                                  */
/* ------------------------------------------------------------------------------------------ */
/*
 * An extension is an optional table of functions an importer or exporter offers under a name,
 * in the manner of CLAP's get_extension: the host asks by name and uses what it gets, and a
 * host or plugin that does not know an extension simply never asks for it or never offers it.
 * A name ends in its own version (".v1"); an incompatible change is a new name, so both can
 * be offered side by side. Every table begins with struct_size and only ever grows.
 */

/** The table `importer` offers for extension `id`, or NULL: a 1.0 importer (whose struct
 *  ends before get_extension), one without get_extension, or one that does not offer `id`.
 *  The one way to ask; check the table's own struct_size before using a field of it. */
static inline const void* fnd_importer_extension(const fnd_importer* importer, const char* id) {
    if (!importer || importer->struct_size < offsetof(fnd_importer, get_extension) + sizeof(importer->get_extension) ||
        !importer->get_extension)
        return NULL;
    return importer->get_extension(importer, id);
}

/** Name of the document_text extension (fnd_document_text_ext). */
#define FND_EXT_DOCUMENT_TEXT "findings.document-text.v1"

/** Where document_text writes the text. Owned by the host. */
typedef struct fnd_text_out {
    uint32_t struct_size; /**< sizeof(fnd_text_out) as the host knew it */
    void* ctx;            /**< opaque; pass back to write */
    /** Appends UTF-8 text (copied before return). A non-zero return asks the plugin to
     *  stop and return FND_ERR_STOPPED (the host has what it wants, or too much). [call-thread] */
    int (*write)(void* ctx, fnd_str text);
} fnd_text_out;

/**
 * The document's text as the importer reads it: the text a finding's fnd_location refers
 * to, so a host can show a finding where it stands in its document. Lines are separated by
 * LF; line N of the text (counting from 1) is the line a finding's line_start N names, and
 * char_start/char_end are byte offsets into it. A paged document (a PDF) gives its pages'
 * lines one after another, with no page marks: a finding's page is in its location.
 */
typedef struct fnd_document_text_ext {
    uint32_t struct_size; /**< sizeof(fnd_document_text_ext) as the plugin knew it */
    /** Reads `input` (with the call's `options`, as import would) and writes its text to
     *  `out`, in order. Reports problems through host->log as import does; returns FND_OK or
     *  the failure. [call-thread; several calls may run at once on different threads] */
    fnd_status (*document_text)(const struct fnd_importer* self, const fnd_host* host,
                                const fnd_input* input, const fnd_options* options,
                                const fnd_text_out* out);
} fnd_document_text_ext;

/** Name of the preview extension (fnd_preview_ext). */
#define FND_EXT_PREVIEW "findings.preview.v1"

/** The most cells of one row a host keeps from fnd_preview_out.row: columns past it are not
 *  shown, so an importer need not even gather them (a row of a hostile file may claim
 *  16,384 columns). */
#define FND_PREVIEW_MAX_CELLS 1024

/** Where preview reports what it read. Owned by the host; strings are copied before return. */
typedef struct fnd_preview_out {
    uint32_t struct_size; /**< sizeof(fnd_preview_out) as the host knew it */
    void* ctx;            /**< opaque; pass back to the functions below */
    /** The table the importer would read: `sheet` names the worksheet (absent for a file
     *  with no sheets), `sheet_count` how many sheets an import would read tables from, and
     *  `header_row` the 1-based row of the column headings (FND_NONE when none was found).
     *  Call once, before or after the rows. [call-thread] */
    void (*table)(void* ctx, fnd_str sheet, size_t sheet_count, int64_t header_row);
    /** One row of that table as the importer reads it, in order: `row` is its 1-based row
     *  number in the sheet or file, `cells[c]` the text of column c + 1 (absent when empty).
     *  A non-zero return asks the plugin to stop and return FND_OK. [call-thread] */
    int (*row)(void* ctx, int64_t row, const fnd_str* cells, size_t cell_count);
    /** One field the importer can fill from a column, in the order a form would list them:
     *  `field` as the option map.<field> spells it ("text", "owner"), `label` for people
     *  ("Finding text"), and `column_header` the heading of the column it chose (absent when
     *  it chose none). Called for every such field, chosen or not. [call-thread] */
    void (*field)(void* ctx, fnd_str field, fnd_str label, fnd_str column_header);
} fnd_preview_out;

/**
 * A table importer's preview (a spreadsheet's, say): the first rows of the table it would
 * read, the header row it detected and the column it would read each field from, so a host
 * can show them and let a person change them before importing. The changes are options the
 * importer declares and takes in import too: `header_row` (1-based), `map.<field>` (the
 * heading of the column to read the field from; empty to read it from none) and, for a
 * workbook, `sheet`. Importing with the options the preview was given reads what it showed.
 */
typedef struct fnd_preview_ext {
    uint32_t struct_size; /**< sizeof(fnd_preview_ext) as the plugin knew it */
    /** Reads the start of `input` with `options` (as import would) and reports through `out`
     *  the table, up to `max_rows` of its rows from the first, and the fields. Returns FND_OK
     *  or the failure import would give (FND_ERR_INVALID_INPUT when no header is found is
     *  not a failure here: table() says header_row FND_NONE). [call-thread; several calls may
     *  run at once on different threads] */
    fnd_status (*preview)(const struct fnd_importer* self, const fnd_host* host, const fnd_input* input,
                          const fnd_options* options, size_t max_rows, const fnd_preview_out* out);
} fnd_preview_ext;

/* ------------------------------------------------------------------------------------------ */
/* Exporters                                                                                  */
/* ------------------------------------------------------------------------------------------ */

/**
 * A read-only, random-access view of the findings set being exported. Owned by the host;
 * valid for the duration of the export call, during which the set does not change.
 * The get functions fill a record the caller provides (set its struct_size first: the host
 * fills only the fields that fit). String data they point to stays valid for the whole export
 * call; the arrays and sub-records stay valid until the next get_* call on this view from the
 * same thread. [call-thread]
 */
typedef struct fnd_view {
    uint32_t struct_size; /**< sizeof(fnd_view) as the host knew it */
    void* ctx;            /**< opaque; pass back to the functions below */
    size_t (*source_count)(void* ctx);
    size_t (*finding_count)(void* ctx);
    /** Fills `out` with source `index` (0-based); returns FND_OK or FND_ERR_INVALID_INPUT
     *  for an index out of range. */
    fnd_status (*get_source)(void* ctx, size_t index, fnd_source* out);
    /** Fills `out` with finding `index` (0-based), in the set's order. */
    fnd_status (*get_finding)(void* ctx, size_t index, fnd_finding* out);
    /** Index of the source with this id, or -1. */
    int64_t (*find_source)(void* ctx, fnd_str id);
    /** The label of a theme id from the host's taxonomy, or the id itself when unknown. */
    fnd_str (*theme_label)(void* ctx, fnd_str theme_id);
} fnd_view;

/** Where an exporter writes. Owned by the host, which writes to a temporary file and
 *  renames it over the target only when the export returns FND_OK: a failed export leaves
 *  no partial file. */
typedef struct fnd_output {
    uint32_t struct_size; /**< sizeof(fnd_output) as the host knew it */
    void* ctx;            /**< opaque; pass back to write */
    fnd_str path;         /**< the final target path, for messages and titles only */
    fnd_str temp_dir;     /**< a folder the exporter may use for scratch files */
    /** Appends `size` bytes; returns 0 on success, non-zero on failure (logged by the host).
     *  [call-thread] */
    int (*write)(void* ctx, const void* data, size_t size);
} fnd_output;

struct fnd_exporter;

/** Writes the whole view to `output`. [call-thread] */
typedef fnd_status (*fnd_export_fn)(const struct fnd_exporter* self, const fnd_host* host,
                                    const fnd_view* view, const fnd_options* options,
                                    const fnd_output* output);

/** An exporter a plugin offers. Owned by the plugin, valid while it is loaded. */
typedef struct fnd_exporter {
    uint32_t struct_size;  /**< sizeof(fnd_exporter) as the plugin knew it */
    fnd_str id;            /**< unique, reverse-DNS style */
    fnd_str name;          /**< for people: "Excel workbook for managers" */
    fnd_str description;
    const fnd_str* extensions; /**< output extensions, lower case, without the dot */
    size_t extension_count;
    const fnd_option* const* options;
    size_t option_count;
    fnd_export_fn export_findings;
    void* user;            /**< the plugin's own pointer, untouched by the host */

    /* --- appended in 1.1 --- */

    /** The exporter's table for extension `id`, as fnd_importer.get_extension (no exporter
     *  extension is defined yet: a host asks only for names it knows). May be NULL. */
    const void* (*get_extension)(const struct fnd_exporter* self, const char* id);
} fnd_exporter;

/* ------------------------------------------------------------------------------------------ */
/* The plugin descriptor                                                                      */
/* ------------------------------------------------------------------------------------------ */

/** What a plugin library offers. Owned by the plugin; static storage is typical. */
typedef struct fnd_plugin {
    uint32_t struct_size;  /**< sizeof(fnd_plugin) as the plugin knew it */
    uint32_t sdk_version;  /**< FND_SDK_VERSION the plugin was built with */
    fnd_str id;            /**< unique, reverse-DNS: "org.example.trackers" */
    fnd_str name;
    fnd_str version;       /**< the plugin's own version, e.g. "1.2.0" */
    fnd_str vendor;
    fnd_str description;
    const fnd_importer* const* importers;
    size_t importer_count;
    const fnd_exporter* const* exporters;
    size_t exporter_count;
} fnd_plugin;

/**
 * The entry point every plugin exports under the name FND_ENTRY_SYMBOL.
 * `host_sdk_version` is the host's FND_SDK_VERSION, so a plugin may adapt to an older host.
 * Returns the plugin's descriptor, or NULL if the plugin cannot work with this host (the host
 * then reports the file as refused). Called once, after loading, from the host's main thread;
 * it must be cheap and must not fail by throwing.
 */
typedef const fnd_plugin* (*fnd_entry_fn)(uint32_t host_sdk_version);

#ifdef __cplusplus
#define FND_EXTERN_C extern "C"
#else
#define FND_EXTERN_C
#endif

/**
 * Begins the definition of the entry point, exported under FND_ENTRY_NAME (the name of this
 * header's major version), with `host_version` naming its parameter:
 *
 *     FND_PLUGIN_ENTRY(host_version) {
 *         (void)host_version;
 *         return &my_plugin;
 *     }
 *
 * In C++, sdk.hpp's FINDINGS_PLUGIN uses it.
 */
#define FND_PLUGIN_ENTRY(host_version) \
    FND_EXTERN_C FND_EXPORT const fnd_plugin* FND_ENTRY_NAME(uint32_t host_version)

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* FINDINGS_PLUGIN_H */
