/* Shared by the binding files (module.c, bind_io.c): the module state and
 * the one place engine errors become exceptions.  Only binding files
 * include Python.h. */
#ifndef EXPETL_BINDING_H
#define EXPETL_BINDING_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "xcommon.h"

typedef struct {
    PyObject *Decimal;
    PyObject *ExpetlError, *ReceiptError, *DamagedPdf, *EncryptedPdf, *UnsupportedLayout,
        *ReportError, *StageError, *WarehouseError;
    PyObject *StageType, *WarehouseType;
    void *keepalive; /* poppler document held for the module's lifetime */
} xstate;

/* Raise the exception for e (class from its code, or fallback); sets
 * .sha256, .line, .code, .status and .sqlstate.  Returns NULL. */
PyObject *xpy_raise(xstate *st, const xerr *e, const char *sha, PyObject *fallback);

/* bind_io.c: the Stage and Warehouse types, added to the module. */
int xpy_add_io_types(PyObject *m, xstate *st);

#endif
