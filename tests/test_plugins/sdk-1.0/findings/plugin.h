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
 *  - The host hands services to the plugin (fnd_host: diagnostics, progress, cancellation), so
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
#define FND_SDK_VERSION_MINOR 0
/** Both in one number: (major << 16) | minor. */
#define FND_SDK_VERSION ((uint32_t)((FND_SDK_VERSION_MAJOR << 16) | FND_SDK_VERSION_MINOR))
/** Extracts the major part of a packed version. */
#define FND_VERSION_MAJOR(v) ((uint32_t)(v) >> 16)
/** Extracts the minor part of a packed version. */
#define FND_VERSION_MINOR(v) ((uint32_t)(v) & 0xFFFFu)

/** The one symbol a plugin exports. The digit is FND_SDK_VERSION_MAJOR. */
#define FND_ENTRY_SYMBOL "findings_plugin_entry_v1"
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
} fnd_source;

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
} fnd_importer;

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
} /* extern "C" */
#endif

#endif /* FINDINGS_PLUGIN_H */
