// cmark-gfm 0.29 keeps the table of "special" inline characters in a global array. Each
// cmark_parser_finish adds its extensions' characters (~ for strikethrough, : and w for
// autolinks, | for tables) at the start of inline parsing and removes them at the end, so
// a document finishing on one thread removes ~ while another thread is still parsing its
// inlines, and that document's ~~strikethrough~~ comes out as plain text. (Upstream:
// github/cmark-gfm pull request 176, never merged.)
//
// The library calls cmark_manage_extensions_special_characters through its PLT, so this
// definition, exported from our executable (see Package.swift), takes its place: it adds
// characters and never removes them. A character left special for a parser without the
// extension only splits a text node in two; the HTML is the same.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include "CmarkThreads.h"

typedef struct cmark_parser cmark_parser;
typedef void (*manage_fn)(cmark_parser *, int);

static manage_fn real_manage;
static int called;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void resolve(void) {
    real_manage = (manage_fn)dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters");
}

__attribute__((visibility("default")))
void cmark_manage_extensions_special_characters(cmark_parser *parser, int add) {
    pthread_once(&once, resolve);
    __atomic_store_n(&called, 1, __ATOMIC_RELAXED);
    if (add && real_manage) real_manage(parser, add);
}

int policysite_cmark_threads_active(void) {
    return __atomic_load_n(&called, __ATOMIC_RELAXED);
}
