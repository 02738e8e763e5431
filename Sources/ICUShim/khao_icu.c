#include "khao_icu.h"

#include <unicode/ubrk.h>
#include <unicode/ucol.h>
#include <unicode/unorm2.h>
#include <unicode/utext.h>

// One iterator and one collator per thread: opening them loads dictionary and
// tailoring data, far too slow to repeat for every page of a build. They are
// kept for the life of the thread.
static _Thread_local UBreakIterator *word_iterator;
// The UText over the caller's UTF-8, its struct reused for every call.
static _Thread_local UText word_text = UTEXT_INITIALIZER;
static _Thread_local UCollator *thai_collator;

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

int32_t khao_word_segments(const uint8_t *text, int32_t length,
                           int32_t *ends, uint8_t *is_word, int32_t capacity) {
    if (length == 0) {
        return 0;
    }
    UBreakIterator *iterator = thread_word_iterator();
    if (iterator == NULL || capacity < length) {
        return -1;
    }
    // UTF-8 read in place: converting each text to UTF-16 first, and each
    // boundary back to a String index, cost more than ICU's own work.
    UErrorCode status = U_ZERO_ERROR;
    UText *utext = utext_openUTF8(&word_text, (const char *)text, length, &status);
    if (U_FAILURE(status)) {
        return -1;
    }
    ubrk_setUText(iterator, utext, &status);
    if (U_FAILURE(status)) {
        return -1;
    }
    int32_t count = 0;
    ubrk_first(iterator);
    for (int32_t end = ubrk_next(iterator); end != UBRK_DONE; end = ubrk_next(iterator)) {
        ends[count] = end;
        is_word[count] = ubrk_getRuleStatus(iterator) >= UBRK_WORD_NUMBER ? 1 : 0;
        count += 1;
    }
    // Drop the iterator's pointer to the caller's buffer, which is about to go.
    ubrk_setText(iterator, NULL, 0, &status);
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
