// Debian's ICU (libicu-dev). Only the ICUShim C target includes this: Swift
// code reaches ICU through ICUShim's plain C API instead.
#include <unicode/ubrk.h>
#include <unicode/ucol.h>
#include <unicode/unorm2.h>
