#include "khao_icu.h"

#include <stdlib.h>

#include <unicode/ubrk.h>
#include <unicode/ucol.h>
#include <unicode/unorm2.h>

// One iterator and one collator per thread: opening them loads dictionary and
// tailoring data, far too slow to repeat for every page of a build. They are
// kept for the life of the thread.
static _Thread_local UBreakIterator *word_iterator;
static _Thread_local UCollator *thai_collator;
// The UTF-16 copy of the text being cut, kept between calls.
static _Thread_local uint16_t *word_units;
static _Thread_local int32_t word_units_capacity;

static UBreakIterator *thread_word_iterator(void) {
    if (word_iterator == NULL) {
        UErrorCode status = U_ZERO_ERROR;
        word_iterator = ubrk_open(UBRK_WORD, "th", NULL, 0, &status);
        if (U_FAILURE(status)) {
            word_iterator = NULL;
        }
    }
    return word_iterator;
}

// The bytes of the UTF-8 sequence led by `lead` (1 for a stray byte).
static int32_t utf8_width(uint8_t lead) {
    return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// `text` as UTF-16 in `word_units`, which grows to fit. Returns the number of
// units, or -1 when memory runs out. Swift strings are valid UTF-8; a
// sequence cut short by the end becomes U+FFFD rather than a read past it.
static int32_t utf16_of(const uint8_t *text, int32_t length) {
    if (word_units_capacity < length) {
        uint16_t *grown = realloc(word_units, (size_t)length * sizeof(uint16_t));
        if (grown == NULL) {
            return -1;
        }
        word_units = grown;
        word_units_capacity = length;
    }
    int32_t units = 0;
    for (int32_t index = 0; index < length;) {
        uint8_t lead = text[index];
        int32_t width = utf8_width(lead);
        uint32_t scalar;
        if (index + width > length) {
            scalar = 0xFFFD;
            width = length - index;
        } else if (width == 1) {
            scalar = lead;
        } else if (width == 2) {
            scalar = (uint32_t)(lead & 0x1F) << 6 | (text[index + 1] & 0x3F);
        } else if (width == 3) {
            scalar = (uint32_t)(lead & 0x0F) << 12 | (uint32_t)(text[index + 1] & 0x3F) << 6 | (text[index + 2] & 0x3F);
        } else {
            scalar = (uint32_t)(lead & 0x07) << 18 | (uint32_t)(text[index + 1] & 0x3F) << 12
                | (uint32_t)(text[index + 2] & 0x3F) << 6 | (text[index + 3] & 0x3F);
        }
        if (scalar >= 0x10000) {
            scalar -= 0x10000;
            word_units[units++] = (uint16_t)(0xD800 | (scalar >> 10));
            word_units[units++] = (uint16_t)(0xDC00 | (scalar & 0x3FF));
        } else {
            word_units[units++] = (uint16_t)scalar;
        }
        index += width;
    }
    return units;
}

int32_t khao_word_segments(const uint8_t *text, int32_t length,
                           int32_t *ends, uint8_t *is_word, int32_t capacity) {
    if (length == 0) {
        return 0;
    }
    UBreakIterator *iterator = thread_word_iterator();
    if (iterator == NULL || capacity < length) {
        return -1;
    }
    // ICU is given UTF-16, the form it works in: over UTF-8 (a UText) it
    // maps every index it keeps between the two forms, and the dictionary
    // engine keeps many. Its boundaries are mapped back to bytes here, in
    // one pass.
    int32_t units = utf16_of(text, length);
    if (units < 0) {
        return -1;
    }
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(iterator, word_units, units, &status);
    if (U_FAILURE(status)) {
        return -1;
    }
    int32_t count = 0;
    int32_t unit = 0;
    int32_t byte = 0;
    ubrk_first(iterator);
    for (int32_t end = ubrk_next(iterator); end != UBRK_DONE; end = ubrk_next(iterator)) {
        while (unit < end && byte < length) {
            int32_t width = utf8_width(text[byte]);
            unit += width == 4 ? 2 : 1;
            byte += width;
        }
        ends[count] = byte < length ? byte : length;
        is_word[count] = ubrk_getRuleStatus(iterator) >= UBRK_WORD_NUMBER ? 1 : 0;
        count += 1;
    }
    // Drop the iterator's pointer to the buffer, and the buffer itself
    // when a very long text made it large.
    ubrk_setText(iterator, NULL, 0, &status);
    if (word_units_capacity > (1 << 20)) {
        free(word_units);
        word_units = NULL;
        word_units_capacity = 0;
    }
    return count;
}

int32_t khao_thai_sort_key(const uint16_t *text, int32_t length,
                           uint8_t *key, int32_t capacity) {
    if (thai_collator == NULL) {
        UErrorCode status = U_ZERO_ERROR;
        thai_collator = ucol_open("th", &status);
        if (U_FAILURE(status)) {
            thai_collator = NULL;
            return -1;
        }
    }
    int32_t size = ucol_getSortKey(thai_collator, (const UChar *)text, length, key, capacity);
    return size == 0 ? -1 : size;
}

static const UNormalizer2 *nfc_instance(void) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    return U_FAILURE(status) ? NULL : nfc;
}

int32_t khao_nfc(const uint16_t *text, int32_t length,
                 uint16_t *dest, int32_t capacity) {
    const UNormalizer2 *nfc = nfc_instance();
    if (nfc == NULL) {
        return -1;
    }
    UErrorCode status = U_ZERO_ERROR;
    int32_t size = unorm2_normalize(nfc, (const UChar *)text, length, (UChar *)dest, capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || U_SUCCESS(status)) {
        return size;
    }
    return -1;
}

int32_t khao_is_nfc(const uint16_t *text, int32_t length) {
    const UNormalizer2 *nfc = nfc_instance();
    if (nfc == NULL) {
        return 0;
    }
    UErrorCode status = U_ZERO_ERROR;
    UNormalizationCheckResult result = unorm2_quickCheck(nfc, (const UChar *)text, length, &status);
    return U_SUCCESS(status) && result == UNORM_YES;
}

int32_t khao_nfc_boundary_before(uint32_t c) {
    const UNormalizer2 *nfc = nfc_instance();
    return nfc != NULL && unorm2_hasBoundaryBefore(nfc, (UChar32)c);
}
