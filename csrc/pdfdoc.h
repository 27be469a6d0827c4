/* The open document shared by pdfrows.c and pdfqr.c (private to them). */
#ifndef EXPETL_PDFDOC_H
#define EXPETL_PDFDOC_H

#include "pdfrows.h"

#include <poppler.h>

struct pdf_doc {
    PopplerDocument *doc;
    int npages;
};

#endif
