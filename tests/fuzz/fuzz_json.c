/* The response handlers: Gmail messages, Mercado Pago report lists, AWS
 * JSON 1.1 errors, S3 XML errors, and the HTML link scanner.  The first
 * byte picks the handler. */
#include "../../csrc/glue.h"
#include "../../csrc/gmail.h"
#include "../../csrc/mpapi.h"
#include "../../csrc/stage.h"

#include <glib.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const char *s = (const char *)data + 1;
    size_t n = size - 1;
    xerr err = {0};
    switch (data[0] % 6) {
    case 0: {
        gmail_message m;
        if (gmail_parse_message(s, n, &m, &err) == 0)
            gmail_message_free(&m);
        break;
    }
    case 1: {
        mp_report_list l = {0};
        long total;
        mpapi_parse_items(s, n, &l, &total, &err);
        mp_report_list_free(&l);
        break;
    }
    case 2: {
        char t[64], m[128];
        aws_json_error_type(s, n, NULL, t, sizeof t, m, sizeof m);
        break;
    }
    case 3: {
        char c[64], m[128];
        s3_parse_error(s, n, c, sizeof c, m, sizeof m);
        break;
    }
    case 4: {
        const char *allow[] = {"https://m.tarjetacarrefour.com.ar/x/c/", "http://127.0.0.1:1/x/"};
        char **urls;
        bool more;
        size_t k = gmail_pdf_links(s, n, allow, 2, XLIM_LINKS_PER_MAIL, &urls, &more);
        for (size_t i = 0; i < k; i++)
            g_free(urls[i]);
        free(urls);
        break;
    }
    default: {
        xbuf b = {0};
        b64url_decode(s, n, &b);
        xbuf_free(&b);
    }
    }
    return 0;
}
