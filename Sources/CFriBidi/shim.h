// GNU FriBidi for Swift. Function-like macros (FRIBIDI_LEVEL_IS_RTL, ...) do not import and are
// reimplemented in RTLText.
#ifndef TAHALUF_CFRIBIDI_SHIM_H
#define TAHALUF_CFRIBIDI_SHIM_H
#include <fribidi.h>
#endif
