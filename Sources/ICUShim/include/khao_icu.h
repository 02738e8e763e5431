#ifndef KHAO_ICU_H
#define KHAO_ICU_H

// A plain C face for the few ICU services Khao uses. It hides ICU's
// version-suffixed symbols (ubrk_open_72) and its types, which clash with the
// ICU copy inside Foundation when both are visible to Swift.
//
// Every function takes UTF-16 text (word breaks take UTF-8, the form Swift
// strings are stored in, and convert it themselves) and finishes with it
// before returning, so a caller only has to keep the buffer alive for the
// duration of one call.
// The ICU objects behind them are opened once per thread and reused.

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Splits the UTF-8 `text` into word-break segments with ICU's
/// dictionary-based Thai word break iterator. Writes the end offset (in bytes)
/// of segment i to `ends[i]` and 1 to `is_word[i]` when the segment is a word
/// (letters or numbers), 0 for spaces and punctuation. `capacity` must be at
/// least `length`. Returns the number of segments, or -1 when ICU fails.
int32_t khao_word_segments(const uint8_t *text, int32_t length,
                           int32_t *ends, uint8_t *is_word, int32_t capacity);

/// Writes the Thai collation sort key of `text` to `key` and returns its length
/// in bytes. When that is more than `capacity`, nothing usable was written:
/// call again with a buffer of the returned size. Returns -1 when ICU fails.
int32_t khao_thai_sort_key(const uint16_t *text, int32_t length,
                           uint8_t *key, int32_t capacity);

/// Writes the NFC form of `text` to `dest` and returns its length in UTF-16
/// units. When that is more than `capacity`, call again with a larger buffer.
/// Returns -1 when ICU fails.
int32_t khao_nfc(const uint16_t *text, int32_t length,
                 uint16_t *dest, int32_t capacity);

/// 1 when `text` is certainly in NFC (ICU's quick check says yes), else 0.
int32_t khao_is_nfc(const uint16_t *text, int32_t length);

/// 1 when NFC never combines the code point `c` with anything before it, so
/// text can be normalised in pieces that start at such code points.
int32_t khao_nfc_boundary_before(uint32_t c);

#ifdef __cplusplus
}
#endif

#endif
