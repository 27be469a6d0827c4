/* Secrets scrubbed from text by value: every error and log line a client
 * builds goes through its list, so a server that echoes the request (the
 * refresh token in an error_description, the bearer token in a message)
 * cannot carry a secret into an exception or onto stderr.
 *
 * A secret is found in the forms a server echoes it in: as is,
 * percent-encoded (either hex case, any mix, '+' for a space), with '/'
 * escaped as "\/" (JSON); and at the very end of a text cut short, its
 * beginning (four bytes or more) is removed too.  (Tokens and keys never
 * hold '[' or ']': no secret can then be spelled by a mark and the text
 * beside it, which the fuzzer checks.) */
#ifndef EXPETL_SCRUB_H
#define EXPETL_SCRUB_H

#include <stddef.h>

#define XSCRUB_MAX 16     /* secrets per client; the oldest access tokens make room */
#define XSCRUB_MIN_LEN 6  /* shorter values are not secrets worth the false hits */
#define XSCRUB_MARK "[REDACTED]"

typedef struct {
    char *v[XSCRUB_MAX];
    size_t n;
} xsecrets;

/* Remember value (copied); a value already there, a NULL or a short one is
 * ignored.  -1 when out of memory. */
int xsecrets_add(xsecrets *s, const char *value);
/* Wipe and free every copy. */
void xsecrets_free(xsecrets *s);

/* Scrub text (NUL-terminated, in a buffer of cap bytes) in place; returns
 * the new length.  The result is cut at cap - 1 bytes if the marks make it
 * longer. */
size_t xscrub(const xsecrets *s, char *text, size_t cap);

#endif
