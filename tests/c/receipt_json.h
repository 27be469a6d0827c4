/* The receipt contract as JSON text (money as strings). */
#ifndef EXPETL_RECEIPT_JSON_H
#define EXPETL_RECEIPT_JSON_H
#include "../../csrc/receipt.h"
int receipt_to_json(const receipt *rc, xbuf *out);
#endif
