#ifndef POLICYSITE_CMARK_THREADS_H
#define POLICYSITE_CMARK_THREADS_H

/// 1 when our replacement of cmark_manage_extensions_special_characters is the one the
/// cmark-gfm library calls (see CmarkThreads.c), 0 when the library's own is used.
int policysite_cmark_threads_active(void);

#endif
